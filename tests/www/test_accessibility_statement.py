import re

import pytest
from django.urls import reverse

from tests.conftest import page

pytestmark = pytest.mark.django_db


def test_accessibility_statement_is_public_and_in_the_rgaa_form(client, settings):
    settings.ACCESSIBILITY_CONTACT_EMAIL = "a11y@example.gouv.fr"
    response = client.get("/accessibilite/")
    assert response.status_code == 200
    text = page(response)
    main = text[text.index("<main") :]
    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", main)
    assert headings == [
        "État de conformité",
        "Contenus non accessibles",
        "Établissement de cette déclaration d'accessibilité",
        "Retour d'information et contact",
        "Voies de recours",
    ]
    assert "partiellement conforme avec le référentiel général" in main
    assert "RGAA), version 4.1.2" in main
    assert "axe-core" in main and "Nu Html Checker" in main and "PDF/UA-1" in main
    assert "signature par code à usage unique" in main  # a known exception and its alternative
    assert '<a href="mailto:a11y@example.gouv.fr">a11y@example.gouv.fr</a>' in main
    assert "Défenseur des droits" in main and "https://formulaire.defenseurdesdroits.fr/" in main
    assert "Cette déclaration a été établie le 3 décembre 2026." in main


def test_footer_links_the_statement_on_every_page(client):
    for url in [reverse("public:home"), reverse("public:login")]:
        text = page(client.get(url))
        assert "non conforme (audit à venir)" not in text
        assert re.search(
            r'<a class="fr-footer__bottom-link"\s+href="/accessibilite/">'
            r"Accessibilité : partiellement conforme</a>",
            text,
        )
