"""The observatory's map of France by department and its comparison with the territory's
figures. Every value comes from the programme's ``departements`` open-data table (under the
disclosure rule): a withheld figure gets the map's « secret statistique » class and never a
number, in the drawing as in its text. The map is drawn server-side, as inline SVG, from the
bundled geometry (``territory.departments_map``); its colours are classes of a static style
sheet (no inline style: the CSP forbids it)."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from immersion.analysis.choropleth import NO_DATA, SECRET, quantile_classes
from immersion.analysis.observatory import ALL, OpenTable
from immersion.territory.departments_map import departments_map
from immersion.territory.indicators import LABELS
from immersion.territory.selectors import PRESSURE, department_figures

COUNT, MINUTES, PERCENT = "count", "minutes", "percent"

# The map's indicators: code → (label, kind, the column it reads).
INDICATORS = {
    "situations": (gettext_lazy("Situations observées"), COUNT, "situations"),
    "attente": (gettext_lazy("Attente médiane (minutes)"), MINUTES, "attente_mediane_minutes"),
    "difficultes": (
        gettext_lazy("Part des situations avec au moins une difficulté"),
        PERCENT,
        "avec_difficulte",
    ),
    "resolue": (gettext_lazy("Part des situations résolues"), PERCENT, "resolue"),
    "reorientee": (gettext_lazy("Part des situations réorientées"), PERCENT, "reorientee"),
    "a_suivre": (gettext_lazy("Part des situations à suivre"), PERCENT, "a_suivre"),
    "non_resolue": (gettext_lazy("Part des situations non résolues"), PERCENT, "non_resolue"),
}
DEFAULT_INDICATOR = "situations"
SHORT_LABELS = {
    "taux_pauvrete_60": gettext_lazy("Taux de pauvreté"),
    "taux_chomage_recensement": gettext_lazy("Taux de chômage (recensement)"),
    "rsa_part_15_69": gettext_lazy("Part d'allocataires du RSA (15-69 ans)"),
}
# The comparison table's headers: short, so that its eight columns fit the page.
COMPARISON_HEADERS = {
    "situations": gettext_lazy("Situations observées"),
    "attente": gettext_lazy("Attente médiane"),
    "difficultes": gettext_lazy("Avec difficulté"),
    "non_resolue": gettext_lazy("Non résolues"),
    "taux_pauvrete_60": gettext_lazy("Pauvreté"),
    "taux_chomage_recensement": gettext_lazy("Chômage"),
    "rsa_part_15_69": gettext_lazy("RSA (15-69 ans)"),
}


def indicator_value(row: dict, indicator: str):
    """A department's value for ``indicator``: a number, ``SECRET`` or None (nothing)."""
    _label, kind, column = INDICATORS[indicator]
    if kind == COUNT:
        return SECRET if row[column] is None else row[column]
    if kind == MINUTES:
        if row["situations_avec_attente"] is None:
            return SECRET
        return row[column]  # None: no waiting time noted there
    numerator, denominator = row[column], row["situations"]
    if numerator is None or denominator is None:
        return SECRET
    return 100 * numerator / denominator if denominator else None


def display(value, indicator: str) -> str:
    if value == SECRET:
        return _("secret statistique")
    if value is None:
        return _("aucune donnée")
    kind = INDICATORS[indicator][1]
    if kind == COUNT:  # a class's bounds come as floats
        return formats.number_format(round(value), use_l10n=True, force_grouping=True)
    if kind == MINUTES:
        value = round(value, 1)
        value = int(value) if value == int(value) else value
        text = formats.number_format(value, decimal_pos=None, use_l10n=True)
        return _("%(n)s min") % {"n": text}
    return f"{formats.number_format(round(value), use_l10n=True)} %"


@dataclass(frozen=True)
class MapArea:
    code: str
    name: str
    path: str
    css: str  # vmv-carte__zone--1 … --5, --secret, --vide
    title: str  # the area's accessible name: its name and its value


@dataclass(frozen=True)
class LegendItem:
    css: str
    label: str


@dataclass(frozen=True)
class FranceMap:
    indicator: str
    indicator_label: str
    view_box: str
    areas: list[MapArea]
    insets: list
    legend: list[LegendItem]
    summary: str
    source: str
    secret: int


def department_rows(table: OpenTable) -> list[dict]:
    return [r for r in table.rows if r["departement"] != ALL]


def france_map(table: OpenTable, indicator: str) -> FranceMap:
    geometry = departments_map()
    rows = {r["departement"]: r for r in department_rows(table)}
    values = {code: indicator_value(row, indicator) for code, row in rows.items()}
    classes = quantile_classes(values)
    label = str(INDICATORS[indicator][0])
    areas = []
    for shape in geometry.departments:
        if shape.code in rows:
            value = values[shape.code]
            text = display(value, indicator)
        else:
            value, text = None, _("aucune situation observée")
        tone = classes.css(shape.code)
        css = {SECRET: "secret", NO_DATA: "vide"}.get(tone, tone)
        areas.append(
            MapArea(
                shape.code,
                shape.name,
                shape.path,
                f"vmv-carte__zone--{css}",
                f"{shape.name} ({shape.code}) : {text}",
            )
        )
    legend = [
        LegendItem(
            f"vmv-carte__cle--{c.tone}",
            display(c.low, indicator)
            if c.low == c.high
            else _("de %(low)s à %(high)s")
            % {"low": display(c.low, indicator), "high": display(c.high, indicator)},
        )
        for c in classes.classes
    ]
    legend.append(LegendItem("vmv-carte__cle--secret", _("secret statistique")))
    legend.append(LegendItem("vmv-carte__cle--vide", _("aucune situation observée")))
    return FranceMap(
        indicator=indicator,
        indicator_label=label,
        view_box=geometry.view_box,
        areas=areas,
        insets=list(geometry.insets),
        legend=legend,
        summary=_map_summary(rows, values, indicator, label, classes.secret),
        source=_("Fond de carte : %(source)s, licence %(licence)s, simplifié.")
        % {"source": geometry.source, "licence": geometry.licence},
        secret=classes.secret,
    )


def _map_summary(rows, values, indicator, label, secret) -> str:
    known = sorted(
        ((v, rows[c]["departement_libelle"]) for c, v in values.items() if _number(v)),
        key=lambda pair: -pair[0],
    )
    if not rows:
        return _("Aucune situation observée : la carte est vide.")
    parts = [
        _(
            "Carte de France par département : %(label)s. %(observed)s département(s) "
            "observé(s), dont %(known)s avec une valeur publiée et %(secret)s sous secret "
            "statistique."
        )
        % {"label": label, "observed": len(rows), "known": len(known), "secret": secret}
    ]
    if known:
        parts.append(
            _(
                "Valeur la plus élevée : %(high_name)s (%(high)s) ; la plus basse : "
                "%(low_name)s (%(low)s)."
            )
            % {
                "high_name": known[0][1],
                "high": display(known[0][0], indicator),
                "low_name": known[-1][1],
                "low": display(known[-1][0], indicator),
            }
        )
    parts.append(_("Le tableau de comparaison ci-dessous donne la valeur de chaque département."))
    return " ".join(parts)


def _number(value) -> bool:
    return isinstance(value, int | float) and value is not True


# --- the comparison with the territory's figures ----------------------------------------------


@dataclass(frozen=True)
class ComparisonRow:
    code: str
    name: str
    cells: list[str]  # the observations', then the territory's figures


@dataclass(frozen=True)
class Comparison:
    headers: list[str]
    rows: list[ComparisonRow]
    reading: list[str]  # sentences that read the pressure (ranks), no causal claim
    sources: list[str]


OBSERVED_COLUMNS = ("situations", "attente", "difficultes", "non_resolue")


def comparison(table: OpenTable, indicator: str) -> Comparison:
    rows = sorted(department_rows(table), key=lambda r: r["departement"])
    names = {r["departement"]: r["departement_libelle"] for r in rows}
    figures = department_figures(names, names=names)
    headers = [
        _("Département"),
        *(str(COMPARISON_HEADERS[c]) for c in (*OBSERVED_COLUMNS, *PRESSURE)),
    ]
    out = []
    for r in rows:
        code = r["departement"]
        cells = [display(indicator_value(r, c), c) for c in OBSERVED_COLUMNS]
        for i in PRESSURE:
            cell = figures.get(code, {}).get(i)
            cells.append(cell.display if cell else "—")
        out.append(ComparisonRow(code, f"{r['departement_libelle']} ({code})", cells))
    sources = sorted(
        {
            f"{LABELS[i]} : {cell.source} ({cell.year})"
            for by_indicator in figures.values()
            for i, cell in by_indicator.items()
        }
    )
    return Comparison(headers, out, _reading(rows, figures, indicator), sources)


def _reading(rows, figures, indicator) -> list[str]:
    """For each territory indicator, the three observed departments where it is highest, and
    their rank on the map's indicator among the departments with a published value."""
    values = {r["departement"]: indicator_value(r, indicator) for r in rows}
    ranked = sorted((c for c, v in values.items() if _number(v)), key=lambda c: -values[c])
    rank = {code: n for n, code in enumerate(ranked, start=1)}
    names = {r["departement"]: r["departement_libelle"] for r in rows}
    label = str(INDICATORS[indicator][0])
    sentences = []
    for i in PRESSURE:
        with_figure = [c for c in names if i in figures.get(c, {})]
        if len(with_figure) < 2:
            continue
        top = sorted(with_figure, key=lambda c: -figures[c][i].value)[:3]
        places = ", ".join(
            _("%(name)s (%(value)s ; rang %(rank)s)")
            % {
                "name": names[c],
                "value": figures[c][i].display,
                "rank": rank[c] if c in rank else _("non publié"),
            }
            for c in top
        )
        sentences.append(
            _("%(what)s — valeurs les plus élevées parmi les départements observés : %(places)s.")
            % {"what": SHORT_LABELS[i], "places": places}
        )
    if sentences:
        sentences.insert(
            0,
            _(
                "Rang : celui du département pour « %(label)s » parmi les %(n)s départements "
                "dont la valeur est publiée (1 = la plus élevée)."
            )
            % {"label": label, "n": len(ranked)},
        )
        sentences.append(
            _(
                "Ces rapprochements montrent où la pression sociale est la plus forte à côté de "
                "ce qui a été observé ; ils ne disent pas que l'une explique l'autre (quelques "
                "séminaires, des structures choisies, des chiffres d'années différentes)."
            )
        )
    return sentences
