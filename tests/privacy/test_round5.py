"""Fifth round on names (issue 8): classes of names found by their context rather than by a
list, and verbs no longer taken for names. Every example is invented here; the dev parts of
the independent corpora only told which classes to look at."""

from __future__ import annotations

import pytest

from immersion.privacy.nlp import is_verb_form
from tests.privacy.conftest import found


def names(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    "word",
    ["appelle", "rappelle", "vient", "revient", "prend", "finit", "attend", "reçoit", "ouvre"],
)
def test_irregular_verb_forms_are_verbs(word):
    # Read from the lemmatizer's exception table (verbs in -eler, -ir, -re, -oir…).
    assert is_verb_form(word)


@pytest.mark.parametrize(
    "text",
    [
        "Mr appelle, très énervé, pour son dossier.",
        "Mme rappelle le service après 14h.",
        "Mme revient avec ses papiers.",
        "Mr attend depuis une heure.",
    ],
)
def test_a_verb_after_a_civility_is_not_a_name(redactor, text):
    assert names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vu mme guillou et son fils", ["guillou"]),
        ("Mlle Font a rappelé.", ["Font"]),
        ("mme rivas dit qu'elle attend.", ["rivas"]),
    ],
)
def test_surnames_after_a_civility_still_found(redactor, text, expected):
    assert names(redactor, text) == expected
