"""Finding (issue 8): two participants syncing at once just after a server start got HTTP 500
("database is locked" on SQLite) — the anonymiser's model was loaded inside the write
transaction. Redaction now runs before any write transaction opens."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from immersion.observation import redaction, services
from tests.halves import postgresql_half, sqlite_half
from tests.observation.concurrent_sync import same_queue_from_two_devices, sync_at_once
from tests.observation.factories import make_observer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db(transaction=True)
def test_no_write_transaction_is_open_while_a_note_is_redacted(communes, monkeypatch):
    observer = make_observer()
    seen = []
    real = redaction.Redactor.redact_many

    def watching(self, texts):
        seen.append(connection.in_atomic_block)
        return real(self, texts)

    monkeypatch.setattr(redaction.Redactor, "redact_many", watching)
    import datetime as dt

    services.record_situation(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 0),
        contact_reason="rsa",
        note="Mme Le Goff attend.",
    )
    services.record_astonishment(
        actor=observer.user, placement=observer.placement, client_id=uuid.uuid4(), text="M. X."
    )
    services.record_tutor_exchange(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        representativeness=4,
        constraints="Mme Le Goff revient souvent.",
    )
    assert seen == [False, False, False]


def expected(report, observers=4):
    assert report["errors"] == []
    assert report["statuses"] == [200] * observers
    assert report["results"] == ["created"] * (observers * 3)
    assert report["situations"] == observers * 2
    assert report["astonishments"] == observers
    assert report["leaked"] == 0


@postgresql_half
@pytest.mark.django_db(transaction=True)
def test_observers_syncing_at_once_after_a_start_all_succeed_on_postgresql(communes):
    redaction._redactor = None  # as after a server start: the first sync loads the model
    first = make_observer()
    observers = [first, *(make_observer(seminar=first.seminar) for _ in range(3))]
    expected(sync_at_once(observers))


@sqlite_half
def test_observers_syncing_at_once_after_a_start_all_succeed_on_a_sqlite_file(tmp_path):
    """In a fresh process (the anonymiser cold), on a SQLite file with a busy timeout shorter
    than the model's load: a write transaction held while loading would fail the others."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        IMMERSION_VAR_DIR=str(tmp_path),
        SQLITE_TIMEOUT="2",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_ALLOW_ASYNC_UNSAFE="true",
    )
    result = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "tests.observation.concurrent_sync"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    expected(json.loads(result.stdout.strip().splitlines()[-1]))


def stored_once(report, devices=2, rounds=5):
    assert report["errors"] == []
    assert report["statuses"] == [200] * (devices * rounds)
    assert report["stored"] == report["submitted"] == report["answered"] == 4 * rounds
    # Every entry: created on one device, « exists » on the other.
    assert report["answers"] == ["created,exists"]


@postgresql_half
@pytest.mark.django_db(transaction=True)
def test_the_same_queue_sent_from_two_devices_at_once_is_stored_once_on_postgresql(communes):
    """Issue 12, faults: a participant's phone and tablet both send the queued entries."""
    stored_once(same_queue_from_two_devices(make_observer()))


@sqlite_half
def test_the_same_queue_sent_from_two_devices_at_once_is_stored_once_on_a_sqlite_file(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        IMMERSION_VAR_DIR=str(tmp_path),
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_ALLOW_ASYNC_UNSAFE="true",
    )
    result = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "tests.observation.concurrent_sync", "two-devices"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stored_once(json.loads(result.stdout.strip().splitlines()[-1]))
