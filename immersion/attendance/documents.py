"""The training documents as PDF: the programme, the attendance sheets (blank for hand
signature, or signed) and the certificate of completion ("certificat de réalisation")."""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from immersion.attendance.halfdays import (
    HalfDay,
    format_duration,
    is_training_item,
    training_half_days,
)
from immersion.attendance.models import Signature
from immersion.attendance.selectors import (
    attendance_sheet,
    expected_participants,
    require_training_provider,
    signatures_of,
    training_provider,
)
from immersion.documents.pdf import render_pdf
from immersion.seminars.models import ItemKind, SeminarStatus

METHODS = (
    _(
        "Observation en situation réelle de travail, aux côtés des agents qui accueillent le "
        "public (accueil physique, accueil téléphonique, contrôle sur place)."
    ),
    _(
        "Échange avec l'agent tuteur après chaque immersion : représentativité des situations "
        "observées, contraintes et intérêts de la fonction."
    ),
    _(
        "Analyse partagée animée par un expert : comparaison des expériences et des perceptions "
        "antérieures, apports sur les caractéristiques des usagers, leurs attentes et les "
        "innovations internationales."
    ),
    _("Apports d'un expert de haut niveau en séance plénière d'ouverture."),
)

EVALUATION = (
    _(
        "Questionnaire « avant » sur les perceptions de la relation de service, rempli avant le "
        "séminaire."
    ),
    _("Carnet d'observation et échanges avec le tuteur pendant l'immersion."),
    _("Évaluation « à chaud » à la fin du séminaire, puis « à froid » trois mois après."),
    _(
        "Assiduité : feuilles d'émargement signées par demi-journée ; certificat de réalisation "
        "remis à chaque participant."
    ),
)


def _filename(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "document"


def _programme_by_day(seminar, items):
    days = []
    for day, date in enumerate(seminar.days, start=1):
        entries = [i for i in items if timezone.localtime(i.starts_at).date() == date]
        days.append((day, date, entries))
    return days


def render_training_programme_pdf(seminar) -> bytes:
    items = list(seminar.programme_items.all())
    half_days = training_half_days(seminar, items)
    minutes = sum(h.minutes for h in half_days)
    return render_pdf(
        "documents/training_programme.html",
        {
            "seminar": seminar,
            "provider": training_provider(seminar),
            "programme": _programme_by_day(seminar, items),
            "training_ids": {i.pk for i in items if is_training_item(i)},
            "half_days": half_days,
            "duration": format_duration(minutes),
            "day_count": len(seminar.days),
            "methods": METHODS,
            "evaluation": EVALUATION,
            "experts": list(seminar.experts.all()),
            "ItemKind": ItemKind,
        },
    )


def training_programme_filename(seminar) -> str:
    return f"programme-formation-{_filename(seminar.title)}.pdf"


def render_attendance_sheet_pdf(
    seminar, half_day: HalfDay, *, blank: bool, participants=None, selection: str = ""
) -> bytes:
    """The half-day's sheet: blank (names and empty cells, to print) or as signed; only
    ``participants`` (a selection, described by ``selection`` in French) when given."""
    provider = require_training_provider(seminar)
    sheet = attendance_sheet(seminar, half_day, participants)
    return render_pdf(
        "documents/attendance_sheet.html",
        {
            "seminar": seminar,
            "provider": provider,
            "sheet": sheet,
            "half_day": half_day,
            "blank": blank,
            "selection": selection,
            "has_immersion": any(i.kind == ItemKind.IMMERSION for i in half_day.items),
            "printed_at": timezone.localtime(),
        },
    )


def attendance_sheet_filename(seminar, half_day: HalfDay, *, blank: bool) -> str:
    kind = "vierge" if blank else "signee"
    return f"emargement-{half_day.code.lower()}-{kind}-{_filename(seminar.title)}.pdf"


# --- Certificate of completion --------------------------------------------------------------


class NoAttendance(Exception):
    """No certificate for someone who signed no half-day."""


@dataclass
class Certificate:
    participant: object
    seminar: object
    attended: list[HalfDay]
    planned: list[HalfDay]

    @property
    def minutes_attended(self) -> int:
        return sum(h.minutes for h in self.attended)

    @property
    def minutes_planned(self) -> int:
        return sum(h.minutes for h in self.planned)

    @property
    def hours_attended(self) -> str:
        return format_duration(self.minutes_attended)

    @property
    def hours_planned(self) -> str:
        return format_duration(self.minutes_planned)

    @property
    def is_complete(self) -> bool:
        return len(self.attended) == len(self.planned)


def certificate_for(participant, half_days=None, signatures=None) -> Certificate | None:
    """The certificate's facts from the signed sheets; None when nothing was attended."""
    seminar = participant.seminar
    planned = half_days if half_days is not None else training_half_days(seminar)
    signed = signatures if signatures is not None else signatures_of(participant)
    attended = [h for h in planned if h.code in signed]
    if not attended:
        return None
    return Certificate(participant=participant, seminar=seminar, attended=attended, planned=planned)


def seminar_is_over(seminar) -> bool:
    """Closed, or running past its last day: a certificate of completion can be issued."""
    if seminar.status == SeminarStatus.CLOSED:
        return True
    return seminar.status == SeminarStatus.RUNNING and timezone.localdate() > seminar.end_date


def own_certificate(participant) -> Certificate | None:
    """The certificate a participant may download themselves: only once the seminar is over,
    and only if their attendance was recorded (at least one signed half-day)."""
    if participant.withdrawn_at is not None or not seminar_is_over(participant.seminar):
        return None
    return certificate_for(participant)


def render_certificate_pdf(participant) -> bytes:
    provider = require_training_provider(participant.seminar)
    certificate = certificate_for(participant)
    if certificate is None:
        raise NoAttendance(participant.pk)
    return _render_certificate(certificate, provider)


def _render_certificate(certificate: Certificate, provider) -> bytes:
    seminar = certificate.seminar
    return render_pdf(
        "documents/certificate.html",
        {
            "certificate": certificate,
            "participant": certificate.participant,
            "seminar": seminar,
            "provider": provider,
            "issued_on": max(timezone.localdate(), seminar.end_date),
        },
    )


def certificate_filename(participant) -> str:
    return (
        f"certificat-realisation-{_filename(participant.last_name)}-"
        f"{_filename(participant.first_name)}-{participant.pk}.pdf"
    )


def certificates(seminar, half_days=None) -> list[tuple[object, Certificate | None]]:
    """Every participant with their certificate (or None), in a few queries."""
    half_days = training_half_days(seminar) if half_days is None else half_days
    signed: dict[int, dict] = {}
    for s in Signature.objects.filter(seminar=seminar, participant__isnull=False):
        signed.setdefault(s.participant_id, {})[s.half_day] = s
    participants = list(expected_participants(seminar).select_related("seminar"))
    listed = {p.pk for p in participants}
    withdrawn = [
        p
        for p in seminar.participants.exclude(withdrawn_at=None).select_related("seminar")
        if p.pk in signed and p.pk not in listed
    ]
    return [
        (p, certificate_for(p, half_days, signed.get(p.pk, {})))
        for p in [*participants, *withdrawn]
    ]


def render_certificates_zip(seminar) -> bytes:
    """All the certificates of a seminar in one zip file (participants who attended)."""
    provider = require_training_provider(seminar)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for participant, certificate in certificates(seminar):
            if certificate is not None:
                archive.writestr(
                    certificate_filename(participant), _render_certificate(certificate, provider)
                )
    return buffer.getvalue()


def certificates_zip_filename(seminar) -> str:
    return f"certificats-realisation-{_filename(seminar.title)}.zip"
