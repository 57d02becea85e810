"""The observatory's stored snapshot: the same tables as a fresh computation, refreshed by a
task when a seminar of the programme gets a new situation (one queued at a time), and daily."""

import datetime as dt

import pytest
from django.utils import timezone

from immersion.analysis.models import ObservatorySnapshot
from immersion.analysis.observatory import SUPPRESSED_COLUMN, Filters, programme_observatory
from immersion.analysis.snapshots import (
    from_json,
    programme_snapshot,
    queue_refresh,
    refresh_due_snapshots,
    refresh_programme_observatory,
    to_json,
)
from immersion.seminars.services import attach_to_programme, create_programme
from tests.analysis.factories import make_debrief_seminar
from tests.analysis.helpers import situation
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme():
    programme = create_programme(actor=None, name="Programme 2027", year=2027)
    seminar = make_debrief_seminar(participants=10, situations_each=3, seed=5)
    attach_to_programme(actor=None, seminar=seminar.seminar, programme=programme)
    return programme


def test_round_trip_equals_a_fresh_computation(programme):
    fresh = programme_observatory(programme, Filters())
    stored = refresh_programme_observatory(programme)
    stored.refresh_from_db()
    again = from_json(stored.data)
    assert again == fresh
    assert any(r[SUPPRESSED_COLUMN] for r in again.situations.rows)  # secrets kept
    for name in ("situations", "waiting", "frictions", "perception", "evaluations"):
        secrets = [r[SUPPRESSED_COLUMN] for r in getattr(again, name).rows]
        assert secrets == [r[SUPPRESSED_COLUMN] for r in getattr(fresh, name).rows]
    assert to_json(again) == stored.data


def test_first_read_computes_and_stores_then_reads(programme, django_assert_num_queries):
    assert not ObservatorySnapshot.objects.exists()
    observatory, computed_at = programme_snapshot(programme)
    assert ObservatorySnapshot.objects.filter(programme=programme).count() == 1
    assert observatory == programme_observatory(programme, Filters())
    with django_assert_num_queries(1):
        again, at = programme_snapshot(programme)
    assert again == observatory and at == computed_at


def test_another_k_computes_again(programme, settings):
    refresh_programme_observatory(programme, k=3)
    observatory, _at = programme_snapshot(programme)
    assert observatory.k == settings.IMMERSION_DISCLOSURE_K


def test_a_new_situation_queues_one_refresh(django_capture_on_commit_callbacks):
    observer = make_observer()
    programme = create_programme(actor=None, name="Programme 2027", year=2027)
    attach_to_programme(actor=None, seminar=observer.seminar, programme=programme)
    snapshot = refresh_programme_observatory(programme)
    assert from_json(snapshot.data).situations.rows == []
    old = snapshot.computed_at
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        situation(observer)
        situation(observer)  # debounced: still one queued
    assert len(callbacks) == 1
    snapshot.refresh_from_db()
    assert snapshot.refresh_queued
    for callback in callbacks:
        callback()  # the task runs (immediate backend in tests)
    snapshot.refresh_from_db()
    assert not snapshot.refresh_queued and snapshot.computed_at >= old
    totals = [r for r in from_json(snapshot.data).situations.rows if r["departement"] == "ensemble"]
    grand = next(r for r in totals if r["type_structure"] == "ensemble")
    assert grand["situations"] == 2 or grand[SUPPRESSED_COLUMN]
    assert from_json(snapshot.data) == programme_observatory(programme, Filters())


def test_no_snapshot_no_task(django_capture_on_commit_callbacks):
    observer = make_observer()
    with django_capture_on_commit_callbacks() as callbacks:
        situation(observer)
    assert callbacks == []


def test_daily_refresh_once_a_day(programme, django_capture_on_commit_callbacks):
    refresh_programme_observatory(programme)
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert refresh_due_snapshots(now) == 0
        refresh_due_snapshots(now + dt.timedelta(minutes=5))  # the same day: nothing
    assert len(callbacks) == 1
    assert not ObservatorySnapshot.objects.get().refresh_queued
    assert queue_refresh([]) == 0


def test_a_publication_or_a_withdrawal_queues_a_refresh(django_capture_on_commit_callbacks):
    from immersion.people.signals import participant_withdrawn
    from immersion.placements.signals import run_published

    observer = make_observer()
    programme = create_programme(actor=None, name="Programme 2027", year=2027)
    attach_to_programme(actor=None, seminar=observer.seminar, programme=programme)
    refresh_programme_observatory(programme)
    with django_capture_on_commit_callbacks() as callbacks:
        run_published.send(sender=None, run=observer.placement.run, previous=None)
    assert len(callbacks) == 1
    ObservatorySnapshot.objects.update(refresh_queued=False)
    with django_capture_on_commit_callbacks() as callbacks:
        participant_withdrawn.send(sender=None, participant=observer.participant)
    assert len(callbacks) == 1
