"""Tiny instance builders for the assignment tests (plain dicts, as the JSON format)."""

from __future__ import annotations

import random
from typing import Any

from immersion.assignment import Instance, load_instance

RENNES = (48.1113, -1.6800)
# About 50 km east of Rennes (Vitré is ~35 km); 0.1 degree of latitude is ~11 km.
HALF_DAYS = ["matin", "apres-midi"]


def site(
    sid: str,
    kind: str = "caf",
    organisation: str = "Caf d'Ille-et-Vilaine",
    lat: float | None = RENNES[0],
    lon: float | None = RENNES[1],
) -> dict[str, Any]:
    return {"id": sid, "kind": kind, "organisation": organisation, "lat": lat, "lon": lon}


def slot(
    sid: str,
    site_id: str,
    half_day: str = "matin",
    capacity: int = 1,
    channel: str = "accueil_physique",
    forbidden: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": sid,
        "site": site_id,
        "channel": channel,
        "half_day": half_day,
        "capacity": capacity,
        "forbidden_categories": list(forbidden),
    }


def person(
    pid: str,
    category: str = "elu",
    organisation: str = "Mairie de Rennes",
    lat: float | None = RENNES[0],
    lon: float | None = RENNES[1],
    max_km: float | None = None,
    available: list[str] | None = None,
    preferences: dict[str, int] | None = None,
    pinned: dict[str, str] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": pid,
        "category": category,
        "organisation": organisation,
        "lat": lat,
        "lon": lon,
        "max_km": max_km,
        "preferences": preferences or {},
    }
    if available is not None:
        data["available"] = available
    if pinned:
        data["pinned"] = pinned
    return data


def instance(
    sites: list[dict[str, Any]],
    slots: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    *,
    half_days: list[str] | None = None,
    previous: list[dict[str, str]] | None = None,
    weights: dict[str, int] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "half_days": half_days or list(HALF_DAYS),
        "sites": sites,
        "slots": slots,
        "participants": participants,
    }
    if previous is not None:
        data["previous"] = previous
    if weights is not None:
        data["weights"] = weights
    return data


def random_instance(seed: int, n_participants: int = 30, n_sites: int = 10) -> Instance:
    """A random but valid instance around Rennes (no pins)."""
    rng = random.Random(seed)
    kinds = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]
    categories = ["elu", "journaliste", "enseignant", "cadre_hopital", "fonctionnaire_etat"]
    orgs = [f"Organisme {i}" for i in range(6)]
    sites, slots, people = [], [], []
    for i in range(n_sites):
        sites.append(
            site(
                f"s{i}",
                rng.choice(kinds),
                rng.choice(orgs),
                RENNES[0] + rng.uniform(-0.4, 0.4),
                RENNES[1] + rng.uniform(-0.6, 0.6),
            )
        )
        for j in range(rng.randint(1, 3)):
            channel = rng.choice(["accueil_physique", "accueil_telephonique", "controle_sur_place"])
            slots.append(
                slot(
                    f"s{i}-{j}",
                    f"s{i}",
                    rng.choice(HALF_DAYS),
                    1 if channel == "controle_sur_place" else rng.randint(1, 4),
                    channel,
                    ("journaliste",) if channel == "controle_sur_place" else (),
                )
            )
    for i in range(n_participants):
        people.append(
            person(
                f"p{i}",
                rng.choice(categories),
                rng.choice(orgs),
                RENNES[0] + rng.uniform(-0.4, 0.4),
                RENNES[1] + rng.uniform(-0.6, 0.6),
                rng.choice([None, 20, 40, 60]),
                rng.choice([None, ["matin"], ["apres-midi"]]),
                {k: rng.randint(0, 3) for k in kinds},
            )
        )
    # Deduplicate slot ids (two slots of one site could draw the same j).
    return load_instance(instance(sites, slots, people))
