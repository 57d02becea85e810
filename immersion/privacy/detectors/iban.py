"""IBAN: country code, two check digits, then 11 to 30 alphanumerics, compact or by fours.

A match is taken when its ISO 7064 checksum (mod 97) holds, whatever the national rules of
the bank code inside (python-stdnum checks those too, and a real but foreign account may
fail them); when a cue (IBAN, RIB, compte, banque) stands just before it; or when it has a
French shape (FR + 25 characters) with a wrong checksum, being a mistyped bank account.

A partial IBAN is still the person's account: "l'IBAN se termine par 4587", "derniers
chiffres du RIB : 008 63" — the digits after such a cue are taken.
"""

from __future__ import annotations

import re

from stdnum import iban as std_iban

from immersion.privacy import accents
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

#: Groups may be split by spaces, dashes or a line break (a value typed on a phone runs onto
#: the next line), or commas when read aloud by fours ("CH52, 0076, 7000, …"); the country
#: code may stand apart ("FR 76 3000…"); the last group may be typed in two pieces ("… 7890 1
#: 89"), the second of digits only (never a word: "… 407 RSA").
_GSEP = r"(?:[ \u00a0\-]{0,2}|[ \u00a0]?\n[ \u00a0]?|,[ \u00a0]?)"
IBAN_RE = accents.compile(
    rf"(?<![\w])[A-Za-z]{{2}}[ \u00a0]?\d{{2}}(?:{_GSEP}[A-Za-z0-9]{{4}}){{2,7}}"
    rf"(?:{_GSEP}[A-Za-z0-9]{{1,4}})?(?:{_GSEP}\d{{1,4}})?(?![\w])"
)
#: … or read aloud in pairs or threes ("FR 76 11 00 60 00 20 52 18 49 03 31 181"): taken
#: only when its checksum holds.
IBAN_PAIRS_RE = accents.compile(
    r"(?<![\w])[A-Z]{2}[ \u00a0]?\d{2}(?:[ \u00a0]\d{2,3}){6,14}(?:[ \u00a0]\d)?(?![\w])"
)
#: A French account as a bank prints it: IBAN in RIB groups ("FR76 30006 00001 12345678901
#: 89") or the RIB alone (bank 5, branch 5, account 11, key 2), a shape nothing else has.
RIB_RE = accents.compile(
    r"(?<![\w])(?:(?i:FR)[ \u00a0]?\d{2}[ \u00a0]?)?\d{5}[ \u00a0]\d{5}[ \u00a0][A-Za-z0-9]{11}"
    r"[ \u00a0]\d{2}(?![\w])"
)
#: The RIB read field by field: "banque 30004 guichet 00823 compte 00012345678 clé 21".
RIB_FIELDS_RE = accents.compile(
    r"(?<![\w])(\d{5}[\s,;/]+(?i:code\s+)?(?i:guichet)\s*:?\s*\d{5}[\s,;/]+"
    r"(?i:(?:n°|num[ée]ro)\s+(?:de\s+)?)?(?i:compte)\s*:?\s*[A-Za-z0-9]{11}[\s,;/]+"
    r"(?i:cl[ée](?:\s+rib)?)\s*:?\s*\d{2})(?![\w])"
)
#: After an account cue, the RIB as one row of 23 digits ("son RIB 30004012340001234567821").
RIB_ROW_RE = accents.compile(
    r"(?i:\b(?:rib|iban|compte(?:\s+bancaire)?)\b)[^\n\d]{0,20}?(?<![\w])(\d{23})(?![\w])"
)
_GROUP = accents.compile(r"[A-Za-z0-9]+")
#: Two-letter French words that are no country code in lowercase.
_WORDS = frozenset("le la de du un au en et ou sa ma ta se ce ne il on me te lu vu eu".split())
_CUE_BEFORE = accents.compile(r"(?i:\b(?:iban|rib|compte|banque|bancaires?)\b)[^\n\d]{0,30}$")
_ACCOUNT = r"(?:iban|rib|compte(?:\s+bancaire)?)"
PARTIAL_RE = accents.compile(
    rf"(?i:\b{_ACCOUNT}\b[^\n\d.;]{{0,25}}?(?:se\s+)?(?:termin\w*|fini\w*)\s+(?:par|en)"
    rf"|(?:(?:\d|deux|trois|quatre|cinq)\s+)?derniers\s+(?:chiffres|num[ée]ros)"
    rf"\s+(?:de\s+(?:l['’]\s*|son\s+|sa\s+)?|du\s+|d['’]\s*){_ACCOUNT}"
    rf"|\bfin\s+(?:de\s+l['’]\s*|du\s+|de\s+son\s+){_ACCOUNT})"
    r"\s*(?:[:=]\s*|est\s+|c['’]est\s+)?"
    r"(\d{2,}(?:[ \u00a0]\d+){0,3})(?![\w]|[.,]\d|\s*(?:€|%|euros?\b))"
)


def _compact(raw: str) -> str:
    return re.sub(r"[ \u00a0\-\n,]", "", raw).upper()


def _mod97(compact: str) -> bool:
    if not compact[:2].isalpha() or not compact[2:4].isdigit() or len(compact) < 14:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _checked(compact: str) -> bool:
    return (
        std_iban.is_valid(compact)
        or _mod97(compact)
        or (compact.startswith("FR") and len(compact) == 27 and compact[2:].isalnum())
    )


def _shaped(piece: str) -> bool:
    compact = _compact(piece)
    return len(compact) >= 14 and piece[-1].isdigit() and sum(c.isdigit() for c in compact) >= 8


def detect(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        if raw[:2] in _WORDS:
            continue  # "le 1000734149007 04": a number after a word, whatever its checksum
        cued = _CUE_BEFORE.search(text, max(0, m.start() - 45), m.start()) is not None
        # Try the longest prefix made of whole groups first: the regex may have swallowed a
        # following word in capitals.
        ends = [g.end() for g in _GROUP.finditer(raw) if g.end() >= 10]
        end = next((e for e in reversed(ends) if _checked(_compact(raw[:e]))), None)
        if end is None and cued:  # after "IBAN :", a bank account even with a typo
            end = next((e for e in reversed(ends) if _shaped(raw[:e])), None)
        if end is not None:
            found.append(Candidate(m.start(), m.start() + end, Label.IBAN))
    for m in IBAN_PAIRS_RE.finditer(text):
        ends = [g.end() for g in _GROUP.finditer(m.group()) if g.end() >= 14]
        end = next((e for e in reversed(ends) if _checked(_compact(m.group()[:e]))), None)
        if end is not None and not any(c.overlaps(m.start(), m.start() + end) for c in found):
            found.append(Candidate(m.start(), m.start() + end, Label.IBAN))
    found += [Candidate(m.start(1), m.end(1), Label.IBAN) for m in PARTIAL_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.IBAN) for m in RIB_RE.finditer(text)]
    found += [Candidate(m.start(1), m.end(1), Label.IBAN) for m in RIB_ROW_RE.finditer(text)]
    found += [Candidate(m.start(1), m.end(1), Label.IBAN) for m in RIB_FIELDS_RE.finditer(text)]
    return found
