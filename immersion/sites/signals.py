"""Signals other apps listen to, so that host sites never import them.

``tutor_changed(sender=Offer, offer=…, previous_tutor_id=…)`` is sent inside the change's
transaction when an offer's tutor is replaced (by the coordinator, or when a tutor leaves).
"""

from django.dispatch import Signal

tutor_changed = Signal()
