import datetime as dt

import pytest

from immersion.demo.services import load_demo
from immersion.territory.selectors import figures_for, territory_for

pytestmark = pytest.mark.django_db


def test_demo_seminar_shows_real_figures_for_rennes_its_department_and_france():
    seminar = load_demo(today=dt.date(2026, 11, 30))
    territory = territory_for(seminar.city_code)
    assert (territory.commune_name, territory.department_name) == ("Rennes", "Ille-et-Vilaine")
    rows = {row.indicator: row for row in figures_for(seminar.city_code)}
    assert rows["population"].commune.value == 225081
    assert rows["population"].department.value == 1098325
    assert rows["population"].france.value == 67406310
    assert rows["rsa_allocataires"].department.year == 2019
    assert all(row.source and row.year for row in rows.values())
