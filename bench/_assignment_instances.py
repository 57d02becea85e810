"""Seeded benchmark instances with real French geography (INSEE communes, 2024).

Communes are read from ``<shared>/data/context/communes_2024.csv`` (one line per postal code:
deduplicated on ``insee_com``; only ``COM`` lines, so that Paris, Lyon and Marseille are not
counted twice with their arrondissements). Sites and participants are drawn by population.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CATEGORIES = (
    "fonctionnaire_etat",
    "fonctionnaire_territorial",
    "cadre_securite_sociale",
    "cadre_hopital",
    "journaliste",
    "chef_entreprise",
    "elu",
    "enseignant",
)
HALF_DAYS = ("J2-matin", "J2-apres-midi")
SEAT_RATIO = 1.15

# Regions (INSEE codes) per size: small instances stay regional so that distances bind.
REGIONS: dict[int, tuple[str, ...] | None] = {
    20: ("dep:35",),  # Ille-et-Vilaine, around Rennes
    200: ("53",),  # Bretagne
    2000: ("53", "52", "28"),  # Bretagne, Pays de la Loire, Normandie
}


@dataclass(frozen=True)
class Communes:
    name: list[str]
    dep: list[str]
    reg: list[str]
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray


def load_communes(shared: Path) -> Communes:
    path = shared / "data" / "context" / "communes_2024.csv"
    seen: set[str] = set()
    name, dep, reg, lat, lon, pop = [], [], [], [], [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["insee_com"]
            if code in seen or row.get("commune_type", "COM") != "COM":
                continue
            if not row["lat"] or not row["lng"] or not row["population_2021"]:
                continue
            seen.add(code)
            name.append(row["commune"])
            dep.append(row["insee_dep"])
            reg.append(row["insee_reg"])
            lat.append(float(row["lat"]))
            lon.append(float(row["lng"]))
            pop.append(float(row["population_2021"]))
    return Communes(name, dep, reg, np.array(lat), np.array(lon), np.array(pop))


def load_departments(shared: Path) -> dict[str, str]:
    path = shared / "data" / "context" / "departements_2024.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["insee_dep"]: row["departement"] for row in csv.DictReader(handle)}


def _of(name: str) -> str:
    return f"d'{name}" if name[:1].upper() in "AEIOUYHÉÈÎ" else f"de {name}"


def generate(size: int, shared: Path, seed: int = 0) -> dict[str, Any]:
    """An instance with ``size`` participants, about ``size / 4`` sites."""
    rng = np.random.default_rng(seed * 1_000_003 + size)
    communes = load_communes(shared)
    departments = load_departments(shared)
    region = REGIONS.get(size)
    mask = np.ones(len(communes.name), dtype=bool)
    if region is not None:
        mask[:] = False
        for code in region:
            if code.startswith("dep:"):
                mask |= np.array([d == code[4:] for d in communes.dep])
            else:
                mask |= np.array([r == code for r in communes.reg])
    pool = np.flatnonzero(mask)
    weight = communes.population[pool] / communes.population[pool].sum()

    def draw(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        chosen = rng.choice(pool, size=n, p=weight)
        # Jitter by up to ~2 km so that people of one town are not all on one point.
        lat = communes.lat[chosen] + rng.uniform(-0.018, 0.018, n)
        lon = communes.lon[chosen] + rng.uniform(-0.025, 0.025, n)
        return chosen, np.round(lat, 5), np.round(lon, 5)

    n_sites = max(3, size // 4)
    site_commune, site_lat, site_lon = draw(n_sites)
    sites = []
    for i in range(n_sites):
        kind = KINDS[int(rng.integers(len(KINDS)))] if i >= len(KINDS) else KINDS[i]
        c = int(site_commune[i])
        dep_name = departments.get(communes.dep[c], communes.dep[c])
        town = communes.name[c]
        organisation = {
            "caf": f"Caf {_of(dep_name)}",
            "cpam": f"Cpam {_of(dep_name)}",
            "ccas": f"CCAS {_of(town)}",
            "urgences": f"Centre hospitalier {_of(town)}",
            "chrs": f"Association d'hébergement {_of(dep_name)}",
            "france_travail": f"France Travail {_of(dep_name)}",
        }[kind]
        sites.append(
            {
                "id": f"site-{i:05d}",
                "kind": kind,
                "organisation": organisation,
                "lat": float(site_lat[i]),
                "lon": float(site_lon[i]),
            }
        )

    # Participants.
    part_commune, part_lat, part_lon = draw(size)
    others = (
        "Préfecture",
        "Conseil départemental",
        "Rectorat",
        "Ouest-France",
        "Chambre de commerce",
        "Mairie",
        "Agence régionale de santé",
    )
    participants = []
    demand = 0
    for i in range(size):
        category = CATEGORIES[int(rng.integers(len(CATEGORIES)))]
        c = int(part_commune[i])
        dep_name = departments.get(communes.dep[c], communes.dep[c])
        if rng.random() < 0.15:
            # Works for a host organisation nearby: a real conflict of interest.
            near = int(np.argmin((site_lat - part_lat[i]) ** 2 + (site_lon - part_lon[i]) ** 2))
            organisation = sites[near]["organisation"]
            if rng.random() < 0.5:  # spelled differently by hand
                organisation = "  " + organisation.upper().replace("'", "’") + " "
        else:
            organisation = f"{others[int(rng.integers(len(others)))]} {_of(dep_name)}"
        r = rng.random()
        available = list(HALF_DAYS) if r < 0.85 else [HALF_DAYS[0] if r < 0.925 else HALF_DAYS[1]]
        demand += len(available)
        participants.append(
            {
                "id": f"p-{i:05d}",
                "category": category,
                "organisation": organisation,
                "lat": float(part_lat[i]),
                "lon": float(part_lon[i]),
                "max_km": int(rng.integers(30, 81)),
                "available": available,
                "preferences": {k: int(rng.integers(0, 4)) for k in KINDS},
            }
        )

    # Slots: 1-3 per site over channels and half-days; seats about SEAT_RATIO x demand.
    slots = []
    for i, site in enumerate(sites):
        channels = ["accueil_physique", "accueil_telephonique"]
        if site["kind"] in ("caf", "cpam"):
            channels.append("controle_sur_place")
        combos = [(ch, hd) for ch in channels for hd in HALF_DAYS]
        n = int(rng.integers(1, 4))
        picked = rng.choice(len(combos), size=min(n, len(combos)), replace=False)
        for j, k in enumerate(sorted(picked.tolist())):
            channel, half_day = combos[k]
            slot = {
                "id": f"slot-{i:05d}-{j}",
                "site": site["id"],
                "channel": channel,
                "half_day": half_day,
                "capacity": 1 if channel == "controle_sur_place" else int(rng.integers(2, 7)),
                "forbidden_categories": ["journaliste"] if channel == "controle_sur_place" else [],
            }
            slots.append(slot)
    target = SEAT_RATIO * demand
    fixed = sum(s["capacity"] for s in slots if s["channel"] == "controle_sur_place")
    flexible = [s for s in slots if s["channel"] != "controle_sur_place"]
    scale = max(0.0, target - fixed) / max(1, sum(s["capacity"] for s in flexible))
    for s in flexible:
        s["capacity"] = max(1, int(round(s["capacity"] * scale)))
    return {
        "half_days": list(HALF_DAYS),
        "sites": sites,
        "slots": slots,
        "participants": participants,
    }
