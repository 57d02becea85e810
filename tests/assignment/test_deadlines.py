"""A time limit is a limit: every phase of a solve — regions, merge, border repair,
explanations — stops at the deadline it is given and still returns a feasible assignment.

No test measures wall time: each passes a deadline already over (or a budget too small for a
step) and checks that the phases returned early with a valid result."""

from __future__ import annotations

import time

import numpy as np

from immersion.assignment import (
    Assignment,
    check_assignment,
    explain_unplaced,
    load_instance,
    objective,
    solve,
)
from immersion.assignment.candidates import build_problem
from immersion.assignment.explain import NOT_EXPLAINED, NOT_EXPLAINED_TEXT
from immersion.assignment.flow import coordinate_ascent
from immersion.assignment.greedy import greedy
from immersion.assignment.model import Instance
from immersion.assignment.split import (
    _keep_within_capacity,
    _solve_border,
    merge_reserve,
    merge_solutions,
    solve_split,
    split_instance,
)
from tests.assignment.builders import instance, person, site, slot
from tests.assignment.test_split import CITIES, clustered


def past() -> float:
    return time.perf_counter() - 1.0


def holes(inst, assignments) -> set[tuple[str, str]]:
    slots = {s.id: s for s in inst.slots}
    placed = {(a.participant, slots[a.slot].half_day) for a in assignments}
    return {(p.id, h) for p in inst.participants for h in p.available} - placed


def cut_city(seed: int = 5):
    """One city, one reach component cut by a line: the regions share border seats."""
    inst = clustered(seed, {"rennes": CITIES["rennes"]}, people=40, sites=12)
    split = split_instance(inst, 2)
    assert not split.exact
    return inst, split


def test_a_solve_past_its_deadline_still_returns_a_feasible_assignment():
    inst = clustered(1, CITIES)
    solution = solve(inst, time_limit=30, deadline=past())
    assert check_assignment(inst, list(solution.assignments)) == []
    assert solution.assignments  # the greedy and the flows still place people
    assert solution.status != "optimal"  # CP-SAT was not given its models
    assert solution.bound >= solution.objective == objective(inst, list(solution.assignments))
    # Every hole is listed, unexplained: the deadline came first.
    assert {(u.participant, u.half_day) for u in solution.unplaced} == holes(
        inst, solution.assignments
    )
    assert all(u.codes == (NOT_EXPLAINED,) for u in solution.unplaced)
    assert all(u.reasons == (NOT_EXPLAINED_TEXT,) for u in solution.unplaced)


def test_out_of_time_the_solver_takes_the_greedy_under_a_valid_bound():
    for seed in (1, 2):
        inst = clustered(seed, CITIES)
        best = solve(inst, time_limit=20, seed=0)
        assert best.status == "optimal"
        quick = solve(inst, time_limit=20, deadline=past(), explain=False)
        assert quick.stats["timings"].keys() >= {"candidates", "greedy"}
        assert "relaxation" not in quick.stats["timings"]  # skipped: no time for it
        assert quick.bound >= best.objective >= quick.objective > 0
        assert check_assignment(inst, list(quick.assignments)) == []


def test_explanations_stop_at_their_deadline_and_list_every_hole():
    inst = clustered(2, CITIES)
    full = explain_unplaced(inst, [])
    late = explain_unplaced(inst, [], deadline=past())
    assert [(u.participant, u.half_day) for u in late] == [
        (u.participant, u.half_day) for u in full
    ]
    assert {u.codes for u in late} == {(NOT_EXPLAINED,)}
    assert NOT_EXPLAINED not in {c for u in full for c in u.codes}
    # A deadline far away changes nothing.
    assert explain_unplaced(inst, [], deadline=time.perf_counter() + 3600) == full


def test_the_merge_past_its_deadline_keeps_the_regional_assignments_within_capacity():
    inst, split = cut_city(5)
    solutions = [solve(r.instance, time_limit=5, seed=5, explain=False) for r in split.regions]
    merged = merge_solutions(inst, split, solutions, repair_seconds=60, deadline=past())
    assignments = list(merged.assignments)
    assert check_assignment(inst, assignments) == []
    repair = merged.stats["border_repair"]
    assert repair["steps"] == []  # the repair returned at once
    assert repair["budget"] == 0
    # What is kept: the regional assignments without the excess of the over-full slots.
    every = [a for s in solutions for a in s.assignments]
    assert set(assignments) <= set(every)
    assert len(assignments) == len(
        _keep_within_capacity(inst, split, every, set(_over(inst, every)))
    )
    assert merged.stats["unexplained"] == len(merged.unplaced)
    assert {(u.participant, u.half_day) for u in merged.unplaced} == holes(inst, assignments)


def _over(inst, assignments) -> list[str]:
    used: dict[str, int] = {}
    for a in assignments:
        used[a.slot] = used.get(a.slot, 0) + 1
    return [slot for slot, n in used.items() if n > inst.slot(slot).capacity]


def test_an_over_full_slot_keeps_the_participant_of_the_region_owning_its_site():
    data = instance(
        [site("w", lat=48.0, lon=-1.9), site("e", "cpam", "Cpam", lat=48.0, lon=-1.5)],
        [slot("w1", "w", capacity=1), slot("e1", "e", capacity=1)],
        [
            person("a", lat=48.0, lon=-1.85, max_km=40, available=["matin"]),
            person("b", lat=48.0, lon=-1.55, max_km=40, available=["matin"]),
        ],
    )
    inst = load_instance(data)
    split = split_instance(inst, 2)
    home = {r.index: r for r in split.regions}
    owner_of_w = next(i for i, r in home.items() if "w" in r.own_sites)
    own = next(p for p in home[owner_of_w].participants)
    both = [Assignment("a", "w1"), Assignment("b", "w1")]
    kept = _keep_within_capacity(inst, split, both, {"w1"})
    assert kept == [Assignment(own, "w1")]


def test_the_border_repair_stops_at_its_budget_from_a_feasible_start():
    inst, split = cut_city(6)
    solutions = [solve(r.instance, time_limit=5, seed=6, explain=False) for r in split.regions]
    generous = merge_solutions(inst, split, solutions, repair_seconds=30)
    steps = [s.split()[0] for s in generous.stats["border_repair"]["steps"]]
    assert steps[:2] == ["arcs", "fill"]
    # A budget smaller than the expected cost of building the repair's arcs: the start is
    # returned as it is, with no step run.
    chosen = {p for r in split.regions for p in r.border}
    sub = split.regions[0].instance
    start = [a for a in solutions[0].assignments if a.participant in chosen]
    sub_inst = _restricted(sub, chosen)
    start = [a for a in start if sub_inst.has_participant(a.participant)]
    fixed, steps = _solve_border(sub_inst, time.perf_counter() + 0.01, 0, start, build=1.0)
    assert (fixed, steps) == (start, [])
    # With time: the steps run, and the result never has fewer assignments than the start.
    fixed, steps = _solve_border(sub_inst, time.perf_counter() + 30, 0, start, build=0.0)
    assert check_assignment(sub_inst, fixed) == []
    assert len(fixed) >= len(start)


def _restricted(sub, chosen):
    return Instance(
        half_days=sub.half_days,
        sites=sub.sites,
        slots=sub.slots,
        participants=tuple(p for p in sub.participants if p.id in chosen),
        weights=sub.weights,
        travel_budgets=sub.travel_budgets,
    )


def test_the_ascent_does_not_start_a_step_that_would_end_after_its_deadline():
    inst = clustered(3, CITIES)
    problem = build_problem(inst)
    start = greedy(problem)
    everything = np.ones(problem.n_arcs, dtype=bool)
    unchanged = coordinate_ascent(
        problem, everything, start, deadline=time.perf_counter() + 5, first_step=60
    )
    assert np.array_equal(unchanged, start)


def test_a_split_solve_past_its_deadline_returns_early_with_a_feasible_assignment():
    inst = clustered(7, {"rennes": CITIES["rennes"]}, people=60, sites=15)
    solution = solve_split(inst, parts=2, processes=1, time_limit=30, deadline=past())
    assignments = list(solution.assignments)
    assert check_assignment(inst, assignments) == []
    assert solution.stats["split_exact"] is False
    assert solution.stats["border_repair"]["steps"] == []
    assert solution.stats["unexplained"] == len(solution.unplaced) > 0
    assert {(u.participant, u.half_day) for u in solution.unplaced} == holes(inst, assignments)


def test_the_regions_end_early_enough_for_the_merge():
    inst, split = cut_city(8)
    reserve = merge_reserve(inst, split, 60, 2)
    assert reserve["repair"] == 4.8  # the border repair's share of the time limit
    assert reserve["merging"] > 0 and reserve["explaining"] > 0
    assert reserve["total"] == round(
        reserve["merging"] + reserve["explaining"] + reserve["repair"], 3
    )
    # Two processes, a short limit: each region's own deadline leaves the merge its reserve.
    solution = solve_split(inst, parts=2, processes=2, time_limit=4, seed=1)
    assert check_assignment(inst, list(solution.assignments)) == []
    assert solution.stats["timings"]["merge_reserve"]["total"] > 0
    assert solution.stats["unexplained"] == 0  # a small instance is explained in time
