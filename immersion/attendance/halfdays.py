"""The training half-days of a seminar, derived from its programme.

A training organisation's attendance sheet is signed per half-day. Here a half-day is any
morning or afternoon of the seminar that holds at least one training item of the programme
(welcome, plenary, immersion, exchange with the tutor, shared analysis). Meals, travel and
optional items (the discovery of the city) are not training time: they count neither in the
duration of the training nor in a half-day's hours.

With the seed's programme: day 1 afternoon (16:00-18:00, 2 h), day 2 morning (08:30-11:30,
3 h), day 2 afternoon (13:00-18:00 less the break, 4 h 30): 9 h 30 in all.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.seminars.models import ItemKind, ProgrammeItem, half_day_code

TRAINING_KINDS = frozenset(
    {
        ItemKind.PLENARY,
        ItemKind.IMMERSION,
        ItemKind.TUTOR_EXCHANGE,
        ItemKind.SHARED_ANALYSIS,
        ItemKind.VISIT,
    }
)


def is_training_item(item: ProgrammeItem) -> bool:
    return item.kind in TRAINING_KINDS and not item.is_optional and item.ends_at is not None


def item_minutes(item: ProgrammeItem) -> int:
    return int((item.ends_at - item.starts_at).total_seconds() // 60) if item.ends_at else 0


@dataclass(frozen=True)
class HalfDay:
    code: str
    day: int
    date: dt.date
    is_morning: bool
    items: tuple[ProgrammeItem, ...]

    @property
    def starts_at(self) -> dt.datetime:
        return self.items[0].starts_at

    @property
    def ends_at(self) -> dt.datetime:
        return max(i.ends_at for i in self.items)

    @property
    def minutes(self) -> int:
        return sum(item_minutes(i) for i in self.items)

    @property
    def duration(self) -> str:
        return format_duration(self.minutes)

    @property
    def label(self) -> str:
        moment = _("matin") if self.is_morning else _("après-midi")
        return _("Jour %(day)d — %(moment)s") % {"day": self.day, "moment": moment}

    @property
    def moment(self) -> str:
        return _("matin") if self.is_morning else _("après-midi")

    @property
    def titles(self) -> list[str]:
        return [i.title for i in self.items]

    def is_today(self) -> bool:
        return timezone.localdate() == self.date


def training_half_days(seminar, items=None) -> list[HalfDay]:
    """The seminar's training half-days in time order (one query unless ``items`` is given)."""
    if items is None:
        items = seminar.programme_items.all()
    groups: dict[str, list[ProgrammeItem]] = {}
    for item in sorted(items, key=lambda i: (i.starts_at, i.pk or 0)):
        if not is_training_item(item):
            continue
        local = timezone.localtime(item.starts_at)
        day = (local.date() - seminar.start_date).days + 1
        groups.setdefault(half_day_code(day, local.time()), []).append(item)
    half_days = []
    for code, group in groups.items():
        local = timezone.localtime(group[0].starts_at)
        half_days.append(
            HalfDay(
                code=code,
                day=(local.date() - seminar.start_date).days + 1,
                date=local.date(),
                is_morning=code.endswith("-matin"),
                items=tuple(group),
            )
        )
    return half_days


def get_half_day(seminar, code: str, items=None) -> HalfDay | None:
    return next((h for h in training_half_days(seminar, items) if h.code == code), None)


def training_minutes(seminar, items=None) -> int:
    return sum(h.minutes for h in training_half_days(seminar, items))


def format_duration(minutes: int) -> str:
    """9 h 30, 3 h, 45 min — the French way."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
