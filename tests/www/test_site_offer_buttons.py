import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.conftest import page
from tests.factories import SeminarFactory, SiteFactory

pytestmark = pytest.mark.django_db


def test_site_page_offers_one_labelled_44px_button_per_seminar_and_half_day(
    organizer_client, organizer
):
    site = SiteFactory(name="Caf de Rennes", owners=[organizer])
    SeminarFactory(organizers=[organizer], title="Rennes 2027")
    second = SeminarFactory(organizers=[organizer], title="Vitré 2027")
    text = page(organizer_client.get(reverse("organizer:site_detail", args=[site.pk])))
    labels = re.findall(r'vmv-touch-target"\s+href="[^"]+">([^<]+)</a>', text)
    assert sorted(labels) == [
        "Ajouter une offre : « Rennes 2027 », Jour 2 — après-midi",
        "Ajouter une offre : « Rennes 2027 », Jour 2 — matin",
        "Ajouter une offre : « Vitré 2027 », Jour 2 — après-midi",
        "Ajouter une offre : « Vitré 2027 », Jour 2 — matin",
    ]
    assert "fr-btns-group--sm" not in text
    css = (settings.BASE_DIR / "immersion/static/css/immersion.css").read_text()
    assert re.search(r"\.vmv-touch-target \{\s+min-height: 2\.75rem;", css)
    # The button's half-day is chosen on the form it opens.
    afternoon = second.half_days.get(half_day="J2-apres-midi")
    form = page(
        organizer_client.get(
            reverse("organizer:offer_add", args=[second.pk])
            + f"?structure={site.pk}&demi_journee={afternoon.pk}"
        )
    )
    assert f'<option value="{afternoon.pk}" selected>Jour 2 — après-midi</option>' in form
