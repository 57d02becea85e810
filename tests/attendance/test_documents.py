import datetime as dt
import io
import zipfile

import pytest

from immersion.attendance import services
from immersion.attendance.documents import (
    NoAttendance,
    certificate_for,
    render_attendance_sheet_pdf,
    render_certificate_pdf,
    render_certificates_zip,
    render_training_programme_pdf,
)
from immersion.attendance.halfdays import get_half_day
from immersion.attendance.services import save_training_provider
from tests.factories import (
    ParticipantFactory,
    UserFactory,
    at_paris,
    frozen_clock,
    make_training_provider,
    signature_png,
)
from tests.pdfs import assert_tagged_pdf, pdf_text


def pdf_images(content: bytes) -> int:
    from pypdf import PdfReader

    return sum(len(page.images) for page in PdfReader(io.BytesIO(content)).pages)


pytestmark = pytest.mark.django_db

DAY1 = dt.date(2027, 3, 18)
DAY2 = dt.date(2027, 3, 19)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def people(seminar):
    make_training_provider(seminar)
    return [
        ParticipantFactory(
            seminar=seminar,
            first_name="Claire",
            last_name="Guillou",
            organisation="Préfecture d'Ille-et-Vilaine",
        ),
        ParticipantFactory(
            seminar=seminar, first_name="Yann", last_name="Le Goff", organisation="Ouest-France"
        ),
        ParticipantFactory(
            seminar=seminar, first_name="Sophie", last_name="Bernard", organisation="CHU de Rennes"
        ),
    ]


def test_training_programme_states_objectives_audience_duration_and_methods(seminar):
    seminar.experts.add(UserFactory(role="expert", first_name="Julien", last_name="Damon"))
    text = _flat(pdf_text(render_training_programme_pdf(seminar)))
    for expected in [
        "Programme de formation",
        seminar.title,
        "ACTION DE FORMATION",
        "9 h 30 de formation sur 2 jours",
        "Jour 1 — après-midi : 2 h",
        "Publics visés",
        "journalistes",
        "Prérequis",
        "Aucun prérequis",
        "Objectifs pédagogiques",
        "Apprendre et s'étonner",
        "Méthodes pédagogiques",
        "Observation en situation réelle de travail",
        "Échange avec l'agent tuteur",
        "Analyse partagée animée par un expert",
        "Modalités d'évaluation",
        "feuilles d'émargement signées par demi-journée",
        "Julien Damon",
        "16:30 – 18:00",
        "facultatif, hors durée de formation",
    ]:
        assert expected in text, expected


def test_blank_sheet_lists_every_name_with_an_empty_signature_cell(seminar, people):
    text = _flat(
        pdf_text(
            render_attendance_sheet_pdf(seminar, get_half_day(seminar, "J2-matin"), blank=True)
        )
    )
    assert "Feuille d'émargement" in text
    assert "Vendredi 19 mars 2027, matin" in text
    assert "08:30 – 11:30" in text and "durée 3 h" in text
    for name in ["GUILLOU Claire", "LE GOFF Yann", "BERNARD Sophie"]:
        assert name in text
    assert "Le responsable de la formation atteste" in text
    assert "pour une signature à la main" in text
    assert "Absent" not in text


def test_signed_sheet_shows_who_signed_how_and_when(seminar, organizer, people):
    claire, yann, sophie = people
    with frozen_clock(at_paris(DAY2, "08:41")):
        services.sign_attendance(
            actor=organizer,
            participant=claire,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    with frozen_clock(at_paris(DAY2, "11:30")):
        services.record_paper_attendance(
            actor=organizer, seminar=seminar, half_day="J2-matin", participants=[yann]
        )
    with frozen_clock(at_paris(DAY2, "11:31")):
        services.certify_attendance_sheet(
            actor=organizer,
            seminar=seminar,
            half_day="J2-matin",
            image=signature_png(variant=1),
        )
    content = render_attendance_sheet_pdf(seminar, get_half_day(seminar, "J2-matin"), blank=False)
    assert_tagged_pdf(content, title="Feuille d'émargement — Jour 2 — matin")
    text = _flat(pdf_text(content))
    assert "Tracé à l'écran 19/03/2027 08:41:00" in text
    assert "Présent — feuille papier Feuille papier 19/03/2027 11:30:00" in text
    assert "BERNARD Sophie" in text and "Absent(e) — non émargé" in text
    assert "2 signature(s) sur 3 participant(s) attendu(s)" in text
    assert organizer.get_full_name() in text and "Organisateur" in text
    assert pdf_images(content) == 2  # the two drawn signatures are embedded


def test_certificate_counts_the_hours_actually_attended(seminar, organizer, people):
    claire = people[0]
    save_training_provider(
        actor=organizer,
        seminar=seminar,
        name="Institut des services publics",
        declaration_number="53350000035",
        representative_name="Sylvain Lemoine",
        representative_title="Directeur",
    )
    with frozen_clock(at_paris(DAY1, "16:05")):
        services.sign_attendance(
            actor=organizer,
            participant=claire,
            half_day="J1-apres-midi",
            image=signature_png(),
            place="kiosk",
        )
    with frozen_clock(at_paris(DAY2, "08:35")):
        services.sign_attendance(
            actor=organizer,
            participant=claire,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    certificate = certificate_for(claire)
    assert (certificate.hours_attended, certificate.hours_planned) == ("5 h", "9 h 30")
    content = render_certificate_pdf(claire)
    assert_tagged_pdf(content, title="Certificat de réalisation — Claire")
    text = _flat(pdf_text(content))
    for expected in [
        "CERTIFICAT DE RÉALISATION",
        "Je soussigné(e) Sylvain Lemoine, Directeur",
        "Institut des services publics (déclaration d'activité n° 53350000035)",
        "Claire GUILLOU",
        "Préfecture d'Ille-et-Vilaine",
        f"a suivi l'action « {seminar.title} »",
        "X action de formation",
        "bilan de compétences",
        "du jeudi 18 mars 2027 au vendredi 19 mars 2027, à Rennes, pour une durée de 9 h 30",
        "5 h réalisées sur 9 h 30 prévues",
        "soit 2 demi-journées émargées sur 3",
        "Fait à Rennes",
        "Cachet et signature du responsable",
    ]:
        assert expected in text, expected
    assert text.count("présent(e)") == 2 and text.count("absent(e)") == 1


def test_no_certificate_for_someone_who_attended_nothing(seminar, people):
    assert certificate_for(people[1]) is None
    with pytest.raises(NoAttendance):
        render_certificate_pdf(people[1])


def test_zip_holds_one_certificate_per_participant_who_attended(seminar, organizer, people):
    services.record_paper_attendance(
        actor=organizer, seminar=seminar, half_day="J2-apres-midi", participants=people[:2]
    )
    with zipfile.ZipFile(io.BytesIO(render_certificates_zip(seminar))) as archive:
        names = sorted(archive.namelist())
        assert len(names) == 2
        assert names[0].startswith("certificat-realisation-guillou-claire")
        text = _flat(pdf_text(archive.read(names[1])))
    assert "4 h 30 réalisées sur 9 h 30 prévues" in text


def test_participant_downloads_only_their_own_certificate_once_the_seminar_is_over(
    client, seminar, organizer, people
):
    from django.urls import reverse

    from immersion.seminars.models import Seminar, SeminarStatus

    claire, yann, _sophie = people
    for person in (claire, yann):
        person.user = UserFactory(role="participant", email=f"{person.first_name}@example.fr")
        person.save(update_fields=["user"])
    with frozen_clock(at_paris(DAY2, "08:35")):
        services.sign_attendance(
            actor=organizer,
            participant=claire,
            half_day="J2-matin",
            image=signature_png(),
            place="kiosk",
        )
    mine = reverse("participant:certificate_pdf", args=[claire.pk])
    dashboard = reverse("participant:dashboard", args=[claire.pk])
    client.force_login(claire.user)
    # During the seminar: no certificate yet, no link.
    Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.RUNNING)
    with frozen_clock(at_paris(DAY2, "18:00")):
        client.force_login(claire.user)  # a session idle since the morning has expired
        assert client.get(mine).status_code == 404
        assert "certificat de réalisation" not in client.get(dashboard).content.decode()
    # The day after the last day: the link, and the PDF in her name.
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=1), "09:00")):
        client.force_login(claire.user)  # the next morning: signed in again
        assert "Télécharger mon certificat de réalisation" in client.get(dashboard).content.decode()
        response = client.get(mine)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert 'filename="certificat-realisation-guillou-claire-' in response["Content-Disposition"]
    assert_tagged_pdf(response.content, title="Certificat de réalisation — Claire")
    assert "Claire GUILLOU" in _flat(pdf_text(response.content))
    # Closed: still hers; never somebody else's.
    Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.CLOSED)
    assert client.get(mine).status_code == 200
    assert client.get(reverse("participant:certificate_pdf", args=[yann.pk])).status_code == 404
    # Yann attended nothing: no certificate for him either.
    client.force_login(yann.user)
    assert client.get(reverse("participant:certificate_pdf", args=[yann.pk])).status_code == 404
    assert client.get(mine).status_code == 404
