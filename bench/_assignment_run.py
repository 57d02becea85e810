"""One benchmark run in its own process: ``METHOD INSTANCE.json TIME_LIMIT SEED OUT.json``.

Methods: ``greedy`` (the baseline), ``naive`` (one CP-SAT model over every allowed pair, CP-SAT
defaults on 2 workers, no hint), ``ours`` (:func:`immersion.assignment.solve`). Writes a JSON
result with the score, the proven bound, the wall time of load + solve, the hard-constraint
violations found by ``check_assignment`` and the peak memory of this process.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from ortools.sat.python import cp_model

from immersion.assignment import check_assignment, load_instance, objective, solve
from immersion.assignment.candidates import assignments_from_arcs, build_problem
from immersion.assignment.greedy import greedy
from immersion.assignment.model import Instance


def run_greedy(instance: Instance, time_limit: float, seed: int) -> dict[str, Any]:
    problem = build_problem(instance)
    chosen = greedy(problem)
    assignments = assignments_from_arcs(problem, chosen[chosen >= 0])
    return {"assignments": assignments, "bound": None, "status": "feasible"}


def run_naive(instance: Instance, time_limit: float, seed: int) -> dict[str, Any]:
    """The textbook model: every allowed pair, auxiliary variables, CP-SAT defaults."""
    w = instance.weights
    problem = build_problem(instance)
    model = cp_model.CpModel()
    x = [model.new_bool_var(f"x{a}") for a in range(problem.n_arcs)]
    by: dict[str, dict[tuple[int, ...], list[int]]] = {
        "ph": {},
        "site": {},
        "slot": {},
        "kind": {},
        "channel": {},
        "mix": {},
    }
    for a in range(problem.n_arcs):
        p, s = int(problem.arc_p[a]), int(problem.arc_s[a])
        by["ph"].setdefault((p, int(problem.arc_h[a])), []).append(a)
        by["site"].setdefault((p, int(problem.slot_site[s])), []).append(a)
        by["slot"].setdefault((s,), []).append(a)
        by["kind"].setdefault((p, int(problem.slot_kind[s])), []).append(a)
        by["channel"].setdefault((p, int(problem.slot_channel[s])), []).append(a)
        by["mix"].setdefault((s, int(problem.part_cat[p])), []).append(a)
    for group in ("ph", "site"):
        for arcs in by[group].values():
            if len(arcs) > 1:
                model.add_at_most_one(x[a] for a in arcs)
    for (s,), arcs in by["slot"].items():
        model.add(sum(x[a] for a in arcs) <= int(problem.slot_cap[s]))
    for a in range(problem.n_arcs):
        if problem.arc_pin[a]:
            model.add(x[a] == 1)
    terms = [int(problem.arc_weight[a]) * x[a] for a in range(problem.n_arcs)]
    for group, bonus in (("kind", w.distinct_kind), ("channel", w.distinct_channel)):
        for arcs in by[group].values():
            y = model.new_bool_var("")
            model.add(sum(x[a] for a in arcs) >= y)
            terms.append(bonus * y)
    for arcs in by["mix"].values():
        if len(arcs) > 1:
            extra = model.new_int_var(0, len(arcs), "")
            model.add(extra >= sum(x[a] for a in arcs) - 1)
            terms.append(-w.mix_penalty * extra)
    model.maximize(sum(terms) + problem.previous_constant)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"assignments": [], "bound": None, "status": solver.status_name(status).lower()}
    chosen = [a for a in range(problem.n_arcs) if solver.boolean_value(x[a])]
    return {
        "assignments": assignments_from_arcs(problem, chosen),
        "bound": int(solver.best_objective_bound),
        "status": "optimal" if status == cp_model.OPTIMAL else "feasible",
    }


def run_ours(instance: Instance, time_limit: float, seed: int) -> dict[str, Any]:
    solution = solve(instance, time_limit=time_limit, seed=seed)
    return {
        "assignments": list(solution.assignments),
        "bound": solution.bound,
        "status": solution.status,
        "stats": {k: solution.stats[k] for k in ("arcs", "arcs_kept", "components", "timings")},
    }


METHODS = {"greedy": run_greedy, "naive": run_naive, "ours": run_ours}


def main() -> None:
    method, source, limit, seed, target = sys.argv[1:6]
    started = time.perf_counter()
    instance = load_instance(json.loads(Path(source).read_text(encoding="utf-8")))
    result = METHODS[method](instance, float(limit), int(seed))
    wall = time.perf_counter() - started
    assignments = result.pop("assignments")
    out = {
        "method": method,
        "score": objective(instance, assignments),
        "assigned": len(assignments),
        "violations": len(check_assignment(instance, assignments)),
        "wall": wall,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        **result,
    }
    Path(target).write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    main()
