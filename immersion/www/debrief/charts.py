"""Geometry of the board's charts, computed here so the templates only place boxes.

Every chart is drawn with CSS boxes or a small inline SVG and always comes with its numbers
in a table: the chart is a picture of the table, never the only place a figure is.
"""

from dataclasses import dataclass

from immersion.analysis.stats import Spread, Tally


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float | None
    width: float  # percent of the longest bar
    code: str = ""


def bars(tallies: list[Tally]) -> list[Bar]:
    """Horizontal bars, the longest filling the width."""
    top = max((t.count for t in tallies), default=0)
    return [
        Bar(t.label, t.count, t.share, round(100 * t.count / top, 1) if top else 0.0, t.code)
        for t in tallies
    ]


@dataclass(frozen=True)
class Box:
    """A waiting-time box: quartiles as a box, the median as a tick (0-100 on the axis)."""

    q1: float
    q3: float
    median: float

    @property
    def width(self) -> float:
        return max(self.q3 - self.q1, 0.6)


def box(spread: Spread, scale: float) -> Box | None:
    if spread.median is None or scale <= 0:
        return None

    def at(v):
        return round(min(100.0, 100 * v / scale), 1)

    return Box(at(spread.q1), at(spread.q3), at(spread.median))


def box_scale(spreads: list[Spread]) -> float:
    """The axis' end: the largest third quartile, rounded up to ten minutes."""
    top = max((s.q3 for s in spreads if s.q3 is not None), default=0.0)
    return float(max(10, -(-int(top) // 10) * 10))


@dataclass(frozen=True)
class Diverging:
    """A bar from the centre: left for a fall, right for a rise (mean change on 1-5)."""

    start: float
    width: float
    rise: bool


def diverging(change: float | None, limit: float = 2.0) -> Diverging | None:
    """Half the width stands for ``limit`` points (beyond, the bar stops at the edge)."""
    if change is None:
        return None
    half = min(abs(change) / limit, 1.0) * 50
    return Diverging(50 - half if change < 0 else 50, round(half, 1), change > 0)
