"""Writes on attendance sheets: signatures (drawn, one-time code, paper), the person in
charge's certification, corrections, the training provider."""

import datetime as dt
import re
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from immersion.accounts.models import Role
from immersion.attendance.halfdays import HalfDay, get_half_day
from immersion.attendance.images import clean_signature_image
from immersion.attendance.models import (
    AttendanceCode,
    Signature,
    SignatureMethod,
    SignaturePlace,
    TrainingProvider,
)
from immersion.common.audit import log_action
from immersion.common.validators import reject_unknown_fields
from immersion.notifications.models import EmailKind
from immersion.notifications.secrets import SecretUnavailable
from immersion.notifications.services import compose_email

CODE_DIGITS = 6
CODE_LIFETIME = dt.timedelta(minutes=10)
CODE_RESEND_DELAY = dt.timedelta(seconds=60)
MAX_CODE_ATTEMPTS = 5


# --- Checks shared by every way of signing ---------------------------------------------------


def _half_day(seminar, code: str) -> HalfDay:
    half_day = get_half_day(seminar, code)
    if half_day is None:
        raise ValidationError(_("Cette demi-journée ne figure pas au programme de formation."))
    return half_day


def _signing_day(*, actor, seminar, half_day: HalfDay, override: bool, log: bool = True) -> bool:
    """A sheet is signed on its day. Organizers may override (logged); returns out_of_day."""
    if half_day.date == timezone.localdate():
        return False
    if override and actor is not None and actor.has_perm("attendance.override_day", seminar):
        if log:
            log_action(actor, "attendance.override_day", seminar, half_day=half_day.code)
        return True
    raise ValidationError(
        _("Cette feuille d'émargement ne peut être signée que le %(date)s.")
        % {"date": formats.date_format(half_day.date, "l j F Y")},
        code="wrong_day",
    )


def _signable_participant(participant) -> None:
    if participant.withdrawn_at is not None:
        raise ValidationError(_("%(name)s s'est désisté(e).") % {"name": participant.full_name})


def _not_signed_yet(participant, half_day: HalfDay) -> None:
    existing = Signature.objects.filter(participant=participant, half_day=half_day.code).first()
    if existing is not None:
        raise ValidationError(
            _("%(name)s a déjà émargé cette demi-journée (%(when)s).")
            % {
                "name": participant.full_name,
                "when": formats.date_format(timezone.localtime(existing.signed_at), "j F à H:i"),
            },
            code="already_signed",
        )


# A participant's signature's relations are the rows the service was handed (the participant,
# its seminar, the person recording): full_clean() need not look each one up again.
_LOADED_RELATIONS = ("seminar", "participant", "signer", "recorded_by")


def _save(signature: Signature, *, checked: bool = False) -> Signature:
    """Validate and save. ``checked``: the caller has made sure the participant has not signed
    the half-day yet (``_not_signed_yet`` or an ``exists()``), so the table's constraints are
    not checked again beforehand (a query and a savepoint each, the drawn image sent back to
    the database): the participant signature always has its signer and a drawn one its image,
    and the database enforces all of them on the insert — two devices at the same instant
    end in the IntegrityError below."""
    if checked:
        signature.full_clean(exclude=_LOADED_RELATIONS, validate_constraints=False)
    else:
        signature.full_clean()
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError:  # two devices at the same instant: the other one won
        raise ValidationError(_("Cette demi-journée est déjà émargée.")) from None
    return signature


def _participant_signature(
    *, actor, participant, half_day: HalfDay, method, place, image="", out_of_day=False
) -> Signature:
    signature = _save(
        Signature(
            seminar=participant.seminar,
            half_day=half_day.code,
            participant=participant,
            signer_name=participant.full_name,
            signer_function=participant.function,
            method=method,
            place=place,
            image=image,
            signed_at=timezone.now(),
            recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
            out_of_day=out_of_day,
        ),
        checked=True,
    )
    log_action(
        actor,
        "attendance.sign",
        signature,
        seminar=participant.seminar_id,
        participant=participant.pk,
        half_day=half_day.code,
        method=method,
        place=place,
        out_of_day=out_of_day,
    )
    return signature


# --- Drawn signature ------------------------------------------------------------------------


@transaction.atomic
def sign_attendance(
    *, actor, participant, half_day: str, image: str, place: str, override: bool = False
) -> Signature:
    """A participant signs a half-day by drawing on a phone or a tablet."""
    seminar = participant.seminar
    slot = _half_day(seminar, half_day)
    _signable_participant(participant)
    out_of_day = _signing_day(actor=actor, seminar=seminar, half_day=slot, override=override)
    _not_signed_yet(participant, slot)
    clean = clean_signature_image(image)
    return _participant_signature(
        actor=actor,
        participant=participant,
        half_day=slot,
        method=SignatureMethod.DRAWN,
        place=place,
        image=clean,
        out_of_day=out_of_day,
    )


# --- One-time code --------------------------------------------------------------------------


def _hash_code(salt: str, code: str) -> str:
    return salted_hmac(
        "immersion.attendance.code", f"{salt}:{code}", algorithm="sha256"
    ).hexdigest()


ATTENDANCE_CODE = "attendance_code"
CODE_PLACEHOLDER = "[code personnel]"


def mint_attendance_code(reference: dict, email) -> tuple[str, object]:
    """Create the code of a pending AttendanceCode when its e-mail leaves (see
    ``notifications.secrets``): the digits exist only in the message sent to the participant,
    never in the outbox, where the organizers running the signing could read them."""
    now = timezone.now()
    record = AttendanceCode.objects.select_for_update().filter(pk=reference.get("code_id")).first()
    if record is None or record.used_at is not None or record.expires_at <= now:
        raise SecretUnavailable("attendance_code")
    code = "".join(secrets.choice("0123456789") for _i in range(CODE_DIGITS))
    record.salt = secrets.token_hex(8)
    record.code_hash = _hash_code(record.salt, code)
    record.created_at = now
    record.expires_at = now + CODE_LIFETIME
    record.save(update_fields=["salt", "code_hash", "created_at", "expires_at"])

    def revoke():
        AttendanceCode.objects.filter(pk=record.pk).update(expires_at=timezone.now())

    return code, revoke


@transaction.atomic
def request_attendance_code(
    *, actor, participant, half_day: str, place: str, override: bool = False
) -> AttendanceCode:
    """Send a 6-digit code by e-mail to the participant, valid 10 minutes for one half-day."""
    seminar = participant.seminar
    slot = _half_day(seminar, half_day)
    _signable_participant(participant)
    _signing_day(actor=actor, seminar=seminar, half_day=slot, override=override, log=False)
    _not_signed_yet(participant, slot)
    now = timezone.now()
    recent = AttendanceCode.objects.filter(
        participant=participant,
        half_day=slot.code,
        used_at__isnull=True,
        created_at__gt=now - CODE_RESEND_DELAY,
    )
    if recent.exists():
        raise ValidationError(
            _("Un code vient d'être envoyé : attendez une minute avant d'en demander un autre."),
            code="too_soon",
        )
    # A new code replaces the previous ones.
    AttendanceCode.objects.filter(
        participant=participant, half_day=slot.code, used_at__isnull=True, expires_at__gt=now
    ).update(expires_at=now)
    # The code itself is drawn when the e-mail leaves (mint_attendance_code).
    record = AttendanceCode(
        participant=participant,
        half_day=slot.code,
        salt="",
        code_hash="",
        created_at=now,
        expires_at=now + CODE_LIFETIME,
    )
    record.full_clean(exclude=["salt", "code_hash"])
    record.save()
    record.email = compose_email(
        to_email=participant.email,
        to_name=participant.full_name,
        template="attendance_code",
        context={
            "participant": participant,
            "seminar": seminar,
            "half_day_label": slot.label,
            "half_day_date": formats.date_format(slot.date, "l j F Y"),
            "code": CODE_PLACEHOLDER,
            "minutes": int(CODE_LIFETIME.total_seconds() // 60),
        },
        secret={"kind": ATTENDANCE_CODE, "code_id": record.pk},
        kind=EmailKind.OTHER,
        seminar=seminar,
        recipient=participant.user,
        actor=actor,
    )
    record.save(update_fields=["email"])
    log_action(
        actor,
        "attendance.code_sent",
        record,
        seminar=seminar.pk,
        participant=participant.pk,
        half_day=slot.code,
        place=place,
    )
    return record


def sign_attendance_with_code(
    *, actor, participant, half_day: str, code: str, place: str, override: bool = False
) -> Signature:
    """Check the code typed by the participant and sign the half-day.

    A wrong code counts as an attempt even though the signing fails: the attempt is written
    in its own transaction, then the French error is raised.
    """
    code = re.sub(r"\s", "", code or "")
    error = None
    with transaction.atomic():
        seminar = participant.seminar
        slot = _half_day(seminar, half_day)
        _signable_participant(participant)
        out_of_day = _signing_day(actor=actor, seminar=seminar, half_day=slot, override=override)
        _not_signed_yet(participant, slot)
        now = timezone.now()
        record = (
            AttendanceCode.objects.select_for_update()
            .filter(participant=participant, half_day=slot.code, used_at__isnull=True)
            .order_by("-created_at", "-id")
            .first()
        )
        if record is None or record.expires_at <= now:
            error = _("Ce code a expiré ou n'est plus valable : demandez un nouveau code.")
        elif record.attempts >= MAX_CODE_ATTEMPTS:
            error = _("Trop d'essais avec ce code : demandez un nouveau code.")
        elif not (code.isdigit() and len(code) == CODE_DIGITS) or not constant_time_compare(
            record.code_hash, _hash_code(record.salt, code)
        ):
            record.attempts += 1
            record.save(update_fields=["attempts"])
            left = MAX_CODE_ATTEMPTS - record.attempts
            error = (
                _("Code incorrect. Il vous reste %(n)d essai(s).") % {"n": left}
                if left
                else _("Code incorrect. Demandez un nouveau code.")
            )
        else:
            record.used_at = now
            record.save(update_fields=["used_at"])
            signature = _participant_signature(
                actor=actor,
                participant=participant,
                half_day=slot,
                method=SignatureMethod.CODE,
                place=place,
                out_of_day=out_of_day,
            )
            return signature
    raise ValidationError({"code": error})


# --- The person in charge, paper sheets, corrections ----------------------------------------


def person_in_charge_function(user, seminar) -> str:
    if seminar.organizers.filter(pk=user.pk).exists():
        return _("Organisateur")
    if seminar.experts.filter(pk=user.pk).exists():
        return _("Expert, animateur de la formation")
    if user.role == Role.ADMIN or user.is_superuser:
        return _("Administrateur")
    return ""


@transaction.atomic
def certify_attendance_sheet(
    *, actor, seminar, half_day: str, image: str, override: bool = False
) -> Signature:
    """The person in charge (an organizer or the expert) signs the half-day's sheet."""
    slot = _half_day(seminar, half_day)
    function = person_in_charge_function(actor, seminar)
    if not function:
        raise ValidationError(
            _("Seuls les organisateurs et l'expert du séminaire signent comme responsables.")
        )
    out_of_day = _signing_day(actor=actor, seminar=seminar, half_day=slot, override=override)
    signature = _save(
        Signature(
            seminar=seminar,
            half_day=slot.code,
            signer=actor,
            signer_name=actor.get_full_name() or actor.email,
            signer_function=function,
            method=SignatureMethod.DRAWN,
            place=SignaturePlace.KIOSK,
            image=clean_signature_image(image),
            signed_at=timezone.now(),
            recorded_by=actor,
            out_of_day=out_of_day,
        )
    )
    log_action(
        actor,
        "attendance.certify",
        signature,
        seminar=seminar.pk,
        half_day=slot.code,
        out_of_day=out_of_day,
    )
    return signature


@transaction.atomic
def record_paper_attendance(*, actor, seminar, half_day: str, participants) -> int:
    """Report the presences of a hand-signed paper sheet (the paper is kept by the organizer)."""
    slot = _half_day(seminar, half_day)
    count = 0
    for participant in participants:
        if participant.seminar_id != seminar.pk:
            raise ValidationError(_("Ce participant n'est pas inscrit à ce séminaire."))
        _signable_participant(participant)
        if Signature.objects.filter(participant=participant, half_day=slot.code).exists():
            continue
        _participant_signature(
            actor=actor,
            participant=participant,
            half_day=slot,
            method=SignatureMethod.PAPER,
            place=SignaturePlace.PAPER,
        )
        count += 1
    return count


@transaction.atomic
def cancel_signature(*, actor, signature: Signature) -> None:
    """Remove a signature recorded by mistake (organizers only; the removal is logged)."""
    log_action(
        actor,
        "attendance.cancel",
        signature,
        seminar=signature.seminar_id,
        participant=signature.participant_id,
        half_day=signature.half_day,
        method=signature.method,
    )
    signature.delete()


PROVIDER_FIELDS = {
    "name",
    "declaration_number",
    "representative_name",
    "representative_title",
    "prerequisites",
    "contact",
}


@transaction.atomic
def save_training_provider(*, actor, seminar, **fields) -> TrainingProvider:
    reject_unknown_fields(fields, PROVIDER_FIELDS)
    provider = TrainingProvider.objects.filter(seminar=seminar).first() or TrainingProvider(
        seminar=seminar
    )
    for name, value in fields.items():
        setattr(provider, name, value)
    provider.full_clean()
    provider.save()
    log_action(actor, "attendance.provider", provider, seminar=seminar.pk, fields=sorted(fields))
    return provider
