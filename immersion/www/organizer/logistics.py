"""Logistics of a seminar: meal headcounts and lists (with the dinner's guests), dietary and
accessibility needs, return travel; on screen, printable, and as PDF."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from immersion.common.forms import BaseModelForm
from immersion.logistics import services
from immersion.logistics.documents import logistics_filename, render_logistics_pdf
from immersion.logistics.models import Guest
from immersion.logistics.selectors import (
    accessibility_needs,
    meal_lists,
    return_trip,
    travel_list,
)
from immersion.seminars.models import ItemKind
from immersion.www.mixins import SeminarMixin, add_validation_error


class LogisticsView(SeminarMixin, TemplateView):
    seminar_permission = "seminars.view_seminar"
    template_name = "www/organizer/logistics.html"

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        kwargs.update(
            meals=meal_lists(seminar),
            guests=Guest.objects.for_seminar(seminar),
            accessibility=accessibility_needs(seminar),
            travel=travel_list(seminar),
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
