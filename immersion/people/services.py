"""Writes on participants."""

from django.db import transaction
from django.utils import timezone

from immersion.common.audit import log_action
from immersion.common.validators import normalise_insee_code
from immersion.people.models import Participant
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
    "dietary_needs",
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
    unknown = set(fields) - FIELDS
    if unknown:
        raise TypeError(f"unexpected fields {sorted(unknown)}")
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
    unknown = set(fields) - FIELDS
    if unknown:
        raise TypeError(f"unexpected fields {sorted(unknown)}")
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
    return participant


@transaction.atomic
def reinstate_participant(*, actor, participant: Participant) -> Participant:
    if participant.withdrawn_at is not None:
        participant.withdrawn_at = None
        participant.save(update_fields=["withdrawn_at", "updated_at"])
        log_action(actor, "participant.reinstate", participant, seminar=participant.seminar_id)
    return participant
