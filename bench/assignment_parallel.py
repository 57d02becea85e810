"""National assignment: one worker against two, on the 20,000-participant instance.

Usage::

    python bench/assignment_parallel.py [--preset p20000] [--seed 101] [--time-limit 120]
        [--workdir DIR]

What is compared (the honest equivalent of task workers on this machine): the command line
``python -m immersion.assignment solve`` as a subprocess, wall time measured around the whole
process (reading, splitting, solving, merging, explaining, writing):

* ``1 worker``: the single-process path, ``--workers 1`` (no split; what one task worker does
  with the whole run);
* ``2 workers``: ``--split 2 --workers 2``: the regional split solved by two processes, each
  doing what a regional task does on a worker (``solve`` of its region, ``explain=False``),
  then the merge (border repair, scoring, explanations) — the same code as
  ``placements.regional``; at the same time limit, and at half of it.

Every solution is checked (``check_assignment``); the gap is printed against the run's own
bound and against the best (lowest) of the bounds found (all are valid upper bounds). The
machine's load (``uptime``) is printed before each run: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from immersion.assignment import check_assignment, load_assignments, load_instance  # noqa: E402

GENERATOR = ROOT / "bench" / "independent_instances.py"


def uptime() -> str:
    try:
        return subprocess.run(
            ["uptime"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return "load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def run_cli(instance: Path, output: Path, limit: float, extra: list[str]) -> dict:
    print(f"before: {uptime()}", file=sys.stderr)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-m", "immersion.assignment", "solve", str(instance), "-o", str(output)]
        + ["--time-limit", f"{limit:g}", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"solve failed: {process.stderr.strip()}")
    solution = json.loads(output.read_text(encoding="utf-8"))
    return {"wall": wall, "load": load, "solution": solution}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="p20000")
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="assignment-parallel-"))
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"{args.preset}-{args.seed}.json"
    if not source.exists():
        subprocess.run(
            [sys.executable, str(GENERATOR), "--preset", args.preset, "--seed", str(args.seed)]
            + ["-o", str(source), "--quiet"],
            check=True,
        )
    instance = load_instance(json.loads(source.read_text(encoding="utf-8")))
    limit = args.time_limit
    configs = [
        ("1 worker", limit, ["--workers", "1"]),
        ("2 workers", limit, ["--split", "2", "--workers", "2"]),
        ("2 workers", limit / 2, ["--split", "2", "--workers", "2"]),
    ]
    rows = []
    for name, seconds, extra in configs:
        target = workdir / f"solution-{len(rows)}.json"
        result = run_cli(source, target, seconds, extra)
        solution = result["solution"]
        violations = check_assignment(instance, load_assignments(solution["assignments"]))
        rows.append((name, seconds, result, len(violations)))
        print(f"done: {name} {seconds:g} s, load {result['load']:.1f}", file=sys.stderr)
        print(f"after: {uptime()}", file=sys.stderr)
    best = min(r[2]["solution"]["bound"] for r in rows)
    print(
        f"{'config':<10}{'limit s':>8}{'wall s':>8}{'placed':>8}{'score':>11}{'bound':>11}"
        f"{'gap %':>7}{'gap best %':>11}{'viol.':>6}{'load':>6}{'over %':>7}{'unexpl.':>8}"
    )
    for name, seconds, result, violations in rows:
        s = result["solution"]
        gap = 100 * (s["bound"] - s["objective"]) / s["bound"]
        gap_best = 100 * (best - s["objective"]) / best
        print(
            f"{name:<10}{seconds:>8g}{result['wall']:>8.1f}{len(s['assignments']):>8}"
            f"{s['objective']:>11}{s['bound']:>11}{gap:>7.2f}{gap_best:>11.2f}{violations:>6}"
            f"{result['load']:>6.1f}{100 * (result['wall'] / seconds - 1):>7.1f}"
            f"{s['stats'].get('unexplained', 0):>8}"
        )
    # Where the time went (the solver's own timings, seconds; the process adds reading,
    # splitting and writing).
    for name, seconds, result, _ in rows:
        stats = result["solution"]["stats"]
        timings = {k: v for k, v in stats.get("timings", {}).items() if k != "merge_reserve"}
        repair = stats.get("border_repair", {})
        keys = ("participants", "steps", "seconds", "budget")
        print(
            f"{name} {seconds:g} s: timings {timings}; reserve "
            f"{stats.get('timings', {}).get('merge_reserve')}; repair "
            f"{ {k: repair[k] for k in keys if k in repair} }"
        )
    return 1 if any(r[3] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
