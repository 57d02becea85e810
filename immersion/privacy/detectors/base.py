"""The candidate type shared by all detectors."""

from __future__ import annotations

from dataclasses import dataclass

from immersion.privacy import accents
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


#: Between two pieces of a value said or typed apart: an ellipsis, words of hesitation, or
#: both ("61 44… euh attendez… 207", "2, 0, 6, 6, 1, 9… et 3"); a comma alone separates the
#: items of a list.
_HESITATION = (
    r"(?:(?i:euh+|heu+|hum+|bah|attendez|attends|pardon|voil[àa]|alors"
    r"|je[^\S\n]+(?:regarde|cherche|v[ée]rifie|reprends))[^\S\n]*(?:…|\.{2,3}|,)?[^\S\n]*)"
)
PAUSE = (
    rf"[^\S\n]*(?:(?:…|\.{{2,3}})[^\S\n]*(?:(?i:et)[^\S\n]+)?{_HESITATION}{{0,3}}"
    rf"|,?[^\S\n]*{_HESITATION}{{1,3}})"
)
_PAUSE_RE = accents.compile(PAUSE)
#: A line break alone, as on a post-it too narrow for the number ("alloc 18645⏎20").
_BREAK_RE = accents.compile(r"[^\S\n]*\n[^\S\n]*")
#: A piece: groups of digits, or digits dictated one by one with commas ("2, 0, 6").
_PIECE_RE = accents.compile(
    r"(?:\d(?:,[ \u00a0]?\d){2,}|\d{1,6}(?:[ \u00a0]\d{1,4})*)(?![\w]|[.,]\d)"
)


def pieces(text: str, start: int, *, line_break: bool = False) -> list[tuple[int, int]]:
    """The pieces of a number starting at ``start`` and given apart, each a run of digit
    groups ("61 44", "207"); a pause (:data:`PAUSE`) or, with ``line_break``, a line break
    stands between two pieces. One piece when nothing follows."""
    out: list[tuple[int, int]] = []
    position = start
    while len(out) < 4:
        m = _PIECE_RE.match(text, position)
        if m is None:
            break
        out.append(m.span())
        gap = _PAUSE_RE.match(text, m.end()) or (
            _BREAK_RE.match(text, m.end()) if line_break and len(out) == 1 else None
        )
        if gap is None or gap.end() == m.end():
            break
        position = gap.end()
    return out
