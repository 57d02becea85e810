"""Numbers said aloud and written in words ("zéro six, quarante et un, dix-huit…").

Observers copy what people dictate: phone numbers by pairs, Caf numbers digit by digit or
by groups of three ("huit cent quarante-deux, trois cent douze, un"), IBANs. A run of number
words that adds up to six digits or more is personal data; its label comes from the words
just before it (tél → TELEPHONE, alloc → N_ALLOCATAIRE, IBAN/RIB or a leading "FR" → IBAN),
IDENTIFIANT otherwise. Shorter runs ("deux ou trois", "vingt-cinq minutes") are kept.

The parser is small and pure Python: each maximal run of number words is cut into numbers
the way French reads them ("quatre-vingt-dix-huit" is one number, "deux trois" two).
"""

from __future__ import annotations

import re

from stdnum.fr import nir as std_nir

from immersion.privacy import accents
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.resources import fold
from immersion.privacy.types import Label

UNITS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15}
TEENS["seize"] = 16
TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50}
TENS["soixante"] = 60
WORDS = {"zero", "et", "cent", "cents", "mille", "mil", "million", "millions"}
WORDS |= set(UNITS) | set(TEENS) | set(TENS)

_WORD = r"[A-Za-zÀ-ÿ]+"
NUMBER_WORD = "|".join(sorted(WORDS | {"zéro"}, key=len, reverse=True))
#: A number said twice or three times over: "zéro six, double zéro, trente-deux".
_REPEATS = {"double": 2, "triple": 3}
_REPEAT = r"(?:(?:double|triple)[ \u00a0]+)?"
#: A run of number words, joined by spaces, hyphens, commas or the pauses of a dictation
#: ("zéro huit… deux cent douze… quarante-six").
RUN_RE = accents.compile(
    rf"(?<![\w-]){_REPEAT}(?:{NUMBER_WORD})"
    rf"(?:(?:[\s\-]+|\s*,\s*|[^\S\n]*(?:…|\.{{2,3}})[^\S\n]*){_REPEAT}(?:{NUMBER_WORD}))*(?![\w-])",
    re.IGNORECASE,
)


_WORD_RE = accents.compile(_WORD)
#: The country code before a dictated IBAN: "FR", "F R", "F.R.", "f r".
_FR_BEFORE_RE = accents.compile(r"(?<![\w])(?:FR|(?i:f[ .\-]r)\.?)\s*$")


def read_number(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, next index) of the French number read from ``words[i]`` (folded words), or
    None when no number starts there. Reads as far as the words still make one number:
    "quatre vingt dix huit" is 98, "deux trois" stops after "deux"."""
    if i >= len(words) or words[i] not in WORDS or words[i] == "et":
        return None
    if words[i] == "zero":
        return 0, i + 1
    millions, total, current, j = 0, 0, 0, i
    last, prev = "", ""  # kind of the last word read (unit, teen, ten, 80, cent, mille), word
    while j < len(words):
        w = words[j]
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if w == "et" and last == "ten" and nxt in ("un", "une", "onze"):
            j += 1
            continue
        if w in UNITS:
            if last in ("", "cent", "mille"):
                kind = "unit"
            elif (last == "ten" and current % 10 == 0) or last == "80":
                kind = "done"
            elif last == "teen" and prev == "dix" and w in ("sept", "huit", "neuf"):
                kind = "done"
            else:
                break
            current += UNITS[w]
        elif w in TEENS:
            if not (
                last in ("", "cent", "mille")
                or (last in ("ten", "80") and current % 100 in (60, 80))
            ):
                break
            current += TEENS[w]
            kind = "teen"
        elif w in TENS:
            if w.startswith("vingt") and last == "unit" and current % 100 == 4:
                current += 76  # quatre-vingt(s)
                kind = "80"
            elif last in ("", "cent", "mille"):
                current += TENS[w]
                kind = "ten"
            else:
                break
        elif w in ("cent", "cents"):
            # (and "dix-neuf cent quatre-vingt-deux": a year said by its hundreds)
            if not (
                last in ("", "mille")
                or (last == "unit" and current % 100 < 10)
                or (last == "done" and 17 <= current <= 19 and not total)
            ):
                break
            current = current - current % 100 + (current % 100 or 1) * 100
            kind = "cent"
        elif w in ("mille", "mil"):
            if total or last == "mille":
                break
            total, current, kind = (current or 1) * 1000, 0, "mille"
        elif w in ("million", "millions"):
            # "un million deux cent quatre mille trois cent dix"
            if millions or total or last == "mille":
                break
            millions, current, kind = (current or 1) * 1_000_000, 0, "mille"
        else:
            break
        last, prev = kind, w
        j += 1
    return (millions + total + current, j) if j > i else None


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD_RE.finditer(text)]


def digits_of(text: str) -> str:
    """The digits a run of number words stands for ("zéro six, quarante et un" → "0641",
    "double zéro" → "00")."""
    words = [w for _, _, w in _words(text)]
    out, i = [], 0
    while i < len(words):
        times = _REPEATS.get(words[i], 1)
        found = read_number(words, i + (times > 1))
        if found is None:
            i += 1
            continue
        value, i = found
        out.append(str(value) * times)
    return "".join(out)


#: Digits and numbers in words said in a row, with pauses between them: "06 12... 33",
#: "zéro trois... quatre-vingt-quatre", "deux neuf zéro cinq quatre sept un".
SAID_NUMBER = rf"(?:\d+|(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))*)"
SAID_RUN_RE = accents.compile(
    rf"(?<![\w,.]){SAID_NUMBER}(?:(?:[ \u00a0,]|…|\.{{2,3}})+{SAID_NUMBER})*"
    r"(?![\w])(?![^\S\n]*(?:€|euros?\b|%|ans?\b|h\b|km\b|kg\b|mois\b|jours?\b))",
    re.IGNORECASE,
)
_SAID_TOKEN_RE = accents.compile(r"\d+|[^\W\d_][\w\-]*")


def said_digits(run: str) -> str:
    """The digits of a run of digits and numbers in words ("06 12... 33" → "061233")."""
    out, words = [], []
    for token in _SAID_TOKEN_RE.findall(run):
        if token.isdigit():
            out.append(digits_of(" ".join(words)) if words else "")
            words = []
            out.append(token)
        else:
            words.append(token)
    out.append(digits_of(" ".join(words)) if words else "")
    return "".join(out)


#: The "et" that goes on with the sentence after a number: « 312, et la clé 34 ».
AND_AFTER_RE = re.compile(r"[ \u00a0,]+et$", re.IGNORECASE)


def _mixed(run: str) -> bool:
    """Digits and numbers in words taking turns in one dictation (« zéro sept, 62,
    quatre-vingts, 15, 33 »), in groups of three digits at most (not a year beside its
    words: "2019, deux mille vingt"), or a phone number begun in words ("zéro six 12 34 56
    78")."""
    kinds = []
    for token in _SAID_TOKEN_RE.findall(run):
        if token.isdigit() and len(token) > 3:
            return False
        kind = "d" if token.isdigit() else "w"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return len(kinds) >= 3 or (
        len(kinds) == 2 and re.fullmatch(r"0[1-9]\d{8}", said_digits(run)) is not None
    )


#: The digits in English, Spanish, Portuguese and Italian, for a number read in the caller's
#: language: « siete dos cero tres uno seis cuatro », "five, zero, two, seven…".
FOREIGN_DIGITS = {
    **dict.fromkeys(("zero", "cero", "oh"), "0"),
    **dict.fromkeys(("one", "uno", "um", "una"), "1"),
    **dict.fromkeys(("two", "dos", "dois", "due"), "2"),
    **dict.fromkeys(("three", "tres", "tre"), "3"),
    **dict.fromkeys(("four", "cuatro", "quatro", "quattro"), "4"),
    **dict.fromkeys(("five", "cinco", "cinque"), "5"),
    **dict.fromkeys(("six", "seis", "sei"), "6"),
    **dict.fromkeys(("seven", "siete", "sete", "sette"), "7"),
    **dict.fromkeys(("eight", "ocho", "oito", "otto"), "8"),
    **dict.fromkeys(("nine", "nueve", "nove"), "9"),
}
_FOREIGN_DIGIT = "|".join(sorted(FOREIGN_DIGITS, key=len, reverse=True))
#: … six of them in a row at least, one of them no French number word (« six » is both).
_FOREIGN_RUN_RE = accents.compile(
    rf"(?<![\w-])(?:{_FOREIGN_DIGIT})(?:(?:[^\S\n]+|[^\S\n]*,[^\S\n]*)(?:{_FOREIGN_DIGIT})){{5,}}"
    r"(?![\w-])",
    re.IGNORECASE,
)


CUES = (
    (Label.NIR, accents.compile(r"(?i:\b(?:nir|s[ée]cu\w*|ss|vitale)\b)[^\n\d]{0,40}$")),
    (Label.IBAN, accents.compile(r"(?i:\b(?:iban|rib)\b)[^\n]{0,25}$")),
    (Label.N_ALLOCATAIRE, accents.compile(r"(?i:\b(?:alloc\w*|caf)\b)[^\n\d]{0,50}$")),
    (
        Label.ID_FRANCE_TRAVAIL,
        accents.compile(
            r"(?i:\b(?:identifiant|id|ft|france\s+travail|p[ôo]le\s+emploi)\b)[^\n\d]{0,60}$"
        ),
    ),
    (
        Label.TELEPHONE,
        accents.compile(
            r"(?i:\b(?:t[ée]l\w*|portable|num(?:[ée]ro)?|fixe|rappel\w*)\b)[^\n]{0,40}$"
        ),
    ),
)


#: Words said before the letter: "…, lettre B", "…, puis B comme Bernard", "et la lettre K".
_LETTER_WORDS = r"(?:(?i:puis|et|plus)[ \u00a0]+)?(?:(?i:la[ \u00a0]+)?(?i:lettre)[ \u00a0]+)?"
_FT_LETTER_RE = accents.compile(
    r"(?:[ \u00a0\-]|,[ \u00a0]?)?" + _LETTER_WORDS + r"[A-Za-z](?![\w])"
    r"(?:[ \u00a0]comme[ \u00a0][A-ZÀ-Þ][a-zà-ÿ]+)?"  # "…, huit, T comme Thérèse"
)
#: Seven digits dictated then a capital letter said apart, without a cue: the shape of a
#: France Travail identifier ("six, zéro, neuf, deux, deux, un, cinq, J").
_FT_CAPITAL_RE = accents.compile(
    r"(?:[ \u00a0\-]|,[ \u00a0]?)" + _LETTER_WORDS + r"[A-Z](?![\w'’])"
)


#: The key after a dictated NIR, up to 97: "clé dix-sept", "clé quatre-vingt-un".
_KEY_AFTER_RE = accents.compile(
    rf"\s*,?\s*(?i:cl[ée])\s*:?\s*(?:{NUMBER_WORD})(?:[\s\-]+(?:{NUMBER_WORD})){{0,3}}(?![\w-])",
    re.IGNORECASE,
)


#: The plus sign of an international number, said aloud.
_PLUS_BEFORE_RE = accents.compile(r"(?<![\w-])(?i:plus)[ \u00a0]+$")


#: A day said aloud then "du": the month and year of a date follow ("le douze du douze deux
#: mille douze"), not a number.
_DAY_DU_BEFORE_RE = accents.compile(
    rf"(?<![\w-])(?:{NUMBER_WORD})[ \u00a0]+du[ \u00a0]+$", re.IGNORECASE
)


#: The letter of a Corsican department said between two runs of a NIR: "…, deux B, zéro
#: trente-trois…" (2A and 2B stand where the department's two digits do).
_CORSICA_RE = re.compile(r"[ \u00a0]*(?i:[AB])(?![\w'’])[ \u00a0]*,?[ \u00a0]*")


def _runs(text: str) -> list[tuple[int, int, str]]:
    """The runs of number words with the digits they stand for; a NIR of someone born in
    Corsica, cut by its department's letter, is one run (its digits read 19 or 18 there,
    as its key counts them)."""
    runs = [(m.start(), m.end(), digits_of(m.group())) for m in RUN_RE.finditer(text)]
    mixed = [
        (m.start(), m.start() + len(AND_AFTER_RE.sub("", m.group())))
        for m in SAID_RUN_RE.finditer(text)
    ]
    other = [
        (start, end, said_digits(text[start:end]))
        for start, end in mixed
        if _mixed(text[start:end])
    ] + [
        (m.start(), m.end(), "".join(FOREIGN_DIGITS[fold(w)] for w in _WORD_RE.findall(m.group())))
        for m in _FOREIGN_RUN_RE.finditer(text)
        if any(fold(w) not in WORDS for w in _WORD_RE.findall(m.group()))
    ]
    if other:  # (the runs of words inside them are theirs)
        runs = [r for r in runs if not any(s <= r[0] and r[1] <= e for s, e, _ in other)]
        runs = sorted(runs + other)
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(runs):
        start, end, digits = runs[k]
        corsica = _CORSICA_RE.match(text, end) if k + 1 < len(runs) else None
        if (
            corsica
            and corsica.end() == runs[k + 1][0]
            and len(digits) == 6
            and digits.endswith("2")
            and digits[0] in "12"
            and len(runs[k + 1][2]) in (6, 8)
        ):
            letter = corsica.group().strip(" \u00a0,").upper()
            tail = runs[k + 1][2]
            out.append((start, runs[k + 1][1], digits[:-1] + {"A": "19", "B": "18"}[letter] + tail))
            k += 2
            continue
        out.append((start, end, digits))
        k += 1
    return out


def detect(text: str) -> list[Candidate]:
    found = []
    for start, end, digits in _runs(text):
        run = text[start:end]
        before = text[max(0, start - 70) : start]
        if _DAY_DU_BEFORE_RE.search(before):
            continue
        iban = _FR_BEFORE_RE.search(before)
        if len(_words(run)) < 3 or (len(digits) < 6 and not iban):
            continue
        label = Label.IDENTIFIANT
        if len(digits) == 7 and _FT_CAPITAL_RE.match(text, end) and not iban:
            label = Label.ID_FRANCE_TRAVAIL  # the letter is read below
        elif iban:
            start, label = start - (len(before) - iban.start()), Label.IBAN
        else:
            for cue_label, cue in CUES:
                if cue_label is not Label.ID_FRANCE_TRAVAIL and cue.search(before[-50:]) is None:
                    continue
                if cue.search(before):
                    label = cue_label
                    break
        if label == Label.NIR and not re.fullmatch(r"[1278]\d{12}(?:\d\d)?", digits):
            label = Label.IDENTIFIANT
        if label == Label.ID_FRANCE_TRAVAIL:
            # seven digits then the letter said apart: "un deux trois … sept A"
            letter = _FT_LETTER_RE.match(text, end)
            if len(digits) == 7 and letter:
                end = letter.end()
            else:
                label = Label.IDENTIFIANT
        if label == Label.TELEPHONE and not (
            (digits.startswith("0") and len(digits) >= 9)
            or (digits[:1] in "123456789" and len(digits) == 9)  # "six dix-huit…": no zéro
        ):
            label = Label.IDENTIFIANT
        elif label == Label.IDENTIFIANT and re.fullmatch(r"0[1-9]\d{8}", digits):
            label = Label.TELEPHONE  # ten digits from "zéro six…": a French number by shape
        if label is Label.IDENTIFIANT and len(digits) == 15 and std_nir.is_valid(digits):
            label = Label.NIR  # fifteen digits whose key holds: a NIR by its shape
        if label in (Label.NIR, Label.IDENTIFIANT) and re.fullmatch(r"[1278]\d{12}", digits):
            key = _KEY_AFTER_RE.match(text, end)  # "…, clé dix-sept": the key is part of it
            if key:
                end, label = key.end(), Label.NIR
        plus = _PLUS_BEFORE_RE.search(text, max(0, start - 8), start)
        if plus and 9 <= len(digits) <= 15 and label in (Label.IDENTIFIANT, Label.TELEPHONE):
            start, label = plus.start(), Label.TELEPHONE  # "plus deux cent treize, …": +213
        found.append(Candidate(start, end, label))
    return found
