"""Withdrawing a selection of participants at once (the organizer's participant list):
what it will do, then the work in the background, all or nothing.

Each person goes through ``people.services.withdraw_participant`` — the same path as one
withdrawal: kept for the record, left out of every assignment from now on; its signal tells
the host sites that expected them and cancels their scheduled follow-up e-mails. Then, when
an assignment is published, one new proposal is calculated for the whole group, moving as
few people as possible (``placements.services.propose_resolve_after_change``).
"""

import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from immersion.common.audit import log_action
from immersion.notifications.models import (
    BatchState,
    EmailBatch,
    EmailKind,
    EmailStatus,
    OutgoingEmail,
)
from immersion.people import services as people_services
from immersion.placements.models import Placement
from immersion.placements.services import propose_resolve_after_change

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WithdrawalPlan:
    people: int  # active participants of the selection: those withdrawn
    placed: int  # of them, with immersions in the published assignment
    scheduled: int  # follow-up e-mails waiting for them in the outbox, cancelled


def withdrawable(participants):
    """Those of the selection (a QuerySet of a seminar's participants) still registered."""
    return participants.filter(withdrawn_at=None)


def withdrawal_plan(seminar, participants) -> WithdrawalPlan:
    """What withdrawing the selection will do, in three counting queries."""
    people = withdrawable(participants)
    ids = people.values("pk")
    return WithdrawalPlan(
        people=people.count(),
        placed=Placement.objects.published()
        .filter(participant__in=ids)
        .values("participant")
        .distinct()
        .count(),
        scheduled=OutgoingEmail.objects.filter(
            seminar=seminar,
            status=EmailStatus.SCHEDULED,
            recipient__participations__in=ids,
        )
        .distinct()
        .count(),
    )


@transaction.atomic
def start_withdrawal_batch(*, actor, seminar, participants) -> EmailBatch:
    """A batch record the organizer's page polls and a task (payload: the batch's id and the
    participants' ids — never a name or an e-mail) that withdraws them all in one
    transaction. A second click while it runs follows the same batch."""
    ids = list(withdrawable(participants).order_by("pk").values_list("pk", flat=True))
    if not ids:
        raise ValidationError(
            _("Personne à désister dans cette sélection : chacun est déjà désisté.")
        )
    running = EmailBatch.objects.filter(
        seminar=seminar,
        kind=EmailKind.WITHDRAWAL,
        state__in=[BatchState.PENDING, BatchState.RUNNING],
    ).first()
    if running is not None:
        return running
    batch = EmailBatch(
        seminar=seminar,
        kind=EmailKind.WITHDRAWAL,
        total=len(ids),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    batch.full_clean()
    batch.save()
    log_action(actor, "participants.withdraw_batch", seminar, batch=batch.pk, total=len(ids))
    from immersion.engagement.tasks import withdraw_participants_task

    pk = batch.pk
    transaction.on_commit(lambda: withdraw_participants_task.enqueue(pk, ids))
    return batch


def run_withdrawal_batch(batch_id: int, participant_ids: list[int]) -> EmailBatch:
    """The task's work: withdraw every participant still registered among ``participant_ids``
    in one transaction (all or nothing), then propose one new assignment if one is
    published. Someone withdrawn meanwhile is simply counted as done."""
    batch = EmailBatch.objects.select_related("seminar", "created_by").get(pk=batch_id)
    if batch.is_finished:
        return batch
    seminar, actor = batch.seminar, batch.created_by
    EmailBatch.objects.filter(pk=batch.pk).update(
        state=BatchState.RUNNING, updated_at=timezone.now()
    )
    try:
        with transaction.atomic():
            people = list(
                seminar.participants.select_for_update()
                .filter(pk__in=participant_ids, withdrawn_at=None)
                .order_by("pk")
            )
            for participant in people:
                people_services.withdraw_participant(actor=actor, participant=participant)
            log_action(actor, "participants.withdraw_all", seminar, withdrawn=len(people))
    except Exception:
        logger.exception("Withdrawal batch %s failed", batch_id)
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.FAILED,
            error=_("Erreur inattendue : personne n'a été désisté. Réessayez."),
            finished_at=timezone.now(),
        )
        batch.refresh_from_db()
        return batch
    EmailBatch.objects.filter(pk=batch.pk).update(
        state=BatchState.DONE,
        done=len(participant_ids),
        total=len(participant_ids),
        finished_at=timezone.now(),
    )
    if people:
        propose_resolve_after_change(
            actor=actor,
            seminar=seminar,
            reason=ngettext(
                "Désistement de %(n)d participant",
                "Désistement de %(n)d participants",
                len(people),
            )
            % {"n": len(people)},
        )
    batch.refresh_from_db()
    return batch
