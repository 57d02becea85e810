# ruff: noqa: RUF001  (French typography)
"""Structured values cut whole (issue 8, fourth round): IBANs of any country, partial or
dictated after "F R"; NIR keys after a slash; phone numbers dictated without their "zéro";
street names typed in lowercase; a street named after a public figure; named residences
that are places, not addresses; a public office's own address kept; RIBs in bank groups;
e-mails dictated whole. Every example is invented here; the structured corpus
(tests/data/privacy/structured/) measures the same classes at scale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from immersion.privacy.evaluation import load_corpus, score
from tests.privacy.conftest import found

HERE = Path(__file__).resolve().parents[1] / "data" / "privacy" / "structured"
STRUCTURED = HERE / "structured.jsonl"


def labels(redactor, text: str) -> list[tuple[str, str]]:
    return [(label, value) for label, value in found(redactor, text) if label != "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign account whose bank code fails its national check: mod 97 is enough
        (
            "virement sur DE12 5001 0517 0648 4898 90 chaque mois",
            [("IBAN", "DE12 5001 0517 0648 4898 90")],
        ),
        ("RIB : PT50 0002 0123 1234 5678 9015 4 ok", [("IBAN", "PT50 0002 0123 1234 5678 9015 4")]),
        # after a cue, a mistyped one still (a digit missing)
        (
            "son iban fr14 2004 1010 0505 0001 3M02 60 à corriger",
            [("IBAN", "fr14 2004 1010 0505 0001 3M02 60")],
        ),
        ("l'IBAN finit par 5521, c'est bien lui", [("IBAN", "5521")]),
        ("4 derniers chiffres du RIB : 07 12", [("IBAN", "07 12")]),
        ("fin de l'iban 88412", [("IBAN", "88412")]),
        (
            "IBAN F R trois, quatorze, vingt, zéro quatre, dix",
            [("IBAN", "F R trois, quatorze, vingt, zéro quatre, dix")],
        ),
        (
            "son IBAN ? F.R. soixante-seize trente mille six",
            [("IBAN", "F.R. soixante-seize trente mille six")],
        ),
    ],
)
def test_bank_accounts_whole(redactor, text, expected):
    assert labels(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le compte est à la banque depuis 2019, 150 € par mois",
        "solde du compte : 1 250,40 €, ticket 45",
        "compte bloqué depuis le 12/03, rappel au 3949",
    ],
)
def test_amounts_and_dates_near_a_bank_word_stay(redactor, text):
    assert labels(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIR 1 84 12 76 451 089 / 36 recopié", [("NIR", "1 84 12 76 451 089 / 36")]),
        ("secu 2 91 07 2B 033 112 (71), à vérifier", [("NIR", "2 91 07 2B 033 112 (71)")]),
        ("n° sécu (1 84 12 76 451 089) noté", [("NIR", "1 84 12 76 451 089")]),
    ],
)
def test_nir_with_its_key_apart(redactor, text, expected):
    assert labels(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "son numéro : six douze trente-quatre cinquante-six soixante-dix-huit",
            "six douze trente-quatre cinquante-six soixante-dix-huit",
        ),
        (
            "rappeler zéro deux, quatre-vingt-dix-neuf, dix, vingt, trente",
            "zéro deux, quatre-vingt-dix-neuf, dix, vingt, trente",
        ),
    ],
)
def test_phones_dictated(redactor, text, expected):
    assert labels(redactor, text) == [("TELEPHONE", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il habite au 14 impasse marcel cachin depuis mai", "14 impasse marcel cachin"),
        (
            "adresse : 3 ter chemin du petit bois, 35510 cesson-sévigné. Tél",
            "3 ter chemin du petit bois, 35510 cesson-sévigné",
        ),
        ("au 8 r. des Forges 29200 Brest ce matin", "8 r. des Forges 29200 Brest"),
        (
            "vit boulevard Jean Moulin, 56100 Lorient avec ses enfants",
            "boulevard Jean Moulin, 56100 Lorient",
        ),
        ("Logement 27 bis avenue des Pins, humide", "27 bis avenue des Pins"),
        ("hébergée résidence Les Tilleuls à Vannes", "résidence Les Tilleuls"),
    ],
)
def test_addresses_whole(redactor, text, expected):
    assert labels(redactor, text) == [("ADRESSE", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Contrôle à 10h, résidence Les Tilleuls à Maurepas, rien à signaler.",
        "Place au Samu social ce matin.",
        "réunion au lotissement Beauséjour avec les voisins",
    ],
)
def test_a_named_place_alone_is_not_an_address(redactor, text):
    assert labels(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "La Caf, 4 cours des Alliés, ferme à 16h.",
        "permanence du CCAS au 12 place de la Mairie le mardi",
        "France Travail situé au 8 rue du Port, bureau 3",
    ],
)
def test_a_public_office_address_stays(redactor, text):
    assert labels(redactor, text) == []


def test_a_street_named_after_a_person_in_an_office_address_is_no_person(redactor):
    assert found(redactor, "La Caf, 65 route de Paul Bert, ouvre à 10h.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("allocataire Caf, 12 rue de la Forge", "12 rue de la Forge"),
        ("CHRS : appt 4, 3 rue de Suède", "appt 4, 3 rue de Suède"),
    ],
)
def test_a_person_near_an_office_keeps_their_address_redacted(redactor, text, expected):
    assert labels(redactor, text) == [("ADRESSE", expected)]


def test_a_rib_in_bank_groups(redactor):
    assert labels(redactor, "RIB : 30004 01234 0001234567X 21 reçu") == [
        ("IBAN", "30004 01234 0001234567X 21")
    ]
    assert labels(redactor, "iban FR76 30004 01234 0001234567X 21") == [
        ("IBAN", "FR76 30004 01234 0001234567X 21")
    ]


def test_an_email_dictated_whole(redactor):
    assert labels(redactor, "mail : lea point morvan arobase free point fr merci") == [
        ("EMAIL", "lea point morvan arobase free point fr")
    ]


def test_dates_of_birth_with_abbreviated_months(redactor):
    assert labels(redactor, "né le 3 févr. 84 à Dakar") == [("DATE_NAISSANCE", "3 févr. 84")]


def test_the_structured_corpus_is_built_by_its_generator():
    notes = [json.loads(line) for line in STRUCTURED.read_text("utf-8").splitlines()]
    assert len(notes) == 620  # 400 of the first rounds, 220 of the sixth
    assert sum(n["id"].startswith("holdout-") for n in notes) == 260
    for note in notes:
        for e in note["entities"]:
            value = note["text"][e["start"] : e["end"]]
            assert value and value == value.strip()


def test_the_structured_corpus_scores(redactor):
    """Floors a little under the figures of docs/privacy.md (fourth round), on the held-out
    part above all: its templates and value formats are not those of the dev part."""
    notes = load_corpus(STRUCTURED)
    held_out = [n for n in notes if n.id.startswith("holdout-")]
    for part, recall, exact_floor, leak in (
        (notes, 0.97, 0.96, 0.01),
        (held_out, 0.94, 0.92, 0.02),
    ):
        report = score(part, [r.spans for r in redactor.redact_many([n.text for n in part])])
        assert report.recall >= recall
        assert report.identifier_recall >= 0.99
        assert report.leak_rate <= leak
        assert report.keep_rate >= 0.99
        gold = sum(s.gold for s in report.labels.values())
        exact = sum(s.exact for s in report.labels.values())
        assert exact / gold >= exact_floor
