"""Diets: usual choices plus a precision, counted by choice; old free text migrated."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.logistics.selectors import meal_lists
from immersion.logistics.services import add_guest
from immersion.people.models import Participant
from immersion.seminars.models import ItemKind
from tests.conftest import page
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dinner(seminar):
    return seminar.programme_items.get(kind=ItemKind.MEAL, title__startswith="Dîner")


def test_meals_count_diets_by_choice_not_by_spelling(seminar, organizer, dinner):
    ParticipantFactory(seminar=seminar, first_name="Claire", diet="vegetarien")
    ParticipantFactory(seminar=seminar, first_name="Anne", dietary_needs="Végétarienne")
    ParticipantFactory(seminar=seminar, first_name="Yann", dietary_needs="vegetarien")
    ParticipantFactory(seminar=seminar, first_name="Marc", diet="aucun")
    ParticipantFactory(
        seminar=seminar, first_name="Léa", last_name="Roux", diet="allergie", dietary_needs="noix"
    )
    add_guest(
        actor=organizer,
        seminar=seminar,
        name="Nathalie Appéré",
        function="Maire",
        meals=[dinner],
        diet="halal",
    )
    dinner_list = meal_lists(seminar)[0]
    assert [(n.label, n.count) for n in dinner_list.dietary] == [
        ("Végétarien", 3),
        ("Allergie", 1),
        ("Halal", 1),
    ]
    allergy = dinner_list.dietary[1]
    assert allergy.names == ["Léa Roux (noix)"]


def test_an_allergy_or_other_diet_needs_its_precision(seminar):
    with pytest.raises(ValidationError) as exc:
        ParticipantFactory(seminar=seminar, diet="allergie", dietary_needs=" ")
    assert exc.value.message_dict["dietary_needs"] == [
        "Précisez l'allergie ou le régime (« autre »)."
    ]
    assert not Participant.objects.exists()


def test_the_participant_form_offers_the_usual_diets(organizer_client, seminar):
    form = page(organizer_client.get(reverse("organizer:participant_add", args=[seminar.pk])))
    for label in ["Végétalien", "Sans porc", "Casher", "Sans lactose", "Allergie — préciser"]:
        assert f">{label}</option>" in form
    response = organizer_client.post(
        reverse("organizer:participant_add", args=[seminar.pk]),
        {
            "first_name": "Anne",
            "last_name": "Martin",
            "email": "anne@example.org",
            "category": "journaliste",
            "organisation": "Ouest-France",
            "diet": "autre",
            "dietary_needs": "",
        },
    )
    assert response.status_code == 200
    assert "Précisez l'allergie ou le régime" in page(response)
    assert not Participant.objects.exists()


def test_logistics_page_shows_counts_by_choice(organizer_client, seminar):
    ParticipantFactory(seminar=seminar, dietary_needs="Végétarienne")
    ParticipantFactory(seminar=seminar, diet="vegetarien")
    content = page(organizer_client.get(reverse("organizer:logistics", args=[seminar.pk])))
    assert "Végétarien (2)" in content and "Végétarienne" not in content


@pytest.mark.parametrize(
    ("app", "model", "module"),
    [
        ("people", "Participant", "immersion.people.migrations.0005_diet_choices"),
        ("logistics", "Guest", "immersion.logistics.migrations.0002_diet_choices"),
    ],
)
def test_the_data_migration_maps_free_text_to_choices(
    seminar, organizer, dinner, app, model, module
):
    if model == "Participant":
        rows = [ParticipantFactory(seminar=seminar) for _ in range(3)]
    else:
        rows = [
            add_guest(actor=organizer, seminar=seminar, name=f"G{i}", function="x", meals=[dinner])
            for i in range(3)
        ]
    texts = ["Végétarienne", "allergie aux noix", ""]
    for row, text in zip(rows, texts, strict=True):
        type(row).objects.filter(pk=row.pk).update(diet="", dietary_needs=text)
    importlib.import_module(module).diets_to_choices(apps, None)
    found = [(r.diet, r.dietary_needs) for r in apps.get_model(app, model).objects.order_by("pk")]
    assert found == [("vegetarien", ""), ("allergie", "allergie aux noix"), ("", "")]
