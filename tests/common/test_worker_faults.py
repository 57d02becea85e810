"""Issue 12, faults: a task worker killed in the middle of an e-mail batch. The task is taken
again by another worker once the lease expired, and no e-mail is ever sent twice: the one
being sent when the worker died is marked « à vérifier », never sent again by itself."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests.common.worker_faults import kill_a_worker_while_it_sends
from tests.halves import postgresql_half, sqlite_half

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def expected(report, phase):
    assert report["first_worker_killed"]
    # Killed in the middle: one e-mail claimed, its task left running by worker A.
    assert report["claimed_when_killed"] == 1
    assert report["abandoned_worker_ids"] == [["worker-a"]]
    # Worker B took the abandoned task again and finished every task.
    assert report["tasks"] == ["SUCCESSFUL"] * 3
    assert report["task_workers"] == [1, 1, 2]
    statuses = report["statuses"]
    interrupted = [subject for subject, status in statuses.items() if status == "uncertain"]
    assert len(interrupted) == 1
    assert sorted(statuses.values()) == ["sent", "sent", "uncertain"]
    # Never twice: the interrupted one left once (accepted before the kill) or not at all.
    accepted = report["accepted"]
    assert accepted[interrupted[0]] == (1 if phase == "after" else 0)
    assert all(accepted[s] == 1 for s in statuses if s not in interrupted)


@postgresql_half
@pytest.mark.parametrize("phase", ["before", "after"])
@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_s_task_is_taken_again_and_no_email_leaves_twice_on_postgresql(
    phase, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": url}
    report = kill_a_worker_while_it_sends(phase=phase, env=env, mail_dir=tmp_path)
    expected(report, phase)


@sqlite_half
@pytest.mark.parametrize("phase", ["before", "after"])
def test_a_killed_worker_s_task_is_taken_again_and_no_email_leaves_twice_on_sqlite(phase, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", IMMERSION_VAR_DIR=str(tmp_path))
    run = dict(cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    migrate = subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], **run)  # noqa: S603
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    result = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "tests.common.worker_faults", phase], **run
    )
    assert result.returncode == 0, result.stderr[-3000:]
    expected(json.loads(result.stdout.strip().splitlines()[-1]), phase)
