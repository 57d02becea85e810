"""Dates of birth, found by their cue (né(e) le, date de naissance, DDN…).

Other dates (appointments, letters) are kept: a date is only redacted when a birth cue
stands shortly before it.
"""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

_MONTHS = (
    r"janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[ûu]t"
    r"|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?"
)
DATE = (
    rf"(?:\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?:1er|\d{{1,2}})\s+(?:{_MONTHS})\s+\d{{4}}"
    rf"|(?:{_MONTHS})\s+\d{{4}})"
)
CUE = (
    r"(?:\bn[ée]e?s?(?:\s*\(e\))?\s+(?:le|en)\b|\bné(?:e|\(e\))?s?(?!\w)|naissance|naiss\.|\bDDN\b"
    r"|\bD\.D\.N\.?"
    r"|\bdate\s+de\s+naiss)"
)
BIRTH_RE = re.compile(rf"{CUE}[^\n\d]{{0,30}}?({DATE})", re.IGNORECASE)
YEAR_RE = re.compile(r"\bn[ée]e?\s+en\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE) for m in BIRTH_RE.finditer(text)]
    found += [Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE) for m in YEAR_RE.finditer(text)]
    return found
