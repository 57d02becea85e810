from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from immersion.common.choices import SiteKind
from immersion.common.imports import ImportRejected
from immersion.common.tabular import CONTENT_TYPES, write_table
from immersion.engagement import invitations
from immersion.seminars.models import Seminar
from immersion.sites import imports, services
from immersion.sites.models import HostSite
from immersion.www.mixins import OrganizerRequiredMixin, add_validation_error
from immersion.www.organizer.forms import ImportForm, SiteForm, TutorForm
from immersion.www.organizer.invitation_forms import CoordinatorInviteForm


class SiteListView(OrganizerRequiredMixin, ListView):
    template_name = "www/organizer/site_list.html"
    context_object_name = "sites"
    paginate_by = 50

    def get_queryset(self):
        qs = HostSite.objects.visible_to(self.request.user).annotate(
            tutor_count=Count("tutors", distinct=True), offer_count=Count("offers", distinct=True)
        )
        kind = self.request.GET.get("type")
        if kind in SiteKind.values:
            qs = qs.filter(kind=kind)
        query = self.request.GET.get("q", "").strip()
        if query:
            qs = qs.filter(
                Q(name__icontains=query)
                | Q(commune_name__icontains=query)
                | Q(organisation__icontains=query)
            )
        return qs.order_by("commune_name", "name")

    def get_context_data(self, **kwargs):
        kwargs.update(
            kinds=SiteKind.choices,
            current_kind=self.request.GET.get("type", ""),
            query=self.request.GET.get("q", ""),
        )
        return super().get_context_data(**kwargs)


class SiteDetailView(OrganizerRequiredMixin, DetailView):
    template_name = "www/organizer/site_detail.html"
    context_object_name = "site"

    def get_queryset(self):
        return HostSite.objects.visible_to(self.request.user).prefetch_related("tutors")

    def get_context_data(self, **kwargs):
        site = self.object
        kwargs["offers"] = site.offers.select_related("seminar", "half_day", "tutor").order_by(
            "-seminar__start_date", "half_day__starts_at", "channel"
        )
        kwargs["seminars"] = Seminar.objects.visible_to(self.request.user).exclude(status="closed")
        return super().get_context_data(**kwargs)


class SiteCreateView(OrganizerRequiredMixin, FormView):
    permission_required = "host_sites.add_hostsite"
    template_name = "www/organizer/site_form.html"
    form_class = SiteForm

    def form_valid(self, form):
        try:
            site = services.create_site(actor=self.request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Structure d'accueil créée."))
        return redirect(site)


class SiteUpdateView(OrganizerRequiredMixin, FormView):
    permission_required = "host_sites.change_hostsite"
    template_name = "www/organizer/site_form.html"
    form_class = SiteForm

    @cached_property
    def site(self):
        return get_object_or_404(
            HostSite.objects.visible_to(self.request.user), pk=self.kwargs["pk"]
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.site}

    def get_context_data(self, **kwargs):
        kwargs["site"] = self.site
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.update_site(actor=self.request.user, site=self.site, **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Structure d'accueil enregistrée."))
        return redirect(self.site)


class TutorMixin(OrganizerRequiredMixin):
    permission_required = "host_sites.change_hostsite"
    template_name = "www/organizer/tutor_form.html"
    form_class = TutorForm

    @cached_property
    def site(self):
        pk = self.kwargs.get("site_pk", self.kwargs.get("pk"))
        return get_object_or_404(HostSite.objects.visible_to(self.request.user), pk=pk)

    def get_context_data(self, **kwargs):
        kwargs["site"] = self.site
        return super().get_context_data(**kwargs)


class TutorCreateView(TutorMixin, FormView):
    def form_valid(self, form):
        try:
            services.add_tutor(actor=self.request.user, site=self.site, **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur ajouté."))
        return redirect(self.site)


class TutorUpdateView(TutorMixin, FormView):
    def tutor(self):
        return get_object_or_404(self.site.tutors, pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.tutor()}

    def form_valid(self, form):
        try:
            services.update_tutor(actor=self.request.user, tutor=self.tutor(), **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Tuteur enregistré."))
        return redirect(self.site)


class TutorDeleteView(TutorMixin, TemplateView):
    template_name = "www/organizer/confirm_delete.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            object=get_object_or_404(self.site.tutors, pk=self.kwargs["pk"]),
            cancel_url=self.site.get_absolute_url(),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        services.remove_tutor(
            actor=request.user, tutor=get_object_or_404(self.site.tutors, pk=self.kwargs["pk"])
        )
        messages.success(request, _("Tuteur retiré."))
        return redirect(self.site)


class SiteImportView(OrganizerRequiredMixin, FormView):
    permission_required = "host_sites.add_hostsite"
    template_name = "www/organizer/import.html"
    form_class = ImportForm

    def get_context_data(self, **kwargs):
        kwargs.update(
            title=_("Importer des structures d'accueil"),
            columns=imports.COLUMNS,
            example_url=reverse("organizer:site_export", args=["xlsx"]),
            cancel_url=reverse("organizer:site_list"),
            site_kinds=SiteKind.values,
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            created = imports.import_sites(
                actor=self.request.user, uploaded=form.cleaned_data["file"]
            )
        except ImportRejected as exc:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=exc.errors)
            )
        messages.success(self.request, _("%(n)d structure(s) importée(s).") % {"n": len(created)})
        return redirect("organizer:site_list")


class SiteExportView(OrganizerRequiredMixin, View):
    def get(self, request, *args, fmt, **kwargs):
        if fmt not in CONTENT_TYPES:
            raise Http404
        sites = HostSite.objects.visible_to(request.user)
        content = write_table(fmt, imports.EXPORT_HEADERS, imports.export_rows(sites), "Structures")
        response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="structures-d-accueil.{fmt}"'
        return response


class CoordinatorInviteView(OrganizerRequiredMixin, FormView):
    """Name the site's coordinator by e-mail: an account (no password) and a sign-in link."""

    permission_required = "host_sites.change_hostsite"
    template_name = "www/organizer/coordinator_invite.html"
    form_class = CoordinatorInviteForm

    @cached_property
    def site(self):
        return get_object_or_404(
            HostSite.objects.visible_to(self.request.user), pk=self.kwargs["pk"]
        )

    def get_initial(self):
        coordinator = self.site.coordinator
        if coordinator is None:
            return {}
        return {
            "email": coordinator.email,
            "first_name": coordinator.first_name,
            "last_name": coordinator.last_name,
        }

    def get_context_data(self, **kwargs):
        kwargs["site"] = self.site
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            invitations.invite_site_coordinator(
                actor=self.request.user,
                site=self.site,
                base_url=self.request.build_absolute_uri("/"),
                **form.cleaned_data,
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Invitation envoyée à %(email)s, référent de la structure.")
            % {"email": form.cleaned_data["email"]},
        )
        return redirect(self.site)


class TutorInviteView(TutorMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        tutor = get_object_or_404(self.site.tutors, pk=self.kwargs["pk"])
        try:
            invitations.invite_tutor(
                actor=request.user, tutor=tutor, base_url=request.build_absolute_uri("/")
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("Un lien de connexion a été envoyé à %(name)s.")
                % {"name": f"{tutor.first_name} {tutor.last_name}"},
            )
        return redirect(self.site)
