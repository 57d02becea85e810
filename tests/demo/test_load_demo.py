"""load_demo's own semantics, each test on a database of its own: over existing data (a demo
site already in the catalogue), and ``--if-empty``. What the demo contains is checked in
tests/demo/test_demo.py, on one demo shared by the module."""

import datetime as dt

import pytest
from django.core.management import call_command

from immersion.demo.services import load_demo, next_demo_start
from immersion.seminars.models import Seminar

pytestmark = pytest.mark.django_db


def test_demo_organizer_owns_the_demo_sites_even_when_they_already_exist():
    from immersion.sites.models import HostSite
    from immersion.sites.services import create_site

    # A site of the demo already in the catalogue, created by a script (no owner).
    create_site(
        actor=None,
        name="Caf d'Ille-et-Vilaine — accueil de Rennes",
        kind="caf",
        organisation="Caf d'Ille-et-Vilaine",
        address="Cours des Alliés",
        commune_code="35238",
    )
    seminar = load_demo(today=dt.date(2026, 11, 30))
    organizer = seminar.organizers.get()
    sites = HostSite.objects.filter(offers__seminar=seminar).distinct()
    assert sites.count() > 1
    assert all(organizer.has_perm("host_sites.change_hostsite", site) for site in sites)
    assert set(HostSite.objects.editable_by(organizer)) == set(sites)


def test_demo_starts_on_a_thursday_ahead():
    start = next_demo_start(dt.date(2026, 11, 30))
    assert start.weekday() == 3 and start >= dt.date(2027, 1, 11)


def test_load_demo_if_empty_keeps_existing_data(capsys):
    # --sans-programme: without the synthetic seminars (tests/demo/test_demo_programme.py).
    call_command("load_demo", "--if-empty", "--sans-programme")
    call_command("load_demo", "--if-empty", "--sans-programme")
    assert Seminar.objects.count() == 1
    assert Seminar.objects.get().programme.managers.filter(role="programme_manager").exists()
    assert "déjà" in capsys.readouterr().out
