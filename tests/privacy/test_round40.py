"""Fortieth round: what the authors of n° 154–157 wrote in their development halves, and what
the other development halves showed beside it — a day and its month said « le 15 du 6 », the
year asked alone in a dialogue on a birth (« quelle année ? » « soixante-quinze »), an
issuer's acronym glued to its number ("MGEN0912773"), an address spelt to its very end
("free point f-r"), a value's first or last digits said alone (« ça commence par 58 »,
"finit bien par 52 81"). Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted
from tests.privacy.conftest import values as _values


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "Au tel avec M. Pradel : « date de naissance ? » « le 12 du 6 » « quelle année ? » "
            "« soixante-quinze ». Il vit dans sa voiture.",
            ["le 12 du 6", "soixante-quinze"],
        ),
        # the SAMU's 15 is a day when its month follows with "du"
        ("« Vous êtes née quand ? » — « le 15 du 6 ». Elle sourit.", ["le 15 du 6"]),
        (
            "« Date de naissance ? » « le 4 mars » « Et l'année ? » « 81 ». Dossier trouvé.",
            ["le 4 mars", "81"],
        ),
    ],
)
def test_a_birth_given_in_a_dialogue_is_found(redactor, text: str, births: list[str]) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == births


@pytest.mark.parametrize(
    "text",
    [
        "Appel du 15 du 94 pour un malaise, l'équipe part.",
        "Le 15 ! » crie l'agent, et le SAMU arrive en 12 minutes.",
        # a year asked about something else than a birth
        "« Et le loyer, quelle année ? » « 75 euros de plus depuis 2023 ».",
    ],
)
def test_other_numbers_of_a_dialogue_stay(redactor, text: str) -> None:
    assert "DATE_NAISSANCE" not in [label for label, _ in found(redactor, text)]


def test_an_issuer_glued_to_its_number_is_cut_off(redactor) -> None:
    text = "Sur la fiche du passage précédent : « MGEN0912773 », tout attaché."
    out = redacted(redactor, text)
    assert "0912773" not in out and "MGEN" in out
    text = "titre AGDREF7503998214 valable"
    assert "7503998214" not in redacted(redactor, text)


def test_capitals_glued_to_a_short_number_stay(redactor) -> None:
    text = "Formulaire CERFA12345 rempli, dossier RSA2024 à jour."
    assert redacted(redactor, text) == text


def test_an_address_spelt_to_its_end_is_one_value(redactor) -> None:
    text = "Il épelle son mail : « j-u-l-e-s point m-a-r-c-h-a-l arobase free point f-r »."
    assert _values(redactor, text, "EMAIL") == [
        "j-u-l-e-s point m-a-r-c-h-a-l arobase free point f-r"
    ]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Elle ne retrouve pas son numéro : « ça commence par 58, après je sais plus ».", "58"),
        ("« Mon identifiant... il commence par quatre... 4 1 7... » puis il cherche.", "4 1 7"),
        ("Son tel : 06 12 44 37 19. L'agent compare : finit bien par 37 19. Ok.", "37 19"),
    ],
)
def test_a_value_s_first_or_last_digits_said_alone_are_masked(
    redactor, text: str, piece: str
) -> None:
    assert piece not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence par 10 minutes de retard, puis 3 dossiers.",
        "Le stage commence par 3 jours en entreprise.",
        # no number spoken of in the sentence
        "La file commence par 12 personnes à 8h30.",
        "Le match finit par 3 à 1, il est content.",
    ],
)
def test_other_beginnings_stay(redactor, text: str) -> None:
    assert redacted(redactor, text) == text
