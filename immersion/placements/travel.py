"""Travel time between the seminar's venue and the host sites, and the programme's gaps.

The assignment must leave every observer the time to go from the programme item before an
immersion (the lunch with the tutors, a plenary: at the venue) to the site, and from the site
(after the immersion and the exchange with the tutor, both there) to the next item. This module
computes, for the core's instance and for the personal programme, the same numbers:

- a site's one-way travel time from the venue: the site's own figure
  (``HostSite.travel_minutes``) when given, else an estimate from the straight-line distance
  × a road factor at the speed of the seminar's travel mode (``settings.IMMERSION_TRAVEL``);
- for each immersion half-day, the minutes free before it (since the end of the previous item
  of that day) and after it (until the start of the next one).

The venue is the centre of the seminar's commune (seminars hold no venue coordinates); a site
whose figure differs should carry its own ``travel_minutes``. When the item right before (or
after) an immersion block is another immersion block, the gap is left unconstrained: the trip
is then from site to site, which one number per site cannot express.
"""

import datetime as dt
import math
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from immersion.common.geo import haversine_km
from immersion.seminars.models import ItemKind
from immersion.territory.selectors import get_commune

DEFAULT_TRAVEL = {
    "mode": "voiture",
    "modes": {
        # Straight line × road factor, at an average town speed, plus parking / waiting time.
        "voiture": {"road_factor": 1.3, "kmh": 40, "extra_minutes": 0},
        "transports_en_commun": {"road_factor": 1.3, "kmh": 20, "extra_minutes": 5},
    },
}
# Below this margin (minutes free minus travel minutes) the personal programme warns.
THIN_MARGIN_MINUTES = 10


def travel_settings() -> dict:
    configured = getattr(settings, "IMMERSION_TRAVEL", None) or {}
    modes = {**DEFAULT_TRAVEL["modes"], **configured.get("modes", {})}
    return {"mode": configured.get("mode", DEFAULT_TRAVEL["mode"]), "modes": modes}


def estimate_minutes(distance_km: float, mode: str | None = None) -> int:
    """Door-to-door minutes for a straight-line distance, rounded up to the minute."""
    config = travel_settings()
    params = config["modes"][mode or config["mode"]]
    road_km = distance_km * params["road_factor"]
    return int(math.ceil(road_km / params["kmh"] * 60 + params.get("extra_minutes", 0)))


def venue_point(seminar) -> tuple[float, float] | None:
    commune = get_commune(seminar.city_code)
    return (commune.latitude, commune.longitude) if commune else None


def site_travel_minutes(site, venue: tuple[float, float] | None) -> int | None:
    """The site's one-way travel time from the venue: its own figure, else an estimate."""
    if site.travel_minutes is not None:
        return site.travel_minutes
    if venue is None or site.latitude is None or site.longitude is None:
        return None
    return estimate_minutes(haversine_km(venue[0], venue[1], site.latitude, site.longitude))


def _minutes(delta: dt.timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))


@dataclass(frozen=True)
class Window:
    """An immersion half-day in the programme, with the venue items around it."""

    half_day: str
    starts_at: dt.datetime  # the immersion's start
    ends_at: dt.datetime  # the end of the immersion and of the tutor exchange after it
    previous: object | None  # ProgrammeItem at the venue just before (same day), if any
    next: object | None  # ProgrammeItem at the venue just after (same day), if any

    @property
    def before(self) -> int | None:
        if self.previous is None:
            return None
        return _minutes(self.starts_at - (self.previous.ends_at or self.previous.starts_at))

    @property
    def after(self) -> int | None:
        if self.next is None:
            return None
        return _minutes(self.next.starts_at - self.ends_at)


def programme_windows(items) -> dict[str, Window]:
    """Each immersion half-day's window, from the seminar's programme items.

    Optional items are ignored (one may skip them); the tutor exchanges that follow an
    immersion belong to its block (they happen at the site).
    """
    items = sorted((i for i in items if not i.is_optional), key=lambda i: (i.starts_at, i.pk))
    windows = {}
    for index, item in enumerate(items):
        if item.kind != ItemKind.IMMERSION or not item.half_day:
            continue
        day = timezone.localtime(item.starts_at).date()
        end = item.ends_at or item.starts_at
        after_index = index + 1
        while after_index < len(items) and items[after_index].kind == ItemKind.TUTOR_EXCHANGE:
            end = items[after_index].ends_at or items[after_index].starts_at
            after_index += 1
        previous = None
        for candidate in reversed(items[:index]):
            if timezone.localtime(candidate.starts_at).date() != day:
                break
            if candidate.kind not in (ItemKind.IMMERSION, ItemKind.TUTOR_EXCHANGE):
                previous = candidate
            break
        following = None
        if after_index < len(items):
            candidate = items[after_index]
            same_day = timezone.localtime(candidate.starts_at).date() == day
            if same_day and candidate.kind != ItemKind.IMMERSION:
                following = candidate
        windows[item.half_day] = Window(item.half_day, item.starts_at, end, previous, following)
    return windows


def travel_budgets(windows: dict[str, Window]) -> dict[str, dict[str, int | None]]:
    """The core's ``travel_budgets``: minutes free before and after each half-day."""
    return {
        code: {"before": w.before, "after": w.after}
        for code, w in windows.items()
        if w.before is not None or w.after is not None
    }


@dataclass(frozen=True)
class Trip:
    """One trip between the venue and a site, for the personal programme."""

    leaves_at: dt.datetime
    arrives_at: dt.datetime
    minutes: int
    free_minutes: int  # time between the two programme items
    other_item: object  # the item at the venue it comes from or goes to

    @property
    def margin(self) -> int:
        return self.free_minutes - self.minutes

    @property
    def thin(self) -> bool:
        return self.margin < THIN_MARGIN_MINUTES


def trips(window: Window, minutes: int | None) -> tuple[Trip | None, Trip | None]:
    """The trips to the site and back around an immersion (None where unconstrained)."""
    if minutes is None:
        return None, None
    travel = dt.timedelta(minutes=minutes)
    going = back = None
    if window.previous is not None:
        leaves = window.previous.ends_at or window.previous.starts_at
        going = Trip(leaves, leaves + travel, minutes, window.before, window.previous)
    if window.next is not None:
        back = Trip(window.ends_at, window.ends_at + travel, minutes, window.after, window.next)
    return going, back
