"""What organizers (and site coordinators, for their site's contact mix) see of the notebooks.

Read-only: the expert's analysis board is a later piece. Notes are shown as stored: redacted.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from immersion.observation import services
from immersion.observation.models import SiteContactMix
from immersion.observation.selectors import (
    astonishments_of,
    contact_mix_comparison,
    contact_mix_seminars,
    placement_for_reader,
    seminar_placements,
    sites_of_seminar,
    situations_of,
    tutor_exchange_of,
)
from immersion.seminars.models import Seminar
from immersion.sites.models import HostSite
from immersion.www.mixins import add_validation_error
from immersion.www.notebook.forms import ContactMixForm


class SeminarNotebooksView(TemplateView):
    """Every immersion of a seminar with what its notebook holds, and the sites' mixes."""

    template_name = "www/notebook/organizer_seminar.html"

    @cached_property
    def seminar(self):
        seminar = get_object_or_404(Seminar, pk=self.kwargs["seminar_pk"])
        if not self.request.user.has_perm("observation.view_seminar_observations", seminar):
            raise Http404
        return seminar

    def get_context_data(self, **kwargs):
        placements = list(seminar_placements(self.seminar))
        kwargs.update(
            seminar=self.seminar,
            placements=placements,
            situation_total=sum(p.situation_count for p in placements),
            astonishment_total=sum(p.astonishment_count for p in placements),
            sites=[
                (
                    site,
                    contact_mix_comparison(site, self.seminar),
                    self.request.user.has_perm("observation.declare_contact_mix", site),
                )
                for site in sites_of_seminar(self.seminar)
            ],
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
