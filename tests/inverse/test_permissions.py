"""A host sees and decides only the applications to their own offers; the organizer of the
seminar sees everything; nobody else."""

import pytest
from django.urls import reverse

from immersion.inverse import rules as inverse_rules
from immersion.inverse.models import ApplicationStatus, ReverseApplication
from tests.conftest import page
from tests.factories import UserFactory
from tests.inverse.factories import make_application, make_reverse_offer


@pytest.fixture
def application(offer):
    application = make_application(offer)
    ReverseApplication.objects.filter(pk=application.pk).update(status=ApplicationStatus.CONFIRMED)
    application.refresh_from_db()
    return application


def test_rules_limit_a_host_to_their_own_offers(host, other_host, offer, application):
    assert inverse_rules.is_own_offer(host.user, offer)
    assert not inverse_rules.is_own_offer(other_host.user, offer)
    assert host.user.has_perm("inverse.decide_reverseapplication", application)
    assert not other_host.user.has_perm("inverse.decide_reverseapplication", application)
    assert not other_host.user.has_perm("inverse.change_reverseoffer", offer)


def test_a_host_never_sees_another_hosts_applications(client, host, other_host, offer, application):
    own = make_reverse_offer(other_host)
    client.force_login(other_host.user)
    # Their own list shows their own offer only.
    mine = page(client.get(reverse("participant:reverse_offers", args=[other_host.pk])))
    assert reverse("participant:reverse_offer", args=[other_host.pk, own.pk]) in mine
    assert reverse("participant:reverse_offer", args=[other_host.pk, offer.pk]) not in mine
    # The other host's offer, applications and decisions: 404, through either participation.
    for participant_pk in (other_host.pk, host.pk):
        assert (
            client.get(
                reverse("participant:reverse_offer", args=[participant_pk, offer.pk])
            ).status_code
            == 404
        )
        for name in ("reverse_accept", "reverse_decline"):
            url = reverse(f"participant:{name}", args=[participant_pk, application.pk])
            assert client.post(url).status_code == 404
        assert (
            client.get(
                reverse("participant:reverse_offer_edit", args=[participant_pk, offer.pk])
            ).status_code
            == 404
        )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.CONFIRMED


def test_a_withdrawn_host_loses_their_offers(client, host, offer):
    from django.utils import timezone

    host.withdrawn_at = timezone.now()
    host.save(update_fields=["withdrawn_at"])
    assert "Comité de direction" not in page(client.get(reverse("public:reverse_list")))
    client.force_login(host.user)
    url = reverse("participant:reverse_offer", args=[host.pk, offer.pk])
    assert client.get(url).status_code == 404


def test_the_organizer_sees_every_offer_and_the_counts(
    organizer_client, seminar, host, other_host, offer, application
):
    make_reverse_offer(other_host, places=2)
    make_application(offer, email="autre@example.fr", requester="10.0.0.9")
    response = organizer_client.get(reverse("organizer:reverse_immersion", args=[seminar.pk]))
    content = page(response)
    assert response.status_code == 200
    assert "Claire Dirigeante" in content
    assert "Paul Autre" in content
    assert "2 offres" in content
    assert "3 places" in content
    assert "2 candidatures" in content
    # Applicants' names are the hosts' business, not shown on the overview.
    assert "Sandrine Accueil" not in content


def test_other_organizers_and_participants_get_no_overview(client, seminar, host):
    url = reverse("organizer:reverse_immersion", args=[seminar.pk])
    client.force_login(UserFactory(role="organizer"))
    assert client.get(url).status_code == 404
    client.force_login(host.user)
    assert client.get(url).status_code == 403
