"""Panels fed by apps that other branches build: contributions and territory figures.

Until ``immersion.contributions`` and ``territory.selectors.figures_for`` exist, these return
an empty, ``available=False`` panel and the board leaves the panel out. They expect:

- ``immersion.contributions.selectors.grouped_contributions(seminar)
  -> list[tuple[str | None, list[Contribution]]]`` (group title or None, the contributions
  moderated for the board); of a contribution the board reads ``text`` (else ``str()``),
  ``get_kind_display()`` and ``merged_count`` when present — never its author.
- ``immersion.territory.selectors.figures_for(commune_code, *, territory=None)`` and, when
  present, ``territory_for(commune_code)``: the board includes
  ``components/territory_figures.html`` with ``territory`` (territory_for's result, None
  without it) and ``figures`` (figures_for's result) for the seminar's city.

Only a *missing* module or function counts as "not there yet": any other error in those
apps is raised, not hidden.
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


def _missing(exc: ModuleNotFoundError, module: str) -> bool:
    """Is it ``module`` (or a parent package) that is missing, not one it imports?"""
    return exc.name is not None and (module == exc.name or module.startswith(exc.name + "."))


def contributions_panel(seminar) -> ContributionsPanel:
    try:
        import immersion.contributions.selectors as selectors
    except ModuleNotFoundError as exc:
        if _missing(exc, "immersion.contributions.selectors"):
            return ContributionsPanel(available=False)
        raise
    grouped = getattr(selectors, "grouped_contributions", None)
    if grouped is None:
        return ContributionsPanel(available=False)
    return ContributionsPanel(
        available=True,
        groups=[(heading, [_line(c) for c in items]) for heading, items in grouped(seminar)],
    )


def _line(contribution) -> ContributionLine:
    kind = getattr(contribution, "get_kind_display", None)
    return ContributionLine(
        text=str(getattr(contribution, "text", None) or contribution),
        kind_label=str(kind()) if callable(kind) else "",
        merged_count=int(getattr(contribution, "merged_count", 0) or 0),
    )


def territory_panel(seminar) -> TerritoryPanel:
    from immersion.territory import selectors

    figures_for = getattr(selectors, "figures_for", None)
    code = seminar.city_code
    if figures_for is None or not code:
        return TerritoryPanel(available=False, commune_code=code)
    territory_for = getattr(selectors, "territory_for", None)
    if territory_for is None:
        return TerritoryPanel(available=True, commune_code=code, figures=figures_for(code))
    place = territory_for(code)
    return TerritoryPanel(
        available=True, commune_code=code, place=place, figures=figures_for(code, territory=place)
    )
