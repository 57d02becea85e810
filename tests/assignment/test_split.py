"""Regional split of an instance and merge of the regional solutions (``assignment.split``)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from immersion.assignment import check_assignment, diagnose, load_instance, objective, solve
from immersion.assignment.split import merge_solutions, solve_split, split_instance
from tests.assignment.builders import instance, person, site, slot

ROOT = Path(__file__).resolve().parents[2]
KINDS = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]
CATEGORIES = ["elu", "journaliste", "enseignant", "cadre_hopital", "fonctionnaire_etat"]
# Far apart: no participant reaches another city's sites (radii at most 40 km).
CITIES = {"rennes": (48.11, -1.68), "lyon": (45.76, 4.84), "lille": (50.63, 3.06)}


def clustered(seed: int, cities: dict[str, tuple[float, float]], people: int = 14, sites: int = 5):
    """Random instance with a cluster of sites and participants around each city, with travel
    budgets, sites too far in time and accessibility needs."""
    rng = random.Random(seed)
    all_sites, slots, participants = [], [], []
    for name, (lat, lon) in cities.items():
        for i in range(sites):
            sid = f"{name}-s{i}"
            data = site(
                sid,
                rng.choice(KINDS),
                f"Organisme {rng.randint(0, 4)}",
                lat + rng.uniform(-0.15, 0.15),
                lon + rng.uniform(-0.2, 0.2),
            )
            data["travel_minutes"] = rng.choice([10, 20, 45])
            data["access"] = ["plain_pied"] if rng.random() < 0.6 else []
            all_sites.append(data)
            for j, hd in enumerate(["matin", "apres-midi"]):
                if rng.random() < 0.85:
                    slots.append(
                        slot(
                            f"{sid}-{j}",
                            sid,
                            hd,
                            rng.randint(1, 3),
                            rng.choice(["accueil_physique", "accueil_telephonique"]),
                            ("journaliste",) if rng.random() < 0.2 else (),
                        )
                    )
        for i in range(people):
            data = person(
                f"{name}-p{i}",
                rng.choice(CATEGORIES),
                f"Organisme {rng.randint(0, 6)}",
                lat + rng.uniform(-0.15, 0.15),
                lon + rng.uniform(-0.2, 0.2),
                rng.choice([15, 25, 40]),
                rng.choice([None, None, ["matin"]]),
                {k: rng.randint(0, 3) for k in KINDS},
            )
            if rng.random() < 0.15:
                data["needs"] = ["plain_pied"]
            participants.append(data)
    data = instance(all_sites, slots, participants)
    data["travel_budgets"] = {
        "matin": {"before": None, "after": 30},
        "apres-midi": {"before": 30, "after": None},
    }
    return load_instance(data)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_separate_components_split_exactly_with_the_unsplit_objective(seed):
    inst = clustered(seed, CITIES)
    split = split_instance(inst, 3)
    assert split.exact and split.cut_pairs == 0
    assert len(split.regions) == 3
    # Every participant in exactly one region, with only its own city's sites.
    ids = [p for r in split.regions for p in r.participants]
    assert sorted(ids) == sorted(p.id for p in inst.participants)
    for region in split.regions:
        cities = {p.split("-")[0] for p in region.participants}
        assert {s.id.split("-")[0] for s in region.instance.sites} <= cities
        assert not region.border
    whole = solve(inst, time_limit=20, seed=0)
    merged = solve_split(inst, parts=3, processes=2, time_limit=30, seed=0)
    assert whole.status == "optimal"
    assert merged.status == "optimal"
    assert merged.objective == whole.objective == merged.bound
    assert check_assignment(inst, list(merged.assignments)) == []
    assert merged.stats["split_exact"] is True


def test_exact_bound_is_the_sum_of_the_regional_bounds():
    inst = clustered(4, CITIES)
    split = split_instance(inst, 2)
    assert split.exact
    solutions = [solve(r.instance, time_limit=10, explain=False) for r in split.regions]
    merged = merge_solutions(inst, split, solutions)
    assert merged.bound == sum(s.bound for s in solutions)
    assert merged.objective == sum(s.objective for s in solutions)
    assert merged.objective == objective(inst, list(merged.assignments))


@pytest.mark.parametrize("seed", [5, 6, 7, 8])
def test_a_cut_region_merges_into_a_valid_solution_under_a_valid_bound(seed):
    # One city only: the reach graph is one component, cut by a line; border participants
    # can reach both sides and the regions may both fill the same seats.
    inst = clustered(seed, {"rennes": CITIES["rennes"]}, people=40, sites=12)
    split = split_instance(inst, 2)
    assert len(split.regions) == 2
    assert not split.exact and split.cut_pairs > 0
    assert any(r.border for r in split.regions)
    # Each region holds every site its participants can reach (halo included).
    for region in split.regions:
        assert region.own_sites <= {s.id for s in region.instance.sites}
    solutions = [solve(r.instance, time_limit=5, seed=seed, explain=False) for r in split.regions]
    merged = merge_solutions(inst, split, solutions, repair_seconds=2)
    assignments = list(merged.assignments)
    # Capacities, one slot per participant and half-day, travel time, accessibility… all hold.
    assert check_assignment(inst, assignments) == []
    slots = {s.id: s for s in inst.slots}
    per_half_day = {(a.participant, slots[a.slot].half_day) for a in assignments}
    assert len(per_half_day) == len(assignments)
    assert merged.objective == objective(inst, assignments)
    # The bound stays valid: at least the proven optimum of the whole instance.
    whole = solve(inst, time_limit=20, seed=0)
    assert whole.status == "optimal"
    assert merged.bound >= whole.objective >= merged.objective
    assert merged.status == "feasible"
    # Every available half-day left without a slot is explained on the whole instance.
    placed = {(a.participant, slots[a.slot].half_day) for a in assignments}
    holes = {(p.id, h) for p in inst.participants for h in p.available} - placed
    assert {(u.participant, u.half_day) for u in merged.unplaced} == holes


def test_over_full_seats_from_two_regions_are_repaired():
    # Two participants on either side of a line, one seat between them that both reach.
    data = instance(
        [
            site("w", lat=48.0, lon=-1.9),
            site("mid", "ccas", "CCAS", lat=48.0, lon=-1.7),
            site("e", "cpam", "Cpam", lat=48.0, lon=-1.5),
        ],
        [slot("w1", "w", capacity=1), slot("m1", "mid", capacity=1), slot("e1", "e", capacity=1)],
        [
            person("a", lat=48.0, lon=-1.85, max_km=20, available=["matin"]),
            person("b", lat=48.0, lon=-1.84, max_km=20, available=["matin"]),
            person("c", lat=48.0, lon=-1.56, max_km=20, available=["matin"]),
            person("d", lat=48.0, lon=-1.55, max_km=20, available=["matin"]),
        ],
    )
    inst = load_instance(data)
    split = split_instance(inst, 2)
    assert not split.exact
    solutions = [solve(r.instance, time_limit=5, explain=False) for r in split.regions]
    # Both regions fill the middle seat.
    assert sum(a.slot == "m1" for s in solutions for a in s.assignments) == 2
    merged = merge_solutions(inst, split, solutions)
    assert check_assignment(inst, list(merged.assignments)) == []
    assert len(merged.assignments) == 3
    assert merged.stats["border_repair"]["over_full_slots"] == 1
    assert merged.bound >= merged.objective


def test_diagnosis_from_the_regions_is_the_whole_diagnosis():
    inst = clustered(9, CITIES)
    split = split_instance(inst, 3)
    without = [
        (w["participant"], w["half_day"])
        for r in split.regions
        for w in diagnose(r.instance)["without_candidates"]
    ]
    assert diagnose(inst, without_candidates=without) == diagnose(inst)


def test_cli_split_solves_and_checks(tmp_path):
    inst = clustered(10, CITIES)
    from immersion.assignment import instance_to_dict

    source = tmp_path / "instance.json"
    source.write_text(json.dumps(instance_to_dict(inst)))
    target = tmp_path / "solution.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "immersion.assignment",
            "solve",
            str(source),
            "-o",
            str(target),
            "--time-limit",
            "15",
            "--split",
            "3",
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    solution = json.loads(target.read_text())
    assert solution["stats"]["regions"] == 3
    assert solution["status"] == "optimal"
    check = subprocess.run(
        [sys.executable, "-m", "immersion.assignment", "check", str(source), str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert check.returncode == 0 and "aucune violation" in check.stdout


def test_cli_rejects_a_split_below_one(tmp_path):
    source = tmp_path / "instance.json"
    source.write_text("{}")
    run = subprocess.run(
        [sys.executable, "-m", "immersion.assignment", "solve", str(source), "--split", "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.strip() == "erreur: --split et --workers : doivent être au moins 1"
