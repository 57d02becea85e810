"""Writes on assignment runs: solve, review by hand, publish, re-solve after a change."""

import logging
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.assignment import (
    Assignment,
    InstanceError,
    check_assignment,
    explain_unplaced,
    objective,
    score_breakdown,
    solve,
)
from immersion.common.audit import log_action
from immersion.common.choices import relabel_half_days
from immersion.placements.adapter import build_instance, db_id, load, offer_key, participant_key
from immersion.placements.models import (
    AssignmentRun,
    Placement,
    RunStatus,
    SolveState,
    UnplacedHalfDay,
    UnplacedReason,
)
from immersion.placements.signals import run_published
from immersion.seminars.models import SeminarStatus
from immersion.seminars.services import mark_seminar_assigned
from immersion.sites.models import HostSite, Offer

logger = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 10.0


def inline_limit() -> int:
    """Seminars up to this many participants are solved at once, in the request."""
    return int(getattr(settings, "IMMERSION_INLINE_SOLVE_MAX_PARTICIPANTS", 60))


def _pins_of(run: AssignmentRun | None) -> dict[int, dict[str, int]]:
    pins: dict[int, dict[str, int]] = {}
    if run is None:
        return pins
    for p in run.placements.filter(pinned=True).select_related("half_day"):
        pins.setdefault(p.participant_id, {})[p.half_day.half_day] = p.offer_id
    return pins


def _previous_of(run: AssignmentRun | None) -> list[tuple[int, int]]:
    if run is None:
        return []
    return list(run.placements.values_list("participant_id", "offer_id"))


@transaction.atomic
def start_run(
    *,
    actor,
    seminar,
    reason: str = "",
    from_run: AssignmentRun | None = None,
    time_limit: float | None = None,
    seed: int = 0,
    weights: dict | None = None,
) -> AssignmentRun:
    """Create an assignment proposal and solve it (now if small, else in the background).

    Pins come from ``from_run`` (a proposal being reworked) or from the published run; when an
    assignment is published, the new proposal changes it as little as possible.
    """
    if seminar.status not in (SeminarStatus.OPEN, SeminarStatus.ASSIGNED, SeminarStatus.RUNNING):
        raise ValidationError(
            _(
                "L'affectation se calcule une fois les inscriptions ouvertes "
                "(statut actuel : %(s)s)."
            )
            % {"s": seminar.get_status_display()}
        )
    published = AssignmentRun.objects.published().filter(seminar=seminar).first()
    built = build_instance(
        seminar,
        pins=_pins_of(from_run or published),
        previous=_previous_of(published),
        weights=weights,
    )
    if not built.data["participants"]:
        raise ValidationError(_("Aucun participant inscrit : rien à affecter."))
    if not built.data["slots"]:
        raise ValidationError(_("Aucune offre d'immersion pour ce séminaire : rien à affecter."))
    try:
        load(built.data)
    except InstanceError as exc:  # pragma: no cover - the adapter builds valid instances
        raise ValidationError(_("Données d'affectation invalides : %(e)s") % {"e": exc}) from None
    small = len(built.data["participants"]) <= inline_limit()
    # Numbered per seminar; the seminar's row is locked so that two calculations started
    # together do not take the same number.
    type(seminar).objects.select_for_update().filter(pk=seminar.pk).first()
    last = AssignmentRun.objects.filter(seminar=seminar).order_by("-number").first()
    run = AssignmentRun.objects.create(
        seminar=seminar,
        number=(last.number if last else 0) + 1,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        based_on=published,
        reason=reason,
        seed=seed,
        time_limit=time_limit or (5.0 if small else DEFAULT_TIME_LIMIT),
        weights=weights or {},
        instance=built.data,
        stats={"dropped_pins": built.dropped_pins},
    )
    log_action(
        actor,
        "assignment.start",
        run,
        seminar=seminar.pk,
        based_on=published.pk if published else None,
    )
    if small:
        execute_run(run.pk)
        run.refresh_from_db()
    else:
        from immersion.placements.tasks import solve_run_task

        pk = run.pk
        transaction.on_commit(lambda: solve_run_task.enqueue(pk))
    return run


def execute_run(run_id: int) -> AssignmentRun:
    """Solve a pending run and store its placements (called inline or by the task).

    A run found « running » is one whose task was taken again after its worker died
    (``common.workers``): its solve starts over. Placements are written in one transaction at
    the end, and only by the first solve to finish, so a run never gets two sets of them."""
    with transaction.atomic():
        run = AssignmentRun.objects.select_for_update().get(pk=run_id)
        if run.state not in (SolveState.PENDING, SolveState.RUNNING):
            return run
        if run.state == SolveState.RUNNING:
            logger.warning("Assignment run %s: solving again (its worker was lost).", run_id)
        run.state = SolveState.RUNNING
        run.started_at = timezone.now()
        run.save(update_fields=["state", "started_at", "updated_at"])
    try:
        instance = load(run.instance)
        from immersion.placements import regional

        if regional.fan_out(run, instance):
            return AssignmentRun.objects.get(pk=run_id)  # the regions' tasks take it from here
        started = time.perf_counter()
        solution = solve(instance, time_limit=run.time_limit, seed=run.seed)
        elapsed = time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001 - a failed solve is shown to the organizer
        logger.exception("Assignment run %s failed", run_id)
        AssignmentRun.objects.filter(pk=run_id).update(
            state=SolveState.FAILED,
            error=_("Le calcul a échoué (%(type)s). Réessayez ou contactez l'administrateur.")
            % {"type": type(exc).__name__},
        )
        return AssignmentRun.objects.get(pk=run_id)
    return store_solution(run_id, instance, solution, elapsed)


def store_solution(run_id: int, instance, solution, elapsed: float) -> AssignmentRun:
    """Write a finished solve's placements and figures, once: only while the run is still
    « running » (a second solve of the same run finishing later changes nothing)."""
    with transaction.atomic():
        run = AssignmentRun.objects.select_for_update().get(pk=run_id)
        if run.state != SolveState.RUNNING:
            return run  # another solve of the same run finished first
        offers = {
            offer_key(pk): hd
            for pk, hd in Offer.objects.filter(seminar=run.seminar).values_list("pk", "half_day_id")
        }
        pinned = {
            (p["id"], slot)
            for p in run.instance["participants"]
            for slot in p.get("pinned", {}).values()
        }
        Placement.objects.bulk_create(
            Placement(
                run=run,
                participant_id=db_id(a.participant),
                offer_id=db_id(a.slot),
                half_day_id=offers[a.slot],
                pinned=(a.participant, a.slot) in pinned,
            )
            for a in solution.assignments
        )
        run.state = SolveState.DONE
        run.progress = 100
        run.solver_status = solution.status
        run.objective = solution.objective
        run.bound = solution.bound
        run.diagnosis = labelled_diagnosis(solution.diagnosis)
        run.unplaced = labelled_unplaced(u.as_dict() for u in solution.unplaced)
        store_unplaced(run)
        run.stats = {**run.stats, **solution.stats, "wall_time": round(elapsed, 3)}
        run.breakdown = score_breakdown(instance, solution.assignments)
        run.finished_at = timezone.now()
        run.save()
        log_action(
            None, "assignment.solved", run, status=solution.status, objective=solution.objective
        )
    return run


def labelled_diagnosis(diagnosis: dict) -> dict:
    """The core's diagnosis with its French messages naming half-days by their labels."""
    return {
        **diagnosis,
        "messages": [relabel_half_days(m) for m in diagnosis.get("messages", [])],
    }


def labelled_unplaced(unplaced) -> list[dict]:
    """Who is left without an immersion, as stored: the half-day's code stays (it is a key),
    the reasons a person reads name the half-day by its label."""
    return [
        {**u, "reasons": [relabel_half_days(r) for r in u.get("reasons", [])]} for u in unplaced
    ]


def store_unplaced(run: AssignmentRun) -> None:
    """Write ``run.unplaced`` as rows (``UnplacedHalfDay``), replacing the previous ones: what
    the run's review filters and counts by reason. Entries whose participant or half-day no
    longer exists are left out."""
    half_days = dict(run.seminar.half_days.values_list("half_day", "pk"))
    people = set(run.seminar.participants.values_list("pk", flat=True))
    UnplacedHalfDay.objects.filter(run=run).delete()
    rows = {}
    for u in run.unplaced:
        participant, half_day = db_id(u["participant"]), half_days.get(u["half_day"])
        if participant not in people or half_day is None:
            continue
        codes = u.get("codes") or []
        reason = codes[0] if codes and codes[0] in UnplacedReason.values else UnplacedReason.OTHER
        rows[participant, half_day] = UnplacedHalfDay(
            run=run,
            participant_id=participant,
            half_day_id=half_day,
            reason=reason,
            reasons=list(u.get("reasons", [])),
        )
    UnplacedHalfDay.objects.bulk_create(rows.values(), batch_size=500)


def current_assignments(run: AssignmentRun) -> list[Assignment]:
    return [
        Assignment(participant_key(p), offer_key(o))
        for p, o in run.placements.values_list("participant_id", "offer_id")
    ]


def _fresh_instance(run: AssignmentRun):
    """The instance as the database is now (offers and people may have changed since the solve),
    keeping the run's pins and the published pairs as ``previous``."""
    published = (
        run.based_on if run.based_on and run.based_on.status == RunStatus.PUBLISHED else None
    )
    built = build_instance(
        run.seminar, previous=_previous_of(published), weights=run.weights or None
    )
    return load(built.data)


def _refresh_scores(run: AssignmentRun, instance=None) -> None:
    instance = instance or _fresh_instance(run)
    assignments = current_assignments(run)
    run.breakdown = score_breakdown(instance, assignments)
    run.objective = objective(instance, assignments)
    run.unplaced = labelled_unplaced(u.as_dict() for u in explain_unplaced(instance, assignments))
    store_unplaced(run)
    run.stats = {**run.stats, "edited_by_hand": True}
    run.save(update_fields=["breakdown", "objective", "unplaced", "stats", "updated_at"])


def _editable(run: AssignmentRun) -> None:
    if run.status != RunStatus.DRAFT or run.state != SolveState.DONE:
        raise ValidationError(
            _(
                "Seule une proposition calculée et non publiée peut être modifiée ; "
                "relancez un calcul."
            )
        )


def move_check(
    *, run: AssignmentRun, participant, half_day, offers, instance=None
) -> dict[int, list[str]]:
    """For each offer, the hard constraints a move of the participant there would break
    (French messages; an empty list means the move is allowed)."""
    key = participant_key(participant.pk)
    existing = run.placements.filter(participant=participant, half_day=half_day).first()
    others = [
        a
        for a in current_assignments(run)
        if not (existing and a == Assignment(key, offer_key(existing.offer_id)))
    ]
    instance = instance or _fresh_instance(run)
    result = {}
    for offer in offers:
        new = Assignment(key, offer_key(offer.pk))
        result[offer.pk] = [
            relabel_half_days(v.message)
            for v in check_assignment(instance, [*others, new])
            if v.participant == new.participant or v.slot == new.slot
        ]
    return result


@transaction.atomic
def move_participant(
    *, actor, run: AssignmentRun, participant, half_day, offer: Offer | None
) -> Placement | None:
    """Place a participant by hand on a half-day (or leave them unplaced with ``offer=None``).

    Every hard constraint is checked at once; a refused move changes nothing. A placement made
    by hand is pinned, so that a new calculation keeps it.
    """
    run = AssignmentRun.objects.select_for_update().get(pk=run.pk)
    _editable(run)
    if offer is not None and offer.half_day_id != half_day.pk:
        raise ValidationError(_("Cette offre n'est pas sur cette demi-journée."))
    existing = run.placements.filter(participant=participant, half_day=half_day).first()
    instance = _fresh_instance(run)
    if offer is not None:
        problems = move_check(
            run=run, participant=participant, half_day=half_day, offers=[offer], instance=instance
        )
        if problems[offer.pk]:
            raise ValidationError(problems[offer.pk])
    if existing:
        existing.delete()
    placement = None
    if offer is not None:
        placement = Placement.objects.create(
            run=run,
            participant=participant,
            offer=offer,
            half_day=half_day,
            pinned=True,
            manual=True,
        )
    _refresh_scores(run, instance)
    log_action(
        actor,
        "assignment.move",
        run,
        participant=participant.pk,
        half_day=half_day.half_day,
        offer=offer.pk if offer else None,
    )
    return placement


@transaction.atomic
def set_pinned(*, actor, placement: Placement, pinned: bool) -> Placement:
    _editable(placement.run)
    placement.pinned = pinned
    placement.save(update_fields=["pinned"])
    log_action(
        actor,
        "assignment.pin" if pinned else "assignment.unpin",
        placement.run,
        placement=placement.pk,
    )
    return placement


def rules_may_be_broken(run: AssignmentRun) -> bool:
    """Whether what the rules read (offers, their sites, participants, the programme) changed
    since the run was calculated: if not, it keeps every rule — the solver placed people
    under them and each move by hand is checked (``move_check``) — and the review need not
    rebuild the whole instance to check it again (``violations_of``). Four exists queries."""
    since = run.finished_at or run.created_at
    seminar = run.seminar
    return (
        Offer.objects.filter(seminar=seminar, updated_at__gt=since).exists()
        or HostSite.objects.filter(offers__seminar=seminar, updated_at__gt=since).exists()
        or seminar.participants.filter(updated_at__gt=since).exists()
        or seminar.programme_items.filter(updated_at__gt=since).exists()
    )


def violations_of(run: AssignmentRun) -> list[str]:
    """Hard constraints the run breaks against the current data (offers edited since…)."""
    return [
        relabel_half_days(v.message)
        for v in check_assignment(_fresh_instance(run), current_assignments(run))
    ]


@transaction.atomic
def publish_run(*, actor, run: AssignmentRun) -> AssignmentRun:
    """Publish a proposal: it becomes the participants' immersions; the previous one is kept
    as superseded. The seminar moves to "assigned" when it was open."""
    run = AssignmentRun.objects.select_for_update().select_related("seminar").get(pk=run.pk)
    if run.status != RunStatus.DRAFT or run.state != SolveState.DONE:
        raise ValidationError(_("Seule une proposition calculée peut être publiée."))
    problems = violations_of(run)
    if problems:
        raise ValidationError(
            [_("Cette proposition ne respecte plus les règles :"), *problems[:10]]
        )
    previous = AssignmentRun.objects.filter(seminar=run.seminar, status=RunStatus.PUBLISHED).first()
    if previous is not None:
        previous.status = RunStatus.SUPERSEDED
        previous.save(update_fields=["status", "updated_at"])
    run.status = RunStatus.PUBLISHED
    run.published_at = timezone.now()
    run.published_by = actor if getattr(actor, "is_authenticated", False) else None
    run.save(update_fields=["status", "published_at", "published_by", "updated_at"])
    if run.seminar.status == SeminarStatus.OPEN:
        mark_seminar_assigned(actor=actor, seminar=run.seminar)
    log_action(actor, "assignment.publish", run, seminar=run.seminar_id)
    run_published.send(sender=AssignmentRun, run=run, previous=previous)
    return run


def moved_participants(run: AssignmentRun) -> list[int]:
    """Participants whose immersions differ from the published run this one started from."""
    if run.based_on is None:
        return []
    before: dict[int, set[int]] = {}
    for p, o in run.based_on.placements.values_list("participant_id", "offer_id"):
        before.setdefault(p, set()).add(o)
    after: dict[int, set[int]] = {}
    for p, o in run.placements.values_list("participant_id", "offer_id"):
        after.setdefault(p, set()).add(o)
    active = set(run.seminar.participants.active().values_list("pk", flat=True))
    return sorted(p for p in active if before.get(p, set()) != after.get(p, set()) and p in before)


def propose_resolve_after_change(*, actor, seminar, reason: str) -> AssignmentRun | None:
    """After a cancellation or an offer change on a published assignment, compute a proposal
    that keeps as many people as possible where they were. None when nothing is published."""
    if not AssignmentRun.objects.published().filter(seminar=seminar).exists():
        return None
    return start_run(actor=actor, seminar=seminar, reason=reason)
