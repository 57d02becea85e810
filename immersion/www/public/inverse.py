"""The public pages of the reverse immersion (no account): the open offers of a seminar's
territory, the application form, the address confirmation by a single-use link, and the
applicant's feedback after the day by another single-use link.

Like sign-in links, a confirmation link's token leaves the address bar at once (it waits in
the session) and a GET only shows a button: mail scanners that open links do not use them up.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView, View

from immersion.common.throttle import client_address
from immersion.inverse import selectors, services
from immersion.www.mixins import add_validation_error
from immersion.www.public.inverse_forms import HONEYPOT, ApplicationForm, FeedbackForm

CONFIRM_SESSION_KEY = "reverse_confirmation_token"


@method_decorator(login_not_required, name="dispatch")
class ReverseOfferListView(TemplateView):
    template_name = "www/public/inverse/offer_list.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        territories = selectors.public_territories(today)
        codes = {t.code for t in territories}
        current = self.request.GET.get("territoire", "")
        current = current if current in codes else ""
        kwargs.update(
            territories=territories,
            current=current,
            current_name=next((t.name for t in territories if t.code == current), ""),
            offers=selectors.public_offers(today, city_code=current),
        )
        return super().get_context_data(**kwargs)


@method_decorator(login_not_required, name="dispatch")
# An error report never carries what applicants typed.
@method_decorator(
    sensitive_post_parameters("name", "email", "organisation", "motivation"), name="dispatch"
)
class ApplyView(FormView):
    template_name = "www/public/inverse/apply.html"
    form_class = ApplicationForm

    @cached_property
    def offer(self):
        offer = selectors.public_offer(self.kwargs["pk"], timezone.localdate())
        if offer is None:
            raise Http404
        offer.places_left = services.places_left(offer)
        return offer

    def get_context_data(self, **kwargs):
        kwargs.setdefault("offer", self.offer)
        kwargs.setdefault("honeypot", HONEYPOT)
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        self.offer  # noqa: B018 - a closed or unknown offer is a 404 before anything else
        if request.POST.get(HONEYPOT):
            # Filled by a robot: the same answer as a real application, nothing written.
            return redirect("public:reverse_sent")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.apply_to_offer(
                offer=self.offer,
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                role=data["role"],
                motivation=data["motivation"],
                requester=client_address(self.request),
                base_url=self.request.build_absolute_uri("/"),
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        return redirect("public:reverse_sent")


@method_decorator(login_not_required, name="dispatch")
class SentView(TemplateView):
    template_name = "www/public/inverse/sent.html"


def _invalid_link(request):
    return render(request, "www/public/inverse/link_invalid.html", status=410)


@method_decorator(login_not_required, name="dispatch")
class ConfirmLinkView(View):
    """The link in the e-mail: the token goes into the session, the browser to the button."""

    def get(self, request, token):
        if services.find_pending_by_token(token) is None:
            return _invalid_link(request)
        request.session[CONFIRM_SESSION_KEY] = token
        return redirect("public:reverse_confirm")


@method_decorator(login_not_required, name="dispatch")
class ConfirmView(View):
    def get(self, request):
        application = services.find_pending_by_token(request.session.get(CONFIRM_SESSION_KEY, ""))
        if application is None:
            return _invalid_link(request)
        return render(request, "www/public/inverse/confirm.html", {"offer": application.offer})

    def post(self, request):
        application = services.confirm_application(request.session.pop(CONFIRM_SESSION_KEY, ""))
        if application is None:
            return _invalid_link(request)
        return render(request, "www/public/inverse/confirmed.html", {"offer": application.offer})


@method_decorator(login_not_required, name="dispatch")
class ApplicantFeedbackView(FormView):
    template_name = "www/public/inverse/feedback.html"
    form_class = FeedbackForm

    def dispatch(self, request, *args, **kwargs):
        self.application = services.find_feedback_application(kwargs["token"])
        if self.application is None:
            return _invalid_link(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("offer", self.application.offer)
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            application = services.record_applicant_feedback(
                token=self.kwargs["token"], **form.cleaned_data
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        if application is None:
            return _invalid_link(self.request)
        messages.success(self.request, _("Merci : votre retour est enregistré."))
        return redirect("public:reverse_list")
