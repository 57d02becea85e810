"""Who may do what in a participant's engagement (django-rules)."""

import rules

from immersion.accounts.rules import is_participant
from immersion.engagement.selectors import has_signed_commitment


@rules.predicate
def is_own_participation(user, participant) -> bool:
    return (
        participant is not None
        and user.is_authenticated
        and participant.user_id == user.pk
        and participant.withdrawn_at is None
    )


@rules.predicate
def has_signed(user, participant) -> bool:
    return has_signed_commitment(participant)


owns = is_participant & is_own_participation

rules.add_perm("engagement.sign_commitment", owns)
rules.add_perm("engagement.answer_questionnaire", owns)
rules.add_perm("engagement.change_profile", owns)
# The gate: the host sites (names, addresses, tutors) only after the commitment is signed.
rules.add_perm("engagement.view_host_sites", owns & has_signed)
