"""Kiosk mode on a tablet: a participant taps their name and signs with a finger; and the
journey pages checked with axe-core."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from immersion.attendance.convocations import queue_convocations
from immersion.attendance.models import Signature
from immersion.demo.services import load_demo
from immersion.placements.services import publish_run, start_run
from tests.browser.axe import axe_violations
from tests.browser.conftest import sign_in
from tests.factories import ParticipantFactory, SeminarFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tablet(browser, live_server, communes):
    context = browser.new_context(
        locale="fr-FR",
        timezone_id="Europe/Paris",
        viewport={"width": 820, "height": 1180},
        device_scale_factor=2,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


def draw_signature(page) -> None:
    box = page.locator("canvas.vmv-signature-pad").bounding_box()
    x, y = box["x"] + 40, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 25):
        page.mouse.move(x + step * 18, y + (30 if step % 2 else -30), steps=3)
    page.mouse.up()


def test_participant_signs_on_the_organizers_tablet(tablet):
    organizer = UserFactory(role="organizer", email="orga@example.fr", first_name="Anne")
    # The seminar starts today: its first half-day (day 1 afternoon) is signed today.
    seminar = SeminarFactory(organizers=[organizer], start_date=timezone.localdate())
    claire = ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")
    ParticipantFactory(seminar=seminar, first_name="Yann", last_name="Le Goff")

    sign_in(tablet, "orga@example.fr", "motdepasse-de-test")
    tablet.goto(tablet.base_url + f"/organisation/seminaires/{seminar.pk}/formation/")
    tablet.get_by_role("link", name="Ouvrir l'émargement sur tablette").click()
    tablet.get_by_role(
        "link", name="Ouvrir l'émargement d'aujourd'hui : Jour 1 — après-midi"
    ).click()
    expect(tablet.locator("#compteur")).to_contain_text("0 / 2 émargés")

    tablet.get_by_role("link", name="GUILLOU Claire").click()
    expect(tablet.get_by_role("heading", level=1)).to_have_text("Claire Guillou")
    submit = tablet.get_by_role("button", name="Valider ma signature")
    expect(submit).to_be_disabled()
    draw_signature(tablet)
    expect(tablet.get_by_text("Signature prête : validez-la.")).to_be_visible()
    submit.click()

    expect(
        tablet.get_by_text("Merci, Claire Guillou : votre présence est enregistrée")
    ).to_be_visible()
    expect(tablet.locator("#compteur")).to_contain_text("1 / 2 émargés")
    signed = tablet.locator(".vmv-kiosk-name--signed")
    expect(signed).to_have_count(1)
    expect(signed).to_contain_text("GUILLOU")
    expect(signed).to_contain_text("Émargé à")
    signature = Signature.objects.get()
    assert signature.participant == claire and signature.place == "kiosk"
    assert signature.image.startswith("data:image/png;base64,")


def test_clearing_the_pad_disables_the_button_again(tablet):
    organizer = UserFactory(role="organizer", email="orga2@example.fr")
    seminar = SeminarFactory(organizers=[organizer], start_date=timezone.localdate())
    claire = ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")
    sign_in(tablet, "orga2@example.fr", "motdepasse-de-test")
    tablet.goto(tablet.base_url + f"/emargement/kiosque/{seminar.pk}/J1-apres-midi/{claire.pk}/")
    draw_signature(tablet)
    submit = tablet.get_by_role("button", name="Valider ma signature")
    expect(submit).to_be_enabled()
    tablet.get_by_role("button", name="Effacer").click()
    expect(submit).to_be_disabled()
    expect(tablet.get_by_text("Le cadre est vide.")).to_be_visible()


def test_journey_pages_have_no_serious_accessibility_violation(page):
    seminar = load_demo(today=dt.date(2026, 11, 30))
    publish_run(actor=None, run=start_run(actor=None, seminar=seminar))
    queue_convocations(actor=None, seminar=seminar)
    email = seminar.emails.first()
    participant = seminar.participants.first()
    guest = seminar.guests.first()
    sign_in(page, "organisateur@demo.vivez-ma-vie-usager.fr", "demo-organisateur")
    s = f"/organisation/seminaires/{seminar.pk}"
    k = f"/emargement/kiosque/{seminar.pk}"
    paths = [
        f"{s}/suivi/",
        f"{s}/courriels/",
        f"{s}/courriels/{email.pk}/",
        f"{s}/logistique/",
        f"{s}/logistique/invites/ajouter/",
        f"{s}/logistique/invites/{guest.pk}/modifier/",
        f"{s}/formation/",
        f"{s}/formation/organisme/",
        f"{s}/formation/emargement/J2-matin/",
        f"{k}/",
        f"{k}/J2-matin/",
    ]
    problems = {}
    for path in paths:
        page.goto(page.base_url + path)
        found = axe_violations(page)
        if found:
            problems[path] = found
    # The signing page, with the pad shown (the organizer's override makes it signable).
    page.goto(page.base_url + f"{k}/J2-matin/")
    page.get_by_role("button", name="Autoriser la signature hors date").click()
    page.goto(page.base_url + f"{k}/J2-matin/{participant.pk}/")
    found = axe_violations(page)
    if found:
        problems["signing page"] = found
    assert problems == {}
