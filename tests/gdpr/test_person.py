import json

import pytest

from immersion.accounts.models import User
from immersion.common.models import AuditEntry
from immersion.gdpr.person import erase_person, erasure_consequences, export_person, find_person
from immersion.people.models import Participant
from immersion.sites.models import Tutor
from tests.conftest import page
from tests.factories import UserFactory, make_journey, make_tutor_account
from tests.gdpr.helpers import add_guest_and_application, add_personal_traces, rows_containing
from tests.pdfs import assert_tagged_pdf, pdf_text


@pytest.fixture
def journey(db):
    journey = make_journey(sign=True)
    add_personal_traces(journey.helene)
    add_personal_traces(journey.paul)
    add_guest_and_application(journey.seminar, journey.helene)
    return journey


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(admin=True))
    return client


def test_export_holds_the_person_and_no_one_else(journey):
    export = export_person(find_person("Helene.Marchand@example.fr "))
    text = json.dumps(export, ensure_ascii=False)
    assert export["participations"][0]["email"] == "helene.marchand@example.fr"
    assert export["participations"][0]["phone"] == "06 12 34 56 78"
    assert len(export["comptes"]) == 1
    assert export["engagements_signes"] and export["emargements"] and export["courriels"]
    assert export["immersion_inversee_offres"]
    assert "Rouxel" not in text and "paul.rouxel" not in text
    assert "Gaëlle" not in text  # a guest of the same seminar
    # Secrets are named, never copied.
    assert export["emargements"][0]["image"] == "[non exporté]"
    assert "empreinte" not in text


def test_erasure_leaves_no_trace_of_the_person(journey):
    tutor_user = make_tutor_account(journey.caf_tutor)  # sandrine.lebihan@caf.example.fr
    counts = erase_person(actor=None, email="sandrine.lebihan@caf.example.fr")
    assert counts["tutors"] == 1 and counts["accounts"] == 1
    assert not User.objects.filter(pk=tutor_user.pk).exists()
    assert Tutor.objects.get(pk=journey.caf_tutor.pk).email == ""

    helene_pk = journey.helene.pk
    erase_person(actor=None, email="helene.marchand@example.fr")
    for needle in ("Marchand", "helene.marchand", "Sandrine", "Le Bihan", "lebihan"):
        assert rows_containing(needle) == [], needle
    # The others are untouched; the notes' owner row stays, anonymous.
    assert Participant.objects.get(pk=journey.paul.pk).email == "paul.rouxel@example.fr"
    assert Participant.objects.get(pk=helene_pk).full_name == "Personne anonymisée"
    entry = AuditEntry.objects.filter(action="person.erase").order_by("pk").last()
    assert entry.data["participants"] == 1
    assert "helene" not in json.dumps(entry.data)


def test_consequences_say_certificates_open_seminar_and_notes(journey):
    lines = " ".join(erasure_consequences(find_person("helene.marchand@example.fr")))
    assert "attestations de présence déjà délivrées" in lines
    assert "n'est pas clos" in lines and "désistée" in lines
    assert "affectations publiées" in lines
    assert "1 compte sera supprimé" in lines


def test_erasure_withdraws_from_a_seminar_not_closed(journey):
    erase_person(actor=None, email="helene.marchand@example.fr")
    assert Participant.objects.get(pk=journey.helene.pk).withdrawn_at is not None


def test_an_unknown_address_finds_nothing(db):
    person = find_person("personne@example.fr")
    assert not person.found
    assert erase_person(actor=None, email="personne@example.fr") == {}


def test_pages_search_export_and_erase_with_a_confirmation(journey, admin_client):
    response = admin_client.get("/organisation/donnees-personnelles/")
    assert response.status_code == 200
    response = admin_client.post(
        "/organisation/donnees-personnelles/", {"email": "helene.marchand@example.fr"}
    )
    text = page(response)
    assert "Hélène Marchand" in text and "Participations aux séminaires" in text

    response = admin_client.post(
        "/organisation/donnees-personnelles/export.json", {"email": "helene.marchand@example.fr"}
    )
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content)["participations"][0]["last_name"] == "Marchand"

    response = admin_client.post(
        "/organisation/donnees-personnelles/export.pdf", {"email": "helene.marchand@example.fr"}
    )
    assert response["Content-Type"] == "application/pdf"
    assert "Marchand" in pdf_text(response.content)
    assert_tagged_pdf(response.content)

    response = admin_client.post(
        "/organisation/donnees-personnelles/effacer/", {"email": "helene.marchand@example.fr"}
    )
    text = page(response)
    assert "Ce qui va se passer" in text and "attestations de présence" in text
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "Marchand"  # not yet

    response = admin_client.post(
        "/organisation/donnees-personnelles/effacer/",
        {"email": "helene.marchand@example.fr", "confirme": "oui"},
        follow=True,
    )
    assert "ont été effacées" in page(response)
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "anonymisée"


def test_bad_address_is_refused_with_a_message(admin_client, db):
    response = admin_client.post(
        "/organisation/donnees-personnelles/", {"email": "pas-une-adresse"}
    )
    assert "Saisissez une adresse de courriel valide" in page(response)


def test_only_platform_admins_reach_access_and_erasure(journey, client):
    client.force_login(journey.organizer)
    assert client.get("/organisation/donnees-personnelles/").status_code == 403
    response = client.post(
        "/organisation/donnees-personnelles/effacer/",
        {"email": "helene.marchand@example.fr", "confirme": "oui"},
    )
    assert response.status_code == 403
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "Marchand"
