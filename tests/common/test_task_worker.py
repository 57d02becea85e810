"""The embedded task worker outlives a locked or restarting database."""

import contextlib
import signal

import pytest
from django.core.management import call_command
from django.db import InterfaceError, OperationalError
from django_tasks import task
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from immersion.common.management.commands.task_worker import ResilientWorker

pytestmark = pytest.mark.django_db(transaction=True)

DONE = []


@task()
def say(word: str) -> str:
    DONE.append(word)
    return word


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    DONE.clear()
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {s: signal.getsignal(s) for s in signals}
    yield
    for s, handler in saved.items():  # the worker installs its own handlers
        signal.signal(s, handler)


@pytest.fixture
def database_fails_first(monkeypatch):
    """The database refuses the worker's first poll (the outside world, simulated)."""

    def install(error):
        real = db_worker.exclusive_transaction
        calls = []

        @contextlib.contextmanager
        def flaky(using=None):
            calls.append(using)
            if len(calls) == 1:
                raise error
            with real(using):
                yield

        monkeypatch.setattr(db_worker, "exclusive_transaction", flaky)
        return calls

    return install


def worker(cls=ResilientWorker, **kwargs):
    options = dict(
        queue_names=["default"],
        interval=0,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=1,
        worker_id="test",
        excluded_queue_names=[],
    )
    return cls(**{**options, **kwargs})


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("database is locked"),
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
    ],
    ids=["locked", "restarting", "connection-lost"],
)
def test_worker_survives_a_failed_poll_then_runs_the_task(
    database_tasks, database_fails_first, caplog, error
):
    result = say.enqueue("bonjour")
    calls = database_fails_first(error)
    worker().run()
    assert len(calls) >= 2, "the worker polled again after the failure"
    assert DONE == ["bonjour"]
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"
    assert "database unavailable" in caplog.text


def test_django_tasks_db_worker_alone_dies_on_the_same_failure(
    database_tasks, database_fails_first
):
    """Why task_worker exists: if this test fails, upstream fixed it and ours can go."""
    say.enqueue("bonjour")
    database_fails_first(OperationalError("database is locked"))
    with pytest.raises(OperationalError):
        worker(db_worker.Worker).run()
    assert DONE == []


def test_task_worker_command_runs_the_resilient_worker(database_tasks, database_fails_first):
    say.enqueue("bonjour")
    database_fails_first(OperationalError("database is locked"))
    call_command(
        "task_worker", "--no-reload", "--no-startup-delay", "--interval=0", "--max-tasks=1"
    )
    assert DONE == ["bonjour"]


def test_rundev_starts_the_resilient_worker(monkeypatch):
    from immersion.common.management.commands import rundev

    started = []

    class Process:  # stands for the worker process: nothing is spawned
        def __init__(self, args, **kwargs):
            started.append(args)

        def poll(self):
            return 0

    monkeypatch.delenv("RUN_MAIN", raising=False)
    monkeypatch.setattr(rundev.subprocess, "Popen", Process)
    monkeypatch.setattr(rundev, "call_command", lambda *args, **kwargs: None)  # no runserver
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        call_command("rundev")
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
    [args] = started
    assert args[1:3] == ["manage.py", "task_worker"]
