"""Plain data of the assignment engine: the instance, the solution and their parts.

Everything here is a frozen dataclass holding plain Python values, so that an instance can be
built from JSON (see :mod:`immersion.assignment.io`) or from Django models by an adapter, and a
solution can be serialised back to JSON without any framework.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SITE_KINDS: tuple[str, ...] = (
    "caf",
    "cpam",
    "ccas",
    "urgences",
    "chrs",
    "france_travail",
    "other",
)
CHANNELS: tuple[str, ...] = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
CATEGORIES: tuple[str, ...] = (
    "fonctionnaire_etat",
    "fonctionnaire_territorial",
    "cadre_securite_sociale",
    "cadre_hopital",
    "journaliste",
    "chef_entreprise",
    "elu",
    "enseignant",
)
MAX_PREFERENCE = 3
# Accessibility: what a site provides and what a participant needs, with the same codes. A need
# is met only by a site that declares it (an unknown access does not meet a need).
ACCESS_CODES: tuple[str, ...] = ("plain_pied", "boucle_magnetique", "lsf", "gros_caracteres")
ACCESS_LABELS: dict[str, str] = {
    "plain_pied": "accès de plain-pied (fauteuil roulant)",
    "boucle_magnetique": "boucle magnétique",
    "lsf": "langue des signes (LSF)",
    "gros_caracteres": "documents en gros caractères",
}

CATEGORY_LABELS: dict[str, str] = {
    "fonctionnaire_etat": "fonctionnaire d'État",
    "fonctionnaire_territorial": "fonctionnaire territorial",
    "cadre_securite_sociale": "cadre de Sécurité sociale",
    "cadre_hopital": "cadre hospitalier",
    "journaliste": "journaliste",
    "chef_entreprise": "chef d'entreprise",
    "elu": "élu",
    "enseignant": "enseignant",
}


def name_of(item: Site | Slot | Participant) -> str:
    """How a message names a site, slot or participant: its label if given, else its id."""
    return item.label or item.id


def category_name(code: str) -> str:
    return CATEGORY_LABELS.get(code, code)


def access_names(codes: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """« accès de plain-pied (fauteuil roulant), boucle magnétique », in the codes' order."""
    return ", ".join(ACCESS_LABELS.get(c, c) for c in ACCESS_CODES if c in codes)


KIND_LABELS: dict[str, str] = {
    "caf": "Caf",
    "cpam": "Cpam",
    "ccas": "CCAS",
    "urgences": "urgences hospitalières",
    "chrs": "CHRS",
    "france_travail": "France Travail (ex-Pôle emploi)",
    "other": "autre structure",
}
CHANNEL_LABELS: dict[str, str] = {
    "accueil_physique": "accueil physique",
    "accueil_telephonique": "accueil téléphonique",
    "controle_sur_place": "contrôle sur place",
}


@dataclass(frozen=True)
class Weights:
    """Objective weights (all non-negative integers; penalties are subtracted)."""

    assignment: int = 1000
    distinct_kind: int = 100
    distinct_channel: int = 30
    preference: int = 10
    mix_penalty: int = 20
    dropped_previous: int = 500

    def as_dict(self) -> dict[str, int]:
        return {
            "assignment": self.assignment,
            "distinct_kind": self.distinct_kind,
            "distinct_channel": self.distinct_channel,
            "preference": self.preference,
            "mix_penalty": self.mix_penalty,
            "dropped_previous": self.dropped_previous,
        }


@dataclass(frozen=True)
class Site:
    id: str
    kind: str
    organisation: str
    lat: float | None = None
    lon: float | None = None
    label: str = ""  # how messages name it (optional; the id otherwise)
    travel_minutes: int | None = None  # one way, between the seminar's venue and the site
    access: frozenset[str] = frozenset()  # ACCESS_CODES the site provides


@dataclass(frozen=True)
class Slot:
    id: str
    site: str
    channel: str
    half_day: str
    capacity: int
    forbidden_categories: frozenset[str] = frozenset()
    label: str = ""


@dataclass(frozen=True)
class Participant:
    id: str
    category: str
    organisation: str = ""
    lat: float | None = None
    lon: float | None = None
    max_km: float | None = None
    available: tuple[str, ...] = ()
    preferences: tuple[tuple[str, int], ...] = ()
    pinned: tuple[tuple[str, str], ...] = ()
    label: str = ""
    needs: frozenset[str] = frozenset()  # ACCESS_CODES the site must provide

    def preference(self, kind: str) -> int:
        for k, value in self.preferences:
            if k == kind:
                return value
        return 0

    @property
    def pins(self) -> dict[str, str]:
        """Pinned slot id by half-day."""
        return dict(self.pinned)


@dataclass(frozen=True)
class TravelBudget:
    """Minutes free in the programme around one half-day's immersion (None: no limit).

    ``before``: from the end of the previous item (at the venue) to the start of the immersion;
    ``after``: from the end of the immersion to the start of the next item (at the venue).
    """

    half_day: str
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True)
class Assignment:
    participant: str
    slot: str


@dataclass(frozen=True)
class Instance:
    half_days: tuple[str, ...]
    sites: tuple[Site, ...]
    slots: tuple[Slot, ...]
    participants: tuple[Participant, ...]
    previous: tuple[Assignment, ...] = ()
    weights: Weights = field(default_factory=Weights)
    travel_budgets: tuple[TravelBudget, ...] = ()

    # Lookups, built once (the dataclass stays frozen: they are set through object.__setattr__).
    def __post_init__(self) -> None:
        object.__setattr__(self, "_site_by_id", {s.id: s for s in self.sites})
        object.__setattr__(self, "_slot_by_id", {s.id: s for s in self.slots})
        object.__setattr__(self, "_participant_by_id", {p.id: p for p in self.participants})
        object.__setattr__(
            self, "_budget_by_half_day", {b.half_day: b for b in self.travel_budgets}
        )

    def site(self, site_id: str) -> Site:
        return self._site_by_id[site_id]  # type: ignore[attr-defined]

    def slot(self, slot_id: str) -> Slot:
        return self._slot_by_id[slot_id]  # type: ignore[attr-defined]

    def participant(self, participant_id: str) -> Participant:
        return self._participant_by_id[participant_id]  # type: ignore[attr-defined]

    def has_slot(self, slot_id: str) -> bool:
        return slot_id in self._slot_by_id  # type: ignore[attr-defined]

    def has_participant(self, participant_id: str) -> bool:
        return participant_id in self._participant_by_id  # type: ignore[attr-defined]

    def has_site(self, site_id: str) -> bool:
        return site_id in self._site_by_id  # type: ignore[attr-defined]

    def travel_budget(self, half_day: str) -> TravelBudget:
        """The half-day's travel budget (no limit when the instance gives none)."""
        return self._budget_by_half_day.get(half_day) or TravelBudget(half_day)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Violation:
    """A broken hard constraint in an assignment (see :func:`check_assignment`)."""

    participant: str
    slot: str
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {
            "participant": self.participant,
            "slot": self.slot,
            "code": self.code,
            "message": self.message,
        }


@dataclass(frozen=True)
class Unplaced:
    """An available half-day of a participant left without a slot, with the reasons why."""

    participant: str
    half_day: str
    reasons: tuple[str, ...]
    codes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "participant": self.participant,
            "half_day": self.half_day,
            "reasons": list(self.reasons),
            "codes": list(self.codes),
        }


@dataclass(frozen=True)
class Solution:
    status: str  # "optimal" | "feasible" | "infeasible"
    objective: int
    bound: int | None
    assignments: tuple[Assignment, ...]
    unplaced: tuple[Unplaced, ...] = ()
    diagnosis: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "objective": self.objective,
            "bound": self.bound,
            "assignments": [
                {"participant": a.participant, "slot": a.slot} for a in self.assignments
            ],
            "unplaced": [u.as_dict() for u in self.unplaced],
            "diagnosis": self.diagnosis,
            "stats": self.stats,
        }
