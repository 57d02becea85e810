"""On-site inspection rules hold in the model, whatever the path: one observer, Caf or Cpam
only, no journalist without an explicit, recorded authorisation."""

import pytest
from django.core.exceptions import ValidationError

from immersion.common.models import AuditEntry
from immersion.sites.models import Offer
from immersion.sites.services import update_offer
from tests.factories import SeminarFactory, SiteFactory, UserFactory, make_offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def inspection():
    return make_offer(SeminarFactory(), SiteFactory(kind="caf"), channel="controle_sur_place")


def test_on_site_inspection_refuses_two_observers_at_creation():
    with pytest.raises(ValidationError) as exc:
        make_offer(
            SeminarFactory(), SiteFactory(kind="caf"), channel="controle_sur_place", capacity=2
        )
    assert exc.value.message_dict["capacity"] == [
        "Un contrôle sur place n'accueille qu'un seul observateur."
    ]


def test_on_site_inspection_refuses_two_observers_on_update(inspection):
    with pytest.raises(ValidationError) as exc:
        update_offer(actor=None, offer=inspection, capacity=2)
    assert "capacity" in exc.value.message_dict
    inspection.refresh_from_db()
    assert inspection.capacity == 1


def test_changing_a_counter_offer_into_an_inspection_keeps_the_rules():
    offer = make_offer(SeminarFactory(), SiteFactory(kind="cpam"), capacity=2)
    with pytest.raises(ValidationError) as exc:
        update_offer(actor=None, offer=offer, channel="controle_sur_place")
    assert set(exc.value.message_dict) == {"capacity", "forbidden_categories"}


def test_unticking_the_journalist_exclusion_needs_an_explicit_authorisation(inspection):
    with pytest.raises(ValidationError) as exc:
        update_offer(actor=None, offer=inspection, forbidden_categories=[])
    assert "sauf autorisation explicite" in exc.value.message_dict["forbidden_categories"][0]
    inspection.refresh_from_db()
    assert inspection.forbidden_categories == ["journaliste"]


def test_journalists_authorisation_is_recorded_with_who_and_when_and_logged(inspection):
    coordinator = UserFactory(role="site_coordinator")
    offer = update_offer(
        actor=coordinator, offer=inspection, forbidden_categories=[], journalists_authorised=True
    )
    offer.refresh_from_db()
    assert offer.forbidden_categories == []
    assert offer.journalists_authorised_by == coordinator
    assert offer.journalists_authorised_at is not None
    entry = AuditEntry.objects.get(action="offer.journalists_authorised")
    assert (entry.actor, entry.object_id) == (coordinator, str(offer.pk))
    # Withdrawing the authorisation while journalists are admitted is refused...
    with pytest.raises(ValidationError):
        update_offer(actor=coordinator, offer=offer, journalists_authorised=False)
    # ...but withdrawn together with the exclusion it is accepted, and logged.
    offer = Offer.objects.get(pk=offer.pk)
    offer = update_offer(
        actor=coordinator,
        offer=offer,
        forbidden_categories=["journaliste"],
        journalists_authorised=False,
    )
    assert offer.journalists_authorised_at is None and offer.journalists_authorised_by is None
    assert AuditEntry.objects.filter(action="offer.journalists_authorisation_withdrawn").exists()


def test_model_clean_alone_refuses_the_broken_rules():
    """What the admin and any ModelForm run: Offer.full_clean()."""
    offer = make_offer(SeminarFactory(), SiteFactory(kind="caf"), channel="controle_sur_place")
    offer.capacity = 3
    offer.forbidden_categories = []
    with pytest.raises(ValidationError) as exc:
        offer.full_clean()
    assert set(exc.value.message_dict) == {"capacity", "forbidden_categories"}
    offer.site = SiteFactory(ccas=True)
    with pytest.raises(ValidationError) as exc:
        offer.full_clean()
    assert "channel" in exc.value.message_dict
