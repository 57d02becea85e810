"""The retention policy: a seminar's personal data are deleted or made anonymous
``IMMERSION_RETENTION_MONTHS`` months (12 by default) after its last day.

What goes (see ``anonymise.py``): the participants' names, contacts, organisation, home,
needs and diet; their accounts (when they take part in no other seminar still kept) and so
their sign-in links; the drawn signatures and signers' names; the attendance codes; the
outbox's addresses, names, subjects and bodies; the guests' names; the reverse immersion's
applicants; the names in the assignment runs' stored messages. What stays: anonymous rows
carrying the category, the placements, the notebook's notes (redacted when written), the
questionnaires' answers, the evaluations and the contributions — so the debrief's
statistics give the same figures.

``apply_due_retention`` is a due finder (``common.scheduling``, run daily by ``send_due`` or
the worker); ``manage.py apply_retention [--dry-run]`` runs it by hand. Each seminar is
handled in its own transaction and logged in the audit log with counts only. Running it
again changes nothing (every step only touches what is not anonymous yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from immersion.accounts.models import Role, SignInLink, User
from immersion.attendance.models import AttendanceCode, Signature
from immersion.common.audit import log_action
from immersion.common.scheduling import claim
from immersion.gdpr import anonymise
from immersion.inverse.models import ReverseApplication
from immersion.logistics.models import Guest
from immersion.notifications.models import OutgoingEmail
from immersion.people.models import Participant
from immersion.placements.models import AssignmentRun
from immersion.seminars.models import Seminar

# The counts' keys, in the order they are shown, with their French label.
KINDS = {
    "participants": "participants anonymisés",
    "accounts": "comptes supprimés",
    "sign_in_links": "liens de connexion supprimés",
    "signatures": "signatures anonymisées",
    "attendance_codes": "codes d'émargement supprimés",
    "emails": "courriels anonymisés",
    "guests": "invités anonymisés",
    "applications": "candidatures (immersion inversée) anonymisées",
    "runs": "calculs d'affectation dont les noms sont retirés",
}


def retention_months() -> int:
    return int(settings.IMMERSION_RETENTION_MONTHS)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 always exists


def deletion_date(seminar) -> dt.date:
    """The day a seminar's personal data go: its last day + the retention period."""
    return add_months(seminar.end_date, retention_months())


def due_seminars(today: dt.date):
    """Seminars whose last day is at least the retention period before ``today``."""
    return Seminar.objects.filter(end_date__lte=add_months(today, -retention_months())).order_by(
        "end_date", "pk"
    )


@dataclass
class SeminarRetention:
    seminar_id: int
    title: str
    end_date: dt.date
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[tuple[str, int]]:
        return [(KINDS[k], self.counts.get(k, 0)) for k in KINDS]


def _accounts_to_delete(seminar):
    """Participants' accounts linked to this seminar only (or to seminars already
    anonymised): an account still used elsewhere stays."""
    elsewhere = anonymise.not_anonymous_participants(
        Participant.objects.filter(user=OuterRef("pk")).exclude(seminar=seminar)
    )
    return User.objects.filter(
        role=Role.PARTICIPANT,
        is_staff=False,
        is_superuser=False,
        participations__seminar=seminar,
    ).exclude(Exists(elsewhere))


def pending(seminar) -> dict[str, int]:
    """What the retention would change in ``seminar`` now (counts only)."""
    participants = Participant.objects.filter(seminar=seminar)
    accounts = _accounts_to_delete(seminar)
    return {
        "participants": anonymise.not_anonymous_participants(participants).count(),
        "accounts": accounts.distinct().count(),
        "sign_in_links": SignInLink.objects.filter(user__in=accounts).count(),
        "signatures": Signature.objects.filter(seminar=seminar)
        .exclude(image__in=["", anonymise.ERASED_SIGNATURE], signer_name="", signer_function="")
        .count(),
        "attendance_codes": AttendanceCode.objects.filter(participant__seminar=seminar).count(),
        "emails": OutgoingEmail.objects.filter(seminar=seminar)
        .exclude(to_email=anonymise.ANONYMOUS_EMAIL)
        .count(),
        "guests": Guest.objects.filter(seminar=seminar)
        .exclude(name=anonymise.ANONYMOUS_GUEST)
        .count(),
        "applications": ReverseApplication.objects.filter(
            offer__seminar=seminar, anonymised_at__isnull=True
        ).count(),
        "runs": AssignmentRun.objects.filter(seminar=seminar).count()
        if anonymise.not_anonymous_participants(participants).exists()
        else 0,
    }


@transaction.atomic
def apply_to_seminar(seminar) -> dict[str, int]:
    """Delete or anonymise the personal data of one seminar; log the counts."""
    participants = Participant.objects.filter(seminar=seminar)
    accounts = list(_accounts_to_delete(seminar).distinct().values_list("pk", flat=True))
    counts = {
        "runs": anonymise.scrub_runs(
            AssignmentRun.objects.filter(seminar=seminar),
            anonymise.participant_needles(participants),
        ),
        "sign_in_links": SignInLink.objects.filter(user__in=accounts).count(),
    }
    counts["participants"] = anonymise.anonymise_participants(participants)
    counts["accounts"] = User.objects.filter(pk__in=accounts).delete()[1].get(User._meta.label, 0)
    counts["signatures"] = anonymise.anonymise_signatures(Signature.objects.filter(seminar=seminar))
    counts["attendance_codes"] = anonymise.delete_attendance_codes(
        AttendanceCode.objects.filter(participant__seminar=seminar)
    )
    counts["emails"] = anonymise.anonymise_emails(OutgoingEmail.objects.filter(seminar=seminar))
    counts["guests"] = anonymise.anonymise_guests(Guest.objects.filter(seminar=seminar))
    counts["applications"] = anonymise.anonymise_applications(
        ReverseApplication.objects.filter(offer__seminar=seminar)
    )
    counts = {k: counts.get(k, 0) for k in KINDS}
    if any(counts.values()):
        log_action(None, "retention.apply", seminar, **counts)
    return counts


def apply_retention(*, today: dt.date | None = None, dry_run: bool = False):
    """Every seminar past its retention period, with what was (or would be) changed.
    Seminars with nothing left to change are not listed."""
    today = today or timezone.localdate()
    reports = []
    for seminar in due_seminars(today):
        counts = pending(seminar) if dry_run else apply_to_seminar(seminar)
        if any(counts.values()):
            reports.append(
                SeminarRetention(seminar.pk, seminar.title, seminar.end_date, counts=counts)
            )
    return reports


def apply_due_retention(now: dt.datetime) -> int:
    """The daily due finder: applies the retention once a day (the claim names the day);
    queues no message (returns 0). A run that fails is simply done again the next day."""
    today = timezone.localdate(now)
    if claim(f"conservation-donnees:{today.isoformat()}"):
        apply_retention(today=today)
    return 0
