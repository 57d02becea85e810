"""Writes on seminars and their programme. Each state transition has its own function."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.common.validators import (
    normalise_insee_code,
    reject_unknown_fields,
    validate_insee_code,
)
from immersion.seminars.models import (
    ItemKind,
    Programme,
    ProgrammeItem,
    ProgrammeScope,
    Seminar,
    SeminarStatus,
    half_day_code,
)
from immersion.seminars.template import (
    SEED_AUDIENCE,
    SEED_DURATION_DAYS,
    SEED_OBJECTIVES,
    SEED_PROGRAMME,
    TemplateItem,
)
from immersion.territory.selectors import get_commune

PARIS = ZoneInfo(settings.TIME_ZONE)


def local_datetime(date: dt.date, time: dt.time) -> dt.datetime:
    """An aware datetime for a wall-clock time in Europe/Paris (DST-correct)."""
    return dt.datetime.combine(date, time, tzinfo=PARIS)


def _in_platform_language(text) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def _resolve_city(city_code: str, city_name: str) -> tuple[str, str]:
    code = normalise_insee_code(city_code)
    validate_insee_code(code)
    commune = get_commune(code)
    if commune is not None:
        return code, commune.name
    if not city_name:
        raise ValidationError(
            {
                "city_code": _(
                    "La commune %(code)s n'est pas dans le référentiel : indiquez son nom."
                )
                % {"code": code}
            }
        )
    return code, city_name


@transaction.atomic
def create_seminar(
    *,
    actor,
    title: str,
    city_code: str,
    start_date: dt.date,
    city_name: str = "",
    venue: str = "",
    objectives: str | None = None,
    audience: str | None = None,
    from_template: bool = True,
) -> Seminar:
    """Create a seminar in draft, with the seed's programme unless asked otherwise."""
    try:
        code, name = _resolve_city(city_code, city_name)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            raise
        raise ValidationError({"city_code": exc.messages}) from None
    seminar = Seminar(
        title=title,
        city_code=code,
        city_name=name,
        start_date=start_date,
        end_date=start_date + dt.timedelta(days=SEED_DURATION_DAYS - 1),
        venue=venue,
        objectives=_in_platform_language(SEED_OBJECTIVES) if objectives is None else objectives,
        audience=_in_platform_language(SEED_AUDIENCE) if audience is None else audience,
    )
    seminar.full_clean()
    seminar.save()
    if actor is not None and actor.is_authenticated:
        seminar.organizers.add(actor)
    if from_template:
        # The programme is the seminar's own content: written in the platform's language.
        with translation.override(settings.LANGUAGE_CODE):
            build_programme(seminar=seminar, template=SEED_PROGRAMME)
    log_action(actor, "seminar.create", seminar, from_template=from_template)
    return seminar


def build_programme(*, seminar: Seminar, template: tuple[TemplateItem, ...]) -> list[ProgrammeItem]:
    items = []
    for entry in template:
        date = seminar.date_of_day(entry.day)
        item = ProgrammeItem(
            seminar=seminar,
            kind=entry.kind,
            title=str(entry.title),
            description=str(entry.description),
            starts_at=local_datetime(date, entry.start),
            ends_at=local_datetime(date, entry.end) if entry.end else None,
            sequence=entry.sequence,
            is_optional=entry.optional,
            half_day=half_day_code(entry.day, entry.start)
            if entry.kind == ItemKind.IMMERSION
            else "",
        )
        item.full_clean()
        items.append(item)
    ProgrammeItem.objects.bulk_create(items)
    return items


@transaction.atomic
def update_seminar(*, actor, seminar: Seminar, **fields) -> Seminar:
    """Edit a seminar. Moving its first day moves the whole programme with it."""
    allowed = {
        "title",
        "city_code",
        "city_name",
        "start_date",
        "end_date",
        "venue",
        "objectives",
        "audience",
    }
    reject_unknown_fields(fields, allowed)
    if "city_code" in fields:
        fields["city_code"], fields["city_name"] = _resolve_city(
            fields["city_code"], fields.get("city_name", "")
        )
    old_start = seminar.start_date
    for name, value in fields.items():
        setattr(seminar, name, value)
    if "start_date" in fields and "end_date" not in fields:
        seminar.end_date = seminar.end_date + (seminar.start_date - old_start)
    seminar.full_clean()
    seminar.save()
    shift = seminar.start_date - old_start
    if shift:
        for item in seminar.programme_items.all():
            item.starts_at = _shift_local(item.starts_at, shift)
            item.ends_at = _shift_local(item.ends_at, shift) if item.ends_at else None
            item.save(update_fields=["starts_at", "ends_at", "updated_at"])
    log_action(actor, "seminar.update", seminar, fields=sorted(fields))
    return seminar


def _shift_local(moment: dt.datetime, shift: dt.timedelta) -> dt.datetime:
    local = timezone.localtime(moment, PARIS)
    return local_datetime(local.date() + shift, local.time().replace(tzinfo=None))


# --- State machine: draft → open → assigned → running → closed -----------------------------

TRANSITIONS = {
    SeminarStatus.OPEN: {SeminarStatus.DRAFT},
    SeminarStatus.ASSIGNED: {SeminarStatus.OPEN},
    SeminarStatus.RUNNING: {SeminarStatus.ASSIGNED},
    SeminarStatus.CLOSED: {SeminarStatus.RUNNING},
}


# Undoing a step: back to the previous status (logged like any transition).
UNDO_TRANSITIONS = {
    SeminarStatus.ASSIGNED: {SeminarStatus.RUNNING},
    SeminarStatus.RUNNING: {SeminarStatus.CLOSED},
}


def _set_status(*, actor, seminar: Seminar, target: SeminarStatus, undo: bool = False) -> Seminar:
    seminar = Seminar.objects.select_for_update().get(pk=seminar.pk)
    allowed = (UNDO_TRANSITIONS if undo else TRANSITIONS)[target]
    if seminar.status not in allowed:
        raise ValidationError(
            _("Impossible de passer le séminaire de « %(current)s » à « %(target)s ».")
            % {"current": seminar.get_status_display(), "target": target.label}
        )
    previous = seminar.status
    seminar.status = target
    seminar.save(update_fields=["status", "updated_at"])
    log_action(actor, "seminar.status", seminar, previous=previous, status=str(target))
    return seminar


@transaction.atomic
def open_seminar(*, actor, seminar: Seminar) -> Seminar:
    """Open registrations: the programme must have at least one immersion half-day."""
    if not seminar.programme_items.filter(kind=ItemKind.IMMERSION).exists():
        raise ValidationError(
            _("Le programme doit comporter au moins une demi-journée d'immersion.")
        )
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.OPEN)


@transaction.atomic
def mark_seminar_assigned(*, actor, seminar: Seminar) -> Seminar:
    """The assignment has been published."""
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.ASSIGNED)


@transaction.atomic
def start_seminar(*, actor, seminar: Seminar) -> Seminar:
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.RUNNING)


@transaction.atomic
def close_seminar(*, actor, seminar: Seminar) -> Seminar:
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.CLOSED)


@transaction.atomic
def unstart_seminar(*, actor, seminar: Seminar) -> Seminar:
    """Undo "Démarrer": the seminar is back to "Affectation publiée"."""
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.ASSIGNED, undo=True)


@transaction.atomic
def reopen_seminar(*, actor, seminar: Seminar) -> Seminar:
    """Undo "Clore": the seminar is running again."""
    return _set_status(actor=actor, seminar=seminar, target=SeminarStatus.RUNNING, undo=True)


# --- Programme items -----------------------------------------------------------------------


def _fill_item(item: ProgrammeItem, *, day: int, start: dt.time, end: dt.time | None) -> None:
    seminar = item.seminar
    if not 1 <= day <= len(seminar.days):
        raise ValidationError(
            {
                "day": _("Le séminaire dure %(n)d jour(s) : choisissez un jour entre 1 et %(n)d.")
                % {"n": len(seminar.days)}
            }
        )
    date = seminar.date_of_day(day)
    item.starts_at = local_datetime(date, start)
    item.ends_at = local_datetime(date, end) if end else None
    item.half_day = half_day_code(day, start) if item.kind == ItemKind.IMMERSION else ""


@transaction.atomic
def add_programme_item(
    *,
    actor,
    seminar: Seminar,
    day: int,
    start: dt.time,
    end: dt.time | None,
    kind: str,
    title: str,
    description: str = "",
    sequence: int | None = None,
    is_optional: bool = False,
    location: str = "",
) -> ProgrammeItem:
    item = ProgrammeItem(
        seminar=seminar,
        kind=kind,
        title=title,
        description=description,
        sequence=sequence,
        is_optional=is_optional,
        location=location,
    )
    _fill_item(item, day=day, start=start, end=end)
    item.full_clean()
    item.save()
    log_action(actor, "programme.add", item, seminar=seminar.pk)
    return item


@transaction.atomic
def update_programme_item(
    *, actor, item: ProgrammeItem, day: int, start: dt.time, end: dt.time | None, **fields
) -> ProgrammeItem:
    allowed = {"kind", "title", "description", "sequence", "is_optional", "location"}
    reject_unknown_fields(fields, allowed)
    if item.kind == ItemKind.IMMERSION and fields.get("kind", item.kind) != ItemKind.IMMERSION:
        if item.offers.exists():
            raise ValidationError(
                {
                    "kind": _(
                        "Des offres d'immersion sont rattachées à cette demi-journée : "
                        "supprimez-les avant de changer son type."
                    )
                }
            )
    for name, value in fields.items():
        setattr(item, name, value)
    _fill_item(item, day=day, start=start, end=end)
    item.full_clean()
    item.save()
    log_action(actor, "programme.update", item, fields=sorted(fields))
    return item


@transaction.atomic
def delete_programme_item(*, actor, item: ProgrammeItem) -> None:
    pk = item.pk
    try:
        item.delete()
    except ProtectedError:
        raise ValidationError(
            _(
                "Des offres d'immersion sont rattachées à cette demi-journée : "
                "supprimez-les d'abord."
            )
        ) from None
    log_action(actor, "programme.delete", None, item=pk)


@transaction.atomic
def create_programme(
    *,
    actor,
    name: str,
    year: int,
    scope: str = ProgrammeScope.NATIONAL,
    region_code: str = "",
    managers=(),
) -> Programme:
    """A programme of seminars, with the accounts that manage it (role « gestionnaire de
    programme » or administrators: anyone else is refused)."""
    programme = Programme(name=name, year=year, scope=scope, region_code=region_code)
    programme.full_clean()
    programme.save()
    set_programme_managers(actor=actor, programme=programme, users=managers)
    log_action(actor, "programme.created", programme, year=year, scope=scope)
    return programme


@transaction.atomic
def set_programme_managers(*, actor, programme: Programme, users) -> None:
    users = list(users)
    wrong = [u for u in users if u.role not in ("programme_manager", "admin")]
    if wrong:
        raise ValidationError(
            {
                "managers": _(
                    "Seul un compte « gestionnaire de programme » peut gérer un programme : "
                    "%(emails)s n'en est pas un."
                )
                % {"emails": ", ".join(u.email for u in wrong)}
            }
        )
    programme.managers.set(users)
    log_action(actor, "programme.managers_set", programme, managers=[u.pk for u in users])


@transaction.atomic
def attach_to_programme(*, actor, seminar: Seminar, programme: Programme | None) -> Seminar:
    """Put a seminar in a programme (or take it out with ``None``)."""
    seminar.programme = programme
    seminar.full_clean()
    seminar.save(update_fields=["programme", "updated_at"])
    log_action(
        actor, "seminar.programme_set", seminar, programme=programme.pk if programme else None
    )
    return seminar
