"""Block coordinate ascent by min-cost flow: re-solve one half-day exactly, the others fixed.

With the assignments of every other half-day fixed, the objective restricted to one half-day
is linear: an arc earns its weight, plus the kind (channel) bonus when that kind (channel) is
not already visited on another half-day, arcs at an already visited site are excluded, and the
mix-of-publics penalty is exact on a network where participants reach a slot through a
(slot, category) node whose first unit is free and whose next units cost the penalty. A
min-cost flow thus gives the best assignment of that half-day; cycling over the half-days
never lowers the objective.
"""

from __future__ import annotations

import numpy as np
from ortools.graph.python import min_cost_flow

from immersion.assignment.candidates import Problem
from immersion.assignment.greedy import NONE


def best_response(problem: Problem, arc_mask: np.ndarray, chosen: np.ndarray, h: int) -> bool:
    """Re-assign half-day ``h`` optimally given the others (in place); True when solved."""
    w = problem.instance.weights
    n_p, n_h, n_s = problem.n_participants, problem.n_half_days, problem.n_slots
    n_cat = problem.slot_forbid.shape[1]
    arcs = np.flatnonzero(arc_mask & (problem.arc_h == h))
    ap, asl = problem.arc_p[arcs], problem.arc_s[arcs]
    value = problem.arc_weight[arcs].astype(np.int64)
    kind_new = np.ones(arcs.size, dtype=bool)
    channel_new = np.ones(arcs.size, dtype=bool)
    allowed = np.ones(arcs.size, dtype=bool)
    for other in range(n_h):
        if other == h:
            continue
        fixed = chosen[ap * n_h + other]
        has = fixed >= 0
        fixed_slot = problem.arc_s[np.where(has, fixed, 0)]
        kind_new &= ~(has & (problem.slot_kind[fixed_slot] == problem.slot_kind[asl]))
        channel_new &= ~(has & (problem.slot_channel[fixed_slot] == problem.slot_channel[asl]))
        allowed &= ~(has & (problem.slot_site[fixed_slot] == problem.slot_site[asl]))
    arcs, ap, asl = arcs[allowed], ap[allowed], asl[allowed]
    value = value[allowed] + w.distinct_kind * kind_new[allowed]
    value += w.distinct_channel * channel_new[allowed]
    pins = problem.arc_pin[arcs]
    value[pins] += 10 * int(value.max(initial=0)) + 1
    if arcs.size == 0:
        chosen[np.arange(n_p) * n_h + h] = NONE
        return True

    ph_nodes, ph_index = np.unique(ap, return_inverse=True)
    n_ph = ph_nodes.size
    mix_key = asl * n_cat + problem.part_cat[ap]
    mix_nodes, mix_index = np.unique(mix_key, return_inverse=True)
    n_mix = mix_nodes.size
    mix_slot = mix_nodes // n_cat
    # Nodes: participant-half-days, (slot, category), slots, sink.
    mix0, slot0 = n_ph, n_ph + n_mix
    sink = slot0 + n_s
    big = n_ph + 1
    tails = np.concatenate(
        [ph_index, mix0 + np.arange(n_mix), mix0 + np.arange(n_mix), slot0 + np.arange(n_s)]
    )
    heads = np.concatenate(
        [mix0 + mix_index, slot0 + mix_slot, slot0 + mix_slot, np.full(n_s, sink)]
    )
    capacities = np.concatenate(
        [
            np.ones(arcs.size, dtype=np.int64),
            np.ones(n_mix, dtype=np.int64),
            np.full(n_mix, big, dtype=np.int64),
            problem.slot_cap,
        ]
    )
    costs = np.concatenate(
        [
            -value,
            np.zeros(n_mix, dtype=np.int64),
            np.full(n_mix, w.mix_penalty, dtype=np.int64),
            np.zeros(n_s, dtype=np.int64),
        ]
    )
    # Staying unplaced: straight to the sink at no cost.
    tails = np.concatenate([tails, np.arange(n_ph)])
    heads = np.concatenate([heads, np.full(n_ph, sink)])
    capacities = np.concatenate([capacities, np.ones(n_ph, dtype=np.int64)])
    costs = np.concatenate([costs, np.zeros(n_ph, dtype=np.int64)])

    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n_ph] = 1
    supplies[sink] = -n_ph
    solver.set_nodes_supplies(np.arange(sink + 1), supplies)
    if solver.solve() != solver.OPTIMAL:
        return False
    flows = np.asarray(solver.flows(np.arange(arcs.size)))
    chosen[np.arange(n_p) * n_h + h] = NONE
    picked = arcs[flows > 0]
    chosen[problem.arc_p[picked] * n_h + h] = picked
    return True


def coordinate_ascent(
    problem: Problem, arc_mask: np.ndarray, chosen: np.ndarray, *, rounds: int = 3
) -> np.ndarray:
    """Cycle :func:`best_response` over the half-days until a round gains < 0.001 %."""
    from immersion.assignment.greedy import objective_of

    best = chosen.copy()
    best_value = objective_of(problem, best)
    current = chosen.copy()
    for _ in range(rounds):
        start_value = best_value
        improved = False
        for h in range(problem.n_half_days):
            if not best_response(problem, arc_mask, current, h):
                return best
            value = objective_of(problem, current)
            if value > best_value:
                best, best_value, improved = current.copy(), value, True
            else:
                current = best.copy()
        if not improved or best_value - start_value < 1e-5 * abs(start_value):
            break
    return best
