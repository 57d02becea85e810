"""Following the participants' journeys before the seminar, and reminding them.

Steps, in order: invited (an e-mail with a sign-in link), signed in, confidentiality
commitment signed, "before" questionnaire answered. A reminder says what is missing and
carries a fresh sign-in link; a person gets at most one reminder every 48 hours (counted
from the outbox's reminder e-mails that were not cancelled).
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, Prefetch
from django.db.models.functions import Lower
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from immersion.accounts.models import LinkPurpose
from immersion.common.audit import log_action
from immersion.engagement.models import Phase, QuestionnaireResponse
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.secrets import SIGN_IN_LINK_PLACEHOLDER, sign_in_link_reference
from immersion.notifications.services import compose_email
from immersion.people.models import Participant

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


def _participants(queryset):
    return queryset.select_related("user").prefetch_related(
        "commitments",
        Prefetch(
            "questionnaire_responses",
            queryset=QuestionnaireResponse.objects.filter(phase=Phase.BEFORE),
        ),
    )


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


def journeys(seminar) -> list[Journey]:
    """Every registered, non-withdrawn participant's journey (a fixed number of queries)."""
    last = _last_reminders(seminar)
    people = _participants(seminar.participants.active().order_by("last_name", "first_name"))
    return [_journey(p, last) for p in people]


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
