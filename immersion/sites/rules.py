import rules

from immersion.accounts.rules import is_organizer, is_platform_admin


@rules.predicate
def coordinates_site(user, site) -> bool:
    return site is not None and user.is_authenticated and site.coordinator_id == user.pk


can_manage_site = is_organizer | is_platform_admin

rules.add_perm("host_sites.view_hostsite", can_manage_site | coordinates_site)
rules.add_perm("host_sites.add_hostsite", can_manage_site)
rules.add_perm("host_sites.change_hostsite", can_manage_site)
