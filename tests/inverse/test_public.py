"""The public form: spam protection (honeypot, minimum fill time, throttles), clear French
errors, and the single-use, expiring confirmation link."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from immersion.inverse.models import ApplicationStatus, ReverseApplication
from immersion.inverse.services import confirm_application, set_reverse_offer_status
from tests.conftest import page
from tests.inverse.factories import application_data, make_application, make_reverse_offer


def _started(client, url):
    return re.search(r'name="started" value="([^"]+)"', page(client.get(url))).group(1)


def _apply(client, offer, **kwargs):
    url = reverse("public:reverse_apply", args=[offer.pk])
    data = {**application_data(**kwargs), "started": _started(client, url)}
    return client.post(url, data, REMOTE_ADDR=kwargs.get("ip", "203.0.113.5"))


def test_honeypot_filled_stores_nothing(client, offer):
    url = reverse("public:reverse_apply", args=[offer.pk])
    data = {**application_data(), "started": _started(client, url), "site_web": "http://spam"}
    response = client.post(url, data)
    assert response.url == reverse("public:reverse_sent")
    assert not ReverseApplication.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_too_fast_is_refused(client, offer, monkeypatch):
    monkeypatch.setattr("immersion.www.public.inverse_forms.MIN_FILL_SECONDS", 60)
    response = _apply(client, offer)
    assert response.status_code == 200
    assert "envoyé très vite après son ouverture" in page(response)
    assert not ReverseApplication.objects.exists()


def test_a_missing_or_forged_timestamp_is_refused(client, offer):
    url = reverse("public:reverse_apply", args=[offer.pk])
    response = client.post(url, {**application_data(), "started": "123"})
    assert "Ce formulaire a expiré" in page(response)
    assert not ReverseApplication.objects.exists()


def test_missing_fields_get_french_errors(client, offer):
    url = reverse("public:reverse_apply", args=[offer.pk])
    response = client.post(url, {"started": _started(client, url), "email": "pas-une-adresse"})
    content = page(response)
    assert "Le formulaire contient des erreurs" in content
    assert "Saisissez une adresse de courriel valide." in content
    assert "Ce champ est obligatoire." in content
    assert not ReverseApplication.objects.exists()


def test_throttled_per_address_and_per_requester(client, host):
    offers = [make_reverse_offer(host) for _ in range(7)]
    for index in range(3):
        assert _apply(client, offers[index], ip=f"198.51.100.{index}").status_code == 302
    response = _apply(client, offers[3], ip="198.51.100.9")
    assert "Trop de candidatures" in page(response)
    assert ReverseApplication.objects.count() == 3
    # Per requester: five per hour, whatever the addresses.
    for index in range(5):
        assert _apply(client, offers[index], email=f"x{index}@example.fr", ip="192.0.2.1").url
    response = _apply(client, offers[6], email="w@example.fr", ip="192.0.2.1")
    assert response.status_code == 200
    assert "Trop de candidatures" in page(response)


def test_a_duplicate_application_is_refused(client, offer):
    assert _apply(client, offer).status_code == 302
    response = _apply(client, offer, ip="203.0.113.77")
    assert "Une candidature à cette offre existe déjà pour cette adresse." in page(response)
    assert ReverseApplication.objects.count() == 1


def test_a_closed_or_past_offer_takes_no_application(client, host, offer):
    set_reverse_offer_status(actor=host.user, offer=offer, status="closed")
    assert client.get(reverse("public:reverse_apply", args=[offer.pk])).status_code == 404
    assert "Comité de direction" not in page(client.get(reverse("public:reverse_list")))


def test_the_list_filters_by_territory(client, offer):
    content = page(client.get(reverse("public:reverse_list") + "?territoire=35238"))
    assert "1 offre ouverte autour de Rennes" in content
    content = page(client.get(reverse("public:reverse_list") + "?territoire=75056"))
    assert "1 offre ouverte" in content  # unknown territory: every offer


def _confirmation_link(offer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_application(offer)
    return re.search(r"/immersion-inversee/confirmer/[^\s]+/", mail.outbox[-1].body).group(0)


def test_the_confirmation_link_works_once(client, offer, django_capture_on_commit_callbacks):
    link = _confirmation_link(offer, django_capture_on_commit_callbacks)
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert confirm_application(token) is not None
    assert confirm_application(token) is None
    response = client.get(link)
    assert response.status_code == 410
    assert "Ce lien ne fonctionne plus" in page(response)


def test_the_confirmation_link_expires(client, offer, django_capture_on_commit_callbacks):
    link = _confirmation_link(offer, django_capture_on_commit_callbacks)
    with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
        assert client.get(link).status_code == 410
    assert ReverseApplication.objects.get().status == ApplicationStatus.PENDING


def test_a_tampered_link_is_refused(client, offer, django_capture_on_commit_callbacks):
    link = _confirmation_link(offer, django_capture_on_commit_callbacks)
    assert client.get(link[:-3] + "xx/").status_code == 410
    # Without a link in the session, the button page refuses too.
    assert client.post(reverse("public:reverse_confirm")).status_code == 410


@pytest.mark.parametrize("path", ["retour/abc/", "confirmer/abc/"])
def test_garbage_tokens_get_the_invalid_page(client, path):
    response = client.get("/immersion-inversee/" + path)
    assert response.status_code == 410
