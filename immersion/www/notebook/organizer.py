"""What organizers (and site coordinators, for their site's contact mix) see of the notebooks.

Read-only: the expert's analysis board is a later piece. Notes are shown as stored: redacted.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from immersion.observation import services
from immersion.observation.models import Astonishment, SiteContactMix, Situation
from immersion.observation.selectors import (
    astonishments_of,
    contact_mix_comparison,
    contact_mix_comparisons,
    contact_mix_seminars,
    placement_for_reader,
    seminar_astonishments,
    seminar_placements,
    seminar_situations,
    situations_of,
    tutor_exchange_of,
)
from immersion.seminars.models import Seminar
from immersion.sites.models import HostSite
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import add_validation_error
from immersion.www.notebook.forms import ContactMixForm
from immersion.www.organizer.participant_filters import SEARCH_FIELDS


class NotebookFilter(django_filters.FilterSet):
    structure = django_filters.ChoiceFilter(
        field_name="offer__site",
        label=gettext_lazy("Structure"),
        empty_label=gettext_lazy("Toutes"),
    )
    demi_journee = django_filters.ChoiceFilter(
        field_name="half_day",
        label=gettext_lazy("Demi-journée"),
        empty_label=gettext_lazy("Toutes"),
    )
    sans_note = django_filters.BooleanFilter(
        label=gettext_lazy("Sans note"), widget=forms.CheckboxInput, method="without_notes"
    )

    def __init__(self, *args, seminar, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["structure"].extra["choices"] = [(str(site.pk), site.name) for site in sites]
        self.filters["demi_journee"].extra["choices"] = [
            (str(h.pk), h.half_day_label) for h in seminar.half_days
        ]

    def without_notes(self, queryset, name, value):
        if not value:
            return queryset
        # NOT EXISTS (indexed, stops at the first note) rather than the counts' subqueries.
        return queryset.exclude(Exists(Situation.objects.filter(placement=OuterRef("pk")))).exclude(
            Exists(Astonishment.objects.filter(placement=OuterRef("pk")))
        )


NOTEBOOK_COLUMNS = [
    Column(
        "structure",
        gettext_lazy("Structure"),
        ("offer__site__name", "half_day__starts_at", "participant__last_name"),
    ),
    Column("canal", gettext_lazy("Canal"), ("offer__channel", "offer__site__name")),
    Column(
        "demi_journee",
        gettext_lazy("Demi-journée"),
        ("half_day__starts_at", "offer__site__name", "participant__last_name"),
    ),
    Column(
        "participant",
        gettext_lazy("Participant"),
        ("participant__last_name", "participant__first_name"),
    ),
    Column("situations", gettext_lazy("Situations"), ("situation_count", "offer__site__name")),
    Column("etonnements", gettext_lazy("Étonnements"), ("astonishment_count", "offer__site__name")),
    Column("echange", gettext_lazy("Échange tuteur"), ("has_tutor_exchange", "offer__site__name")),
]
# Up to this many sites, every site's contact mix is shown on the page; beyond, one line
# per site links to its comparison (the page's size stays bounded).
INLINE_MIXES = 10


class SeminarNotebooksView(TemplateView):
    """Every immersion of a seminar with what its notebook holds, 50 a page: site, half-day
    and empty notebooks filtered, participants searched (www/lists.py); the sites' mixes."""

    template_name = "www/notebook/organizer_seminar.html"

    @cached_property
    def seminar(self):
        seminar = get_object_or_404(Seminar, pk=self.kwargs["seminar_pk"])
        if not self.request.user.has_perm("observation.view_seminar_observations", seminar):
            raise Http404
        return seminar

    def get_context_data(self, **kwargs):
        seminar, user = self.seminar, self.request.user
        comparisons = contact_mix_comparisons(seminar)
        sites = [site for site, _comparison in comparisons]
        listing = ListPage(
            self.request,
            # Only what a row shows: the wide seminar and tutor rows stay out of the sort.
            seminar_placements(seminar)
            .select_related(None)
            .select_related("participant", "offer__site", "half_day"),
            columns=NOTEBOOK_COLUMNS,
            default_sort="structure",
            search_fields=tuple(f"participant__{f}" for f in SEARCH_FIELDS),
            filterset_class=NotebookFilter,
            filterset_kwargs={"seminar": seminar, "sites": sites},
            search_placeholder=gettext_lazy("Nom, e-mail ou organisme du participant"),
            live=True,
        )
        chosen = (
            listing.filterset.form.cleaned_data.get("structure")
            if listing.filterset.is_valid()
            else ""
        )
        shown = [
            (site, comparison)
            for site, comparison in comparisons
            if (str(site.pk) == chosen if chosen else len(comparisons) <= INLINE_MIXES)
        ]
        declarable = set(
            HostSite.objects.editable_by(user)
            .filter(pk__in=[site.pk for site in sites])
            .values_list("pk", flat=True)
        )
        kwargs.update(
            seminar=seminar,
            list=listing,
            placements=list(listing.page.object_list),
            situation_total=seminar_situations(seminar).count(),
            astonishment_total=seminar_astonishments(seminar).count(),
            sites=[(site, comparison, site.pk in declarable) for site, comparison in shown],
            site_links=[]
            if shown or chosen
            else [(site, comparison, site.pk in declarable) for site, comparison in comparisons],
        )
        return super().get_context_data(**kwargs)


class PlacementNotebookView(TemplateView):
    """One immersion's notebook, read-only, for the seminar's organizers."""

    template_name = "www/notebook/organizer_placement.html"

    def get_context_data(self, **kwargs):
        placement = placement_for_reader(self.kwargs["pk"])
        if placement is None or not self.request.user.has_perm(
            "observation.view_observations", placement
        ):
            raise Http404
        kwargs.update(
            placement=placement,
            site=placement.offer.site,
            seminar=placement.run.seminar,
            situations=situations_of(placement),
            astonishments=astonishments_of(placement),
            exchange=tutor_exchange_of(placement),
        )
        return super().get_context_data(**kwargs)


class ContactMixView(FormView):
    """The site's usual mix of contact reasons, declared here and compared with observations.

    Scoped like the site pages: a site outside the user's view, or whose mix the user may not
    read (an expert, a tutor), is a 404; an organizer who
    does not own a catalogue site reads its declared mix (no form) and the situations of
    their own seminars only; a seminar they cannot see is a 404.
    """

    template_name = "www/notebook/contact_mix.html"
    form_class = ContactMixForm

    @cached_property
    def site(self):
        user = self.request.user
        site = get_object_or_404(HostSite.objects.visible_to(user), pk=self.kwargs["site_pk"])
        if not user.has_perm("observation.view_contact_mix", site):
            raise Http404
        return site

    @cached_property
    def can_declare(self) -> bool:
        return self.request.user.has_perm("observation.declare_contact_mix", self.site)

    @cached_property
    def scope(self):
        return contact_mix_seminars(self.request.user, self.site)

    @cached_property
    def seminar(self):
        pk = self.request.GET.get("seminaire", "")
        if not pk.isdigit():
            return None
        seminars = self.scope
        if seminars is None:  # every seminar's counts: those that came to the site
            seminars = Seminar.objects.filter(
                assignment_runs__status="published",
                assignment_runs__placements__offer__site=self.site,
            ).distinct()
        return get_object_or_404(seminars, pk=pk)

    def get_form_kwargs(self):
        current = dict(SiteContactMix.objects.filter(site=self.site).values_list("reason", "share"))
        return {**super().get_form_kwargs(), "site": self.site, "current": current}

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        back_url = ""
        if seminar and self.request.user.has_perm("observation.view_seminar_observations", seminar):
            back_url = reverse("notebook:seminar", args=[seminar.pk])
        kwargs.update(
            site=self.site,
            seminar=seminar,
            back_url=back_url,
            can_declare=self.can_declare,
            all_seminars=self.scope is None,
            comparison=contact_mix_comparison(self.site, seminar, seminars=self.scope),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        if not self.can_declare:
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.declare_contact_mix(
                actor=self.request.user, site=self.site, shares=form.shares()
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Motifs habituels de contact enregistrés."))
        return redirect(self.request.get_full_path())
