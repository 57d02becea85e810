"""The observatory's snapshot follows the observation data: a text written in a seminar
(``common.signals.texts_written``) queues a refresh of its programme's snapshot."""

from django.dispatch import receiver

from immersion.analysis.snapshots import queue_refresh
from immersion.common.signals import texts_written
from immersion.search.indexing import SOURCES


@receiver(texts_written, dispatch_uid="analysis-observatory-snapshot")
def refresh_snapshot(sender, source_kind: str, ids, **kwargs) -> None:
    source = SOURCES.get(source_kind)
    if source is None or not ids:
        return
    path = source.seminar.removesuffix("_id") + "__programme_id"
    # One query (a subquery of the rows' programmes) when nothing is to be queued.
    queue_refresh(source.model.objects.filter(pk__in=list(ids)).values(path))
