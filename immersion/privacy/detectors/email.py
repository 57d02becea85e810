"""E-mail addresses."""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"
)


def detect(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), Label.EMAIL) for m in EMAIL_RE.finditer(text)]
