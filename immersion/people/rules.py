import rules

from immersion.accounts.rules import is_organizer, is_platform_admin


@rules.predicate
def organizes_participant_seminar(user, participant) -> bool:
    return participant is not None and participant.seminar.organizers.filter(pk=user.pk).exists()


@rules.predicate
def is_self(user, participant) -> bool:
    return participant is not None and user.is_authenticated and participant.user_id == user.pk


rules.add_perm(
    "people.change_participant", is_platform_admin | (is_organizer & organizes_participant_seminar)
)
rules.add_perm(
    "people.view_participant",
    is_platform_admin | (is_organizer & organizes_participant_seminar) | is_self,
)
