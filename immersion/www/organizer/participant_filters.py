"""The organizer's participant list as a long list (www/lists.py): its filters, columns and
search, shared by the page, its bulk reminder and its exports (the same selection)."""

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Category
from immersion.engagement.models import Commitment
from immersion.placements.models import Placement
from immersion.www.lists import Column, ListPage

WITHDRAWN = "desiste"


class Status:
    TO_INVITE = "a-inviter"
    INVITED = "invite"
    SIGNED = "engage"
    PLACED = "place"
    CHOICES = [
        (TO_INVITE, _("Pas encore invités")),
        (INVITED, _("Invités, engagement non signé")),
        (SIGNED, _("Engagement signé")),
        (PLACED, _("Placés (affectation publiée)")),
        (WITHDRAWN, _("Désistés")),
    ]


def signed():
    return Exists(Commitment.objects.filter(participant=OuterRef("pk")))


def placed():
    return Exists(Placement.objects.published().filter(participant=OuterRef("pk")))


def annotated(queryset):
    """Each participant with ``signed`` (the commitment) and ``placed`` (in the published
    assignment), computed by the database in the list's one query."""
    return queryset.annotate(signed=signed(), placed=placed())


class ParticipantFilter(django_filters.FilterSet):
    categorie = django_filters.ChoiceFilter(
        field_name="category",
        choices=Category.choices,
        label=_("Catégorie"),
        empty_label=_("Toutes"),
    )
    statut = django_filters.ChoiceFilter(
        choices=Status.CHOICES, label=_("Statut"), empty_label=_("Inscrits"), method="by_status"
    )
    disponible = django_filters.ChoiceFilter(
        label=_("Disponible le"), empty_label=_("Toute demi-journée"), method="by_half_day"
    )
    non_places = django_filters.BooleanFilter(
        label=_("Non placés"), widget=forms.CheckboxInput, method="unplaced"
    )
    sans_engagement = django_filters.BooleanFilter(
        label=_("Engagement non signé"), widget=forms.CheckboxInput, method="unsigned"
    )

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["disponible"].extra["choices"] = [
            (str(h.pk), h.half_day_label) for h in seminar.half_days
        ]

    def filter_queryset(self, queryset):
        # Withdrawn people are listed only when asked for.
        if self.form.cleaned_data.get("statut") != WITHDRAWN:
            queryset = queryset.filter(withdrawn_at=None)
        return super().filter_queryset(queryset)

    def by_status(self, queryset, name, value):
        if value == WITHDRAWN:
            return queryset.exclude(withdrawn_at=None)
        if value == Status.TO_INVITE:
            return queryset.filter(invited_at=None)
        if value == Status.INVITED:
            return queryset.exclude(invited_at=None).filter(signed=False)
        if value == Status.SIGNED:
            return queryset.filter(signed=True)
        if value == Status.PLACED:
            return queryset.filter(placed=True)
        return queryset

    def by_half_day(self, queryset, name, value):
        return queryset.exclude(unavailable_half_days__pk=value)

    def unplaced(self, queryset, name, value):
        return queryset.filter(placed=False) if value else queryset

    def unsigned(self, queryset, name, value):
        return queryset.filter(signed=False) if value else queryset


def describe_selection(listing: ListPage, *, search_text: bool = True) -> str:
    """The selection in French, for a confirmation or a printed sheet: « Catégorie : Élu ;
    Non placés ; recherche « rennes » », or « tous les inscrits ». Without ``search_text``,
    the search is named but not its text (it may be a person's name or e-mail address): what
    goes into a task's payload, which the task queue keeps."""
    parts = []
    form = listing.filterset.form
    form.is_valid()  # the fields that validate are those applied (a bad value is ignored)
    data = getattr(form, "cleaned_data", {})
    for name, field in form.fields.items():
        value = data.get(name)
        if not value:
            continue
        if isinstance(field, forms.BooleanField):
            parts.append(str(field.label))
        else:
            label = dict(field.choices).get(value, value)
            parts.append(f"{field.label} : {label}")
    if listing.text:
        parts.append(
            _("recherche « %(text)s »") % {"text": listing.text}
            if search_text
            else str(_("recherche par nom, e-mail ou organisme"))
        )
    return " ; ".join(parts) or str(_("tous les inscrits"))


COLUMNS = [
    Column("nom", _("Nom"), ("last_name", "first_name")),
    Column("categorie", _("Catégorie"), ("category", "last_name", "first_name")),
    Column("organisme", _("Organisme"), ("organisation", "last_name", "first_name")),
    Column("commune", _("Commune"), ("home_commune_name", "last_name", "first_name")),
    Column("disponibilites", _("Disponibilités")),
    Column("besoins", _("Besoins")),
    Column("statut", _("Statut")),
    Column("invitation", _("Invitation"), ("invited_at", "last_name", "first_name")),
]

SEARCH_FIELDS = ("first_name", "last_name", "email", "organisation")


def participant_list(request, seminar) -> ListPage:
    """The selection the request's query string describes (filters, search, sort)."""
    return ListPage(
        request,
        annotated(seminar.participants.all()),
        columns=COLUMNS,
        default_sort="nom",
        search_fields=SEARCH_FIELDS,
        filterset_class=ParticipantFilter,
        filterset_kwargs={"seminar": seminar},
    )


def seminar_counts(seminar) -> dict[str, int]:
    """How many registered, invited, signed, placed participants: one aggregate query."""
    # The Exists go in the filters themselves: Django drops annotations an aggregate's
    # FILTER refers to when it wraps the query (the count would read a missing column).
    return seminar.participants.active().aggregate(
        total=Count("pk"),
        invited=Count("pk", filter=Q(invited_at__isnull=False)),
        signed=Count("pk", filter=Q(signed())),
        placed=Count("pk", filter=Q(placed())),
    )


def category_counts(seminar) -> dict[str, int]:
    """Registered participants by category: one grouped query."""
    return dict(
        seminar.participants.active()
        .order_by()
        .values("category")
        .annotate(n=Count("pk"))
        .values_list("category", "n")
    )
