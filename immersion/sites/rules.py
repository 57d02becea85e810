import rules

from immersion.accounts.rules import is_organizer, is_platform_admin, is_site_coordinator


@rules.predicate
def coordinates_site(user, site) -> bool:
    return site is not None and user.is_authenticated and site.coordinator_id == user.pk


can_manage_site = is_organizer | is_platform_admin

rules.add_perm("host_sites.view_hostsite", can_manage_site | coordinates_site)
rules.add_perm("host_sites.add_hostsite", can_manage_site)
rules.add_perm("host_sites.change_hostsite", can_manage_site)

# The host site's own space: its coordinator (or an organizer) declares offers, names
# tutors and, once the assignment is published, sees the observers coming.
_site_staff = can_manage_site | (is_site_coordinator & coordinates_site)

rules.add_perm("host_sites.declare_offers", _site_staff)
rules.add_perm("host_sites.manage_tutors", _site_staff)
rules.add_perm("host_sites.view_observers", _site_staff)
