"""Writes of the observation notebook. Every free-text field is redacted here, before saving.

Whatever the client sent (a preview already redacted, raw notes queued offline, a form posted
without JavaScript), the text goes through ``redaction.redact_texts`` first; only its result
reaches a model. The functions are marked ``sensitive_variables``: an error report never shows
their locals (nor those of anything they call). Audit entries hold identifiers and field names.

Texts are redacted *before* the write transaction opens: on SQLite a write transaction takes
the database's lock at BEGIN (IMMEDIATE), and redacting can take seconds (the model's first
load), during which every other writer — another observer's sync, the task worker — would wait
or fail. Only the short insert runs in the transaction.

Writes are idempotent on the client-generated ``client_id``: sending an entry twice returns the
entry stored the first time (``created`` is False) and changes nothing.

A notebook's sync stores a whole batch (``stored_together``): the batch's client ids are looked
up in one query, and its situations and astonishments are written in one transaction instead
of one each — every round trip to the database counts when a whole seminar arrives at once.
"""

import datetime as dt
import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from immersion.common.audit import log_action
from immersion.common.signals import announce_texts_written
from immersion.observation import grid
from immersion.observation.models import Astonishment, SiteContactMix, Situation, TutorExchange
from immersion.observation.redaction import add_summaries, redact_texts
from immersion.placements.models import RunStatus


def _check_open(placement, check_window: bool = True) -> None:
    if placement.run.status != RunStatus.PUBLISHED or placement.participant.withdrawn_at:
        raise ValidationError(_("Cette immersion n'est plus au programme : rien n'a été noté."))
    seminar = placement.run.seminar
    if check_window and not seminar.notebook_is_open():
        first, last = seminar.notebook_window()
        raise ValidationError(
            _(
                "Le carnet d'observation accepte des notes du %(first)s au %(last)s "
                "(du premier jour du séminaire à sept jours après le dernier) : "
                "rien n'a été noté."
            )
            % {"first": date_format(first, "j F Y"), "last": date_format(last, "j F Y")}
        )


# The entries of the batch being stored (``stored_together``), by (model, client id): the
# stored entry, or None when the client id is not stored yet. One request's batch only.
_batch: ContextVar[dict | None] = ContextVar("stored_together", default=None)


# The kinds of entry a batch looks up together (a tutor exchange is one per immersion and
# replaces the previous one: it keeps its own lookup and transaction).
STORED_TOGETHER = {"situation": Situation, "astonishment": Astonishment}


@contextmanager
def stored_together(client_ids: dict[str, list]):
    """Store a batch of entries (``client_ids``: the ids sent, by kind of entry): one query per
    kind of STORED_TOGETHER for the client ids already stored, and one transaction for the
    batch's writes (on SQLite, an immediate one: the batch's inserts hold the lock, never its
    redaction, done before). Situations and astonishments recorded inside join that
    transaction without a savepoint of their own (they validate before writing); a database
    error stops the whole batch, which the device sends again (its client ids make that
    harmless)."""
    known = {}
    for kind, ids in client_ids.items():
        model = STORED_TOGETHER.get(kind)
        if model is None:
            continue
        wanted = set()
        for value in ids:
            try:
                wanted.add(uuid.UUID(str(value)))
            except ValueError:
                continue
        if wanted:
            found = {e.client_id: e for e in model.objects.filter(client_id__in=wanted)}
            known.update({(model, cid): found.get(cid) for cid in wanted})
    token = _batch.set(known)
    try:
        with transaction.atomic():
            yield
    finally:
        _batch.reset(token)


def _stored(model, client_id):
    """The entry already stored under ``client_id``, or None (the batch's lookup if any)."""
    known = _batch.get()
    if known is not None and (model, client_id) in known:
        return known[model, client_id]
    return model.objects.filter(client_id=client_id).first()


def _same_placement(existing, placement):
    if existing.placement_id != placement.pk:
        raise ValidationError(
            {"client_id": _("Cet identifiant d'entrée est déjà utilisé par une autre immersion.")}
        )
    return existing, False


def _save_once(instance, model, client_id):
    """Save a new entry; if the same client id won a race, return the stored one."""
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        existing = model.objects.filter(client_id=client_id).first()
        if existing is None:
            raise
        return existing, False
    return instance, True


# How far a device's clock may be ahead, and how long an entry may have waited offline.
CLOCK_SKEW = dt.timedelta(minutes=5)
OFFLINE_AT_MOST = dt.timedelta(days=7)


def _believable(written_at: dt.datetime | None) -> dt.datetime | None:
    if written_at is None:
        return None
    now = timezone.now()
    if written_at > now + CLOCK_SKEW or written_at < now - OFFLINE_AT_MOST:
        return None
    return min(written_at, now)


def _split_checks(channel: str, checks: dict[str, str] | None) -> tuple[dict, dict]:
    """(model fields, channel_checks JSON) from answers keyed by check code."""
    checks = dict(checks or {})
    known = {c.code: c for c in grid.checks_for(channel)}
    unknown = sorted(set(checks) - set(known))
    if unknown:
        raise ValidationError({"channel_checks": _("Critère inconnu pour ce canal.")})
    answers = set(grid.codes(grid.TRI_STATE))
    if any(v not in answers for v in checks.values()):
        raise ValidationError({"channel_checks": _("Répondez par oui, non ou non observé.")})
    fields, extra = {}, {}
    for code, value in checks.items():
        check = known[code]
        if check.field:
            fields[check.field] = value
        elif value != grid.NOT_OBSERVED:
            extra[code] = value
    return fields, extra


@sensitive_variables()
def record_situation(
    *,
    actor,
    placement,
    client_id: uuid.UUID,
    observed_at: dt.time,
    contact_reason: str,
    waiting_minutes: int | None = None,
    duration_minutes: int | None = None,
    outcome: str = "",
    checks: dict[str, str] | None = None,
    rings_before_pickup: int | None = None,
    user_state: str = "",
    frictions: list[str] | tuple[str, ...] = (),
    note: str = "",
    check_window: bool = True,
) -> tuple[Situation, bool]:
    """Store one observed situation (note redacted). Returns (situation, created).

    Notes are accepted only in the seminar's notebook window (``Seminar.notebook_window``);
    the demo loader passes ``check_window=False`` to write its sample notes any day."""
    existing = _stored(Situation, client_id)
    if existing is not None:
        return _same_placement(existing, placement)
    fields, extra = _split_checks(placement.offer.channel, checks)
    (redacted,) = redact_texts([note])
    _check_open(placement, check_window)
    situation = Situation(
        placement=placement,
        client_id=client_id,
        observed_at=observed_at,
        contact_reason=contact_reason,
        waiting_minutes=waiting_minutes,
        duration_minutes=duration_minutes,
        outcome=outcome or "",
        rings_before_pickup=rings_before_pickup,
        user_state=user_state or "",
        frictions=list(dict.fromkeys(frictions)),
        channel_checks=extra,
        note=redacted.text,
        redaction_summary=redacted.summary,
        **fields,
    )
    return _store_new(actor, situation, Situation, "observation.situation.record")


def _store_new(actor, entry, model, action):
    """Validate, then save a new entry and log it if created, in one transaction: its own, or
    the batch's (``stored_together``) without a savepoint — nothing raised between the two
    writes but a database error, which ends the batch anyway."""
    # The placement comes from the database (read by the caller): no query to check it exists.
    entry.full_clean(exclude=["placement"], validate_unique=False)
    with transaction.atomic(savepoint=False):
        entry, created = _save_once(entry, model, entry.client_id)
        if created:
            log_action(actor, action, entry, placement=entry.placement_id)
            kind = "situation" if model is Situation else "astonishment"
            announce_texts_written(sender=model, source_kind=kind, ids=[entry.pk])
    known = _batch.get()
    if known is not None:
        known[model, entry.client_id] = entry
    return entry, created


@sensitive_variables()
def record_astonishment(
    *,
    actor,
    placement,
    client_id: uuid.UUID,
    text: str,
    written_at: dt.datetime | None = None,
    check_window: bool = True,
) -> tuple[Astonishment, bool]:
    """Store an "étonnement" (redacted). Returns (astonishment, created).

    ``written_at`` is when the device says it was written (it may have waited offline); a
    time in the future or more than a week old is not believed: the arrival time is kept."""
    existing = _stored(Astonishment, client_id)
    if existing is not None:
        return _same_placement(existing, placement)
    (redacted,) = redact_texts([text])  # before the write transaction
    if not redacted.text:
        raise ValidationError({"text": _("Écrivez ce qui vous a étonné.")})
    _check_open(placement, check_window)
    astonishment = Astonishment(
        placement=placement,
        client_id=client_id,
        written_at=_believable(written_at),
        text=redacted.text,
        redaction_summary=redacted.summary,
    )
    return _store_new(actor, astonishment, Astonishment, "observation.astonishment.record")


TUTOR_TEXT_FIELDS = ("unusual_situations", "constraints", "interests")


@sensitive_variables()
def record_tutor_exchange(
    *,
    actor,
    placement,
    client_id: uuid.UUID,
    representativeness: int | None,
    unusual_situations: str = "",
    constraints: str = "",
    interests: str = "",
    filled_with_tutor: bool = False,
    check_window: bool = True,
) -> tuple[TutorExchange, bool]:
    """Write the placement's tutor exchange (one per immersion; a new send replaces it).

    Returns (exchange, changed): a repeated send of the same client id changes nothing.
    """
    existing = TutorExchange.objects.filter(client_id=client_id).first()
    if existing is not None:
        return _same_placement(existing, placement)
    texts = redact_texts([unusual_situations, constraints, interests])  # before the transaction
    with transaction.atomic():
        return _store_tutor_exchange(
            actor,
            placement,
            client_id,
            texts,
            representativeness=representativeness,
            filled_with_tutor=filled_with_tutor,
            check_window=check_window,
        )


def _store_tutor_exchange(
    actor, placement, client_id, texts, *, representativeness, filled_with_tutor, check_window
):
    _check_open(placement, check_window)
    exchange = TutorExchange.objects.filter(placement=placement).first() or TutorExchange(
        placement=placement
    )
    created = exchange.pk is None
    exchange.client_id = client_id
    exchange.representativeness = representativeness
    exchange.filled_with_tutor = bool(filled_with_tutor)
    for name, redacted in zip(TUTOR_TEXT_FIELDS, texts, strict=True):
        setattr(exchange, name, redacted.text)
    exchange.redaction_summary = add_summaries(*(t.summary for t in texts))
    exchange.full_clean(validate_unique=False)
    if created:
        exchange, created = _save_once(exchange, TutorExchange, client_id)
        if not created:
            return _same_placement(exchange, placement)
    else:
        exchange.save()
    log_action(
        actor,
        "observation.tutor_exchange.record",
        exchange,
        placement=placement.pk,
        fields=[n for n in TUTOR_TEXT_FIELDS if getattr(exchange, n)],
    )
    announce_texts_written(sender=TutorExchange, source_kind="tutor_exchange", ids=[exchange.pk])
    return exchange, True


@transaction.atomic
def declare_contact_mix(*, actor, site, shares: dict[str, int]) -> list[SiteContactMix]:
    """Replace the site's declared mix of contact reasons (percentages; zeros are dropped)."""
    allowed = grid.codes(grid.site_contact_reasons(site.kind))
    shares = {code: int(value or 0) for code, value in shares.items()}
    unknown = [code for code in shares if code not in allowed]
    if unknown:
        raise ValidationError(_("Motif inconnu pour ce type de structure."))
    if any(value < 0 or value > 100 for value in shares.values()):
        raise ValidationError(_("Chaque part est un pourcentage, de 0 à 100."))
    total = sum(shares.values())
    if total > 100:
        raise ValidationError(
            _("Les parts déclarées font %(total)d %% : le total ne peut dépasser 100 %%.")
            % {"total": total}
        )
    SiteContactMix.objects.filter(site=site).delete()
    rows = []
    for code in allowed:
        if shares.get(code):
            row = SiteContactMix(site=site, reason=code, share=shares[code])
            row.full_clean()
            row.save()
            rows.append(row)
    log_action(actor, "observation.contact_mix.declare", site, reasons=[r.reason for r in rows])
    return rows
