import rules

from immersion.accounts.rules import is_organizer, is_platform_admin, is_programme_manager


@rules.predicate
def organizes_seminar(user, seminar) -> bool:
    if seminar is None or not user.is_authenticated:
        return False
    return seminar.organizers.filter(pk=user.pk).exists()


@rules.predicate
def is_seminar_expert(user, seminar) -> bool:
    if seminar is None or not user.is_authenticated:
        return False
    return seminar.experts.filter(pk=user.pk).exists()


can_manage_seminar = is_platform_admin | (is_organizer & organizes_seminar)

rules.add_perm("seminars.add_seminar", is_organizer)
rules.add_perm("seminars.view_seminar", can_manage_seminar | is_seminar_expert)
rules.add_perm("seminars.change_seminar", can_manage_seminar)


@rules.predicate
def manages_programme(user, programme) -> bool:
    if programme is None or not user.is_authenticated:
        return False
    return programme.managers.filter(pk=user.pk).exists()


# A programme's aggregates (observatory, open data): its managers and administrators. A
# manager is given no seminar permission: never a seminar's page, a person or a note.
can_read_programme = is_platform_admin | (is_programme_manager & manages_programme)
rules.add_perm("seminars.view_programme", can_read_programme)
rules.add_perm("seminars.access_observatory", is_platform_admin | is_programme_manager)
