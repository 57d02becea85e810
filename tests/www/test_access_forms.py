"""Organizers fill the structured accessibility and travel fields; sites see only the needs."""

import pytest
from django.urls import reverse

from immersion.people.models import Participant
from immersion.sites.models import HostSite
from tests.conftest import page
from tests.factories import SeminarFactory, make_coordinator, make_journey
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db


def test_organizer_declares_a_participants_access_needs(organizer, organizer_client):
    seminar = SeminarFactory(organizers=[organizer])
    url = reverse("organizer:participant_add", args=[seminar.pk])
    assert "Fauteuil roulant ou mobilité réduite" in page(organizer_client.get(url))
    response = organizer_client.post(
        url,
        {
            "first_name": "Yves",
            "last_name": "Le Corre",
            "email": "yves@example.fr",
            "category": "elu",
            "organisation": "Ville de Saint-Brieuc",
            "access_needs": ["plain_pied", "boucle_magnetique"],
        },
    )
    assert response.status_code == 302, page(response)
    assert Participant.objects.get().access_needs == ["plain_pied", "boucle_magnetique"]


def test_organizer_declares_a_sites_step_free_access_aids_and_travel_time(organizer_client):
    data = {
        "name": "Caf — accueil de Rennes",
        "kind": "caf",
        "organisation": "Caf d'Ille-et-Vilaine",
        "address": "Cours des Alliés",
        "commune_code": "35238",
        "step_free_access": "true",
        "aids": ["lsf"],
        "travel_minutes": "12",
    }
    response = organizer_client.post(reverse("organizer:site_create"), data)
    assert response.status_code == 302, page(response)
    site = HostSite.objects.get()
    assert (site.step_free_access, site.aids, site.travel_minutes) == (True, ["lsf"], 12)
    edit = page(organizer_client.get(reverse("organizer:site_edit", args=[site.pk])))
    assert "temps de trajet depuis le lieu du séminaire, en minutes" in edit.lower()
    response = organizer_client.post(
        reverse("organizer:site_edit", args=[site.pk]),
        {**data, "step_free_access": "unknown", "aids": []},
    )
    assert response.status_code == 302, page(response)
    site.refresh_from_db()
    assert (site.step_free_access, site.aids) == (None, [])


def test_site_sees_the_needed_arrangements_but_not_the_free_text(client, communes):
    journey = make_journey()
    Participant.objects.filter(pk=journey.helene.pk).update(
        access_needs=["plain_pied"], accessibility_needs="Sclérose en plaques, fatigue"
    )
    client.force_login(make_coordinator(journey.caf))
    text = page(client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk])))
    assert "À prévoir : Fauteuil roulant ou mobilité réduite (accès de plain-pied)" in text
    assert "Sclérose" not in text
    brief = client.get(reverse("site:brief_pdf", args=[journey.caf.pk, journey.seminar.pk]))
    pdf = " ".join(pdf_text(brief.content).split())
    assert "Fauteuil roulant ou mobilité réduite" in pdf and "Sclérose" not in pdf
