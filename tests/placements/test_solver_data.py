"""A run's solver data (its instance, scores and unplaced list: about 1 kB per participant
each) is read by the solver and the review's scores, never by the pages and requests that
only name the run. Carried in a placement list's join, it would be parsed once per row: at
2,000 participants, 2,000 times 2 MB."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from immersion.placements.models import AssignmentRun, Placement
from tests.observation.factories import make_observer
from tests.www.test_notebook_api import situation_entry, sync

pytestmark = pytest.mark.django_db

SOLVER_COLUMNS = ('"instance"', '"breakdown"', '"unplaced"')


def solver_data_reads(captured) -> list[str]:
    """The queries that read a run's solver data."""
    return [
        q["sql"]
        for q in captured.captured_queries
        if '"placements_assignmentrun"' in q["sql"]
        and q["sql"].lstrip().upper().startswith("SELECT")
        and any(f'"placements_assignmentrun".{c}' in q["sql"] for c in SOLVER_COLUMNS)
    ]


@pytest.fixture
def observer(client):
    observer = make_observer()
    run = observer.placement.run
    big = {"participants": [{"id": f"p{i}", "note": "x" * 500} for i in range(2000)]}
    score = {
        "total": 1000,
        "distinct_kinds": 1,
        "distinct_channels": 1,
        "preference": 0,
        "mix_extra": 0,
        "dropped_previous": 0,
    }
    scores = {f"p{i}": score for i in range(2000)} | {f"p{observer.participant.pk}": score}
    AssignmentRun.objects.filter(pk=run.pk).update(instance=big, breakdown=scores, unplaced=[])
    return observer


def test_a_placement_list_does_not_read_its_run_s_solver_data(observer):
    with CaptureQueriesContext(connection) as captured:
        placement = Placement.objects.with_details().get(pk=observer.placement.pk)
        assert placement.run.seminar == observer.seminar
    assert solver_data_reads(captured) == []
    # Still there for whoever asks for them (one more query).
    assert len(placement.run.instance["participants"]) == 2000


def test_a_notebook_sync_does_not_read_the_run_s_solver_data(client, observer):
    client.force_login(observer.user)
    with CaptureQueriesContext(connection) as captured:
        response = sync(client, situation_entry(observer))
    assert response.json()["results"][0]["status"] == "created"
    assert solver_data_reads(captured) == []


def test_the_assignment_pages_do_not_read_the_runs_solver_data(client, observer):
    organizer = observer.seminar.organizers.first()
    client.force_login(organizer)
    run = observer.placement.run
    seminar = observer.seminar.pk
    for url in (
        reverse("organizer:assignment_home", args=[seminar]),
        reverse("organizer:assignment_status", args=[seminar, run.pk]),
    ):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code in (200, 204), url
        assert solver_data_reads(captured) == [], url
    # The review reads the scores of its page's rows only, not the whole run.
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("organizer:assignment_run", args=[seminar, run.pk]))
    assert response.status_code == 200
    assert not any(
        '"placements_assignmentrun"."instance"' in sql for sql in solver_data_reads(captured)
    )
    assert len(json.dumps(AssignmentRun.objects.get(pk=run.pk).instance)) > 1_000_000
