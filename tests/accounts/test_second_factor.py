"""The staff's second factor: enrolment on the first sign-in, the code at every sign-in, replay,
recovery codes, throttling, the administrator's reset, and the rule that every staff space
refuses a session that has not passed the second step.

These tests use Django's plain ``force_login`` (``real_second_factor``): an unverified session.
"""

import datetime as dt
import re

import pyotp
import pytest
from django.test import Client
from django.urls import reverse

from immersion.accounts.models import RecoveryCode, Role, SecondFactor
from immersion.accounts.second_factor import (
    RECOVERY_CODE_COUNT,
    CodeThrottled,
    confirm_enrolment,
    start_enrolment,
    verify_second_factor,
)
from immersion.accounts.services import issue_sign_in_link
from immersion.common.models import AuditEntry
from tests.conftest import page
from tests.factories import (
    SiteFactory,
    UserFactory,
    make_journey,
    make_tutor,
    make_tutor_account,
)

pytestmark = [pytest.mark.django_db, pytest.mark.real_second_factor]

NOW = dt.datetime(2027, 3, 1, 9, 0, 10, tzinfo=dt.UTC)
ENROL = reverse("public:second_factor_enrol")
VERIFY = reverse("public:second_factor")


def code_at(secret: str, when: dt.datetime) -> str:
    return pyotp.TOTP(secret).at(when)


def enrolled(user, when=NOW) -> tuple[str, list[str]]:
    """Enrol ``user`` a minute before ``when``: its secret and its recovery codes."""
    earlier = when - dt.timedelta(minutes=1)
    factor = start_enrolment(user=user, now=earlier)
    codes = confirm_enrolment(user=user, code=code_at(factor.secret, earlier), now=earlier)
    return factor.secret, codes


def wrong_code(secret: str) -> str:
    """A well-formed code that no step around now accepts."""
    now = dt.datetime.now(dt.UTC)
    valid = {code_at(secret, now + dt.timedelta(seconds=30 * k)) for k in range(-2, 3)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


def now_code(user) -> str:
    factor = SecondFactor.objects.get(user=user)
    return pyotp.TOTP(factor.secret).now()


def test_first_sign_in_enrols_then_shows_recovery_codes_once(client):
    UserFactory(role="organizer", email="orga@example.fr", password="le-bon-mot-de-passe")
    response = client.post(
        reverse("public:login"), {"username": "orga@example.fr", "password": "le-bon-mot-de-passe"}
    )
    # The password is right: the session is signed in but reaches no organizer page yet.
    response = client.get(reverse("organizer:seminar_list"))
    assert response.status_code == 302
    assert response.url.startswith(ENROL)
    response = client.get(response.url)
    html = page(response)
    assert response.status_code == 200
    assert "<svg" in html and "Activer la double authentification" in html
    factor = SecondFactor.objects.get(user__email="orga@example.fr")
    assert factor.confirmed_at is None
    # The secret is also written out for typing by hand, in groups of four.
    assert " ".join(re.findall(".{4}", factor.secret)) in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    # No external service draws the QR code: no image comes from elsewhere.
    assert "http" not in re.sub(r'xmlns(:\w+)?="[^"]+"', "", html.split("<svg", 1)[1][:5000])
    # A wrong code does not activate anything.
    response = client.post(ENROL, {"code": wrong_code(factor.secret), "next": "/organisation/"})
    assert "Ce code ne correspond pas" in page(response)
    factor.refresh_from_db()
    assert factor.confirmed_at is None
    response = client.post(ENROL, {"code": pyotp.TOTP(factor.secret).now()})
    html = page(response)
    assert "La double authentification est activée." in html
    shown = re.findall(r"<li>([2-9A-Z]{5}-[2-9A-Z]{5})</li>", html)
    assert len(shown) == RECOVERY_CODE_COUNT == 10
    assert "no-store" in response["Cache-Control"]
    # Stored hashed only.
    hashes = set(RecoveryCode.objects.values_list("code_hash", flat=True))
    assert len(hashes) == 10 and not hashes & set(shown)
    assert client.get(reverse("organizer:seminar_list")).status_code == 200
    # Enrolled: the enrolment page (and its codes) cannot be shown again.
    assert client.get(ENROL).url == VERIFY
    assert AuditEntry.objects.filter(action="second_factor.enrol").count() == 1


def test_the_enrolment_keeps_its_secret_across_reloads(client):
    user = UserFactory(role="expert")
    client.force_login(user)
    first = page(client.get(ENROL))
    second = page(client.get(ENROL))
    secret = SecondFactor.objects.get(user=user).secret
    assert " ".join(re.findall(".{4}", secret)) in first
    assert " ".join(re.findall(".{4}", secret)) in second


def test_an_enrolled_account_types_its_code_at_every_sign_in(client):
    user = UserFactory(role="organizer", email="orga@example.fr", password="le-bon-mot-de-passe")
    enrolled(user, when=dt.datetime.now(dt.UTC))
    client.post(
        reverse("public:login"),
        {"username": "orga@example.fr", "password": "le-bon-mot-de-passe"},
    )
    target = reverse("organizer:seminar_list")
    response = client.get(target)
    assert response.url == f"{VERIFY}?next={target.replace('/', '%2F')}"
    response = client.get(response.url)
    html = page(response)
    assert "Vérification en deux étapes" in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    secret = SecondFactor.objects.get(user=user).secret
    response = client.post(VERIFY, {"code": wrong_code(secret), "next": target})
    assert "Code incorrect ou déjà utilisé" in page(response)
    response = client.post(VERIFY, {"code": now_code(user), "next": target})
    assert response.status_code == 302 and response.url == target
    assert client.get(target).status_code == 200


def test_next_never_leads_to_another_site(client):
    user = UserFactory(role="organizer")
    enrolled(user, when=dt.datetime.now(dt.UTC))
    client.force_login(user)
    response = client.post(VERIFY, {"code": now_code(user), "next": "https://evil.example/"})
    assert response.url == "/"


def test_a_code_is_accepted_once_and_within_one_step_of_the_clock():
    user = UserFactory(role="organizer")
    secret, _codes = enrolled(user)
    assert verify_second_factor(user=user, code=code_at(secret, NOW), now=NOW) == "totp"
    # The same code again (another tab, a captured code): refused.
    assert verify_second_factor(user=user, code=code_at(secret, NOW), now=NOW) is None
    later = NOW + dt.timedelta(seconds=30)
    # A code of an earlier step than the last one used: refused too.
    assert verify_second_factor(user=user, code=code_at(secret, NOW), now=later) is None
    assert verify_second_factor(user=user, code=code_at(secret, later), now=later) == "totp"
    # The next step's code (a phone a little ahead) is accepted, two steps ahead is not.
    ahead = later + dt.timedelta(seconds=30)
    too_far = later + dt.timedelta(seconds=60)
    assert verify_second_factor(user=user, code=code_at(secret, too_far), now=later) is None
    assert verify_second_factor(user=user, code=code_at(secret, ahead), now=later) == "totp"
    # A phone a little behind: the previous step's code is accepted when not used yet.
    other = UserFactory(role="expert")
    other_secret, _ = enrolled(other)
    behind = NOW - dt.timedelta(seconds=30)
    assert verify_second_factor(user=other, code=code_at(other_secret, behind), now=NOW) == "totp"
    two_behind = NOW + dt.timedelta(minutes=5) - dt.timedelta(seconds=61)
    assert (
        verify_second_factor(
            user=other, code=code_at(other_secret, two_behind), now=NOW + dt.timedelta(minutes=5)
        )
        is None
    )


def test_a_recovery_code_works_once(client):
    user = UserFactory(role="organizer")
    _secret, codes = enrolled(user, when=dt.datetime.now(dt.UTC))
    client.force_login(user)
    response = client.post(VERIFY, {"recovery_code": codes[3].lower(), "next": "/"})
    assert response.status_code == 302
    assert client.get(reverse("organizer:seminar_list")).status_code == 200
    other = Client()
    other.force_login(user)
    response = other.post(VERIFY, {"recovery_code": codes[3]})
    assert "Code de secours incorrect ou déjà utilisé" in page(response)
    assert other.get(reverse("organizer:seminar_list")).status_code == 302
    assert RecoveryCode.objects.filter(user=user, used_at__isnull=True).count() == 9
    assert AuditEntry.objects.filter(action="second_factor.use_recovery_code").count() == 1


def test_wrong_codes_are_throttled_even_before_the_right_one():
    user = UserFactory(role="organizer")
    secret, _codes = enrolled(user)
    for _i in range(5):
        wrong = next(c for c in ("000000", "111111") if c != code_at(secret, NOW))
        assert verify_second_factor(user=user, code=wrong, requester="a", now=NOW) is None
    with pytest.raises(CodeThrottled):
        verify_second_factor(user=user, code=code_at(secret, NOW), requester="b", now=NOW)


def test_the_page_says_when_codes_are_throttled(client):
    user = UserFactory(role="organizer")
    secret, _codes = enrolled(user, when=dt.datetime.now(dt.UTC))
    client.force_login(user)
    for _i in range(5):
        client.post(VERIFY, {"code": wrong_code(secret)})
    response = client.post(VERIFY, {"code": now_code(user)})
    assert "Trop de codes incorrects" in page(response)
    assert client.get(reverse("organizer:seminar_list")).status_code == 302


def staff_spaces():
    """(role, the space's first page) for every staff space."""
    return [
        ("organizer", lambda: reverse("organizer:seminar_list")),
        ("expert", lambda: reverse("debrief:home")),
        ("site_coordinator", lambda: reverse("site:home")),
        ("admin", lambda: reverse("admin:index")),
    ]


@pytest.mark.parametrize(("role", "url"), staff_spaces(), ids=[r for r, _u in staff_spaces()])
def test_every_staff_space_refuses_a_session_without_the_second_step(client, role, url):
    user = UserFactory(
        role=role, is_staff=role == "admin", is_superuser=role == "admin", email=f"{role}@ex.fr"
    )
    if role == "site_coordinator":
        site = SiteFactory()
        site.coordinator = user
        site.save(update_fields=["coordinator"])
    client.force_login(user)
    # Not enrolled: to the enrolment.
    response = client.get(url())
    assert response.status_code == 302 and response.url.startswith(ENROL)
    # A write is refused as well, and changes nothing.
    assert client.post(url(), {}).status_code == 302
    # htmx requests get a full-page redirect.
    response = client.get(url(), headers={"HX-Request": "true"})
    assert response["HX-Redirect"] == ENROL
    enrolled(user, when=dt.datetime.now(dt.UTC))
    response = client.get(url())
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    client.post(VERIFY, {"code": now_code(user)})
    response = client.get(url(), follow=True)
    assert response.status_code == 200
    assert all(ENROL not in u and VERIFY not in u for u, _s in response.redirect_chain)


def test_participants_and_tutors_need_no_second_factor(client):
    journey = make_journey()
    client.force_login(journey.helene.user)
    assert client.get(reverse("participant:home")).status_code in {200, 302}
    response = client.get(reverse("participant:home"), follow=True)
    assert response.status_code == 200
    assert all(ENROL not in url and VERIFY not in url for url, _s in response.redirect_chain)
    tutor_user = make_tutor_account(make_tutor(SiteFactory()))
    tutor_client = Client()
    tutor_client.force_login(tutor_user)
    response = tutor_client.get(reverse("site:tutor_home"))
    assert response.status_code == 200
    assert not tutor_user.needs_second_factor and not journey.helene.user.needs_second_factor


def test_a_site_coordinator_signed_in_by_link_passes_the_second_step_too(client):
    user = UserFactory(role=Role.SITE_COORDINATOR, password=None)
    url = issue_sign_in_link(user=user, purpose="sign_in", lifetime=dt.timedelta(hours=1))
    client.get(url)
    client.post(reverse("public:sign_in_link_confirm"))
    assert client.session.get("_auth_user_id") == str(user.pk)
    response = client.get(reverse("site:home"))
    assert response.status_code == 302 and response.url.startswith(ENROL)


def test_an_administrator_resets_a_lost_second_factor(client):
    user = UserFactory(role="organizer", email="perdu@example.fr")
    enrolled(user, when=dt.datetime.now(dt.UTC))
    victim_session = Client()
    victim_session.force_login(user)
    victim_session.post(VERIFY, {"code": now_code(user)})
    assert victim_session.get(reverse("organizer:seminar_list")).status_code == 200
    admin = UserFactory(admin=True)
    enrolled(admin, when=dt.datetime.now(dt.UTC))
    client.force_login(admin)
    client.post(VERIFY, {"code": now_code(admin)})
    changelist = reverse("admin:accounts_user_changelist")
    assert "Double authentification" in page(client.get(changelist))
    response = client.post(
        changelist,
        {"action": "reset_second_factor", "_selected_action": [user.pk]},
        follow=True,
    )
    assert "Double authentification réinitialisée pour 1 compte(s)" in page(response)
    assert not SecondFactor.objects.filter(user=user).exists()
    assert not RecoveryCode.objects.filter(user=user).exists()
    entry = AuditEntry.objects.get(action="second_factor.reset")
    assert entry.actor == admin and entry.object_id == str(user.pk)
    # The user's open session has ended; the next sign-in asks to enrol again.
    response = victim_session.get(reverse("organizer:seminar_list"))
    assert response.status_code == 302 and response.url.startswith(reverse("public:login"))
    user.refresh_from_db()
    victim_session.force_login(user)
    assert victim_session.get(reverse("organizer:seminar_list")).url.startswith(ENROL)


def test_the_demo_panel_shows_the_current_codes_only_when_turned_on(client, settings):
    from immersion.accounts.demo import DEMO_SECOND_FACTOR_SECRETS, enrol_demo_account

    email = "organisateur@demo.vivez-ma-vie-usager.fr"
    user = UserFactory(role="organizer", email=email)
    enrol_demo_account(user)
    secret = DEMO_SECOND_FACTOR_SECRETS[email]
    settings.IMMERSION_DEMO_SECOND_FACTOR_PANEL = False
    assert "Démonstration : codes" not in page(client.get(reverse("public:login")))
    settings.IMMERSION_DEMO_SECOND_FACTOR_PANEL = True
    html = page(client.get(reverse("public:login")))
    assert "Démonstration : codes" in html
    shown = re.search(re.escape(email) + r" : <strong[^>]*>(\d{6})</strong>", html).group(1)
    client.force_login(user)
    assert client.post(VERIFY, {"code": shown}).status_code == 302
    assert shown == pyotp.TOTP(secret).now() or shown == pyotp.TOTP(secret).at(
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    )
    # A real enrolment draws its own secret: the panel no longer shows that account.
    factor = SecondFactor.objects.get(user=user)
    factor.secret = pyotp.random_base32(32)
    factor.save()
    assert email not in page(client.get(reverse("public:login")))


def test_the_demo_panel_is_off_in_production_whatever_the_environment():
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": "x" * 50,
        "IMMERSION_TOTP_KEYS": "wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE=",
        # Production settings refuse SQLite; nothing connects here.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
        "IMMERSION_DEMO_SECOND_FACTOR_PANEL": "1",
    }
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.IMMERSION_DEMO_SECOND_FACTOR_PANEL)",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
