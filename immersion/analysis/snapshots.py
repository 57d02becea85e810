"""The programme observatory's snapshot: ``programme_observatory(programme, Filters())``
computed once and stored (``ObservatorySnapshot``), so that the page reads one row whatever
the number of seminars.

Freshness: a seminar of the programme gets new observation data (``common.signals.
texts_written``: a situation, an astonishment, an "after" answer…) → one refresh queued
(``refresh_observatory_task``, payload: the programme's id), at most one at a time per
programme (``refresh_queued``); and every snapshot is refreshed once a day (the due finder
``refresh_due_snapshots``). The first visit of a programme without a snapshot — or with one
computed under another k — computes it synchronously. The tables are computed in French,
like the open data they are.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone, translation

from immersion.analysis.models import ObservatorySnapshot
from immersion.analysis.observatory import (
    Field,
    Filters,
    Observatory,
    OpenTable,
    disclosure_k,
    programme_observatory,
    quotes_table,
)

TABLES = ("situations", "waiting", "frictions", "perception", "evaluations", "departments_figures")


def _table_to_json(table: OpenTable) -> dict:
    out = asdict(table)
    out["counts"] = list(table.counts)
    return out


def _table_from_json(data: dict) -> OpenTable:
    return OpenTable(
        name=data["name"],
        title=data["title"],
        description=data["description"],
        fields=[Field(**f) for f in data["fields"]],
        rows=[dict(r) for r in data["rows"]],
        counts=tuple(data["counts"]),
    )


def to_json(observatory: Observatory) -> dict:
    """Plain JSON (str, int, float, bool, None, lists, dicts) of an ``Observatory``."""
    out = {name: _table_to_json(getattr(observatory, name)) for name in TABLES}
    out.update(
        periods=list(observatory.periods),
        departments=list(observatory.departments),
        seminars=observatory.seminars,
        k=observatory.k,
    )
    # Lazy translations (labels) become plain strings.
    return json.loads(json.dumps(out, cls=DjangoJSONEncoder))


def from_json(data: dict) -> Observatory:
    return Observatory(
        **{name: _table_from_json(data[name]) for name in TABLES},
        periods=list(data["periods"]),
        departments=list(data["departments"]),
        seminars=data["seminars"],
        k=data["k"],
    )


def refresh_programme_observatory(programme, *, k: int | None = None) -> ObservatorySnapshot:
    """Compute the programme's observatory and store it (one transaction)."""
    k = disclosure_k() if k is None else k
    # A refresh queued from now on sees data this computation may have missed.
    ObservatorySnapshot.objects.filter(programme=programme).update(refresh_queued=False)
    with translation.override("fr"):
        data = to_json(programme_observatory(programme, Filters(), k=k))
    values = {"data": data, "k": k, "computed_at": timezone.now()}
    try:
        with transaction.atomic():
            snapshot, _created = ObservatorySnapshot.objects.update_or_create(
                programme=programme, defaults=values
            )
    except IntegrityError:  # two first visits at once: the other one stored it
        snapshot = ObservatorySnapshot.objects.get(programme=programme)
    return snapshot


def programme_snapshot(programme) -> tuple[Observatory, dt.datetime]:
    """The programme's stored observatory and when it was computed; computed now (and
    stored) when there is none yet or it was computed under another k."""
    k = disclosure_k()
    snapshot = ObservatorySnapshot.objects.filter(programme=programme).first()
    if snapshot is None or snapshot.k != k:
        snapshot = refresh_programme_observatory(programme, k=k)
    return from_json(snapshot.data), snapshot.computed_at


def snapshot_open_data(programme) -> tuple[list[OpenTable], int]:
    """The open data's tables from the stored snapshot (the figures the page shows) and its
    k; the quotes, which the page does not show, are read now."""
    observatory, _at = programme_snapshot(programme)
    with translation.override("fr"):
        quotes = quotes_table(programme)
    tables = [
        observatory.situations,
        observatory.waiting,
        observatory.frictions,
        observatory.departments_figures,
        observatory.perception,
        observatory.evaluations,
        quotes,
    ]
    return tables, observatory.k


def queue_refresh(programme_ids) -> int:
    """Queue one refresh per programme of ``programme_ids`` (ids, or a query of ids) that has
    a snapshot and none queued yet (after the caller's transaction commits). One query when
    there is nothing to queue — the usual case of a note written. Returns how many."""
    from immersion.analysis.tasks import refresh_observatory_task

    if not isinstance(programme_ids, QuerySet):
        programme_ids = sorted(set(programme_ids))
    waiting = ObservatorySnapshot.objects.filter(
        refresh_queued=False, programme_id__in=programme_ids
    ).values_list("programme_id", flat=True)
    queued = 0
    for pk in sorted(waiting):
        claimed = ObservatorySnapshot.objects.filter(programme_id=pk, refresh_queued=False).update(
            refresh_queued=True
        )
        if claimed:
            transaction.on_commit(lambda pk=pk: refresh_observatory_task.enqueue(pk))
            queued += 1
    return queued


def refresh_due_snapshots(now: dt.datetime) -> int:
    """The daily due finder: queues a refresh of every stored snapshot once a day (the claim
    names the day); queues no message (returns 0)."""
    from immersion.common.scheduling import claim

    today = timezone.localdate(now)
    with transaction.atomic():
        if claim(f"observatoire-instantanes:{today.isoformat()}"):
            queue_refresh(ObservatorySnapshot.objects.values_list("programme_id", flat=True))
    return 0
