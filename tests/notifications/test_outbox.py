import pytest
from django.core import mail

from immersion.notifications.attachments import register_attachment
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.notifications.services import approve_emails, compose_email, deliver

pytestmark = pytest.mark.django_db


def test_email_is_sent_after_commit_with_text_and_html(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = compose_email(
            to_email="anne@example.fr",
            template="test_message",
            context={"name": "Anne"},
            kind="other",
        )
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    [message] = mail.outbox
    assert message.to == ["anne@example.fr"]
    assert message.subject == "Message de test — Vivez ma vie d'usager"
    assert "Bonjour Anne," in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Bonjour Anne," in html


def test_email_held_for_review_is_not_sent_until_approved(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        compose_email(
            to_email="a@example.fr",
            template="test_message",
            context={"name": "A"},
            kind="other",
            review=True,
        )
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        assert approve_emails(actor=None, emails=OutgoingEmail.objects.all()) == 1
    assert len(mail.outbox) == 1


def test_attachment_is_rendered_at_sending_time(django_capture_on_commit_callbacks):
    register_attachment("test_doc", lambda ref: (f"doc-{ref['n']}.txt", b"contenu", "text/plain"))
    with django_capture_on_commit_callbacks(execute=True):
        compose_email(
            to_email="a@example.fr",
            template="test_message",
            context={"name": "A"},
            kind="other",
            attachments=[{"kind": "test_doc", "n": 7}],
        )
    assert mail.outbox[0].attachments[0][:2] == ("doc-7.txt", "contenu")


def test_failed_sending_is_recorded_without_raising(settings):
    settings.EMAIL_BACKEND = "tests.notifications.failing_backend.FailingBackend"
    email = compose_email(
        to_email="a@example.fr", template="test_message", context={"name": "A"}, kind="other"
    )
    deliver(email.pk)
    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED and email.attempts == 1
    assert "ConnectionRefusedError" in email.error
