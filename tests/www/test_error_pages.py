import pytest
from django.test import Client

from tests.conftest import page
from tests.factories import SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_unknown_page_is_a_french_404_without_details(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    text = page(response)
    assert "Page introuvable" in text and "Erreur 404" in text
    assert "Traceback" not in text and "urlpatterns" not in text


def test_forbidden_page_is_a_french_403(client):
    client.force_login(UserFactory(role="participant"))
    response = client.get("/organisation/seminaires/")
    assert response.status_code == 403
    assert "Accès refusé" in page(response)


def test_a_crash_shows_a_french_500_and_never_the_error(settings):
    settings.ROOT_URLCONF = "tests.www.error_urls"
    client = Client(raise_request_exception=False)
    response = client.get("/casse/")
    assert response.status_code == 500
    text = page(response)
    assert "Erreur inattendue" in text
    assert "Le Goff" not in text and "06 12" not in text and "RuntimeError" not in text


def test_an_expired_form_gets_a_french_page_and_changes_nothing(organizer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(organizer)
    seminar = SeminarFactory(organizers=[organizer])
    response = client.post(f"/organisation/seminaires/{seminar.pk}/statut/open/")
    assert response.status_code == 403
    assert "Formulaire expiré" in page(response)
    seminar.refresh_from_db()
    assert seminar.status == "draft"
