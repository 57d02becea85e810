import pytest
from django.core.exceptions import ValidationError

from tests.factories import SeminarFactory, SiteFactory, make_offer, make_tutor

pytestmark = pytest.mark.django_db


def test_on_site_inspection_defaults_to_one_observer_and_no_journalist():
    offer = make_offer(SeminarFactory(), SiteFactory(kind="caf"), channel="controle_sur_place")
    assert offer.capacity == 1
    assert offer.forbidden_categories == ["journaliste"]


def test_counter_offer_defaults_to_two_observers_open_to_everyone():
    offer = make_offer(SeminarFactory(), SiteFactory(), channel="accueil_physique")
    assert (offer.capacity, offer.forbidden_categories) == (2, [])


@pytest.mark.parametrize("kind", ["ccas", "urgences", "chrs", "france_travail"])
def test_on_site_inspection_exists_only_at_caf_and_cpam(kind):
    with pytest.raises(ValidationError) as exc:
        make_offer(SeminarFactory(), SiteFactory(kind=kind), channel="controle_sur_place")
    assert "channel" in exc.value.message_dict


def test_cpam_offers_on_site_inspection():
    offer = make_offer(SeminarFactory(), SiteFactory(cpam=True), channel="controle_sur_place")
    assert offer.site.kind == "cpam"


def test_one_offer_per_site_channel_and_half_day():
    seminar, site = SeminarFactory(), SiteFactory()
    make_offer(seminar, site)
    with pytest.raises(ValidationError, match="déjà ce canal"):
        make_offer(seminar, site)


def test_offer_refuses_unknown_forbidden_category():
    with pytest.raises(ValidationError) as exc:
        make_offer(SeminarFactory(), SiteFactory(), forbidden_categories=["astronaute"])
    assert "forbidden_categories" in exc.value.message_dict


def test_offer_refuses_a_half_day_of_another_seminar():
    from immersion.sites.services import create_offer

    seminar, other = SeminarFactory(), SeminarFactory()
    with pytest.raises(ValidationError) as exc:
        create_offer(
            actor=None,
            seminar=seminar,
            site=SiteFactory(),
            half_day=other.half_days.first(),
            channel="accueil_physique",
        )
    assert "half_day" in exc.value.message_dict


def test_offer_refuses_a_tutor_of_another_site():
    tutor = make_tutor(SiteFactory())
    with pytest.raises(ValidationError) as exc:
        make_offer(SeminarFactory(), SiteFactory(), tutor=tutor)
    assert "tutor" in exc.value.message_dict


def test_site_gets_coordinates_of_its_commune_when_none_given():
    site = SiteFactory(commune_code="35047")
    assert site.commune_name == "Bruz"
    assert site.latitude == pytest.approx(48.02, abs=0.05)
    assert site.postal_code == "35170"
