"""The hard constraints on one (participant, slot) pair, in plain Python.

Shared by :mod:`check`, :mod:`explain`, :mod:`scoring` and the diagnosis. The solver uses the
vectorised equivalent in :mod:`candidates`; tests compare both.
"""

from __future__ import annotations

from dataclasses import dataclass

from immersion.assignment.geo import haversine_km, normalise_organisation
from immersion.assignment.model import (
    Assignment,
    Instance,
    Participant,
    Site,
    Slot,
    access_names,
    category_name,
    name_of,
)

UNAVAILABLE = "unavailable"
FORBIDDEN_CATEGORY = "forbidden_category"
OWN_ORGANISATION = "own_organisation"
TOO_FAR = "too_far"
TRAVEL_TIME = "travel_time"
ACCESS = "access"


@dataclass(frozen=True)
class Obstacle:
    code: str
    message: str


def distance_km(participant: Participant, site: Site) -> float | None:
    """Distance from the participant to the site, or None when a position is unknown."""
    if None in (participant.lat, participant.lon, site.lat, site.lon):
        return None
    return haversine_km(participant.lat, participant.lon, site.lat, site.lon)  # type: ignore[arg-type]


def is_own_organisation(participant: Participant, site: Site) -> bool:
    own = normalise_organisation(participant.organisation)
    return bool(own) and own == normalise_organisation(site.organisation)


def travel_shortfall(instance: Instance, slot: Slot) -> tuple[str, int, int] | None:
    """Why the slot's site cannot be reached in time: (side, travel minutes, minutes free).

    ``side`` is ``"before"`` (from the previous programme item to the immersion) or
    ``"after"`` (from the immersion to the next item); None when the site is reachable (or its
    travel time unknown). Travel time does not depend on the participant.
    """
    minutes = instance.site(slot.site).travel_minutes
    if minutes is None:
        return None
    budget = instance.travel_budget(slot.half_day)
    for side, free in (("before", budget.before), ("after", budget.after)):
        if free is not None and minutes > free:
            return side, minutes, free
    return None


def travel_message(instance: Instance, slot: Slot) -> str:
    """« Caf de Vitré est à 60 min de trajet : 15 min seulement avant le créneau (J2-…) »."""
    shortfall = travel_shortfall(instance, slot)
    if shortfall is None:
        return ""
    side, minutes, free = shortfall
    when = "avant" if side == "before" else "après"
    return (
        f"{name_of(instance.site(slot.site))} est à {minutes} min de trajet du lieu du séminaire : "
        f"{free} min seulement {when} le créneau du {slot.half_day}"
    )


def missing_access(participant: Participant, site: Site) -> frozenset[str]:
    """The participant's accessibility needs that the site does not declare."""
    return participant.needs - site.access


def pair_obstacles(instance: Instance, participant: Participant, slot: Slot) -> list[Obstacle]:
    """Hard constraints that forbid this participant in this slot, whatever the others do."""
    site = instance.site(slot.site)
    found: list[Obstacle] = []
    if slot.half_day not in participant.available:
        found.append(
            Obstacle(UNAVAILABLE, f"{name_of(participant)} n'est pas disponible le {slot.half_day}")
        )
    if participant.category in slot.forbidden_categories:
        found.append(
            Obstacle(
                FORBIDDEN_CATEGORY,
                f"le créneau {name_of(slot)} exclut la catégorie "
                f"« {category_name(participant.category)} »",
            )
        )
    if is_own_organisation(participant, site):
        found.append(
            Obstacle(
                OWN_ORGANISATION,
                f"{name_of(site)} relève de son propre organisme ({site.organisation}) : "
                "conflit d'intérêts",
            )
        )
    missing = missing_access(participant, site)
    if missing:
        found.append(
            Obstacle(
                ACCESS,
                f"{name_of(site)} n'offre pas ce dont {name_of(participant)} a besoin : "
                f"{access_names(missing)}",
            )
        )
    if travel_shortfall(instance, slot) is not None:
        found.append(Obstacle(TRAVEL_TIME, travel_message(instance, slot)))
    if participant.max_km is not None:
        km = distance_km(participant, site)
        if km is not None and km > participant.max_km:
            found.append(
                Obstacle(
                    TOO_FAR,
                    f"{name_of(site)} est à {km:.0f} km, au-delà de sa distance maximale "
                    f"({participant.max_km:g} km)",
                )
            )
    return found


def is_allowed(instance: Instance, participant: Participant, slot: Slot) -> bool:
    return not pair_obstacles(instance, participant, slot)


def classify_previous(instance: Instance) -> tuple[list[Assignment], list[dict[str, str]]]:
    """Split ``instance.previous`` into pairs that can still be kept and obsolete ones.

    Only the former count in the objective (a dropped one costs ``weights.dropped_previous``);
    the latter are reported with a French reason (participant withdrawn, slot removed, pair
    now forbidden, replaced by a pin).
    """
    valid: list[Assignment] = []
    obsolete: list[dict[str, str]] = []
    for pair in instance.previous:
        reason = ""
        if not instance.has_participant(pair.participant):
            reason = "participant retiré"
        elif not instance.has_slot(pair.slot):
            reason = "créneau supprimé"
        else:
            participant = instance.participant(pair.participant)
            slot = instance.slot(pair.slot)
            obstacles = pair_obstacles(instance, participant, slot)
            pins = participant.pins
            if obstacles:
                reason = "désormais impossible : " + obstacles[0].message
            elif slot.half_day in pins and pins[slot.half_day] != slot.id:
                reason = f"remplacé par un épinglage sur {pins[slot.half_day]}"
            elif any(
                instance.slot(s).site == slot.site and hd != slot.half_day for hd, s in pins.items()
            ):
                reason = "la même structure est épinglée sur une autre demi-journée"
        if reason:
            obsolete.append({"participant": pair.participant, "slot": pair.slot, "reason": reason})
        else:
            valid.append(pair)
    return valid, obsolete
