"""The observatory's snapshot follows the observation data: a text written in a seminar
(``common.signals.texts_written``), a new published assignment (the situations counted are
the published immersions') or a withdrawal (the participant's answers leave the figures)
queues a refresh of its programme's snapshot."""

from django.dispatch import receiver

from immersion.analysis.snapshots import queue_refresh
from immersion.common.signals import texts_written
from immersion.people.signals import participant_withdrawn
from immersion.placements.signals import run_published
from immersion.search.indexing import SOURCES


@receiver(texts_written, dispatch_uid="analysis-observatory-snapshot")
def refresh_snapshot(sender, source_kind: str, ids, **kwargs) -> None:
    source = SOURCES.get(source_kind)
    if source is None or not ids:
        return
    path = source.seminar.removesuffix("_id") + "__programme_id"
    # One query (a subquery of the rows' programmes) when nothing is to be queued.
    queue_refresh(source.model.objects.filter(pk__in=list(ids)).values(path))


def _seminar_changed(seminar) -> None:
    if seminar.programme_id is not None:
        queue_refresh([seminar.programme_id])


@receiver(run_published, dispatch_uid="analysis-observatory-run-published")
def refresh_on_publication(sender, run, **kwargs) -> None:
    _seminar_changed(run.seminar)


@receiver(participant_withdrawn, dispatch_uid="analysis-observatory-withdrawal")
def refresh_on_withdrawal(sender, participant, **kwargs) -> None:
    _seminar_changed(participant.seminar)
