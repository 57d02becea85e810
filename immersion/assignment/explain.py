"""Why a participant's half-day has no slot, in French.

For an unplaced participant-half-day every slot of that half-day is examined in this order:
too far, too far in travel time (the programme's gaps around the immersion), accessibility
needs not met, own organisation (conflict of interest), category excluded, site already visited
on another half-day, full. The first family that empties the list gives the main reason; the
counts of the other families follow as details.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from immersion.assignment.geo import haversine_matrix, normalise_organisation
from immersion.assignment.model import (
    Assignment,
    Instance,
    Participant,
    TravelBudget,
    Unplaced,
    access_names,
    category_name,
    name_of,
)
from immersion.assignment.rules import ACCESS, TRAVEL_TIME, travel_shortfall

NO_OFFER = "no_offer"
TOO_FAR = "too_far"
OWN_ORGANISATION = "own_organisation"
FORBIDDEN_CATEGORY = "forbidden_category"
ALREADY_VISITED = "already_visited"
FULL = "full"
FREE_SEAT = "free_seat_available"
# Left unexplained: the time limit came first (the platform files it under « autre »).
NOT_EXPLAINED = "not_explained"
NOT_EXPLAINED_TEXT = "raison non calculée : le calcul a atteint sa limite de temps"


def _budget_text(budget: TravelBudget) -> str:
    """« temps libre : 15 min avant le créneau, 30 min après »."""
    before, after = budget.before, budget.after
    if before is not None and after is not None:
        return f"temps libre : {before} min avant le créneau, {after} min après"
    if before is not None:
        return f"temps libre : {before} min avant le créneau"
    return f"temps libre : {after} min après le créneau"


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


@dataclass(frozen=True, eq=False)
class _HalfDaySlots:
    ids: list[str]
    sites: list[str]
    slot_names: list[str]
    site_names: list[str]
    lat: np.ndarray
    lon: np.ndarray
    org: list[str]
    organisation: list[str]
    capacity: np.ndarray
    forbidden: list[frozenset[str]]
    access: list[frozenset[str]]
    late: np.ndarray  # bool: the site cannot be reached within the half-day's travel budget
    travel: list[int]  # travel minutes (0 when unknown)
    budget_text: str  # « 15 min libres avant le créneau, 30 min après »


class HalfDayContext:
    """Per-half-day arrays of slots, built once per explanation run."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        by_hd: dict[str, list] = defaultdict(list)
        for slot in instance.slots:
            by_hd[slot.half_day].append(slot)
        self.half_day: dict[str, _HalfDaySlots] = {}
        for hd in instance.half_days:
            slots = by_hd.get(hd, [])
            sites = [instance.site(s.site) for s in slots]
            self.half_day[hd] = _HalfDaySlots(
                ids=[s.id for s in slots],
                sites=[s.site for s in slots],
                slot_names=[name_of(s) for s in slots],
                site_names=[name_of(t) for t in sites],
                lat=np.array([np.nan if t.lat is None else t.lat for t in sites], dtype=float),
                lon=np.array([np.nan if t.lon is None else t.lon for t in sites], dtype=float),
                org=[normalise_organisation(t.organisation) for t in sites],
                organisation=[t.organisation for t in sites],
                capacity=np.array([s.capacity for s in slots], dtype=np.int64),
                forbidden=[s.forbidden_categories for s in slots],
                access=[t.access for t in sites],
                late=np.array([travel_shortfall(instance, s) is not None for s in slots], bool),
                travel=[t.travel_minutes or 0 for t in sites],
                budget_text=_budget_text(instance.travel_budget(hd)),
            )
        # Positions of each site among a half-day's slots, and masks computed once per key
        # (needs, organisation, category; seats taken per ``used`` dict): a call is then a few
        # numpy operations rather than Python loops over every slot of the half-day.
        self._positions: dict[str, dict[str, list[int]]] = {}
        for hd, data in self.half_day.items():
            positions: dict[str, list[int]] = defaultdict(list)
            for i, site in enumerate(data.sites):
                positions[site].append(i)
            self._positions[hd] = positions
        self._org_codes: dict[str, int] = {}
        self._org = {
            hd: np.array(
                [self._org_codes.setdefault(o, len(self._org_codes)) for o in data.org],
                dtype=np.int64,
            )
            for hd, data in self.half_day.items()
        }
        self._masks: dict[tuple[str, str, object], np.ndarray] = {}
        self._used: dict[str, int] | None = None
        self._full: dict[str, np.ndarray] = {}

    def _mask(self, half_day: str, kind: str, key: object) -> np.ndarray:
        found = self._masks.get((half_day, kind, key))
        if found is None:
            data = self.half_day[half_day]
            if kind == "access":
                values = [bool(key - access) for access in data.access]  # type: ignore[operator]
            elif kind == "own":
                code = self._org_codes.get(key, -1) if key else -1  # type: ignore[call-overload]
                found = self._org[half_day] == code
                self._masks[half_day, kind, key] = found
                return found
            else:
                values = [key in f for f in data.forbidden]
            found = np.array(values, dtype=bool)
            self._masks[half_day, kind, key] = found
        return found

    def _full_mask(self, half_day: str, used: dict[str, int]) -> np.ndarray:
        """Slots of the half-day with no seat left given ``used`` (computed once per dict:
        a caller must not change ``used`` between two calls with the same dict)."""
        if used is not self._used:
            self._used, self._full = used, {}
        found = self._full.get(half_day)
        if found is None:
            data = self.half_day[half_day]
            if used:
                taken = np.fromiter((used.get(i, 0) for i in data.ids), np.int64, len(data.ids))
            else:
                taken = np.zeros(len(data.ids), dtype=np.int64)
            found = taken >= data.capacity
            self._full[half_day] = found
        return found

    def classify(
        self,
        participant: Participant,
        half_day: str,
        *,
        used: dict[str, int],
        visited_sites: set[str],
    ) -> tuple[list[str], list[str], int]:
        """(reasons, codes, number of compatible slots ignoring seats and visits)."""
        data = self.half_day[half_day]
        n = len(data.ids)
        if n == 0:
            return [f"aucune offre ouverte le {half_day}"], [NO_OFFER], 0
        far = np.zeros(n, dtype=bool)
        nearest = None
        if participant.max_km is not None and participant.lat is not None:
            dist = haversine_matrix(
                np.array([participant.lat]), np.array([participant.lon]), data.lat, data.lon
            )[0]
            far = dist > participant.max_km
            known = dist[~np.isnan(dist)]
            nearest = float(known.min()) if known.size else None
        if not (~far).any():
            text = f"aucune offre ouverte à moins de {participant.max_km:g} km le {half_day}"
            if nearest is not None:
                text += f" (la plus proche est à {nearest:.0f} km)"
            return [text], [TOO_FAR], 0
        late = data.late
        lacking = self._mask(half_day, "access", frozenset(participant.needs))
        own = self._mask(half_day, "own", normalise_organisation(participant.organisation))
        forbidden = self._mask(half_day, "category", participant.category)
        visited = np.zeros(n, dtype=bool)
        positions = self._positions[half_day]
        for site in visited_sites:
            visited[positions.get(site, [])] = True
        full = self._full_mask(half_day, used)
        needs = access_names(participant.needs)
        category = category_name(participant.category)

        def main_travel(left: np.ndarray) -> str:
            # The reachable slot nearest in time says how far off the programme's gaps are.
            order = sorted(np.flatnonzero(left), key=lambda i: data.travel[i])
            nearest = int(order[0])
            return (
                f"aucune structure n'est joignable à temps le {half_day} "
                f"({data.budget_text}) : la plus proche en temps, {data.site_names[nearest]}, "
                f"est à {data.travel[nearest]} min de trajet"
            )

        def main_access(left: np.ndarray) -> str:
            n_left = int(left.sum())
            if n_left == 1:
                return f"la seule offre restante n'offre pas l'accessibilité requise ({needs})"
            return f"aucune des {n_left} offres restantes n'offre l'accessibilité requise ({needs})"

        def main_own(left: np.ndarray) -> str:
            names = sorted({data.organisation[i] for i in np.flatnonzero(left)})
            prefix = "seule structure proche" if len(names) == 1 else "seules structures proches"
            return f"{prefix} = son propre organisme ({', '.join(names)})"

        def main_forbidden(left: np.ndarray) -> str:
            n_left = int(left.sum())
            where = "du seul créneau restant" if n_left == 1 else f"des {n_left} créneaux restants"
            return f"catégorie « {category} » exclue {where}"

        def main_visited(left: np.ndarray) -> str:
            sites = sorted({data.site_names[i] for i in np.flatnonzero(left)})
            return (
                f"a déjà visité les seules structures accessibles ({', '.join(sites)}) "
                "sur une autre demi-journée"
            )

        def main_full(left: np.ndarray) -> str:
            n_left = int(left.sum())
            if n_left == 1:
                return "le seul créneau compatible est complet"
            return f"les {n_left} créneaux compatibles sont complets"

        # (code, slots it rules out, main reason when it rules out all that is left, detail).
        stages = (
            (TOO_FAR, far, None, lambda k: f"{k} à plus de {participant.max_km:g} km"),
            (TRAVEL_TIME, late, main_travel, lambda k: f"{k} trop loin(s) en temps de trajet"),
            (ACCESS, lacking, main_access, lambda k: f"{k} sans {needs}"),
            (OWN_ORGANISATION, own, main_own, lambda k: f"{k} chez son propre organisme"),
            (
                FORBIDDEN_CATEGORY,
                forbidden,
                main_forbidden,
                lambda k: f"{k} exclu(s) pour la catégorie « {category} »",
            ),
            (
                ALREADY_VISITED,
                visited,
                main_visited,
                lambda k: f"{k} dans une structure déjà visitée",
            ),
            (FULL, full, main_full, lambda k: _plural(k, "complet")),
        )
        left = np.ones(n, dtype=bool)
        reasons: list[str] = []
        codes: list[str] = []
        details: list[str] = []
        detail_codes: list[str] = []
        compatible = 0
        for code, excluded, main, detail in stages:
            hit = left & excluded
            if hit.any():
                details.append(detail(int(hit.sum())))
                detail_codes.append(code)
            if not reasons and not (left & ~excluded).any():
                reasons.append(main(left))  # type: ignore[misc]
                codes.append(code)
            left = left & ~excluded
            if code == FORBIDDEN_CATEGORY:
                compatible = int(left.sum())
        if not reasons:
            first = data.slot_names[int(np.flatnonzero(left)[0])]
            count = _plural(int(left.sum()), "créneau compatible", "créneaux compatibles")
            reasons.append(
                f"{count} avec des places libres (par exemple {first}) : placement possible"
            )
            codes.append(FREE_SEAT)
        codes.extend(detail_codes)
        if len(details) > 1 or (details and codes[0] in (FULL, FREE_SEAT, ALREADY_VISITED)):
            reasons.append(
                f"sur {_plural(n, 'créneau', 'créneaux')} le {half_day} : " + ", ".join(details)
            )
        return reasons, list(dict.fromkeys(codes)), compatible


def not_explained(participant: str, half_day: str) -> Unplaced:
    """An unplaced half-day left unexplained: the run's time limit came first."""
    return Unplaced(participant, half_day, (NOT_EXPLAINED_TEXT,), (NOT_EXPLAINED,))


def explain_unplaced(
    instance: Instance, assignments: Iterable[Assignment], *, deadline: float | None = None
) -> list[Unplaced]:
    """Every available participant-half-day without a slot, with French reasons.

    Past ``deadline`` (a ``time.perf_counter()`` instant) the remaining ones are still listed,
    with :data:`NOT_EXPLAINED` as their only code (a time limit is a limit)."""
    used: dict[str, int] = defaultdict(int)
    taken: dict[str, dict[str, str]] = defaultdict(dict)
    for a in assignments:
        if instance.has_participant(a.participant) and instance.has_slot(a.slot):
            slot = instance.slot(a.slot)
            used[slot.id] += 1
            taken[a.participant][slot.half_day] = slot.site
    if deadline is not None and time.perf_counter() > deadline:
        context = None  # nothing will be explained: no need to index the slots
    else:
        context = HalfDayContext(instance)
    return explain_block(context, instance.participants, used, taken, deadline)


def explain_block(
    context: HalfDayContext | None,
    participants: Iterable[Participant],
    used: dict[str, int],
    taken: dict[str, dict[str, str]],
    deadline: float | None = None,
) -> list[Unplaced]:
    """The unplaced half-days of ``participants`` in order (see :func:`explain_unplaced`)."""
    result: list[Unplaced] = []
    late = False
    for k, participant in enumerate(participants):
        mine = taken.get(participant.id, {})
        if deadline is not None and not late and k % 16 == 0:
            late = time.perf_counter() > deadline
        for half_day in participant.available:
            if half_day in mine:
                continue
            if late or context is None:
                result.append(not_explained(participant.id, half_day))
                continue
            visited = {site for hd, site in mine.items() if hd != half_day}
            reasons, codes, _ = context.classify(
                participant, half_day, used=used, visited_sites=visited
            )
            result.append(Unplaced(participant.id, half_day, tuple(reasons), tuple(codes)))
    return result
