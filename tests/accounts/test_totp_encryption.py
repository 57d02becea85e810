"""Issue 12: the staff's TOTP secrets are encrypted at rest (accounts/encryption.py).

A database dump gives Fernet tokens, not secrets; keys rotate (the first encrypts, all decrypt;
re-encrypted at the next good code or by ``rotate_totp_secrets``); a token no key opens fails
closed with a French message; production refuses to run without keys.
"""

import datetime as dt
import importlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pyotp
import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from immersion.accounts import encryption
from immersion.accounts.checks import check_totp_keys
from immersion.accounts.encryption import SecretUnreadable
from immersion.accounts.models import SecondFactor
from immersion.accounts.second_factor import (
    confirm_enrolment,
    start_enrolment,
    verify_second_factor,
)
from immersion.common.models import AuditEntry
from immersion.gdpr.person import export_person, find_person
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.real_second_factor]

ROOT = Path(__file__).resolve().parents[2]
# Test-only keys (Fernet.generate_key()).
KEY_A = "wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE="
KEY_B = "lNP3y3mPSBNvnQePIenM4iKHV0A8Y3O_xureyykJdPg="
KEY_C = "zxp9DT9R8y8I4BaoNCSvE6xMeWNoOHUzV_VG6FnZ-wY="
VERIFY = reverse("public:second_factor")


def _now_code(secret: str) -> str:
    return pyotp.TOTP(secret).now()


def _enrol(user, *, minutes_ago: int = 2) -> tuple[str, list[str]]:
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)
    factor = start_enrolment(user=user, now=earlier)
    codes = confirm_enrolment(user=user, code=pyotp.TOTP(factor.secret).at(earlier), now=earlier)
    assert codes
    return factor.secret, codes


def _stored(user) -> str:
    """The column as a database dump would show it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT secret_token FROM accounts_secondfactor WHERE user_id = %s", [user.pk]
        )
        return cursor.fetchone()[0]


def _opens_with(token: str, key: str) -> bool:
    from cryptography.fernet import Fernet, InvalidToken

    try:
        Fernet(key).decrypt(token.encode())
    except InvalidToken:
        return False
    return True


def test_the_stored_column_is_a_token_not_the_base32_secret(settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer")
    secret, _codes = _enrol(user)
    stored = _stored(user)
    assert len(secret) == 32 and secret.isupper()
    assert secret not in stored and stored.startswith("gAAAAA")
    assert _opens_with(stored, KEY_A)
    # Two enrolments of the same secret would not even give the same token (random IV).
    assert encryption.encrypt(secret) != encryption.encrypt(secret)


def test_without_keys_development_derives_one_from_the_secret_key(settings):
    settings.IMMERSION_TOTP_KEYS = []
    user = UserFactory(role="expert")
    secret, _codes = _enrol(user)
    derived = encryption.derived_key(settings.SECRET_KEY).decode()
    assert _opens_with(_stored(user), derived)
    assert SecondFactor.objects.get(user=user).secret == secret
    # Production refuses the derived key.
    settings.IMMERSION_TOTP_KEYS_REQUIRED = True
    with pytest.raises(ImproperlyConfigured):
        encryption.encrypt(secret)


def test_a_new_first_key_still_decrypts_the_old_tokens_and_rotates_at_the_next_code(
    client, settings
):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer")
    secret, _codes = _enrol(user)
    settings.IMMERSION_TOTP_KEYS = [KEY_B, KEY_A]  # rotation: B encrypts, A still decrypts
    assert _opens_with(_stored(user), KEY_A) and not _opens_with(_stored(user), KEY_B)
    client.force_login(user)
    response = client.post(VERIFY, {"code": _now_code(secret), "next": "/organisation/"})
    assert response.status_code == 302 and response.url == "/organisation/"
    # Re-encrypted with the current key by that good code.
    assert _opens_with(_stored(user), KEY_B) and not _opens_with(_stored(user), KEY_A)
    settings.IMMERSION_TOTP_KEYS = [KEY_B]  # the old key can go
    assert SecondFactor.objects.get(user=user).secret == secret


def test_the_rotation_command_re_encrypts_every_secret_with_the_current_key(settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    users = [UserFactory(role="organizer"), UserFactory(role="expert")]
    secrets = [_enrol(user)[0] for user in users]
    settings.IMMERSION_TOTP_KEYS = [KEY_B, KEY_A]
    current = UserFactory(role="admin")
    _enrol(current)  # already under B
    out = _call("rotate_totp_secrets")
    assert "rechiffrés avec la clé courante : 2 ; déjà chiffrés avec elle : 1" in out
    settings.IMMERSION_TOTP_KEYS = [KEY_B]
    for user, secret in zip(users, secrets, strict=True):
        assert _opens_with(_stored(user), KEY_B)
        assert SecondFactor.objects.get(user=user).secret == secret
    entry = AuditEntry.objects.get(action="second_factor.rotate_keys")
    assert entry.data == {"rotated": 2, "unreadable": 0}
    assert not any(secret in json.dumps(entry.data) for secret in secrets)


def test_the_rotation_command_names_the_accounts_it_cannot_decrypt(settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    lost = UserFactory(role="organizer")
    _enrol(lost)
    settings.IMMERSION_TOTP_KEYS = [KEY_C]  # key A lost
    with pytest.raises(CommandError) as error:
        _call("rotate_totp_secrets")
    assert f"comptes n° {lost.pk}" in str(error.value)
    assert "réinitialisez" in str(error.value)


def _call(*args) -> str:
    import io

    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("damage", ["tampered", "key_removed"])
def test_an_unreadable_secret_fails_closed_with_a_french_message(client, settings, caplog, damage):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer")
    secret, recovery_codes = _enrol(user)
    token = _stored(user)
    if damage == "tampered":
        forged = token[:60] + ("A" if token[60] != "A" else "B") + token[61:]
        SecondFactor.objects.filter(user=user).update(secret_token=forged)
    else:
        settings.IMMERSION_TOTP_KEYS = [KEY_C]
    client.force_login(user)
    target = reverse("organizer:seminar_list")
    with caplog.at_level(logging.DEBUG):
        response = client.post(VERIFY, {"code": _now_code(secret), "next": target})
    html = page(response)
    assert response.status_code == 200
    assert "la clé de votre double authentification enregistrée sur la plateforme est " in html
    assert "Traceback" not in html
    # Still not through the second step.
    assert client.get(target).status_code == 302
    # A log line says it happened, and gives neither the token nor the secret.
    assert any("cannot be decrypted" in r.getMessage() for r in caplog.records)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert secret not in logged and token[:40] not in logged
    # A recovery code still works (it does not depend on the secret).
    response = client.post(VERIFY, {"recovery_code": recovery_codes[0], "next": target})
    assert response.status_code == 302 and response.url == target


def test_the_service_raises_rather_than_accepting_a_code_it_cannot_check(settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="expert")
    secret, _codes = _enrol(user)
    settings.IMMERSION_TOTP_KEYS = [KEY_B]
    with pytest.raises(SecretUnreadable):
        verify_second_factor(user=user, code=_now_code(secret))
    # A wrong code gets the same answer: whatever is typed, nothing is accepted.
    with pytest.raises(SecretUnreadable):
        verify_second_factor(user=user, code="000000")


def test_an_unconfirmed_enrolment_with_an_unreadable_secret_draws_a_new_one(client, settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer")
    start_enrolment(user=user)
    settings.IMMERSION_TOTP_KEYS = [KEY_B]
    client.force_login(user)
    response = client.get(reverse("public:second_factor_enrol"))
    assert response.status_code == 200
    factor = SecondFactor.objects.get(user=user)
    assert " ".join(factor.secret[i : i + 4] for i in range(0, 32, 4)) in page(response)


def test_the_demo_accounts_are_enrolled_encrypted_and_their_codes_still_shown(settings):
    from immersion.accounts.demo import DEMO_SECOND_FACTOR_SECRETS, demo_codes, enrol_demo_account

    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    email = "expert@demo.vivez-ma-vie-usager.fr"
    user = UserFactory(role="expert", email=email)
    enrol_demo_account(user)
    assert DEMO_SECOND_FACTOR_SECRETS[email] not in _stored(user)
    assert [address for address, _code in demo_codes()] == [email]
    settings.IMMERSION_TOTP_KEYS = [KEY_B]  # unreadable: left out, no error
    assert demo_codes() == []


def test_the_personal_data_export_gives_neither_the_secret_nor_its_token(settings):
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer", email="orga@example.fr")
    secret, _codes = _enrol(user)
    exported = json.dumps(export_person(find_person("orga@example.fr")), default=str)
    assert secret not in exported and _stored(user) not in exported


def test_the_migration_encrypts_the_existing_secrets_and_decrypts_them_back(settings):
    migration = importlib.import_module("immersion.accounts.migrations.0005_encrypt_totp_secrets")
    settings.IMMERSION_TOTP_KEYS = [KEY_A]
    user = UserFactory(role="organizer")
    secret = pyotp.random_base32(32)
    SecondFactor.objects.create(user=user, secret=secret, created_at=dt.datetime.now(dt.UTC))
    SecondFactor.objects.filter(user=user).update(secret_token=secret)  # as before 0005
    migration.encrypt_secrets(apps, None)
    assert _stored(user).startswith("gAAAAA") and _opens_with(_stored(user), KEY_A)
    migration.encrypt_secrets(apps, None)  # run twice: still one layer
    assert SecondFactor.objects.get(user=user).secret == secret
    migration.decrypt_secrets(apps, None)
    assert _stored(user) == secret


def test_the_system_check_requires_valid_keys_in_production(settings):
    settings.IMMERSION_TOTP_KEYS = []
    settings.IMMERSION_TOTP_KEYS_REQUIRED = False
    assert check_totp_keys() == []
    settings.IMMERSION_TOTP_KEYS_REQUIRED = True
    errors = check_totp_keys()
    assert [e.id for e in errors] == ["accounts.E001"]
    assert "IMMERSION_TOTP_KEYS est vide" in errors[0].msg
    settings.IMMERSION_TOTP_KEYS = [KEY_A, "pas-une-clé"]
    errors = check_totp_keys()
    assert len(errors) == 1 and "la clé n° 2" in errors[0].msg
    assert "pas-une-clé" not in errors[0].msg
    settings.IMMERSION_TOTP_KEYS = [KEY_B, KEY_A]
    assert check_totp_keys() == []


def test_check_deploy_fails_in_production_without_keys():
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "IMMERSION_TOTP_KEYS")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        DJANGO_SECRET_KEY="x" * 20 + "-prod-like-secret-key-for-the-keys-check-0123456789",
        DJANGO_ALLOWED_HOSTS="vmv.example.fr",
        DATABASE_URL="postgres://vmv:secret@db.example.invalid:5432/vmv",
    )
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr and "IMMERSION_TOTP_KEYS est vide" in result.stderr
