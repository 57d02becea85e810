"""The offer form offers only the tutors of the offer's site, and checks it on the server."""

import pytest
from django.urls import reverse

from immersion.sites.models import Offer
from tests.conftest import page
from tests.factories import SiteFactory, make_offer, make_tutor

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_sites(db):
    caf, ccas = SiteFactory(kind="caf", name="Caf de Rennes"), SiteFactory(ccas=True)
    return caf, make_tutor(caf, first_name="Sandrine"), ccas, make_tutor(ccas, first_name="Marc")


def test_the_form_of_a_site_lists_only_its_tutors(organizer_client, seminar, two_sites):
    caf, _sandrine, _ccas, _marc = two_sites
    url = reverse("organizer:offer_add", args=[seminar.pk]) + f"?structure={caf.pk}"
    content = page(organizer_client.get(url))
    assert "Sandrine" in content and "Marc" not in content


def test_without_a_site_no_tutor_is_listed_until_one_is_chosen(
    organizer_client, seminar, two_sites
):
    caf, _sandrine, _ccas, _marc = two_sites
    url = reverse("organizer:offer_add", args=[seminar.pk])
    content = page(organizer_client.get(url))
    assert "Sandrine" not in content and "Marc" not in content
    assert "Choisissez d'abord la structure" in content
    assert f'data-hx-get="{url}"' in content and 'data-hx-select="#id_tutor"' in content
    # What htmx asks for when the site is chosen: the same page, its tutors only.
    content = page(organizer_client.get(url, {"site": caf.pk}))
    assert "Sandrine" in content and "Marc" not in content


def test_a_tutor_of_another_site_is_refused_on_the_server(organizer_client, seminar, two_sites):
    caf, _sandrine, _ccas, marc = two_sites
    response = organizer_client.post(
        reverse("organizer:offer_add", args=[seminar.pk]),
        {
            "site": caf.pk,
            "half_day": seminar.half_days.first().pk,
            "channel": "accueil_physique",
            "tutor": marc.pk,
        },
    )
    assert response.status_code == 200
    assert "Choisissez un tuteur de cette structure." in page(response)
    assert not Offer.objects.exists()


def test_a_tutor_of_the_site_is_saved_and_the_edit_form_lists_the_sites_tutors(
    organizer_client, seminar, two_sites
):
    caf, sandrine, _ccas, _marc = two_sites
    response = organizer_client.post(
        reverse("organizer:offer_add", args=[seminar.pk]),
        {
            "site": caf.pk,
            "half_day": seminar.half_days.first().pk,
            "channel": "accueil_physique",
            "tutor": sandrine.pk,
        },
    )
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert offer.tutor == sandrine
    other = make_offer(seminar, SiteFactory(kind="cpam"), half_day="J2-apres-midi")
    for o, shown, hidden in [(offer, "Sandrine", "Marc"), (other, None, "Sandrine")]:
        content = page(
            organizer_client.get(reverse("organizer:offer_edit", args=[seminar.pk, o.pk]))
        )
        assert hidden not in content
        if shown:
            assert shown in content
