"""Who may post and who may moderate constraints, levers and innovations.

- A participant of the seminar (not withdrawn) posts from their own participation and sees
  their own contributions.
- The seminar's experts and organizers (and administrators) moderate and see them all.
- Host sites and tutors never see any of it.
"""

import rules

from immersion.accounts.rules import is_expert, is_participant
from immersion.seminars.rules import can_manage_seminar, is_seminar_expert


@rules.predicate
def is_own_participation(user, participant) -> bool:
    return (
        participant is not None
        and user.is_authenticated
        and participant.user_id == user.pk
        and participant.withdrawn_at is None
    )


can_moderate = can_manage_seminar | (is_expert & is_seminar_expert)

# On a Participant: their own participation.
rules.add_perm("contributions.post_contribution", is_participant & is_own_participation)
# On a Seminar.
rules.add_perm("contributions.moderate_contributions", can_moderate)
rules.add_perm("contributions.view_contributions", can_moderate)
