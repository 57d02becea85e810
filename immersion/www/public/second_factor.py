"""The second step of a staff sign-in (TOTP or recovery code), its enrolment, and the
account's security page (« Se déconnecter partout », new recovery codes).

The rule that an unverified staff session reaches nothing else lives in
``accounts.middleware.SessionSecurityMiddleware``; these pages are the way through it.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache

from immersion.accounts import second_factor as factors
from immersion.accounts.middleware import idle_limit
from immersion.common.throttle import client_address
from immersion.www.public.forms import OneTimeCodeForm, RecoveryCodeForm

THROTTLED = gettext_lazy(
    "Trop de codes incorrects : réessayez dans un quart d'heure. Si vous avez perdu votre "
    "téléphone et vos codes de secours, demandez à un administrateur de réinitialiser votre "
    "double authentification."
)

UNREADABLE = gettext_lazy(
    "Votre code ne peut pas être vérifié : la clé de votre double authentification enregistrée "
    "sur la plateforme est illisible. Connectez-vous avec un code de secours, ou demandez à un "
    "administrateur de réinitialiser votre double authentification."
)


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/"


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@method_decorator(never_cache, name="dispatch")
class SecondFactorView(View):
    template_name = "www/public/second_factor.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.needs_second_factor or factors.session_is_verified(request.session):
            return redirect(_next_url(request))
        if not factors.is_enrolled(user):
            return redirect("public:second_factor_enrol")
        return super().dispatch(request, *args, **kwargs)

    def render(self, request, form=None, recovery_form=None):
        return render(
            request,
            self.template_name,
            {
                "form": form or OneTimeCodeForm(),
                "recovery_form": recovery_form or RecoveryCodeForm(),
                "next": _next_url(request),
            },
        )

    def get(self, request):
        return self.render(request)

    def post(self, request):
        recovery = "recovery_code" in request.POST
        form = RecoveryCodeForm(request.POST) if recovery else OneTimeCodeForm(request.POST)
        if not form.is_valid():
            return self._again(request, form, recovery)
        code = form.cleaned_data["recovery_code" if recovery else "code"]
        try:
            used = factors.verify_second_factor(
                user=request.user, code=code, requester=client_address(request)
            )
        except factors.CodeThrottled:
            form.add_error(None, THROTTLED)
            return self._again(request, form, recovery)
        except factors.SecretUnreadable:
            form.add_error(None, UNREADABLE)
            return self._again(request, form, recovery)
        if used is None:
            form.add_error(
                "recovery_code" if recovery else "code",
                _("Code de secours incorrect ou déjà utilisé.")
                if recovery
                else _("Code incorrect ou déjà utilisé : attendez le suivant et réessayez."),
            )
            return self._again(request, form, recovery)
        factors.mark_session_verified(request)
        if used == "recovery":
            messages.warning(
                request,
                _(
                    "Vous vous êtes connecté(e) avec un code de secours. Il vous en reste "
                    "%(count)s : générez-en de nouveaux depuis la page « Sécurité du compte »."
                )
                % {"count": factors.remaining_recovery_codes(request.user)},
            )
        return redirect(_next_url(request))

    def _again(self, request, form, recovery):
        if recovery:
            return self.render(request, recovery_form=form)
        return self.render(request, form=form)


@method_decorator(never_cache, name="dispatch")
class EnrolView(View):
    """First sign-in of a staff account: scan the QR code (or type the secret), confirm with a
    code, then read the recovery codes, shown this once."""

    template_name = "www/public/second_factor_enrol.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.needs_second_factor:
            return redirect(_next_url(request))
        if factors.is_enrolled(user):
            return redirect("public:second_factor")
        return super().dispatch(request, *args, **kwargs)

    def render(self, request, form):
        factor = factors.start_enrolment(user=request.user)
        uri = factors.provisioning_uri(factor)
        return _no_store(
            render(
                request,
                self.template_name,
                {
                    "form": form,
                    "qr_svg": factors.qr_code_svg(uri),
                    "secret": factors.grouped_secret(factor.secret),
                    "issuer": factors.ISSUER,
                    "next": _next_url(request),
                },
            )
        )

    def get(self, request):
        return self.render(request, OneTimeCodeForm())

    def post(self, request):
        form = OneTimeCodeForm(request.POST)
        if not form.is_valid():
            return self.render(request, form)
        try:
            codes = factors.confirm_enrolment(
                user=request.user,
                code=form.cleaned_data["code"],
                requester=client_address(request),
            )
        except factors.CodeThrottled:
            form.add_error(None, THROTTLED)
            return self.render(request, form)
        if codes is None:
            form.add_error(
                "code",
                _(
                    "Ce code ne correspond pas : vérifiez que l'heure de votre téléphone est "
                    "juste et saisissez le code affiché maintenant."
                ),
            )
            return self.render(request, form)
        factors.mark_session_verified(request)
        return _recovery_codes_page(request, codes, first_time=True)


def _recovery_codes_page(request, codes, *, first_time: bool):
    return _no_store(
        render(
            request,
            "www/public/recovery_codes.html",
            {"codes": codes, "first_time": first_time, "next": _next_url(request)},
        )
    )


@method_decorator(never_cache, name="dispatch")
class AccountSecurityView(View):
    """What protects the account, and the buttons to act on it."""

    def get(self, request):
        user = request.user
        return render(
            request,
            "www/public/account_security.html",
            {
                "needs_second_factor": user.needs_second_factor,
                "enrolled": user.needs_second_factor and factors.is_enrolled(user),
                "remaining_codes": factors.remaining_recovery_codes(user),
                "idle_minutes": int(idle_limit(user).total_seconds() // 60),
            },
        )


class RegenerateRecoveryCodesView(View):
    def post(self, request):
        if not request.user.needs_second_factor or not factors.is_enrolled(request.user):
            return redirect("public:account_security")
        codes = factors.regenerate_recovery_codes(user=request.user)
        return _recovery_codes_page(request, codes, first_time=False)


class SignOutEverywhereView(View):
    def post(self, request):
        factors.sign_out_everywhere(request)
        messages.success(
            request,
            _(
                "Vous êtes déconnecté(e) de tous vos appareils et navigateurs. "
                "Reconnectez-vous pour continuer."
            ),
        )
        return redirect("public:login")
