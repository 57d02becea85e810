"""The files precomputed from the spaCy model match it, and loading through them changes
nothing: same tokens, same entities as spaCy's own (slow) loading path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from immersion.privacy import model_data
from immersion.privacy.communes import COMMUNES_FILE, FOREIGN_FILE
from immersion.privacy.first_names_data import EXTENDED_FILE
from immersion.privacy.nlp import EXCLUDED, _vocabulary, load
from tests.privacy.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[2]

#: Run in a fresh process: spaCy's French module as shipped (its slow token_match compiled),
#: the model loaded the standard way; prints what the tests compare.
REFERENCE = """
import json, sys
import spacy
from spacy.lang.fr import tokenizer_exceptions as fr
from immersion.privacy import model_data
data = model_data.tokenizer_data()
texts, words = json.load(sys.stdin)
nlp = spacy.load(model_data.MODEL, exclude=EXCLUDED)
docs = list(nlp.pipe(texts))
json.dump({
    "same_exceptions": fr.TOKENIZER_EXCEPTIONS == data["exceptions"],
    "same_pattern": fr.TOKEN_MATCH.__self__.pattern == data["token_match"],
    "tokens": [[t.text for t in d] for d in docs],
    "ents": [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs],
    "matches": [bool(fr.TOKEN_MATCH(w)) for w in words],
}, sys.stdout)
"""


def _texts() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts + [
        "Rdv l'après-midi avec la grand-mère, prud'homme, week-end, porte-monnaie, "
        "Saint-Brieuc, c'est-à-dire qu'aujourd'hui… est-ce qu'il vient ? a-t-elle dit.",
        "Mme N'Diaye, M. Le Goff-Kerbrat, arc-en-ciel, entr'ouvert, anti-âge, sous-préfecture.",
    ]


def _words() -> list[str]:
    folded = [w for w in _vocabulary() if "-" in w or "'" in w]
    return folded + [w.title() for w in folded] + [w.upper() for w in folded]


@pytest.fixture(scope="module")
def reference() -> dict:
    code = f"EXCLUDED = {list(EXCLUDED)!r}\n{REFERENCE}"
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps([_texts(), _words()]),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def test_shipped_files_match_the_installed_model(tmp_path):
    shipped = {
        name: (Path(model_data.__file__).parent / "data" / name).read_bytes()
        for name in (
            model_data.VOCABULARY_FILE,
            model_data.TOKEN_MATCH_FILE,
            COMMUNES_FILE,
            FOREIGN_FILE,
            EXTENDED_FILE,
        )
    }
    for path in model_data.rebuild(tmp_path):
        assert path.read_bytes() == shipped[path.name], f"rebuild-data needed: {path.name}"


def test_the_stand_in_module_holds_spacys_exceptions_and_pattern(reference):
    assert reference["same_exceptions"]
    assert reference["same_pattern"]


def test_the_fast_token_match_accepts_the_same_strings(reference):
    _, fast = model_data.read_token_match()
    tokenizer = load().tokenizer
    assert tokenizer.token_match.__self__.pattern == fast
    words = _words()
    assert [bool(tokenizer.token_match(w)) for w in words] == reference["matches"]
    assert any(reference["matches"])


def test_tokens_and_entities_are_those_of_the_standard_loading(reference):
    docs = list(load().pipe(_texts()))
    assert [[t.text for t in d] for d in docs] == reference["tokens"]
    assert [[[e.start_char, e.end_char, e.label_] for e in d.ents] for d in docs] == (
        reference["ents"]
    )
