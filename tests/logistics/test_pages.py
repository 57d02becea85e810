"""The organizer's logistics pages: lists on screen and as PDF, guests of the meals."""

import pytest
from django.urls import reverse

from immersion.logistics.models import Guest
from immersion.logistics.services import add_guest
from immersion.seminars.models import ItemKind
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, UserFactory
from tests.pdfs import assert_tagged_pdf, pdf_text

pytestmark = pytest.mark.django_db


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


@pytest.fixture
def dinner(seminar):
    return seminar.programme_items.get(kind=ItemKind.MEAL, title__startswith="Dîner")


def test_logistics_page_shows_headcounts_guests_and_needs(
    organizer_client, organizer, seminar, dinner
):
    ParticipantFactory(
        seminar=seminar, first_name="Claire", last_name="Guillou", dietary_needs="Halal"
    )
    add_guest(
        actor=organizer,
        seminar=seminar,
        name="Marc Hervé",
        function="Adjoint au maire",
        meals=[dinner],
    )
    content = page(organizer_client.get(url("logistics", seminar)))
    assert "Dîner avec des élus locaux" in content and "3 couverts" in content
    assert "Repas commun avec les tuteurs" in content and "2 couverts" in content
    assert "Halal (1)" in content
    assert "Marc Hervé" in content and "Adjoint au maire" in content
    assert url("logistics_meal_pdf", seminar, dinner.pk) in content
    assert "logistics/print.css" in content


def test_logistics_page_query_count_stays_flat(
    organizer_client, organizer, seminar, dinner, django_assert_max_num_queries
):
    for i in range(12):
        ParticipantFactory(seminar=seminar, dietary_needs="Végétarien" if i % 2 else "")
        add_guest(
            actor=organizer, seminar=seminar, name=f"Élu {i}", function="Conseiller", meals=[dinner]
        )
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    organizer_client.get(reverse("organizer:seminar_list"))
    with django_assert_max_num_queries(20):
        organizer_client.get(url("logistics", seminar))


def test_organizer_adds_edits_and_removes_a_guest(organizer_client, seminar, dinner):
    form = page(organizer_client.get(url("logistics_guest_add", seminar)))
    assert "Dîner avec des élus locaux" in form
    response = organizer_client.post(
        url("logistics_guest_add", seminar),
        {
            "name": "Nathalie Appéré",
            "function": "Maire de Rennes",
            "organisation": "Ville de Rennes",
            "meals": [dinner.pk],
            "dietary_needs": "",
        },
        follow=True,
    )
    assert "Invité enregistré." in page(response)
    guest = Guest.objects.get()
    assert list(guest.meals.all()) == [dinner]
    organizer_client.post(
        url("logistics_guest_edit", seminar, guest.pk),
        {
            "name": "Nathalie Appéré",
            "function": "Maire",
            "meals": [dinner.pk],
            "diet": "allergie",
            "dietary_needs": "arachides",
        },
    )
    guest.refresh_from_db()
    assert (guest.diet, guest.dietary_needs) == ("allergie", "arachides")
    response = organizer_client.post(url("logistics_guest_delete", seminar, guest.pk), follow=True)
    assert "Nathalie Appéré ne figure plus parmi les invités." in page(response)
    assert not Guest.objects.exists()


def test_guest_without_meal_is_refused_in_french(organizer_client, seminar):
    response = organizer_client.post(
        url("logistics_guest_add", seminar), {"name": "X", "function": "Y", "meals": []}
    )
    assert "Ce champ est obligatoire" in page(response)
    assert not Guest.objects.exists()


def test_pdfs_are_served(organizer_client, seminar, dinner):
    ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")
    response = organizer_client.get(url("logistics_pdf", seminar))
    assert response["Content-Type"] == "application/pdf"
    assert_tagged_pdf(response.content, title=f"Logistique — {seminar.title}")
    assert "Claire Guillou" in pdf_text(response.content)
    response = organizer_client.get(url("logistics_meal_pdf", seminar, dinner.pk))
    assert "Dîner avec des élus locaux" in pdf_text(response.content)
    other_meal = SeminarFactory().programme_items.filter(kind=ItemKind.MEAL).first()
    assert (
        organizer_client.get(url("logistics_meal_pdf", seminar, other_meal.pk)).status_code == 404
    )


def test_another_seminars_guest_is_a_404(organizer_client, seminar):
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    dinner = other.programme_items.filter(kind=ItemKind.MEAL).first()
    guest = add_guest(actor=None, seminar=other, name="X", function="Y", meals=[dinner])
    assert organizer_client.get(url("logistics_guest_edit", seminar, guest.pk)).status_code == 404
    assert (
        organizer_client.post(url("logistics_guest_delete", seminar, guest.pk)).status_code == 404
    )
    assert Guest.objects.count() == 1


def test_organizer_of_another_seminar_gets_404s(client, seminar, dinner):
    client.force_login(UserFactory(role="organizer"))
    for name, args in [("logistics", []), ("logistics_pdf", []), ("logistics_guest_add", [])]:
        assert client.get(url(name, seminar, *args)).status_code == 404, name


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator", "expert"])
def test_other_roles_are_refused_logistics(client, seminar, role):
    client.force_login(UserFactory(role=role))
    assert client.get(url("logistics", seminar)).status_code == 403
    assert client.get(url("logistics_pdf", seminar)).status_code == 403
