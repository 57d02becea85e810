"""The public application form of the reverse immersion, with its spam protection (no
third-party service): a honeypot field that people never see (read by the view, see
``HONEYPOT``), a minimum fill time carried by a signed timestamp, and throttles per requester
and per address (in the service)."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.inverse.models import MAX_FEEDBACK, MAX_MOTIVATION, RATING_CHOICES, ApplicantRole

HONEYPOT = "site_web"
MIN_FILL_SECONDS = 4
MAX_FILL_SECONDS = 24 * 3600
STARTED_SALT = "immersion.inverse.form-started"


def started_stamp() -> str:
    return signing.dumps(int(time.time()), salt=STARTED_SALT)


class ApplicationForm(BaseForm):
    name = forms.CharField(
        label=_("Nom et prénom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        help_text=_("Vous recevrez un lien pour la confirmer : la candidature part ensuite."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisme ou association"),
        max_length=200,
        help_text=_("Votre employeur, ou l'association par laquelle vous venez."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.ChoiceField(
        label=_("Vous êtes"), choices=ApplicantRole.choices, widget=forms.RadioSelect
    )
    motivation = forms.CharField(
        label=_("Pourquoi cette immersion vous intéresse"),
        max_length=MAX_MOTIVATION,
        help_text=_(
            "Quelques phrases (%(n)d caractères au plus). N'y mettez aucune information sur "
            "les personnes que vous accueillez ou accompagnez."
        )
        % {"n": MAX_MOTIVATION},
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = started_stamp()

    def clean(self):
        cleaned = super().clean()
        try:
            started = signing.loads(
                cleaned.get("started") or "", salt=STARTED_SALT, max_age=MAX_FILL_SECONDS
            )
        except signing.BadSignature:
            # Expired or altered: a new stamp, the person sends the form again.
            self.data = self.data.copy()
            self.data["started"] = started_stamp()
            raise forms.ValidationError(
                _("Ce formulaire a expiré : vérifiez vos réponses puis envoyez-le de nouveau.")
            ) from None
        if time.time() - int(started) < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _(
                    "Le formulaire a été envoyé très vite après son ouverture : vérifiez vos "
                    "réponses puis envoyez-le de nouveau."
                )
            )
        return cleaned


class FeedbackForm(BaseForm):
    rating = forms.TypedChoiceField(
        label=_("Votre note, de 1 (décevant) à 5 (très utile)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Ce que vous en retenez (facultatif)"),
        max_length=MAX_FEEDBACK,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
