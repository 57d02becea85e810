"""Thirty-second round: notes typed without accents. The rules' patterns are written with
them ("née à", "février", "cité", "bâtiment"); an observer on a phone often types "nee a",
"fevrier", "cite", "batiment". ``accents.tolerant`` lets every accented letter of a pattern
take its plain letter too, except where an escape keeps it: bare "né" stays strict, "ne"
alone is the negation. Every name and number here is invented."""

from __future__ import annotations

import re

import pytest

from immersion.privacy import Label, Span, accents, evaluation
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("pattern", "tolerant"),
    [
        ("née", "n[ée]e"),
        ("à|au", "[àa]|au"),
        ("f[ée]vrier", "f[ée]vrier"),  # a set that has both already
        ("[ô]", "[oô]"),
        ("[é-]", "[eé-]"),  # first in the set: no range is made
        ("[B-ZÀ-Þ]", "[AB-ZÀ-Þ]"),
        ("[^é]", "[^é]"),  # a negated set keeps its meaning
        (r"\u00e9", r"\u00e9"),  # an escape keeps its accent
        (r"x\.é", r"x\.[ée]"),
    ],
)
def test_tolerant_gives_each_accented_letter_its_plain_letter(pattern, tolerant):
    assert accents.tolerant(pattern) == tolerant
    re.compile(accents.tolerant(pattern))


def test_tolerant_patterns_match_both_spellings():
    pattern = accents.compile(r"\bnée\s+à\b")
    assert pattern.search("elle est née à Lyon")
    assert pattern.search("elle est nee a Lyon")
    assert accents.compile(r"[^é]x").search("ex")  # the negated set still takes "e"
    assert not accents.compile(r"[^é]x").search("éx")


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Elle est nee a Rennes en mars 1988, confirme-t-elle.", "mars 1988"),
        ("M. Ndiaye, refugie depuis 2022, ne au Senegal en mai 1988.", "mai 1988"),
        ("M. Patrick Jamet, ne a Mayenne en 1966, vient pour la CSS.", "1966"),
        ("Nee le 3 fevrier 1990 a Lyon.", "3 fevrier 1990"),
        ("date de naiss. 12 decembre 1971", "12 decembre 1971"),
        ("Mme Durand, nee en aout 76, seule.", "aout 76"),
        ("NE A ORAN LE 04/07/1979", "04/07/1979"),
    ],
)
def test_a_birth_typed_without_accents_is_masked(redactor, text, birth):
    assert ("DATE_NAISSANCE", birth) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "ne" alone is the negation, not "né"
        "Il ne sait pas quand, il revient le 12 mars 2024 pour signer.",
        "Elle ne vient plus depuis mars 2023.",
        # a date that opens its sentence, then who does something that day
        "né en 1975. Le 12 mars il vient",
        "Née en 1975. Le 14 mars, elle revient avec les papiers.",
    ],
)
def test_other_dates_stay_without_accents_too(redactor, text):
    births = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert "12 mars 2024" not in births and "mars 2023" not in births
    assert "12 mars" not in births and "14 mars" not in births


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Mme Diallo habite bat B4 cite des Flamants, 13014 Marseille.",
            "bat B4 cite des Flamants, 13014 Marseille",
        ),
        (
            "Adresse : cite des Fleurs, bat. Les Iris, esc. A, 2e etage, 61000 Alencon",
            "cite des Fleurs, bat. Les Iris, esc. A, 2e etage, 61000 Alencon",
        ),
    ],
)
def test_an_address_typed_without_accents_is_masked(redactor, text, address):
    assert address not in redacted(redactor, text)
    assert any(label == "ADRESSE" for label, _ in found(redactor, text))


# Rules drawn from the dev halves of n° 102–106 (invented values).


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # "à sa place" is "instead of her", not a square that dates another event
        (
            "'Date de naissance ?' La fille répond à sa place : \"1er janvier 1944\" — l'IOA "
            "sourit.",
            "1er janvier 1944",
        ),
        # a date of birth given year first with spaces, the army's way
        ("Il la donne façon armée : « 2002 03 17 ». Nom Hugo Lemaire.", "2002 03 17"),
        # "être de" a year, "être du" a day
        ("La mère dit « elle est du 22/04 », l'agente tape.", "22/04"),
        ("Il est de 1985 et il cherche du travail.", "1985"),
        ('Paulette Roux, "elle est de 34, le 9 mars", seule.', "34, le 9 mars"),
        ("Elle est du 3 mars 1990.", "3 mars 1990"),
        # the quoted answer said the spoken way takes its "le"
        ("Date de naissance : « le 30 du 4, 81 ». Carte périmée.", "le 30 du 4, 81"),
    ],
)
def test_more_ways_to_give_a_birth(redactor, text, birth):
    assert ("DATE_NAISSANCE", birth) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis du 93 moi, dit-il.",  # a département
        "Le contrat est du 12/03/2024 au 15/04/2024.",
        "Il est de 10 ans son aîné.",
        "Elle est de 20h à 22h au foyer.",
        "Il est du 12 au 15 mars en stage.",
        "Rendez-vous place de la Gare le 12/03/2024.",
        "'Date de naissance ?' \"1er janvier 1944\" — bcp de 1er janvier chez les anciens.",
    ],
)
def test_being_of_a_number_is_not_always_a_birth(redactor, text):
    births = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert not [b for b in births if b != "1er janvier 1944"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "« mon numéro c'est le 06 37… attendez j'ai pas mes lunettes… 912 ». L'agent relit "
            "« 0637912 c'est bien ça ? » oui.",
            ["06 37", "912"],
        ),
        (
            "Il laisse son numéro : « 06 12... 33... attendez je l'ai pas par cœur... "
            "06 12 33 08 71 ».",
            ["06 12", "33"],
        ),
        (
            "« celui de ma fille : zéro trois... quatre-vingt-quatre... attendez, mes lunettes... "
            "03 84 22 71 58 ».",
            ["zéro trois", "quatre-vingt-quatre"],
        ),
    ],
)
def test_the_pieces_of_a_number_said_with_pauses_are_masked(redactor, text, pieces):
    out = redacted(redactor, text)
    for piece in pieces:
        assert piece not in out


def test_a_year_that_begins_a_number_elsewhere_stays(redactor):
    out = redacted(redactor, "Son numéro 06 20 04 55 12. Il est arrivé en 2004, loyer 620 €.")
    assert "2004" in out and "620 €" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Au CHRS, la machine à café s'appelle « Gérard ». Les résidents disent « Gérard est "
            "en panne » depuis 3 semaines.",
            "Gérard",
        ),
        ("Le camion de la maraude s'appelle « Titine ». « Titine est où ? »", "Titine"),
    ],
)
def test_a_machine_named_like_someone_is_no_one(redactor, text, kept):
    assert redacted(redactor, text).count(kept) == text.count(kept)


def test_someone_beside_a_vehicle_stays_a_person(redactor):
    out = redacted(redactor, "Sa voiture, Pierre la conduit. Mme Martin vend sa voiture à Paul.")
    assert "Pierre" not in out and "Martin" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a civility typed in lowercase before a capitalised surname that is also a word
        ("le directeur, m. Rivière, parle budget.", "Rivière"),
        ("m. Fontaine ne reçoit plus les mails", "Fontaine"),
        ("arrêt du dr Chauvin du 02/09 au 20/09.", "Chauvin"),
        ("son coach, m. Janvier, l'accompagne.", "Janvier"),
    ],
)
def test_a_lowercase_civility_still_names_someone(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_a_length_in_metres_is_no_civility(redactor):
    assert "Ensuite" in redacted(redactor, "le mur fait 3 m. Ensuite on mesure.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an identifier typed in lowercase after its cue, read as if in capitals
        ("dossier siao-35-2026-08812, en attente.", "siao-35-2026-08812"),
        ("réf ah-0045781 chez le bailleur.", "ah-0045781"),
        ("n° dossier mdph35-0172264", "mdph35-0172264"),
        ("n° adhérent mgen288765401 à jour.", "mgen288765401"),
    ],
)
def test_an_identifier_typed_in_lowercase_is_masked(redactor, text, value):
    assert ("IDENTIFIANT", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "dossier en cours depuis 2 ans, rdv le 12/03.",
        "le dossier 2e étage, bureau 12.",
        "réf du formulaire cerfa en ligne, voir la page 12.",
        "Carte de séjour valable jusqu'au 31/12/2026, photo prise sur place.",
        "la conseillère rappelle un demandeur à son numéro fixe 02 99 97 14 63.",
    ],
)
def test_lowercase_words_after_a_cue_stay(redactor, text):
    assert not [v for label, v in found(redactor, text) if label == "IDENTIFIANT"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # a foreign plate typed in lowercase after its cue
        ("immat belge 1-gxk-804, garée devant.", "1-gxk-804"),
        ("immat 1-gxk-804 devant.", "1-gxk-804"),
        ("voiture polonaise wx 48213 sur le parking.", "wx 48213"),
        ("plaque allemande m-kl 4821", "m-kl 4821"),
    ],
)
def test_a_foreign_plate_typed_in_lowercase_is_masked(redactor, text, plate):
    assert plate not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "voiture achetée en 2019, une clio.",
        "la voiture de 2015 est en panne",
        "camion de 3 t 500 de charge",
        "le camion 12 t en panne",
        "Il rentre à Lens en voiture, 25 min.",
        "Il appelle depuis la voiture, 12 min d'attente.",
    ],
)
def test_words_and_weights_after_a_vehicle_are_no_plate(redactor, text):
    assert not [v for label, v in found(redactor, text) if label == "IMMATRICULATION"]


@pytest.mark.parametrize("kind", evaluation.VARIANTS)
def test_a_typed_variant_moves_its_labels_with_the_text(kind):
    note = evaluation.Note(
        "x-1",
        "caf",
        "accueil_physique",
        "Mme Hélène Lefèvre, née le 3 février 1990, dossier SIAO-35-2026-08812. Reçue à l'accueil.",
        [
            Span(4, 18, Label.PERSONNE),
            Span(27, 41, Label.DATE_NAISSANCE),
            Span(51, 69, Label.IDENTIFIANT),
        ],
        ["SIAO", "Reçue"],
    )
    typed = evaluation.typed_variant(note, kind)
    values = [typed.text[e.start : e.end] for e in typed.entities]
    if kind == "sans-accents":
        assert values == ["Helene Lefevre", "3 fevrier 1990", "SIAO-35-2026-08812"]
        assert "nee le" in typed.text and typed.keep == ["SIAO", "Recue"]
    elif kind == "minuscules-autour":
        assert values == ["Hélène Lefèvre", "3 février 1990", "SIAO-35-2026-08812"]
        assert typed.text.startswith("mme Hélène") and typed.keep == ["siao", "reçue"]
    elif kind == "identifiants-en-minuscules":
        assert values == ["Hélène Lefèvre", "3 février 1990", "siao-35-2026-08812"]
        assert typed.text.startswith("Mme Hélène") and typed.keep == note.keep
    elif kind == "majuscules":
        assert values == ["HÉLÈNE LEFÈVRE", "3 FÉVRIER 1990", "SIAO-35-2026-08812"]
        assert typed.text.startswith("MME HÉLÈNE") and typed.keep == ["SIAO", "REÇUE"]
    else:
        assert kind == "sans-apostrophes"
        assert values == ["Hélène Lefèvre", "3 février 1990", "SIAO-35-2026-08812"]
        assert typed.text.endswith("Reçue à l accueil.") and typed.keep == note.keep
