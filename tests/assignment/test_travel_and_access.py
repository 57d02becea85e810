"""Travel time between the programme's items and accessibility needs: two hard constraints."""

from __future__ import annotations

import pytest

from immersion.assignment import (
    Assignment,
    InstanceError,
    check_assignment,
    diagnose,
    explain_unplaced,
    instance_to_dict,
    load_instance,
    solve,
)
from immersion.assignment.candidates import build_problem
from tests.assignment.builders import instance, person, site, slot

# Lunch with the tutors ends 12:45, the immersion starts 13:00 and ends 15:30, the shared
# analysis starts 16:00: 15 minutes free before, 30 after.
BUDGET = {"J2-apres-midi": {"before": 15, "after": 30}}


def timed_site(sid: str, minutes: int | None, organisation: str, label: str = "", **extra):
    data = {**site(sid, organisation=organisation), "travel_minutes": minutes, **extra}
    if label:
        data["label"] = label
    return data


def far_and_near(capacity_near: int = 1, participants=None) -> dict:
    return instance(
        [
            timed_site("far", 60, "Caf 1", "Caf de Vitré"),
            timed_site("near", 10, "Caf 2", "Caf de Rennes"),
        ],
        [
            slot("f", "far", "J2-apres-midi", capacity=5),
            slot("n", "near", "J2-apres-midi", capacity=capacity_near),
        ],
        participants or [person("p1"), person("p2")],
        half_days=["J2-apres-midi"],
    ) | {"travel_budgets": BUDGET}


def test_solver_never_uses_a_site_too_far_in_time_even_with_free_seats():
    inst = load_instance(far_and_near())
    solution = solve(inst, time_limit=5.0)
    assert [a.slot for a in solution.assignments] == ["n"]
    assert {a.participant for a in solution.assignments} <= {"p1", "p2"}
    # The far slot has no arc at all: greedy, flow, CP-SAT and repair all work on arcs.
    problem = build_problem(inst)
    assert "f" not in {inst.slots[s].id for s in problem.arc_s.tolist()}


def test_unplaced_because_every_site_is_too_far_in_time_is_explained_in_french():
    inst = load_instance(far_and_near())
    solution = solve(inst, time_limit=5.0)
    (unplaced,) = solution.unplaced
    # The near slot is full: "full" is the main reason, the far one is counted in the detail.
    assert unplaced.codes[0] == "full"
    assert "1 trop loin(s) en temps de trajet" in unplaced.reasons[-1]

    only_far = far_and_near()
    only_far["slots"] = only_far["slots"][:1]
    inst = load_instance(only_far)
    (first, second) = explain_unplaced(inst, [])
    assert first.codes[0] == "travel_time"
    assert first.reasons[0] == (
        "aucune structure n'est joignable à temps le J2-apres-midi (temps libre : 15 min avant "
        "le créneau, 30 min après) : la plus proche en temps, Caf de Vitré, est à 60 min de trajet"
    )


def test_check_assignment_flags_travel_time_naming_site_and_minutes():
    inst = load_instance(far_and_near())
    violations = check_assignment(inst, [Assignment("p1", "f")])
    assert [v.code for v in violations] == ["travel_time"]
    assert violations[0].message == (
        "Caf de Vitré est à 60 min de trajet du lieu du séminaire : 15 min seulement avant le "
        "créneau du J2-apres-midi"
    )


def test_the_gap_after_the_immersion_counts_too():
    data = far_and_near()
    data["travel_budgets"] = {"J2-apres-midi": {"before": None, "after": 30}}
    data["sites"][0]["travel_minutes"] = 40
    inst = load_instance(data)
    (violation,) = check_assignment(inst, [Assignment("p1", "f")])
    assert violation.message.endswith("30 min seulement après le créneau du J2-apres-midi")
    data["sites"][0]["travel_minutes"] = 30  # exactly the gap: allowed
    assert check_assignment(load_instance(data), [Assignment("p1", "f")]) == []


def test_no_budget_or_unknown_travel_time_means_no_travel_constraint():
    data = far_and_near()
    del data["travel_budgets"]
    assert check_assignment(load_instance(data), [Assignment("p1", "f")]) == []
    data = far_and_near()
    data["sites"][0]["travel_minutes"] = None
    assert check_assignment(load_instance(data), [Assignment("p1", "f")]) == []


def test_previous_pair_now_too_far_in_time_is_impossible():
    data = far_and_near() | {"previous": [{"participant": "p1", "slot": "f"}]}
    solution = solve(load_instance(data), time_limit=5.0)
    (impossible,) = solution.stats["previous"]["impossible"]
    assert impossible["reason"].startswith("désormais impossible : Caf de Vitré est à 60 min")


def wheelchair_instance(step_free_full: bool = False) -> dict:
    return instance(
        [
            {**site("stairs", organisation="Caf 1"), "access": ["boucle_magnetique"]},
            {**site("unknown", organisation="Caf 2")},
            {**site("flat", organisation="Caf 3"), "access": ["plain_pied"], "label": "Caf 3"},
        ],
        [
            slot("a", "stairs", "matin", capacity=3),
            slot("b", "unknown", "matin", capacity=3),
            slot("c", "flat", "matin", capacity=0 if step_free_full else 1),
        ],
        [
            person("walker"),
            {**person("wheel"), "needs": ["plain_pied"], "label": "Jeanne Roulant"},
        ],
        half_days=["matin"],
    )


def test_wheelchair_user_is_only_placed_where_access_is_step_free():
    inst = load_instance(wheelchair_instance())
    solution = solve(inst, time_limit=5.0)
    placed = {a.participant: a.slot for a in solution.assignments}
    assert placed["wheel"] == "c"
    assert placed["walker"] in {"a", "b", "c"}


def test_unknown_access_does_not_meet_a_need_and_the_reason_says_so():
    inst = load_instance(wheelchair_instance(step_free_full=True))
    solution = solve(inst, time_limit=5.0)
    assert "wheel" not in {a.participant for a in solution.assignments}
    (unplaced,) = [u for u in solution.unplaced if u.participant == "wheel"]
    assert list(unplaced.codes[:2]) == ["full", "access"]
    assert "2 sans accès de plain-pied (fauteuil roulant)" in unplaced.reasons[-1]

    no_step_free = wheelchair_instance()
    no_step_free["slots"] = no_step_free["slots"][:2]
    (unplaced,) = [
        u for u in explain_unplaced(load_instance(no_step_free), []) if u.participant == "wheel"
    ]
    assert unplaced.codes[0] == "access"
    assert unplaced.reasons[0] == (
        "aucune des 2 offres restantes n'offre l'accessibilité requise "
        "(accès de plain-pied (fauteuil roulant))"
    )


def test_check_assignment_flags_an_unmet_accessibility_need():
    inst = load_instance(wheelchair_instance())
    (violation,) = check_assignment(inst, [Assignment("wheel", "b")])
    assert violation.code == "access"
    assert violation.message == (
        "unknown n'offre pas ce dont Jeanne Roulant a besoin : "
        "accès de plain-pied (fauteuil roulant)"
    )


def test_diagnosis_lists_people_whose_needs_no_site_meets():
    data = wheelchair_instance()
    data["slots"] = data["slots"][:2]
    report = diagnose(load_instance(data))
    (entry,) = report["without_candidates"]
    assert (entry["participant"], entry["codes"][0]) == ("wheel", "access")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d.update(travel_budgets={"J9": {"before": 5}}),
            "travel_budgets.J9",
            "demi-journée inconnue",
        ),
        (
            lambda d: d.update(travel_budgets={"J2-apres-midi": {"before": -5}}),
            "travel_budgets.J2-apres-midi.before",
            "le temps libre avant est un nombre entier de minutes",
        ),
        (
            lambda d: d.update(travel_budgets={"J2-apres-midi": {"pendant": 5}}),
            "travel_budgets.J2-apres-midi.pendant",
            "clé inconnue",
        ),
        (
            lambda d: d["sites"][0].update(travel_minutes="une heure"),
            "sites[0].travel_minutes",
            "le temps de trajet est un nombre entier de minutes",
        ),
        (
            lambda d: d["sites"][0].update(access=["ascenseur"]),
            "sites[0].access[0]",
            "accessibilité inconnu(e)",
        ),
        (
            lambda d: d["participants"][0].update(needs="plain_pied"),
            "participants[0].needs",
            "une liste est attendue",
        ),
        (
            lambda d: d["participants"][0].update(pinned={"J2-apres-midi": "f"}),
            "participants[0].pinned.J2-apres-midi",
            "est à 60 min de trajet pour 15 min libres",
        ),
        (
            lambda d: d["participants"][0].update(needs=["lsf"], pinned={"J2-apres-midi": "n"}),
            "participants[0].pinned.J2-apres-midi",
            "n'offre pas : langue des signes (LSF)",
        ),
    ],
)
def test_invalid_travel_and_access_data_is_refused_in_french(change, path, message):
    data = far_and_near()
    change(data)
    with pytest.raises(InstanceError) as exc:
        load_instance(data)
    assert exc.value.field_path == path
    assert message in exc.value.message_fr


def test_travel_and_access_survive_a_round_trip():
    data = far_and_near()
    data["sites"][1]["access"] = ["plain_pied", "lsf"]
    data["participants"][0]["needs"] = ["lsf"]
    inst = load_instance(data)
    again = load_instance(instance_to_dict(inst))
    assert again == inst
    assert again.travel_budget("J2-apres-midi").before == 15
    assert again.site("near").access == frozenset({"plain_pied", "lsf"})
