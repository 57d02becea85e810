"""The observatory page reads the stored snapshot: as many queries at 2 seminars as at 6, the
date of the figures, and the open data's figures are the page's."""

import csv
import io
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from immersion.analysis.models import ObservatorySnapshot
from immersion.analysis.snapshots import programme_snapshot
from immersion.seminars.services import attach_to_programme, create_programme
from tests.analysis.factories import make_debrief_seminar
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def build(manager, seminars: int):
    programme = create_programme(
        actor=None, name=f"Programme {seminars}", year=2027, managers=[manager]
    )
    for n in range(seminars):
        seminar = make_debrief_seminar(participants=8, situations_each=2, seed=n, exchanges=False)
        attach_to_programme(actor=None, seminar=seminar.seminar, programme=programme)
    return programme


def queries(client, programme) -> int:
    url = reverse("observatory:programme", args=[programme.pk])
    assert client.get(url).status_code == 200  # the first visit computes the snapshot
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, {"type_structure": "caf"})
    assert response.status_code == 200
    return len(captured)


def test_the_page_reads_the_snapshot_whatever_the_seminars(client):
    manager = UserFactory(role="programme_manager")
    client.force_login(manager)
    small, large = build(manager, 2), build(manager, 4)
    assert queries(client, small) == queries(client, large)
    assert ObservatorySnapshot.objects.count() == 2


def test_the_page_says_when_the_figures_were_computed(client):
    manager = UserFactory(role="programme_manager")
    client.force_login(manager)
    programme = build(manager, 1)
    response = client.get(reverse("observatory:programme", args=[programme.pk]))
    snapshot = ObservatorySnapshot.objects.get(programme=programme)
    assert snapshot.computed_at
    assert "Chiffres calculés le" in page(response)
    # Stored figures, even stale ones, are what the page shows.
    ObservatorySnapshot.objects.filter(pk=snapshot.pk).update(
        data={**snapshot.data, "seminars": 42}
    )
    response = client.get(reverse("observatory:programme", args=[programme.pk]))
    assert response.context["data"].seminars == 42


def test_the_open_data_has_the_page_figures(client):
    manager = UserFactory(role="programme_manager")
    client.force_login(manager)
    programme = build(manager, 1)
    observatory, _at = programme_snapshot(programme)
    response = client.get(reverse("observatory:open_data", args=[programme.pk]))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    name = next(n for n in archive.namelist() if n.endswith("/situations.csv"))
    rows = list(csv.DictReader(io.StringIO(archive.read(name).decode())))
    assert len(rows) == len(observatory.situations.rows)
    for row, expected in zip(rows, observatory.situations.rows, strict=True):
        assert row["situations"] == (
            "" if expected["situations"] is None else str(expected["situations"])
        )
