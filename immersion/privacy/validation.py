"""Cross-validation of the classifier of dates of birth, through the whole redactor.

The shipped weights are learned on every development half, so measuring them on those
halves flatters them. Here the development halves (the files :func:`learned_dates.training_files`
yields) are cut into parts by file; each part is redacted by the whole chain with a classifier
learned on the other parts only, and the parts' scores are pooled: births found, kept strings
lost, dates taken for births wrongly. It is how a threshold, a feature or a shape of candidate
is chosen without looking at a held-out half (``python -m immersion.privacy validate-dates``,
a few minutes on two cores).

Pure Python (no Django), like the rest of the core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path

from immersion.privacy import evaluation, learned_dates
from immersion.privacy.types import Label


@dataclass
class Tally:
    """Pooled scores of the parts: a birth is found when its characters are all covered; a
    false birth is a date of birth predicted where no value is labelled at all."""

    births: int = 0
    births_found: int = 0
    false_births: int = 0
    keep_total: int = 0
    keep_lost: int = 0
    identifiers: int = 0
    identifiers_found: int = 0
    files: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (note id, value)

    def add(self, other: Tally) -> None:
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def parts(files: Sequence[Path], count: int) -> list[list[Path]]:
    """``files`` dealt into ``count`` parts in turn (file k goes to part k mod count)."""
    return [list(files[k::count]) for k in range(count) if files[k::count]]


def _score_files(paths: Sequence[Path], model: learned_dates.Model) -> Tally:
    from immersion.privacy.redactor import Redactor

    tally = Tally()
    redactor = Redactor()
    with learned_dates.using(model):
        for path in paths:
            notes = evaluation.load_corpus(path)
            results = redactor.redact_many([note.text for note in notes])
            report = evaluation.score(notes, [r.spans for r in results])
            births = report.labels[Label.DATE_NAISSANCE]
            tally.births += births.gold
            tally.births_found += births.covered
            tally.false_births += sum(
                1 for _, label, _ in report.false_positives if label == Label.DATE_NAISSANCE
            )
            tally.keep_total += report.keep_total
            tally.keep_lost += report.keep_total - report.keep_kept
            covered, gold = report.identifier_counts
            tally.identifiers += gold
            tally.identifiers_found += covered
            tally.files += 1
            tally.missed += [
                (note_id, value)
                for note_id, label, value in report.misses
                if label == Label.DATE_NAISSANCE
            ]
    return tally


def _one_part(job: tuple[Path, list[Path], list[Path], float]) -> Tally:
    root, part, chosen, threshold = job
    data, _ = learned_dates.training_data(root, leave_out=part, files=chosen)
    model = learned_dates.Model(learned_dates.fit(data), threshold)
    return _score_files(part, model)


def cross_validate(
    root: Path,
    *,
    count: int = 10,
    threshold: float = learned_dates.THRESHOLD,
    jobs: int = 1,
    files: Iterable[Path] | None = None,
) -> Tally:
    """The development halves under ``root`` cut into ``count`` parts, each redacted with a
    classifier learned on the others at ``threshold``; the parts' scores pooled."""
    chosen = sorted(files if files is not None else learned_dates.training_files(root))
    work = [(root, part, chosen, threshold) for part in parts(chosen, count)]
    total = Tally()
    if jobs > 1 and len(work) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for tally in pool.map(_one_part, work):
                total.add(tally)
    else:
        for job in work:
            total.add(_one_part(job))
    return total
