"""Regional split of a national instance, and merge of the regional solutions.

A national instance (tens of thousands of participants across the country) is cut into
**regions** that are solved independently — in parallel processes (``solve --split``) or as
parallel tasks on the platform's queue (``placements.services``) — then merged.

Reach graph. A participant can only ever be placed at a site within its ``max_km`` (when both
positions are known): the pairs (participant, site) within reach are a superset of the arcs
(:mod:`.candidates` adds the other pair rules), found with a k-d tree in a fraction of the time
the arcs take. Its connected components are independent sub-problems: nothing couples them
(capacity and the mix of publics are per slot, every other term per participant).

Regions. Components are packed into ``parts`` regions of similar size (largest first). A
component too large for that (on a national instance one component usually spans the whole
country) is cut by recursive geographic bisection: each cut line is chosen among a few
positions and both axes to cross the fewest reach pairs. Every site is *owned* by the side its
own position is on; a participant whose reach crosses the line is a **border** participant.

Sub-instances. A region's sub-instance holds its participants and **every** site they can reach
(its own and, across the line, the *halo*) with full capacities. It is thus a relaxation of the
national problem restricted to these participants: any national solution, restricted to the
region, is feasible in it and scores at least as much there (the mix-of-publics penalty only
shrinks when a slot's observers are split). Hence **the sum of the regional bounds is a valid
bound** of the national problem — whether or not a line was cut.

Merge. The regional assignments are put together. When a line was cut, two regions may have
filled the same halo seat: the participants of every over-full slot, and the border
participants left with a free half-day, are solved again together (a *border repair*: a small
instance over the seats that everybody else leaves, with the same engine), which makes the
result feasible. Without a cut line (``exact``) the union is already feasible and optimal
when every region is. The objective is computed on the national instance, and the unplaced
are explained there.

Deadline. One ``time.perf_counter()`` deadline is passed down: the regions end early enough
for the merge's reserve (:func:`merge_reserve`: scoring, explanations timed on a sample, the
repair's share); the border repair is *anytime* — it starts from the regional assignments
without the excess of the over-full slots (already feasible), runs each step only when its
expected cost fits and keeps it only when it improves — and the explanations still to come
at the deadline are listed unexplained (``explain.NOT_EXPLAINED``). A deadline already over
gives a feasible assignment at once.
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from immersion.assignment.diagnosis import diagnose
from immersion.assignment.explain import NOT_EXPLAINED
from immersion.assignment.model import Assignment, Instance, Solution
from immersion.assignment.scoring import objective

EARTH_KM = 6371.0088
# A region may exceed the ideal share (total / parts) by this factor before its largest
# component is cut.
BALANCE = 1.15
# Cut lines tried per bisection, as shifts of the balanced position (share of the weight).
CUT_SHIFTS = tuple(round(0.02 * k, 2) for k in (0, -1, 1, -2, 2, -4, 4, -6, 6, -8, 8, -10, 10))


@dataclass(frozen=True)
class Region:
    """One regional sub-problem: its participants, its own sites and its sub-instance."""

    index: int
    instance: Instance  # the region's participants + every site they can reach (own + halo)
    own_sites: frozenset[str]
    border: frozenset[str]  # participants that can reach a site owned by another region

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.instance.participants)


@dataclass(frozen=True)
class Split:
    regions: tuple[Region, ...]
    exact: bool  # no reach pair crosses two regions: the merge is a plain union
    components: int
    cut_pairs: int  # reach pairs between a participant and a site of another region
    stats: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- reach graph


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


def reach_pairs(instance: Instance) -> tuple[np.ndarray, np.ndarray]:
    """(participant index, site index) of every pair within reach (a superset of the arcs).

    Without a position on either side, or without ``max_km``, distance does not limit: the pair
    is within reach. Participants with no available half-day reach nothing.
    """
    sites = instance.sites
    s_known = np.array([s.lat is not None and s.lon is not None for s in sites], dtype=bool)
    s_lat = np.array([s.lat if s.lat is not None else 0.0 for s in sites], dtype=float)
    s_lon = np.array([s.lon if s.lon is not None else 0.0 for s in sites], dtype=float)
    known_idx = np.flatnonzero(s_known)
    unknown_idx = np.flatnonzero(~s_known)
    tree = cKDTree(_unit(s_lat[known_idx], s_lon[known_idx])) if known_idx.size else None
    ps: list[np.ndarray] = []
    ss: list[np.ndarray] = []
    located: list[int] = []
    radius: list[float] = []
    everywhere: list[int] = []
    for i, p in enumerate(instance.participants):
        if not p.available:
            continue
        if p.lat is None or p.lon is None or p.max_km is None:
            everywhere.append(i)
        else:
            located.append(i)
            radius.append(float(p.max_km))
    if located and tree is not None:
        lat = np.array([instance.participants[i].lat for i in located], dtype=float)
        lon = np.array([instance.participants[i].lon for i in located], dtype=float)
        # Chord length of the great-circle distance (+ a hair, the arcs decide exactly).
        chord = 2 * np.sin(np.minimum(np.asarray(radius) / EARTH_KM, math.pi) / 2) + 1e-9
        found = tree.query_ball_point(_unit(lat, lon), chord)
        counts = np.fromiter((len(f) for f in found), dtype=np.int64, count=len(found))
        if counts.sum():
            ps.append(np.repeat(np.asarray(located, dtype=np.int64), counts))
            ss.append(known_idx[np.concatenate([np.asarray(f, dtype=np.int64) for f in found])])
    if located and unknown_idx.size:
        ps.append(np.repeat(np.asarray(located, dtype=np.int64), unknown_idx.size))
        ss.append(np.tile(unknown_idx, len(located)))
    if everywhere:
        ps.append(np.repeat(np.asarray(everywhere, dtype=np.int64), len(sites)))
        ss.append(np.tile(np.arange(len(sites), dtype=np.int64), len(everywhere)))
    if not ps:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(ps), np.concatenate(ss)


# --------------------------------------------------------------------------- regions


def _side_coordinates(instance: Instance) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Plane coordinates (x = scaled longitude, y = latitude) of participants and sites;
    unknown positions get the mean (they go with the larger side)."""

    def coords(items) -> tuple[np.ndarray, np.ndarray]:
        lat = np.array([np.nan if i.lat is None else i.lat for i in items], dtype=float)
        lon = np.array([np.nan if i.lon is None else i.lon for i in items], dtype=float)
        return lat, lon

    p_lat, p_lon = coords(instance.participants)
    s_lat, s_lon = coords(instance.sites)
    all_lat = np.r_[p_lat, s_lat]
    mean_lat = float(np.nanmean(all_lat)) if np.isfinite(all_lat).any() else 0.0
    mean_lon = float(np.nanmean(np.r_[p_lon, s_lon])) if np.isfinite(all_lat).any() else 0.0
    scale = math.cos(math.radians(mean_lat))
    p_x = np.nan_to_num(p_lon, nan=mean_lon) * scale
    s_x = np.nan_to_num(s_lon, nan=mean_lon) * scale
    return p_x, np.nan_to_num(p_lat, nan=mean_lat), s_x, np.nan_to_num(s_lat, nan=mean_lat)


def _bisect(
    parts: np.ndarray,
    sites: np.ndarray,
    share: float,
    coords: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    weight: np.ndarray,
    pair_p: np.ndarray,
    pair_s: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Cut (participants, sites) in two along a line: ``share`` of the weight on the first side,
    give or take CUT_SHIFTS, on the axis and position that leave the fewest border participants
    (then the fewest reach pairs across)."""
    p_x, p_y, s_x, s_y = coords
    in_part = np.zeros(weight.size, dtype=bool)
    in_part[parts] = True
    mask = in_part[pair_p]
    pp, sp = pair_p[mask], pair_s[mask]
    best: tuple[int, int, int, int, float] | None = None
    for axis, (pc, sc) in enumerate(((p_x, s_x), (p_y, s_y))):
        order = parts[np.lexsort((parts, pc[parts]))]
        cumulative = np.cumsum(weight[order])
        total = float(cumulative[-1]) if cumulative.size else 0.0
        for shift in CUT_SHIFTS:
            target = min(max(share + shift, 0.02), 0.98) * total
            k = int(np.searchsorted(cumulative, target))
            k = min(max(k, 0), order.size - 2)
            threshold = 0.5 * (pc[order[k]] + pc[order[k + 1]])
            first = int((pc[parts] <= threshold).sum())
            if first == 0 or first == parts.size:
                continue  # everybody on one side (same coordinate): not a cut
            across = (pc[pp] <= threshold) != (sc[sp] <= threshold)
            border = int(np.count_nonzero(np.bincount(pp[across], minlength=weight.size)))
            key = (border, int(across.sum()), int(round(abs(shift) * 100)), axis, threshold)
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:  # every participant at one position: no line separates them
        return parts, parts[:0], sites, sites[:0]
    axis, threshold = best[3], best[4]
    pc, sc = (p_x, s_x) if axis == 0 else (p_y, s_y)
    first_p = pc[parts] <= threshold
    first_s = sc[sites] <= threshold
    return parts[first_p], parts[~first_p], sites[first_s], sites[~first_s]


def split_instance(instance: Instance, parts: int = 2) -> Split:
    """Cut ``instance`` into at most ``parts`` regions (see the module's docstring)."""
    started = time.perf_counter()
    parts = max(1, int(parts))
    n_p, n_sites = len(instance.participants), len(instance.sites)
    pair_p, pair_s = reach_pairs(instance)
    graph = coo_matrix(
        (np.ones(pair_p.size, dtype=np.int8), (pair_p, n_p + pair_s)),
        shape=(n_p + n_sites, n_p + n_sites),
    )
    n_components, label = connected_components(graph, directed=False)
    reach_count = np.bincount(pair_p, minlength=n_p)
    n_avail = np.array([len(p.available) for p in instance.participants], dtype=np.int64)
    # A participant's weight in the solve: about its arcs (reach × half-days), at least 1.
    weight = np.maximum(1, reach_count * np.maximum(n_avail, 1)).astype(np.float64)

    p_label, s_label = label[:n_p], label[n_p:]
    order_p = np.argsort(p_label, kind="stable")
    order_s = np.argsort(s_label, kind="stable")
    p_groups = np.split(order_p, np.flatnonzero(np.diff(p_label[order_p])) + 1)
    s_groups = np.split(order_s, np.flatnonzero(np.diff(s_label[order_s])) + 1)
    members_p: dict[int, np.ndarray] = {int(p_label[g[0]]): g for g in p_groups if g.size}
    members_s: dict[int, np.ndarray] = {int(s_label[g[0]]): g for g in s_groups if g.size}
    empty = np.zeros(0, dtype=np.int64)

    ideal = float(weight.sum()) / parts
    coords = _side_coordinates(instance)
    pieces: list[tuple[np.ndarray, np.ndarray]] = []  # (participants, own sites)
    for c in sorted(members_p, key=lambda c: (-float(weight[members_p[c]].sum()), c)):
        ps, ss = members_p[c], members_s.get(c, empty)
        m = int(round(float(weight[ps].sum()) / ideal)) if parts > 1 else 1
        if m <= 1 or ps.size < 2 or float(weight[ps].sum()) <= BALANCE * ideal:
            pieces.append((ps, ss))
            continue
        stack = [(ps, ss, m)]
        while stack:
            qp, qs, k = stack.pop()
            if k <= 1 or qp.size < 2:
                pieces.append((qp, qs))
                continue
            k1 = k // 2
            ap, bp, as_, bs = _bisect(qp, qs, k1 / k, coords, weight, pair_p, pair_s)
            if ap.size == 0 or bp.size == 0:
                pieces.append((qp, qs))
                continue
            stack.append((bp, bs, k - k1))
            stack.append((ap, as_, k1))

    # Largest first into the lightest region (stable on ties).
    bins: list[list[int]] = [[] for _ in range(min(parts, max(1, len(pieces))))]
    load = [0.0] * len(bins)
    for i in sorted(range(len(pieces)), key=lambda i: (-float(weight[pieces[i][0]].sum()), i)):
        b = min(range(len(bins)), key=lambda j: (load[j], j))
        bins[b].append(i)
        load[b] += float(weight[pieces[i][0]].sum())

    region_of_p = np.full(n_p, -1, dtype=np.int64)
    region_of_s = np.full(n_sites, -1, dtype=np.int64)
    for b, members in enumerate(bins):
        for i in members:
            region_of_p[pieces[i][0]] = b
            region_of_s[pieces[i][1]] = b
    crossing = region_of_p[pair_p] != region_of_s[pair_s]
    cut_pairs = int(crossing.sum())
    border_p = np.zeros(n_p, dtype=bool)
    border_p[pair_p[crossing]] = True

    # Reach per participant, for the sites of each sub-instance.
    by_region_sites: dict[int, set[int]] = defaultdict(set)
    if pair_p.size:
        reached = np.unique(region_of_p[pair_p] * n_sites + pair_s)
        for key in reached.tolist():
            by_region_sites[key // n_sites].add(key % n_sites)
    slots_of_site: dict[str, list] = defaultdict(list)
    for slot in instance.slots:
        slots_of_site[slot.site].append(slot)
    regions = []
    for b in range(len(bins)):
        p_idx = np.flatnonzero(region_of_p == b)
        s_idx = sorted(by_region_sites.get(b, set()) | set(np.flatnonzero(region_of_s == b)))
        regions.append(
            Region(
                index=b,
                instance=_sub_instance(instance, p_idx.tolist(), s_idx, slots_of_site),
                own_sites=frozenset(instance.sites[i].id for i in np.flatnonzero(region_of_s == b)),
                border=frozenset(instance.participants[i].id for i in p_idx[border_p[p_idx]]),
            )
        )
    return Split(
        regions=tuple(regions),
        exact=cut_pairs == 0,
        components=int(sum(1 for c in members_p)),
        cut_pairs=cut_pairs,
        stats={
            "reach_pairs": int(pair_p.size),
            "border_participants": int(border_p.sum()),
            "region_participants": [len(r.instance.participants) for r in regions],
            "split_seconds": round(time.perf_counter() - started, 3),
        },
    )


def _sub_instance(
    instance: Instance, p_idx: Sequence[int], s_idx: Sequence[int], slots_of_site: dict
) -> Instance:
    participants = tuple(instance.participants[i] for i in p_idx)
    ids = {p.id for p in participants}
    sites = tuple(instance.sites[i] for i in s_idx)
    slots = tuple(slot for site in sites for slot in slots_of_site.get(site.id, ()))
    return Instance(
        half_days=instance.half_days,
        sites=sites,
        slots=slots,
        participants=participants,
        previous=tuple(a for a in instance.previous if a.participant in ids),
        weights=instance.weights,
        travel_budgets=instance.travel_budgets,
    )


# --------------------------------------------------------------------------- merge


def _repair_instance(
    instance: Instance, chosen: set[str], kept: list[Assignment], reach: set[str]
) -> Instance:
    """The participants ``chosen`` with the seats that the ``kept`` assignments leave, at the
    sites ``reach`` (those within their reach)."""
    used: dict[str, int] = defaultdict(int)
    for a in kept:
        used[a.slot] += 1
    participants = tuple(p for p in instance.participants if p.id in chosen)
    site_ids = set(reach)
    for p in participants:  # a pin is always kept: its site is in
        site_ids.update(instance.slot(s).site for _, s in p.pinned)
    sites = tuple(s for s in instance.sites if s.id in site_ids)
    slots = tuple(
        dataclasses.replace(slot, capacity=max(0, slot.capacity - used[slot.id]))
        for slot in instance.slots
        if slot.site in site_ids
    )
    return Instance(
        half_days=instance.half_days,
        sites=sites,
        slots=slots,
        participants=participants,
        previous=tuple(a for a in instance.previous if a.participant in chosen),
        weights=instance.weights,
        travel_budgets=instance.travel_budgets,
    )


def _keep_within_capacity(
    instance: Instance, split: Split, assignments: list[Assignment], over: set[str]
) -> list[Assignment]:
    """``assignments`` without the excess of each over-full slot: feasible as it is (capacity
    is the only hard constraint two regions share). A slot keeps its pinned participants
    first, then those of the region owning its site, then by participant id."""
    if not over:
        return list(assignments)
    region_of = {p: r.index for r in split.regions for p in r.participants}
    owner = {s: r.index for r in split.regions for s in r.own_sites}
    holders: dict[str, list[Assignment]] = defaultdict(list)
    for a in assignments:
        if a.slot in over:
            holders[a.slot].append(a)
    dropped: set[tuple[str, str]] = set()
    for slot_id in sorted(over):
        slot = instance.slot(slot_id)
        home = owner.get(slot.site)

        def rank(a: Assignment, home: int | None = home) -> tuple[bool, bool, str]:
            pinned = a.slot in dict(instance.participant(a.participant).pinned).values()
            return (not pinned, region_of.get(a.participant) != home, a.participant)

        ranked = sorted(holders[slot_id], key=rank)
        dropped.update((a.participant, a.slot) for a in ranked[slot.capacity :])
    return [a for a in assignments if (a.participant, a.slot) not in dropped]


def merge_solutions(
    instance: Instance,
    split: Split,
    solutions: Sequence[Solution],
    *,
    repair_seconds: float = 5.0,
    seed: int = 0,
    workers: int = 1,
    explain: bool = True,
    deadline: float | None = None,
) -> Solution:
    """One national solution from the regional ones (in the order of ``split.regions``).

    ``deadline`` (a ``time.perf_counter()`` instant) is when the merge must be done,
    explanations included: the border repair gets at most ``repair_seconds`` of what is left
    once the explanations are provided for, and stops at its budget keeping a feasible
    assignment (at worst the regional ones without the excess of the over-full slots); the
    explanations list past the deadline are left unexplained (``explain.NOT_EXPLAINED``).
    """
    from immersion.assignment.solver import _explain

    started = time.perf_counter()
    assignments = [a for s in solutions for a in s.assignments]
    used: dict[str, int] = defaultdict(int)
    for a in assignments:
        used[a.slot] += 1
    over = {slot for slot, n in used.items() if n > instance.slot(slot).capacity}
    repaired: dict[str, Any] = {"over_full_slots": len(over), "participants": 0}
    without = [
        (w["participant"], w["half_day"])
        for s in solutions
        for w in s.diagnosis.get("without_candidates", [])
    ]
    diagnosis = diagnose(instance, without_candidates=without)
    safe = _keep_within_capacity(instance, split, assignments, over)
    if not split.exact:
        taken: dict[str, int] = defaultdict(int)
        for a in assignments:
            taken[a.participant] += 1
        chosen = {a.participant for a in assignments if a.slot in over}
        for region in split.regions:
            for p in region.border:
                if taken[p] < len(instance.participant(p).available):
                    chosen.add(p)
        # A pinned seat must stay free for its participant: whoever else holds it moves too.
        pinned_slots = {s for p in chosen for _, s in instance.participant(p).pinned}
        chosen |= {
            a.participant
            for a in assignments
            if a.slot in pinned_slots
            and a.slot not in dict(instance.participant(a.participant).pinned).values()
        }
        if chosen:
            kept = [a for a in assignments if a.participant not in chosen]
            start = [a for a in safe if a.participant in chosen]
            mark = time.perf_counter()
            reach = _reach_by_participant(instance, split, chosen)
            sub = _repair_instance(instance, chosen, kept, reach)
            build = BORDER_BUILD_FACTOR * len(chosen) * _build_rate(split, solutions)
            explaining = _explain_estimate(instance, safe, workers) if explain else 0.0
            finishing = 0.1 + 5e-5 * len(instance.participants)
            repair_end = time.perf_counter() + repair_seconds
            if deadline is not None:
                # Short of time, seats for people come first: the repair keeps enough to build
                # its arcs and fill (the explanations left at the deadline are listed as such).
                enough = min(time.perf_counter() + 2 * build, deadline - finishing)
                repair_end = min(repair_end, max(deadline - explaining - finishing, enough))
            before = sum(1 for a in assignments if a.participant in chosen and a.slot not in over)
            fixed, steps = _solve_border(sub, repair_end, seed, start, build)
            assignments = kept + fixed
            repaired.update(
                participants=len(chosen),
                assigned_before=before,
                assigned_safe=len(start),
                assigned_after=len(fixed),
                steps=steps,
                seconds=round(time.perf_counter() - mark, 3),
                budget=round(max(0.0, repair_end - mark), 3),
                explain_reserve=round(explaining, 3),
            )
        else:
            assignments = safe
    else:
        assignments = safe
    assignments.sort(key=lambda a: (a.participant, instance.slot(a.slot).half_day))
    value = objective(instance, assignments)
    bounds = [s.bound for s in solutions]
    bound = None if any(b is None for b in bounds) else max(value, int(sum(bounds)))
    if any(s.status == "infeasible" for s in solutions):
        status = "infeasible"
    elif split.exact and all(s.status == "optimal" for s in solutions):
        status = "optimal"
    else:
        status = "feasible"
    mark = time.perf_counter()
    explain_end = None if deadline is None else deadline - 0.05
    unplaced = _explain(instance, assignments, workers, explain_end) if explain else []
    stats: dict[str, Any] = {
        "participants": len(instance.participants),
        "sites": len(instance.sites),
        "slots": len(instance.slots),
        "seats": sum(s.capacity for s in instance.slots),
        "assigned": len(assignments),
        "unplaced": len(unplaced),
        "unexplained": sum(1 for u in unplaced if u.codes == (NOT_EXPLAINED,)),
        "regions": len(split.regions),
        "split_exact": split.exact,
        "components": split.components,
        "cut_pairs": split.cut_pairs,
        **split.stats,
        "region_status": [s.status for s in solutions],
        "region_objectives": [s.objective for s in solutions],
        "region_bounds": bounds,
        "region_seconds": [s.stats.get("timings", {}).get("total") for s in solutions],
        "border_repair": repaired,
        "seed": seed,
        "timings": {
            "merge": round(mark - started, 3),
            "explain": round(time.perf_counter() - mark, 3),
        },
    }
    return Solution(
        status=status,
        objective=value,
        bound=bound if status != "optimal" else value,
        assignments=tuple(assignments),
        unplaced=tuple(unplaced),
        diagnosis=diagnosis,
        stats=stats,
    )


# Below this many seconds the border repair skips CP-SAT (building its model costs more).
BORDER_CP_SAT_SECONDS = 4.0
# Seconds per participant to build the arcs when the regions did not say (measured 5e-4 on
# the 20,000-participant instance under load), and the border participants' cost relative to
# the regions' (they reach across the line: measured 1.2-2.5x).
BUILD_SECONDS_PER_PARTICIPANT = 5e-4
BORDER_BUILD_FACTOR = 1.3
# Cost of the border repair's steps, in multiples of the time its arcs took to build
# (measured on the 20,000-participant instance: relaxation flow 2.1-2.4x, greedy 0.3-0.4x).
FLOW_COST = 3.0
GREEDY_COST = 0.6


def _solve_border(
    sub: Instance, deadline: float, seed: int, start: list[Assignment], build: float
) -> tuple[list[Assignment], list[str]]:
    """Assignments of the border repair by ``deadline``, anytime: from ``start`` (feasible in
    ``sub``), each step runs only when its expected cost fits in the time left and is kept
    only when it improves (assignments first, then the objective): a greedy fill of the free
    seats, a greedy from scratch, the joint relaxation, best responses, a last fill, then the
    whole engine when enough time is left. Returns the assignments and the steps run."""
    from immersion.assignment.candidates import build_problem
    from immersion.assignment.flow import _site_conflicts, coordinate_ascent, joint_flow
    from immersion.assignment.greedy import NONE, greedy
    from immersion.assignment.solver import _key, _repair, solve

    steps: list[str] = []
    clock = [time.perf_counter()]

    def left() -> float:
        return deadline - time.perf_counter()

    def done(step: str) -> None:
        now = time.perf_counter()
        steps.append(f"{step} {now - clock[0]:.2f}")
        clock[0] = now

    if left() < build:
        return list(start), steps
    mark = time.perf_counter()
    problem = build_problem(sub)
    build = time.perf_counter() - mark
    done("arcs")
    current = _choice_vector(problem, start)
    if current is None:  # pragma: no cover - every regional assignment is an arc of sub
        return list(start), steps
    _repair(problem, current)  # cheap (the holes only) and what seats most people: always
    done("fill")
    if left() > GREEDY_COST * build:
        candidate = greedy(problem)
        done("greedy")
        if _key(problem, candidate) > _key(problem, current):
            current = candidate
    everything = np.ones(problem.n_arcs, dtype=bool)
    if left() > FLOW_COST * build:
        relaxed, _, _ = joint_flow(problem, everything)
        relaxed[_site_conflicts(problem, relaxed)] = NONE
        done("relaxation")
        if _key(problem, relaxed) > _key(problem, current):
            current = relaxed
    if left() > 0:
        ascent_end = time.perf_counter() + 0.5 * left()
        step = 1.5 * FLOW_COST * build / max(1, problem.n_half_days)
        current = coordinate_ascent(
            problem, everything, current, rounds=6, deadline=ascent_end, first_step=step
        )
        done("ascent")
        _repair(problem, current, deadline=deadline)
    quick = _assignments_of(problem, current)
    if left() < BORDER_CP_SAT_SECONDS + FLOW_COST * build:
        return quick, steps
    full = solve(sub, time_limit=left(), seed=seed, workers=1, explain=False, deadline=deadline)
    done("cp_sat")
    if (len(full.assignments), full.objective) > (len(quick), objective(sub, quick)):
        return list(full.assignments), steps
    return quick, steps


def _build_rate(split: Split, solutions: Sequence[Solution]) -> float:
    """Seconds per participant the regions took to build their arcs (load-aware), or the
    default when they do not say."""
    seconds, people = 0.0, 0
    for region, solution in zip(split.regions, solutions, strict=True):
        spent = solution.stats.get("timings", {}).get("candidates")
        if spent:
            seconds += spent
            people += len(region.instance.participants)
    return seconds / people if people else BUILD_SECONDS_PER_PARTICIPANT


def _choice_vector(problem, assignments: list[Assignment]) -> np.ndarray | None:
    """The choice vector (``p * H + h`` → arc) of ``assignments``, None if one is no arc."""
    from immersion.assignment.greedy import NONE

    instance = problem.instance
    p_index = {p.id: i for i, p in enumerate(instance.participants)}
    s_index = {s.id: i for i, s in enumerate(instance.slots)}
    h_index = {h: i for i, h in enumerate(instance.half_days)}
    n_h = problem.n_half_days
    current = np.full(problem.n_participants * n_h, NONE, dtype=np.int64)
    for a in assignments:
        p, s = p_index[a.participant], s_index[a.slot]
        h = h_index[instance.slots[s].half_day]
        sl = problem.arcs_of(p, h)
        found = np.flatnonzero(problem.arc_s[sl] == s)
        if found.size == 0:
            return None
        current[p * n_h + h] = sl.start + int(found[0])
    return current


def _assignments_of(problem, current: np.ndarray) -> list[Assignment]:
    from immersion.assignment.candidates import assignments_from_arcs

    return assignments_from_arcs(problem, current[current >= 0])


def _explain_estimate(instance: Instance, assignments: list[Assignment], workers: int) -> float:
    """Seconds to explain the half-days ``assignments`` leave unplaced, timed on a sample."""
    from immersion.assignment.explain import HalfDayContext

    taken = {(a.participant, instance.slot(a.slot).half_day) for a in assignments}
    holes = [(p, h) for p in instance.participants for h in p.available if (p.id, h) not in taken]
    if not holes:
        return 0.0
    mark = time.perf_counter()
    context = HalfDayContext(instance)  # the explanations build theirs: as long
    setup = time.perf_counter() - mark
    sample = holes[:: max(1, len(holes) // 40)]
    for participant, half_day in sample:  # first pass: the masks cached per key
        context.classify(participant, half_day, used={}, visited_sites=set())
    mark = time.perf_counter()
    for participant, half_day in sample:
        context.classify(participant, half_day, used={}, visited_sites=set())
    per_call = (time.perf_counter() - mark) / len(sample)
    parallel = max(1, min(workers, 4)) if len(instance.participants) >= 2000 else 1
    return 0.1 + setup + 1.2 * per_call * len(holes) / (1 + 0.6 * (parallel - 1))


def _reach_by_participant(instance: Instance, split: Split, chosen: set[str]) -> set[str]:
    """Ids of the sites the chosen participants can reach (from their regions' sub-instance
    sites, which hold every site within their reach, filtered by their own radius)."""
    result: set[str] = set()
    for region in split.regions:
        mine = [p for p in region.instance.participants if p.id in chosen]
        if not mine:
            continue
        sub = Instance(
            half_days=instance.half_days,
            sites=region.instance.sites,
            slots=(),
            participants=tuple(mine),
        )
        _, ss = reach_pairs(sub)
        result.update(sub.sites[s].id for s in np.unique(ss).tolist())
    return result


# --------------------------------------------------------------------------- parallel solve


_JOB: dict[str, Any] = {}
# Share of the time limit kept for the border repair when a line was cut.
REPAIR_SHARE = 0.08
# Share of the available half-days expected unplaced, for the explanations' time.
EXPECTED_UNPLACED = 0.1


def _explain_reserve(instance: Instance, processes: int) -> float:
    """Seconds to keep for explaining the unplaced on the whole instance: a sample of
    explanations timed now (so a loaded machine keeps more), times the expected unplaced."""
    from immersion.assignment.explain import HalfDayContext

    requests = [(p, h) for p in instance.participants for h in p.available]
    if not requests:
        return 0.05
    mark = time.perf_counter()
    context = HalfDayContext(instance)  # the explanations build theirs: as long
    setup = time.perf_counter() - mark
    sample = requests[:: max(1, len(requests) // 40)]
    mark = time.perf_counter()
    for participant, half_day in sample:
        context.classify(participant, half_day, used={}, visited_sites=set())
    per_call = (time.perf_counter() - mark) / len(sample)
    speedup = 1 + 0.6 * (max(1, min(processes, 4)) - 1)
    return 0.2 + setup + 1.3 * per_call * EXPECTED_UNPLACED * len(requests) / speedup


def merge_reserve(
    instance: Instance, split: Split, time_limit: float, processes: int = 1
) -> dict[str, float]:
    """Seconds the merge needs after the regions, by phase: ``merging`` (diagnosis, reach,
    scoring), ``explaining`` (timed on a sample), ``repair`` (the border repair's share of
    the time limit, none without a cut line) and their ``total``. The regions end that much
    before the overall deadline (:func:`solve_split`, and the platform's regional tasks)."""
    reserve = {
        "merging": 0.3 + 2.5e-4 * len(instance.participants),
        "explaining": _explain_reserve(instance, processes),
        "repair": 0.0 if split.exact else REPAIR_SHARE * time_limit,
    }
    reserve["total"] = sum(reserve.values())
    return {k: round(v, 3) for k, v in reserve.items()}


def _solve_region(index: int) -> Solution:
    from immersion.assignment.solver import solve

    region = _JOB["split"].regions[index]
    return solve(
        region.instance,
        time_limit=_JOB["time_limit"],
        seed=_JOB["seed"],
        workers=1,
        deadline=_JOB["deadline"],
        explain=False,
    )


def solve_split(
    instance: Instance,
    *,
    parts: int = 2,
    processes: int | None = None,
    time_limit: float = 30.0,
    seed: int = 0,
    deadline: float | None = None,
) -> Solution:
    """Split into ``parts`` regions, solve them in ``processes`` forked processes (default:
    one per region), merge. ``time_limit``/``deadline`` as in :func:`solver.solve`: the whole
    call, merge and explanations included, ends by then."""
    started = time.perf_counter()
    end = started + time_limit if deadline is None else min(deadline, started + time_limit)
    split = split_instance(instance, parts)
    processes = max(1, min(processes or len(split.regions), len(split.regions)))
    # After the regions: the merge (border repair, scoring, explanations) by ``end``.
    reserve = merge_reserve(instance, split, time_limit, processes)
    region_end = end - reserve["total"]
    seconds = max(0.2, region_end - time.perf_counter())
    _JOB.update(split=split, time_limit=seconds, seed=seed, deadline=region_end)
    try:
        if processes > 1:
            try:
                with multiprocessing.get_context("fork").Pool(processes) as pool:
                    solutions = pool.map(_solve_region, range(len(split.regions)), chunksize=1)
            except OSError:  # pragma: no cover - no fork here: one after another
                solutions = [_solve_region(i) for i in range(len(split.regions))]
        else:
            solutions = []
            for i in range(len(split.regions)):
                # One process: the regions share the time left evenly.
                left = len(split.regions) - i
                share = max(0.0, (region_end - time.perf_counter()) / left)
                _JOB.update(time_limit=max(0.2, share), deadline=time.perf_counter() + share)
                solutions.append(_solve_region(i))

    finally:
        _JOB.clear()
    regions_done = time.perf_counter() - started
    # The repair may use whatever the regions left: the merge keeps the rest for itself.
    merged = merge_solutions(
        instance,
        split,
        solutions,
        repair_seconds=max(0.0, end - time.perf_counter()),
        seed=seed,
        workers=processes,
        deadline=end,
    )
    merged.stats["time_limit"] = time_limit
    merged.stats["processes"] = processes
    timings = merged.stats.setdefault("timings", {})
    timings["regions"] = round(regions_done, 3)
    timings["merge_reserve"] = reserve
    timings["total"] = round(time.perf_counter() - started, 3)
    return merged
