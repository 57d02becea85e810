"""Signals other apps listen to, so that people never imports them.

``participant_withdrawn(sender=Participant, participant=…)`` is sent inside the withdrawal's
transaction, once, when a participant cancels (their published immersions stay on record;
the host sites that expected them are told by ``engagement.site_notices``).
"""

from django.dispatch import Signal

participant_withdrawn = Signal()
