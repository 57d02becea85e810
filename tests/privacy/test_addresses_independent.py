"""Addresses as observers copy them: flat and floor abbreviations, a city without postcode,
a lieu-dit, Breton street names; and named places that are not someone's address."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found


def addresses(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "ADRESSE"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Il habite 14 allée des Ajoncs, app. 22, 35700 Rennes.",
            "14 allée des Ajoncs, app. 22, 35700 Rennes",
        ),
        (
            "Logement 3 rue Jules Ferry, 2e droite, 29200 Brest.",
            "3 rue Jules Ferry, 2e droite, 29200 Brest",
        ),
        ("Adresse : 5 rue des Goélands, Saint-Malo.", "5 rue des Goélands, Saint-Malo"),
        ("« j'habite 11 rue du Moulin à Pacé »", "11 rue du Moulin à Pacé"),
        ("Domicile : Ker Anna, 29860 Plabennec.", "Ker Anna, 29860 Plabennec"),
        (
            "Adresse du fils : La Haute Rivière, 35590 Clayes (lieu-dit).",
            "La Haute Rivière, 35590 Clayes",
        ),
        ("Elle vit au 7 résidence des Pins, 56000 Vannes.", "7 résidence des Pins, 56000 Vannes"),
        ("Nouvelle adresse 2 straed an Iliz, 29270 Carhaix.", "2 straed an Iliz, 29270 Carhaix"),
    ],
)
def test_addresses_typed_fast(redactor, text, address):
    assert addresses(redactor, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur cite Coluche et l'abbé Pierre.",
        "Orientée vers le Foyer des Jeunes Travailleurs à Lorient.",
        "Une nuit à l'Hôtel des Voyageurs payée par le 115.",
        "Place au Samu social ce soir, 3 lits.",
    ],
)
def test_named_places_and_services_are_not_addresses(redactor, text):
    assert addresses(redactor, text) == []


def test_a_date_of_birth_corrected_right_after_is_redacted_too(redactor):
    text = "Il dit né en mai 61... non, le 4 mai 1962, pardon."
    dates = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert dates == ["mai 61", "4 mai 1962"]
