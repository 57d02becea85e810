"""The reverse immersion's public application form in a real browser: the open offer on the
public page, the form (accessible, honeypot out of sight), the confirmation by the e-mailed
link."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from immersion.inverse.models import ApplicationStatus, ReverseApplication
from tests.browser.axe import axe_violations
from tests.factories import ParticipantFactory, SeminarFactory
from tests.inverse.factories import make_reverse_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_agent_applies_without_an_account_and_confirms_by_the_link(page, monkeypatch):
    monkeypatch.setattr("immersion.www.public.inverse_forms.MIN_FILL_SECONDS", 1)
    seminar = SeminarFactory()
    host = ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Dirigeante")
    offer = make_reverse_offer(host)

    page.goto(page.base_url + "/immersion-inversee/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Immersion inversée")
    expect(page.locator("main")).to_contain_text("Comité de direction, arbitrages budgétaires")
    page.get_by_role("link", name="Candidater").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Candidater à une immersion inversée")
    assert axe_violations(page) == []
    expect(page.locator("#site_web")).to_be_hidden()
    page.get_by_label("Nom et prénom").fill("Sandrine Accueil")
    page.get_by_label("Adresse e-mail").fill("sandrine@caf.example.fr")
    page.get_by_label("Organisme ou association").fill("Caf d'Ille-et-Vilaine")
    page.locator("label", has_text="Agent d'accueil du public").click()
    page.get_by_label("Pourquoi cette immersion vous intéresse").fill(
        "Voir comment se prennent les décisions qui changent mon guichet."
    )
    page.wait_for_timeout(1100)  # the minimum fill time
    page.get_by_role("button", name="Envoyer ma candidature").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirmez votre adresse")

    application = ReverseApplication.objects.get(offer=offer)
    assert application.status == ApplicationStatus.PENDING
    [message] = mail.outbox
    link = next(
        line for line in message.body.splitlines() if "/immersion-inversee/confirmer/" in line
    )
    page.goto(link.strip())
    page.get_by_role("button", name="Confirmer ma candidature").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Candidature confirmée")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.CONFIRMED

    # The link works once.
    page.goto(link.strip())
    expect(page.get_by_role("heading", level=1)).to_have_text("Ce lien ne fonctionne plus")
