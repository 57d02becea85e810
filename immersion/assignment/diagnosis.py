"""Pre-solve diagnosis: supply and demand per half-day and per category, in data and French."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from immersion.assignment.explain import HalfDayContext
from immersion.assignment.model import CATEGORIES, Instance, category_name

if TYPE_CHECKING:
    from immersion.assignment.candidates import Problem

MAX_LISTED_IN_MESSAGES = 10


def _n(count: int, singular: str, plural: str | None = None) -> str:
    """« 1 place », « 2 places » (French plural: 0 and 1 take the singular)."""
    return f"{count} {singular if count <= 1 else (plural or singular + 's')}"


def diagnose(
    instance: Instance,
    *,
    problem: Problem | None = None,
    without_candidates: Iterable[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Compare seats and demand before solving.

    Returns ``{"half_days": [...], "categories": [...], "without_candidates": [...],
    "messages": [...]}``: seats and available participants per half-day; per category and
    half-day the seats open to it; every participant-half-day with no compatible slot at all
    (ignoring other participants), with reasons; French sentences summing it up.

    ``without_candidates`` (participant id, half-day) pairs, when given, say which
    participant-half-days have no compatible slot (e.g. gathered from regional sub-problems,
    which hold every compatible slot of their participants): no arc list is built then.
    """
    known = None if without_candidates is None else set(without_candidates)
    if problem is None and known is None:
        from immersion.assignment.candidates import build_problem

        problem = build_problem(instance)
    messages: list[str] = []

    seats: dict[str, int] = defaultdict(int)
    seats_open: dict[tuple[str, str], int] = defaultdict(int)
    for slot in instance.slots:
        seats[slot.half_day] += slot.capacity
        for category in CATEGORIES:
            if category not in slot.forbidden_categories:
                seats_open[(slot.half_day, category)] += slot.capacity
    demand: dict[str, int] = defaultdict(int)
    demand_cat: dict[tuple[str, str], int] = defaultdict(int)
    for participant in instance.participants:
        for hd in participant.available:
            demand[hd] += 1
            demand_cat[(hd, participant.category)] += 1

    half_days = []
    for hd in instance.half_days:
        balance = seats[hd] - demand[hd]
        half_days.append(
            {"half_day": hd, "seats": seats[hd], "available": demand[hd], "balance": balance}
        )
        people = _n(demand[hd], "participant disponible", "participants disponibles")
        if balance < 0:
            messages.append(
                f"{hd} : {_n(seats[hd], 'place')} pour {people} — "
                f"il manque au moins {_n(-balance, 'place')}."
            )
        else:
            messages.append(f"{hd} : {_n(seats[hd], 'place')} pour {people}.")

    categories = []
    for category in CATEGORIES:
        for hd in instance.half_days:
            n = demand_cat[(hd, category)]
            if n == 0:
                continue
            open_seats = seats_open[(hd, category)]
            categories.append(
                {
                    "category": category,
                    "half_day": hd,
                    "participants": n,
                    "seats_open": open_seats,
                    "balance": open_seats - n,
                }
            )
            if open_seats < n:
                messages.append(
                    f"{hd} : {open_seats} places ouvertes à la catégorie "
                    f"« {category_name(category)} » pour {n} participants de cette catégorie."
                )

    context = HalfDayContext(instance)
    without: list[dict[str, Any]] = []
    n_h = len(instance.half_days)
    hd_index = {h: i for i, h in enumerate(instance.half_days)}
    for p, participant in enumerate(instance.participants):
        for hd in participant.available:
            if known is not None:
                if (participant.id, hd) not in known:
                    continue
            elif problem.ph_start[(k := p * n_h + hd_index[hd]) + 1] > problem.ph_start[k]:
                continue
            reasons, codes, _ = context.classify(participant, hd, used={}, visited_sites=set())
            if participant.pins:
                reasons = [*reasons, "(ou la structure est déjà épinglée une autre demi-journée)"]
            without.append(
                {"participant": participant.id, "half_day": hd, "reasons": reasons, "codes": codes}
            )
    if without:
        people = sorted({w["participant"] for w in without})
        shown = ", ".join(people[:MAX_LISTED_IN_MESSAGES])
        more = "…" if len(people) > MAX_LISTED_IN_MESSAGES else ""
        messages.append(
            f"{len(people)} participant(s) sans aucun créneau compatible sur au moins une "
            f"demi-journée : {shown}{more}."
        )
        for item in without[:MAX_LISTED_IN_MESSAGES]:
            messages.append(f"{item['participant']} le {item['half_day']} : {item['reasons'][0]}.")
    total_seats = sum(seats.values())
    total_demand = sum(demand.values())
    return {
        "seats": total_seats,
        "demand": total_demand,
        "half_days": half_days,
        "categories": categories,
        "without_candidates": without,
        "messages": messages,
    }
