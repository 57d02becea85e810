"""The task worker: django-tasks-db's ``db_worker``, made to outlive a busy or restarting database.

``db_worker`` already shrugs off "database is locked" while it looks for a task, but not when
SQLite refuses it the ``BEGIN EXCLUSIVE`` around that look-up, when PostgreSQL restarts or when
the connection is lost: the loop then dies, and with it e-mails, solves and documents. Here the
loop starts again after a pause that doubles up to MAX_BACKOFF seconds, on a fresh connection.

Each worker also holds a lease that a thread renews (``common.workers``): a task left running
by a worker that died is put back in the queue by the others.
"""

import logging
import os
import threading
import time

from django.core.management.base import CommandError
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from immersion.common import workers

logger = logging.getLogger(__name__)

MAX_BACKOFF = 30.0


def run_due_periodically(every: float, stop: threading.Event) -> None:
    """Run the scheduling step (``send_due``) every ``every`` seconds until ``stop`` is set,
    on this thread's own connection; a failure is logged and the loop goes on."""
    from immersion.common.scheduling import run_due

    while not stop.wait(every):
        try:
            run_due()
        except Exception:  # noqa: BLE001 - the next period tries again
            logger.exception("Scheduled sends failed; trying again in %.0f s.", every)
        finally:
            ResilientWorker.drop_connections()


class ResilientWorker(db_worker.Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.failures = 0

    def run(self) -> None:
        while self.running:
            started = time.monotonic()
            try:
                return super().run()
            except (OperationalError, InterfaceError) as exc:
                if time.monotonic() - started > MAX_BACKOFF:
                    self.failures = 0  # it had been working for a while: start over gently
                self.failures += 1
                delay = min(max(self.interval, 0.5) * 2 ** (self.failures - 1), MAX_BACKOFF)
                logger.warning(
                    "Task worker: database unavailable (%s: %s); trying again in %.1f s.",
                    type(exc).__name__,
                    exc,
                    delay,
                )
                self.drop_connections()
                self.startup_delay = False
                time.sleep(delay)
        return None

    @staticmethod
    def drop_connections() -> None:
        """Close every connection: the next query opens a fresh one."""
        for connection in connections.all(initialized_only=True):
            try:
                connection.close()
            except DatabaseError:  # pragma: no cover - already broken, nothing to close
                pass


class Command(db_worker.Command):
    help = (
        "Exécute les tâches en arrière-plan (e-mails, calculs, documents) et survit à une "
        "base de données verrouillée ou redémarrée."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--due-every",
            type=float,
            default=0,
            help="Lance aussi les envois datés (send_due) toutes les N secondes (0 : jamais).",
        )

    def handle(
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        reload: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        due_every: float = 0,
        **options,
    ) -> None:
        # The same as db_worker's handle(), with our worker.
        self.configure_logging(verbosity)
        if reload and batch:
            logger.warning("--reload and --batch cannot be specified together: no autoreload.")
            reload = False
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        stop = threading.Event()
        if due_every > 0:
            threading.Thread(
                target=run_due_periodically, args=(due_every, stop), daemon=True, name="send-due"
            ).start()
        # The lease is taken before the first task is claimed, then renewed by its thread.
        try:
            workers.beat(worker_id)
        except DatabaseError as exc:  # the lease thread tries again at its next beat
            logger.warning("Task worker lease not taken yet (%s).", type(exc).__name__)
        lease = threading.Thread(
            target=workers.keep_lease,
            args=(worker_id, stop),
            kwargs={"backend_name": backend_name},
            daemon=True,
            name="lease",
        )
        lease.start()
        try:
            if reload:
                if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                    worker.configure_signals()
                run_with_reloader(worker.run)
            else:
                worker.configure_signals()
                worker.run()
        finally:
            stop.set()
            lease.join(timeout=10)
