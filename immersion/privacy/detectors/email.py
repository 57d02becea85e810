"""E-mail addresses, also when typed with a space around "@" or with "arobase"."""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

_DOMAIN = (
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*"
)
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    r"(?:\s?@\s?|\s(?i:arobase|arrobase)\s)"
    rf"{_DOMAIN}\.[A-Za-z]{{2,}}(?![\w-])"
)


def detect(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), Label.EMAIL) for m in EMAIL_RE.finditer(text)]
