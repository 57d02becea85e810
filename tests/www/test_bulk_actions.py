"""Bulk actions on the participant list's selection — invite, withdraw, print: a confirmation
that says how many people and what will happen, the work in the background (all or nothing,
a second click changes nothing), and a number of queries that does not grow with the list."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

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
from tests.factories import ParticipantFactory, make_training_provider
from tests.pdfs import pdf_text
from tests.www.test_large_lists import bulk_participants, make_people, queries, text, url

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


def test_printing_a_selection_gives_its_blank_attendance_sheets(
    organizer_client, seminar, people, elise
):
    make_training_provider(seminar)
    confirmation = organizer_client.get(
        url("participant_print_selection", seminar) + "?categorie=elu"
    )
    content = text(confirmation)
    assert "compte 2 personnes inscrites" in content and "Aucun e-mail n'est envoyé." in content
    assert "Feuille d'émargement — Jour 2 — matin" in content
    sheet = organizer_client.get(
        url("participant_print_selection_sheet", seminar, "J2-matin") + "?categorie=elu"
    )
    assert sheet["Content-Type"] == "application/pdf"
    pdf = " ".join(pdf_text(sheet.content).split())
    assert "ABGRALL" in pdf.upper() and "EVEN" in pdf.upper()
    assert "Bihan" not in pdf and "Cadiou" not in pdf
    assert "Catégorie : Élu local ou national" in pdf
    unknown = url("participant_print_selection_sheet", seminar, "J9-matin")
    assert organizer_client.get(unknown).status_code == 404


def test_printing_without_a_training_provider_says_what_to_fill_in(
    organizer_client, seminar, people
):
    response = organizer_client.get(url("participant_print_selection_sheet", seminar, "J2-matin"))
    assert response.status_code == 409
    assert "organisme de formation" in page(response)


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
