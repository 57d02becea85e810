"""An e-mail leaves at most once: it is claimed (committed) before it is handed to the mail
server; a claimed one met again is marked « à vérifier » and waits for the organizer."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from immersion.common.scheduling import run_due
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.notifications.services import compose_email, deliver, flag_interrupted_sends
from tests.conftest import page

pytestmark = pytest.mark.django_db

SEEN = []


class WatchingBackend:
    """Records, while it sends, the e-mail's status as another connection would read it."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        SEEN.append(
            (
                connection.in_atomic_block,
                list(OutgoingEmail.objects.values_list("status", flat=True)),
            )
        )
        return len(messages)


def queued(seminar=None, to="anne@example.fr"):
    return OutgoingEmail.objects.create(
        seminar=seminar,
        to_email=to,
        kind="other",
        subject="Objet",
        body_text="Bonjour.",
        status=EmailStatus.QUEUED,
    )


@pytest.mark.django_db(transaction=True)
def test_the_claim_is_committed_before_the_mail_server_gets_the_message(settings):
    settings.EMAIL_BACKEND = "tests.notifications.test_delivery_claims.WatchingBackend"
    SEEN.clear()
    email = queued()
    deliver(email.pk)
    assert SEEN == [(False, [EmailStatus.SENDING])]
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT and email.sent_at and email.attempts == 1


def test_a_claimed_email_met_again_is_never_sent_but_marked_to_be_checked():
    email = queued()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.SENDING)
    deliver(email.pk)  # the task taken again after its worker died
    deliver(email.pk)  # and once more: still nothing
    assert mail.outbox == []
    email.refresh_from_db()
    assert email.status == EmailStatus.UNCERTAIN
    assert "peut-être parti" in email.error


def test_a_worker_believed_dead_that_finishes_after_all_records_the_send(settings):
    """The outcome wins over « à vérifier »: if the first worker was only slow, the e-mail
    is recorded as sent, not left to be checked."""
    email = queued()

    class LateBackend(WatchingBackend):
        def send_messages(self, messages):
            OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.UNCERTAIN)
            return len(messages)

    settings.EMAIL_BACKEND = "tests.notifications.test_delivery_claims.LateBackend"
    globals()["LateBackend"] = LateBackend
    deliver(email.pk)
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT


def test_the_scheduling_step_flags_old_claims_only():
    old, recent = queued(to="a@example.fr"), queued(to="b@example.fr")
    OutgoingEmail.objects.filter(pk__in=[old.pk, recent.pk]).update(status=EmailStatus.SENDING)
    OutgoingEmail.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - dt.timedelta(minutes=20)
    )
    assert run_due()["courriels-interrompus"] == 1
    assert flag_interrupted_sends(timezone.now()) == 0
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.status, recent.status) == (EmailStatus.UNCERTAIN, EmailStatus.SENDING)
    assert mail.outbox == []


def test_the_organizer_sees_an_email_to_check_and_sends_it_again(
    organizer_client, seminar, django_capture_on_commit_callbacks
):
    email = compose_email(
        to_email="anne@example.fr",
        template="test_message",
        context={"name": "Anne"},
        kind="other",
        seminar=seminar,
        review=True,
    )
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.SENDING)
    deliver(email.pk)
    outbox = page(organizer_client.get(reverse("organizer:outbox", args=[seminar.pk])))
    assert "À vérifier (1)" in outbox and "le courriel est peut-être parti" in outbox
    detail_url = reverse("organizer:outbox_email", args=[seminar.pk, email.pk])
    detail = page(organizer_client.get(detail_url))
    assert "Ce courriel est peut-être parti" in detail and "Renvoyer ce courriel" in detail
    action = reverse("organizer:outbox_action", args=[seminar.pk, email.pk, "renvoyer"])
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(action)
    assert [m.to for m in mail.outbox] == [["anne@example.fr"]]
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT and email.error == ""
    # Sent now: a second click sends nothing.
    response = organizer_client.post(action, follow=True)
    assert "Ce courriel n'est plus à vérifier." in page(response)
    assert len(mail.outbox) == 1
