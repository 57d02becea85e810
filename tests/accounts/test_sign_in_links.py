import datetime as dt
import re
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from immersion.accounts.models import LinkPurpose, Role, SignInLink
from immersion.accounts.services import (
    MAX_REQUESTS_PER_HOUR,
    SIGN_IN_LIFETIME,
    consume_sign_in_link,
    hash_token,
    issue_sign_in_link,
)
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)


def token_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def participant_user():
    return UserFactory(role=Role.PARTICIPANT, email="helene@example.fr", password=None)


def test_link_stores_only_a_hash_of_its_token(participant_user):
    url = issue_sign_in_link(
        user=participant_user, purpose=LinkPurpose.INVITATION, lifetime=dt.timedelta(days=14)
    )
    token = token_of(url)
    assert len(token) >= 40
    link = SignInLink.objects.get()
    assert link.token_hash == hash_token(token) != token
    assert token not in str(SignInLink.objects.values().get())


def test_link_is_absolute_when_given_the_site_address(participant_user):
    url = issue_sign_in_link(
        user=participant_user,
        purpose=LinkPurpose.SIGN_IN,
        lifetime=SIGN_IN_LIFETIME,
        base_url="https://vmv.example.fr/",
    )
    assert url.startswith("https://vmv.example.fr/connexion/lien/")


def test_link_works_once(participant_user):
    token = token_of(
        issue_sign_in_link(user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME)
    )
    assert consume_sign_in_link(token) == participant_user
    assert consume_sign_in_link(token) is None
    assert SignInLink.objects.get().used_at is not None


def test_link_expires(participant_user):
    token = token_of(
        issue_sign_in_link(
            user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME, now=NOW
        )
    )
    assert consume_sign_in_link(token, now=NOW + SIGN_IN_LIFETIME) is None
    assert consume_sign_in_link(token, now=NOW + SIGN_IN_LIFETIME - dt.timedelta(seconds=1))


def test_unknown_token_and_deactivated_account_are_refused(participant_user):
    assert consume_sign_in_link("pas-un-vrai-jeton") is None
    assert consume_sign_in_link("") is None
    token = token_of(
        issue_sign_in_link(user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME)
    )
    participant_user.is_active = False
    participant_user.save()
    assert consume_sign_in_link(token) is None


def test_participant_account_has_no_usable_password(participant_user):
    assert not participant_user.has_usable_password()


# The views


def test_opening_the_link_does_not_use_it_then_the_button_signs_in(client, participant_user):
    url = issue_sign_in_link(
        user=participant_user, purpose="invitation", lifetime=dt.timedelta(days=14)
    )
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("public:sign_in_link_confirm"), 302)]
    assert "helene@example.fr" in page(response)
    assert SignInLink.objects.get().used_at is None  # a mail scanner's GET changes nothing
    response = client.post(reverse("public:sign_in_link_confirm"))
    assert response.status_code == 302 and response.url == reverse("public:home")
    assert client.get("/").url == reverse("participant:home")
    assert SignInLink.objects.get().used_at is not None


def invalid_page(response) -> str:
    text = page(response)
    return text[text.index("<main") :]


def test_used_expired_and_unknown_links_get_the_same_page(client, participant_user):
    used = issue_sign_in_link(user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME)
    client.post(used)
    client.logout()
    expired = issue_sign_in_link(
        user=participant_user,
        purpose="sign_in",
        lifetime=SIGN_IN_LIFETIME,
        now=timezone.now() - dt.timedelta(hours=2),
    )
    unknown = reverse("public:sign_in_link", args=["x" * 43])
    pages = []
    for url in (used, expired, unknown):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 410
            pages.append(invalid_page(response))
            assert "_auth_user_id" not in client.session
    assert "Ce lien de connexion ne fonctionne plus" in pages[0]
    assert "Recevoir un nouveau lien" in pages[0]
    # Apart from the CSRF token, one and the same page whatever the reason.
    strip = [p.split('name="csrfmiddlewaretoken"')[0] for p in pages]
    assert len(set(strip)) == 1


def test_link_expiring_between_opening_and_clicking_is_refused(client, participant_user):
    url = issue_sign_in_link(user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME)
    assert client.get(url, follow=True).status_code == 200
    later = timezone.now() + SIGN_IN_LIFETIME + dt.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.post(reverse("public:sign_in_link_confirm"))
    assert response.status_code == 410
    assert "_auth_user_id" not in client.session


def test_sign_in_page_offers_a_link_as_well_as_a_password(client):
    text = page(client.get(reverse("public:login")))
    assert "Recevoir un lien de connexion" in text
    assert "Mot de passe" in text


def test_asking_for_a_link_says_the_same_whether_the_address_exists(
    client, participant_user, django_capture_on_commit_callbacks
):
    url = reverse("public:request_link")
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(url, {"email": "HELENE@example.fr"}, follow=True)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["helene@example.fr"]
    assert "/connexion/lien/" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post(url, {"email": "personne@example.fr"}, follow=True)
    assert len(mail.outbox) == 1  # nothing sent to an unknown address
    assert known.redirect_chain == unknown.redirect_chain
    assert invalid_page(known) == invalid_page(unknown)
    assert "Si cette adresse correspond à un compte" in page(known)


def test_link_from_the_request_email_signs_in(
    client, participant_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("public:request_link"), {"email": "helene@example.fr"})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/connexion/lien/" in line)
    path = link[link.index("/connexion/") :].strip()
    client.post(path)
    assert int(client.session["_auth_user_id"]) == participant_user.pk


def test_links_on_request_are_limited_per_hour_silently(
    client, participant_user, django_capture_on_commit_callbacks
):
    url = reverse("public:request_link")
    for _i in range(MAX_REQUESTS_PER_HOUR + 2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"email": "helene@example.fr"})
        assert response.url == reverse("public:request_link_sent")
    assert len(mail.outbox) == MAX_REQUESTS_PER_HOUR
    later = timezone.now() + dt.timedelta(hours=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"email": "helene@example.fr"})
    assert len(mail.outbox) == MAX_REQUESTS_PER_HOUR + 1


@pytest.mark.parametrize("role", [Role.ORGANIZER, Role.EXPERT, Role.ADMIN])
def test_staff_who_sign_in_with_a_password_get_no_link(
    client, role, django_capture_on_commit_callbacks
):
    UserFactory(role=role, email="staff@example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("public:request_link"), {"email": "staff@example.fr"})
    assert response.url == reverse("public:request_link_sent")
    assert mail.outbox == []


def test_invalid_address_is_a_form_error(client):
    response = client.post(reverse("public:request_link"), {"email": "pas une adresse"})
    assert response.status_code == 200
    assert "Saisissez une adresse de courriel valide" in page(response)


@pytest.mark.parametrize(
    ("role", "home"),
    [
        (Role.PARTICIPANT, "participant:home"),
        (Role.SITE_COORDINATOR, "site:home"),
        (Role.TUTOR, "site:tutor_home"),
    ],
)
def test_home_sends_each_role_to_its_space(client, role, home):
    client.force_login(UserFactory(role=role))
    assert client.get("/").url == reverse(home)


def test_signed_in_participant_reopening_a_used_link_goes_to_their_space(client, participant_user):
    url = issue_sign_in_link(user=participant_user, purpose="sign_in", lifetime=SIGN_IN_LIFETIME)
    client.get(url)
    client.post(reverse("public:sign_in_link_confirm"))
    assert client.session["_auth_user_id"] == str(participant_user.pk)
    # The same e-mail's link, opened again from the inbox or the history.
    response = client.get(url)
    assert response.status_code == 302 and response.url == reverse("public:home")
    landing = client.get(response.url, follow=True)
    assert landing.redirect_chain[-1][0] == reverse("participant:home")
    text = page(landing)
    assert "Vous êtes déjà connecté(e)." in text
    assert "Ce lien de connexion ne fonctionne plus" not in text
    # The confirmation page, reloaded after use, does the same.
    response = client.get(reverse("public:sign_in_link_confirm"))
    assert response.status_code == 302 and response.url == reverse("public:home")


def test_sign_in_page_labels_both_email_fields_alike_without_autofocus(client):
    text = page(client.get(reverse("public:login")))
    assert "autofocus" not in text
    labels = re.findall(r'<label for="id_(\w+)"[^>]*>\s*([^<]+?)<', text)
    assert ("email", "Adresse électronique") in labels
    assert ("username", "Adresse électronique") in labels
