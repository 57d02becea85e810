"""The personal data pages in a browser: axe finds nothing serious, and the erasure asks first."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from immersion.demo.services import load_demo
from immersion.people.models import Participant
from tests.browser.axe import axe_violations
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_personal_data_pages_are_accessible(page):
    for path in ["/donnees-personnelles/", "/mentions-legales/"]:
        page.goto(page.base_url + path)
        assert axe_violations(page) == [], path
    page.goto(page.base_url + "/")
    page.get_by_role("link", name="Données personnelles").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Données personnelles"


def test_audit_log_and_erasure_in_a_browser(page):
    seminar = load_demo(today=dt.date(2026, 11, 30))
    participant = seminar.participants.order_by("pk").first()
    sign_in(page, "admin@demo.vivez-ma-vie-usager.fr", "demo-admin")
    page.goto(page.base_url + "/organisation/journal/")
    assert axe_violations(page) == []
    page.get_by_label("Action").select_option("seminar.create")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"action=seminar\.create"))
    expect(page.locator("tbody tr").first).to_be_visible()

    page.goto(page.base_url + "/organisation/donnees-personnelles/")
    page.get_by_label("Adresse e-mail de la personne").fill(participant.email)
    page.get_by_role("button", name="Chercher").click()
    erase = page.get_by_role("button", name="Effacer les données…")
    expect(erase).to_be_visible()
    assert axe_violations(page) == []
    erase.click()
    expect(page.get_by_text("Ce qui va se passer")).to_be_visible()
    assert axe_violations(page) == []
    assert Participant.objects.get(pk=participant.pk).email == participant.email  # asked first
    page.get_by_role("button", name="Effacer définitivement").click()
    expect(page.get_by_text("ont été effacées")).to_be_visible()
    assert Participant.objects.get(pk=participant.pk).last_name == "anonymisée"
