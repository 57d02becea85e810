"""Large runs solved as regional tasks: fan-out, merge, retries, progress (placements.regional)."""

import datetime as dt
import threading
import time

import pytest
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from immersion.assignment import check_assignment
from immersion.common import workers
from immersion.common.management.commands.task_worker import ResilientWorker
from immersion.people.models import Participant
from immersion.placements import regional, services
from immersion.placements.adapter import build_instance, load
from immersion.placements.models import AssignmentRun, RegionSolve, SolveState
from immersion.placements.tasks import solve_region_task
from immersion.seminars.services import open_seminar
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, make_offer
from tests.halves import postgresql_half

CATEGORIES = ["elu", "journaliste", "enseignant", "cadre_hopital", "chef_entreprise"]


def spread_seminar(organizer, people=10):
    """Sites and participants spread west-east across Rennes, each reaching only its side and
    the middle: one reach component, cut into two regions with border participants."""
    seminar = SeminarFactory(organizers=[organizer])
    for i in range(6):
        site = SiteFactory(
            name=f"Accueil {i}",
            kind=["caf", "cpam", "ccas"][i % 3],
            organisation=f"Structure {i}",
            latitude=48.11,
            longitude=-1.74 + 0.025 * i,
        )
        make_offer(seminar, site, "J2-matin", capacity=2)
        make_offer(seminar, site, "J2-apres-midi", capacity=2)
    for i in range(people):
        participant = ParticipantFactory(
            seminar=seminar,
            category=CATEGORIES[i % len(CATEGORIES)],
            organisation=f"Organisme {i}",
            max_km=5,
        )
        Participant.objects.filter(pk=participant.pk).update(
            latitude=48.11 + 0.003 * (i % 3), longitude=-1.745 + 0.0135 * i
        )
    return open_seminar(actor=organizer, seminar=seminar)


@pytest.fixture
def regional_settings(settings):
    settings.IMMERSION_INLINE_SOLVE_MAX_PARTICIPANTS = 2
    settings.IMMERSION_REGIONAL_SOLVE_MIN_PARTICIPANTS = 4
    settings.IMMERSION_REGIONAL_SOLVE_PARTS = 2
    return settings


def assert_valid(run):
    instance = load(build_instance(run.seminar).data)
    assert check_assignment(instance, services.current_assignments(run)) == []


@pytest.mark.django_db
def test_a_large_run_is_solved_by_regions_then_merged(
    organizer, regional_settings, django_capture_on_commit_callbacks
):
    seminar = spread_seminar(organizer)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    run.refresh_from_db()
    regions = list(run.regions.all())
    assert len(regions) == 2
    assert all(r.state == SolveState.DONE and r.attempts == 1 for r in regions)
    # Each region holds keys only, and every participant is in exactly one region.
    keys = sorted(k for r in regions for k in r.participants)
    assert keys == sorted(p["id"] for p in run.instance["participants"])
    assert any(r.border for r in regions)
    assert run.state == SolveState.DONE and run.merge_queued
    assert run.stats["regions"] == 2 and run.stats["split_exact"] is False
    assert run.placements.count() == len(run.instance["participants"]) * 2
    assert run.bound >= run.objective
    assert sum(p["total"] for p in run.breakdown.values()) == run.objective
    assert_valid(run)


@pytest.mark.django_db
def test_a_small_run_is_not_split(organizer, regional_settings, django_capture_on_commit_callbacks):
    regional_settings.IMMERSION_REGIONAL_SOLVE_MIN_PARTICIPANTS = 50
    seminar = spread_seminar(organizer)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    run.refresh_from_db()
    assert run.state == SolveState.DONE
    assert not run.regions.exists()
    assert "regions" not in run.stats


@pytest.mark.django_db
def test_a_failing_region_is_retried(
    organizer, regional_settings, monkeypatch, django_capture_on_commit_callbacks
):
    real = regional.solve
    calls = []

    def flaky(instance, **kwargs):
        calls.append(len(instance.participants))
        if len(calls) == 1:
            raise MemoryError
        return real(instance, **kwargs)

    monkeypatch.setattr(regional, "solve", flaky)
    seminar = spread_seminar(organizer)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    run.refresh_from_db()
    assert run.state == SolveState.DONE
    assert sorted(r.attempts for r in run.regions.all()) == [1, 2]
    assert len(calls) == 3
    assert_valid(run)


@pytest.mark.django_db
def test_a_region_that_always_fails_ends_the_run_with_a_french_message(
    organizer, regional_settings, monkeypatch, django_capture_on_commit_callbacks
):
    real = regional.solve

    def broken_first_region(instance, **kwargs):
        if any(p.id == first for p in instance.participants):
            raise MemoryError
        return real(instance, **kwargs)

    seminar = spread_seminar(organizer)
    first = f"p{seminar.participants.order_by('pk').first().pk}"
    monkeypatch.setattr(regional, "solve", broken_first_region)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    run.refresh_from_db()
    assert run.state == SolveState.FAILED
    failed = run.regions.get(state=SolveState.FAILED)
    assert failed.attempts == regional.MAX_REGION_ATTEMPTS
    assert run.error == (
        f"Le calcul de la région {failed.index + 1} sur 2 a échoué 3 fois (MemoryError) : "
        "l'affectation n'a pas pu être terminée. Relancez le calcul ou contactez "
        "l'administrateur."
    )
    assert not run.placements.exists()


@pytest.mark.django_db
def test_a_region_whose_workers_all_died_fails_the_run(organizer, regional_settings, settings):
    seminar = spread_seminar(organizer)
    run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    AssignmentRun.objects.filter(pk=run.pk).update(state=SolveState.RUNNING)
    regional.fan_out(run, load(run.instance))
    assert run.regions.count() == 2
    result = solve_region_task.enqueue(run.pk, 1)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - dt.timedelta(minutes=5),
        worker_ids=["w1", "w2", "w3"],
    )
    assert workers.recover_abandoned_tasks() == (0, 1)
    run.refresh_from_db()
    assert run.state == SolveState.FAILED
    assert run.error.startswith("Le calcul de la région 2 sur 2 n'a pas pu se terminer")
    assert run.regions.get(index=1).state == SolveState.FAILED


@pytest.mark.django_db
def test_the_progress_fragment_counts_the_regions_solved(client, organizer, regional_settings):
    seminar = spread_seminar(organizer)
    run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    AssignmentRun.objects.filter(pk=run.pk).update(state=SolveState.RUNNING)
    for index in range(3):
        RegionSolve.objects.create(
            run=run, index=index, state=SolveState.DONE if index == 0 else SolveState.RUNNING
        )
    client.force_login(organizer)
    page = client.get(reverse("organizer:assignment_status", args=[seminar.pk, run.pk]))
    assert page.status_code == 200
    text = " ".join(page.content.decode().split())
    assert "Calcul par régions en cours : 1 / 3 régions résolues." in text
    assert 'value="33"' in text


def _work(worker_id: str, run_pk: int, stop_at: float) -> None:
    """A task worker in a thread: takes tasks until the run is finished."""
    try:
        while time.monotonic() < stop_at:
            ResilientWorker(
                queue_names=["default"],
                interval=0.05,
                batch=True,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id=worker_id,
                excluded_queue_names=[],
            ).run()
            state = AssignmentRun.objects.get(pk=run_pk).state
            if state in (SolveState.DONE, SolveState.FAILED):
                return
            time.sleep(0.05)
    finally:
        connections.close_all()


# Two workers writing at once need a database whose connections wait on each other's locks.
# The test database on SQLite is in memory with a shared cache, where a write that meets
# another thread's lock fails at once ("database table is locked") instead of waiting: that
# is the test set-up, not the product (production runs on PostgreSQL), and it made this test
# fail now and then in the SQLite half. It runs in the PostgreSQL half.
@postgresql_half
@pytest.mark.django_db(transaction=True)
def test_two_workers_solve_the_regions_in_parallel_then_one_merge(
    communes, organizer, regional_settings, monkeypatch
):
    regional_settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    real = regional.solve

    def slow(instance, **kwargs):
        time.sleep(1.0)  # long enough for the other worker to take the other region
        return real(instance, **kwargs)

    monkeypatch.setattr(regional, "solve", slow)
    seminar = spread_seminar(organizer)
    run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    stop_at = time.monotonic() + 60
    threads = [
        threading.Thread(target=_work, args=(f"worker-{k}", run.pk, stop_at)) for k in (1, 2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.refresh_from_db()
    assert run.state == SolveState.DONE, run.error
    tasks = {
        r.task_path.rsplit(".", 1)[1]: r for r in DBTaskResult.objects.all()
    }  # one of each name is enough to find the merge
    region_tasks = DBTaskResult.objects.filter(task_path__endswith="solve_region_task")
    assert region_tasks.count() == 2
    assert all(t.status == TaskResultStatus.SUCCESSFUL for t in region_tasks)
    # The two regions ran on two different workers.
    assert {t.worker_ids[0] for t in region_tasks} == {"worker-1", "worker-2"}
    merges = DBTaskResult.objects.filter(task_path__endswith="merge_run_task")
    assert merges.count() == 1 and tasks["merge_run_task"].status == TaskResultStatus.SUCCESSFUL
    assert run.placements.count() == len(run.instance["participants"]) * 2
    assert_valid(run)


@pytest.mark.django_db
def test_regions_and_merge_share_the_run_deadline(
    organizer, regional_settings, monkeypatch, django_capture_on_commit_callbacks
):
    # The run's time limit counts from its start, queue waits included: a region taken after
    # the deadline solves with a deadline already over, and the merge lists the holes it has
    # no time to explain — the run still ends with a valid assignment.
    real_solve, real_merge = regional.solve, regional.merge_solutions
    deadlines = []

    def late(run_id):
        AssignmentRun.objects.filter(pk=run_id).update(
            started_at=timezone.now() - dt.timedelta(hours=1)
        )

    def solve(instance, **kwargs):
        deadlines.append(kwargs["deadline"] - time.perf_counter())
        return real_solve(instance, **kwargs)

    def merge(*args, **kwargs):
        deadlines.append(kwargs["deadline"] - time.perf_counter())
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(regional, "solve", solve)
    monkeypatch.setattr(regional, "merge_solutions", merge)
    real_fan_out = regional.fan_out

    def fan_out(run, instance):
        late(run.pk)
        run.refresh_from_db()
        return real_fan_out(run, instance)

    monkeypatch.setattr(regional, "fan_out", fan_out)
    seminar = spread_seminar(organizer, people=16)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(actor=organizer, seminar=seminar, time_limit=3)
    run.refresh_from_db()
    assert run.state == SolveState.DONE, run.error
    assert len(deadlines) == 3 and all(d < -3000 for d in deadlines)
    assert run.stats["merge_reserve"]["total"] > 0
    assert_valid(run)
    holes = sum(len(p["available"]) for p in run.instance["participants"]) - len(
        run.placements.all()
    )
    assert holes > 0 and run.unplaced_half_days.count() == holes
    assert set(run.unplaced_half_days.values_list("reason", flat=True)) <= {"other"}
