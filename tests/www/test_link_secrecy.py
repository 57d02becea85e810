"""Security finding (high): an organizer could sign in as a participant by reading the sign-in
link in the invitation stored in the outbox. Sign-in links and one-time codes are now minted
when the e-mail leaves: nobody but the recipient ever reads them."""

import datetime as dt
import importlib
import logging
import re

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from immersion.accounts.models import LinkPurpose, SignInLink
from immersion.accounts.services import find_usable_link, issue_sign_in_link
from immersion.common.logging import RedactSignInTokens
from immersion.engagement.invitations import invite_participant
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.notifications.secrets import SIGN_IN_LINK_PLACEHOLDER, sign_in_link_reference
from immersion.notifications.services import approve_emails, compose_email, deliver
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    """Invitations go out once registrations are open (refused in draft)."""
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


TOKEN_URL = re.compile(r"/connexion/lien/(?!envoye/)[A-Za-z0-9_\-]{20,}/")


def link_in(text: str) -> str:
    match = TOKEN_URL.search(text)
    assert match, text
    return match.group(0)


def test_organizer_of_another_seminar_cannot_sign_in_as_a_participant_through_the_outbox(
    client, django_capture_on_commit_callbacks
):
    organizer_a = UserFactory(role="organizer")
    seminar_a = SeminarFactory(organizers=[organizer_a], status="open")
    victim = ParticipantFactory(seminar=seminar_a, email="victime@example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        invite_participant(actor=organizer_a, participant=victim)
    victim.refresh_from_db()

    # The attacker organizes seminar B, registers the victim's address there and invites it.
    attacker = UserFactory(role="organizer")
    seminar_b = SeminarFactory(organizers=[attacker], status="open")
    decoy = ParticipantFactory(seminar=seminar_b, email="victime@example.fr")
    client.force_login(attacker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("organizer:participant_invite", args=[seminar_b.pk, decoy.pk])
        )
    assert response.status_code == 302
    email = OutgoingEmail.objects.get(seminar=seminar_b)
    assert email.status == EmailStatus.SENT

    # Everything the attacker can read of that e-mail shows the placeholder, never a token.
    pages = [
        client.get(reverse("organizer:outbox", args=[seminar_b.pk])),
        client.get(reverse("organizer:outbox_email", args=[seminar_b.pk, email.pk])),
        client.get(reverse("organizer:outbox_email_html", args=[seminar_b.pk, email.pk])),
    ]
    for response in pages:
        assert response.status_code == 200
        assert not TOKEN_URL.search(response.content.decode())
    assert SIGN_IN_LINK_PLACEHOLDER in page(pages[1])
    assert not TOKEN_URL.search(email.body_text + email.body_html)
    assert SIGN_IN_LINK_PLACEHOLDER in email.body_text

    # The recipient — and only the recipient — got a working link.
    message = mail.outbox[-1]
    assert message.to == ["victime@example.fr"]
    assert SIGN_IN_LINK_PLACEHOLDER not in message.body
    path = link_in(message.body)
    assert path in message.alternatives[0][0]
    client.logout()
    client.post(path)
    assert int(client.session["_auth_user_id"]) == victim.user_id


def test_an_email_held_for_review_carries_no_link_until_it_is_sent(
    seminar, organizer, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(seminar=seminar)
    participant.user = UserFactory(role="participant", email=participant.email)

    with django_capture_on_commit_callbacks(execute=True):
        email = compose_email(
            to_email=participant.email,
            template="sign_in_link",
            context={
                "first_name": "Anne",
                "link": SIGN_IN_LINK_PLACEHOLDER,
                "lifetime_minutes": 60,
                "request_url": "/connexion/lien/",
            },
            secret=sign_in_link_reference(
                purpose=LinkPurpose.SIGN_IN, lifetime=dt.timedelta(hours=1), base_url=""
            ),
            kind="sign_in_link",
            seminar=seminar,
            recipient=participant.user,
            review=True,
        )
    assert SignInLink.objects.count() == 0 and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        approve_emails(actor=organizer, emails=OutgoingEmail.objects.filter(pk=email.pk))
    assert SignInLink.objects.filter(user=participant.user).count() == 1
    token = link_in(mail.outbox[0].body).rstrip("/").rsplit("/", 1)[-1]
    assert find_usable_link(token).user == participant.user
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert token not in email.body_text + email.body_html


def test_a_link_whose_email_failed_to_leave_is_withdrawn(
    seminar, organizer, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.notifications.failing_backend.FailingBackend"
    participant = ParticipantFactory(seminar=seminar)
    with django_capture_on_commit_callbacks(execute=True):
        invite_participant(actor=organizer, participant=participant)
    email = OutgoingEmail.objects.get()
    assert email.status == EmailStatus.QUEUED and email.attempts == 1
    assert SignInLink.objects.count() == 0


def test_an_email_for_a_deactivated_account_is_not_sent_and_mints_nothing(
    seminar, organizer, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(seminar=seminar)
    invite_participant(actor=organizer, participant=participant)  # on_commit not run: queued
    participant.refresh_from_db()
    participant.user.is_active = False
    participant.user.save()
    email = deliver(OutgoingEmail.objects.get().pk)
    assert email.status == EmailStatus.FAILED
    assert SignInLink.objects.count() == 0 and not mail.outbox


def test_links_already_stored_in_emails_are_scrubbed_and_invalidated(seminar):
    user = UserFactory(role="participant")
    url = issue_sign_in_link(
        user=user,
        purpose=LinkPurpose.INVITATION,
        lifetime=dt.timedelta(days=14),
        base_url="https://vmv.example.fr",
    )
    token = url.rstrip("/").rsplit("/", 1)[-1]
    old = OutgoingEmail.objects.create(
        seminar=seminar,
        recipient=user,
        to_email=user.email,
        kind="invitation",
        subject="Invitation",
        body_text=f"Bonjour,\n{url}\nOu demandez un lien : https://vmv.example.fr/connexion/lien/",
        body_html=f'<a href="{url}">{url}</a> <a href="/connexion/lien/envoye/">x</a>',
        status=EmailStatus.SENT,
    )
    migration = importlib.import_module(
        "immersion.notifications.migrations.0003_scrub_stored_sign_in_links"
    )
    migration.scrub(apps, None)
    old.refresh_from_db()
    assert token not in old.body_text + old.body_html
    assert old.body_text.count(SIGN_IN_LINK_PLACEHOLDER) == 1
    assert "https://vmv.example.fr/connexion/lien/\n" not in old.body_text  # request page kept
    assert "Ou demandez un lien : https://vmv.example.fr/connexion/lien/" in old.body_text
    assert 'href="/connexion/lien/envoye/"' in old.body_html
    assert old.body_html.count(SIGN_IN_LINK_PLACEHOLDER) == 2
    assert find_usable_link(token) is None


def test_sign_in_tokens_never_reach_the_logs(client, caplog, seminar):
    user = UserFactory(role="participant")
    url = issue_sign_in_link(user=user, purpose=LinkPurpose.SIGN_IN, lifetime=dt.timedelta(hours=1))
    token = url.rstrip("/").rsplit("/", 1)[-1]
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        (f"GET {url} HTTP/1.1", 200, 9),
        None,
    )
    assert RedactSignInTokens().filter(record)
    assert token not in record.getMessage()
    assert "/connexion/lien/[jeton]/" in record.getMessage()
    # The link page moves the token out of the address bar before showing anything.
    response = client.get(url)
    assert response.status_code == 302
    assert token not in response["Location"]
    response = client.get(response["Location"])
    assert token not in response.content.decode()
    assert user.email in page(response)
    client.post(response.wsgi_request.path)
    assert int(client.session["_auth_user_id"]) == user.pk
