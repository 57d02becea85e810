"""The links an applicant (who has no account) receives: confirming their address, and giving
their feedback after the day. Both are secrets minted when the e-mail leaves
(``notifications.secrets``): the outbox keeps only a placeholder.

A link carries a token signed with the project's secret (``django.core.signing``, its own
salt per kind) holding the application's id and a random nonce; the application keeps only
the nonce's SHA-256. The link works once (the hash is cleared when it is used), expires
(the signature's age), and a newer link replaces an older one.
"""

import datetime as dt
import hashlib
import secrets

from django.core import signing
from django.urls import reverse

CONFIRMATION = "reverse_application_confirmation"
CONFIRMATION_PLACEHOLDER = "[lien de confirmation personnel]"
CONFIRMATION_LIFETIME = dt.timedelta(days=2)
FEEDBACK = "reverse_feedback_link"
FEEDBACK_PLACEHOLDER = "[lien personnel pour votre retour]"
FEEDBACK_LIFETIME = dt.timedelta(days=30)

_SALTS = {CONFIRMATION: "immersion.inverse.confirmation", FEEDBACK: "immersion.inverse.feedback"}
_LIFETIMES = {CONFIRMATION: CONFIRMATION_LIFETIME, FEEDBACK: FEEDBACK_LIFETIME}
_URLS = {CONFIRMATION: "public:reverse_confirm_link", FEEDBACK: "public:reverse_feedback"}


def hash_nonce(nonce: str) -> str:
    return hashlib.sha256(nonce.encode()).hexdigest()


def make_token(kind: str, application_id: int) -> tuple[str, str]:
    """A new token and the hash of its nonce, to store on the application."""
    nonce = secrets.token_urlsafe(16)
    token = signing.dumps({"a": application_id, "n": nonce}, salt=_SALTS[kind], compress=True)
    return token, hash_nonce(nonce)


def read_token(kind: str, token: str) -> tuple[int, str] | None:
    """(application id, nonce hash) of a well-signed, unexpired token; None otherwise."""
    if not token or len(token) > 300:
        return None
    try:
        data = signing.loads(token, salt=_SALTS[kind], max_age=_LIFETIMES[kind].total_seconds())
        return int(data["a"]), hash_nonce(str(data["n"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def link_url(kind: str, token: str, base_url: str) -> str:
    return base_url.rstrip("/") + reverse(_URLS[kind], args=[token])
