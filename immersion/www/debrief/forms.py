from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.debrief.models import QuoteGroup


class QuoteActionForm(BaseForm):
    ACTIONS = [
        ("pin", _("Épingler")),
        ("unpin", _("Désépingler")),
        ("hide", _("Masquer")),
        ("show", _("Réafficher")),
        ("group", _("Classer")),
        ("publish", _("Rendre publiable")),
        ("unpublish", _("Ne plus publier")),
    ]

    action = forms.ChoiceField(choices=ACTIONS)
    group = forms.ModelChoiceField(
        label=_("Groupe"),
        queryset=QuoteGroup.objects.none(),
        required=False,
        empty_label=_("Aucun groupe"),
    )

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = QuoteGroup.objects.filter(seminar=seminar)


class QuoteGroupForm(BaseForm):
    title = forms.CharField(label=_("Nouveau groupe"), max_length=120)
