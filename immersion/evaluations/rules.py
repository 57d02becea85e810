"""Who may do what in the follow-up (django-rules)."""

import rules

from immersion.accounts.rules import is_participant, is_site_coordinator, is_tutor
from immersion.evaluations.selectors import host_role
from immersion.seminars.rules import can_manage_seminar


@rules.predicate
def is_own_participation(user, participant) -> bool:
    return (
        participant is not None
        and user.is_authenticated
        and participant.user_id == user.pk
        and participant.withdrawn_at is None
    )


@rules.predicate
def hosted_seminar(user, seminar) -> bool:
    return seminar is not None and user.is_authenticated and host_role(user, seminar) is not None


owns = is_participant & is_own_participation

# A participant answers their own evaluations and records their own commitments.
rules.add_perm("evaluations.answer_evaluation", owns)
rules.add_perm("evaluations.record_commitments", owns)
# Tutors and site coordinators evaluate the seminars they hosted.
rules.add_perm(
    "evaluations.answer_host_evaluation", (is_tutor | is_site_coordinator) & hosted_seminar
)
# The results: the seminar's organizers and administrators.
rules.add_perm("evaluations.view_results", can_manage_seminar)
