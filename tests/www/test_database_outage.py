"""A database that restarts under load: requests answer a clean 503 (JSON for the notebook's
sync), never a traceback, and the entries sent again afterwards are stored once."""

import json
import uuid
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.urls import reverse

from immersion.observation.models import Situation
from immersion.www.errors import _database_down
from tests.conftest import page
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db

SESSION_LOAD = "django.contrib.sessions.backends.db.SessionStore.load"


@pytest.fixture
def observer():
    return make_observer(kind="caf", channel="accueil_telephonique")


def signed_in(observer) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(observer.user)
    return client


def entry(observer, client_id):
    return {
        "client_id": client_id,
        "kind": "situation",
        "placement": observer.placement.pk,
        "fields": {"observed_at": "10:15", "contact_reason": "rsa", "note": "Attente longue."},
    }


def sync(client, *entries):
    return client.post(
        reverse("notebook:sync"),
        json.dumps({"entries": list(entries)}),
        content_type="application/json",
    )


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_sync_answers_503_json_when_the_database_is_gone_then_stores_the_retry_once(
    observer, error
):
    client = signed_in(observer)
    sent = entry(observer, str(uuid.uuid4()))
    with mock.patch(
        "immersion.www.notebook.api.placement_of_observer",
        side_effect=error("server closed the connection unexpectedly"),
    ):
        response = sync(client, sent)
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "5"
    body = response.json()
    assert body == {"error": "Service momentanément indisponible : nouvel essai dans un instant."}
    assert "connection" not in response.content.decode()
    assert not Situation.objects.exists()

    # The offline queue sends the same entry again once the database is back: stored once.
    assert sync(client, sent).json()["results"][0]["status"] == "created"
    assert sync(client, sent).json()["results"][0]["status"] == "exists"
    assert Situation.objects.filter(client_id=sent["client_id"]).count() == 1


def test_a_lost_database_while_reading_the_session_is_also_a_503(observer):
    """The session is read by the middleware, before the view: still a 503, not a 500."""
    client = signed_in(observer)
    with mock.patch(SESSION_LOAD, side_effect=OperationalError("the database system is starting")):
        api = sync(client, entry(observer, str(uuid.uuid4())))
        html = client.get(reverse("notebook:home"))
    assert api.status_code == 503 and "error" in api.json()
    assert html.status_code == 503 and html["Retry-After"] == "5"
    text = page(html)
    assert "Service momentanément indisponible" in text and "Erreur 503" in text
    assert "starting" not in text and "Traceback" not in text


def test_other_crashes_stay_a_plain_500(settings):
    settings.ROOT_URLCONF = "tests.www.error_urls"
    response = Client(raise_request_exception=False).get("/casse/")
    assert response.status_code == 500
    assert "Erreur inattendue" in page(response)


def test_a_database_error_raised_while_handling_another_counts_as_lost_database():
    try:
        try:
            raise OperationalError("terminating connection due to administrator command")
        except OperationalError:
            raise RuntimeError("secondary") from None
    except RuntimeError as exc:
        secondary = exc
    assert not _database_down(secondary)  # "from None" hides the cause on purpose
    try:
        try:
            raise InterfaceError("connection already closed")
        except InterfaceError:
            raise ValueError("while cleaning up")  # noqa: B904 - the implicit context is the point
    except ValueError as exc:
        assert _database_down(exc)
    assert not _database_down(ValueError("anything else"))
    assert not _database_down(None)
