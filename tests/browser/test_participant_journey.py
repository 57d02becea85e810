from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from immersion.engagement.invitations import invite_participant
from immersion.engagement.models import Commitment, QuestionnaireResponse
from tests.factories import make_journey
from tests.pdfs import pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_participant_follows_the_invitation_to_the_programme_download(page):
    journey = make_journey()
    journey.seminar.status = "assigned"  # invitations are refused while it is a draft
    journey.seminar.save(update_fields=["status"])
    invite_participant(actor=journey.organizer, participant=journey.helene, base_url=page.base_url)
    [invitation] = mail.outbox
    link = next(line for line in invitation.body.splitlines() if "/connexion/lien/" in line)
    assert link.startswith(page.base_url)

    # The link shows a button (opening it does not use it up), the button signs in.
    page.goto(link.strip())
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(journey.seminar.title)
    expect(page.get_by_text("Étape 1 sur 5")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Caf de Rennes")

    # The confidentiality commitment.
    page.get_by_role("link", name="Signer l'engagement de confidentialité").click()
    expect(page.locator("#engagement-texte")).to_contain_text("secret professionnel")
    page.get_by_text("J'ai lu cet engagement et je m'engage à le respecter.").click()
    page.get_by_role("button", name="Je m'engage").click()
    expect(page.get_by_text("votre engagement de confidentialité est signé")).to_be_visible()

    # The "before" questionnaire: "Plutôt d'accord" everywhere, one "Je ne sais pas".
    page.get_by_role("link", name="Répondre au questionnaire « avant »").click()
    radios = page.locator('input[type="radio"][value="4"]')
    # count() does not wait: the questionnaire may still be loading after the click.
    expect(radios).to_have_count(33)
    for index in range(radios.count()):
        radio_id = radios.nth(index).get_attribute("id")
        page.locator(f'label[for="{radio_id}"]').click()
    page.locator(
        'label[for="'
        + page.locator('input[name="q_perception__chrs__attente"][value="nsp"]').get_attribute("id")
        + '"]'
    ).click()
    page.get_by_label("Qu'attendez-vous de voir pendant vos immersions ?").fill(
        "Comment l'accueil s'organise sans rendez-vous."
    )
    page.get_by_role("button", name="Envoyer mes réponses").click()
    expect(page.get_by_text("vos réponses sont enregistrées")).to_be_visible()

    # The personal programme, then its PDF.
    page.get_by_role("link", name="Consulter votre programme personnel").click()
    main = page.locator("main")
    expect(main).to_contain_text("Caf de Rennes — Colombier")
    expect(main).to_contain_text("Sandrine, Conseillère service à l'usager")
    expect(main).to_contain_text("08:30")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger en PDF").click()
    download = download_info.value
    assert download.suggested_filename == "programme-helene-marchand.pdf"
    text = pdf_text(Path(download.path()).read_bytes())
    assert "Hélène Marchand" in text
    assert "Caf de Rennes — Colombier" in text
    assert "Cpam — accueil de Cleunay" in text

    assert Commitment.objects.filter(participant=journey.helene).exists()
    response = QuestionnaireResponse.objects.get(participant=journey.helene, phase="before")
    assert response.answers.get(item__code="perception.chrs.attente").value is None
    assert response.answers.get(item__code="perception.caf.attente").value == 4
