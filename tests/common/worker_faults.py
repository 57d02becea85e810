"""A task worker killed (SIGKILL) while it sends an e-mail of a batch; a second worker takes
the task again once the first one's lease expired. Used by test_worker_faults.py: in the test
process on PostgreSQL, and in a fresh process on a SQLite file (the suite's in-memory SQLite
is not shared with other processes).

    python -m tests.common.worker_faults before|after   # prints one JSON line
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEASE_SECONDS = "2"


def _worker(env: dict, worker_id: str, log: Path) -> subprocess.Popen:
    """A task worker whose output goes to ``log`` (read when a scenario fails)."""
    with log.open("w") as output:
        return subprocess.Popen(  # noqa: S603 - our own manage.py
            [
                sys.executable,
                "manage.py",
                "task_worker",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--worker-id",
                worker_id,
            ],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.1)


def kill_a_worker_while_it_sends(*, phase: str, env: dict, mail_dir: Path, count: int = 3) -> dict:
    """Queue ``count`` e-mails (one task each), let worker A start the first, SIGKILL it in
    the middle of the send, start worker B, wait until every task finished."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
    from immersion.notifications.tasks import send_email_task
    from tests.common.fault_mail import accepted

    emails = [
        OutgoingEmail.objects.create(
            to_email=f"destinataire{n}@example.fr",
            kind=EmailKind.OTHER,
            subject=f"Message {n}",
            body_text="Bonjour.",
            status=EmailStatus.QUEUED,
        )
        for n in range(count)
    ]
    for email in emails:
        send_email_task.enqueue(email.pk)
    env = {
        **env,
        "EMAIL_BACKEND": "tests.common.fault_mail.RecordingBackend",
        "FAULT_MAIL_DIR": str(mail_dir),
        "FAULT_MAIL_PHASE": phase,
        "IMMERSION_WORKER_LEASE_SECONDS": LEASE_SECONDS,
    }
    first = _worker(env, "worker-a", mail_dir / "worker-a.log")
    try:
        _wait_for((mail_dir / "sending").exists, 120, "worker A never started sending")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    claimed = OutgoingEmail.objects.filter(status=EmailStatus.SENDING).count()
    abandoned = list(DBTaskResult.objects.running().values_list("worker_ids", flat=True))
    second = _worker(env, "worker-b", mail_dir / "worker-b.log")
    try:
        _wait_for(
            lambda: (
                not DBTaskResult.objects.exclude(
                    status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED]
                ).exists()
            ),
            120,
            "the tasks never all finished",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
    subjects = accepted(mail_dir)
    return {
        "claimed_when_killed": claimed,
        "abandoned_worker_ids": abandoned,
        "statuses": {e.subject: e.status for e in OutgoingEmail.objects.all()},
        "accepted": {e.subject: subjects.count(e.subject) for e in emails},
        "tasks": sorted(DBTaskResult.objects.values_list("status", flat=True)),
        "task_workers": sorted(
            len(ids) for ids in DBTaskResult.objects.values_list("worker_ids", flat=True)
        ),
        "first_worker_killed": first.returncode == -signal.SIGKILL,
    }


if __name__ == "__main__":
    import tempfile

    import django

    django.setup()
    with tempfile.TemporaryDirectory() as folder:
        report = kill_a_worker_while_it_sends(
            phase=sys.argv[1], env=dict(os.environ), mail_dir=Path(folder)
        )
    print(json.dumps(report))
