"""The staff's second factor: a TOTP authenticator (RFC 6238) and single-use recovery codes.

- TOTP: 30-second steps, 6 digits, the previous and next steps accepted too (clock drift);
  a code is accepted once only: the step of the last accepted code is kept and a code of that
  step or an earlier one is refused (replay).
- Recovery codes: 10, random (50 bits each), shown once at enrolment; only a keyed hash is
  stored; each works once.
- Failed codes are throttled per account and per requester (``common.throttle``).
- An administrator's reset deletes both and ends the account's sessions: the user enrols again
  at the next sign-in.
- The TOTP secret is stored encrypted (``accounts.encryption``); a token no key opens fails
  closed (``SecretUnreadable``: the code is refused, a recovery code still works), and a token
  encrypted with an older key is re-encrypted with the current one at the next good code.
"""

import dataclasses
import datetime as dt
import hashlib
import hmac
import logging
import secrets

import pyotp
import segno
from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.accounts import encryption
from immersion.accounts.encryption import SecretUnreadable
from immersion.accounts.models import RecoveryCode, SecondFactor, User
from immersion.common.audit import log_action
from immersion.common.throttle import Throttle

STEP_SECONDS = 30
DIGITS = 6
VALID_WINDOW = 1  # steps accepted before and after the current one
RECOVERY_CODE_COUNT = 10
ISSUER = "Vivez ma vie d'usager"
# The alphabet of recovery codes: no 0/O, 1/I/L to misread.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

CODE_FAILURES_PER_ACCOUNT = Throttle("second_factor.account", 5, dt.timedelta(minutes=15))
CODE_FAILURES_PER_REQUESTER = Throttle("second_factor.requester", 20, dt.timedelta(minutes=15))

# The session key that says the second step was passed (its value: when, ISO 8601).
VERIFIED_SESSION_KEY = "second_factor_verified_at"

logger = logging.getLogger(__name__)


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)


def _step(when: dt.datetime) -> int:
    return int(when.timestamp()) // STEP_SECONDS


def _recovery_hash(code: str) -> str:
    normalized = "".join(c for c in code.upper() if c.isalnum())
    message = f"recovery-code:{normalized}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def provisioning_uri(factor: SecondFactor) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    return _totp(factor.secret).provisioning_uri(name=factor.user.email, issuer_name=ISSUER)


def qr_code_svg(uri: str) -> str:
    """The QR code as inline SVG markup (drawn here: no external service sees the secret)."""
    return segno.make(uri, error="m").svg_inline(
        scale=5, border=2, dark="#161616", light="#ffffff", omitsize=False
    )


def grouped_secret(secret: str) -> str:
    """The secret in groups of four letters, for typing it by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def is_enrolled(user: User) -> bool:
    return SecondFactor.objects.filter(user=user, confirmed_at__isnull=False).exists()


@transaction.atomic
def start_enrolment(*, user: User, now: dt.datetime | None = None) -> SecondFactor:
    """The authenticator being enrolled: the same secret until it is confirmed (so that a
    reload does not invalidate what the user already scanned). Refused once enrolled."""
    now = now or timezone.now()
    factor = SecondFactor.objects.select_for_update().filter(user=user).first()
    if factor is not None:
        if factor.is_confirmed:
            raise ValidationError(_("La double authentification est déjà activée."))
        try:
            encryption.decrypt(factor.secret_token)
        except SecretUnreadable:
            # Nothing was confirmed with it yet: a fresh secret replaces the unreadable one.
            factor.secret = pyotp.random_base32(32)
            factor.save(update_fields=["secret_token"])
        return factor
    factor = SecondFactor(user=user, secret=pyotp.random_base32(32), created_at=now)
    factor.full_clean(exclude=["user"])
    factor.save()
    return factor


def _matching_step(factor: SecondFactor, code: str, now: dt.datetime) -> int | None:
    """The time step whose code is ``code`` (within the window), if any."""
    code = "".join(c for c in code if not c.isspace())
    if len(code) != DIGITS or not code.isdigit():
        return None
    totp = _totp(factor.secret)
    current = _step(now)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def _new_recovery_codes(user: User, now: dt.datetime) -> list[str]:
    RecoveryCode.objects.filter(user=user).delete()
    codes = []
    for _i in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _j in range(10))
        code = f"{raw[:5]}-{raw[5:]}"
        RecoveryCode.objects.create(user=user, code_hash=_recovery_hash(code), created_at=now)
        codes.append(code)
    return codes


class CodeThrottled(Exception):
    """Too many wrong codes: nothing is checked until the window has passed."""


def _throttled(user: User, requester: str) -> bool:
    return CODE_FAILURES_PER_ACCOUNT.exceeded(str(user.pk)) or (
        CODE_FAILURES_PER_REQUESTER.exceeded(requester)
    )


def _record_failure(user: User, requester: str) -> None:
    CODE_FAILURES_PER_ACCOUNT.record(str(user.pk))
    CODE_FAILURES_PER_REQUESTER.record(requester)


@transaction.atomic
def confirm_enrolment(
    *, user: User, code: str, requester: str = "", now: dt.datetime | None = None
) -> list[str] | None:
    """Activate the authenticator with its first code: the new recovery codes (to show once),
    or ``None`` if the code is wrong. Raises ``CodeThrottled`` past the quota."""
    now = now or timezone.now()
    if _throttled(user, requester):
        raise CodeThrottled
    factor = SecondFactor.objects.select_for_update().filter(user=user).first()
    if factor is None or factor.is_confirmed:
        return None
    try:
        step = _matching_step(factor, code, now)
    except SecretUnreadable:
        step = None  # the next enrolment page draws a new secret (start_enrolment)
    if step is None:
        _record_failure(user, requester)
        return None
    factor.confirmed_at = now
    factor.last_used_step = step
    factor.save(update_fields=["confirmed_at", "last_used_step"])
    codes = _new_recovery_codes(user, now)
    CODE_FAILURES_PER_ACCOUNT.reset(str(user.pk))
    log_action(user, "second_factor.enrol", user)
    return codes


_UNREADABLE = "unreadable"


def verify_second_factor(
    *, user: User, code: str, requester: str = "", now: dt.datetime | None = None
) -> str | None:
    """Check a TOTP code or a recovery code: ``"totp"``, ``"recovery"`` or ``None`` (wrong,
    already used, or no authenticator). Raises ``CodeThrottled`` past the quota, and
    ``SecretUnreadable`` when the stored secret cannot be decrypted and the code is not a
    recovery code (the failure is counted all the same)."""
    used = _verify(user=user, code=code, requester=requester, now=now or timezone.now())
    if used == _UNREADABLE:
        raise SecretUnreadable
    return used


@transaction.atomic
def _verify(*, user: User, code: str, requester: str, now: dt.datetime) -> str | None:
    if _throttled(user, requester):
        raise CodeThrottled
    factor = (
        SecondFactor.objects.select_for_update()
        .filter(user=user, confirmed_at__isnull=False)
        .first()
    )
    if factor is None:
        return None
    unreadable = False
    try:
        step = _matching_step(factor, code, now)
    except SecretUnreadable:
        # Fail closed: no TOTP code is accepted. Said without the token nor any key.
        logger.warning("Second factor of user %s cannot be decrypted.", user.pk)
        step, unreadable = None, True
    if step is not None and step > factor.last_used_step:
        factor.last_used_step = step
        update_fields = ["last_used_step"]
        if encryption.decrypt(factor.secret_token)[1]:  # an older key: rotate now
            factor.secret_token = encryption.rotate(factor.secret_token)
            update_fields.append("secret_token")
        factor.save(update_fields=update_fields)
        CODE_FAILURES_PER_ACCOUNT.reset(str(user.pk))
        return "totp"
    if step is None:
        recovery = (
            RecoveryCode.objects.select_for_update()
            .filter(user=user, code_hash=_recovery_hash(code), used_at__isnull=True)
            .first()
        )
        if recovery is not None:
            recovery.used_at = now
            recovery.save(update_fields=["used_at"])
            CODE_FAILURES_PER_ACCOUNT.reset(str(user.pk))
            log_action(user, "second_factor.use_recovery_code", user)
            return "recovery"
    _record_failure(user, requester)
    return _UNREADABLE if unreadable else None


def remaining_recovery_codes(user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


@transaction.atomic
def regenerate_recovery_codes(*, user: User, now: dt.datetime | None = None) -> list[str]:
    """New recovery codes (the old ones stop working), for a verified session."""
    now = now or timezone.now()
    codes = _new_recovery_codes(user, now)
    log_action(user, "second_factor.regenerate_recovery_codes", user)
    return codes


@transaction.atomic
def reset_second_factor(*, actor, user: User) -> None:
    """An administrator removes the user's authenticator and recovery codes (lost phone):
    every session of the user ends, and the next sign-in asks to enrol again."""
    SecondFactor.objects.filter(user=user).delete()
    RecoveryCode.objects.filter(user=user).delete()
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])
    log_action(actor, "second_factor.reset", user)


def mark_session_verified(request, *, now: dt.datetime | None = None) -> None:
    """The second step is passed: a new session key (against fixation) that says so."""
    request.session.cycle_key()
    request.session[VERIFIED_SESSION_KEY] = (now or timezone.now()).isoformat()


def session_is_verified(session) -> bool:
    return bool(session.get(VERIFIED_SESSION_KEY))


@transaction.atomic
def sign_out_everywhere(request) -> None:
    """End every session of the signed-in user, on every device, this one included."""
    user = request.user
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    log_action(user, "account.sign_out_everywhere", user)
    logout(request)


@dataclasses.dataclass
class RotationReport:
    rotated: int = 0
    current: int = 0
    unreadable: list[int] = dataclasses.field(default_factory=list)  # the users' ids


@transaction.atomic
def rotate_secret_keys() -> RotationReport:
    """Re-encrypt every TOTP secret with the current key (the first of IMMERSION_TOTP_KEYS),
    so that older keys can be removed. Tokens no key opens are left as they are and named by
    their user's id: their owners need an administrator's reset."""
    report = RotationReport()
    for factor in SecondFactor.objects.select_for_update().order_by("pk"):
        try:
            old_key = encryption.decrypt(factor.secret_token)[1]
        except SecretUnreadable:
            report.unreadable.append(factor.user_id)
            continue
        if not old_key:
            report.current += 1
            continue
        factor.secret_token = encryption.rotate(factor.secret_token)
        factor.save(update_fields=["secret_token"])
        report.rotated += 1
    log_action(
        None,
        "second_factor.rotate_keys",
        rotated=report.rotated,
        unreadable=len(report.unreadable),
    )
    return report
