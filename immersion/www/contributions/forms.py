from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm


class GroupTitleForm(BaseForm):
    title = forms.CharField(label=_("Titre du groupe"), max_length=150)


class MergeForm(BaseForm):
    into = forms.ModelChoiceField(
        label=_("Fusionner dans"),
        queryset=None,
        error_messages={"required": _("Choisissez la contribution qui la remplace.")},
    )

    def __init__(self, *args, contribution, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = contribution.seminar.contributions.on_board().exclude(
            pk=contribution.pk
        )
        self.fields["into"].label_from_instance = lambda c: (
            f"{c.get_kind_display()} — {Truncator(c.text).chars(70)}"
        )


class GroupChoiceForm(BaseForm):
    group = forms.ModelChoiceField(
        label=_("Classer dans"),
        queryset=None,
        required=False,
        empty_label=_("Sans groupe"),
    )

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = seminar.contribution_groups.order_by("position", "id")
