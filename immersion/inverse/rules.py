"""Who sees and decides what in the reverse immersion.

- A participant (the host) manages their own offers and sees the applications to those
  offers only — never another host's.
- The seminar's organizers (and administrators) see every offer, application and outcome.
- Applicants have no account: their links (tokens.py) are their only way in.
"""

import rules

from immersion.accounts.rules import is_participant
from immersion.seminars.rules import can_manage_seminar


@rules.predicate
def is_own_offer(user, offer) -> bool:
    return (
        offer is not None
        and user.is_authenticated
        and offer.host.user_id == user.pk
        and offer.host.withdrawn_at is None
    )


@rules.predicate
def is_application_to_own_offer(user, application) -> bool:
    return application is not None and is_own_offer(user, application.offer)


# On a Participant: their own, active participation.
@rules.predicate
def is_own_participation(user, participant) -> bool:
    return (
        participant is not None
        and user.is_authenticated
        and participant.user_id == user.pk
        and participant.withdrawn_at is None
    )


rules.add_perm("inverse.offer_reverse_immersion", is_participant & is_own_participation)
rules.add_perm("inverse.change_reverseoffer", is_participant & is_own_offer)
rules.add_perm("inverse.decide_reverseapplication", is_participant & is_application_to_own_offer)
# On a Seminar.
rules.add_perm("inverse.view_reverse_immersion", can_manage_seminar)
