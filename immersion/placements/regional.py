"""Large runs solved as regional tasks: split, one task per region, merge (``assignment.split``).

A run with at least ``IMMERSION_REGIONAL_SOLVE_MIN_PARTICIPANTS`` participants is cut into
``IMMERSION_REGIONAL_SOLVE_PARTS`` regions by its own task (:func:`fan_out`). Each region gets a
``RegionSolve`` row (participant and site keys only) and a task whose payload is the run's id
and the region's number: any worker on any machine takes it, rebuilds the sub-instance from the
run's stored instance and solves it by the run's deadline (:func:`run_deadline`: the time
limit counts from the run's start, queue waits included), less what the merge needs
(``merge_reserve`` in the run's stats, measured when it is split) (:func:`solve_region`).

The region finishing last queues the merge: each region commits « done » first, then locks the
run's row and looks at the others, so that exactly one of them sees every region done and sets
``merge_queued`` (:func:`_queue_merge_when_complete`). The merge task (:func:`merge_run`) builds
the national solution and writes the placements like a single solve.

Faults: a region whose solve raises is queued again, up to ``MAX_REGION_ATTEMPTS`` times; a
task whose worker died is put back in the queue by the other workers (``common.workers``), and
when that gives up the run is failed (:func:`fail_abandoned`). Every task is idempotent: a
region already done is not solved again, a run no longer « running » is left alone.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.assignment import Assignment, Instance, Solution, solve
from immersion.assignment.split import (
    Region,
    Split,
    merge_reserve,
    merge_solutions,
    split_instance,
)
from immersion.placements.models import AssignmentRun, RegionSolve, SolveState

logger = logging.getLogger(__name__)

MAX_REGION_ATTEMPTS = 3
# Seconds kept for writing the placements, per participant (plus half a second).
WRITE_SECONDS_PER_PARTICIPANT = 1e-4


def run_deadline(run: AssignmentRun, instance: Instance) -> float:
    """The ``time.perf_counter()`` instant by which the run's merge must be done: its time
    limit counts from its start (``started_at``) on whichever machine, queue waits included,
    less the time to write the placements. Every task of a run derives its budget from it."""
    started = run.started_at or timezone.now()
    end = started + dt.timedelta(seconds=run.time_limit)
    writing = 0.5 + WRITE_SECONDS_PER_PARTICIPANT * len(instance.participants)
    return time.perf_counter() + (end - timezone.now()).total_seconds() - writing


def min_participants() -> int:
    """Runs from this many participants are split into regional tasks."""
    return int(getattr(settings, "IMMERSION_REGIONAL_SOLVE_MIN_PARTICIPANTS", 5000))


def parts() -> int:
    """How many regions a large run is cut into (about the number of task workers)."""
    return int(getattr(settings, "IMMERSION_REGIONAL_SOLVE_PARTS", 2))


def fan_out(run: AssignmentRun, instance: Instance) -> bool:
    """Split a large run into regions and queue their tasks; False when it is solved whole.

    Taken again after its worker died, it finds the regions already there and does nothing."""
    if RegionSolve.objects.filter(run=run).exists():
        return True
    if parts() < 2 or len(instance.participants) < min_participants():
        return False
    split = split_instance(instance, parts())
    if len(split.regions) < 2:
        return False
    from immersion.placements.tasks import solve_region_task

    # What the merge needs once the regions are solved: they end that much earlier (timed
    # here, before the run's row is locked).
    reserve = merge_reserve(instance, split, run.time_limit, 1)
    with transaction.atomic():
        locked = AssignmentRun.objects.select_for_update().get(pk=run.pk)
        if locked.state != SolveState.RUNNING or RegionSolve.objects.filter(run=run).exists():
            return True
        RegionSolve.objects.bulk_create(
            RegionSolve(
                run=run,
                index=region.index,
                participants=list(region.participants),
                sites=[s.id for s in region.instance.sites],
                own_sites=sorted(region.own_sites),
                border=sorted(region.border),
            )
            for region in split.regions
        )
        locked.stats = {
            **locked.stats,
            "regions": len(split.regions),
            "split_exact": split.exact,
            "cut_pairs": split.cut_pairs,
            **split.stats,
            "merge_reserve": reserve,
        }
        locked.save(update_fields=["stats", "updated_at"])
        pk = run.pk
        for region in split.regions:
            transaction.on_commit(
                lambda index=region.index: solve_region_task.enqueue(pk, index), robust=False
            )
    return True


def _region_of(instance: Instance, row: RegionSolve) -> Region:
    participants = set(row.participants)
    sites = set(row.sites)
    sub = Instance(
        half_days=instance.half_days,
        sites=tuple(s for s in instance.sites if s.id in sites),
        slots=tuple(s for s in instance.slots if s.site in sites),
        participants=tuple(p for p in instance.participants if p.id in participants),
        previous=tuple(a for a in instance.previous if a.participant in participants),
        weights=instance.weights,
        travel_budgets=instance.travel_budgets,
    )
    return Region(
        index=row.index,
        instance=sub,
        own_sites=frozenset(row.own_sites),
        border=frozenset(row.border),
    )


def _fail_run(run_id: int, message: str) -> None:
    AssignmentRun.objects.filter(pk=run_id, state=SolveState.RUNNING).update(
        state=SolveState.FAILED, error=message, finished_at=timezone.now()
    )


def solve_region(run_id: int, index: int) -> None:
    """Solve one region of a run (the task's body) and queue the merge if it is the last."""
    from immersion.placements.tasks import solve_region_task

    with transaction.atomic():
        row = (
            RegionSolve.objects.select_for_update()
            .select_related("run")
            .get(run_id=run_id, index=index)
        )
        if row.run.state != SolveState.RUNNING:
            return
        if row.state == SolveState.DONE:
            done = True
        else:
            done = False
            row.state = SolveState.RUNNING
            row.attempts += 1
            row.started_at = timezone.now()
            row.save(update_fields=["state", "attempts", "started_at"])
    if not done:
        run = row.run
        try:
            from immersion.placements.adapter import load

            instance = load(run.instance)
            region = _region_of(instance, row)
            reserve = float((run.stats.get("merge_reserve") or {}).get("total", 0.0))
            started = time.perf_counter()
            solution = solve(
                region.instance,
                time_limit=run.time_limit,
                seed=run.seed,
                explain=False,
                deadline=run_deadline(run, instance) - reserve,
            )
            elapsed = time.perf_counter() - started
        except Exception as exc:  # noqa: BLE001 - retried, then shown to the organizer
            logger.exception("Assignment run %s, region %s failed", run_id, index)
            with transaction.atomic():
                row = RegionSolve.objects.select_for_update().get(pk=row.pk)
                if row.state == SolveState.DONE:
                    return
                row.error = type(exc).__name__
                if row.attempts < MAX_REGION_ATTEMPTS:
                    row.state = SolveState.PENDING
                    row.save(update_fields=["state", "error"])
                    transaction.on_commit(
                        lambda: solve_region_task.enqueue(run_id, index), robust=False
                    )
                    return
                row.state = SolveState.FAILED
                row.save(update_fields=["state", "error"])
                _fail_run(run_id, region_failed_message(row))
            return
        with transaction.atomic():
            row = RegionSolve.objects.select_for_update().get(pk=row.pk)
            if row.state == SolveState.DONE:
                return  # another worker's solve of this region finished first
            row.state = SolveState.DONE
            row.finished_at = timezone.now()
            row.solution = {
                "status": solution.status,
                "objective": solution.objective,
                "bound": solution.bound,
                "assignments": [[a.participant, a.slot] for a in solution.assignments],
                "without_candidates": [
                    [w["participant"], w["half_day"]]
                    for w in solution.diagnosis.get("without_candidates", [])
                ],
                "seconds": round(elapsed, 3),
                "timings": solution.stats.get("timings", {}),
            }
            row.save(update_fields=["state", "finished_at", "solution"])
    _queue_merge_when_complete(run_id)


def region_failed_message(row: RegionSolve) -> str:
    total = RegionSolve.objects.filter(run_id=row.run_id).count()
    return _(
        "Le calcul de la région %(k)d sur %(n)d a échoué %(attempts)d fois (%(error)s) : "
        "l'affectation n'a pas pu être terminée. Relancez le calcul ou contactez "
        "l'administrateur."
    ) % {"k": row.index + 1, "n": total, "attempts": row.attempts, "error": row.error}


def _queue_merge_when_complete(run_id: int) -> None:
    from immersion.placements.tasks import merge_run_task

    with transaction.atomic():
        run = AssignmentRun.objects.select_for_update().get(pk=run_id)
        if run.state != SolveState.RUNNING or run.merge_queued:
            return
        if RegionSolve.objects.filter(run_id=run_id).exclude(state=SolveState.DONE).exists():
            return
        run.merge_queued = True
        run.save(update_fields=["merge_queued", "updated_at"])
        transaction.on_commit(lambda: merge_run_task.enqueue(run_id), robust=False)


def merge_run(run_id: int) -> AssignmentRun:
    """Merge the regions' solutions of a run and store its placements (the merge task)."""
    from immersion.placements.adapter import load
    from immersion.placements.services import store_solution

    run = AssignmentRun.objects.get(pk=run_id)
    if run.state != SolveState.RUNNING:
        return run
    try:
        started = time.perf_counter()
        instance = load(run.instance)
        rows = list(RegionSolve.objects.filter(run=run).order_by("index"))
        regions = tuple(_region_of(instance, row) for row in rows)
        split = Split(
            regions=regions,
            exact=not any(r.border for r in regions),
            components=int(run.stats.get("components", 0) or 0),
            cut_pairs=int(run.stats.get("cut_pairs", 0) or 0),
            stats={
                k: run.stats[k]
                for k in ("reach_pairs", "border_participants", "region_participants")
                if k in run.stats
            },
        )
        solutions = [
            Solution(
                status=row.solution["status"],
                objective=row.solution["objective"],
                bound=row.solution["bound"],
                assignments=tuple(Assignment(p, s) for p, s in row.solution["assignments"]),
                diagnosis={
                    "without_candidates": [
                        {"participant": p, "half_day": h}
                        for p, h in row.solution["without_candidates"]
                    ]
                },
                stats={"timings": row.solution.get("timings", {})},
            )
            for row in rows
        ]
        # The border repair may use whatever the regions left, the explanations stop at the
        # run's deadline (the rest is listed unexplained): the merge ends in time.
        deadline = run_deadline(run, instance)
        solution = merge_solutions(
            instance,
            split,
            solutions,
            repair_seconds=max(0.0, deadline - time.perf_counter()),
            seed=run.seed,
            deadline=deadline,
        )
        solution.stats["region_seconds"] = [row.solution.get("seconds") for row in rows]
        solution.stats["region_attempts"] = [row.attempts for row in rows]
        elapsed = (
            time.perf_counter()
            - started
            + max((row.solution.get("seconds") or 0.0 for row in rows), default=0.0)
        )
    except Exception as exc:  # noqa: BLE001 - a failed merge is shown to the organizer
        logger.exception("Assignment run %s: merge failed", run_id)
        _fail_run(
            run_id,
            _(
                "La fusion des %(n)d régions a échoué (%(type)s). Relancez le calcul ou "
                "contactez l'administrateur."
            )
            % {"n": RegionSolve.objects.filter(run_id=run_id).count(), "type": type(exc).__name__},
        )
        return AssignmentRun.objects.get(pk=run_id)
    return store_solution(run_id, instance, solution, elapsed)


def fail_abandoned(task_path: str, args: list) -> None:
    """A region or merge task whose workers all died: the run ends with a French message."""
    if task_path.endswith("solve_region_task") and len(args) == 2:
        run_id, index = int(args[0]), int(args[1])
        row = RegionSolve.objects.filter(run_id=run_id, index=index).first()
        if row is None:
            return
        RegionSolve.objects.filter(pk=row.pk).exclude(state=SolveState.DONE).update(
            state=SolveState.FAILED, error="WorkerLost"
        )
        row.refresh_from_db()
        if row.state == SolveState.FAILED:
            _fail_run(
                run_id,
                _(
                    "Le calcul de la région %(k)d sur %(n)d n'a pas pu se terminer : le "
                    "processus de calcul s'est arrêté à chaque tentative. Relancez le calcul ou "
                    "contactez l'administrateur."
                )
                % {
                    "k": index + 1,
                    "n": RegionSolve.objects.filter(run_id=run_id).count(),
                },
            )
    elif task_path.endswith("merge_run_task") and len(args) == 1:
        _fail_run(
            int(args[0]),
            _(
                "La fusion des régions n'a pas pu se terminer : le processus de calcul s'est "
                "arrêté à chaque tentative. Relancez le calcul ou contactez l'administrateur."
            ),
        )
