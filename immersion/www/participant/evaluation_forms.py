"""Forms of the follow-up in the participant's space: evaluations and commitments."""

from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.evaluations.models import (
    MAX_TEXT,
    OBJECTIVES,
    ORGANISATION,
    SCORE_CHOICES,
    CommitmentStatus,
    Recommend,
)
from immersion.www.fields import DateInput
from immersion.www.participant.forms import InlineRadioSelect

REDACTED_HELP = _(
    "Facultatif. Les noms, numéros et adresses de tiers sont masqués automatiquement avant "
    "l'enregistrement."
)
YES_NO = [("oui", _("Oui")), ("non", _("Non"))]


def score_field(label, *, required=True):
    return forms.TypedChoiceField(
        label=label,
        choices=[(str(v), text) for v, text in SCORE_CHOICES],
        coerce=int,
        empty_value=None,
        required=required,
        widget=InlineRadioSelect,
        error_messages={"required": _("Choisissez une note de 1 à 5.")},
    )


def text_field(label, *, rows=2):
    return forms.CharField(
        label=label,
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": MAX_TEXT}),
        help_text=REDACTED_HELP,
    )


class HotEvaluationForm(BaseForm):
    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in OBJECTIVES:
            self.fields[code] = score_field(label)
            self.fields[f"{code}_comment"] = text_field(_("Un commentaire ?"))
        for code, label in ORGANISATION:
            self.fields[code] = score_field(label, required=False)
        self.fields["recommend"] = forms.ChoiceField(
            label=_("Recommanderiez-vous ce séminaire à un collègue ?"),
            choices=Recommend.choices,
            widget=InlineRadioSelect,
            error_messages={"required": _("Choisissez une réponse.")},
        )
        self.fields["free_text"] = text_field(_("Expression libre"), rows=4)
        if instance is not None:
            for name in self.fields:
                value = getattr(instance, name)
                self.initial[name] = str(value) if isinstance(value, int) else value

    def objective_fields(self):
        return [(self[code], self[f"{code}_comment"]) for code, _label in OBJECTIVES]

    def organisation_fields(self):
        return [self[code] for code, _label in ORGANISATION]

    def service_data(self) -> dict:
        data = self.cleaned_data
        scores = {code: data.get(code) for code, _l in OBJECTIVES + ORGANISATION}
        texts = {f"{code}_comment": data.get(f"{code}_comment", "") for code, _l in OBJECTIVES}
        texts["free_text"] = data.get("free_text", "")
        return {"scores": scores, "texts": texts, "recommend": data.get("recommend", "")}


class ColdEvaluationForm(BaseForm):
    used_since = forms.CharField(
        label=_("Qu'avez-vous utilisé, depuis le séminaire, de ce que vous avez vu ?"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT}),
        help_text=REDACTED_HELP,
    )
    changed_decision = forms.ChoiceField(
        label=_("L'immersion a-t-elle changé une de vos décisions ou de vos pratiques ?"),
        choices=YES_NO,
        widget=InlineRadioSelect,
        error_messages={"required": _("Choisissez une réponse.")},
    )
    examples = forms.CharField(
        label=_("Des exemples ?"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT}),
        help_text=REDACTED_HELP,
    )

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        if instance is not None:
            self.initial.update(
                used_since=instance.used_since,
                examples=instance.examples,
                changed_decision={True: "oui", False: "non"}.get(instance.changed_decision),
            )

    def service_data(self) -> dict:
        data = self.cleaned_data
        return {
            "used_since": data["used_since"],
            "changed_decision": data["changed_decision"] == "oui",
            "examples": data["examples"],
        }


class CommitmentForm(BaseForm):
    """One commitment (prefix ``c1``, ``c2``, ``c3``)."""

    what = forms.CharField(
        label=_("Ce que je m'engage à faire"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
        help_text=_("Laissez vide pour ne rien prendre (ou retirer cet engagement)."),
    )
    due_by = forms.DateField(
        label=_("Pour quand"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("Indiquez une date.")},
    )
    organisation = forms.CharField(
        label=_("Dans quelle organisation"), required=False, max_length=200
    )
    status = forms.ChoiceField(
        label=_("Où en est-il ?"), choices=CommitmentStatus.choices, required=False
    )
    review_comment = forms.CharField(
        label=_("Un commentaire ?"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": MAX_TEXT}),
        help_text=REDACTED_HELP,
    )

    def row(self) -> dict:
        return {k: self.cleaned_data.get(k) or ("" if k != "due_by" else None) for k in self.fields}


def commitment_forms(data=None, commitments=()):
    by_position = {c.position: c for c in commitments}
    forms_ = []
    for position in (1, 2, 3):
        commitment = by_position.get(position)
        initial = {}
        if commitment is not None:
            initial = {
                "what": commitment.what,
                "due_by": commitment.due_by,
                "organisation": commitment.organisation,
                "status": commitment.status,
                "review_comment": commitment.review_comment,
            }
        forms_.append(CommitmentForm(data, prefix=f"c{position}", initial=initial))
    return forms_
