"""Reads of the published assignment, for every space that shows who goes where."""

from immersion.placements.models import AssignmentRun, Placement, RunStatus


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
