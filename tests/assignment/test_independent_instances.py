"""The independent instance generator (bench/independent_instances.py) gives valid instances.

Checked by the documented format rules only, without running the engine; the engine's public
``load_instance`` must accept them. Needs the shared communes file (skipped without it).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMUNES = ROOT.parent / "shared" / "data" / "context" / "communes_2024.csv"

KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail", "other"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}
CATEGORIES = {
    "fonctionnaire_etat",
    "fonctionnaire_territorial",
    "cadre_securite_sociale",
    "cadre_hopital",
    "journaliste",
    "chef_entreprise",
    "elu",
    "enseignant",
}


@functools.cache
def _generator():
    name = "bench_independent_instances"
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "independent_instances.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def p200():
    if not COMMUNES.exists():
        pytest.skip(f"communes file absent ({COMMUNES})")
    gen = _generator()
    preset = gen.PRESETS["p200"]
    out = {}
    for seed in (1, 2):
        params = gen.Params(
            participants=preset["participants"],
            sites=preset["sites"],
            seed=seed,
            radius=preset["radius"],
            regions=preset["regions"],
            communes=COMMUNES,
        )
        # through JSON, as the CLI writes it
        out[seed] = json.loads(json.dumps(gen.generate(params), ensure_ascii=False))
    return out


def _km(a, b):
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dl = math.radians(b["lon"] - a["lon"])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("\u2019", "'").lower().replace("'", " ").split())


@pytest.mark.parametrize("seed", [1, 2])
def test_p200_is_valid_by_the_documented_rules(p200, seed):
    data = p200[seed]
    half_days = data["half_days"]
    assert half_days and len(set(half_days)) == len(half_days)
    assert set(half_days) >= {"J2-matin", "J2-apres-midi"}

    sites = {s["id"]: s for s in data["sites"]}
    slots = {s["id"]: s for s in data["slots"]}
    people = data["participants"]
    assert len(sites) == len(data["sites"]) and 50 <= len(sites) <= 70
    assert len(slots) == len(data["slots"])
    assert len({p["id"] for p in people}) == len(people) == 200

    for s in sites.values():
        assert s["kind"] in KINDS and s["organisation"]
        assert -90 <= s["lat"] <= 90 and -180 <= s["lon"] <= 180
    for s in slots.values():
        assert s["site"] in sites
        assert s["half_day"] in half_days
        assert s["channel"] in CHANNELS
        assert isinstance(s["capacity"], int) and s["capacity"] >= 1
        assert set(s.get("forbidden_categories", [])) <= CATEGORIES
        if s["channel"] == "controle_sur_place":
            assert sites[s["site"]]["kind"] in ("caf", "cpam")
            assert s["capacity"] == 1
            assert "journaliste" in s["forbidden_categories"]
    assert len({(s["site"], s["channel"], s["half_day"]) for s in slots.values()}) == len(slots)

    demand = 0
    pinned_load = {}
    for p in people:
        assert p["category"] in CATEGORIES
        assert p["max_km"] in (15, 25, 40)
        available = p.get("available", half_days)
        assert available and set(available) <= set(half_days)
        demand += len(available)
        assert set(p.get("preferences", {})) <= KINDS
        assert all(0 <= v <= 3 for v in p.get("preferences", {}).values())
        pin_sites = []
        for h, slot_id in p.get("pinned", {}).items():
            slot = slots[slot_id]
            site = sites[slot["site"]]
            assert slot["half_day"] == h and h in available
            assert p["category"] not in slot.get("forbidden_categories", [])
            assert _norm(site["organisation"]) != _norm(p["organisation"])
            assert _km(p, site) <= p["max_km"]
            pin_sites.append(slot["site"])
            pinned_load[slot_id] = pinned_load.get(slot_id, 0) + 1
        assert len(pin_sites) == len(set(pin_sites))
    assert all(n <= slots[s]["capacity"] for s, n in pinned_load.items())
    assert 1 <= sum(1 for p in people if p.get("pinned")) < 0.01 * len(people) + 1

    seats = sum(s["capacity"] for s in slots.values())
    assert 1.05 * demand <= seats <= 1.25 * demand
    single = sum(1 for p in people if len(p.get("available", half_days)) == 1)
    assert 0.03 * len(people) <= single <= 0.2 * len(people)
    # some participants work for a host organisation (exact same string)
    organisations = {s["organisation"] for s in sites.values()}
    assert sum(1 for p in people if p["organisation"] in organisations) >= 10
    assert any(
        set(s.get("forbidden_categories", [])) == {"journaliste", "chef_entreprise"}
        for s in slots.values()
    ) or not any(s["kind"] == "urgences" for s in sites.values())


def test_p200_loads_and_is_deterministic(p200):
    from immersion.assignment import load_instance

    gen = _generator()
    for data in p200.values():
        loaded = load_instance(data)
        assert len(loaded.participants) == 200
        assert len(loaded.slots) == len(data["slots"])
    assert p200[1] != p200[2]
    again = gen.generate(
        gen.Params(participants=200, sites=60, seed=1, regions=["52"], communes=COMMUNES)
    )
    assert json.loads(json.dumps(again, ensure_ascii=False)) == p200[1]
