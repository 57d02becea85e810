"""The observatory's full-text search: a programme's publishable texts matching a query.

Who sees what (the observatory's rule, as ``analysis.observatory.quotes_table``): a programme's
managers and the administrators see, among the programme's texts, **only those its seminars'
experts marked publishable** (``debrief.QuoteMark``: publishable and not hidden) — today the
wall's quotes: situations' notes, astonishments and free answers of the "after"
questionnaire. Tutor exchanges and contributions are indexed but have no publishable mark
yet: none is shown. Every text was anonymised before it was stored. A result names the source,
the kind of site and channel (or the contribution's kind), the department and the year —
never a person, a site or a seminar.

PostgreSQL: ``websearch_to_tsquery`` with the ``fr_unaccent`` configuration (French stemming,
accents ignored), fragments by ``ts_headline``. SQLite: FTS5 (accents ignored, no stemming:
each word of three letters or more is a prefix), fragments by ``snippet``. Both: the same
query syntax (``search.query``), the newest texts first (a relevance rank would score every
match of a common word: tens of thousands at 1,000 seminars), at most ``MAX_COUNTED``
counted and listed.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection

from immersion.common.choices import Channel, SiteKind, label_for
from immersion.contributions.models import Kind as ContributionKind
from immersion.search.models import Kind
from immersion.search.query import MARK_END, MARK_START, Query, fts5_expression, parse, segments
from immersion.seminars.models import Seminar
from immersion.sites.models import HostSite
from immersion.territory.context import department_of

MARKS = f"StartSel={MARK_START}, StopSel={MARK_END}"
WHOLE = f"{MARKS}, HighlightAll=true"  # a short text is shown whole
FRAGMENTS = f'{MARKS}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
WHOLE_UP_TO = 400  # characters
# The count stops there: a common word matches tens of thousands of texts, and counting them
# all would cost more than the page (the newest are listed; the page asks to narrow down).
MAX_COUNTED = 1000
SNIPPET_TOKENS = 32


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    department: str = ""
    site_kind: str = ""


@dataclass(frozen=True)
class Hit:
    kind: str
    context: str
    department: str
    year: int
    segments: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return str(Kind(self.kind).label)


def _context(site_kind: str, channel: str, detail: str) -> str:
    if site_kind:
        return f"{label_for(SiteKind, site_kind)} — {label_for(Channel, channel)}"
    return label_for(ContributionKind, detail) if detail else ""


def _where(programme_id: int, filters: Filters) -> tuple[list[str], list]:
    where = ["s.programme_id = %s", "t.publishable"]
    params: list = [programme_id]
    for column, value in (
        ("t.kind", filters.kind),
        ("t.department", filters.department),
        ("t.site_kind", filters.site_kind),
    ):
        if value:
            where.append(f"{column} = %s")
            params.append(value)
    return where, params


class Results:
    """The matches, lazily: ``count()`` and slices run their own query (Django's
    ``Paginator`` asks for the count, then for one page)."""

    def __init__(self, programme_id: int, query: Query, raw: str, filters: Filters):
        self.programme_id = programme_id
        self.query = query
        self.raw = raw
        self.filters = filters
        self._count: int | None = None
        self.postgresql = connection.vendor == "postgresql"

    def _match(self) -> tuple[str, str, list]:
        """(FROM, WHERE, params) of the matching, publishable texts of the programme."""
        where, params = _where(self.programme_id, self.filters)
        seminars = "JOIN seminars_seminar s ON s.id = t.seminar_id"
        if self.postgresql:
            source = f"search_searchtext t {seminars}"
            where.insert(0, "t.document @@ websearch_to_tsquery('fr_unaccent', %s)")
            params.insert(0, self.raw)
        else:
            source = (
                f"search_searchtext_fts f JOIN search_searchtext t ON t.id = f.rowid {seminars}"
            )
            where.insert(0, "search_searchtext_fts MATCH %s")
            params.insert(0, fts5_expression(self.query))
        return source, " AND ".join(where), params

    def _counted(self) -> int:
        """How many texts match, up to MAX_COUNTED + 1."""
        if self._count is None:
            source, where, params = self._match()
            sql = f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT %s) m"  # noqa: S608
            with connection.cursor() as cursor:
                cursor.execute(sql, [*params, MAX_COUNTED + 1])
                self._count = cursor.fetchone()[0]
        return self._count

    def count(self) -> int:
        """The matches listed: all of them, or the MAX_COUNTED newest."""
        return min(self._counted(), MAX_COUNTED)

    @property
    def capped(self) -> bool:
        """More texts match than are listed."""
        return self._counted() > MAX_COUNTED

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Hit]:
        offset = window.start or 0
        limit = max(0, (window.stop or offset) - offset)
        if not limit:
            return []
        source, where, params = self._match()
        if self.postgresql:
            # The page's ids first (newest first: the index on written_at is walked until
            # the page is full), then the fragments of those 20 texts only.
            sql = f"""
                WITH page AS (
                    SELECT t.id, t.written_at, q.query
                    FROM {source}, websearch_to_tsquery('fr_unaccent', %s) AS q(query)
                    WHERE {where}
                    ORDER BY t.written_at DESC, t.id DESC LIMIT %s OFFSET %s
                )
                SELECT t.kind, t.site_kind, t.channel, t.detail, t.department, s.start_date,
                       CASE WHEN length(t.text) <= %s
                            THEN ts_headline('fr_unaccent', t.text, page.query, %s)
                            ELSE ts_headline('fr_unaccent', t.text, page.query, %s) END
                FROM page JOIN search_searchtext t ON t.id = page.id
                JOIN seminars_seminar s ON s.id = t.seminar_id
                ORDER BY page.written_at DESC, t.id DESC"""  # noqa: S608
            params = [self.raw, *params, limit, offset, WHOLE_UP_TO, WHOLE, FRAGMENTS]
        else:
            sql = f"""
                SELECT t.kind, t.site_kind, t.channel, t.detail, t.department, s.start_date,
                       snippet(search_searchtext_fts, 0, %s, %s, '…', {SNIPPET_TOKENS})
                FROM {source} WHERE {where}
                ORDER BY t.written_at DESC, t.id DESC LIMIT %s OFFSET %s"""  # noqa: S608
            params = [MARK_START, MARK_END, *params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [
            Hit(
                kind=kind,
                context=_context(site_kind, channel, detail),
                department=department,
                year=(start if isinstance(start, dt.date) else dt.date.fromisoformat(start)).year,
                segments=segments(fragment or ""),
            )
            for kind, site_kind, channel, detail, department, start, fragment in rows
        ]


def search_texts(programme, text: str, filters: Filters = Filters()) -> Results | None:
    """The programme's publishable texts matching ``text``; None when ``text`` has no word
    long enough to search (the page says so)."""
    query = parse(text)
    if not query.usable:
        return None
    return Results(programme.pk, query, text, filters)


def departments(programme) -> list[str]:
    """The departments the filter offers: those of the programme's seminars (a free answer,
    a contribution) and of their host sites (a note, an astonishment) — read from those few
    rows, not from the index (tens of thousands of texts)."""
    codes = set(Seminar.objects.filter(programme=programme).values_list("city_code", flat=True))
    codes |= set(
        HostSite.objects.filter(offers__seminar__programme=programme)
        .values_list("commune_code", flat=True)
        .distinct()
    )
    return sorted({department_of(code) for code in codes if code})
