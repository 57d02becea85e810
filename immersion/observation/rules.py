"""Who may write and read observations.

- The participant placed in an immersion writes its notebook (published placement, not
  withdrawn). Nobody else writes in it.
- Organizers of the seminar (and administrators) read it.
- A site's usual mix of contact reasons is declared by its coordinator, its owners or an
  administrator; organizers of other seminars read it, with their own seminars' counts.
"""

import rules

from immersion.accounts.rules import is_organizer, is_platform_admin, is_site_coordinator
from immersion.placements.models import RunStatus
from immersion.sites.rules import owns_site


@rules.predicate
def is_placed_observer(user, placement) -> bool:
    return (
        placement is not None
        and user.is_authenticated
        and placement.participant.user_id == user.pk
        and placement.participant.withdrawn_at is None
        and placement.run.status == RunStatus.PUBLISHED
    )


@rules.predicate
def organizes_placement_seminar(user, placement) -> bool:
    if placement is None or not user.is_authenticated:
        return False
    return placement.run.seminar.organizers.filter(pk=user.pk).exists()


@rules.predicate
def organizes_seminar(user, seminar) -> bool:
    if seminar is None or not user.is_authenticated:
        return False
    return seminar.organizers.filter(pk=user.pk).exists()


@rules.predicate
def coordinates_site(user, site) -> bool:
    return site is not None and user.is_authenticated and site.coordinator_id == user.pk


rules.add_perm("observation.record_observation", is_placed_observer)
rules.add_perm(
    "observation.view_observations",
    is_placed_observer | is_platform_admin | (is_organizer & organizes_placement_seminar),
)
rules.add_perm(
    "observation.view_seminar_observations",
    is_platform_admin | (is_organizer & organizes_seminar),
)
# Every organizer may read a catalogue site's declared mix (it describes the site) beside the
# situations observed during their own seminars (selectors.contact_mix_seminars); declaring
# it is for the site's owners, administrators and the site's coordinator.
rules.add_perm(
    "observation.view_contact_mix",
    is_platform_admin | is_organizer | (is_site_coordinator & coordinates_site),
)
rules.add_perm(
    "observation.declare_contact_mix",
    is_platform_admin | (is_organizer & owns_site) | (is_site_coordinator & coordinates_site),
)
