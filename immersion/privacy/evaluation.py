"""Scoring of the anonymiser against a labelled corpus (used by bench/ and the tests).

Corpus format (JSON lines): ``{"id", "site_kind", "channel", "text",
"entities": [{"start", "end", "label"}], "keep": ["term", ...]}``.

* recall (covered): a gold entity is found when all its characters are covered by predicted
  spans, whatever their label — what matters for privacy;
* exact recall: a predicted span with the same label and the same boundaries exists;
* precision: a predicted span is correct when it overlaps a gold entity (any label);
  exact precision: when a gold entity has the same label and boundaries;
* identifiers' recall: recall over every label except PERSONNE and ADRESSE;
* leak rate: share of the gold entities whose value, verbatim, is still in the redacted text
  (see :func:`leaks`), except where it is still there only inside a string the note's
  ``keep`` list protects — the guide keeps a firm's name whole even when it holds its
  owner's surname ("Boulangerie Le Bihan"), so a perfect anonymiser leaves it there; those
  are counted apart (``kept_whole``) and the strict rate counts them too;
* keep rate: share of the occurrences of the protected terms that no predicted span touches.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from immersion.privacy.placeholders import render
from immersion.privacy.types import Label, Span

#: Quality targets (recall with characters covered; keep rate), shared by bench/ and tests.
RECALL_TARGETS: dict[Label, float] = {
    Label.NIR: 0.99,
    Label.IBAN: 0.99,
    Label.TELEPHONE: 0.99,
    Label.EMAIL: 0.99,
    Label.PERSONNE: 0.97,
    Label.ADRESSE: 0.95,
    Label.DATE_NAISSANCE: 0.95,
}
KEEP_TARGET = 0.98
#: Labels that are not identifiers (a person's name, a postal address).
NOT_IDENTIFIERS = frozenset({Label.PERSONNE, Label.ADRESSE})


@dataclass(frozen=True)
class Note:
    id: str
    site_kind: str
    channel: str
    text: str
    entities: list[Span]
    keep: list[str]


def load_corpus(path: Path) -> list[Note]:
    notes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        ents = [Span(e["start"], e["end"], Label(e["label"])) for e in raw["entities"]]
        notes.append(
            Note(raw["id"], raw["site_kind"], raw["channel"], raw["text"], ents, raw["keep"])
        )
    return notes


@dataclass
class LabelScore:
    gold: int = 0
    covered: int = 0
    exact: int = 0
    predicted: int = 0
    correct: int = 0
    exact_correct: int = 0

    @property
    def recall(self) -> float:
        return self.covered / self.gold if self.gold else 1.0

    @property
    def exact_recall(self) -> float:
        return self.exact / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def exact_precision(self) -> float:
        return self.exact_correct / self.predicted if self.predicted else 1.0


@dataclass
class Report:
    labels: dict[Label, LabelScore] = field(
        default_factory=lambda: {lb: LabelScore() for lb in Label}
    )
    keep_total: int = 0
    keep_kept: int = 0
    leaked: int = 0
    kept_whole: int = 0  # values left only inside a protected string (see the module's doc)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (note id, label, value)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    lost_keep: list[tuple[str, str]] = field(default_factory=list)
    leaks: list[tuple[str, str, str]] = field(default_factory=list)  # (note id, label, value)

    @property
    def keep_rate(self) -> float:
        return self.keep_kept / self.keep_total if self.keep_total else 1.0

    @property
    def gold(self) -> int:
        return sum(s.gold for s in self.labels.values())

    @property
    def recall(self) -> float:
        """Recall (characters covered) over every entity, whatever its label."""
        covered = sum(s.covered for s in self.labels.values())
        return covered / self.gold if self.gold else 1.0

    @property
    def identifier_counts(self) -> tuple[int, int]:
        """(values covered, values) over the labels that are identifiers."""
        scores = [s for lb, s in self.labels.items() if lb not in NOT_IDENTIFIERS]
        return sum(s.covered for s in scores), sum(s.gold for s in scores)

    @property
    def identifier_recall(self) -> float:
        covered, gold = self.identifier_counts
        return covered / gold if gold else 1.0

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.gold if self.gold else 0.0

    @property
    def strict_leak_rate(self) -> float:
        """The leak rate counting values left inside protected strings too."""
        return (self.leaked + self.kept_whole) / self.gold if self.gold else 0.0


def missed_targets(report: Report) -> list[str]:
    """Human-readable list of the quality targets that ``report`` misses."""
    failures = []
    for label, target in RECALL_TARGETS.items():
        recall = report.labels[label].recall
        if recall < target:
            failures.append(f"recall {label.value} {recall:.3f} < {target}")
    if report.keep_rate < KEEP_TARGET:
        failures.append(f"keep rate {report.keep_rate:.3f} < {KEEP_TARGET}")
    return failures


def _covered(ent: Span, predicted: Sequence[Span]) -> bool:
    chars = set(range(ent.start, ent.end))
    for p in predicted:
        chars -= set(range(p.start, p.end))
    return not chars


def _fuzzy(value: str) -> re.Pattern[str]:
    """``value`` as a pattern: any run of spaces matches any run of spaces, and a value that
    starts or ends with a letter or digit must not be glued to another one."""
    body = r"\s+".join(re.escape(part) for part in value.split())
    head = r"(?<![^\W_])" if value[:1].isalnum() else ""
    tail = r"(?![^\W_])" if value[-1:].isalnum() else ""
    return re.compile(head + body + tail)


def leaks(value: str, redacted: str) -> bool:
    """The gold value is still in the redacted text, verbatim.

    Verbatim means: the same characters in the same case, spaces aside (any run of spaces
    stands for any run), and not as part of a longer word ("Lyna" is not found in
    "Lynande"). A leak is counted wherever the value appears in the output, not only at the
    entity's own place: a name redacted once and left elsewhere in the note still leaks.
    """
    value = value.strip()
    return bool(value) and _fuzzy(value).search(redacted) is not None


def only_inside(value: str, redacted: str, protected: Sequence[str]) -> bool:
    """Every verbatim copy of ``value`` in ``redacted`` lies inside a copy of one of the
    ``protected`` strings ("Le Bihan" only in "Boulangerie Le Bihan")."""
    inside = [
        m.span()
        for term in protected
        if term.strip() and value.strip() != term.strip()
        for m in _fuzzy(term.strip()).finditer(redacted)
    ]
    copies = list(_fuzzy(value.strip()).finditer(redacted))
    return bool(copies) and all(
        any(s <= m.start() and m.end() <= e for s, e in inside) for m in copies
    )


def score(notes: Sequence[Note], predictions: Sequence[Sequence[Span]]) -> Report:
    report = Report()
    for note, predicted in zip(notes, predictions, strict=True):
        text = note.text
        redacted = render(text, sorted(predicted))
        for ent in note.entities:
            value = text[ent.start : ent.end]
            if leaks(value, redacted):
                if only_inside(value, redacted, note.keep):
                    report.kept_whole += 1
                    continue
                report.leaked += 1
                report.leaks.append((note.id, ent.label, value))
        for ent in note.entities:
            s = report.labels[ent.label]
            s.gold += 1
            covered = (
                _covered(
                    Span(ent.start, ent.end, ent.label),
                    [p for p in predicted if p.start < ent.end and ent.start < p.end],
                )
                if not text[ent.start : ent.end].isspace()
                else True
            )
            s.covered += covered
            s.exact += any(
                p.start == ent.start and p.end == ent.end and p.label == ent.label
                for p in predicted
            )
            if not covered:
                report.misses.append((note.id, ent.label, text[ent.start : ent.end]))
        for p in predicted:
            s = report.labels[Label(p.label)]
            s.predicted += 1
            s.exact_correct += any(
                p.start == e.start and p.end == e.end and p.label == e.label for e in note.entities
            )
            if any(p.start < e.end and e.start < p.end for e in note.entities):
                s.correct += 1
            else:
                report.false_positives.append((note.id, p.label, text[p.start : p.end]))
        for term in note.keep:
            pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
            for m in pattern.finditer(text):
                if any(e.start < m.end() and m.start() < e.end for e in note.entities):
                    continue  # the same string inside an entity is not a keep occurrence
                report.keep_total += 1
                if any(p.start < m.end() and m.start() < p.end for p in predicted):
                    report.lost_keep.append((note.id, term))
                else:
                    report.keep_kept += 1
    return report


#: The ways of typing a note that :func:`typed_variant` imitates: without accents; in lowercase
#: around the labelled values (civilities, cues: "m. Rivière", "dr Mercier", "ddn"); with the
#: identifiers' values in lowercase ("siao-35-2026-08812", "wx 48213"); the whole note in
#: capitals ("MME RIVIERE RAPPELLE AU 06 12…" keeps its accents: "MME RIVIÈRE"); apostrophes
#: typed as spaces ("l agent", "j ai", "N Diaye").
VARIANTS = (
    "sans-accents",
    "minuscules-autour",
    "identifiants-en-minuscules",
    "majuscules",
    "sans-apostrophes",
)


def _no_apostrophes(text: str) -> str:
    return text.replace("'", " ").replace("\u2019", " ")


def _no_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def typed_variant(note: Note, kind: str) -> Note:
    """``note`` typed another way (one of :data:`VARIANTS`), its labels moved with the text:
    a measure of how the anonymiser holds when the same scene is typed otherwise."""
    around = {
        "sans-accents": _no_accents,
        "minuscules-autour": str.lower,
        "identifiants-en-minuscules": lambda s: s,
        "majuscules": str.upper,
        "sans-apostrophes": _no_apostrophes,
    }[kind]

    def value(text: str, label: Label) -> str:
        if kind in ("sans-accents", "majuscules", "sans-apostrophes"):
            return around(text)
        if kind == "identifiants-en-minuscules" and label not in NOT_IDENTIFIERS:
            return text.lower()
        return text

    pieces: list[str] = []
    entities: list[Span] = []
    length = position = 0
    for ent in sorted(note.entities, key=lambda e: e.start):
        if ent.start < position:
            continue  # (an entity inside another: the outer one carries it)
        pieces.append(around(note.text[position : ent.start]))
        length += len(pieces[-1])
        pieces.append(value(note.text[ent.start : ent.end], ent.label))
        entities.append(Span(length, length + len(pieces[-1]), ent.label))
        length += len(pieces[-1])
        position = ent.end
    pieces.append(around(note.text[position:]))
    return Note(
        note.id,
        note.site_kind,
        note.channel,
        "".join(pieces),
        entities,
        [around(k) for k in note.keep],
    )
