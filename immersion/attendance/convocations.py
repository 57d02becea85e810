"""Convocations: the e-mail that calls each placed participant to the training, with their
personal programme attached (PDF and calendar), held in the outbox for the organizer's review.

Called right after an assignment is published, and from the organizer's follow-up page.

A participant not invited yet gets no convocation (it is held until the invitation goes
out). The e-mail's list of immersions is built from the very data of the attached PDF
(``documents.programme.build_personal_programme``): where the PDF says the host site will
be communicated later (commitment not signed), the e-mail says so too.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.attendance.halfdays import format_duration, training_half_days
from immersion.attendance.models import Convocation
from immersion.attendance.selectors import require_training_provider
from immersion.common.audit import log_action
from immersion.documents.programme import build_personal_programme
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.services import cancel_emails, compose_email
from immersion.placements.selectors import published_placements, published_run
from immersion.seminars.models import ItemKind

LIVE_STATUSES = (
    EmailStatus.DRAFT,
    EmailStatus.QUEUED,
    EmailStatus.SENDING,
    EmailStatus.SENT,
    EmailStatus.UNCERTAIN,
)


def placements_fingerprint(placements) -> str:
    """Which offers on which half-days: what the convocation tells the participant."""
    key = ";".join(sorted(f"{p.half_day_id}:{p.offer_id}" for p in placements))
    return hashlib.sha256(key.encode()).hexdigest()


def convocation_attachments(participant) -> list[dict]:
    return [
        {"kind": "personal_programme_pdf", "participant": participant.pk},
        {"kind": "personal_programme_ics", "participant": participant.pk},
    ]


def _space_url(participant, base_url: str) -> str:
    """The participant's space, absolute: from the request, else the SITE_URL setting."""
    base_url = base_url or settings.SITE_URL
    return base_url.rstrip("/") + reverse("participant:dashboard", args=[participant.pk])


@transaction.atomic
def queue_convocations(*, actor, seminar, base_url: str = "") -> int:
    """Prepare one convocation per placed, non-withdrawn participant; returns how many.

    Idempotent: nobody gets a second convocation for the same placements unless the first
    was cancelled. When someone's placements changed (a new assignment was published),
    their convocation still waiting for review is cancelled and a new one prepared.
    """
    run = published_run(seminar)
    if run is None:
        raise ValidationError(
            _("Publiez d'abord l'affectation : la convocation joint le programme personnel.")
        )
    # The convocation names the training provider (« action de formation organisée par »).
    provider = require_training_provider(seminar)
    by_participant: dict[int, list] = {}
    held = set()
    for placement in published_placements(seminar):
        if placement.participant.invited_at is None:
            held.add(placement.participant_id)  # held until the invitation goes out
            continue
        by_participant.setdefault(placement.participant_id, []).append(placement)
    previous: dict[int, list[Convocation]] = {}
    for convocation in Convocation.objects.filter(participant__seminar=seminar).select_related(
        "email"
    ):
        previous.setdefault(convocation.participant_id, []).append(convocation)

    # Convocations waiting for review that no longer match: withdrawn, or placements changed.
    stale = []
    for participant_id, convocations in previous.items():
        current = by_participant.get(participant_id)
        if participant_id in held:
            continue  # placed but not invited: nothing prepared, nothing cancelled
        fingerprint = placements_fingerprint(current) if current else None
        stale += [
            c.email_id
            for c in convocations
            if c.email is not None
            and c.email.status == EmailStatus.DRAFT
            and c.fingerprint != fingerprint
        ]
    if stale:
        cancel_emails(actor=actor, emails=OutgoingEmail.objects.filter(pk__in=stale))

    half_days = training_half_days(seminar)
    context = {
        "seminar": seminar,
        "provider": provider,
        "duration": format_duration(sum(h.minutes for h in half_days)),
        "welcome": seminar.programme_items.exclude(is_optional=True)
        .exclude(kind__in=[ItemKind.MEAL, ItemKind.TRAVEL])
        .order_by("starts_at")
        .first(),
        "return_trip": seminar.programme_items.filter(kind=ItemKind.TRAVEL)
        .order_by("-starts_at")
        .first(),
    }
    now = timezone.now()
    count = 0
    for participant_id in sorted(by_participant, key=lambda pk: _sort_key(by_participant[pk])):
        placements = by_participant[participant_id]
        participant = placements[0].participant
        fingerprint = placements_fingerprint(placements)
        if any(
            c.fingerprint == fingerprint and c.email is not None and c.email.status in LIVE_STATUSES
            for c in previous.get(participant_id, [])
        ):
            continue
        programme = build_personal_programme(participant)
        email = compose_email(
            to_email=participant.email,
            to_name=participant.full_name,
            template="convocation",
            context={
                **context,
                "participant": participant,
                "immersions": programme.immersions,
                "places_later": any(not i.address for i in programme.immersions),
                "space_url": _space_url(participant, base_url),
            },
            kind=EmailKind.CONVOCATION,
            seminar=seminar,
            recipient=participant.user,
            attachments=convocation_attachments(participant),
            review=True,
            actor=actor,
        )
        convocation = Convocation(
            participant=participant,
            run=run,
            fingerprint=fingerprint,
            email=email,
            created_at=now,
        )
        convocation.full_clean()
        convocation.save()
        count += 1
    log_action(
        actor,
        "convocations.queue",
        seminar,
        run=run.pk,
        count=count,
        cancelled=len(stale),
        held=len(held),
    )
    return count


def held_convocations(seminar) -> int:
    """Placed participants whose convocation waits for their invitation."""
    return len(
        {
            p.participant_id
            for p in published_placements(seminar)
            if p.participant.invited_at is None
        }
    )


def _sort_key(placements):
    p = placements[0].participant
    return (p.last_name.casefold(), p.first_name.casefold(), p.pk)


def convocation_drafts(seminar) -> int:
    """How many participants' latest convocation waits, as a draft, for its review."""
    latest: dict[int, str] = dict(
        Convocation.objects.filter(participant__seminar=seminar, email__isnull=False)
        .order_by("created_at", "id")
        .values_list("participant_id", "email__status")
    )
    return sum(1 for status in latest.values() if status == EmailStatus.DRAFT)


def convocation_status(seminar, participant_ids=None) -> dict[int, OutgoingEmail]:
    """The latest convocation e-mail of each participant (for the follow-up page), or of
    the participants ``participant_ids`` only (a page of the list)."""
    latest: dict[int, OutgoingEmail] = {}
    convocations = Convocation.objects.filter(participant__seminar=seminar, email__isnull=False)
    if participant_ids is not None:
        convocations = convocations.filter(participant_id__in=participant_ids)
    for convocation in convocations.select_related("email").order_by("created_at", "id"):
        latest[convocation.participant_id] = convocation.email
    return latest
