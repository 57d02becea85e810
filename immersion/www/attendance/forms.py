from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm


class DrawnSignatureForm(BaseForm):
    image = forms.CharField(
        widget=forms.HiddenInput,
        max_length=600_000,
        error_messages={"required": _("Signez dans le cadre avant de valider.")},
    )


class CodeForm(BaseForm):
    code = forms.CharField(
        label=_("Code reçu par e-mail"),
        help_text=_("6 chiffres, valable 10 minutes."),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "pattern": r"[0-9 ]*",
            }
        ),
        error_messages={"required": _("Saisissez le code à 6 chiffres reçu par e-mail.")},
    )
