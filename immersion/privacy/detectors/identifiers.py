"""Caf beneficiary numbers and France Travail (ex-Pôle emploi) identifiers.

Both are plain digit strings, so they are only taken when a cue word stands shortly before
(numéro allocataire, n° CAF, matricule…; identifiant France Travail / Pôle emploi…). A France
Travail identifier (7 digits + a letter) is distinctive enough to be taken without cue.
"""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

_GAP = r"[^\d\n]{0,40}?"
CAF_RE = re.compile(
    r"(?:allocataire|\bn[°o]\s*caf\b|\bnum(?:[ée]ro|\.)?\s*(?:de\s+)?caf\b|matricule"
    r"|dossier\s+caf|\bnum(?:[ée]ro|\.)|\bn[°o]\b)"
    rf"{_GAP}(?<![\d])(\d{{7}})(?![\w])",
    re.IGNORECASE,
)
FT_CUE_RE = re.compile(
    r"(?:identifiant|\bid\b|france\s+travail|p[ôo]le\s+emploi|\bn[°o]\s*(?:pe|ft)\b)"
    rf"{_GAP}(?<![\d])(\d{{7}}[A-Za-z0-9])(?![\w])",
    re.IGNORECASE,
)
FT_BARE_RE = re.compile(r"(?<![\w])\d{7}[A-Z](?![\w])")


def detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(1), m.end(1), Label.N_ALLOCATAIRE) for m in CAF_RE.finditer(text)]
    found += [
        Candidate(m.start(1), m.end(1), Label.ID_FRANCE_TRAVAIL) for m in FT_CUE_RE.finditer(text)
    ]
    found += [
        Candidate(m.start(), m.end(), Label.ID_FRANCE_TRAVAIL) for m in FT_BARE_RE.finditer(text)
    ]
    return found
