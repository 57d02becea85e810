"""Bulk actions on the participant list's selection — invite, withdraw, print: a confirmation
that says how many people and what will happen, the work in the background (all or nothing,
a second click changes nothing), and a number of queries that does not grow with the list."""

import datetime as dt
import json

import pytest
from django.core import mail
from django.utils import timezone

from immersion.common.files import FILE_LIFETIME
from immersion.common.models import AuditEntry, StoredFile
from immersion.common.scheduling import run_due
from immersion.notifications.models import (
    BatchState,
    EmailBatch,
    EmailKind,
    EmailStatus,
    OutgoingEmail,
)
from immersion.people.models import Participant
from immersion.placements.models import RunStatus
from tests.conftest import page
from tests.factories import ParticipantFactory, bulk_participants, make_training_provider
from tests.pdfs import pdf_text
from tests.www.test_large_lists import make_people, queries, text, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


@pytest.fixture
def people(seminar):
    return make_people(seminar)


@pytest.fixture
def elise(seminar, people):
    """A second élue, not invited yet."""
    return ParticipantFactory(seminar=seminar, first_name="Élise", last_name="Even", category="elu")


def test_inviting_a_selection_confirms_then_invites_only_those_not_invited(
    organizer_client, seminar, people, elise, django_capture_on_commit_callbacks
):
    anne, _bruno, chloe, _denis = people
    confirm_url = url("participant_invite_selection", seminar) + "?categorie=elu"
    confirmation = text(organizer_client.get(confirm_url))
    assert "La sélection (Catégorie : Élu local ou national) compte 2 personnes." in confirmation
    assert (
        f"1 personne recevra l'e-mail d'invitation « Votre invitation : {seminar.title} »"
        in confirmation
    )
    assert not EmailBatch.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(confirm_url)
    batch = EmailBatch.objects.get()
    assert (batch.kind, batch.state, batch.done, batch.total) == (
        EmailKind.INVITATION,
        BatchState.DONE,
        1,
        1,
    )
    assert response.url == url("participant_invite_batch", seminar, batch.pk)
    assert "1 invitation préparée" in text(organizer_client.get(response.url))
    elise.refresh_from_db()
    chloe.refresh_from_db()
    assert elise.invited_at is not None and chloe.invited_at is None  # Chloé: not selected
    invitations = OutgoingEmail.objects.filter(kind=EmailKind.INVITATION, to_email=elise.email)
    assert invitations.count() == 1
    # Clicked again: nobody left to invite in the selection, nothing queued.
    again = organizer_client.post(confirm_url, follow=True)
    assert "Personne à inviter dans cette sélection" in page(again)
    assert EmailBatch.objects.count() == 1
    assert (
        OutgoingEmail.objects.filter(kind=EmailKind.INVITATION, to_email=elise.email).count() == 1
    )


def test_inviting_a_selection_of_a_draft_seminar_is_refused(organizer_client, seminar, people):
    seminar.status = "draft"
    seminar.save(update_fields=["status"])
    response = organizer_client.post(
        url("participant_invite_selection", seminar) + "?statut=a-inviter", follow=True
    )
    assert "Le séminaire est en brouillon" in page(response)
    assert not EmailBatch.objects.exists()


def test_withdrawing_a_selection_says_what_happens_then_withdraws_it_all(
    organizer_client, seminar, people, elise, django_capture_on_commit_callbacks
):
    anne, bruno, _chloe, _denis = people
    OutgoingEmail.objects.create(
        seminar=seminar,
        to_email=anne.email,
        recipient=anne.user,
        subject="Évaluation à froid",
        body_text="…",
        kind=EmailKind.EVALUATION,
        status=EmailStatus.SCHEDULED,
        send_after=timezone.now() + dt.timedelta(days=30),
    )
    confirm_url = url("participant_withdraw_selection", seminar) + "?categorie=elu"
    confirmation = text(organizer_client.get(confirm_url))
    assert "2 personnes seront désistées du séminaire." in confirmation
    assert "1 d'entre elles a des immersions dans l'affectation publiée" in confirmation
    assert "une nouvelle proposition d'affectation est calculée" in confirmation
    assert "1 e-mail programmé (évaluations, bilan des engagements)" in confirmation
    # Without the confirmation's field: nothing changes.
    organizer_client.post(confirm_url)
    assert not Participant.objects.filter(withdrawn_at__isnull=False, category="elu").exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(confirm_url, {"confirme": "oui"})
    batch = EmailBatch.objects.get(kind=EmailKind.WITHDRAWAL)
    assert (batch.state, batch.done, batch.total) == (BatchState.DONE, 2, 2)
    assert response.url == url("participant_withdraw_batch", seminar, batch.pk)
    assert set(
        Participant.objects.filter(withdrawn_at__isnull=False).values_list("last_name", flat=True)
    ) == {"Abgrall", "Even", "Dantec"}
    bruno.refresh_from_db()
    assert bruno.withdrawn_at is None
    # One new proposal for the whole group, linked from the progress page.
    proposal = seminar.assignment_runs.get(status=RunStatus.DRAFT)
    assert proposal.reason == "Désistement de 2 participants"
    progress = text(organizer_client.get(response.url))
    assert "2 personnes désistées." in progress
    assert f"Relire la proposition d'affectation n°{proposal.number}" in progress
    # Clicked again: nobody left to withdraw, nothing queued.
    again = organizer_client.post(confirm_url, {"confirme": "oui"}, follow=True)
    assert "Personne à désister dans cette sélection" in page(again)
    assert EmailBatch.objects.filter(kind=EmailKind.WITHDRAWAL).count() == 1


def test_withdrawal_progress_of_another_seminar_is_not_found(organizer_client, seminar):
    from tests.factories import SeminarFactory

    batch = EmailBatch.objects.create(seminar=SeminarFactory(), kind=EmailKind.WITHDRAWAL)
    assert organizer_client.get(
        url("participant_withdraw_batch", seminar, batch.pk)
    ).status_code == (404)


def test_printing_a_selection_is_queued_then_downloaded_as_its_blank_sheet(
    organizer_client, seminar, people, elise, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    from immersion.attendance.printing import run_print_batch

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_training_provider(seminar)
    print_url = url("participant_print_selection", seminar) + "?categorie=elu"
    content = text(organizer_client.get(print_url))
    assert "compte 2 personnes inscrites" in content and "Aucun e-mail n'est envoyé." in content
    assert "Feuille d'émargement — Jour 2 — matin" in content
    # Queued, not rendered in the request: the batch waits for a worker, its page says so.
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(print_url, {"demi_journee": "J2-matin"})
    batch = EmailBatch.objects.get(kind=EmailKind.PRINT)
    assert response.url == url("participant_print_batch", seminar, batch.pk)
    assert (batch.state, batch.total, batch.document) == (BatchState.PENDING, 2, None)
    waiting = organizer_client.get(response.url)
    assert "Impression en attente d'un processus en arrière-plan" in text(waiting)
    assert url("participant_print_batch_status", seminar, batch.pk) in page(waiting)
    assert "Actualiser la page" in page(waiting)  # without JavaScript: reload
    EmailBatch.objects.filter(pk=batch.pk).update(state=BatchState.RUNNING)
    fragment = organizer_client.get(url("participant_print_batch_status", seminar, batch.pk))
    assert "Préparation de la feuille d'émargement de 2 personnes" in text(fragment)
    assert 'data-hx-trigger="every 1s"' in page(fragment)
    EmailBatch.objects.filter(pk=batch.pk).update(state=BatchState.PENDING)
    # The queued task's payload: ids, a half-day's code and the filters — no name, no address.
    queued = DBTaskResult.objects.get()
    payload = json.dumps(queued.args_kwargs, ensure_ascii=False)
    for person in (*people, elise):
        assert person.last_name not in payload and person.email not in payload
    assert queued.args_kwargs["args"][:2] == [batch.pk, "J2-matin"]
    run_print_batch(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])  # a worker
    batch.refresh_from_db()
    assert (batch.state, batch.done) == (BatchState.DONE, 2) and batch.document is not None
    done = organizer_client.get(url("participant_print_batch_status", seminar, batch.pk))
    assert "La feuille d'émargement de la sélection (2 personnes) est prête." in text(done)
    assert "data-hx-trigger" not in page(done)  # polling stops
    download = url("participant_print_batch_download", seminar, batch.pk)
    assert download in page(done)
    sheet = organizer_client.get(download)
    assert sheet["Content-Type"] == "application/pdf"
    pdf = " ".join(pdf_text(sheet.content).split())
    assert "ABGRALL" in pdf.upper() and "EVEN" in pdf.upper()
    assert "Bihan" not in pdf and "Cadiou" not in pdf
    assert "Catégorie : Élu local ou national" in pdf
    assert AuditEntry.objects.filter(action="participants.print_selection").count() == 1


def test_a_name_typed_in_the_search_stays_out_of_the_print_task_s_payload(
    organizer_client, seminar, people, elise, settings, django_capture_on_commit_callbacks
):
    """The task queue keeps its payloads: the search's text (here a surname) is named on the
    confirmation page, not sent to the worker; the sheet says a search was made."""
    from django_tasks_db.models import DBTaskResult

    from immersion.attendance.printing import run_print_batch

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_training_provider(seminar)
    print_url = url("participant_print_selection", seminar) + "?q=even"
    assert "recherche « even »" in text(organizer_client.get(print_url))
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(print_url, {"demi_journee": "J2-matin"})
    queued = DBTaskResult.objects.get()
    payload = json.dumps(queued.args_kwargs, ensure_ascii=False).lower()
    assert "even" not in payload and elise.email.lower() not in payload
    run_print_batch(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    batch = EmailBatch.objects.get(kind=EmailKind.PRINT)
    sheet = organizer_client.get(url("participant_print_batch_download", seminar, batch.pk))
    pdf = " ".join(pdf_text(sheet.content).split())
    assert "EVEN" in pdf.upper()  # the person found is on the sheet
    assert "recherche par nom, e-mail ou organisme" in pdf


def test_a_printed_sheet_expires_and_is_purged_by_the_daily_tasks(
    organizer_client, seminar, people, django_capture_on_commit_callbacks
):
    make_training_provider(seminar)
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(
            url("participant_print_selection", seminar), {"demi_journee": "J2-matin"}
        )
    batch = EmailBatch.objects.get(kind=EmailKind.PRINT)
    download = url("participant_print_batch_download", seminar, batch.pk)
    assert organizer_client.get(download).status_code == 200
    later = timezone.now() + FILE_LIFETIME + dt.timedelta(minutes=1)
    StoredFile.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert organizer_client.get(download).status_code == 404  # expired: not served any more
    assert "n'est plus disponible" in text(
        organizer_client.get(url("participant_print_batch", seminar, batch.pk))
    )
    run_due(later)
    assert not StoredFile.objects.exists()
    batch.refresh_from_db()
    assert batch.document is None and batch.state == BatchState.DONE


def test_another_organizer_gets_404_for_a_printed_sheet(
    client, organizer_client, seminar, people, django_capture_on_commit_callbacks
):
    from tests.factories import SeminarFactory, UserFactory

    make_training_provider(seminar)
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(
            url("participant_print_selection", seminar), {"demi_journee": "J2-matin"}
        )
    batch = EmailBatch.objects.get(kind=EmailKind.PRINT)
    other = UserFactory(role="organizer")
    other_seminar = SeminarFactory(organizers=[other])
    client.force_login(other)
    for name in ("participant_print_batch", "participant_print_batch_status"):
        assert client.get(url(name, seminar, batch.pk)).status_code == 404
        assert client.get(url(name, other_seminar, batch.pk)).status_code == 404
    assert client.get(url("participant_print_batch_download", seminar, batch.pk)).status_code == 404
    assert (
        client.get(url("participant_print_batch_download", other_seminar, batch.pk)).status_code
        == 404
    )


def test_printing_refuses_an_unknown_half_day_and_an_empty_selection(
    organizer_client, seminar, people
):
    make_training_provider(seminar)
    print_url = url("participant_print_selection", seminar)
    response = organizer_client.post(print_url, {"demi_journee": "J9-matin"}, follow=True)
    assert "Cette demi-journée ne fait pas partie de la formation." in page(response)
    response = organizer_client.post(
        print_url + "?q=personne-de-ce-nom", {"demi_journee": "J2-matin"}, follow=True
    )
    assert "Personne à imprimer dans cette sélection." in page(response)
    assert not EmailBatch.objects.filter(kind=EmailKind.PRINT).exists()


def test_printing_without_a_training_provider_says_what_to_fill_in(
    organizer_client, seminar, people
):
    response = organizer_client.post(
        url("participant_print_selection", seminar), {"demi_journee": "J2-matin"}
    )
    assert response.status_code == 409
    assert "organisme de formation" in page(response)
    assert not EmailBatch.objects.filter(kind=EmailKind.PRINT).exists()


@pytest.mark.parametrize(
    "name",
    [
        "participant_invite_selection",
        "participant_withdraw_selection",
        "participant_print_selection",
    ],
)
def test_bulk_confirmations_take_as_many_queries_at_200_participants_as_at_20(
    organizer_client, seminar, name
):
    path = url(name, seminar) + "?categorie=fonctionnaire_etat&q=masse"
    bulk_participants(seminar, 20)
    organizer_client.get(url("participant_list", seminar))  # warm the session and caches
    small = queries(organizer_client, path)
    bulk_participants(seminar, 180, start=20)
    assert queries(organizer_client, path) == small


def test_a_selection_is_described_by_the_filters_applied_only(organizer_client, seminar, people):
    response = organizer_client.get(
        url("participant_withdraw_selection", seminar) + "?categorie=elu&statut=nimporte&q=abg"
    )
    assert "La sélection (Catégorie : Élu local ou national ; recherche « abg ») compte 1" in (
        text(response)
    )
