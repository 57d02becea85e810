"""The exactly-once check of bench/load.py, and its summary line: pure Python, no Django.

``account(submitted, stored)`` compares the client ids the simulated devices put in their
offline queues (each one is a note written once, whatever the number of sends) with the
rows the database holds for the load's seminar, counted by client id (rows written by the
seed before the load are left out by the caller). A note is *lost* when no row carries its
client id; a row is *duplicated* when its client id was already stored, or when nobody
submitted it (a note stored twice under another id would show up there).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    submitted: int
    stored: int
    duplicated: int
    lost: int
    unexpected: int  # rows whose client id nobody submitted (counted in ``duplicated`` too)

    @property
    def exactly_once(self) -> bool:
        return self.duplicated == 0 and self.lost == 0 and self.stored == self.submitted


def account(submitted: Iterable[str], stored: Mapping[str, int]) -> Tally:
    """``submitted``: client ids (repeats allowed: a resend is the same note);
    ``stored``: client id -> number of rows holding it."""
    wanted = {str(c).lower() for c in submitted}
    rows = {}
    for client_id, count in stored.items():
        key = str(client_id).lower()
        rows[key] = rows.get(key, 0) + int(count)
    lost = sum(1 for c in wanted if rows.get(c, 0) == 0)
    extra_copies = sum(n - 1 for c, n in rows.items() if c in wanted and n > 1)
    unexpected = sum(n for c, n in rows.items() if c not in wanted and n > 0)
    return Tally(
        submitted=len(wanted),
        stored=sum(n for n in rows.values() if n > 0),
        duplicated=extra_copies + unexpected,
        lost=lost,
        unexpected=unexpected,
    )


def percentile(values: Iterable[float], fraction: float) -> float:
    """The nearest-rank percentile (0 < fraction <= 1) of ``values``; 0 when there are none."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, math.ceil(fraction * len(ordered)))
    return float(ordered[min(rank, len(ordered)) - 1])


def summary_line(tally: Tally, *, errors: int, p95_sync_ms: float, p95_pages_ms: float) -> str:
    return (
        f"submitted {tally.submitted} stored {tally.stored} duplicated {tally.duplicated} "
        f"lost {tally.lost} errors {errors} p95_sync_ms {p95_sync_ms:.0f} "
        f"p95_pages_ms {p95_pages_ms:.0f}"
    )


def passed(tally: Tally, *, errors: int) -> bool:
    return tally.exactly_once and errors == 0
