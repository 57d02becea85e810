"""Panels fed by apps that other branches build: contributions and territory figures.

Until ``immersion.contributions`` and ``territory.selectors.figures_for`` exist, these return
an empty, ``available=False`` panel and the board leaves the panel out. They expect:

- ``immersion.contributions.selectors.grouped_contributions(seminar)
  -> list[tuple[str | None, list[Contribution]]]`` (heading, contributions moderated for
  showing); a contribution's text is read from ``.text`` (else ``str()``), its author is
  never read.
- ``immersion.territory.selectors.figures_for(commune_code)`` -> what the template
  ``components/territory_figures.html`` renders; the board includes that template with
  ``figures`` (this value) and ``commune_code``.

Only a *missing* module or function counts as "not there yet": any other error in those
apps is raised, not hidden.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ContributionLine:
    text: str


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
        groups=[
            (heading, [ContributionLine(str(getattr(c, "text", None) or c)) for c in items])
            for heading, items in grouped(seminar)
        ],
    )


def territory_panel(seminar) -> TerritoryPanel:
    from immersion.territory import selectors

    figures_for = getattr(selectors, "figures_for", None)
    if figures_for is None or not seminar.city_code:
        return TerritoryPanel(available=False, commune_code=seminar.city_code)
    return TerritoryPanel(
        available=True, commune_code=seminar.city_code, figures=figures_for(seminar.city_code)
    )
