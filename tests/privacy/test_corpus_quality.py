"""Quality gate: the labelled corpus must meet the recall and keep targets (not timing)."""

from __future__ import annotations

import collections

from immersion.privacy.evaluation import load_corpus, missed_targets, score
from tests.privacy.conftest import CORPUS


def test_corpus_is_large_and_diverse():
    notes = load_corpus(CORPUS)
    assert len(notes) >= 300
    kinds = collections.Counter(n.site_kind for n in notes)
    assert set(kinds) == {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
    channels = {(n.site_kind, n.channel) for n in notes}
    assert {c for _, c in channels} == {
        "accueil_physique",
        "accueil_telephonique",
        "controle_sur_place",
    }
    assert {k for k, c in channels if c == "controle_sur_place"} == {"caf", "cpam"}
    hand_written = [n for n in notes if n.id.startswith(("hw-", "holdout-hw-"))]
    assert len(hand_written) * 3 >= len(notes)
    assert any(n.id.startswith("holdout-") for n in notes)
    for note in notes:
        for ent in note.entities:
            assert 0 <= ent.start < ent.end <= len(note.text)


def test_anonymiser_meets_its_targets_on_the_corpus(redactor):
    notes = load_corpus(CORPUS)
    predictions = [r.spans for r in redactor.redact_many([n.text for n in notes])]
    report = score(notes, predictions)
    assert missed_targets(report) == []
