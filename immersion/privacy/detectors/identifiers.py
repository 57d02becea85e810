"""Identifiers of a person: Caf numbers, France Travail identifiers, and any other number
announced by an identity word (passport, residence permit, IPP, mutuelle, customer
reference, SIAO / MDPH case…), plus social-network handles.

These are digit strings like any other, so they are taken when a cue stands shortly before
them ("n° alloc 4587123", "dossier 7745 201", "passeport roumain 055812347", "réf client EDF
6004 512 877"). Observers type numbers as they hear or read them: with spaces inside
("1 402 776"), dashes, a prefix in capitals ("AH-0045781", "MDPH35-0172264"). A France Travail
identifier (7 digits + a letter) is distinctive enough to be taken without cue when written
in one piece. Times, amounts, ages and counts never carry enough digits or carry a unit.
"""

from __future__ import annotations

import re

from immersion.privacy import accents
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors.base import Candidate, pieces
from immersion.privacy.keep import is_keep_word
from immersion.privacy.nlp import is_common_word
from immersion.privacy.tokens import capitals
from immersion.privacy.types import Label

#: Between a cue and its value: a few words ("roumain", "EDF", "n°", "c'est bien le"), no
#: digit, no line break, no full stop but that of "n.", "no.", "num." (a question may come
#: between: « n° ? » « le 1234567 »).
#: A screen field or a list may put the value on the next line ("N° allocataire :⏎4587123",
#: "- identifiant⏎  → 1234567A").
_GAP_CHAR = r"[^\d\n.;!]|(?<=\bn)\.|(?<=\bno)\.|(?<=\bnum)\."
_NEXT_LINE = r"(?:\n[ \t\-–—>*•:→]{0,4})?"
_GAP = rf"(?:{_GAP_CHAR}){{0,40}}?{_NEXT_LINE}"
_N = r"(?:\bn[°o](?!\w)|\bnum(?:[ée]ro|\.)?(?!\w)|\bno\.)"
#: … and, before an identifier, an issuer named with its department's number, then a colon:
#: "Réf locataire Office 64 : L-0046218", "n° locataire Habitat 44 : LOC-22917".
_ID_GAP = rf"(?:{_GAP_CHAR}|(?<=\s)\d{{2,3}}(?=[^\S\n]*:)){{0,40}}?{_NEXT_LINE}"

#: Seven digits, in one piece or in groups separated by single spaces or dots ("7745 201",
#: "1 402 776", "8 100 234").
_SEVEN = (
    r"(?<![\w.,-])(?:\d{7}|(?=(?:\d[ .\u00a0-]?){6}\d(?![\w]|[ .\u00a0-]\d))"
    r"\d{1,4}(?:[ .\u00a0-]\d{1,4}){1,6})(?![\w-]|[.,]\d)"
)
#: After a strong cue (allocataire, alloc, Caf, MSA), any 6 to 9 digits: numbers of other
#: organisations or typed with a digit more or less are still the person's number.
_SIX_TO_NINE = (
    r"(?<![\w.,-])(?:\d{6,9}|(?=(?:\d[ .\u00a0-]?){5,8}\d(?![\w]|[ .\u00a0-]\d))"
    r"\d{1,4}(?:[ .\u00a0-]\d{1,4}){1,6})(?![\w-]|[.,]\d|\s*(?:€|%|euros?\b))"
)
#: Digits read one by one with commas: « 1, 6, 4, 0, 3, 3, 2 » (6 to 9 of them).
_DICTATED = r"(?<![\w,])\d(?:,[ \u00a0]?\d){5,8}(?![\w]|,[ \u00a0]?\d)"
CAF_STRONG_RE = accents.compile(
    r"(?:allocataire|\balloc\b|\bcaf\b|\bmsa\b)\.?"
    rf"{_GAP}({_SIX_TO_NINE}|{_DICTATED})",
    re.IGNORECASE,
)
CAF_RE = accents.compile(
    r"(?:allocataire|\balloc\b|\bcaf\b|matricule|\bdossier\b|" + _N + r")\.?"
    rf"{_GAP}({_SEVEN})",
    re.IGNORECASE,
)
#: 7 digits (possibly in groups, or one by one) then a letter or digit, after a cue.
_FT_VALUE = (
    # (cut by a line break, as an SMS or a mail wraps it: "04521\n87M")
    r"(?<![\w])(?:\d{7}[A-Za-z0-9]|\d(?:[ \u00a0\n]?\d){6}(?:[ \u00a0-]?[A-Z]|[ \u00a0-][a-z])"
    # read one by one with commas: « 6, 0, 4, 1, 9, 8, 8, Q »
    r"|\d(?:,[ \u00a0]?\d){6},[ \u00a0]?[A-Z])"
    r"(?![\w])"
)
FT_CUE_RE = accents.compile(
    r"(?:identif(?:iant)?|\bid\b|france\s+travail|p[ôo]le\s+emploi|\bn[°o]\s*(?:pe|ft)\b|\bft\b"
    r"|\bpe\b|demandeur\s+d['’]\s*emploi)\.?"
    rf"{_GAP}({_FT_VALUE})",
    re.IGNORECASE,
)
#: Seven digits and a letter glued, capital or not ("2874561k", typed as read): the shape
#: of an identifier, never of an amount, a time or a count.
FT_BARE_RE = accents.compile(r"(?<![\w])\d{7}[A-Za-z](?![\w])")
#: Without a cue, seven digits however grouped then a capital letter standing alone ("5 102
#: 877 X", "2 8 7 0 1 1 4 S", "123 4567 B", "2973104 D"): no amount, time or count has that shape.
#: Between the digits and the letter: nothing, a space, a dash, ", " or " - ".
#: (with slashes too, copied from a post-it: "6/0/3/1/8/4/2/L")
#: (or a filler: "1 2 7 4 4 0 3, euh, H")
_LETTER_GAP = (
    r"(?:,[ \u00a0]|[ \u00a0]-[ \u00a0]|,?[ \u00a0](?i:euh|heu)[ \u00a0]?,[ \u00a0])?[ \u00a0\-/]?"
)
FT_SPACED_RE = accents.compile(
    # (not the digits of a prefixed code, "LOC-0045127", nor before a man's "M. Jégou")
    rf"(?<![\w.,/])(?<![A-Za-z]-)(?=(?:\d[ .\u00a0/]?){{6}}\d{_LETTER_GAP}[A-Z](?![\w]))"
    rf"\d{{1,7}}(?:[ .\u00a0/]\d{{1,4}}){{0,6}}{_LETTER_GAP}[A-Z](?![\w]|(?<=M)\.\s+[A-ZÀ-Þ])"
    # the letter with its spelling aid: "8 3 2 0 4 5 1, T comme Thomas"
    r"(?:[ \u00a0]comme[ \u00a0][A-ZÀ-Þ][a-zà-ÿ]+)?"
)
#: … and its letter typed in lowercase, alone at the end of a list's item or a sentence
#: ("Diallo — 4920815 z — signé", "inscrit sous le 2973104 d)"): not "a" nor "y", which are
#: words ("le 4587123 a un trop-perçu").
FT_SPACED_LOWER_RE = accents.compile(
    r"(?<![\w.,/\-])\d{7}[ \u00a0][b-xz](?=[^\S\n]*(?:[—–\-,;.)\]»]|$))",
    re.MULTILINE,
)
#: A Caf number before its cue: "« 4587123 » c'est son numéro d'alloc", "4587123 (n° Caf)".
CAF_BEFORE_RE = accents.compile(
    rf"(?<![\w-])({_SEVEN})[^\w\n.;!?]{{0,4}}(?:[^\d\n.;!?]{{0,25}}?)"
    r"(?i:\b(?:n[°o]|num[ée]ro|num|matricule)\s*(?:d['’]?\s*|de\s+)?(?:alloc\w*|caf)\b"
    r"|\(\s*(?:caf|alloc\w*)\s*\))"
)
#: A job offer's reference stays: "offre n° 2025-123456", "réf offre 178QXRT".
_OFFER_RE = accents.compile(r"(?i:\boffres?\b(?:\s+d['’]\s*emploi)?)[^\n\d.;!?]{0,14}$")


def after_offer(text: str, start: int) -> bool:
    return _OFFER_RE.search(text, max(0, start - 30), start) is not None


#: A form's number names the form, no one: "cerfa n° 15548*03", "CERFA 12100-02".
FORM_RE = accents.compile(
    r"(?<![\w])(?i:cerfa)[^\S\n]*(?:(?i:n[°o]|num[ée]ro|num|no)\.?[^\S\n]*)?:?[^\S\n]*"
    r"\d{4,6}(?:[^\S\n]?[*\-/][^\S\n]?\d{1,2})?(?![\w])"
)


#: Numbers of legal texts: "article L. 1331-22", "R.262-3", "décret n° 2022-199", "loi
#: n° 2005-102": no one's.
#: (an article's parts after the first dash are short: "D13-2024-1504" is a domiciliation's
#: number, a year and a serial)
LEGAL_RE = accents.compile(
    r"(?<![\w.])[LRD]\.?[^\S\n]?\d{1,4}(?:-\d{1,3}){1,3}(?![\w-])"
    r"|(?<![\w])(?i:loi|d[ée]cret|arr[êe]t[ée]|ordonnance|circulaire|instruction|d[ée]lib[ée]ration"
    r"|directive|r[èe]glement)[^\S\n]+(?:(?i:n[°o]|num[ée]ro)\.?[^\S\n]*)?"
    r"\d{2,4}(?:[-/]\d{1,5}){1,2}(?![\w-])"
)
#: A firm's number (SIRET, SIREN, VAT) is kept, the guide says: "employeur SARL Le Fournil,
#: SIRET 811 351 196 01686", "SIRET 790 564 124 00010. L'offre est créée…", "le SIRET de la
#: future société". A one-person business's number ("auto-entrepreneur, SIRET …", "son
#: SIRET perso", "SIRET de son entreprise individuelle") names its owner and is left to the
#: other rules (every author of the independent sets labels it so).
FIRM_NUMBER_RE = accents.compile(
    r"(?<![\w])(?:SIRET|SIREN|(?i:siret|siren|n[°o]\s*TVA|TVA\s+intracom\w*))"
    # "SIRET de son employeur, SARL Les Délices : …": the firm may be named in between
    # or said where it was read: "SIRET lu sur la fiche de paie : …"
    r"(?:[^\S\n]+(?:de|du|d['’]|lu|relev[ée]|indiqu[ée]|not[ée]|sur|à|a|dans|en)"
    r"[^\d\n:]{1,50})?[^\S\n]*"
    r"(?:(?i:n[°o]|num[ée]ro)\.?[^\S\n]*)?:?[^\S\n]*"
    r"((?:FR[^\S\n]?\d{2}[^\S\n]?)?\d{3}(?:[^\S\n]?\d{3}){2}(?:[^\S\n]?\d{5})?)(?![\w])"
)
_OWN_BUSINESS_BEFORE_RE = accents.compile(
    r"(?i:auto-?\s?entrepreneu\w*|micro-?\s?entrepr\w*|ind[ée]pendant\w*|son\s+siret"
    r"|sa\s+micro|en\s+nom\s+propre|entreprise\s+individuelle|siret\s+perso\w*)"
)


#: A health or social establishment's number (FINESS, nine characters): "le FINESS
#: 130786049", no one's.
FINESS_RE = accents.compile(
    r"(?<![\w])(?i:finess)(?:[^\S\n]+(?i:n[°o]|num[ée]ro|g[ée]ographique|juridique|ej|et))?"
    r"\.?[^\S\n]*:?[^\S\n]*(\d{2}[^\S\n]?[\dAB]\d{2}[^\S\n]?\d{2}[^\S\n]?\d{2})(?![\w])"
)


def form_ranges(text: str) -> list[tuple[int, int]]:
    """Forms' numbers in ``text``, kept whole (the word "cerfa" with them), legal texts'
    numbers, firms' and establishments' numbers."""
    out = [(m.start(), m.end()) for m in FORM_RE.finditer(text)]
    out += [m.span(1) for m in FINESS_RE.finditer(text)]
    out += [(m.start(), m.end()) for m in LEGAL_RE.finditer(text)]
    for m in FIRM_NUMBER_RE.finditer(text):
        before = text[max(0, m.start() - 80) : m.start(1)]
        if not _OWN_BUSINESS_BEFORE_RE.search(before):
            out.append((m.start(1), m.end(1)))  # the number only: the words between may name
    return out


#: An amount's unit after a number: "facture de 180 000 dinars".
_CURRENCY = (
    r"(?i:euros?|dollars?|livres?|francs?|dinars?|dirhams?|fcfa|cfa|chf|usd|gbp|mad|dzd|tnd"
    r"|roubles?|zlotys?|lei|leus?|yuans?|yens?|roupies?)\b"
)
#: Words announcing an identifier of a person (other than the ones above).
ID_CUES = (
    r"passeport|passport|carte\s+(?:nationale\s+)?d['’]\s*identit[ée]|\bCNI\b"
    # foreign papers: "carta d'identità", "tessera sanitaria", "Personalausweis", "cédula"
    r"|carta\s+d['’]\s*identit[àa]|\btessera\b|personalausweis|c[ée]dula|documento"
    r"|cart[ãa]o\s+de\s+cidad[ãa]o|bilhete\s+de\s+identidade|dow[óo]d"
    r"|titre\s+de\s+s[ée]jour|carte\s+de\s+s[ée]jour|r[ée]c[ée]piss[ée]|\bAGDREF\b|\bAPS\b"
    r"|\bIPP\b|\bI-P-P\b|\bNIP\b|\bNDA\b|patient|mutuelle|adh[ée]rent|\bNIA\b|\bNIF\b|fiscal|\bNIE\b|\bDNI\b"
    r"|\br[ée]f(?:[ée]rence)?\b|\bref\b|client|locataire|\bbail\b|bailleur|contrat"
    r"|\bSIAO\b|\bMDPH\b|dossier|identifiant|\bid\b|\bpermis\b|\bsejour\b|\bséjour\b"
    r"|sinistre|\bNEPH\b|\bmatricule\b|\bcompte\b|\babonn[ée]"
    r"|[ée]tranger|\bOFII\b|\bOFPRA\b|\bINE\b|[ée]tudiant|b[ée]n[ée]ficiaire|\bassur[ée]"
    r"|\bpension\b|\bretraite\b|imp[ôo]ts?\b|imposition|\bfacture\b|\bcarte\b|\bbadge\b"
    r"|\bPDL\b|\bPCE\b|point\s+de\s+(?:livraison|comptage)"
    # a court case's number (the guide): "RG F 23/00417", "RG n° 21/03377"
    r"|\bRG\b"
    # a health professional's own numbers: "RPPS 10003456789", "n° ADELI 351234567"
    r"|\bRPPS\b|\bADELI\b"
    r"|" + _N
)
#: The value: an optional prefix in capitals and a dash or a slash ("AH-", "FOH/", "ZUS/KR/"), then
#: groups of digits and capitals, each holding a digit, joined by single spaces or dashes
#: ("19AB44871", "310 447 892 005"); 5 digits or more in all.
_ID_VALUE = (
    r"(?<![\w@])(?:[A-Z]{1,6}\d{0,3}-|[A-Z]{2,6}(?:/[A-Z]{1,4}){0,2}/(?=\d)|(?:MDPH|SIAO)[ \u00a0]"
    r"|[A-Z]{1,4}[ \u00a0](?=\d))?"
    r"(?:[a-z]{1,3}\d{4,}[a-z]?|\d{2,}[a-z]{1,2}\d{3,}"  # "ab1234567", "19ab44871"
    # (a letter group between dashes or slashes: "2024/MRS/08841-B")
    r"|(?=[A-Z]*\d)[A-Z0-9]+(?:[-/. \u00a0](?=[A-Z]*\d)[A-Z0-9]+"
    r"|-[A-Z]{1,4}(?=-[A-Z]*\d)|/[A-Z]{1,4}(?=/[A-Z]*\d)"
    # a letter alone between groups of digits: "123 456 789 A 01"
    r"|[ \u00a0][A-Z][ \u00a0]\d+(?![\w]|[^\S\n]*(?:ans?\b|h\b|heures?\b|€|%|euros?\b)))*"
    # a letter group last: "35-2024-HU-01877-B", "MT-0917742-AUT", "CTX/24/0017/PH"
    r"(?:[-/][A-Z]{1,4}(?![\w/-]))?)"
)
#: Without a cue, a code mixing capitals and digits several times, 8 characters or more
#: ("C01X00T47", "19CV48213"): the shape of a passport or a case number, never of a word,
#: an amount or a time.
BARE_CODE_RE = accents.compile(
    r"(?<![\w@./-])(?=[A-Z0-9]{8,14}(?![\w@-]))[A-Z0-9]*[A-Z][A-Z0-9]*(?![\w@-])"
)
#: A month and its year ("contrat signé en 09/2023"), or a period of them ("APL |
#: 09/2023-12/2023 | 588,00 €"): not an identifier.
MONTH_YEAR_SHAPE = accents.compile(
    r"(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d(?:[^\S\n]?[-–][^\S\n]?(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d)?"
)
#: A date written with spaces or dashes ("12 03 2021"), a month and its year: not an
#: identifier.
DATE_SHAPE = accents.compile(
    r"\d{1,2}[ \-/.]\d{1,2}[ \-/.](?:\d{2}|\d{4})|" + MONTH_YEAR_SHAPE.pattern
)
ID_RE = accents.compile(
    rf"(?i:{ID_CUES})\.?{_ID_GAP}(?!\d{{2,3}}[^\S\n]*:)(?-i:({_ID_VALUE}))(?![\w]|[.,]\d|\s*(?:€|%|\$|£|{_CURRENCY}))"
)
#: "@pseudo", "@claire-martin-rh" (not an e-mail: those are taken first) and handles after
#: a network's name.
HANDLE_RE = accents.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{1,29}[A-Za-z0-9_])?")
NETWORK_HANDLE_RE = accents.compile(
    r"(?i:\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|facebook|fb|twitter|pseudo|wechat|telegram"
    r"|discord|skype|compte\s+(?:leboncoin|vinted|lbc|ebay))\b)"
    # (the site may follow the cue: "son pseudo leboncoin : dylan29brico")
    r"(?:[^\S\n]+(?:sur[^\S\n]+)?[A-Za-zÀ-ÿ]+(?=[^\S\n]*:))?"
    # (a handle starts with a letter, a digit or "_": "facebook.com" names the site)
    r"[^\n\w@]{0,12}(?:c['’]est\s+)?([A-Za-z0-9_][A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])",
)


_PREFIX_RE = accents.compile(r"([A-Z]{1,4})[ \u00a0](?=\d)")
_GLUED_PREFIX_RE = accents.compile(r"(?<![\w-])[A-Z]{2,6}\d{0,3}-$")


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _switches(value: str) -> int:
    return sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False))


def _letter_code(value: str) -> bool:
    """After an identity cue, a code of 8 to 12 capitals and digits, mostly letters: the
    identity card since 2021 ("n° X4RTBPFW4"), foreign documents ("AB4CD7EFG")."""
    return (
        value.isalnum()
        and value.isupper()
        and 8 <= len(value) <= 12
        and _digits(value) >= 1
        and len(value) - _digits(value) >= 2
        and _switches(value) >= 2
    )


_PREFIXED_FOUR_RE = accents.compile(
    r"(?!(?:LE|LA|LES|DE|DU|DES|AU|AUX|EN|UN|UNE|ET|OU|A|SA|SON|SES|MA|MON|TA|TON)[ \u00a0])"
    r"[A-Z]{1,4}[- \u00a0](?!(?:19|20)\d\d)\d{4}"
)


def _prefixed_four(value: str) -> bool:
    """After an identity cue, capitals, a dash or a space, then four digits: a member's or a
    domiciliation's number ("matricule A-4521", "n° DOM 4521"); a year is no number ("CDD
    2024"), nor is a word typed in capitals ("IL LUI DONNE LE 3960"), nor a ticket ("n°
    A0412")."""
    return _PREFIXED_FOUR_RE.fullmatch(value) is not None


_TOWN_AFTER_RE = accents.compile(r"[^\S\n]+([^\W\d_][\w'’\-]+)")


def _postcode(text: str, start: int, end: int) -> bool:
    """Five digits then a known town (typed in lowercase too: "le bourg, 69430
    chenelette"), or any capitalised name after a comma (the end of an address: "lieu-dit La
    Ville Hervé, 22400 Lamballe-Armor"): a postcode, whatever cue came before."""
    town = _TOWN_AFTER_RE.match(text, end)
    return (
        re.fullmatch(r"\d{5}", text[start:end]) is not None
        and town is not None
        and (
            is_commune(town.group(1))
            or is_commune(town.group(1).split("-")[0])
            or (text[max(0, start - 2) : start] == ", " and town.group(1)[0].isupper())
        )
    )


_SENTENCE_END_RE = accents.compile(r"[a-zà-ÿ]{3}\.[^\S\n]+[A-ZÀ-Þ]")


_LOWER_CODE_RE = accents.compile(
    # (or a group of lowercase letters, no word, then digits: "série rx 718204")
    r"[a-z][a-z\-]*\d|\d[\d\-]*[a-z]|(?<![\w'’])[a-z]{2,3}[ \u00a0]\d"
)


#: Eight to ten capitals and digits, three of each at least: a passport's shape ("C4KX7M2RT").
_PASSPORT_SHAPE_RE = accents.compile(r"(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,10}")


def _a_word(letters: str) -> bool:
    """Lowercase letters that are a word of the sentence, not a code's prefix."""
    return is_common_word(letters) or is_keep_word(letters) or letters in _WORDS_BEFORE_NUMBERS


#: Short words typed before a number that the vocabulary may not hold.
_WORDS_BEFORE_NUMBERS = frozenset("le la les de du des au aux un une en et ou n no tel fax".split())


def _announced_identifiers(text: str, *, typed_lower: bool = False) -> list[Candidate]:
    """Identifiers after an identity word (ID_RE), the issuer's name left outside; with
    ``typed_lower``, those typed in lowercase ("dossier siao-35-2026-08812", "réf
    ah-0045781"), read in capitals, with four digits or more."""
    found = []
    position = 0
    scan = capitals(text) if typed_lower else text
    while (m := ID_RE.search(scan, position)) is not None:
        if typed_lower and (
            # a lowercase letter glued to the digits ("ah-0045781"), not a word before them
            # ("valable jusqu'au 31/12/2024", "numéro fixe 02 99 …")
            not (code := _LOWER_CODE_RE.search(text, m.start(1), m.end(1)))
            or (" " in code.group() or "\u00a0" in code.group())
            and (code.start() != m.start(1) or _a_word(code.group()[:-2]))
            # (a passport's shape has fewer digits: "c4kx7m2rt", an identity card's too:
            # "x4rtbpfw4")
            or _digits(m.group(1)) < 4
            and not _PASSPORT_SHAPE_RE.fullmatch(m.group(1))
            and not _letter_code(m.group(1))
        ):
            position = m.end()
            continue
        position = m.end()
        value, start = m.group(1), m.start(1)
        sentence_end = _SENTENCE_END_RE.search(text, m.start(), start)
        if sentence_end and start - m.start() > 30:
            # "une aide au permis. Il habite …, 22400": the cue ended its sentence (a cue of
            # the next sentence may announce the number)
            position = sentence_end.end() - 1
            continue
        if after_offer(text, start):
            continue  # a job offer's reference, not a person's
        if NOT_A_PERSON_NUMBER_BEFORE_RE.search(text, m.start() + 1, start):
            continue  # "le numéro du service, poste 42107": an extension's, named between
        prefix = _PREFIX_RE.match(value)
        if (
            prefix
            # (of two letters, only the employment office's: "Id FT 3417725M")
            and (len(prefix.group(1)) >= 3 or prefix.group(1) in ("FT", "PE"))
            and is_keep_word(prefix.group(1))
            # an MDPH or SIAO case number read in groups carries the name ("MDPH 29 2022
            # 11873"); a code of its own, dashed, does not ("SIAO 35-2024-HU-01877")
            and (prefix.group(1) not in ("MDPH", "SIAO") or "-" in value)
        ):
            # "réf client EDF 6004…": the supplier, not part of the number ("AT 2025…" is)
            value, start = value[prefix.end() :], start + prefix.end()
        own = re.match(r"(?:MDPH|SIAO)[ \u00a0](?=[A-Z]+\d)", value)
        if own:  # "réf SIAO SIAO35-24-004512": the service, then the code's own prefix
            value, start = value[own.end() :], start + own.end()
        if _postcode(text, start, m.end(1)):
            continue  # "une cliente à Kerroc'h, 29300 Mellac": a town's postcode
        if (
            _digits(value) >= 5 or _letter_code(value) or _prefixed_four(value)
        ) and not DATE_SHAPE.fullmatch(value):
            glued = _GLUED_PREFIX_RE.search(text, max(0, start - 10), start)
            if glued:  # "SIAO-2023-08014": the cue word is the number's own prefix
                start = glued.start()
            found.append(Candidate(start, m.end(1), Label.IDENTIFIANT))
    return found


#: A person's page on a network, by its address: "linkedin.com/in/julie-martin-4b2a91",
#: "www.facebook.com/kevin.leroux.35", "tiktok.com/@lina.nails".
PROFILE_URL_RE = accents.compile(
    r"(?i:(?<![\w.])(?:https?://)?(?:[a-z]{2,3}\.)?"
    r"(?:linkedin\.com/in|facebook\.com|fb\.com|instagram\.com|tiktok\.com|twitter\.com|x\.com"
    r"|snapchat\.com/add|youtube\.com)"
    r"/@?[\w\-.%]*[\w%](?:/[\w\-.%]*[\w%])*/?)"
)


#: The end of a number, all a person remembers: "son numéro finit par 44 19", "ça finit par
#: 56 K", "les quatre derniers chiffres : 8 8 1 2". Two digits or more, no unit after.
PARTIAL_RE = accents.compile(
    r"(?i:\b(?:finit|finissent|finissant|termine|terminent|terminant)\s+par"
    r"|derniers\s+(?:chiffres|num[ée]ros)(?:\s+(?:sont|c['’]est))?)[^\S\n]*:?[^\S\n]*[«\"“]?"
    r"[^\S\n]*(\d(?:[ .\u00a0]?\d)+(?:[ \u00a0]?[A-Z](?![\w]))?)"
    r"(?![\w]|[.,]\d|\s*(?:€|%|h\b|min|ans?\b|mois|jours?|euros?|km|kg|fois))"
)
#: A number given in pieces, after its cue: "num alloc en 2 morceaux : 61 44… euh attendez…
#: 207", "alloc 18645⏎20" (a post-it too narrow), "num de secu c'est 1 57 05… attendez… 29
#: 019 066… et 86". The pieces make the value's length together, and none alone does.
_PIECES_CUES = (
    (accents.compile(r"(?i:allocataire|\balloc\b|\bcaf\b|\bmsa\b)\.?"), Label.N_ALLOCATAIRE, (7,)),
    (
        accents.compile(r"(?i:\bs[ée]cu\b|\bnir\b|s[ée]curit[ée]\s+sociale|carte\s+vitale)"),
        Label.NIR,
        (13, 15),
    ),
)
_DIGIT_START_RE = accents.compile(r"(?<![\w.,])\d")


def _pieces_after_cues(text: str) -> list[Candidate]:
    found = []
    for cue_re, label, lengths in _PIECES_CUES:
        for cue in cue_re.finditer(text):
            line_end = text.find("\n", cue.end(), cue.end() + 80)
            end = line_end if line_end >= 0 else min(len(text), cue.end() + 80)
            for start in _DIGIT_START_RE.finditer(text, cue.end(), end):
                parts = pieces(text, start.start(), line_break=True)
                counts = [_digits(text[s:e]) for s, e in parts]
                if len(parts) < 2 or sum(counts) not in lengths:
                    continue
                merged = [parts[0]]
                for s, e in parts[1:]:
                    if any(ch.isalpha() for ch in text[merged[-1][1] : s]):
                        merged.append((s, e))
                    else:  # only a pause or a line break between: one value
                        merged[-1] = (merged[-1][0], e)
                found += [Candidate(s, e, label) for s, e in merged]
                break
    return found


#: Which number it is, by the words before it.
_PARTIAL_KINDS = (
    (accents.compile(r"(?i:\b(?:t[ée]l\w*|portable|mobile|fixe|appel\w*)\b)"), Label.TELEPHONE),
    (
        accents.compile(r"(?i:identifiant|france\s+travail|p[ôo]le\s+emploi)"),
        Label.ID_FRANCE_TRAVAIL,
    ),
    (accents.compile(r"(?i:\b(?:alloc\w*|caf)\b)"), Label.N_ALLOCATAIRE),
    (accents.compile(r"(?i:\b(?:s[ée]cu|nir|s[ée]curit[ée]\s+sociale)\b)"), Label.NIR),
    (accents.compile(r"(?i:\b(?:iban|rib|compte)\b)"), Label.IBAN),
)


def _partials(text: str) -> list[Candidate]:
    found = []
    for m in PARTIAL_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group(1)) < 2:
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        label = next(
            (kind for regex, kind in _PARTIAL_KINDS if regex.search(before)), Label.IDENTIFIANT
        )
        found.append(Candidate(m.start(1), m.end(1), label))
    return found


#: Seven digits in one piece, with no cue: a Caf number read from a screen ("DUBOIS
#: Jean-Marc - 1875530 - 4 RUE …"). Nothing kept has that shape: amounts carry a unit or
#: spaces, phones have ten digits, times, counts and years fewer; a job offer's, a form's, a
#: firm's or a legal text's number is kept apart (:func:`form_ranges`, :func:`after_offer`),
#: and so is a code, a ticket or an extension.
_BARE_SEVEN_RE = accents.compile(
    r"(?<![\w.,/:+\-])\d{7}(?![\w\-]|[.,/]\d|[^\S\n]*(?:€|%|\$|£|" + _CURRENCY + r"))"
    r"(?![^\S\n]*(?i:habitants?|personnes?|dossiers?|appels?|visites?|allocataires?|usagers?"
    r"|b[ée]n[ée]ficiaires?|demandeurs?|visiteurs?|vues?|abonn[ée]s?|exemplaires?|entr[ée]es?"
    r"|inscrits?|foyers?|m[ée]nages?|contrats?|pages?|courriers?|mails?|lettres?"
    r"|km|kg|m²|m2|fois|ans|jours?|heures?|min\w*)\b)"
)
#: What numbers no one: a ticket's, a parcel's, a training session's, a one-time code's
#: ("votre code de vérification est 482913", "session 2024-118").
_THING_NUMBER_WORDS = (
    r"poste|code|ticket|colis|commande|suivi|lot|article|offre|cerfa|loi|d[ée]cret|vol|train"
    r"|bus|ligne|salle|bureau|chambre|session"
    r"|code\s+(?:de\s+(?:v[ée]rification|confirmation|s[ée]curit[ée]|validation)"
    r"|[àa]\s+usage\s+unique|sms|otp)(?:\s+(?:est|:))?"
)
NOT_A_PERSON_NUMBER_BEFORE_RE = accents.compile(
    rf"(?i:\b(?:{_THING_NUMBER_WORDS})\b)[^\S\n]*(?:n[°o]\.?)?[^\S\n]*:?[^\S\n]*$"
)
#: … and, for seven bare digits, a firm's number (a one-person business's SIRET is found by
#: its cue: only seven digits alone need the firm's words ruled out).
_NOT_A_SEVEN_BEFORE_RE = accents.compile(
    rf"(?i:\b(?:{_THING_NUMBER_WORDS}|siret|siren|tva)\b)[^\S\n]*(?:n[°o]\.?)?[^\S\n]*:?"
    r"[^\S\n]*$"
)


def _bare_sevens(text: str) -> list[Candidate]:
    return [
        Candidate(m.start(), m.end(), Label.N_ALLOCATAIRE)
        for m in _BARE_SEVEN_RE.finditer(text)
        if not after_offer(text, m.start())
        and not _NOT_A_SEVEN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    ]


def detect(text: str) -> list[Candidate]:
    ids = _announced_identifiers(text)
    found = [
        Candidate(m.start(1), m.end(1), Label.N_ALLOCATAIRE)
        for m in CAF_RE.finditer(text)
        if not DATE_SHAPE.fullmatch(m.group(1))
        # "n° locataire LOC 0078 215": letters printed before the digits make it another
        # identifier (a Caf number has none); the weak cue "n°" is no Caf word
        and not any(c.start < m.start(1) and c.end >= m.end(1) for c in ids)
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.N_ALLOCATAIRE)
        for m in CAF_STRONG_RE.finditer(text)
        if not DATE_SHAPE.fullmatch(m.group(1))
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.ID_FRANCE_TRAVAIL) for m in FT_CUE_RE.finditer(text)
    ]
    found += [
        Candidate(m.start(), m.end(), Label.ID_FRANCE_TRAVAIL) for m in FT_BARE_RE.finditer(text)
    ]
    for regex in (FT_SPACED_RE, FT_SPACED_LOWER_RE):
        found += [
            Candidate(m.start(), m.end(), Label.ID_FRANCE_TRAVAIL) for m in regex.finditer(text)
        ]
    found += [
        Candidate(m.start(1), m.end(1), Label.N_ALLOCATAIRE) for m in CAF_BEFORE_RE.finditer(text)
    ]
    found += ids + _partials(text) + _pieces_after_cues(text)
    # (only where a lowercase letter is glued to digits somewhere: what each value needs)
    lowered = _announced_identifiers(text, typed_lower=True) if _LOWER_CODE_RE.search(text) else []
    for c in lowered:
        inside = [f for f in found if f.overlaps(c.start, c.end)]
        if all(c.start <= f.start and f.end <= c.end for f in inside):  # "siao-35-2026-08812"
            found = [f for f in found if f not in inside] + [c]
    for m in BARE_CODE_RE.finditer(text):
        value = m.group(0)
        switches = sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False))
        letters = sum(ch.isalpha() for ch in value)
        if (
            _digits(value) >= 4
            and letters >= 2
            and switches >= 3
            and not after_offer(text, m.start())
        ):
            found.append(Candidate(m.start(), m.end(), Label.IDENTIFIANT))
    found += [Candidate(m.start(), m.end(), Label.IDENTIFIANT) for m in HANDLE_RE.finditer(text)]
    found += [
        Candidate(m.start(), m.end(), Label.IDENTIFIANT) for m in PROFILE_URL_RE.finditer(text)
    ]
    found += [
        Candidate(m.start(1), m.end(1), Label.IDENTIFIANT) for m in NETWORK_HANDLE_RE.finditer(text)
    ]
    # (last: a number with a cue keeps the label its cue gives it)
    found += [c for c in _bare_sevens(text) if not any(f.overlaps(c.start, c.end) for f in found)]
    return [_with_final_letter(text, c, found) for c in found]


#: A letter printed apart at the end of a number: "n° unique 06011 23 00458 X." (a word,
#: an article or the next sentence's capital are not: "12345 A la fin", "12345. Elle"), or
#: typed in lowercase ("sociétaire n° 4 287 113 t,").
_FINAL_LETTER_RE = accents.compile(r"[ \u00a0][A-Za-z](?=[.,;:)\]]|[^\S\n]*(?:\n|$))")


def _with_final_letter(text: str, cand: Candidate, found: list[Candidate]) -> Candidate:
    if cand.label is not Label.IDENTIFIANT or not text[cand.end - 1 : cand.end].isdigit():
        return cand
    m = _FINAL_LETTER_RE.match(text, cand.end)
    if m is None or any(c.overlaps(m.end() - 1, m.end()) for c in found):
        return cand  # (the letter of a France Travail identifier is read with its digits)
    return Candidate(cand.start, m.end(), cand.label)
