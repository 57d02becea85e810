"""Licence plates: SIV (AB-123-CD, since 2009) and the older FNI (123 ABC 75)."""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.keep import is_keep_word
from immersion.privacy.types import Label

_L = "A-HJ-NP-TV-Z"
SIV_RE = re.compile(rf"(?<![\w-])[{_L}]{{2}}([- ]?)\d{{3}}\1[{_L}]{{2}}(?![\w-])")
FNI_RE = re.compile(r"(?<![\w-])\d{1,4}([ -]?)([A-Z]{2,3})\1(?:\d{2}|2[AB]|97\d)(?![\w-])")


def detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.IMMATRICULATION) for m in SIV_RE.finditer(text)]
    for m in FNI_RE.finditer(text):
        if not is_keep_word(m.group(2)):
            found.append(Candidate(m.start(), m.end(), Label.IMMATRICULATION))
    return found
