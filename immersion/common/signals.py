"""Signals the lower apps send so that a higher one can react without being imported
(docs/architecture.md).

``texts_written``: free texts of the seminars' notes were written, changed, hidden or marked
(publishable or not). Sent inside the writer's transaction with ``source_kind`` (the search
index's kind: ``situation``, ``astonishment``, ``after_text``, ``tutor_exchange``,
``contribution``) and ``ids`` (the source rows' primary keys). ``immersion.search`` keeps its
full-text index in step with it.
"""

from django.dispatch import Signal

texts_written = Signal()
