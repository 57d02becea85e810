from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from immersion.seminars import services
from immersion.www.mixins import SeminarMixin, add_validation_error
from immersion.www.organizer.forms import ProgrammeItemForm


class ItemFormMixin(SeminarMixin):
    template_name = "www/organizer/programme_item_form.html"
    form_class = ProgrammeItemForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "seminar": self.seminar}

    def item(self):
        return get_object_or_404(self.seminar.programme_items, pk=self.kwargs["pk"])

    def save(self, data):
        raise NotImplementedError

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        try:
            self.save(data)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Programme mis à jour."))
        return redirect(self.seminar.get_absolute_url() + "#programme")


class ItemCreateView(ItemFormMixin, FormView):
    def get_initial(self):
        return {"day": 1}

    def save(self, data):
        services.add_programme_item(
            actor=self.request.user,
            seminar=self.seminar,
            day=data.pop("day"),
            start=data.pop("start"),
            end=data.pop("end"),
            **data,
        )


class ItemUpdateView(ItemFormMixin, FormView):
    def get_initial(self):
        return ProgrammeItemForm.initial_for(self.item())

    def get_context_data(self, **kwargs):
        kwargs["item"] = self.item()
        return super().get_context_data(**kwargs)

    def save(self, data):
        services.update_programme_item(
            actor=self.request.user,
            item=self.item(),
            day=data.pop("day"),
            start=data.pop("start"),
            end=data.pop("end"),
            **data,
        )


class ItemDeleteView(SeminarMixin, TemplateView):
    template_name = "www/organizer/confirm_delete.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            object=get_object_or_404(self.seminar.programme_items, pk=self.kwargs["pk"]),
            cancel_url=self.seminar.get_absolute_url(),
        )
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        item = get_object_or_404(self.seminar.programme_items, pk=self.kwargs["pk"])
        try:
            services.delete_programme_item(actor=request.user, item=item)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Élément retiré du programme."))
        return redirect(self.seminar.get_absolute_url() + "#programme")
