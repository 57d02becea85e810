"""Reads of the attendance sheets: who is expected, who signed, what a participant attended."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from immersion.attendance.halfdays import HalfDay, training_half_days
from immersion.attendance.models import Signature, TrainingProvider


def expected_participants(seminar, half_day_code: str | None = None):
    """Everyone registered and not withdrawn is on every sheet; the absent do not sign. With
    a half-day, those who declared themselves unavailable for it are left out."""
    participants = seminar.participants.active()
    if half_day_code:
        participants = participants.exclude(unavailable_half_days__half_day=half_day_code)
    return participants.order_by("last_name", "first_name", "pk")


def unavailable_pairs(seminar) -> set[tuple[int, str]]:
    """(participant, half-day code) for every half-day a participant declared unavailable."""
    through = seminar.participants.model.unavailable_half_days.through
    return set(
        through.objects.filter(participant__seminar=seminar).values_list(
            "participant_id", "programmeitem__half_day"
        )
    )


@dataclass
class SheetRow:
    participant: object
    signature: Signature | None


@dataclass
class Sheet:
    seminar: object
    half_day: HalfDay
    rows: list[SheetRow]
    persons_in_charge: list[Signature]

    @property
    def signed_count(self) -> int:
        return sum(1 for r in self.rows if r.signature is not None)

    @property
    def expected_count(self) -> int:
        return len(self.rows)

    @property
    def is_certified(self) -> bool:
        return bool(self.persons_in_charge)


def attendance_sheet(
    seminar, half_day: HalfDay, participants=None, *, images: bool = True
) -> Sheet:
    """One half-day's sheet: every expected participant with their signature, if any; only
    those of ``participants`` (a selection of the seminar's participants) when given.

    ``images=False`` leaves the drawn signatures in the database (a few kilobytes each, so
    megabytes for a large seminar): for the screens that only say who signed and when."""
    signatures = Signature.objects.for_sheet(seminar, half_day.code).select_related("signer")
    if not images:
        signatures = signatures.defer("image")
    signatures = list(signatures)
    by_participant = {s.participant_id: s for s in signatures if s.participant_id}
    expected = expected_participants(seminar, half_day.code)
    selected = None
    if participants is not None:
        selected = set(participants.values_list("pk", flat=True))
        expected = expected.filter(pk__in=participants.values("pk"))
    rows = [SheetRow(participant=p, signature=by_participant.get(p.pk)) for p in expected]
    # A withdrawn participant who had signed stays on the sheet: the signature is a record.
    listed = {r.participant.pk for r in rows}
    extra = [
        s
        for s in signatures
        if s.participant_id
        and s.participant_id not in listed
        and (selected is None or s.participant_id in selected)
    ]
    if extra:
        for s in sorted(extra, key=lambda s: s.signer_name):
            rows.append(SheetRow(participant=s.participant, signature=s))
    return Sheet(
        seminar=seminar,
        half_day=half_day,
        rows=rows,
        persons_in_charge=[s for s in signatures if s.participant_id is None],
    )


@dataclass
class HalfDaySummary:
    half_day: HalfDay
    signed: int
    expected: int
    persons_in_charge: list[str] = field(default_factory=list)


def attendance_overview(seminar, half_days=None) -> list[HalfDaySummary]:
    """Per half-day: signatures over expected, and who signed as person in charge (3 queries)."""
    half_days = training_half_days(seminar) if half_days is None else half_days
    expected_ids = set(expected_participants(seminar).values_list("pk", flat=True))
    unavailable = unavailable_pairs(seminar)
    signed: dict[str, int] = {}
    in_charge: dict[str, list[str]] = {}
    for code, participant_id, name in Signature.objects.filter(seminar=seminar).values_list(
        "half_day", "participant_id", "signer_name"
    ):
        if participant_id is None:
            in_charge.setdefault(code, []).append(name)
        elif participant_id in expected_ids:
            signed[code] = signed.get(code, 0) + 1
    return [
        HalfDaySummary(
            half_day=h,
            signed=signed.get(h.code, 0),
            expected=sum(1 for pk in expected_ids if (pk, h.code) not in unavailable),
            persons_in_charge=in_charge.get(h.code, []),
        )
        for h in half_days
    ]


def signatures_of(participant) -> dict[str, Signature]:
    return {s.half_day: s for s in Signature.objects.filter(participant=participant)}


class TrainingProviderMissing(Exception):
    """A Qualiopi document names the training provider: none is filled in for the seminar."""


def has_training_provider(seminar) -> bool:
    """Whether Qualiopi documents can be produced: the training provider is named."""
    return TrainingProvider.objects.filter(seminar=seminar).exclude(name="").exists()


def require_training_provider(seminar) -> TrainingProvider:
    """The seminar's saved training provider; a Qualiopi document (attendance sheet,
    certificate, convocation) is never produced under the platform's name instead."""
    provider = TrainingProvider.objects.filter(seminar=seminar).first()
    if provider is None or not provider.name.strip():
        raise TrainingProviderMissing
    return provider


def training_provider(seminar) -> TrainingProvider:
    """The seminar's training provider, or an unsaved default naming the first organizer."""
    provider = TrainingProvider.objects.filter(seminar=seminar).first()
    if provider is not None:
        return provider
    organizer = seminar.organizers.order_by("pk").first()
    return TrainingProvider(
        seminar=seminar,
        name="Vivez ma vie d'usager",
        representative_name=(organizer.get_full_name() or organizer.email) if organizer else "",
        representative_title=_("Organisateur du séminaire") if organizer else "",
        contact=organizer.email if organizer else "",
    )
