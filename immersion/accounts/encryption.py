"""The TOTP secrets, encrypted at rest (Fernet: AES-128-CBC + HMAC-SHA256, from ``cryptography``).

A database dump must not give away every staff member's second factor: ``SecondFactor`` keeps
a Fernet token, never the base32 secret. The keys come from ``IMMERSION_TOTP_KEYS``:

- a list of Fernet keys (``Fernet.generate_key()``: 32 random bytes, URL-safe base64);
- the **first** encrypts, **every one** decrypts: to rotate, put a new key first and keep the
  old ones after it; a secret is re-encrypted with the new key at its owner's next successful
  code, or at once by ``manage.py rotate_totp_secrets``; then drop the old key;
- empty in development and tests: a key derived from ``SECRET_KEY`` (HKDF-SHA256) is used;
- required in production (``IMMERSION_TOTP_KEYS_REQUIRED``, set by prod.py): the system check
  ``accounts.E001`` fails, and nothing is encrypted with a derived key.

A token that no key opens (altered in the database, key lost) raises ``SecretUnreadable``:
the caller fails closed (the code is refused). Neither secrets nor keys are ever logged.
"""

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# HKDF's "info": a key derived from SECRET_KEY for this use only.
DERIVATION_INFO = b"vivez-ma-vie-usager:accounts:totp-secret:v1"
# A Fernet token always starts with its version byte 0x80, base64: "gAAAAA".
TOKEN_PREFIX = "gAAAAA"  # noqa: S105 - a format marker, not a secret


class SecretUnreadable(Exception):
    """No configured key opens this token (altered, or encrypted with a key since removed)."""


def derived_key(secret_key: str) -> bytes:
    """The Fernet key derived from the project's SECRET_KEY (development and tests only)."""
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=DERIVATION_INFO).derive(
        secret_key.encode()
    )
    return base64.urlsafe_b64encode(raw)


def configured_keys() -> list[str]:
    """The keys as configured (a list, or one string with keys separated by commas)."""
    value = getattr(settings, "IMMERSION_TOTP_KEYS", None) or []
    if isinstance(value, str):
        value = value.split(",")
    return [key.strip() for key in value if key and key.strip()]


def _fernets() -> list[Fernet]:
    keys = configured_keys()
    if not keys:
        if getattr(settings, "IMMERSION_TOTP_KEYS_REQUIRED", False):
            raise ImproperlyConfigured(
                "IMMERSION_TOTP_KEYS est obligatoire en production (voir docs/deployment.md)."
            )
        return [Fernet(derived_key(settings.SECRET_KEY))]
    return [Fernet(key) for key in keys]


def is_token(value: str) -> bool:
    """Whether a stored value is a Fernet token (a base32 secret is upper case: never)."""
    return value.startswith(TOKEN_PREFIX)


def encrypt(secret: str) -> str:
    """The token stored for a base32 secret, with the first (current) key."""
    return _fernets()[0].encrypt(secret.encode()).decode()


def decrypt(token: str) -> tuple[str, bool]:
    """(the secret, whether the token should be re-encrypted with the current key)."""
    fernets = _fernets()
    for index, fernet in enumerate(fernets):
        try:
            return fernet.decrypt(token.encode()).decode(), index > 0
        except (InvalidToken, ValueError, UnicodeError):
            continue
    raise SecretUnreadable


def rotate(token: str) -> str:
    """The same secret, re-encrypted with the current key (raises ``SecretUnreadable``)."""
    try:
        return MultiFernet(_fernets()).rotate(token.encode()).decode()
    except (InvalidToken, ValueError, UnicodeError) as error:
        raise SecretUnreadable from error


def key_problems() -> list[str]:
    """What is wrong with the configured keys, in words that never repeat a key."""
    problems = []
    keys = configured_keys()
    if not keys and getattr(settings, "IMMERSION_TOTP_KEYS_REQUIRED", False):
        problems.append(
            "IMMERSION_TOTP_KEYS est vide : la production demande au moins une clé de "
            "chiffrement des secrets TOTP."
        )
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            problems.append(
                f"IMMERSION_TOTP_KEYS : la clé n° {position} n'est pas une clé Fernet "
                "(32 octets en base64 URL, 44 caractères)."
            )
    return problems
