"""Role predicates (django-rules). Object-level predicates live in each domain app's rules.py."""

import rules

from immersion.accounts.models import Role


@rules.predicate
def is_platform_admin(user) -> bool:
    return bool(user and user.is_authenticated and (user.is_superuser or user.role == Role.ADMIN))


def has_role(role: Role):
    @rules.predicate(name=f"has_role_{role}")
    def predicate(user) -> bool:
        return bool(user and user.is_authenticated and user.role == role)

    return predicate


is_organizer = has_role(Role.ORGANIZER) | is_platform_admin
is_site_coordinator = has_role(Role.SITE_COORDINATOR)
is_tutor = has_role(Role.TUTOR)
is_participant = has_role(Role.PARTICIPANT)
is_expert = has_role(Role.EXPERT)
# Sees aggregates across the seminars of the programmes they manage, never one person's data.
is_programme_manager = has_role(Role.PROGRAMME_MANAGER)

# Back-office areas: what role may open which space at all.
rules.add_perm("accounts.access_organizer_space", is_organizer)
rules.add_perm("accounts.manage_accounts", is_platform_admin)
# The spaces of the people who sign in by link.
rules.add_perm("accounts.access_participant_space", is_participant)
rules.add_perm("accounts.access_site_space", is_site_coordinator)
rules.add_perm("accounts.access_tutor_space", is_tutor)
