"""Attendance sheets list only who is expected that half-day, keep their closing together,
and no Qualiopi document is produced before the training provider is filled in."""

from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from immersion.attendance.documents import render_attendance_sheet_pdf
from immersion.attendance.halfdays import get_half_day
from immersion.attendance.selectors import attendance_overview, attendance_sheet
from immersion.notifications.models import OutgoingEmail
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SiteFactory,
    make_offer,
    make_training_provider,
    mark_invited,
)
from tests.pdfs import pdf_pages, pdf_text

pytestmark = pytest.mark.django_db


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


@pytest.fixture
def people(seminar):
    morning = seminar.half_days.get(half_day="J2-matin")
    afternoon = seminar.half_days.get(half_day="J2-apres-midi")
    return [
        ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou"),
        # Yann declared himself unavailable in the afternoon.
        ParticipantFactory(
            seminar=seminar, first_name="Yann", last_name="Le Goff", available_half_days=[morning]
        ),
        ParticipantFactory(
            seminar=seminar,
            first_name="Inès",
            last_name="Haddad",
            available_half_days=[morning, afternoon],
        ),
    ]


def test_the_sheet_leaves_out_who_is_unavailable_that_half_day(seminar, people):
    make_training_provider(seminar)
    afternoon = get_half_day(seminar, "J2-apres-midi")
    morning = get_half_day(seminar, "J2-matin")
    names = [r.participant.last_name for r in attendance_sheet(seminar, afternoon).rows]
    assert names == ["Guillou", "Haddad"]
    assert len(attendance_sheet(seminar, morning).rows) == 3
    text = pdf_text(render_attendance_sheet_pdf(seminar, afternoon, blank=True))
    assert "GUILLOU" in text and "HADDAD" in text and "LE GOFF" not in text
    expected = {s.half_day.code: s.expected for s in attendance_overview(seminar)}
    assert expected["J2-apres-midi"] == 2 and expected["J2-matin"] == 3


def test_the_sheet_names_the_training_provider_and_keeps_its_closing_together(seminar):
    make_training_provider(seminar, name="Institut régional d'administration")
    for i in range(12):  # enough names for the closing not to fit on the first page
        ParticipantFactory(seminar=seminar, organisation=f"Organisme {i}")
    content = render_attendance_sheet_pdf(seminar, get_half_day(seminar, "J2-matin"), blank=True)
    pages = [p.extract_text() for p in PdfReader(BytesIO(content)).pages]
    assert pdf_pages(content) == 2
    assert "Institut régional d'administration" in pages[0]
    # The last page never holds the legend alone: the attestation goes with it.
    assert "Feuille imprimée le" in pages[-1]
    assert "Le responsable de la formation atteste" in pages[-1]


@pytest.mark.parametrize(
    ("name", "args", "document"),
    [
        ("training_sheet_blank_pdf", ("J2-matin",), "la feuille d'émargement"),
        ("training_sheet_signed_pdf", ("J2-matin",), "la feuille d'émargement"),
        ("training_certificates_zip", (), "les certificats de réalisation"),
    ],
)
def test_qualiopi_documents_wait_for_the_training_provider(
    organizer_client, seminar, people, name, args, document
):
    response = organizer_client.get(url(name, seminar, *args))
    assert response.status_code == 409
    text = page(response)
    assert f"Impossible de produire {document}" in text
    assert "le nom de l'organisme de formation" in text
    assert f'href="{url("training_provider", seminar)}"' in text
    make_training_provider(seminar)
    assert organizer_client.get(url(name, seminar, *args)).status_code == 200


def test_certificate_and_convocations_wait_for_the_training_provider(
    organizer_client, organizer, seminar, people
):
    offer = make_offer(seminar, SiteFactory(), "J2-matin", capacity=4)
    run = AssignmentRun.objects.create(seminar=seminar, state=SolveState.DONE)
    for person in people:
        Placement.objects.create(run=run, participant=person, offer=offer, half_day=offer.half_day)
    mark_invited(*people)  # convocations wait for the invitations
    # Publishing works; the convocations, which name the provider, are not prepared.
    response = organizer_client.post(
        url("assignment_publish", seminar, run.pk), {"confirme": "oui"}, follow=True
    )
    run.refresh_from_db()
    assert run.status == RunStatus.PUBLISHED, page(response)
    assert "Les convocations ne sont pas préparées" in page(response)
    assert not OutgoingEmail.objects.filter(seminar=seminar).exists()
    response = organizer_client.post(url("followup_convocations", seminar))
    assert response.status_code == 409
    assert "Impossible de produire les convocations" in page(response)
    assert not OutgoingEmail.objects.filter(seminar=seminar).exists()
    response = organizer_client.get(url("training_certificate_pdf", seminar, people[0].pk))
    assert response.status_code == 409
    make_training_provider(seminar)
    response = organizer_client.post(url("followup_convocations", seminar))
    assert response.status_code == 302
    assert OutgoingEmail.objects.filter(seminar=seminar).count() == 3
