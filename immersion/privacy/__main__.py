"""Command line: ``python -m immersion.privacy redact < notes.jsonl > redacted.jsonl``.

``python -m immersion.privacy train-ner`` retrains the person-name recogniser (``data/ner/``,
see :mod:`immersion.privacy.training`) on the repository's labelled development notes;
``python -m immersion.privacy train-dates`` rebuilds the classifier of dates of birth
(``data/dates_model.json``, see :mod:`immersion.privacy.learned_dates`) in seconds, and
``python -m immersion.privacy validate-dates`` measures it by cross-validation on the
development halves (:mod:`immersion.privacy.validation`).

``python -m immersion.privacy rebuild-data`` rewrites the files precomputed from the spaCy
model (``data/vocabulaire.txt.gz``, ``data/token_match.txt``) after a model upgrade.

Input: one JSON object per line, ``{"id": ..., "text": "..."}``. Output: one line per input
line, in the same order: ``{"id": ..., "text": "<redacted>", "spans": [{"start", "end",
"label"}]}`` (offsets in the original text), or ``{"id": ..., "error": "<message>"}`` for a
line that cannot be read; the line number stands in for a missing id. Blank lines are
skipped. Exit code: 0 when every line was redacted, 1 when some lines had errors, 2 for a
usage error. Input text is never written to the error stream.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from immersion.privacy import model_data
from immersion.privacy.nlp import ModelUnavailableError
from immersion.privacy.redactor import Redactor

EXIT_OK, EXIT_LINE_ERRORS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m immersion.privacy",
        description="Anonymiseur de notes d'observation en français (données personnelles "
        "remplacées par des étiquettes : [PERSONNE_1], [NIR], [TÉLÉPHONE]…).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    redact = sub.add_parser(
        "redact",
        help="anonymise des lignes JSON lues sur l'entrée standard",
        description='Lit des lignes JSON {"id": ..., "text": "..."} sur l\'entrée standard et '
        'écrit pour chacune {"id", "text", "spans"} ou {"id", "error"} sur la sortie standard.',
    )
    redact.add_argument(
        "--batch-size",
        type=int,
        default=64,
        help="nombre de notes traitées ensemble par spaCy (défaut : 64)",
    )
    redact.add_argument(
        "--sans-spacy",
        dest="use_spacy",
        action="store_false",
        help="n'utilise que les règles (plus rapide, moins de noms trouvés)",
    )
    sub.add_parser(
        "rebuild-data",
        help="recalcule les fichiers tirés du modèle spaCy (après une mise à jour du modèle)",
        description="Réécrit data/vocabulaire.txt.gz et data/token_match.txt à partir du "
        "modèle spaCy installé (environ une minute).",
    )
    train = sub.add_parser(
        "train-ner",
        help="réentraîne le repérage des noms de personnes (data/ner/) sur les notes étiquetées",
        description="Affine le composant « ner » du modèle spaCy sur les parties de mise au "
        "point des corpus étiquetés du dépôt (jamais sur une partie mise de côté) et l'écrit "
        "dans data/ner/ (processeur seul, quelques minutes, graine fixe).",
    )
    train.add_argument(
        "--racine",
        type=Path,
        default=Path(__file__).resolve().parents[2],
        help="racine du dépôt qui contient tests/data/privacy/ (défaut : ce dépôt)",
    )
    train.add_argument("--epoques", type=int, default=6, help="passes sur les données (6)")
    train.add_argument(
        "--copies", type=int, default=3, help="copies de chaque note aux noms changés (3)"
    )
    train.add_argument("--graine", type=int, default=20261203, help="graine (20261203)")
    train.add_argument(
        "--sortie",
        type=Path,
        default=Path(__file__).resolve().parent / "data" / "ner",
        help="dossier écrit (défaut : data/ner/ du paquet)",
    )
    dates = sub.add_parser(
        "train-dates",
        help="réentraîne le classifieur des dates de naissance (data/dates_model.json)",
        description="Apprend, sur les moitiés de mise au point des corpus indépendants (jamais "
        "sur une moitié mise de côté ni sur un corpus gardé entier pour la mesure), les poids "
        "du classifieur qui lit une date comme une date de naissance (quelques secondes, "
        "graine fixe).",
    )
    dates.add_argument(
        "--racine",
        type=Path,
        default=Path(__file__).resolve().parents[2],
        help="racine du dépôt qui contient tests/data/privacy/ (défaut : ce dépôt)",
    )
    dates.add_argument(
        "--sortie",
        type=Path,
        default=Path(__file__).resolve().parent / "data" / "dates_model.json",
        help="fichier écrit (défaut : data/dates_model.json du paquet)",
    )
    check = sub.add_parser(
        "validate-dates",
        help="validation croisée du classifieur des dates de naissance, par toute la chaîne",
        description="Coupe les moitiés de mise au point en parts (par fichier) ; chaque part "
        "est anonymisée par toute la chaîne avec un classifieur appris sur les autres parts "
        "seulement. Affiche les naissances trouvées, les termes à garder perdus et les dates "
        "prises à tort pour des naissances, toutes parts réunies (quelques minutes).",
    )
    check.add_argument(
        "--racine",
        type=Path,
        default=Path(__file__).resolve().parents[2],
        help="racine du dépôt qui contient tests/data/privacy/ (défaut : ce dépôt)",
    )
    check.add_argument("--parts", type=int, default=10, help="nombre de parts (défaut : 10)")
    check.add_argument(
        "--seuil",
        type=float,
        action="append",
        help="seuil du classifieur (répétable ; défaut : le seuil livré)",
    )
    check.add_argument(
        "--processus", type=int, default=1, help="processus en parallèle (défaut : 1)"
    )
    check.add_argument(
        "--manquees",
        action="store_true",
        help="liste aussi les naissances manquées (notes de mise au point seulement)",
    )
    return parser


def run_validate_dates(args: argparse.Namespace) -> int:
    from immersion.privacy import learned_dates, validation

    if args.parts < 2 or args.processus < 1:
        print("erreur : --parts doit valoir au moins 2, --processus au moins 1", file=sys.stderr)
        return EXIT_USAGE
    if any(not 0.0 < t < 1.0 for t in args.seuil or ()):
        print("erreur : --seuil doit être strictement entre 0 et 1", file=sys.stderr)
        return EXIT_USAGE
    files = list(learned_dates.training_files(args.racine))
    if len(files) < args.parts:
        print(
            f"erreur : {len(files)} fichier(s) de mise au point sous "
            f"{args.racine}/tests/data/privacy/, moins que --parts {args.parts}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for threshold in args.seuil or [learned_dates.THRESHOLD]:
        tally = validation.cross_validate(
            args.racine, count=args.parts, threshold=threshold, jobs=args.processus, files=files
        )
        print(
            f"seuil {threshold:g} : naissances trouvées {tally.births_found}/{tally.births}, "
            f"fausses naissances {tally.false_births}, termes perdus "
            f"{tally.keep_lost}/{tally.keep_total}, identifiants "
            f"{tally.identifiers_found}/{tally.identifiers} ({tally.files} fichiers, "
            f"{args.parts} parts)"
        )
        if args.manquees:
            for note_id, value in tally.missed:
                print(f"  manquée {note_id} : {value}")
    return EXIT_OK


def run_train_dates(args: argparse.Namespace) -> int:
    from immersion.privacy import learned_dates

    if not any(learned_dates.training_files(args.racine)):
        print(
            f"erreur : aucune note étiquetée sous {args.racine}/tests/data/privacy/",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        model = learned_dates.train(args.racine, args.sortie)
    except OSError as error:
        print(f"erreur : impossible d'écrire {args.sortie} ({error.strerror})", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"écrit : {args.sortie} ({model['examples']} dates lues, dont {model['births']} de "
        f"naissance, dans {model['files']} fichiers)"
    )
    return EXIT_OK


def run_train(args: argparse.Namespace) -> int:
    from immersion.privacy import training

    if not training.training_notes(args.racine).notes:
        print(
            f"erreur : aucune note étiquetée sous {args.racine}/tests/data/privacy/",
            file=sys.stderr,
        )
        return EXIT_USAGE
    training.train(
        args.racine, args.sortie, epochs=args.epoques, copies=args.copies, seed=args.graine
    )
    return EXIT_OK


def run_rebuild() -> int:
    directory = Path(__file__).resolve().parent / "data"
    for path in model_data.rebuild(directory):
        print(f"écrit : {path}")
    return EXIT_OK


def _parse(number: int, raw: bytes) -> tuple[Any, str | None, str | None]:
    """(id, text, error) for one input line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return number, None, f"ligne {number} : encodage invalide (UTF-8 attendu)"
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return number, None, f"ligne {number} : JSON invalide"
    if not isinstance(data, dict):
        return number, None, f"ligne {number} : un objet JSON est attendu"
    ident = data.get("id", number)
    if "text" not in data:
        return ident, None, f"ligne {number} : champ « text » manquant"
    if not isinstance(data["text"], str):
        return ident, None, f"ligne {number} : le champ « text » doit être une chaîne"
    return ident, data["text"], None


def _batches(stream: BinaryIO, size: int) -> Iterator[list[tuple[int, bytes]]]:
    batch: list[tuple[int, bytes]] = []
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        batch.append((number, raw.rstrip(b"\r\n")))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_redact(redactor: Redactor, stdin: BinaryIO, stdout: BinaryIO, batch_size: int) -> int:
    errors = 0
    for batch in _batches(stdin, batch_size):
        parsed = [_parse(number, raw) for number, raw in batch]
        texts = [text for _, text, error in parsed if error is None and text is not None]
        results = iter(redactor.redact_many(texts))
        for ident, _text, error in parsed:
            if error is not None:
                errors += 1
                out: dict[str, Any] = {"id": ident, "error": error}
            else:
                result = next(results)
                out = {
                    "id": ident,
                    "text": result.text,
                    "spans": [span.as_dict() for span in result.spans],
                }
            stdout.write(json.dumps(out, ensure_ascii=False).encode("utf-8") + b"\n")
        stdout.flush()
    return EXIT_LINE_ERRORS if errors else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "rebuild-data":
        return run_rebuild()
    if args.command == "train-ner":
        return run_train(args)
    if args.command == "train-dates":
        return run_train_dates(args)
    if args.command == "validate-dates":
        return run_validate_dates(args)
    if args.command != "redact":
        parser.print_usage(sys.stderr)
        print(
            "erreur : une commande est attendue (redact, rebuild-data, train-ner, train-dates "
            "ou validate-dates)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.batch_size < 1:
        print("erreur : --batch-size doit être un entier positif", file=sys.stderr)
        return EXIT_USAGE
    redactor = Redactor(use_spacy=args.use_spacy, batch_size=args.batch_size)
    try:
        return run_redact(redactor, sys.stdin.buffer, sys.stdout.buffer, args.batch_size)
    except ModelUnavailableError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_LINE_ERRORS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_LINE_ERRORS
    except Exception as exc:  # never a traceback, never the input text
        print(f"erreur interne de l'anonymiseur ({type(exc).__name__})", file=sys.stderr)
        return EXIT_LINE_ERRORS


if __name__ == "__main__":
    sys.exit(main())
