from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from immersion.territory.context import FRANCE_ENTIERE, FRANCE_METROPOLITAINE, department_of
from immersion.territory.indicators import DISPLAYED, LABELS, UNIT_LABELS
from immersion.territory.models import Area, Commune, Level, TerritoryFigure


def get_commune(code: str) -> Commune | None:
    if not code:
        return None
    return Commune.objects.filter(code=code).first()


def communes_by_code(codes) -> dict[str, Commune]:
    return {c.code: c for c in Commune.objects.filter(code__in=set(codes))}


# --- the territory's figures ----------------------------------------------------------------


@dataclass(frozen=True)
class Territory:
    """A commune and the territories above it, with their names (codes when unknown)."""

    commune_code: str
    commune_name: str
    department_code: str
    department_name: str
    region_code: str
    region_name: str


@dataclass(frozen=True)
class FigureCell:
    """One figure of a row: its value at one level, with its own year and source."""

    value: Decimal
    unit: str
    year: int
    source: str
    licence: str
    computed: bool
    method: str
    place: str  # "Rennes", "Ille-et-Vilaine", "France", "France métropolitaine"
    note: str = ""  # said beside the value: "France métropolitaine" when not all of France

    @property
    def display(self) -> str:
        """The value written for the active language ("14,4 %", "225 081")."""
        places = 1 if self.unit == "%" else 0
        # number_format truncates a Decimal's extra places: round first (14.357 → 14,4).
        rounded = self.value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = number_format(rounded, places, use_l10n=True, force_grouping=True)
        return f"{text} %" if self.unit == "%" else text


@dataclass(frozen=True)
class FigureRow:
    indicator: str
    label: str
    unit: str  # translated unit label ("habitants", "%", "€ par an")
    commune: FigureCell | None
    department: FigureCell | None
    region: FigureCell | None
    france: FigureCell | None

    @property
    def cells_by_level(self) -> list[FigureCell | None]:
        """The table's columns: commune, department, France (``None``: no figure)."""
        return [self.commune, self.department, self.france]

    @property
    def cells(self) -> list[FigureCell]:
        return [c for c in self.cells_by_level if c is not None]

    @property
    def year(self) -> int:
        """The latest year of the row's figures (they may differ between levels)."""
        return max(c.year for c in self.cells)

    @property
    def source(self) -> str:
        """Every source of the row with its year, e.g. « INSEE, Filosofi 2013 (2013) »."""
        pairs = dict.fromkeys(f"{c.source} ({c.year})" for c in self.cells)
        return " ; ".join(pairs)

    @property
    def computed(self) -> bool:
        return any(c.computed for c in self.cells)

    @property
    def methods(self) -> list[str]:
        """How the computed values of the row were computed, each once."""
        return list(dict.fromkeys(c.method for c in self.cells if c.computed and c.method))


def territory_for(commune_code: str) -> Territory:
    """The commune's names and its department and region, from the imported COG files,
    else from the commune referential, else from the code itself."""
    commune_area = Area.objects.filter(level=Level.COMMUNE, code=commune_code).first()
    commune = None if commune_area else get_commune(commune_code)
    department = (
        (commune_area.parent_code if commune_area else "")
        or (commune.department if commune else "")
        or department_of(commune_code)
    )
    areas = {
        (a.level, a.code): a
        for a in Area.objects.filter(
            Q(level=Level.DEPARTEMENT, code=department) | Q(level=Level.REGION)
        )
    }
    department_area = areas.get((Level.DEPARTEMENT, department))
    region = department_area.parent_code if department_area else ""
    region_area = areas.get((Level.REGION, region))
    return Territory(
        commune_code=commune_code,
        commune_name=(
            commune_area.name if commune_area else (commune.name if commune else commune_code)
        ),
        department_code=department,
        department_name=department_area.name if department_area else department,
        region_code=region,
        region_name=region_area.name if region_area else region,
    )


def figures_for(commune_code: str, *, territory: Territory | None = None) -> list[FigureRow]:
    """The territory's figures for a commune, its department, its region and France: one
    row per displayed indicator that has at least one figure, in ``DISPLAYED`` order.

    Each level shows its latest year. France is France as a whole (code ``FR``) when the
    store has it, else mainland France (``FRM``, e.g. Filosofi 2013 covers mainland
    departments only), and the cell's ``place`` says which. Values the platform computed
    (sums of communes, rates, weighted means) carry ``computed`` and ``method``.
    Three queries.
    """
    territory = territory or territory_for(commune_code)
    places = {
        (Level.COMMUNE, commune_code): territory.commune_name,
        (Level.DEPARTEMENT, territory.department_code): territory.department_name,
        (Level.REGION, territory.region_code): territory.region_name,
        (Level.FRANCE, FRANCE_ENTIERE): _("France"),
        (Level.FRANCE, FRANCE_METROPOLITAINE): _("France métropolitaine"),
    }
    wanted = Q()
    for level, code in places:
        if code:
            wanted |= Q(level=level, code=code)
    latest: dict[tuple[str, str, str], TerritoryFigure] = {}
    for figure in TerritoryFigure.objects.filter(wanted, indicator__in=DISPLAYED):
        key = (figure.indicator, figure.level, figure.code)
        if key not in latest or figure.year > latest[key].year:
            latest[key] = figure

    def cell(indicator, level, code):
        figure = latest.get((indicator, level, code))
        if figure is None:
            return None
        return FigureCell(
            value=figure.value,
            unit=figure.unit,
            year=figure.year,
            source=figure.source,
            licence=figure.licence,
            computed=figure.computed,
            method=figure.method,
            place=places[level, code],
            note=places[level, code] if code == FRANCE_METROPOLITAINE else "",
        )

    rows = []
    for indicator in DISPLAYED:
        row_cells = {
            "commune": cell(indicator, Level.COMMUNE, commune_code),
            "department": cell(indicator, Level.DEPARTEMENT, territory.department_code),
            "region": cell(indicator, Level.REGION, territory.region_code),
            "france": cell(indicator, Level.FRANCE, FRANCE_ENTIERE)
            or cell(indicator, Level.FRANCE, FRANCE_METROPOLITAINE),
        }
        if not any(row_cells.values()):
            continue
        unit = next(c.unit for c in row_cells.values() if c is not None)
        rows.append(
            FigureRow(
                indicator=indicator,
                label=str(LABELS[indicator]),
                unit=str(UNIT_LABELS.get(unit, unit)),
                **row_cells,
            )
        )
    return rows
