"""Choosing a commune by name: suggestions, resolution, and 4-digit codes refused."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.people.models import Participant
from immersion.seminars.models import Seminar
from immersion.territory.models import Commune
from immersion.territory.selectors import resolve_commune, suggest_communes
from tests.conftest import page

pytestmark = pytest.mark.django_db

FOUR_DIGITS = "Le code commune 3523 a 4 chiffres : un code INSEE en a 5, par ex. 35238"


@pytest.fixture
def twin_acigne(db):
    # Two communes of one name: the search must ask which one.
    return Commune.objects.create(
        code="29901", name="Acigné", department="29", latitude=48.0, longitude=-4.0
    )


def test_a_commune_is_searched_without_accents_case_or_hyphens():
    assert Commune.objects.get(code="35238").search_name == "rennes"
    names = [c.name for c in suggest_communes("saint jacques")]
    assert "Saint-Jacques-de-la-Lande" in names
    assert [c.code for c in suggest_communes("RENNES")][0] == "35238"
    assert [c.code for c in suggest_communes("3523")] == ["35236", "35238"]
    assert suggest_communes("r") == []


@pytest.mark.parametrize("text", ["Rennes", "rennes", "Rennes (35238)", "35238", " 35238.0 "])
def test_a_commune_is_found_by_name_by_name_and_code_or_by_code(text):
    code, commune = resolve_commune(text)
    assert code == "35238" and commune.name == "Rennes"


def test_an_ambiguous_name_asks_to_choose_showing_each_department(twin_acigne):
    with pytest.raises(ValidationError) as exc:
        resolve_commune("acigne")
    message = exc.value.messages[0]
    assert "Plusieurs communes s'appellent « acigne »" in message
    assert "« Acigné (29901) » (département 29)" in message
    assert "« Acigné (35001) » (département 35)" in message
    assert resolve_commune("Acigné (29901)")[0] == "29901"


def test_a_four_digit_code_is_refused_never_padded():
    with pytest.raises(ValidationError) as exc:
        resolve_commune("3523")
    assert exc.value.messages == [FOUR_DIGITS]
    with pytest.raises(ValidationError):
        resolve_commune("Rennes (3523)")


def test_an_unknown_name_says_so_in_french():
    with pytest.raises(ValidationError) as exc:
        resolve_commune("Rennnes")
    assert "Aucune commune « Rennnes » dans le référentiel" in exc.value.messages[0]


def test_suggestions_are_datalist_options_with_the_department(organizer_client, twin_acigne):
    url = reverse("public:commune_suggestions")
    assert url == "/communes/suggestions/"
    content = page(organizer_client.get(url, {"q": "acig"}))
    assert '<option value="Acigné (35001)">' in content
    assert '<option value="Acigné (29901)">' in content
    assert "département 29" in content
    # htmx sends the input under its own name.
    content = page(organizer_client.get(url, {"city_code": "renne"}))
    assert '<option value="Rennes (35238)">' in content


def test_suggestions_need_a_signed_in_user(client):
    response = client.get(reverse("public:commune_suggestions"), {"q": "renn"})
    assert response.status_code == 302


def test_the_seminar_form_takes_a_city_by_name(organizer_client):
    form = page(organizer_client.get(reverse("organizer:seminar_create")))
    assert 'list="id_city_code-suggestions"' in form
    assert '<datalist id="id_city_code-suggestions"></datalist>' in form
    assert 'data-hx-get="/communes/suggestions/"' in form
    response = organizer_client.post(
        reverse("organizer:seminar_create"),
        {"title": "Immersion à Rennes", "city_code": "rennes", "start_date": "2027-05-20"},
    )
    assert response.status_code == 302
    seminar = Seminar.objects.get(title="Immersion à Rennes")
    assert (seminar.city_code, seminar.city_name) == ("35238", "Rennes")
    edit = page(organizer_client.get(reverse("organizer:seminar_edit", args=[seminar.pk])))
    assert 'value="Rennes (35238)"' in edit


def test_the_seminar_form_refuses_a_four_digit_code_and_creates_nothing(organizer_client):
    response = organizer_client.post(
        reverse("organizer:seminar_create"),
        {"title": "Immersion", "city_code": "3523", "start_date": "2027-05-20"},
    )
    assert response.status_code == 200
    assert FOUR_DIGITS in page(response)
    assert not Seminar.objects.filter(title="Immersion").exists()


def test_the_seminar_form_asks_to_choose_between_homonyms(organizer_client, twin_acigne):
    response = organizer_client.post(
        reverse("organizer:seminar_create"),
        {"title": "Immersion", "city_code": "Acigné", "start_date": "2027-05-20"},
    )
    assert "« Acigné (29901) » (département 29)" in page(response)
    assert not Seminar.objects.filter(title="Immersion").exists()


def test_the_participant_form_takes_a_commune_by_name(organizer_client, seminar):
    response = organizer_client.post(
        reverse("organizer:participant_add", args=[seminar.pk]),
        {
            "first_name": "Anne",
            "last_name": "Martin",
            "email": "anne@example.org",
            "category": "journaliste",
            "organisation": "Ouest-France",
            "home_commune_code": "Saint-Jacques-de-la-Lande (35281)",
            "available_half_days": [h.pk for h in seminar.half_days],
        },
    )
    assert response.status_code == 302, page(response)
    p = Participant.objects.get(email="anne@example.org")
    assert (p.home_commune_code, p.home_commune_name) == ("35281", "Saint-Jacques-de-la-Lande")
    assert p.latitude is not None
