"""The review of an assignment run as two long lists (www/lists.py): by participant and by
site, each paginated, searched, filtered and sorted from the query string. Only the page's
rows are loaded; the run's figures come from aggregate queries
(``placements.selectors.run_summary``)."""

import django_filters
from django import forms
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Category, SiteKind
from immersion.placements.models import AssignmentRun, Placement, UnplacedHalfDay, UnplacedReason
from immersion.placements.selectors import moved_condition
from immersion.sites.models import HostSite, Offer
from immersion.www.lists import Column, ListPage

VIEW_PARAM = "vue"
BY_PARTICIPANT = "participants"
BY_SITE = "structures"
ANY_REASON = "tous"


def _keep(queryset, name, value):
    """The filter is applied with the others in ``filter_queryset``."""
    return queryset


class RunParticipantFilter(django_filters.FilterSet):
    sans_immersion = django_filters.ChoiceFilter(
        label=_("Sans immersion"),
        empty_label=_("—"),
        choices=[(ANY_REASON, _("Quelle que soit la raison")), *UnplacedReason.choices],
        method=_keep,
    )
    demi_journee = django_filters.ChoiceFilter(
        label=_("Demi-journée"), empty_label=_("Toutes"), method=_keep
    )
    type_structure = django_filters.ChoiceFilter(
        label=_("Type de structure"), empty_label=_("Tous"), choices=SiteKind.choices, method=_keep
    )
    categorie = django_filters.ChoiceFilter(
        field_name="category",
        label=_("Catégorie"),
        empty_label=_("Toutes"),
        choices=Category.choices,
    )
    epingle = django_filters.BooleanFilter(
        label=_("Épinglés"), widget=forms.CheckboxInput, method=_keep
    )

    def __init__(self, *args, run: AssignmentRun, half_days, **kwargs):
        super().__init__(*args, **kwargs)
        self.run = run
        self.filters["demi_journee"].extra["choices"] = [
            (str(h.pk), h.half_day_label) for h in half_days
        ]

    def filter_queryset(self, queryset):
        """Conditions on one half-day combine: « sans immersion » on that half-day, or
        placed there in a site of that kind / pinned; a half-day alone lists those
        available on it."""
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        half_day = data.get("demi_journee")
        kind, pinned = data.get("type_structure"), data.get("epingle")
        if kind or pinned:
            placements = Placement.objects.filter(run=self.run, participant=OuterRef("pk"))
            if half_day:
                placements = placements.filter(half_day_id=half_day)
            if kind:
                placements = placements.filter(offer__site__kind=kind)
            if pinned:
                placements = placements.filter(pinned=True)
            queryset = queryset.filter(Exists(placements))
        reason = data.get("sans_immersion")
        if reason:
            unplaced = UnplacedHalfDay.objects.filter(run=self.run, participant=OuterRef("pk"))
            if half_day:
                unplaced = unplaced.filter(half_day_id=half_day)
            if reason != ANY_REASON:
                unplaced = unplaced.filter(reason=reason)
            queryset = queryset.filter(Exists(unplaced))
        elif half_day and not (kind or pinned):
            queryset = queryset.exclude(unavailable_half_days__pk=half_day)
        return queryset


class RunSiteFilter(django_filters.FilterSet):
    type_structure = django_filters.ChoiceFilter(
        field_name="kind", label=_("Type de structure"), empty_label=_("Tous"), choices=[]
    )
    demi_journee = django_filters.ChoiceFilter(
        label=_("Demi-journée"), empty_label=_("Toutes"), method="on_half_day"
    )
    places_libres = django_filters.BooleanFilter(
        label=_("Avec des places libres"), widget=forms.CheckboxInput, method="with_free_seats"
    )
    vides = django_filters.BooleanFilter(
        label=_("Sans observateur"), widget=forms.CheckboxInput, method="empty"
    )

    def __init__(self, *args, run: AssignmentRun, half_days, **kwargs):
        super().__init__(*args, **kwargs)
        self.run = run
        self.filters["type_structure"].extra["choices"] = SiteKind.choices
        self.filters["demi_journee"].extra["choices"] = [
            (str(h.pk), h.half_day_label) for h in half_days
        ]

    def on_half_day(self, queryset, name, value):
        offers = Offer.objects.filter(
            seminar_id=self.run.seminar_id, site=OuterRef("pk"), half_day_id=value
        )
        return queryset.filter(Exists(offers))

    def with_free_seats(self, queryset, name, value):
        return queryset.filter(taken__lt=F("seats")) if value else queryset

    def empty(self, queryset, name, value):
        return queryset.filter(taken=0) if value else queryset


# A site lists every observer of its offers: fewer rows a page keep it light.
SITES_PER_PAGE = 20

PARTICIPANT_SEARCH = ("first_name", "last_name", "email", "organisation")
SITE_SEARCH = ("name", "commune_name", "organisation")


def participant_review(request, run: AssignmentRun, half_days) -> ListPage:
    columns = [
        Column("nom", _("Participant"), ("last_name", "first_name")),
        Column("categorie", _("Catégorie"), ("category", "last_name", "first_name")),
        *[Column(f"hd{h.pk}", h.half_day_label) for h in half_days],
        Column("score", _("Score")),
    ]
    return ListPage(
        request,
        run.seminar.participants.active(),
        columns=columns,
        default_sort="nom",
        search_fields=PARTICIPANT_SEARCH,
        filterset_class=RunParticipantFilter,
        filterset_kwargs={"run": run, "half_days": half_days},
    )


def _sites_of(run: AssignmentRun):
    """The sites with an offer in the run's seminar, each with its ``seats`` and the
    observers the run sends there (``taken``, active participants), as subqueries."""
    offers = Offer.objects.filter(seminar_id=run.seminar_id, site=OuterRef("pk")).order_by()
    seats = offers.values("site").annotate(n=Sum("capacity")).values("n")
    taken = (
        Placement.objects.filter(
            run=run, offer__site=OuterRef("pk"), participant__withdrawn_at=None
        )
        .order_by()
        .values("offer__site")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return HostSite.objects.filter(Exists(offers)).annotate(
        seats=Coalesce(Subquery(seats, output_field=IntegerField()), Value(0)),
        taken=Coalesce(Subquery(taken, output_field=IntegerField()), Value(0)),
    )


def site_review(request, run: AssignmentRun, half_days) -> ListPage:
    columns = [
        Column("nom", _("Structure"), ("name", "commune_name")),
        Column("commune", _("Commune"), ("commune_name", "name")),
        Column("type", _("Type"), ("kind", "name")),
        Column("remplissage", _("Observateurs / places"), ("taken", "name")),
        Column("offres", _("Offres et observateurs")),
    ]
    return ListPage(
        request,
        _sites_of(run),
        columns=columns,
        default_sort="nom",
        search_fields=SITE_SEARCH,
        filterset_class=RunSiteFilter,
        filterset_kwargs={"run": run, "half_days": half_days},
        page_size=SITES_PER_PAGE,
    )


# --- The page's rows ----------------------------------------------------------------------


def participant_rows(run: AssignmentRun, people, half_days, *, moved: set[int]) -> list[dict]:
    """The rows of a page of participants: their placements, unplaced half-days (with the
    reasons), unavailable half-days and scores — one query each, whatever the run's size."""
    ids = [p.pk for p in people]
    placements = {
        (p.participant_id, p.half_day_id): p
        for p in run.placements.filter(participant_id__in=ids).select_related("offer__site")
    }
    unplaced = {
        (u.participant_id, u.half_day_id): u
        for u in UnplacedHalfDay.objects.filter(run=run, participant_id__in=ids)
    }
    scores = scores_of(run, ids)
    rows = []
    for person in people:
        unavailable = {h.pk for h in person.unavailable_half_days.all()}
        cells = []
        for h in half_days:
            missing = unplaced.get((person.pk, h.pk))
            cells.append(
                {
                    "half_day": h,
                    "placement": placements.get((person.pk, h.pk)),
                    "unavailable": h.pk in unavailable,
                    "reasons": missing.reasons if missing else [],
                }
            )
        rows.append(
            {
                "participant": person,
                "cells": cells,
                "score": scores.get(person.pk) or {},
                "moved": person.pk in moved,
            }
        )
    return rows


def scores_of(run: AssignmentRun, ids: list[int]) -> dict[int, dict]:
    """The score breakdown of these participants. The run's JSON is read whole in one query
    (a few hundred bytes a participant): cheaper than extracting fifty keys in SQL, which
    parses the document once per key."""
    if not ids:
        return {}
    breakdown = AssignmentRun.objects.filter(pk=run.pk).values_list("breakdown", flat=True).get()
    breakdown = breakdown if isinstance(breakdown, dict) else {}
    return {pk: breakdown[f"p{pk}"] for pk in ids if isinstance(breakdown.get(f"p{pk}"), dict)}


def moved_among(run: AssignmentRun, ids: list[int]) -> set[int]:
    """Those of ``ids`` whose immersions differ from the published run this one started
    from (one query, for a page of people)."""
    if run.based_on_id is None or not ids:
        return set()
    return set(
        run.seminar.participants.filter(pk__in=ids)
        .filter(moved_condition(run))
        .values_list("pk", flat=True)
    )


def site_rows(run: AssignmentRun, sites) -> list[dict]:
    """The rows of a page of sites: their offers in the seminar with the run's observers
    (two queries)."""
    ids = [s.pk for s in sites]
    offers = list(
        Offer.objects.filter(seminar_id=run.seminar_id, site_id__in=ids)
        .select_related("half_day")
        .order_by("half_day__starts_at", "channel", "pk")
    )
    observers: dict[int, list] = {}
    for p in (
        run.placements.filter(offer__in=offers, participant__withdrawn_at=None)
        .select_related("participant")
        .order_by("participant__last_name", "participant__first_name", "pk")
    ):
        observers.setdefault(p.offer_id, []).append(p)
    by_site: dict[int, list] = {}
    for offer in offers:
        by_site.setdefault(offer.site_id, []).append(
            {"offer": offer, "observers": observers.get(offer.pk, [])}
        )
    return [{"site": s, "offers": by_site.get(s.pk, [])} for s in sites]
