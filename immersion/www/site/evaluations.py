"""The hosts' evaluation: the tutors and site coordinators who hosted a seminar's observers
answer three questions at its end. Anyone else: 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView

from immersion.evaluations import services
from immersion.evaluations.selectors import host_evaluation_of, seminar_has_ended_day
from immersion.observation.redaction import RedactionUnavailable
from immersion.seminars.models import Seminar
from immersion.www.mixins import add_validation_error
from immersion.www.participant.views import UNAVAILABLE
from immersion.www.site.evaluation_forms import HostEvaluationForm


class HostEvaluationView(FormView):
    template_name = "www/site/host_evaluation.html"
    form_class = HostEvaluationForm

    @cached_property
    def seminar(self) -> Seminar:
        seminar = get_object_or_404(Seminar, pk=self.kwargs["seminar_pk"])
        if not self.request.user.has_perm("evaluations.answer_host_evaluation", seminar):
            raise Http404
        return seminar

    @cached_property
    def evaluation(self):
        return host_evaluation_of(self.request.user, self.seminar)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.evaluation}

    def get_context_data(self, **kwargs):
        kwargs.update(
            seminar=self.seminar,
            evaluation=self.evaluation,
            is_open=seminar_has_ended_day(self.seminar),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.submit_host_evaluation(
                actor=self.request.user, seminar=self.seminar, **form.service_data()
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        except RedactionUnavailable:
            form.add_error(None, UNAVAILABLE)
            response = self.form_invalid(form)
            response.status_code = 503
            return response
        messages.success(self.request, _("Merci : votre évaluation est enregistrée."))
        return redirect("site:host_evaluation", self.seminar.pk)
