"""Tenth round (issue 8): names and terms to keep seen on the dev part of the eleventh
author's notes (independent10: documents and screens). Every name here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found

# --- after a civility, a brand's or a public figure's single word is a person's surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Courrier pour le compte de M. Paul Carrefour, qui conteste.", "Paul Carrefour"),
        ("Mme Orange attend depuis 9h.", "Orange"),
        ("Mme Kanté rappelle pour son dossier.", "Kanté"),
    ],
)
def test_a_keep_word_after_a_civility_is_a_surname(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il fait ses courses chez Carrefour le samedi.",
        "Facture Orange de 45 € impayée.",
        "M. Propre et Mr Propre sont des marques.",
        "Le dossier de la CAF est complet.",
    ],
)
def test_the_same_words_without_a_civility_are_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


# --- screen fields, job sites, labs, medicines and car models are kept


@pytest.mark.parametrize(
    "text",
    [
        "ADR : voir dossier. REMB : 70 %. BENEF : assuré.",
        "Ayants droit : aucun.",
        "Offres vues sur Indeed et Hellowork, puis Welcome to the Jungle.",
        "Prise de sang chez Cerballiance, injection de Lovenox 4000.",
        "Il traduit avec DeepL sur son téléphone.",
        "Une Renault Scénic grise garée devant.",
        "Le bailleur, la SCI Les Mimosas, réclame trois mois.",
    ],
)
def test_fields_services_and_products_are_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


# --- a nickname after "l'appelle", a name between a kin word and an age


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Au foyer, tout le monde l'appelle « Papi ».", "Papi"),
        ("Prénom Loïc, mais on l'appelle « Zidane » depuis le tournoi.", "Zidane"),
        ("Elle demande un lit pour son fils, Elouan, 4 ans.", "Elouan"),
        ("Une place pour sa fille malade, Elira, 6 ans.", "Elira"),
    ],
)
def test_nicknames_and_named_children(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_a_taxi_named_after_its_owner_is_kept_and_the_owner_masked(redactor):
    text = "Contrôle des factures de Taxi Kerbrat ; le gérant, M. Kerbrat, conteste."
    assert found(redactor, text) == [("PERSONNE", "Kerbrat")]


def test_a_day_and_month_of_birth_said_before_a_correction(redactor):
    text = "« né le 4 mai… non, le 14 mai 2004 », dit-il."
    assert [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"] == [
        "4 mai",
        "14 mai 2004",
    ]
