"""Headcounts and lists for a seminar's logistics: meals, dietary and accessibility needs,
return travel. Everything is read in a fixed number of queries, whatever the seminar's size."""

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.common.choices import Diet, diet_label
from immersion.logistics.models import Guest
from immersion.placements.selectors import published_placements
from immersion.seminars.models import ItemKind

# A meal between these times on a day with immersions is the lunch with the tutors.
LUNCH_FROM = dt.time(11, 0)
LUNCH_UNTIL = dt.time(14, 30)


@dataclass(frozen=True)
class Diner:
    name: str
    kind: str
    detail: str = ""
    dietary: str = ""  # what the lists show: « Allergie : arachides »
    diet: str = ""  # the choice (Diet), what the counts group by
    diet_precision: str = ""


@dataclass
class DietaryNeed:
    label: str
    names: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.names)


@dataclass
class MealList:
    item: object
    participants: list[Diner]
    guests: list[Diner]
    staff: list[Diner]
    tutors: list[Diner]
    with_tutors: bool

    @property
    def diners(self) -> list[Diner]:
        return [*self.participants, *self.guests, *self.tutors, *self.staff]

    @property
    def headcount(self) -> int:
        return len(self.diners)

    @property
    def dietary(self) -> list[DietaryNeed]:
        return dietary_summary(self.diners)

    @property
    def date(self) -> dt.date:
        return timezone.localtime(self.item.starts_at).date()


def dietary_summary(diners) -> list[DietaryNeed]:
    """Counts by diet choice (« Végétarien (2) », never « Végétarienne » apart); a precision
    (the allergy, « autre ») follows the person's name."""
    groups: OrderedDict[str, DietaryNeed] = OrderedDict()
    for diner in diners:
        if not diner.diet or diner.diet == Diet.AUCUN:
            continue
        need = groups.setdefault(diner.diet, DietaryNeed(label=diet_label(diner.diet)))
        precision = " ".join(diner.diet_precision.split())
        need.names.append(f"{diner.name} ({precision})" if precision else diner.name)
    return sorted(groups.values(), key=lambda n: (-n.count, n.label))


def is_lunch_with_tutors(item, immersion_dates: set[dt.date]) -> bool:
    local = timezone.localtime(item.starts_at)
    return local.date() in immersion_dates and LUNCH_FROM <= local.time() <= LUNCH_UNTIL


def _participant(p) -> Diner:
    detail = ", ".join(v for v in [p.function, p.organisation] if v)
    return Diner(p.full_name, _("Participant"), detail, p.diet_display, p.diet, p.dietary_needs)


def meal_lists(seminar) -> list[MealList]:
    """Who eats at each meal of the programme.

    Every meal: the participants (registered, not withdrawn), the guests invited to it, the
    organizers and the experts. The lunch on an immersion day also gathers the tutors of
    that day's published placements (the seed's "repas commun avec les tuteurs").
    """
    items = list(seminar.programme_items.all())
    meals = [i for i in items if i.kind == ItemKind.MEAL]
    if not meals:
        return []
    participants = [
        _participant(p) for p in seminar.participants.active().order_by("last_name", "first_name")
    ]
    guests = list(Guest.objects.for_seminar(seminar))
    staff = [
        Diner(u.get_full_name() or u.email, _("Organisateur"))
        for u in seminar.organizers.order_by("last_name", "first_name")
    ] + [
        Diner(u.get_full_name() or u.email, _("Expert"))
        for u in seminar.experts.order_by("last_name", "first_name")
    ]
    staff = list(OrderedDict((d.name, d) for d in staff).values())
    immersion_dates = {
        timezone.localtime(i.starts_at).date() for i in items if i.kind == ItemKind.IMMERSION
    }
    tutors_by_date: dict[dt.date, dict[int, Diner]] = {}
    if any(is_lunch_with_tutors(m, immersion_dates) for m in meals):
        for placement in published_placements(seminar):
            tutor = placement.offer.tutor
            if tutor is None:
                continue
            date = timezone.localtime(placement.half_day.starts_at).date()
            tutors_by_date.setdefault(date, {})[tutor.pk] = Diner(
                f"{tutor.first_name} {tutor.last_name}",
                _("Tuteur"),
                f"{tutor.job_title}, {placement.offer.site.name}",
            )
    lists = []
    for meal in meals:
        with_tutors = is_lunch_with_tutors(meal, immersion_dates)
        date = timezone.localtime(meal.starts_at).date()
        tutors = (
            sorted(tutors_by_date.get(date, {}).values(), key=lambda d: d.name)
            if with_tutors
            else []
        )
        lists.append(
            MealList(
                item=meal,
                participants=participants,
                guests=[
                    Diner(
                        g.name,
                        _("Invité"),
                        _join(g.function, g.organisation),
                        g.diet_display,
                        g.diet,
                        g.dietary_needs,
                    )
                    for g in guests
                    if any(m.pk == meal.pk for m in g.meals.all())
                ],
                staff=staff,
                tutors=tutors,
                with_tutors=with_tutors,
            )
        )
    return lists


@dataclass(frozen=True)
class DietCount:
    label: str
    count: int


@dataclass
class MealSummary:
    """A meal's headcount and diets, counted by the database (the page), where ``MealList``
    names every diner (the caterer's PDF)."""

    item: object
    participant_count: int
    guest_count: int
    tutor_count: int
    staff_count: int
    with_tutors: bool
    dietary: list[DietCount]

    @property
    def headcount(self) -> int:
        return self.participant_count + self.guest_count + self.tutor_count + self.staff_count

    @property
    def date(self) -> dt.date:
        return timezone.localtime(self.item.starts_at).date()


def meal_summaries(seminar) -> list[MealSummary]:
    """``meal_lists`` as counts: the participants grouped by diet in one query, the tutors of
    each immersion day as distinct (tutor, day) pairs — a fixed number of queries and of
    objects, whatever the number of participants."""
    items = list(seminar.programme_items.all())
    meals = [i for i in items if i.kind == ItemKind.MEAL]
    if not meals:
        return []
    by_diet = dict(
        seminar.participants.active().order_by().values_list("diet").annotate(n=models.Count("pk"))
    )
    participant_count = sum(by_diet.values())
    guests = list(Guest.objects.for_seminar(seminar))
    staff = {u.pk for u in seminar.organizers.all()} | {u.pk for u in seminar.experts.all()}
    immersion_dates = {
        timezone.localtime(i.starts_at).date() for i in items if i.kind == ItemKind.IMMERSION
    }
    tutors_by_date: dict[dt.date, set[int]] = {}
    if any(is_lunch_with_tutors(m, immersion_dates) for m in meals):
        pairs = (
            published_placements(seminar)
            .exclude(offer__tutor=None)
            .order_by()
            .values_list("offer__tutor_id", "half_day__starts_at")
            .distinct()
        )
        for tutor_id, starts_at in pairs:
            tutors_by_date.setdefault(timezone.localtime(starts_at).date(), set()).add(tutor_id)
    summaries = []
    for meal in meals:
        with_tutors = is_lunch_with_tutors(meal, immersion_dates)
        date = timezone.localtime(meal.starts_at).date()
        diners = [g for g in guests if any(m.pk == meal.pk for m in g.meals.all())]
        counts = {k: n for k, n in by_diet.items() if k and k != Diet.AUCUN}
        for guest in diners:
            if guest.diet and guest.diet != Diet.AUCUN:
                counts[guest.diet] = counts.get(guest.diet, 0) + 1
        dietary = [DietCount(diet_label(k), n) for k, n in counts.items()]
        summaries.append(
            MealSummary(
                item=meal,
                participant_count=participant_count,
                guest_count=len(diners),
                tutor_count=len(tutors_by_date.get(date, ())) if with_tutors else 0,
                staff_count=len(staff),
                with_tutors=with_tutors,
                dietary=sorted(dietary, key=lambda d: (-d.count, d.label)),
            )
        )
    return summaries


def _join(*parts) -> str:
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class AccessibilityNeed:
    participant: object
    needs: str
    sites: list[str]


def accessibility_needs(seminar) -> list[AccessibilityNeed]:
    """Participants with accessibility needs, and the host sites they go to (to warn them)."""
    people = list(
        seminar.participants.active().exclude(accessibility_needs="").order_by("last_name")
    )
    if not people:
        return []
    sites: dict[int, list[str]] = {}
    for placement in published_placements(seminar).filter(participant__in=people):
        sites.setdefault(placement.participant_id, []).append(
            f"{placement.half_day.half_day_label} : {placement.offer.site.name}"
        )
    return [AccessibilityNeed(p, p.accessibility_needs, sites.get(p.pk, [])) for p in people]


@dataclass(frozen=True)
class Travel:
    participant: object
    arrival: str
    departure: str


def travel_list(seminar) -> list[Travel]:
    """Arrival and return travel as the participants gave them (free text, e.g. "TGV 8648,
    18 h 35"), those who gave a departure first."""
    rows = [
        Travel(p, p.arrival_travel, p.departure_travel)
        for p in seminar.participants.active().order_by("last_name", "first_name")
    ]
    return sorted(rows, key=lambda r: (not r.departure, r.departure.casefold()))


def return_trip(seminar):
    """The programme's return item (the seed's "train de 18 h 35"), if any."""
    return seminar.programme_items.filter(kind=ItemKind.TRAVEL).order_by("-starts_at").first()
