"""Min-cost flows: the joint relaxation of every half-day, its seat prices, and block
coordinate ascent (re-solve one half-day exactly, the others fixed).

*Joint relaxation* (:func:`joint_flow`): source → participant-half-day → slot → sink over
every half-day at once, each arc valued at its weight plus the full kind and channel bonuses
(an over-estimate), ignoring "never the same site twice" and the mix of publics. It is solved
in one min-cost flow; the result is a start for the ascent once its same-site conflicts are
undone, and its optimal seat prices (:func:`slot_prices`, longest paths in the residual graph)
are the starting prices of the Lagrangian bound.

*Block coordinate ascent* (:func:`coordinate_ascent`): with the assignments of every other
half-day fixed, the objective restricted to one half-day is linear: an arc earns its weight,
plus the kind (channel) bonus when that kind (channel) is not already visited on another
half-day, arcs at an already visited site are excluded, and the mix-of-publics penalty is exact
on a network where participants reach a slot through a (slot, category) node whose first unit
is free and whose next units cost the penalty. The half-day is solved *lexicographically*:
first the maximum number of assignments (a maximum flow), then the best value among maximum
flows. A step thus never loses an assignment given the other half-days, and the ascent keeps a
step only when it gains (more assignments, or as many and a better objective).
"""

from __future__ import annotations

import time

import numpy as np
from ortools.graph.python import min_cost_flow

from immersion.assignment.candidates import Problem
from immersion.assignment.greedy import NONE


def _site_conflicts(problem: Problem, chosen: np.ndarray) -> np.ndarray:
    """Participant-half-day indices to empty so that no participant visits a site twice.

    Of two choices at one site, the one of lower weight (then the later half-day) is dropped.
    """
    n_h = problem.n_half_days
    if n_h < 2:
        return np.zeros(0, dtype=np.int64)
    ph = np.flatnonzero(chosen >= 0)
    arcs = chosen[ph]
    key = problem.arc_p[arcs] * (len(problem.site_lat) + 1) + problem.slot_site[problem.arc_s[arcs]]
    order = np.lexsort((ph, -problem.arc_weight[arcs], key))
    k = key[order]
    dup = np.zeros(k.size, dtype=bool)
    dup[1:] = k[1:] == k[:-1]
    return ph[order[dup]]


def joint_flow(
    problem: Problem, arc_mask: np.ndarray, *, deadline: float | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    """Optimal flow of the joint relaxation, as (choice vector, per-arc value, flow cost).

    The choice vector (``p * H + h`` → arc, ``-1`` when unplaced) may visit a site twice; see
    :func:`_site_conflicts`. Returns an empty choice when the flow fails.
    """
    w = problem.instance.weights
    n_p, n_h, n_s = problem.n_participants, problem.n_half_days, problem.n_slots
    value = (problem.arc_weight + w.distinct_kind + w.distinct_channel).astype(np.int64)
    chosen = np.full(n_p * n_h, NONE, dtype=np.int64)
    arcs = np.flatnonzero(arc_mask)
    if arcs.size == 0:
        return chosen, value, 0
    pins = problem.arc_pin[arcs]
    cost = -value[arcs]
    cost[pins] -= 10 * int(value.max(initial=0)) + 1
    ph = problem.arc_p[arcs] * n_h + problem.arc_h[arcs]
    ph_nodes, ph_index = np.unique(ph, return_inverse=True)
    n_ph = ph_nodes.size
    slot0, sink = n_ph, n_ph + n_s
    tails = np.concatenate([ph_index, slot0 + np.arange(n_s), np.arange(n_ph)])
    heads = np.concatenate([slot0 + problem.arc_s[arcs], np.full(n_s + n_ph, sink)])
    capacities = np.concatenate(
        [np.ones(arcs.size, dtype=np.int64), problem.slot_cap, np.ones(n_ph, dtype=np.int64)]
    )
    costs = np.concatenate([cost, np.zeros(n_s + n_ph, dtype=np.int64)])
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n_ph] = 1
    supplies[sink] = -n_ph
    solver.set_nodes_supplies(np.arange(sink + 1), supplies)
    if solver.solve() != solver.OPTIMAL:
        return chosen, value, 0
    flows = np.asarray(solver.flows(np.arange(arcs.size)))
    picked = arcs[flows > 0]
    chosen[problem.arc_p[picked] * n_h + problem.arc_h[picked]] = picked
    return chosen, value, int(solver.optimal_cost())


def slot_prices(
    problem: Problem,
    arc_mask: np.ndarray,
    value: np.ndarray,
    chosen: np.ndarray,
    *,
    deadline: float | None = None,
    max_rounds: int = 400,
) -> np.ndarray:
    """Smallest seat prices making ``chosen`` optimal for the joint relaxation (its LP duals).

    For a participant-half-day placed on arc ``a*`` every other arc ``a`` gives
    ``price[s(a)] >= price[s(a*)] + value[a] - value[a*]``; an unplaced one gives
    ``price[s(a)] >= value[a]``. The least solution is a longest-path problem over the slots
    (Bellman-Ford, vectorised; stopped at ``deadline`` or after ``max_rounds`` rounds, which
    still gives valid, if weaker, prices: any prices give a valid Lagrangian bound).
    """
    n_h, n_s = problem.n_half_days, problem.n_slots
    prices = np.zeros(n_s)
    arcs = np.flatnonzero(arc_mask)
    if arcs.size == 0:
        return prices
    ph = problem.arc_p[arcs] * n_h + problem.arc_h[arcs]
    cur = chosen[ph]
    free = cur < 0
    np.maximum.at(prices, problem.arc_s[arcs[free]], value[arcs[free]].astype(float))
    edge = ~free & (arcs != cur)
    tail = problem.arc_s[cur[edge]]
    head = problem.arc_s[arcs[edge]]
    weight = (value[arcs[edge]] - value[cur[edge]]).astype(float)
    if head.size == 0:
        return np.maximum(prices, 0.0)
    # One edge per (head, tail) pair, the heaviest; sorted by head for reduceat.
    key = head * n_s + tail
    order = np.lexsort((-weight, key))
    key, tail, head, weight = key[order], tail[order], head[order], weight[order]
    first = np.r_[True, key[1:] != key[:-1]]
    tail, head, weight = tail[first], head[first], weight[first]
    starts = np.flatnonzero(np.r_[True, head[1:] != head[:-1]])
    heads = head[starts]
    for _ in range(max_rounds):
        best = np.maximum.reduceat(prices[tail] + weight, starts)
        better = best > prices[heads] + 1e-9
        if not better.any():
            break
        prices[heads[better]] = best[better]
        if deadline is not None and time.perf_counter() > deadline:
            break
    return np.maximum(prices, 0.0)


def ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(lo[i], hi[i])`` for every i."""
    lengths = hi - lo
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(lo - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return starts + np.arange(total)


def _blocked_site(problem: Problem, arc_mask: np.ndarray, chosen: np.ndarray, h: int) -> np.ndarray:
    """Per participant, the site it visits on half-day ``h`` when that site alone keeps it
    from a free seat on another half-day where it is unplaced; -1 otherwise."""
    n_h, n_p = problem.n_half_days, problem.n_participants
    blocked = np.full(n_p, -1, dtype=np.int64)
    if problem.n_arcs == 0 or n_h < 2:
        return blocked
    mine = chosen[np.arange(n_p) * n_h + h]
    here = np.where(mine >= 0, problem.slot_site[problem.arc_s[np.maximum(mine, 0)]], -1)
    used = np.bincount(problem.arc_s[chosen[chosen >= 0]], minlength=problem.n_slots)
    room = used < problem.slot_cap
    for other in range(n_h):
        if other == h:
            continue
        holes = np.flatnonzero((chosen[np.arange(n_p) * n_h + other] < 0) & (here >= 0))
        if holes.size == 0:
            continue
        k = holes * n_h + other
        arcs = ranges(problem.ph_start[k], problem.ph_start[k + 1])
        arcs = arcs[arc_mask[arcs] & room[problem.arc_s[arcs]]]
        p = problem.arc_p[arcs]
        at_here = problem.slot_site[problem.arc_s[arcs]] == here[p]
        some = np.zeros(n_p, dtype=bool)
        some[p] = True
        elsewhere = np.zeros(n_p, dtype=bool)
        elsewhere[p[~at_here]] = True
        hit = some & ~elsewhere
        blocked[hit] = here[hit]
    return blocked


def fill_holes(problem: Problem, arc_mask: np.ndarray, chosen: np.ndarray) -> int:
    """Place unplaced participant-half-days on a free seat at a site they do not visit."""
    n_h = problem.n_half_days
    used = np.bincount(problem.arc_s[chosen[chosen >= 0]], minlength=problem.n_slots)
    has_arcs = np.diff(problem.ph_start) > 0
    placed = 0
    for k in np.flatnonzero((chosen < 0) & has_arcs).tolist():
        p = k // n_h
        idx = np.arange(problem.ph_start[k], problem.ph_start[k + 1])
        idx = idx[arc_mask[idx]]
        s = problem.arc_s[idx]
        others = chosen[p * n_h : (p + 1) * n_h]
        visited = problem.slot_site[problem.arc_s[others[others >= 0]]]
        ok = (used[s] < problem.slot_cap[s]) & ~np.isin(problem.slot_site[s], visited)
        if not ok.any():
            continue
        best = idx[ok][np.argmax(problem.arc_weight[idx[ok]])]
        chosen[k] = best
        used[problem.arc_s[best]] += 1
        placed += 1
    return placed


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
    # Look-ahead: a participant left out on another half-day only because its free seats
    # there are all at the site it visits now is worth moving elsewhere on this half-day
    # (:func:`fill_holes` then places it on the other half-day).
    blocked = _blocked_site(problem, arc_mask, chosen, h)
    value += w.assignment * ((blocked[ap] >= 0) & (blocked[ap] != problem.slot_site[asl]))
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
    # No way to stay unplaced: the maximum flow places as many as possible, then the cheapest
    # (best valued) of those maximum flows is taken.
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n_ph] = 1
    supplies[sink] = -n_ph
    solver.set_nodes_supplies(np.arange(sink + 1), supplies)
    if solver.solve_max_flow_with_min_cost() != solver.OPTIMAL:
        return False
    flows = np.asarray(solver.flows(np.arange(arcs.size)))
    chosen[np.arange(n_p) * n_h + h] = NONE
    picked = arcs[flows > 0]
    chosen[problem.arc_p[picked] * n_h + h] = picked
    return True


def coordinate_ascent(
    problem: Problem,
    arc_mask: np.ndarray,
    chosen: np.ndarray,
    *,
    rounds: int = 3,
    deadline: float | None = None,
    first_step: float = 0.0,
) -> np.ndarray:
    """Cycle :func:`best_response` over the half-days until a round gains < 0.001 %.

    A step is kept when it places more participant-half-days, or as many with a better
    objective (lexicographic): the ascent never loses an assignment. Before ``deadline`` a
    step starts only if it should end in time (as long as the last one; ``first_step``
    seconds for the first).
    """
    from immersion.assignment.greedy import objective_of

    best = chosen.copy()
    best_key = (int((best >= 0).sum()), objective_of(problem, best))
    current = chosen.copy()
    last = first_step
    for _ in range(rounds):
        start_key = best_key
        improved = False
        for h in range(problem.n_half_days):
            # Stop when the next step would likely end after the deadline (as long as the last).
            if deadline is not None and time.perf_counter() + last > deadline:
                return best
            mark = time.perf_counter()
            if not best_response(problem, arc_mask, current, h):
                return best
            fill_holes(problem, arc_mask, current)
            last = time.perf_counter() - mark
            key = (int((current >= 0).sum()), objective_of(problem, current))
            if key > best_key:
                best, best_key, improved = current.copy(), key, True
            else:
                current = best.copy()
        if not improved:
            break
        if best_key[0] == start_key[0] and best_key[1] - start_key[1] < 1e-5 * abs(start_key[1]):
            break
    return best
