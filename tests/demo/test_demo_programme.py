import pytest

from immersion.analysis.observatory import Filters, programme_observatory
from immersion.demo.programme import SYNTHETIC, TOWNS, add_demo_programme_seminars
from immersion.seminars.services import create_programme

pytestmark = pytest.mark.django_db

# Two of the demo's towns, one with an accent (it goes into the synthetic e-mail addresses).
TWO = [town for town in TOWNS if town[1] in ("Orléans", "Lille")]


def test_demo_programme_seminars_are_synthetic_in_other_regions_and_observed():
    programme = create_programme(actor=None, name="Vivez ma vie d'usager 2027", year=2027)
    seminars = add_demo_programme_seminars(actor=None, programme=programme, towns=TWO)
    assert [s.city_name for s in seminars] == ["Lille", "Orléans"]
    assert all(SYNTHETIC in s.title and not s.organizers.exists() for s in seminars)
    assert set(programme.seminars.all()) == set(seminars)
    data = programme_observatory(programme, Filters(), k=5)
    assert data.departments == ["45", "59"]
    total = data.situations.rows[-1]
    assert total["situations"] > 20 and not total["secret_statistique"]
    assert data.perception.rows and data.evaluations.rows
    # Loading again adds nothing.
    assert add_demo_programme_seminars(actor=None, programme=programme, towns=TWO) == []
