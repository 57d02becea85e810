"""Names and identifiers anchored by their context rather than by a list (issue 8): a name of
any origin after "chez", in a form's fields, in a list, as two unknown words in a row; letters
French never writes; identifiers with dots, prefixes glued to their cue; e-mails spelled
"point". Every example is invented here; the stress corpus (tests/data/privacy/stress/)
measures the same classes at scale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from immersion.privacy.evaluation import load_corpus, score
from immersion.privacy.nlp import is_common_word
from tests.privacy.conftest import found

STRESS = Path(__file__).resolve().parents[1] / "data" / "privacy" / "stress" / "stress.jsonl"


def names(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "PERSONNE"]


def labels(redactor, text: str) -> list[tuple[str, str]]:
    return [(label, value) for label, value in found(redactor, text) if label != "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visite chez Tanzini ce matin, le fils dort.", ["Tanzini"]),
        ("Contrôle à domicile chez les casares, rien à signaler.", ["casares"]),
        ("Hébergée chez les Águila depuis mars.", ["Águila"]),
        ("Visite à domicile chez GIULIETTI, 3e étage.", ["GIULIETTI"]),
    ],
)
def test_a_home_is_a_family_name(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il a fait 35 heures chez Amazon le mois dernier.",
        "Formation soudure chez AFPA à Brest.",
        "Il bosse chez Lactalis depuis 2019.",
    ],
)
def test_an_employer_after_chez_stays(redactor, text):
    assert names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IOA : nom: marquez / prénom: soufiane, box 3.", ["marquez", "soufiane"]),
        ("Nom de naissance : Magomedov, prénom Irena.", ["Magomedov", "Irena"]),
        ("Nom : PIZZETTI Prénom : Tonino", ["PIZZETTI", "Tonino"]),
    ],
)
def test_the_fields_of_a_form(redactor, text, expected):
    assert names(redactor, text) == expected


def test_a_verb_after_a_name_field_without_colon_stays(redactor):
    assert names(redactor, "Son nom change sur chaque courrier.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel : Volterra Friedhilde demande où en est son dossier.", ["Volterra Friedhilde"]),
        ("gerda arranz : num secu à vérifier.", ["gerda arranz"]),
        ("Tel : cristiano merino demande un RDV.", ["cristiano merino"]),
        ("Enfant : la petite lilli, 4 ans.", ["lilli"]),
        ("File : Coriolano, Ramadan et Teohari.", ["Coriolano", "Ramadan", "Teohari"]),
        ("Note rapide : ROUSSET, PININFARINA, MARQUÉS, MALLET.", None),
        ("mme catalán et mr. salandra attendent.", ["catalán", "salandra"]),
        ("Mlle Font calme le jeu, Me Camiscione plaide.", ["Font", "Camiscione"]),
        ("Mme la directrice passe, mme rivas attend.", ["rivas"]),
    ],
)
def test_names_no_list_holds(redactor, text, expected):
    got = names(redactor, text)
    if expected is None:
        assert got == ["ROUSSET", "PININFARINA", "MARQUÉS", "MALLET"]
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "RDV at 14h, la caf verse 345 €, dossier déposé à 14h30.",
        "Les Assedic, à l'époque, payaient mieux.",
    ],
)
def test_times_amounts_and_institutions_stay(redactor, text):
    assert found(redactor, text) == []


def test_a_family_in_capitals(redactor):
    assert names(redactor, "Les SANSONI attendent une place.") == ["SANSONI"]


@pytest.mark.parametrize(
    "text",
    [
        "Devis Optical Center 290 € pour ses lunettes.",
        "Programme Housing First : une place se libère.",
        "Mr Pichon, IPP 301448275, lit en cardio.",
        "Mme vient pour son RSA. Mme passe au guichet.",
        "Elle paie avec Western Union chaque mois.",
    ],
)
def test_capitalised_things_that_are_not_persons(redactor, text):
    got = names(redactor, text)
    assert all(n not in ("Optical Center", "Housing First", "IPP", "Western Union") for n in got)
    assert "vient" not in got and "passe" not in got


def test_letters_french_never_writes_make_a_name():
    assert is_common_word("catalan") and not is_common_word("catalán")
    assert is_common_word("gascon") and not is_common_word("Gascón")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dossier SIAO-2023-08014 en attente", [("IDENTIFIANT", "SIAO-2023-08014")]),
        ("num alloc. 32.475.25, reçu hier", [("N_ALLOCATAIRE", "32.475.25")]),
        ("numéro fiscal 715.344.150 sur l'avis", [("IDENTIFIANT", "715.344.150")]),
        (
            "mail siegmund-lahlou95 arobase laposte point net",
            [("EMAIL", "siegmund-lahlou95 arobase laposte point net")],
        ),
        ("hébergée 45B rte de la Gare", [("ADRESSE", "45B rte de la Gare")]),
        ("num allocataire 12345678, reçu", [("N_ALLOCATAIRE", "12345678")]),
        ("n° MSA 2345678 à vérifier", [("N_ALLOCATAIRE", "2345678")]),
        ("son id ft 1234567 b, radié", [("ID_FRANCE_TRAVAIL", "1234567 b")]),
        ("demandeur d'emploi 7654321K", [("ID_FRANCE_TRAVAIL", "7654321K")]),
        ("numéro d'étranger 7501234567", [("IDENTIFIANT", "7501234567")]),
        ("passeport 19ab44871 périmé", [("IDENTIFIANT", "19ab44871")]),
        ("carte Korrigo 4455667 perdue", [("IDENTIFIANT", "4455667")]),
        ("mail kevin.lf@gmail svp", [("EMAIL", "kevin.lf@gmail")]),
        ("écrire à jean.d@orange,fr", [("EMAIL", "jean.d@orange,fr")]),
        ("ou y ( at ) free.fr", [("EMAIL", "y ( at ) free.fr")]),
    ],
)
def test_identifiers_in_looser_shapes(redactor, text, expected):
    assert labels(redactor, text) == expected


def test_the_stress_corpus_is_built_by_its_generator():
    notes = [json.loads(line) for line in STRESS.read_text("utf-8").splitlines()]
    assert len(notes) == 440
    assert sum(n["id"].startswith("holdout-") for n in notes) == 180
    for note in notes:
        for e in note["entities"]:
            value = note["text"][e["start"] : e["end"]]
            assert value and value == value.strip()


def test_the_stress_corpus_scores(redactor):
    """Floors a few points under the figures in docs/privacy.md, so that a change that
    learns the dev notes at the expense of the classes shows up."""
    notes = load_corpus(STRESS)
    report = score(notes, [r.spans for r in redactor.redact_many([n.text for n in notes])])
    assert report.recall >= 0.96
    assert report.identifier_recall >= 0.99
    assert report.leak_rate <= 0.035
    assert report.keep_rate >= 0.99
