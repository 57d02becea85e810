"""Signals other apps listen to, so that placements never import them.

``run_published(sender=AssignmentRun, run=…, previous=…)`` is sent inside the publication's
transaction, after ``run`` became the published assignment and ``previous`` (or None) the
superseded one. Receivers must not fail: they run before the commit.
"""

from django.dispatch import Signal

run_published = Signal()
