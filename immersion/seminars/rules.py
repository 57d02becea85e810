import rules

from immersion.accounts.rules import is_organizer, is_platform_admin


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
