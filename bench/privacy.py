"""Quality and speed benchmark of the French anonymiser (immersion.privacy).

Run: ``.venv/bin/python bench/privacy.py [--show-errors]``.

Prints, for the whole corpus and for its held-out part (ids starting with "holdout-"):
recall (characters covered), exact-span recall, precision (overlap with a labelled entity)
and exact precision per label, the share of
protected terms kept, for our Redactor and for spaCy's NER alone (PER as PERSONNE) as the
baseline; then throughput in notes per second. Exits 1 when a target is missed.
``--show-errors`` lists misses and false positives of the development part only (never the
held-out part, which must stay unseen while tuning).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: no BLAS thread pool
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from immersion.privacy import Label, Redactor, Span  # noqa: E402
from immersion.privacy.evaluation import (  # noqa: E402
    Note,
    Report,
    load_corpus,
    missed_targets,
    score,
)
from immersion.privacy.nlp import load  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "privacy" / "notes.jsonl"
SPEED_TARGET = 50.0


def spacy_alone(notes: list[Note]) -> list[list[Span]]:
    nlp = load()
    out = []
    for doc in nlp.pipe([n.text for n in notes], batch_size=64):
        out.append(
            [Span(e.start_char, e.end_char, Label.PERSONNE) for e in doc.ents if e.label_ == "PER"]
        )
    return out


def print_report(title: str, ours: Report, base: Report) -> None:
    print(f"\n== {title}")
    print(
        f"{'label':<18} {'n':>4} | {'recall':>7} {'exact':>7} {'prec.':>7} {'ex.prec':>7} |"
        f" {'spaCy rec.':>10} {'exact':>7} {'prec.':>7} {'ex.prec':>7}"
    )
    for label in Label:
        o, b = ours.labels[label], base.labels[label]
        if not o.gold and not o.predicted:
            continue

        def prec(value: float, predicted: int) -> str:
            return f"{value:>7.3f}" if predicted else f"{'-':>7}"  # nothing predicted

        print(
            f"{label.value:<18} {o.gold:>4} | {o.recall:>7.3f} {o.exact_recall:>7.3f}"
            f" {prec(o.precision, o.predicted)} {prec(o.exact_precision, o.predicted)} |"
            f" {b.recall:>10.3f} {b.exact_recall:>7.3f} {prec(b.precision, b.predicted)}"
            f" {prec(b.exact_precision, b.predicted)}"
        )
    print(
        f"{'keep terms kept':<18} {ours.keep_total:>4} | {ours.keep_rate:>7.3f}"
        f" {'':>7} {'':>7} {'':>7} | {base.keep_rate:>10.3f}"
    )


def check_targets(report: Report, speed: float | None) -> list[str]:
    failures = missed_targets(report)
    if speed is not None and speed < SPEED_TARGET:
        failures.append(f"throughput {speed:.1f} notes/s < {SPEED_TARGET}")
    return failures


def throughput(redactor: Redactor, texts: list[str], min_seconds: float = 4.0) -> float:
    redactor.redact_many(texts[:20])  # warm-up
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_seconds:
        redactor.redact_many(texts)
        done += len(texts)
    return done / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="misses of the dev part")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    args = parser.parse_args(argv)

    notes = load_corpus(CORPUS)
    holdout = [i for i, n in enumerate(notes) if n.id.startswith("holdout-")]
    t0 = time.perf_counter()
    redactor = Redactor()
    load()
    redactor.redact("Chargement.")
    loaded = time.perf_counter() - t0
    print(f"corpus: {len(notes)} notes ({len(holdout)} held out); load {loaded:.1f} s")

    ours_pred = [r.spans for r in redactor.redact_many([n.text for n in notes])]
    base_pred = spacy_alone(notes)

    def part(idx: list[int], preds: list[list[Span]]) -> Report:
        return score([notes[i] for i in idx], [preds[i] for i in idx])

    everything = list(range(len(notes)))
    dev = [i for i in everything if i not in set(holdout)]
    ours_all, base_all = part(everything, ours_pred), part(everything, base_pred)
    ours_held = part(holdout, ours_pred)
    print_report("whole corpus", ours_all, base_all)
    print_report("held-out part", ours_held, part(holdout, base_pred))

    speed = None
    if not args.no_speed:
        speed = throughput(redactor, [n.text for n in notes])
        print(f"\nthroughput: {speed:.0f} notes/s (one process, after loading)")

    if args.show_errors:
        dev_report = part(dev, ours_pred)
        print("\n-- misses (dev part)")
        for item in dev_report.misses:
            print("  ", item)
        print("-- false positives (dev part)")
        for item in dev_report.false_positives:
            print("  ", item)
        print("-- protected terms lost (dev part)")
        for item in dev_report.lost_keep:
            print("  ", item)

    failures = check_targets(ours_all, speed)
    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
