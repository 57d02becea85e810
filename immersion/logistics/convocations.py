"""Convocations are prepared with the training documents (``immersion.attendance``), next to
the model that records them; this name is kept for the callers that look for them among the
journeys' logistics (the publication of an assignment)."""

from immersion.attendance.convocations import queue_convocations

__all__ = ["queue_convocations"]
