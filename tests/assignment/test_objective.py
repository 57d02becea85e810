"""Objective weights: diversity, preferences, mix of publics, overrides, score breakdown."""

from __future__ import annotations

from immersion.assignment import load_instance, objective, score_breakdown, solve
from tests.assignment.builders import instance, person, site, slot


def _pairs(data, **kwargs):
    inst = load_instance(data)
    solution = solve(inst, time_limit=5.0, **kwargs)
    assert solution.status == "optimal"
    assert solution.objective == objective(inst, solution.assignments)
    return inst, solution, {(a.participant, a.slot) for a in solution.assignments}


def _diversity_instance(weights=None):
    return instance(
        [site("caf1", "caf"), site("caf2", "caf", "Caf 2"), site("ccas", "ccas", "CCAS")],
        [
            slot("m", "caf1", "matin"),
            slot("a-caf", "caf2", "apres-midi", channel="accueil_telephonique"),
            slot("a-ccas", "ccas", "apres-midi", channel="accueil_telephonique"),
        ],
        [person("p1", preferences={"caf": 3, "ccas": 2})],
        weights=weights,
    )


def test_prefers_a_new_site_kind_over_a_slightly_better_preference():
    _, solution, pairs = _pairs(_diversity_instance())
    assert pairs == {("p1", "m"), ("p1", "a-ccas")}
    # 2 assignments, 2 kinds, 2 channels, preferences 3 + 2.
    assert solution.objective == 2000 + 200 + 60 + 50


def test_weights_can_be_overridden():
    _, _, pairs = _pairs(_diversity_instance({"distinct_kind": 0}))
    assert pairs == {("p1", "m"), ("p1", "a-caf")}


def test_prefers_a_new_channel():
    data = instance(
        [site("s1", "caf"), site("s2", "caf", "Caf 2"), site("s3", "caf", "Caf 3")],
        [
            slot("m", "s1", "matin"),
            slot("a-phys", "s2", "apres-midi"),
            slot("a-tel", "s3", "apres-midi", channel="accueil_telephonique"),
        ],
        [person("p1")],
    )
    _, _, pairs = _pairs(data)
    assert ("p1", "a-tel") in pairs


def test_mixes_the_publics_in_a_slot():
    data = instance(
        [site("s1"), site("s2", "caf", "Caf 2")],
        [slot("a", "s1", capacity=2), slot("b", "s2", capacity=2)],
        [
            person("e1", "elu"),
            person("e2", "elu"),
            person("j1", "journaliste"),
            person("j2", "journaliste"),
        ],
        half_days=["matin"],
    )
    inst, solution, pairs = _pairs(data)
    for slot_id in ("a", "b"):
        cats = sorted(inst.participant(p).category for p, s in pairs if s == slot_id)
        assert cats == ["elu", "journaliste"]
    assert all(
        part["mix_points"] == 0 for part in score_breakdown(inst, solution.assignments).values()
    )


def test_mix_penalty_is_charged_beyond_the_first_observer_of_a_category():
    data = instance(
        [site("s1")],
        [slot("a", "s1", capacity=3)],
        [person("e1"), person("e2"), person("e3")],
        half_days=["matin"],
    )
    inst, solution, _ = _pairs(data)
    parts = score_breakdown(inst, solution.assignments)
    assert [parts[p]["mix_points"] for p in ("e1", "e2", "e3")] == [0, -20, -20]
    assert solution.objective == 3 * (1000 + 100 + 30) - 40


def test_score_breakdown_sums_to_the_objective():
    data = _diversity_instance()
    inst, solution, _ = _pairs(data)
    parts = score_breakdown(inst, solution.assignments)
    assert sum(p["total"] for p in parts.values()) == solution.objective
    assert parts["p1"]["distinct_kinds"] == 2
    assert parts["p1"]["preference_points"] == 50
