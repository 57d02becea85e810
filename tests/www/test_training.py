"""The organizer's training documents: programme, attendance sheets, certificates."""

import datetime as dt
import io
import zipfile

import pytest
from django.urls import reverse

from immersion.attendance import services
from immersion.attendance.models import Signature, TrainingProvider
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    UserFactory,
    at_paris,
    frozen_clock,
    make_training_provider,
    signature_png,
)
from tests.pdfs import assert_tagged_pdf, pdf_text

pytestmark = pytest.mark.django_db

DAY2 = dt.date(2027, 3, 19)


@pytest.fixture(autouse=True)
def _long_sessions(settings):
    settings.SESSION_COOKIE_AGE = 5 * 365 * 24 * 3600


@pytest.fixture
def people(seminar):
    make_training_provider(seminar)
    return [
        ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou"),
        ParticipantFactory(seminar=seminar, first_name="Yann", last_name="Le Goff"),
    ]


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


def test_training_page_shows_sheets_and_attendance(organizer_client, organizer, seminar, people):
    with frozen_clock(at_paris(DAY2, "08:45")):
        services.sign_attendance(
            actor=organizer,
            participant=people[0],
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    content = page(organizer_client.get(url("training", seminar)))
    assert "9 h 30 de formation en 3 demi-journées" in content
    assert "Organisme de formation à compléter" not in content  # filled in by ``people``
    assert "1 / 2" in content and "0 / 2" in content
    assert "3 h sur 9 h 30" in content and "aucune demi-journée émargée" in content
    assert url("training_certificate_pdf", seminar, people[0].pk) in content
    assert url("training_certificate_pdf", seminar, people[1].pk) not in content
    assert reverse("attendance:kiosk_home", args=[seminar.pk]) in content
    assert "Télécharger le certificat (zip)" in content


def test_training_page_query_count_does_not_grow_with_participants(
    organizer_client, seminar, django_assert_max_num_queries
):
    for _i in range(15):
        ParticipantFactory(seminar=seminar)
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    organizer_client.get(reverse("organizer:seminar_list"))
    # 16: the attendance is a long list (its count, the site filter's choices, the count
    # of certificates); tests/www/test_large_lists.py checks it is the same at 200.
    with django_assert_max_num_queries(16):
        organizer_client.get(url("training", seminar))


def test_programme_pdf_is_served_with_its_content(organizer_client, seminar):
    response = organizer_client.get(url("training_programme_pdf", seminar))
    assert response["Content-Type"] == "application/pdf"
    assert_tagged_pdf(response.content, title=f"Programme de formation — {seminar.title}")
    assert "Programme de formation" in pdf_text(response.content)


def test_blank_and_signed_sheets_are_served_as_pdf(organizer_client, organizer, seminar, people):
    with frozen_clock(at_paris(DAY2, "08:45")):
        services.sign_attendance(
            actor=organizer,
            participant=people[0],
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    blank = " ".join(
        pdf_text(
            organizer_client.get(url("training_sheet_blank_pdf", seminar, "J2-matin")).content
        ).split()
    )
    assert "GUILLOU Claire" in blank and "LE GOFF Yann" in blank and "signature à la main" in blank
    signed = " ".join(
        pdf_text(
            organizer_client.get(url("training_sheet_signed_pdf", seminar, "J2-matin")).content
        ).split()
    )
    assert "Tracé à l'écran 19/03/2027 08:45:00" in signed
    assert "Absent(e) — non émargé" in signed
    assert (
        organizer_client.get(url("training_sheet_blank_pdf", seminar, "J9-matin")).status_code
        == 404
    )


def test_organizer_reports_a_paper_sheet_then_removes_a_mistake(organizer_client, seminar, people):
    sheet = url("training_sheet", seminar, "J1-apres-midi")
    content = page(organizer_client.get(sheet))
    assert "Reporter une feuille papier" in content
    response = organizer_client.post(sheet, {"participants": [p.pk for p in people]}, follow=True)
    assert "2 présence(s) reportée(s) depuis la feuille papier." in page(response)
    assert "Reporter une feuille papier" not in page(response)  # nobody left to report
    signature = Signature.objects.get(participant=people[1])
    cancel = url("training_signature_cancel", seminar, "J1-apres-midi", signature.pk)
    assert (
        "Voulez-vous vraiment supprimer « la signature de Yann Le Goff (Jour 1 — après-midi) »"
        in page(organizer_client.get(cancel))
    )
    response = organizer_client.post(
        url("training_signature_cancel", seminar, "J1-apres-midi", signature.pk), follow=True
    )
    assert "Signature de Yann Le Goff retirée." in page(response)
    assert list(Signature.objects.values_list("participant", flat=True)) == [people[0].pk]


def test_organizer_fills_in_the_training_provider(organizer_client, seminar):
    response = organizer_client.post(
        url("training_provider", seminar),
        {
            "name": "Institut des services publics",
            "declaration_number": "53350000035",
            "representative_name": "Sylvain Lemoine",
            "representative_title": "Directeur",
            "prerequisites": "",
            "contact": "formation@example.fr",
        },
    )
    assert response.status_code == 302
    provider = TrainingProvider.objects.get(seminar=seminar)
    assert provider.name == "Institut des services publics"
    assert "Institut des services publics" in pdf_text(
        organizer_client.get(url("training_programme_pdf", seminar)).content
    )


def test_certificate_pdf_and_zip(organizer_client, organizer, seminar, people):
    services.record_paper_attendance(
        actor=organizer, seminar=seminar, half_day="J2-apres-midi", participants=[people[0]]
    )
    response = organizer_client.get(url("training_certificate_pdf", seminar, people[0].pk))
    text = " ".join(pdf_text(response.content).split())
    assert "CERTIFICAT DE RÉALISATION" in text and "4 h 30 réalisées sur 9 h 30 prévues" in text
    response = organizer_client.get(
        url("training_certificate_pdf", seminar, people[1].pk), follow=True
    )
    assert (
        "Yann Le Goff n'a émargé aucune demi-journée : pas de certificat de réalisation."
        in page(response)
    )
    response = organizer_client.get(url("training_certificates_zip", seminar))
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert len(archive.namelist()) == 1


def test_organizer_of_another_seminar_gets_404s(client, seminar, people):
    client.force_login(UserFactory(role="organizer"))
    for name, args in [
        ("training", []),
        ("training_programme_pdf", []),
        ("training_sheet", ["J2-matin"]),
        ("training_sheet_signed_pdf", ["J2-matin"]),
        ("training_certificate_pdf", [people[0].pk]),
        ("training_certificates_zip", []),
    ]:
        assert client.get(url(name, seminar, *args)).status_code == 404, name


def test_certificate_of_another_seminars_participant_is_a_404(organizer_client, seminar):
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    stranger = ParticipantFactory(seminar=other)
    assert (
        organizer_client.get(url("training_certificate_pdf", seminar, stranger.pk)).status_code
        == 404
    )


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator", "expert"])
def test_other_roles_are_refused_the_training_documents(client, seminar, role):
    client.force_login(UserFactory(role=role))
    for name in ["training", "training_programme_pdf", "training_certificates_zip"]:
        assert client.get(url(name, seminar)).status_code == 403


def test_paper_sheet_form_lists_the_unsigned_once_the_person_in_charge_signed(
    organizer_client, organizer, seminar, people
):
    with frozen_clock(at_paris(DAY2, "11:35")):
        services.certify_attendance_sheet(
            actor=organizer, seminar=seminar, half_day="J2-matin", image=signature_png()
        )
    content = page(organizer_client.get(url("training_sheet", seminar, "J2-matin")))
    assert "Reporter une feuille papier" in content
    assert "GUILLOU Claire" in content and "LE GOFF Yann" in content
