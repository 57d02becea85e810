"""Distances to host sites: a site known only by its commune never reads « 0,0 km »."""

import pytest

from immersion.documents.programme import Leg, build_personal_programme
from immersion.sites.models import HostSite
from immersion.territory.models import Commune
from tests.factories import make_journey

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(communes):
    return make_journey(sign=True)


def _at_commune_centre(site, code):
    commune = Commune.objects.get(code=code)
    HostSite.objects.filter(pk=site.pk).update(
        commune_code=code,
        commune_name=commune.name,
        latitude=commune.latitude,
        longitude=commune.longitude,
    )


def test_a_site_at_its_commune_s_centre_in_the_venue_s_commune_flags_the_missing_location(
    journey,
):
    _at_commune_centre(journey.caf, "35238")  # Rennes, the seminar's city
    morning, _afternoon = build_personal_programme(journey.helene).immersions
    sentence = morning.leg.sentence
    assert sentence.startswith("Localisation manquante")
    assert "Rennes" in sentence
    assert "0,0 km" not in sentence


def test_a_site_in_another_commune_gives_the_distance_to_that_commune_s_centre(journey):
    _at_commune_centre(journey.cpam, "35051")
    _morning, afternoon = build_personal_programme(journey.helene).immersions
    sentence = afternoon.leg.sentence
    assert "km du centre de Cesson-Sévigné" in sentence
    assert "non géolocalisée" in sentence
    assert afternoon.leg.distance_km >= 1


def test_a_site_without_coordinates_says_its_location_is_missing(journey):
    HostSite.objects.filter(pk=journey.caf.pk).update(latitude=None, longitude=None)
    morning, _afternoon = build_personal_programme(journey.helene).immersions
    assert morning.leg.sentence.startswith("Localisation manquante")


def test_a_distance_that_rounds_to_nothing_is_never_written_in_kilometres():
    leg = Leg("du lieu du séminaire", 0.0, 5, False)
    assert leg.sentence == "À quelques pas du lieu du séminaire."
    far = Leg("du lieu du séminaire", 3.1, 12, False)
    assert "3,1 km à vol d'oiseau" in far.sentence
