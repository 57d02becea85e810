"""Sessions: they end after inactivity (30 min for staff, 8 h for people signed in by link),
« Se déconnecter partout » ends every one of them, and a change of address or role ends them
and the sign-in links not used yet. Also: Argon2 first, and older hashes upgraded."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.hashers import make_password
from django.test import Client, override_settings
from django.urls import reverse

from config.settings import base as base_settings
from immersion.accounts.models import Role, SignInLink, User
from immersion.accounts.services import find_usable_link, issue_sign_in_link
from immersion.common.models import AuditEntry
from tests.conftest import page
from tests.factories import UserFactory, make_journey

pytestmark = pytest.mark.django_db

START = dt.datetime(2027, 3, 18, 8, 0, tzinfo=dt.UTC)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_a_staff_session_ends_after_thirty_minutes_without_a_request(client):
    organizer = UserFactory(role="organizer")
    seminars = reverse("organizer:seminar_list")
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(organizer)
        assert client.get(seminars).status_code == 200
        traveller.shift(dt.timedelta(minutes=29))
        assert client.get(seminars).status_code == 200  # activity moves the limit on
        traveller.shift(dt.timedelta(minutes=29))
        assert client.get(seminars).status_code == 200
        traveller.shift(dt.timedelta(minutes=31))
        response = client.get(seminars)
        assert response.status_code == 302
        assert response.url == f"{reverse('public:login')}?next=%2Forganisation%2Fseminaires%2F"
        assert not signed_in(client)
        assert "Votre session a expiré" in page(client.get(response.url))


def test_a_participant_keeps_the_session_through_the_day_but_not_overnight(client):
    journey = make_journey()
    home = reverse("participant:home")
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(journey.helene.user)
        client.get(home)
        traveller.shift(dt.timedelta(hours=3))
        assert client.get(home, follow=True).status_code == 200
        assert signed_in(client)
        traveller.shift(dt.timedelta(hours=8, minutes=1))
        client.get(home)
        assert not signed_in(client)


@override_settings(IMMERSION_STAFF_SESSION_IDLE_MINUTES=5)
def test_the_limit_is_a_setting(client):
    organizer = UserFactory(role="organizer")
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(organizer)
        client.get(reverse("organizer:seminar_list"))
        traveller.shift(dt.timedelta(minutes=6))
        client.get(reverse("organizer:seminar_list"))
        assert not signed_in(client)


def test_sign_out_everywhere_ends_every_session_of_the_user_only(client):
    organizer = UserFactory(role="organizer")
    colleague = UserFactory(role="organizer")
    laptop, phone, other = client, Client(), Client()
    laptop.force_login(organizer)
    phone.force_login(organizer)
    other.force_login(colleague)
    html = page(laptop.get(reverse("public:account_security")))
    assert "Se déconnecter partout" in html and "30 minutes sans activité" in html
    response = laptop.post(reverse("public:sign_out_everywhere"), follow=True)
    assert "Vous êtes déconnecté(e) de tous vos appareils" in page(response)
    seminars = reverse("organizer:seminar_list")
    assert phone.get(seminars).url.startswith(reverse("public:login"))
    assert laptop.get(seminars).url.startswith(reverse("public:login"))
    assert other.get(seminars).status_code == 200
    assert AuditEntry.objects.filter(action="account.sign_out_everywhere").count() == 1
    # Signing in again works.
    organizer.refresh_from_db()
    phone.force_login(organizer)
    assert phone.get(seminars).status_code == 200


def test_sign_out_everywhere_is_a_post(client):
    client.force_login(UserFactory(role="organizer"))
    assert client.get(reverse("public:sign_out_everywhere")).status_code == 405
    assert signed_in(client)


@pytest.mark.parametrize(
    "change", [{"email": "nouvelle@example.fr"}, {"role": Role.EXPERT}], ids=["email", "role"]
)
def test_a_change_of_address_or_role_ends_the_sessions(client, change):
    organizer = UserFactory(role="organizer", email="orga@example.fr")
    client.force_login(organizer)
    assert client.get(reverse("public:account_security")).status_code == 200
    User.objects.filter(pk=organizer.pk).update(**change)
    response = client.get(reverse("public:account_security"))
    assert response.status_code == 302 and not signed_in(client)


def test_a_name_change_keeps_the_session(client):
    organizer = UserFactory(role="organizer")
    client.force_login(organizer)
    User.objects.filter(pk=organizer.pk).update(first_name="Annie")
    assert client.get(reverse("organizer:seminar_list")).status_code == 200


def test_the_administration_revokes_unused_links_when_the_address_changes(client):
    tutor = UserFactory(role=Role.TUTOR, email="tuteur@example.fr", password=None)
    url = issue_sign_in_link(user=tutor, purpose="invitation", lifetime=dt.timedelta(days=14))
    token = url.rstrip("/").rsplit("/", 1)[-1]
    tutor_session = Client()
    tutor_session.force_login(tutor)
    admin = UserFactory(admin=True)
    client.force_login(admin)
    change = reverse("admin:accounts_user_change", args=[tutor.pk])
    response = client.post(
        change,
        {
            "email": "tuteur.nouveau@example.fr",
            "first_name": tutor.first_name,
            "last_name": tutor.last_name,
            "phone": "",
            "role": Role.TUTOR,
            "is_active": "on",
            "last_login_0": "",
            "last_login_1": "",
            "date_joined_0": "2027-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    assert response.status_code == 302, page(response)
    assert find_usable_link(token) is None
    assert SignInLink.objects.get().used_at is None  # revoked, not "used"
    entry = AuditEntry.objects.get(action="account.change")
    assert entry.data == {"fields": ["email"]} and entry.actor == admin
    assert AuditEntry.objects.filter(action="sign_in_link.revoke").exists()
    # The tutor's open session has ended too; the administrator's own has not.
    assert not signed_in_after(tutor_session, reverse("site:tutor_home"))
    assert client.get(reverse("admin:index")).status_code == 200


def signed_in_after(client, url) -> bool:
    client.get(url)
    return signed_in(client)


def test_argon2_is_the_first_hasher():
    assert base_settings.PASSWORD_HASHERS[0] == ("django.contrib.auth.hashers.Argon2PasswordHasher")
    assert "django.contrib.auth.hashers.PBKDF2PasswordHasher" in base_settings.PASSWORD_HASHERS


def test_an_older_password_hash_is_upgraded_to_argon2_at_sign_in(client):
    with override_settings(PASSWORD_HASHERS=base_settings.PASSWORD_HASHERS):
        user = UserFactory(role="organizer", email="ancienne@example.fr")
        User.objects.filter(pk=user.pk).update(
            password=make_password(
                "un-mot-de-passe-ancien", hasher="pbkdf2_sha256", salt="sel-fixe-de-test"
            )
        )
        client.post(
            reverse("public:login"),
            {"username": "ancienne@example.fr", "password": "un-mot-de-passe-ancien"},
        )
        assert signed_in(client)
        user.refresh_from_db()
        assert user.password.startswith("argon2$argon2id$")
        assert user.check_password("un-mot-de-passe-ancien")
