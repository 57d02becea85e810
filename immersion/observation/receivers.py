"""When a new assignment replaces the published one, each notebook follows its immersion."""

from django.dispatch import receiver

from immersion.observation.models import Astonishment, Situation, TutorExchange
from immersion.placements.models import AssignmentRun
from immersion.placements.signals import run_published


@receiver(run_published, sender=AssignmentRun, dispatch_uid="observation-carry-over")
def carry_over_notebooks(sender, run, previous, **kwargs) -> None:
    """Entries written on an immersion of the superseded assignment move to the same immersion
    (same participant, same offer) in the new one. An immersion that disappeared keeps its
    entries on the old placement, for the record."""
    if previous is None:
        return
    new_by_key = {(p.participant_id, p.offer_id): p.pk for p in run.placements.all()}
    for old in previous.placements.all():
        new_pk = new_by_key.get((old.participant_id, old.offer_id))
        if new_pk is None:
            continue
        Situation.objects.filter(placement=old).update(placement_id=new_pk)
        Astonishment.objects.filter(placement=old).update(placement_id=new_pk)
        TutorExchange.objects.filter(placement=old).update(placement_id=new_pk)
