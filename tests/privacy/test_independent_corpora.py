"""Every independent corpus keeps the format its authors were given (`corpus_check.py`): well
formed notes, spans inside the text and apart, keep strings present outside the masked spans,
ids unique, each note in one half only. Failures name the file and count the errors, never a
value: the held-out halves must stay unseen."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "privacy"
sys.path.insert(0, str(DATA))

from corpus_check import check_note  # noqa: E402

CORPORA = sorted(p for p in DATA.glob("independent*") if p.is_dir())


def test_every_corpus_is_found():
    assert len(CORPORA) >= 169


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_a_corpus_keeps_its_format(corpus):
    files = sorted(corpus.glob("*.jsonl"))
    assert files, f"{corpus.name}: no JSON lines file"
    ids: dict[str, str] = {}
    for path in files:
        notes = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        prefix = notes[0]["id"].rsplit("-", 1)[0]
        id_re = re.compile(rf"^{re.escape(prefix)}-\d{{3}}$")
        errors: list[str] = []
        for number, note in enumerate(notes, start=1):
            check_note(note, f"{path.name}:{number}", errors, [], id_re)
            if note["id"] in ids:
                errors.append(f"{path.name}:{number}: id also in {ids[note['id']]}")
            ids[note["id"]] = path.name
        if errors:  # (not an assert: its report would print the values)
            pytest.fail(f"{corpus.name}/{path.name}: {len(errors)} format error(s)")


def test_the_check_catches_a_broken_note():
    note = {
        "id": "ind99-001",
        "site_kind": "caf",
        "channel": "accueil_physique",
        "text": "Mme Diallo attend.",
        "entities": [{"start": 4, "end": 10, "label": "PERSONNE"}],
        "keep": ["Diallo", "RSA"],
    }
    errors: list[str] = []
    check_note(note, "x:1", errors, [], re.compile(r"^ind99-\d{3}$"))
    assert len(errors) == 2  # "Diallo" only inside a masked span, "RSA" not in the text
