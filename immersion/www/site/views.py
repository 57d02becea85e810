"""The host site's space (site coordinators) and the tutor's space.

A coordinator sees only the sites they coordinate (another site is a 404), declares offers
for seminars that are still being prepared, names tutors, and after publication sees only
the observers coming to their site, with the tutor brief. A tutor sees the observers placed
with them and the exchange guide.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from immersion.documents.tutor_brief import (
    EXCHANGE_GUIDE,
    brief_context,
    brief_filename,
    render_tutor_brief_pdf,
    site_visits,
    tutor_visits,
)
from immersion.engagement.invitations import invite_tutor
from immersion.evaluations.selectors import hosted_seminars
from immersion.observation.grid import reason_label
from immersion.observation.models import SiteContactMix
from immersion.placements.models import Placement
from immersion.placements.selectors import last_change_at
from immersion.seminars.models import Seminar, SeminarStatus
from immersion.sites import services
from immersion.sites.models import HostSite, Offer, Tutor
from immersion.sites.selectors import (
    OPEN_STATUSES,
    current_offers,
    offer_is_published,
    seminars_open_to,
    tutor_hosts_published_immersions,
)
from immersion.www.mixins import add_validation_error
from immersion.www.organizer.forms import OfferForm, TutorForm
from immersion.www.site.forms import OfferTutorForm, PracticalInfoForm, TutorRemovalForm


def seminars_with_observers(site: HostSite) -> list[Seminar]:
    ids = (
        Placement.objects.published()
        .filter(offer__site=site, participant__withdrawn_at=None)
        .values("run__seminar")
    )
    return list(Seminar.objects.filter(pk__in=ids).order_by("start_date"))


class SiteSpaceMixin(PermissionRequiredMixin):
    permission_required = "accounts.access_site_space"
    raise_exception = True

    @cached_property
    def site(self) -> HostSite:
        # Scoped by the signed-in coordinator: another site is a 404.
        site = get_object_or_404(
            HostSite.objects.filter(coordinator=self.request.user), pk=self.kwargs["site_pk"]
        )
        if not self.request.user.has_perm("host_sites.declare_offers", site):
            raise PermissionDenied
        return site

    def get_context_data(self, **kwargs):
        kwargs.setdefault("site", self.site)
        return super().get_context_data(**kwargs)

    def site_url(self):
        return reverse("site:site_detail", args=[self.site.pk])


class HomeView(PermissionRequiredMixin, TemplateView):
    permission_required = "accounts.access_site_space"
    raise_exception = True
    template_name = "www/site/home.html"

    def get(self, request, *args, **kwargs):
        sites = list(HostSite.objects.filter(coordinator=request.user).order_by("name"))
        if len(sites) == 1:
            return redirect("site:site_detail", sites[0].pk)
        return self.render_to_response(self.get_context_data(sites=sites))


class SiteDetailView(SiteSpaceMixin, TemplateView):
    template_name = "www/site/site_detail.html"

    def get_context_data(self, **kwargs):
        open_seminars = seminars_open_to(self.site)
        offers = current_offers(self.site)
        current = {}
        for offer in offers:
            offer.editable = offer.seminar in open_seminars and not offer.observer_count
            current.setdefault(offer.seminar, []).append(offer)
        kwargs.update(
            tutors=self.site.tutors.select_related("user").order_by("last_name"),
            current_offers=list(current.items()),
            near_seminars=open_seminars.near,
            farther_seminars=open_seminars.farther,
            published_seminars=seminars_with_observers(self.site),
            host_evaluations=hosted_seminars(self.request.user),
            can_change_practical_info=self.request.user.has_perm(
                "host_sites.change_practical_info", self.site
            ),
        )
        return super().get_context_data(**kwargs)


class PracticalInfoView(SiteSpaceMixin, FormView):
    """The site's accessibility, access notes and contact, kept up to date by its coordinator."""

    template_name = "www/site/practical_info_form.html"
    form_class = PracticalInfoForm

    def has_permission(self):
        return super().has_permission() and self.request.user.has_perm(
            "host_sites.change_practical_info", self.site
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.site}

    def form_valid(self, form):
        data = {name: form.cleaned_data[name] for name in PracticalInfoForm.Meta.fields}
        try:
            services.update_site_practical_info(actor=self.request.user, site=self.site, **data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Informations pratiques enregistrées."))
        return redirect(self.site_url())


class SeminarOfferMixin(SiteSpaceMixin):
    """Offers of the site for one seminar still in preparation."""

    template_name = "www/site/offer_form.html"

    @cached_property
    def seminar(self) -> Seminar:
        seminar = get_object_or_404(
            Seminar.objects.filter(status__in=OPEN_STATUSES), pk=self.kwargs["seminar_pk"]
        )
        if seminar not in seminars_open_to(self.site):
            raise PermissionDenied
        return seminar

    def get_context_data(self, **kwargs):
        kwargs.setdefault("seminar", self.seminar)
        return super().get_context_data(**kwargs)


class OfferFormMixin(SeminarOfferMixin):
    form_class = OfferForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "seminar": self.seminar, "site": self.site}

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        data.pop("site")
        try:
            self.save(data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Offre d'immersion enregistrée."))
        return redirect(self.site_url())


class OfferCreateView(OfferFormMixin, FormView):
    def save(self, data):
        if not data.get("forbidden_categories") and not data.get("journalists_authorised"):
            data["forbidden_categories"] = None  # keep the channel's defaults
        services.create_offer(actor=self.request.user, seminar=self.seminar, site=self.site, **data)


class OfferUpdateView(OfferFormMixin, FormView):
    @cached_property
    def offer(self) -> Offer:
        return get_object_or_404(
            self.site.offers.filter(seminar=self.seminar), pk=self.kwargs["pk"]
        )

    def get(self, request, *args, **kwargs):
        if offer_is_published(self.offer):
            return self.tutor_only()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if offer_is_published(self.offer):
            return self.tutor_only()
        return super().post(request, *args, **kwargs)

    def tutor_only(self):
        # Observers are placed on the offer: only its tutor may change now.
        return redirect("site:offer_tutor", self.site.pk, self.seminar.pk, self.offer.pk)

    def get_initial(self):
        o = self.offer
        return {
            "site": o.site_id,
            "half_day": o.half_day_id,
            "channel": o.channel,
            "capacity": o.capacity,
            "forbidden_categories": o.forbidden_categories,
            "needs_authorisation": o.needs_authorisation,
            "journalists_authorised": o.journalists_authorised_at is not None,
            "rules_notes": o.rules_notes,
            "tutor": o.tutor_id,
        }

    def get_context_data(self, **kwargs):
        kwargs["offer"] = self.offer
        return super().get_context_data(**kwargs)

    def save(self, data):
        if data.get("capacity") is None:
            data.pop("capacity")
        services.update_offer(actor=self.request.user, offer=self.offer, **data)


class OfferDeleteView(SeminarOfferMixin, TemplateView):
    template_name = "www/site/confirm_delete.html"

    def offer(self) -> Offer:
        return get_object_or_404(
            self.site.offers.filter(seminar=self.seminar), pk=self.kwargs["pk"]
        )

    def get_context_data(self, **kwargs):
        kwargs.update(object=self.offer(), cancel_url=self.site_url())
        return super().get_context_data(**kwargs)

    def get(self, request, *args, **kwargs):
        if offer_is_published(self.offer()):
            return self.refuse_published()
        return super().get(request, *args, **kwargs)

    def refuse_published(self):
        # Deleting it would drop the placed observers' immersions: only its tutor may change.
        messages.error(
            self.request,
            _(
                "Des observateurs sont déjà placés sur cette offre : "
                "elle ne peut plus être supprimée."
            ),
        )
        return redirect(self.site_url())

    def post(self, request, *args, **kwargs):
        if offer_is_published(self.offer()):
            return self.refuse_published()
        services.delete_offer(actor=request.user, offer=self.offer())
        messages.success(request, _("Offre supprimée."))
        return redirect(self.site_url())


class OfferTutorView(SiteSpaceMixin, FormView):
    """The tutor of an offer, changed even after publication (the only change left then)."""

    template_name = "www/site/offer_tutor_form.html"
    form_class = OfferTutorForm

    @cached_property
    def offer(self) -> Offer:
        return get_object_or_404(
            self.site.offers.exclude(seminar__status=SeminarStatus.CLOSED).select_related(
                "seminar", "half_day", "tutor"
            ),
            seminar=self.kwargs["seminar_pk"],
            pk=self.kwargs["pk"],
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "site": self.site}

    def get_initial(self):
        return {"tutor": self.offer.tutor_id}

    def get_context_data(self, **kwargs):
        kwargs.update(offer=self.offer, seminar=self.offer.seminar)
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.change_offer_tutor(
                actor=self.request.user, offer=self.offer, tutor=form.cleaned_data["tutor"]
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur de l'offre enregistré."))
        return redirect(self.site_url())


class TutorFormMixin(SiteSpaceMixin):
    template_name = "www/site/tutor_form.html"
    form_class = TutorForm

    def has_permission(self):
        # The coordinator's own site only (another site is a 404 in ``site``).
        return super().has_permission() and self.request.user.has_perm(
            "host_sites.manage_tutors", self.site
        )

    def tutor(self) -> Tutor:
        return get_object_or_404(self.site.tutors, pk=self.kwargs["pk"])


class TutorCreateView(TutorFormMixin, FormView):
    def form_valid(self, form):
        try:
            services.add_tutor(actor=self.request.user, site=self.site, **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur ajouté."))
        return redirect(self.site_url())


class TutorUpdateView(TutorFormMixin, FormView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.tutor()}

    def get_context_data(self, **kwargs):
        kwargs["tutor"] = self.tutor()
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.update_tutor(actor=self.request.user, tutor=self.tutor(), **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur enregistré."))
        return redirect(self.site_url())


class TutorDeleteView(TutorFormMixin, FormView):
    """Removing a tutor who hosts observers of a published assignment asks who replaces them."""

    template_name = "www/site/tutor_delete.html"
    form_class = TutorRemovalForm

    @cached_property
    def hosts_observers(self) -> bool:
        return tutor_hosts_published_immersions(self.tutor())

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "tutor": self.tutor(),
            "required": self.hosts_observers,
        }

    def get_context_data(self, **kwargs):
        kwargs.update(
            tutor=self.tutor(), hosts_observers=self.hosts_observers, cancel_url=self.site_url()
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.remove_tutor(
                actor=self.request.user,
                tutor=self.tutor(),
                replacement=form.cleaned_data["replacement"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur retiré."))
        return redirect(self.site_url())


class TutorInviteView(TutorFormMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        tutor = self.tutor()
        try:
            invite_tutor(actor=request.user, tutor=tutor, base_url=request.build_absolute_uri("/"))
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("Un lien de connexion a été envoyé à %(name)s.") % {"name": tutor.first_name},
            )
        return redirect(self.site_url())


class ObserversMixin(SiteSpaceMixin):
    @cached_property
    def seminar(self) -> Seminar:
        # Only the seminars that send observers to this site: any other is a 404, never a
        # 403 that would tell a coordinator which seminar ids exist.
        for seminar in seminars_with_observers(self.site):
            if str(seminar.pk) == str(self.kwargs["seminar_pk"]):
                return seminar
        raise Http404


class ObserversView(ObserversMixin, TemplateView):
    """Only the observers coming to this site, with the printable tutor brief."""

    template_name = "www/site/observers.html"

    def get_context_data(self, **kwargs):
        visits = site_visits(self.site, self.seminar)
        kwargs.update(brief_context(site=self.site, seminar=self.seminar, visits=visits))
        kwargs["changed_at"] = last_change_at(self.seminar, site=self.site)
        return super().get_context_data(**kwargs)


class TutorBriefPdfView(ObserversMixin, View):
    def get(self, request, *args, **kwargs):
        content = render_tutor_brief_pdf(site=self.site, seminar=self.seminar)
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="{brief_filename(self.site, self.seminar)}"'
        )
        return response


class TutorSpaceMixin(PermissionRequiredMixin):
    permission_required = "accounts.access_tutor_space"
    raise_exception = True

    @cached_property
    def tutor(self) -> Tutor:
        return get_object_or_404(Tutor.objects.select_related("site"), user=self.request.user)


class TutorHomeView(TutorSpaceMixin, TemplateView):
    """The tutor's observers (published assignments only) and the exchange guide."""

    template_name = "www/site/tutor_home.html"

    def get_context_data(self, **kwargs):
        seminar_ids = list(
            dict.fromkeys(
                Placement.objects.published()
                .filter(offer__tutor=self.tutor, participant__withdrawn_at=None)
                .order_by("half_day__starts_at")
                .values_list("run__seminar_id", flat=True)
            )
        )
        seminars = Seminar.objects.in_bulk(seminar_ids)
        kwargs.update(
            tutor=self.tutor,
            site=self.tutor.site,
            seminars=[self._seminar_brief(seminars[pk]) for pk in seminar_ids],
            exchange_guide=[(str(t), [str(q) for q in qs]) for t, qs in EXCHANGE_GUIDE],
            host_evaluations=hosted_seminars(self.request.user),
        )
        return super().get_context_data(**kwargs)

    def _seminar_brief(self, seminar):
        visits = tutor_visits(self.tutor, seminar)
        brief = brief_context(
            site=self.tutor.site, seminar=seminar, visits=visits, tutor=self.tutor
        )
        brief["changed_at"] = last_change_at(seminar, tutor=self.tutor)
        return seminar, visits, brief


class TutorContactMixView(TutorSpaceMixin, TemplateView):
    """The usual mix of contact reasons the tutor's site declared (read only)."""

    template_name = "www/site/tutor_contact_mix.html"

    def get_context_data(self, **kwargs):
        site = self.tutor.site
        kwargs.update(
            site=site,
            shares=[
                (reason_label(site.kind, reason), share)
                for reason, share in SiteContactMix.objects.filter(site=site).values_list(
                    "reason", "share"
                )
            ],
        )
        return super().get_context_data(**kwargs)


class TutorOwnBriefPdfView(TutorSpaceMixin, View):
    def get(self, request, *args, **kwargs):
        seminar = get_object_or_404(
            Seminar.objects.filter(
                pk__in=Placement.objects.published()
                .filter(offer__tutor=self.tutor)
                .values("run__seminar")
            ),
            pk=kwargs["seminar_pk"],
        )
        content = render_tutor_brief_pdf(site=self.tutor.site, seminar=seminar, tutor=self.tutor)
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="{brief_filename(self.tutor.site, seminar)}"'
        )
        return response
