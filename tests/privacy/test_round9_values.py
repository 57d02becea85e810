"""Ninth round: identifiers, plates, phone numbers and addresses missed or over-taken on the
dev part of the eighth and ninth authors' notes (independent7, independent8). Every name,
number and address here is invented for these tests."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors.address import town_end
from immersion.privacy.redactor import _substantial
from immersion.privacy.types import Label
from tests.privacy.conftest import found

# --- a short service number is no phone number


@pytest.mark.parametrize("value", ["33700", "3949", "115", "0 800 12", "116 006"])
def test_a_short_number_learned_as_a_phone_is_not_one(value):
    assert not _substantial(value, Label.TELEPHONE)


@pytest.mark.parametrize(
    "value",
    [
        "06 12 34 56 78",
        "0612345678",
        "06 12 34 56 7",
        "+33 6 12 34 56 78",
        "45 67 89",  # the end of a number, as said: still someone's
        "2184736-A",  # a Caf number the recogniser called a phone: still hidden
    ],
)
def test_a_number_learned_as_a_phone_stays_hidden(value):
    assert _substantial(value, Label.TELEPHONE)


@pytest.mark.parametrize(
    "text",
    [
        "Un SMS suspect : l'agent lui dit de le transférer au 33700 puis de le supprimer.",
        "Pour un arrêt de travail, appeler le 3646 ; pour les impôts le 0809.",
    ],
)
def test_short_service_numbers_are_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


# --- letters printed as part of a number are inside, the issuer outside


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Office HLM, n° locataire HAB 0412 377, retard de deux mois.", "HAB 0412 377"),
        ("Chez le bailleur, n° contrat LG 5521 904 à rappeler.", "LG 5521 904"),
    ],
)
def test_a_letter_prefix_belongs_to_the_number_after_a_loose_cue(rules_only, text, value):
    assert found(rules_only, text) == [("IDENTIFIANT", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Orientation reçue, référence SIAO 29-2025-UR-00412 à noter.", "29-2025-UR-00412"),
        ("Dossier MDPH 56-2023-AH-7781 toujours en cours.", "56-2023-AH-7781"),
    ],
)
def test_a_dashed_case_reference_is_whole_and_leaves_its_issuer_out(rules_only, text, value):
    assert found(rules_only, text) == [("IDENTIFIANT", value)]


def test_a_case_number_read_in_groups_keeps_its_issuer(rules_only):
    text = "Réf MDPH 29 2021 55810 dans le courrier."
    assert found(rules_only, text) == [("IDENTIFIANT", "MDPH 29 2021 55810")]


@pytest.mark.parametrize("value", ["6120348m", "4471902z"])
def test_a_france_travail_identifier_in_lowercase_is_taken_without_cue(rules_only, value):
    text = f"Retrouvé avec son nom et sa date d'entrée : {value}, noté sur un post-it."
    assert found(rules_only, text) == [("ID_FRANCE_TRAVAIL", value)]


# --- foreign plates by their shape


@pytest.mark.parametrize("value", ["BV 12 KRT", "B 123 XYZ", "TM-08-ABC", "2-FDK-318"])
def test_romanian_and_belgian_plates_without_a_close_cue(rules_only, value):
    text = f"Deux fourgons garés depuis une semaine derrière le hangar du squat : {value}."
    assert found(rules_only, text) == [("IMMATRICULATION", value)]


@pytest.mark.parametrize("text", ["RDV IS 12 MAI A 10H", "B 12 CAF", "AB 20 MIN D'ATTENTE"])
def test_capitals_that_only_look_like_a_romanian_plate(rules_only, text):
    assert [label for label, _ in found(rules_only, text)] == []


def test_a_postcode_and_a_town_are_never_a_plate():
    assert not _substantial("29880 plouguerneau point", Label.IMMATRICULATION)
    assert _substantial("fg 482 kl", Label.IMMATRICULATION)


# --- addresses: building words before the number, no word of the sentence after the name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "visite chez m. diallo bat C4 res les Tamaris 8 rue Jules Verne porte fermee",
            "bat C4 res les Tamaris 8 rue Jules Verne",
        ),
        (
            "passage chez elle apt 12 rés Les Mimosas 3 allée Paul Éluard pas de réponse",
            "apt 12 rés Les Mimosas 3 allée Paul Éluard",
        ),
        ("il habite 40 bd Victor Hugo depuis mars", "40 bd Victor Hugo"),
        ("elle habite 7 rue du vieux Moulin depuis mars", "7 rue du vieux Moulin"),
    ],
)
def test_an_address_takes_its_building_and_stops_at_the_sentence(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "dictée : il note ses coordonnées deux points 07 11 22 33 44 virgule le clos "
            "morin 29880 plouguerneau point merci",
            "le clos morin 29880 plouguerneau",
        ),
        (
            "adresse : la petite touche 35310 vern sur seiche, à rappeler",
            "la petite touche 35310 vern sur seiche",
        ),
        (
            "Elle habite chez sa soeur, La Grande Lande 44170 Nozay, depuis l'été.",
            "La Grande Lande 44170 Nozay",
        ),
    ],
)
def test_a_named_place_before_a_postcode_and_a_town_is_an_address(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


def test_a_postcode_and_a_town_alone_stay(rules_only):
    assert found(rules_only, "Elle vit à la campagne, 35310 Vern-sur-Seiche.") == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("saint gilles point", "saint gilles"),
        ("vern sur seiche, merci", "vern sur seiche"),
        ("saint jacques de la lande depuis mai", "saint jacques de la lande"),
        ("rennes madame est partie", "rennes"),
    ],
)
def test_the_end_of_a_town_after_its_postcode(text, end):
    assert text[: town_end(text, 0)] == end


def test_a_town_after_an_unaccented_a(rules_only):
    text = "elle a déménagé au 14 avenue Jean Moulin a Quimper point l'agent note"
    assert found(rules_only, text) == [("ADRESSE", "14 avenue Jean Moulin a Quimper")]


def test_an_address_after_its_cue_starts_with_the_named_farm(rules_only):
    text = "Il donne l'adresse de sa mère : la ferme du Haut Bois, 4 route de Vitré, 35500 Balazé."
    assert ("ADRESSE", "la ferme du Haut Bois, 4 route de Vitré, 35500 Balazé") in found(
        rules_only, text
    )


@pytest.mark.parametrize(
    "text", ["115 : 0 place dispo ce soir.", "Il reste 2 place libre au foyer."]
)
def test_free_places_are_no_address(rules_only, text):
    assert found(rules_only, text) == []


# --- a public office's address stays, a person's next to it does not


@pytest.mark.parametrize(
    "text",
    [
        "L'agente lui note l'adresse de l'agence France Travail sur un ticket : 5 rue de Brest.",
        "Il recopie l'adresse du CCAS pour sa voisine : 2 place de la Mairie.",
        "Orientée vers la Caf Rennes Nord, 9 boulevard de Metz, guichet 3.",
        "L'adresse de la permanence de la Cpam, c'est 17 avenue de la Gare.",
    ],
)
def test_an_office_address_given_to_a_visitor_stays(rules_only, text):
    assert [label for label, _ in found(rules_only, text)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son adresse déclarée à la Caf : 6 rue des Ormes.", "6 rue des Ormes"),
        ("L'adresse de la Caf n'est pas la sienne, il habite 3 rue du Four.", "3 rue du Four"),
        ("Sa nouvelle adresse transmise au CCAS : 11 allée des Pins.", "11 allée des Pins"),
    ],
)
def test_a_persons_address_next_to_an_office_is_redacted(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


# --- birth dates: a day and month after "né le", six digits after a cue, "DN"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bébé Noa, né le 14/2, 3,1 kg, vient pour la PAJE.", "14/2"),
        ("ddn 170385, le logiciel refuse sans les barres", "170385"),
        ("DN 08/11/79 vérifiée sur la carte Vitale", "08/11/79"),
    ],
)
def test_more_birth_date_forms_after_a_cue(redactor, text, value):
    assert ("DATE_NAISSANCE", value) in found(redactor, text)


def test_an_appointment_date_stays(redactor):
    assert found(redactor, "Prochain RDV le 14/2 à 10h, guichet 3.") == []


# --- a street without a number is a place, unless an address cue stands before


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de pension de famille, rue du Colonel Rémy, ouvrira en mai.",
        "Il travaille au snack de la place Sainte-Anne.",
        "Maraude le long du boulevard de la Liberté ce soir.",
    ],
)
def test_a_street_named_without_a_number_is_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle habite rue des Glycines depuis dix ans.", "rue des Glycines"),
        ("Adresse : avenue des Tilleuls, Saint-Brieuc", "avenue des Tilleuls, Saint-Brieuc"),
        ("4 rue du Colonel Rémy, 35000 Rennes", "4 rue du Colonel Rémy, 35000 Rennes"),
    ],
)
def test_a_street_after_an_address_cue_or_with_a_number_is_masked(redactor, text, value):
    assert ("ADRESSE", value) in found(redactor, text)


def test_an_acronym_glued_to_a_year_is_no_plate(redactor):
    assert found(redactor, "dossier CCAS2025 classé, MDPH2024 en attente") == []


def test_a_place_in_quotes_is_no_nickname(redactor):
    assert found(redactor, "L'employeur, « Résidence », rappelle demain.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Alloc n. 4471209, elle vient pour l'APL.", "4471209"),
        ("passeport no. 18CK40277", "18CK40277"),
    ],
)
def test_a_number_after_an_abbreviated_n_dot(redactor, text, value):
    assert found(redactor, text) == [("N_ALLOCATAIRE" if "Alloc" in text else "IDENTIFIANT", value)]
