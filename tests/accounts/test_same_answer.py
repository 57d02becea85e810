"""Whether an account exists or not, sign-in and link requests get the same answer, and do the
same work in the request (the e-mail is written by a task queued on both paths)."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks import default_task_backend

from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def without_tokens(html: str) -> str:
    """The page without what differs from one request to the next whatever the account
    (the CSRF token, the address typed in)."""
    html = re.sub(r'(csrfmiddlewaretoken" value|csrf-token" content)="[^"]+"', "", html)
    return re.sub(r"[\w.+-]+@example\.fr", "ADRESSE", html)


def request_link(client, email, ip):
    return client.post(reverse("public:request_link"), {"email": email}, REMOTE_ADDR=ip)


def test_a_link_request_answers_the_same_for_an_existing_account_and_an_unknown_one(
    client, django_capture_on_commit_callbacks
):
    UserFactory(role="participant", email="connue@example.fr", password=None)
    with django_capture_on_commit_callbacks(execute=True):
        known = request_link(client, "connue@example.fr", "203.0.113.1")
    with django_capture_on_commit_callbacks(execute=True):
        unknown = request_link(client, "inconnue@example.fr", "203.0.113.2")
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    assert without_tokens(page(client.get(known.url))) == without_tokens(
        page(client.get(unknown.url))
    )
    # Only the existing account gets an e-mail, written by the task.
    assert [m.to for m in mail.outbox] == [["connue@example.fr"]]


@override_settings(TASKS=DUMMY_TASKS)
def test_both_paths_do_the_same_queries_and_queue_one_task_without_address(
    client, django_capture_on_commit_callbacks
):
    UserFactory(role="tutor", email="connue@example.fr", password=None)
    UserFactory(role="organizer", email="orga@example.fr")  # signs in by password: no link
    default_task_backend.clear()
    shapes = {}
    for email, ip in [
        ("connue@example.fr", "203.0.113.1"),
        ("inconnue@example.fr", "203.0.113.2"),
        ("orga@example.fr", "203.0.113.3"),
    ]:
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks(execute=True),
        ):
            request_link(client, email, ip)
        shapes[email] = [re.sub(r"'[^']*'|\d+", "?", q["sql"]) for q in queries.captured_queries]
    assert shapes["connue@example.fr"] == shapes["inconnue@example.fr"] == shapes["orga@example.fr"]
    payloads = [r.args for r in default_task_backend.results]
    assert len(payloads) == 3
    assert isinstance(payloads[0][0], int)
    assert payloads[1][0] is None and payloads[2][0] is None
    assert not any("@" in str(arg) for args in payloads for arg in args)
    assert mail.outbox == []


def test_a_password_sign_in_answers_the_same_for_an_account_without_password(client):
    """A participant's account has no usable password; an unknown address has no account:
    the same page, the same message (Django hashes once on both paths)."""
    UserFactory(role="participant", email="participante@example.fr", password=None)
    answers = [
        without_tokens(
            page(
                client.post(
                    reverse("public:login"),
                    {"username": email, "password": "un-essai"},
                    REMOTE_ADDR=f"203.0.113.{i}",
                )
            )
        )
        for i, email in enumerate(["participante@example.fr", "personne@example.fr"])
    ]
    assert "Adresse e-mail ou mot de passe incorrect." in answers[0]
    assert answers[0] == answers[1]
