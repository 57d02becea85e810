"""The follow-up's dated sends, with frozen time: each goes once, one reminder ten days later
if unanswered, never more, nothing for a withdrawn participant, idempotent."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from immersion.common.scheduling import registered_finders, run_due
from immersion.evaluations.models import ColdEvaluation, FollowUpEmail, FollowUpKind
from immersion.evaluations.schedule import (
    queue_cold_evaluations,
    queue_commitment_reviews,
    queue_host_evaluations,
)
from immersion.evaluations.services import save_commitments
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.services import send_scheduled_emails
from immersion.people.services import withdraw_participant
from tests.factories import at_paris

pytestmark = pytest.mark.django_db


def cold_sends(participant):
    return list(
        FollowUpEmail.objects.filter(participant=participant).values_list("kind", flat=True)
    )


def run(finder, moment):
    with time_machine.travel(moment, tick=False):
        return finder(moment)


def test_the_finders_are_registered_with_the_scheduling_step():
    finders = registered_finders()
    assert finders["evaluations-a-froid"] is queue_cold_evaluations
    assert finders["engagements-bilan"] is queue_commitment_reviews
    assert finders["evaluations-accueil"] is queue_host_evaluations


def test_cold_evaluation_is_sent_once_two_months_after_with_one_reminder_never_more(
    journey, django_capture_on_commit_callbacks
):
    helene, paul = journey.helene, journey.paul
    assert journey.seminar.end_date == dt.date(2027, 3, 19)
    # Two days before: nothing.
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 17), "09:00")) == 0
    # The day before, one e-mail each waits in the outbox, « programmé » for the next morning:
    # the organizer can read it, and cancel it, before it goes.
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 18), "09:00")) == 2
    emails = OutgoingEmail.objects.filter(kind=EmailKind.EVALUATION).order_by("to_email")
    assert [e.to_email for e in emails] == [helene.email, paul.email]
    assert {e.status for e in emails} == {EmailStatus.SCHEDULED}
    assert {e.send_after for e in emails} == {at_paris(dt.date(2027, 5, 19), "09:00")}
    assert "deux mois après" in emails[0].subject
    assert f"/espace/{helene.pk}/evaluation-a-froid/" in emails[0].body_text
    assert "[lien de connexion personnel]" in emails[0].body_text
    assert len(mail.outbox) == 0
    # Not before its time, however often the step runs.
    assert run(send_scheduled_emails, at_paris(dt.date(2027, 5, 19), "08:59")) == 0
    # Two months after the last day, at 9:00, they leave, with a link minted only then.
    with django_capture_on_commit_callbacks(execute=True):
        assert run(send_scheduled_emails, at_paris(dt.date(2027, 5, 19), "09:00")) == 2
    assert len(mail.outbox) == 2
    assert all("[lien de connexion personnel]" not in m.body for m in mail.outbox)
    assert all("http" in m.body for m in mail.outbox)
    # Run again the same day, and the next days: nothing more.
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 19), "09:05")) == 0
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 27), "09:00")) == 0
    # Paul answers; ten days after the first, Hélène alone gets the one reminder.
    ColdEvaluation.objects.create(participant=paul, used_since="Des idées.")
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 28), "09:00")) == 1
    reminder = OutgoingEmail.objects.filter(to_email=helene.email).order_by("-pk").first()
    assert reminder.subject.startswith("Rappel")
    assert "seul rappel" in reminder.body_text
    assert reminder.send_after == at_paris(dt.date(2027, 5, 29), "09:00")
    # Never more, however often the step runs.
    for day in (dt.date(2027, 5, 29), dt.date(2027, 6, 15), dt.date(2027, 7, 1)):
        assert run(queue_cold_evaluations, at_paris(day, "10:00")) == 0
    assert cold_sends(helene) == [FollowUpKind.COLD_REMINDER, FollowUpKind.COLD]
    assert cold_sends(paul) == [FollowUpKind.COLD]
    assert OutgoingEmail.objects.filter(kind=EmailKind.EVALUATION).count() == 3


def test_the_organizer_cancels_a_programmed_send_from_the_outbox(journey, client):
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 18), "09:00")) == 2
    email = OutgoingEmail.objects.get(to_email=journey.paul.email)
    client.force_login(journey.organizer)
    outbox = client.get(reverse("organizer:outbox", args=[journey.seminar.pk])).content.decode()
    assert "prévu le 19/05/2027 09:00" in outbox
    preview = reverse("organizer:outbox_email", args=[journey.seminar.pk, email.pk])
    assert "Annuler cet envoi programmé" in client.get(preview).content.decode()
    client.post(reverse("organizer:outbox_action", args=[journey.seminar.pk, email.pk, "annuler"]))
    email.refresh_from_db()
    assert email.status == EmailStatus.CANCELLED
    assert run(send_scheduled_emails, at_paris(dt.date(2027, 5, 19), "09:00")) == 1
    # A cancelled first e-mail is not followed by a reminder.
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 28), "09:00")) == 1
    assert cold_sends(journey.paul) == [FollowUpKind.COLD]


def test_a_participant_who_withdraws_gets_no_programmed_send(journey):
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 18), "09:00")) == 2
    withdraw_participant(actor=journey.organizer, participant=journey.paul)
    email = OutgoingEmail.objects.get(to_email=journey.paul.email)
    assert email.status == EmailStatus.CANCELLED
    assert run(send_scheduled_emails, at_paris(dt.date(2027, 5, 19), "09:00")) == 1


def test_nothing_is_sent_to_a_withdrawn_participant(journey):
    withdraw_participant(actor=journey.organizer, participant=journey.paul)
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 5, 20))) == 1
    assert cold_sends(journey.paul) == []
    # Withdrawn after the first e-mail: no reminder.
    withdraw_participant(actor=journey.organizer, participant=journey.helene)
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 6, 5))) == 0
    assert cold_sends(journey.helene) == [FollowUpKind.COLD]


def test_running_the_scheduling_step_twice_sends_nothing_twice(journey):
    moment = at_paris(dt.date(2027, 6, 10), "08:00")
    with time_machine.travel(moment, tick=False):
        first = run_due(moment)
        second = run_due(moment)
    assert first["evaluations-a-froid"] == 2
    assert second["evaluations-a-froid"] == 0
    assert sum(second.values()) == 0
    assert FollowUpEmail.objects.count() == sum(first.values())


def test_a_seminar_long_past_gets_nothing(journey):
    """The catch-up window: a seminar whose date passed long before (the platform was not
    running, or the seminar predates the follow-up) is not written to months later."""
    assert run(queue_cold_evaluations, at_paris(dt.date(2027, 9, 1))) == 0
    assert run(queue_host_evaluations, at_paris(dt.date(2027, 9, 1))) == 0


def test_hosts_get_their_evaluation_at_the_end_of_the_last_day(journey):
    assert run(queue_host_evaluations, at_paris(dt.date(2027, 3, 18), "17:00")) == 0
    assert run(queue_host_evaluations, at_paris(dt.date(2027, 3, 19), "12:00")) == 2
    assert set(OutgoingEmail.objects.values_list("send_after", flat=True)) == {
        at_paris(dt.date(2027, 3, 19), "18:00")
    }
    recipients = set(
        OutgoingEmail.objects.filter(kind=EmailKind.EVALUATION).values_list("to_email", flat=True)
    )
    # The Cpam's tutor has no account: no e-mail; the Caf's tutor and coordinator get one.
    assert recipients == {journey.tutor_user.email, journey.coordinator.email}
    email = OutgoingEmail.objects.get(to_email=journey.tutor_user.email)
    assert reverse("site:host_evaluation", args=[journey.seminar.pk]) in email.body_text
    assert run(queue_host_evaluations, at_paris(dt.date(2027, 3, 20), "09:00")) == 0


def test_commitments_are_reviewed_at_three_months_with_one_reminder(journey):
    helene, paul = journey.helene, journey.paul
    with time_machine.travel(at_paris(dt.date(2027, 3, 19), "17:00"), tick=False):
        save_commitments(
            actor=helene.user,
            participant=helene,
            rows=[
                {"what": "Passer une demi-journée par an à l'accueil", "organisation": "DITP"},
                {"what": "Simplifier le courrier de relance", "due_by": dt.date(2027, 6, 1)},
            ],
        )
    # Paul took none: he is never asked.
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 17))) == 0
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 18))) == 1
    email = OutgoingEmail.objects.get(kind=EmailKind.EVALUATION, to_email=helene.email)
    assert "Simplifier le courrier de relance" in email.body_text
    assert f"/espace/{helene.pk}/engagements/" in email.body_text
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 20))) == 0
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 27))) == 0
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 28))) == 1
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 7, 9))) == 0
    kinds = cold_sends(helene)
    assert sorted(kinds) == [FollowUpKind.COMMITMENTS, FollowUpKind.COMMITMENTS_REMINDER]
    assert cold_sends(paul) == []


def test_no_commitment_reminder_once_every_commitment_is_reviewed(journey):
    helene = journey.helene
    rows = [{"what": "Ouvrir une permanence sans rendez-vous"}]
    with time_machine.travel(at_paris(dt.date(2027, 3, 19), "17:00"), tick=False):
        save_commitments(actor=helene.user, participant=helene, rows=rows)
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 6, 19))) == 1
    with time_machine.travel(at_paris(dt.date(2027, 6, 22)), tick=False):
        save_commitments(
            actor=helene.user,
            participant=helene,
            rows=[{**rows[0], "status": "fait", "review_comment": "Ouverte en mai."}],
        )
    assert run(queue_commitment_reviews, at_paris(dt.date(2027, 7, 1))) == 0
    assert cold_sends(helene) == [FollowUpKind.COMMITMENTS]
