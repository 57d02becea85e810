"""Security findings (low): wrong staff passwords were never throttled, and anyone could spend
an address's quota of sign-in links. Both are throttled per account and per requester, with
the same answer whether the account exists."""

import datetime as dt
import re
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from immersion.accounts.services import (
    MAX_REQUESTS_PER_ADDRESS_PER_HOUR,
    MAX_REQUESTS_PER_HOUR,
    MAX_REQUESTS_PER_REQUESTER_PER_HOUR,
)
from immersion.common.models import ThrottleHit
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

THROTTLED = "Trop de tentatives de connexion"


def sign_in(client, email, password, ip="203.0.113.5"):
    return client.post(
        reverse("public:login"), {"username": email, "password": password}, REMOTE_ADDR=ip
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_fifty_wrong_passwords_then_the_right_one_is_refused(client):
    UserFactory(role="organizer", email="orga@example.fr", password="le-bon-mot-de-passe")
    answers = [sign_in(client, "orga@example.fr", f"faux-{i}") for i in range(50)]
    assert all(r.status_code == 200 for r in answers)
    assert "Adresse e-mail ou mot de passe incorrect" in page(answers[0])
    assert THROTTLED in page(answers[-1])
    response = sign_in(client, "orga@example.fr", "le-bon-mot-de-passe")
    assert THROTTLED in page(response) and not signed_in(client)
    # Fewer rows than attempts: once throttled, attempts are not even checked.
    assert ThrottleHit.objects.filter(scope="sign_in.account").count() == 5
    # A quarter of an hour later the right password works again.
    later = timezone.now() + dt.timedelta(minutes=16)
    with mock.patch("django.utils.timezone.now", return_value=later):
        sign_in(client, "orga@example.fr", "le-bon-mot-de-passe", ip="198.51.100.7")
    assert signed_in(client)


def test_an_unknown_address_gets_exactly_the_same_answers(client):
    UserFactory(role="organizer", email="orga@example.fr", password="le-bon-mot-de-passe")

    def answers(email, ip):
        texts = [page(sign_in(client, email, f"faux-{i}", ip=ip)) for i in range(7)]
        # The pages without the CSRF token and the address typed in.
        texts = [
            re.sub(r'(csrfmiddlewaretoken" value|csrf-token" content)="[^"]+"', "", t)
            for t in texts
        ]
        return [t.replace(email, "ADRESSE") for t in texts]

    known = answers("orga@example.fr", "203.0.113.1")
    unknown = answers("personne@example.fr", "203.0.113.2")
    assert known == unknown
    assert [THROTTLED in t for t in known] == [False] * 5 + [True] * 2


def test_one_requester_trying_many_accounts_is_throttled(client):
    UserFactory(role="organizer", email="cible@example.fr", password="le-bon-mot-de-passe")
    for i in range(20):
        sign_in(client, f"inconnu{i}@example.fr", "faux", ip="203.0.113.9")
    response = sign_in(client, "cible@example.fr", "le-bon-mot-de-passe", ip="203.0.113.9")
    assert THROTTLED in page(response) and not signed_in(client)
    # The account itself was not attacked: from elsewhere its owner signs in.
    sign_in(client, "cible@example.fr", "le-bon-mot-de-passe", ip="198.51.100.1")
    assert signed_in(client)


def test_a_successful_sign_in_clears_the_account_failures(client):
    UserFactory(role="organizer", email="orga@example.fr", password="le-bon-mot-de-passe")
    for i in range(4):
        sign_in(client, "orga@example.fr", f"faux-{i}")
    sign_in(client, "orga@example.fr", "le-bon-mot-de-passe")
    assert signed_in(client)
    client.logout()
    for i in range(4):
        sign_in(client, "orga@example.fr", f"faux-{i}")
    sign_in(client, "orga@example.fr", "le-bon-mot-de-passe")
    assert signed_in(client)


def test_no_email_or_ip_address_is_stored_in_clear(client):
    sign_in(client, "orga@example.fr", "faux", ip="203.0.113.77")
    for hit in ThrottleHit.objects.all():
        assert "orga" not in hit.key and "203.0.113" not in hit.key and len(hit.key) == 64


def ask_link(client, email, ip):
    return client.post(reverse("public:request_link"), {"email": email}, REMOTE_ADDR=ip)


def test_a_third_party_cannot_lock_someone_out_of_sign_in_links(
    client, django_capture_on_commit_callbacks
):
    UserFactory(role="participant", email="helene@example.fr", password=None)
    with django_capture_on_commit_callbacks(execute=True):
        for _i in range(30):
            assert ask_link(client, "helene@example.fr", "203.0.113.66").status_code == 302
    # The attacker's requests spent only their own share.
    assert len(mail.outbox) == MAX_REQUESTS_PER_HOUR
    with django_capture_on_commit_callbacks(execute=True):
        ask_link(client, "helene@example.fr", "198.51.100.20")
    assert len(mail.outbox) == MAX_REQUESTS_PER_HOUR + 1
    assert mail.outbox[-1].to == ["helene@example.fr"]


def test_requests_from_many_places_are_capped_per_address_and_leave_a_valid_link(
    client, django_capture_on_commit_callbacks
):
    UserFactory(role="participant", email="helene@example.fr", password=None)
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(40):
            ask_link(client, "helene@example.fr", f"203.0.113.{i}")
    assert len(mail.outbox) == MAX_REQUESTS_PER_ADDRESS_PER_HOUR  # no mail-bombing
    # Whenever the address's quota is spent, a link sent within the hour still works.
    last = mail.outbox[-1].body
    path = last[last.index("/connexion/lien/") :].split()[0]
    client.get(path)
    client.post(reverse("public:sign_in_link_confirm"))
    assert signed_in(client)


def test_one_requester_cannot_ask_links_for_many_addresses(
    client, django_capture_on_commit_callbacks
):
    for i in range(15):
        UserFactory(role="participant", email=f"p{i}@example.fr", password=None)
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(15):
            ask_link(client, f"p{i}@example.fr", "203.0.113.99")
    assert len(mail.outbox) == MAX_REQUESTS_PER_REQUESTER_PER_HOUR
