"""A large seminar's participant list: filter it, then remind the filtered people in one
action (confirmation naming how many and which e-mail, background batch, progress)."""

import re

import pytest
from playwright.sync_api import expect

from immersion.engagement.invitations import invite_participant
from immersion.notifications.models import EmailKind, OutgoingEmail
from immersion.seminars.models import Seminar
from tests.browser.conftest import sign_in
from tests.factories import ParticipantFactory, SeminarFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_organizer_filters_the_participants_and_reminds_the_selection(page):
    organizer = UserFactory(role="organizer", email="orga@example.fr")
    seminar = SeminarFactory(organizers=[organizer])
    Seminar.objects.filter(pk=seminar.pk).update(status="open")
    seminar.refresh_from_db()
    elus = [
        ParticipantFactory(
            seminar=seminar, first_name="Élise", last_name=f"Élue{i}", category="elu"
        )
        for i in range(3)
    ]
    other = ParticipantFactory(seminar=seminar, first_name="Paul", last_name="Préfet")
    for p in [*elus, other]:
        invite_participant(actor=organizer, participant=p)
    sign_in(page, "orga@example.fr", "motdepasse-de-test")
    page.goto(page.base_url + f"/organisation/seminaires/{seminar.pk}/participants/")
    page.get_by_label("Catégorie").select_option("elu")
    page.get_by_label("Engagement non signé").check(force=True)
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"categorie=elu.*sans_engagement=on"))
    expect(page.locator("caption")).to_contain_text("3 participants")
    expect(page.get_by_text("Préfet")).to_have_count(0)
    page.get_by_role("link", name="Relancer les 3 personnes de cette sélection").click()
    expect(page.get_by_text("3 personnes recevront l'e-mail de relance « Rappel —")).to_be_visible()
    page.get_by_role("button", name="Relancer les 3 personnes").click()
    expect(page.get_by_role("status")).to_contain_text("3 relances préparées")
    reminded = OutgoingEmail.objects.filter(kind=EmailKind.REMINDER)
    assert sorted(e.to_email for e in reminded) == sorted(p.email for p in elus)


def test_the_offers_update_in_place_when_a_filter_or_sort_changes(page):
    """htmx: a filter changes the results without reloading the page, pushes the URL (the
    back button works) and keeps the sort chosen from a header."""
    from immersion.sites.models import HostSite
    from tests.factories import SiteFactory, make_offer

    organizer = UserFactory(role="organizer", email="orga@example.fr")
    seminar = SeminarFactory(organizers=[organizer])
    for name, kind in [("Caf Nord", "caf"), ("Cpam Sud", "cpam"), ("Caf Est", "caf")]:
        make_offer(seminar, SiteFactory(name=name, kind=kind))
    assert HostSite.objects.count() == 3
    sign_in(page, "orga@example.fr", "motdepasse-de-test")
    page.goto(page.base_url + f"/organisation/seminaires/{seminar.pk}/offres/")
    page.evaluate("window.notReloaded = true")
    header = page.locator("#resultats thead").get_by_role("link", name="Structure", exact=True)
    header.click()
    expect(page).to_have_url(re.compile(r"tri=structure"))
    header = page.locator("#resultats thead").get_by_role("link", name="Structure", exact=True)
    header.click()
    expect(page).to_have_url(re.compile(r"tri=-structure"))
    expect(page.locator("#resultats tbody tr").first).to_contain_text("Cpam Sud")
    page.get_by_label("Type de structure").select_option("caf")
    expect(page).to_have_url(re.compile(r"tri=-structure.*type=caf|type=caf.*tri=-structure"))
    expect(page.locator("#resultats caption")).to_contain_text("2 offres")
    expect(page.get_by_role("status")).to_contain_text("2 résultats")
    expect(page.locator("#resultats tbody tr").first).to_contain_text("Caf Nord")
    assert page.evaluate("window.notReloaded") is True
    assert "q=" not in page.url and "canal=" not in page.url  # the empty filters left out
    page.go_back()
    expect(page.locator("#resultats caption")).to_contain_text("3 offres")


def test_organizer_filters_the_participants_and_withdraws_the_selection(page):
    organizer = UserFactory(role="organizer", email="orga@example.fr")
    seminar = SeminarFactory(organizers=[organizer])
    Seminar.objects.filter(pk=seminar.pk).update(status="open")
    journalists = [
        ParticipantFactory(
            seminar=seminar, first_name="Jules", last_name=f"Journaliste{i}", category="journaliste"
        )
        for i in range(2)
    ]
    other = ParticipantFactory(seminar=seminar, first_name="Paul", last_name="Préfet")
    sign_in(page, "orga@example.fr", "motdepasse-de-test")
    page.goto(page.base_url + f"/organisation/seminaires/{seminar.pk}/participants/")
    page.get_by_label("Catégorie").select_option("journaliste")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"categorie=journaliste"))
    expect(page.locator("caption")).to_contain_text("2 participants")
    page.get_by_role("link", name="Désister la sélection").click()
    expect(page.get_by_text("2 personnes seront désistées du séminaire.")).to_be_visible()
    expect(page.get_by_text("Catégorie : Journaliste")).to_be_visible()
    page.get_by_role("button", name="Désister les 2 personnes").click()
    expect(page.get_by_role("status")).to_contain_text("2 personnes désistées.")
    for p in journalists:
        p.refresh_from_db()
        assert p.withdrawn_at is not None
    other.refresh_from_db()
    assert other.withdrawn_at is None
    page.get_by_role("link", name="Revenir aux participants").click()
    expect(page.locator("caption")).to_contain_text("1 participant")
    expect(page.get_by_role("link", name="Voir les 2 personnes désistées")).to_be_visible()
