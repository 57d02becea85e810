"""Host sites hear of the changes in the observers they expect (``site_notices``)."""

from django.dispatch import receiver

from immersion.engagement import site_notices
from immersion.people.models import Participant
from immersion.people.signals import participant_withdrawn
from immersion.placements.models import AssignmentRun
from immersion.placements.signals import run_published
from immersion.sites.models import Offer
from immersion.sites.signals import tutor_changed


@receiver(run_published, sender=AssignmentRun, dispatch_uid="engagement-site-notices-run")
def tell_sites_of_new_assignment(sender, run, previous, **kwargs) -> None:
    # The first publication is no change: the sites read their observers on their pages.
    if previous is not None:
        site_notices.notify_assignment_published(run=run, previous=previous)


@receiver(
    participant_withdrawn, sender=Participant, dispatch_uid="engagement-site-notices-withdrawn"
)
def tell_sites_of_withdrawal(sender, participant, **kwargs) -> None:
    site_notices.notify_participant_withdrawn(participant=participant)


@receiver(tutor_changed, sender=Offer, dispatch_uid="engagement-site-notices-tutor")
def tell_site_of_new_tutor(sender, offer, previous_tutor_id, **kwargs) -> None:
    site_notices.notify_tutor_changed(offer=offer)
