"""Fourteenth round: classes of errors found on the dev part of the sixteenth author's
notes (independent15: a whole seminar's notes), each fixed by a general rule. Every name,
number and address here is invented for these tests."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pause café avec ludivine, elle était prof avant", "ludivine"),
        ("Je repars avec la recette du yassa d'Abdou, merci à lui.", "Abdou"),
    ],
)
def test_first_names_the_rules_missed(rules_only, text, value):
    assert ("PERSONNE", value) in found(rules_only, text)


def test_a_surname_with_its_elided_particle_stays_whole(rules_only):
    assert found(rules_only, "Mme d'Almeida arrive à 10h.") == [("PERSONNE", "d'Almeida")]


def test_a_lowercase_first_name_after_a_noun_is_its_adjective(rules_only):
    text = "Écran : « ROME H2913 soudage manuel »."
    assert redacted(rules_only, text) == text
    assert ("PERSONNE", "manuel") in found(rules_only, "rdv avec manuel demain")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "son CV : « né le 05/09/2004 – 7 allée de Champagne, Nantes – kevin.s04@gmail.com »",
            "7 allée de Champagne, Nantes",
        ),
        (
            "Immeuble ancien, 4 rue Voltaire, 44000 Nantes, 2e étage sans ascenseur. Locataire",
            "4 rue Voltaire, 44000 Nantes",
        ),
    ],
)
def test_where_an_address_ends(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


def test_an_identifier_dictated_in_words_with_its_spelled_letter(rules_only):
    text = "identifiant dicté : « six, un, zéro, deux, neuf, trois, quatre, K comme Kilo »."
    assert found(rules_only, text) == [
        ("ID_FRANCE_TRAVAIL", "six, un, zéro, deux, neuf, trois, quatre, K comme Kilo")
    ]
