"""Signals the lower apps send so that a higher one can react without being imported
(docs/architecture.md).

``texts_written``: free texts of the seminars' notes were written, changed, hidden or marked
(publishable or not). Sent inside the writer's transaction with ``source_kind`` (the search
index's kind: ``situation``, ``astonishment``, ``after_text``, ``tutor_exchange``,
``contribution``) and ``ids`` (the source rows' primary keys). ``immersion.search`` keeps its
full-text index in step with it; ``immersion.analysis`` queues the observatory's refresh.

Writers send it through ``announce_texts_written``. Inside ``texts_written_together()`` (the
notebook's sync of a whole offline queue) the announcements are gathered and sent once per
kind at the end, in one transaction: a batch of notes then costs the receivers a fixed number
of queries instead of so many per note. An entry rolled back meanwhile is simply not found by
the receivers; ``manage.py rebuild_search_index`` repairs an index left behind by a
database error at that moment (logged).
"""

import logging
import threading
from contextlib import contextmanager

from django.db import DatabaseError, transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

texts_written = Signal()

_gathering = threading.local()


def announce_texts_written(*, sender, source_kind: str, ids) -> None:
    pending = getattr(_gathering, "pending", None)
    if pending is None:
        texts_written.send(sender=sender, source_kind=source_kind, ids=list(ids))
    else:
        pending.setdefault((sender, source_kind), []).extend(ids)


@contextmanager
def texts_written_together():
    if getattr(_gathering, "pending", None) is not None:  # already gathering: the outer sends
        yield
        return
    _gathering.pending = {}
    try:
        yield
        pending = _gathering.pending
    finally:
        _gathering.pending = None
    if not pending:
        return
    try:
        with transaction.atomic():
            for (sender, source_kind), ids in pending.items():
                texts_written.send(sender=sender, source_kind=source_kind, ids=ids)
    except DatabaseError:
        # The notes are stored (each in its own transaction): a database gone away now must
        # not turn their sync into an error. Kinds and counts only, never a text.
        logger.warning(
            "texts_written not delivered (database error): %s",
            {kind: len(ids) for (_sender, kind), ids in pending.items()},
            exc_info=True,
        )
