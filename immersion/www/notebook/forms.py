"""Forms of the notebook. The same forms validate the pages' POSTs and the sync API's entries.

Free text is accepted as typed: the services redact it before anything is stored. The forms
never put the text into an error message (length errors give counts only).
"""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from immersion.common.forms import BaseForm
from immersion.observation import grid
from immersion.observation.models import (
    MAX_MINUTES,
    MAX_NOTE_LENGTH,
    MAX_RINGS,
    REPRESENTATIVENESS,
)
from immersion.sites.models import HostSite


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def _minutes(label, help_text=""):
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=MAX_MINUTES,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": MAX_MINUTES}),
    )


def _free_text(label, help_text="", rows=4, required=False):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=MAX_NOTE_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": MAX_NOTE_LENGTH}),
    )


def new_client_id() -> uuid.UUID:
    return uuid.uuid4()


class SituationForm(BaseForm):
    """One situation, with the grid of the placement's channel and the site's reasons."""

    client_id = forms.UUIDField(widget=forms.HiddenInput)
    observed_at = forms.TimeField(label=_("Heure"), widget=TimeInput())
    contact_reason = forms.ChoiceField(label=_("Motif du contact"))
    waiting_minutes = _minutes(_("Attente (min)"))
    duration_minutes = _minutes(_("Durée (min)"))
    rings_before_pickup = forms.IntegerField(
        label=_("Sonneries avant le décroché"),
        help_text=grid.MARIANNE_PHONE,
        required=False,
        min_value=0,
        max_value=MAX_RINGS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": MAX_RINGS}),
    )
    outcome = forms.ChoiceField(
        label=_("Issue"),
        required=False,
        choices=[("", _("Non renseignée")), *grid.as_choices(grid.OUTCOMES)],
    )
    user_state = forms.ChoiceField(
        label=_("État apparent de l'usager"),
        required=False,
        choices=[("", _("Non renseigné")), *grid.as_choices(grid.USER_STATES)],
    )
    frictions = forms.MultipleChoiceField(
        label=_("Irritants"),
        required=False,
        choices=grid.as_choices(grid.FRICTIONS),
        widget=forms.CheckboxSelectMultiple,
    )
    note = _free_text(
        _("Note libre"),
        _(
            "Décrivez la situation, pas la personne : ni nom, ni numéro, ni adresse. "
            "Ce qui reste identifiant est masqué à l'enregistrement."
        ),
    )

    def __init__(self, *args, placement, **kwargs):
        kwargs.setdefault("auto_id", "situation_%s")
        super().__init__(*args, **kwargs)
        self.placement = placement
        kind, self.channel = placement.offer.site.kind, placement.offer.channel
        self.fields["contact_reason"].choices = [
            ("", _("Choisir un motif")),
            *grid.as_choices(grid.contact_reasons(kind, self.channel)),
        ]
        if not grid.counts_rings(self.channel):
            del self.fields["rings_before_pickup"]
        self.checks = grid.checks_for(self.channel)
        for check in self.checks:
            self.fields[self.check_name(check)] = forms.ChoiceField(
                label=check.label,
                help_text=check.source,
                required=False,
                choices=grid.as_choices(grid.TRI_STATE),
                initial=grid.NOT_OBSERVED,
                widget=forms.RadioSelect,
            )
        if not self.is_bound:
            self.initial.setdefault("client_id", new_client_id())
            self.initial.setdefault("observed_at", timezone.localtime().time().replace(second=0))

    @staticmethod
    def check_name(check: grid.Check) -> str:
        return f"check_{check.code}"

    def check_fields(self):
        """(check, bound field) in grid order, for the template."""
        return [(check, self[self.check_name(check)]) for check in self.checks]

    def selected(self, name: str) -> list[str]:
        value = self[name].value()
        if value is None:
            return []
        return [str(v) for v in (value if isinstance(value, list | tuple) else [value])]

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        kwargs = {
            "client_id": data["client_id"],
            "observed_at": data["observed_at"],
            "contact_reason": data["contact_reason"],
            "waiting_minutes": data["waiting_minutes"],
            "duration_minutes": data["duration_minutes"],
            "outcome": data["outcome"],
            "user_state": data["user_state"],
            "frictions": data["frictions"],
            "note": data["note"],
            "checks": {c.code: data[self.check_name(c)] or grid.NOT_OBSERVED for c in self.checks},
        }
        if "rings_before_pickup" in self.fields:
            kwargs["rings_before_pickup"] = data["rings_before_pickup"]
        return kwargs


class AstonishmentForm(BaseForm):
    client_id = forms.UUIDField(widget=forms.HiddenInput)
    text = _free_text(
        _("Ce qui m'étonne"),
        _("Une surprise, un écart avec ce que vous imaginiez, une bonne idée…"),
        rows=3,
        required=True,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "etonnement_%s")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("client_id", new_client_id())


class TutorExchangeForm(BaseForm):
    client_id = forms.UUIDField(widget=forms.HiddenInput)
    representativeness = forms.TypedChoiceField(
        label=_("Les situations observées aujourd'hui sont-elles représentatives de l'activité ?"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=REPRESENTATIVENESS,
        widget=forms.RadioSelect,
    )
    unusual_situations = _free_text(
        _("Situations inhabituelles"),
        _("Lesquelles sortaient de l'ordinaire, et en quoi ?"),
        rows=3,
    )
    constraints = _free_text(_("Contraintes du métier"), rows=3)
    interests = _free_text(_("Intérêts du métier"), rows=3)
    filled_with_tutor = forms.BooleanField(label=_("Rempli avec le tuteur"), required=False)

    text_fields = ("unusual_situations", "constraints", "interests")

    def __init__(self, *args, exchange=None, **kwargs):
        kwargs.setdefault("auto_id", "tuteur_%s")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # A new client id for every send: a later correction replaces the earlier one.
            self.initial["client_id"] = new_client_id()
            if exchange is not None:
                for name in (
                    "representativeness",
                    "unusual_situations",
                    "constraints",
                    "interests",
                    "filled_with_tutor",
                ):
                    self.initial[name] = getattr(exchange, name)

    def service_kwargs(self) -> dict:
        return dict(self.cleaned_data)


class PreviewForm(forms.Form):
    text = forms.CharField(required=False, max_length=MAX_NOTE_LENGTH, strip=True)


class ContactMixForm(BaseForm):
    """One percentage field per reason the site's kind may declare."""

    def __init__(self, *args, site: HostSite, current: dict[str, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.site = site
        for choice in grid.site_contact_reasons(site.kind):
            self.fields[choice.code] = forms.IntegerField(
                label=choice.label,
                required=False,
                min_value=0,
                max_value=100,
                initial=current.get(choice.code),
                widget=forms.NumberInput(
                    attrs={"class": "fr-input", "inputmode": "numeric", "min": 0, "max": 100}
                ),
            )

    def clean(self):
        data = super().clean()
        total = sum(v or 0 for v in data.values())
        if total > 100:
            raise forms.ValidationError(
                _("Les parts déclarées font %(total)d %% : le total ne peut dépasser 100 %%.")
                % {"total": total}
            )
        return data

    def shares(self) -> dict[str, int]:
        return {code: value or 0 for code, value in self.cleaned_data.items()}
