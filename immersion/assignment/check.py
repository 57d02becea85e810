"""Independent re-check of every hard constraint of an assignment.

Used by the organiser's screens (a person moved or pinned by hand is validated at once) and by
the tests on every solver output. It shares no code with the solver's model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from immersion.assignment.model import Assignment, Instance, Violation, name_of
from immersion.assignment.rules import pair_obstacles

UNKNOWN_PARTICIPANT = "unknown_participant"
UNKNOWN_SLOT = "unknown_slot"
DUPLICATE = "duplicate"
TWO_SLOTS_SAME_HALF_DAY = "two_slots_same_half_day"
SAME_SITE_TWICE = "same_site_twice"
OVER_CAPACITY = "over_capacity"
PIN_NOT_KEPT = "pin_not_kept"


def _p(instance: Instance, participant_id: str) -> str:
    return name_of(instance.participant(participant_id))


def _s(instance: Instance, slot_id: str) -> str:
    return name_of(instance.slot(slot_id)) if instance.has_slot(slot_id) else slot_id


def check_assignment(instance: Instance, assignments: Iterable[Assignment]) -> list[Violation]:
    """All broken hard constraints, in a stable order (empty list = valid)."""
    violations: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    by_participant_half_day: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_participant_site: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_slot: dict[str, list[str]] = defaultdict(list)
    kept: set[tuple[str, str]] = set()

    for a in assignments:
        if not instance.has_participant(a.participant):
            violations.append(
                Violation(
                    a.participant,
                    a.slot,
                    UNKNOWN_PARTICIPANT,
                    f"participant inconnu « {a.participant} »",
                )
            )
            continue
        if not instance.has_slot(a.slot):
            violations.append(
                Violation(a.participant, a.slot, UNKNOWN_SLOT, f"créneau inconnu « {a.slot} »")
            )
            continue
        if (a.participant, a.slot) in seen:
            violations.append(
                Violation(
                    a.participant,
                    a.slot,
                    DUPLICATE,
                    f"{_p(instance, a.participant)} est affecté deux fois au créneau "
                    f"{_s(instance, a.slot)}",
                )
            )
            continue
        seen.add((a.participant, a.slot))
        participant = instance.participant(a.participant)
        slot = instance.slot(a.slot)
        for obstacle in pair_obstacles(instance, participant, slot):
            violations.append(Violation(a.participant, a.slot, obstacle.code, obstacle.message))
        by_participant_half_day[(a.participant, slot.half_day)].append(a.slot)
        by_participant_site[(a.participant, slot.site)].append(a.slot)
        by_slot[a.slot].append(a.participant)
        kept.add((a.participant, a.slot))

    for (pid, half_day), slot_ids in by_participant_half_day.items():
        for slot_id in slot_ids[1:]:
            violations.append(
                Violation(
                    pid,
                    slot_id,
                    TWO_SLOTS_SAME_HALF_DAY,
                    f"{_p(instance, pid)} a déjà le créneau {_s(instance, slot_ids[0])} "
                    f"le {half_day}",
                )
            )
    for (pid, site_id), slot_ids in by_participant_site.items():
        for slot_id in slot_ids[1:]:
            violations.append(
                Violation(
                    pid,
                    slot_id,
                    SAME_SITE_TWICE,
                    f"{_p(instance, pid)} visite déjà la structure "
                    f"{name_of(instance.site(site_id))} (créneau {_s(instance, slot_ids[0])})",
                )
            )
    for slot in instance.slots:
        who = by_slot.get(slot.id, [])
        for pid in who[slot.capacity :]:
            violations.append(
                Violation(
                    pid,
                    slot.id,
                    OVER_CAPACITY,
                    f"le créneau {name_of(slot)} est complet ({len(who)} affectés pour "
                    f"{slot.capacity} place(s))",
                )
            )
    for participant in instance.participants:
        for half_day, slot_id in participant.pinned:
            if (participant.id, slot_id) not in kept:
                violations.append(
                    Violation(
                        participant.id,
                        slot_id,
                        PIN_NOT_KEPT,
                        f"l'épinglage de {name_of(participant)} sur {_s(instance, slot_id)} "
                        f"le {half_day} n'est pas respecté",
                    )
                )
    return violations
