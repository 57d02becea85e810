"""The host's offers from the participant space: create, edit, close and reopen, with French
errors for bad input; the public list and the overview in a bounded number of queries."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from immersion.inverse.models import ReverseOffer
from tests.conftest import page
from tests.inverse.factories import make_application, make_reverse_offer


def _form(**kwargs):
    data = {
        "date": (timezone.localdate() + dt.timedelta(days=30)).isoformat(),
        "duration": "matin",
        "place": "Conseil départemental, Rennes",
        "what_will_be_seen": "Commission permanente et préparation du budget social.",
        "conditions": "",
        "places": "2",
    }
    data.update(kwargs)
    return data


def test_a_participant_creates_edits_closes_and_reopens_an_offer(client, host):
    client.force_login(host.user)
    response = client.post(reverse("participant:reverse_offer_add", args=[host.pk]), _form())
    offer = ReverseOffer.objects.get()
    assert response.url == reverse("participant:reverse_offer", args=[host.pk, offer.pk])
    assert (offer.host, offer.seminar, offer.places, offer.status) == (
        host,
        host.seminar,
        2,
        "open",
    )
    assert "Commission permanente" in page(client.get(reverse("public:reverse_list")))

    edit = reverse("participant:reverse_offer_edit", args=[host.pk, offer.pk])
    client.post(edit, _form(places="3", duration="journee"))
    offer.refresh_from_db()
    assert (offer.places, offer.duration) == (3, "journee")

    status = reverse("participant:reverse_offer_status", args=[host.pk, offer.pk])
    client.post(status, {"status": "closed"})
    offer.refresh_from_db()
    assert offer.status == "closed"
    assert "Commission permanente" not in page(client.get(reverse("public:reverse_list")))
    client.post(status, {"status": "open"})
    offer.refresh_from_db()
    assert offer.status == "open"


def test_bad_offers_get_french_errors_and_change_nothing(client, host):
    client.force_login(host.user)
    url = reverse("participant:reverse_offer_add", args=[host.pk])
    past = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    response = client.post(url, _form(date=past))
    assert "Choisissez une date à venir." in page(response)
    response = client.post(url, _form(places="9", what_will_be_seen=""))
    content = page(response)
    assert "Ce champ est obligatoire." in content
    assert "inférieure ou égale à 5" in content
    assert not ReverseOffer.objects.exists()


def test_places_cannot_go_below_the_accepted(client, host):
    from immersion.inverse.models import ApplicationStatus, ReverseApplication

    offer = make_reverse_offer(host, places=2)
    for index in range(2):
        application = make_application(
            offer, email=f"a{index}@example.fr", requester=f"10.2.0.{index}"
        )
        ReverseApplication.objects.filter(pk=application.pk).update(
            status=ApplicationStatus.ACCEPTED
        )
    client.force_login(host.user)
    response = client.post(
        reverse("participant:reverse_offer_edit", args=[host.pk, offer.pk]), _form(places="1")
    )
    assert "2 candidatures sont déjà acceptées" in page(response)
    offer.refresh_from_db()
    assert offer.places == 2


def test_list_pages_keep_their_queries_bounded(
    client, organizer_client, seminar, host, other_host, django_assert_max_num_queries
):
    for _ in range(4):
        offer = make_reverse_offer(other_host)
        make_application(offer, email=f"x{offer.pk}@example.fr", requester=f"10.1.0.{offer.pk}")
    with django_assert_max_num_queries(12):
        client.get(reverse("public:reverse_list"))
    with django_assert_max_num_queries(15):
        organizer_client.get(reverse("organizer:reverse_immersion", args=[seminar.pk]))
    client.force_login(other_host.user)
    with django_assert_max_num_queries(15):
        client.get(reverse("participant:reverse_offers", args=[other_host.pk]))
