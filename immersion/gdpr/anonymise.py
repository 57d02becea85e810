"""The writes that make personal data anonymous, shared by the retention policy (a whole
seminar, ``retention.py``) and the erasure of one person (``person.py``).

Each function takes a QuerySet, changes only what still holds personal data (so running it
again changes nothing: the retention is idempotent) and returns how many rows it changed.
Bulk ``update()`` on purpose: these rows are no longer edited by anybody, and a ``save()``
would run checks (a required name) that an anonymous row no longer meets.
"""

from __future__ import annotations

import re

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from immersion.attendance.models import AttendanceCode
from immersion.placements.models import AssignmentRun

# Anonymised rows are recognised by this reserved domain (RFC 2606: ``.invalid`` never
# resolves), so a second run finds nothing left to do.
ANONYMOUS_DOMAIN = "anonyme.invalid"
ANONYMOUS_EMAIL = f"anonyme@{ANONYMOUS_DOMAIN}"
ANONYMOUS_FIRST_NAME = "Personne"
ANONYMOUS_LAST_NAME = "anonymisée"
ANONYMOUS_LABEL = f"{ANONYMOUS_FIRST_NAME} {ANONYMOUS_LAST_NAME}"
ANONYMOUS_GUEST = "Invité·e anonymisé·e"
ERASED_TUTOR = "Tuteur ou tutrice (données effacées)"
# A drawn signature must keep an image (a check constraint): a blank 1×1 PNG replaces it.
ERASED_SIGNATURE = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)


def not_anonymous_participants(queryset):
    return queryset.exclude(email__iendswith="@" + ANONYMOUS_DOMAIN)


def anonymise_participants(queryset) -> int:
    """Name, contacts, organisation, home, needs and diet go; the category, the
    placements, the notebook's (already redacted) notes, the questionnaires' answers and the
    evaluations stay, attached to an anonymous row, so every statistic keeps its figures.
    The e-mail becomes ``anonyme-<id>@anonyme.invalid`` (unique per seminar)."""
    queryset = not_anonymous_participants(queryset)
    return queryset.update(
        user=None,
        first_name=ANONYMOUS_FIRST_NAME,
        last_name=ANONYMOUS_LAST_NAME,
        email=Concat(Value("anonyme-"), Cast("pk", CharField()), Value("@" + ANONYMOUS_DOMAIN)),
        phone="",
        organisation="",
        function="",
        home_commune_code="",
        home_commune_name="",
        latitude=None,
        longitude=None,
        accessibility_needs="",
        access_needs=[],
        diet="",
        dietary_needs="",
        arrival_travel="",
        departure_travel="",
    )


def anonymise_signatures(queryset) -> int:
    """The drawn signature and the signer's name go; the presence (which participant, which
    half-day, how) stays for the attendance counts. The signer's account is unlinked from a
    participant's signature (a sheet's own signature keeps it: it has no participant)."""
    queryset = queryset.exclude(image=ERASED_SIGNATURE, signer_name="", signer_function="")
    queryset.filter(participant__isnull=False).update(signer=None)
    count = queryset.exclude(image="").update(
        image=ERASED_SIGNATURE, signer_name="", signer_function=""
    )
    return count + queryset.filter(image="").update(signer_name="", signer_function="")


def delete_attendance_codes(queryset) -> int:
    return queryset.delete()[1].get(AttendanceCode._meta.label, 0)


def anonymise_emails(queryset) -> int:
    """The outbox keeps that a message of a kind was sent, when, and its state; address,
    name, subject and bodies go."""
    return queryset.exclude(to_email=ANONYMOUS_EMAIL).update(
        to_email=ANONYMOUS_EMAIL,
        to_name="",
        subject="",
        body_text="",
        body_html="",
        recipient=None,
        error="",
    )


def anonymise_guests(queryset) -> int:
    return queryset.exclude(name=ANONYMOUS_GUEST).update(
        name=ANONYMOUS_GUEST, function="", organisation="", dietary_needs=""
    )


def anonymise_applications(queryset) -> int:
    """As the reverse immersion's own cleaning does (``inverse.services.clean_applications``)."""
    return queryset.filter(anonymised_at__isnull=True).update(
        name="",
        email="anonyme@invalid.example",
        organisation="",
        motivation="",
        link_hash="",
        anonymised_at=timezone.now(),
    )


def anonymise_tutors(queryset) -> int:
    return queryset.exclude(last_name=ERASED_TUTOR).update(
        first_name="", last_name=ERASED_TUTOR, job_title="", email="", phone="", user=None
    )


def _scrub(value, needles: list[str]):
    if isinstance(value, str):
        for needle in needles:
            value = re.sub(re.escape(needle), ANONYMOUS_LABEL, value, flags=re.IGNORECASE)
        return value
    if isinstance(value, list):
        return [_scrub(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, needles) for k, v in value.items()}
    return value


RUN_TEXT_FIELDS = ("instance", "diagnosis", "unplaced", "breakdown", "stats", "reason", "error")


def scrub_runs(runs, needles: list[str]) -> int:
    """The assignment runs keep the solver's input and its French messages, which name the
    participants: each name or address in ``needles`` becomes « Personne anonymisée »."""
    needles = sorted({n.strip() for n in needles if n and len(n.strip()) > 2}, key=len)[::-1]
    changed = 0
    if not needles:
        return 0
    for run in runs.only("pk", *RUN_TEXT_FIELDS):
        values = {name: _scrub(getattr(run, name), needles) for name in RUN_TEXT_FIELDS}
        if any(values[name] != getattr(run, name) for name in RUN_TEXT_FIELDS):
            AssignmentRun.objects.filter(pk=run.pk).update(**values)
            changed += 1
    return changed


def participant_needles(participants) -> list[str]:
    """The names and addresses of ``participants`` as the runs may write them."""
    needles = []
    for first, last, email in not_anonymous_participants(participants).values_list(
        "first_name", "last_name", "email"
    ):
        needles += [f"{first} {last}", f"{last} {first}", email]
    return needles
