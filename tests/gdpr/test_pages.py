import pytest

from tests.conftest import page


@pytest.mark.django_db
def test_personal_data_page_shows_the_configured_retention_period(client, settings):
    text = page(client.get("/donnees-personnelles/"))
    assert "supprimées ou anonymisées 12 mois après son dernier jour" in text
    assert settings.PRIVACY_CONTACT_EMAIL in text
    assert "Aucune donnée personnelle des usagers observés" in text
    assert "Commission nationale de l'informatique et des libertés" in text

    settings.IMMERSION_RETENTION_MONTHS = 18
    settings.PRIVACY_CONTACT_EMAIL = "dpd@example.fr"
    text = page(client.get("/donnees-personnelles/"))
    assert "supprimées ou anonymisées 18 mois après son dernier jour" in text
    assert "12 mois" not in text
    assert "dpd@example.fr" in text


@pytest.mark.django_db
def test_the_other_periods_come_from_the_code(client):
    from immersion.accounts.services import INVITATION_LIFETIME
    from immersion.inverse.models import UNCONFIRMED_DAYS

    text = page(client.get("/donnees-personnelles/"))
    assert f"un lien d'invitation expire après {INVITATION_LIFETIME.days} jours" in text
    assert f"supprimée après {UNCONFIRMED_DAYS} jours" in text


@pytest.mark.django_db
def test_legal_notice_names_publisher_contact_and_retention(client, settings):
    settings.IMMERSION_RETENTION_MONTHS = 6
    settings.LEGAL_HOST = "Hébergeur Exemple, 1 rue de la Paix, Paris"
    text = page(client.get("/mentions-legales/"))
    assert settings.LEGAL_PUBLISHER in text
    assert "Hébergeur Exemple" in text
    assert "anonymisées 6 mois après son dernier jour" in text


@pytest.mark.django_db
def test_the_footer_links_both_pages(client):
    text = page(client.get("/"))
    assert 'href="/donnees-personnelles/"' in text
    assert 'href="/mentions-legales/"' in text
