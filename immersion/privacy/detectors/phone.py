"""Phone numbers: libphonenumber's matcher (region FR) plus a regex for French shapes.

The regex catches numbers the matcher rejects (unassigned ranges, odd separators). Short
service numbers (15, 115, 3646, 3949) never match either: they have fewer than ten digits.
"""

from __future__ import annotations

import re

import phonenumbers

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

#: A separator; a number typed on a phone may run onto the next line ("06 12 34⏎56 78").
_S = r"(?:[ .\-\u00a0/]?[ \u00a0]?\n[ \u00a0]?|[ .\-\u00a0/])?"
FR_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:(?:\+|00){_S}33{_S}(?:\(0\){_S})?|\(?0\)?){_S}[1-9](?:{_S}\d\d){{4}}(?!\d)"
)


# A French number written by pairs with a digit missing or one too many ("06 12 34 56 7"):
# still someone's phone number.
TYPO_PHONE_RE = re.compile(
    r"(?<![\w+])0[1-9](?:([ .\-])\d\d)(?:\1\d\d){2}\1(?:\d|\d{3}|\d\d\1\d)(?![\w])"
)


#: After a phone cue, a mobile number without its leading 0 ("tél. - 6 12 34 56 78") or a
#: ten-digit number with one digit too many, glued ("tel 06123456789").
_CUE = r"(?i:\b(?:t[ée]l[ée]?(?:phone)?|portable|mobile|port|fixe|gsm|num[ée]ro)\b)\.?[^\w\n]{0,6}"
CUED_PHONE_RE = re.compile(
    _CUE + r"((?<![\w+])(?:[67](?:[ .\-]\d\d){4}|[67]\d{8}|0[1-9]\d{9})(?!\d))"
)


def _balanced(text: str, start: int, end: int) -> Candidate:
    """Leave out an opening parenthesis that is not closed inside the number: in
    "Le Goff (06 12 34 56 78)" the parentheses belong to the sentence."""
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1
    return Candidate(start, end, Label.TELEPHONE)


_BIRTH_BEFORE_RE = re.compile(r"(?i:\bn[ée]e?s?\b|naiss\w*|\bddn\b)[^\n]{0,20}$")
_YEAR_GROUP_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _a_birth_date(text: str, cand: Candidate) -> bool:
    """ "né le 03 / 06 / 1970 - 37 min": a date of birth then a keep term, not a number."""
    raw = text[cand.start : cand.end]
    return bool(
        _YEAR_GROUP_RE.search(raw)
        and re.search(r"[/.]", raw)
        and _BIRTH_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start)
    )


def detect(text: str) -> list[Candidate]:
    return [_balanced(text, c.start, c.end) for c in _detect(text) if not _a_birth_date(text, c)]


def _detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in FR_PHONE_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in TYPO_PHONE_RE.finditer(text)]
    found += [
        Candidate(m.start(1), m.end(1), Label.TELEPHONE) for m in CUED_PHONE_RE.finditer(text)
    ]
    if any(ch.isdigit() for ch in text):
        for match in phonenumbers.PhoneNumberMatcher(text, "FR"):
            digits = sum(ch.isdigit() for ch in match.raw_string)
            if digits >= 9:  # never "3646" or "115"
                found.append(Candidate(match.start, match.end, Label.TELEPHONE))
    return found
