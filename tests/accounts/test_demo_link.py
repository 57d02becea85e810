import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse

from immersion.demo.services import load_demo
from immersion.people.models import Participant
from immersion.sites.models import Tutor
from tests.conftest import load_reference_data

# One worker builds the demo for the whole module (``--dist loadgroup``).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo_link")]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, built once for the module in a transaction rolled back at its end: each test
    (its sign-in links, its sessions) runs in a savepoint on top of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_reference_data()
        yield load_demo(today=dt.date(2026, 11, 30))
        transaction.set_rollback(True)


def test_demo_has_a_tutor_account_to_try_the_tutor_space(demo):
    tutor = Tutor.objects.get(email="sandrine.lebihan@demo.vivez-ma-vie-usager.fr")
    assert tutor.user.role == "tutor" and not tutor.user.has_usable_password()


def test_demo_link_prints_a_working_link_for_a_demo_participant(demo, client, capsys):
    participant = Participant.objects.filter(seminar=demo).order_by("pk").first()
    call_command("demo_link", participant.email, "--base-url", "http://testserver")
    out = capsys.readouterr().out
    url = next(line for line in out.splitlines() if "/connexion/lien/" in line)
    client.post(url.removeprefix("http://testserver"))
    participant.refresh_from_db()
    assert participant.user.role == "participant"
    assert client.get("/", follow=True).request["PATH_INFO"] == reverse(
        "participant:dashboard", args=[participant.pk]
    )


def test_demo_link_signs_the_tutor_and_the_coordinator_in(demo, client, capsys):
    call_command("demo_link", "sandrine.lebihan@demo.vivez-ma-vie-usager.fr")
    call_command("demo_link", "referent.caf@demo.vivez-ma-vie-usager.fr")
    urls = [line for line in capsys.readouterr().out.splitlines() if "/connexion/lien/" in line]
    assert len(urls) == 2
    client.post(urls[0].removeprefix("http://127.0.0.1:8000"))
    assert client.get("/").url == reverse("site:tutor_home")


def test_demo_link_refuses_other_addresses_and_password_accounts(demo):
    with pytest.raises(CommandError):
        call_command("demo_link", "quelquun@example.fr")
    with pytest.raises(CommandError):
        call_command("demo_link", "organisateur@demo.vivez-ma-vie-usager.fr")
