"""Translate a seminar's models into the assignment core's instance, and its results back.

Identifiers in the instance are prefixed database ids: participants "p12", slots (offers)
"o34", sites "s5"; their labels (names) are what the core's French messages show. The
instance holds no personal data of the public, and of participants only what the solver needs
(name, category, organisation, coordinates, availability, preferences, accessibility needs as
codes — never the free-text notes).

Travel: each site's one-way travel time from the venue and each half-day's free minutes before
and after the immersion come from :mod:`immersion.placements.travel`.
"""

from dataclasses import dataclass, field

from django.conf import settings

from immersion.assignment import Assignment, InstanceError, check_assignment, load_instance
from immersion.assignment.model import CHANNEL_LABELS
from immersion.common.choices import relabel_half_days
from immersion.common.geo import haversine_km
from immersion.people.models import Participant
from immersion.placements.travel import (
    programme_windows,
    site_travel_minutes,
    travel_budgets,
    venue_point,
)
from immersion.sites.models import Offer
from immersion.territory.models import Commune

# Someone living within this distance of the seminar's city starts the day from home;
# everyone else starts from the seminar's city (they stay there for the seminar).
LOCAL_RADIUS_KM = 50


def default_max_km() -> int:
    return int(getattr(settings, "IMMERSION_DEFAULT_MAX_KM", 40))


def participant_key(pk: int) -> str:
    return f"p{pk}"


def offer_key(pk: int) -> str:
    return f"o{pk}"


def site_key(pk: int) -> str:
    return f"s{pk}"


def db_id(key: str) -> int:
    return int(key[1:])


@dataclass
class BuiltInstance:
    data: dict
    dropped_pins: list[dict] = field(default_factory=list)


def starting_point(
    participant: Participant, city: Commune | None
) -> tuple[float | None, float | None]:
    if participant.latitude is not None and participant.longitude is not None:
        if city is None:
            return participant.latitude, participant.longitude
        distance = haversine_km(
            participant.latitude, participant.longitude, city.latitude, city.longitude
        )
        if distance <= LOCAL_RADIUS_KM:
            return participant.latitude, participant.longitude
    if city is not None:
        return city.latitude, city.longitude
    return None, None


def build_instance(
    seminar,
    *,
    pins: dict[int, dict[str, int]] | None = None,
    previous: list[tuple[int, int]] | None = None,
    weights: dict | None = None,
) -> BuiltInstance:
    """The seminar as an instance dict. ``pins``: participant pk → {half-day code: offer pk};
    ``previous``: (participant pk, offer pk) pairs of the published assignment. Pins that have
    become impossible (an offer changed, a rule excludes the person) are dropped and reported."""
    half_days = list(seminar.half_days)
    codes = [h.half_day for h in half_days]
    offers = list(Offer.objects.filter(seminar=seminar).select_related("site", "half_day"))
    city = Commune.objects.filter(code=seminar.city_code).first()
    participants = list(
        Participant.objects.filter(seminar=seminar)
        .active()
        .prefetch_related("unavailable_half_days")
    )
    sites = {o.site_id: o.site for o in offers}
    venue = venue_point(seminar)
    windows = programme_windows(seminar.programme_items.all())
    data = {
        "half_days": codes,
        "travel_budgets": {
            code: budget for code, budget in travel_budgets(windows).items() if code in codes
        },
        "sites": [
            {
                "id": site_key(s.pk),
                "kind": s.kind,
                "organisation": s.organisation,
                "lat": s.latitude,
                "lon": s.longitude,
                "label": s.name,
                "travel_minutes": site_travel_minutes(s, venue),
                "access": s.access_codes,
            }
            for s in sorted(sites.values(), key=lambda s: s.pk)
        ],
        "slots": [
            {
                "id": offer_key(o.pk),
                "site": site_key(o.site_id),
                "channel": o.channel,
                "half_day": o.half_day.half_day,
                "capacity": o.capacity,
                "forbidden_categories": sorted(o.forbidden_categories),
                "label": f"{o.site.name} — {CHANNEL_LABELS[o.channel]}",
            }
            for o in sorted(offers, key=lambda o: o.pk)
        ],
        "participants": [],
        "previous": [],
    }
    for p in sorted(participants, key=lambda p: p.pk):
        lat, lon = starting_point(p, city)
        unavailable = {h.pk for h in p.unavailable_half_days.all()}
        data["participants"].append(
            {
                "id": participant_key(p.pk),
                "category": p.category,
                "organisation": p.organisation,
                "lat": lat,
                "lon": lon,
                "max_km": p.max_km or default_max_km(),
                "available": [h.half_day for h in half_days if h.pk not in unavailable],
                "preferences": {k: v for k, v in sorted(p.preferences.items())},
                "pinned": {},
                "label": p.full_name,
                "needs": sorted(p.access_needs or []),
            }
        )
    if weights:
        data["weights"] = weights
    known_participants = {participant_key(p.pk) for p in participants}
    known_slots = {offer_key(o.pk) for o in offers}
    data["previous"] = [
        {"participant": participant_key(p), "slot": offer_key(o)}
        for p, o in previous or []
        if participant_key(p) in known_participants and offer_key(o) in known_slots
    ]
    built = BuiltInstance(data=data)
    if pins:
        _apply_pins(built, pins, known_slots)
    return built


def _apply_pins(
    built: BuiltInstance, pins: dict[int, dict[str, int]], known_slots: set[str]
) -> None:
    base = load_instance(built.data)
    by_id = {p["id"]: p for p in built.data["participants"]}
    for participant_pk, by_half_day in sorted(pins.items()):
        entry = by_id.get(participant_key(participant_pk))
        if entry is None:
            continue
        for half_day, offer_pk in sorted(by_half_day.items()):
            slot = offer_key(offer_pk)
            problems = ([] if slot in known_slots else ["offre supprimée"]) or [
                relabel_half_days(v.message)
                for v in check_assignment(base, [Assignment(entry["id"], slot)])
            ]
            if half_day not in entry["available"]:
                problems.append("demi-journée indisponible")
            if problems:
                built.dropped_pins.append(
                    {"participant": participant_pk, "offer": offer_pk, "reasons": problems}
                )
            else:
                entry["pinned"][half_day] = slot
    # Pins that together exceed a slot's capacity: keep the first ones, drop the rest.
    taken: dict[str, int] = {}
    capacity = {s["id"]: s["capacity"] for s in built.data["slots"]}
    for entry in built.data["participants"]:
        for half_day, slot in list(entry["pinned"].items()):
            taken[slot] = taken.get(slot, 0) + 1
            if taken[slot] > capacity[slot]:
                del entry["pinned"][half_day]
                built.dropped_pins.append(
                    {
                        "participant": db_id(entry["id"]),
                        "offer": db_id(slot),
                        "reasons": ["créneau complet"],
                    }
                )


def load(data: dict):
    """The core's Instance for a stored instance dict (raises InstanceError)."""
    return load_instance(data)


__all__ = [
    "BuiltInstance",
    "InstanceError",
    "build_instance",
    "db_id",
    "default_max_km",
    "load",
    "offer_key",
    "participant_key",
    "site_key",
]
