"""The follow-up's dated sends, run by the scheduling step (``common.scheduling``):

- ``evaluations-a-froid``: two months after the seminar's last day, each participant who has
  not withdrawn gets the "à froid" evaluation by e-mail; ten days later, one reminder if it is
  still unanswered; never more.
- ``evaluations-accueil``: at the end of the last day (18:00, Paris time), the tutors and site
  coordinators who hosted observers get their short evaluation.
- ``engagements-bilan``: three months after the last day, each participant with commitments
  is asked what became of them (one page); ten days later, one reminder if any is still
  without an answer.

Each e-mail is written to the outbox a day before it is due (``PREVIEW``), « programmé » for
its time (9:00 Paris time on the day; 18:00 on the last day for the hosts): the organizer reads
it there and can cancel it before it goes; the ``courriels-programmes`` step of
``notifications`` sends it then, with a single-use sign-in link minted when it leaves. Before
queuing, a finder claims a key naming the send, in the same transaction, and records a
``FollowUpEmail``: a send is queued once, ever, however often or wherever the step runs. A
seminar whose date passed more than ``CATCH_UP`` ago (the platform was not running, or the
seminar predates this feature) gets nothing.
"""

import datetime as dt
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone

from immersion.accounts.models import LinkPurpose
from immersion.accounts.services import INVITATION_LIFETIME
from immersion.common.scheduling import claim
from immersion.evaluations.models import FollowUpEmail, FollowUpKind
from immersion.evaluations.selectors import (
    COLD_AFTER,
    COMMITMENTS_REVIEW_AFTER,
    HELD,
    commitments_of,
    has_pending_commitments,
    hosts_of,
)
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.secrets import SIGN_IN_LINK_PLACEHOLDER, sign_in_link_reference
from immersion.notifications.services import compose_email
from immersion.people import services as people_services
from immersion.people.models import Participant
from immersion.seminars.models import Seminar

REMINDER_AFTER = dt.timedelta(days=10)
PREVIEW = dt.timedelta(days=1)
# A first e-mail the organizer cancelled is not followed by a reminder.
SENT_OR_DUE = (
    EmailStatus.SENT,
    EmailStatus.QUEUED,
    EmailStatus.SENDING,
    EmailStatus.UNCERTAIN,
    EmailStatus.SCHEDULED,
    EmailStatus.FAILED,
)
SEND_AT = dt.time(9, 0)
CATCH_UP = dt.timedelta(days=30)
END_OF_LAST_DAY = dt.time(18, 0)
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def _due_at(day: dt.date, at: dt.time = SEND_AT) -> dt.datetime:
    return dt.datetime.combine(day, at, tzinfo=PARIS)


def _seminars_due(now: dt.datetime, delay) -> list[Seminar]:
    """Held seminars whose last day + ``delay`` comes within ``PREVIEW`` (the e-mail waits in
    the outbox until then), within the catch-up window."""
    today = timezone.localdate(now + PREVIEW)
    latest = today - delay
    return list(
        Seminar.objects.filter(
            status__in=HELD, end_date__lte=latest, end_date__gte=latest - CATCH_UP
        ).order_by("pk")
    )


def _queue(*, seminar, user, participant, kind, template, context, now, send_after) -> bool:
    """Claim the send and queue its e-mail; False if it was already claimed."""
    key = f"{kind}:seminar:{seminar.pk}:user:{user.pk}"
    base_url = settings.SITE_URL
    with transaction.atomic():
        if not claim(key):
            return False
        email = compose_email(
            to_email=user.email,
            template=template,
            context={
                **context,
                "first_name": user.first_name,
                "seminar": seminar,
                "link": SIGN_IN_LINK_PLACEHOLDER,
                "lifetime_days": INVITATION_LIFETIME.days,
                "reminder": kind in (FollowUpKind.COLD_REMINDER, FollowUpKind.COMMITMENTS_REMINDER),
            },
            secret=sign_in_link_reference(
                purpose=LinkPurpose.SIGN_IN, lifetime=INVITATION_LIFETIME, base_url=base_url
            ),
            kind=EmailKind.EVALUATION,
            seminar=seminar,
            recipient=user,
            send_after=send_after,
        )
        FollowUpEmail.objects.create(
            seminar=seminar,
            user=user,
            participant=participant,
            kind=kind,
            email=email,
            queued_at=now,
        )
    return True


def _page(name: str, participant) -> str:
    return settings.SITE_URL + reverse(name, args=[participant.pk])


def _reminders_due(kind, reminder_kind, now):
    """First e-mails of ``kind`` sent (or due) ten days before ``now + PREVIEW`` or earlier,
    to a participant who has not withdrawn and got no reminder yet; ``first_at`` is when the
    first one was due."""
    reminded = FollowUpEmail.objects.filter(kind=reminder_kind).values("participant")
    return (
        # When the first one went: its time, or when it was queued if that was later (a late
        # run sends at once; its reminder still waits ten days).
        FollowUpEmail.objects.annotate(
            first_at=Greatest(Coalesce("email__send_after", "queued_at"), "queued_at")
        )
        .filter(
            kind=kind,
            first_at__lte=now + PREVIEW - REMINDER_AFTER,
            participant__withdrawn_at__isnull=True,
            email__status__in=SENT_OR_DUE,
        )
        .exclude(participant__in=reminded)
        .select_related("participant__seminar", "seminar", "user")
        .order_by("pk")
    )


def queue_cold_evaluations(now: dt.datetime) -> int:
    count = 0
    for seminar in _seminars_due(now, COLD_AFTER):
        pending = (
            Participant.objects.filter(seminar=seminar)
            .active()
            .filter(cold_evaluation__isnull=True)
            .order_by("pk")
        )
        for participant in pending:
            if FollowUpEmail.objects.filter(
                participant=participant, kind=FollowUpKind.COLD
            ).exists():
                continue
            with transaction.atomic():
                user = people_services.link_account(actor=None, participant=participant)
                if not user.is_active:
                    continue
                count += _queue(
                    seminar=seminar,
                    user=user,
                    participant=participant,
                    kind=FollowUpKind.COLD,
                    template="evaluation_cold",
                    context={"page_url": _page("participant:cold_evaluation", participant)},
                    now=now,
                    send_after=_due_at(seminar.end_date + COLD_AFTER),
                )
    for first in _reminders_due(FollowUpKind.COLD, FollowUpKind.COLD_REMINDER, now):
        participant = first.participant
        if hasattr(participant, "cold_evaluation") or not first.user.is_active:
            continue
        count += _queue(
            seminar=first.seminar,
            user=first.user,
            participant=participant,
            kind=FollowUpKind.COLD_REMINDER,
            template="evaluation_cold",
            context={"page_url": _page("participant:cold_evaluation", participant)},
            now=now,
            send_after=first.first_at + REMINDER_AFTER,
        )
    return count


def queue_host_evaluations(now: dt.datetime) -> int:
    count = 0
    for seminar in _seminars_due(now, dt.timedelta(0)):
        end = _due_at(seminar.end_date, END_OF_LAST_DAY)
        if now + PREVIEW < end:
            continue
        page_url = settings.SITE_URL + reverse("site:host_evaluation", args=[seminar.pk])
        for user, role in sorted(hosts_of(seminar).items(), key=lambda item: item[0].pk):
            if seminar.host_evaluations.filter(user=user).exists():
                continue
            count += _queue(
                seminar=seminar,
                user=user,
                participant=None,
                kind=FollowUpKind.HOST,
                template="evaluation_host",
                context={"page_url": page_url, "role": role},
                now=now,
                send_after=end,
            )
    return count


def queue_commitment_reviews(now: dt.datetime) -> int:
    count = 0
    for seminar in _seminars_due(now, COMMITMENTS_REVIEW_AFTER):
        participants = (
            Participant.objects.filter(seminar=seminar, action_commitments__isnull=False)
            .active()
            .select_related("user")
            .distinct()
            .order_by("pk")
        )
        for participant in participants:
            if participant.user is None or not has_pending_commitments(participant):
                continue
            count += _queue(
                seminar=seminar,
                user=participant.user,
                participant=participant,
                kind=FollowUpKind.COMMITMENTS,
                template="commitments_review",
                context={
                    "page_url": _page("participant:commitments", participant),
                    "commitments": commitments_of(participant),
                },
                now=now,
                send_after=_due_at(seminar.end_date + COMMITMENTS_REVIEW_AFTER),
            )
    for first in _reminders_due(FollowUpKind.COMMITMENTS, FollowUpKind.COMMITMENTS_REMINDER, now):
        participant = first.participant
        if not has_pending_commitments(participant) or not first.user.is_active:
            continue
        count += _queue(
            seminar=first.seminar,
            user=first.user,
            participant=participant,
            kind=FollowUpKind.COMMITMENTS_REMINDER,
            template="commitments_review",
            context={
                "page_url": _page("participant:commitments", participant),
                "commitments": commitments_of(participant),
            },
            now=now,
            send_after=first.first_at + REMINDER_AFTER,
        )
    return count


def cancel_scheduled_sends(sender, participant, **kwargs) -> None:
    """A participant who withdraws gets none of the follow-up e-mails still waiting."""
    waiting = FollowUpEmail.objects.filter(
        participant=participant, email__status=EmailStatus.SCHEDULED
    ).values("email")
    OutgoingEmail.objects.filter(pk__in=waiting).update(status=EmailStatus.CANCELLED)
