"""Plain statistics on plain numbers: no Django, no query. Every figure of the debrief board,
of the synthesis report and of the observatory is computed by these functions.

Conventions, written once:

- **Median**: the middle value, or the mean of the two middle values for an even count.
- **Quartiles**: linear interpolation between the closest ranks (``statistics.quantiles``
  with ``method="inclusive"``): the same as a spreadsheet's ``QUARTILE.INC`` and numpy's
  default, so that an organizer can check a figure in their own spreadsheet.
- **Small counts**: an opinion (a questionnaire item, the tutors' representativeness) is shown
  only when at least ``MIN_RESPONDENTS`` people gave it; below that, nothing but the fact that
  there are too few answers.
- **Paired test**: the Wilcoxon signed-rank test (two-sided, zero differences dropped) only
  when at least ``MIN_TEST_PAIRS`` pairs differ; below that, counts only, never a p-value.
  As R's ``wilcox.test``: the exact distribution when no two differences tie (and fewer than
  50), else the normal approximation with the tie and continuity corrections. Answers on a
  1-5 scale almost always tie. (scipy's ``method="auto"`` would run a permutation test on
  ties, seconds per question: never used here.)
"""

import functools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The small-count rule: fewer people than this answered, nothing of their answers is shown.
MIN_RESPONDENTS = 3
# The signed-rank test needs this many non-zero differences (with 5, even five changes in the
# same direction cannot reach p < 0.05 two-sided; with 6 the smallest p is 0.031).
MIN_TEST_PAIRS = 6
# The exact distribution of the signed-rank statistic, below this many pairs and without ties.
EXACT_UP_TO = 50


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def mean(values: Sequence[float]) -> float | None:
    return float(statistics.fmean(values)) if values else None


@dataclass(frozen=True)
class Spread:
    """Median and quartiles of a set of numbers (waiting minutes)."""

    count: int
    median: float | None
    q1: float | None
    q3: float | None

    @property
    def iqr(self) -> float | None:
        if self.q1 is None or self.q3 is None:
            return None
        return self.q3 - self.q1


def spread(values: Iterable[float | None]) -> Spread:
    """Count, median and quartiles of the values given (``None`` values are left out)."""
    data = sorted(v for v in values if v is not None)
    if not data:
        return Spread(0, None, None, None)
    if len(data) == 1:
        only = float(data[0])
        return Spread(1, only, only, only)
    q1, q2, q3 = statistics.quantiles(data, n=4, method="inclusive")
    return Spread(len(data), float(q2), float(q1), float(q3))


@dataclass(frozen=True)
class Tally:
    """How many times a code was seen, and its share (percent) of a total."""

    code: str
    label: str
    count: int
    share: float | None  # percent of the total, None when the total is 0


def counts(
    seen: dict[str, int], choices: Iterable[tuple[str, str]], total: int | None = None
) -> list[Tally]:
    """One ``Tally`` per (code, label) of ``choices``, in that order; the share is of
    ``total`` (default: the sum of the counts)."""
    total = sum(seen.values()) if total is None else total
    return [
        Tally(code, str(label), seen.get(code, 0), percent(seen.get(code, 0), total))
        for code, label in choices
    ]


def percent(part: int, total: int) -> float | None:
    return round(100 * part / total, 1) if total else None


@dataclass(frozen=True)
class PairedTest:
    """The Wilcoxon signed-rank test on the non-zero differences."""

    statistic: float
    p_value: float
    pairs: int  # non-zero differences tested


@dataclass(frozen=True)
class Shift:
    """How paired answers (before, after) moved.

    ``shown`` is false under the small-count rule: then every other figure is empty (zero or
    ``None``) — nothing of fewer than ``MIN_RESPONDENTS`` people's answers leaves this module.
    ``test`` is ``None`` when fewer than ``MIN_TEST_PAIRS`` pairs differ.
    """

    pairs: int
    shown: bool
    up: int = 0
    down: int = 0
    unchanged: int = 0
    mean_change: float | None = None
    median_change: float | None = None
    test: PairedTest | None = None

    @property
    def changed(self) -> int:
        return self.up + self.down

    @property
    def testable(self) -> bool:
        return self.test is not None

    @property
    def significant(self) -> bool:
        return self.test is not None and self.test.p_value < 0.05


def paired_shift(pairs: Sequence[tuple[int, int]]) -> Shift:
    """The shift of (before, after) answers of the same people to the same question."""
    if len(pairs) < MIN_RESPONDENTS:
        return Shift(pairs=len(pairs), shown=False)
    changes = [after - before for before, after in pairs]
    non_zero = [c for c in changes if c]
    test = None
    if len(non_zero) >= MIN_TEST_PAIRS:
        test = signed_rank_test(tuple(sorted(non_zero)))
    return Shift(
        pairs=len(pairs),
        shown=True,
        up=sum(1 for c in changes if c > 0),
        down=sum(1 for c in changes if c < 0),
        unchanged=sum(1 for c in changes if c == 0),
        mean_change=round(mean(changes), 2),
        median_change=median(changes),
        test=test,
    )


@functools.lru_cache(maxsize=4096)
def signed_rank_test(differences: tuple[int, ...]) -> PairedTest:
    """The Wilcoxon signed-rank test of non-zero differences (sorted: the cache key).

    Cached: the board asks again every few seconds for the same answers, and scipy takes a
    few milliseconds per call, mostly checking its arguments."""
    from scipy.stats import wilcoxon  # scipy loads in ~0.3 s: only when a test runs

    sizes = [abs(d) for d in differences]
    exact = len(set(sizes)) == len(sizes) and len(sizes) < EXACT_UP_TO
    result = wilcoxon(differences, method="exact" if exact else "asymptotic", correction=not exact)
    return PairedTest(float(result.statistic), float(result.pvalue), len(differences))


@dataclass(frozen=True)
class Distribution:
    """Answers on a 1-5 scale, under the small-count rule (``shown`` false: no figures)."""

    answers: int
    shown: bool
    values: list[Tally]
    mean: float | None = None
    median: float | None = None


def scale_distribution(values: Sequence[int], scale: Iterable[tuple[int, str]]) -> Distribution:
    scale = [(str(v), label) for v, label in scale]
    if len(values) < MIN_RESPONDENTS:
        return Distribution(answers=len(values), shown=False, values=[])
    seen: dict[str, int] = {}
    for v in values:
        seen[str(v)] = seen.get(str(v), 0) + 1
    return Distribution(
        answers=len(values),
        shown=True,
        values=counts(seen, scale),
        mean=round(mean(values), 2),
        median=median(values),
    )
