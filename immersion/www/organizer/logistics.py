"""Logistics of a seminar: meal headcounts and lists (with the dinner's guests), dietary and
accessibility needs, return travel; on screen, printable, and as PDF."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from immersion.common.choices import Diet
from immersion.common.forms import BaseModelForm
from immersion.logistics import services
from immersion.logistics.documents import logistics_filename, render_logistics_pdf
from immersion.logistics.models import Guest
from immersion.logistics.selectors import accessibility_needs, meal_summaries, return_trip
from immersion.seminars.models import ItemKind
from immersion.www.lists import Column, ListPage
from immersion.www.mixins import SeminarMixin, add_validation_error
from immersion.www.organizer.participant_filters import SEARCH_FIELDS

ANY_DIET = "particulier"


class LogisticsFilter(django_filters.FilterSet):
    regime = django_filters.ChoiceFilter(
        choices=[(ANY_DIET, gettext_lazy("Tout régime particulier")), *Diet.choices],
        label=gettext_lazy("Régime"),
        empty_label=gettext_lazy("Tous"),
        method="by_diet",
    )
    accessibilite = django_filters.BooleanFilter(
        label=gettext_lazy("Besoin d'accessibilité"),
        widget=forms.CheckboxInput,
        method="with_accessibility_needs",
    )
    sans_retour = django_filters.BooleanFilter(
        label=gettext_lazy("Retour non communiqué"),
        widget=forms.CheckboxInput,
        method="without_departure",
    )

    def by_diet(self, queryset, name, value):
        if value == ANY_DIET:
            return queryset.exclude(diet__in=["", Diet.AUCUN])
        return queryset.filter(diet=value)

    def with_accessibility_needs(self, queryset, name, value):
        return queryset.exclude(accessibility_needs="") if value else queryset

    def without_departure(self, queryset, name, value):
        return queryset.filter(departure_travel="") if value else queryset


LOGISTICS_COLUMNS = [
    Column("nom", gettext_lazy("Participant"), ("last_name", "first_name")),
    Column("organisme", gettext_lazy("Organisme"), ("organisation", "last_name", "first_name")),
    Column("regime", gettext_lazy("Régime"), ("diet", "last_name", "first_name")),
    Column("accessibilite", gettext_lazy("Accessibilité")),
    Column("arrivee", gettext_lazy("Arrivée"), ("arrival_travel", "last_name", "first_name")),
    Column("retour", gettext_lazy("Retour"), ("departure_travel", "last_name", "first_name")),
]


class LogisticsView(SeminarMixin, TemplateView):
    """Meals counted by the database; the participants' diets, needs and travel 50 a page
    (www/lists.py); the complete lists are the PDFs."""

    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/logistics.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        listing = ListPage(
            self.request,
            seminar.participants.active(),
            columns=LOGISTICS_COLUMNS,
            default_sort="nom",
            search_fields=SEARCH_FIELDS,
            filterset_class=LogisticsFilter,
            live=True,
        )
        kwargs.update(
            meals=meal_summaries(seminar),
            guests=Guest.objects.for_seminar(seminar),
            accessibility=accessibility_needs(seminar),
            list=listing,
            participants=list(listing.page.object_list),
            return_trip=return_trip(seminar),
            can_change=self.request.user.has_perm("logistics.manage_guests", seminar),
        )
        return super().get_context_data(**kwargs)


class LogisticsPdfView(SeminarMixin, View):
    seminar_permission = "seminars.view_seminar"

    def get(self, request, *args, **kwargs):
        meal = None
        if "meal_pk" in self.kwargs:
            meal = get_object_or_404(
                self.seminar.programme_items.filter(kind=ItemKind.MEAL), pk=self.kwargs["meal_pk"]
            )
        response = HttpResponse(
            render_logistics_pdf(self.seminar, meal=meal), content_type="application/pdf"
        )
        response["Content-Disposition"] = (
            f'inline; filename="{logistics_filename(self.seminar, meal=meal)}"'
        )
        return response


class GuestForm(BaseModelForm):
    class Meta:
        model = Guest
        fields = ["name", "function", "organisation", "meals", "diet", "dietary_needs"]
        widgets = {"meals": forms.CheckboxSelectMultiple}

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        meals = self.fields["meals"]
        meals.queryset = seminar.programme_items.filter(kind=ItemKind.MEAL)
        meals.label_from_instance = lambda item: str(item)
        if not self.instance.pk:
            dinner = meals.queryset.order_by("starts_at").first()
            if dinner is not None:
                self.initial.setdefault("meals", [dinner.pk])


class GuestFormMixin(SeminarMixin):
    template_name = "www/organizer/logistics_guest_form.html"
    form_class = GuestForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "seminar": self.seminar}

    def list_url(self):
        return reverse("organizer:logistics", args=[self.seminar.pk]) + "#invites"

    def get_context_data(self, **kwargs):
        kwargs["cancel_url"] = self.list_url()
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        try:
            self.save(data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Invité enregistré."))
        return redirect(self.list_url())


class GuestCreateView(GuestFormMixin, FormView):
    def save(self, data):
        services.add_guest(actor=self.request.user, seminar=self.seminar, **data)


class GuestUpdateView(GuestFormMixin, FormView):
    def guest(self):
        return get_object_or_404(Guest.objects.filter(seminar=self.seminar), pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.guest()}

    def get_context_data(self, **kwargs):
        kwargs["guest"] = self.guest()
        return super().get_context_data(**kwargs)

    def save(self, data):
        services.update_guest(actor=self.request.user, guest=self.guest(), **data)


class GuestDeleteView(SeminarMixin, TemplateView):
    template_name = "www/organizer/confirm_delete.html"

    def guest(self):
        return get_object_or_404(Guest.objects.filter(seminar=self.seminar), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        kwargs.update(
            object=self.guest(),
            cancel_url=reverse("organizer:logistics", args=[self.seminar.pk]) + "#invites",
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        guest = self.guest()
        services.remove_guest(actor=request.user, guest=guest)
        messages.success(request, _("%(name)s ne figure plus parmi les invités.") % {"name": guest})
        return redirect(reverse("organizer:logistics", args=[self.seminar.pk]) + "#invites")
