"""The reverse immersion in the participant's space: the participant (a decision-maker)
offers days or half-days, sees the applications to their own offers only, accepts or
declines them, and gives their feedback after the day. Another host's offer or application
is a 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from immersion.inverse import selectors, services
from immersion.inverse.models import ApplicationStatus, OfferStatus, ReverseApplication
from immersion.www.mixins import add_validation_error
from immersion.www.participant.inverse_forms import ReverseOfferForm
from immersion.www.participant.views import ParticipantSpaceMixin
from immersion.www.public.inverse_forms import FeedbackForm


class HostMixin(ParticipantSpaceMixin):
    permission_required = "inverse.offer_reverse_immersion"

    def get_permission_object(self):
        return self.participant

    def handle_no_permission(self):
        raise Http404

    @cached_property
    def offer(self):
        offer = get_object_or_404(
            self.participant.reverse_offers.select_related("host", "seminar"),
            pk=self.kwargs["offer_pk"],
        )
        # Scoped above by the participant, itself scoped by the signed-in user; the rule
        # says it once more.
        if not self.request.user.has_perm("inverse.change_reverseoffer", offer):
            raise Http404
        return offer

    def back(self):
        return redirect("participant:reverse_offers", self.participant.pk)


class OfferListView(HostMixin, TemplateView):
    template_name = "www/participant/inverse/offers.html"

    def get_context_data(self, **kwargs):
        kwargs["offers"] = selectors.host_offers(self.participant)
        return super().get_context_data(**kwargs)


class OfferCreateView(HostMixin, FormView):
    template_name = "www/participant/inverse/offer_form.html"
    form_class = ReverseOfferForm

    def form_valid(self, form):
        try:
            offer = services.create_reverse_offer(
                actor=self.request.user, host=self.participant, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Votre offre est publiée sur la page publique."))
        return redirect("participant:reverse_offer", self.participant.pk, offer.pk)


class OfferUpdateView(HostMixin, FormView):
    template_name = "www/participant/inverse/offer_form.html"
    form_class = ReverseOfferForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # A copy: the form must not change the offer the service reads.
        kwargs["instance"] = type(self.offer).objects.get(pk=self.offer.pk)
        return kwargs

    def get_context_data(self, **kwargs):
        kwargs.setdefault("offer", self.offer)
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.update_reverse_offer(
                actor=self.request.user, offer=self.offer, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Offre enregistrée."))
        return redirect("participant:reverse_offer", self.participant.pk, self.offer.pk)


class OfferStatusView(HostMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        status = request.POST.get("status", "")
        try:
            services.set_reverse_offer_status(actor=request.user, offer=self.offer, status=status)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request,
                _("Offre fermée : elle n'apparaît plus sur la page publique.")
                if status == OfferStatus.CLOSED
                else _("Offre rouverte."),
            )
        return redirect("participant:reverse_offer", self.participant.pk, self.offer.pk)


class OfferDetailView(HostMixin, TemplateView):
    template_name = "www/participant/inverse/offer_detail.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            offer=self.offer,
            applications=selectors.applications_for_host(self.offer),
            places_left=services.places_left(self.offer),
            today=timezone.localdate(),
            OfferStatus=OfferStatus,
            ApplicationStatus=ApplicationStatus,
        )
        return super().get_context_data(**kwargs)


class ApplicationMixin(HostMixin):
    @cached_property
    def application(self) -> ReverseApplication:
        application = get_object_or_404(
            ReverseApplication.objects.select_related("offer__host").filter(
                offer__host=self.participant
            ),
            pk=self.kwargs["application_pk"],
        )
        if not self.request.user.has_perm("inverse.decide_reverseapplication", application):
            raise Http404
        return application


class DecisionView(ApplicationMixin, View):
    http_method_names = ["post"]
    decision = "accept"

    @staticmethod
    def done_messages():
        return {
            "accept": _(
                "Candidature acceptée : vous recevez tous deux une confirmation avec "
                "l'invitation pour l'agenda."
            ),
            "decline": _("Candidature déclinée : la personne en est informée."),
            "withdraw": _("Candidature retirée : sa place est de nouveau libre."),
        }

    def post(self, request, *args, **kwargs):
        service = {
            "accept": services.accept_application,
            "decline": services.decline_application,
            "withdraw": services.withdraw_application,
        }[self.decision]
        try:
            service(actor=request.user, application=self.application)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, self.done_messages()[self.decision])
        return redirect("participant:reverse_offer", self.participant.pk, self.application.offer_id)


class HostFeedbackView(ApplicationMixin, FormView):
    template_name = "www/participant/inverse/feedback.html"
    form_class = FeedbackForm

    def get_context_data(self, **kwargs):
        kwargs.update(
            application=self.application,
            offer=self.application.offer,
            is_open=services.feedback_is_open(self.application),
        )
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.record_host_feedback(
                actor=self.request.user, application=self.application, **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Merci : votre retour est enregistré."))
        return redirect("participant:reverse_offer", self.participant.pk, self.application.offer_id)
