"""The observer's notebook pages: the list of immersions and one page per immersion.

The page works without JavaScript (each form posts here, "Voir la version anonymisée" posts
too) and, with JavaScript, offline: notebook.js queues entries in IndexedDB and sends them
to the sync API (api.py). Both paths end in the same services, which redact every text.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from immersion.observation import grid, services
from immersion.observation.redaction import RedactionUnavailable, describe, redact_text
from immersion.observation.selectors import (
    astonishments_of,
    commitment_signed,
    observer_participations,
    observer_placements,
    situations_of,
    tutor_exchange_of,
)
from immersion.seminars.models import Seminar
from immersion.www.mixins import add_validation_error
from immersion.www.notebook.access import ObserverPlacementMixin, keeps_notes_out_of_error_reports
from immersion.www.notebook.forms import AstonishmentForm, SituationForm, TutorExchangeForm

UNAVAILABLE = gettext_lazy(
    "L'anonymisation n'a pas pu être faite : rien n'a été enregistré. Réessayez dans un instant."
)


class NotebookHomeView(TemplateView):
    """/carnet/: the participant's immersions; organizers get their seminars' notebooks."""

    template_name = "www/notebook/home.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        participations = []
        for participant in observer_participations(user):
            signed = commitment_signed(participant)
            placements = list(observer_placements(participant)) if signed else []
            participations.append(
                {"participant": participant, "signed": signed, "placements": placements}
            )
        seminars = []
        if user.has_perm("accounts.access_organizer_space"):
            seminars = Seminar.objects.visible_to(user).filter(organizers=user)
        if not participations and not seminars:
            raise PermissionDenied
        kwargs.update(participations=participations, seminars=seminars)
        return super().get_context_data(**kwargs)


def _post_as_initial(post, form_class_fields) -> dict:
    """The posted values as a form's initial data: shown again without error messages."""
    return {
        name: (post.getlist(name) if name == "frictions" else post.get(name))
        for name in form_class_fields
        if name in post
    }


def notebook_context(
    placement, *, situation_form=None, astonishment_form=None, exchange_form=None, preview=None
):
    exchange = tutor_exchange_of(placement)
    site = placement.offer.site
    seminar = placement.run.seminar
    return {
        # The notebook follows the real dates: notes are refused outside this window.
        "window_open": seminar.notebook_is_open(),
        "window": seminar.notebook_window(),
        "placement": placement,
        "site": site,
        "channel": placement.offer.channel,
        "situations": situations_of(placement),
        "astonishments": astonishments_of(placement),
        "exchange": exchange,
        "situation_form": situation_form or SituationForm(placement=placement),
        "astonishment_form": astonishment_form or AstonishmentForm(),
        "exchange_form": exchange_form or TutorExchangeForm(exchange=exchange),
        "friction_choices": grid.as_choices(grid.FRICTIONS),
        "outcome_choices": grid.as_choices(grid.OUTCOMES),
        "tri_state": grid.as_choices(grid.TRI_STATE),
        "sources": grid.SOURCES,
        "text_fields": TutorExchangeForm.text_fields,
        "preview": preview,
    }


class ImmersionNotebookView(ObserverPlacementMixin, TemplateView):
    template_name = "www/notebook/immersion.html"

    def get_context_data(self, **kwargs):
        kwargs.update(notebook_context(self.placement))
        return super().get_context_data(**kwargs)


def preview_of(field: str, text: str) -> dict:
    redacted = redact_text(text)
    return {
        "field": field,
        "segments": redacted.segments,
        "text": redacted.text,
        "summary": describe(redacted.summary),
    }


class NotebookPostView(ObserverPlacementMixin, View):
    """POST without JavaScript: "preview" shows the redacted text, else the entry is saved."""

    http_method_names = ["get", "post"]
    form_class = None
    form_slot = ""
    anchor = ""
    text_fields: tuple[str, ...] = ()
    success_message = ""

    def get(self, request, *args, **kwargs):
        return redirect(self.page_url())

    def page_url(self) -> str:
        return reverse("notebook:immersion", args=[self.placement.pk]) + f"#{self.anchor}"

    def form_kwargs(self) -> dict:
        return {}

    def render_page(self, form, preview=None, status=200):
        context = notebook_context(self.placement, **{self.form_slot: form}, preview=preview)
        return render(self.request, "www/notebook/immersion.html", context, status=status)

    def post(self, request, *args, **kwargs):
        field = request.POST.get("preview", "")
        if field in self.text_fields:
            initial = _post_as_initial(request.POST, self.form_class.base_fields.keys())
            initial.update({k: v for k, v in request.POST.items() if k.startswith("check_") and v})
            form = self.form_class(initial=initial, **self.form_kwargs())
            try:
                preview = preview_of(field, request.POST.get(field, ""))
            except RedactionUnavailable:
                messages.error(request, UNAVAILABLE)
                preview = None
            return self.render_page(form, preview)
        form = self.form_class(request.POST, **self.form_kwargs())
        if not form.is_valid():
            return self.render_page(form)
        try:
            self.save(form)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.render_page(form)
        except RedactionUnavailable:
            form.add_error(None, UNAVAILABLE)
            return self.render_page(form, status=503)
        messages.success(request, self.success_message)
        return redirect(self.page_url())


@keeps_notes_out_of_error_reports
class SituationCreateView(NotebookPostView):
    form_class = SituationForm
    form_slot = "situation_form"
    anchor = "situations"
    text_fields = ("note",)
    success_message = gettext_lazy("Situation enregistrée.")

    def form_kwargs(self):
        return {"placement": self.placement}

    def save(self, form):
        services.record_situation(
            actor=self.request.user, placement=self.placement, **form.service_kwargs()
        )


@keeps_notes_out_of_error_reports
class AstonishmentCreateView(NotebookPostView):
    form_class = AstonishmentForm
    form_slot = "astonishment_form"
    anchor = "etonnements"
    text_fields = ("text",)
    success_message = gettext_lazy("Étonnement noté.")

    def save(self, form):
        services.record_astonishment(
            actor=self.request.user,
            placement=self.placement,
            client_id=form.cleaned_data["client_id"],
            text=form.cleaned_data["text"],
        )


@keeps_notes_out_of_error_reports
class TutorExchangeView(NotebookPostView):
    form_class = TutorExchangeForm
    form_slot = "exchange_form"
    anchor = "echange-tuteur"
    text_fields = TutorExchangeForm.text_fields
    success_message = gettext_lazy("Échange avec le tuteur enregistré.")

    def save(self, form):
        services.record_tutor_exchange(
            actor=self.request.user, placement=self.placement, **form.service_kwargs()
        )
