"""Licence plates: SIV (AB-123-CD, since 2009), the older FNI (123 ABC 75), and any plate
announced by a cue (plaque, immat, véhicule, voiture…), foreign ones included.

Observers type plates as they read them: lowercase ("fg-482-kl"), with spaces. A lowercase
SIV plate with dashes is distinctive enough alone; with spaces or glued, it needs a cue
("au 115 de" looks the same). After a cue, a Belgian ("1-GXK-804"), Romanian ("B 123 ABC") or
Polish ("WX 4521K") plate is any short run of capitals and digits mixing both.
"""

from __future__ import annotations

import re

from immersion.privacy import accents
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.keep import CAR_MAKES, is_keep_word, kept_after_ranges
from immersion.privacy.nlp import is_common_word
from immersion.privacy.tokens import capitals
from immersion.privacy.types import Label

_L = "A-HJ-NP-TV-Z"
SIV_RE = accents.compile(
    rf"(?<![\w-])[{_L}]{{2}}([- ]?|[ \u00a0]-[ \u00a0])\d{{3}}\1[{_L}]{{2}}(?![\w-])"
)  # "AB-123-CD", "AB 123 CD", "AB123CD", "AB - 123 - CD"
SIV_LOWER_RE = accents.compile(r"(?<![\w-])[a-z]{2}( ?)-\1\d{3}\1-\1[a-z]{2}(?![\w-])")
#: … and with spaces, read aloud and typed as heard ("fg 092 hh", "ed 203 pl"): the SIV never
#: uses I, O or U, so "au 123 de" is no plate; nor are two function words around a number.
_SIV_PAIR = (
    r"(?!(?:le|la|de|me|se|te|ne|ce|es|en|et|sa|ma|ta|va|ya|ca|ça|ex|vs)(?![\w]))[a-hj-nprstv-z]{2}"
)
SIV_SPACED_LOWER_RE = accents.compile(rf"(?<![\w-]){_SIV_PAIR} \d{{3}} {_SIV_PAIR}(?![\w-])")
FNI_RE = accents.compile(r"(?<![\w-])\d{1,4}([ -]?)([A-Z]{2,3})\1(?:\d{2}|2[AB]|97\d)(?![\w-])")
#: Romanian plates (county code, 2 digits, or 3 in Bucharest, then 3 letters: "CJ 07 RTA",
#: "B 123 ABC") and Belgian ones ("1-ABC-123"): shapes distinctive enough without a cue
#: (the camp of a Roma family, a van parked in front of a squat). The county codes are a
#: closed list, so "LE 12 MAI" typed in capitals is no plate. British plates too ("LK19 XHD").
_RO_COUNTY = (
    "AB|AG|AR|BC|BH|BN|BR|BT|BV|BZ|CJ|CL|CS|CT|CV|DB|DJ|GJ|GL|GR|HD|HR|IF|IL|IS|MH|MM|MS"
    "|NT|OT|PH|SB|SJ|SM|SV|TL|TM|TR|VL|VN|VS"
)
FOREIGN_RE = accents.compile(
    rf"(?<![\w-])(?:(?:{_RO_COUNTY})([ -]?)\d{{2}}\1|B([ -]?)\d{{2,3}}\2)"
    r"[A-HJ-NP-Z][A-Z]{2}(?![\w-])"
    r"|(?<![\w-])[1-9]-[A-Z]{3}-\d{3}(?![\w-])"
    # British ones: two letters, the two digits of the year, a space, three letters
    r"|(?<![\w-])[A-HJ-PR-Y]{2}\d{2}[ \u00a0][A-HJ-PR-Z]{3}(?![\w-])"
)
#: Words typed in capitals after a number: "IS 12 MAI" is a date, "AB 20 MIN" a duration.
_NOT_LETTERS = frozenset(
    "JAN FEV MAR AVR MAI JUN JUL AOU SEP OCT NOV DEC MIN SEC ANS EUR TTC KMS"
    # a street or a flat in capitals: "ESC B 14 RUE DE LA FORGE"
    " RUE IMP AVE BAT ESC APP ETG RES LOT".split()
)
_CUE_WORDS = (
    r"plaques?|imm?at\w*|v[ée]hicule|voiture|camion\w*|utilitaire|scooter|moto"
    r"|camping-car|fourgon\w*"
)
#: (a question may stand between: "La plaque ? « 4817 LBC »")
CUE = rf"(?i:\b(?:{_CUE_WORDS})\b)(?:[^\d\n.;!?]|\?(?=[^\S\n]*[«\"“—–]))" + "{0,25}?"
#: A car's make or model announces a lowercase plate as well ("(Renault blanche) : fg 482
#: kl"); not a plate in capitals, which would take the model ("Citroën C15 2156 RP 35").
_LOWER_CUE = rf"(?i:\b(?:{_CUE_WORDS}|{CAR_MAKES})\b)[^\d\n.;!?]{{0,25}}?"
#: After a cue, a plate typed in lowercase: SIV ("fg 482 kl") or FNI ("4478 xy 35").
CUED_LOWER_RE = accents.compile(
    _LOWER_CUE + r"(?<![\w-])([a-z]{2}[ -]?\d{3}[ -]?[a-z]{2}"
    r"|\d{1,4}([ -]?)(?!(?:km|min|mn|ans?|kg|cm|mm|ml|cl|sec|eur|ttc|ht|et|ou|le|la|les|de|du)\b)"
    r"[a-z]{2,3}\2(?:\d{2}|2[ab]|97\d))(?![\w-])"
)
#: … for a plate typed in lowercase, read in capitals: the value starts at a group with a digit,
#: or at one or two groups of one to three letters before it ("immatriculée en Roumanie b 147
#: xhr": not "en"; "og-mk 4412").
_CUED_LOWER_ANY_RE = accents.compile(
    CUE + r"(?<![\w-])((?=[A-Z0-9 -]{5,11}(?![\w-]))(?:[A-Z]{1,3}[ -]){0,2}(?=[A-Z]{0,3}\d)"
    r"[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){0,2})(?![\w-])"
)
#: Shapes of other countries' plates, read only after a cue: Bulgarian ("CA 4721 KP"),
#: Portuguese ("AT-62-LM", "64-QX-18"), Spanish ("4827 KLM").
_CUED_SHAPES_RE = accents.compile(
    r"(?:[A-Z]{1,2}([ -]?)\d{4}\1[A-Z]{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}"
    r"|\d{4}[ -]?[A-Z]{3})(?![\w-])"
)
CUED_ANY_RE = accents.compile(
    CUE + r"(?<![\w-])((?=[A-Z0-9 -]{5,11}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])"
    # (or in one piece, as Mercosur plates are: "QJK4F27")
    r"(?:[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){0,3}|[A-Z0-9]{6,8}))(?![\w-])"
)

#: After a cue, a SIV plate read group by group (« GA, 512, HX »), or a German one, whose
#: district may hold an umlaut (« LÖ-KM 482 », "MÜ-AB 12").
CUED_READ_RE = accents.compile(
    CUE + rf"(?<![\w-])([{_L}]{{2}},[ \u00a0]?\d{{3}},[ \u00a0]?[{_L}]{{2}}"
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \u00a0]\d{1,4}[EH]?)(?![\w-])"
)


#: A plate spelt with a name for each letter, after its cue: « G comme Gérard, H comme Henri,
#: 5-0-9, B comme Bernard, T comme Thomas » (its letters and digits make a SIV plate).
_SPELT_UNIT = r"(?:[A-Z](?:[ \u00a0]comme[ \u00a0][A-ZÀ-Þ][a-zà-ÿ]+)?|\d(?:[\- \u00a0]?\d){0,2})"
_SPELT_PLATE_RE = accents.compile(
    rf"(?i:\b(?:{_CUE_WORDS})\b)[^\n]{{0,60}}?(?<![\w])"
    rf"({_SPELT_UNIT}(?:[ \u00a0]?[,\-][ \u00a0]?{_SPELT_UNIT}){{2,8}})(?![\w])"
)
_SIV_COMPACT_RE = accents.compile(rf"[{_L}]{{2}}\d{{3}}[{_L}]{{2}}")


def _spelt(text: str) -> list[Candidate]:
    found = []
    for m in _SPELT_PLATE_RE.finditer(text):
        value = m.group(1)
        compact = "".join(re.findall(r"[A-Z](?= comme |\b)|\d", value))
        if "comme" in value and _SIV_COMPACT_RE.fullmatch(compact):
            found.append(Candidate(m.start(1), m.end(1), Label.IMMATRICULATION))
    return found


_LETTERS_RE = accents.compile(r"[^\W\d_]+")
_TOKEN_RE = accents.compile(r"\S+")
_ORDINAL_RE = accents.compile(r"(?i:\d{1,3}(?:er|re|e|[eè]me|[eè]re|nd|nde))")
_UNITS = frozenset("min mn sec km kg cm mm ml cl ans an eur ttc ht h mois".split())


def _a_word(letters: str) -> bool:
    """Letters that are a word, not a plate's group ("sur", "de"; not "wx", "gxk")."""
    if letters.lower() in _UNITS:
        return True  # "en voiture, 25 min"
    if len(letters) == 1:
        return False  # a plate's letter: "m-kl 4821"
    return len(letters) > 3 or is_common_word(letters) or is_keep_word(letters)


def typed_in_capitals(typed: str) -> list[Candidate]:
    """SIV plates in the text as typed, where a sentence in capitals was read in prose's case
    ("LE VÉHICULE EH 914 TZ": "eh" is a word in prose)."""
    return [
        Candidate(m.start(), m.end(), Label.IMMATRICULATION)
        for m in SIV_RE.finditer(typed)
        if not is_keep_word(m.group().replace(" ", "").replace("-", ""))
    ]


def detect(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.IMMATRICULATION) for m in SIV_RE.finditer(text)]
    for regex in (SIV_LOWER_RE, SIV_SPACED_LOWER_RE):
        found += [
            Candidate(m.start(), m.end(), Label.IMMATRICULATION) for m in regex.finditer(text)
        ]
    for m in FNI_RE.finditer(text):
        if not is_keep_word(m.group(2)):
            found.append(Candidate(m.start(), m.end(), Label.IMMATRICULATION))
    for m in FOREIGN_RE.finditer(text):
        if m.group(0)[-3:] not in _NOT_LETTERS and not is_keep_word(m.group(0)[-3:]):
            found.append(Candidate(m.start(), m.end(), Label.IMMATRICULATION))
    for regex in (CUED_LOWER_RE, CUED_ANY_RE, CUED_READ_RE):
        for m in regex.finditer(text):
            if not is_keep_word(m.group(1)):
                found.append(Candidate(m.start(1), m.end(1), Label.IMMATRICULATION))
    # a foreign plate typed in lowercase after its cue ("immat belge 1-gxk-804", "voiture
    # polonaise wx 48213"), read in capitals: its letters are no word ("voiture en 2019")
    upper = capitals(text)
    for m in _CUED_LOWER_ANY_RE.finditer(upper):
        if not any(ch.islower() for ch in text[m.start(1) : m.end(1)]):
            continue  # (in capitals, the patterns above have read it)
        # a foreign shape or an old French one is taken whole: its first letters may spell a
        # word ("ca 4721 kp"), a Romanian county's code all of them ("cj 45 rtm")
        whole = FOREIGN_RE.match(upper, m.start(1), m.end(1)) or next(
            (
                w
                for regex in (FNI_RE, _CUED_SHAPES_RE)
                if (w := regex.match(upper, m.start(1), m.end(1)))
                # (its last letters are no word: "à 12 km 35 min", "voiture 2 et 35 ans")
                and not _a_word(_LETTERS_RE.findall(text, w.start(), w.end())[-1])
            ),
            None,
        )
        if whole and all(
            whole.start() <= c.start and c.end <= whole.end()
            for c in found
            if c.overlaps(whole.start(), whole.end())
        ):
            # (it replaces the part a pattern above read: "4721 KP" of "ca 4721 KP")
            found = [c for c in found if not c.overlaps(whole.start(), whole.end())]
            found.append(Candidate(whole.start(), whole.end(), Label.IMMATRICULATION))
            continue
        tokens = list(_TOKEN_RE.finditer(text, m.start(1), m.end(1)))
        # the words read after the plate are no part of it: "wx 48213 sur le parking"
        while tokens and tokens[-1].group().isalpha() and _a_word(tokens[-1].group()):
            tokens.pop()
        while tokens and tokens[0].group().isalpha() and _a_word(tokens[0].group()):
            tokens.pop(0)  # "belge 1-gxk-804"
        if not tokens:
            continue
        start, end = tokens[0].start(), tokens[-1].end()
        value = text[start:end]
        if (
            any(ch.isdigit() for ch in value)
            and any(ch.isalpha() for ch in value)
            and not any(_a_word(w) for w in _LETTERS_RE.findall(value))
            # two letters together at least: "camion de 3 t 500" is a weight
            and any(len(w) >= 2 for w in _LETTERS_RE.findall(value))
            # an ordinal: "on est le 1er", "au 3eme"
            and not _ORDINAL_RE.fullmatch(value)
            and not any(c.overlaps(start, end) for c in found)
        ):
            found.append(Candidate(start, end, Label.IMMATRICULATION))
    found += [c for c in _spelt(text) if not any(c.overlaps(f.start, f.end) for f in found)]
    if found:  # "sur la D 941" after "voiture": a road, no plate
        kept = kept_after_ranges(text)
        found = [c for c in found if not any(c.overlaps(s, e) for s, e in kept)]
    return found
