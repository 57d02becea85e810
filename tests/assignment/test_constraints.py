"""Every hard constraint, one tiny instance each."""

from __future__ import annotations

from immersion.assignment import Assignment, check_assignment, load_instance, solve
from tests.assignment.builders import RENNES, instance, person, site, slot

LIMIT = 5.0


def _solve(data):
    inst = load_instance(data)
    solution = solve(inst, time_limit=LIMIT)
    assert check_assignment(inst, solution.assignments) == []
    return inst, {(a.participant, a.slot) for a in solution.assignments}


def test_places_everyone_when_seats_allow():
    _, pairs = _solve(
        instance(
            [site("s1"), site("s2", "ccas", "CCAS de Rennes")],
            [slot("a", "s1", capacity=2), slot("b", "s2", "apres-midi", capacity=2)],
            [person("p1"), person("p2")],
        )
    )
    assert pairs == {("p1", "a"), ("p2", "a"), ("p1", "b"), ("p2", "b")}


def test_at_most_one_slot_per_participant_and_half_day():
    _, pairs = _solve(
        instance(
            [site("s1"), site("s2", "ccas", "CCAS")],
            [slot("a", "s1", capacity=3), slot("b", "s2", capacity=3)],
            [person("p1")],
        )
    )
    assert len(pairs) == 1


def test_only_on_half_days_the_participant_is_available():
    _, pairs = _solve(
        instance([site("s1")], [slot("a", "s1", "apres-midi")], [person("p1", available=["matin"])])
    )
    assert pairs == set()


def test_never_exceeds_slot_capacity():
    _, pairs = _solve(
        instance([site("s1")], [slot("a", "s1", capacity=2)], [person(f"p{i}") for i in range(5)])
    )
    assert len(pairs) == 2


def test_zero_capacity_slot_stays_empty():
    _, pairs = _solve(instance([site("s1")], [slot("a", "s1", capacity=0)], [person("p1")]))
    assert pairs == set()


def test_never_places_participant_at_own_organisation():
    _, pairs = _solve(
        instance(
            [site("s1", organisation="Caf d'Ille-et-Vilaine")],
            [slot("a", "s1", capacity=5)],
            [person("p1", organisation="  CAF D’ILLE-ET-VILAINE "), person("p2")],
        )
    )
    assert pairs == {("p2", "a")}


def test_organisations_compare_without_accents_or_case():
    _, pairs = _solve(
        instance(
            [site("s1", "ccas", "Centre communal d'action sociale de Saint-Étienne")],
            [slot("a", "s1", capacity=5)],
            [person("p1", organisation="centre communal d'action sociale de saint-etienne")],
        )
    )
    assert pairs == set()


def test_never_places_participant_in_slot_forbidding_category():
    _, pairs = _solve(
        instance(
            [site("s1")],
            [slot("a", "s1", capacity=5, channel="controle_sur_place", forbidden=("journaliste",))],
            [person("p1", "journaliste"), person("p2", "elu")],
        )
    )
    assert pairs == {("p2", "a")}


def test_never_places_participant_beyond_max_km():
    far = site("s1", lat=47.218, lon=-1.554)  # Nantes, ~100 km from Rennes
    near = site("s2", "ccas", "CCAS", lat=RENNES[0] + 0.1, lon=RENNES[1])
    _, pairs = _solve(
        instance(
            [far, near],
            [slot("a", "s1", capacity=5), slot("b", "s2", "apres-midi", capacity=5)],
            [
                person("p1", max_km=30),
                person("p2", max_km=None),
                person("p3", lat=None, lon=None, max_km=30),
            ],
        )
    )
    assert ("p1", "a") not in pairs and ("p1", "b") in pairs
    assert ("p2", "a") in pairs  # no max_km: no distance constraint
    assert ("p3", "a") in pairs  # no position: no distance constraint


def test_site_without_coordinates_has_no_distance_constraint():
    _, pairs = _solve(
        instance([site("s1", lat=None, lon=None)], [slot("a", "s1")], [person("p1", max_km=1)])
    )
    assert pairs == {("p1", "a")}


def test_never_visits_the_same_site_twice():
    _, pairs = _solve(
        instance(
            [site("s1")],
            [slot("a", "s1", capacity=2), slot("b", "s1", "apres-midi", capacity=2)],
            [person("p1")],
        )
    )
    assert len(pairs) == 1


def test_pins_are_always_kept_even_against_the_objective():
    data = instance(
        [site("s1", "caf"), site("s2", "ccas", "CCAS")],
        [slot("a", "s1"), slot("b", "s2")],
        [
            person("p1", preferences={"ccas": 3}, pinned={"matin": "a"}),
            person("p2", preferences={"caf": 3}),
        ],
        half_days=["matin"],
    )
    _, pairs = _solve(data)
    assert pairs == {("p1", "a"), ("p2", "b")}


def test_check_assignment_reports_each_broken_constraint():
    inst = load_instance(
        instance(
            [site("s1"), site("s2", "ccas", "CCAS", lat=47.218, lon=-1.554)],
            [
                slot("a", "s1", capacity=1, forbidden=("journaliste",)),
                slot("b", "s1", "apres-midi"),
                slot("c", "s2"),
            ],
            [
                person("p1", "journaliste", organisation="Caf d'Ille-et-Vilaine", max_km=20),
                person("p2", available=["apres-midi"], pinned={"apres-midi": "b"}),
            ],
        )
    )
    bad = [
        Assignment("p1", "a"),
        Assignment("p1", "c"),
        Assignment("p1", "b"),
        Assignment("p2", "a"),
        Assignment("ghost", "a"),
        Assignment("p2", "nowhere"),
    ]
    codes = {(v.participant, v.slot, v.code) for v in check_assignment(inst, bad)}
    assert ("p1", "a", "forbidden_category") in codes
    assert ("p1", "a", "own_organisation") in codes
    assert ("p1", "c", "too_far") in codes
    assert ("p1", "c", "two_slots_same_half_day") in codes
    assert ("p1", "b", "same_site_twice") in codes
    assert ("p2", "a", "unavailable") in codes
    assert ("p2", "a", "over_capacity") in codes
    assert ("ghost", "a", "unknown_participant") in codes
    assert ("p2", "nowhere", "unknown_slot") in codes
    assert ("p2", "b", "pin_not_kept") in codes
    messages = [v.message for v in check_assignment(inst, bad)]
    assert any("conflit d'intérêts" in m for m in messages)


def test_check_assignment_accepts_a_valid_manual_assignment():
    inst = load_instance(
        instance([site("s1")], [slot("a", "s1", capacity=2)], [person("p1"), person("p2")])
    )
    assert check_assignment(inst, [Assignment("p1", "a"), Assignment("p2", "a")]) == []
