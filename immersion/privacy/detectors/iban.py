"""IBAN: country code, two check digits, then 11 to 30 alphanumerics, compact or by fours.

The ISO 7064 checksum (python-stdnum) accepts a match; a French-shaped IBAN (FR + 25
characters) with a wrong checksum is still redacted, being a mistyped bank account.
"""

from __future__ import annotations

import re

from stdnum import iban as std_iban

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

IBAN_RE = re.compile(
    r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \u00a0\-]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0\-]?[A-Za-z0-9]{1,4})?"
    r"(?![\w])"
)
_GROUP = re.compile(r"[A-Za-z0-9]+")


def _compact(raw: str) -> str:
    return re.sub(r"[ \u00a0\-]", "", raw).upper()


def detect(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        # Try the longest prefix made of whole groups first: the regex may have swallowed a
        # following word in capitals.
        ends = [g.end() for g in _GROUP.finditer(raw)]
        for end in reversed(ends):
            if end < 10:
                break
            piece = raw[:end]
            compact = _compact(piece)
            if std_iban.is_valid(compact) or (
                compact.startswith("FR") and len(compact) == 27 and compact[2:].isalnum()
            ):
                found.append(Candidate(m.start(), m.start() + end, Label.IBAN))
                break
    return found
