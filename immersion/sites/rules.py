"""Who may see and change host sites, their coordinator and their tutors.

The catalogue of host sites is shared: every organizer sees every site's public description
and may offer immersions there for their own seminars. Changing a site — its details, its
coordinator, its tutors, its usual mix of contact reasons — is for its owners (the organizers
who created it, or to whom an administrator gave it) and administrators. The site's
coordinator manages, from the site's own space, its tutors and its offers.
"""

import rules

from immersion.accounts.rules import is_organizer, is_platform_admin, is_site_coordinator


@rules.predicate
def coordinates_site(user, site) -> bool:
    return site is not None and user.is_authenticated and site.coordinator_id == user.pk


@rules.predicate
def owns_site(user, site) -> bool:
    if site is None or not user.is_authenticated:
        return False
    return site.owners.filter(pk=user.pk).exists()


is_site_owner = is_organizer & owns_site
can_administer_site = is_platform_admin | is_site_owner
is_site_own_coordinator = is_site_coordinator & coordinates_site

rules.add_perm("host_sites.view_hostsite", is_organizer | coordinates_site)
rules.add_perm("host_sites.add_hostsite", is_organizer)
# Details and coordinator: owners and administrators only (the coordinator is named, and
# replaced, by them; never by another seminar's organizer).
rules.add_perm("host_sites.change_hostsite", can_administer_site)
rules.add_perm("host_sites.appoint_coordinator", can_administer_site)
rules.add_perm("host_sites.manage_owners", is_platform_admin)
# The site's own space: its coordinator names tutors and declares offers; owners and
# administrators manage the tutors from the back office too.
rules.add_perm("host_sites.manage_tutors", can_administer_site | is_site_own_coordinator)
# Offers are per seminar: any organizer may offer immersions at a catalogue site for their
# own seminar (checked on the seminar); the site's coordinator for seminars in preparation.
rules.add_perm("host_sites.declare_offers", is_organizer | is_site_own_coordinator)
# The site's practical information (accessibility, access notes, contact): its coordinator
# keeps it up to date, beside its owners and administrators.
rules.add_perm("host_sites.change_practical_info", can_administer_site | is_site_own_coordinator)
# The observers coming to the site (all seminars): its coordinator and administrators. An
# organizer sees the observers of their own seminars on the seminar's pages.
rules.add_perm("host_sites.view_observers", is_platform_admin | is_site_own_coordinator)
