"""The index follows its sources: a text written, changed, hidden or marked
(``common.signals.texts_written``), a new published assignment (the notebooks follow their
immersions; entries left on a superseded one leave the index) and a withdrawal (the
participant's answers leave it). A source's deletion cascades to its row.

``placements.signals.run_published`` is also heard by ``observation.receivers``, which moves
the notebooks: this app comes after ``observation`` in ``INSTALLED_APPS``, so its receiver
runs second and indexes the moved entries."""

from django.dispatch import receiver

from immersion.common.signals import texts_written
from immersion.people.signals import participant_withdrawn
from immersion.placements.signals import run_published
from immersion.search.indexing import reindex, reindex_seminar


@receiver(texts_written, dispatch_uid="search-texts-written")
def index_texts(sender, source_kind: str, ids, **kwargs) -> None:
    reindex(source_kind, ids)


@receiver(run_published, dispatch_uid="search-run-published")
def index_published_run(sender, run, **kwargs) -> None:
    reindex_seminar(run.seminar_id)


@receiver(participant_withdrawn, dispatch_uid="search-participant-withdrawn")
def index_withdrawal(sender, participant, **kwargs) -> None:
    reindex_seminar(participant.seminar_id)
