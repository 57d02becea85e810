"""Dates of birth read by a small learned classifier, beside the hand rules of ``birthdate``.

The rules find a birth by its cue ("née le", "DDN") and by a few shapes. On notes by new
authors they miss births said otherwise, and rules drawn from one author's notes carry badly
to the next. This module reads every date-like value of a note (a full date, a month and a
year, a day and a month, a year alone) and weighs what surrounds it with a logistic
regression trained on the labelled development notes: the words before and after, the
distance to a birth cue, an age beside it, a first name, a capitalised word or a kin word
before, a word of another event, how long ago the year is, the value's shape, other values
of the same shape on the line.

``python -m immersion.privacy train-dates`` rebuilds the weights (``data/dates_model.json``)
from the development halves of the independent corpora, never from a held-out file nor from
the corpora kept whole for measuring; training is deterministic (fixed seed and order) and
takes seconds on one core. The redactor adds a date the classifier reads as a birth only
where no rule found anything, off the protected ranges.

Pure Python (no Django, no NumPy), like the rest of the core.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from immersion.privacy import accents
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors import birthdate
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.evaluation import load_corpus
from immersion.privacy.keep import is_keep_word
from immersion.privacy.resources import first_names, fold
from immersion.privacy.types import Label

WEIGHTS_PATH = Path(__file__).parent / "data" / "dates_model.json"
#: The year the labelled notes were written in: their "how long ago" is counted from it when
#: training, so that the shipped weights come out the same whatever year they are rebuilt in.
NOTES_YEAR = 2026
#: Independent corpora never trained on: their held-out halves, and these corpora whole
#: (kept aside to measure the anonymiser blind, see docs/privacy.md).
KEPT_WHOLE = frozenset({47, 48, 49, 50, 51, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96})
SEED = 20261205
EPOCHS = 12
THRESHOLD = 0.7
#: The threshold for the next date of a list whose previous date is a birth.
LIST_THRESHOLD = 0.5

_FULL_RE = accents.compile(rf"(?<![\w/.\-])(?:{birthdate.DATE})", re.IGNORECASE)
_YEAR_RE = accents.compile(r"(?<![\w/.\-,])(?:19\d\d|20[0-4]\d)(?![\w/\-]|[.,]\d)")
_DAY_MONTH_RE = accents.compile(rf"(?<![\w])(?:{birthdate.DAY_AND_MONTH})(?![\w])", re.IGNORECASE)
#: A month and its year in figures: "Tom 02/2016", "Ilyan 06/2023".
_NUMERIC_MONTH_YEAR_RE = accents.compile(
    r"(?<![\w/.\-])(?:0?[1-9]|1[0-2])/(?:19\d\d|20[0-4]\d)(?![\w/\-]|[.,]\d)"
)
#: A day and its month in figures: "Léa 12/04", « le 15 du 6 » (said: the 15th of June).
_NUMERIC_DAY_MONTH_RE = accents.compile(
    r"(?<![\w/.\-])(?:0?[1-9]|[12]\d|3[01])(?:/|[^\S\n]+du[^\S\n]+)(?:0?[1-9]|1[0-2])"
    r"(?![\w/\-]|[.,]\d)"
)
_TWO_NUMBERS_RE = accents.compile(r"\d.*\D.*\d|\d\s+\w+\s+\w")
_TOKEN_RE = accents.compile(r"[^\W\d_]+|\d+|[^\w\s]")
#: "acte de naissance", "lieu de naissance": a paper or a place, no date given.
_DOCUMENT_RE = accents.compile(
    r"(?i:\b(?:acte|extrait|certificat|lieu|pays|ville|nom|cong[ée]|prime|d[ée]claration)"
    r"\s+de\s*)$"
)
_SENTENCE_END_RE = accents.compile(r"[.!?](?:\s|$)(?!\s*[«\"“—-])")
_OPEN_BEFORE_RE = accents.compile(r"[«\"“(]\s*(?:le\s+)?$", re.IGNORECASE)
#: The date software fills in when none is known: "01/01/1900" is nobody's birth.
_PLACEHOLDER_DATE_RE = accents.compile(r"0?1\s*[/.\-]\s*0?1\s*[/.\-]\s*1900")
_KIN = frozenset(
    "fils fille filles enfant enfants bebe mere pere frere soeur soeurs freres epoux epouse "
    "mari femme conjoint conjointe compagnon compagne aine ainee cadet cadette petit petite "
    "jumeaux jumelles ado garcon gamin gamine grand".split()
)
#: "M. 1983, Mme 1986": a civility names somebody as a capitalised name does.
_CIVILITIES = frozenset({"M", "MM", "Mr", "MR", "Mme", "MME", "Mlle", "MLLE", "Mmes"})
#: Clues that are also joined with the value's shape: a name before a year alone says more
#: than a name before a full date.
_SHAPED = frozenset(
    "cue<15 cue<40 cue<80 cue_prev_line cue_after event event_le age_near age_match "
    "firstname_before cap_before kin_before open_before linestart lineend".split()
)


_YEAR_JUST_BEFORE_RE = accents.compile(r"(?<![\d/.\-])(?:19|20)?\d\d\s*[!,.…]*\s*(?i:le\s+)?$")
_BIRTHDAY_RE = accents.compile(r"(?i:\banniv\w*|\bf[êe]t(?:e|er|é)\b)")
_QUESTION_BEFORE_RE = accents.compile(r"\?\s*[»\"”]?\s*[—–\-:]?\s*[«\"“]?\s*(?i:le\s+)?$")
_TRY_BEFORE_RE = accents.compile(
    r"(?i:\beuh|\bnon|\bpardon|au\s+lieu\s+de|\.\.\.|…)[\s,]*(?i:le\s+)?$"
)


@dataclass(frozen=True)
class Found:
    """A date-like value and its shape: ``full`` (day, month and year), ``monthyear``,
    ``daymonth`` (no year), ``year`` (alone)."""

    start: int
    end: int
    kind: str


def candidates(text: str) -> list[Found]:
    """Every date-like value of ``text``, the longest shapes first, never overlapping."""
    found: list[Found] = []
    for m in _FULL_RE.finditer(text):
        value = m.group()
        full = _TWO_NUMBERS_RE.search(value) and not birthdate.MONTH_WORD_RE.match(value)
        found.append(Found(m.start(), m.end(), "full" if full else "monthyear"))
    for pattern, kind in (
        (_NUMERIC_MONTH_YEAR_RE, "monthyear"),
        (_DAY_MONTH_RE, "daymonth"),
        (_NUMERIC_DAY_MONTH_RE, "daymonth"),
        (_YEAR_RE, "year"),
    ):
        for m in pattern.finditer(text):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(Found(m.start(), m.end(), kind))
    return sorted(found, key=lambda f: f.start)


def _year_of(value: str, today: int) -> int | None:
    years = birthdate.YEAR_IN_DATE_RE.findall(value)
    if years:
        return int(years[0])
    short = re.search(r"(?<!\d)(\d\d)\s*$", value)
    if short is None:
        return None
    two = int(short.group(1))
    return 1900 + two if two > today % 100 else 2000 + two


def _bucket(age: int) -> str:
    for bound, name in ((0, "future"), (2, "now"), (10, "recent"), (18, "minor"), (30, "young")):
        if age < bound:
            return name
    return "adult" if age < 60 else "old"


def _words(chunk: str) -> list[str]:
    return [fold(t) for t in _TOKEN_RE.findall(chunk)]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def features(text: str, found: Found, today: int, siblings: int = 1) -> list[str]:
    """The features of one date-like value, as names; ``today`` is the year the note was
    written in, ``siblings`` the number of values of the same shape on its line."""
    s, e, kind = found.start, found.end, found.kind
    value = text[s:e]
    feats = ["bias", f"k={kind}"]
    year = _year_of(value, today) if kind != "daymonth" else None
    if year is not None:
        bucket = _bucket(today - year)
        feats += [f"age={bucket}", f"k={kind}|age={bucket}"]
    if re.search(r"[^\W\d_]", value):
        feats.append(f"k={kind}|letters")
    line_start, line_end = _line(text, s, e)
    before = text[max(0, s - 80) : s]
    left = _words(text[max(line_start, s - 80) : s])
    right = _words(text[e : min(line_end, e + 40)])
    for i, tok in enumerate(reversed(left[-8:])):
        if i < 3:
            feats.append(f"L{i}={tok}")
        feats.append(f"Lb={tok}")
    if len(left) >= 2:
        feats.append(f"L10={left[-2]}_{left[-1]}")
    if not left:
        feats.append("linestart")
    for i, tok in enumerate(right[:5]):
        if i < 2:
            feats.append(f"R{i}={tok}")
        feats.append(f"Rb={tok}")
    if not right:
        feats.append("lineend")
    cues = [
        c
        for c in birthdate.CUE_RE.finditer(before)
        if not _DOCUMENT_RE.search(before, 0, c.start())
    ]
    if cues:
        between = before[cues[-1].end() :]
        gap = len(between)
        if _SENTENCE_END_RE.search(between):
            feats.append("cue_other_sentence")  # "né en 1975. Le 12 mars il vient"
        else:
            feats.append("cue<15" if gap < 15 else "cue<40" if gap < 40 else "cue<80")
        if "\n" in between:
            feats.append("cue_prev_line")
    if birthdate.CUE_RE.search(text, e, e + 40):
        feats.append("cue_after")
    said = birthdate.event_said(text, s)
    if said == "event":
        feats.append("event")
    elif said == "le":
        feats.append("event_le")  # "le" alone right before: "Léon c'est le 8/10/19"
    ages = [
        int(m.group(1))
        for m in birthdate.AGE_NEAR_RE.finditer(text, max(line_start, s - 60), e + 40)
    ]
    if ages:
        feats.append("age_near")
        if year is not None and any(today - 6 <= year + a <= today + 1 for a in ages):
            feats.append("age_match")
    raw_left = _TOKEN_RE.findall(text[max(line_start, s - 40) : s])
    if any(fold(t) in first_names() for t in raw_left[-4:]):
        feats.append("firstname_before")
    if any(
        (t[:1].isupper() and t[1:].islower()) or t in _CIVILITIES
        for t in raw_left[-3:]
        if t.isalpha()
    ):
        feats.append("cap_before")
    if any(tok in _KIN for tok in left[-6:]):
        feats.append("kin_before")
    if _OPEN_BEFORE_RE.search(before[-6:]):
        feats.append("open_before")
    if _BIRTHDAY_RE.search(before[-60:]) or _BIRTHDAY_RE.search(text, e, e + 40):
        feats.append("birthday_near")  # "la liste des anniversaires : Clara 17 janvier"
    if _QUESTION_BEFORE_RE.search(before[-40:]):
        feats.append("question_before")  # « il est né quand ? » — « le 10 août »
    if _TRY_BEFORE_RE.search(before[-12:]):
        feats.append("try_before")  # "le 9... euh 10 août", "1965 au lieu de 1956"
    if kind == "daymonth" and _YEAR_JUST_BEFORE_RE.search(before[-16:]):
        feats.append("year_before")  # « 2016 ! le 17 janvier », "77, le 30 mars"
    if siblings > 1:
        feats.append(f"k={kind}|list")
    feats += [f"k={kind}|{f}" for f in feats if f in _SHAPED]
    return feats


def examples(text: str, today: int) -> list[tuple[Found, list[str]]]:
    """Each date-like value of ``text`` with its features."""
    found = candidates(text)
    shapes = Counter((text.count("\n", 0, f.start), f.kind) for f in found)
    return [
        (f, features(text, f, today, shapes[text.count("\n", 0, f.start), f.kind])) for f in found
    ]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float

    def score(self, feats: Iterable[str]) -> float:
        """The probability that the value is a date of birth."""
        w = self.weights
        return _sigmoid(sum(w.get(f, 0.0) for f in feats))


def fit(
    data: Sequence[tuple[list[str], int]],
    *,
    epochs: int = EPOCHS,
    rate: float = 0.1,
    l2: float = 1e-4,
    seed: int = SEED,
    min_count: int = 2,
) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent, deterministic: a feature seen in
    fewer than ``min_count`` examples is left out."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    rows = [([f for f in feats if counts[f] >= min_count], label) for feats, label in data]
    weights: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(seed)  # noqa: S311 - a reproducible order, no secret
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for k in order:
            feats, label = rows[k]
            g = _sigmoid(sum(weights.get(f, 0.0) for f in feats)) - label
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (g + l2 * w)
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}


def training_files(root: Path) -> Iterator[Path]:
    """The development halves of the independent corpora, the ones kept whole aside."""
    for path in sorted((root / "tests" / "data" / "privacy").glob("independent*/dev.jsonl")):
        number = path.parent.name.removeprefix("independent") or "1"
        if int(number) not in KEPT_WHOLE:
            yield path


def training_data(
    root: Path, *, leave_out: Iterable[Path] = (), files: Iterable[Path] | None = None
) -> tuple[list[tuple[list[str], int]], dict[str, int]]:
    """Every date-like value of the development notes (``files``, or all of them under
    ``root``), labelled 1 where it overlaps a date of birth of the corpus; and the number of
    notes read per file."""
    skipped = {p.resolve() for p in leave_out}
    data: list[tuple[list[str], int]] = []
    sources: dict[str, int] = {}
    for path in training_files(root) if files is None else files:
        if path.resolve() in skipped:
            continue
        notes = load_corpus(path)
        sources[str(path.relative_to(root))] = len(notes)
        for note in notes:
            births = [e for e in note.entities if e.label is Label.DATE_NAISSANCE]
            for found, feats in examples(note.text, NOTES_YEAR):
                label = any(b.start < found.end and found.start < b.end for b in births)
                data.append((feats, int(label)))
    return data, sources


def train(root: Path, out: Path = WEIGHTS_PATH) -> dict[str, object]:
    """Rebuild the weights file from the repository at ``root``; returns what was written."""
    data, sources = training_data(root)
    model = {
        "seed": SEED,
        "epochs": EPOCHS,
        "notes_year": NOTES_YEAR,
        "threshold": THRESHOLD,
        "examples": len(data),
        "births": sum(label for _, label in data),
        "files": len(sources),
        "notes": sources,
        "weights": fit(data),
    }
    out.write_text(
        json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return model


#: A classifier that stands in for the shipped one (see :func:`using`).
_STAND_IN: list[Model] = []


@contextmanager
def using(model: Model) -> Iterator[None]:
    """Within the block, :func:`detect` reads with ``model`` instead of the shipped weights
    (the cross-validation's classifiers, learned without the part being redacted)."""
    _STAND_IN.append(model)
    try:
        yield
    finally:
        _STAND_IN.pop()


@cache
def load(path: Path = WEIGHTS_PATH) -> Model | None:
    """The shipped classifier (None when its weights file is absent)."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Model(raw["weights"], raw["threshold"])


def detect(text: str, model: Model | None = None) -> list[Candidate]:
    """The dates of ``text`` the classifier reads as births."""
    model = model or (_STAND_IN[-1] if _STAND_IN else load())
    if model is None:
        return []
    today = datetime.now(UTC).year
    out: list[Candidate] = []
    ruled_out_end = previous_end = -1
    previous_kind = ""
    for found, feats in examples(text, today):
        joined = previous_end >= 0 and _LIST_JOIN_RE.fullmatch(text, previous_end, found.start)
        # the next of a list of births, of the same shape, needs less to be one: "Clara 17
        # janvier / Baptiste 2 mars / Inès 30 septembre"
        after_a_birth = (
            joined and bool(out) and out[-1].end == previous_end and previous_kind == found.kind
        )
        previous_end, previous_kind = found.end, found.kind
        # the next of a list of dates that are not births is none either: "déménagé en 2005,
        # 2007 et 2009", "JO de Paris 2024 et Londres 2012"; the next of a list of years that
        # are somebody's is somebody's too: "enfants nés en 2009, 2011, 2016 et 2020"
        if joined and ruled_out_end >= 0:
            ruled_out_end = found.end
            continue
        if joined:
            feats = [*feats, "joined"]
        if _ruled_out(text, found, feats, today):
            ruled_out_end = found.end
            continue
        ruled_out_end = -1
        threshold = LIST_THRESHOLD if after_a_birth else model.threshold
        if model.score(feats) >= threshold:
            out.append(Candidate(found.start, found.end, Label.DATE_NAISSANCE))
    return out


_LIST_JOIN_RE = accents.compile(
    r"\s*(?:,|;|/|et|ou|puis)\s*(?:(?:en|de|à)\s+)?(?:[^\W\d_][\w'’\-]*\s+)?"
)
_CUES = frozenset({"cue<15", "cue<40", "cue<80"})
#: What makes a year alone somebody's: a first name, a capitalised name, a kin word or an
#: age around it, an opening quote or bracket before it, a birth cue right before it.
_A_PERSON_S = frozenset(
    {"firstname_before", "cap_before", "kin_before", "age_match", "open_before", "cue<15", "joined"}
)
_BIRTH_SENTENCE = frozenset({"cue<40", "cue<80", "cue_after", "cue_prev_line"})
_CHANGED_RE = accents.compile(
    r"(?i:\b(?:modifi|chang|corrig|rectifi|erron|fauss|faux|demand|envoy|re[çc]u|refus|perdu)"
    r"\w*[^\n.;!?]*$)"
)


#: A unit after the number: "1948 euros", "2019 km" are no years.
_UNIT_AFTER_RE = accents.compile(r"\s*(?:€|euros?\b|eur\b|km\b|%|h\b|ans?\b|m2|m²|kg\b)", re.I)
_SPACED_RE = accents.compile(r"\d{1,2}[ .\u00a0]\d{1,2}[ .\u00a0]\d{2,4}")
_DIGIT_BEFORE_RE = accents.compile(r"\d[ .\u00a0]?$")
_DIGIT_AFTER_RE = accents.compile(r"[ .\u00a0]?\d")
_SEVEN_RE = accents.compile(rf"(?i:sept\s+(?!(?:{birthdate.MONTHS})(?!\w)))")
#: A date that opens its sentence, then who does something that day: "né en 1975. Le 12 mars
#: il vient", "12/05 : elle rappelle".
_HEADS_A_SENTENCE_RE = accents.compile(r"(?:^|[.!?\n]\s*)(?i:le\s+|du\s+)?$")
_SOMEONE_DOES_RE = accents.compile(r"\s*[,:]?\s*(?i:il|elle|ils|elles|on|je|j['’]|nous|vous|tu)\b")
_WORD_BEFORE_RE = accents.compile(r"([^\W\d_][\w'’\-]*)\W{0,3}$")
#: A year followed by what somebody did then: "elle en 2019 a eu son bac", "en 2015 il est
#: arrivé" (the year of an event, said before it).
_DONE_AFTER_RE = accents.compile(
    r"[^\S\n]*,?(?:[^\S\n]+(?i:il|elle|ils|elles|on|j['’]ai|je[^\S\n]+suis))?[^\S\n]+"
    r"(?i:a|ont|est|sont|avait|[ée]tait)[^\S\n]+(?i:eu|obtenu|pass[ée]e?|fait|[ée]t[ée]|commenc[ée]e?"
    r"|fini|arr[êe]t[ée]e?|quitt[ée]e?|perdu|repris|trouv[ée]e?|sign[ée]e?|d[ée]m[ée]nag[ée]e?"
    r"|emm[ée]nag[ée]e?|arriv[ée]e?s?|partie?s?|entr[ée]e?s?|sortie?s?|divorc[ée]e?s?"
    r"|mari[ée]e?s?|licenci[ée]e?|embauch[ée]e?|install[ée]e?s?|venue?s?|revenue?s?)\b"
)


def _ruled_out(text: str, found: Found, feats: list[str], today: int) -> bool:
    """What the rules already know is no birth, whatever the weights say: the software's
    default date, a year to come, this year's or last year's date without a cue, a number
    with its unit, a date announced as another event's ("arrivée le…", "marié en…"), a
    piece of a longer number, "sept" the number; a year alone with nobody around it ("2019
    et 2020 furent dures"), the year of a change, or a year after a place or a body ("Paris
    2024", "Insee 2023")."""
    value = text[found.start : found.end]
    year = _year_of(value, today) if found.kind != "daymonth" else None
    if _PLACEHOLDER_DATE_RE.fullmatch(value) or (year is not None and year > today):
        return True
    if year is not None and year >= today - 1 and not _CUES.intersection(feats):
        return True  # "Dernier paiement : 05/03/2026": this year's dates are births when said so
    if _UNIT_AFTER_RE.match(text, found.end) or "event" in feats:  # (features' event_said)
        return True
    if _SPACED_RE.fullmatch(value) and (
        _DIGIT_BEFORE_RE.search(text, max(0, found.start - 2), found.start)
        or _DIGIT_AFTER_RE.match(text, found.end)
    ):
        return True  # a piece of a longer number: "07 69 31 04 82", "1.04.03.90.010"
    if _SEVEN_RE.match(value) and not re.search(r"\d", value):
        return True  # "sept cinq zéro": the number seven, not September
    if (
        found.kind != "year"
        and "cue_after" not in feats
        and _HEADS_A_SENTENCE_RE.search(text, max(0, found.start - 12), found.start)
        and _SOMEONE_DOES_RE.match(text, found.end)
    ):
        return True  # "Le 12 mars il vient": the day something happens, said first
    if found.kind != "year":
        return False
    if not _A_PERSON_S.intersection(feats) and not (
        # a list of years in a sentence about births: "les dates de naissance des petits,
        # elle les récite : 2012, 2014, 2017"
        "k=year|list" in feats and _BIRTH_SENTENCE.intersection(feats)
    ):
        return True
    if _CHANGED_RE.search(text, max(0, found.start - 30), found.start):
        return True  # "date de naissance modifiée en 2015": the year of the change
    if _DONE_AFTER_RE.match(text, found.end):
        return True  # "elle en 2019 a eu son bac": the year of what she did
    word = _WORD_BEFORE_RE.search(text, max(0, found.start - 40), found.start)
    return word is not None and (is_keep_word(word.group(1)) or is_commune(word.group(1)))
