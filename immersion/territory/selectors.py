import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from immersion.common.validators import normalise_insee_code, validate_insee_code
from immersion.territory.context import FRANCE_ENTIERE, FRANCE_METROPOLITAINE, department_of
from immersion.territory.indicators import DISPLAYED, LABELS, UNIT_LABELS
from immersion.territory.models import Area, Commune, Level, TerritoryFigure
from immersion.territory.referential import search_key


def get_commune(code: str) -> Commune | None:
    if not code:
        return None
    return Commune.objects.filter(code=code).first()


def communes_by_code(codes) -> dict[str, Commune]:
    return {c.code: c for c in Commune.objects.filter(code__in=set(codes))}


# --- choosing a commune by name -------------------------------------------------------------

SUGGESTIONS = 10
# « Rennes (35238) »: a name and its code, as the suggestions write them.
_NAME_AND_CODE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[0-9AB]{4,5}(?:\.0)?)\)\s*$", re.I)
# Something written as a code (« 35238 », « 2A004 », « 3523 », a spreadsheet's « 35238.0 »).
_CODE_LIKE = re.compile(r"^\s*[0-9][0-9AB][0-9]{1,3}(?:\.0)?\s*$", re.I)


def commune_label(commune: Commune) -> str:
    """How a commune is written in a field: « Rennes (35238) »."""
    return f"{commune.name} ({commune.code})"


def suggest_communes(query: str, *, limit: int = SUGGESTIONS) -> list[Commune]:
    """Communes whose name starts with the query (accents and case ignored), then those whose
    name contains it, the most populated first; a code's beginning finds communes by code."""
    query = (query or "").strip()
    match = _NAME_AND_CODE.match(query)
    if match:
        query = match["name"]
    if _CODE_LIKE.match(query) or (query[:1].isdigit() and query.isalnum()):
        return list(Commune.objects.filter(code__startswith=query.upper()).order_by("code")[:limit])
    key = search_key(query)
    if len(key) < 2:
        return []
    order = ["-population", "name", "code"]
    found = list(Commune.objects.filter(search_name__startswith=key).order_by(*order)[:limit])
    if len(found) < limit:
        found += list(
            Commune.objects.filter(search_name__contains=key)
            .exclude(search_name__startswith=key)
            .order_by(*order)[: limit - len(found)]
        )
    return found


def resolve_commune(text: str) -> tuple[str, Commune | None]:
    """The commune meant by « Rennes », « Rennes (35238) » or « 35238 »: (code, commune).

    A valid code outside the referential gives (code, None); an empty text ("", None).
    Raises ValidationError, in French, for a malformed code (a 4-digit one is never padded),
    a name the referential does not know, or a name several communes share (with each one's
    department, so that the person can choose)."""
    text = " ".join((text or "").split())
    if not text:
        return "", None
    match = _NAME_AND_CODE.match(text)
    code = match["code"] if match else (text if _CODE_LIKE.match(text) else "")
    if code:
        code = normalise_insee_code(code)
        validate_insee_code(code)
        return code, get_commune(code)
    matches = list(Commune.objects.filter(search_name=search_key(text)).order_by("department"))
    if len(matches) == 1:
        return matches[0].code, matches[0]
    if not matches:
        raise ValidationError(
            _(
                "Aucune commune « %(name)s » dans le référentiel : vérifiez l'orthographe ou "
                "indiquez son code INSEE (5 chiffres, par ex. 35238)."
            ),
            code="unknown_commune",
            params={"name": text},
        )
    raise ValidationError(
        _("Plusieurs communes s'appellent « %(name)s » : choisissez-en une, %(choices)s."),
        code="ambiguous_commune",
        params={
            "name": text,
            "choices": " ; ".join(
                _("« %(label)s » (département %(department)s)")
                % {"label": commune_label(c), "department": c.department}
                for c in matches
            ),
        },
    )


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


# What the observatory sets beside each department's observations, in this order.
PRESSURE = ("taux_pauvrete_60", "taux_chomage_recensement", "rsa_part_15_69")


def department_figures(
    codes, indicators=PRESSURE, *, names: dict[str, str] | None = None
) -> dict[str, dict[str, FigureCell]]:
    """{department code: {indicator: its latest figure}} for the departments ``codes``
    (the cells of the debrief's territory table, with their year and source). One query."""
    names = names or {}
    latest: dict[tuple[str, str], TerritoryFigure] = {}
    figures = TerritoryFigure.objects.filter(
        level=Level.DEPARTEMENT, code__in=set(codes), indicator__in=indicators
    )
    for figure in figures:
        key = (figure.code, figure.indicator)
        if key not in latest or figure.year > latest[key].year:
            latest[key] = figure
    out: dict[str, dict[str, FigureCell]] = {}
    for (code, indicator), figure in latest.items():
        out.setdefault(code, {})[indicator] = FigureCell(
            value=figure.value,
            unit=figure.unit,
            year=figure.year,
            source=figure.source,
            licence=figure.licence,
            computed=figure.computed,
            method=figure.method,
            place=names.get(code, code),
        )
    return out
