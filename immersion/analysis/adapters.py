"""The board's panels fed by other apps: contributions and the territory's figures.

- ``contributions.selectors.grouped_contributions(seminar)``: of a contribution the board
  reads its text, kind and merged count — never its author;
- ``territory.selectors.figures_for`` / ``territory_for`` for the seminar's city, rendered by
  ``components/territory_figures.html``.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ContributionLine:
    text: str
    kind_label: str = ""  # contrainte, levier, innovation
    merged_count: int = 0  # duplicates the expert merged into this one


@dataclass(frozen=True)
class ContributionsPanel:
    available: bool
    groups: list[tuple[str | None, list[ContributionLine]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(lines) for _heading, lines in self.groups)


@dataclass(frozen=True)
class TerritoryPanel:
    available: bool
    commune_code: str = ""
    place: object = None  # territory_for's result: the commune, its department and region
    figures: object = None


def contributions_panel(seminar) -> ContributionsPanel:
    from immersion.contributions.selectors import grouped_contributions

    return ContributionsPanel(
        available=True,
        groups=[
            (heading, [_line(c) for c in items])
            for heading, items in grouped_contributions(seminar)
        ],
    )


def _line(contribution) -> ContributionLine:
    return ContributionLine(
        text=contribution.text,
        kind_label=str(contribution.get_kind_display()),
        merged_count=int(getattr(contribution, "merged_count", 0) or 0),
    )


def territory_panel(seminar) -> TerritoryPanel:
    from immersion.territory.selectors import figures_for, territory_for

    code = seminar.city_code
    if not code:
        return TerritoryPanel(available=False, commune_code=code)
    place = territory_for(code)
    return TerritoryPanel(
        available=True, commune_code=code, place=place, figures=figures_for(code, territory=place)
    )
