"""The wall of quotes: the seminar's notes and astonishments (stored anonymised), with the
expert's choices (``immersion.debrief``: pinned, grouped, hidden).

Quotes name the kind of site and the channel, never the site, the observer or the agent.
The wall holds every marked quote (pinned, grouped or hidden) and the ``latest`` unmarked
ones, newest first: a seminar writes hundreds of notes and the wall stays readable.
"""

import datetime as dt
from dataclasses import dataclass, field

from immersion.common.choices import Channel, SiteKind, label_for
from immersion.debrief.models import SourceKind
from immersion.debrief.selectors import quote_groups, quote_marks
from immersion.debrief.sources import SOURCES

LATEST = 24
NEWEST_FIRST = {
    SourceKind.SITUATION: ("-created_at", "-pk"),
    SourceKind.ASTONISHMENT: ("-created_at", "-pk"),
    SourceKind.AFTER_TEXT: ("-response__submitted_at", "-pk"),
}


@dataclass(frozen=True)
class Quote:
    kind: str  # debrief.models.SourceKind
    source_id: int
    text: str
    context: str  # "Caf — Accueil physique", or the questionnaire
    written_at: dt.datetime
    pinned: bool = False
    hidden: bool = False
    group_id: int | None = None
    publishable: bool = False  # may leave the seminar (the observatory, the open data)

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.source_id}"

    @property
    def kind_label(self) -> str:
        return str(SourceKind(self.kind).label)


@dataclass(frozen=True)
class GroupOfQuotes:
    id: int
    title: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class QuoteWall:
    pinned: list[Quote]  # pinned and in no group
    groups: list[GroupOfQuotes]  # every group, its quotes pinned first
    others: list[Quote]  # neither pinned nor grouped: the latest notes
    hidden: list[Quote]  # empty unless asked for (the expert's view, never the projection)
    total: int  # every quote the seminar's notes hold (hidden ones included)

    @property
    def empty(self) -> bool:
        return not (self.pinned or self.others or self.hidden or any(g.quotes for g in self.groups))


def _context(kind: str, channel: str) -> str:
    return f"{label_for(SiteKind, kind)} — {label_for(Channel, channel)}"


def _read(source_kind: str, queryset) -> list[tuple[int, str, str, dt.datetime]]:
    """(id, text, context, written at) of the quotes of a queryset of the kind's source."""
    if source_kind == SourceKind.SITUATION:
        rows = queryset.values_list(
            "pk",
            "note",
            "placement__offer__site__kind",
            "placement__offer__channel",
            "created_at",
        )
        return [(pk, text, _context(k, c), at) for pk, text, k, c, at in rows]
    if source_kind == SourceKind.ASTONISHMENT:
        rows = queryset.values_list(
            "pk",
            "text",
            "placement__offer__site__kind",
            "placement__offer__channel",
            "written_at",
            "created_at",
        )
        return [(pk, text, _context(k, c), w or at) for pk, text, k, c, w, at in rows]
    rows = queryset.values_list("pk", "free_text", "item__text", "response__submitted_at")
    return list(rows)


def quote_wall(seminar, *, include_hidden: bool = False, latest: int = LATEST) -> QuoteWall:
    """The wall: hidden quotes only when ``include_hidden`` (the expert's own view)."""
    marks = {(m.source_kind, m.source_id): m for m in quote_marks(seminar)}
    groups = list(quote_groups(seminar))
    quotes: dict[tuple[str, int], Quote] = {}
    total = 0
    for kind, source in SOURCES.items():
        marked_ids = [sid for (k, sid) in marks if k == kind]
        queryset = source(seminar)
        total += queryset.count()  # no query for a source that is off (an empty queryset)
        rows = _read(kind, queryset.filter(pk__in=marked_ids)) if marked_ids else []
        if latest:
            fresh = queryset.exclude(pk__in=marked_ids).order_by(*NEWEST_FIRST[kind])[:latest]
            rows += _read(kind, fresh)
        for pk, text, context, at in rows:
            mark = marks.get((kind, pk))
            quotes[(kind, pk)] = Quote(
                kind=kind,
                source_id=pk,
                text=text,
                context=context,
                written_at=at,
                pinned=bool(mark and mark.pinned),
                hidden=bool(mark and mark.hidden),
                group_id=mark.group_id if mark else None,
                publishable=bool(mark and mark.publishable and not mark.hidden),
            )
    ordered = sorted(quotes.values(), key=lambda q: q.written_at, reverse=True)
    visible = [q for q in ordered if not q.hidden]
    grouped: dict[int, list[Quote]] = {}
    for q in visible:
        if q.group_id:
            grouped.setdefault(q.group_id, []).append(q)
    unmarked = [q for q in visible if not q.pinned and not q.group_id]
    return QuoteWall(
        pinned=[q for q in visible if q.pinned and not q.group_id],
        groups=[
            GroupOfQuotes(g.pk, g.title, sorted(grouped.get(g.pk, []), key=lambda q: not q.pinned))
            for g in groups
        ],
        others=unmarked[:latest],
        hidden=[q for q in ordered if q.hidden] if include_hidden else [],
        total=total,
    )
