"""Task workers' leases: a task whose worker died is taken again by another worker.

django-tasks-db marks a task « running » when a worker claims it and « successful » or
« failed » when the worker finishes it; a worker killed in between (SIGKILL, out of memory,
machine lost) leaves the task running forever. So every ``task_worker`` holds a lease
(``WorkerLease``) that a thread of its own renews every ``heartbeat_seconds()``; the same
thread, every beat, looks for running tasks whose last worker has no live lease — none renewed
for ``lease_seconds()`` — and puts them back in the queue (``READY``), where any worker on any
machine takes them. After ``MAX_TASK_ATTEMPTS`` workers lost on the same task it is marked
failed instead: a task that kills its worker must not kill them all in turn.

A task taken again runs from the start: tasks must be idempotent. E-mails are (the outbox
claims each message before sending it, and never sends a claimed one again:
``notifications.services.deliver``); batches skip what they already prepared; an assignment
run restarts its solve.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connections, transaction
from django.dispatch import Signal
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from immersion.common.models import WorkerLease

logger = logging.getLogger(__name__)

MAX_TASK_ATTEMPTS = 3

# Sent after a task was marked failed because its workers died MAX_TASK_ATTEMPTS times:
# ``task_abandoned.send(sender=DBTaskResult, task_path=…, args=[…], kwargs={…})``, inside the
# recovery's transaction (a receiver that must end something, e.g. an assignment run, can).
task_abandoned = Signal()


class WorkerLost(Exception):
    """Recorded as the failure of a task whose workers died ``MAX_TASK_ATTEMPTS`` times."""


def lease_seconds() -> float:
    return float(getattr(settings, "IMMERSION_WORKER_LEASE_SECONDS", 60))


def heartbeat_seconds() -> float:
    return max(lease_seconds() / 4, 0.2)


def beat(worker_id: str, *, now: dt.datetime | None = None) -> None:
    """Take or renew the worker's lease."""
    now = now or timezone.now()
    updated = WorkerLease.objects.filter(worker_id=worker_id).update(heartbeat_at=now)
    if not updated:
        WorkerLease.objects.create(
            worker_id=worker_id,
            host=socket.gethostname()[:100],
            pid=os.getpid(),
            started_at=now,
            heartbeat_at=now,
        )


def release(worker_id: str) -> None:
    """A worker that stops cleanly gives its lease back."""
    WorkerLease.objects.filter(worker_id=worker_id).delete()


def recover_abandoned_tasks(
    *, now: dt.datetime | None = None, backend_name: str = "default"
) -> tuple[int, int]:
    """Put back in the queue the running tasks whose worker's lease expired; mark failed
    those already abandoned ``MAX_TASK_ATTEMPTS`` times. Returns (requeued, failed)."""
    now = now or timezone.now()
    expired = now - dt.timedelta(seconds=lease_seconds())
    requeued = failed = 0
    with transaction.atomic():
        alive = set(
            WorkerLease.objects.filter(heartbeat_at__gt=expired).values_list("worker_id", flat=True)
        )
        running = (
            DBTaskResult.objects.running()
            .filter(backend_name=backend_name, started_at__lt=expired)
            .select_for_update(skip_locked=True)
        )
        for task in running:
            last_worker = task.worker_ids[-1] if task.worker_ids else None
            if last_worker in alive:
                continue
            if len(task.worker_ids) >= MAX_TASK_ATTEMPTS:
                task.status = TaskResultStatus.FAILED
                task.finished_at = now
                task.exception_class_path = f"{WorkerLost.__module__}.{WorkerLost.__qualname__}"
                task.traceback = (
                    f"WorkerLost: {len(task.worker_ids)} workers died running this task."
                )
                task.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                failed += 1
                task_abandoned.send(
                    sender=DBTaskResult,
                    task_path=task.task_path,
                    args=list(task.args_kwargs.get("args", [])),
                    kwargs=dict(task.args_kwargs.get("kwargs", {})),
                )
                logger.error(
                    "Task %s (%s) failed: its worker died %d times.",
                    task.pk,
                    task.task_path,
                    len(task.worker_ids),
                )
            else:
                task.status = TaskResultStatus.READY
                task.started_at = None
                task.save(update_fields=["status", "started_at"])
                requeued += 1
                logger.warning(
                    "Task %s (%s) taken back from worker %s (no sign of life for %.0f s).",
                    task.pk,
                    task.task_path,
                    last_worker,
                    lease_seconds(),
                )
        # Leases long expired: their workers are gone.
        WorkerLease.objects.filter(heartbeat_at__lt=now - dt.timedelta(days=1)).delete()
    return requeued, failed


def keep_lease(worker_id: str, stop: threading.Event, *, backend_name: str = "default") -> None:
    """The lease thread: renew the lease and recover abandoned tasks every beat, on this
    thread's own connection, until ``stop`` is set; then give the lease back."""
    try:
        while True:
            try:
                close_old_connections()
                beat(worker_id)
                recover_abandoned_tasks(backend_name=backend_name)
            except DatabaseError as exc:  # the next beat tries again
                logger.warning("Task worker lease not renewed (%s).", type(exc).__name__)
                connections.close_all()
            if stop.wait(heartbeat_seconds()):
                break
        try:
            release(worker_id)
        except DatabaseError:  # pragma: no cover - it expires by itself
            pass
    finally:
        connections.close_all()
