"""An organizer walks the seminar's checklist from its creation to the convocations."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from immersion.engagement.invitations import invite_participants
from immersion.notifications.models import EmailKind, OutgoingEmail
from immersion.notifications.services import approve_emails
from immersion.seminars.models import Seminar
from tests.browser.conftest import sign_in
from tests.factories import (
    ParticipantFactory,
    SiteFactory,
    UserFactory,
    make_offer,
    sign_commitment_for,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def expect_step(page, key, state, text=None):
    step = page.locator(f'#checklist [data-step="{key}"]')
    expect(step).to_have_attribute("data-state", state)
    if text:
        expect(step).to_contain_text(text)
    return step


def test_an_organizer_walks_the_checklist_from_creation_to_convocations(page):
    organizer = UserFactory(role="organizer", email="orga-life@example.fr")
    sign_in(page, "orga-life@example.fr", "motdepasse-de-test")
    start = timezone.localdate() + dt.timedelta(days=60)

    # 1. Create the seminar: opening registrations is the next step, the rest waits.
    page.goto(page.base_url + "/organisation/seminaires/nouveau/")
    page.get_by_label("Titre").fill("Immersion à Rennes")
    page.get_by_label("Premier jour").fill(start.isoformat())
    page.get_by_role("button", name="Créer le séminaire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Immersion à Rennes")
    seminar = Seminar.objects.get(title="Immersion à Rennes")
    seminar_url = page.url
    expect_step(page, "open", "next")
    expect_step(
        page, "invite", "blocked", "Les invitations attendent l'ouverture des inscriptions."
    )
    expect_step(page, "assignment", "blocked", "« Calculer une affectation » attend l'ouverture")
    expect(page.locator('#checklist [data-step="assignment"] a')).to_have_count(0)

    # Sites' offers and participants, as the imports would bring them.
    for i, kind in enumerate(["caf", "ccas"]):
        site = SiteFactory(name=f"Structure {kind}", kind=kind, organisation=f"Org {i}")
        make_offer(seminar, site, "J2-matin", capacity=2)
        make_offer(seminar, site, "J2-apres-midi", capacity=2)
    claire = ParticipantFactory(seminar=seminar, first_name="Claire", category="elu")
    yann = ParticipantFactory(seminar=seminar, first_name="Yann", category="journaliste")

    # 2. Open registrations, through the confirmation page.
    page.locator('#checklist [data-step="open"] a').click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ouvrir les inscriptions")
    expect(
        page.get_by_text("vous pourrez inviter les participants (2 participants)")
    ).to_be_visible()
    page.get_by_role("button", name="Ouvrir les inscriptions").click()
    expect(page.get_by_text("Statut du séminaire : Inscriptions ouvertes.")).to_be_visible()
    expect_step(page, "open", "done")
    expect_step(page, "invite", "next", "0 participants invités sur 2")
    expect_step(page, "commitments", "blocked", "attendent les invitations")

    # 3. Invitations, then the participants sign their commitment.
    seminar.refresh_from_db()
    invite_participants(actor=organizer, seminar=seminar)
    page.reload()
    expect_step(page, "invite", "done")
    expect_step(page, "commitments", "next", "0 engagements de confidentialité signés sur 2")
    for participant in (claire, yann):
        participant.refresh_from_db()
        sign_commitment_for(participant)
    page.reload()
    expect_step(page, "commitments", "done")
    expect_step(page, "publish", "blocked", "La publication attend une affectation calculée.")

    # 4. Calculate an assignment from the checklist's link.
    page.locator('#checklist [data-step="assignment"] a').click()
    page.get_by_role("button", name="Calculer une affectation").click()
    expect(page.get_by_role("heading", name="Proposition d'affectation")).to_be_visible()
    page.goto(seminar_url)
    expect_step(page, "assignment", "done")
    expect_step(page, "publish", "next")

    # Convocations and attendance sheets name the training provider: the organizer names it.
    page.goto(seminar_url + "formation/organisme/")
    expect(page.get_by_label("Organisme de formation")).to_have_value("")
    page.get_by_label("Organisme de formation").fill("Institut régional du travail social")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Organisme de formation enregistré.")).to_be_visible()
    page.goto(seminar_url)

    # 5. Publish it: the confirmation says what will happen and to whom.
    page.locator('#checklist [data-step="publish"] a').click()
    expect(page.get_by_text("2 participants reçoivent leurs immersions")).to_be_visible()
    expect(page.get_by_text("2 convocations seront préparées")).to_be_visible()
    page.get_by_role("button", name="Publier cette affectation").click()
    expect(page.get_by_text("Affectation publiée.")).to_be_visible()
    page.goto(seminar_url)
    expect_step(page, "publish", "done")
    expect_step(page, "convocations", "next", "2 à relire dans la boîte d'envoi")

    # 6. The convocations leave: the step is done; the day waits for its date.
    approve_emails(actor=organizer, emails=OutgoingEmail.objects.filter(kind=EmailKind.CONVOCATION))
    page.reload()
    expect_step(page, "convocations", "done", "2 convocations envoyées sur 2")
    expect_step(page, "days", "blocked", "dans 60 jours")
    expect(page.get_by_text("Prochaine étape")).to_have_count(0)
