"""Re-solve after a change: minimal moves, previous pairs reported."""

from __future__ import annotations

import copy

from immersion.assignment import check_assignment, load_instance, solve
from tests.assignment.builders import RENNES, instance, person, site, slot

KINDS = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]


def _published():
    sites = [
        site(f"s{i}", KINDS[i % 6], f"Org {i}", RENNES[0] + 0.01 * i, RENNES[1]) for i in range(8)
    ]
    slots = []
    for i in range(8):
        slots.append(slot(f"m{i}", f"s{i}", "matin", 2))
        slots.append(slot(f"a{i}", f"s{i}", "apres-midi", 2, "accueil_telephonique"))
    cats = ["elu", "journaliste", "enseignant", "cadre_hopital"]
    people = [
        person(f"p{i}", cats[i % 4], preferences={k: (i + j) % 4 for j, k in enumerate(KINDS)})
        for i in range(12)
    ]
    data = instance(sites, slots, people)
    solution = solve(load_instance(data), time_limit=5.0)
    return data, solution


def _moved(before, after, ignore=()):
    old = {(a.participant, a.slot) for a in before.assignments if a.participant not in ignore}
    new = {(a.participant, a.slot) for a in after.assignments if a.participant not in ignore}
    return {p for p, _ in old ^ new}


def test_cancelling_a_participant_moves_nobody_else():
    data, published = _published()
    changed = copy.deepcopy(data)
    changed["participants"] = [p for p in changed["participants"] if p["id"] != "p3"]
    changed["previous"] = [
        {"participant": a.participant, "slot": a.slot} for a in published.assignments
    ]
    inst = load_instance(changed)
    after = solve(inst, time_limit=5.0)
    assert check_assignment(inst, after.assignments) == []
    assert _moved(published, after, ignore={"p3"}) == set()
    impossible = after.stats["previous"]["impossible"]
    assert {i["reason"] for i in impossible} == {"participant retiré"}
    assert len(impossible) == 2


def test_removing_a_slot_moves_only_its_occupants():
    data, published = _published()
    victims = {a.participant for a in published.assignments if a.slot == "m0"}
    assert victims
    changed = copy.deepcopy(data)
    changed["slots"] = [s for s in changed["slots"] if s["id"] != "m0"]
    changed["previous"] = [
        {"participant": a.participant, "slot": a.slot} for a in published.assignments
    ]
    after = solve(load_instance(changed), time_limit=5.0)
    assert _moved(published, after) == victims
    assert len(after.stats["previous"]["impossible"]) == len(victims)
    assert after.stats["previous"]["dropped"] == []


def test_reduced_capacity_is_reported_and_costs_the_dropped_pairs():
    data, published = _published()
    full = next(
        s["id"] for s in data["slots"] if sum(a.slot == s["id"] for a in published.assignments) == 2
    )
    changed = copy.deepcopy(data)
    next(s for s in changed["slots"] if s["id"] == full)["capacity"] = 1
    changed["previous"] = [
        {"participant": a.participant, "slot": a.slot} for a in published.assignments
    ]
    after = solve(load_instance(changed), time_limit=5.0)
    previous = after.stats["previous"]
    assert previous["capacity_reduced"] == [{"slot": full, "previous": 2, "capacity": 1}]
    assert len(previous["dropped"]) == 1
    assert len(_moved(published, after)) == 1
