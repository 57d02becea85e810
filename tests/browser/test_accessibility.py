import datetime as dt

import pytest

from immersion.demo.services import load_demo
from immersion.placements.services import start_run
from tests.browser.axe import axe_violations
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_have_no_serious_accessibility_violation(page):
    for path in ["/", "/connexion/", "/accessibilite/"]:
        page.goto(page.base_url + path)
        assert axe_violations(page) == [], path


def test_organizer_pages_have_no_serious_accessibility_violation(page):
    seminar = load_demo(today=dt.date(2026, 11, 30))
    run = start_run(actor=None, seminar=seminar)
    site = seminar.offers.first().site
    participant = seminar.participants.first()
    sign_in(page, "organisateur@demo.vivez-ma-vie-usager.fr", "demo-organisateur")
    s = f"/organisation/seminaires/{seminar.pk}"
    paths = [
        "/organisation/seminaires/",
        f"{s}/",
        f"{s}/modifier/",
        f"{s}/offres/",
        f"{s}/offres/ajouter/",
        f"{s}/participants/",
        f"{s}/participants/{participant.pk}/modifier/",
        f"{s}/participants/importer/",
        f"{s}/affectation/",
        f"{s}/affectation/{run.pk}/",
        f"{s}/affectation/{run.pk}/?vue=structures",
        "/organisation/structures/",
        f"/organisation/structures/{site.pk}/",
        "/organisation/structures/nouvelle/",
    ]
    problems = {}
    for path in paths:
        page.goto(page.base_url + path)
        found = axe_violations(page)
        if found:
            problems[path] = found
    assert problems == {}
