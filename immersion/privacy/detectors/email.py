"""E-mail addresses, also typed with a space around "@", with "arobase", or obfuscated
("prenom.nom [at] domaine.net", "c.salaun(at)orange.fr", "x at y.fr", "gmail[.]com")."""

from __future__ import annotations

import re

from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

_AT = (
    r"(?:\s?@\s?|\s(?i:arobase|arrobase|at)\s|\s?[\[(]\s?(?i:at|a|arobase|@)\s?[\])]\s?"
    r"|\s?\{(?i:at)\}\s?)"
)
_DOT = (
    r"(?:\.|\s?\.\s?(?=(?i:com|fr|net|org)(?![\w-]))|\s?[\[(](?i:dot|point|\.)[\])]\s?|\s\.\s(?=[A-Za-z]{2,}(?![\w-]))"
    r"|\s(?i:point|dot)\s(?=[a-z]{2,}(?![\w-])))"  # "laposte point net"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
#: A known mailbox provider without its ending ("kevin.lf@gmail", "x arobase hotmail"), or
#: with a comma typed for the dot ("x@orange,fr").
PROVIDER_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    rf"{_AT}(?i:gmail|hotmail|yahoo|outlook|orange|free|laposte|sfr|wanadoo|icloud|live|msn)"
    r"(?:,(?i:com|fr|net)|(?![\w.@-]|\.[a-z]))"
)
#: Dictated whole: "marie point dupont arobase gmail point com".
SPOKEN_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9_\-]*(?:\s(?i:point|dot|tiret(?:\s+(?:du\s+)?(?:bas|haut|six|huit))?|underscore|trait\s+d['’]union)\s[A-Za-z0-9][A-Za-z0-9_\-]*)+"
    r"\s(?i:arobase|arrobase|at)\s[A-Za-z0-9\-]+(?:\s(?i:point|dot)\s[a-z]{2,})+(?![\w-])"
)
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    rf"{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,}}(?![\w-])"
)


_PROVIDERS = r"(?i:gmail|hotmail|yahoo|outlook|orange|free|laposte|sfr|wanadoo|icloud|live|msn)"
#: "chez" for "@" ("jdupont chez orange point fr"), only before a mailbox provider: "chez
#: Orange" alone is a shop, so a dot or "point" and an ending must follow.
CHEZ_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*\s(?i:chez)\s"
    + _PROVIDERS
    + r"(?:\s?\.\s?|\s(?i:point|dot)\s)(?i:com|fr|net)(?![\w-])"
)
#: The local part spelt letter by letter before "arobase" or "@": "M.A.R.I.E. point D.U.R.A.N.D.
#: arobase free point fr", "J comme Jean, D comme Denis, U, P, O, N, T arobase gmail point com".
_SPELT = r"(?:[A-Za-z0-9](?:\s(?i:comme)\s[A-Za-zÀ-ÿ]+)?(?:[.,\-]\s?|\s)){2,40}"
_SPELT_MORE = _SPELT.replace("{2,40}", "{1,40}")  # after "point", one letter may do ("point K.")
_AT_WORD_RE = re.compile(r"@|(?i:\barr?obase\b|\bat\b)")
SPELT_RE = re.compile(
    r"(?<![\w.+-])" + _SPELT + r"(?:(?i:point|tiret|underscore)\s" + _SPELT_MORE + r")*"
    r"(?:(?i:arobase|arrobase|at)\s|@\s?)[A-Za-z0-9\-]+(?:\s?\.\s?|\s(?i:point|dot)\s)[a-z]{2,}"
    r"(?![\w-])"
)


def detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.EMAIL) for m in EMAIL_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in PROVIDER_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in SPOKEN_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in CHEZ_RE.finditer(text)]
    if _AT_WORD_RE.search(text):  # a spelt address needs its "@": skip the scan otherwise
        found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in SPELT_RE.finditer(text)]
    return found
