"""A host site's coordinator in Chromium: current offers after publication, practical info,
the observers' page (with an observer's access needs), and the same page on a phone."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from immersion.seminars.services import mark_seminar_assigned, open_seminar
from tests.browser.axe import axe_violations
from tests.factories import make_coordinator, make_journey

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in_page(browser, live_server, user, viewport):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", viewport=viewport)
    context.set_default_timeout(15_000)
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
    return context, page, refused


def test_coordinator_journey_on_a_desktop_and_on_a_phone(browser, live_server, communes):
    journey = make_journey()
    journey.helene.access_needs = ["plain_pied"]
    journey.helene.save()
    open_seminar(actor=journey.organizer, seminar=journey.seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=journey.seminar)
    coordinator = make_coordinator(journey.caf, email="referent@caf.example.fr")

    context, page, refused = signed_in_page(
        browser, live_server, coordinator, {"width": 1280, "height": 900}
    )
    page.goto(live_server.url + reverse("site:site_detail", args=[journey.caf.pk]))
    main = page.locator("main")
    # The published seminar's offers stay in sight, with their tutor and state.
    expect(main).to_contain_text("Vos offres en cours")
    expect(main).to_contain_text("Publiée : 2 observateurs attendus")
    expect(main).to_contain_text("Sandrine Le Bihan")
    assert axe_violations(page) == []

    # Practical info: the coordinator updates the access notes.
    page.get_by_role("link", name="Accessibilité, accès et contact").click()
    page.get_by_label("Accès et consignes").fill("Entrée B, badge à l'accueil du personnel.")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Informations pratiques enregistrées.")).to_be_visible()
    journey.caf.refresh_from_db()
    assert journey.caf.access_notes == "Entrée B, badge à l'accueil du personnel."

    # The observers' page: calendar date, exchange time, access needs, contact mix link.
    page.get_by_role("link", name="observateurs et fiche tuteur").click()
    main = page.locator("main")
    expect(main).to_contain_text("vendredi 19 mars 2027")
    expect(main).to_contain_text("Échange : 11:00 – 11:30")
    expect(main).to_contain_text("Fauteuil roulant ou mobilité réduite")
    expect(
        page.get_by_role("link", name="Motifs habituels de contact de la structure")
    ).to_be_visible()
    assert axe_violations(page) == []
    observers_url = page.url
    context.close()
    assert refused == [], refused

    # On a phone, the table becomes cards: nothing scrolls sideways, every column is labelled.
    context, phone, refused = signed_in_page(
        browser, live_server, coordinator, {"width": 375, "height": 740}
    )
    phone.goto(observers_url)
    overflow = phone.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    wide = phone.evaluate(
        """() => [...document.querySelectorAll('main *')].filter(
            e => e.getBoundingClientRect().right > 380).slice(0, 8).map(
            e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
    )
    assert overflow <= 0, wide
    first_row = phone.locator(".vmv-cards tbody tr").first
    assert first_row.evaluate("el => getComputedStyle(el).display") == "block"
    cell = phone.locator('.vmv-cards td[data-label="Observateur"]').first
    expect(cell).to_be_visible()
    label = cell.evaluate("el => getComputedStyle(el, '::before').content")
    assert "Observateur" in label
    box = cell.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert axe_violations(phone) == []
    context.close()
    assert refused == [], refused
