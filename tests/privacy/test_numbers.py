"""NIR, IBAN, phones, e-mails, plates, Caf and France Travail numbers."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors.nir import has_valid_key
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    "nir",
    [
        "2 63 05 56 814 185 70",
        "263055681418570",
        "2.63.05.56.814.185.70",
        "2630556814185 70",
        "1 42 02 2A 429 072 86",
        "1 79 04 2B 697 545 04",
    ],
)
def test_nir_in_every_layout_is_redacted(redactor, nir):
    text = f"Elle dicte son numéro de sécu : {nir}, au guichet 3."
    assert found(redactor, text) == [("NIR", nir)]
    assert redacted(redactor, text) == "Elle dicte son numéro de sécu : [NIR], au guichet 3."


def test_nir_keys_are_checked_for_corsica():
    assert has_valid_key("1 42 02 2A 429 072 86")
    assert has_valid_key("179042B69754504")
    assert not has_valid_key("1 42 02 2A 429 072 87")


def test_nir_with_wrong_key_is_still_redacted(redactor):
    text = "NIR saisi 2 99 08 2A 041 986 64 refusé : clé fausse."
    assert not has_valid_key("2 99 08 2A 041 986 64")
    assert ("NIR", "2 99 08 2A 041 986 64") in found(redactor, text)


def test_nir_without_key_is_redacted(redactor):
    assert found(redactor, "numéro 1 84 05 35 238 127 sans la clé") == [
        ("NIR", "1 84 05 35 238 127")
    ]


@pytest.mark.parametrize(
    "iban",
    [
        "FR14 2004 1010 0505 0001 3M02 606",
        "FR1420041010050500013M02606",
        "FR25 1555 1922 0664 1935 0650 092",
        "NL91 ABNA 0417 1643 00",
        "DE89 3704 0044 0532 0130 00",
    ],
)
def test_valid_iban_is_redacted(redactor, iban):
    text = f"RIB donné : {iban}. Commission le 15."
    assert found(redactor, text) == [("IBAN", iban)]


def test_french_iban_with_a_typo_is_still_redacted(redactor):
    assert found(redactor, "IBAN FR76 3000 4028 3798 7654 3210 943 donné") == [
        ("IBAN", "FR76 3000 4028 3798 7654 3210 943")
    ]


def test_iban_does_not_swallow_the_next_word_in_capitals(redactor):
    text = "IBAN FR14 2004 1010 0505 0001 3M02 606 CAF à vérifier"
    assert found(redactor, text) == [("IBAN", "FR14 2004 1010 0505 0001 3M02 606")]


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "06-12-34-56-78",
        "02 98 44 17 62",
        "+33 6 12 34 56 78",
        "+33 (0)2 98 45 12 12",
        "0033 7 45 12 98 36",
        "+336 12 34 56 78",
    ],
)
def test_phone_numbers_are_redacted(redactor, phone):
    text = f"Rappel demandé au {phone} avant 17h."
    assert found(redactor, text) == [("TELEPHONE", phone)]
    assert redacted(redactor, text) == "Rappel demandé au [TÉLÉPHONE] avant 17h."


@pytest.mark.parametrize("phone", ["06 12 34 56 7", "06.12.34.56.789"])
def test_phone_number_with_a_typo_is_still_redacted(redactor, phone):
    assert found(redactor, f"Rappel au {phone} demain.") == [("TELEPHONE", phone)]


def test_nir_short_of_a_digit_is_redacted_whole(redactor):
    text = "NIR noté 2 63 05 56 814 185 7 sur la fiche."
    assert found(redactor, text) == [("NIR", "2 63 05 56 814 185 7")]


def test_service_numbers_are_not_phones(redactor):
    text = "Elle a appelé le 3646 puis le 115 ; le 15 a envoyé le SAMU. Le 3949 aussi."
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    "email",
    [
        "k.benali75@gmail.com",
        "jeanne.k@free.fr",
        "le-goff_a+caf@orange.fr",
        "X.Y@cpam29.ameli.fr",
        "lea.dubois29 @ gmail.com",
        "lea.dubois29 arobase gmail.com",
    ],
)
def test_email_addresses_are_redacted(redactor, email):
    text = f"Mail : {email}. Envoi immédiat."
    assert found(redactor, text) == [("EMAIL", email)]


@pytest.mark.parametrize("plate", ["FG-482-KL", "AB 123 CD", "AB123CD", "245 ABC 29", "1234 XY 35"])
def test_licence_plates_are_redacted(redactor, plate):
    assert found(redactor, f"Voiture garée devant : {plate}.") == [("IMMATRICULATION", plate)]


def test_acronyms_between_numbers_are_not_plates(redactor):
    text = "Il touche 536 RSA 2024 et 12 APL 35 selon le tableau."
    assert all(label != "IMMATRICULATION" for label, _ in found(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "numéro allocataire : 4587123",
        "allocataire n° 1203398",
        "n° CAF 8821340",
        "Numéro CAF 0987654",
        "matricule 5543210",
        "numéro allocataire ? – « oui c'est le 2298811 »",
    ],
)
def test_caf_numbers_are_redacted_in_context(redactor, text):
    assert [label for label, _ in found(redactor, text)] == ["N_ALLOCATAIRE"]
    assert "[N_ALLOCATAIRE]" in redacted(redactor, text)


def test_seven_digits_without_context_are_kept(redactor):
    text = "Depuis 2019, 4587123 visites ont été comptées."
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("identifiant France Travail : 4521987K", "4521987K"),
        ("identifiant Pôle emploi, je donne 0456789Z", "0456789Z"),
        ("numéro d'identifiant 56781234", "56781234"),
        ("Inscription faite, identifiant 1287653D remis.", "1287653D"),
        ("il note 7812345A sur un post-it", "7812345A"),
    ],
)
def test_france_travail_identifiers_are_redacted(redactor, text, value):
    assert found(redactor, text) == [("ID_FRANCE_TRAVAIL", value)]


def test_parentheses_around_a_phone_number_stay_in_the_sentence(redactor):
    text = "M. Le Goff (06 12 34 56 78) attend ; son fixe (02) 99 12 34 56 ne répond pas."
    assert redacted(redactor, text) == (
        "M. [PERSONNE_1] ([TÉLÉPHONE]) attend ; son fixe [TÉLÉPHONE] ne répond pas."
    )
