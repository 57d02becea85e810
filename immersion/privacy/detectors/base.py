"""The candidate type shared by all detectors."""

from __future__ import annotations

from dataclasses import dataclass

from immersion.privacy.types import Label

#: When two candidates overlap, the one with the higher priority wins (then the longer one).
PRIORITY: dict[Label, int] = {
    Label.EMAIL: 100,
    Label.IBAN: 95,
    Label.NIR: 90,
    Label.ID_FRANCE_TRAVAIL: 85,
    Label.N_ALLOCATAIRE: 80,
    Label.TELEPHONE: 75,
    Label.IMMATRICULATION: 70,
    Label.IDENTIFIANT: 68,
    Label.DATE_NAISSANCE: 65,
    Label.ADRESSE: 60,
    Label.PERSONNE: 50,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    label: Label

    @property
    def rank(self) -> tuple[int, int]:
        return (PRIORITY[self.label], self.end - self.start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end
