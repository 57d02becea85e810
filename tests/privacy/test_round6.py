"""Sixth round on identifiers, dates of birth and addresses (issue 8): values as people type
or dictate them on a phone. Every value is invented here (and needs no valid key)."""

from __future__ import annotations

import time

import pytest

from tests.privacy.conftest import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value typed on a phone runs onto the next line
        ("numero secu 2 85 03\n35 238 042 17", [("NIR", "2 85 03\n35 238 042 17")]),
        ("Tel : 06 12 34\n56 78", [("TELEPHONE", "06 12 34\n56 78")]),
        ("tel 02.99.\n12.34.56 ok", [("TELEPHONE", "02.99.\n12.34.56")]),
        (
            "rib : FR76 3000 6000 0112\n3456 7890 189",
            [("IBAN", "FR76 3000 6000 0112\n3456 7890 189")],
        ),
    ],
)
def test_a_value_split_over_two_lines(redactor, text, expected):
    assert found(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sécu: 1850335238042 clé 17", "1850335238042 clé 17"),
        ("n° 2 85 03 35 238 042 (clé 17)", "2 85 03 35 238 042 (clé 17)"),
    ],
)
def test_a_nir_key_after_cle(redactor, text, value):
    assert found(redactor, text) == [("NIR", value)]


def test_a_nir_dictated_in_words_is_a_nir(redactor):
    text = "sécu : un huit cinq zéro trois trois cinq deux trois huit zéro quatre deux un sept"
    assert [label for label, _ in found(redactor, text)] == ["NIR"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tél. - 6 12 34 56 78", "6 12 34 56 78"),  # the leading 0 forgotten
        ("tel 06123456789", "06123456789"),  # one digit too many
        ("portable 06 12 34 56 78 9 ok", "06 12 34 56 78 9"),
    ],
)
def test_a_phone_number_mistyped_after_its_cue(redactor, text, value):
    assert found(redactor, text) == [("TELEPHONE", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("email: jdupont chez orange point fr", "jdupont chez orange point fr"),
        ("Adresse mail - kevin.lf35 chez gmail.com", "kevin.lf35 chez gmail.com"),
        (
            "mail : M.A.R.I.E. point D. arobase free point fr",
            "M.A.R.I.E. point D. arobase free point fr",
        ),
        (
            "J comme Jean, D comme Denis, U, P, O, N, T arobase gmail point com",
            "J comme Jean, D comme Denis, U, P, O, N, T arobase gmail point com",
        ),
        ("mail : marieDURAND@ gmail .com merci", "marieDURAND@ gmail .com"),
        ("mail LOUIS.K @ GMAIL . COM merci", "LOUIS.K @ GMAIL . COM"),
    ],
)
def test_an_email_spelt_or_with_chez(redactor, text, value):
    assert found(redactor, text) == [("EMAIL", value)]


@pytest.mark.parametrize(
    "text", ["je passe chez Orange point relais", "il va chez free. Pas de mail"]
)
def test_chez_a_provider_alone_is_not_an_email(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iban fr76 3000 6000 0112 3456 7890 1 89", "fr76 3000 6000 0112 3456 7890 1 89"),
        ("IBAN : FR 76 3000 6000 0112 3456 7890 189", "FR 76 3000 6000 0112 3456 7890 189"),
    ],
)
def test_an_iban_with_its_country_apart_or_its_last_group_split(redactor, text, value):
    assert found(redactor, text) == [("IBAN", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Id FT : 5 102 877 X. ok", "5 102 877 X"),
        ("il le dit chiffre par chiffre : 2 8 7 0 1 1 4 S", "2 8 7 0 1 1 4 S"),
        (
            "identifiant pôle emploi : un deux trois quatre cinq six sept A",
            "un deux trois quatre cinq six sept A",
        ),
    ],
)
def test_a_france_travail_identifier_however_grouped(redactor, text, value):
    assert found(redactor, text) == [("ID_FRANCE_TRAVAIL", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("« 4587123 » c'est son numéro d'alloc", "4587123"),
        ("il donne 458 71 23 (n° Caf) puis part", "458 71 23"),
    ],
)
def test_a_caf_number_before_its_cue(redactor, text, value):
    assert found(redactor, text) == [("N_ALLOCATAIRE", value)]


def test_a_number_before_a_full_stop_is_not_taken_by_the_next_sentences_cue(redactor):
    text = "réf locataire AH-0045781. Elle donne son num alloc de tête."
    assert found(redactor, text) == [("IDENTIFIANT", "AH-0045781")]


@pytest.mark.parametrize(
    "text",
    [
        "offre n° 2025-123456 vue sur le site",
        "réf offre 2025-123456, il postule",
        "l'offre d'emploi n° 178QX4RT7 est pourvue",
    ],
)
def test_a_job_offer_reference_stays(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("plaque : AB - 123 - CD", "AB - 123 - CD"), ("ab - 123 - cd ok", "ab - 123 - cd")],
)
def test_a_plate_with_spaced_dashes(redactor, text, value):
    assert found(redactor, text) == [("IMMATRICULATION", value)]


def test_spaced_dashes_between_numbers_are_not_a_plate(redactor):
    assert found(redactor, "score de 14 - 123 - 15") == []


@pytest.mark.parametrize(
    ("text", "value"), [("DDN 03/82", "03/82"), ("née en 03.1982, rdv 14h", "03.1982")]
)
def test_a_month_and_year_of_birth(redactor, text, value):
    assert found(redactor, text) == [("DATE_NAISSANCE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "date de naissance 12.03.75 et rdv le 03/12",  # the appointment stays
        "DDN 07/65 - 33 ans",  # not a date 07/65/33
        "né le 03 / 06 / 1970 - 37 min",  # not a phone number
    ],
)
def test_what_follows_a_date_of_birth_stays(redactor, text):
    assert [label for label, _ in found(redactor, text)] == ["DATE_NAISSANCE"]
    assert "03/12" in text or "33 ans" in text or "37 min" in text


@pytest.mark.parametrize(
    "text", ["adresse 130 rue de la Paix\nbureau 7", "adresse 162 allée mozart\nticket 106"]
)
def test_an_address_stops_at_the_end_of_its_line(redactor, text):
    assert found(redactor, text) == [("ADRESSE", text.split("adresse ")[1].split("\n")[0])]


def test_a_word_after_a_glued_iban_is_not_its_last_group(redactor):
    text = "Numéro : FR7962771246309485554542407 RSA de 536 €"
    assert found(redactor, text) == [("IBAN", "FR7962771246309485554542407")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N° allocataire :\n4587123", [("N_ALLOCATAIRE", "4587123")]),
        ("- n° alloc\n- 45-87-123", [("N_ALLOCATAIRE", "45-87-123")]),
        ("passeport\n19AB44871", [("IDENTIFIANT", "19AB44871")]),
    ],
)
def test_a_value_on_the_line_after_its_field(redactor, text, expected):
    assert found(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dossier ouvert le 1-03-2024 à 14h",
        "Caf : rdv le 12-03-2024",
        "dossier traité.\n1234567 visiteurs",
    ],
)
def test_a_date_or_a_count_after_a_cue_stays(redactor, text):
    assert found(redactor, text) == []


def test_an_old_plate_typed_in_lowercase_after_its_cue(redactor):
    assert found(redactor, "vieille voiture, plaque 4478 xy 35 ok") == [
        ("IMMATRICULATION", "4478 xy 35")
    ]


@pytest.mark.parametrize(
    "text", ["voiture garée à 12 km 35 min", "sa voiture a 120 000 km", "voiture 2 et 35 ans"]
)
def test_a_distance_or_an_age_after_a_vehicle_stays(redactor, text):
    assert found(redactor, text) == []


def test_a_long_run_of_letters_is_scanned_quickly(redactor):
    from immersion.privacy.detectors import email

    text = "a b c d e f g h " * 400 + "arobase"
    started = time.perf_counter()
    assert email.detect(text) == []
    assert time.perf_counter() - started < 0.5


def test_the_day_said_after_the_year_of_birth(redactor):
    # one date said in two pieces is one value (thirty-sixth round: "non 74, le 20 février")
    assert found(redactor, "né en 1975, le 12 mars, à Brest") == [
        ("DATE_NAISSANCE", "1975, le 12 mars"),
    ]


def test_a_date_in_the_next_sentence_stays(redactor):
    assert found(redactor, "né en 1975. Le 12 mars il vient") == [("DATE_NAISSANCE", "1975")]
