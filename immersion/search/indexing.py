"""Writes of the search index: the rows of ``SearchText`` computed from their sources.

One function computes the rows (``_rows``) for every caller — the signal receivers (a few
sources, or one seminar) and ``rebuild`` (a programme or everything, in bulk) — so the index
is the same whichever wrote it. A source is indexed when the wall or the board would show it:
a note or astonishment of a published immersion, a free answer of the "after" questionnaire
of a participant who has not withdrawn, a tutor exchange of a published immersion, a
contribution visible on the board. ``publishable`` follows the expert's mark
(``debrief.QuoteMark``: publishable and not hidden).
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from immersion.contributions.models import Contribution, Status
from immersion.debrief.models import QuoteMark
from immersion.engagement.models import Answer, Phase, Scale
from immersion.observation.models import Astonishment, Situation, TutorExchange
from immersion.search.models import Kind, SearchText
from immersion.territory.context import department_of

BATCH = 2000
PUBLISHED = {"placement__run__status": "published"}


@dataclass(frozen=True)
class Source:
    model: type
    field: str  # the source's foreign key on SearchText
    texts: tuple[str, ...]  # the text columns (a tutor exchange has three, joined)
    seminar: str  # path to the seminar's id
    commune: str  # path to the commune whose department is the text's
    when: str
    site_kind: str = ""
    channel: str = ""
    detail: str = ""
    condition: Q = Q()


ON_SITE = {"site_kind": "placement__offer__site__kind", "channel": "placement__offer__channel"}
SOURCES = {
    Kind.SITUATION: Source(
        Situation,
        "situation",
        ("note",),
        "placement__run__seminar_id",
        "placement__offer__site__commune_code",
        "created_at",
        condition=Q(**PUBLISHED) & ~Q(note=""),
        **ON_SITE,
    ),
    Kind.ASTONISHMENT: Source(
        Astonishment,
        "astonishment",
        ("text",),
        "placement__run__seminar_id",
        "placement__offer__site__commune_code",
        "created_at",
        condition=Q(**PUBLISHED) & ~Q(text=""),
        **ON_SITE,
    ),
    Kind.AFTER_TEXT: Source(
        Answer,
        "answer",
        ("free_text",),
        "response__participant__seminar_id",
        "response__participant__seminar__city_code",
        "response__submitted_at",
        condition=Q(
            response__participant__withdrawn_at=None,
            response__phase=Phase.AFTER,
            item__scale=Scale.OPEN,
        )
        & ~Q(free_text=""),
    ),
    Kind.TUTOR_EXCHANGE: Source(
        TutorExchange,
        "tutor_exchange",
        ("unusual_situations", "constraints", "interests"),
        "placement__run__seminar_id",
        "placement__offer__site__commune_code",
        "updated_at",
        condition=Q(**PUBLISHED) & ~Q(unusual_situations="", constraints="", interests=""),
        **ON_SITE,
    ),
    Kind.CONTRIBUTION: Source(
        Contribution,
        "contribution",
        ("text",),
        "seminar_id",
        "seminar__city_code",
        "created_at",
        detail="kind",
        condition=Q(status=Status.VISIBLE, merged_into=None) & ~Q(text=""),
    ),
}


def _rows(kind: str, scope: Q) -> list[SearchText]:
    """The index rows of the ``kind`` sources selected by ``scope`` (and indexable)."""
    source = SOURCES[kind]
    columns = ["pk", source.seminar, source.commune, source.when, *source.texts]
    extra = [c for c in (source.site_kind, source.channel, source.detail) if c]
    values = source.model.objects.filter(scope, source.condition).values_list(*columns, *extra)
    rows = list(values.order_by("pk"))
    if not rows:
        return []
    marked = set(
        QuoteMark.objects.filter(
            source_kind=kind,
            seminar_id__in={r[1] for r in rows},
            publishable=True,
            hidden=False,
        ).values_list("seminar_id", "source_id")
    )
    count = len(source.texts)
    out = []
    for pk, seminar_id, commune, when, *rest in rows:
        texts, others = rest[:count], dict(zip(extra, rest[count:], strict=True))
        out.append(
            SearchText(
                kind=kind,
                source_id=pk,
                seminar_id=seminar_id,
                **{f"{source.field}_id": pk},
                site_kind=others.get(source.site_kind, "") if source.site_kind else "",
                channel=others.get(source.channel, "") if source.channel else "",
                detail=others.get(source.detail, "") if source.detail else "",
                department=department_of(commune or ""),
                text="\n\n".join(t for t in texts if t),
                publishable=(seminar_id, pk) in marked,
                written_at=when,
            )
        )
    return out


@transaction.atomic
def reindex(kind: str, ids) -> int:
    """Index again the ``kind`` sources ``ids`` (written, changed, hidden or marked): their
    rows are replaced, or removed when the source is no longer indexable."""
    ids = list(ids)
    SearchText.objects.filter(kind=kind, source_id__in=ids).delete()
    rows = _rows(kind, Q(pk__in=ids))
    SearchText.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


@transaction.atomic
def reindex_seminar(seminar_id: int) -> int:
    """Index again every text of a seminar (a new published assignment, a withdrawal)."""
    SearchText.objects.filter(seminar_id=seminar_id).delete()
    count = 0
    for kind, source in SOURCES.items():
        rows = _rows(kind, Q(**{source.seminar: seminar_id}))
        SearchText.objects.bulk_create(rows, batch_size=BATCH)
        count += len(rows)
    return count


@transaction.atomic
def rebuild(programme=None) -> int:
    """Write the index again: a programme's seminars, or every seminar."""
    current = SearchText.objects.all()
    if programme is not None:
        current = current.filter(seminar__programme=programme)
    current.delete()
    count = 0
    for kind, source in SOURCES.items():
        path = source.seminar.removesuffix("_id")
        scope = Q(**{f"{path}__programme": programme}) if programme is not None else Q()
        rows = _rows(kind, scope)
        SearchText.objects.bulk_create(rows, batch_size=BATCH)
        count += len(rows)
    return count
