from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm


class CoordinatorInviteForm(BaseForm):
    email = forms.EmailField(label=_("Adresse e-mail du référent"), max_length=254)
    first_name = forms.CharField(label=_("Prénom"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Nom"), max_length=150, required=False)
