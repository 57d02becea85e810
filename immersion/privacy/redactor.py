"""The Redactor: runs the detectors, resolves overlaps and writes placeholders.

It never logs or prints the text it is given, and the exceptions it raises never carry it.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from immersion.privacy import accents, learned_dates
from immersion.privacy import nlp as nlp_module
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors import (
    address,
    birthdate,
    email,
    iban,
    identifiers,
    nir,
    phone,
    plate,
    spoken,
)
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.detectors.names import (
    a_town_after_a_preposition,
    bridge,
    detect_names,
    is_civility,
    merge,
    natural_case,
    propagate,
    table_columns,
    with_initials,
)
from immersion.privacy.keep import PLACEHOLDER_RE, district_ranges, is_keep_word, keep_ranges
from immersion.privacy.nlp import is_common_word
from immersion.privacy.placeholders import render
from immersion.privacy.resources import first_names, fold
from immersion.privacy.types import Label, RedactionResult, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PATTERN_DETECTORS = (email, iban, nir, identifiers, phone, plate, birthdate, address, spoken)


class Redactor:
    """Finds personal data in French notes and replaces it with typed placeholders.

    The default combines spaCy's NER with the rule layers; ``use_spacy=False`` skips the NER
    pass (faster, fewer names found; the rules still read the French vocabulary shipped in
    the model package). The model is loaded lazily, once per process.
    """

    def __init__(self, *, use_spacy: bool = True, batch_size: int = 64) -> None:
        self.use_spacy = use_spacy
        self.batch_size = batch_size

    def redact(self, text: str) -> RedactionResult:
        return self.redact_many([text])[0]

    def redact_many(self, texts: Sequence[str] | Iterable[str]) -> list[RedactionResult]:
        """Redact several texts; spaCy runs in batches (``nlp.pipe``)."""
        items = list(texts)
        for position, text in enumerate(items):
            if not isinstance(text, str):
                raise TypeError(f"le texte n° {position} n'est pas une chaîne de caractères")
        docs: list[Doc | None] = [None] * len(items)
        if self.use_spacy and items:
            nlp = nlp_module.warm_up()
            # Texts beyond spaCy's length limit go through the rule layers only.
            fit = [k for k, text in enumerate(items) if len(text) < nlp.max_length]
            for k, doc in zip(
                fit, nlp.pipe([items[k] for k in fit], batch_size=self.batch_size), strict=True
            ):
                docs[k] = doc
            nlp_module.add_learned_names([doc for doc in docs if doc is not None], natural_case)
        return [self._redact_one(text, doc) for text, doc in zip(items, docs, strict=True)]

    def find(self, text: str, doc: Doc | None = None) -> list[Span]:
        """The spans of personal data in ``text`` (sorted, non-overlapping).

        Sentences typed in capitals are read in the case prose would have them (same
        length: ``natural_case``)."""
        typed = text
        text = _apostrophes_restored(natural_case(text))
        placeholders = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
        candidates: list[Candidate] = []
        for detector in _PATTERN_DETECTORS:
            candidates += detector.detect(text)
        candidates += _after_glued_cues(text, candidates)
        if typed != text:
            # a plate in a sentence typed in capitals, which prose's case made "eh 914 TZ"
            candidates += plate.typed_in_capitals(typed)
        # a public office's number, an organisation's shared mailbox, a form's number: kept
        offices = (
            phone.office_ranges(text)
            + email.office_ranges(text)
            + identifiers.form_ranges(text)
            + _office_accounts(text, candidates)
        )
        if placeholders or offices:
            candidates = [
                c
                for c in candidates
                if not any(c.overlaps(s, e) for s, e in placeholders + offices)
            ]
        protected = (
            keep_ranges(text) + address.office_ranges(text) + address.place_ranges(text) + offices
        )
        structured = _resolve(candidates)
        # the value given right after a try cut short, which hides its cue
        structured = _resolve(
            structured + _values_after_tries(text, structured, placeholders + offices)
        )
        structured = _resolve(structured + _identifier_copies(text, structured, placeholders))
        structured = _resolve(structured + _local_parts_spelt(text, structured, protected))
        structured = _resolve(structured + _list_siblings(text, structured, protected))
        structured = _resolve(
            structured + _learned_values(text, doc, structured, protected + placeholders)
        )
        # the next dates of a list of births the recogniser started
        structured = _resolve(structured + birthdate.siblings(text, structured))
        # births the rules missed, read by the learned classifier of dates
        structured = _resolve(
            structured + _learned_births(text, structured, protected + placeholders)
        )
        structured = _resolve(structured + _fragments(text, structured))
        structured = _resolve(structured + _pieces_said(text, structured, protected + placeholders))
        structured = _resolve(structured + _nir_rests(text, structured, protected + placeholders))
        structured = _resolve(structured + _tries_cut_short(text, structured))
        structured = _resolve(structured + _tries_taken_back(text, structured))
        structured = _resolve(structured + _ends_said(text, structured, protected + placeholders))
        structured = _resolve(
            structured + _begun_after_cues(text, structured, protected + placeholders)
        )
        structured = _resolve(
            structured + _digits_corrected(text, structured, protected + placeholders)
        )
        # (the letter said after a value these layers pieced together: "…, et une lettre, K")
        structured = _resolve(structured + _letters_said_after(text, structured))
        taken = [(c.start, c.end) for c in structured]
        # districts are no one, for the name layers only ("Un père de Pissevin")
        unnamed = protected + taken + district_ranges(text)
        names = detect_names(text, doc, unnamed, recased=text != typed)
        names = merge(names + propagate(text, names, unnamed), text)
        names = merge(with_initials(text, names), text)  # a copy too: « CAMARA L. »
        names = bridge(text, names)  # "Nguyen Duc Anh"
        names = _apostrophe_dropped(text, names)  # "Mme N Diaye" for "N'Diaye"
        names = _names_completed(text, names, unnamed)
        names = merge(names + table_columns(text, names, unnamed), text)
        persons = [
            Candidate(s, e, Label.PERSONNE)
            for s, e in names
            # "Mme Adèle Valence, qui arrive justement de Valence": the town
            if not a_town_after_a_preposition(text, s, e)
            # "née à Constanța": a birthplace
            and not _BIRTHPLACE_BEFORE_RE.search(text, max(0, s - 16), s)
            # "Née le : 23/01/2002 à Belo Horizonte": a birthplace after the date
            and not _BIRTHPLACE_AFTER_DATE_RE.search(text, max(0, s - 50), s)
            # "urg perigueux 16h40", "tel urg pau :": a site and its town, typed in a hurry
            and not _a_site_in_lowercase(text[s:e])
            # « soixante-deux… »: a number said, no one's name
            and not _NUMBER_WORDS_ONLY_RE.fullmatch(text, s, e)
        ]
        births = _births_after_names(text, persons, structured + persons, protected + placeholders)
        births += _years_after_names(
            text, persons, structured + persons + births, protected + placeholders
        )
        births += _row_siblings(text, persons, structured + persons + births, protected)
        final = _resolve(structured + persons + births)
        final = _resolve(final + _family_rows(text, final, protected + placeholders))
        final = _resolve(final + _births_corrected(text, final, protected + placeholders))
        final = _resolve(final + _dialogue_births(text, final, protected + placeholders))
        # the next births of a list the last layers started, and the days after their years
        final = _resolve(final + birthdate.siblings(text, final))
        final = _resolve(final + _births_said_as_theirs(text, final, protected + placeholders))
        final = _resolve(final + _births_in_a_reply(text, final, protected + placeholders))
        final = _resolve(final + _days_after_years(text, final, protected + placeholders))
        final = _resolve(final + _years_before_days(text, final, protected + placeholders))
        final = _resolve(final + _names_before_years(text, final, protected + placeholders))
        final = _resolve(final + _birth_pieces_joined(text, final))
        # a birth the later layers found, said again another way
        final = _resolve(final + _birthdate_copies(text, final, placeholders + protected))
        return _touching_joined(
            text,
            [
                Span(
                    birthdate.with_its_article(text, c.start, c.end)
                    if c.label is Label.DATE_NAISSANCE
                    else c.start,
                    c.end,
                    c.label,
                )
                for c in final
                # "code postal 31400", « Le code postal ? » « 69520 »: a town's, no one's number
                if (c.label is Label.ADRESSE or not _announced_postcode(text, c.start, c.end))
                # "la moitié des gens sont nés un 1er janvier": the default date, no one's birth
                and not (
                    c.label is Label.DATE_NAISSANCE
                    and birthdate.a_default_day(text, c.start, c.end)
                )
            ],
        )

    def _redact_one(self, text: str, doc: Doc | None) -> RedactionResult:
        spans = self.find(text, doc)
        return RedactionResult(text=render(text, spans), spans=spans)


#: An elided word whose apostrophe was typed as a space, before a vowel or an "h": "c est",
#: "l agente", "j ai", "qu il", "d accord" (lowercase, or capitalised where a sentence starts:
#: "L agent"; not "N Diaye", a name, nor "plan B à").
_APOSTROPHE_TYPED_AS_SPACE_RE = accents.compile(
    # (not a letter of a word spelt: "s v e t a point", « N apostrophe G-U-E-S-S-A-N »)
    r"(?<!\b\w )(?<!\b\w, )"
    r"(?:(?<![\w'’\-])(?:[cdjlmnst]|qu)|(?:^|(?<=[.!?\n«\"“—–:]\s)|(?<=\n))(?:[CDJLMNST]|Qu))"
    r"( )(?=[aeiouyhéèêëàâäîïôöûüœ])(?!(?i:apostrophe)\b)"
)


def _apostrophes_restored(text: str) -> str:
    """``text`` with the apostrophes typed as spaces put back (same length: the space becomes
    the apostrophe), so that the rules read "c'est" and "l'année" however they were typed."""
    if " " not in text:
        return text
    return _APOSTROPHE_TYPED_AS_SPACE_RE.sub(lambda m: m.group().replace(" ", "'"), text)


#: A cue typed glued to its value, in a hurry: "tel0651 22 90 83", "nir1 79 11 99 352 279 09",
#: "id7712046c", "ippP00913377", "ident6150247S", "alloc3319406", "secu188057512012345"; an
#: issuer's acronym in capitals glued to a long number: "MGEN0912773", "AGDREF7503998214".
_GLUED_CUE_RE = accents.compile(
    r"(?<![\w.@\-])(?:(?i:t[ée]l|port|mob|gsm|fixe|nir|s[ée]cu|ss|id|ident|identifiant|id\s?ft"
    r"|ft|ipp|alloc|allocataire|caf|iban|rib|ddn|n[ée]e?|dossier|r[ée]f|r[ée]f[ée]rence|num)"
    r"[.:]?(?=[A-Z]?\d)|[A-Z]{3,6}(?=\d{6}))"
)


def _after_glued_cues(text: str, found: list[Candidate]) -> list[Candidate]:
    """The values right after a cue glued to them, read as if a space parted them: the
    pattern detectors run again on the note with that space, and what starts right after
    the cue is kept where nothing was found."""
    cuts = [m.end() for m in _GLUED_CUE_RE.finditer(text)]
    if not cuts:
        return []
    spaced = (
        "".join(text[a:b] + " " for a, b in zip([0, *cuts[:-1]], cuts, strict=True))
        + text[cuts[-1] :]
    )
    # a position of ``spaced`` → the text's: the spaces inserted before it taken off
    inserted = [cut + k for k, cut in enumerate(cuts)]
    starts = {cut + k + 1: cut for k, cut in enumerate(cuts)}
    out = []
    for detector in _PATTERN_DETECTORS:
        for c in detector.detect(spaced):
            if c.start not in starts:
                continue
            start, end = starts[c.start], c.end - bisect.bisect_left(inserted, c.end)
            if not any(f.overlaps(start, end) for f in found):
                out.append(Candidate(start, end, c.label))
    return out


#: Only a pause between two pieces of one value said with hesitations: « 5 0 3... 5 0 3...
#: 7 7 2 6 », « le vingt... vingt-deux octobre ».
_PAUSE_ONLY_RE = accents.compile(r"[^\S\n]*,?[^\S\n]*(?:…|\.{2,3})[^\S\n]*,?[^\S\n]*")
#: … or only spaces, between a code's groups read back apart: « 0321 776 ».
_SPACES_ONLY_RE = re.compile(r"[^\S\n]+")


def _one_value(text: str, last: Span, span: Span) -> bool:
    """``last`` and the next ``span`` of the same label are one value (see
    :func:`_touching_joined`)."""
    if Label(span.label) in _CODES:
        return (
            last.end == span.start
            or _PAUSE_ONLY_RE.fullmatch(text, last.end, span.start) is not None
            or _SPACES_ONLY_RE.fullmatch(text, last.end, span.start) is not None
        )
    # (a date begun again, not the next date of a list: "2008… 2012")
    return (
        Label(span.label) is Label.DATE_NAISSANCE
        and _PAUSE_ONLY_RE.fullmatch(text, last.end, span.start) is not None
        and fold(text[span.start : span.end]).startswith(fold(text[last.start : last.end]))
    )


def _touching_joined(text: str, spans: Iterable[Span]) -> list[Span]:
    """The spans sorted, two codes of the same label that touch made one: a NIR and its key
    said right after it ("2 71 10 27 229 015, clé 25") are one value; so are two pieces of
    a code with only a pause between them (« 06... 06 29... 29 74 »), and a date of birth
    begun again after a pause (« le vingt... vingt-deux octobre »)."""
    out: list[Span] = []
    for span in sorted(spans):
        last = out[-1] if out else None
        if last is not None and last.label == span.label and _one_value(text, last, span):
            out[-1] = Span(last.start, span.end, span.label)
        else:
            out.append(span)
    return out


#: A run of 6 digits or more, in one piece or with single spaces, dots, dashes or commas
#: between them ("4587123", "4 5 8 7 1 2 3", "1, 6, 4, 0, 3, 3, 2").
_DIGIT_RUN_RE = accents.compile(r"(?<![\w,.])\d(?:(?:[ .\-\u00a0]|,[ \u00a0]?)?\d){5,}(?![\w])")
#: Labels whose value another copy in the note gives away just as well.
_COPIED = frozenset(
    {
        Label.NIR,
        Label.TELEPHONE,
        Label.IBAN,
        Label.N_ALLOCATAIRE,
        Label.ID_FRANCE_TRAVAIL,
        Label.IDENTIFIANT,
    }
)
#: … and, with them, a plate: the values a try cut short or a copy may give again.
_CODES = _COPIED | {Label.IMMATRICULATION}


#: The letter of a name whose apostrophe was typed as a space: "N Diaye", "D Almeida".
_LETTER_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’])(?i:m\.?|mme|mr|madame|monsieur|mlle|dr|famille|chez|de|et|avec|pour)"
    r"|[:,(«])[^\S\n]+[NDO] $"
)


def _apostrophe_dropped(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [
        (s - 2, e)
        if text[s : s + 1].isupper() and _LETTER_BEFORE_RE.search(text, max(0, s - 16), s)
        else (s, e)
        for s, e in names
    ]


#: A name that ends with its particle goes on over the next capitalised word, whatever it is
#: otherwise ("Christophe Le Hénaff": Hénaff is a brand too); a place after "à" is no part of
#: it ("Avec Frédéric à Chemillé").
_PARTICLE_END_RE = re.compile(r"(?<![\w'’])(?:Le|La|Les|De|Du|Des|de|du|des|le|la|van|von)$")
_NEXT_WORD_RE = re.compile(r"[^\S\n]+([A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ][\w'’\-]*)")
_PLACE_INSIDE_RE = re.compile(r"[^\S\n]+(?:à|au|chez)[^\S\n]+")
#: Another surname of the same person, after a name: "Mme Bianchi épouse Castellan", "Mme
#: Lopez née Garcia", "Mme Roux, veuve Martin", "dite Nana".
_OTHER_SURNAME_RE = re.compile(
    r",?[^\S\n]+(?:n[ée]e|[ée]pouse|[ée]p\.|veuve|vve|divorc[ée]e|dite?|alias)[^\S\n]+"
    r"((?:(?:[Dd]e|[Dd]u|[Ll]e|[Ll]a|[Dd]['’]|[Vv]an)[^\S\n]*){0,2}[A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ][\w'’\-]*)"
)


#: "née à", "nés au", "né en": a birthplace follows, no one's name.
_BIRTHPLACE_BEFORE_RE = accents.compile(
    r"(?<![\w'’])(?i:n[ée]e?s?[^\S\n]+(?:à|a|au|aux|en)|originaire[^\S\n]+(?:de|du|des|d['’]))"
    r"[^\S\n]*$"
)
_NUMBER_WORDS_ONLY_RE = accents.compile(birthdate.WORDS_RE, re.IGNORECASE)
_BIRTHPLACE_AFTER_DATE_RE = accents.compile(
    r"(?<![\w'’])(?i:n[ée]e?s?)\b[^\n]{0,30}?(?:19|20)\d\d[^\S\n]+(?i:à|a|au)[^\S\n]+$"
)


#: A word in capitals right before a name, at the start of a clause: its surname first.
_CAPS_SURNAME_BEFORE_RE = accents.compile(r"(?:^|(?<=[,:;«\"“(\n])[^\S\n]?)([A-ZÀ-Þ]{2,}) $")


def _names_completed(
    text: str, names: list[tuple[int, int]], unnamed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Names cut where they end (a particle last, a place inside) and grown by another
    surname of the same person (see the patterns above)."""
    out: list[tuple[int, int]] = []
    for s, e in names:
        inside = _PLACE_INSIDE_RE.search(text, s, e)
        if inside and inside.start() > s:
            # (but "Virginie à Ousmane": two people)
            after = _NEXT_WORD_RE.match(text, inside.end() - 1)
            if after and first_names().get(fold(after.group(1))) == "":
                out.append((after.start(1), e))
            e = inside.start()
        if _PARTICLE_END_RE.search(text, s, e) and (m := _NEXT_WORD_RE.match(text, e)):
            e = m.end(1)
        caps = _CAPS_SURNAME_BEFORE_RE.search(text, max(0, s - 16), s)
        if caps and text[s + 1 : s + 2].islower() and not is_keep_word(caps.group(1)):
            s = caps.start(1)  # « ma mère, VU Thi Lan »: the surname first, in capitals
        out.append((s, e))
        other = _OTHER_SURNAME_RE.match(text, e)
        if other and not any(a < other.end(1) and other.start(1) < b for a, b in unnamed + names):
            out.append(other.span(1))
    return merge(out, text)


def _a_site_in_lowercase(value: str) -> bool:
    """Lowercase words of the keep list ("urg", "caf") then a town, and nothing else."""
    words = value.split()
    if not words or any(not w.islower() for w in words):
        return False
    rest = [w for w in words if not is_keep_word(w)]
    return 0 < len(rest) < len(words) and is_commune(" ".join(rest))


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PAUSE_AFTER_RE = re.compile(r"[^\S\n]*(?:…|\.{2,3})")


def _a_year_said(text: str, m: re.Match[str]) -> bool:
    """A year written as such, not cut short by a pause ("un IPP depuis 2011 : 2011003…")."""
    return _YEAR_RE.fullmatch(m.group()) is not None and not _PAUSE_AFTER_RE.match(text, m.end())


def _pieces_said(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The pieces of a found number said aloud or cut by pauses near it: the first digits
    before the caller gives up ("06 12... 33... attendez… 06 12 33 08 71"), the number read
    again in words ("2905471J ?" — « deux neuf zéro cinq quatre sept un »), the last digits
    after a pause (« 06 37… attendez j'ai pas mes lunettes… 912 »). A piece is the number's
    beginning (four digits or more), the whole of it, its end (three or more) after its
    beginning, or the digits (three or more) that follow a beginning said just before."""
    values = [
        (c, re.sub(r"\D", "", text[c.start : c.end]))
        for c in found
        if c.label in _COPIED and c.label is not Label.IBAN
    ]
    values = [(c, d) for c, d in values if len(d) >= 7]
    if not values:
        return []
    out: list[Candidate] = []
    for m in spoken.SAID_RUN_RE.finditer(text):
        if not _free(m.start(), m.end(), found + out, protected):
            continue
        said = spoken.said_digits(m.group())
        if len(said) < 3 or _a_year_said(text, m):
            continue
        for cand, digits in values:
            if abs(m.start() - cand.start) > 300:
                continue
            head = len(said) >= 4 and digits.startswith(said)
            tail = (
                len(said) >= 3
                and digits.endswith(said)
                and any(
                    0 < m.start() - p.end < 80
                    and digits.startswith(spoken.said_digits(text[p.start : p.end]))
                    for p in out
                )
            )
            # the next digits after a beginning cut short: « 2 85 03 44 109… euh… 321… non
            # 312, et la clé 34 »
            middle = [
                before + said
                for p in found + out
                if 0 < m.start() - p.end < 80
                # (the beginning may have been read as a number of another kind)
                and p.label in _COPIED
                and len(before := spoken.said_digits(text[p.start : p.end])) >= 4
                and digits.startswith(before + said)
            ]
            if head or tail or middle:
                # (not the "et" that goes on with the sentence: « 312, et la clé 34 »)
                end = m.start() + len(spoken.AND_AFTER_RE.sub("", m.group()))
                out.append(Candidate(m.start(), end, cand.label))
                if cand.label is Label.NIR and any(len(d) == 13 for d in middle):
                    key = nir.key_after(text, end)
                    out += [key] if key is not None else []
                break
    return out


#: Between a NIR's beginning and its rest, said over several turns: pauses, quotes, dashes
#: and the listener's « oui » (« 1 62 11… 67 482… » — « oui » — « 045 et la clé 77 »).
_NIR_REST_RE = accents.compile(
    r"(?:[^\S\n]*(?:…|\.{2,3}|[»”\"«“,;—–\-]|(?i:oui|d['’]accord|ok|hm|euh|alors|ensuite)"
    r"(?![\w'’])))+[^\S\n]*(\d(?:[ \u00a0]?\d){1,9})(?![\w]|[.,]\d)"
    r"(?![^\S\n]*(?:ans?|€|%|h|min|euros?|personnes?|fois|jours?|mois|kg)\b)"
)


_NIR_BEGINNING_RE = re.compile(r"[12]\d\d(?:0[1-9]|1[0-2])")
_NIR_CUE_BEFORE_RE = accents.compile(
    r"(?i:\b(?:nir|s[ée]cu\w*|vitale|s[ée]curit[ée][^\S\n]+sociale)\b)"
)


def _nir_rests(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The rest of a NIR whose beginning was said, given in the next turn, and its key."""
    out: list[Candidate] = []
    for cand in found:
        said = nir.digits(text[cand.start : cand.end])
        if not 5 <= len(said) < 13 or not (
            cand.label is Label.NIR
            # (a beginning read as a number of another kind, a NIR's by its shape and cue)
            or cand.label is Label.IDENTIFIANT
            and _NIR_BEGINNING_RE.match(said)
            and _NIR_CUE_BEFORE_RE.search(text, max(0, cand.start - 80), cand.start)
        ):
            continue
        rest = _NIR_REST_RE.match(text, cand.end)
        if rest is None or rest.end() - cand.end > 60:
            continue
        digits = nir.digits(rest.group(1))
        if len(said) + len(digits) in (13, 15) and _free(*rest.span(1), found + out, protected):
            out.append(Candidate(*rest.span(1), Label.NIR))
            if len(said) + len(digits) == 13 and (key := nir.key_after(text, rest.end(1))):
                out.append(key)
    return out


#: An address's local part spelt again, letter by letter, after the address: « s point
#: b-e-l-k-a-c-e-m vingt et un », « k-e-n-z-o tiret du bas l-b ».
_SPELT_LETTERS = r"(?:[a-z](?:-[a-z])+|[a-z])"
_SPELT_LOCAL_RE = accents.compile(
    rf"(?<![\w\-]){_SPELT_LETTERS}(?:[^\S\n]+(?i:point|tiret[^\S\n]+du[^\S\n]+bas|tiret[^\S\n]+bas"
    rf"|tiret|underscore)[^\S\n]+{_SPELT_LETTERS})*"
    rf"(?:[^\S\n]+(?:{spoken.NUMBER_WORD})(?:[\s\-]+(?:{spoken.NUMBER_WORD}))*)?(?![\w\-])"
)


def _local_parts_spelt(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The local part of an address found, spelt again after it: its letters, read in
    groups joined by "point" or "tiret du bas", are some of the local part's own, in order,
    and at least four of them are spelt with dashes."""
    out = []
    for cand in [c for c in found if c.label is Label.EMAIL]:
        local = re.split(r"@|\s(?i:ar?roba[sz]e|at)\s", text[cand.start : cand.end])[0]
        letters = re.sub(r"[^a-z]", "", fold(local))
        for m in _SPELT_LOCAL_RE.finditer(text, cand.end, min(len(text), cand.end + 120)):
            value = m.group()
            spelt = "".join(re.findall(r"(?<![a-z])[a-z](?![a-z])", value.lower()))
            if (
                value.count("-") >= 3
                and len(spelt) >= 4
                and spelt in letters
                and _free(m.start(), m.end(), found + out, protected)
            ):
                out.append(Candidate(m.start(), m.end(), Label.EMAIL))
    return out


def _identifier_copies(
    text: str, found: list[Candidate], placeholders: list[tuple[int, int]]
) -> list[Candidate]:
    """Other copies, in the same note, of an identifier found: the same digits written
    another way, where no cue stands before them ("alloc : 4 5 8 7 1 2 3, je répète
    4587123")."""
    known: dict[str, Label] = {}
    codes: dict[str, Label] = {}  # values holding letters: "19AB44871", "AB-123-CD"
    phones: set[str] = set()  # a phone's nine digits after the 0 or +33
    for cand in found:
        value = text[cand.start : cand.end]
        digits = "".join(ch for ch in value if ch.isdigit())
        if cand.label in _COPIED and len(digits) >= 6:
            known.setdefault(digits, cand.label)
            if len(digits.lstrip("0")) >= 6:  # "le zéro devant vous pouvez l'oublier, 472913"
                known.setdefault(digits.lstrip("0"), cand.label)
        if cand.label is Label.TELEPHONE:
            national = re.sub(r"^(?:0033|33)0?", "0", digits)
            if len(national) == 10 and national.startswith("0"):
                phones.add(national[1:])
        if (
            cand.label in _CODES
            and len(value) >= 6
            and any(ch.isalpha() for ch in value)
            and digits
        ):
            codes.setdefault(value, cand.label)
    out = []
    for value, label in codes.items():
        pattern = accents.compile(r"(?<![\w])" + re.escape(value) + r"(?![\w])", re.IGNORECASE)
        for m in pattern.finditer(text):
            if _free(m.start(), m.end(), found + out, placeholders):
                out.append(Candidate(m.start(), m.end(), label))
        if label is Label.IDENTIFIANT and sum(ch.isalpha() for ch in value) >= 2:
            # the same kind of reference, other digits: "n° SIAO 2023-SIAO-004561, … pardon …
            # Sur l'écran c'est bien 2023-SIAO-004516"
            shape = accents.compile(
                r"(?<![\w\-/])"
                + "".join(r"\d" if ch.isdigit() else re.escape(ch) for ch in value)
                + r"(?![\w\-/])"
            )
            for m in shape.finditer(text):
                inside = [c for c in found + out if c.overlaps(m.start(), m.end())]
                if all(
                    m.start() <= c.start and c.end <= m.end() and c.label in _COPIED for c in inside
                ) and _free(m.start(), m.end(), [], placeholders):
                    # (a piece of it found alone gives way: "…-004516" for the whole)
                    out.append(Candidate(m.start(), m.end(), label))
    # the same line written the other way: "0033 6 48 12 90 77" … "6 48 12 90 77"
    for nine in phones:
        pattern = accents.compile(
            r"(?<![\w+])(?:(?:\+|00)?33[ .\-\u00a0]?(?:\(0\)[ .\-\u00a0]?)?|0)?"
            + r"[ .\-\u00a0]?".join(nine)
            + r"(?![\w]|[.,]\d)"
        )
        for m in pattern.finditer(text):
            if _free(m.start(), m.end(), found + out, placeholders):
                out.append(Candidate(m.start(), m.end(), Label.TELEPHONE))
    out += _birthdate_copies(text, found + out, placeholders)
    out += email.said_again(text, found + out)
    out += _iban_groups_echoed(text, found + out, placeholders)
    if not known:
        return out
    # its end said again to correct or check it: "pardon, la fin c'est 4516"
    for m in _END_SAID_RE.finditer(text):
        label = next((lb for d, lb in known.items() if d.endswith(m.group(1))), None)
        if label is not None and _free(m.start(1), m.end(1), found + out, placeholders):
            out.append(Candidate(m.start(1), m.end(1), label))
    for m in _DIGIT_RUN_RE.finditer(text):
        digits = "".join(ch for ch in m.group(0) if ch.isdigit())
        label = known.get(digits)
        if label is None or not _free(m.start(), m.end(), found + out, placeholders):
            continue
        out.append(Candidate(m.start(), m.end(), label))
    return out


#: The end of a number said apart: "la fin c'est 4516", "il finit par 0877", "les derniers
#: chiffres : 2210".
_END_SAID_RE = accents.compile(
    r"(?i:\bla\s+fin|\bfinit\s+par|\bse\s+termine\s+par|\btermin[ée]\s+par|\bderniers\s+chiffres)"
    r"[^\S\n]*(?:c['’][^\S\n]*est|:|=|,)?[^\S\n]*[«\"“]?[^\S\n]*(\d{3,6})(?![\w,./\-])"
)
#: A number of 3 to 5 digits alone, and another of the same length offered as its
#: alternative ("4711 ou 4717"); not an amount, a time, a duration.
_ECHOED_GROUP_RE = accents.compile(
    r"(?<![\w,./\-])(\d{3,5})(?![\w,./\-]|[^\S\n]*(?:€|%|euros?\b|h\b|min\b|ans?\b|km\b))"
    r"(?:[^\S\n]+ou[^\S\n]+(\d{3,5})(?![\w,./\-]))?"
)


def _iban_groups_echoed(
    text: str, found: list[Candidate], placeholders: list[tuple[int, int]]
) -> list[Candidate]:
    """A group of an IBAN read aloud, said again after it to check it: "« … 4711 2800 430 ».
    « t'as dit 4711 ou 4717 ? »", "t'as bien dit 970 à la fin ?" (the other try too)."""
    out: list[Candidate] = []
    for account in (c for c in found if c.label is Label.IBAN):
        groups = set(re.findall(r"\d{3,5}", text[account.start : account.end]))
        for m in _ECHOED_GROUP_RE.finditer(text, account.end):
            if m.group(1) not in groups:
                continue
            for g in (1, 2):
                if m.group(g) and (g == 1 or len(m.group(2)) == len(m.group(1))):
                    if _free(m.start(g), m.end(g), found + out, placeholders):
                        out.append(Candidate(m.start(g), m.end(g), Label.IBAN))
    return out


#: A first try at a number, cut short and corrected just after: "07 81… non pardon, 07 18 44
#: 62 90", "2 5 8 1… non attendez, 2 5 8 8 0 4 3", "06 98… attends je regarde… 06 98 …".
#: The first try may be said aloud ("zéro six quarante-deux... non pardon c'est …") and the
#: correction may say which one is old ("06 58… ah non ça c'est mon ancien, 07 …"), and
#: the value may follow the quoted try ("« deux huit un quatre... non attendez », puis …").
_CORRECTED_BEFORE_RE = accents.compile(
    r"(?<![\w,.])(\d(?:[ \u00a0.\-]?\d)+"
    rf"|(?i:z[ée]ro)(?:(?:[\s\-]+|\s*,\s*)(?i:{spoken.NUMBER_WORD}))+"
    # any four number words said one by one: "deux huit un quatre... non attendez"
    rf"|(?i:{spoken.NUMBER_WORD})(?:(?:[\s\-]+|\s*,\s*)(?i:{spoken.NUMBER_WORD})){{3,}})"
    r"[^\S\n]*(?:…|\.{2,3})?[^\S\n,]*,?"
    r"(?:[^\S\n]*(?i:non|pardon|attendez|attends|euh|ah|oh|je\s+(?:regarde|reprends|recommence)"
    r"|plut[ôo]t|en\s+fait|d[ée]sol[ée]e?|je\s+me\s+trompe|(?:ça\s+)?c['’]est"
    r"|(?:mon|l['’])\s*ancien|le\s+bon|puis|(?:se\s+)?(?:reprend|corrige))"
    r"[^\S\n]*[»”\"]?[^\S\n]*(?:…|\.{2,3}|,|!|:)?){1,5}"
    r"[^\S\n]*$"
)


#: The letter of an identifier said apart after its digits: "… et la lettre c'est Z".
_LETTER_SAID_AFTER_RE = accents.compile(
    # (or "…, et une lettre, K")
    r"[^\S\n]*(?:…|\.{2,3})?[^\S\n]*,?[^\S\n]*(?i:et[^\S\n]+)?(?i:la[^\S\n]+|une[^\S\n]+)?"
    r"(?i:lettre)(?:[^\S\n]+(?i:c['’][^\S\n]*est|finale|à\s+la\s+fin)|[^\S\n]*[:,])?"
    r"[^\S\n]+([A-Z])(?![\w'’])"
)
#: … or in the same breath, the letter the last of the value's characters.
_IN_ONE_BREATH_RE = accents.compile(r",?[^\S\n]*(?i:lettre)[^\S\n]+")


#: … or a capital alone after a pause, ending the reply: « huit huit deux sept trois cinq
#: zéro... G » (seven digits and a letter: a France Travail identifier's shape).
_LETTER_AFTER_PAUSE_RE = accents.compile(
    r"[^\S\n]*(?:…|\.{2,3})[^\S\n]*([A-Z])(?![\w'’])(?=[^\S\n]*[»”\"])"
)


def _letter_said_after(text: str, cand: Candidate) -> Candidate | None:
    """The letter said apart after a value's digits: the value grown to it when it is said
    in the same breath ("2, 6, 0, 0, 7, 1, 8, lettre Y"), the letter alone otherwise ("0, 8,
    8, 1, 4, 7, 3… et la lettre c'est Z"; « …cinq zéro... G »)."""
    if cand.label not in _COPIED:
        return None
    said = _LETTER_SAID_AFTER_RE.match(text, cand.end)
    if said is None:
        paused = _LETTER_AFTER_PAUSE_RE.match(text, cand.end)
        if paused and len(spoken.said_digits(text[cand.start : cand.end])) == 7:
            return Candidate(paused.start(1), paused.end(1), cand.label)
        return None
    if _IN_ONE_BREATH_RE.fullmatch(text, cand.end, said.start(1)):
        return Candidate(cand.start, said.end(1), cand.label)
    return Candidate(said.start(1), said.end(1), cand.label)


def _letters_said_after(text: str, found: list[Candidate]) -> list[Candidate]:
    """The letter said after each value found (see :func:`_letter_said_after`)."""
    return [said for cand in found if (said := _letter_said_after(text, cand)) is not None]


#: Digits (or a plate's letters and digits) then a pause: a try cut short (see
#: :func:`_tries_cut_short`): "05 45...", "FN-328-…", "CZ… 671…".
_TRY_GROUP = r"(?:\d{1,4}|[A-Z]{1,3}(?![a-zà-ÿ'’]))"
_TRIED_BEFORE_RE = accents.compile(
    rf"(?<![\w,.])({_TRY_GROUP}(?:[ \u00a0\-]{_TRY_GROUP})*"
    rf"(?:[^\S\n]*(?:…|\.{{2,3}})[^\S\n]*{_TRY_GROUP}(?:[ \u00a0\-]{_TRY_GROUP})*)*)"
    r"[\-/]?[^\S\n]*(?:…|\.{2,3})"
)


#: … dictated: after a quote, a colon, "au", "c'est", "le", "numéro" (not "rdv à 10...").
_PAUSE_RE = accents.compile(r"[^\S\n]*(?:…|\.{2,3})[^\S\n]*")
_TRY_OPENS_RE = accents.compile(
    r"(?:[«\"“:—–]|(?<![\w'’])(?i:au|c['’]\s*est|le|num[ée]ro|num|n°|tel|t[ée]l[ée]phone))"
    # (a filler may come first: « alors... 8 2 0... », « le... attendez... 5507... »)
    r"(?:[^\S\n]*(?:…|\.{2,3})?[^\S\n]*(?i:alors|euh|bon|ben|attendez|attends|voyons)[^\S\n]*"
    r"(?:…|\.{2,3}|,)?)?[^\S\n]*$"
)


#: Right after an address, its street number corrected: "… non 81 ! 81 !", "– non c'est le
#: 21" (and the same number repeated at once).
_STREET_NUMBER_CORRECTED_RE = accents.compile(
    r"[^\n\d]{0,30}?\b(?i:non|pardon)\b[^\n\d]{0,20}?(?<![\w,.])(\d{1,4})"
    r"(?!\d|[,.]\d|\s*(?:€|%|h\b|min|ans|km|m\b|euros?|fois))(?:[\s!.,]+\1(?!\d))*"
)


#: The year of a date of birth given after a pause: "le vingt-deux février... deux mille
#: vingt-cinq".
_YEAR_AFTER_RE = accents.compile(
    r"[^\S\n]*(?:…|\.{2,3}|,)?[^\S\n]*((?:19|20)\d\d(?!\d)"
    r"|(?i:deux\s+mille|mille\s+neuf\s+cents?|mil\s+neuf\s+cents?|dix-neuf\s+cents?)"
    rf"(?:[\s\-]+(?i:{spoken.NUMBER_WORD}))*(?![\w\-]))"
)
_ENDS_WITH_MONTH_RE = accents.compile(rf"(?i:{birthdate.MONTHS})$")
_LAST_NUMBER_RE = accents.compile(
    rf"(?:(\d{{2,4}})|((?i:{spoken.NUMBER_WORD})(?:[\s\-]+(?i:{spoken.NUMBER_WORD}))*))$"
)


def _birth_year(value: str) -> int | None:
    """The year of a date of birth as written ("12/03/85", "douze avril quarante-huit")."""
    m = _LAST_NUMBER_RE.search(value.rstrip(" .…"))
    if m is None:
        return None
    digits = m.group(1) or spoken.digits_of(m.group(2))
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return int(digits)
    if len(digits) == 2:
        year = int(digits)
        return (
            2000 + year
            if year <= datetime.datetime.now(tz=datetime.UTC).year % 100
            else 1900 + year
        )
    return None


#: Digits dictated one by one, then a capital letter said apart: the letter belongs to the
#: identifier ("7 1 0 2 3 5 Y je crois"); not "A", which is also "à" typed fast.
_SPACED_DIGITS_RE = accents.compile(r"\d(?:[ \u00a0]\d){4,}")
_LETTER_AFTER_RE = accents.compile(r"[ \u00a0][B-Z](?![\w'’.\-])")
#: Seven digits, then a letter typed in lowercase: a France Travail identifier (not "a",
#: "à", "y", "o": words of the sentence).
_SMALL_LETTER_AFTER_RE = accents.compile(r"[ \u00a0][b-np-xz](?![\w'’\-]|\.\w)")
#: One or two digits dictated right before such a value: "0 1 8 7 2 4 5 9 J".
_DIGITS_BEFORE_RE = accents.compile(r"(?<![\w,.])(?:\d[ \u00a0]){1,2}$")


def _tries_cut_short(text: str, found: list[Candidate]) -> list[Candidate]:
    """The first digits of a value tried and cut short by a pause, then the whole value: "05
    45... 05 45 82 17 39", "c'est le 12… » … « 12 58 390 »" (after the pieces said apart are
    read: "06 37… attendez… 912" is two pieces of one value)."""
    out = []
    for cand in found:
        if cand.label not in _CODES:
            continue
        digits = _alnum(text[cand.start : cand.end])
        for m in _TRIED_BEFORE_RE.finditer(text, max(0, cand.start - 150), cand.start):
            tried = _alnum(m.group(1))
            # each piece a new start: « 06… 06 31… attendez »
            restarts = [_alnum(p) for p in _PAUSE_RE.split(m.group(1))]
            if (
                2 <= len(tried) < len(digits)
                and (
                    digits.startswith(tried)
                    or len(restarts) > 1
                    and all(digits.startswith(p) for p in restarts)
                )
                and any(ch.isdigit() for ch in digits)
                and _TRY_OPENS_RE.search(text, max(0, m.start(1) - 24), m.start(1))
                and not any(
                    f.overlaps(m.start(1), m.end(1)) and f.label is not cand.label for f in found
                )
            ):
                # (a longer value wins over its own pieces found apart: "06 12" and "33")
                out.append(Candidate(m.start(1), m.end(1), cand.label))
    return out


#: A few numbers said in a row, digits or words: a try, a beginning.
_FEW_SAID = rf"{spoken.SAID_NUMBER}(?:[ \u00a0,]+{spoken.SAID_NUMBER}){{0,5}}"
#: A number tried then taken back right before the value (« cinq cinquante-cinq... ah non
#: zéro cinq, cinquante-cinq… »): the try, its pause and the taking back are the value's.
_TAKEN_BACK_RE = accents.compile(
    rf"(?<![\w,.])({_FEW_SAID})"
    r"[^\S\n]*(?:…|\.{2,3}|,)?[^\S\n]*(?:(?i:ah|oh|euh|ben)[^\S\n]*,?[^\S\n]*)?"
    r"(?i:non|pardon)(?:[^\S\n]*,?[^\S\n]*(?i:non|pardon))?[^\S\n]*,?[^\S\n]*$"
)


def _tries_taken_back(text: str, found: list[Candidate]) -> list[Candidate]:
    """A code grown back over a number tried and taken back just before it (see
    :data:`_TAKEN_BACK_RE`)."""
    out = []
    for cand in found:
        if cand.label not in _CODES:
            continue
        m = _TAKEN_BACK_RE.search(text, max(0, cand.start - 80), cand.start)
        if (
            m
            and 2 <= len(spoken.said_digits(m.group(1))) <= 15
            and not any(f.overlaps(m.start(1), m.end()) for f in found)
        ):
            out.append(Candidate(m.start(1), cand.end, cand.label))
    return out


#: A value begun right after its cue and cut short, the rest never given: « n° alloc « 6 0
#: 9… » », "numéro allocataire ? La fille : « 0 8 4… non »", « 04 73… non attendez », "son
#: tél en plusieurs fois : « zéro sept... »".
_BEGUN_RE = accents.compile(
    r"(?:[«\"“]|:)[^\S\n]*(?:[«\"“][^\S\n]*)?"
    rf"({_FEW_SAID})[^\S\n]*(?:…|\.{{2,3}})",
    re.IGNORECASE,
)


def _begun_after_cues(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The first digits of a value said right after its cue, then cut short (the speaker
    stops, corrects or gives another number): the cue's value all the same."""
    out = []
    for m in _BEGUN_RE.finditer(text):
        digits = spoken.said_digits(m.group(1))
        # (two digits do when they open a phone number: « zéro sept... »)
        if (
            not (3 <= len(digits) <= 12 or len(digits) == 2 and digits.startswith("0"))
            or not digits.isdigit()
            or not _free(m.start(1), m.end(1), found + out, protected)
        ):
            continue
        before = text[max(0, m.start() - 60) : m.start() + 1]
        label = next((lb for lb, cue in spoken.CUES if cue.search(before)), None)
        if label is not None:
            out.append(Candidate(m.start(1), m.end(1), label))
    return out


#: A short quoted reply after a value: where its digits are corrected or read back.
_SHORT_QUOTE_RE = accents.compile(r"[«“\"]([^»”\"\n]{1,50})[»”\"]")
#: Words that speak of a value's digits, or two numbers set against each other (« 6 pas 5 »,
#: « 43 ou 34 ? »).
_CORRECTION_WORD_RE = accents.compile(
    r"(?i:\b(?:dernier|derni[èe]re|fin|chiffre|cl[ée])\b)"
    r"|\d[^\S\n]+(?i:pas|ou|non|plut[ôo]t|c['’][^\S\n]*est)[^\S\n]+\d"
)
_QUOTED_NUMBER_RE = accents.compile(r"(?<![\w,.])\d{1,4}(?:[ \u00a0]\d{1,4})*(?![\w])")


def _digits_corrected(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The digits of a value said again in a short reply after it: corrected (« non le
    dernier c'est 6 pas 5 », « 7 à la fin », « 43 ou 34 ? ») or read back (« 1311 955 », the
    end of an IBAN): a number of the reply whose digits are in the value's, where the reply
    speaks of digits or sets two numbers against each other, or a number of four digits or
    more that ends the value."""
    values = [(c, re.sub(r"\D", "", text[c.start : c.end])) for c in found if c.label in _COPIED]
    values = [(c, d) for c, d in values if len(d) >= 7]
    out: list[Candidate] = []
    if not values:
        return out
    for q in _SHORT_QUOTE_RE.finditer(text):
        # (the value before the reply, or right after it: « non le 39 c'est 93 » → 07 … 93)
        near = [
            (c, d)
            for c, d in values
            if 0 <= q.start() - c.end <= 200 or 0 <= c.start - q.end() <= 40
        ]
        if not near:
            continue
        corrected = _CORRECTION_WORD_RE.search(q.group(1)) is not None
        for m in _QUOTED_NUMBER_RE.finditer(text, q.start(1), q.end(1)):
            said = re.sub(r"\D", "", m.group())
            for cand, digits in near:
                if (
                    (corrected and len(said) <= 4 and said in digits)
                    or (len(said) >= 4 and digits.endswith(said))
                ) and _free(m.start(), m.end(), found + out, protected):
                    out.append(Candidate(m.start(), m.end(), cand.label))
                    break
    return out


#: A value's first or last digits said alone: « ça commence par 58, après je sais plus »,
#: "il commence par trois... 3 8 8", "finit bien par 52 81".
_ENDS_SAID_RE = accents.compile(
    r"(?i:\b(?:commen[cç]\w*|finit|finissait|termine|terminait))(?:[^\S\n]+(?i:bien|donc|par"
    r"|avec))*[^\S\n]+(?i:par)[^\S\n]+(?:(?i:un|le)[^\S\n]+)?"
    rf"({spoken.SAID_NUMBER}(?:(?:[ \u00a0,]|…|\.{{2,3}})+{spoken.SAID_NUMBER})*)"
    r"(?![\w])(?![^\S\n]*(?:€|euros?\b|%|ans?\b|h\b|km\b|kg\b|mois\b|jours?\b|semaines?\b"
    r"|minutes?\b|min\b|heures?\b|fois\b))",
    re.IGNORECASE,
)
#: What the value is the number of, said before in the sentence.
_A_NUMBER_OF_RE = accents.compile(
    r"(?i:\b(?:num[ée]ro|num|n°|identifiant|id|alloc\w*|dossier|t[ée]l\w*|portable|iban|rib|nir"
    r"|s[ée]cu|r[ée]f\w*|matricule|plaque)\b)(?:[^.!?\n]|…|\.{2,3}){0,80}$"
)


def _ends_said(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """A value's first or last digits said alone after "commence par", "finit par": the
    value's when it starts or ends with them, an identifier's when the sentence speaks of a
    number."""
    out = []
    for m in _ENDS_SAID_RE.finditer(text):
        said = spoken.said_digits(m.group(1))
        if len(said) < 2 or not _free(m.start(1), m.end(1), found + out, protected):
            continue
        ending = fold(m.group()).startswith(("fini", "termin"))
        label = next(
            (
                c.label
                for c in found
                if c.label in _CODES
                and abs(c.start - m.start()) < 200
                and (
                    _alnum(text[c.start : c.end]).endswith(said)
                    if ending
                    else _alnum(text[c.start : c.end]).startswith(said)
                )
            ),
            None,
        )
        if label is None and _A_NUMBER_OF_RE.search(text, max(0, m.start() - 80), m.start()):
            label = Label.IDENTIFIANT
        if label is not None:
            out.append(Candidate(m.start(1), m.end(1), label))
    return out


def _alnum(value: str) -> str:
    """The letters and digits of a value, in capitals ("FN-328-TL" → "FN328TL")."""
    return "".join(ch for ch in value if ch.isalnum()).upper()


#: A try cut short after a quote or a colon, then a few words without digits: "« 3 0 0…
#: 3006 574 »", "« 38-2024-… attendez… 38-2024-15562 »".
_CUT_TRY_RE = accents.compile(
    rf"(?:[«\"“:]|(?<![\w'’])(?i:c['’]\s*est))[^\S\n]*({_TRY_GROUP}(?:[ \u00a0\-/]{_TRY_GROUP})*)"
    r"[\-/]?[^\S\n]*(?:…|\.{2,3})([^\d\n]{0,50})"
)
_VALUE_START_RE = accents.compile(r"(?<![\w])[\dA-Z]")


def _values_after_tries(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The value given right after a try cut short, whose cue the try keeps at a distance:
    "N° alloc : « 3 0 0… 3006 574 »" is read as "N° alloc : « 3006 574 »" (the try itself
    is taken later, by :func:`_tries_cut_short`)."""
    out: list[Candidate] = []
    for m in _CUT_TRY_RE.finditer(text):
        tried = _alnum(m.group(1))
        if len(tried) < 2 or not any(ch.isdigit() for ch in tried):
            continue
        for v in _VALUE_START_RE.finditer(text, m.end(), m.end() + 3):
            head = _alnum(text[v.start() : v.start() + 3 * len(tried) + 8])
            if not head.startswith(tried) or len(head) <= len(tried) + 1:
                continue
            if any(c.overlaps(v.start(), v.start() + 1) for c in found + out):
                break
            cut = m.start(1)
            shift = v.start() - cut
            shorter = text[:cut] + text[v.start() :]
            for detector in _PATTERN_DETECTORS:
                for c in detector.detect(shorter):
                    if (
                        c.start == cut
                        and c.label in _CODES
                        and _free(c.start + shift, c.end + shift, found + out, protected)
                    ):
                        out.append(Candidate(c.start + shift, c.end + shift, c.label))
            break
    return out


def _fragments(text: str, found: list[Candidate]) -> list[Candidate]:
    """Pieces of a value given apart: a NIR's key asked for after it, a first try cut short
    and corrected right before the value, an address's number corrected right after it, a
    letter said apart after dictated digits; a date of birth's year after a pause, or said
    again alone (« 1948 ? »); two pairs of a number corrected (« non, 92 puis 74 »)."""
    out = []
    grown = []
    for cand in found:
        if cand.label is Label.DATE_NAISSANCE:
            value = text[cand.start : cand.end]
            stutter = _STUTTER_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start)
            first = _FIRST_NUMBER_RE.match(value)
            if stutter and first and _same_number(stutter.group(1), first.group()):
                # « le 9… 9 septembre 2005 »: the day begun, then the whole date, one value
                grown.append(Candidate(stutter.start(1), cand.end, Label.DATE_NAISSANCE))
            corrected = _DAY_CORRECTED_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start)
            if corrected and first and _a_day(corrected.group(1)) and _a_day(first.group()):
                # « le 9... euh 10 août »: a day tried, then the whole date
                grown.append(Candidate(corrected.start(1), cand.end, Label.DATE_NAISSANCE))
            born = _birth_year(value)
            tried = _YEAR_TRIED_BEFORE_RE.search(text, max(0, cand.start - 50), cand.start)
            if (
                born is not None
                and tried is not None
                and spoken.said_digits(tried.group(1)) in (str(born), f"{born % 100:02d}")
            ):
                # « 98… le 16 août 98 », « quarante-huit… 2 mai 1948 »: the year first tried
                out.append(Candidate(*tried.span(1), Label.DATE_NAISSANCE))
            year = _YEAR_AFTER_RE.match(text, cand.end)
            if year and _ENDS_WITH_MONTH_RE.search(value.rstrip(" .…,")):
                out.append(Candidate(year.start(1), year.end(1), Label.DATE_NAISSANCE))
            if born is not None:
                # said again to check it, alone in quotes or before a "?" (not "depuis 1985")
                again = accents.compile(
                    rf"(?:(?<=[«\"“])|(?<=[«\"“] ))({born})(?![\w/.\-])"
                    rf"|(?<![\w/.\-])({born})(?=[^\S\n]?\?)"
                )
                out += [
                    Candidate(m.start(), m.end(), Label.DATE_NAISSANCE)
                    for m in again.finditer(text, cand.end, min(len(text), cand.end + 100))
                ]
                # read again in the file or given with its month: "le conseiller retrouve
                # 1938 sur le dossier", "né en 61 ?" — « décembre 61 »
                found_again = accents.compile(
                    rf"(?<![\w/.\-])(?:(?:{birthdate.MONTHS})\.?\s+(?:{born % 100:02d}|{born})"
                    rf"|{born})(?![\w/\-]|[.,]\d|\s*(?:€|euros?\b|eur\b|ans\b|%|km\b|kg\b))",
                    re.IGNORECASE,
                )
                out += [
                    Candidate(m.start(), m.end(), Label.DATE_NAISSANCE)
                    for m in found_again.finditer(text, cand.end, min(len(text), cand.end + 150))
                    if not birthdate.another_event(text, m.start())
                ]
        # a NIR's key said apart, after 13 digits another layer may have read as a number of
        # another kind ("105 115 746 308 8… et la clé c'est 78")
        if cand.label in _COPIED and nir.digits(text[cand.start : cand.end]).startswith(
            tuple("123478")
        ):
            key = nir.later_key(text, cand)
            if key is not None:
                out.append(key)
        if cand.label in _COPIED:
            m = _CORRECTED_BEFORE_RE.search(text, max(0, cand.start - 60), cand.start)
            if m:
                out.append(Candidate(m.start(1), m.end(1), cand.label))
        said = _letter_said_after(text, cand)
        if said is not None and said.start == cand.start:
            grown.append(said)
        elif said is not None:
            out.append(said)
        if cand.label in (Label.IDENTIFIANT, Label.ID_FRANCE_TRAVAIL):
            m = _LETTER_AFTER_RE.match(text, cand.end)
            if m and _SPACED_DIGITS_RE.fullmatch(text, cand.start, cand.end):
                grown.append(Candidate(cand.start, m.end(), cand.label))  # "7 1 0 2 3 5 Y"
        if (
            cand.label in (Label.N_ALLOCATAIRE, Label.ID_FRANCE_TRAVAIL, Label.IDENTIFIANT)
            and len(re.sub(r"\D", "", text[cand.start : cand.end])) == 7
            and text[cand.end - 1 : cand.end].isdigit()
        ):
            m = _SMALL_LETTER_AFTER_RE.match(text, cand.end)
            if m:  # "le conseiller voit 2261874 f dans le système", "ident. 521 83 04 v."
                grown.append(Candidate(cand.start, m.end(), Label.ID_FRANCE_TRAVAIL))
        if cand.label in _COPIED and _SPACED_DIGITS_RE.match(text, cand.start):
            # a digit too many read before a value dictated digit by digit: "Il lit : 0 1 8
            # 7 2 4 5 9 J" (a zero put in front), one value
            extra = _DIGITS_BEFORE_RE.search(text, max(0, cand.start - 4), cand.start)
            if extra:
                grown.append(Candidate(extra.start(), cand.end, cand.label))
        if cand.label is Label.ADRESSE:
            m = _STREET_NUMBER_CORRECTED_RE.match(text, cand.end)
            if m:  # "« 18 rue Baudin »… « non 81 ! 81 ! »": the number said again
                number = accents.compile(rf"(?<!\d){m.group(1)}(?!\d)")
                out += [
                    Candidate(n.start(), n.end(), Label.ADRESSE)
                    for n in number.finditer(text, m.start(1), m.end())
                ]
    # two pairs of a number corrected, in order: « non, 92 puis 74 » → 06 31 58 92 74
    for m in _PAIRS_CORRECTED_RE.finditer(text):
        for cand in found:
            if (
                cand.label in _COPIED
                and abs(m.start() - cand.start) < 150
                and m.group(1) + m.group(2) in re.sub(r"\D", "", text[cand.start : cand.end])
            ):
                out.append(Candidate(m.start(), m.end(), cand.label))
                break
    # (a value grown longer wins over itself in _resolve: same label, longer)
    return [c for c in out if not any(f.overlaps(c.start, c.end) for f in found)] + grown


_YEAR_TRIED_BEFORE_RE = accents.compile(
    rf"(?<![\w,./])((?:19|20)?\d\d|{birthdate.WORDS_RE})[^\S\n]*(?:…|\.{{2,3}})[^\S\n]*"
    r"(?:(?i:oui|non|euh|pardon|je\s+crois|le|en)(?![\w'’])[^\S\n,]*,?[^\S\n]*)*$",
    re.IGNORECASE,
)
_STUTTER_BEFORE_RE = accents.compile(
    rf"(?<![\w,.])(\d{{1,2}}|premier|{birthdate.WORDS_RE})[^\S\n]*(?:…|\.{{2,3}})[^\S\n]*"
    r"(?:le[^\S\n]+)?$",
    re.IGNORECASE,
)
#: … and a day tried, then corrected with a filler: « le 9... euh 10 août ».
_DAY_CORRECTED_BEFORE_RE = accents.compile(
    rf"(?<![\w,.])(?i:le)[^\S\n]+(\d{{1,2}}|premier|{birthdate.WORDS_RE})[^\S\n]*(?:…|\.{{2,3}})"
    r"[^\S\n]*(?i:euh|heu|non|pardon)[^\S\n]*,?[^\S\n]*(?:(?i:le)[^\S\n]+)?$",
    re.IGNORECASE,
)
_FIRST_NUMBER_RE = accents.compile(rf"\d{{1,2}}(?!\d)|premier|{birthdate.WORDS_RE}", re.IGNORECASE)


def _a_day(value: str) -> bool:
    """``value`` (digits or words) reads as a day of a month."""
    said = value if value.isdigit() else ("1" if value.lower() == "premier" else "")
    said = said or spoken.digits_of(value)
    return said.isdigit() and 1 <= int(said) <= 31


def _same_number(a: str, b: str) -> bool:
    """Two numbers said the same, in digits or in words ("9", "neuf", "dix-neuf")."""
    da, db = ("1" if x.lower() == "premier" else spoken.said_digits(x) for x in (a, b))
    return bool(da) and da.lstrip("0") == db.lstrip("0")


_PAIRS_CORRECTED_RE = accents.compile(
    r"(?<![\w,.])(\d\d)[^\S\n]+puis[^\S\n]+(\d\d)(?![\w])"
    r"(?![^\S\n]*(?:h\b|heures?|min\w*|ans?\b|mois|jours?|€|euros?|%))"
)


#: Between two items of a list of values: "P0218745, P0218746", "0953218 je crois, ou
#: 0953281", "AB-123-CD et EF-456-GH".
_SIBLING_GAP_RE = accents.compile(
    # (in any case: a list in a sentence typed in capitals, "N° 6724302671 ET 6724302672")
    r"[^\S\n]*(?:(?i:je\s+crois|peut-[êe]tre|pardon)[^\S\n]*)?"
    r"(?:[,;/+]|(?i:\bet\b|\bou\b|\bpuis\b))"
    r"[^\S\n]*(?:(?i:ou|et|alors|bien|plut[ôo]t|sinon)[^\S\n]+)*"
)
#: … or corrected a few words after it: "57-2024-00613… le monsieur dit non c'est 57-2024-00631".
_CORRECTED_GAP_RE = accents.compile(
    r"[^\S\n]*(?:…|\.{2,3}|[,;])?[^\n\d.!?]{0,30}?(?<![\w'’])(?i:non|pardon|plut[ôo]t)(?![\w'’])"
    r"(?:[^\S\n]*,?[^\S\n]*(?i:non|pardon|plut[ôo]t)(?![\w'’]))*"
    r"[^\S\n]*,?[^\S\n]*(?:(?i:c['’][^\S\n]*est|le[^\S\n]+bon|la[^\S\n]+bonne)[^\S\n]*:?[^\S\n]*)?"
)
_VALUE_RUN_RE = accents.compile(r"[A-Za-z0-9](?:[ .\-]?[A-Za-z0-9]){0,40}")


def _shape(value: str) -> str:
    return "".join("D" if ch.isdigit() else "L" for ch in value if ch.isalnum())


def _list_siblings(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The next items of a list of identifiers, where only the first has its cue: a value
    of the same shape (letters and digits in the same order) right after one found, joined
    by a comma, "et" or "ou" ("passeports : P0218745, P0218746"), or given as its correction
    (« … non c'est 57-2024-00631 »)."""
    out: list[Candidate] = []
    todo = [c for c in found if c.label in _CODES]
    while todo:
        cand = todo.pop()
        shape = _shape(text[cand.start : cand.end])
        if len(shape) < 5:
            continue
        for gap_re in (_SIBLING_GAP_RE, _CORRECTED_GAP_RE):
            gap = gap_re.match(text, cand.end)
            run = gap and _VALUE_RUN_RE.match(text, gap.end())
            value = run.group(0) if run else ""
            end = next(
                (
                    end
                    for end in range(len(value), 0, -1)
                    if (end == len(value) or not value[end].isalnum())
                    and _shape(value[:end]) == shape
                ),
                0,
            )
            if not end:
                continue
            start, stop = run.start(), run.start() + end
            if not any(c.overlaps(start, stop) for c in found + out) and not any(
                start < e and s < stop for s, e in protected
            ):
                sibling = Candidate(start, stop, cand.label)
                out.append(sibling)
                todo.append(sibling)
            break
    return out


_MONTHS = birthdate.FRENCH_MONTH_NUMBERS
_DATE_RE = accents.compile(
    # ("1er / 03 / 1987": the first of the month as typed, the slashes spaced)
    r"(?<![\w/.\-])(?:(\d{1,2}|1er) ?[/.\- ] ?(\d{1,2}) ?[/.\- ] ?(\d{4}|\d{2})"
    r"|(\d{1,2}|1er)\s+("
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(\d{4}|\d{2}))"
    r"(?![\w/\-]|[.]\d)",
    re.IGNORECASE,
)


_COMPACT_DATE_RE = accents.compile(r"(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)")


def _day_month_year(match: re.Match[str]) -> tuple[int, int, int] | None:
    if match.group(1):
        day = 1 if match.group(1).lower() == "1er" else int(match.group(1))
        month, year = int(match.group(2)), match.group(3)
    else:
        day = 1 if match.group(4).lower() == "1er" else int(match.group(4))
        month, year = _MONTHS[match.group(5).lower()], match.group(6)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, int(year[-2:])


def _a_past_year_mistyped(text: str, match: re.Match[str]) -> bool:
    """A date with a birth's day and month and another year, in a past year, no other event
    announced: the year mistyped ("j'ai mis 14/05/2019, c'est mon fils ! Moi c'est
    14/05/1989"); not "relance le 3 mai 2027"."""
    year = match.group(3) or match.group(6)
    return (
        len(year) == 2 or int(year) < datetime.datetime.now(tz=datetime.UTC).year
    ) and not birthdate.another_event(text, match.start())


def _birthdate_copies(
    text: str, found: list[Candidate], placeholders: list[tuple[int, int]]
) -> list[Candidate]:
    """Another writing of a date of birth found: « 12 mars 38 » … "tape 12/03/1938"; with
    the day and the month swapped, as people do ("4 3 87" … "3 avril 87"); or a date whose
    month and year are those a NIR of the note carries ("NIR 1 48 06 …" … "2 juin 48")."""
    births = set()
    months_of_nir = set()
    for cand in found:
        if cand.label is Label.NIR:
            digits = re.sub(r"\D", "", text[cand.start : cand.end])
            if len(digits) >= 5 and digits[0] in "12" and 1 <= int(digits[3:5]) <= 12:
                months_of_nir.add((int(digits[3:5]), int(digits[1:3])))
        if cand.label is Label.DATE_NAISSANCE:
            for m in _DATE_RE.finditer(text, cand.start, cand.end):
                value = _day_month_year(m)
                if value:
                    births.add(value)
            compact = _COMPACT_DATE_RE.fullmatch(text, cand.start, cand.end)
            if compact:  # "24062019", then "24/06/2019"
                day, month, year = (int(g) for g in compact.groups())
                births.add((day, month, year % 100))
    # (said without its year, the day and month must be in their order: "rdv le 03/12"; a
    # birth said in words is written again in digits: "vingt-deux septembre …" — 22/09/2024)
    days = {(day, month) for day, month, _ in births} | {
        day
        for cand in found
        if cand.label is Label.DATE_NAISSANCE
        and (day := birthdate.day_and_month(text[cand.start : cand.end])) is not None
    }
    out = _day_month_copies(text, days, found, placeholders)
    out += _year_copies(text, found + out, placeholders)
    births |= {(month, day, year) for day, month, year in births if day <= 12}
    if not births and not days and not months_of_nir:
        return out
    for m in _DATE_RE.finditer(text):
        value = _day_month_year(m)
        if value is None or (
            value not in births
            and value[1:] not in months_of_nir
            and not (value[:2] in days and _a_past_year_mistyped(text, m))
        ):
            continue
        if any(c.overlaps(m.start(), m.end()) for c in found + out) or any(
            m.start() < e and s < m.end() for s, e in placeholders
        ):
            continue
        out.append(Candidate(m.start(), m.end(), Label.DATE_NAISSANCE))
    return out


#: A year in two digits after "en" or "de", said again: "vous êtes né le 8 mai 1958 ?" « oui,
#: mais en 58 hein ».
_SHORT_YEAR_RE = accents.compile(
    r"(?<![\w'’])(?i:en|de|d['’]|année|annee)[^\S\n]*(\d\d)"
    r"(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b|euros?\b|km\b|min\b|kg\b))"
)


#: … or right after a name, the years said in full elsewhere: « Léna c'est 10, Hugo 13 et
#: Lucie 19 » — « 2010, 2013, 2019 ? ».
_NAME_SHORT_YEAR_RE = accents.compile(
    r"(?<![\w'’])[A-ZÀ-Þ][a-zà-ÿ'’\-]+[^\S\n]+(?:c['’]est[^\S\n]+)?(\d\d)"
    r"(?=[^\S\n]*(?:[,;»”\"]|\bet\b|$))"
)
_OR_YEAR_RE = accents.compile(
    r"[^\S\n]*(?:…|\.{2,3})?[^\S\n]*,?[^\S\n]*(?i:ou)[^\S\n]+(?:(?i:en)[^\S\n]+)?"
    r"((?:19|20)?\d\d)(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b))"
)


def _year_copies(
    text: str, found: list[Candidate], placeholders: list[tuple[int, int]]
) -> list[Candidate]:
    """The year of a date of birth found, said again in two digits after "en" or "de" or a
    name, or tried again right after it ("1947... ou 48 ?"), or in four digits alone."""
    full = [
        (c, year)
        for c in found
        if c.label is Label.DATE_NAISSANCE
        and (year := _birth_year(text[c.start : c.end])) is not None
    ]
    born = [(c, year % 100) for c, year in full]
    years = {year for _, year in born}
    out = _whole_years(text, found, placeholders, {year for _, year in full})
    if not years:
        return out
    # "1947... ou 48 ?": another try at the same year, right after it
    alternatives = [
        m.span(1)
        for c, year in born
        if (m := _OR_YEAR_RE.match(text, c.end)) and abs(int(m.group(1)[-2:]) - year) <= 5
    ]
    for m in [*_SHORT_YEAR_RE.finditer(text), *_NAME_SHORT_YEAR_RE.finditer(text)]:
        start, end = m.span(1)
        if int(m.group(1)) not in years or birthdate.another_event(text, start):
            continue
        if not any(c.overlaps(start, end) for c in found) and not any(
            start < e and s < end for s, e in placeholders
        ):
            out.append(Candidate(start, end, Label.DATE_NAISSANCE))
    for start, end in alternatives:
        if not any(c.overlaps(start, end) for c in found + out):
            out.append(Candidate(start, end, Label.DATE_NAISSANCE))
    return out


def _whole_years(
    text: str,
    found: list[Candidate],
    placeholders: list[tuple[int, int]],
    full_years: set[int],
) -> list[Candidate]:
    """The whole year of a birth found (``full_years``), or of a NIR's, alone elsewhere in the
    note."""
    out: list[Candidate] = []
    # the whole year of a birth found, alone elsewhere in the note: « non ! 1941 ! » … "L'écran
    # dit bien 1941"; "Dans un fichier 1958, dans l'autre 1959" … "Carte d'identité : 3 mars
    # 1959" (not after a month: "en juillet 1959" is a date of its own)
    full_years = set(full_years)
    # … or the year a NIR of the note carries: "NIR 1 83 02 2B …" — "Bastia, 1983, tout colle"
    for c in found:
        digits = re.sub(r"\D", "", text[c.start : c.end]) if c.label is Label.NIR else ""
        if len(digits) >= 13 and digits[0] in "12":
            full_years |= {1900 + int(digits[1:3]), 2000 + int(digits[1:3])}
    for m in _WHOLE_YEAR_RE.finditer(text):
        start, end = m.span()
        if (
            int(m.group()) in full_years
            and not _MONTH_BEFORE_RE.search(text, max(0, start - 12), start)
            and not birthdate.another_event(text, start)
            and _free(start, end, found + out, placeholders)
        ):
            out.append(Candidate(start, end, Label.DATE_NAISSANCE))
    return out


_WHOLE_YEAR_RE = accents.compile(
    r"(?<![\w/.\-,])(?:19|20)\d\d(?![\w/\-]|[.,]\d|[^\S\n]*(?:€|euros?\b|%|km\b|kg\b|ans?\b|h\b))"
)
_MONTH_BEFORE_RE = accents.compile(rf"(?i:\b(?:{birthdate.MONTHS})\.?[^\S\n]*$)")


_ANY_MONTH = "|".join(
    sorted(set(_MONTHS) | set(birthdate.FOREIGN_MONTH_NUMBERS), key=len, reverse=True)
)
_ORDINAL_END = r"(?:er|st|nd|rd|th)?"
#: A day and a month without a year: "le 21 août", "onze juillet", "March 5th", "3/5".
_DAY_MONTH_RE = accents.compile(
    rf"(?<![\w/.\-])(?:(?P<day>\d{{1,2}}){_ORDINAL_END}|(?P<first>premier)"
    rf"|(?P<words>(?:{spoken.NUMBER_WORD})(?:[\s\-]+(?:{spoken.NUMBER_WORD})){{0,3}}))"
    rf"\s+(?:of\s+|de\s+)?(?P<month>{_ANY_MONTH})\.?"
    rf"|(?<![\w/.\-])(?P<month2>{_ANY_MONTH})\s+(?P<day2>\d{{1,2}}){_ORDINAL_END}"
    r"|(?<![\w/.\-,])(?P<dd>\d{1,2})/(?P<mm>\d{1,2})(?![\w/.\-]|,\d)",
    re.IGNORECASE,
)
#: … with no year after it: that would be another date ("3 mai 2024").
_ANOTHER_YEAR_RE = accents.compile(r"[,\s]*(?:de\s+|of\s+)?(?:['’]\s*)?\d")


def _day_month(match: re.Match[str]) -> tuple[int, int] | None:
    month_name = (match.group("month") or match.group("month2") or "").lower()
    if month_name:
        month = _MONTHS.get(month_name) or birthdate.FOREIGN_MONTH_NUMBERS[month_name]
    else:
        month = int(match.group("mm"))
    if match.group("first"):
        day = 1
    elif match.group("words"):
        words = re.split(r"[\s\-]+", fold(match.group("words")))
        read = spoken.read_number(words, 0)
        if read is None or read[1] != len(words):
            return None
        day = read[0]
    else:
        day = int(match.group("day") or match.group("day2") or match.group("dd"))
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _day_month_copies(
    text: str,
    births: set[tuple[int, int]],
    found: list[Candidate],
    placeholders: list[tuple[int, int]],
) -> list[Candidate]:
    """The day and month of a date of birth found, said again without the year: "la
    voisine répète « onze juillet »", "l'agent lit « 3 mai », lui : « March 5th »"."""
    out: list[Candidate] = []
    if not births:
        return out
    for m in _DAY_MONTH_RE.finditer(text):
        if _ANOTHER_YEAR_RE.match(text, m.end()) or _day_month(m) not in births:
            continue
        if not any(c.overlaps(m.start(), m.end()) for c in found + out) and not any(
            m.start() < e and s < m.end() for s, e in placeholders
        ):
            out.append(Candidate(m.start(), m.end(), Label.DATE_NAISSANCE))
    return out


#: An account named as an office's: "l'IBAN de la trésorerie de l'hôpital : FR76 …".
_OFFICE_ACCOUNT_BEFORE = accents.compile(
    r"(?i:\b(?:iban|rib|coordonn[ée]es\s+bancaires|compte(?:\s+bancaire)?)\s+"
    r"(?:de\s+la|de\s+l['’]|du|des)\s*(?:tr[ée]sorerie|tr[ée]sor\s+public|r[ée]gie\b|"
    + phone.OFFICE_WORD
    + r"))[^\n.!?;]{0,60}$"
)


def _office_accounts(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    """Bank accounts of public offices, kept (the guide: an office's data names no one)."""
    out = []
    for cand in candidates:
        if cand.label is not Label.IBAN:
            continue
        m = _OFFICE_ACCOUNT_BEFORE.search(text, max(0, cand.start - 100), cand.start)
        if m and not phone.PERSONAL_BEFORE.search(text, m.start(), cand.start):
            out.append((cand.start, cand.end))
    return out


#: A date written year first: "2015-03-12" (groups: year, month, day).
_ISO_DATE = r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
#: A full date in parentheses right after a name: "LAMBERT Tom (19/03/2016)", "(Léa
#: 2015-03-12)", a list of beneficiaries or children with their dates of birth.
_PAREN_DATE_RE = accents.compile(
    r"[^\S\n]*\([^\S\n]*(?:(?i:n[ée]e?|n[ée]\(e\))[^\S\n]+(?i:le)[^\S\n]+|°[^\S\n]*)?"
    rf"((\d{{1,2}})[/.\-](\d{{1,2}})[/.\-]((?:19|20)\d\d)|{_ISO_DATE})[^\S\n]*\)"
)
#: … or right after it, in a list or a screen's line: "LAMBERT Tom 19/03/2016", "Lina -
#: 04.11.2019" (a date of the past year is the day of a visit, not a birth).
_BARE_DATE_RE = accents.compile(
    r"[^\S\n]*[,\-–—:]?[^\S\n]*"
    rf"((\d{{1,2}})[/.](\d{{1,2}})[/.]((?:19|20)\d\d)|{_ISO_DATE})(?![\d/.\-]\d)"
)
#: … unless the name is that of someone met or called on that day: "rdv avec Mme X
#: (12/03/2024)", "convoqué …", "titre valable …".
_OTHER_DATE_CUE = accents.compile(
    r"(?i:\b(?:rdv|rendez-vous|convoc\w*|convoqu\w*|valable|validit[ée]|jusqu|expir\w*"
    r"|[ée]ch[ée]ance|entretien|visite|appel\w*|re[çc]u\w*|vu|vue|sign\w*|depuis|arriv\w*"
    r"|d[ée]c[ée]d\w*|mort|d[ée]part|sortie|entr[ée]e)\b)[^\n]*$"
)


#: A year of birth, or a day, a month and a year in words, right after a name: "M. Ahmed
#: Belkacem (1971)", "leur fils Rayan (2003, « … »)", a waiting list's line "BERNARDI P. 1942
#: — jaune", a household dictated "ma compagne Laura Decroix, 23 février 92", a year said
#: again where births are given ("Merveille c'est 2020", "Sofia 2011, Ilyes 2014, Maëlys née…").
_YEAR_AFTER_NAME_RE = accents.compile(
    r"[^\S\n]*\([^\S\n]*((?:19|20)\d\d)(?=[^\S\n]*[),])"
    r"|[^\S\n]+((?:19|20)\d\d)(?=[^\S\n]*(?:[—–|]|-[^\S\n]|$))"
    rf"|[^\S\n]*,[^\S\n]*((?:1er|[12]\d|3[01]|0?[1-9])[^\S\n]+(?i:{birthdate.MONTHS})\.?"
    r"[^\S\n]+(?:(?:19|20)\d\d|\d\d))(?![\w/.\-])"
    # in a note that gives births already: « Merveille c'est 2020, le 31 décembre »
    r"|[^\S\n]+c['’]est[^\S\n]+((?:19|20)\d\d)(?=[^\S\n]*[,.;»”!?…])"
    # … or a list of names and years: "les dates : Sofia 2011, Ilyes 2014, Maëlys née le…"
    r"|[^\S\n]+((?:19|20)\d\d)(?=[^\S\n]*,[^\S\n]*[A-ZÀ-Þ][a-zà-ÿ'’\-]+[^\S\n]+(?:(?:19|20)\d\d|n[ée]))",
    re.MULTILINE,
)


def _years_after_names(
    text: str,
    persons: list[Candidate],
    found: list[Candidate],
    protected: list[tuple[int, int]],
) -> list[Candidate]:
    """Years (or days in words) of birth right after a person's name (``_YEAR_AFTER_NAME_RE``),
    unless the line names the person for another event ("rdv avec Mme X (2024)")."""
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out = []
    for person in persons:
        m = _YEAR_AFTER_NAME_RE.match(text, person.end)
        if m is None:
            continue
        group = next(k for k in (1, 2, 3, 4, 5) if m.group(k))
        if group >= 4 and not any(c.label is Label.DATE_NAISSANCE for c in found):
            continue
        start, end = m.start(group), m.end(group)
        year = birthdate.YEAR_IN_DATE_RE.search(m.group(group))
        if year is not None and not (this_year - 120 < int(year.group()) < this_year):
            continue
        if _free_after(text, person, start, end, found + out, protected):
            out.append(Candidate(start, end, Label.DATE_NAISSANCE))
    return out


_ROW_YEAR_RE = accents.compile(r"(?<![\w/.\-])(?:19|20)\d\d(?![\w/\-]|[.,]\d)")


def _row_shape(text: str, line_start: int, year_start: int, persons: list[Candidate]) -> str:
    """The line up to a year, its persons as "P" and its digits as "9": the same shape on
    two lines makes them rows of one list ("- Minh, 2010" / "- Bao, 2019")."""
    shape, i = [], line_start
    for person in persons:
        if line_start <= person.start and person.end <= year_start:
            shape.append(re.sub(r"\d", "9", text[i : person.start]) + "P")
            i = person.end
    shape.append(re.sub(r"\d", "9", text[i:year_start]))
    return "".join(shape).strip()


def _row_siblings(
    text: str, persons: list[Candidate], found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The year of a list's row whose other rows, of the same shape (a person, then the year
    at the same place), give years of birth: "- Minh, 2010 / - Lan, 2014 / - Bao, 2019"."""
    if text.count("\n") < 2:
        return []
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    births: set[str] = set()
    bare: list[tuple[str, int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        for m in _ROW_YEAR_RE.finditer(line):
            start, end = line_start + m.start(), line_start + m.end()
            if not any(line_start <= p.start and p.end <= start for p in persons):
                continue
            shape = _row_shape(text, line_start, start, persons)
            if "P" not in shape or len(shape) > 60:
                continue
            if any(c.label is Label.DATE_NAISSANCE and c.overlaps(start, end) for c in found):
                births.add(shape)
            elif this_year - 120 < int(m.group()) < this_year:
                bare.append((shape, start, end))
            break  # the row's first year only
        line_start += len(line) + 1
    return [
        Candidate(start, end, Label.DATE_NAISSANCE)
        for shape, start, end in bare
        if shape in births and _free(start, end, found, protected)
    ]


#: A date of birth corrected right after it is given, in a dialogue: "« Vous êtes né le 18
#: octobre 47 ? » — « Non, le 13 »", "« 2006 » — « non 2005 »", "« quinze mars
#: quatre-vingt » — le mari : « non, le seize mars ! »".
_CORRECTED_BIRTH_RE = accents.compile(
    r"[^\n]{0,45}?(?<![\w'’])(?i:non|pardon|plut[ôo]t|en\s+fait|enfin)(?![\w'’])[\s,!:.…]*"
    r"(?:(?i:c['’]\s*est|j['’]\s*suis|je\s+suis|il\s+est|elle\s+est)\s+)?"
    r"(?:(?i:n[ée]e?)\s+)?(?:(?i:le|en|de)\s+)?"
    rf"((?:{birthdate.DATE})|(?:{birthdate.DAY_AND_MONTH})(?![\w-])"
    rf"|(?:{spoken.NUMBER_WORD})(?:[\s\-]+(?:{spoken.NUMBER_WORD}))*\s+(?:{birthdate.MONTHS})(?![\w-])"
    r"|(?:19|20)\d\d(?!\d)|\d\d(?!\d)|(?<=le )(?:1er|[12]\d|3[01]|0?[1-9])(?!\d))"
    r"(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b|min\b|euros?\b|km\b|fois\b|mois\b"
    # (a street's number or a count: "non, 12 rue des Lilas", "non, 10 enfants")
    r"|rue\b|avenue\b|bd\b|boulevard\b|place\b|all[ée]e\b|chemin\b|impasse\b|enfants?\b"
    r"|personnes?\b))",
    re.IGNORECASE,
)


def _births_corrected(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The correction that follows a date of birth (see the pattern above)."""
    out: list[Candidate] = []
    for c in found:
        if c.label is not Label.DATE_NAISSANCE:
            continue
        m = _CORRECTED_BIRTH_RE.match(text, c.end)
        # ("le" alone says nothing here: "non, le 13")
        if m is None or birthdate.event_said(text, m.start(1)) == "event":
            continue
        if _free(*m.span(1), found + out, protected):
            out.append(Candidate(*m.span(1), Label.DATE_NAISSANCE))
    return out


_QUOTE_CLOSING_RE = accents.compile(r"[^«“\"»”\n]{0,40}[»”\"]")
#: A short quoted reply in a dialogue: « soixante-dix-neuf ! », « non 2005, t'es con ».
_QUOTED_REPLY_RE = accents.compile(r"[«“\"][^\S\n]*([^»”\"\n]{1,60}?)[^\S\n]*[»”\"]")
#: The words said around a value in a dialogue: "non", "pardon", "moi", "enfin", "c'est"…
_FILLERS = (
    r"non|pardon|oui|si|moi|lui|elle|enfin|euh|heu|ah|bah|bon|attendez|attends|c['’][^\S\n]*est"
    r"|le|en|plut[ôo]t|ou"
)
#: What may come before the value in a reply.
_REPLY_HEAD_RE = accents.compile(
    rf"(?:(?i:{_FILLERS})(?![\w'’])[\s,!.…]*"
    # the child the reply is about, named first: « Alba, le 3 du 3 »
    r"|[A-ZÀ-Þ][a-zà-ÿ'’\-]+,[^\S\n]*)*"
)
_REPLY_VALUE_RE = accents.compile(
    # a day and month in digits: « 4/11 », « le 3 du 3 »
    r"((?:0?[1-9]|[12]\d|3[01])[^\S\n]*(?:/|du[^\S\n])[^\S\n]*(?:0?[1-9]|1[0-2])(?![\d/.])"
    rf"|(?:{birthdate.DATE})|(?:1er|premier|[12]\d|3[01]|0?[1-9]|(?:{spoken.NUMBER_WORD})"
    rf"(?:-(?:{spoken.NUMBER_WORD}))*)\s+(?:{birthdate.MONTHS})|(?:19|20)\d\d|\d\d"
    rf"|(?!et(?![\w-]))(?:{spoken.NUMBER_WORD})(?:[\s\-]+(?:{spoken.NUMBER_WORD}))*)"
    r"(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|%|€|euros?\b|h\b|min\b|kg\b|kilos?\b|km\b"
    r"|fois\b|mois\b|jours?\b|semaines?\b|enfants?\b|personnes?\b|rue\b|avenue\b))",
    re.IGNORECASE,
)
#: A question asked in the dialogue about something else than the date stops the replies.
_OTHER_QUESTION_RE = accents.compile(
    r"(?i:[âa]ge|adresse|t[ée]l|num[ée]ro|code|combien|nom|pr[ée]nom|mail|rue|ville|montant"
    r"|heure|poids|taille|d[ée]c[èe]s|mariage|arriv[ée]e|entr[ée]e|sortie|rdv|rendez-vous"
    # "« Et la date du décès ? »": a date, of something else than a birth
    r"|date(?![^?]*naiss))"
)


def _dialogue_births(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The short replies that follow a date of birth in a dialogue, each a date of birth
    again: a correction, another try, the day given after the year ("Lui : 12 mars 1977.
    Elle, au loin : « soixante-dix-neuf ! » puis « le 20 août »", "« 10 décembre 1970 ».
    Elle : « 71, Gilles ! »"). A year in two digits only near the first one; a question
    about something else ends the replies."""
    out: list[Candidate] = []
    for birth in [c for c in found if c.label is Label.DATE_NAISSANCE]:
        year = _birth_year(text[birth.start : birth.end])
        end = text.find("\n\n", birth.end)
        end = min(len(text), birth.end + 160, end if end >= 0 else len(text))
        taken = 0
        start = birth.end
        line = text[text.rfind("\n", 0, birth.start) + 1 : birth.start]
        if line.count('"') % 2 or line.count("«") > line.count("»"):
            # the birth is said inside a quote: the replies start after it closes
            closing = _QUOTE_CLOSING_RE.match(text, birth.end)
            start = closing.end() if closing else start
        asked_year = False
        for q in _QUOTED_REPLY_RE.finditer(text, start, end):
            inside = q.group(1)
            if "?" in inside:
                if _OTHER_QUESTION_RE.search(inside):
                    break
                # « quelle année ? » « 75 »: the reply is the year, whatever it is
                asked_year = _YEAR_ASKED_RE.search(inside) is not None
                # « Et l'année, 52 ? »: the year the agent proposes, in the question
                proposed = _YEAR_PROPOSED_RE.search(inside)
                if proposed and _free(
                    q.start(1) + proposed.start(1),
                    q.start(1) + proposed.end(1),
                    found + out,
                    protected,
                ):
                    start_at = q.start(1) + proposed.start(1)
                    out.append(
                        Candidate(start_at, start_at + len(proposed.group(1)), Label.DATE_NAISSANCE)
                    )
                asked_year = asked_year or proposed is not None
                continue
            head = _REPLY_HEAD_RE.match(text, q.start(1), q.end(1))
            v = _REPLY_VALUE_RE.match(text, head.end(), q.end(1)) if head else None
            if v is None:
                continue
            value = v.group(1)
            said = value if value[:1].isdigit() else spoken.digits_of(value)
            if not said:
                continue
            if birthdate.NAME_THEN_COMMA_RE.search(head.group()) and _BARE_REPLY_YEAR_RE.fullmatch(
                value
            ):
                continue  # « Farid, 57, cariste »: after a name, a bare number is an age
            # « euh… le 30 »: the day given again; after a whole date, a bare number that is
            # no year near its year is its day corrected (« le 26/10/1980 ? » « 27 ! »)
            day = (
                said.isdigit()
                and 1 <= int(said) <= 31
                and (
                    _DAY_HEAD_RE.search(text, q.start(1), head.end()) is not None
                    or birthdate.day_and_month(text[birth.start : birth.end]) is not None
                    and year is not None
                    and _CORRECTED_REPLY_RE.search(inside) is not None
                )
            )
            # « 77, le 30 mars »: a year and its day, a whole birth whatever the year
            with_its_day = _DAY_OF_A_YEAR_RE.match(text, _after_glue(text, v.end(1)))
            if (
                re.fullmatch(r"\d\d", said)
                and _BARE_REPLY_YEAR_RE.fullmatch(value)
                and (year is None or abs(int(said) - year % 100) > 10)
                and not day
                and with_its_day is None
                and not asked_year
            ):
                continue  # a number of two digits far from the year given: no try at it
            if re.fullmatch(r"\d+", said) and (
                len(said) not in (2, 4) or (len(said) == 4 and said[:2] not in ("19", "20"))
            ):
                continue  # "« mille deux cents »": no year
            # (a day is no emergency number: « oui le 17 » after a birth)
            kept = [p for p in protected if not (day and text[p[0] : p[1]].isdigit())]
            if _free(v.start(1), v.end(1), found + out, kept):
                out.append(Candidate(v.start(1), v.end(1), Label.DATE_NAISSANCE))
                taken += 1
            if year is not None:
                # the other tries at the year in the same reply: « Ah oui 32, pas 33 »
                for t in _BARE_TWO_DIGITS_RE.finditer(text, v.end(1), q.end(1)):
                    if _DAY_HEAD_RE.search(text, v.end(1), t.start()) or _MONTH_NEXT_RE.match(
                        text, t.end()
                    ):
                        continue  # « 1985, le 12 novembre »: a day, no try at the year
                    if abs(int(t.group()) - year % 100) <= 5 and _free(
                        t.start(), t.end(), found + out, kept
                    ):
                        out.append(Candidate(t.start(), t.end(), Label.DATE_NAISSANCE))
            if taken == 3:
                break
    return out


#: The day and month (or the month alone) of a birth whose year was given first, said in the
#: same breath or in the next reply: « 2006, le 30 décembre », « 1968… le 14 juillet »,
#: « 2001 », il cherche le jour : « 28 novembre », « 1984, je crois, novembre », « 1988 »… «
#: 1er janvier », 1984, « 15 du 7 », « 2012, fifth of March », « DE QUARANTE-HUIT, DU MOIS DE
#: JANVIER ».
_DAY_OF_A_YEAR_RE = accents.compile(
    rf"(?:le[^\S\n]+)?((?:1er|premier|[12]\d|3[01]|0?[1-9]|{birthdate.WORDS_RE})[^\S\n]+"
    rf"(?:{birthdate.MONTHS})"
    r"|(?:0?[1-9]|[12]\d|3[01])[^\S\n]*(?:/|du[^\S\n])[^\S\n]*(?:0?[1-9]|1[0-2])"
    rf"|{birthdate.FOREIGN_DAY_MONTH}"
    rf"|(?<=[,«\"“][^\S\n])(?:(?:[ad]u[^\S\n]+mois[^\S\n]+d['’e][^\S\n]*|en[^\S\n]+)?"
    rf"(?:{birthdate.FULL_MONTHS})))"
    r"(?![\w/\-]|[^\S\n]*(?:\d|h\b|heures?\b|au\b|à\b|dernier|prochain))",
    re.IGNORECASE,
)
#: What may stand between the year and its day: pauses, quotes, dashes, "je crois", "non",
#: "et le jour ?", "il cherche le jour :" (no digit, no other sentence).
_YEAR_TO_DAY_RE = accents.compile(
    r"[^\S\n]*(?:[,;!?…»”\"«“–—\-]|\.{2,3}|(?i:le\s+jour|jour|et|je\s+crois|crois|non|euh"
    r"|oui|pardon|il|elle|cherche|demande|donne|ajoute|puis|ah|bah|alors)(?![\w'’])|:)[^\S\n]*"
)
_YEAR_ONLY_RE = accents.compile(rf"(?:19|20)\d\d|\d\d|(?:{birthdate.WORDS_RE})", re.IGNORECASE)


#: A capitalised word right before a year of birth, in a list: "Les enfants : Eymen 2012,
#: Zeynep 2015", "Enfants : Mahdi, 2016, et Fatemeh, 2021", "Louna 2008, Maxence 2011".
_NAME_BEFORE_YEAR_RE = accents.compile(r"(?<![\w'’\-])([A-ZÀ-Þ][a-zà-ÿ'’\-]+)[^\S\n]*,?[^\S\n]*$")


_DAYS_AND_MONTHS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin
    juillet aout septembre octobre novembre decembre""".split()
)


def _names_before_years(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The first names of a list of children given with their years of birth (see
    :data:`_NAME_BEFORE_YEAR_RE`): not a word of the dictionary that is no first name, not a
    place or a keep term, not the sentence's first word."""
    out: list[Candidate] = []
    for birth in found:
        if birth.label is not Label.DATE_NAISSANCE or not birthdate.YEAR_IN_DATE_RE.fullmatch(
            text, birth.start, birth.end
        ):
            continue
        m = _NAME_BEFORE_YEAR_RE.search(text, max(0, birth.start - 30), birth.start)
        if m is None:
            continue
        word = m.group(1)
        before = text[max(0, m.start(1) - 3) : m.start(1)]
        # (a word of the dictionary too, in a list of several: "Mahdi, 2016, et Fatemeh")
        listed = any(
            b is not birth and b.label is Label.DATE_NAISSANCE and 0 < b.start - birth.end < 40
            for b in found
        )
        if (
            is_keep_word(word)
            or is_civility(word)  # "M. 1983, Mme 1986"
            or fold(word) in _DAYS_AND_MONTHS  # "Lundi 2024"
            or (is_common_word(word) and fold(word) not in first_names() and not listed)
            or not before.strip(" ")  # (the line's first word)
            or re.search(r"[.!?]\s*$", before)
            or not _free(*m.span(1), found + out, protected)
        ):
            continue
        out.append(Candidate(*m.span(1), Label.PERSONNE))
    return out


#: After a date of birth, the next person's "own": « la sienne : "85" », « et la vôtre ? » «
#: 1962 ».
_THEIRS_RE = accents.compile(
    r"\b(?:la|et[^\S\n]+la|puis[^\S\n]+la)[^\S\n]+(?:sienne|mienne|tienne|v[ôo]tre|leur)"
    r"[^\S\n]*(?:\?[^\S\n]*[»”\"]?[^\S\n]*[–—\-]?)?[^\S\n]*:?[^\S\n]*[«\"“]?[^\S\n]*"
    r"((?:19|20)\d\d|\d\d)(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b))",
    re.IGNORECASE,
)


def _births_said_as_theirs(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """A year given as someone's "own" date after a date of birth (:data:`_THEIRS_RE`)."""
    births = [c for c in found if c.label is Label.DATE_NAISSANCE]
    return [
        Candidate(*m.span(1), Label.DATE_NAISSANCE)
        for m in _THEIRS_RE.finditer(text)
        if any(c.end <= m.start() for c in births) and _free(*m.span(1), found, protected)
    ]


#: What announces a birth given in pieces: "date de naissance (de la maman) :", "ma date ?",
#: "Dates :", "vous êtes de quelle année ?", "née", "elle est de"; after a birth, « le jour ? »,
#: « le mois ? », « quel mois ? ».
_PIECES_CUE_RE = accents.compile(
    r"(?i:\bdates?(?:[^\S\n]+de)?[^\S\n]+naiss\w*(?:[^\S\n]+d[eu][^\S\n]+[^\W\d_]+"
    r"(?:[^\S\n]+[^\W\d_]+)?)?"
    r"|\b(?:ma|sa|leur|votre|ta)[^\S\n]+date\b(?![^\S\n]+d(?:e|u|['’]))(?:[^\S\n]+à[^\S\n]+\w+)?"
    r"|(?:^|(?<=[.\n]))[^\S\n]*dates?(?=[^\S\n]*:)|\bdate(?=[^\S\n]*[«“])"
    r"|\bde[^\S\n]+quelle[^\S\n]+ann[ée]e"
    # (after a birth only: "« oui mais le jour ? » — « le 5… 5 avril »", "« Et l'année, 52 ? »")
    r"|(?P<after>\bl['’][^\S\n]*ann[ée]e(?=[^\S\n]*[:?,])|\ble[^\S\n]+(?:jour|mois)(?=[^\S\n]*\?)"
    r"|\bquel[^\S\n]+mois\b[^?\n]{0,15}(?=\?))"
    r"|\bn(?:\u00e9|\u00e9e|\u00e9s|\u00e9es|\u00c9|\u00c9E|ee|ees)(?:[^\S\n]+(?:le|en))?(?=[^\S\n]+(?:\d|[«\"“]|(?:le[^\S\n]+)?(?:un|deux|trois|quatre|cinq"
    r"|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante"
    r"|cinquante|soixante|quatre-vingt|mil)))"
    r"|\b(?:(?:il|elle)[^\S\n]+est|je[^\S\n]+suis|vous[^\S\n]+[êe]tes|j['’][^\S\n]*[ée]tais)"
    r"[^\S\n]+de(?=[^\S\n]+(?:vingt|trente|quarante|cinquante|soixante"
    r"|quatre-vingt|mil)))"
)
#: Between the cue and what is said: "?", ":", the quotes and the dash of a dialogue.
_PIECES_OPEN_RE = accents.compile(
    # (a few words may end the question: "votre date de naissance madame ?", "et votre date
    # de naissance pour vérifier »")
    r"(?:(?:[^\S\n]+[^\W\d_]+){0,4}[^\S\n]*(?=[?:»”\"]))?"
    r"[^\S\n]*[?:]?[^\S\n]*[»”\"]?[^\S\n]*(?:[/—–\-][^\S\n]*)?"
    # (who answers may be named first: "— la fille : « le trois… »", "— Lui : « 62 »")
    r"(?:(?:(?i:la|le|sa|son|l['’])[^\S\n]*[^\W\d_]+|(?i:lui|elle|madame|monsieur))"
    r"[^\S\n]*:[^\S\n]*(?=[«“\"]))?"
    r"([«“\"])?[^\S\n]*"
)
#: A piece of a birth said aloud: a whole date, a day and its month (and year), a day and
#: month in digits, a month, "le" and a day, a year in digits or in words.
_PIECE_RE = accents.compile(
    rf"(?<![\w/.,\-])((?:{birthdate.DATE})"
    rf"|(?:le[^\S\n]+)?(?:1er|premier|[12]\d|3[01]|0?[1-9]|{birthdate.WORDS_RE})[^\S\n]+"
    rf"(?:{birthdate.MONTHS})(?:[^\S\n]+(?:(?:19|20)\d\d|\d\d|{birthdate.WORDS_RE}))?"
    r"|(?:le[^\S\n]+)?(?:0?[1-9]|[12]\d|3[01])[^\S\n]*(?:/|du[^\S\n])[^\S\n]*(?:0?[1-9]|1[0-2])"
    rf"|(?:{birthdate.FULL_MONTHS})"
    rf"|le[^\S\n]+(?:1er|premier|[12]\d|3[01]|0?[1-9]|{birthdate.WORDS_RE})"
    # (not the first number of a date dictated with pauses: "le 12… 03… 1985")
    r"(?![^\S\n]*(?:…|\.{2,3})[^\S\n]*\d)"
    rf"|(?:19|20)\d\d|\d\d|{birthdate.WORDS_RE})"
    r"(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|€|%|h\b|min\w*|kg\b|km\b|fois\b|mois\b|jours?\b"
    r"|heures?\b|euros?\b|personnes?\b|enfants?\b))",
    re.IGNORECASE,
)
#: Only pauses and commas between two pieces of one birth: "trois… trois mars quarante-huit".
_PIECES_JOIN_RE = accents.compile(r"[^\S\n]*(?:…|\.{2,3}|,)?[^\S\n]*(?:(?i:le)[^\S\n]+)?")
#: Another event, or the end of what is said about the birth: the pieces stop there.
_PIECES_STOP_RE = accents.compile(
    r"(?i:\barriv|\bmari[ée]|\brdv\b|\brendez|\bdepuis\b|\bd[ée]c[èe]s|\bd[ée]c[ée]d|\bentr[ée]e"
    r"|\bsorti|\bjusqu|\bvalable|\bexpir|\bcontrat|\bsign[ée]|\bterme\b|\bpr[ée]vu|\btel\b"
    r"|\bt[ée]l[ée]phone|\bnum[ée]ro|\bnir\b|\bn°|\bans\b|\bâge\b|\n)"
)


#: The words that may stand between the pieces of a birth said outside a quote.
_GLUE_WORD_RE = accents.compile(
    rf"(?i:\b(?:{_FILLERS}|je|crois|et|mais|voil[àa]|alors|sa|son|femme|mari|fils|fille)\b)"
    # (and the names and quotes of a list: "lui « 31/12/1975 », sa femme Mariam « … »")
    r"|(?-i:\b[A-ZÀ-Þ][a-zà-ÿ'’\-]+\b)|[«»“”\"]"
)


_TRY_AGAIN_RE = accents.compile(r"…|\.{2,3}|(?i:\b(?:non|pardon|ou|plut[ôo]t|enfin)\b)")


def _a_year_piece(value: str) -> bool:
    """A piece that is a year alone, in digits or in words."""
    bare = value.strip()
    if re.fullmatch(r"(?:19|20)\d\d|\d\d", bare):
        return True
    if not _BARE_REPLY_YEAR_RE.fullmatch(bare):
        return False
    digits = spoken.said_digits(bare)
    return len(digits) == 2 or (len(digits) == 4 and digits[:2] in ("19", "20"))


def _has_a_year(value: str) -> bool:
    """A piece or a run of pieces that holds a year ("2016", "3 mars 2014", "soixante")."""
    return (
        birthdate.YEAR_IN_DATE_RE.search(value) is not None
        or _a_year_piece(value)
        or _a_year_piece(value.split(",")[0])
        or _MONTH_THEN_YEAR_RE.search(value) is not None
    )


def _same_year(a: str, b: str) -> bool:
    """Two years said the same, in digits or in words ("quatre-vingt… 80")."""
    da = a.strip() if a.strip().isdigit() else spoken.digits_of(a)
    db = b.strip() if b.strip().isdigit() else spoken.digits_of(b)
    return bool(da) and da[-2:] == db[-2:]


_MONTH_THEN_YEAR_RE = accents.compile(
    rf"(?:{birthdate.MONTHS})[^\S\n]+(?:\d\d|{birthdate.WORDS_RE})\s*$", re.IGNORECASE
)
_ARTICLE_RE = accents.compile(r"le[^\S\n]+", re.IGNORECASE)
_DAY_ALONE_RE = accents.compile(
    rf"1er|premier|[12]\d|3[01]|0?[1-9]|{birthdate.WORDS_RE}", re.IGNORECASE
)


def _a_piece(value: str) -> bool:
    """A piece that reads as part of a birth: a year of two or four digits, a day of the
    month, a month, a date."""
    bare = re.sub(r"(?i)^le\s+", "", value).strip()
    if bare in ("01/01/1900", "1/1/1900"):
        return False  # a software's default date, no one's birth
    if not _BARE_REPLY_YEAR_RE.fullmatch(bare) and not bare.isdigit():
        return True  # a date, a day and its month, a month
    if value.lower().startswith("le"):
        digits = spoken.said_digits(bare)
        return digits.isdigit() and 1 <= int(digits) <= 31
    return _a_year_piece(bare)


#: The end of a sentence, but for a question answered in the next quote (« vous êtes née en
#: 63 ? » — « 63, le vingt-neuf… »).
_SENTENCE_END_RE = accents.compile(
    r"[.!;\n](?![.…])|\?(?![^\S\n]*[»”\"]?[^\S\n]*[—–\-/]?[^\S\n]*[«“\"])"
)


def _births_in_a_reply(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The pieces of a birth said after its cue, in a quoted reply or up to the sentence's
    end (see :data:`_PIECES_CUE_RE`): « le… le trois… trois mars quarante-huit », «
    soixante… non cinquante-neuf, le 12 », « quatre-vingt-quatorze, le deux octobre »;
    pieces said in one breath are one value; another event ends them."""
    out: list[Candidate] = []
    others = [c for c in found if c.label is not Label.DATE_NAISSANCE]
    births = [c for c in found if c.label is Label.DATE_NAISSANCE]
    for cue in _PIECES_CUE_RE.finditer(text):
        if cue.group("after") and not any(c.end <= cue.start() for c in births):
            continue
        opening = _PIECES_OPEN_RE.match(text, cue.end())
        start = opening.end()
        if opening.group(1):
            closing = text.find("»" if opening.group(1) == "«" else opening.group(1), start)
            end = closing if 0 <= closing - start <= 100 else min(len(text), start + 100)
        else:
            sentence = _SENTENCE_END_RE.search(text[start : start + 100])
            end = start + (sentence.start() if sentence else min(100, len(text) - start))
        stop = _PIECES_STOP_RE.search(text, start, end)
        end = stop.start() if stop else end
        pieces: list[tuple[int, int]] = []
        position = start
        # (read past the end, so that "87 ans" is seen as an age)
        for m in _PIECE_RE.finditer(text, start, min(len(text), end + 20)):
            if m.end(1) > end:
                break
            between = text[position : m.start(1)]
            if (
                not opening.group(1)
                and (
                    _GLUE_WORD_RE.sub("", between).strip(" ,….?!—–-")
                    # (a second year only as a correction: not "Née en 1990, elle en 2019 a eu…")
                    or pieces
                    and _a_year_piece(text[pieces[-1][0] : pieces[-1][1]])
                    and _a_year_piece(m.group(1))
                    and not _TRY_AGAIN_RE.search(between)
                )
            ):
                break  # outside a quote, only pauses and a few words between the pieces
            position = m.end(1)
            if (
                _a_piece(m.group(1))
                and not any(o.start < m.end(1) and m.start(1) < o.end for o in others)
                and not any(a < m.end(1) and m.start(1) < b for a, b in protected)
            ):
                # (the article stays outside, but for a day alone: « le 7 »)
                article = _ARTICLE_RE.match(m.group(1))
                alone = article is not None and _DAY_ALONE_RE.fullmatch(m.group(1)[article.end() :])
                a = m.start(1) + (article.end() if article and not alone else 0)
                pieces.append((a, m.end(1)))
        if not pieces:
            continue
        # the pieces said in one breath, and the births already found among them, are one
        runs: list[list[int]] = []
        for a, b in sorted(pieces + [(c.start, c.end) for c in births if start <= c.start < end]):
            join = runs and _PIECES_JOIN_RE.fullmatch(text, runs[-1][1], a)
            before, after = (text[runs[-1][0] : runs[-1][1]] if runs else ""), text[a:b]
            if runs and (
                a <= runs[-1][1]
                or join
                # (two years stay two — two children, two dates of a list, a year and another
                # try — but for a year begun again: "quarante… quarante-six")
                and not (
                    _has_a_year(before)
                    and _has_a_year(after)
                    and not (
                        "," not in join.group()
                        and (after.lower().startswith(before.lower()) or _same_year(before, after))
                    )
                )
            ):
                runs[-1][1] = max(runs[-1][1], b)
            else:
                runs.append([a, b])
        out += [Candidate(a, b, Label.DATE_NAISSANCE) for a, b in runs]
    return out


def _after_glue(text: str, position: int) -> int:
    """Where the words between a year and its day (:data:`_YEAR_TO_DAY_RE`) end."""
    for _ in range(8):  # a few words of glue at most
        glue = _YEAR_TO_DAY_RE.match(text, position)
        if glue is None or glue.end() == position:
            break
        position = glue.end()
    return position


_HOLIDAY_YEAR_ONLY_RE = accents.compile(
    rf"(?:(?i:la|le|l['’])[^\S\n]*)?{birthdate.HOLIDAY}[^\S\n]+(?:(?:de|en)[^\S\n]+)?(?:19|20)\d\d"
)


def _days_after_years(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The day and month of a birth given after its year, the year found alone (see
    :data:`_DAY_OF_A_YEAR_RE`); never a date of another event ("mariés le 20 août")."""
    out: list[Candidate] = []
    for birth in found:
        if birth.label is not Label.DATE_NAISSANCE or not (
            _YEAR_ONLY_RE.fullmatch(text, birth.start, birth.end)
            # (a holiday and its year: "née à la Toussaint 1950, le 1er novembre")
            or _HOLIDAY_YEAR_ONLY_RE.fullmatch(text, birth.start, birth.end)
        ):
            continue
        position = _after_glue(text, birth.end)
        day = _DAY_OF_A_YEAR_RE.match(text, position)
        if (
            day is not None
            and position - birth.end <= 50
            and _free(*day.span(1), found + out, protected)
            and not birthdate.another_event(text, day.start(1), bare_le=False)
        ):
            out.append(Candidate(*day.span(1), Label.DATE_NAISSANCE))
    return out


#: A year in four digits right before a birth's day and month, said first: « sa propre date :
#: 1994, "le 4 octobre je crois" ».
_YEAR_BEFORE_DAY_RE = accents.compile(
    r"(?<![\w/.\-])((?:19|20)\d\d)[^\S\n]*[,;]?[^\S\n]*[«\"“]?[^\S\n]*(?:(?i:le)[^\S\n]+)?$"
)


def _years_before_days(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """The year of a birth said right before its day and month, found without a year."""
    out: list[Candidate] = []
    for birth in found:
        value = text[birth.start : birth.end]
        if (
            birth.label is not Label.DATE_NAISSANCE
            or _birth_year(value) is not None
            or not _ENDS_WITH_MONTH_RE.search(value.rstrip(" .…,"))
        ):
            continue
        year = _YEAR_BEFORE_DAY_RE.search(text, max(0, birth.start - 16), birth.start)
        if year is None or not _free(*year.span(1), found + out, protected):
            continue
        # (only the words right before it may make it another event's: « arrivée en 2015 »)
        head = max(0, year.start(1) - 25)
        if not birthdate.another_event(text[head : year.end(1)], year.start(1) - head):
            out.append(Candidate(*year.span(1), Label.DATE_NAISSANCE))
    return out


#: A month right after a number: the number is its day.
_MONTH_NEXT_RE = accents.compile(rf"[^\S\n]*,?[^\S\n]*(?i:{birthdate.MONTHS})(?![^\W\d_])")
#: A reply said as a correction: « 27 ! », « non, 14 ».
_CORRECTED_REPLY_RE = accents.compile(r"!|(?i:\b(?:non|pardon|plut[ôo]t)\b)")
_DAY_HEAD_RE = accents.compile(r"(?i:\ble)[^\S\n]*$")
#: A question on the year alone, in a dialogue on a birth: « quelle année ? », « et l'année ? ».
_YEAR_ASKED_RE = accents.compile(r"(?i:\bann[ée]e[^\S\n]*\?)")
#: … with the year the agent proposes: « Et l'année, 52 ? ».
_YEAR_PROPOSED_RE = accents.compile(
    r"(?i:\bann[ée]e)[^\S\n]*,?[^\S\n]*(?:(?i:c['’][^\S\n]*est|en)[^\S\n]+)?((?:19|20)?\d\d)"
    r"[^\S\n]*\?"
)
_BARE_TWO_DIGITS_RE = accents.compile(
    r"(?<![\w/.,\-])\d\d(?![\w/\-]|[.,]\d|[^\S\n]*(?:ans?\b|%|€|euros?\b|h\b|min\b|kg\b|km\b))"
)
_BARE_REPLY_YEAR_RE = accents.compile(
    rf"\d\d|(?:{spoken.NUMBER_WORD})(?:[\s\-]+(?:{spoken.NUMBER_WORD}))*", re.IGNORECASE
)


_BETWEEN_BIRTH_PIECES_RE = accents.compile(r"[^\S\n]*,?[^\S\n]*(?i:le|du)?[^\S\n]*")


def _birth_pieces_joined(text: str, found: list[Candidate]) -> list[Candidate]:
    """A year of birth and the day and month said after it, found apart with only a comma
    or "le" between them, are one date: "non 74, le 20 février" (not two dates of a list)."""
    births = sorted((c for c in found if c.label is Label.DATE_NAISSANCE), key=lambda c: c.start)
    return [
        Candidate(a.start, b.end, Label.DATE_NAISSANCE)
        for a, b in zip(births, births[1:], strict=False)
        if a.end < b.start
        and _BETWEEN_BIRTH_PIECES_RE.fullmatch(text, a.end, b.start)
        and re.fullmatch(r"(?:19|20)?\d\d", text[a.start : a.end])
        and _ENDS_WITH_MONTH_RE.search(text[a.start : b.end].rstrip(" .…,"))
    ]


#: A row of a household's list: a word, then a year, and nothing else ("Arben 1978",
#: "- elle : 1981", "Drita (2005)").
_FAMILY_ROW_RE = accents.compile(
    r"^[^\S\n]*(?:[-•*·][^\S\n]*)?([^\W\d_][\w'’\-]*)[^\S\n]*[,:(\-]?[^\S\n]*"
    r"((?:19|20)\d\d)[^\S\n]*\)?[^\S\n]*[.;,]?[^\S\n]*$",
    re.MULTILINE,
)
#: Words for the one the row is about that are nobody's name.
_ROW_PERSON_WORDS = frozenset(
    "elle lui moi il madame monsieur mme mr pere mere papa maman fils fille epoux epouse mari "
    "femme conjoint conjointe compagnon compagne enfant bebe".split()
)


def _family_rows(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """A household given as rows of a word and a year, two years or more of them births
    found: every row's year is a birth, and its word, capitalised and no pronoun, a first
    name ("Arben 1978 / elle 1981 / Drita 2005 / Blerim 2010")."""
    rows = list(_FAMILY_ROW_RE.finditer(text))
    if len(rows) < 3:
        return []
    births = [
        m
        for m in rows
        if any(c.label is Label.DATE_NAISSANCE and c.overlaps(*m.span(2)) for c in found)
    ]
    if len(births) < 2:
        return []
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: list[Candidate] = []
    for m in rows:
        if this_year - 120 < int(m.group(2)) <= this_year and _free(*m.span(2), found, protected):
            out.append(Candidate(*m.span(2), Label.DATE_NAISSANCE))
        word = m.group(1)
        if (
            word[0].isupper()
            and fold(word) not in _ROW_PERSON_WORDS
            and not is_keep_word(word)
            # "Lundi 2024": a common word names no one
            and (fold(word) in first_names() or not nlp_module.is_common_word(word))
            and _free(*m.span(1), found, protected)
        ):
            out.append(Candidate(*m.span(1), Label.PERSONNE))
    return out


def _births_after_names(
    text: str,
    persons: list[Candidate],
    found: list[Candidate],
    protected: list[tuple[int, int]],
) -> list[Candidate]:
    """Dates of birth in parentheses right after a person's name."""
    today = datetime.datetime.now(tz=datetime.UTC).date()
    out = []
    for person in persons:
        m = _PAREN_DATE_RE.match(text, person.end)
        bare = m is None
        if bare:
            m = _BARE_DATE_RE.match(text, person.end)
        if m is None:
            continue
        if m.group(2):
            day, month, year = int(m.group(2)), int(m.group(3)), int(m.group(4))
        else:  # written year first: "2015-03-12"
            year, month, day = int(m.group(5)), int(m.group(6)), int(m.group(7))
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        if date > today or year < today.year - 120:
            continue
        if bare and (today - date).days < 365:
            continue  # "Mme X 02/12/2026": the day she came, not her birth
        if _free_after(text, person, m.start(1), m.end(1), found, protected):
            out.append(Candidate(m.start(1), m.end(1), Label.DATE_NAISSANCE))
    return out


def _free_after(
    text: str,
    person: Candidate,
    start: int,
    end: int,
    found: list[Candidate],
    protected: list[tuple[int, int]],
) -> bool:
    """The birth after ``person`` at ``start:end`` is taken: its line names the person for no
    other event ("rdv avec Mme X (12/03/2024)"), and nothing found or protected is there."""
    line_start = text.rfind("\n", 0, person.start) + 1
    return not _OTHER_DATE_CUE.search(text, line_start, person.start) and _free(
        start, end, found, protected
    )


def _free(start: int, end: int, found: list[Candidate], protected: list[tuple[int, int]]) -> bool:
    """Nothing found and no protected range lies on ``start:end``."""
    return not any(c.overlaps(start, end) for c in found) and not any(
        s < end and start < e for s, e in protected
    )


_TIME_START_RE = accents.compile(r"(?:[01]?\d|2[0-3])[^\S\n]?[hH](?:[0-5]\d)?[^\S\n]+")


def _learned_births(
    text: str, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """Dates the classifier of :mod:`learned_dates` reads as births, where no rule found
    anything and off the protected ranges."""
    return [c for c in learned_dates.detect(text) if _free(c.start, c.end, found, protected)]


_YEARS_ONLY_RE = accents.compile(r"(?:19|20)\d\d(?:[^\S\n]*(?:,|;|\bet\b)[^\S\n]*(?:19|20)\d\d)+")


def _learned_values(
    text: str, doc: Doc | None, found: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """Values the trained recogniser found where the rules found nothing (an identifier
    announced in words no rule knows). Only where the value has the substance of one:
    digits for numbers, an at sign (or its spoken form) for an e-mail, a number and a word
    for an address; never on a protected range (keep terms, public offices)."""
    if doc is None:
        return []
    out = []
    for span in doc.spans.get(nlp_module.LEARNED_VALUES, ()):
        start, end = span.start_char, span.end_char
        if not _free(start, end, found, protected):
            continue
        try:
            label = Label(span.label_)
        except ValueError:
            continue
        # a table copied with pipes: each cell is a value of its own ("30,00 | 21,00" is two
        # amounts, not one number)
        for cell in _CELL_RE.finditer(text, start, end):
            start, end = cell.start(), cell.end()
            if label not in (
                Label.ADRESSE,
                Label.EMAIL,
                Label.DATE_NAISSANCE,
                Label.IMMATRICULATION,
            ):
                # a number ends before a word of the sentence: "23/04512 du TJ" is "23/04512"
                word = _SENTENCE_WORD_RE.search(text, start, end)
                end = word.start() if word else end
            if label is Label.ADRESSE:
                # "visite 14h30 La Ville-Hervé, 22400 …": the time before is the visit's
                time = _TIME_START_RE.match(text, start, end)
                start = time.end() if time else start
                if address.SEATS_RE.match(text, start, end):
                    continue  # "1 place à Aurillac": a bed, not a square
            value = text[start:end]
            if is_keep_word("".join(ch for ch in value if ch.isalpha())):
                continue  # "MDPH2024": a service's acronym and a year
            if _YEARS_ONLY_RE.fullmatch(value.strip()):
                # « 2010, 2013, 2019 ? »: years of birth, each its own, not one number
                out += [
                    Candidate(start + y.start(), start + y.end(), Label.DATE_NAISSANCE)
                    for y in birthdate.YEAR_IN_DATE_RE.finditer(value)
                    if not birthdate.another_event(text, start + y.start())
                ]
                continue
            # a date it calls a phone is a date all the same: "Léa, 2015-03-12"
            kind = Label.DATE_NAISSANCE if _a_date(value.strip()) else label
            if kind is Label.ID_FRANCE_TRAVAIL and not _FT_SHAPE_RE.fullmatch(value.strip()):
                kind = Label.IDENTIFIANT  # "23/04512": a case's number has no France Travail shape
            if (
                _substantial(value, kind)
                and not _UNIT_RE.search(value)
                and not _UNIT_AFTER_RE.match(text, end)
                and not _AMOUNT_RE.fullmatch(value)
                and not identifiers.after_offer(text, start)
                and not identifiers.NOT_A_PERSON_NUMBER_BEFORE_RE.search(
                    text, max(0, start - 40), start
                )
                and not _TIME_IN_RE.search(value)
                # "contrat signé en 09/2023": a month and its year, no one's number
                and (
                    kind is Label.DATE_NAISSANCE
                    or not identifiers.MONTH_YEAR_SHAPE.fullmatch(value.strip())
                )
                and not _postcode_alone(text, start, end)
                and (kind is Label.DATE_NAISSANCE or not _AFTER_BIRTH_CUE_RE.search(text, 0, start))
                and not (kind is Label.DATE_NAISSANCE and birthdate.another_event(text, start))
            ):
                out.append(Candidate(start, end, kind))
    return out


#: A postcode given alone, next to its town or between brackets: "Rennes Nord (35700)",
#: "35700 Rennes", "Rennes 35700" (the guide: a postcode alone is no address).
_POSTCODE_VALUE_RE = accents.compile(r"(?:0[1-9]|[1-8]\d|9[0-8])\d{3}")
_TOWN_WORD_RE = accents.compile(r"[A-ZÀ-Þ][\w'’\-]+")


def _postcode_alone(text: str, start: int, end: int) -> bool:
    """The value at start..end is a postcode between brackets or beside a known town."""
    if not _POSTCODE_VALUE_RE.fullmatch(text[start:end]):
        return False
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if before.rstrip(" ")[-1:] == "(" and after.lstrip(" ")[:1] == ")":
        return True
    town_after = _TOWN_WORD_RE.match(after.lstrip(" "))
    town_before = re.search(r"([A-ZÀ-Þ][\w'’\-]+)[ ,]*$", before)
    return bool(
        (town_after and is_commune(town_after.group()))
        or (town_before and is_commune(town_before.group(1)))
    )


_POSTCODE_CUE_RE = accents.compile(r"(?i:\bcode[ \u00a0]+postal\b|\bCP\b)[^\d\n.;!]{0,15}$")


def _announced_postcode(text: str, start: int, end: int) -> bool:
    """Five digits right after "code postal" or "CP"."""
    return (
        _POSTCODE_VALUE_RE.fullmatch(text[start:end]) is not None
        and _POSTCODE_CUE_RE.search(text, max(0, start - 30), start) is not None
    )


#: A France Travail identifier's shape: seven digits and a letter, or eight characters.
_FT_SHAPE_RE = accents.compile(r"\d(?:[ .]?\d){6}[ .\-]?[A-Za-z]|[0-9A-Za-z]{8}")
#: A lowercase word of two letters or more after a number, inside a recogniser's value.
_SENTENCE_WORD_RE = accents.compile(r"(?<=\d)[^\S\n]+(?=[a-zà-ÿ]{2,}\b)")
#: A cell of a table copied with pipes (the whole value when it has none).
_CELL_RE = accents.compile(r"[^|\s](?:[^|]*[^|\s])?")
#: An amount with its cents: "30,00", "1 250,50", "-16,13".
_AMOUNT_RE = accents.compile(r"[-+]?\d{1,3}(?:[ \u00a0.]\d{3})*,\d\d")


_AT_RE = accents.compile(r"@|\b(?:at|ar?roba[sz]e)\b", re.IGNORECASE)
#: Right after a birth cue, only a date of birth ("DDN : 3 4 5 6 7 8 9 0" is no number).
_AFTER_BIRTH_CUE_RE = accents.compile(birthdate.CUE + r"[^\n\d]{0,30}$", re.IGNORECASE)
#: A quantity, not an identifier: "180 000 km", "1 250 €", "35 000 habitants", "45678 kWh".
_UNIT = (
    r"(?:€|%|m²|(?<![^\W\d_])(?:eur|euros?|km|kms|m2|m3|kg|kwh|mwh|litres?|habitants"
    r"|personnes|ans)(?![^\W\d_]))"
)
_UNIT_RE = accents.compile(_UNIT, re.IGNORECASE)
_UNIT_AFTER_RE = accents.compile(r"\s*" + _UNIT, re.IGNORECASE)
#: A time or a range of times: "9h-16h30", "14 h 00" (opening hours, no one's number).
_TIME_IN_RE = accents.compile(r"\d{1,2}[^\S\n]?h(?:[^\S\n]?\d{2})?(?![^\W\d_])", re.IGNORECASE)


#: A date that can be a birth date: day, month, year before 2020 (or in two digits), or a
#: month in words; an appointment "le 12/03/2024" is no birth date, "3 4 5 6 7" no date.
_BIRTH_DATE_RE = accents.compile(
    r"\b\d{1,2}\s*[/.\- ]\s*\d{1,2}\s*[/.\- ]\s*(?:\d{2}|1[89]\d\d|20[01]\d)\b"
    r"|\b(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)\w*\.?\s*"
    r"(?:\d{2}|1[89]\d\d|20[01]\d)\b",
    re.IGNORECASE,
)


_POSTCODE_RE = accents.compile(r"(?<!\d)\d{5}(?!\d)")
#: A short number in one piece, in the two groups of the 116 numbers, or a 08 number
#: (free or shared cost, "0 800 12…"): never a person's.
_SERVICE_NUMBER_RE = accents.compile(
    r"\d{3,6}|11\d[ \u00a0]\d{3}|0[ \u00a0.]?8\d\d(?:[ \u00a0.]?\d{1,3}){0,4}"
)


_CODE_NOT_STREET_RE = accents.compile(r"\s*(?:0\d*|\d+\s*[\-–—:|/])")
#: Eleven digits that start with neither 0 nor 33 (the country code): no French phone number.
_NO_PHONE_RE = accents.compile(r"(?=[1-9])(?!33)(?=(?:\d[ .\u00a0\-]?){10}\d$)[\d .\u00a0\-]+")


_ISO_DATE_RE = accents.compile(_ISO_DATE)


def _a_date(value: str) -> bool:
    """A day, a month and a year in digits: "1-03-2024", "12.03.85", "2026-11-30" (not
    "45 67 89")."""
    if _ISO_DATE_RE.fullmatch(value):
        return True
    m = _DATE_RE.fullmatch(value)
    return m is not None and m.group(1) is not None and _day_month_year(m) is not None


def _substantial(value: str, label: Label) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    if label is Label.EMAIL:
        return _AT_RE.search(value) is not None
    if label is Label.ADRESSE:
        # "Régime : 01 - Caisse": a code, then a field; no street number starts with 0
        return digits >= 1 and letters >= 4 and not _CODE_NOT_STREET_RE.match(value)
    if label is Label.IMMATRICULATION:
        # no plate holds five digits in a row: "35590 saint gilles" is a postcode and a town
        return digits >= 2 and letters >= 2 and not _POSTCODE_RE.search(value)
    if label is Label.DATE_NAISSANCE or _a_date(value.strip()):
        # "1-03-2024", "02-08-1940", "2026-11-30": a date, whatever the recogniser calls it;
        # kept only when it can be a date of birth
        iso = _ISO_DATE_RE.fullmatch(value.strip())
        return int(iso.group(1)) < 2020 if iso else _BIRTH_DATE_RE.search(value) is not None
    numbers = [int(ch) for ch in value if ch.isdigit()]
    if re.fullmatch(r"\d(?:,\s?\d){3,}", value.strip()) and all(
        b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)
    ):
        return False  # "1, 2, 3, 4, 5": counted aloud
    if label is Label.TELEPHONE and _SERVICE_NUMBER_RE.fullmatch(value.strip()):
        return False  # "33700", "3949", "116 000": a service's short number
    if label is Label.TELEPHONE and _NO_PHONE_RE.fullmatch(value.strip()):
        return False  # "53 35 09876 35": eleven digits, no 0 or 33 before: a register's number
    # Whatever its label, a number the recogniser found is a person's value: it may call a
    # Caf number "TELEPHONE" ("N°ALLOC : 2184736-A"), and the label matters less than the
    # value staying hidden.
    return digits >= 5


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best candidate where several overlap (priority of the label, then length);
    an identifier that holds another whole and goes on is the whole value ("n° 15794326
    4ZX9": not a France Travail number and a tail left bare)."""
    ids = [c for c in candidates if c.label in _CODES]
    if len(ids) > 1:
        inside = {
            c
            for c in ids
            for d in ids
            if d.start <= c.start and c.end <= d.end and (d.start, d.end) != (c.start, c.end)
        }
        candidates = [c for c in candidates if c not in inside]
    chosen: list[Candidate] = []
    used = bytearray(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):
        if cand.end > cand.start and 1 not in used[cand.start : cand.end]:
            chosen.append(cand)
            used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


_default: Redactor | None = None


def redact(text: str) -> RedactionResult:
    """Redact ``text`` with the module-level default Redactor (spaCy loaded on first use)."""
    global _default
    if _default is None:
        _default = Redactor()
    return _default.redact(text)
