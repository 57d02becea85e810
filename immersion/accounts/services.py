"""Sign-in links (participants, tutors and site coordinators have no password) and accounts.

A link carries a random token; the database keeps only its SHA-256, so a copy of the
database cannot be used to sign in. A link works once and expires.
"""

import datetime as dt
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.accounts.models import Role, SignInLink, User
from immersion.common.audit import log_action
from immersion.common.throttle import Throttle

INVITATION_LIFETIME = dt.timedelta(days=14)
SIGN_IN_LIFETIME = dt.timedelta(hours=1)
# Links on request (see engagement.invitations.request_sign_in_link): at most this many per
# hour for one address asked from one requester, for one address from anywhere, and from one
# requester whatever the address. More are silently dropped. A link lives as long as the
# window, so whenever an address's quota is spent, a link sent within the hour — still valid —
# waits in its mailbox: nobody can lock its owner out by asking in their place.
MAX_REQUESTS_PER_HOUR = 3
MAX_REQUESTS_PER_ADDRESS_PER_HOUR = 10
MAX_REQUESTS_PER_REQUESTER_PER_HOUR = 10
LINK_REQUESTS_BY_PAIR = Throttle("link.pair", MAX_REQUESTS_PER_HOUR, dt.timedelta(hours=1))
LINK_REQUESTS_BY_ADDRESS = Throttle(
    "link.address", MAX_REQUESTS_PER_ADDRESS_PER_HOUR, dt.timedelta(hours=1)
)
LINK_REQUESTS_BY_REQUESTER = Throttle(
    "link.requester", MAX_REQUESTS_PER_REQUESTER_PER_HOUR, dt.timedelta(hours=1)
)

# Roles that sign in by link. Organizers, experts and administrators keep their password.
LINK_ROLES = {Role.PARTICIPANT, Role.TUTOR, Role.SITE_COORDINATOR}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def issue_sign_in_link(
    *,
    user: User,
    purpose: str,
    lifetime: dt.timedelta,
    base_url: str = "",
    now: dt.datetime | None = None,
) -> str:
    """Create a link and return its URL (absolute when ``base_url`` is given)."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(32)
    link = SignInLink(
        user=user,
        token_hash=hash_token(token),
        purpose=purpose,
        created_at=now,
        expires_at=now + lifetime,
    )
    link.full_clean()
    link.save()
    log_action(None, "sign_in_link.issue", link, user=user.pk, purpose=purpose)
    return base_url.rstrip("/") + reverse("public:sign_in_link", args=[token])


def find_usable_link(token: str, *, now: dt.datetime | None = None) -> SignInLink | None:
    """The link if it can still be used; ``None`` for unknown, used or expired (no difference)."""
    now = now or timezone.now()
    if not token or len(token) > 100:
        return None
    link = SignInLink.objects.select_related("user").filter(token_hash=hash_token(token)).first()
    if link is None or not link.is_usable(now):
        return None
    return link


@transaction.atomic
def consume_sign_in_link(token: str, *, now: dt.datetime | None = None) -> User | None:
    """Use a link once: its user, or ``None`` whatever the reason it cannot be used."""
    now = now or timezone.now()
    if not token or len(token) > 100:
        return None
    link = (
        SignInLink.objects.select_for_update()
        .select_related("user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if link is None or not link.is_usable(now):
        return None
    link.used_at = now
    link.save(update_fields=["used_at"])
    log_action(link.user, "sign_in_link.consume", link, purpose=link.purpose)
    return link.user


def may_request_link(user: User | None) -> bool:
    """Links on request: only for active accounts that sign in by link."""
    return user is not None and user.is_active and user.role in LINK_ROLES


def take_link_request(*, email: str, requester: str) -> bool:
    """Count a request for a link; ``False`` when a quota is spent (the request is dropped).

    Every request counts, whether or not the address is an account's: the quotas say nothing
    about which addresses exist."""
    email = (email or "").strip().lower()
    pair = f"{email}|{requester}"
    if (
        LINK_REQUESTS_BY_REQUESTER.exceeded(requester)
        or LINK_REQUESTS_BY_PAIR.exceeded(pair)
        or LINK_REQUESTS_BY_ADDRESS.exceeded(email)
    ):
        return False
    LINK_REQUESTS_BY_REQUESTER.record(requester)
    LINK_REQUESTS_BY_PAIR.record(pair)
    LINK_REQUESTS_BY_ADDRESS.record(email)
    return True


@transaction.atomic
def get_or_create_link_account(
    *, actor, email: str, role: str, first_name: str = "", last_name: str = ""
) -> User:
    """The account of someone who signs in by link (no usable password), created if needed.

    An address already used by an account of another role is refused: one account, one role.
    """
    email = (email or "").strip().lower()
    if not email:
        raise ValidationError({"email": _("Une adresse e-mail est nécessaire pour inviter.")})
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        if user.role != role:
            raise ValidationError(
                {
                    "email": _(
                        "L'adresse %(email)s est déjà celle d'un compte « %(role)s » : "
                        "utilisez une autre adresse."
                    )
                    % {"email": email, "role": user.get_role_display()}
                }
            )
        return user
    user = User.objects.create_user(
        email=email, password=None, role=role, first_name=first_name, last_name=last_name
    )
    log_action(actor, "account.create", user, role=role)
    return user


@transaction.atomic
def revoke_unused_links(*, actor, user: User, reason: str, now: dt.datetime | None = None) -> int:
    """End every sign-in link of the account not used yet (they expire now); how many."""
    now = now or timezone.now()
    count = SignInLink.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    if count:
        log_action(actor, "sign_in_link.revoke", user, count=count, reason=reason)
    return count


@transaction.atomic
def record_account_change(*, actor, user: User, changed: list[str]) -> None:
    """After an account's address or role changed (administration): the links sent before
    stop working. Its sessions already have: the session hash covers both (``User``)."""
    sensitive = sorted(set(changed) & {"email", "role", "is_superuser", "is_staff"})
    if not sensitive:
        return
    log_action(actor, "account.change", user, fields=sensitive)
    revoke_unused_links(actor=actor, user=user, reason="account_change")
