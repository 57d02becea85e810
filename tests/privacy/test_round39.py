"""Thirty-ninth round: what the authors of n° 150–153 wrote in their development halves — a
cue typed glued to its value in a hurry ("tel0651 22 90 83", "nir1 79…", "id7712046c",
"ippP00913377"), "arobaze" for "arobase" in an address said aloud, "double zéro" in a number
said aloud; and, from the dev halves replayed with their identifiers typed in lowercase,
other countries' plates and identity cards' numbers in lowercase. Every name and number here
is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import redacted
from tests.privacy.conftest import values as _values


def test_a_phone_number_glued_to_its_cue_is_found(redactor) -> None:
    text = "mme akter tel0651 22 90 83 n alloc 6218840 rib a changer"
    assert _values(redactor, text, "TELEPHONE") == ["0651 22 90 83"]
    assert "tel[" in redacted(redactor, text)  # the cue stays, the value goes


def test_a_nir_glued_to_its_cue_is_found(redactor) -> None:
    text = "appel mr abderrahmane nir1 79 11 99 352 279 09 né algérie nov 1979"
    assert _values(redactor, text, "NIR") == ["1 79 11 99 352 279 09"]


def test_an_identifier_glued_to_its_cue_is_found(redactor) -> None:
    text = "rappel mme kaya id7712046c pas dispo, msg laissé"
    assert "7712046c" not in redacted(redactor, text)
    text = "pt mendes ippP00913377 attente scanner 4h"
    assert "P00913377" not in redacted(redactor, text)


def test_a_word_glued_to_a_digit_is_no_cue(redactor) -> None:
    # (only the cues of an identifier, as whole words: not "hotel3", not "id2" too short)
    text = "hotel3 etoiles complet, salle2 fermée, on attend id2 ok"
    assert redacted(redactor, text) == text


def test_arobaze_is_said_for_arobase(redactor) -> None:
    text = "Mme Ivanova épelle son mail : « svetlana.ivanova1990 arobaze mail point ru ». Ok."
    assert _values(redactor, text, "EMAIL") == ["svetlana.ivanova1990 arobaze mail point ru"]
    text = "son mail c'est rachid point h59 arrobaze outlook point fr, rien de simple"
    assert _values(redactor, text, "EMAIL") == ["rachid point h59 arrobaze outlook point fr"]


def test_double_zero_in_a_number_said_aloud_is_two_zeros(redactor) -> None:
    text = "son tel : zéro six, double zéro, trente-deux, quinze, quarante. Rappel demain."
    assert _values(redactor, text, "TELEPHONE") == [
        "zéro six, double zéro, trente-deux, quinze, quarante"
    ]
    # … "double" alone is a word of the sentence
    text = "Elle est en double écoute avec deux collègues depuis six mois."
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Une Dacia immatriculée en Roumanie b 147 xhr. Attestation délivrée.", "b 147 xhr"),
        ("Ils dorment dans leur voiture, plaque bulgare ca 4721 kp.", "ca 4721 kp"),
        ("Camion immatriculé cj 45 rtm. L'éduc parle roumain.", "cj 45 rtm"),
        ("Plaques portugaises at-62-lm, il dort dans le camion.", "at-62-lm"),
        ("Voiture immatriculée en Espagne 4827 lmn, ils dorment dedans.", "4827 lmn"),
    ],
)
def test_another_country_s_plate_typed_in_lowercase_after_its_cue(redactor, text, plate) -> None:
    assert _values(redactor, text, "IMMATRICULATION") == [plate]


@pytest.mark.parametrize("text", ["voiture garée à 12 km 35 min", "voiture 2 et 35 ans"])
def test_a_unit_or_a_word_between_numbers_is_no_plate(redactor, text) -> None:
    assert redacted(redactor, text) == text


def test_an_identity_card_s_number_in_lowercase_after_its_cue(redactor) -> None:
    text = "Vérif d'identité, CNI n° x4rtbpfw4. Elle s'appelle Marie."
    assert _values(redactor, text, "IDENTIFIANT") == ["x4rtbpfw4"]


def test_a_number_s_last_letter_typed_in_lowercase_is_part_of_it(redactor) -> None:
    text = "Avis d'échéance MACIF, sociétaire n° 4 287 113 t, 214,60 €."
    assert _values(redactor, text, "IDENTIFIANT") == ["4 287 113 t"]
    # … not a word after a number: "a" the verb
    text = "Le dossier n° 4 287 113 a été transmis."
    assert "a été transmis" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # a whole sentence in capitals: the shape is taken whole, not only its end
        ("ILS DORMENT DANS LEUR VOITURE, PLAQUE BULGARE CA 4721 KP.", "CA 4721 KP"),
        # two groups of letters before the digits: a German plate
        ("SA VOITURE (OG-MK 4412, OFFENBURG) EST À LA FOURRIÈRE.", "OG-MK 4412"),
        ("sa voiture (og-mk 4412, offenburg) est à la fourrière", "og-mk 4412"),
    ],
)
def test_a_foreign_plate_in_a_sentence_typed_in_capitals_or_in_lowercase(
    redactor, text, plate
) -> None:
    assert _values(redactor, text, "IMMATRICULATION") == [plate]


def test_an_ordinal_after_a_vehicle_is_no_plate(redactor) -> None:
    text = "L'ambulancier mange un Mars dans le camion : « un Mars en mars », on est le 1er."
    assert redacted(redactor, text) == text
