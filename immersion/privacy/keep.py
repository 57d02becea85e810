"""The keep list: institutions, programmes, service numbers and places that must survive.

spaCy tags "Caf" or "Cpam" as ORG or PER now and then; the name rules also see capitalised
words everywhere. Every person candidate is checked against this list before it is accepted.
"""

from __future__ import annotations

import re
from functools import cache

from immersion.privacy.resources import fold, keep_terms, places

#: Placeholders already in a text (so that redacting twice changes nothing).
PLACEHOLDER_RE = re.compile(
    r"\[(?:PERSONNE_\d+|NIR|TÉLÉPHONE|EMAIL|IBAN|ADRESSE|DATE_NAISSANCE"
    r"|N_ALLOCATAIRE|ID_FRANCE_TRAVAIL|IMMATRICULATION|IDENTIFIANT)\]"
)


@cache
def _keep_regex() -> re.Pattern[str]:
    terms = sorted(keep_terms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w@])", re.IGNORECASE)


@cache
def _keep_words() -> frozenset[str]:
    return frozenset(fold(t) for t in keep_terms()) | places()


#: Shapes that are never a person: a job code of France Travail's ROME ("ROME J1501",
#: "code ROME K1302"); a letter of the spelling alphabet ("J comme Jacques", "B comme
#: Bernard": the first name says the letter, it names no one).
_KEPT_SHAPES_RE = re.compile(
    r"\b(?i:rome)\s*:?\s*[A-Na-n]\s?\d{4}\b"
    r"|(?<![\w'’])([A-Z])\s+comme\s+(?=\1)[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
)


def keep_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of protected terms and of existing placeholders in ``text``."""
    ranges = [(m.start(), m.end()) for m in _keep_regex().finditer(text)]
    if "comme" in text or "ROME" in text.upper():
        ranges += [(m.start(), m.end()) for m in _KEPT_SHAPES_RE.finditer(text)]
    ranges += [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    return sorted(ranges)


def is_keep_word(word: str) -> bool:
    """True for a single word of the keep list or a known place (case and accents ignored)."""
    return fold(word) in _keep_words()


def is_keep_word_strict(word: str) -> bool:
    """True for a single word of the keep list itself (places of villes.txt excepted)."""
    return fold(word) in _keep_terms_folded()


@cache
def _keep_terms_folded() -> frozenset[str]:
    return frozenset(fold(t) for t in keep_terms())


def is_place(word: str) -> bool:
    return fold(word) in places()
