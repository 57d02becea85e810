"""Writes on participants."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.accounts.models import Role, User
from immersion.accounts.services import get_or_create_link_account
from immersion.common.audit import log_action
from immersion.common.validators import normalise_insee_code, reject_unknown_fields
from immersion.people.models import Participant
from immersion.people.signals import participant_withdrawn
from immersion.seminars.models import SeminarStatus
from immersion.territory.selectors import get_commune

FIELDS = {
    "first_name",
    "last_name",
    "email",
    "phone",
    "category",
    "organisation",
    "function",
    "home_commune_code",
    "home_commune_name",
    "max_km",
    "preferences",
    "accessibility_needs",
    "access_needs",
    "dietary_needs",
    "arrival_travel",
    "departure_travel",
}

# What participants fill in themselves (name and e-mail stay the organizer's).
PROFILE_FIELDS = {
    "category",
    "organisation",
    "function",
    "home_commune_code",
    "home_commune_name",
    "max_km",
    "preferences",
    "access_needs",
    "accessibility_needs",
    "dietary_needs",
    "arrival_travel",
    "departure_travel",
}
# Once the assignment is published these no longer change from the participant's space:
# the organizer re-solves the assignment when they must.
ASSIGNMENT_FIELDS = {
    "category",
    "organisation",
    "home_commune_code",
    "home_commune_name",
    "max_km",
    "preferences",
    "access_needs",
}


def _locate(participant: Participant) -> None:
    participant.home_commune_code = normalise_insee_code(participant.home_commune_code)
    commune = get_commune(participant.home_commune_code)
    if commune is not None:
        participant.home_commune_name = commune.name
        participant.latitude, participant.longitude = commune.latitude, commune.longitude
    else:
        participant.latitude = participant.longitude = None


def _set_availability(participant: Participant, available_half_days) -> None:
    if available_half_days is None:
        return
    available = {h.pk for h in available_half_days}
    participant.unavailable_half_days.set(
        [h for h in participant.seminar.half_days if h.pk not in available]
    )


@transaction.atomic
def register_participant(*, actor, seminar, available_half_days=None, **fields) -> Participant:
    reject_unknown_fields(fields, FIELDS)
    fields["email"] = fields.get("email", "").strip().lower()
    participant = Participant(seminar=seminar, **fields)
    _locate(participant)
    participant.full_clean()
    participant.save()
    _set_availability(participant, available_half_days)
    log_action(actor, "participant.register", participant, seminar=seminar.pk)
    return participant


@transaction.atomic
def update_participant(
    *, actor, participant: Participant, available_half_days=None, **fields
) -> Participant:
    reject_unknown_fields(fields, FIELDS)
    if "email" in fields:
        fields["email"] = fields["email"].strip().lower()
    for name, value in fields.items():
        setattr(participant, name, value)
    _locate(participant)
    participant.full_clean()
    participant.save()
    _set_availability(participant, available_half_days)
    log_action(actor, "participant.update", participant, fields=sorted(fields))
    return participant


@transaction.atomic
def withdraw_participant(*, actor, participant: Participant) -> Participant:
    """The person cancels: kept for the record, left out of every assignment from now on."""
    if participant.withdrawn_at is None:
        participant.withdrawn_at = timezone.now()
        participant.save(update_fields=["withdrawn_at", "updated_at"])
        log_action(actor, "participant.withdraw", participant, seminar=participant.seminar_id)
        participant_withdrawn.send(sender=Participant, participant=participant)
    return participant


@transaction.atomic
def reinstate_participant(*, actor, participant: Participant) -> Participant:
    if participant.withdrawn_at is not None:
        participant.withdrawn_at = None
        participant.save(update_fields=["withdrawn_at", "updated_at"])
        log_action(actor, "participant.reinstate", participant, seminar=participant.seminar_id)
    return participant


def profile_is_locked(participant: Participant) -> bool:
    """After publication, what the assignment used is no longer the participant's to change."""
    return participant.seminar.status not in (SeminarStatus.DRAFT, SeminarStatus.OPEN)


@transaction.atomic
def complete_profile(
    *, actor, participant: Participant, available_half_days=None, **fields
) -> Participant:
    """The participant fills in or corrects their profile from their own space."""
    reject_unknown_fields(fields, PROFILE_FIELDS)
    if profile_is_locked(participant):
        changed = {
            name
            for name in fields.keys() & ASSIGNMENT_FIELDS
            if getattr(participant, name) != fields[name]
        }
        if changed or available_half_days is not None:
            raise ValidationError(
                _(
                    "L'affectation est publiée : pour changer de catégorie, d'organisme, de "
                    "commune, de préférences ou de disponibilités, écrivez à l'organisateur."
                )
            )
    for name, value in fields.items():
        setattr(participant, name, value)
    _locate(participant)
    participant.profile_confirmed_at = timezone.now()
    participant.full_clean()
    participant.save()
    _set_availability(participant, available_half_days)
    log_action(actor, "participant.complete_profile", participant, fields=sorted(fields))
    return participant


@transaction.atomic
def link_account(*, actor, participant: Participant) -> User:
    """The participant's account (role participant, no password), created if needed."""
    if participant.user_id is not None:
        return participant.user
    user = get_or_create_link_account(
        actor=actor,
        email=participant.email,
        role=Role.PARTICIPANT,
        first_name=participant.first_name,
        last_name=participant.last_name,
    )
    participant.user = user
    participant.save(update_fields=["user", "updated_at"])
    log_action(actor, "participant.link_account", participant, user=user.pk)
    return user


@transaction.atomic
def mark_invited(*, actor, participant: Participant) -> Participant:
    participant.invited_at = timezone.now()
    participant.save(update_fields=["invited_at", "updated_at"])
    log_action(actor, "participant.invite", participant, seminar=participant.seminar_id)
    return participant
