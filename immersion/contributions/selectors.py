"""Reads of constraints, levers and innovations: the debrief board's, the moderation page's
and a participant's own."""

from dataclasses import dataclass, field

from django.db.models import Count

from immersion.contributions.models import Contribution, ContributionGroup, Kind

KIND_ORDER = {kind: i for i, kind in enumerate(Kind.values)}


def _sort_key(contribution: Contribution):
    return (
        KIND_ORDER.get(contribution.kind, len(KIND_ORDER)),
        contribution.created_at,
        contribution.pk,
    )


def _board_queryset(seminar):
    return (
        Contribution.objects.filter(seminar=seminar)
        .on_board()
        .select_related("group")
        .annotate(merged_count=Count("duplicates"))
    )


def grouped_contributions(seminar) -> list[tuple[str | None, list[Contribution]]]:
    """The board: (group title, contributions) in the groups' order, then (None, the
    contributions in no group). Only visible contributions not merged into another; empty
    groups are left out. In each group: constraints, levers, innovations, oldest first.
    Each contribution carries ``merged_count``: how many duplicates were merged into it."""
    by_group: dict[int | None, list[Contribution]] = {}
    for contribution in _board_queryset(seminar):
        by_group.setdefault(contribution.group_id, []).append(contribution)
    result: list[tuple[str | None, list[Contribution]]] = []
    for group in ContributionGroup.objects.filter(seminar=seminar).order_by("position", "id"):
        if group.pk in by_group:
            result.append((group.title, sorted(by_group[group.pk], key=_sort_key)))
    if None in by_group:
        result.append((None, sorted(by_group[None], key=_sort_key)))
    return result


def contribution_counts(seminar) -> dict[str, int]:
    """How many contributions of each kind the board shows: {"contrainte": n, "levier": n,
    "innovation": n} (every kind present, in that order)."""
    counts = dict(
        Contribution.objects.filter(seminar=seminar)
        .on_board()
        .values_list("kind")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {kind: counts.get(kind, 0) for kind in Kind.values}


def own_contributions(participant) -> list[Contribution]:
    """What a participant posted in this seminar, newest first (moderated ones included)."""
    return list(participant.contributions.order_by("-created_at", "-id"))


@dataclass
class ModerationSection:
    group: ContributionGroup | None
    contributions: list[Contribution] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"groupe-{self.group.pk}" if self.group else "sans-groupe"


def moderation_sections(seminar) -> list[ModerationSection]:
    """The moderation page: every group (empty ones too, in order), then the contributions
    in no group. Hidden contributions are listed; merged ones appear under the contribution
    they were merged into (``contribution.merged`` — a list)."""
    contributions = list(
        Contribution.objects.filter(seminar=seminar)
        .select_related("author")
        .order_by("created_at", "id")
    )
    merged: dict[int, list[Contribution]] = {}
    for c in contributions:
        if c.merged_into_id is not None:
            merged.setdefault(c.merged_into_id, []).append(c)
    sections = {
        g.pk: ModerationSection(g)
        for g in ContributionGroup.objects.filter(seminar=seminar).order_by("position", "id")
    }
    ungrouped = ModerationSection(None)
    for c in contributions:
        if c.merged_into_id is not None:
            continue
        c.merged = merged.get(c.pk, [])
        sections.get(c.group_id, ungrouped).contributions.append(c)
    for section in [*sections.values(), ungrouped]:
        section.contributions.sort(key=_sort_key)
    return [*sections.values(), ungrouped]
