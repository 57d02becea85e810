from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm


class SignInForm(BaseForm, AuthenticationForm):
    username = forms.EmailField(
        label=_("Adresse e-mail"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _("Adresse e-mail ou mot de passe incorrect."),
        "inactive": _("Ce compte est désactivé."),
    }


class RequestLinkForm(BaseForm):
    email = forms.EmailField(
        label=_("Adresse électronique"),
        help_text=_("Celle à laquelle vous avez reçu l'invitation."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
