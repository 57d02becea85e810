"""Following the participants' journeys before the seminar, and reminding them.

Steps, in order: invited (an e-mail with a sign-in link), signed in, confidentiality
commitment signed, "before" questionnaire answered. A reminder says what is missing and
carries a fresh sign-in link; a person gets at most one reminder every 48 hours (counted
from the outbox's reminder e-mails that were not cancelled).
"""

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from immersion.accounts.models import LinkPurpose
from immersion.common.audit import log_action
from immersion.common.choices import Diet
from immersion.engagement.models import Commitment, Phase, QuestionnaireResponse
from immersion.notifications.models import (
    BatchState,
    EmailBatch,
    EmailKind,
    EmailStatus,
    OutgoingEmail,
)
from immersion.notifications.secrets import SIGN_IN_LINK_PLACEHOLDER, sign_in_link_reference
from immersion.notifications.services import compose_email
from immersion.people.models import Participant

logger = logging.getLogger(__name__)

REMINDER_INTERVAL = dt.timedelta(hours=48)
REMINDER_LINK_LIFETIME = dt.timedelta(days=7)


class Step(models.TextChoices):
    SIGN_IN = "connexion", gettext_lazy("se connecter à son espace")
    COMMITMENT = "engagement", gettext_lazy("signer l'engagement de confidentialité")
    QUESTIONNAIRE = "questionnaire", gettext_lazy("répondre au questionnaire « avant »")


@dataclass
class Journey:
    participant: Participant
    invited_at: dt.datetime | None
    signed_in_at: dt.datetime | None
    commitment_at: dt.datetime | None
    questionnaire_at: dt.datetime | None
    last_reminder_at: dt.datetime | None
    missing: list[str] = field(default_factory=list)

    @property
    def next_reminder_at(self) -> dt.datetime | None:
        """When the next reminder may go; None when it may go now."""
        if self.last_reminder_at is None:
            return None
        moment = self.last_reminder_at + REMINDER_INTERVAL
        return moment if moment > timezone.now() else None

    @property
    def can_remind(self) -> bool:
        return bool(self.invited_at and self.missing and self.next_reminder_at is None)

    @property
    def missing_labels(self) -> list[str]:
        return [str(Step(s).label) for s in self.missing]

    @property
    def has_needs(self) -> bool:
        p = self.participant
        return bool(p.accessibility_needs or p.diet_display)


def _journey(participant, last_reminders: dict[str, dt.datetime]) -> Journey:
    user = participant.user
    commitments = list(participant.commitments.all())
    before = [r for r in participant.questionnaire_responses.all() if r.phase == Phase.BEFORE]
    journey = Journey(
        participant=participant,
        invited_at=participant.invited_at,
        signed_in_at=user.last_login if user is not None else None,
        commitment_at=min((c.signed_at for c in commitments), default=None),
        questionnaire_at=before[0].submitted_at if before else None,
        last_reminder_at=last_reminders.get(participant.email.lower()),
    )
    if journey.signed_in_at is None:
        journey.missing.append(Step.SIGN_IN)
    if journey.commitment_at is None:
        journey.missing.append(Step.COMMITMENT)
    if journey.questionnaire_at is None:
        journey.missing.append(Step.QUESTIONNAIRE)
    return journey


def _journey_lookups():
    return (
        "commitments",
        Prefetch(
            "questionnaire_responses",
            queryset=QuestionnaireResponse.objects.filter(phase=Phase.BEFORE),
        ),
    )


def _participants(queryset):
    return queryset.select_related("user").prefetch_related(*_journey_lookups())


def _last_reminders(seminar, emails=None) -> dict[str, dt.datetime]:
    qs = OutgoingEmail.objects.filter(seminar=seminar, kind=EmailKind.REMINDER).exclude(
        status=EmailStatus.CANCELLED
    )
    if emails is not None:
        qs = qs.annotate(address=Lower("to_email")).filter(address__in=emails)
    else:
        qs = qs.annotate(address=Lower("to_email"))
    return dict(
        qs.values("address").annotate(last=Max("created_at")).values_list("address", "last")
    )


def journeys(seminar, participants=None) -> list[Journey]:
    """Every registered, non-withdrawn participant's journey (a fixed number of queries);
    only those of ``participants`` (a QuerySet of the seminar's participants) when given."""
    last = _last_reminders(seminar)
    queryset = seminar.participants.active() if participants is None else participants
    people = _participants(queryset.filter(withdrawn_at=None).order_by("last_name", "first_name"))
    return [_journey(p, last) for p in people]


def journeys_in_order(seminar, participants: list[Participant]) -> list[Journey]:
    """The journeys of these participants (a page of a list), in their order; the reminders
    read are only theirs — a fixed number of queries, whatever the seminar's size."""
    last = _last_reminders(seminar, [p.email.lower() for p in participants])
    # Onto the page's own rows (their accounts are read with them when the list selected
    # them, as the follow-up's does): no second read of the same participants.
    prefetch_related_objects(participants, "user", *_journey_lookups())
    return [_journey(p, last) for p in participants]


def _signed():
    return Exists(Commitment.objects.filter(participant=OuterRef("pk")))


def _answered():
    return Exists(
        QuestionnaireResponse.objects.filter(participant=OuterRef("pk"), phase=Phase.BEFORE)
    )


def with_steps(queryset):
    """Participants annotated with steps as the database sees them (``commitment_signed``,
    ``questionnaire_answered``, ``reminded_recently``): what the follow-up's
    filters and counts read, in one query, instead of every journey in Python."""
    recent = OutgoingEmail.objects.filter(
        seminar=OuterRef("seminar"),
        kind=EmailKind.REMINDER,
        to_email__iexact=OuterRef("email"),
        created_at__gt=timezone.now() - REMINDER_INTERVAL,
    ).exclude(status=EmailStatus.CANCELLED)
    return queryset.annotate(
        commitment_signed=_signed(),
        questionnaire_answered=_answered(),
        reminded_recently=Exists(recent),
    )


NEEDS = ~Q(accessibility_needs="") | ~Q(diet__in=["", Diet.AUCUN]) | ~Q(dietary_needs="")
NEVER_SIGNED_IN = Q(user__isnull=True) | Q(user__last_login__isnull=True)
MISSING = NEVER_SIGNED_IN | Q(commitment_signed=False) | Q(questionnaire_answered=False)
CONDITIONS = {
    "non-invites": Q(invited_at__isnull=True),
    "jamais-connectes": NEVER_SIGNED_IN,
    "sans-engagement": Q(commitment_signed=False),
    "sans-questionnaire": Q(questionnaire_answered=False),
    "besoins": NEEDS,
    "a-relancer": Q(invited_at__isnull=False, user__isnull=False, reminded_recently=False)
    & MISSING,
}


def journey_of(participant) -> Journey:
    fresh = _participants(Participant.objects.filter(pk=participant.pk)).get()
    return _journey(fresh, _last_reminders(participant.seminar, [participant.email.lower()]))


@dataclass(frozen=True)
class Counts:
    total: int
    invited: int
    signed_in: int
    commitment: int
    questionnaire: int
    needs: int


def counts(rows: list[Journey]) -> Counts:
    return Counts(
        total=len(rows),
        invited=sum(1 for r in rows if r.invited_at),
        signed_in=sum(1 for r in rows if r.signed_in_at),
        commitment=sum(1 for r in rows if r.commitment_at),
        questionnaire=sum(1 for r in rows if r.questionnaire_at),
        needs=sum(1 for r in rows if r.has_needs),
    )


def aggregate_counts(seminar) -> Counts:
    """The follow-up's figures in one aggregate query."""
    # The Exists go in the filters themselves: Django drops annotations an aggregate's
    # FILTER refers to when it wraps the query (the count would read a missing column).
    figures = seminar.participants.active().aggregate(
        total=Count("pk"),
        invited=Count("pk", filter=Q(invited_at__isnull=False)),
        signed_in=Count("pk", filter=Q(user__last_login__isnull=False)),
        commitment=Count("pk", filter=Q(_signed())),
        questionnaire=Count("pk", filter=Q(_answered())),
        needs=Count("pk", filter=NEEDS),
    )
    return Counts(**figures)


# --- Reminders ------------------------------------------------------------------------------


@transaction.atomic
def send_reminder(*, actor, participant, base_url: str = "") -> OutgoingEmail:
    """Remind one participant of what is missing, with a fresh sign-in link.

    Refused (ValidationError in French) for someone withdrawn, not yet invited, with nothing
    left to do, or reminded less than 48 hours ago.
    """
    # Lock the participant: two clicks at the same instant send one reminder.
    # No select_related here: PostgreSQL cannot lock the nullable side of an outer join.
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    name = participant.full_name
    if participant.withdrawn_at is not None:
        raise ValidationError(_("%(name)s s'est désisté(e) : pas de relance.") % {"name": name})
    journey = journey_of(participant)
    if participant.user is None or journey.invited_at is None:
        raise ValidationError(
            _("%(name)s n'a pas encore été invité(e) : envoyez d'abord l'invitation.")
            % {"name": name}
        )
    if not journey.missing:
        raise ValidationError(_("%(name)s a déjà tout fait : pas de relance.") % {"name": name})
    if journey.next_reminder_at is not None:
        raise ValidationError(
            _(
                "%(name)s a déjà été relancé(e) le %(last)s : prochaine relance possible "
                "le %(next)s."
            )
            % {
                "name": name,
                "last": formats.date_format(
                    timezone.localtime(journey.last_reminder_at), "j F à H:i"
                ),
                "next": formats.date_format(
                    timezone.localtime(journey.next_reminder_at), "j F à H:i"
                ),
            },
            code="too_soon",
        )
    email = compose_email(
        to_email=participant.email,
        to_name=participant.full_name,
        template="reminder",
        context={
            "participant": participant,
            "seminar": participant.seminar,
            "missing": journey.missing_labels,
            "link": SIGN_IN_LINK_PLACEHOLDER,
            "lifetime_days": REMINDER_LINK_LIFETIME.days,
        },
        secret=sign_in_link_reference(
            purpose=LinkPurpose.SIGN_IN,
            lifetime=REMINDER_LINK_LIFETIME,
            base_url=base_url or settings.SITE_URL,
        ),
        kind=EmailKind.REMINDER,
        seminar=participant.seminar,
        recipient=participant.user,
        actor=actor,
    )
    log_action(
        actor,
        "participant.remind",
        participant,
        seminar=participant.seminar_id,
        missing=[str(s) for s in journey.missing],
    )
    return email


def send_reminders(*, actor, seminar, step: str, base_url: str = "") -> tuple[int, int]:
    """Remind everyone invited who has not done ``step`` yet; returns (sent, not sent now).

    Each reminder is its own transaction: one refusal (reminded less than 48 hours ago)
    does not stop the others.
    """
    if step not in Step.values:
        raise ValueError(step)
    sent = skipped = 0
    for journey in journeys(seminar):
        if step not in journey.missing or not journey.invited_at:
            continue
        try:
            send_reminder(actor=actor, participant=journey.participant, base_url=base_url)
        except ValidationError:
            skipped += 1
        else:
            sent += 1
    if sent:
        log_action(actor, "participants.remind_all", seminar, step=step, sent=sent)
    return sent, skipped


# --- Reminding a selection in the background -------------------------------------------------


def remindable(participants):
    """Those of the selection (a QuerySet of a seminar's participants) a reminder may go to
    now — invited, not withdrawn, with a step left, not reminded in the last 48 hours —,
    as the database sees it (one query, whatever the selection's size)."""
    return with_steps(participants.filter(withdrawn_at=None)).filter(CONDITIONS["a-relancer"])


@transaction.atomic
def start_reminder_batch(*, actor, seminar, participants, base_url: str = "") -> EmailBatch:
    """« Relancer les N personnes de cette sélection »: a batch record the organizer's page
    polls, and a task (payload: the batch's id, the participants' ids and the site's
    address — never a name or an e-mail) that reminds each one in its own transaction."""
    ids = list(remindable(participants).order_by("pk").values_list("pk", flat=True))
    if not ids:
        raise ValidationError(
            _(
                "Personne à relancer dans cette sélection : chacun est à jour, pas encore "
                "invité, désisté ou déjà relancé il y a moins de 48 heures."
            )
        )
    running = EmailBatch.objects.filter(
        seminar=seminar,
        kind=EmailKind.REMINDER,
        state__in=[BatchState.PENDING, BatchState.RUNNING],
    ).first()
    if running is not None:
        return running  # a second click follows the reminders already on their way
    batch = EmailBatch(
        seminar=seminar,
        kind=EmailKind.REMINDER,
        total=len(ids),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    batch.full_clean()
    batch.save()
    log_action(actor, "participants.remind_batch", seminar, batch=batch.pk, total=len(ids))
    from immersion.logistics.tasks import remind_participants_task

    pk = batch.pk
    transaction.on_commit(lambda: remind_participants_task.enqueue(pk, ids, base_url))
    return batch


def run_reminder_batch(batch_id: int, participant_ids: list[int], base_url: str = "") -> EmailBatch:
    """The task's work: remind each participant, one transaction each, and count the
    progress on the batch (a reminder refused now — done meanwhile, reminded by someone
    else — is counted as failed)."""
    batch = EmailBatch.objects.select_related("seminar", "created_by").get(pk=batch_id)
    if batch.is_finished:
        return batch
    people = list(batch.seminar.participants.filter(pk__in=participant_ids).order_by("pk"))
    EmailBatch.objects.filter(pk=batch.pk).update(
        state=BatchState.RUNNING, total=len(people), updated_at=timezone.now()
    )
    done = failed = 0
    try:
        for participant in people:
            try:
                send_reminder(actor=batch.created_by, participant=participant, base_url=base_url)
                done += 1
            except ValidationError:
                failed += 1
            EmailBatch.objects.filter(pk=batch.pk).update(
                done=done, failed=failed, updated_at=timezone.now()
            )
    except Exception:
        logger.exception("Reminder batch %s failed", batch_id)
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.FAILED,
            error=_("Erreur inattendue : relancez la sélection pour les suivants."),
            finished_at=timezone.now(),
        )
    else:
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.DONE, finished_at=timezone.now()
        )
        if done:
            log_action(batch.created_by, "participants.remind_all", batch.seminar, sent=done)
    batch.refresh_from_db()
    return batch
