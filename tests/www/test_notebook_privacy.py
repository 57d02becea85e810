"""Each kind of personal data, the keep list and the placeholders, through the notebook's views."""

import json
import uuid

import pytest
from django.urls import reverse

from immersion.observation.models import Astonishment, Situation, TutorExchange
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


@pytest.fixture
def observer(client):
    observer = make_observer(kind="caf", channel="accueil_physique")
    client.force_login(observer.user)
    return observer


def save_note(client, observer, note):
    response = client.post(
        reverse("notebook:situation_add", args=[observer.placement.pk]),
        {
            "client_id": str(uuid.uuid4()),
            "observed_at": "09:30",
            "contact_reason": "rsa",
            "note": note,
        },
    )
    assert response.status_code == 302
    return Situation.objects.latest("id")


def sync_note(client, observer, note):
    response = client.post(
        reverse("notebook:sync"),
        json.dumps(
            {
                "entries": [
                    {
                        "client_id": str(uuid.uuid4()),
                        "kind": "situation",
                        "placement": observer.placement.pk,
                        "fields": {"observed_at": "09:31", "contact_reason": "rsa", "note": note},
                    }
                ]
            }
        ),
        content_type="application/json",
    )
    assert response.json()["results"][0]["status"] == "created"
    return Situation.objects.latest("id")


CATEGORIES = [
    (
        "PERSONNE",
        "Mme Gwenaëlle Le Moal attend depuis une heure.",
        "Gwenaëlle Le Moal",
        "[PERSONNE_1]",
    ),
    (
        "NIR",
        "Il dicte son NIR 1 84 12 75 114 028 55 à voix haute.",
        "1 84 12 75 114 028 55",
        "[NIR]",
    ),
    (
        "TELEPHONE",
        "Elle laisse le 07 81 22 45 90 pour être rappelée.",
        "07 81 22 45 90",
        "[TÉLÉPHONE]",
    ),
    (
        "EMAIL",
        "Réponse envoyée à kevin.morvan@laposte.net ce matin.",
        "kevin.morvan@laposte.net",
        "[EMAIL]",
    ),
    (
        "IBAN",
        "RIB fourni : FR14 2004 1010 0505 0001 3M02 606.",
        "FR14 2004 1010 0505 0001 3M02 606",
        "[IBAN]",
    ),
    (
        "ADRESSE",
        "Il habite 4 bis allée des Tilleuls, 35700 Rennes.",
        "4 bis allée des Tilleuls",
        "[ADRESSE]",
    ),
    (
        "DATE_NAISSANCE",
        "La dame, née le 02/11/1948, demande l'ASPA.",
        "02/11/1948",
        "[DATE_NAISSANCE]",
    ),
    ("N_ALLOCATAIRE", "Numéro allocataire 3581902 retrouvé.", "3581902", "[N_ALLOCATAIRE]"),
    (
        "ID_FRANCE_TRAVAIL",
        "Son identifiant France Travail 4471203R est bloqué.",
        "4471203R",
        "[ID_FRANCE_TRAVAIL]",
    ),
    ("IMMATRICULATION", "La voiture GH-482-KL est garée devant.", "GH-482-KL", "[IMMATRICULATION]"),
]


@pytest.mark.parametrize(
    ("label", "note", "value", "placeholder"), CATEGORIES, ids=[c[0] for c in CATEGORIES]
)
@pytest.mark.parametrize("path", ["page", "sync"])
def test_each_kind_of_personal_data_is_masked_end_to_end(
    client, observer, path, label, note, value, placeholder
):
    stored = (save_note if path == "page" else sync_note)(client, observer, note)
    assert value not in stored.note
    assert placeholder in stored.note
    assert stored.redaction_summary.get(label) == 1
    page = client.get(reverse("notebook:immersion", args=[observer.placement.pk])).content.decode()
    assert value not in page


def test_the_keep_list_times_and_amounts_stay(client, observer):
    note = (
        "Appel au 3646 puis au 115 à 14h30 : la Caf verse 607,75 € de RSA et 184 € de prime "
        "d'activité ; APL coupée, dossier à la CPAM et à France Travail. Ticket 42, 3 enfants, "
        "19 ans, 25 min d'attente."
    )
    stored = save_note(client, observer, note)
    assert stored.note == note
    assert stored.redaction_summary == {}


def test_placeholders_are_numbered_consistently_within_a_note(client, observer):
    stored = save_note(
        client,
        observer,
        "Nathalie Kerleroux vient avec son fils Kylian. Mme Kerleroux explique que Kylian "
        "est malade ; l'agent, Sandrine, rappelle Nathalie Kerleroux demain.",
    )
    assert stored.note == (
        "[PERSONNE_1] vient avec son fils [PERSONNE_2]. Mme [PERSONNE_1] explique que "
        "[PERSONNE_2] est malade ; l'agent, [PERSONNE_3], rappelle [PERSONNE_1] demain."
    )


def test_a_corrected_preview_is_redacted_again_and_keeps_its_numbers(client, observer):
    preview = client.post(
        reverse("notebook:preview"), {"text": "Mme Le Goff parle à M. Diallo."}
    ).json()
    assert preview["text"] == "Mme [PERSONNE_1] parle à M. [PERSONNE_2]."
    corrected = preview["text"] + " Puis Mme Kerleroux arrive, 06 11 22 33 44."
    stored = save_note(client, observer, corrected)
    assert stored.note == (
        "Mme [PERSONNE_1] parle à M. [PERSONNE_2]. Puis Mme [PERSONNE_3] arrive, [TÉLÉPHONE]."
    )


def test_every_free_text_field_is_redacted(client, observer):
    pk = observer.placement.pk
    client.post(
        reverse("notebook:astonishment_add", args=[pk]),
        {"client_id": str(uuid.uuid4()), "text": "M. Le Goff, 06 12 34 56 78, attend debout."},
    )
    client.post(
        reverse("notebook:tutor_exchange", args=[pk]),
        {
            "client_id": str(uuid.uuid4()),
            "representativeness": "3",
            "unusual_situations": "Mme Diallo, née le 3 mars 1982.",
            "constraints": "Écrire à nathalie.kerleroux@orange.fr.",
            "interests": "Le NIR 2 75 03 35 238 127 41 était faux.",
        },
    )
    assert Astonishment.objects.get().text == "M. [PERSONNE_1], [TÉLÉPHONE], attend debout."
    exchange = TutorExchange.objects.get()
    assert exchange.unusual_situations == "Mme [PERSONNE_1], née le [DATE_NAISSANCE]."
    assert exchange.constraints == "Écrire à [EMAIL]."
    assert exchange.interests == "Le NIR [NIR] était faux."
    assert exchange.redaction_summary == {
        "DATE_NAISSANCE": 1,
        "EMAIL": 1,
        "NIR": 1,
        "PERSONNE": 1,
    }


def test_the_preview_stores_nothing_and_shows_what_was_masked(client, observer):
    response = client.post(
        reverse("notebook:preview"), {"text": "M. Le Goff, 06 12 34 56 78, RSA."}
    )
    data = response.json()
    assert data["text"] == "M. [PERSONNE_1], [TÉLÉPHONE], RSA."
    assert data["description"] == "1 nom, 1 numéro de téléphone"
    assert [s["label"] for s in data["segments"] if s["label"]] == ["PERSONNE", "TELEPHONE"]
    assert "".join(s["text"] for s in data["segments"]) == data["text"]
    assert data["spans"][0] == {"start": 3, "end": 10, "label": "PERSONNE"}
    assert not Situation.objects.exists()
