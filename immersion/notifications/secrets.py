"""Secrets an e-mail carries (a sign-in link, a one-time code) are minted when it is sent.

The outbox keeps every e-mail, and a seminar's organizers read it (review before sending,
previews). A secret written into a stored body could be read there and used by someone other
than its recipient — an organizer following a participant's sign-in link would be signed in
as that participant. So an e-mail is stored with a **placeholder** where the secret goes and a
**reference** saying what to mint (``OutgoingEmail.secret``); the secret is created at the
moment the message leaves, put into the copy handed to the e-mail backend, and never stored:
the outbox, its previews, the logs and a copy of the database only ever show the placeholder.

An app that mints a secret registers it, e.g. in its AppConfig.ready():

    register_secret("attendance_code", placeholder="[code personnel]", mint=mint_code)

where ``mint(reference, email)`` returns ``(value, revoke)``: the text that replaces the
placeholder, and a callable that withdraws the secret if the message could not be sent.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import escape

SIGN_IN_LINK = "sign_in_link"
SIGN_IN_LINK_PLACEHOLDER = "[lien de connexion personnel]"

Minter = Callable[[dict, object], tuple[str, Callable[[], None]]]


@dataclass(frozen=True)
class SecretKind:
    placeholder: str
    mint: Minter


_KINDS: dict[str, SecretKind] = {}


class SecretUnavailable(Exception):
    """The secret cannot be minted (account deactivated, code replaced…): do not send."""


class UnknownSecret(SecretUnavailable):
    """No app registered this kind of secret: the e-mail cannot be completed either."""


def register_secret(kind: str, *, placeholder: str, mint: Minter) -> None:
    _KINDS[kind] = SecretKind(placeholder=placeholder, mint=mint)


def sign_in_link_reference(*, purpose: str, lifetime: dt.timedelta, base_url: str) -> dict:
    """What to mint when the e-mail leaves: a link for the e-mail's recipient account."""
    return {
        "kind": SIGN_IN_LINK,
        "purpose": str(purpose),
        "lifetime_seconds": int(lifetime.total_seconds()),
        "base_url": base_url,
    }


def reveal(email) -> tuple[str, str, Callable[[], None]]:
    """Mint the e-mail's secret: (text body, HTML body, revoke). Bodies are not saved."""
    reference = email.secret or {}
    if not reference:
        return email.body_text, email.body_html, lambda: None
    try:
        kind = _KINDS[reference.get("kind", "")]
    except KeyError:
        raise UnknownSecret(reference.get("kind", "")) from None
    value, revoke = kind.mint(reference, email)
    text = email.body_text.replace(kind.placeholder, value)
    html = email.body_html.replace(escape(kind.placeholder), escape(value))
    return text, html, revoke


def _mint_sign_in_link(reference: dict, email) -> tuple[str, Callable[[], None]]:
    from immersion.accounts.models import SignInLink
    from immersion.accounts.services import hash_token, issue_sign_in_link

    user = email.recipient
    if user is None or not user.is_active:
        raise SecretUnavailable("account")
    url = issue_sign_in_link(
        user=user,
        purpose=reference["purpose"],
        lifetime=dt.timedelta(seconds=reference["lifetime_seconds"]),
        base_url=reference.get("base_url", ""),
    )
    token = url.rstrip("/").rsplit("/", 1)[-1]

    def revoke():
        SignInLink.objects.filter(token_hash=hash_token(token)).delete()

    return url, revoke


register_secret(SIGN_IN_LINK, placeholder=SIGN_IN_LINK_PLACEHOLDER, mint=_mint_sign_in_link)
