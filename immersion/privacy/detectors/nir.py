"""NIR (French social-security number).

Shape: sex (1-4, 7, 8), year (2), month (2), department (2 digits or 2A/2B), commune (3),
order (3), then an optional key (2) = 97 - (number mod 97), Corsica 2A/2B counted as 19/18.
Separators (space, dot, dash) are allowed between groups; the key may stand after a slash or
in parentheses ("… 926 / 55", "… 926 (55)"), or after "clé" ("… 926 clé 55"). A well-shaped
number whose key is wrong (or short of a digit) is still redacted:
a typo does not make it anonymous.
"""

from __future__ import annotations

import re

from stdnum.fr import nir as std_nir

from immersion.privacy import accents
from immersion.privacy.detectors import spoken
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.types import Label

#: A separator; a value typed on a phone may also run onto the next line ("2 85 03⏎35 238…").
#: Groups may also be read out with spaced dashes ("2 – 99 – 12 – 13 – 055 – 306"), or with
#: a pause after each ("2... 92... 07... 80... 021... 208").
_SEP = (
    r"(?:[ .\-\u00a0]?[ \u00a0]?\n[ \u00a0]?|[ \u00a0][\-–—][ \u00a0]|(?:…|\.{2,3})[ \u00a0]?"
    r"|[ .\-\u00a0])?"
)
NIR_RE = accents.compile(
    rf"(?<![\w.,])[1-478]{_SEP}\d\d{_SEP}(?:0[1-9]|1[0-2]|[2-9]\d){_SEP}"
    # department and commune: 2 + 3 digits (2A/2B for Corsica), or 3 + 2 overseas ("974 12")
    rf"(?:(?:\d\d|2[ABab]){_SEP}\d{{3}}|9[78]\d{_SEP}\d\d)"
    rf"{_SEP}\d{{3}}"
    r"(?:" + _SEP + r"\d\d?|\s?[/|]\s?\d\d|\s?\(\s?(?i:cl[ée]\s?:?\s?)?\d\d\s?\)"
    r"|\s(?i:cl[ée])\s?:?\s?\d\d)?(?![\w]|[.,]\d)"
)


def has_valid_key(raw: str) -> bool:
    compact = re.sub(r"[ .\-–—\u00a0\n]|(?i:cl[ée])|[():/|]", "", raw).upper()
    return len(compact) == 15 and std_nir.is_valid(compact)


#: The key said later, apart: "2 03 02 38 185 022 … et la clé c'est 74", "…, la clé
#: manque. Il la dit de tête : « 68 »", "… zéro trente-quatre, et la clé soixante-quatre"
#: (not an age, an amount or an hour).
LATER_KEY_RE = accents.compile(
    r"[^\d\n]{0,30}?\b(?i:cl[ée])\b[^\d\n]{0,45}?(?<![\d\w-])"
    rf"(\d\d|(?i:{spoken.NUMBER_WORD})(?:-(?i:{spoken.NUMBER_WORD}))*)"
    r"(?![\w-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b|min\b|euros?\b))"
)


def digits(value: str) -> str:
    """The digits of a number written in digits or said in words ("un, cinquante-huit, …")."""
    written = re.sub(r"\D", "", value)
    return written if written or not re.search(r"[^\W\d_]", value) else spoken.digits_of(value)


def later_key(text: str, cand: Candidate) -> Candidate | None:
    """The key of a NIR of 13 digits at ``cand``, said apart after it, if any."""
    if len(digits(text[cand.start : cand.end])) != 13:
        return None
    return key_after(text, cand.end)


#: The word that joins a key to its NIR, said right after it: "…, clé 25" (not "…, et la clé
#: 52": the words of a sentence stay).
_KEY_GLUE_RE = accents.compile(r"[^\S\n]*,?[^\S\n]*(?i:cl[ée])[^\S\n]*:?[^\S\n]*")


def key_after(text: str, end: int) -> Candidate | None:
    """The key said apart after the 13 digits of a NIR that end at ``end``, if any; said
    right after them ("…, clé 25"), the words between belong to the NIR's value too."""
    key = LATER_KEY_RE.match(text, end)
    if key is None or len(digits(key.group(1))) != 2:
        return None
    if _KEY_GLUE_RE.fullmatch(text, end, key.start(1)):
        return Candidate(end, key.end(1), Label.NIR)
    return Candidate(key.start(1), key.end(1), Label.NIR)


def detect(text: str) -> list[Candidate]:
    found = []
    for m in NIR_RE.finditer(text):
        cand = Candidate(m.start(), m.end(), Label.NIR)
        found.append(cand)
        if (key := later_key(text, cand)) is not None:
            found.append(key)
    return found
