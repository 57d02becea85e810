"""Signing pages under /emargement/: the participant's own phone, and the kiosk."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from immersion.attendance.models import Signature
from immersion.common.models import AuditEntry
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    UserFactory,
    at_paris,
    frozen_clock,
    signature_png,
)

pytestmark = pytest.mark.django_db

DAY1 = dt.date(2027, 3, 18)
DAY2 = dt.date(2027, 3, 19)


def with_account(participant):
    user = UserFactory(role="participant", email=participant.email)
    participant.user = user
    participant.save(update_fields=["user"])
    return user


@pytest.fixture
def claire(seminar):
    return ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")


@pytest.fixture
def yann(seminar):
    return ParticipantFactory(seminar=seminar, first_name="Yann", last_name="Le Goff")


def sign_url(participant, code="J2-matin"):
    return reverse("attendance:sign", args=[participant.pk, code])


def kiosk_url(seminar, code="J2-matin"):
    return reverse("attendance:kiosk", args=[seminar.pk, code])


# --- The participant's own phone -------------------------------------------------------------


def test_participant_sees_their_half_days_and_signs_todays_by_drawing(client, claire):
    client.force_login(with_account(claire))
    with frozen_clock(at_paris(DAY2, "08:40")):
        content = page(client.get(reverse("attendance:mine")))
        assert "Jour 1 — après-midi" in content and "Jour 2 — après-midi" in content
        assert sign_url(claire) in content
        assert sign_url(claire, "J1-apres-midi") not in content  # yesterday: closed
        form_page = page(client.get(sign_url(claire)))
        assert "Signer à l'écran" in form_page and "Recevoir un code" in form_page
        response = client.post(sign_url(claire), {"action": "draw", "image": signature_png()})
    assert response.status_code == 302 and response.url == reverse("attendance:mine")
    signature = Signature.objects.get()
    assert (signature.participant, signature.half_day, signature.place) == (
        claire,
        "J2-matin",
        "own_device",
    )
    with frozen_clock(at_paris(DAY2, "08:45")):
        content = page(client.get(reverse("attendance:mine"), follow=True))
    assert "Émargé le 19 mars à 08:40" in content


def test_participant_cannot_reach_someone_elses_signature(client, claire, yann):
    client.force_login(with_account(claire))
    with frozen_clock(at_paris(DAY2)):
        assert client.get(sign_url(yann)).status_code == 404
        response = client.post(sign_url(yann), {"action": "draw", "image": signature_png()})
    assert response.status_code == 404
    assert not Signature.objects.exists()


def test_participant_cannot_open_the_kiosk(client, seminar, claire):
    client.force_login(with_account(claire))
    assert client.get(kiosk_url(seminar)).status_code == 404
    assert client.get(reverse("attendance:kiosk_home", args=[seminar.pk])).status_code == 404


def test_participant_cannot_sign_before_the_day(client, claire):
    client.force_login(with_account(claire))
    with frozen_clock(at_paris(DAY1, "17:00")):
        content = page(client.get(sign_url(claire)))
        assert "ne peut être signée que le vendredi 19 mars 2027" in content
        response = client.post(sign_url(claire), {"action": "draw", "image": signature_png()})
    assert "ne peut être signée que le vendredi 19 mars 2027" in page(response)
    assert not Signature.objects.exists()


def test_empty_drawing_is_refused_with_a_french_message(client, claire):
    client.force_login(with_account(claire))
    with frozen_clock(at_paris(DAY2)):
        response = client.post(
            sign_url(claire), {"action": "draw", "image": signature_png(ink=False)}
        )
    assert "La signature est vide : signez dans le cadre." in page(response)


def test_participant_signs_with_a_code_received_by_email(
    client, claire, django_capture_on_commit_callbacks
):
    client.force_login(with_account(claire))
    with frozen_clock(at_paris(DAY2, "13:05")):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                sign_url(claire, "J2-apres-midi"), {"action": "send_code"}, follow=True
            )
        content = page(response)
        assert "Un code à 6 chiffres vient d'être envoyé à p•••@example.fr" in content
        assert "Code reçu par e-mail" in content
        code = re.search(r"\b(\d{6})\b", mail.outbox[0].body).group(1)
        wrong = "000000" if code != "000000" else "111111"
        response = client.post(sign_url(claire, "J2-apres-midi"), {"action": "code", "code": wrong})
        assert "Code incorrect. Il vous reste 4 essai(s)." in page(response)
        response = client.post(sign_url(claire, "J2-apres-midi"), {"action": "code", "code": code})
    assert response.status_code == 302
    assert Signature.objects.get().method == "code"


def test_anonymous_visitor_is_sent_to_sign_in(client, claire):
    response = client.get(sign_url(claire))
    assert response.status_code == 302 and response.url.startswith(reverse("public:login"))


# --- Kiosk mode on the organizer's tablet ----------------------------------------------------


def test_kiosk_lists_the_names_and_a_participant_signs_by_tapping_theirs(
    organizer_client, seminar, claire, yann
):
    with frozen_clock(at_paris(DAY2, "08:35")):
        home = page(organizer_client.get(reverse("attendance:kiosk_home", args=[seminar.pk])))
        assert "Ouvrir l'émargement d'aujourd'hui : Jour 2 — matin" in home
        content = page(organizer_client.get(kiosk_url(seminar)))
        assert "GUILLOU" in content and "LE GOFF" in content and "0 / 2 émargés" in content
        kiosk_sign = reverse("attendance:kiosk_sign", args=[seminar.pk, "J2-matin", claire.pk])
        assert kiosk_sign in content
        response = organizer_client.post(kiosk_sign, {"action": "draw", "image": signature_png()})
        assert response.status_code == 302 and response.url == kiosk_url(seminar)
        content = page(organizer_client.get(kiosk_url(seminar)))
    assert "Merci, Claire Guillou : votre présence est enregistrée (Jour 2 — matin)." in content
    assert "1 / 2 émargés" in content and "Émargé à 08:35" in content
    assert Signature.objects.get().place == "kiosk"


def test_the_kiosk_sheet_leaves_the_drawn_signatures_in_the_database(
    organizer_client, seminar, claire, yann
):
    """A large seminar's sheet would read megabytes of images it does not show."""
    with frozen_clock(at_paris(DAY2, "08:35")):
        for person in (claire, yann):
            organizer_client.post(
                reverse("attendance:kiosk_sign", args=[seminar.pk, "J2-matin", person.pk]),
                {"action": "draw", "image": signature_png()},
            )
        with CaptureQueriesContext(connection) as queries:
            content = page(organizer_client.get(kiosk_url(seminar)))
    assert "2 / 2 émargés" in content and "data:image/png" not in content
    reads = [
        q["sql"] for q in queries.captured_queries if 'FROM "attendance_signature"' in q["sql"]
    ]
    assert reads and all('"attendance_signature"."image"' not in sql for sql in reads)
    assert Signature.objects.exclude(image="").count() == 2  # still stored, for the PDF sheet


def test_person_in_charge_signs_the_sheet_on_the_kiosk(
    organizer_client, organizer, seminar, claire
):
    url = reverse("attendance:kiosk_certify", args=[seminar.pk, "J2-matin"])
    with frozen_clock(at_paris(DAY2, "11:32")):
        assert "Signature du responsable de la formation" in page(organizer_client.get(url))
        response = organizer_client.post(url, {"image": signature_png()})
        assert response.status_code == 302
        content = page(organizer_client.get(kiosk_url(seminar)))
    assert f"Signée par {organizer.get_full_name()} à 11:32." in content


def test_the_seminars_expert_runs_the_kiosk_but_cannot_override_the_day(client, seminar, claire):
    expert = UserFactory(role="expert")
    seminar.experts.add(expert)
    client.force_login(expert)
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=2))):
        content = page(client.get(kiosk_url(seminar)))
        assert "Feuille fermée aujourd'hui" in content and "dérogation" not in content
        assert client.post(kiosk_url(seminar), {"override": "on"}).status_code == 404


def test_organizer_overrides_the_day_and_the_override_is_logged(organizer_client, seminar, claire):
    with frozen_clock(at_paris(DAY2 + dt.timedelta(days=2))):
        content = page(organizer_client.get(kiosk_url(seminar)))
        kiosk_sign = reverse("attendance:kiosk_sign", args=[seminar.pk, "J2-matin", claire.pk])
        assert kiosk_sign not in content
        organizer_client.post(kiosk_url(seminar), {"override": "on"})
        content = page(organizer_client.get(kiosk_url(seminar)))
        assert "Dérogation active" in content and kiosk_sign in content
        organizer_client.post(kiosk_sign, {"action": "draw", "image": signature_png()})
    assert Signature.objects.get().out_of_day
    assert AuditEntry.objects.filter(action="attendance.override_day").exists()


@pytest.mark.parametrize("role", ["tutor", "site_coordinator", "participant", "expert"])
def test_other_roles_cannot_open_the_kiosk(client, seminar, role):
    client.force_login(UserFactory(role=role))
    assert client.get(kiosk_url(seminar)).status_code in (403, 404)


def test_organizer_of_another_seminar_gets_a_404_on_the_kiosk(client, seminar, claire):
    client.force_login(UserFactory(role="organizer"))
    assert client.get(kiosk_url(seminar)).status_code == 404
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    kiosk_sign = reverse("attendance:kiosk_sign", args=[other.pk, "J2-matin", claire.pk])
    assert client.post(kiosk_sign, {"action": "draw"}).status_code == 404


def test_kiosk_of_my_seminar_cannot_sign_a_participant_of_another(organizer_client, seminar):
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    stranger = ParticipantFactory(seminar=other)
    kiosk_sign = reverse("attendance:kiosk_sign", args=[seminar.pk, "J2-matin", stranger.pk])
    with frozen_clock(at_paris(DAY2)):
        assert organizer_client.get(kiosk_sign).status_code == 404
