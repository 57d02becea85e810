import datetime as dt

import pytest

from immersion.demo.services import load_demo
from immersion.logistics.selectors import meal_lists

pytestmark = pytest.mark.django_db


def test_demo_dinner_has_two_elected_officials_as_guests():
    seminar = load_demo(today=dt.date(2026, 11, 30))
    dinner = meal_lists(seminar)[0]
    assert dinner.item.title == "Dîner avec des élus locaux"
    assert [(g.name, g.detail) for g in dinner.guests] == [
        ("Gaëlle Le Moal", "Adjointe au maire déléguée aux solidarités, Ville de Rennes"),
        (
            "Thierry Caradec",
            "Vice-président chargé de l'insertion, Conseil départemental d'Ille-et-Vilaine",
        ),
    ]
    assert dinner.headcount == 18 + 2 + 2
