from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.evaluations.models import MAX_TEXT, Recommend
from immersion.www.participant.evaluation_forms import REDACTED_HELP, score_field
from immersion.www.participant.forms import InlineRadioSelect


class HostEvaluationForm(BaseForm):
    hosting_useful = score_field(_("Accueillir un observateur vous a-t-il été utile ?"))
    observer_prepared = score_field(_("L'observateur était-il bien préparé ?"))
    host_again = forms.ChoiceField(
        label=_("Accueilleriez-vous de nouveau un observateur ?"),
        choices=Recommend.choices,
        widget=InlineRadioSelect,
        error_messages={"required": _("Choisissez une réponse.")},
    )
    comment = forms.CharField(
        label=_("Un commentaire ?"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MAX_TEXT}),
        help_text=REDACTED_HELP,
    )

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        if instance is not None:
            self.initial.update(
                hosting_useful=str(instance.hosting_useful or ""),
                observer_prepared=str(instance.observer_prepared or ""),
                host_again=instance.host_again,
                comment=instance.comment,
            )

    def service_data(self) -> dict:
        return {k: self.cleaned_data[k] for k in self.fields}
