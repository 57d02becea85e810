"""Every way to write an offer shows the on-site inspection rules' French messages."""

import pytest
from django.urls import reverse

from immersion.sites.models import Offer
from tests.conftest import page
from tests.factories import SeminarFactory, SiteFactory, UserFactory, make_coordinator, make_offer

pytestmark = pytest.mark.django_db

ONE_OBSERVER = "Un contrôle sur place n&#x27;accueille qu&#x27;un seul observateur."


def inspection_data(seminar, site, **overrides):
    data = {
        "site": site.pk,
        "half_day": seminar.half_days.get(half_day="J2-matin").pk,
        "channel": "controle_sur_place",
        "capacity": "2",
        "forbidden_categories": ["journaliste"],
        "rules_notes": "",
    }
    data.update(overrides)
    return data


def test_organizer_form_refuses_two_observers_for_an_inspection(organizer, organizer_client):
    seminar = SeminarFactory(organizers=[organizer])
    caf = SiteFactory(kind="caf")
    response = organizer_client.post(
        reverse("organizer:offer_add", args=[seminar.pk]), inspection_data(seminar, caf)
    )
    assert response.status_code == 200
    assert ONE_OBSERVER in response.content.decode()
    assert not Offer.objects.exists()


def test_organizer_form_records_the_journalists_authorisation(organizer, organizer_client):
    seminar = SeminarFactory(organizers=[organizer])
    caf = SiteFactory(kind="caf")
    offer = make_offer(seminar, caf, channel="controle_sur_place")
    url = reverse("organizer:offer_edit", args=[seminar.pk, offer.pk])
    data = inspection_data(seminar, caf, capacity="1", forbidden_categories=[])
    response = organizer_client.post(url, data)
    assert response.status_code == 200
    assert "sauf autorisation explicite" in page(response)
    response = organizer_client.post(url, {**data, "journalists_authorised": "on"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.forbidden_categories == []
    assert offer.journalists_authorised_by == organizer


def test_site_coordinator_form_refuses_two_observers_for_an_inspection(client):
    seminar = SeminarFactory()
    caf = SiteFactory(kind="caf")
    client.force_login(make_coordinator(caf))
    response = client.post(
        reverse("site:offer_add", args=[caf.pk, seminar.pk]), inspection_data(seminar, caf)
    )
    assert response.status_code == 200
    assert ONE_OBSERVER in response.content.decode()
    assert not Offer.objects.exists()


def test_admin_refuses_two_observers_and_an_unauthorised_journalist(client):
    seminar = SeminarFactory()
    caf = SiteFactory(kind="caf")
    offer = make_offer(seminar, caf, channel="controle_sur_place")
    client.force_login(UserFactory(role="admin", is_staff=True, is_superuser=True))
    url = reverse("admin:host_sites_offer_change", args=[offer.pk])
    response = client.post(
        url,
        {
            "seminar": seminar.pk,
            "site": caf.pk,
            "half_day": offer.half_day_id,
            "channel": "controle_sur_place",
            "capacity": "2",
            "forbidden_categories": "[]",
            "rules_notes": "",
            "tutor": "",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert ONE_OBSERVER in text
    assert "sauf autorisation explicite" in text
    offer.refresh_from_db()
    assert (offer.capacity, offer.forbidden_categories) == (1, ["journaliste"])
