import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import transaction

from immersion.common import scheduling
from immersion.common.models import DueClaim

pytestmark = pytest.mark.django_db


@pytest.fixture
def isolated_finders(monkeypatch):
    monkeypatch.setattr(scheduling, "_finders", {})
    return scheduling


def test_a_key_is_claimed_once(isolated_finders):
    assert scheduling.claim("evaluation:participant:1") is True
    assert scheduling.claim("evaluation:participant:1") is False
    assert scheduling.is_claimed("evaluation:participant:1")
    assert DueClaim.objects.count() == 1


def test_a_claim_rolls_back_with_the_transaction_that_failed(isolated_finders):
    with pytest.raises(RuntimeError), transaction.atomic():
        assert scheduling.claim("rappel:7")
        raise RuntimeError("the e-mail could not be queued")
    assert not scheduling.is_claimed("rappel:7")
    assert scheduling.claim("rappel:7") is True


def test_run_due_runs_every_finder_and_survives_a_broken_one(isolated_finders):
    seen = []

    def finder(now):
        seen.append(now)
        return 2 if scheduling.claim("a:1") else 0

    def broken(now):
        raise ValueError("boom")

    scheduling.register_due("a", finder)
    scheduling.register_due("b", broken)
    now = dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC)
    assert scheduling.run_due(now) == {"a": 2, "b": 0}
    assert scheduling.run_due(now) == {"a": 0, "b": 0}
    assert seen == [now, now]


def test_send_due_command_reports_what_it_queued(isolated_finders):
    out = io.StringIO()
    call_command("send_due", stdout=out)
    assert "Aucun envoi daté" in out.getvalue()
    scheduling.register_due("relances", lambda now: 3)
    out = io.StringIO()
    call_command("send_due", stdout=out)
    assert "relances : 3 message(s)" in out.getvalue()
    assert "Total : 3" in out.getvalue()


def test_the_worker_runs_the_scheduling_step_periodically_and_survives_a_failure(monkeypatch):
    import threading

    from immersion.common.management.commands import task_worker

    calls = []
    stop = threading.Event()

    def fake_run_due():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database restarting")
        if len(calls) >= 3:
            stop.set()
        return {}

    monkeypatch.setattr(scheduling, "run_due", fake_run_due)
    thread = threading.Thread(target=task_worker.run_due_periodically, args=(0.01, stop))
    thread.start()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert len(calls) == 3
