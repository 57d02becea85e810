"""Before vs after: how the participants' perception moved, question by question.

The pairs are those of ``engagement.selectors.paired_answers`` (the same item, answered in
both questionnaires by the same participant), read for the whole seminar in one query;
"je ne sais pas" (no value) on either side makes no pair. Withdrawn participants are left
out. Small counts and the paired test follow ``analysis.stats``.
"""

from dataclasses import dataclass

from django.db.models import Count, F

from immersion.analysis.stats import MIN_RESPONDENTS, Shift, paired_shift
from immersion.common.choices import Channel, SiteKind, label_for
from immersion.engagement.models import Answer, Dimension, Phase, QuestionnaireItem, Scale


@dataclass(frozen=True)
class ItemShift:
    item_id: int
    code: str
    text: str
    dimension: str
    dimension_label: str
    site_kind: str
    channel: str
    topic: str  # what the item is about: the kind of site, or the channel
    shift: Shift


@dataclass(frozen=True)
class PerceptionSummary:
    before: int  # participants who answered the "before" questionnaire
    after: int  # … the "after" questionnaire
    paired: int  # … both
    items: list[ItemShift]  # every paired item, in questionnaire order (hidden ones included)

    @property
    def shown(self) -> list[ItemShift]:
        return [i for i in self.items if i.shift.shown]

    @property
    def hidden_count(self) -> int:
        """Items answered by fewer than MIN_RESPONDENTS people (their answers are not shown)."""
        return sum(1 for i in self.items if not i.shift.shown)

    @property
    def min_respondents(self) -> int:
        return MIN_RESPONDENTS


def _topic(item: QuestionnaireItem) -> str:
    if item.site_kind:
        return label_for(SiteKind, item.site_kind)
    if item.channel:
        return label_for(Channel, item.channel)
    return ""


def perception_summary(seminar) -> PerceptionSummary:
    return perception_of(response__participant__seminar=seminar)


def perception_of(**participants) -> PerceptionSummary:
    """The shift of the answers filtered by ``participants`` (lookups on ``Answer``: one
    seminar, or a programme's seminars and a category of participants for the observatory)."""
    rows = (
        Answer.objects.filter(
            response__participant__withdrawn_at=None,
            item__scale=Scale.LIKERT5,
            item__phase="",
            **participants,
        )
        .order_by()
        .values_list("response__participant_id", "response__phase", "item_id", "value")
    )
    before: dict[tuple[int, int], int | None] = {}
    after: dict[tuple[int, int], int | None] = {}
    people = {Phase.BEFORE: set(), Phase.AFTER: set()}
    for participant_id, phase, item_id, value in rows:
        people[phase].add(participant_id)
        (before if phase == Phase.BEFORE else after)[(participant_id, item_id)] = value
    pairs: dict[int, list[tuple[int, int]]] = {}
    for key, value in before.items():
        later = after.get(key)
        if value is not None and later is not None:
            pairs.setdefault(key[1], []).append((value, later))
    asked = {item_id for _p, item_id in before} & {item_id for _p, item_id in after}
    items = QuestionnaireItem.objects.filter(pk__in=asked).order_by("position", "code")
    return _summary(
        len(people[Phase.BEFORE]),
        len(people[Phase.AFTER]),
        len(people[Phase.BEFORE] & people[Phase.AFTER]),
        pairs,
        asked,
        items,
    )


NO_ANSWERS = PerceptionSummary(before=0, after=0, paired=0, items=[])
CATEGORY = "response__participant__category"
BEFORE_ANSWER = "response__participant__questionnaire_responses__answers"


def perception_totals(**participants) -> PerceptionSummary:
    """``perception_of``, counted by the database (``_summaries``): for a whole programme,
    where reading every answer takes seconds."""
    return _summaries(None, **participants).get(None) or NO_ANSWERS


def perception_by_category(**participants) -> dict[str, PerceptionSummary]:
    """``perception_of`` for each category of participants (only those who answered), in
    one pass: the observatory's table reads a programme's answers once, not per category."""
    return _summaries(CATEGORY, **participants)


def _summaries(group: str | None, **participants) -> dict:
    """The summaries of the answers filtered by ``participants``, per value of ``group`` (or
    one, under None). Counted by the database: the pairs are grouped by item and by the two
    answers (at most 25 rows an item), not read one by one."""
    answers = Answer.objects.filter(
        response__participant__withdrawn_at=None,
        item__scale=Scale.LIKERT5,
        item__phase="",
        **participants,
    ).order_by()
    fields = [group] if group else []

    def key(row):
        return row[group] if group else None

    people: dict = {}
    for row in answers.values(*fields, "response__phase").annotate(
        n=Count("response__participant", distinct=True)
    ):
        people.setdefault(key(row), {Phase.BEFORE: 0, Phase.AFTER: 0})[row["response__phase"]] = (
            row["n"]
        )
    paired: dict = {}
    for row in (
        answers.values(*fields, "response__participant")
        .annotate(phases=Count("response__phase", distinct=True))
        .filter(phases=2)
    ):
        paired[key(row)] = paired.get(key(row), 0) + 1
    asked: dict = {}
    for row in (
        answers.values(*fields, "item_id")
        .annotate(phases=Count("response__phase", distinct=True))
        .filter(phases=2)
    ):
        asked.setdefault(key(row), set()).add(row["item_id"])
    pairs: dict = {}
    later = answers.filter(
        response__phase=Phase.AFTER,
        value__isnull=False,
        **{
            "response__participant__questionnaire_responses__phase": Phase.BEFORE,
            f"{BEFORE_ANSWER}__item": F("item"),
            f"{BEFORE_ANSWER}__value__isnull": False,
        },
    )
    for row in later.values(
        *fields, "item_id", "value", before=F(f"{BEFORE_ANSWER}__value")
    ).annotate(n=Count("pk")):
        pairs.setdefault(key(row), {}).setdefault(row["item_id"], []).extend(
            [(row["before"], row["value"])] * row["n"]
        )
    every_item = set().union(*asked.values()) if asked else set()
    items = list(QuestionnaireItem.objects.filter(pk__in=every_item).order_by("position", "code"))
    return {
        k: _summary(
            counts[Phase.BEFORE],
            counts[Phase.AFTER],
            paired.get(k, 0),
            pairs.get(k, {}),
            asked.get(k, set()),
            items,
        )
        for k, counts in people.items()
    }


def _summary(before, after, paired, pairs, asked, items=()) -> PerceptionSummary:
    return PerceptionSummary(
        before=before,
        after=after,
        paired=paired,
        items=[
            ItemShift(
                item_id=item.pk,
                code=item.code,
                text=item.text,
                dimension=item.dimension,
                dimension_label=label_for(Dimension, item.dimension),
                site_kind=item.site_kind,
                channel=item.channel,
                topic=_topic(item),
                shift=paired_shift(sorted(pairs.get(item.pk, []))),
            )
            for item in items
            if item.pk in asked
        ],
    )
