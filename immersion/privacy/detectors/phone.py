"""Phone numbers: libphonenumber's matcher (region FR) plus a regex for French shapes.

The regex catches numbers the matcher rejects (unassigned ranges, odd separators). Short
service numbers (15, 115, 3646, 3949) never match either: they have fewer than ten digits.
"""

from __future__ import annotations

import re

import phonenumbers

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

_S = r"[ .\-\u00a0/]?"
FR_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:(?:\+|00){_S}33{_S}(?:\(0\){_S})?|\(?0\)?){_S}[1-9](?:{_S}\d\d){{4}}(?!\d)"
)


# A French number written by pairs with a digit missing or one too many ("06 12 34 56 7"):
# still someone's phone number.
TYPO_PHONE_RE = re.compile(r"(?<![\w+])0[1-9](?:([ .\-])\d\d)(?:\1\d\d){2}\1(?:\d|\d{3})(?![\w])")


def _balanced(text: str, start: int, end: int) -> Candidate:
    """Leave out an opening parenthesis that is not closed inside the number: in
    "Le Goff (06 12 34 56 78)" the parentheses belong to the sentence."""
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1
    return Candidate(start, end, Label.TELEPHONE)


def detect(text: str) -> list[Candidate]:
    return [_balanced(text, c.start, c.end) for c in _detect(text)]


def _detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in FR_PHONE_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in TYPO_PHONE_RE.finditer(text)]
    if any(ch.isdigit() for ch in text):
        for match in phonenumbers.PhoneNumberMatcher(text, "FR"):
            digits = sum(ch.isdigit() for ch in match.raw_string)
            if digits >= 9:  # never "3646" or "115"
                found.append(Candidate(match.start, match.end, Label.TELEPHONE))
    return found
