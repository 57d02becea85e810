import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from immersion.common.choices import Channel, SiteKind
from immersion.common.imports import ImportRejected
from immersion.common.tabular import CONTENT_TYPES
from immersion.placements.models import Placement
from immersion.sites import offer_imports, services
from immersion.sites.models import HostSite, Offer
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import SeminarMixin, add_validation_error
from immersion.www.organizer.forms import ImportForm, OfferForm


def with_placed(offers):
    """Each offer with ``placed``: its observers in the published assignment (a subquery,
    so the list stays one query whatever the number of placements)."""
    placed = (
        Placement.objects.published()
        .filter(offer=OuterRef("pk"))
        .order_by()
        .values("offer")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return offers.annotate(placed=Coalesce(Subquery(placed, output_field=IntegerField()), Value(0)))


class OfferFilter(django_filters.FilterSet):
    demi_journee = django_filters.ChoiceFilter(
        field_name="half_day",
        label=gettext_lazy("Demi-journée"),
        empty_label=gettext_lazy("Toutes"),
    )
    type = django_filters.ChoiceFilter(
        field_name="site__kind",
        choices=SiteKind.choices,
        label=gettext_lazy("Type de structure"),
        empty_label=gettext_lazy("Tous"),
    )
    canal = django_filters.ChoiceFilter(
        field_name="channel",
        choices=Channel.choices,
        label=gettext_lazy("Canal"),
        empty_label=gettext_lazy("Tous"),
    )
    places_libres = django_filters.BooleanFilter(
        label=gettext_lazy("Places libres"), widget=forms.CheckboxInput, method="with_free_seats"
    )

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["demi_journee"].extra["choices"] = [
            (str(h.pk), h.half_day_label) for h in seminar.half_days
        ]

    def with_free_seats(self, queryset, name, value):
        return queryset.filter(placed__lt=F("capacity")) if value else queryset


OFFER_COLUMNS = [
    Column("demi_journee", gettext_lazy("Demi-journée"), ("half_day__starts_at", "site__name")),
    Column("structure", gettext_lazy("Structure"), ("site__name", "half_day__starts_at")),
    Column("canal", gettext_lazy("Canal"), ("channel", "half_day__starts_at", "site__name")),
    Column("places", gettext_lazy("Places"), ("capacity", "half_day__starts_at", "site__name")),
    Column("occupees", gettext_lazy("Occupées"), ("placed", "half_day__starts_at", "site__name")),
    Column("regles", gettext_lazy("Règles")),
    Column("tuteur", gettext_lazy("Tuteur"), ("tutor__last_name", "tutor__first_name")),
]
OFFER_SEARCH = ("site__name", "site__commune_name", "site__organisation")


def offer_list(request, seminar) -> ListPage:
    return ListPage(
        request,
        with_placed(Offer.objects.for_seminar(seminar)),
        columns=OFFER_COLUMNS,
        default_sort="demi_journee",
        search_fields=OFFER_SEARCH,
        filterset_class=OfferFilter,
        filterset_kwargs={"seminar": seminar},
        search_placeholder=gettext_lazy("Nom, commune ou organisme de la structure"),
        live=True,
    )


class OfferListView(SeminarMixin, TemplateView):
    """The seminar's offers, 50 a page: half-day, site kind, channel and free places in the
    URL (www/lists.py); the seats' total is one aggregate query."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/offer_list.html"

    def get_context_data(self, **kwargs):
        listing = offer_list(self.request, self.seminar)
        kwargs.update(
            list=listing,
            offers=list(listing.page.object_list),
            total_seats=Offer.objects.filter(seminar=self.seminar).aggregate(
                n=Coalesce(Sum("capacity"), 0)
            )["n"],
        )
        return super().get_context_data(**kwargs)


class OfferFormMixin(SeminarMixin):
    template_name = "www/organizer/offer_form.html"
    form_class = OfferForm

    def fixed_site(self):
        site_pk = self.request.GET.get("structure") or self.request.POST.get("fixed_site")
        if site_pk and site_pk.isdigit():
            # Any catalogue site: an organizer offers immersions for their own seminar at a
            # site they do not own (that is how the catalogue is shared). Offers themselves
            # are always read through the seminar, which must be the user's (else 404).
            return HostSite.objects.visible_to(self.request.user).filter(pk=site_pk).first()
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "seminar": self.seminar, "site": self.fixed_site()}

    def get_context_data(self, **kwargs):
        kwargs["fixed_site"] = self.fixed_site()
        return super().get_context_data(**kwargs)

    def success_url(self):
        site = self.fixed_site()
        return (
            site.get_absolute_url()
            if site
            else self.seminar.get_absolute_url().rstrip("/") + "/offres/"
        )

    def form_valid(self, form):
        try:
            self.save(dict(form.cleaned_data))
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Offre d'immersion enregistrée."))
        return redirect(self.success_url())


class OfferCreateView(OfferFormMixin, FormView):
    def get_initial(self):
        # ?site= : the site chosen in the form (htmx reloads the tutors' list with it).
        # ?demi_journee= : the site page's buttons name a half-day (« Ajouter une offre : …,
        # Jour 2 — matin »).
        initial, site = super().get_initial(), self.request.GET.get("site", "")
        if site.isdigit():
            initial["site"] = int(site)
        half_day = self.request.GET.get("demi_journee", "")
        if half_day.isdigit() and self.seminar.half_days.filter(pk=half_day).exists():
            initial["half_day"] = int(half_day)
        return initial

    def save(self, data):
        if not data.get("forbidden_categories") and not data.get("journalists_authorised"):
            data["forbidden_categories"] = None  # keep the channel's defaults
        services.create_offer(actor=self.request.user, seminar=self.seminar, **data)


class OfferUpdateView(OfferFormMixin, FormView):
    def offer(self):
        return get_object_or_404(Offer.objects.for_seminar(self.seminar), pk=self.kwargs["pk"])

    def fixed_site(self):
        return self.offer().site

    def get_initial(self):
        o = self.offer()
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
        kwargs["offer"] = self.offer()
        return super().get_context_data(**kwargs)

    def success_url(self):
        return self.seminar.get_absolute_url().rstrip("/") + "/offres/"

    def save(self, data):
        data.pop("site")
        if data.get("capacity") is None:
            data.pop("capacity")
        services.update_offer(actor=self.request.user, offer=self.offer(), **data)


class OfferDeleteView(SeminarMixin, TemplateView):
    template_name = "www/organizer/confirm_delete.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            object=get_object_or_404(Offer.objects.for_seminar(self.seminar), pk=self.kwargs["pk"]),
            cancel_url=self.seminar.get_absolute_url().rstrip("/") + "/offres/",
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        offer = get_object_or_404(Offer.objects.for_seminar(self.seminar), pk=self.kwargs["pk"])
        services.delete_offer(actor=request.user, offer=offer)
        messages.success(request, _("Offre supprimée."))
        return redirect(self.seminar.get_absolute_url().rstrip("/") + "/offres/")


class OfferImportView(SeminarMixin, FormView):
    """Offers from a file: every row checked, every fault named, all or nothing."""

    template_name = "www/organizer/import.html"
    form_class = ImportForm

    def get_context_data(self, **kwargs):
        kwargs.update(
            title=_("Importer des offres d'immersion"),
            columns=offer_imports.COLUMNS,
            example_url="",
            template_url=reverse("organizer:offer_template", args=[self.seminar.pk]),
            cancel_url=reverse("organizer:offer_list", args=[self.seminar.pk]),
            half_day_codes=[],
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            created = offer_imports.import_offers(
                actor=self.request.user, seminar=self.seminar, uploaded=form.cleaned_data["file"]
            )
        except ImportRejected as exc:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=exc.errors)
            )
        messages.success(
            self.request, _("%(n)d offre(s) d'immersion importée(s).") % {"n": len(created)}
        )
        return redirect("organizer:offer_list", self.seminar.pk)


class OfferTemplateView(SeminarMixin, View):
    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            offer_imports.template_xlsx(self.seminar), content_type=CONTENT_TYPES["xlsx"]
        )
        response["Content-Disposition"] = (
            f'attachment; filename="modele-offres-seminaire-{self.seminar.pk}.xlsx"'
        )
        return response
