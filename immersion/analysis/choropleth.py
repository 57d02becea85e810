"""Classes of a choropleth map: quantiles of the published values. Plain Python, no Django.

A department's value is a number, ``SECRET`` (withheld under the disclosure rule: it gets
its own class and never a number) or absent (nothing observed there). The known values are
cut into at most ``classes`` classes of about as many departments each (quantiles); equal
values always share a class, so there may be fewer classes than asked.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

SECRET = "secret"  # noqa: S105 - a class name, not a password
NO_DATA = "none"
DEFAULT_CLASSES = 5


@dataclass(frozen=True)
class MapClass:
    index: int  # 1 = the lowest values
    low: float
    high: float
    count: int  # departments in the class
    tone: int = 0  # the palette's tone, 1 (lightest) to ``classes`` (darkest)


@dataclass(frozen=True)
class Classification:
    classes: tuple[MapClass, ...]
    of: dict[str, str]  # department code → its tone "1".."5", SECRET or NO_DATA
    secret: int  # departments withheld
    known: int  # departments with a value

    def css(self, code: str) -> str:
        return self.of.get(code, NO_DATA)


def quantile_classes(
    values: Mapping[str, float | str | None], classes: int = DEFAULT_CLASSES
) -> Classification:
    """Classes of ``values`` ({code: number | SECRET | None}) by quantiles."""
    if classes < 1:
        raise ValueError("Il faut au moins une classe.")
    known = {code: float(v) for code, v in values.items() if isinstance(v, int | float)}
    data = sorted(known.values())
    # The upper bound of class n: the value at the n/classes quantile of the departments.
    highs: list[float] = []
    for n in range(1, classes + 1):
        if not data:
            break
        high = data[max(0, math.ceil(n * len(data) / classes) - 1)]
        if not highs or high > highs[-1]:
            highs.append(high)
    of: dict[str, str] = {}
    members: dict[int, list[float]] = {}
    for code, value in known.items():
        index = next(n for n, high in enumerate(highs, start=1) if value <= high)
        of[code] = str(index)
        members.setdefault(index, []).append(value)
    secret = 0
    for code, value in values.items():
        if value == SECRET:
            of[code] = SECRET
            secret += 1
    out = tuple(
        MapClass(n, min(members[n]), max(members[n]), len(members[n])) for n in sorted(members)
    )
    # The palette's tones (1..classes) spread over the classes there are: three classes get
    # the lightest, the middle and the darkest tone.
    tones = {
        c.index: 1 + round((n * (classes - 1)) / (len(out) - 1)) if len(out) > 1 else classes
        for n, c in enumerate(out)
    }
    out = tuple(MapClass(c.index, c.low, c.high, c.count, tones[c.index]) for c in out)
    of = {
        code: (value if value == SECRET else str(tones[int(value)])) for code, value in of.items()
    }
    return Classification(out, of, secret, len(known))
