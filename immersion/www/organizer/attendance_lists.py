"""The attendance lists organizers read (www/lists.py): the participants' attendance on the
training page and one half-day's sheet, 50 a page, filtered by half-day, signed or not and
the site of their published placement, searched by name, e-mail or organisation."""

import django_filters
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from immersion.attendance.models import Signature
from immersion.observation.selectors import sites_of_seminar
from immersion.placements.models import Placement
from immersion.www.lists import Column, ListPage
from immersion.www.organizer.participant_filters import SEARCH_FIELDS

SIGNED = "signe"
UNSIGNED = "non-signe"


def signed_on(half_day: str | None = None):
    """Whether the participant signed ``half_day`` (any half-day when None)."""
    signatures = Signature.objects.filter(participant=OuterRef("pk"))
    if half_day:
        signatures = signatures.filter(half_day=half_day)
    return Exists(signatures)


def placed_at(site_pk):
    return Exists(
        Placement.objects.published().filter(participant=OuterRef("pk"), offer__site=site_pk)
    )


def sheet_participants(seminar, half_day: str | None = None):
    """Everyone on the sheet(s): registered and not withdrawn (on one half-day's sheet, not
    declared unavailable for it), and the withdrawn who signed (a signature is a record)."""
    return seminar.participants.filter(expected_on(half_day) | Q(signed_on(half_day)))


def expected_on(half_day: str | None) -> Q:
    expected = Q(withdrawn_at=None)
    if half_day:
        expected &= ~Q(unavailable_half_days__half_day=half_day)
    return expected


def seminar_sites(seminar):
    """The sites of the seminar's published placements, for the site filter (one query)."""
    return sites_of_seminar(seminar).values_list("pk", "name")


class AttendanceFilter(django_filters.FilterSet):
    demi_journee = django_filters.ChoiceFilter(
        label=_("Demi-journée"), empty_label=_("Toutes"), method="keep"
    )
    emargement = django_filters.ChoiceFilter(
        choices=[(SIGNED, _("Émargé")), (UNSIGNED, _("Non émargé"))],
        label=_("Émargement"),
        empty_label=_("Tous"),
        method="keep",
    )
    structure = django_filters.ChoiceFilter(
        label=_("Structure d'immersion"), empty_label=_("Toutes"), method="by_site"
    )

    def __init__(self, *args, half_days, sites, half_day=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.half_day = half_day
        if half_day:  # one sheet: its half-day is the page's
            del self.filters["demi_journee"]
        else:
            self.filters["demi_journee"].extra["choices"] = [(h.code, h.label) for h in half_days]
        self.filters["structure"].extra["choices"] = [(str(pk), name) for pk, name in sites]

    def keep(self, queryset, name, value):
        return queryset  # applied together in filter_queryset

    def by_site(self, queryset, name, value):
        return queryset.filter(placed_at(value))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        half_day = self.half_day or data.get("demi_journee")
        if half_day and not self.half_day:
            # Those expected on that half-day, or who signed it.
            queryset = queryset.filter(expected_on(half_day) | Q(signed_on(half_day)))
        status = data.get("emargement")
        if status == SIGNED:
            queryset = queryset.filter(signed_on(half_day))
        elif status == UNSIGNED:
            queryset = queryset.exclude(signed_on(half_day))
        return queryset


COLUMNS = [
    Column("nom", _("Participant"), ("last_name", "first_name")),
    Column("organisme", _("Organisme"), ("organisation", "last_name", "first_name")),
]


def attendance_list(
    request, seminar, half_days, *, columns, half_day=None, fields=None
) -> ListPage:
    """``fields``: the only columns the page shows (the kiosk's names), else the whole rows."""
    queryset = sheet_participants(seminar, half_day)
    queryset = queryset.only(*fields) if fields else queryset.select_related("seminar")
    if half_day:  # when the sheet was signed, to sort by it
        signatures = Signature.objects.filter(participant=OuterRef("pk"), half_day=half_day)
        queryset = queryset.annotate(signed_at=Subquery(signatures.values("signed_at")[:1]))
    return ListPage(
        request,
        queryset,
        columns=columns,
        default_sort="nom",
        search_fields=SEARCH_FIELDS,
        filterset_class=AttendanceFilter,
        filterset_kwargs={
            "half_days": half_days,
            "sites": list(seminar_sites(seminar)),
            "half_day": half_day,
        },
        live=True,
    )
