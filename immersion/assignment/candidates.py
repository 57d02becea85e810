"""Indexed, vectorised view of an instance: the allowed (participant, slot) pairs ("arcs").

An arc exists when the participant is available on the slot's half-day, the slot does not
forbid the participant's category, the site is not of the participant's own organisation, the
site is within the participant's ``max_km`` (when both positions are known), the site provides
every accessibility need of the participant, the site can be reached within the half-day's
travel budget (before and after the immersion), and it is
compatible with the participant's pins (a pinned half-day keeps only its pinned slot; the
pinned site is not offered again on another half-day). Every hard constraint that involves a
single pair is thus enforced by construction; the others (one slot per half-day, capacity,
one visit per site) are constraints of the model.

Arcs are sorted by (participant, half-day, slot) so that the arcs of a participant and of a
participant-half-day are contiguous slices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from immersion.assignment.geo import haversine_matrix, normalise_organisation
from immersion.assignment.model import (
    ACCESS_CODES,
    CATEGORIES,
    CHANNELS,
    SITE_KINDS,
    Assignment,
    Instance,
)
from immersion.assignment.rules import classify_previous, travel_shortfall

_BLOCK = 256


@dataclass(frozen=True, eq=False)
class Problem:
    instance: Instance
    n_participants: int
    n_slots: int
    n_half_days: int
    # participants
    part_cat: np.ndarray  # (P,) category index
    part_avail: np.ndarray  # (P, H) bool
    part_pref: np.ndarray  # (P, K) preference per site kind
    part_lat: np.ndarray  # (P,) float, nan when unknown
    part_lon: np.ndarray
    # slots
    slot_site: np.ndarray  # (S,) site index
    slot_hd: np.ndarray  # (S,) half-day index
    slot_cap: np.ndarray  # (S,) capacity
    slot_kind: np.ndarray  # (S,) kind index of its site
    slot_channel: np.ndarray  # (S,) channel index
    slot_forbid: np.ndarray  # (S, C) bool
    site_lat: np.ndarray
    site_lon: np.ndarray
    # arcs, sorted by (participant, half-day, slot)
    arc_p: np.ndarray
    arc_s: np.ndarray
    arc_h: np.ndarray
    arc_km: np.ndarray  # float32, nan when unknown
    arc_prev: np.ndarray  # bool: a (still valid) previous pair
    arc_pin: np.ndarray  # bool: a pinned pair
    arc_weight: np.ndarray  # int64: assignment + preference * pref + dropped_previous * prev
    ph_start: np.ndarray  # (P*H+1,) start of the arcs of participant-half-day p*H+h
    # previous assignment
    valid_previous: tuple[Assignment, ...]
    obsolete_previous: tuple[dict[str, str], ...]
    previous_constant: int  # -dropped_previous * len(valid_previous)

    @property
    def n_arcs(self) -> int:
        return int(self.arc_p.shape[0])

    def arcs_of(self, p: int, h: int) -> slice:
        k = p * self.n_half_days + h
        return slice(int(self.ph_start[k]), int(self.ph_start[k + 1]))

    def part_range(self, p: int) -> slice:
        h = self.n_half_days
        return slice(int(self.ph_start[p * h]), int(self.ph_start[(p + 1) * h]))


def build_problem(instance: Instance) -> Problem:
    """Index the instance and enumerate its allowed arcs (vectorised with numpy)."""
    w = instance.weights
    hd_index = {h: i for i, h in enumerate(instance.half_days)}
    site_index = {s.id: i for i, s in enumerate(instance.sites)}
    slot_index = {s.id: i for i, s in enumerate(instance.slots)}
    kind_index = {k: i for i, k in enumerate(SITE_KINDS)}
    cat_index = {c: i for i, c in enumerate(CATEGORIES)}
    channel_index = {c: i for i, c in enumerate(CHANNELS)}
    n_p, n_s, n_h = len(instance.participants), len(instance.slots), len(instance.half_days)

    org_codes: dict[str, int] = {}

    def org_code(name: str, empty: int) -> int:
        key = normalise_organisation(name)
        if not key:
            return empty
        return org_codes.setdefault(key, len(org_codes))

    site_lat = np.array([np.nan if s.lat is None else s.lat for s in instance.sites], dtype=float)
    site_lon = np.array([np.nan if s.lon is None else s.lon for s in instance.sites], dtype=float)
    site_org = np.array([org_code(s.organisation, -2) for s in instance.sites], dtype=np.int64)
    site_kind = np.array([kind_index[s.kind] for s in instance.sites], dtype=np.int64)

    slot_site = np.array([site_index[s.site] for s in instance.slots], dtype=np.int64)
    slot_hd = np.array([hd_index[s.half_day] for s in instance.slots], dtype=np.int64)
    slot_cap = np.array([s.capacity for s in instance.slots], dtype=np.int64)
    slot_channel = np.array([channel_index[s.channel] for s in instance.slots], dtype=np.int64)
    slot_forbid = np.zeros((n_s, len(CATEGORIES)), dtype=bool)
    for i, s in enumerate(instance.slots):
        for c in s.forbidden_categories:
            slot_forbid[i, cat_index[c]] = True
    slot_kind = site_kind[slot_site] if n_s else np.zeros(0, dtype=np.int64)
    # Travel time does not depend on the participant: a slot too far in time has no arc.
    slot_in_time = np.array(
        [travel_shortfall(instance, s) is None for s in instance.slots], dtype=bool
    )
    # Accessibility: a participant's needs must all be among the site's access codes.
    access_index = {c: i for i, c in enumerate(ACCESS_CODES)}
    site_lacks = np.ones((len(instance.sites), len(ACCESS_CODES)), dtype=bool)
    for i, s in enumerate(instance.sites):
        for c in s.access:
            site_lacks[i, access_index[c]] = False

    parts = instance.participants
    part_cat = np.array([cat_index[p.category] for p in parts], dtype=np.int64)
    part_avail = np.zeros((n_p, n_h), dtype=bool)
    part_pref = np.zeros((n_p, len(SITE_KINDS)), dtype=np.int64)
    for i, p in enumerate(parts):
        for h in p.available:
            part_avail[i, hd_index[h]] = True
        for k, v in p.preferences:
            part_pref[i, kind_index[k]] = v
    part_lat = np.array([np.nan if p.lat is None else p.lat for p in parts], dtype=float)
    part_lon = np.array([np.nan if p.lon is None else p.lon for p in parts], dtype=float)
    part_max = np.array([np.inf if p.max_km is None else p.max_km for p in parts], dtype=float)
    part_org = np.array([org_code(p.organisation, -1) for p in parts], dtype=np.int64)
    part_needs = np.zeros((n_p, len(ACCESS_CODES)), dtype=bool)
    for i, p in enumerate(parts):
        for c in p.needs:
            part_needs[i, access_index[c]] = True
    any_needs = bool(part_needs.any())

    chunks_p: list[np.ndarray] = []
    chunks_s: list[np.ndarray] = []
    chunks_km: list[np.ndarray] = []
    for start in range(0, n_p, _BLOCK):
        stop = min(n_p, start + _BLOCK)
        if n_s == 0:
            break
        dist = haversine_matrix(
            part_lat[start:stop], part_lon[start:stop], site_lat, site_lon
        )  # nan when a position is unknown
        site_ok = ~(dist > part_max[start:stop, None])
        site_ok &= site_org[None, :] != part_org[start:stop, None]
        if any_needs:
            unmet = part_needs[start:stop].astype(np.int64) @ site_lacks.T.astype(np.int64)
            site_ok &= unmet == 0
        ok = site_ok[:, slot_site]
        ok &= slot_in_time[None, :]
        ok &= part_avail[start:stop][:, slot_hd]
        ok &= ~slot_forbid[:, part_cat[start:stop]].T
        rows, cols = np.nonzero(ok)
        chunks_p.append(rows + start)
        chunks_s.append(cols)
        chunks_km.append(dist[rows, slot_site[cols]].astype(np.float32))
    arc_p = np.concatenate(chunks_p) if chunks_p else np.zeros(0, dtype=np.int64)
    arc_s = np.concatenate(chunks_s) if chunks_s else np.zeros(0, dtype=np.int64)
    arc_km = np.concatenate(chunks_km) if chunks_km else np.zeros(0, dtype=np.float32)

    # Pins: a pinned half-day keeps only its pinned slot; the pinned site is not offered again.
    pinned_pairs: set[tuple[int, int]] = set()
    keep = np.ones(arc_p.shape[0], dtype=bool)
    if any(p.pinned for p in parts):
        pin_of = np.full((n_p, n_h), -1, dtype=np.int64)
        pinned_sites: dict[int, set[int]] = {}
        for i, p in enumerate(parts):
            for h, sid in p.pinned:
                s = slot_index[sid]
                pin_of[i, hd_index[h]] = s
                pinned_pairs.add((i, s))
                pinned_sites.setdefault(i, set()).add(int(slot_site[s]))
        arc_hd = slot_hd[arc_s]
        pin_here = pin_of[arc_p, arc_hd]
        keep &= (pin_here < 0) | (pin_here == arc_s)
        for i, site_set in pinned_sites.items():
            lo, hi = np.searchsorted(arc_p, [i, i + 1])
            segment = slice(lo, hi)
            same_site = np.isin(slot_site[arc_s[segment]], list(site_set))
            is_pin = pin_of[i, slot_hd[arc_s[segment]]] == arc_s[segment]
            keep[segment] &= ~same_site | is_pin
    arc_p, arc_s, arc_km = arc_p[keep], arc_s[keep], arc_km[keep]

    arc_h = slot_hd[arc_s] if arc_s.size else np.zeros(0, dtype=np.int64)
    order = np.lexsort((arc_s, arc_h, arc_p))
    arc_p, arc_s, arc_h, arc_km = arc_p[order], arc_s[order], arc_h[order], arc_km[order]
    ph_key = arc_p * n_h + arc_h
    ph_start = np.searchsorted(ph_key, np.arange(n_p * n_h + 1)).astype(np.int64)

    valid_previous, obsolete = classify_previous(instance)
    participant_index = {p.id: i for i, p in enumerate(parts)}
    arc_prev = np.zeros(arc_p.shape[0], dtype=bool)
    for pair in valid_previous:
        p = participant_index[pair.participant]
        s = slot_index[pair.slot]
        k = p * n_h + int(slot_hd[s])
        lo, hi = int(ph_start[k]), int(ph_start[k + 1])
        hit = lo + int(np.searchsorted(arc_s[lo:hi], s))
        if hit < hi and arc_s[hit] == s:
            arc_prev[hit] = True
    arc_pin = np.zeros(arc_p.shape[0], dtype=bool)
    for p, s in pinned_pairs:
        k = p * n_h + int(slot_hd[s])
        lo, hi = int(ph_start[k]), int(ph_start[k + 1])
        hit = lo + int(np.searchsorted(arc_s[lo:hi], s))
        if hit < hi and arc_s[hit] == s:
            arc_pin[hit] = True

    arc_kind = slot_kind[arc_s] if arc_s.size else np.zeros(0, dtype=np.int64)
    arc_weight = (
        w.assignment
        + w.preference * part_pref[arc_p, arc_kind]
        + w.dropped_previous * arc_prev.astype(np.int64)
    ).astype(np.int64)

    return Problem(
        instance=instance,
        n_participants=n_p,
        n_slots=n_s,
        n_half_days=n_h,
        part_cat=part_cat,
        part_avail=part_avail,
        part_pref=part_pref,
        part_lat=part_lat,
        part_lon=part_lon,
        slot_site=slot_site,
        slot_hd=slot_hd,
        slot_cap=slot_cap,
        slot_kind=slot_kind,
        slot_channel=slot_channel,
        slot_forbid=slot_forbid,
        site_lat=site_lat,
        site_lon=site_lon,
        arc_p=arc_p,
        arc_s=arc_s,
        arc_h=arc_h,
        arc_km=arc_km,
        arc_prev=arc_prev,
        arc_pin=arc_pin,
        arc_weight=arc_weight,
        ph_start=ph_start,
        valid_previous=tuple(valid_previous),
        obsolete_previous=tuple(obsolete),
        previous_constant=-w.dropped_previous * len(valid_previous),
    )


def assignments_from_arcs(problem: Problem, arcs: np.ndarray) -> list[Assignment]:
    """Assignments for the chosen arc indices, in (participant, half-day) order."""
    instance = problem.instance
    chosen = np.sort(np.asarray(arcs, dtype=np.int64))
    return [
        Assignment(instance.participants[int(p)].id, instance.slots[int(s)].id)
        for p, s in zip(problem.arc_p[chosen], problem.arc_s[chosen], strict=True)
    ]
