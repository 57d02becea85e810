import datetime as dt

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.common.throttle import Throttle, client_address

# Wrong passwords: at most this many per account, and per requester, in the window. Past that
# the form answers the same for every address, known or not, right password or not.
PASSWORD_FAILURES_PER_ACCOUNT = Throttle("sign_in.account", 5, dt.timedelta(minutes=15))
PASSWORD_FAILURES_PER_REQUESTER = Throttle("sign_in.requester", 20, dt.timedelta(minutes=15))


class SignInForm(BaseForm, AuthenticationForm):
    username = forms.EmailField(
        # Labelled like the sign-in link's field; no autofocus: the skip links come first.
        label=_("Adresse électronique"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _("Adresse e-mail ou mot de passe incorrect."),
        "inactive": _("Ce compte est désactivé."),
        "throttled": _(
            "Trop de tentatives de connexion : réessayez dans un quart d'heure, ou demandez "
            "à un administrateur de réinitialiser votre mot de passe."
        ),
    }

    def clean(self):
        email = self.cleaned_data.get("username") or ""
        requester = client_address(self.request) if self.request else ""
        if PASSWORD_FAILURES_PER_ACCOUNT.exceeded(
            email
        ) or PASSWORD_FAILURES_PER_REQUESTER.exceeded(requester):
            raise ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned = super().clean()
        except ValidationError:
            PASSWORD_FAILURES_PER_ACCOUNT.record(email)
            PASSWORD_FAILURES_PER_REQUESTER.record(requester)
            raise
        PASSWORD_FAILURES_PER_ACCOUNT.reset(email)
        return cleaned


class RequestLinkForm(BaseForm):
    email = forms.EmailField(
        label=_("Adresse électronique"),
        help_text=_("Celle à laquelle vous avez reçu l'invitation."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class OneTimeCodeForm(BaseForm):
    """The 6-digit code of the authenticator app."""

    code = forms.CharField(
        label=_("Code à 6 chiffres"),
        help_text=_(
            "Affiché par votre application d'authentification ; il change toutes les 30 secondes."
        ),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9 ]*",
                "size": 8,
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if len(code) != 6 or not code.isdigit():
            raise ValidationError(_("Saisissez les 6 chiffres affichés par l'application."))
        return code


class RecoveryCodeForm(BaseForm):
    """One of the recovery codes shown at enrolment (for a lost phone)."""

    recovery_code = forms.CharField(
        label=_("Code de secours"),
        help_text=_("L'un des 10 codes affichés lors de l'activation, par exemple ABCDE-FGHJK."),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
