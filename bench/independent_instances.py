"""Independent generator of assignment instances on real French geography.

Written from the instance format of ``docs/assignment.md`` only (not from the engine nor from
``bench/_assignment_instances.py``), so that it can serve as an outside check of the engine.

Geography is read at run time from the INSEE communes file of the shared data folder
(``<repo>/../shared/data/context/communes_2024.csv``, or ``--communes PATH``); nothing is copied
into the repository. Department and region names are read from ``departements_2024.csv`` and
``regions_2024.csv`` next to the communes file when they are there (codes are used otherwise).

    python bench/independent_instances.py --preset p200 --seed 1 -o /tmp/p200.json
    python bench/independent_instances.py --participants 500 --sites 150 --seed 3 \\
        --radius 25 --region 52,53 -o out.json
    python bench/independent_instances.py --participants 20000 --sites 5000 --country -o fr.json

Only the standard library is used; the output depends only on the arguments and the data file
(same seed => byte-identical JSON).
"""

from __future__ import annotations

import argparse
import csv
import functools
import itertools
import json
import math
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_COMMUNES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "context" / ("communes_2024.csv")
)

HALF_DAYS_2 = ["J2-matin", "J2-apres-midi"]
HALF_DAYS_3 = ["J2-matin", "J2-apres-midi", "J3-matin"]

CATEGORIES = [
    "fonctionnaire_etat",
    "fonctionnaire_territorial",
    "cadre_securite_sociale",
    "cadre_hopital",
    "journaliste",
    "chef_entreprise",
    "elu",
    "enseignant",
]
CATEGORY_SHARES = [0.17, 0.17, 0.09, 0.08, 0.08, 0.14, 0.16, 0.11]

KINDS = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]
# kind -> (share of the sites, minimum commune population, probability of a phone channel)
KIND_RULES = {
    "caf": (0.14, 5000, 0.7),
    "cpam": (0.14, 5000, 0.7),
    "ccas": (0.26, 1500, 0.3),
    "urgences": (0.12, 10000, 0.2),
    "chrs": (0.14, 5000, 0.3),
    "france_travail": (0.20, 5000, 0.5),
}
KIND_LABEL = {
    "caf": "Caf",
    "cpam": "Cpam",
    "ccas": "CCAS",
    "urgences": "Urgences",
    "chrs": "CHRS",
    "france_travail": "France Travail",
}
CHANNEL_LABEL = {
    "accueil_physique": "accueil physique",
    "accueil_telephonique": "accueil téléphonique",
    "controle_sur_place": "contrôle sur place",
}
# Category of somebody who works for the organisation running a site of this kind.
INSIDER_CATEGORIES = {
    "caf": ["cadre_securite_sociale"],
    "cpam": ["cadre_securite_sociale"],
    "ccas": ["elu", "fonctionnaire_territorial"],
    "urgences": ["cadre_hopital"],
    "chrs": ["chef_entreprise", "fonctionnaire_territorial"],
    "france_travail": ["fonctionnaire_etat"],
}
NATIONAL_CHRS = [
    "Fondation de l'Armée du Salut",
    "Emmaüs Solidarité",
    "Groupe SOS Solidarités",
    "Croix-Rouge française",
    "Aurore",
    "Coallia",
]
MEDIA_NATIONAL = [
    "Le Monde",
    "Libération",
    "Le Figaro",
    "Agence France-Presse",
    "La Croix",
    "La Gazette des communes",
    "Mediapart",
]
COMPANY_TRADES = [
    "Boulangerie",
    "Transports",
    "Menuiserie",
    "Garage",
    "Imprimerie",
    "Bureau d'études",
    "Maçonnerie",
    "Pharmacie",
    "Librairie",
    "Conseil",
]

# Grammatical form of department names after "de" (masculine: du, feminine: de la, plural: des).
DEP_MASC = {
    "Calvados",
    "Cantal",
    "Cher",
    "Doubs",
    "Finistère",
    "Gard",
    "Gers",
    "Jura",
    "Lot",
    "Loir-et-Cher",
    "Loiret",
    "Morbihan",
    "Nord",
    "Pas-de-Calais",
    "Rhône",
    "Tarn",
    "Tarn-et-Garonne",
    "Var",
    "Val-de-Marne",
    "Val-d'Oise",
    "Vaucluse",
    "Lot-et-Garonne",
    "Territoire de Belfort",
    "Haut-Rhin",
    "Bas-Rhin",
    "Puy-de-Dôme",
    "Maine-et-Loire",
}
DEP_PLURAL = {
    "Alpes-de-Haute-Provence",
    "Hautes-Alpes",
    "Alpes-Maritimes",
    "Ardennes",
    "Bouches-du-Rhône",
    "Côtes-d'Armor",
    "Deux-Sèvres",
    "Hautes-Pyrénées",
    "Pyrénées-Atlantiques",
    "Pyrénées-Orientales",
    "Landes",
    "Vosges",
    "Yvelines",
    "Hauts-de-Seine",
}
DEP_NO_ARTICLE = {
    "Paris",
    "Mayotte",
    "La Réunion",
    "Ille-et-Vilaine",
    "Eure-et-Loir",
    "Indre-et-Loire",
}
VOWELS = set("AEIOUYÂÉÈÊÎÔÛaeiouyéèêîôû")

PRESETS = {
    "p200": {"participants": 200, "sites": 60, "regions": ["52"], "radius": 25.0},
    "p2000": {"participants": 2000, "sites": 500, "regions": ["11", "24", "32"], "radius": 25.0},
    "p20000": {"participants": 20000, "sites": 5000, "regions": None, "radius": 25.0},
}

EARTH_KM = 6371.0


# --------------------------------------------------------------------------- geography


@dataclass(frozen=True)
class Commune:
    code: str
    name: str  # with its article ("Le Mans"); for arrondissements, the city ("Paris")
    city_code: str  # the commune (the parent commune for an arrondissement)
    dep: str
    reg: str
    lat: float
    lon: float
    population: int
    area_km2: float


@functools.lru_cache(maxsize=4)
def load_communes(path: Path) -> tuple[Commune, ...]:
    """COM lines plus the arrondissements of Paris, Lyon and Marseille (whose communes have no
    COM line of their own), deduplicated on the INSEE code (one line per postal code), with a
    known position and a positive population. Cached per path (read-only result)."""
    out: dict[str, Commune] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        i_code, i_type, i_lat, i_lng = (
            col["insee_com"],
            col.get("commune_type"),
            col["lat"],
            col["lng"],
        )
        i_pop, i_name, i_art = col["population_2021"], col["commune"], col.get("commune_article")
        i_parent, i_area = col.get("insee_parente"), col.get("superficie_km2")
        i_dep, i_reg = col["insee_dep"], col["insee_reg"]
        for row in reader:
            kind = row[i_type] if i_type is not None else "COM"
            if kind not in ("COM", "ARM"):
                continue
            code = row[i_code].strip()
            if code in out or not row[i_lat] or not row[i_lng]:
                continue
            try:
                population = int(float(row[i_pop] or 0))
                lat, lon = float(row[i_lat]), float(row[i_lng])
                area = float(row[i_area] or 0.0) if i_area is not None else 0.0
            except ValueError:
                continue
            if population <= 0:
                continue
            name = ((row[i_art] if i_art is not None else "") or row[i_name]).strip()
            city_code = code
            if kind == "ARM":
                name = re.sub(r"\s+\d+(er|e)\s+Arrondissement$", "", row[i_name].strip())
                city_code = ((row[i_parent] if i_parent is not None else "") or code).strip()
            out[code] = Commune(
                code,
                name,
                city_code,
                row[i_dep].strip(),
                row[i_reg].strip(),
                lat,
                lon,
                population,
                area,
            )
    return tuple(sorted(out.values(), key=lambda c: c.code))


def load_names(path: Path, key: str, value: str) -> dict[str, str]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row[key].strip(): row[value].strip() for row in csv.DictReader(handle)}


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class Grid:
    """Buckets of points (about 28 km cells) to find the points within a radius quickly."""

    CELL = 0.25  # degrees of latitude; longitude cells are 0.35 degrees

    def __init__(self, points: list[tuple[float, float]]):
        self.points = points
        self.cells: dict[tuple[int, int], list[int]] = {}
        for index, (lat, lon) in enumerate(points):
            self.cells.setdefault(self._cell(lat, lon), []).append(index)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return (math.floor(lat / self.CELL), math.floor(lon / (self.CELL * 1.4)))

    def iter_within(self, lat: float, lon: float, km: float):
        """(index, distance) of the points within km, in no particular order."""
        dlat = km / 111.0 + 0.01
        dlon = km / (111.0 * max(0.2, math.cos(math.radians(lat)))) + 0.01
        i0, j0 = self._cell(lat - dlat, lon - dlon)
        i1, j1 = self._cell(lat + dlat, lon + dlon)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                for index in self.cells.get((i, j), ()):
                    d = haversine(lat, lon, *self.points[index])
                    if d <= km:
                        yield index, d

    def any_within(self, lat: float, lon: float, km: float) -> bool:
        return next(self.iter_within(lat, lon, km), None) is not None

    def within(self, lat: float, lon: float, km: float) -> list[tuple[int, float]]:
        """(index, distance) of the points within km, by index."""
        return sorted(self.iter_within(lat, lon, km))

    def nearest(self, lat: float, lon: float) -> int:
        km = 20.0
        while True:
            found = self.within(lat, lon, km)
            if found:
                return min(found, key=lambda f: (f[1], f[0]))[0]
            km *= 2


# --------------------------------------------------------------------------- French names


def de(name: str) -> str:
    """ "de" + a commune name: "de Rennes", "d'Angers", "du Mans", "des Sables-d'Olonne"."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name[:1] in VOWELS:
        return "d'" + name
    return "de " + name


def de_departement(name: str) -> str:
    """ "de" + a department name: "de l'Ain", "du Nord", "de la Gironde", "des Landes"."""
    if name in DEP_NO_ARTICLE:
        return de(name)
    if name in DEP_MASC:
        return "du " + name
    if name in DEP_PLURAL:
        return "des " + name
    if name[:1] in VOWELS or name == "Hérault":
        return "de l'" + name
    return "de la " + name


def normalise(text: str) -> str:
    """The comparison the doc describes for organisations (trimmed, case-, accent- and
    apostrophe-insensitive), used here only to keep pins valid."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("`", "'").lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------- random helpers


def weighted_sample_without_replacement(
    rng: random.Random, items: list, weights: list[float], k: int
) -> list:
    """Efraimidis-Spirakis: k distinct items, each drawn with probability ~ weight."""
    keyed = [(rng.random() ** (1.0 / w), i) for i, w in enumerate(weights) if w > 0]
    keyed.sort(reverse=True)
    return [items[i] for _, i in keyed[:k]]


def split_counts(total: int, shares: list[float]) -> list[int]:
    """Largest remainder apportionment of total over shares."""
    raw = [total * s / sum(shares) for s in shares]
    counts = [math.floor(r) for r in raw]
    order = sorted(range(len(shares)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def jitter(rng: random.Random, commune: Commune) -> tuple[float, float]:
    """A point near the commune centre (within half the radius of a disc of its area, <= 3 km),
    so that several sites of one town are not at one spot."""
    radius_km = min(3.0, 0.5 * math.sqrt(max(commune.area_km2, 1.0) / math.pi))
    r = radius_km * math.sqrt(rng.random())
    theta = rng.random() * 2 * math.pi
    lat = commune.lat + r * math.cos(theta) / 111.0
    lon = commune.lon + r * math.sin(theta) / (111.0 * math.cos(math.radians(commune.lat)))
    return round(lat, 5), round(lon, 5)


# --------------------------------------------------------------------------- generator


@dataclass
class Params:
    participants: int
    sites: int
    seed: int = 0
    radius: float = 25.0
    regions: list[str] | None = None  # None: the whole country
    overseas: bool = False
    half_days: int = 2
    communes: Path = DEFAULT_COMMUNES
    stats: dict = field(default_factory=dict)


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def generate(params: Params) -> dict:
    rng = random.Random(params.seed)
    communes = list(load_communes(Path(params.communes).resolve()))
    folder = Path(params.communes).parent
    dep_names = load_names(folder / "departements_2024.csv", "insee_dep", "departement")
    reg_names = load_names(folder / "regions_2024.csv", "insee_reg", "region")
    if params.regions:
        wanted = {r.zfill(2) for r in params.regions}
        communes = [c for c in communes if c.reg in wanted]
        if not communes:
            raise SystemExit(f"aucune commune pour la région {','.join(sorted(wanted))}")
    elif not params.overseas:
        communes = [c for c in communes if c.reg not in {"01", "02", "03", "04", "06"}]
    if not communes:
        raise SystemExit("aucune commune dans le fichier")
    half_days = HALF_DAYS_3 if params.half_days == 3 else HALF_DAYS_2[: max(1, params.half_days)]

    def dep_name(c: Commune) -> str:
        return dep_names.get(c.dep, f"département {c.dep}")

    def reg_name(c: Commune) -> str:
        return reg_names.get(c.reg, f"région {c.reg}")

    city_population: dict[str, int] = {}
    for c in communes:
        city_population[c.city_code] = city_population.get(c.city_code, 0) + c.population

    # ---- sites: drawn by population per kind
    kind_counts = split_counts(params.sites, [KIND_RULES[k][0] for k in KINDS])
    site_kinds: list[tuple[str, Commune]] = []
    for kind, count in zip(KINDS, kind_counts, strict=True):
        min_pop = KIND_RULES[kind][1]
        pool = [c for c in communes if city_population[c.city_code] >= min_pop] or communes
        weights = [float(c.population) for c in pool]
        if kind == "ccas" and count <= len(pool):
            chosen = weighted_sample_without_replacement(rng, pool, weights, count)
        else:
            chosen = rng.choices(pool, weights=weights, k=count)
        site_kinds.extend((kind, c) for c in chosen)
    rng.shuffle(site_kinds)

    chrs_local_names = {}
    sites: list[dict] = []
    site_commune: list[Commune] = []
    for index, (kind, c) in enumerate(site_kinds):
        lat, lon = jitter(rng, c)
        if kind == "caf":
            organisation = f"Caf {de_departement(dep_name(c))}"
            label = f"{organisation} — accueil {de(c.name)}"
        elif kind == "cpam":
            organisation = f"Cpam {de_departement(dep_name(c))}"
            label = f"{organisation} — agence {de(c.name)}"
        elif kind == "ccas":
            organisation = f"Ville {de(c.name)}"
            label = f"CCAS {de(c.name)}"
        elif kind == "urgences":
            if city_population[c.city_code] >= 100_000:
                organisation = f"CHU {de(c.name)}"
            else:
                organisation = f"Centre hospitalier {de(c.name)}"
            label = f"Urgences — {organisation}"
        elif kind == "chrs":
            draw = rng.random()
            if draw < 0.5:
                organisation = rng.choice(NATIONAL_CHRS)
            elif draw < 0.85:
                key = c.dep
                if key not in chrs_local_names:
                    chrs_local_names[key] = f"Association d'entraide {de_departement(dep_name(c))}"
                organisation = chrs_local_names[key]
            else:
                organisation = f"Ville {de(c.name)}"
            label = f"CHRS {de(c.name)} ({organisation})"
        else:
            organisation = f"France Travail {reg_name(c)}"
            label = f"France Travail {c.name}"
        sites.append(
            {
                "id": f"s{index + 1:05d}",
                "kind": kind,
                "organisation": organisation,
                "lat": lat,
                "lon": lon,
                "label": label,
            }
        )
        site_commune.append(c)

    # ---- participants
    categories_count = split_counts(params.participants, CATEGORY_SHARES)
    categories = [
        cat for cat, n in zip(CATEGORIES, categories_count, strict=True) for _ in range(n)
    ]
    rng.shuffle(categories)
    # Organisers invite people living near the host sites: 95 % of the homes are drawn (by
    # population) among communes within 0.8 x the median radius of a site, 5 % anywhere.
    site_grid = Grid([(s["lat"], s["lon"]) for s in sites])
    near_communes = [c for c in communes if site_grid.any_within(c.lat, c.lon, 0.8 * params.radius)]
    homes = []
    everywhere = list(itertools.accumulate(float(c.population) for c in communes))
    near_weights = list(itertools.accumulate(float(c.population) for c in near_communes))
    for _ in range(params.participants):
        if near_communes and rng.random() < 0.95:
            homes.append(rng.choices(near_communes, cum_weights=near_weights)[0])
        else:
            homes.append(rng.choices(communes, cum_weights=everywhere)[0])
    radii = [params.radius * 0.6, params.radius, params.radius * 1.6]

    participants: list[dict] = []
    insiders = 0
    for index, (category, home) in enumerate(zip(categories, homes, strict=True)):
        lat, lon = jitter(rng, home)
        max_km = _number(round(rng.choices(radii, weights=[0.3, 0.4, 0.3])[0], 1))
        organisation = None
        if rng.random() < 0.15 and sites:
            near = site_grid.within(lat, lon, float(max_km))
            # works for the organisation of a site, preferably one within reach
            site = sites[rng.choice(near)[0] if near else site_grid.nearest(lat, lon)]
            organisation = site["organisation"]
            category = rng.choice(INSIDER_CATEGORIES[site["kind"]])
            insiders += 1
        if organisation is None:
            organisation = outside_organisation(
                rng, category, home, dep_name(home), reg_name(home), city_population
            )
        person = {
            "id": f"p{index + 1:05d}",
            "category": category,
            "organisation": organisation,
            "lat": lat,
            "lon": lon,
            "max_km": max_km,
            "label": f"Participant {index + 1} ({category}, {home.name})",
        }
        if len(half_days) > 1 and rng.random() < 0.10:
            person["available"] = [rng.choice(half_days)]
        elif rng.random() < 0.7:
            person["available"] = list(half_days)
        # (otherwise "available" is left out: the documented default is every half-day)
        if rng.random() < 0.6:
            kinds = rng.sample(KINDS, rng.choice([1, 1, 2, 2, 3]))
            person["preferences"] = {
                k: (0 if rng.random() < 0.05 else rng.randint(1, 3)) for k in kinds
            }
        participants.append(person)

    def available(person: dict) -> list[str]:
        return person.get("available", half_days)

    demand = {h: sum(1 for p in participants if h in available(p)) for h in half_days}

    # ---- slots: channels and half-days per site, capacities uneven by department and site
    dep_factor: dict[str, float] = {}
    for dep in sorted({c.dep for c in site_commune}):
        dep_factor[dep] = rng.lognormvariate(0.0, 0.4)
    raw_slots: list[dict] = []
    for site, c in zip(sites, site_commune, strict=True):
        kind = site["kind"]
        site_factor = dep_factor[c.dep] * rng.lognormvariate(0.0, 0.25)
        open_days = list(half_days)
        if len(half_days) > 1 and rng.random() < 0.25:
            open_days = [half_days[0] if rng.random() < 0.7 else rng.choice(half_days[1:])]
        channels = ["accueil_physique"]
        if rng.random() < KIND_RULES[kind][2]:
            channels.append("accueil_telephonique")
            if kind in ("caf", "cpam", "france_travail") and rng.random() < 0.1:
                channels = ["accueil_telephonique"]  # a phone platform only
        forbidden: list[str] = []
        if kind == "urgences" and rng.random() < 0.5:
            forbidden = ["journaliste", "chef_entreprise"]
        elif kind == "chrs" and rng.random() < 0.25:
            forbidden = ["journaliste"]
        for channel in channels:
            days = open_days
            if channel == "accueil_telephonique" and len(open_days) > 1 and rng.random() < 0.2:
                days = [rng.choice(open_days)]
            for h in days:
                base = rng.choice(
                    [1, 2, 2, 3, 3, 4] if channel == "accueil_physique" else [1, 1, 2, 2, 3]
                )
                raw_slots.append(
                    {
                        "site": site,
                        "channel": channel,
                        "half_day": h,
                        "want": base * site_factor,
                        "forbidden": forbidden,
                    }
                )
        if kind in ("caf", "cpam") and rng.random() < 0.5:
            days = [h for h in open_days if rng.random() < 0.6] or [open_days[0]]
            for h in days:
                raw_slots.append(
                    {
                        "site": site,
                        "channel": "controle_sur_place",
                        "half_day": h,
                        "want": 0.0,
                        "forbidden": ["journaliste"],
                    }
                )

    ratio = rng.uniform(1.10, 1.20)
    for h in half_days:
        group = [s for s in raw_slots if s["half_day"] == h]
        fixed = sum(1 for s in group if s["channel"] == "controle_sur_place")
        flexible = [s for s in group if s["channel"] != "controle_sur_place"]
        target = max(round(ratio * demand[h]), fixed + len(flexible))
        total_want = sum(s["want"] for s in flexible) or 1.0
        scale = (target - fixed) / total_want
        for s in group:
            if s["channel"] == "controle_sur_place":
                s["capacity"] = 1
            else:
                x = s["want"] * scale
                s["capacity"] = max(
                    1, math.floor(x) + (1 if rng.random() < x - math.floor(x) else 0)
                )
        # exact total: add or remove single seats, drawn by the wanted capacity
        total = sum(s["capacity"] for s in group)
        if total < target and flexible:
            cum = list(itertools.accumulate(max(s["want"], 1e-6) for s in flexible))
            for s in rng.choices(flexible, cum_weights=cum, k=target - total):
                s["capacity"] += 1
        while total > target:
            reducible = [s for s in flexible if s["capacity"] > 1]
            if not reducible:
                break
            cum = list(itertools.accumulate(max(s["want"], 1e-6) for s in reducible))
            for s in rng.choices(reducible, cum_weights=cum, k=min(total - target, len(reducible))):
                if total > target and s["capacity"] > 1:
                    s["capacity"] -= 1
                    total -= 1

    short = {"accueil_physique": "ap", "accueil_telephonique": "at", "controle_sur_place": "cs"}
    slots: list[dict] = []
    for s in raw_slots:
        site = s["site"]
        slot = {
            "id": f"{site['id']}-{half_days.index(s['half_day']) + 1}{short[s['channel']]}",
            "site": site["id"],
            "channel": s["channel"],
            "half_day": s["half_day"],
            "capacity": s["capacity"],
            "label": f"{site['label']} — {CHANNEL_LABEL[s['channel']]}",
        }
        if s["forbidden"]:
            slot["forbidden_categories"] = list(s["forbidden"])
        slots.append(slot)
    slots.sort(key=lambda s: s["id"])

    # ---- compatible slots per participant-half-day (for pins and for the report)
    slots_by_site: dict[str, list[dict]] = {}
    for slot in slots:
        slots_by_site.setdefault(slot["site"], []).append(slot)
    site_norm = [normalise(s["organisation"]) for s in sites]

    def compatible_slots(i: int, h: str, margin: float = 1.0):
        """Slots of half-day h that participant i may take (pair-level rules), lazily."""
        person = participants[i]
        own = normalise(person["organisation"])
        for k, _ in site_grid.iter_within(person["lat"], person["lon"], person["max_km"] * margin):
            if site_norm[k] == own:
                continue
            for slot in slots_by_site.get(sites[k]["id"], ()):
                if slot["half_day"] == h and person["category"] not in slot.get(
                    "forbidden_categories", ()
                ):
                    yield slot

    def compatible(i: int, h: str, margin: float = 1.0) -> list[dict]:
        return sorted(compatible_slots(i, h, margin), key=lambda slot: slot["id"])

    # ---- pins (< 1 %), valid by every documented rule, with a 5 % distance margin
    pin_target = max(1, params.participants // 200) if params.participants >= 100 else 0
    pinned_load: dict[str, int] = {}
    order = list(range(len(participants)))
    rng.shuffle(order)
    pins = 0
    for i in order:
        if pins >= pin_target:
            break
        person = participants[i]
        days = available(person)
        pin: dict[str, str] = {}
        used_sites: set[str] = set()
        for h in rng.sample(days, min(len(days), 2 if rng.random() < 0.2 else 1)):
            options = [
                s
                for s in compatible(i, h, margin=0.95)
                if pinned_load.get(s["id"], 0) < s["capacity"] and s["site"] not in used_sites
            ]
            if options:
                slot = rng.choice(options)
                pin[h] = slot["id"]
                used_sites.add(slot["site"])
                pinned_load[slot["id"]] = pinned_load.get(slot["id"], 0) + 1
        if pin:
            person["pinned"] = pin
            pins += 1

    # ---- report
    seats = {h: sum(s["capacity"] for s in slots if s["half_day"] == h) for h in half_days}
    requests = sum(demand.values())
    no_candidate = sum(
        1
        for i, p in enumerate(participants)
        for h in available(p)
        if next(compatible_slots(i, h), None) is None
    )
    site_norm_set = set(site_norm)
    conflicts = sum(1 for p in participants if normalise(p["organisation"]) in site_norm_set)
    dep_ratio = _department_ratios(sites, site_commune, slots, participants, homes, available)
    params.stats.update(
        {
            "sites": len(sites),
            "slots": len(slots),
            "participants": len(participants),
            "seats": sum(seats.values()),
            "requests": requests,
            "seats_per_request": round(sum(seats.values()) / max(1, requests), 3),
            "per_half_day": {h: {"seats": seats[h], "demand": demand[h]} for h in half_days},
            "requests_without_candidate": no_candidate,
            "participants_at_a_site_organisation": conflicts,
            "insiders_drawn": insiders,
            "pins": pins,
            "department_seat_ratio_min_max": dep_ratio,
        }
    )

    return {
        "half_days": list(half_days),
        "sites": sites,
        "slots": slots,
        "participants": participants,
        "generator": {
            "name": "bench/independent_instances.py",
            "seed": params.seed,
            "radius_km": _number(params.radius),
            "regions": params.regions or "country",
            "source": "INSEE communes 2024 (COG 2024, census 2021), population-weighted",
        },
    }


def _department_ratios(sites, site_commune, slots, participants, homes, available) -> list[float]:
    """Seats / requests per department (with >= 10 requests): shows the uneven spread."""
    seats: dict[str, int] = {}
    dep_of_site = {s["id"]: c.dep for s, c in zip(sites, site_commune, strict=True)}
    for slot in slots:
        d = dep_of_site[slot["site"]]
        seats[d] = seats.get(d, 0) + slot["capacity"]
    requests: dict[str, int] = {}
    for person, home in zip(participants, homes, strict=True):
        requests[home.dep] = requests.get(home.dep, 0) + len(available(person))
    ratios = [seats.get(d, 0) / n for d, n in requests.items() if n >= 10]
    return [round(min(ratios), 2), round(max(ratios), 2)] if ratios else []


def outside_organisation(
    rng: random.Random,
    category: str,
    home: Commune,
    dep: str,
    reg: str,
    city_population: dict[str, int],
) -> str:
    """An organisation of the participant's own world (it may still happen to run a site:
    an elected councillor of a town with a CCAS site is a real conflict)."""
    city = home.name
    if category == "fonctionnaire_etat":
        return rng.choice(
            [
                f"Préfecture {de_departement(dep)}",
                f"DDETS {de_departement(dep)}",
                f"DREETS {reg}",
                f"Sous-préfecture {de(city)}",
                "Direction générale de la cohésion sociale",
            ]
        )
    if category == "fonctionnaire_territorial":
        return rng.choice(
            [
                f"Conseil départemental {de_departement(dep)}",
                f"Ville {de(city)}",
                f"Région {reg}",
                f"Communauté de communes {de(city)}",
            ]
        )
    if category == "cadre_securite_sociale":
        return rng.choice(
            [
                f"Urssaf {reg}",
                f"Carsat {reg}",
                f"MSA {de_departement(dep)}",
                "Caisse nationale des allocations familiales",
                "Caisse nationale de l'Assurance maladie",
            ]
        )
    if category == "cadre_hopital":
        return rng.choice(
            [f"ARS {reg}", f"Clinique {de(city)}", f"EHPAD {de(city)}", "Assistance publique"]
        )
    if category == "journaliste":
        return rng.choice([*MEDIA_NATIONAL, f"France 3 {reg}", f"ici {dep}"])
    if category == "chef_entreprise":
        return f"{rng.choice(COMPANY_TRADES)} {rng.randint(1, 999):03d} {de(city)}"
    if category == "elu":
        return rng.choice(
            [
                f"Ville {de(city)}",
                f"Ville {de(city)}",
                f"Conseil départemental {de_departement(dep)}",
                "Assemblée nationale",
                "Sénat",
            ]
        )
    return rng.choice(
        [
            f"Collège {de(city)}",
            f"Lycée {de(city)}",
            f"Université {de(city)}",
            f"École élémentaire {de(city)}",
        ]
    )


# --------------------------------------------------------------------------- CLI


def parse_args(argv: list[str] | None = None) -> tuple[Params, str, bool]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        help="p200 (one region), p2000 (three regions), p20000 (whole country); "
        "explicit options override it",
    )
    parser.add_argument("--participants", type=int)
    parser.add_argument("--sites", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--radius",
        type=float,
        help="median max_km; participants get 0.6x, 1x or 1.6x it (25 => 15/25/40)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--region", help="INSEE region code(s), comma-separated (e.g. 53 or 11,24)")
    where.add_argument("--country", action="store_true", help="metropolitan France")
    parser.add_argument(
        "--overseas", action="store_true", help="with --country: include the overseas regions too"
    )
    parser.add_argument("--half-days", type=int, choices=[2, 3], default=2)
    parser.add_argument("--communes", type=Path, default=DEFAULT_COMMUNES)
    parser.add_argument("-o", "--output", default="-", help="output file ('-': stdout)")
    parser.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = parser.parse_args(argv)

    preset = PRESETS.get(args.preset or "", {})
    participants = (
        args.participants if args.participants is not None else preset.get("participants")
    )
    sites = args.sites if args.sites is not None else preset.get("sites")
    if participants is None or sites is None:
        parser.error("--participants and --sites are required without --preset")
    if participants < 1 or sites < 1:
        parser.error("--participants and --sites must be positive")
    if args.region:
        regions = [r.strip() for r in args.region.split(",") if r.strip()]
    elif args.country:
        regions = None
    elif preset:
        regions = preset["regions"]
    else:
        parser.error("--region CODE or --country is required without --preset")
    radius = args.radius if args.radius is not None else preset.get("radius", 25.0)
    if not args.communes.exists():
        parser.error(f"communes file not found: {args.communes}")
    params = Params(
        participants=participants,
        sites=sites,
        seed=args.seed,
        radius=radius,
        regions=regions,
        overseas=args.overseas,
        half_days=args.half_days,
        communes=args.communes,
    )
    return params, args.output, args.quiet


def main(argv: list[str] | None = None) -> int:
    params, output, quiet = parse_args(argv)
    instance = generate(params)
    text = json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
    if output == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(output).write_text(text + "\n", encoding="utf-8")
    if not quiet:
        print(json.dumps(params.stats, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
