"""The expert's debrief board in Chromium: it follows the notes participants add meanwhile."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from tests.analysis.helpers import situation
from tests.browser.axe import axe_violations
from tests.factories import UserFactory
from tests.observation.factories import add_observer, make_observer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_board_shows_a_note_added_while_it_is_projected(browser, live_server, communes):
    first = make_observer(kind="caf", channel="accueil_physique")
    second = add_observer(first)
    situation(first, reason="rsa", waiting_minutes=10, note="Une dame attend pour l'APL.")
    expert = UserFactory(role="expert", first_name="Julien", last_name="Expert")
    first.seminar.experts.add(expert)
    client = Client()
    client.force_login(expert)
    context = browser.new_context(
        locale="fr-FR", timezone_id="Europe/Paris", viewport={"width": 1920, "height": 1080}
    )
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None,
    )
    url = live_server.url + reverse("debrief:board", args=[first.seminar.pk])
    page.goto(url + "?presentation=1")
    expect(page.get_by_text("1 situation observée").first).to_be_visible()
    assert axe_violations(page) == []
    # A participant adds a note during the sequence: the board shows it without a reload.
    situation(
        second, reason="rsa", waiting_minutes=30, note="Le guichet ferme à midi sans prévenir."
    )
    expect(page.get_by_text("Le guichet ferme à midi sans prévenir.").first).to_be_visible(
        timeout=40_000
    )
    expect(page.get_by_text("2 situations observées").first).to_be_visible(timeout=40_000)
    assert refused == []
    context.close()
