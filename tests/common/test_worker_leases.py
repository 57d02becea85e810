"""Task workers' leases: a task left running by a dead worker goes back to the queue."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks import task
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from immersion.common import workers
from immersion.common.models import WorkerLease

pytestmark = pytest.mark.django_db


@task()
def noop() -> None:
    return None


@pytest.fixture
def running(settings):
    """A task claimed by worker ``w1`` two minutes ago (the lease is 60 s)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.IMMERSION_WORKER_LEASE_SECONDS = 60

    def make(worker_ids=("w1",), started=dt.timedelta(minutes=2)):
        result = noop.enqueue()
        DBTaskResult.objects.filter(pk=result.id).update(
            status=TaskResultStatus.RUNNING,
            started_at=timezone.now() - started,
            worker_ids=list(worker_ids),
        )
        return DBTaskResult.objects.get(pk=result.id)

    return make


def test_a_task_of_a_worker_without_lease_goes_back_to_the_queue(running):
    task_result = running()
    assert workers.recover_abandoned_tasks() == (1, 0)
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.READY and task_result.started_at is None
    assert task_result.worker_ids == ["w1"]  # the history counts the attempts


def test_a_task_of_a_live_worker_stays_with_it(running):
    task_result = running()
    workers.beat("w1")
    assert workers.recover_abandoned_tasks() == (0, 0)
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.RUNNING


def test_a_lease_not_renewed_for_the_lease_time_has_expired(running):
    task_result = running()
    workers.beat("w1", now=timezone.now() - dt.timedelta(seconds=61))
    assert workers.recover_abandoned_tasks() == (1, 0)
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.READY


def test_a_task_just_claimed_is_left_alone(running):
    running(started=dt.timedelta(seconds=5))
    assert workers.recover_abandoned_tasks() == (0, 0)


def test_a_task_that_lost_three_workers_is_marked_failed(running):
    task_result = running(worker_ids=("w1", "w2", "w3"))
    assert workers.recover_abandoned_tasks() == (0, 1)
    task_result.refresh_from_db()
    assert task_result.status == TaskResultStatus.FAILED
    assert task_result.exception_class_path == "immersion.common.workers.WorkerLost"


def test_a_lease_is_renewed_then_given_back():
    workers.beat("w1", now=timezone.now() - dt.timedelta(seconds=30))
    workers.beat("w1")
    lease = WorkerLease.objects.get()
    assert lease.heartbeat_at > lease.started_at
    workers.release("w1")
    assert not WorkerLease.objects.exists()
