"""load_instance: clear errors naming the field, normalisation of ids."""

from __future__ import annotations

import pytest

from immersion.assignment import InstanceError, load_instance
from tests.assignment.builders import instance, person, site, slot


def _base():
    return instance(
        [site("s1"), site("s2", "ccas", "CCAS de Rennes")],
        [slot("c1", "s1"), slot("c2", "s2", "apres-midi", 2)],
        [person("p1"), person("p2", "journaliste")],
    )


def _error(data) -> InstanceError:
    with pytest.raises(InstanceError) as info:
        load_instance(data)
    return info.value


def test_valid_instance_loads_with_defaults():
    inst = load_instance(_base())
    assert [p.id for p in inst.participants] == ["p1", "p2"]
    assert inst.participant("p1").available == ("matin", "apres-midi")
    assert inst.weights.assignment == 1000


def test_integer_ids_are_normalised_to_strings():
    data = instance([site(7)], [slot(3, 7)], [person(42, pinned={"matin": 3})])
    inst = load_instance(data)
    assert inst.slots[0].site == "7"
    assert inst.participant("42").pins == {"matin": "3"}


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: d["slots"][1].update(capacity=-1), "slots[1].capacity", "(reçu -1)"),
        (lambda d: d["slots"][1].update(capacity="3"), "slots[1].capacity", "entier"),
        (lambda d: d["slots"][0].update(site="nowhere"), "slots[0].site", "inconnue"),
        (lambda d: d["slots"][0].update(half_day="soir"), "slots[0].half_day", "inconnue"),
        (lambda d: d["slots"][0].update(channel="courrier"), "slots[0].channel", "canal"),
        (lambda d: d["sites"][1].update(id="s1"), "sites[1].id", "en double"),
        (lambda d: d["participants"][1].update(id="p1"), "participants[1].id", "en double"),
        (
            lambda d: d["participants"][0].update(category="ministre"),
            "participants[0].category",
            "",
        ),
        (lambda d: d["participants"][0].update(lat="48"), "participants[0].lat", "nombre"),
        (lambda d: d["participants"][0].update(max_km=-5), "participants[0].max_km", ""),
        (
            lambda d: d["participants"][0].update(available=["nuit"]),
            "participants[0].available[0]",
            "",
        ),
        (
            lambda d: d["participants"][0].update(preferences={"caf": 4}),
            "participants[0].preferences.caf",
            "0 à 3",
        ),
        (lambda d: d["sites"][0].update(kind="mairie"), "sites[0].kind", "type de structure"),
        (lambda d: d.pop("slots"), "slots", "manquant"),
        (lambda d: d.update(participants={}), "participants", "liste"),
        (lambda d: d.update(weights={"assignment": -1}), "weights.assignment", "poids"),
    ],
)
def test_bad_input_names_the_field(mutate, field, words):
    data = _base()
    mutate(data)
    error = _error(data)
    assert error.field_path == field
    assert words in error.message_fr
    assert str(error).startswith(f"{field} : ")


@pytest.mark.parametrize(
    ("pins", "extra", "words"),
    [
        ({"matin": "zz"}, {}, "inconnu"),
        ({"matin": "c2"}, {}, "a lieu le apres-midi"),
        ({"apres-midi": "c2"}, {"available": ["matin"]}, "pas disponible"),
        ({"matin": "c1"}, {"organisation": "  CAF D’ILLE-ET-VILAINE "}, "propre organisme"),
        ({"matin": "c1"}, {"max_km": 5, "lat": 47.2, "lon": -1.55}, "au-delà"),
    ],
)
def test_pin_breaking_a_hard_constraint_is_a_validation_error(pins, extra, words):
    data = _base()
    data["participants"][0].update(pinned=pins, **extra)
    error = _error(data)
    assert error.field_path.startswith("participants[0].pinned.")
    assert words in error.message_fr


def test_pin_to_a_slot_forbidding_the_category_is_a_validation_error():
    data = _base()
    data["slots"][0]["forbidden_categories"] = ["journaliste"]
    data["participants"][1]["pinned"] = {"matin": "c1"}
    error = _error(data)
    assert error.field_path == "participants[1].pinned.matin"
    assert "journaliste" in error.message_fr


def test_pins_exceeding_capacity_together_are_a_validation_error():
    data = _base()
    data["participants"][0]["pinned"] = {"matin": "c1"}
    data["participants"][1]["pinned"] = {"matin": "c1"}
    error = _error(data)
    assert error.field_path == "slots[0].capacity"
    assert "2 participants épinglés" in error.message_fr


def test_previous_with_unknown_ids_is_not_an_error():
    data = _base()
    data["previous"] = [{"participant": "gone", "slot": "c1"}, {"participant": "p1", "slot": "x"}]
    assert len(load_instance(data).previous) == 2
