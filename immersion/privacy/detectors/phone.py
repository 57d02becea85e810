"""Phone numbers: libphonenumber's matcher (region FR) plus a regex for French shapes.

The regex catches numbers the matcher rejects (unassigned ranges, odd separators). Short
service numbers (15, 115, 3646, 3949) never match either: they have fewer than ten digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from immersion.privacy import accents
from immersion.privacy.detectors.base import Candidate, pieces
from immersion.privacy.detectors.birthdate import YEAR_IN_DATE_RE
from immersion.privacy.types import Label

#: A separator; a number typed on a phone may run onto the next line ("06 12 34⏎56 78").
_S = r"(?:[ .\-\u00a0/]?[ \u00a0]?\n[ \u00a0]?|[ .\-\u00a0/])?"
FR_PHONE_RE = accents.compile(
    rf"(?<![\w+])(?:(?:\+|00){_S}33{_S}(?:\(0\){_S})?|\(?0\)?){_S}[1-9](?:{_S}\d\d){{4}}(?!\d)"
)


# A French number written by pairs with a digit missing or one too many ("06 12 34 56 7"),
# or a pair too many ("07 68 23 11 44 02", a number heard too fast): still someone's phone
# number.
TYPO_PHONE_RE = accents.compile(
    r"(?<![\w+])0[1-9](?:([ .\-])\d\d)(?:\1\d\d){2}\1(?:\d|\d{3}|\d\d\1\d\d?)(?![\w])"
)


#: After a phone cue, a mobile number without its leading 0 ("tél. - 6 12 34 56 78") or a
#: ten-digit number with one digit too many, glued ("tel 06123456789").
_CUE = r"(?i:\b(?:t[ée]l[ée]?(?:phone)?|portable|mobile|port|fixe|gsm|num[ée]ro)\b)\.?[^\w\n]{0,6}"
CUED_PHONE_RE = accents.compile(
    _CUE + r"((?<![\w+])(?:[67](?:[ .\-]\d\d){4}|[67]\d{8}|0[1-9]\d{9})(?!\d))"
)


#: An international number, whatever its country's grouping ("+44 7700 900123", "+90 532 417
#: 28 63", "0032 470 12 34 56"): 9 to 15 digits after the country code's sign.
INTERNATIONAL_RE = accents.compile(
    r"(?<![\w+])(?:\+|00)[^\S\n]?[1-9]\d{0,2}(?:[ .\-\u00a0]?\(?\d{1,5}\)?){2,6}(?![\d])"
)


def _possible(value: str) -> bool:
    """After "+", any grouping will do; after "00" (as in a member's number, "00 4471 2290"),
    the rest must be a possible number of its country's plan."""
    if value.startswith("+"):
        return True
    digits = "".join(ch for ch in value if ch.isdigit())[2:]
    try:
        number = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return False
    return len(str(number.national_number)) >= 8 and phonenumbers.is_possible_number(number)


def _balanced(text: str, start: int, end: int) -> Candidate:
    """Leave out an opening parenthesis that is not closed inside the number: in
    "Le Goff (06 12 34 56 78)" the parentheses belong to the sentence."""
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1
    return Candidate(start, end, Label.TELEPHONE)


_BIRTH_BEFORE_RE = accents.compile(r"(?i:\bn[ée]e?s?\b|naiss\w*|\bddn\b)[^\n]{0,20}$")


#: A full date, then a dash set between spaces: a field of a screen, not a number's group
#: ("LEROUX Anaïs — 03 04 1991 — 34 ans").
_DATE_THEN_DASH_RE = accents.compile(r"\d{1,2}[ ./]\d{1,2}[ ./](?:19|20)\d\d[^\S\n]+[—–]")
#: A date with slashes, then an hour: a message's time stamp ("Envoyé le : 03/11/2024 22:47").
_DATE_THEN_HOUR_RE = accents.compile(r"\d\d/\d\d/(?:19|20)\d\d[^\S\n]+\d\d(?=[^\S\n]?[:h]\d\d)")


def _a_birth_date(text: str, cand: Candidate) -> bool:
    """ "né le 03 / 06 / 1970 - 37 min": a date of birth then a keep term, not a number."""
    raw = text[cand.start : cand.end]
    return bool(
        YEAR_IN_DATE_RE.search(raw)
        and re.search(r"[/.]", raw)
        and _BIRTH_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start)
    ) or bool(_DATE_THEN_DASH_RE.match(raw) or _a_time_stamp(text, cand))


def _a_time_stamp(text: str, cand: Candidate) -> bool:
    m = _DATE_THEN_HOUR_RE.match(text, cand.start)
    return m is not None and m.end() == cand.end


#: A public office named before a landline number: "le numéro de la maison France services
#: de …", "la MSA … : 02 …", "c'est le Département… je vous donne le numéro : 02 …".
OFFICE_WORD = (
    r"(?i:\b(?:caf|cpam|ccas|cias|mairie|france\s+travail|p[ôo]le\s+emploi|h[ôo]pital|chu"
    r"|clinique|pr[ée]fecture|sous-pr[ée]fecture|mdph|maison\s+d[ée]partementale|siao|msa"
    r"|tribunal|commissariat|gendarmerie|centre\s+social|cmp|pmi|cidff"
    r"|(?:maison\s+)?france\s+services|d[ée]partement|conseil\s+d[ée]partemental"
    r"|r[ée]gion|ars|urssaf|carsat|impôts|impots"
    r"|sip|tr[ée]sor\s+public|espace\s+solidarit[ée]|cdas?|maison\s+de\s+(?:quartier|sant[ée])"
    r"|accueil\s+de\s+jour|banque\s+alimentaire|restos\s+du\s+c(?:œ|oe)ur|secours"
    r"|croix-rouge|emma[üu]s|adil|cicas|crous|mission\s+locale|planning\s+familial|clic"
    # "celui de la fourrière", "celui du point numérique de la mairie"
    r"|fourri[èe]re|point\s+num[ée]rique)\b)"
)
_NUMBER_WORD = r"(?:num[ée]ro|n°|standard|t[ée]l[ée]phone|t[ée]l\.?|fixe|celui)"
_OFFICE_PHONE_BEFORE = accents.compile(
    # "le numéro de la mairie de …", "tél. du CCAS :", "standard de la Cpam"
    rf"(?:(?i:(?<!son\s)(?<!sa\s)(?<!ses\s)(?<!leur\s)(?<!votre\s)(?<!ton\s)(?<!mon\s)"
    rf"\b{_NUMBER_WORD}\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*){OFFICE_WORD}"
    # "c'est le Département… je vous donne le numéro :"
    rf"|{OFFICE_WORD}[^\n.!]{{0,60}}?(?i:\b(?:le|leur)\s+{_NUMBER_WORD}))"
    rf"[^\n]{{0,45}}$"
    # "le numéro du service, 03 …": the service's own line, right before it
    r"|(?i:\ble\s+(?:num[ée]ro|t[ée]l[ée]phone|standard)\s+du\s+service)[^\S\n]*[,:]?[^\S\n]*$"
)
#: Someone's own number: "son fixe", "le portable de la dame", "le numéro de Mme …".
PERSONAL_BEFORE = accents.compile(
    r"(?i:\b(?:son|sa|ses|leur|votre|vos|ton|ta|mon|ma|perso|personnel|portable|mobile"
    r"|domicile|m\.|mme|mr|madame|monsieur|dame|fils|fille|m[èe]re|p[èe]re|mari|femme)\b)"
)


#: … or named right after it: "02 99 26 13 00 (standard de la clinique)", "02 98 …, accueil
#: du CCAS". A switchboard, a front desk, a secretariat are an organisation's, whatever it is.
_OFFICE_PHONE_AFTER = accents.compile(
    r"[^\S\n]*[(,:\-–—=]?[^\S\n]*(?i:(?:c['’]est\s+)?(?:le\s+|la\s+|l['’]\s*)?)"
    r"(?:(?i:standard|accueil|secr[ée]tariat)\s+(?i:de\s+la|de\s+l['’]|du|des|de)\s*"
    # "secrétariat du Dr …", "accueil de Mme …": a person named, the number stays hidden
    r"(?!(?i:m\.|mme|mr|madame|monsieur|mlle|dr|docteur|sa|son|ses|leur)(?![\w]))[^\W\d_]"
    rf"|(?i:num[ée]ro|n°|t[ée]l[ée]phone|t[ée]l\.?|ligne)\s+(?i:de\s+la|de\s+l['’]|du|des|de)\s*"
    rf"{OFFICE_WORD}"
    # "02 99 28 43 21 (le numéro du service)", "… (ligne directe de l'accueil)"
    r"|(?i:num[ée]ro|n°|t[ée]l\.?|ligne(?:\s+directe)?)\s+(?i:du|de\s+l['’])\s*"
    r"(?i:service|bureau|guichet|accueil|standard|secr[ée]tariat)\b)"
)
#: A document's number before it: "APS n° 0802451379" is no free number.
_DOCUMENT_BEFORE = accents.compile(
    r"(?i:\b(?:aps|agdref|titre|passeport|r[ée]c[ée]piss[ée]|cni|carte|dossier|ipp|mutuelle"
    r"|alloc\w*|[ée]tranger|s[ée]jour|client|contrat|r[ée]f[ée]rence|r[ée]f\.?)\b)[^\n\d]{0,15}$"
)


#: A switchboard is always an organisation's, whoever it belongs to: "le standard de
#: l'antenne, 02 …", "Le standard de l'usine c'est 02 …", "appeler le standard au 02 …".
_SWITCHBOARD_BEFORE = accents.compile(
    r"(?i:\b(?:le|du|au|un)\s+standard\b)(?![^\S\n]*(?:de|d['’])\s*(?:m\.|mme|mr|madame|monsieur|dr)\b)"
    r"[^\n.!?\d]{0,45}$"
)


#: A fax before the number: an organisation's line ("envoyez par fax au 02 …"). (Not a
#: number with an extension: an agent's direct line names the agent, whom the guide
#: protects too.)
_FAX_BEFORE = accents.compile(r"(?i:\bfax\b|\bt[ée]l[ée]copie\b)[^\n\d.!?]{0,20}$")


def _an_office_number(text: str, cand: Candidate) -> bool:
    """A public office's landline, named before it, is kept (the labelling guide): "le
    numéro de la mairie de …, 02 98 …". A mobile number (06, 07) never is."""
    digits = "".join(ch for ch in text[cand.start : cand.end] if ch.isdigit())
    if digits.startswith("33"):
        digits = "0" + digits[2:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if len(digits) == 10 and digits.startswith("080"):
        # a free number (numéro vert, 0800 to 0809) is a service's, never someone's; but a
        # document's number may start the same way
        return not _DOCUMENT_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if len(digits) != 10 or digits[:2] in ("06", "07"):
        return False
    if _FAX_BEFORE.search(text, max(0, cand.start - 30), cand.start):
        return True
    if _OFFICE_PHONE_AFTER.match(text, cand.end):
        # "son fixe 02 … (accueil de jour)": the person's own number all the same
        return not PERSONAL_BEFORE.search(text, max(0, cand.start - 25), cand.start)
    m = _SWITCHBOARD_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    if m is not None:
        return not PERSONAL_BEFORE.search(text, m.start(), cand.start)
    window_start = max(0, cand.start - 110)
    m = _OFFICE_PHONE_BEFORE.search(text, window_start, cand.start)
    if m is None:
        return False
    # what comes after the office's name must not turn to a person's own number
    tail = text[m.start() : cand.start]
    office = re.search(OFFICE_WORD, tail)
    after = tail[office.end() :] if office else tail
    return not PERSONAL_BEFORE.search(after)


#: The first pair said in words, the rest in digits: "zéro six 42 17 88 03".
_WORDS_THEN_DIGITS_RE = accents.compile(
    r"(?<![\w])(?i:z[ée]ro)[\s\-]+(?i:un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
    r"(?:[ .\u00a0]\d\d){4}(?![\w]|[,.]\d)"
)


#: After a phone cue, a number dictated by pairs with pauses and given up half-way: « il
#: dicte son portable « 06… 13… » puis s'arrête ». The pieces are still someone's digits.
_PHONE_CUE_RE = accents.compile(_CUE)
_PAIRS_RE = accents.compile(r"\d\d(?:[ \u00a0]\d\d)*")
_TRAILING_PAUSE_RE = accents.compile(r"[^\S\n]*(?:…|\.{2,3})")


def _abandoned(text: str) -> list[Candidate]:
    found = []
    for cue in _PHONE_CUE_RE.finditer(text):
        line_end = text.find("\n", cue.end())
        end = min(line_end if line_end >= 0 else len(text), cue.end() + 30)
        start = next((k for k in range(cue.end(), end) if text[k].isdigit()), None)
        if start is None or not re.match(r"0[1-9]", text[start : start + 2]):
            continue
        parts = pieces(text, start)
        if len(parts) < 2 or not all(_PAIRS_RE.fullmatch(text, s, e) for s, e in parts):
            continue
        digits = sum(ch.isdigit() for s, e in parts for ch in text[s:e])
        if digits < 10 and not _TRAILING_PAUSE_RE.match(text, parts[-1][1]):
            continue  # not cut short: a short number, a count
        found += [Candidate(s, e, Label.TELEPHONE) for s, e in parts]
    return found


def detect(text: str) -> list[Candidate]:
    return [
        _balanced(text, c.start, c.end)
        for c in _detect(text)
        if not _a_birth_date(text, c) and not _an_office_number(text, c)
    ]


def office_ranges(text: str) -> list[tuple[int, int]]:
    """Public offices' landline numbers in ``text``: no other detector may take them."""
    return [(c.start, c.end) for c in _detect(text) if _an_office_number(text, c)]


#: A mobile or landline number dictated in two pieces around a pause and a few words: "06
#: 27… attends… 84 19 66" (ten digits in all; each piece is masked).
_PAUSED_RE = accents.compile(
    r"(?<![\w,.])(0[1-9](?:[ .\u00a0]?\d\d){0,3})[^\S\n]*(?:…|\.{2,3})[^\S\n]*"
    r"(?:[^\W\d_]+[^\S\n]*(?:…|\.{2,3}|,)?[^\S\n]*){0,3}"
    r"((?:\d\d[ .\u00a0]?){1,4}\d\d)(?![\w]|[,.]\d)"
)


#: A number that ends a sentence, and a count that starts the next one.
_SENTENCE_THEN_COUNT_RE = accents.compile(r"\d[.!?][^\S\n]+\d$")


@lru_cache(maxsize=4)  # detect() and office_ranges() read the same text one after the other
def _detect(text: str) -> tuple[Candidate, ...]:
    return tuple(_find(text))


def _find(text: str) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in FR_PHONE_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.TELEPHONE) for m in TYPO_PHONE_RE.finditer(text)]
    found += [
        Candidate(m.start(1), m.end(1), Label.TELEPHONE) for m in CUED_PHONE_RE.finditer(text)
    ]
    for m in INTERNATIONAL_RE.finditer(text):
        if 9 <= sum(ch.isdigit() for ch in m.group(0)) <= 15 and _possible(m.group(0)):
            found.append(Candidate(m.start(), m.end(), Label.TELEPHONE))
    if any(ch.isdigit() for ch in text):
        for match in phonenumbers.PhoneNumberMatcher(text, "FR"):
            digits = sum(ch.isdigit() for ch in match.raw_string)
            if _SENTENCE_THEN_COUNT_RE.search(match.raw_string):
                continue  # "passeport 057214936. 3 lettres": a number, then a new sentence
            if digits >= 9:  # never "3646" or "115"
                found.append(Candidate(match.start, match.end, Label.TELEPHONE))
    for m in _PAUSED_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group(1) + m.group(2)) == 10:
            found += [Candidate(*m.span(k), Label.TELEPHONE) for k in (1, 2)]
    found += [
        Candidate(m.start(), m.end(), Label.TELEPHONE) for m in _WORDS_THEN_DIGITS_RE.finditer(text)
    ]
    return found + _abandoned(text)
