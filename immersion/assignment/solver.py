"""The assignment solver: greedy hint, Lagrangian bound, pruning, decomposition and CP-SAT.

Pipeline (see docs/assignment.md):

1. :func:`build_problem` enumerates the allowed arcs (every pair-level hard constraint holds
   by construction).
2. :func:`greedy` gives a first solution, used as a hint everywhere.
3. :func:`lagrangian_bound` gives a valid upper bound and seat prices.
4. Large instances keep, per participant-half-day, the best arcs by price-adjusted value
   (plus the best arc of each (kind, channel) group, pins and previous pairs).
5. The kept arcs split into connected components (participants linked through shared slots):
   small components are packed into CP-SAT models of bounded size; a component too large for
   one model is improved window by window (geographic windows of participants, everybody
   else fixed, several passes with shifted windows).
6. A last greedy pass places any participant-half-day left unplaced where a seat is free in
   the full (unpruned) arc list.

Every CP-SAT call uses a fixed number of workers and a deterministic time limit, and every
step iterates in a stable order: the same instance and seed give the same solution.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from ortools.graph.python import max_flow
from ortools.sat.python import cp_model

from immersion.assignment.bound import BoundResult, lagrangian_bound
from immersion.assignment.candidates import Problem, assignments_from_arcs, build_problem
from immersion.assignment.diagnosis import diagnose
from immersion.assignment.explain import (
    NOT_EXPLAINED,
    HalfDayContext,
    explain_block,
    explain_unplaced,
)
from immersion.assignment.flow import (
    _site_conflicts,
    coordinate_ascent,
    joint_flow,
    ranges,
    slot_prices,
)
from immersion.assignment.greedy import NONE, greedy, objective_of
from immersion.assignment.model import CHANNELS, SITE_KINDS, Instance, Solution, Unplaced
from immersion.assignment.scoring import objective

DEFAULT_TIME_LIMIT = 30.0
# Above this many arcs the candidate lists are pruned (the model would be too slow to build).
PRUNE_ABOVE_ARCS = 120_000
# Arcs kept per participant-half-day when pruning, and per (kind, channel) group.
KEEP_PER_HALF_DAY = 14
KEEP_PER_GROUP = 1
# Above this many arcs the flows only see a preselection (see _preselect) of this many per
# participant-half-day by value and as many by free room.
FLOW_MAX_ARCS = 2_000_000
KEEP_PRESELECTED = 8
# Components are packed into models of at most this many arcs; larger ones go window by window.
MAX_MODEL_ARCS = 60_000
WINDOW_ARCS = 12_000
# Share of the time left after the start that the flow ascent may use (CP-SAT gets the rest).
FLOW_SHARE = 0.5
# Subgradient iterations of the Lagrangian bound (from the joint relaxation's prices).
BOUND_ITERATIONS = 30
# Below this many arcs the bound is cheap: computed inline rather than in a second process.
PARALLEL_BOUND_ARCS = 200_000
# Whole models up to this many arcs first maximise the number of assignments alone, with this
# share of their budget.
COUNT_FIRST_ARCS = 60_000
COUNT_FIRST_SHARE = 0.2
# Below this many times the arcs' building time left before the deadline, the relaxation and
# everything after it are skipped for a greedy assignment (measured: the relaxation takes
# 0.6-1.5x the arcs' time, the bound's start 0.2-0.35x more).
RELAXATION_COST = 1.5
# Deterministic time units granted per second of wall-clock budget.
DETERMINISTIC_PER_SECOND = 1.0
# CP-SAT parameters applied to every model (see docs/assignment.md for the measurements).
TUNING: dict[str, Any] = {"linearization_level": 2}


@dataclass
class _Run:
    """Mutable bookkeeping of one solve."""

    problem: Problem
    seed: int
    workers: int
    deadline: float
    log: bool
    models: int = 0
    windows: int = 0
    optimal_models: int = 0
    deterministic_time: float = 0.0
    cp_bound: float = 0.0
    all_whole: bool = True
    all_optimal: bool = True
    infeasible: bool = False
    timings: dict[str, float] = field(default_factory=dict)


def solve(
    instance: Instance,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    seed: int = 0,
    workers: int = 1,
    log: bool = False,
    deadline: float | None = None,
    explain: bool = True,
) -> Solution:
    """Assign participants to slots: first as many as possible, then the best objective.

    ``time_limit`` bounds the wall-clock time (seconds) of this call; ``deadline`` (a
    ``time.perf_counter()`` instant, e.g. set by the command line from the process start) may
    bring the end earlier. Every stage is budgeted from that end. CP-SAT runs under a
    deterministic time limit derived from it, so results only depend on the instance and
    ``seed`` unless the machine is so slow that the wall-clock guard triggers first.
    ``workers`` > 1 computes the Lagrangian bound in a second process while the search runs
    (the search itself, CP-SAT included, stays on one worker: measured fastest on these
    models, and deterministic).
    ``explain=False`` leaves ``unplaced`` empty and keeps no time for it (a regional
    sub-problem: the merge explains on the whole instance, see :mod:`.split`).
    """
    started = time.perf_counter()
    end = started + time_limit if deadline is None else min(deadline, started + time_limit)
    problem = build_problem(instance)
    # Explaining the unplaced and building the solution come after the search: keep room.
    stop = end - (0.05 + 1.5e-6 * problem.n_arcs + 3e-5 * problem.n_participants)
    run = _Run(problem=problem, seed=seed, workers=max(1, workers), deadline=stop, log=log)
    run.timings["candidates"] = time.perf_counter() - started
    diagnosis = diagnose(instance, problem=problem)

    # Out of time already (a short limit on a large or loaded run): the relaxation would end
    # after the deadline. A greedy assignment (measured 0.3-0.45x the arcs' time under load)
    # and a bound without prices.
    quick = stop - time.perf_counter() < RELAXATION_COST * run.timings["candidates"]
    if quick:
        mark = time.perf_counter()
        current = greedy(problem)
        greedy_value = flow_value = objective_of(problem, current)
        keep = np.ones(problem.n_arcs, dtype=bool)
        components: list[np.ndarray] = []
        relaxed_count, pruned, placed_by_repair = 0, 0, 0
        run.all_whole = run.all_optimal = False
        bound_result = BoundResult(
            bound=_bound_without_prices(problem),
            prices=np.zeros(problem.n_slots),
            iterations=0,
            seconds=0.0,
        )
        run.timings["greedy"] = time.perf_counter() - mark
        run.timings["explain_reserve"] = 0.0
    else:
        # Joint relaxation: an upper bound on the number of assignments and the seat prices.
        mark = time.perf_counter()
        everything = np.ones(problem.n_arcs, dtype=bool)
        flow_mask = _preselect(problem) if problem.n_arcs > FLOW_MAX_ARCS else everything
        relaxed, relaxed_value, _ = joint_flow(problem, flow_mask)
        relaxed_count = int((relaxed >= 0).sum())
        prices = slot_prices(
            problem, flow_mask, relaxed_value, relaxed, deadline=mark + 0.2 * (stop - mark)
        )
        start = relaxed.copy()
        start[_site_conflicts(problem, start)] = NONE
        run.timings["relaxation"] = time.perf_counter() - mark
        run.timings["explain_reserve"] = (
            _explain_reserve(instance, problem, start, run.workers) if explain else 0.0
        )
        run.deadline -= run.timings["explain_reserve"]
        stop = run.deadline

        mark = time.perf_counter()
        bound_job = _start_bound(
            run, prices, objective_of(problem, start), stop, relaxed, relaxed_value, flow_mask
        )
        run.timings["bound_start"] = time.perf_counter() - mark

        mark = time.perf_counter()
        keep = _prune(problem, prices, start, flow_mask)
        if problem.n_arcs <= FLOW_MAX_ARCS:
            current = greedy(problem, keep if problem.n_arcs > PRUNE_ABOVE_ARCS else None)
            greedy_value = objective_of(problem, current)
            if _key(problem, start) > _key(problem, current):
                current = start
        else:  # the greedy's Python loop over millions of arcs costs more than it brings
            current, greedy_value = start, objective_of(problem, start)
        _repair(problem, current, keep)
        keep[current[current >= 0]] = True
        pruned = int(problem.n_arcs - keep.sum())
        run.timings["greedy"] = time.perf_counter() - mark

        mark = time.perf_counter()
        flow_end = mark + FLOW_SHARE * max(0.0, stop - mark)
        current = coordinate_ascent(problem, flow_mask, current, rounds=6, deadline=flow_end)
        flow_value = objective_of(problem, current)
        keep[current[current >= 0]] = True
        run.timings["flow"] = time.perf_counter() - mark
        components = _components(problem, keep)
        mark = time.perf_counter()
        _optimise(run, keep, components, current, max(0.1, stop - mark))
        run.timings["cp_sat"] = time.perf_counter() - mark
        placed_by_repair = _repair(problem, current)

        mark = time.perf_counter()
        bound_result = _finish_bound(bound_job)
        run.timings["bound_wait"] = time.perf_counter() - mark

    chosen = current[current >= 0]
    assignments = assignments_from_arcs(problem, chosen)
    value = objective(instance, assignments)
    if run.infeasible:
        status = "infeasible"
    elif run.all_whole and run.all_optimal and not pruned and not placed_by_repair:
        status = "optimal"
    else:
        status = "feasible"
    bound = bound_result.bound
    if run.all_whole and not pruned:
        bound = min(bound, int(np.floor(run.cp_bound + problem.previous_constant + 1e-6)))
    if status == "optimal":
        bound = value
    bound = max(bound, value)

    mark = time.perf_counter()
    # Past the end the remaining half-days are listed unexplained: a time limit is a limit.
    unplaced = _explain(instance, assignments, run.workers, end - 0.05) if explain else []
    run.timings["explain"] = time.perf_counter() - mark
    run.timings["total"] = time.perf_counter() - started
    stats: dict[str, Any] = {
        "participants": problem.n_participants,
        "sites": len(instance.sites),
        "slots": problem.n_slots,
        "seats": int(problem.slot_cap.sum()),
        "arcs": problem.n_arcs,
        "arcs_kept": int(keep.sum()),
        "components": len(components),
        "largest_component": int(max((len(c) for c in components), default=0)),
        "cp_sat_models": run.models,
        "cp_sat_windows": run.windows,
        "cp_sat_optimal_models": run.optimal_models,
        "deterministic_time": round(run.deterministic_time, 3),
        "relaxed_assignments": relaxed_count,
        "greedy_objective": greedy_value,
        "flow_objective": flow_value,
        "lagrangian_bound": bound_result.bound,
        "lagrangian_iterations": bound_result.iterations,
        "placed_by_repair": placed_by_repair,
        "assigned": len(assignments),
        "unplaced": len(unplaced),
        "unexplained": sum(1 for u in unplaced if u.codes == (NOT_EXPLAINED,)),
        "previous": _previous_stats(problem, {(a.participant, a.slot) for a in assignments}),
        "seed": seed,
        "workers": run.workers,
        "time_limit": time_limit,
        "timings": {k: round(v, 3) for k, v in run.timings.items()},
    }
    return Solution(
        status=status,
        objective=value,
        bound=bound,
        assignments=tuple(assignments),
        unplaced=tuple(unplaced),
        diagnosis=diagnosis,
        stats=stats,
    )


def _bound_without_prices(problem: Problem) -> int:
    """A valid upper bound computed at once: every participant-half-day with arcs takes its
    best arc and both diversity bonuses (capacities, "never the same site twice" and the mix
    of publics ignored: each only lowers the objective)."""
    w = problem.instance.weights
    starts = problem.ph_start[:-1]
    has = np.diff(problem.ph_start) > 0
    if not has.any():
        return int(problem.previous_constant)
    best = np.maximum.reduceat(problem.arc_weight.astype(np.int64), starts[has])
    bonus = w.distinct_kind + w.distinct_channel
    return int(best.sum() + bonus * int(has.sum()) + problem.previous_constant)


def _key(problem: Problem, chosen: np.ndarray) -> tuple[int, int]:
    """Lexicographic quality of a choice vector: assignments first, then the objective."""
    return int((chosen >= 0).sum()), objective_of(problem, chosen)


# --------------------------------------------------------------------------- explanations

# Below this many participants the unplaced are explained in this process.
PARALLEL_EXPLAIN_PARTICIPANTS = 2_000
_EXPLAIN_JOB: dict[str, Any] = {}


def _explain(
    instance: Instance, assignments: list, workers: int, deadline: float | None = None
) -> list[Unplaced]:
    """:func:`explain_unplaced`, split over ``workers`` forked processes on large instances.

    Same loop as ``explain_unplaced`` (participants in order, each available half-day without
    a slot), cut into contiguous blocks of participants so that the order is kept. Past
    ``deadline`` the remaining half-days are listed unexplained (:func:`not_explained`).
    """
    n_p = len(instance.participants)
    if deadline is not None and time.perf_counter() > deadline:
        return explain_unplaced(instance, assignments, deadline=deadline)  # none explained
    if workers <= 1 or n_p < PARALLEL_EXPLAIN_PARTICIPANTS:
        return explain_unplaced(instance, assignments, deadline=deadline)
    used: dict[str, int] = defaultdict(int)
    taken: dict[str, dict[str, str]] = defaultdict(dict)
    for a in assignments:
        slot = instance.slot(a.slot)
        used[slot.id] += 1
        taken[a.participant][slot.half_day] = slot.site
    _EXPLAIN_JOB.update(
        instance=instance,
        used=used,
        taken=taken,
        context=HalfDayContext(instance),
        deadline=deadline,
    )
    cuts = np.linspace(0, n_p, workers + 1).astype(int).tolist()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            blocks = pool.map(_explain_block, list(zip(cuts[:-1], cuts[1:], strict=True)))
    except OSError:
        blocks = [_explain_block((0, n_p))]
    finally:
        _EXPLAIN_JOB.clear()
    return [u for block in blocks for u in block]


def _explain_reserve(
    instance: Instance, problem: Problem, chosen: np.ndarray, workers: int
) -> float:
    """Seconds to keep for explaining the unplaced, timed on a sample of them (load-aware)."""
    n_h = problem.n_half_days
    holes = np.flatnonzero((chosen < 0) & problem.part_avail.ravel())
    if holes.size < 200:
        return 0.05
    context = HalfDayContext(instance)
    sample = holes[:: max(1, holes.size // 40)]
    mark = time.perf_counter()
    for k in sample.tolist():
        participant = instance.participants[k // n_h]
        context.classify(participant, instance.half_days[k % n_h], used={}, visited_sites=set())
    per_call = (time.perf_counter() - mark) / sample.size
    parallel = workers if len(instance.participants) >= PARALLEL_EXPLAIN_PARTICIPANTS else 1
    # Two processes measured about 1.6x faster than one on a loaded two-core machine.
    speedup = 1 + 0.6 * (max(1, min(parallel, 4)) - 1)
    return 0.2 + 1.3 * per_call * holes.size / speedup


def _explain_block(bounds: tuple[int, int]) -> list[Unplaced]:
    job = _EXPLAIN_JOB
    return explain_block(
        job["context"],
        job["instance"].participants[bounds[0] : bounds[1]],
        job["used"],
        job["taken"],
        job.get("deadline"),
    )


# --------------------------------------------------------------------------- bound


_BOUND_JOB: dict[str, Any] = {}


def _bound_task() -> BoundResult:
    job = dict(_BOUND_JOB)
    relaxed, value, within = job.pop("relaxed"), job.pop("value"), job.pop("within")
    if not within.all():
        # The relaxation saw a preselection: its prices ignore the other arcs. Prices made
        # consistent with every arc are usually much better (any prices give a valid bound).
        started = time.perf_counter()
        everything = np.ones_like(within)
        full = slot_prices(
            job["problem"], everything, value, relaxed, deadline=started + 0.4 * job["time_limit"]
        )
        first = lagrangian_bound(**{**job, "prices": full, "max_iterations": 1})
        job["time_limit"] -= time.perf_counter() - started
        if first.bound < lagrangian_bound(**{**job, "max_iterations": 1}).bound:
            job["prices"] = full
    return lagrangian_bound(**job)


def _start_bound(
    run: _Run,
    prices: np.ndarray,
    lower: int,
    stop: float,
    relaxed: np.ndarray,
    value: np.ndarray,
    within: np.ndarray,
) -> Any:
    """Start the Lagrangian bound from ``prices``: in a forked process when workers > 1.

    Returns either a finished :class:`BoundResult` or ``(pool, async result, arguments)``.
    The child only computes the bound: the search never depends on it (determinism).
    """
    budget = max(0.2, 0.5 * (stop - time.perf_counter()))
    kwargs = {
        "problem": run.problem,
        "lower": lower,
        "max_iterations": BOUND_ITERATIONS,
        "time_limit": budget,
        "prices": prices,
    }
    if run.workers > 1 and run.problem.n_arcs >= PARALLEL_BOUND_ARCS:
        try:
            context = multiprocessing.get_context("fork")
            _BOUND_JOB.clear()
            _BOUND_JOB.update(kwargs, relaxed=relaxed, value=value, within=within)
            pool = context.Pool(1)
            return pool, pool.apply_async(_bound_task), {**kwargs, "stop": stop}
        except (OSError, ValueError):
            _BOUND_JOB.clear()
    kwargs["max_iterations"] = 1 if run.problem.n_arcs > PRUNE_ABOVE_ARCS else BOUND_ITERATIONS
    return lagrangian_bound(**kwargs)


def _finish_bound(job: Any) -> BoundResult:
    if isinstance(job, BoundResult):
        return job
    pool, pending, kwargs = job
    try:
        return pending.get(timeout=max(1.0, kwargs["stop"] - time.perf_counter()))
    except Exception:  # noqa: BLE001 - the child failed: compute one bound here
        kwargs.pop("stop")
        kwargs["max_iterations"] = 1
        return lagrangian_bound(**kwargs)
    finally:
        pool.terminate()
        _BOUND_JOB.clear()


def _previous_stats(problem: Problem, kept_pairs: set[tuple[str, str]]) -> dict[str, Any]:
    instance = problem.instance
    valid = problem.valid_previous
    kept = [p for p in valid if (p.participant, p.slot) in kept_pairs]
    per_slot: dict[str, int] = {}
    for pair in valid:
        per_slot[pair.slot] = per_slot.get(pair.slot, 0) + 1
    reduced = [
        {"slot": slot_id, "previous": n, "capacity": instance.slot(slot_id).capacity}
        for slot_id, n in per_slot.items()
        if n > instance.slot(slot_id).capacity
    ]
    return {
        "given": len(instance.previous),
        "kept": len(kept),
        "dropped": [
            {"participant": p.participant, "slot": p.slot}
            for p in valid
            if (p.participant, p.slot) not in kept_pairs
        ],
        "impossible": list(problem.obsolete_previous),
        "capacity_reduced": reduced,
    }


# --------------------------------------------------------------------------- pruning


def _preselect(problem: Problem) -> np.ndarray:
    """Arcs the flows see on very large instances (the full list is too slow to flow).

    Per participant-half-day: the best arcs by weight (then the nearest), the arcs to the
    least demanded seats (expected demand per seat, each participant-half-day spreading one
    unit over its arcs), pins, previous pairs, and every arc of a maximum flow of the
    relaxation without "same site twice", so that the selection never lowers that count.
    """
    n_h, n_s = problem.n_half_days, problem.n_slots
    ph = problem.arc_p * n_h + problem.arc_h
    degree = np.diff(problem.ph_start)[ph]
    demand = np.bincount(problem.arc_s, weights=1.0 / degree, minlength=n_s)
    pressure = demand / np.maximum(problem.slot_cap, 1e-3)
    km = np.nan_to_num(problem.arc_km.astype(float), nan=0.0)
    best = int(problem.arc_weight.max(initial=0))
    # Arcs are sorted by participant-half-day: rank inside each by an integer key.
    by_value = (best - problem.arc_weight) * 100_000 + np.minimum(km * 10, 99_999).astype(np.int64)
    by_room = np.minimum(pressure[problem.arc_s] * 1000, 2**30).astype(np.int64)
    keep = problem.arc_pin | problem.arc_prev
    first = problem.ph_start[ph]
    for key in (by_value, by_room):
        order = np.argsort(ph * 2**31 + key, kind="stable")
        rank = np.empty(problem.n_arcs, dtype=np.int64)
        rank[order] = np.arange(problem.n_arcs) - first[order]
        keep |= rank < KEEP_PRESELECTED
    keep[_max_flow_arcs(problem)] = True
    return keep


def _max_flow_arcs(problem: Problem) -> np.ndarray:
    """Arcs of a maximum flow source → participant-half-day → slot → sink (all arcs)."""
    n_ph, n_s = problem.n_participants * problem.n_half_days, problem.n_slots
    ph = problem.arc_p * problem.n_half_days + problem.arc_h
    source, sink = n_ph + n_s, n_ph + n_s + 1
    flow = max_flow.SimpleMaxFlow()
    flow.add_arcs_with_capacity(
        np.concatenate([ph, np.full(n_ph, source), n_ph + np.arange(n_s)]),
        np.concatenate([n_ph + problem.arc_s, np.arange(n_ph), np.full(n_s, sink)]),
        np.concatenate(
            [np.ones(problem.n_arcs + n_ph, dtype=np.int64), problem.slot_cap.astype(np.int64)]
        ),
    )
    if flow.solve(source, sink) != flow.OPTIMAL:
        return np.zeros(0, dtype=np.int64)
    flows = np.asarray(flow.flows(np.arange(problem.n_arcs)))
    return np.flatnonzero(flows > 0)


def _prune(
    problem: Problem, prices: np.ndarray, current: np.ndarray, within: np.ndarray
) -> np.ndarray:
    """Mask of the arcs given to CP-SAT (all of them on small instances), among ``within``."""
    n = problem.n_arcs
    if n <= PRUNE_ABOVE_ARCS:
        return within.copy()
    sub = np.flatnonzero(within)
    arc_s = problem.arc_s[sub]
    ph = problem.arc_p[sub] * problem.n_half_days + problem.arc_h[sub]
    km = np.nan_to_num(problem.arc_km[sub].astype(float), nan=0.0)
    score = problem.arc_weight[sub] - prices[arc_s] - 1e-3 * km
    group = problem.slot_kind[arc_s] * len(CHANNELS) + problem.slot_channel[arc_s]
    idx = np.arange(sub.size)

    order = np.lexsort((idx, -score, ph))
    first = np.searchsorted(ph[order], ph[order], side="left")
    rank = np.empty(sub.size, dtype=np.int64)
    rank[order] = idx - first
    chosen = rank < KEEP_PER_HALF_DAY

    gkey = ph * (len(SITE_KINDS) * len(CHANNELS)) + group
    order = np.lexsort((idx, -score, gkey))
    first = np.searchsorted(gkey[order], gkey[order], side="left")
    rank[order] = idx - first
    chosen |= rank < KEEP_PER_GROUP
    keep = np.zeros(n, dtype=bool)
    keep[sub[chosen]] = True
    keep |= problem.arc_prev | problem.arc_pin
    keep[current[current >= 0]] = True
    return keep


# --------------------------------------------------------------------------- components


def _components(problem: Problem, keep: np.ndarray) -> list[np.ndarray]:
    """Participants of each connected component of the kept arcs (participants with arcs)."""
    n_p, n_s = problem.n_participants, problem.n_slots
    parent = np.arange(n_p + n_s)
    arc_p, arc_s = problem.arc_p[keep], problem.arc_s[keep] + n_p
    # Label propagation with pointer jumping: converges in O(log diameter) rounds.
    while True:
        lab_p, lab_s = parent[arc_p], parent[arc_s]
        low = np.minimum(lab_p, lab_s)
        new = parent.copy()
        np.minimum.at(new, lab_p, low)
        np.minimum.at(new, lab_s, low)
        new = new[new]
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, parent):
            break
        parent = new
    has_arc = np.zeros(n_p, dtype=bool)
    has_arc[arc_p] = True
    members = np.flatnonzero(has_arc)
    labels = parent[members]
    order = np.lexsort((members, labels))
    members, labels = members[order], labels[order]
    cuts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]])
    return [members[a:b] for a, b in zip(cuts, np.r_[cuts[1:], members.size], strict=True)]


# --------------------------------------------------------------------------- optimisation


def _optimise(
    run: _Run,
    keep: np.ndarray,
    components: list[np.ndarray],
    current: np.ndarray,
    seconds: float,
) -> None:
    problem = run.problem
    arcs_per_part = np.bincount(problem.arc_p[keep], minlength=problem.n_participants)
    sizes = [int(arcs_per_part[c].sum()) for c in components]
    total_arcs = max(1, sum(sizes))
    # Pack small components into models of bounded size, in a stable order.
    batches: list[list[int]] = []
    big: list[int] = []
    batch: list[int] = []
    batch_arcs = 0
    for i, size in enumerate(sizes):
        if size > MAX_MODEL_ARCS:
            big.append(i)
            continue
        if batch and batch_arcs + size > MAX_MODEL_ARCS:
            batches.append(batch)
            batch, batch_arcs = [], 0
        batch.append(i)
        batch_arcs += size
    if batch:
        batches.append(batch)

    # Building the models takes wall-clock time that the deterministic limits do not count.
    budget = max(0.05, 0.85 * seconds - 0.1)
    for batch in batches:
        if time.perf_counter() > run.deadline:  # out of time: the rest keeps its flow choice
            run.all_optimal = False
            break
        parts = np.concatenate([components[i] for i in batch])
        share = budget * sum(sizes[i] for i in batch) / total_arcs
        _solve_window(run, np.sort(parts), keep, current, share, whole=True)
    if big:
        run.all_whole = False
    for i in big:
        share = budget * sizes[i] / total_arcs
        _improve_by_windows(run, components[i], keep, current, share, arcs_per_part)


def _windows(
    problem: Problem, parts: np.ndarray, weight: np.ndarray, max_arcs: int, rotate: bool
) -> list[np.ndarray]:
    """Recursive coordinate bisection of participants into windows of at most max_arcs."""
    lat = problem.part_lat[parts].copy()
    lon = problem.part_lon[parts].copy()
    missing = np.isnan(lat)
    if missing.any():
        lat[missing] = np.nanmean(lat) if (~missing).any() else 0.0
        lon[missing] = np.nanmean(lon) if (~missing).any() else 0.0
    x = lon * np.cos(np.radians(np.nanmean(lat) if lat.size else 0.0))
    y = lat
    if rotate:
        x, y = x + y, x - y
    result: list[np.ndarray] = []
    stack = [np.arange(parts.size)]
    while stack:
        idx = stack.pop()
        if idx.size <= 1 or weight[parts[idx]].sum() <= max_arcs:
            result.append(np.sort(parts[idx]))
            continue
        xs, ys = x[idx], y[idx]
        coord = xs if np.ptp(xs) >= np.ptp(ys) else ys
        order = idx[np.lexsort((parts[idx], coord))]
        cumulative = np.cumsum(weight[parts[order]])
        cut = int(np.searchsorted(cumulative, cumulative[-1] / 2)) + 1
        cut = min(max(cut, 1), order.size - 1)
        stack.append(order[cut:])
        stack.append(order[:cut])
    return result


def _improve_by_windows(
    run: _Run,
    parts: np.ndarray,
    keep: np.ndarray,
    current: np.ndarray,
    budget: float,
    arcs_per_part: np.ndarray,
) -> None:
    problem = run.problem
    plans = [
        (WINDOW_ARCS, False),
        (int(WINDOW_ARCS * 1.4), True),
        (int(WINDOW_ARCS * 0.8), False),
        (int(WINDOW_ARCS * 1.2), True),
    ]
    shares = [0.4, 0.3, 0.2, 0.1]
    total = float(arcs_per_part[parts].sum())
    for (max_arcs, rotate), share in zip(plans, shares, strict=True):
        windows = _windows(problem, parts, arcs_per_part, max_arcs, rotate)
        for window in windows:
            if time.perf_counter() > run.deadline:
                return
            part_budget = budget * share * float(arcs_per_part[window].sum()) / total
            _solve_window(run, window, keep, current, part_budget, whole=False)


def _group_starts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sort order, group starts and group sizes of ``keys``."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, keys.size])
    return order, starts, sizes


def _add_hard_constraints(
    model: cp_model.CpModel, x: list, problem: Problem, arcs: np.ndarray, residual: np.ndarray
) -> None:
    """One slot per participant and half-day, never the same site twice, capacity, pins."""
    n_h, n_sites = problem.n_half_days, len(problem.instance.sites)
    ap, ah, asl = problem.arc_p[arcs], problem.arc_h[arcs], problem.arc_s[arcs]
    site = problem.slot_site[asl]
    # One slot per participant and half-day (arcs are sorted by participant, half-day).
    order, starts, sizes = _group_starts(ap * n_h + ah)
    for g in np.flatnonzero(sizes > 1).tolist():
        model.add_at_most_one([x[i] for i in order[starts[g] : starts[g] + sizes[g]].tolist()])
    # Never the same site twice.
    order, starts, sizes = _group_starts(ap * n_sites + site)
    h_sorted = ah[order]
    multi_h = np.maximum.reduceat(h_sorted, starts) != np.minimum.reduceat(h_sorted, starts)
    for g in np.flatnonzero(multi_h).tolist():
        model.add_at_most_one([x[i] for i in order[starts[g] : starts[g] + sizes[g]].tolist()])
    # Capacity (what fixed participants leave).
    order, starts, sizes = _group_starts(asl)
    room = residual[asl[order[starts]]]
    for g in np.flatnonzero(sizes > room).tolist():
        members = order[starts[g] : starts[g] + sizes[g]].tolist()
        model.add(sum(x[i] for i in members) <= int(room[g]))
    # Pins.
    for i in np.flatnonzero(problem.arc_pin[arcs]).tolist():
        model.add(x[i] == 1)


def _count_first(
    run: _Run,
    problem: Problem,
    arcs: np.ndarray,
    residual: np.ndarray,
    hint_x: np.ndarray,
    seconds: float,
) -> np.ndarray | None:
    """Most assignments for a whole model (CP-SAT, hinted), when it beats the hint; else None."""
    model = cp_model.CpModel()
    x = [model.new_bool_var("") for _ in range(arcs.size)]
    _add_hard_constraints(model, x, problem, arcs, residual)
    model.maximize(cp_model.LinearExpr.sum(x))
    for var, value in zip(x, hint_x.tolist(), strict=True):
        model.add_hint(var, value)
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = 1
    params.random_seed = run.seed
    params.linearization_level = 2
    params.max_deterministic_time = max(0.05, seconds * DETERMINISTIC_PER_SECOND)
    params.max_time_in_seconds = max(0.05, min(run.deadline - time.perf_counter(), 2 * seconds))
    status = solver.solve(model)
    run.deterministic_time += solver.deterministic_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    if solver.objective_value <= hint_x.sum():
        return None
    return np.asarray(list(solver.response_proto.solution), dtype=bool)[: arcs.size]


def _solve_window(
    run: _Run,
    parts: np.ndarray,
    keep: np.ndarray,
    current: np.ndarray,
    seconds: float,
    *,
    whole: bool,
) -> None:
    """Re-optimise the participants ``parts`` (sorted) with everybody else fixed."""
    problem = run.problem
    w = problem.instance.weights
    n_h, n_s = problem.n_half_days, problem.n_slots
    n_cat = problem.slot_forbid.shape[1]
    is_free = np.zeros(problem.n_participants, dtype=bool)
    is_free[parts] = True
    lo = problem.ph_start[parts * n_h]
    hi = problem.ph_start[(parts + 1) * n_h]
    arcs = ranges(lo, hi)
    arcs = arcs[keep[arcs]]
    if arcs.size == 0:
        return
    run.models += 1
    run.windows += 0 if whole else 1

    cur = current[current >= 0]
    fixed = cur[~is_free[problem.arc_p[cur]]]
    used = np.bincount(problem.arc_s[fixed], minlength=n_s)
    ext = np.bincount(
        problem.arc_s[fixed] * n_cat + problem.part_cat[problem.arc_p[fixed]],
        minlength=n_s * n_cat,
    )
    residual = problem.slot_cap - used
    hint = np.zeros(problem.n_arcs, dtype=bool)
    hint[cur] = True
    hint_x = hint[arcs]
    # Whole small models: first the most assignments (the flows can miss a few, the same-site
    # rule coupling half-days), with a share of the budget; the weighted model then keeps them.
    at_least, hint_changed = 0, False
    if whole and arcs.size <= COUNT_FIRST_ARCS:
        better = _count_first(run, problem, arcs, residual, hint_x, COUNT_FIRST_SHARE * seconds)
        if better is not None:
            hint_x, at_least, hint_changed = better, int(better.sum()), True
            seconds *= 1 - COUNT_FIRST_SHARE

    ap = problem.arc_p[arcs]
    asl = problem.arc_s[arcs]
    ah = problem.arc_h[arcs]
    site = problem.slot_site[asl]
    coef = problem.arc_weight[arcs].astype(np.int64)
    # Constant part of "dropped previous pairs": each kept one earns its weight back (in coef).
    offset = -w.dropped_previous * int(_valid_previous_count(problem)[parts].sum())

    model = cp_model.CpModel()
    x = [model.new_bool_var("") for _ in range(arcs.size)]
    extra_vars: list[Any] = []
    extra_coef: list[int] = []
    extra_hint: list[bool] = []

    def bonus_groups(keys: np.ndarray, bonus: int) -> None:
        if bonus == 0:
            return
        order, starts, sizes = _group_starts(keys)
        h_sorted, site_sorted = ah[order], site[order]
        multi_h = np.maximum.reduceat(h_sorted, starts) != np.minimum.reduceat(h_sorted, starts)
        multi_site = np.maximum.reduceat(site_sorted, starts) != np.minimum.reduceat(
            site_sorted, starts
        )
        needs_var = multi_h & multi_site & (sizes > 1)
        fold = np.repeat(~needs_var, sizes)
        coef[order[fold]] += bonus
        for g in np.flatnonzero(needs_var).tolist():
            members = order[starts[g] : starts[g] + sizes[g]].tolist()
            y = model.new_bool_var("")
            model.add_bool_or([x[i] for i in members]).only_enforce_if(y)
            extra_vars.append(y)
            extra_coef.append(bonus)
            extra_hint.append(bool(hint_x[members].any()))

    bonus_groups(ap * len(SITE_KINDS) + problem.slot_kind[asl], w.distinct_kind)
    bonus_groups(ap * len(CHANNELS) + problem.slot_channel[asl], w.distinct_channel)

    # Mix of publics: every observer of a category beyond the first one in a slot costs.
    if w.mix_penalty:
        mkey = asl * n_cat + problem.part_cat[ap]
        order, starts, sizes = _group_starts(mkey)
        gkey = mkey[order[starts]]
        external = ext[gkey]
        room = residual[gkey // n_cat]
        linear = external >= 1
        with_var = (~linear) & (sizes >= 2) & (room >= 2)
        coef[order[np.repeat(linear | with_var, sizes)]] -= w.mix_penalty
        for g in np.flatnonzero(with_var).tolist():
            members = order[starts[g] : starts[g] + sizes[g]].tolist()
            u = model.new_bool_var("")
            model.add_bool_or([x[i] for i in members]).only_enforce_if(u)
            extra_vars.append(u)
            extra_coef.append(w.mix_penalty)
            extra_hint.append(bool(hint_x[members].any()))

    _add_hard_constraints(model, x, problem, arcs, residual)
    if hint_changed:
        # The count model found more assignments than the flows: keep them (lexicographic).
        model.add(cp_model.LinearExpr.sum(x) >= at_least)

    all_vars = x + extra_vars
    all_coef = coef.tolist() + extra_coef
    model.maximize(cp_model.LinearExpr.weighted_sum(all_vars, all_coef) + offset)
    hint_values = hint_x.tolist() + extra_hint
    for var, value in zip(all_vars, hint_values, strict=True):
        model.add_hint(var, value)
    hint_value = int(np.dot(all_coef, np.asarray(hint_values, dtype=np.int64))) + offset

    remaining = max(0.05, run.deadline - time.perf_counter())
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = run.workers
    params.random_seed = run.seed
    params.max_deterministic_time = max(0.05, seconds * DETERMINISTIC_PER_SECOND)
    params.max_time_in_seconds = max(0.05, min(remaining, 3 * seconds + 1.0))
    if run.workers > 1:
        params.interleave_search = True
    for key, value in TUNING.items():
        setattr(params, key, value)
    params.log_search_progress = run.log
    status = solver.solve(model)
    run.deterministic_time += solver.deterministic_time

    if status == cp_model.INFEASIBLE:
        run.infeasible = True
        run.all_optimal = False
        return
    if whole:
        run.cp_bound += solver.best_objective_bound - offset
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        run.all_optimal = False
        return
    if status == cp_model.OPTIMAL:
        run.optimal_models += 1
    else:
        run.all_optimal = False
    if solver.objective_value < hint_value:
        return
    values = np.asarray(list(solver.response_proto.solution), dtype=bool)[: arcs.size]
    if values.sum() < hint_x.sum():
        # Assignments come first: a better objective with fewer assignments is not taken
        # (a constraint "at least as many" measured 1.6x slower to prove optimality).
        run.all_optimal = False
        return
    current[(parts[:, None] * n_h + np.arange(n_h)[None, :]).ravel()] = NONE
    picked = arcs[values]
    current[problem.arc_p[picked] * n_h + problem.arc_h[picked]] = picked


def _valid_previous_count(problem: Problem) -> np.ndarray:
    cached = getattr(problem, "_valid_previous_count", None)
    if cached is None:
        index = {p.id: i for i, p in enumerate(problem.instance.participants)}
        cached = np.bincount(
            [index[p.participant] for p in problem.valid_previous],
            minlength=problem.n_participants,
        ).astype(np.int64)
        object.__setattr__(problem, "_valid_previous_count", cached)
    return cached


# --------------------------------------------------------------------------- repair


def _repair(
    problem: Problem,
    current: np.ndarray,
    mask: np.ndarray | None = None,
    deadline: float | None = None,
) -> int:
    """Place unplaced participant-half-days where the arc list (or ``mask``) has a free seat
    (participants in order, until ``deadline`` if given)."""
    n_h = problem.n_half_days
    used = np.bincount(problem.arc_s[current[current >= 0]], minlength=problem.n_slots)
    placed = 0
    for p in range(problem.n_participants):
        if deadline is not None and p % 64 == 0 and time.perf_counter() > deadline:
            break
        for h in range(n_h):
            if current[p * n_h + h] != NONE:
                continue
            sl = problem.arcs_of(p, h)
            if sl.start == sl.stop:
                continue
            idx = np.arange(sl.start, sl.stop)
            if mask is not None:
                idx = idx[mask[sl]]
            s = problem.arc_s[idx]
            others = current[p * n_h : (p + 1) * n_h]
            visited = problem.slot_site[problem.arc_s[others[others >= 0]]]
            ok = (used[s] < problem.slot_cap[s]) & ~np.isin(problem.slot_site[s], visited)
            if not ok.any():
                continue
            best = idx[ok][np.argmax(problem.arc_weight[idx[ok]])]
            current[p * n_h + h] = best
            used[problem.arc_s[best]] += 1
            placed += 1
    return placed
