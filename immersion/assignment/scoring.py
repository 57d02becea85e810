"""The objective, participant by participant.

:func:`score_breakdown` gives each participant's parts; their ``total`` values add up exactly to
:func:`objective`, the value the solver maximises. Assignments naming unknown participants or
slots are ignored here (:func:`check_assignment` reports them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from immersion.assignment.model import Assignment, Instance
from immersion.assignment.rules import classify_previous


def score_breakdown(
    instance: Instance, assignments: Iterable[Assignment]
) -> dict[str, dict[str, Any]]:
    """Score parts of every participant of the instance (in instance order).

    Each value holds raw counts and weighted points: ``assignments``/``assignment_points``,
    ``distinct_kinds``/``kind_points``, ``distinct_channels``/``channel_points``,
    ``preference``/``preference_points``, ``mix_extra``/``mix_points`` (the mix penalty of a
    slot and category is charged to every observer of that category after the first one, in
    instance order), ``dropped_previous``/``previous_points``, and ``total``.
    """
    w = instance.weights
    order = {p.id: i for i, p in enumerate(instance.participants)}
    chosen: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for a in assignments:
        if (
            instance.has_participant(a.participant)
            and instance.has_slot(a.slot)
            and (a.participant, a.slot) not in seen
        ):
            seen.add((a.participant, a.slot))
            chosen[a.participant].append(a.slot)

    mix_extra: dict[str, int] = defaultdict(int)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pid, slot_ids in chosen.items():
        category = instance.participant(pid).category
        for slot_id in slot_ids:
            groups[(slot_id, category)].append(pid)
    for members in groups.values():
        for pid in sorted(members, key=order.__getitem__)[1:]:
            mix_extra[pid] += 1

    valid_previous, _ = classify_previous(instance)
    dropped: dict[str, int] = defaultdict(int)
    for pair in valid_previous:
        if (pair.participant, pair.slot) not in seen:
            dropped[pair.participant] += 1

    result: dict[str, dict[str, Any]] = {}
    for participant in instance.participants:
        slots = [instance.slot(s) for s in chosen.get(participant.id, [])]
        kinds = {instance.site(s.site).kind for s in slots}
        channels = {s.channel for s in slots}
        preference = sum(participant.preference(instance.site(s.site).kind) for s in slots)
        parts: dict[str, Any] = {
            "assignments": len(slots),
            "assignment_points": w.assignment * len(slots),
            "distinct_kinds": len(kinds),
            "kind_points": w.distinct_kind * len(kinds),
            "distinct_channels": len(channels),
            "channel_points": w.distinct_channel * len(channels),
            "preference": preference,
            "preference_points": w.preference * preference,
            "mix_extra": mix_extra[participant.id],
            "mix_points": -w.mix_penalty * mix_extra[participant.id],
            "dropped_previous": dropped[participant.id],
            "previous_points": -w.dropped_previous * dropped[participant.id],
        }
        parts["total"] = sum(v for k, v in parts.items() if k.endswith("_points"))
        result[participant.id] = parts
    return result


def objective(instance: Instance, assignments: Iterable[Assignment]) -> int:
    """The objective value of an assignment (sum of every participant's ``total``)."""
    return sum(p["total"] for p in score_breakdown(instance, assignments).values())
