import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, FormView, TemplateView, View

from immersion.common.choices import Channel, SiteKind
from immersion.common.imports import ImportRejected
from immersion.common.tabular import CONTENT_TYPES, write_table
from immersion.engagement import invitations
from immersion.seminars.models import ItemKind, ProgrammeItem, Seminar
from immersion.sites import imports, services
from immersion.sites.models import HostSite, Offer
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import OrganizerRequiredMixin, add_validation_error
from immersion.www.organizer.forms import ImportForm, SiteForm, TutorForm
from immersion.www.organizer.invitation_forms import CoordinatorInviteForm


class SiteFilter(django_filters.FilterSet):
    type = django_filters.ChoiceFilter(
        field_name="kind",
        choices=SiteKind.choices,
        label=gettext_lazy("Type"),
        empty_label=gettext_lazy("Tous"),
    )
    commune = django_filters.ChoiceFilter(
        field_name="commune_name", label=gettext_lazy("Commune"), empty_label=gettext_lazy("Toutes")
    )
    sans_coordonnees = django_filters.BooleanFilter(
        label=gettext_lazy("Sans coordonnées"),
        widget=forms.CheckboxInput,
        method="without_coordinates",
    )

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["commune"].extra["choices"] = [(c, c) for c in communes]

    def without_coordinates(self, queryset, name, value):
        return queryset.filter(Q(latitude=None) | Q(longitude=None)) if value else queryset


SITE_COLUMNS = [
    Column("nom", gettext_lazy("Structure"), ("name", "commune_name")),
    Column("type", gettext_lazy("Type"), ("kind", "name")),
    Column("organisme", gettext_lazy("Organisme"), ("organisation", "name")),
    Column("commune", gettext_lazy("Commune"), ("commune_name", "name")),
    Column("tuteurs", gettext_lazy("Tuteurs"), ("tutor_count", "name")),
    Column("offres", gettext_lazy("Offres"), ("offer_count", "name")),
]


class SiteListView(OrganizerRequiredMixin, TemplateView):
    """The shared catalogue, 50 a page: kind, commune, sites without coordinates and a
    search in the URL (www/lists.py)."""

    template_name = "www/organizer/site_list.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        visible = HostSite.objects.visible_to(user)
        communes = visible.order_by("commune_name").values_list("commune_name", flat=True)
        listing = ListPage(
            self.request,
            visible.with_counts_for(user),
            columns=SITE_COLUMNS,
            default_sort="commune",
            search_fields=("name", "commune_name", "organisation"),
            filterset_class=SiteFilter,
            filterset_kwargs={"communes": list(communes.distinct())},
            search_placeholder=gettext_lazy("Nom, commune ou organisme"),
            live=True,
        )
        kwargs.update(list=listing, sites=list(listing.page.object_list))
        return super().get_context_data(**kwargs)


class TutorFilter(django_filters.FilterSet):
    sans_coordonnees = django_filters.BooleanFilter(
        label=gettext_lazy("Sans coordonnées (ni e-mail ni téléphone)"),
        widget=forms.CheckboxInput,
        method="without_contact",
    )

    def without_contact(self, queryset, name, value):
        return queryset.filter(email="", phone="") if value else queryset


TUTOR_COLUMNS = [
    Column("nom", gettext_lazy("Nom"), ("last_name", "first_name")),
    Column("fonction", gettext_lazy("Fonction"), ("job_title", "last_name", "first_name")),
]


def tutor_list(request, site, *, with_contacts: bool) -> ListPage:
    """A site's tutors, 50 a page. Their e-mail is searched, and the tutors without contact
    details filtered, only for those who may read the contacts (the site's owners)."""
    search = ("first_name", "last_name", "job_title")
    return ListPage(
        request,
        site.tutors.all(),
        columns=TUTOR_COLUMNS,
        default_sort="nom",
        search_fields=(*search, "email") if with_contacts else search,
        filterset_class=TutorFilter if with_contacts else None,
        search_placeholder=gettext_lazy("Nom ou fonction"),
        live=True,
    )


class SiteDetailView(OrganizerRequiredMixin, DetailView):
    """A catalogue site. Every organizer sees its public description and the offers of their
    own seminars there; its owners (and administrators) also see its contacts, coordinator
    and tutors' details, and change them. Nothing of another seminar is shown to anyone but
    administrators: no title, no offer, no count."""

    template_name = "www/organizer/site_detail.html"
    context_object_name = "site"

    def get_queryset(self):
        return HostSite.objects.visible_to(self.request.user).select_related("coordinator")

    def get_context_data(self, **kwargs):
        site, user = self.object, self.request.user
        kwargs.update(
            offers=Offer.objects.visible_to(user)
            .filter(site=site)
            .select_related("seminar", "half_day", "tutor")
            .order_by("-seminar__start_date", "half_day__starts_at", "channel"),
            # One labelled button per seminar and half-day: « Ajouter une offre — Jour 2 —
            # matin, « Séminaire » », so that two seminars' buttons never look alike.
            seminars=Seminar.objects.visible_to(user)
            .exclude(status="closed")
            .prefetch_related(
                Prefetch(
                    "programme_items",
                    queryset=ProgrammeItem.objects.filter(kind=ItemKind.IMMERSION),
                    to_attr="immersion_half_days",
                )
            ),
            channels=site_channels(site),
            # Tutors: every organizer sees their name and job title, which is what they need
            # to choose the tutor of an offer for their seminar (the offer form shows the
            # same); their e-mail, phone and account are for the site's owners.
            can_change=user.has_perm("host_sites.change_hostsite", site),
            can_appoint=user.has_perm("host_sites.appoint_coordinator", site),
            can_manage_tutors=user.has_perm("host_sites.manage_tutors", site),
        )
        kwargs["list"] = tutor_list(self.request, site, with_contacts=kwargs["can_manage_tutors"])
        kwargs["tutors"] = list(kwargs["list"].page.object_list)
        return super().get_context_data(**kwargs)


def site_channels(site: HostSite) -> list[str]:
    """The channels the site offers (part of its public description): labels only, across
    seminars, without saying for which seminar or how many places."""
    codes = set(site.offers.values_list("channel", flat=True).distinct())
    return [str(label) for code, label in Channel.choices if code in codes]


class SiteOwnerMixin(OrganizerRequiredMixin):
    """Writes on a catalogue site: its owners and administrators only.

    A site the user cannot see does not exist for them (404); a shared site they see but do
    not own is refused with a 403 page that says why (the site is in their view scope, so
    the refusal reveals nothing).
    """

    site_permission = "host_sites.change_hostsite"

    def get_permission_required(self):
        return ("accounts.access_organizer_space", self.site_permission)

    @cached_property
    def site(self) -> HostSite:
        pk = self.kwargs.get("site_pk", self.kwargs.get("pk"))
        return get_object_or_404(HostSite.objects.visible_to(self.request.user), pk=pk)

    def get_permission_object(self):
        if not self.request.user.has_perm("accounts.access_organizer_space"):
            return None
        return self.site

    def handle_no_permission(self):
        user = self.request.user
        if user.is_authenticated and user.has_perm("accounts.access_organizer_space"):
            return render(
                self.request, "www/organizer/site_forbidden.html", {"site": self.site}, status=403
            )
        return super().handle_no_permission()

    def get_context_data(self, **kwargs):
        kwargs["site"] = self.site
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


class SiteUpdateView(SiteOwnerMixin, FormView):
    template_name = "www/organizer/site_form.html"
    form_class = SiteForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.site}

    def form_valid(self, form):
        try:
            services.update_site(actor=self.request.user, site=self.site, **form.cleaned_data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Structure d'accueil enregistrée."))
        return redirect(self.site)


class TutorMixin(SiteOwnerMixin):
    site_permission = "host_sites.manage_tutors"
    template_name = "www/organizer/tutor_form.html"
    form_class = TutorForm


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
        try:
            services.remove_tutor(
                actor=request.user, tutor=get_object_or_404(self.site.tutors, pk=self.kwargs["pk"])
            )
        except ValidationError as exc:
            # A tutor who hosts observers of a published assignment is replaced first (the
            # site's space offers the replacement): say so, change nothing.
            for message in exc.messages:
                messages.error(request, message)
            return redirect(self.site)
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
        editable = set(HostSite.objects.editable_by(request.user).values_list("pk", flat=True))
        rows = imports.export_rows(sites, with_contacts=lambda site: site.pk in editable)
        content = write_table(fmt, imports.EXPORT_HEADERS, rows, "Structures")
        response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="structures-d-accueil.{fmt}"'
        return response


class CoordinatorInviteView(SiteOwnerMixin, FormView):
    """Name the site's coordinator by e-mail: an account (no password) and a sign-in link.

    Replacing a coordinator takes a confirmation step: the page says who is replaced by whom
    and what the new person will see; the previous coordinator is told by e-mail.
    """

    site_permission = "host_sites.appoint_coordinator"
    template_name = "www/organizer/coordinator_invite.html"
    form_class = CoordinatorInviteForm

    def get_initial(self):
        coordinator = self.site.coordinator
        if coordinator is None:
            return {}
        return {
            "email": coordinator.email,
            "first_name": coordinator.first_name,
            "last_name": coordinator.last_name,
        }

    def replaces(self, email: str):
        """The current coordinator, if naming ``email`` replaces them."""
        current = self.site.coordinator
        if current is None or current.email.lower() == email.strip().lower():
            return None
        return current

    def form_valid(self, form):
        data = form.cleaned_data
        previous = self.replaces(data["email"])
        confirmed = previous is not None and self.request.POST.get("confirm") == str(previous.pk)
        if previous is not None and not confirmed:
            return render(
                self.request,
                "www/organizer/coordinator_confirm.html",
                {"site": self.site, "form": form, "previous": previous, "new": data},
            )
        try:
            invitations.invite_site_coordinator(
                actor=self.request.user,
                site=self.site,
                base_url=self.request.build_absolute_uri("/"),
                confirmed_replacement_of=previous.pk if confirmed else None,
                **data,
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        if previous is not None:
            messages.success(
                self.request,
                _(
                    "%(email)s remplace %(previous)s comme référent de la structure : "
                    "invitation envoyée, l'ancien référent est prévenu par e-mail."
                )
                % {"email": data["email"], "previous": previous.email},
            )
        else:
            messages.success(
                self.request,
                _("Invitation envoyée à %(email)s, référent de la structure.")
                % {"email": data["email"]},
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
