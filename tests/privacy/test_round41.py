"""Forty-first round: what the authors of n° 162–165 wrote in their development halves —
numbers said with hesitations, in digits and words mixed, in the caller's language; an IBAN
read by pairs; a date dictated with its separators; plates read group by group, German and
Mercosur ones. Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found
from tests.privacy.conftest import values as _values


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a piece said twice, with a pause: one value
        (
            "Num alloc dicté : « 7 1 4... 7 1 4... 3 3 0 8 ». Merci.",
            "N_ALLOCATAIRE",
            "7 1 4... 7 1 4... 3 3 0 8",
        ),
        ("« 07… 07 44… 44 19 62 80 » répète-t-il au tel.", "TELEPHONE", "07… 07 44… 44 19 62 80"),
        # a birth begun again after a pause
        (
            "Elle est née le « douze... douze mai deux mille quatre ».",
            "DATE_NAISSANCE",
            "douze... douze mai deux mille quatre",
        ),
    ],
)
def test_pieces_with_only_a_pause_between_them_are_one_value(
    redactor, text: str, label: str, value: str
) -> None:
    assert _values(redactor, text, label) == [value]


def test_the_next_date_of_a_list_after_a_pause_stays_apart(redactor) -> None:
    text = "Les enfants sont nés en « 2009… 2013… 2018 », trois garçons."
    assert set(_values(redactor, text, "DATE_NAISSANCE")) <= {"2009", "2013", "2018"}


def test_two_values_in_a_list_are_not_joined_by_a_comma(redactor) -> None:
    text = "Numéros : 06 21 43 65 87, 07 12 34 56 78."
    assert found(redactor, text) == [
        ("TELEPHONE", "06 21 43 65 87"),
        ("TELEPHONE", "07 12 34 56 78"),
    ]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "Tel noté : « zéro six, 31, quarante-deux, 17, 90 ».",
            "TELEPHONE",
            "zéro six, 31, quarante-deux, 17, 90",
        ),
        (
            "Son portable : 06, dix-huit, 44, trente et un, 25.",
            "TELEPHONE",
            "06, dix-huit, 44, trente et un, 25",
        ),
        # a phone number begun in words, then in digits
        ("Il rappellera au zéro sept 45 12 88 30, dit-il.", "TELEPHONE", "zéro sept 45 12 88 30"),
        # a NIR by its key, its cue far after it
        (
            "Il dicte « 2 84 06, soixante-quinze, 114, deux cent neuf, 23 » pour sa carte vitale.",
            "NIR",
            "2 84 06, soixante-quinze, 114, deux cent neuf, 23",
        ),
    ],
)
def test_digits_and_words_mixed_in_one_dictation(
    redactor, text: str, label: str, value: str
) -> None:
    assert _values(redactor, text, label) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "En 2019, deux mille vingt et 2021, trois ans difficiles.",
        "Il a 3 enfants, deux chiens et 1 chat.",
        "Rdv à 14, quinze ou 16 heures.",
        "Il donne son téléphone zéro six 42 17 88 03 et son mail.",
    ],
)
def test_numbers_that_are_no_dictation_stay(redactor, text: str) -> None:
    assert [label for label, _ in found(redactor, text)] in ([], ["TELEPHONE"])
    assert all(not value.endswith(" et") for _, value in found(redactor, text))


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "Num alloc en espagnol : « ocho cuatro uno cero dos seis tres ».",
            "N_ALLOCATAIRE",
            "ocho cuatro uno cero dos seis tres",
        ),
        (
            "Phone number in English: six, one, two, four, eight, nine, five, three, zero.",
            "IDENTIFIANT",
            "six, one, two, four, eight, nine, five, three, zero",
        ),
        (
            "Il lit son numéro d'allocataire en portugais : sete, dois, oito, um, nove, quatro, "
            "zero.",
            "N_ALLOCATAIRE",
            "sete, dois, oito, um, nove, quatro, zero",
        ),
    ],
)
def test_digits_said_in_the_caller_s_language(redactor, text: str, label: str, value: str) -> None:
    assert _values(redactor, text, label) == [value]


def test_foreign_digit_words_in_a_sentence_stay(redactor) -> None:
    assert found(redactor, "Elle dit « uno, dos, tres » en riant avec sa fille.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "« Et la lettre ? » « cinq un deux huit zéro quatre six... T ». Trouvé.",
            "cinq un deux huit zéro quatre six... T",
        ),
        ("Son identifiant : « 3 3 0 1 7 5 2… R ».", "3 3 0 1 7 5 2… R"),
    ],
)
def test_the_letter_said_after_a_pause_ends_the_value(redactor, text: str, value: str) -> None:
    assert [v for _, v in found(redactor, text)] == [value]


def test_a_number_taken_back_is_part_of_the_value(redactor) -> None:
    text = "« mon portable c'est le six douze... euh non zéro six, douze, trente, quarante, vingt-deux »"
    assert _values(redactor, text, "TELEPHONE") == [
        "six douze... euh non zéro six, douze, trente, quarante, vingt-deux"
    ]


def test_an_iban_read_by_pairs_is_found_by_its_checksum(redactor) -> None:
    text = "Elle lit son IBAN : « FR 34 10 27 80 60 00 00 02 03 86 50 12 8 », l'agent note."
    assert _values(redactor, text, "IBAN") == ["FR 34 10 27 80 60 00 00 02 03 86 50 12 8"]
    # pairs whose checksum fails, no cue: no account
    text = "Le tableau ligne FR 12 30 00 60 00 01 12 34 : sept cases."
    assert "IBAN" not in [label for label, _ in found(redactor, text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il lit sa date de naissance : « 14 slash 07 slash 1986 ».", "14 slash 07 slash 1986"),
        ("Née le 03 barre 11 barre 72, sur la carte.", "03 barre 11 barre 72"),
        (
            "Date de naissance sur le titre : « 1991, tiret, 05, tiret, 28 ».",
            "1991, tiret, 05, tiret, 28",
        ),
        ("Date de naissance ? « le 2 du mois de juin, 1948 ».", "le 2 du mois de juin, 1948"),
        ("Né le 17 février, 1955 à Oran.", "17 février, 1955"),
    ],
)
def test_a_birth_dictated_with_its_separators(redactor, text: str, value: str) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == [value]


def test_a_date_s_month_then_a_count_is_no_year(redactor) -> None:
    assert _values(redactor, "Né le 3 mai, 14 personnes au repas.", "DATE_NAISSANCE") == ["3 mai"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il lit l'immat sur la carte grise : « FT, 803, KL ».", "FT, 803, KL"),
        ("Voiture allemande garée devant, KÖ-RT 315.", "KÖ-RT 315"),
        ("Plaque brésilienne RTZ5H18 sur le parking des urgences.", "RTZ5H18"),
    ],
)
def test_plates_read_group_by_group_or_in_one_piece(redactor, text: str, value: str) -> None:
    assert value in _values(redactor, text, "IMMATRICULATION")


def test_the_reception_nurse_is_no_one(redactor) -> None:
    assert found(redactor, "L'IAO Mathilde oriente vers le box 3.") == [("PERSONNE", "Mathilde")]


# n° 166–169: births given in pieces in a dialogue, identifiers corrected, a code read back


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # a pause between the month and the year
        (
            "« Vous êtes né quand ? » « le onze… mars… quatre-vingt-deux »",
            ["le onze… mars… quatre-vingt-deux"],
        ),
        ("Il est né le 4 juin... 1977, dit-il.", ["4 juin... 1977"]),
        # the month after the year, « du mois de »
        ("« JE SUIS DE SOIXANTE-DOUZE, DU MOIS DE MAI »", ["SOIXANTE-DOUZE", "DU MOIS DE MAI"]),
        # the pieces of a reply, the day before its month after a comma
        (
            "« date de naissance ? » « 1979, 17, juin ». L'agent remet dans l'ordre.",
            ["1979, 17, juin"],
        ),
        # a filler and « ! » before the year; the day and the month asked apart
        (
            "« vous êtes née quand ? » – « ohh ! en 1958... » – « le jour ? » – « douze » – « le "
            "mois ? » – « mars »",
            ["1958", "douze", "mars"],
        ),
        # who says it, between the cue and the year
        ("Année de naissance, d'après son fils : « 47 ». Chute à domicile.", ["47"]),
    ],
)
def test_a_birth_given_in_pieces(redactor, text: str, births: list[str]) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == births


def test_a_day_after_a_year_is_no_other_try_at_a_year(redactor) -> None:
    text = (
        "« Date de naissance ? » « 4 mai 2012 » (celle du fils). Puis : « ah non, moi c'est "
        "1984, le 11 juin »."
    )
    assert _values(redactor, text, "DATE_NAISSANCE") == ["4 mai 2012", "1984, le 11 juin"]


def test_the_month_asked_alone_needs_a_birth_before(redactor) -> None:
    assert found(redactor, "« Le mois ? » « septembre » répond-elle, pour le rendez-vous.") == []


def test_children_listed_with_their_years_before_a_birth(redactor) -> None:
    text = "L'agent ressaisit : Inès 2010, Adam 2013, Lina née le 2 mai 2016."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["2010", "2013", "2 mai 2016"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Réf du courrier : 54-2023-00418… la dame dit non c'est 54-2023-00481.",
            ["54-2023-00418", "54-2023-00481"],
        ),
        ("ref 67-2024-11820, non pardon, 67-2024-11802 ok", ["67-2024-11820", "67-2024-11802"]),
    ],
)
def test_an_identifier_corrected_by_one_of_its_shape(
    redactor, text: str, values: list[str]
) -> None:
    assert _values(redactor, text, "IDENTIFIANT") == values


def test_a_code_s_groups_read_back_are_one_value(redactor) -> None:
    text = (
        "Nouvel IBAN : FR34 1027 8060 0000 0203 8650 128. Elle relit la fin pour vérifier : "
        "« 8650 128 »."
    )
    assert _values(redactor, text, "IBAN") == ["FR34 1027 8060 0000 0203 8650 128", "8650 128"]
