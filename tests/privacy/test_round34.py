"""Thirty-fourth round: dates of birth in lists and quoted answers, and identifiers with a
letter between their groups. Every name and number here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy import learned_dates
from immersion.privacy.keep import keep_ranges
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # the police's 17 and the SAMU's 15 are numbers; a day before its month is a day
        (
            "Sur le frigo, les anniversaires des petits : « Clara 17 janvier / Baptiste 2 mars "
            "/ Inès 30 septembre ».",
            ["17 janvier", "2 mars", "30 septembre"],
        ),
        # a civility names somebody as a capitalised name does
        (
            "L'éducatrice lit la fiche : « Famille Petrov : M. 1983, Mme 1986, enfants 2010, "
            "2013, 2018. Arrivée en France : 2022. »",
            ["1983", "1986", "2010", "2013", "2018"],
        ),
        # a month and its year in figures, in a household's list
        (
            "Compo familiale : - Sandrine Muller, 1983 - Lucas 04/05/2008 - Emma 19/11/2011 "
            "- Tom 02/2016",
            ["1983", "04/05/2008", "19/11/2011", "02/2016"],
        ),
        # "le" alone before a date names no event: the classifier weighs it
        (
            "L'IOA : les dates de naissance des petits ? Elle sort son carnet : « Léon c'est "
            "le 8/10/19, Ambre le 14/5/21 ».",
            ["8/10/19", "14/5/21"],
        ),
    ],
)
def test_births_in_a_list_are_found(redactor, text: str, births: list[str]) -> None:
    values = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert [b for b in births if not any(b in v for v in values)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Elle appelle le 17 en urgence, puis le 15.",
        "Il vient le 12/03/2024 pour son dossier.",
        "Réunion le 14/11/2024 avec la directrice.",
        "Elle a signé le 02/09/2019 son bail.",
        "Le contrôle a eu lieu le 15 mars, rien à signaler.",
        "Depuis 03/2021 il est au RSA.",
        # a month and its year after "contrat" is no contract's number
        "Contrat signé en 09/2023, fin en 09/2024.",
    ],
)
def test_other_dates_and_numbers_stay(redactor, text: str) -> None:
    assert found(redactor, text) == []


def test_a_kept_number_before_a_month_is_a_day() -> None:
    text = "Appelle le 17 si besoin ; Clara est du 17 janvier."
    assert [text[s:e] for s, e in keep_ranges(text)] == ["17"]


def test_a_month_and_its_year_are_read_by_the_classifier() -> None:
    text = "Tom 02/2016, Lina 11/2019"
    assert [(f.kind, text[f.start : f.end]) for f in learned_dates.candidates(text)] == [
        ("monthyear", "02/2016"),
        ("monthyear", "11/2019"),
    ]


def test_le_alone_is_a_feature_not_an_event() -> None:
    text = "Léon c'est le 8/10/19."
    (found_date,) = learned_dates.candidates(text)
    feats = learned_dates.features(text, found_date, 2026)
    assert "event_le" in feats and "event" not in feats
    text = "Rdv le 8/10/24."
    (found_date,) = learned_dates.candidates(text)
    assert "event" in learned_dates.features(text, found_date, 2026)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole quoted answer is the birth
        (
            "l'écoutant demande la date de naissance du bébé : « le 2 mai ». Place trouvée.",
            "l'écoutant demande la date de naissance du bébé : « [DATE_NAISSANCE] ». Place "
            "trouvée.",
        ),
        (
            "L'agente le crée avec une date de naissance « vers 1975 », c'est ce qu'il dit.",
            "L'agente le crée avec une date de naissance « [DATE_NAISSANCE] », c'est ce qu'il dit.",
        ),
        # the quote goes on: "le" stays
        (
            "Date de naissance : « le 12 mars 1985, à Dakar »",
            "Date de naissance : « le [DATE_NAISSANCE], à Dakar »",
        ),
    ],
)
def test_a_quoted_birth_takes_its_article(redactor, text: str, expected: str) -> None:
    assert redacted(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Numéro de mutuelle 123 456 789 A 01.", "123 456 789 A 01"),
        ("Réf. client 12345678 B 01 chez Engie.", "12345678 B 01"),
        ("Le matricule 0012345 A 02.", "0012345 A 02"),
    ],
)
def test_a_letter_between_groups_is_part_of_the_number(redactor, text: str, value: str) -> None:
    assert ("IDENTIFIANT", value) in found(redactor, text)


def test_a_letter_then_an_age_is_no_part_of_the_number(redactor) -> None:
    assert "14 ans" in redacted(redactor, "Dossier 1234567 A 14 ans.")


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # the next year of birth, somebody else's, said the same way
        ("Elle est de 85, lui de 82.", ["85", "82"]),
        ("Elle est de 1985 et son mari de 1982, ils sont là.", ["1985", "1982"]),
        ("Elle est née en 1985, et son fils en 2010.", ["1985", "2010"]),
        # the year in words after the birthplace
        ("Elle est née à Quimper, en soixante-six.", ["soixante-six"]),
        ("Il est né au Maroc en cinquante-huit.", ["cinquante-huit"]),
    ],
)
def test_a_year_of_birth_said_after_another(redactor, text: str, births: list[str]) -> None:
    values = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert values == births


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # the clause goes on: the second year is another event's
        ("Née en 1990, elle en 2019 a eu son bac.", "1990"),
        ("Elle est née en 1985, lui a 40 ans.", "1985"),
        ("Née en Algérie en soixante, arrivée en France en quatre-vingt-dix.", "soixante"),
    ],
)
def test_a_year_after_a_birth_that_is_no_birth(redactor, text: str, birth: str) -> None:
    assert [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"] == [birth]


def test_spacys_own_persons_are_dropped_in_a_note_typed_in_capitals(redactor) -> None:
    # spaCy's entities read on capitals are noise ("SERBIE" a person); the rules and the
    # trained recogniser read the note in the case of prose
    text = "MONSIEUR DRAGAN (52 ANS, ARRIVÉ DE SERBIE IL Y A LONGTEMPS) NOUS ATTEND AVEC LE CAFÉ."
    assert redacted(redactor, text) == (
        "MONSIEUR [PERSONNE_1] (52 ANS, ARRIVÉ DE SERBIE IL Y A LONGTEMPS) NOUS ATTEND AVEC LE "
        "CAFÉ."
    )
