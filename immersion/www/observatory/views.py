"""The programme's observatory: aggregates across a programme's seminars for its managers
(role « gestionnaire de programme ») and administrators — never a person, a site or a
seminar by name. Every figure comes from ``analysis.observatory`` (the open data's tables,
under the disclosure rule); a withheld cell reads « secret statistique ». Anybody else, and
a programme the user does not manage, gets a 404.
"""

import io
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from immersion.analysis.observatory import (
    ALL,
    Filters,
    OpenTable,
    select_lines,
)
from immersion.analysis.open_data import slug, write_package
from immersion.analysis.snapshots import programme_snapshot, snapshot_open_data
from immersion.search.models import Kind
from immersion.search.query import MIN_LETTERS
from immersion.search.selectors import Filters as SearchFilters
from immersion.search.selectors import departments as search_departments
from immersion.search.selectors import search_texts
from immersion.seminars.models import Programme
from immersion.www.lists import PageLink
from immersion.www.observatory.forms import MapIndicatorForm, ObservatoryFilterForm, SearchForm
from immersion.www.observatory.territories import (
    DEFAULT_INDICATOR,
    INDICATORS,
    comparison,
    france_map,
)

PARIS = ZoneInfo("Europe/Paris")


class ObservatoryAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("seminars.access_observatory"):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ProgrammeMixin(ObservatoryAccessMixin):
    @cached_property
    def programme(self) -> Programme:
        programme = Programme.objects.visible_to(self.request.user).filter(pk=self.kwargs["pk"])
        programme = programme.first()
        if programme is None or not self.request.user.has_perm(
            "seminars.view_programme", programme
        ):
            raise Http404
        return programme


class ObservatoryHomeView(ObservatoryAccessMixin, TemplateView):
    template_name = "www/observatory/home.html"

    def get_context_data(self, **kwargs):
        kwargs["programmes"] = Programme.objects.visible_to(self.request.user)
        return super().get_context_data(**kwargs)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: secret statistique
    width: float  # percent of the longest


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    description: str
    headers: list[str]
    rows: list[list[str]]
    bars: list[Bar] | None = None
    summary: str = ""


def _format(value) -> str:
    if isinstance(value, float):
        return formats.number_format(round(value, 2), decimal_pos=None, use_l10n=True)
    return formats.number_format(value, use_l10n=True) if isinstance(value, int) else str(value)


def _section(slug_: str, table: OpenTable) -> Section:
    names = {f.name for f in table.fields}
    shown = [
        f
        for f in table.fields
        if f"{f.name}_libelle" not in names and f.name != "secret_statistique"
    ]
    rows = []
    for row in table.rows:
        secret = row.get("secret_statistique")
        cells = []
        for f in shown:
            value = row.get(f.name)
            if value is None:
                cells.append(_("secret statistique") if secret else "—")
            else:
                cells.append(_format(value))
        rows.append(cells)
    return Section(slug_, table.title, table.description, [f.title for f in shown if f.title], rows)


def _situation_bars(table: OpenTable) -> tuple[list[Bar], str]:
    """Bars of one line of the situations table: the programme's column totals, or the one
    place and period the filters keep. Only published cells: a filter computes nothing."""
    places = {(r["departement"], r["periode"]) for r in table.rows}
    if (ALL, ALL) in places:
        place = (ALL, ALL)
    elif len(places) == 1:
        place = next(iter(places))
    else:
        return [], _(
            "Choisissez un seul département et une seule année pour voir le graphique ; le "
            "tableau donne chaque cellule."
        )
    here = [r for r in table.rows if (r["departement"], r["periode"]) == place]
    lines = [r for r in here if r["type_structure"] != ALL]
    total = next((r for r in here if r["type_structure"] == ALL), None)
    top = max((r["situations"] or 0 for r in lines), default=0)
    bars = [
        Bar(
            f"{r['type_structure_libelle']} — {r['canal_libelle']}",
            r["situations"],
            round(100 * (r["situations"] or 0) / top, 1) if top else 0.0,
        )
        for r in lines
    ]
    if not lines:
        return bars, _("Aucune situation observée pour ces filtres.")
    parts = []
    if total is not None:
        parts.append(
            _("%(total)s situations observées au total.")
            % {
                "total": _format(total["situations"])
                if total["situations"] is not None
                else _("secret statistique")
            }
        )
    known = sorted((b for b in bars if b.value), key=lambda b: -b.value)
    if known:
        parts.append(
            _("Le groupe le plus observé : %(label)s (%(count)s).")
            % {"label": known[0].label, "count": _format(known[0].value)}
        )
    hidden = sum(1 for b in bars if b.value is None)
    if hidden:
        parts.append(_("%(n)s groupe(s) sous secret statistique.") % {"n": hidden})
    return bars, " ".join(parts)


class ProgrammeObservatoryView(ProgrammeMixin, TemplateView):
    template_name = "www/observatory/programme.html"

    def get_context_data(self, **kwargs):
        programme = self.programme
        first, computed_at = programme_snapshot(programme)
        form = ObservatoryFilterForm(
            self.request.GET or None, periods=first.periods, departments=first.departments
        )
        filters = Filters()
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            filters = Filters(
                period=data["periode"],
                department=data["departement"],
                site_kind=data["type_structure"],
                channel=data["canal"],
                category=data["categorie"],
            )
        data = first if filters.empty else select_lines(first, filters)
        map_form = MapIndicatorForm(
            self.request.GET or None,
            choices=[(code, label) for code, (label, _kind, _column) in INDICATORS.items()],
        )
        indicator = DEFAULT_INDICATOR
        if map_form.is_bound and map_form.is_valid():
            indicator = map_form.cleaned_data["indicateur"] or DEFAULT_INDICATOR
        departments = first.departments_figures  # the whole programme, whatever the filters
        situations = _section("situations", data.situations)
        bars, summary = _situation_bars(data.situations)
        situations = Section(**{**situations.__dict__, "bars": bars, "summary": summary})
        kwargs.update(
            programme=programme,
            computed_at=timezone.localtime(computed_at, PARIS),
            form=form,
            data=data,
            filtered=not filters.empty,
            map_form=map_form,
            indicator=indicator,
            france=france_map(departments, indicator),
            comparison=comparison(departments, indicator),
            kept_filters=[
                (name, value)
                for name, value in self.request.GET.items()
                if name in form.fields and value
            ],
            sections=[
                situations,
                _section("attente", data.waiting),
                _section("frictions", data.frictions),
                _section("perception", data.perception),
                _section("evaluations", data.evaluations),
            ],
        )
        return super().get_context_data(**kwargs)


class OpenDataDownloadView(ProgrammeMixin, View):
    """The programme's open-data package (the files of ``export_open_data``), as a zip."""

    def get(self, request, *args, **kwargs):
        name = slug(self.programme.name)
        buffer = io.BytesIO()
        with tempfile.TemporaryDirectory() as temp:
            package = Path(temp) / name
            tables, k = snapshot_open_data(self.programme)
            write_package(self.programme, package, k=k, tables=tables)
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(package.iterdir()):
                    archive.write(path, f"{name}/{path.name}")
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="donnees-ouvertes-{name}.zip"'
        return response


# Searchable today: the kinds an expert can mark publishable (search.selectors).
SEARCHABLE_KINDS = (Kind.SITUATION, Kind.ASTONISHMENT, Kind.AFTER_TEXT)
PER_PAGE = 20


@dataclass(frozen=True)
class SearchPages:
    """The DSFR pagination's links (components/pagination.html) for the search's pages."""

    page: object
    params: object  # the request's QueryDict
    live: bool = False

    def url(self, number: int) -> str:
        params = self.params.copy()
        params["page"] = str(number)
        return "?" + params.urlencode()

    @property
    def page_links(self) -> list[PageLink]:
        current, last = self.page.number, self.page.paginator.num_pages
        if last <= 1:
            return []
        numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
        links, previous = [], 0
        for n in numbers:
            if n - previous > 1:
                links.append(PageLink(None, "", False))
            links.append(PageLink(n, self.url(n), n == current))
            previous = n
        return links

    @property
    def first_url(self) -> str:
        return self.url(1) if self.page.has_previous() else ""

    @property
    def previous_url(self) -> str:
        return self.url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.url(self.page.next_page_number()) if self.page.has_next() else ""

    @property
    def last_url(self) -> str:
        return self.url(self.page.paginator.num_pages) if self.page.has_next() else ""


class ProgrammeSearchView(ProgrammeMixin, TemplateView):
    """Full-text search in the programme's publishable texts (search.selectors: who sees
    what). An empty query shows the form only; a query without a word of three letters, or
    a bad filter, a French message and no results."""

    template_name = "www/observatory/search.html"

    def get_context_data(self, **kwargs):
        programme = self.programme
        form = SearchForm(
            self.request.GET or None,
            kinds=[(k.value, k.label) for k in SEARCHABLE_KINDS],
            departments=search_departments(programme),
        )
        message, page, pages = "", None, None
        if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
            data = form.cleaned_data
            results = search_texts(
                programme,
                data["q"],
                SearchFilters(
                    kind=data["kind"], department=data["departement"], site_kind=data["type"]
                ),
            )
            if results is None:
                message = _(
                    "Saisissez au moins un mot de %(n)d lettres ou plus (les mots précédés "
                    "d'un tiret sont exclus)."
                ) % {"n": MIN_LETTERS}
            else:
                page = Paginator(results, PER_PAGE).get_page(self.request.GET.get("page"))
                pages = SearchPages(page, self.request.GET)
        elif form.is_bound and not form.is_valid():
            message = _("La recherche n'est pas valide : corrigez les champs signalés.")
        kwargs.update(
            programme=programme,
            form=form,
            message=message,
            page=page,
            pages=pages,
            searched=page is not None,
        )
        return super().get_context_data(**kwargs)
