"""Fifteenth round: the towns of the whole country (GeoNames' French places of 1,000
inhabitants or more, overseas included), found missing on the dev half of the seventeenth
author's notes (independent16: outside Brittany). Every name here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy.communes import is_commune
from tests.privacy.conftest import found


@pytest.mark.parametrize(
    "town", ["Villeurbanne", "Vénissieux", "Mamoudzou", "Baie-Mahault", "Pointe-à-Pitre"]
)
def test_towns_outside_brittany_are_known(town):
    assert is_commune(town)


@pytest.mark.parametrize(
    "text",
    [
        "Accueil Caf de Villeurbanne, file d'attente jusqu'au trottoir.",
        "Maraude à Vénissieux, puis retour vers Lyon.",
        "Permanence à Mamoudzou, beaucoup de monde ce matin.",
        "Elle vient de Baie-Mahault en bus, 1 h de trajet.",
    ],
)
def test_a_town_is_no_one(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "PERSONNE"] == []


def test_a_town_that_is_also_a_word_is_left_to_the_name_rules(redactor):
    """ "Fontaine" is a town, a word and a surname: GeoNames' small places do not make it a
    town for the rules, so the surname given in quotes stays masked."""
    assert not is_commune("Fontaine")
    text = "« vous êtes Mme comment ? » - « Fontaine » - « comme la fontaine ? » - « oui »"
    assert ("PERSONNE", "Fontaine") in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Urgences de Roger Salengro (CHU de Lille), poste IAO.",
        "Urgences Émile Muller, Mulhouse. Un Suisse attend.",
        "Permanence à la mairie de Plouvenez-Quintin, une seule visiteuse.",
        "Je suis DRH de Veolia pour la région, je découvre.",
    ],
)
def test_places_and_job_titles_are_no_one(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "PERSONNE"] == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "elle épelle : « lise(point)morvan(arobase)yahoo(point)fr », l'agente note.",
            "EMAIL",
            "lise(point)morvan(arobase)yahoo(point)fr",
        ),
        (
            "la date de naissance pour le fichier : « le 7 du 11 58 ». Elle attend.",
            "DATE_NAISSANCE",
            "le 7 du 11 58",  # the quoted answer, "le" with it
        ),
        (
            "il épelle son identifiant « 3 9 0 2 7 7 1 - K comme Kilo », c'est bon.",
            "ID_FRANCE_TRAVAIL",
            "3 9 0 2 7 7 1 - K comme Kilo",
        ),
    ],
)
def test_values_typed_with_brackets_words_and_dashes(rules_only, text, label, value):
    assert (label, value) in found(rules_only, text)
