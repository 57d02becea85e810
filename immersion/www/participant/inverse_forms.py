from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseModelForm
from immersion.inverse.models import ReverseOffer
from immersion.www.fields import DateInput


class ReverseOfferForm(BaseModelForm):
    class Meta:
        model = ReverseOffer
        fields = ["date", "duration", "place", "what_will_be_seen", "conditions", "places"]
        widgets = {
            "date": DateInput(),
            "what_will_be_seen": forms.Textarea(attrs={"rows": 4}),
            "conditions": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"places": _("Nombre de personnes accueillies (1 à 5)")}
