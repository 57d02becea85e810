"""Explanations of unplaced participant-half-days and the pre-solve diagnosis, in French."""

from __future__ import annotations

from immersion.assignment import Assignment, diagnose, explain_unplaced, load_instance, solve
from tests.assignment.builders import instance, person, site, slot


def _unplaced(data, assignments=None):
    inst = load_instance(data)
    if assignments is None:
        assignments = solve(inst, time_limit=5.0).assignments
    return {(u.participant, u.half_day): u for u in explain_unplaced(inst, assignments)}


def test_explains_too_far():
    data = instance(
        [site("s1", lat=47.218, lon=-1.554)],
        [slot("a", "s1", "J2-matin")],
        [person("p1", max_km=25)],
        half_days=["J2-matin"],
    )
    u = _unplaced(data)[("p1", "J2-matin")]
    assert u.codes[0] == "too_far"
    assert u.reasons[0].startswith("aucune offre ouverte à moins de 25 km le J2-matin")
    assert "la plus proche est à" in u.reasons[0]


def test_explains_own_organisation():
    data = instance(
        [site("s1", organisation="Caf d'Ille-et-Vilaine")],
        [slot("a", "s1")],
        [person("p1", organisation="caf d'ille-et-vilaine")],
        half_days=["matin"],
    )
    u = _unplaced(data)[("p1", "matin")]
    assert u.codes[0] == "own_organisation"
    assert "seule structure proche = son propre organisme" in u.reasons[0]


def test_explains_excluded_category():
    data = instance(
        [site("s1"), site("s2", organisation="Caf 2")],
        [
            slot("a", "s1", channel="controle_sur_place", forbidden=("journaliste",)),
            slot("b", "s2", channel="controle_sur_place", forbidden=("journaliste",)),
        ],
        [person("p1", "journaliste")],
        half_days=["matin"],
    )
    u = _unplaced(data)[("p1", "matin")]
    assert u.codes[0] == "forbidden_category"
    assert u.reasons[0] == "catégorie « journaliste » exclue des 2 créneaux restants"


def test_explains_full_slots():
    data = instance(
        [site("s1"), site("s2", organisation="Caf 2")],
        [slot("a", "s1"), slot("b", "s2")],
        [person("p1"), person("p2"), person("p3")],
        half_days=["matin"],
    )
    unplaced = _unplaced(data)
    assert len(unplaced) == 1
    (u,) = unplaced.values()
    assert u.codes[0] == "full"
    assert u.reasons[0] == "les 2 créneaux compatibles sont complets"


def test_explains_already_visited_site():
    data = instance(
        [site("s1")],
        [slot("a", "s1", "matin"), slot("b", "s1", "apres-midi")],
        [person("p1")],
    )
    unplaced = _unplaced(data)
    (u,) = unplaced.values()
    assert u.codes[0] == "already_visited"
    assert u.reasons[0].startswith("a déjà visité les seules structures accessibles")


def test_explains_no_offer_on_that_half_day():
    data = instance([site("s1")], [slot("a", "s1", "matin")], [person("p1")])
    u = _unplaced(data)[("p1", "apres-midi")]
    assert u.codes == ("no_offer",)
    assert u.reasons == ("aucune offre ouverte le apres-midi",)


def test_explains_a_free_seat_after_a_manual_edit():
    data = instance(
        [site("s1")],
        [slot("a", "s1", capacity=2)],
        [person("p1"), person("p2")],
        half_days=["matin"],
    )
    unplaced = _unplaced(data, [Assignment("p1", "a")])
    assert unplaced[("p2", "matin")].codes[0] == "free_seat_available"
    assert "placement possible" in unplaced[("p2", "matin")].reasons[0]


def test_unavailable_half_days_are_not_reported():
    data = instance([site("s1")], [slot("a", "s1")], [person("p1", available=["apres-midi"])])
    assert list(_unplaced(data)) == [("p1", "apres-midi")]


def test_solution_lists_every_unplaced_half_day_with_reasons():
    data = instance(
        [site("s1")], [slot("a", "s1")], [person("p1"), person("p2")], half_days=["matin"]
    )
    solution = solve(load_instance(data), time_limit=5.0)
    assert len(solution.unplaced) == 1
    assert solution.unplaced[0].reasons


def test_diagnosis_compares_seats_and_demand():
    data = instance(
        [site("s1"), site("s2", organisation="Caf 2", lat=47.218, lon=-1.554)],
        [
            slot("a", "s1", "matin", 1, "controle_sur_place", ("journaliste",)),
            slot("b", "s2", "apres-midi", 3),
        ],
        [person("p1", "journaliste"), person("p2", max_km=20), person("p3")],
    )
    report = diagnose(load_instance(data))
    by_hd = {h["half_day"]: h for h in report["half_days"]}
    assert by_hd["matin"] == {"half_day": "matin", "seats": 1, "available": 3, "balance": -2}
    assert by_hd["apres-midi"]["balance"] == 0
    journalists = next(
        c
        for c in report["categories"]
        if c["category"] == "journaliste" and c["half_day"] == "matin"
    )
    assert journalists["seats_open"] == 0
    assert "il manque au moins 2 places" in " ".join(report["messages"])
    assert any("« journaliste »" in m for m in report["messages"])
    without = {(w["participant"], w["half_day"]): w for w in report["without_candidates"]}
    assert without[("p1", "matin")]["codes"][0] == "forbidden_category"
    assert without[("p2", "apres-midi")]["codes"][0] == "too_far"
    assert ("p3", "matin") not in without


def test_solution_carries_the_diagnosis():
    data = instance([site("s1")], [slot("a", "s1")], [person("p1")], half_days=["matin"])
    solution = solve(load_instance(data), time_limit=5.0)
    assert solution.diagnosis["half_days"][0]["seats"] == 1
    assert solution.diagnosis["messages"]


def test_messages_name_sites_slots_and_people_by_their_labels_when_given():
    from immersion.assignment import Assignment, check_assignment, load_instance

    instance = load_instance(
        {
            "half_days": ["J2-matin"],
            "sites": [
                {"id": "s1", "kind": "caf", "organisation": "Caf 35", "label": "Caf de Rennes"}
            ],
            "slots": [
                {
                    "id": "o1",
                    "site": "s1",
                    "channel": "controle_sur_place",
                    "half_day": "J2-matin",
                    "capacity": 1,
                    "forbidden_categories": ["journaliste"],
                    "label": "Caf de Rennes — contrôle",
                }
            ],
            "participants": [
                {
                    "id": "p1",
                    "category": "journaliste",
                    "organisation": "Caf 35",
                    "label": "Julie Moreau",
                },
                {"id": "p2", "category": "elu", "organisation": "Ville", "label": "Yves Le Corre"},
                {"id": "p3", "category": "enseignant", "organisation": "Lycée"},
            ],
        }
    )
    messages = [
        v.message
        for v in check_assignment(
            instance, [Assignment("p1", "o1"), Assignment("p2", "o1"), Assignment("p3", "o1")]
        )
    ]
    text = " | ".join(messages)
    assert "le créneau Caf de Rennes — contrôle exclut la catégorie « journaliste »" in text
    assert "Caf de Rennes relève de son propre organisme (Caf 35)" in text
    assert "le créneau Caf de Rennes — contrôle est complet" in text
    assert "o1" not in text and "s1" not in text


def test_diagnosis_names_categories_by_their_labels():
    data = instance(
        [site("s1")],
        [slot("a", "s1", "matin", 1, "controle_sur_place", ("elu", "chef_entreprise"))],
        [person("p1", "elu"), person("p2", "chef_entreprise")],
        half_days=["matin"],
    )
    text = " ".join(diagnose(load_instance(data))["messages"])
    assert "« élu »" in text and "« chef d'entreprise »" in text
    assert "« elu »" not in text and "chef_entreprise" not in text
