"""The follow-up in the participant's space: the "à chaud" evaluation (from the last day, and
by the QR code of the debrief board), the "à froid" one (two months later), and the
commitments recorded at the debrief and reviewed at any time after."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView, View
from rules.contrib.views import PermissionRequiredMixin

from immersion.evaluations import services
from immersion.evaluations.selectors import (
    cold_evaluation_date,
    cold_evaluation_is_open,
    cold_evaluation_of,
    commitments_are_open,
    commitments_of,
    hot_evaluation_is_open,
    hot_evaluation_of,
)
from immersion.observation.redaction import RedactionUnavailable
from immersion.www.mixins import add_validation_error
from immersion.www.participant.evaluation_forms import (
    ColdEvaluationForm,
    HotEvaluationForm,
    commitment_forms,
)
from immersion.www.participant.views import (
    UNAVAILABLE,
    ParticipantSpaceMixin,
    own_participations,
)


class OwnFollowUpMixin(ParticipantSpaceMixin):
    """The participant's own follow-up (django-rules); anyone else's: 404."""

    permission_required = "evaluations.answer_evaluation"

    def get_permission_object(self):
        return self.participant

    def handle_no_permission(self):
        raise Http404


def _unavailable(view, form):
    form.add_error(None, UNAVAILABLE)
    response = view.form_invalid(form)
    response.status_code = 503
    return response


class EvaluationEntryView(PermissionRequiredMixin, View):
    """The QR code's target: the signed-in participant's "à chaud" evaluation of that
    seminar (someone who is not one of its participants: 404)."""

    permission_required = "accounts.access_participant_space"
    raise_exception = True

    def get(self, request, seminar_pk):
        participant = get_object_or_404(own_participations(request.user), seminar_id=seminar_pk)
        return redirect("participant:hot_evaluation", participant.pk)


class HotEvaluationView(OwnFollowUpMixin, FormView):
    template_name = "www/participant/evaluation_hot.html"
    form_class = HotEvaluationForm

    @cached_property
    def evaluation(self):
        return hot_evaluation_of(self.participant)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.evaluation}

    def get_context_data(self, **kwargs):
        kwargs.update(evaluation=self.evaluation, is_open=hot_evaluation_is_open(self.participant))
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.submit_hot_evaluation(
                actor=self.request.user, participant=self.participant, **form.service_data()
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        except RedactionUnavailable:
            return _unavailable(self, form)
        messages.success(self.request, _("Merci : votre évaluation est enregistrée."))
        return redirect("participant:commitments", self.participant.pk)


class ColdEvaluationView(OwnFollowUpMixin, FormView):
    template_name = "www/participant/evaluation_cold.html"
    form_class = ColdEvaluationForm

    @cached_property
    def evaluation(self):
        return cold_evaluation_of(self.participant)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.evaluation}

    def get_context_data(self, **kwargs):
        kwargs.update(
            evaluation=self.evaluation,
            is_open=cold_evaluation_is_open(self.participant),
            opens_on=cold_evaluation_date(self.participant.seminar),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.submit_cold_evaluation(
                actor=self.request.user, participant=self.participant, **form.service_data()
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        except RedactionUnavailable:
            return _unavailable(self, form)
        messages.success(self.request, _("Merci : votre évaluation est enregistrée."))
        return redirect(self.dashboard_url())


class CommitmentsView(OwnFollowUpMixin, View):
    """Up to three commitments on one page, with what became of each."""

    permission_required = "evaluations.record_commitments"

    template_name = "www/participant/commitments.html"

    def render(self, forms, errors=(), status=200):
        return render(
            self.request,
            self.template_name,
            {
                "participant": self.participant,
                "seminar": self.participant.seminar,
                "forms": forms,
                "errors": list(errors),
                "is_open": commitments_are_open(self.participant),
            },
            status=status,
        )

    def get(self, request, pk):
        return self.render(commitment_forms(commitments=commitments_of(self.participant)))

    def post(self, request, pk):
        forms = commitment_forms(request.POST, commitments_of(self.participant))
        if not all(form.is_valid() for form in forms):
            return self.render(forms)
        try:
            services.save_commitments(
                actor=request.user,
                participant=self.participant,
                rows=[form.row() for form in forms],
            )
        except ValidationError as exc:
            errors = []
            if hasattr(exc, "error_dict"):
                for key, field_errors in exc.error_dict.items():
                    prefix, _sep, field = key.partition("-")
                    target = next((f for f in forms if f.prefix == prefix), None)
                    for error in field_errors:
                        if target is not None and field in target.fields:
                            target.add_error(field, error)
                        else:
                            errors.extend(error.messages)
            else:
                errors = exc.messages
            return self.render(forms, errors)
        except RedactionUnavailable:
            return self.render(forms, [UNAVAILABLE], status=503)
        messages.success(request, _("Merci : vos engagements sont enregistrés."))
        return redirect(self.dashboard_url())
