"""The demo's staff accounts and their second factor — for the demo only.

The demo (``manage.py load_demo``) enrols its staff accounts with the secrets below, which are
published here on purpose: whoever tries the demo has no authenticator set up for it. The
sign-in page shows their current codes only when ``IMMERSION_DEMO_SECOND_FACTOR_PANEL`` is on
(development settings; never in production) and only for accounts still enrolled with these
very secrets. A real account never has one of them: enrolment draws a random secret.
"""

import datetime as dt

import pyotp
from django.utils import timezone

from immersion.accounts.encryption import SecretUnreadable, encrypt
from immersion.accounts.models import SecondFactor, User
from immersion.accounts.second_factor import DIGITS, STEP_SECONDS, VALID_WINDOW

DEMO_SECOND_FACTOR_SECRETS = {
    "organisateur@demo.vivez-ma-vie-usager.fr": "DEMOORGANISATEURVIVEZMAVIEUSAGER",
    "expert@demo.vivez-ma-vie-usager.fr": "DEMOEXPERTVIVEZMAVIEDUSAGERRENNE",
    "referent.caf@demo.vivez-ma-vie-usager.fr": "DEMOREFERENTCAFVIVEZMAVIEUSAGERR",
    "admin@demo.vivez-ma-vie-usager.fr": "DEMOADMINISTRATEURVIVEZMAVIEUSAG",
    "programme@demo.vivez-ma-vie-usager.fr": "DEMOGESTIONNAIREPROGRAMMEVIVEZMA",
}


def enrol_demo_account(user: User, *, now: dt.datetime | None = None) -> None:
    """Enrol a demo staff account with its published secret (demo loading only)."""
    secret = DEMO_SECOND_FACTOR_SECRETS[user.email]
    SecondFactor.objects.update_or_create(
        user=user,
        defaults={
            "secret_token": encrypt(secret),
            "created_at": now or timezone.now(),
            "confirmed_at": now or timezone.now(),
            "last_used_step": 0,
        },
    )


def demo_codes(*, now: dt.datetime | None = None) -> list[tuple[str, str]]:
    """(address, code) of each demo staff account still enrolled with its published secret:
    the code the second step accepts now (the next one if the current was just used)."""
    now = now or timezone.now()
    current = int(now.timestamp()) // STEP_SECONDS
    factors = SecondFactor.objects.select_related("user").filter(
        user__email__in=list(DEMO_SECOND_FACTOR_SECRETS), confirmed_at__isnull=False
    )
    codes = []
    for factor in sorted(
        factors, key=lambda f: list(DEMO_SECOND_FACTOR_SECRETS).index(f.user.email)
    ):
        try:
            if factor.secret != DEMO_SECOND_FACTOR_SECRETS[factor.user.email]:
                continue
        except SecretUnreadable:
            continue
        step = max(current, factor.last_used_step + 1)
        if step > current + VALID_WINDOW:
            continue
        codes.append(
            (factor.user.email, pyotp.TOTP(factor.secret, digits=DIGITS).at(step * STEP_SECONDS))
        )
    return codes
