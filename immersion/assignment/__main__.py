"""Command line: ``python -m immersion.assignment {solve,diagnose,check} ...``.

Exit codes: 0 success, 1 ``check`` found violations, 2 bad input (one line on stderr naming the
field, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from immersion.assignment.check import check_assignment
from immersion.assignment.diagnosis import diagnose
from immersion.assignment.io import InstanceError, load_assignments, load_instance
from immersion.assignment.solver import DEFAULT_TIME_LIMIT, solve

# Upper bound on the default number of workers (the machine's cores otherwise).
MAX_DEFAULT_WORKERS = 8


def _process_started() -> float:
    """``time.perf_counter()`` instant at which this process started (Linux), else now.

    The time limit is a wall-clock promise for the whole command: interpreter start, imports,
    reading and validating the instance, solving and writing the solution.
    """
    now = time.perf_counter()
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        age = uptime - int(fields[19]) / ticks
    except (OSError, ValueError, IndexError):
        return now
    return now - min(max(age, 0.0), 60.0)


STARTED = _process_started()


class CliError(Exception):
    """Bad input at the command line: the message is printed as one line."""


def _read_json(source: str, what: str) -> Any:
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{what} : lecture impossible de « {source} » ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{what} : « {source} » n'est pas un texte UTF-8") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{what} : JSON invalide (ligne {exc.lineno}, colonne {exc.colno} : {exc.msg})"
        ) from exc


def _write_json(data: Any, target: str) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if target == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CliError(
                f"sortie : écriture impossible de « {target} » ({exc.strerror})"
            ) from exc


def _load(source: str):
    data = _read_json(source, "instance")
    try:
        return load_instance(data)
    except InstanceError as exc:
        raise CliError(str(exc)) from exc


def _cmd_solve(args: argparse.Namespace) -> int:
    instance = _load(args.instance)
    # Writing the solution comes last: keep room for it (about 1 s per 30,000 participants).
    writing = 0.15 + 3e-5 * len(instance.participants)
    if args.split > 1:
        from immersion.assignment.split import solve_split

        solution = solve_split(
            instance,
            parts=args.split,
            processes=args.workers,
            time_limit=args.time_limit,
            seed=args.seed,
            deadline=STARTED + args.time_limit - writing,
        )
    else:
        solution = solve(
            instance,
            time_limit=args.time_limit,
            seed=args.seed,
            workers=args.workers,
            deadline=STARTED + args.time_limit - writing,
        )
    _write_json(solution.as_dict(), args.output)
    if args.output != "-":
        print(
            f"{solution.status} : objectif {solution.objective} (borne {solution.bound}), "
            f"{len(solution.assignments)} affectations, {len(solution.unplaced)} demi-journées "
            "sans créneau",
            file=sys.stderr,
        )
    return 0


def _cmd_diagnose(args: argparse.Namespace) -> int:
    instance = _load(args.instance)
    report = diagnose(instance)
    if args.json:
        _write_json(report, "-")
    else:
        for line in report["messages"]:
            print(line)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    instance = _load(args.instance)
    data = _read_json(args.solution, "solution")
    try:
        assignments = load_assignments(data)
    except InstanceError as exc:
        raise CliError(f"solution : {exc}") from exc
    violations = check_assignment(instance, assignments)
    for v in violations:
        print(f"{v.participant} → {v.slot} [{v.code}] {v.message}")
    if not violations:
        print(f"aucune violation ({len(assignments)} affectations)")
    return 1 if violations else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m immersion.assignment",
        description="Affectation des participants aux créneaux d'immersion (CP-SAT).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("solve", help="résout une instance et écrit la solution JSON")
    p.add_argument("instance", help="fichier JSON de l'instance, ou - pour l'entrée standard")
    p.add_argument("-o", "--output", default="-", help="fichier de sortie (défaut : -)")
    p.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        help=f"limite de temps en secondes (défaut : {DEFAULT_TIME_LIMIT:g})",
    )
    p.add_argument("--seed", type=int, default=0, help="graine (défaut : 0)")
    default_workers = max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))
    p.add_argument(
        "--workers",
        type=int,
        default=default_workers,
        help=f"processus de calcul (défaut : le nombre de cœurs, ici {default_workers})",
    )
    p.add_argument(
        "--split",
        type=int,
        default=1,
        metavar="N",
        help="découpe en N régions indépendantes résolues en parallèle (--workers processus), "
        "puis fusionnées (défaut : 1, sans découpage)",
    )
    p.set_defaults(func=_cmd_solve)

    p = sub.add_parser("diagnose", help="compare offre et demande avant résolution")
    p.add_argument("instance")
    p.add_argument("--json", action="store_true", help="sortie JSON structurée")
    p.set_defaults(func=_cmd_diagnose)

    p = sub.add_parser("check", help="vérifie toutes les contraintes dures d'une solution")
    p.add_argument("instance")
    p.add_argument("solution", help="solution JSON (objet avec « assignments » ou liste)")
    p.set_defaults(func=_cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "time_limit", 1.0) <= 0:
        print("erreur: --time-limit : doit être strictement positif", file=sys.stderr)
        return 2
    if getattr(args, "split", 1) < 1 or getattr(args, "workers", 1) < 1:
        print("erreur: --split et --workers : doivent être au moins 1", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except CliError as exc:
        print(f"erreur: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    code = main()
    # Everything is written: skip the interpreter's teardown (freeing large arrays and solver
    # objects can take a noticeable fraction of a second), which the time limit includes.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
