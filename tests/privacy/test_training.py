"""The project's trained person-name recogniser: its training data never holds a held-out
note, its name swaps keep the note's shape, and the shipped component is the one loaded."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from immersion.privacy import Label, Redactor, Span, nlp, redact, training
from immersion.privacy.detectors import names
from immersion.privacy.evaluation import Note
from tests.privacy.conftest import found

ROOT = Path(__file__).resolve().parents[2]


def note(text: str, *values: str) -> Note:
    spans = []
    for value in values:
        start = text.index(value)
        spans.append(Span(start, start + len(value), Label.PERSONNE))
    return Note("t-1", "caf", "accueil_physique", text, spans, [])


@pytest.fixture(scope="module")
def pools() -> training.NamePools:
    return training.NamePools(random.Random(7))


def test_training_data_holds_no_held_out_note() -> None:
    corpus = training.training_notes(ROOT)
    ids = [n.id for n in corpus.notes]
    assert len(ids) > 1000
    assert not [i for i in ids if i.startswith("holdout")]
    assert not any("holdout" in source for source in corpus.sources)
    assert "tests/data/privacy/independent3" not in json.dumps(corpus.sources)
    held = {
        json.loads(line)["text"]
        for path in (ROOT / "tests/data/privacy").glob("*/holdout*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    assert held
    assert not held & {n.text for n in corpus.notes}


def test_a_left_out_file_is_not_trained_on() -> None:
    path = ROOT / "tests/data/privacy/independent5/dev.jsonl"
    corpus = training.training_notes(ROOT, leave_out=[path])
    assert not [n.id for n in corpus.notes if n.id.startswith("ind5-")]
    assert "tests/data/privacy/independent5/dev.jsonl" not in corpus.sources


def test_a_swap_keeps_the_shape_and_the_offsets(pools: training.NamePools) -> None:
    text = "Mme DIALLO Fatou appelle. DIALLO dit que fatou est partie, M. Le Goff aussi."
    source = note(text, "DIALLO Fatou", "DIALLO", "fatou", "Le Goff")
    source.entities[1:2] = [Span(26, 32, Label.PERSONNE)]  # the second DIALLO
    for _ in range(20):
        new, ranges = training.augment(source, pools)
        values = [new[s:e] for s, e, label in ranges if label == "PER"]
        assert len(values) == 4
        surname, first = values[0].split(" ", 1)
        assert surname == values[1]  # same name, same swap
        assert surname.isupper() or new == new.lower()
        assert first[0].isupper() or new == new.lower() or not first[0].isalpha()
        assert "Mme " in new or "mme " in new
        assert "DIALLO" not in new.upper() or surname == "DIALLO"
        assert "Le " in values[3] or "le " in values[3]  # the particle stays


def test_a_note_without_person_is_left_as_it_is(pools: training.NamePools) -> None:
    source = note("RSA suspendu, APL en baisse, 40 min d'attente.")
    new, ranges = training.augment(source, pools)
    assert ranges == []
    assert training.fold(new) == training.fold(source.text)


def test_the_shipped_recogniser_is_the_one_loaded() -> None:
    assert (nlp.TRAINED_NER / "model").exists(), "python -m immersion.privacy train-ner"
    learned = nlp.learned()
    base = nlp.load().get_pipe("ner")
    assert learned is not None and learned is not base
    assert "PER" in learned.labels
    assert learned.model.to_bytes() != base.model.to_bytes()
    meta = json.loads((nlp.TRAINED_NER / "training.json").read_text("utf-8"))
    assert meta["notes"] and not [source for source in meta["notes"] if "holdout" in source]


def test_its_persons_go_beside_the_models_own() -> None:
    text = "Mme Kante attend depuis 9h. Elle parle de Zidane à sa fille Jade."
    doc = nlp.load()(text)
    before = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    nlp.add_learned_names([doc])
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == before
    persons = [e.text for e in doc.spans[nlp.LEARNED]]
    assert "Kante" in persons and "Jade" in persons


def test_a_sentence_in_capitals_is_read_in_the_case_of_prose() -> None:
    text = "LA DAME S'APPELLE FATOU DIALLO ET ELLE ATTEND DEPUIS UNE HEURE."
    doc = nlp.load()(text)
    nlp.add_learned_names([doc], names.natural_case)
    assert "FATOU DIALLO" in [e.text for e in doc.spans[nlp.LEARNED]]
    assert found(Redactor(), text) == [("PERSONNE", "FATOU DIALLO")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elle cherchait la mairie (acte de naissance de Jade). 30 sec.", "Jade"),
    ],
)
def test_the_anonymiser_masks_what_only_the_recogniser_finds(text: str, name: str) -> None:
    assert name not in redact(text).text
    assert name in Redactor(use_spacy=False).redact(text).text  # the rules alone miss it


@pytest.mark.parametrize(
    "text",
    [
        "Couple afghan, 3 enfants. Le récépissé arrive à temps.",
        "ALERTE : l'agent lit à voix haute. L'infirmier de l'EMPP va voir un jeune.",
        "Tout le monde reconnaît le portrait d'Emmanuel Macron dans le hall.",
    ],
)
def test_common_words_acronyms_and_public_figures_stay(text: str) -> None:
    assert redact(text).text == text


def test_training_writes_a_recogniser_that_loads(tmp_path: Path) -> None:
    others = [path for path, _ in training.training_files(ROOT) if "independent5" not in str(path)]
    out = tmp_path / "ner"
    logged: list[str] = []
    training.train(ROOT, out, epochs=1, copies=0, leave_out=others, log=logged.append)
    meta = json.loads((out / "training.json").read_text("utf-8"))
    assert meta["notes"] == {"tests/data/privacy/independent5/dev.jsonl": 100}
    assert any(line.startswith("époque 1/1") for line in logged)
    ner = nlp._load_learned(nlp.load(), out)
    assert set(ner.labels) >= {"PER", "NIR", "IDENTIFIANT"}


def _values(text: str, *marked: tuple[str, str]) -> list[tuple[str, str]]:
    """What the redactor keeps of the recogniser's values ``marked`` (value, label)."""
    from immersion.privacy.keep import keep_ranges
    from immersion.privacy.redactor import _learned_values

    doc = nlp.load().make_doc(text)
    spans = []
    for value, label in marked:
        start = text.index(value)
        spans.append(doc.char_span(start, start + len(value), label=label, alignment_mode="expand"))
    doc.spans[nlp.LEARNED_VALUES] = spans
    return [
        (text[c.start : c.end], c.label.value)
        for c in _learned_values(text, doc, [], keep_ranges(text))
    ]


def test_the_recogniser_values_need_substance() -> None:
    text = "Badge cantine 4471093, voiture à 180 000 km, loyer 1 250 € ; mail : pas d'adresse."
    found = _values(
        text,
        ("4471093", "IDENTIFIANT"),
        ("180 000", "N_ALLOCATAIRE"),
        ("1 250", "IDENTIFIANT"),
        ("pas d'adresse", "EMAIL"),
    )
    assert found == [("4471093", "IDENTIFIANT")]


def test_the_recogniser_values_never_overrule_the_rules_nor_a_kept_range() -> None:
    from immersion.privacy.detectors.base import Candidate
    from immersion.privacy.redactor import _learned_values

    text = "NIR 1 85 03 75 112 004 27, dossier SIAO 2024-118877."
    doc = nlp.load().make_doc(text)
    nir = text.index("1 85")
    siao = text.index("2024")
    doc.spans[nlp.LEARNED_VALUES] = [
        doc.char_span(nir, nir + 21, label="IDENTIFIANT"),
        doc.char_span(siao, len(text) - 1, label="IDENTIFIANT"),
    ]
    found = [Candidate(nir, nir + 21, Label.NIR)]
    assert _learned_values(text, doc, found, []) == [
        Candidate(siao, len(text) - 1, Label.IDENTIFIANT)
    ]
    assert _learned_values(text, doc, found, [(siao, siao + 4)]) == []
