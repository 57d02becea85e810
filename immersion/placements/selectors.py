"""Reads of the published assignment, for every space that shows who goes where."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q

from immersion.placements.models import (
    AssignmentRun,
    Placement,
    RegionSolve,
    RunStatus,
    SolveState,
    UnplacedHalfDay,
    UnplacedReason,
)
from immersion.seminars.models import ItemKind


def published_run(seminar) -> AssignmentRun | None:
    return AssignmentRun.objects.filter(seminar=seminar, status=RunStatus.PUBLISHED).first()


def placements_of_participant(participant):
    """The participant's immersions in the published assignment, in time order."""
    return (
        Placement.objects.published()
        .filter(participant=participant)
        .with_details()
        .order_by("half_day__starts_at")
    )


def placements_at_site(site, seminar=None):
    """Observers coming to a site (published assignments only)."""
    qs = Placement.objects.published().filter(offer__site=site, participant__withdrawn_at=None)
    if seminar is not None:
        qs = qs.filter(run__seminar=seminar)
    return qs.with_details().order_by("half_day__starts_at", "participant__last_name")


def placements_with_tutor(tutor):
    return (
        Placement.objects.published()
        .filter(offer__tutor=tutor, participant__withdrawn_at=None)
        .with_details()
        .order_by("half_day__starts_at", "participant__last_name")
    )


def published_placements(seminar):
    return (
        Placement.objects.published()
        .filter(run__seminar=seminar, participant__withdrawn_at=None)
        .with_details()
        .order_by("participant__last_name", "half_day__starts_at")
    )


@dataclass(frozen=True)
class PlacementChange:
    """One observer who arrives on (``"in"``) or leaves (``"out"``) an offer."""

    kind: str
    placement: Placement


def assignment_changes(previous, run) -> list[PlacementChange]:
    """Compare two assignment runs' placements (same participant on the same offer is no
    change): who arrives where, who is no longer expected where. Withdrawn participants are
    left out: their withdrawal is a change of its own (``people.signals``)."""
    if previous is None:
        return []

    def placements(r):
        return {
            (p.participant_id, p.offer_id): p
            for p in r.placements.filter(participant__withdrawn_at=None).with_details()
        }

    before, after = placements(previous), placements(run)
    changes = [PlacementChange("out", before[k]) for k in sorted(before.keys() - after.keys())]
    changes += [PlacementChange("in", after[k]) for k in sorted(after.keys() - before.keys())]
    return changes


def last_change_at(seminar, *, site=None, tutor=None):
    """When the observers expected at a site (or with a tutor) last changed after the first
    publication: a new assignment moved someone in or out, or an expected observer withdrew.
    None when nothing changed since the first publication."""
    run = published_run(seminar)
    if run is None:
        return None

    def scoped(placements):
        if site is not None:
            placements = placements.filter(offer__site=site)
        if tutor is not None:
            placements = placements.filter(offer__tutor=tutor)
        return placements

    moments = [
        p.participant.withdrawn_at
        for p in scoped(run.placements.exclude(participant__withdrawn_at=None)).select_related(
            "participant"
        )
    ]
    previous = None
    if run.published_at is not None:
        previous = (
            AssignmentRun.objects.filter(
                seminar=seminar,
                status=RunStatus.SUPERSEDED,
                published_at__lt=run.published_at,
            )
            .order_by("-published_at")
            .first()
        )
    if previous is not None:
        for change in assignment_changes(previous, run):
            offer = change.placement.offer
            if (site is None or offer.site_id == site.pk) and (
                tutor is None or offer.tutor_id == tutor.pk
            ):
                moments.append(run.published_at)
                break
    return max(moments, default=None)


def regions_progress(run) -> tuple[int, int] | None:
    """(regions solved, regions) of a run solved by regional tasks, else None."""
    states = list(RegionSolve.objects.filter(run=run).values_list("state", flat=True))
    if not states:
        return None
    return sum(1 for s in states if s == SolveState.DONE), len(states)


# --- The review of one run (the organizer's pages), counted by the database ---------------


@dataclass(frozen=True)
class RunSummary:
    placed: int  # half-days with an immersion (active participants)
    pinned: int
    demand: int  # half-days the active participants are available on
    unplaced: int
    unplaced_by_reason: list[tuple[str, str, int]]  # (code, French label, count), most first

    @property
    def fill_rate(self) -> int | None:
        """Share of the demand placed, in percent (None without demand)."""
        return round(100 * self.placed / self.demand) if self.demand else None


def run_summary(run: AssignmentRun) -> RunSummary:
    """The run's figures in four aggregate queries, whatever the seminar's size."""
    placements = run.placements.filter(participant__withdrawn_at=None).aggregate(
        placed=Count("pk"), pinned=Count("pk", filter=Q(pinned=True))
    )
    people = run.seminar.participants.active().aggregate(
        people=Count("pk", distinct=True),
        unavailable=Count(
            "unavailable_half_days",
            filter=Q(unavailable_half_days__kind=ItemKind.IMMERSION),
        ),
    )
    half_days = run.seminar.programme_items.filter(kind=ItemKind.IMMERSION).count()
    by_reason = dict(
        UnplacedHalfDay.objects.filter(run=run, participant__withdrawn_at=None)
        .order_by()
        .values("reason")
        .annotate(n=Count("pk"))
        .values_list("reason", "n")
    )
    labels = dict(UnplacedReason.choices)
    return RunSummary(
        placed=placements["placed"],
        pinned=placements["pinned"],
        demand=people["people"] * half_days - people["unavailable"],
        unplaced=sum(by_reason.values()),
        unplaced_by_reason=sorted(
            ((code, str(labels.get(code, code)), n) for code, n in by_reason.items()),
            key=lambda item: (-item[2], item[1]),
        ),
    )


def moved_condition(run: AssignmentRun) -> Q:
    """A participant (the outer query's row) whose immersions in ``run`` differ from those in
    the published run it started from (``based_on``): placed there, and an offer of one run
    missing from the other. For the database, not for Python: counts and filters."""
    base = run.based_on_id

    def placed(run_id):
        return Placement.objects.filter(run_id=run_id, participant=OuterRef("pk"))

    def offers_in(run_id):
        """The same participant's offers in the other run (two levels up: the participant)."""
        return Placement.objects.filter(run_id=run_id, participant=OuterRef(OuterRef("pk"))).values(
            "offer"
        )

    left = placed(base).exclude(offer__in=offers_in(run.pk))
    arrived = placed(run.pk).exclude(offer__in=offers_in(base))
    return Q(Exists(placed(base))) & (Q(Exists(left)) | Q(Exists(arrived)))


def moved_count(run: AssignmentRun) -> int:
    """How many active participants the run moves compared with the run it started from
    (one aggregate query; 0 for a first calculation)."""
    if run.based_on_id is None:
        return 0
    return run.seminar.participants.active().filter(moved_condition(run)).count()
