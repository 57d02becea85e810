"""Writes on the guests of a seminar's meals."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.common.validators import reject_unknown_fields
from immersion.logistics.models import Guest
from immersion.seminars.models import ItemKind

FIELDS = {"name", "function", "organisation", "diet", "dietary_needs"}


def _check_meals(seminar, meals) -> list:
    meals = list(meals)
    if not meals:
        raise ValidationError({"meals": _("Choisissez au moins un repas.")})
    for meal in meals:
        if meal.seminar_id != seminar.pk or meal.kind != ItemKind.MEAL:
            raise ValidationError({"meals": _("Choisissez un repas du programme de ce séminaire.")})
    return meals


@transaction.atomic
def add_guest(*, actor, seminar, meals, **fields) -> Guest:
    reject_unknown_fields(fields, FIELDS)
    meals = _check_meals(seminar, meals)
    guest = Guest(seminar=seminar, **fields)
    guest.derive_diet()
    guest.full_clean()
    guest.save()
    guest.meals.set(meals)
    log_action(actor, "guest.add", guest, seminar=seminar.pk, meals=[m.pk for m in meals])
    return guest


@transaction.atomic
def update_guest(*, actor, guest: Guest, meals=None, **fields) -> Guest:
    reject_unknown_fields(fields, FIELDS)
    for name, value in fields.items():
        setattr(guest, name, value)
    guest.derive_diet()
    guest.full_clean()
    guest.save()
    if meals is not None:
        guest.meals.set(_check_meals(guest.seminar, meals))
    log_action(actor, "guest.update", guest, seminar=guest.seminar_id, fields=sorted(fields))
    return guest


@transaction.atomic
def remove_guest(*, actor, guest: Guest) -> None:
    log_action(actor, "guest.remove", guest, seminar=guest.seminar_id)
    guest.delete()
