"""Assignment engine on the independently generated instances (bench/independent_instances.py).

Usage::

    python bench/assignment_independent.py [--presets p200,p2000,p20000] [--seeds 101,102,103]
        [--time-limits p200=10,p2000=30,p20000=120] [--workdir DIR]

For every (preset, seed): generate the instance with the independent generator (subprocess),
run the command line ``python -m immersion.assignment solve`` as a subprocess with
``--time-limit`` (wall time measured around the whole process, reading and writing included;
peak memory from ``wait4``), then check the solution with ``check_assignment`` and compare the
number of assignments with two counts computed here, independently of the solver, on the
candidate graph (``build_problem``: the allowed participant-slot pairs):

* ``max-flow``: a maximum flow source → participant-half-day → slot → sink (OR-Tools
  ``SimpleMaxFlow``), i.e. the most assignments without the "never the same site twice" rule;
* ``fillable<=``: an upper bound on the assignments *with* that rule: seat prices 1 on the
  slots of the flow's minimum cut (0 elsewhere), then every participant takes a maximum
  matching of its half-days to distinct sites through the free (price 0) slots; the bound is
  the sum of those matchings plus the priced seats (Lagrangian relaxation of the capacities,
  valid for any prices). ``missing`` = ``fillable<=`` − assignments: 0 proves that every
  fillable seat is filled.

Tune on seeds 1-3 only; report on 101-103. Exit code 1 when a run misses its time limit by
more than 1 s, breaks a hard constraint or leaves a seat that the bound shows fillable.
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

import numpy as np
from ortools.graph.python import max_flow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from immersion.assignment import check_assignment, load_assignments, load_instance  # noqa: E402
from immersion.assignment.candidates import Problem, build_problem  # noqa: E402

GENERATOR = ROOT / "bench" / "independent_instances.py"
TIME_LIMITS = {"p200": 10.0, "p2000": 30.0, "p20000": 120.0}
GAP_TARGETS = {"p200": 0.5, "p2000": 1.0, "p20000": 1.0}


# --------------------------------------------------------------------------- counts


def _flow(problem: Problem) -> tuple[int, np.ndarray]:
    """Maximum flow value and the slots on the source side of a minimum cut."""
    n_ph, n_s = problem.n_participants * problem.n_half_days, problem.n_slots
    ph = problem.arc_p * problem.n_half_days + problem.arc_h
    source, sink = n_ph + n_s, n_ph + n_s + 1
    flow = max_flow.SimpleMaxFlow()
    flow.add_arcs_with_capacity(
        np.concatenate([np.full(n_ph, source), ph, n_ph + np.arange(n_s)]),
        np.concatenate([np.arange(n_ph), n_ph + problem.arc_s, np.full(n_s, sink)]),
        np.concatenate(
            [np.ones(n_ph + problem.n_arcs, dtype=np.int64), problem.slot_cap.astype(np.int64)]
        ),
    )
    if flow.solve(source, sink) != flow.OPTIMAL:
        raise RuntimeError("max flow failed")
    side = np.asarray(flow.get_source_side_min_cut(), dtype=np.int64)
    slots = side[(side >= n_ph) & (side < n_ph + n_s)] - n_ph
    return int(flow.optimal_flow()), slots


def _matching(options: list[set[int]]) -> int:
    """Maximum matching of half-days (each with its set of sites) to distinct sites."""
    owner: dict[int, int] = {}

    def augment(h: int, seen: set[int]) -> bool:
        for site in options[h]:
            if site in seen:
                continue
            seen.add(site)
            if site not in owner or augment(owner[site], seen):
                owner[site] = h
                return True
        return False

    return sum(augment(h, set()) for h in range(len(options)))


def fillable_counts(problem: Problem) -> tuple[int, int]:
    """(max-flow count without the same-site rule, upper bound with it)."""
    flow_value, cut_slots = _flow(problem)
    price = np.zeros(problem.n_slots, dtype=bool)
    price[cut_slots] = True  # saturated slots reachable from the source: price 1
    free = ~price[problem.arc_s]
    bound = int(problem.slot_cap[price].sum())
    site = problem.slot_site[problem.arc_s]
    n_h = problem.n_half_days
    for p in range(problem.n_participants):
        options = []
        for h in range(n_h):
            sl = problem.arcs_of(p, h)
            sites = set(site[sl][free[sl]].tolist())
            if sites:
                options.append(sites)
        if len(options) <= 1 or len(set().union(*options)) >= len(options) + 1:
            bound += len(options)  # enough distinct sites: every half-day can be matched
        else:
            bound += _matching(options)
    return flow_value, bound


# --------------------------------------------------------------------------- runs


def _generate(preset: str, seed: int, target: Path) -> None:
    subprocess.run(
        [sys.executable, str(GENERATOR), "--preset", preset, "--seed", str(seed), "-o", target],
        check=True,
        capture_output=True,
    )


def _solve(instance: Path, output: Path, limit: float) -> tuple[float, float, int]:
    """Run the CLI: (wall seconds, peak MB, exit code); its stderr goes to OUTPUT.log."""
    log = output.with_suffix(".log").open("w", encoding="utf-8")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "immersion.assignment", "solve", str(instance), "-o", str(output)]
        + ["--time-limit", f"{limit:g}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    log.close()
    return wall, usage.ru_maxrss / 1024, process.returncode


def run_one(preset: str, seed: int, limit: float, workdir: Path) -> dict:
    source = workdir / f"{preset}-{seed}.json"
    if not source.exists():
        _generate(preset, seed, source)
    target = workdir / f"{preset}-{seed}.solution.json"
    load = os.getloadavg()[0]
    wall, peak, code = _solve(source, target, limit)
    instance = load_instance(json.loads(source.read_text(encoding="utf-8")))
    solution = json.loads(target.read_text(encoding="utf-8")) if code == 0 else {}
    assignments = load_assignments(solution.get("assignments", []))
    flow_value, fillable = fillable_counts(build_problem(instance))
    score, bound = solution.get("objective", 0), solution.get("bound", 0)
    return {
        "preset": preset,
        "seed": seed,
        "participants": len(instance.participants),
        "requests": sum(len(p.available) for p in instance.participants),
        "max_flow": flow_value,
        "fillable": fillable,
        "assigned": len(assignments),
        "score": score,
        "bound": bound,
        "gap": 100.0 * (bound - score) / bound if bound else 0.0,
        "wall": wall,
        "limit": limit,
        "peak_mb": peak,
        "load": load,
        "violations": len(check_assignment(instance, assignments)),
        "status": solution.get("status", f"exit {code}"),
    }


HEADER = (
    f"{'preset':<7}{'seed':>5}{'people':>7}{'asks':>7}{'maxflow':>8}{'fill<=':>8}{'placed':>8}"
    f"{'miss':>5}{'score':>10}{'bound':>10}{'gap %':>7}{'wall s':>8}{'limit':>6}{'peak MB':>8}"
    f"{'load':>6}  status"
)


def format_row(r: dict) -> str:
    return (
        f"{r['preset']:<7}{r['seed']:>5}{r['participants']:>7}{r['requests']:>7}"
        f"{r['max_flow']:>8}{r['fillable']:>8}{r['assigned']:>8}"
        f"{r['fillable'] - r['assigned']:>5}{r['score']:>10}{r['bound']:>10}{r['gap']:>7.3f}"
        f"{r['wall']:>8.1f}{r['limit']:>6g}{r['peak_mb']:>8.0f}{r['load']:>6.1f}  {r['status']}"
        + (f" ({r['violations']} violations)" if r["violations"] else "")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", default="p200,p2000,p20000")
    parser.add_argument("--seeds", default="101,102,103")
    parser.add_argument("--time-limits", default="", help="e.g. p200=10,p2000=30")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    limits = dict(TIME_LIMITS)
    for item in filter(None, args.time_limits.split(",")):
        name, value = item.split("=")
        limits[name] = float(value)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="assignment-independent-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine : {os.cpu_count()} cœurs ; instances : {workdir}")
    print(HEADER)
    print("-" * len(HEADER))
    failed = False
    for preset in args.presets.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            row = run_one(preset, seed, limits[preset], workdir)
            print(format_row(row), flush=True)
            failed |= row["wall"] > row["limit"] + 1 or row["violations"] > 0
            failed |= row["assigned"] < row["fillable"]
    print("écart (gap) : (borne − score) / borne ; miss : places que la borne dit remplissables")
    print("cibles de gap : " + ", ".join(f"{k} ≤ {v} %" for k, v in GAP_TARGETS.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
