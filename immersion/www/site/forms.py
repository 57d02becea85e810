"""Forms of the host site's own space (the offer and tutor forms are the back office's)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import SITE_AIDS
from immersion.common.forms import BaseForm, BaseModelForm
from immersion.sites.models import HostSite, Tutor


class PracticalInfoForm(BaseModelForm):
    """What observers and organizers need to come in: accessibility, access, contact."""

    step_free_access = forms.NullBooleanField(
        label=_("Accès de plain-pied"),
        widget=forms.NullBooleanSelect,
        required=False,
        help_text=_(
            "Accessible en fauteuil roulant, sans marche ni ressaut. Inconnu : la structure ne "
            "reçoit pas de personne en fauteuil roulant."
        ),
    )
    aids = forms.MultipleChoiceField(
        label=_("Aides à l'accessibilité"),
        choices=[(a.value, a.label) for a in SITE_AIDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = HostSite
        fields = [
            "step_free_access",
            "aids",
            "accessibility_notes",
            "access_notes",
            "phone",
            "email",
        ]
        widgets = {
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
            "access_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "access_notes": _("Entrée à utiliser, badge, à qui se présenter en arrivant."),
            "phone": _("Le numéro que les organisateurs et les observateurs peuvent appeler."),
        }

    def _post_clean(self):
        # The service validates the model; skip ModelForm's pass.
        pass


class OfferTutorForm(BaseForm):
    """Once observers are placed on an offer, only its tutor may change."""

    tutor = forms.ModelChoiceField(label=_("Tuteur"), queryset=Tutor.objects.none(), required=False)

    def __init__(self, *args, site: HostSite, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tutor"].queryset = site.tutors.order_by("last_name", "first_name")


class TutorRemovalForm(BaseForm):
    """Who takes over a leaving tutor's offers (required when they host observers)."""

    replacement = forms.ModelChoiceField(
        label=_("Tuteur qui le remplace"),
        queryset=Tutor.objects.none(),
        required=False,
        help_text=_("Ses offres et les observateurs qu'il accueille passent à ce tuteur."),
    )

    def __init__(self, *args, tutor: Tutor, required: bool, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["replacement"]
        field.queryset = tutor.site.tutors.exclude(pk=tutor.pk).order_by("last_name", "first_name")
        field.required = required
