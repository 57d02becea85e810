"""E-mail addresses, also typed with a space around "@", with "arobase", or obfuscated
("prenom.nom [at] domaine.net", "c.salaun(at)orange.fr", "x at y.fr", "gmail[.]com")."""

from __future__ import annotations

import re

from immersion.privacy import accents
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.detectors.spoken import NUMBER_WORD
from immersion.privacy.keep import is_place
from immersion.privacy.resources import fold
from immersion.privacy.types import Label

_AT = (
    # ("a rond", "a commercial": the sign's names said aloud)
    r"(?:\s?@\s?|\s(?i:ar?roba[sz]e|at|a\s+rond|a\s+commercial)\s|\s?[\[(]\s?(?i:at|a|arobase|@)\s?[\])]\s?"
    r"|\s?\{(?i:at)\}\s?)"
)
_DOT = (
    r"(?:\.|\s?\.\s?(?=(?i:com|fr|net|org)(?![\w-]))|\s?[\[(](?i:dot|point|\.)[\])]\s?|\s\.\s(?=[A-Za-z]{2,}(?![\w-]))"
    r"|\s(?i:point|dot)\s(?=[a-z]{2,}(?![\w-])))"  # "laposte point net"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
#: A known mailbox provider without its ending ("kevin.lf@gmail", "x arobase hotmail"), or
#: with a comma typed for the dot ("x@orange,fr").
PROVIDER_RE = accents.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    rf"{_AT}(?i:gmail|hotmail|yahoo|outlook|orange|free|laposte|sfr|wanadoo|icloud|live|msn)"
    # "…@orange,fr"; "…@gmail.c", the ending cut short
    r"(?:,(?i:com|fr|net)|\.[a-z](?![\w.@-])|(?![\w.@-]|\.[a-z]))"
)
#: Every separator in brackets: "aurelie(point)vasseur(arobase)yahoo(point)fr".
BRACKETED_RE = accents.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9_\-]*(?:[(\[](?i:point|dot|tiret|underscore)[)\]]"
    r"[A-Za-z0-9][A-Za-z0-9_\-]*)*[(\[](?i:ar?roba[sz]e|at|a|@)[)\]][A-Za-z0-9\-]+"
    r"(?:[(\[](?i:point|dot)[)\]][A-Za-z]{2,})+(?![\w-])"
)
#: After a mail cue, the address typed without "@" nor dots: "mail : lea-morvan hotmail fr".
CUED_BARE_RE = accents.compile(
    r"(?i:\b(?:e-?mail|mail|courriel)\s*(?:perso\w*\s*)?:\s*)"
    r"([A-Za-z0-9][A-Za-z0-9._\-]*[A-Za-z0-9]\s(?i:gmail|hotmail|yahoo|outlook|orange|free|laposte"
    r"|sfr|wanadoo|icloud|live|msn)(?:\s|\s?\.\s?)(?i:fr|com|net)(?![\w-]))"
)
#: Dictated whole: "marie point dupont arobase gmail point com".
SPOKEN_RE = accents.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9_\-]*(?:\s(?i:point|dot|tiret(?:\s+(?:du\s+)?(?:bas|haut|six|huit))?|underscore|trait\s+d['’]union)\s[A-Za-z0-9][A-Za-z0-9_\-]*)+"
    # numbers said aloud at the end of the local part: "… point martin quatre-vingt-deux"
    # (or in digits: "rose point dupuis 2006 arobase gmail point com")
    rf"(?:\s(?i:{NUMBER_WORD})(?:[\s\-]+(?i:{NUMBER_WORD}))*|\s\d{{1,4}})?"
    r"\s(?i:ar?roba[sz]e|at|a\s+rond|a\s+commercial)\s[A-Za-z0-9\-]+"
    r"(?:\s(?i:point|dot)\s[A-Za-z]{2,})+(?![\w-])"
)
EMAIL_RE = accents.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    rf"{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,}}(?![\w-])"
)


_PROVIDERS = r"(?i:gmail|hotmail|yahoo|outlook|orange|free|laposte|sfr|wanadoo|icloud|live|msn)"
#: A local part dictated: words joined by "point", "tiret"…, and numbers said aloud
#: ("albert point jezequel trente-deux").
_SPOKEN_LOCAL = (
    rf"[A-Za-z0-9][A-Za-z0-9._%+\-]*(?:\s(?i:point|dot|tiret|underscore|trait\s+d['’]union)"
    rf"\s[A-Za-z0-9][A-Za-z0-9_\-]*|\s(?i:{NUMBER_WORD})(?:[\s\-]+(?i:{NUMBER_WORD}))*)*"
)
#: "chez" for "@" ("jdupont chez orange point fr"), only before a mailbox provider: "chez
#: Orange" alone is a shop, so a dot or "point" and an ending must follow.
CHEZ_RE = accents.compile(
    rf"(?<![\w.+-]){_SPOKEN_LOCAL}\s(?i:chez)\s"
    + _PROVIDERS
    + r"(?:\s?\.\s?|\s(?i:point|dot)\s)(?i:com|fr|net)(?![\w-])"
    # … or without its ending, when the local part is an address's ("fatima.z63 chez gmail")
    # (a dot, an underscore or a digit in it: "ex-RH chez Orange" is an employer)
    + r"|(?<![\w.+-])(?=[A-Za-z0-9\-]*[._0-9])[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)+"
    + r"\s(?i:chez)\s"
    + _PROVIDERS
    + r"(?![\w.-])"
)
#: The local part spelt letter by letter before "arobase" or "@": "M.A.R.I.E. point D.U.R.A.N.D.
#: arobase free point fr", "J comme Jean, D comme Denis, U, P, O, N, T arobase gmail point com".
_SPELT = r"(?:[A-Za-z0-9](?:\s(?i:comme)\s[A-Za-zÀ-ÿ]+)?(?:[.,\-]\s?|\s)){2,40}"
_SPELT_MORE = _SPELT.replace("{2,40}", "{1,40}")  # after "point", one letter may do ("point K.")
_AT_WORD_RE = accents.compile(r"@|(?i:\bar?roba[sz]e\b|\bat\b)")
SPELT_RE = accents.compile(
    r"(?<![\w.+-])" + _SPELT + r"(?:(?i:point|tiret|underscore)\s" + _SPELT_MORE + r")*"
    r"(?:(?i:ar?roba[sz]e|at)\s|@\s?)[A-Za-z0-9\-]+(?:\s?\.\s?|\s(?i:point|dot)\s)"
    # (the ending spelt too: "free point f-r")
    r"(?:[a-z]{2,}|[a-z](?:-[a-z]){1,3})(?![\w-])"
)


#: Words of an organisation's shared mailbox: "contact@", "recrutement.aulnay@",
#: "maraude.nord@" name a service, a branch or a place, no one.
_SERVICE_WORDS = frozenset(
    """
    contact contacts accueil recrutement recrutements rh drh maraude maraudes secretariat secretaire
    direction candidature candidatures emploi emplois job jobs info infos information informations
    admin administration administratif noreply no reply ne pas repondre support standard equipe
    service services courrier courriers mairie ccas caf cpam communication compta comptabilite
    facturation factures reservation reservations inscription inscriptions stage stages hello
    bonjour webmaster postmaster presse social sociale sociales action agence antenne siege
    permanence benevoles benevolat dons asso association urgence urgences sav commercial
    commandes formation formations rdv dpo rgpd juridique paie logement solidarite insertion
    domiciliation pole cellule bureau mail email courriel pharmacie clinique hopital cabinet
    medical sante ressources humaines coordination coordinatrice coordinateur animation
    mediation orientation aide aides dossiers dossier reclamation reclamations litiges
    partenaires partenaire partenariat partenariats gestion locative locatif locataires loyers
    contentieux recouvrement usagers public publics adherents relations clients
    pada spada cada huda chrs siao caarud csapa cmp cmpp pmi ase aemo sessad esat ehpad ssiad
    saad adil cidff entreprise entreprises employeur employeurs
    """.split()
)
_CARDINALS = frozenset("nord sud est ouest centre nordest nordouest sudest sudouest".split())
#: Mailbox providers: there, a local part of service words may still be a nickname.
_PROVIDER_DOMAIN_RE = accents.compile(
    rf"(?:@|\b(?:at|ar?roba[sz]e)\b|[\[(]\s?(?:at|a)\s?[\])])\s*{_PROVIDERS}", re.IGNORECASE
)
_LOCAL_RE = accents.compile(r"^([^@\s\[({]+?)(?=\s?@|\s?[\[({]|\s(?i:ar?roba[sz]e|at)\s)")


def _a_town(word: str, text: str) -> bool:
    """A town, or the first word of a town the note names ("aulnay" for Aulnay-sous-Bois)."""
    if is_commune(word) or is_place(word):
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}-[\w'’\-]+", text, re.IGNORECASE):
        if is_commune(m.group(0)) or is_place(m.group(0)):
            return True
    return False


def a_service_mailbox(text: str, start: int, end: int) -> bool:
    """An organisation's shared mailbox: a local part made only of service words, cardinal
    points, towns and digits (at least one service word or cardinal point), at a domain
    that is no mailbox provider. "prenom.nom@", "j.nom@" stay someone's."""
    value = text[start:end]
    if _PROVIDER_DOMAIN_RE.search(value):
        return False
    local = _LOCAL_RE.match(value)
    if local is None:
        return False
    words = re.findall(r"[^\W\d_]+|\d+", fold(local.group(1)))  # "accueil35": two words
    if not words:
        return False
    if not any(w in _SERVICE_WORDS or w in _CARDINALS for w in words):
        # a branch named by its town alone, at an organisation's domain:
        # "quimperle@secours-catholique.org"
        towns = [w for w in words if not w.isdigit()]
        return bool(towns) and all(_a_town(w, text) for w in towns)
    return all(
        w in _SERVICE_WORDS or w in _CARDINALS or w.isdigit() or _a_town(w, text) for w in words
    )


#: The words of an address given as a model, no one's: "l'exemple prenom.nom@gmail.com".
_MODEL_WORDS = frozenset("prenom nom exemple example votrenom tonnom monnom nomprenom xxx".split())


def _a_model_address(text: str, start: int, end: int) -> bool:
    local = _LOCAL_RE.match(text[start:end])
    words = re.findall(r"[^\W\d_]+", fold(local.group(1))) if local else []
    return bool(words) and all(w in _MODEL_WORDS for w in words)


def _kept(text: str, start: int, end: int) -> bool:
    return a_service_mailbox(text, start, end) or _a_model_address(text, start, end)


def office_ranges(text: str) -> list[tuple[int, int]]:
    """Organisations' shared mailboxes in ``text`` and addresses given as a model, kept: no
    other layer may take them."""
    return [(c.start, c.end) for c in _find(text) if _kept(text, c.start, c.end)]


def detect(text: str) -> list[Candidate]:
    return [c for c in _find(text) if not _kept(text, c.start, c.end)]


#: A word of the sentence, a space, then "@pseudo": a handle, not an address ("son insta
#: c'est @lana.ggn", "sur @kevin_35").
_WORD_BEFORE_HANDLE_RE = accents.compile(
    r"(?i:est|et|sur|a|à|son|sa|ses|mon|ma|ton|ta|le|la|les|de|du|des|en|par|pour|avec|chez"
    r"|compte|insta|instagram|snap|snapchat|tiktok|facebook|fb|twitter|pseudo|x|moi|lui|elle"
    r"|il|on|ils|elles|travaille|bosse|client|cliente|abonn[ée]e?)"
    # "c'est @lana.ggn"; "elle est chez orange.fr": a word of the sentence, no local part
    r"\s(?:@(?!\s)|(?i:chez)\s)"
)


def _find(text: str) -> list[Candidate]:
    found = [
        Candidate(m.start(), m.end(), Label.EMAIL)
        for m in EMAIL_RE.finditer(text)
        if not _WORD_BEFORE_HANDLE_RE.match(text, m.start())
    ]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in PROVIDER_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in SPOKEN_RE.finditer(text)]
    found += [
        Candidate(m.start(), m.end(), Label.EMAIL)
        for m in CHEZ_RE.finditer(text)
        if not _WORD_BEFORE_HANDLE_RE.match(text, m.start())
    ]
    found += [Candidate(m.start(1), m.end(1), Label.EMAIL) for m in CUED_BARE_RE.finditer(text)]
    found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in BRACKETED_RE.finditer(text)]
    for m in _DICTATED_RE.finditer(text):
        # from the last quote, colon or "c'est" before the "@" said
        openers = [o.end() for o in _OPENER_RE.finditer(text, m.start(1), m.end(1))]
        start = openers[-1] if openers else m.start(1)
        if not any(c.start <= start and m.end(1) <= c.end for c in found):
            found.append(Candidate(start, m.end(1), Label.EMAIL))
    if _AT_WORD_RE.search(text):  # a spelt address needs its "@": skip the scan otherwise
        found += [Candidate(m.start(), m.end(), Label.EMAIL) for m in SPELT_RE.finditer(text)]
        found += [
            Candidate(m.start(), m.end(), Label.EMAIL)
            for m in _ALL_SPELT_RE.finditer(text)
            if not any(c.overlaps(m.start(), m.end()) for c in found)
        ]
    return [_with_spelt_start(text, c) for c in found]


#: An address dictated in a quote or after "c'est", the way people do: words, letters spelt
#: with dashes or commas, "point", "tiret du 8", "sans accent", numbers in words, then "@"
#: said ("arobase", "at", "aro base", "chez" before a mailbox provider) and the domain
#: ("« anziza, a-n-z-i-z-a, point m-m-a-d-i, arobase, hotmail point fr »", "TRAN POINT DUC
#: ARO BASE YAHOO POINT FR", "« julien barbier, sans point, chez gmail point com »").
_TLD = r"(?i:fr|com|net|org|eu|be|ch|ca|re|info|io)"
_DICTATED_AT = (
    r"(?i:ar?roba[sz]e|aro[^\S\n]+base|at|a[^\S\n]+rond|a[^\S\n]+commercial|@"
    rf"|chez(?=[^\S\n,]+{_PROVIDERS}[,\s]+(?i:point|dot)[,\s]+{_TLD}(?![\w-])))"
)
#: What the dictation starts after: a quote, a colon, "c'est".
_OPENER = r"(?:[«\"“:]|(?<![\w'’])(?i:c['’][^\S\n]*est))[^\S\n]*"
_OPENER_RE = accents.compile(_OPENER)
_DICTATED_RE = accents.compile(
    _OPENER
    # the local part: no end of sentence in it (but the pauses of a dictation)
    + r"((?:[^\s.!?;»\"”:]|[^\S\n]|\.(?=\w)|…|\.{3}){2,110}?"
    rf"[,\s]+{_DICTATED_AT}[,\s]+"
    rf"(?:{_PROVIDERS}(?:[,\s]+(?i:point|dot)[,\s]+{_TLD})?"
    r"|[A-Za-z0-9][A-Za-z0-9\-]*(?:[,\s]+(?i:point|dot)[,\s]+[A-Za-z][A-Za-z0-9\-]*)*"
    rf"[,\s]+(?i:point|dot)[,\s]+{_TLD}))"
    r"(?![\w-])"
)


#: A whole address spelt letter by letter with commas, the domain too: "m, a, r, i, e, point,
#: l, e, g, a, l, l, arobase, w, a, n, a, d, o, o, point, f, r".
_SPELT_UNIT = r"(?:[A-Za-z0-9]|(?i:point|tiret|underscore))"
_SPELT_COMMA = r"[^\S\n]?,[^\S\n]?"
_ALL_SPELT_RE = accents.compile(
    rf"(?<![\w,]){_SPELT_UNIT}(?:{_SPELT_COMMA}{_SPELT_UNIT}){{1,60}}{_SPELT_COMMA}"
    rf"(?i:ar?roba[sz]e){_SPELT_COMMA}[A-Za-z0-9](?:{_SPELT_COMMA}[A-Za-z0-9])*"
    rf"{_SPELT_COMMA}(?i:point){_SPELT_COMMA}[A-Za-z](?:{_SPELT_COMMA}[A-Za-z]){{1,3}}(?![\w])"
)
#: The start of a local part spelt letter by letter with commas, before what the patterns
#: took: "p, e, d, r, o, point, a, l, v, e, s, arobase outlook point fr".
_SPELT_START_RE = accents.compile(
    r"(?<![\w,])(?:(?:[A-Za-z0-9]|(?i:point|tiret|underscore))[^\S\n]?,[^\S\n]?)+$"
)


#: … and the end of a domain spelt the same way, after what the patterns took: "…, arobase,
#: free, point, f, r".
_SPELT_END_RE = accents.compile(
    rf"{_SPELT_COMMA}(?i:point){_SPELT_COMMA}[A-Za-z](?:{_SPELT_COMMA}[A-Za-z]){{1,3}}(?![\w])"
)


def _with_spelt_start(text: str, cand: Candidate) -> Candidate:
    m = _SPELT_START_RE.search(text, max(0, cand.start - 80), cand.start)
    end = _SPELT_END_RE.match(text, cand.end)
    return Candidate(m.start() if m else cand.start, end.end() if end else cand.end, cand.label)


#: How a local part's separator is said again: "julien tiret bas prigent" for
#: "julien_prigent@…".
_SAID_SEPARATORS = {
    ".": r"(?i:point|dot|\.)",
    "_": r"(?i:tiret[^\S\n]+bas|underscore|_)",
    "-": r"(?i:tiret|trait[^\S\n]+d['’]union|-)",
}


def said_again(text: str, found: list[Candidate]) -> list[Candidate]:
    """The local part of an address found, said again with its separators in words
    ("underscore, pas tiret" — « julien tiret bas prigent »): the same person's address."""
    out = []
    for cand in found:
        value = text[cand.start : cand.end]
        if cand.label is not Label.EMAIL or "@" not in value:
            continue
        parts = re.split(r"([._-])", value.split("@")[0])
        if len(parts) < 3 or not all(parts[::2]):
            continue
        body = "".join(
            re.escape(part) if k % 2 == 0 else rf"[^\S\n]*{_SAID_SEPARATORS[part]}[^\S\n]*"
            for k, part in enumerate(parts)
        )
        for m in re.finditer(rf"(?<![\w.@])(?i:{body})(?![\w@])", text):
            if not any(c.overlaps(m.start(), m.end()) for c in found + out):
                out.append(Candidate(m.start(), m.end(), Label.EMAIL))
    return out
