"""Why a participant's half-day has no slot, in French.

For an unplaced participant-half-day every slot of that half-day is examined in this order:
too far, own organisation (conflict of interest), category excluded, site already visited on
another half-day, full. The first family that empties the list gives the main reason; the
counts of the other families follow as details.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from immersion.assignment.geo import haversine_matrix, normalise_organisation
from immersion.assignment.model import (
    Assignment,
    Instance,
    Participant,
    Unplaced,
    category_name,
    name_of,
)

NO_OFFER = "no_offer"
TOO_FAR = "too_far"
OWN_ORGANISATION = "own_organisation"
FORBIDDEN_CATEGORY = "forbidden_category"
ALREADY_VISITED = "already_visited"
FULL = "full"
FREE_SEAT = "free_seat_available"


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
            )

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
        own_key = normalise_organisation(participant.organisation)
        own = np.array([bool(own_key) and o == own_key for o in data.org], dtype=bool)
        forbidden = np.array([participant.category in f for f in data.forbidden], dtype=bool)
        visited = np.array([s in visited_sites for s in data.sites], dtype=bool)
        full = np.array(
            [used.get(i, 0) >= c for i, c in zip(data.ids, data.capacity.tolist(), strict=True)],
            dtype=bool,
        )

        reasons: list[str] = []
        codes: list[str] = []
        reachable = ~far
        if not reachable.any():
            text = f"aucune offre ouverte à moins de {participant.max_km:g} km le {half_day}"
            if nearest is not None:
                text += f" (la plus proche est à {nearest:.0f} km)"
            return [text], [TOO_FAR], 0
        not_own = reachable & ~own
        if not not_own.any():
            names = sorted({data.organisation[i] for i in np.flatnonzero(reachable)})
            prefix = "seule structure proche" if len(names) == 1 else "seules structures proches"
            reasons.append(f"{prefix} = son propre organisme ({', '.join(names)})")
            codes.append(OWN_ORGANISATION)
        else:
            compatible = not_own & ~forbidden
            if not compatible.any():
                n_left = int(not_own.sum())
                where = (
                    "du seul créneau restant" if n_left == 1 else f"des {n_left} créneaux restants"
                )
                reasons.append(
                    f"catégorie « {category_name(participant.category)} » exclue {where}"
                )
                codes.append(FORBIDDEN_CATEGORY)
            else:
                open_sites = compatible & ~visited
                if not open_sites.any():
                    sites = sorted({data.site_names[i] for i in np.flatnonzero(compatible)})
                    reasons.append(
                        "a déjà visité les seules structures accessibles "
                        f"({', '.join(sites)}) sur une autre demi-journée"
                    )
                    codes.append(ALREADY_VISITED)
                else:
                    free = open_sites & ~full
                    n_open = int(open_sites.sum())
                    if not free.any():
                        reasons.append(
                            "le seul créneau compatible est complet"
                            if n_open == 1
                            else f"les {n_open} créneaux compatibles sont complets"
                        )
                        codes.append(FULL)
                    else:
                        first = data.slot_names[int(np.flatnonzero(free)[0])]
                        count = _plural(
                            int(free.sum()), "créneau compatible", "créneaux compatibles"
                        )
                        reasons.append(
                            f"{count} avec des places libres (par exemple {first}) : "
                            "placement possible"
                        )
                        codes.append(FREE_SEAT)
        details = []
        if far.any():
            details.append(f"{int(far.sum())} à plus de {participant.max_km:g} km")
            codes.append(TOO_FAR)
        if (reachable & own).any():
            details.append(f"{int((reachable & own).sum())} chez son propre organisme")
            codes.append(OWN_ORGANISATION)
        if (not_own & forbidden).any():
            details.append(
                f"{int((not_own & forbidden).sum())} exclu(s) pour la catégorie "
                f"« {category_name(participant.category)} »"
            )
            codes.append(FORBIDDEN_CATEGORY)
        compatible = not_own & ~forbidden
        if (compatible & visited).any():
            details.append(f"{int((compatible & visited).sum())} dans une structure déjà visitée")
            codes.append(ALREADY_VISITED)
        if (compatible & ~visited & full).any():
            details.append(_plural(int((compatible & ~visited & full).sum()), "complet"))
            codes.append(FULL)
        if len(details) > 1 or (details and codes[0] in (FULL, FREE_SEAT, ALREADY_VISITED)):
            reasons.append(
                f"sur {_plural(n, 'créneau', 'créneaux')} le {half_day} : " + ", ".join(details)
            )
        return reasons, list(dict.fromkeys(codes)), int(compatible.sum())


def explain_unplaced(instance: Instance, assignments: Iterable[Assignment]) -> list[Unplaced]:
    """Every available participant-half-day without a slot, with French reasons."""
    used: dict[str, int] = defaultdict(int)
    taken: dict[str, dict[str, str]] = defaultdict(dict)
    for a in assignments:
        if instance.has_participant(a.participant) and instance.has_slot(a.slot):
            slot = instance.slot(a.slot)
            used[slot.id] += 1
            taken[a.participant][slot.half_day] = slot.site
    context = HalfDayContext(instance)
    result: list[Unplaced] = []
    for participant in instance.participants:
        mine = taken.get(participant.id, {})
        for half_day in participant.available:
            if half_day in mine:
                continue
            visited = {site for hd, site in mine.items() if hd != half_day}
            reasons, codes, _ = context.classify(
                participant, half_day, used=used, visited_sites=visited
            )
            result.append(Unplaced(participant.id, half_day, tuple(reasons), tuple(codes)))
    return result
