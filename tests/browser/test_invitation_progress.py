"""« Inviter tous »: the progress fragment follows the background batch through htmx's
data-hx-* attributes, and stops polling once the batch is done."""

import pytest
from playwright.sync_api import expect

from immersion.notifications.models import BatchState, EmailBatch, EmailKind
from tests.browser.conftest import sign_in
from tests.factories import SeminarFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_invitation_progress_updates_without_reloading_the_page(page):
    organizer = UserFactory(role="organizer", email="orga@example.fr")
    seminar = SeminarFactory(organizers=[organizer])
    batch = EmailBatch.objects.create(
        seminar=seminar, kind=EmailKind.INVITATION, state=BatchState.RUNNING, total=4, done=1
    )
    sign_in(page, "orga@example.fr", "motdepasse-de-test")
    page.goto(
        page.base_url
        + f"/organisation/seminaires/{seminar.pk}/participants/invitations/{batch.pk}/"
    )
    progress = page.get_by_role("status")
    expect(progress).to_contain_text("Préparation des invitations : 1 sur 4")
    page.evaluate("window.vmvMarker = 'same page'")
    EmailBatch.objects.filter(pk=batch.pk).update(done=3)
    expect(progress).to_contain_text("3 sur 4")
    EmailBatch.objects.filter(pk=batch.pk).update(done=4, state=BatchState.DONE)
    expect(progress).to_contain_text("4 invitations préparées et mises en file d'attente")
    assert page.evaluate("window.vmvMarker") == "same page"  # swapped in place, not reloaded
    expect(page.locator("#batch-progress[data-hx-get]")).to_have_count(0)


def test_print_progress_ends_with_a_link_to_the_sheet(page):
    from immersion.common.files import store_file

    organizer = UserFactory(role="organizer", email="orga@example.fr")
    seminar = SeminarFactory(organizers=[organizer])
    batch = EmailBatch.objects.create(
        seminar=seminar, kind=EmailKind.PRINT, state=BatchState.RUNNING, total=3
    )
    sign_in(page, "orga@example.fr", "motdepasse-de-test")
    page.goto(
        page.base_url
        + f"/organisation/seminaires/{seminar.pk}/participants/impressions/{batch.pk}/"
    )
    progress = page.get_by_role("status")
    expect(progress).to_contain_text("Préparation de la feuille d'émargement de 3 personnes")
    document = store_file(
        filename="emargement.pdf",
        title="Feuille d'émargement — Jour 1 — matin",
        content=b"%PDF-1.7 test",
        content_type="application/pdf",
    )
    EmailBatch.objects.filter(pk=batch.pk).update(state=BatchState.DONE, done=3, document=document)
    expect(progress).to_contain_text("(3 personnes) est prête")
    link = progress.get_by_role("link", name="Ouvrir Feuille d'émargement — Jour 1 — matin")
    expect(link).to_have_attribute(
        "href",
        f"/organisation/seminaires/{seminar.pk}/participants/impressions/{batch.pk}/feuille.pdf",
    )
    expect(page.locator("#batch-progress[data-hx-get]")).to_have_count(0)
