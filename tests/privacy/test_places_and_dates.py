"""Postal addresses and dates of birth."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    "address",
    [
        "14 bis rue des Glycines, 29200 Brest",
        "6 ter rue du Stade, 29800 Landerneau",
        "27 avenue Jean Jaurès, 35000 Rennes",
        "3 allée des Tilleuls",
        "5bis av. Pasteur 35000 RENNES",
        "12 bd Émile Zola, 75011 Paris",
        "résidence Les Hortensias, bâtiment C, appartement 12",
        "Résidence du Parc, bât. D, appt 7, 35700 Rennes",
        "appartement 3, 15 rue Jules Ferry, 29100 Douarnenez",
        "lieu-dit Kerhuel, 56500 Locminé",
        "2 chemin de Kervao, 29000 Quimper",
        "11 rue Saint-Michel, 35400 Saint-Malo",
    ],
)
def test_postal_addresses_are_redacted(redactor, address):
    text = f"Adresse déclarée : {address}. Le contrôleur arrive à 10h."
    assert found(redactor, text) == [("ADRESSE", address)]
    assert redacted(redactor, text) == "Adresse déclarée : [ADRESSE]. Le contrôleur arrive à 10h."


def test_city_names_alone_are_kept(redactor):
    text = "Accueil de Saint-Brieuc, puis Rennes et Quimper ; la Caf de Brest est fermée."
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Pas de place ce soir au CHRS.",
        "Mise en place de la Commission le 15.",
        "Il repart sur place avec le contrôleur.",
        "Cours de français le mardi, chambre 4.",
    ],
)
def test_common_words_that_name_streets_are_kept(redactor, text):
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("née le 3 mars 1982, elle vient pour", "3 mars 1982"),
        ("Date de naissance : 12/03/1975.", "12/03/1975"),
        ("date de naissance (02/11/1944)", "02/11/1944"),
        ("né le 1er janvier 1950 à Brest", "1er janvier 1950"),
        ("DDN 01-02-75 d'après la fiche", "01-02-75"),
        ("ne le 21 fevrier 1970 selon lui", "21 fevrier 1970"),
        ("né(e) le 14/07/1979", "14/07/1979"),
        ("né en 1982", "1982"),
    ],
)
def test_dates_of_birth_are_redacted(redactor, text, value):
    assert found(redactor, text) == [("DATE_NAISSANCE", value)]
    assert "[DATE_NAISSANCE]" in redacted(redactor, text)


def test_other_dates_are_kept(redactor):
    text = "Rendez-vous le 12/03/2024 à 14h30, courrier du 3 mars 2023, il ne viendra pas le 5."
    assert redacted(redactor, text) == text
