"""The « publiable » toggle of the wall of quotes: the seminar's expert (and its organizers,
who lead the debrief too) let an anonymised quote leave for the programme's observatory, or
take it back; without JavaScript (POST, redirect) and with htmx (the wall in place); a hidden
quote is refused in French; nobody else may."""

import re

import pytest
from django.urls import reverse

from immersion.debrief import services
from immersion.debrief.models import QuoteMark, SourceKind
from immersion.debrief.selectors import programme_publishable_marks
from immersion.seminars.services import attach_to_programme, create_programme
from tests.conftest import page
from tests.factories import UserFactory
from tests.www.test_debrief_board import action_url, board_url, day, text  # noqa: F401

pytestmark = pytest.mark.django_db


def wall_of(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page(response)).split())


def test_the_expert_makes_a_quote_publishable_without_javascript(client, day):  # noqa: F811
    seminar, note = day["seminar"], day["note"]
    programme = create_programme(actor=None, name="Programme 2027", year=2027)
    attach_to_programme(actor=None, seminar=seminar, programme=programme)
    client.force_login(day["expert"])
    before = text(client.get(board_url(seminar)))
    assert "Non publiée" in before and "Rendre publiable" in before
    url = action_url(seminar, SourceKind.SITUATION, note.pk)
    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302
    assert response.url == board_url(seminar) + "#panel-citations"
    assert QuoteMark.objects.get(source_id=note.pk).publishable
    assert [m.source_id for m in programme_publishable_marks(programme)] == [note.pk]
    after = text(client.get(response.url))
    assert "Citation publiable dans l'observatoire du programme." in after
    assert "Publiable dans l'observatoire" in after and "Ne plus publier" in after
    client.post(url, {"action": "unpublish"})
    assert not QuoteMark.objects.get(source_id=note.pk).publishable
    assert not programme_publishable_marks(programme).exists()


def test_the_toggle_works_in_place_with_htmx(client, day):  # noqa: F811
    seminar, wonder = day["seminar"], day["wonder"]
    client.force_login(day["expert"])
    response = client.post(
        action_url(seminar, SourceKind.ASTONISHMENT, wonder.pk),
        {"action": "publish"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    body = wall_of(response)
    assert "<html" not in page(response)  # the wall's body only
    assert "Publiable dans l'observatoire" in body and "Ne plus publier" in body
    assert QuoteMark.objects.get(source_id=wonder.pk).publishable


def test_the_organizer_may_too_but_not_in_the_projection(client, day):  # noqa: F811
    seminar, note = day["seminar"], day["note"]
    client.force_login(day["organizer"])
    projected = text(client.get(board_url(seminar, presentation=True)))
    assert "Rendre publiable" not in projected and "Non publiée" not in projected
    client.post(action_url(seminar, SourceKind.SITUATION, note.pk), {"action": "publish"})
    assert QuoteMark.objects.get(source_id=note.pk).publishable


def test_a_hidden_quote_is_refused_in_french_and_nothing_changes(client, day):  # noqa: F811
    seminar, note = day["seminar"], day["note"]
    services.set_quote_hidden(
        actor=None,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=note.pk,
        hidden=True,
    )
    client.force_login(day["expert"])
    url = action_url(seminar, SourceKind.SITUATION, note.pk)
    response = client.post(url, {"action": "publish"}, follow=True)
    message = "Une citation masquée ne peut pas être publiée. Réaffichez-la d'abord."
    assert message in text(response)
    response = client.post(url, {"action": "publish"}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and message in wall_of(response)
    mark = QuoteMark.objects.get(source_id=note.pk)
    assert mark.hidden and not mark.publishable


def test_nobody_else_may_publish(client, day):  # noqa: F811
    seminar, note = day["seminar"], day["note"]
    url = action_url(seminar, SourceKind.SITUATION, note.pk)
    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302 and reverse("public:login") in response.url
    for user in [
        UserFactory(role="expert"),  # an expert of another seminar
        day["observers"][0].user,  # a participant of the seminar
        UserFactory(role="programme_manager"),
    ]:
        client.force_login(user)
        assert client.post(url, {"action": "publish"}).status_code == 404
    assert not QuoteMark.objects.exists()
