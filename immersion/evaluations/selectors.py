"""Reads of the follow-up: when each evaluation opens, who hosted a seminar, what was
answered (for the organizer's results, the exports and the synthesis report)."""

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone

from immersion.evaluations.models import (
    ActionCommitment,
    ColdEvaluation,
    CommitmentStatus,
    HostEvaluation,
    HostRole,
    HotEvaluation,
)
from immersion.people.models import Participant
from immersion.placements.models import Placement
from immersion.seminars.models import Seminar, SeminarStatus

COLD_AFTER = relativedelta(months=2)
COMMITMENTS_REVIEW_AFTER = relativedelta(months=3)
# Statuses of a seminar that took place (or was about to): the follow-up concerns them only.
HELD = (SeminarStatus.ASSIGNED, SeminarStatus.RUNNING, SeminarStatus.CLOSED)


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


def seminar_has_ended_day(seminar, today: dt.date | None = None) -> bool:
    """The last day has come (the debrief is on the last day)."""
    return _today(today) >= seminar.end_date


def hot_evaluation_is_open(participant, today: dt.date | None = None) -> bool:
    return participant.withdrawn_at is None and seminar_has_ended_day(participant.seminar, today)


def commitments_are_open(participant, today: dt.date | None = None) -> bool:
    """Recorded at the debrief (last day), updated at any time after."""
    return hot_evaluation_is_open(participant, today)


def cold_evaluation_date(seminar) -> dt.date:
    return seminar.end_date + COLD_AFTER


def commitments_review_date(seminar) -> dt.date:
    return seminar.end_date + COMMITMENTS_REVIEW_AFTER


def cold_evaluation_is_open(participant, today: dt.date | None = None) -> bool:
    return participant.withdrawn_at is None and _today(today) >= cold_evaluation_date(
        participant.seminar
    )


def hot_evaluation_of(participant) -> HotEvaluation | None:
    return HotEvaluation.objects.filter(participant=participant).first()


def cold_evaluation_of(participant) -> ColdEvaluation | None:
    return ColdEvaluation.objects.filter(participant=participant).first()


def commitments_of(participant) -> list[ActionCommitment]:
    return list(ActionCommitment.objects.filter(participant=participant).order_by("position"))


def has_pending_commitments(participant) -> bool:
    return ActionCommitment.objects.filter(
        participant=participant, status=CommitmentStatus.PENDING
    ).exists()


def hosts_of(seminar) -> dict:
    """The accounts of the people who hosted the seminar's observers: {user: role}. Tutors of
    a published placement's offer and the coordinators of its site (a coordinator who also
    tutored answers once, as coordinator)."""
    placements = (
        Placement.objects.published()
        .filter(run__seminar=seminar)
        .select_related("offer__tutor__user", "offer__site__coordinator")
    )
    hosts = {}
    for placement in placements:
        tutor = placement.offer.tutor
        if tutor is not None and tutor.user is not None and tutor.user.is_active:
            hosts.setdefault(tutor.user, HostRole.TUTOR)
        coordinator = placement.offer.site.coordinator
        if coordinator is not None and coordinator.is_active:
            hosts[coordinator] = HostRole.COORDINATOR
    return hosts


def hosted_seminars(user, today: dt.date | None = None) -> list[Seminar]:
    """The seminars the user hosted (tutor or coordinator) whose last day has come."""
    if not user.is_authenticated:
        return []
    seminars = (
        Seminar.objects.filter(
            Q(assignment_runs__placements__offer__tutor__user=user)
            | Q(assignment_runs__placements__offer__site__coordinator=user),
            assignment_runs__status="published",
            status__in=HELD,
            end_date__lte=_today(today),
        )
        .distinct()
        .order_by("-end_date")
    )
    return [s for s in seminars if user in hosts_of(s)]


def host_role(user, seminar) -> str | None:
    return hosts_of(seminar).get(user)


def host_evaluation_of(user, seminar) -> HostEvaluation | None:
    return HostEvaluation.objects.filter(user=user, seminar=seminar).first()


def hot_evaluations(seminar):
    return HotEvaluation.objects.filter(participant__seminar=seminar).select_related("participant")


def cold_evaluations(seminar):
    return ColdEvaluation.objects.filter(participant__seminar=seminar).select_related("participant")


def host_evaluations(seminar):
    return HostEvaluation.objects.filter(seminar=seminar)


def action_commitments(seminar):
    return ActionCommitment.objects.filter(participant__seminar=seminar).select_related(
        "participant"
    )


def active_participants(seminar):
    return Participant.objects.filter(seminar=seminar).active()


# A programme's evaluations, for its observatory (aggregates only: analysis.observatory).
def programme_hot_evaluations(programme):
    return HotEvaluation.objects.filter(
        participant__seminar__programme=programme, participant__withdrawn_at=None
    )


def programme_cold_evaluations(programme):
    return ColdEvaluation.objects.filter(
        participant__seminar__programme=programme, participant__withdrawn_at=None
    )


def programme_action_commitments(programme):
    return ActionCommitment.objects.filter(
        participant__seminar__programme=programme, participant__withdrawn_at=None
    )
