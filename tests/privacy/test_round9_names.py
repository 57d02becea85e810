"""Ninth round (issue 8): classes of errors seen on the dev parts of the eighth and ninth
authors' notes (independent7, independent8). Every name, number and address here is invented
for these tests."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted

# --- a shop, a firm or a care home named with its trade is kept, even with a person's name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Devis des Déménagements Kerleau Frères : 640 €.", "Déménagements Kerleau Frères"),
        ("Il entre à l'EHPAD Orpea Les Tilleuls en mars.", "EHPAD Orpea Les Tilleuls"),
        ("Stage à la boulangerie Au Pain de Lise, à Redon.", "boulangerie Au Pain de Lise"),
        ("Mise en situation au Garage Moreau Automobiles depuis lundi.", "Moreau Automobiles"),
        ("La gérante du salon Nadia Coiffure cherche une apprentie.", "Nadia Coiffure"),
        ("Il a travaillé chez Guillou et Fils pendant dix ans.", "Guillou et Fils"),
        ("Offre des Transports Le Bris à Vitré.", "Transports Le Bris"),
    ],
)
def test_a_trade_name_is_kept(redactor, text, kept):
    assert kept in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Au Garage Moreau Automobiles, le patron, M. Moreau, est ravi.", "Moreau"),
        ("Mme Nadia Ferhat, gérante du salon Nadia Coiffure, appelle.", "Nadia Ferhat"),
        ("La conseillère entreprise Maëlle prend l'offre.", "Maëlle"),
    ],
)
def test_the_owner_named_as_a_person_is_still_masked(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_a_trade_name_right_after_a_civility_is_a_person(redactor):
    text = "Visite chez M. Guillou Plomberie en retard, il s'excuse."
    assert "Guillou" not in redacted(redactor, text)


# --- brands, medicines, associations and training bodies are kept


@pytest.mark.parametrize(
    "text",
    [
        "Traitement habituel : Levothyrox, Eliquis et Seroplex.",
        "Elle travaille chez Korian depuis 2019, puis chez DomusVi.",
        "Orientée vers la Cimade et Médecins du Monde.",
        "Formation de soudeur au GRETA, puis à l'AFPA.",
        "Il cherche les douches sur Soliguide.",
        "Un sac Longchamp et une soupe Liebig.",
    ],
)
def test_brands_medicines_and_associations_are_kept(redactor, text):
    assert found(redactor, text) == []


def test_a_dish_written_with_hyphens_is_no_name(redactor):
    assert found(redactor, "Menu du soir : haricots-saucisse et compote.") == []


# --- nicknames, names after N', names spelled with spelling aids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Gégé veut refaire sa carte d'identité", "Gégé"),
        ("Un habitué, Momo, récupère son courrier.", "Momo"),
        ("Jojo repasse ce soir pour sa valise.", "Jojo"),
    ],
)
def test_a_familiar_nickname_is_a_name(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mme N'diaye vient avec ses deux enfants.", "N'diaye"),
        ("ATTENTE LONGUE. MME N'GORAN AVEC SON FILS VEUT SAVOIR POURQUOI.", "N'GORAN"),
    ],
)
def test_a_surname_after_n_apostrophe_is_found_after_a_civility(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_n_apostrophe_negation_is_no_name(redactor):
    assert found(redactor, "N'importe quoi, dit-il. D'abord il attend.") == []


def test_a_name_spelled_with_spelling_aids_is_masked(redactor):
    text = "Il épelle : « K comme Kilo, E, R, V, E comme Eugène, N ». Dossier trouvé."
    assert ("PERSONNE", "K comme Kilo, E, R, V, E comme Eugène, N") in found(redactor, text)


def test_a_single_spelling_aid_stays(redactor):
    assert found(redactor, "Code ROME : J comme Jacques, c'est la lettre du métier.") == []
