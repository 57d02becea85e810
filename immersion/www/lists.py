"""Long lists, the same way on every page: server-side pagination (50 a page), a search box
(name / e-mail / organisation), filters (a django-filter FilterSet) and sortable columns from
a whitelist — all kept in the URL's query string, so a list can be shared, reloaded and
followed with the back button, and every link keeps the other parameters.

A view builds one ``ListPage`` from its base QuerySet and gives it to the template, which
includes ``components/list_controls.html`` (search and filters), renders its table with
``list.columns`` (sortable headers) and ``list.page`` (the rows), then includes
``components/pagination.html``. ``list.queryset`` is the whole filtered selection, for the
bulk actions and the exports.

With ``live=True`` the list updates in place (htmx): the template wraps its results (table
and pagination) in ``<div id="resultats" …>`` (``components/list_results_attrs.html``);
changing a filter, a sort or a page then fetches the same URL and swaps only that region,
and pushes the URL into the history. Without JavaScript the same links and GET form work.
"""

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext as _

PAGE_SIZE = 50
SEARCH_PARAM = "q"
SORT_PARAM = "tri"
PAGE_PARAM = "page"


@dataclass(frozen=True)
class Column:
    """A table column; ``ordering`` (model fields) makes it sortable under ``key``."""

    key: str
    label: str
    ordering: tuple[str, ...] = ()


@dataclass(frozen=True)
class Header:
    label: str
    url: str
    sortable: bool
    aria_sort: str  # "ascending", "descending" or "" (not the current sort)
    title: str


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: an ellipsis
    url: str
    current: bool


def search(queryset, text: str, fields: tuple[str, ...]):
    """Every word of ``text`` must appear in one of ``fields`` (case-insensitive)."""
    for word in text.split()[:10]:
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset


class ListPage:
    def __init__(
        self,
        request,
        queryset,
        *,
        columns: list[Column],
        default_sort: str,
        search_fields: tuple[str, ...] = (),
        filterset_class=None,
        filterset_kwargs: dict | None = None,
        page_size: int = PAGE_SIZE,
        search_placeholder: str = "",
        live: bool = False,
    ):
        self.request = request
        self.live = live
        self.search_placeholder = search_placeholder or _("Nom, e-mail ou organisme")
        self.params = request.GET.copy()
        self.columns_spec = columns
        self.sorts = {c.key: c.ordering for c in columns if c.ordering}
        self.search_fields = search_fields
        self.page_size = page_size
        self.text = self.params.get(SEARCH_PARAM, "").strip()[:200] if search_fields else ""
        sort = self.params.get(SORT_PARAM, "")
        self.sort = sort if sort.lstrip("-") in self.sorts else default_sort
        self.filterset = None
        if filterset_class is not None:
            self.filterset = filterset_class(
                self.params, queryset=queryset, **(filterset_kwargs or {})
            )
            for field in self.filterset.form.fields.values():
                widget = field.widget
                if getattr(widget, "input_type", "") != "checkbox":
                    widget.attrs.setdefault("class", "fr-select")
            # An invalid filter value (a hand-edited URL) is ignored, never an error page:
            # django-filter applies only the fields that validate.
            queryset = self.filterset.qs
        if self.text:
            queryset = search(queryset, self.text, search_fields)
        key = self.sort.lstrip("-")
        fields = self.sorts[key]
        if self.sort.startswith("-"):
            fields = tuple(f[1:] if f.startswith("-") else f"-{f}" for f in fields)
        self.queryset = queryset.order_by(*fields, "pk")

    # -- URLs ------------------------------------------------------------------------------

    def url(self, **changes) -> str:
        """The current query string with ``changes`` (None removes a parameter)."""
        params = self.params.copy()
        for name, value in changes.items():
            params.pop(name, None)
            if value not in (None, ""):
                params[name] = value
        items = [(k, v) for k, values in params.lists() for v in values if v != ""]
        return "?" + urlencode(items) if items else "?"

    @cached_property
    def query_string(self) -> str:
        """The selection's parameters (filters, search, sort) without the page number."""
        return self.url(page=None)[1:]

    @property
    def filter_values(self) -> list[tuple[str, str]]:
        """The filters in force, for a form that keeps them without showing them."""
        names = self.filterset.filters if self.filterset else ()
        return [(n, v) for n in names for v in self.params.getlist(n) if v]

    @property
    def is_filtered(self) -> bool:
        return bool(self.text) or any(
            self.params.get(name) for name in (self.filterset.filters if self.filterset else ())
        )

    # -- Pagination ------------------------------------------------------------------------

    @cached_property
    def paginator(self) -> Paginator:
        return Paginator(self.queryset, self.page_size)

    @cached_property
    def page(self):
        # get_page(): a page number out of range or not a number gives the last or first page.
        return self.paginator.get_page(self.params.get(PAGE_PARAM))

    @property
    def count(self) -> int:
        return self.paginator.count

    @cached_property
    def page_links(self) -> list[PageLink]:
        current, last = self.page.number, self.paginator.num_pages
        if last <= 1:
            return []
        numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
        links, previous = [], 0
        for n in numbers:
            if n - previous > 1:
                links.append(PageLink(None, "", False))
            links.append(PageLink(n, self.url(page=n), n == current))
            previous = n
        return links

    @property
    def first_url(self) -> str:
        return self.url(page=1) if self.page.has_previous() else ""

    @property
    def previous_url(self) -> str:
        return self.url(page=self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.url(page=self.page.next_page_number()) if self.page.has_next() else ""

    @property
    def last_url(self) -> str:
        return self.url(page=self.paginator.num_pages) if self.page.has_next() else ""

    # -- Sortable headers ------------------------------------------------------------------

    @cached_property
    def columns(self) -> list[Header]:
        headers = []
        for column in self.columns_spec:
            if not column.ordering:
                headers.append(Header(column.label, "", False, "", ""))
                continue
            current = self.sort.lstrip("-") == column.key
            descending = current and self.sort.startswith("-")
            target = column.key if descending or not current else f"-{column.key}"
            aria = ("descending" if descending else "ascending") if current else ""
            title = (
                _("Trier par « %(column)s », ordre décroissant")
                if target.startswith("-")
                else _("Trier par « %(column)s », ordre croissant")
            ) % {"column": column.label}
            headers.append(Header(column.label, self.url(tri=target, page=None), True, aria, title))
        return headers

    @property
    def hidden_sort(self) -> str:
        """The sort to keep when the search and filters form is submitted."""
        return self.params.get(SORT_PARAM, "") if self.sort == self.params.get(SORT_PARAM) else ""
