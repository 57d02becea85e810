"""Value types returned by the anonymiser."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    """Kinds of personal data. The value is the ASCII label used in spans and JSON."""

    PERSONNE = "PERSONNE"
    NIR = "NIR"
    TELEPHONE = "TELEPHONE"
    EMAIL = "EMAIL"
    IBAN = "IBAN"
    ADRESSE = "ADRESSE"
    DATE_NAISSANCE = "DATE_NAISSANCE"
    N_ALLOCATAIRE = "N_ALLOCATAIRE"
    ID_FRANCE_TRAVAIL = "ID_FRANCE_TRAVAIL"
    IMMATRICULATION = "IMMATRICULATION"
    IDENTIFIANT = "IDENTIFIANT"  # any other identifier of a person (passport, IPP, @pseudo…)


#: Placeholder word written in the redacted text for each label (French spelling).
#: Persons are numbered inside a note: ``[PERSONNE_1]``, ``[PERSONNE_2]``…
PLACEHOLDERS: dict[Label, str] = {
    Label.PERSONNE: "PERSONNE",
    Label.NIR: "NIR",
    Label.TELEPHONE: "TÉLÉPHONE",
    Label.EMAIL: "EMAIL",
    Label.IBAN: "IBAN",
    Label.ADRESSE: "ADRESSE",
    Label.DATE_NAISSANCE: "DATE_NAISSANCE",
    Label.N_ALLOCATAIRE: "N_ALLOCATAIRE",
    Label.ID_FRANCE_TRAVAIL: "ID_FRANCE_TRAVAIL",
    Label.IMMATRICULATION: "IMMATRICULATION",
    Label.IDENTIFIANT: "IDENTIFIANT",
}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A piece of personal data: ``text[start:end]`` in the original text."""

    start: int
    end: int
    label: Label

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "label": str(self.label)}


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """Redacted text and the spans (sorted, non-overlapping) that were replaced."""

    text: str
    spans: list[Span] = field(default_factory=list)
