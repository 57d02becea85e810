"""The "à chaud" evaluation and the commitments on a phone, reached by the board's QR code."""

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from immersion.evaluations.models import ActionCommitment, HotEvaluation
from tests.browser.axe import axe_violations
from tests.factories import ParticipantFactory, SeminarFactory, make_participant_account

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def test_a_participant_evaluates_and_commits_on_a_phone(browser, live_server, communes):
    # The seminar's last day is today: the evaluation is open.
    seminar = SeminarFactory(start_date=timezone.localdate() - dt.timedelta(days=1))
    participant = ParticipantFactory(seminar=seminar)
    client = Client()
    client.force_login(make_participant_account(participant))
    context = browser.new_context(
        locale="fr-FR", timezone_id="Europe/Paris", viewport=PHONE, is_mobile=True, has_touch=True
    )
    context.set_default_timeout(20_000)
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
    # The QR code's address leads to the participant's own evaluation.
    page.goto(f"{live_server.url}/espace/evaluation/{seminar.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Évaluation à chaud")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for group in page.locator("fieldset.fr-fieldset:has(input[value='4'])").all():
        group.locator("label", has_text="4").first.tap()
    page.get_by_text("Oui", exact=True).first.tap()
    page.get_by_label("Expression libre").fill("Une journée qui change le regard.")
    page.get_by_role("button", name="Envoyer mes réponses").tap()
    expect(page.get_by_text("votre évaluation est enregistrée")).to_be_visible(timeout=20_000)
    # Then the commitments.
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes engagements")
    assert axe_violations(page) == []
    page.locator("#id_c1-what").fill("Passer une demi-journée par an à l'accueil")
    page.get_by_role("button", name="Enregistrer mes engagements").tap()
    expect(page.get_by_text("vos engagements sont enregistrés")).to_be_visible(timeout=20_000)
    context.close()
    evaluation = HotEvaluation.objects.get(participant=participant)
    assert (evaluation.users, evaluation.logistics, evaluation.recommend) == (4, 4, "oui")
    assert ActionCommitment.objects.get(participant=participant).position == 1
