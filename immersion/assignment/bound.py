"""A valid upper bound on the objective by Lagrangian relaxation of the slot capacities.

With a price ``lambda_s >= 0`` on every seat, the problem splits into one small problem per
participant: choose at most one slot per half-day maximising ``arc weight - lambda_s`` plus the
diversity bonuses. The sum of those maxima plus ``sum(lambda_s * capacity_s)`` is an upper bound
on the objective for any prices (weak duality); prices are improved by subgradient steps.

To stay cheap and valid the per-participant problem is itself relaxed: the mix-of-publics
penalty is dropped (it only lowers the objective). With two half-days or fewer the rest is
exact: every pair of (kind, channel) groups is enumerated, with the best arc of each group and
the best one at another site (so "never the same site twice" holds). With more half-days each
assignment is credited the full kind and channel bonuses and sites may repeat (an
over-estimate, hence still an upper bound).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from immersion.assignment.candidates import Problem
from immersion.assignment.model import CHANNELS, SITE_KINDS

N_GROUPS = len(SITE_KINDS) * len(CHANNELS)
_CHUNK = 4096


@dataclass(frozen=True, eq=False)
class BoundResult:
    bound: int  # floor of the best Lagrangian value
    prices: np.ndarray  # (S,) seat prices giving that value
    iterations: int
    seconds: float


def _bonus_table(kind_w: int, channel_w: int) -> np.ndarray:
    """bonus[g1, g2] for the groups of two half-days (index N_GROUPS = nothing)."""
    n_ch = len(CHANNELS)
    table = np.zeros((N_GROUPS + 1, N_GROUPS + 1))
    for g1 in range(N_GROUPS + 1):
        for g2 in range(N_GROUPS + 1):
            kinds = {g // n_ch for g in (g1, g2) if g < N_GROUPS}
            channels = {g % n_ch for g in (g1, g2) if g < N_GROUPS}
            table[g1, g2] = kind_w * len(kinds) + channel_w * len(channels)
    return table


def lagrangian_bound(
    problem: Problem,
    *,
    lower: float,
    max_iterations: int = 150,
    time_limit: float = 30.0,
    prices: np.ndarray | None = None,
) -> BoundResult:
    """Best Lagrangian bound found; ``lower`` is a known objective value (for step sizes).

    ``prices`` are the starting seat prices (e.g. the duals of the joint flow relaxation,
    :func:`flow.slot_prices`); zero by default.
    """
    started = time.perf_counter()
    w = problem.instance.weights
    n_p, n_h, n_s = problem.n_participants, problem.n_half_days, problem.n_slots
    const = float(problem.previous_constant)
    if problem.n_arcs == 0:
        return BoundResult(int(const), np.zeros(n_s), 0, 0.0)

    group = problem.slot_kind[problem.arc_s] * len(CHANNELS) + problem.slot_channel[problem.arc_s]
    seg_key = (problem.arc_p * n_h + problem.arc_h) * N_GROUPS + group
    order = np.argsort(seg_key, kind="stable")
    key = seg_key[order]
    arc_s = problem.arc_s[order]
    weight = problem.arc_weight[order].astype(float)
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    seg_of_arc = np.cumsum(np.r_[True, key[1:] != key[:-1]]) - 1
    seg = key[starts]
    seg_p, seg_h, seg_g = seg // (n_h * N_GROUPS), (seg // N_GROUPS) % n_h, seg % N_GROUPS
    seg_id = np.full((n_p, n_h, N_GROUPS), -1, dtype=np.int64)
    seg_id[seg_p, seg_h, seg_g] = np.arange(seg.size)
    positions = np.arange(arc_s.size)
    exact = n_h <= 2
    table = _bonus_table(w.distinct_kind, w.distinct_channel)
    cap = problem.slot_cap.astype(float)
    flat_bonus = float(w.distinct_kind + w.distinct_channel)

    arc_site = problem.slot_site[arc_s]
    prices = np.zeros(n_s) if prices is None else np.maximum(np.asarray(prices, float), 0.0)
    best_value, best_prices = np.inf, prices.copy()
    theta, stall, iterations = 0.5, 0, 0
    none = N_GROUPS
    for iterations in range(1, max_iterations + 1):  # noqa: B007
        value_arc = weight - prices[arc_s]
        # Best arc of every (participant, half-day, group) segment ...
        seg_max = np.maximum.reduceat(value_arc, starts)
        is_max = value_arc == seg_max[seg_of_arc]
        first = np.minimum.reduceat(np.where(is_max, positions, arc_s.size), starts)
        # ... and the best one at another site (for "never the same site twice").
        other = np.where(arc_site != arc_site[first][seg_of_arc], value_arc, -np.inf)
        seg_max2 = np.maximum.reduceat(other, starts)
        is_max2 = (other == seg_max2[seg_of_arc]) & np.isfinite(other)
        second = np.minimum.reduceat(np.where(is_max2, positions, arc_s.size), starts)

        values = np.full((n_p, n_h, N_GROUPS + 1), -np.inf)
        values[:, :, none] = 0.0
        values[seg_p, seg_h, seg_g] = seg_max
        chosen_segs: list[np.ndarray] = []  # segments whose best arc is chosen
        chosen_arcs: list[np.ndarray] = []  # second-best arcs chosen (same-site conflicts)
        total = 0.0
        if exact and n_h == 2:
            values2 = np.full((n_p, n_h, N_GROUPS + 1), -np.inf)
            values2[:, :, none] = 0.0
            values2[seg_p, seg_h, seg_g] = seg_max2
            sites = np.full((n_p, n_h, N_GROUPS + 1), -1, dtype=np.int64)
            sites[:, 1, :] = -2
            sites[seg_p, seg_h, seg_g] = arc_site[first]
            for lo in range(0, n_p, _CHUNK):
                hi = min(n_p, lo + _CHUNK)
                a1, b1 = values[lo:hi, 0, :, None], values[lo:hi, 1, None, :]
                a2, b2 = values2[lo:hi, 0, :, None], values2[lo:hi, 1, None, :]
                same = sites[lo:hi, 0, :, None] == sites[lo:hi, 1, None, :]
                use_a2 = same & (a2 + b1 >= a1 + b2)
                use_b2 = same & ~use_a2
                tot = np.where(same, np.maximum(a2 + b1, a1 + b2), a1 + b1) + table[None]
                flat = tot.reshape(hi - lo, -1)
                arg = flat.argmax(axis=1)
                rows = np.arange(hi - lo)
                total += float(flat[rows, arg].sum())
                g0, g1 = arg // (N_GROUPS + 1), arg % (N_GROUPS + 1)
                second0 = use_a2.reshape(hi - lo, -1)[rows, arg]
                second1 = use_b2.reshape(hi - lo, -1)[rows, arg]
                for h, g, alt in ((0, g0, second0), (1, g1, second1)):
                    pp = np.flatnonzero(g < none)
                    segs = seg_id[lo + pp, h, g[pp]]
                    chosen_segs.append(segs[~alt[pp]])
                    chosen_arcs.append(second[segs[alt[pp]]])
        elif exact:  # a single half-day
            gained = values[:, 0, :] + table[none][None, :]
            arg = gained.argmax(axis=1)
            total += float(gained[np.arange(n_p), arg].sum())
            pp = np.flatnonzero(arg < none)
            chosen_segs.append(seg_id[pp, 0, arg[pp]])
        else:
            gained = values.copy()
            gained[:, :, :none] += flat_bonus
            arg = gained.argmax(axis=2)
            total += float(np.take_along_axis(gained, arg[:, :, None], axis=2).sum())
            pp, hh = np.nonzero(arg < none)
            chosen_segs.append(seg_id[pp, hh, arg[pp, hh]])
        value = total + float(prices @ cap) + const
        if value < best_value - 1e-9:
            best_value, best_prices, stall = value, prices.copy(), 0
        else:
            stall += 1
            if stall >= 4:
                theta, stall = theta / 2, 0
        if best_value - lower < 1 or theta < 1e-4:
            break
        if time.perf_counter() - started > time_limit:
            break

        # Direction: capacity minus the seats used by the relaxed choice, a chosen segment's
        # seat being shared among its tied best arcs (any prices give a valid bound; spreading
        # ties makes the prices rise where demand really exceeds supply).
        taken = np.zeros(seg.size)
        if chosen_segs:
            np.add.at(taken, np.concatenate(chosen_segs), 1.0)
        ties = np.add.reduceat(is_max.astype(float), starts)
        share = np.where(is_max, (taken / ties)[seg_of_arc], 0.0)
        usage = np.bincount(arc_s, weights=share, minlength=n_s)
        picked = np.concatenate(chosen_arcs) if chosen_arcs else np.zeros(0, dtype=np.int64)
        usage += np.bincount(arc_s[picked], minlength=n_s)
        gradient = cap - usage
        gradient[(prices <= 0) & (gradient > 0)] = 0.0
        norm = float(gradient @ gradient)
        if norm == 0:
            break
        step = theta * max(value - lower, 1.0) / norm
        prices = np.maximum(0.0, prices - step * gradient)

    return BoundResult(
        bound=int(np.floor(best_value + 1e-6)),
        prices=best_prices,
        iterations=iterations,
        seconds=time.perf_counter() - started,
    )
