"""A fast greedy assignment: the benchmark's baseline and the solver's first hint.

Participants are taken most-constrained first (pinned ones before everybody, then by number of
allowed arcs); each of their half-days, scarcest first, gets the arc with the best marginal
gain (assignment, preference, kept previous pair, new site kind, new channel, minus the mix
penalty), among slots with a free seat and sites not yet visited.
"""

from __future__ import annotations

import numpy as np

from immersion.assignment.candidates import Problem

NONE = -1


def greedy(
    problem: Problem,
    arc_mask: np.ndarray | None = None,
    prices: np.ndarray | None = None,
) -> np.ndarray:
    """Chosen arc per participant-half-day (index ``p * H + h``), ``-1`` when unplaced.

    ``prices`` (per slot, e.g. the Lagrangian seat prices) are subtracted from the gains, which
    steers participants away from seats that others need more.
    """
    w = problem.instance.weights
    n_p, n_h = problem.n_participants, problem.n_half_days
    chosen = np.full(n_p * n_h, NONE, dtype=np.int64)
    if problem.n_arcs == 0:
        return chosen
    mask = np.ones(problem.n_arcs, dtype=bool) if arc_mask is None else arc_mask
    n_cat = problem.slot_forbid.shape[1]
    used = np.zeros(problem.n_slots, dtype=np.int64)
    cat_count = np.zeros(problem.n_slots * n_cat, dtype=np.int64)
    cap = problem.slot_cap
    arc_s = problem.arc_s
    arc_km = np.nan_to_num(problem.arc_km.astype(float), nan=0.0)

    counts = np.bincount(problem.arc_p[mask], minlength=n_p)
    pinned = np.zeros(n_p, dtype=bool)
    pinned[problem.arc_p[problem.arc_pin]] = True
    order = np.lexsort((np.arange(n_p), counts, ~pinned))

    for p in order.tolist():
        if counts[p] == 0:
            continue
        cat = int(problem.part_cat[p])
        kinds: set[int] = set()
        channels: set[int] = set()
        sites: set[int] = set()
        spans = []
        for h in range(n_h):
            sl = problem.arcs_of(p, h)
            idx = np.arange(sl.start, sl.stop)[mask[sl]]
            if idx.size:
                spans.append((not bool(problem.arc_pin[idx].any()), idx.size, h, idx))
        spans.sort(key=lambda t: t[:3])
        for _, _, h, idx in spans:
            s = arc_s[idx]
            ok = used[s] < cap[s]
            if sites:
                ok &= ~np.isin(problem.slot_site[s], list(sites))
            if not ok.any():
                continue
            idx, s = idx[ok], s[ok]
            gain = problem.arc_weight[idx].astype(float)
            gain += w.distinct_kind * ~np.isin(problem.slot_kind[s], list(kinds))
            gain += w.distinct_channel * ~np.isin(problem.slot_channel[s], list(channels))
            gain -= w.mix_penalty * (cat_count[s * n_cat + cat] > 0)
            if prices is not None:
                gain -= prices[s]
            best = np.lexsort((s, arc_km[idx], -gain))[0]
            a, slot = int(idx[best]), int(s[best])
            chosen[p * n_h + h] = a
            used[slot] += 1
            cat_count[slot * n_cat + cat] += 1
            kinds.add(int(problem.slot_kind[slot]))
            channels.add(int(problem.slot_channel[slot]))
            sites.add(int(problem.slot_site[slot]))
    return chosen


def objective_of(problem: Problem, chosen: np.ndarray) -> int:
    """Objective value of a choice vector (same value as :func:`scoring.objective`)."""
    w = problem.instance.weights
    arcs = chosen[chosen >= 0]
    total = int(problem.arc_weight[arcs].sum()) + problem.previous_constant
    p = problem.arc_p[arcs]
    s = problem.arc_s[arcs]
    n_k = int(problem.slot_kind.max(initial=0)) + 1
    n_c = int(problem.slot_channel.max(initial=0)) + 1
    total += w.distinct_kind * np.unique(p * n_k + problem.slot_kind[s]).size
    total += w.distinct_channel * np.unique(p * n_c + problem.slot_channel[s]).size
    n_cat = problem.slot_forbid.shape[1]
    groups = np.bincount(s * n_cat + problem.part_cat[p], minlength=1)
    total -= w.mix_penalty * int(np.maximum(groups - 1, 0).sum())
    return total
