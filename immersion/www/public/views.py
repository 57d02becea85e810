import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from immersion.accounts.demo import demo_codes
from immersion.accounts.services import (
    INVITATION_LIFETIME,
    SIGN_IN_LIFETIME,
    consume_sign_in_link,
    find_usable_link,
)
from immersion.common.throttle import client_address
from immersion.engagement.invitations import request_sign_in_link
from immersion.gdpr.retention import retention_months
from immersion.inverse.models import RETENTION_DAYS as REVERSE_RETENTION_DAYS
from immersion.inverse.models import UNCONFIRMED_DAYS
from immersion.territory.selectors import suggest_communes
from immersion.www.public.forms import RequestLinkForm, SignInForm

# Where each role lands once signed in.
ROLE_HOMES = {
    "participant": "participant:home",
    "site_coordinator": "site:home",
    "tutor": "site:tutor_home",
    "expert": "debrief:home",
    "programme_manager": "observatory:home",
}


@login_not_required
def home(request):
    user = request.user
    if user.is_authenticated and user.has_perm("accounts.access_organizer_space"):
        return redirect("organizer:seminar_list")
    if user.is_authenticated and user.role in ROLE_HOMES:
        return redirect(ROLE_HOMES[user.role])
    return render(request, "www/public/home.html")


def commune_suggestions(request):
    """The options of a commune field's datalist (htmx), for signed-in people.

    The query is ``q``; an input that sends itself under its own name is read too."""
    query = request.GET.get("q") or next((v for v in request.GET.values() if v), "")
    return render(
        request,
        "www/public/commune_suggestions.html",
        {"communes": suggest_communes(query[:140])},
    )


# The accessibility statement's date: change it whenever the statement is reviewed.
ACCESSIBILITY_STATEMENT_DATE = dt.date(2026, 12, 3)


@login_not_required
def accessibility(request):
    """The accessibility statement, in the form RGAA asks for (state, exceptions, contact,
    recourse)."""
    return render(
        request,
        "www/public/accessibility.html",
        {
            "contact_email": settings.ACCESSIBILITY_CONTACT_EMAIL,
            "statement_date": ACCESSIBILITY_STATEMENT_DATE,
        },
    )


# The personal data page's and the legal notice's date: change it whenever they are reviewed.
PRIVACY_NOTICE_DATE = dt.date(2026, 12, 3)


def _privacy_context() -> dict:
    """What the pages say is what the code does: the periods come from the settings and the
    modules that apply them."""
    return {
        "contact_email": settings.PRIVACY_CONTACT_EMAIL,
        "retention_months": retention_months(),
        "reverse_unconfirmed_days": UNCONFIRMED_DAYS,
        "reverse_retention_days": REVERSE_RETENTION_DAYS,
        "invitation_days": INVITATION_LIFETIME.days,
        "sign_in_minutes": int(SIGN_IN_LIFETIME.total_seconds() // 60),
        "notice_date": PRIVACY_NOTICE_DATE,
        "publisher": settings.LEGAL_PUBLISHER,
        "publication_director": settings.LEGAL_PUBLICATION_DIRECTOR,
        "host": settings.LEGAL_HOST,
        "accessibility_email": settings.ACCESSIBILITY_CONTACT_EMAIL,
    }


@login_not_required
def privacy(request):
    """« Données personnelles »: what is kept, why, for how long, who to contact."""
    return render(request, "www/public/privacy.html", _privacy_context())


@login_not_required
def legal(request):
    """« Mentions légales »: publisher, host, contacts."""
    return render(request, "www/public/legal.html", _privacy_context())


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "www/public/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        kwargs.setdefault("link_form", RequestLinkForm())
        if settings.IMMERSION_DEMO_SECOND_FACTOR_PANEL:
            kwargs.setdefault("demo_codes", demo_codes())
        return super().get_context_data(**kwargs)


@method_decorator(login_not_required, name="dispatch")
class SignOutView(auth_views.LogoutView):
    pass


# The token of the link being used waits here between the link's page and its button.
LINK_SESSION_KEY = "sign_in_link_token"


def _invalid_link(request):
    if request.user.is_authenticated:
        # Someone already signed in who opens a used link again (from the e-mail, the history)
        # needs no new link: they go to their space. Nothing is said about the link itself.
        messages.info(request, _("Vous êtes déjà connecté(e)."))
        return redirect("public:home")
    return render(request, "www/public/link_invalid.html", {"form": RequestLinkForm()}, status=410)


@method_decorator(login_not_required, name="dispatch")
class SignInLinkView(View):
    """The link in the e-mail. It keeps the token out of the address bar (and so out of the
    history, the Referer header and later log lines): the token goes into the session and the
    browser is sent on to the confirmation page, without it."""

    def get(self, request, token):
        if find_usable_link(token) is None:
            return _invalid_link(request)
        request.session[LINK_SESSION_KEY] = token
        return redirect("public:sign_in_link_confirm")

    def post(self, request, token):
        # Older pages posted to the link itself: same as the confirmation's button.
        request.session[LINK_SESSION_KEY] = token
        return SignInLinkConfirmView.as_view()(request)


@method_decorator(login_not_required, name="dispatch")
class SignInLinkConfirmView(View):
    """GET only shows a button: mail scanners that open links do not use them up.
    The button POSTs, which uses the link and signs in. An unknown, used or expired link
    gets one and the same page, which offers a new link."""

    def get(self, request):
        link = find_usable_link(request.session.get(LINK_SESSION_KEY, ""))
        if link is None:
            return _invalid_link(request)
        return render(request, "www/public/link_confirm.html", {"email": link.user.email})

    def post(self, request):
        user = consume_sign_in_link(request.session.pop(LINK_SESSION_KEY, ""))
        if user is None:
            return _invalid_link(request)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("public:home")


@method_decorator(login_not_required, name="dispatch")
class RequestLinkView(FormView):
    template_name = "www/public/request_link.html"
    form_class = RequestLinkForm

    def form_valid(self, form):
        request_sign_in_link(
            email=form.cleaned_data["email"],
            base_url=self.request.build_absolute_uri("/"),
            requester=client_address(self.request),
        )
        # The same answer whether or not the address is known.
        return redirect("public:request_link_sent")


@method_decorator(login_not_required, name="dispatch")
class RequestLinkSentView(TemplateView):
    template_name = "www/public/request_link_sent.html"
