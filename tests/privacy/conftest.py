"""Fixtures for the anonymiser tests: no Django, no database, one spaCy load per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from immersion.privacy import Redactor
from immersion.privacy.nlp import load

CORPUS = Path(__file__).resolve().parents[1] / "data" / "privacy" / "notes.jsonl"


@pytest.fixture(autouse=True)
def _french() -> None:
    """Overrides the project-wide autouse fixture that needs Django's ``settings``."""


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    load()
    return Redactor()


@pytest.fixture(scope="session")
def rules_only() -> Redactor:
    return Redactor(use_spacy=False)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(label, original value) of every span found in ``text``."""
    return [(s.label.value, text[s.start : s.end]) for s in redactor.redact(text).spans]


def values(redactor: Redactor, text: str, label: str) -> list[str]:
    """The values of ``text`` found with ``label``, in their order."""
    return [v for lb, v in found(redactor, text) if lb == label]
