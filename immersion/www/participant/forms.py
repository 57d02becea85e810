from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from dsfr import widgets as dsfr_widgets

from immersion.common.choices import (
    SEED_SITE_KINDS,
    AccessNeed,
    Category,
    Diet,
    SiteKind,
    label_for,
)
from immersion.common.forms import BaseForm
from immersion.contributions.models import MAX_TEXT, Kind, WorkField
from immersion.engagement.models import LIKERT_CHOICES, Phase, Scale
from immersion.www.organizer.forms import InseeCodeField

DONT_KNOW = "nsp"


# The DSFR markup for each option (django.forms' own option templates win over
# django-dsfr's in the template search order, so the widgets name theirs). The class names
# are django-dsfr's: its field templates are chosen from them.
class InlineRadioSelect(dsfr_widgets.InlineRadioSelect):
    option_template_name = "www/participant/widgets/radio_option.html"


class CheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    option_template_name = "www/participant/widgets/checkbox_option.html"


PREFERENCE_CHOICES = [
    (0, _("Sans préférence")),
    (1, _("Intéressé(e)")),
    (2, _("Très intéressé(e)")),
    (3, _("Prioritaire")),
]


LOCKED_HINT = _(
    "Verrouillé : l'affectation est publiée. Pour changer ceci, écrivez à l'organisateur."
)


class ProfileForm(BaseForm):
    category = forms.ChoiceField(label=_("Catégorie"), choices=Category.choices)
    organisation = forms.CharField(
        label=_("Organisme employeur"),
        max_length=200,
        help_text=_(
            "Pour éviter les conflits d'intérêts : personne n'observe son propre organisme."
        ),
    )
    function = forms.CharField(label=_("Fonction"), max_length=200, required=False)
    home_commune_code = InseeCodeField(
        label=_("Code commune de votre domicile ou lieu de travail (INSEE)"),
        required=False,
        help_text=_("Par exemple 35238 pour Rennes, 75056 pour Paris."),
    )
    max_km = forms.IntegerField(
        label=_("Distance maximale acceptée jusqu'à une structure (km)"),
        min_value=1,
        max_value=300,
        required=False,
    )
    available_half_days = forms.ModelMultipleChoiceField(
        label=_("Vos disponibilités"),
        queryset=None,
        widget=CheckboxSelectMultiple,
        required=False,
        help_text=_("Les demi-journées d'immersion où vous êtes disponible."),
    )
    access_needs = forms.MultipleChoiceField(
        label=_("Aménagements nécessaires"),
        choices=AccessNeed.choices,
        widget=CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Cochez ce dont vous avez besoin : vous n'êtes placé que là où c'est possible, et "
            "la structure qui vous accueille en est prévenue (sans autre détail)."
        ),
    )
    accessibility_needs = forms.CharField(
        label=_("Besoins d'accessibilité"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Mobilité, audition, vue… : nous en tenons compte pour vos immersions."),
    )
    diet = forms.ChoiceField(
        label=_("Régime alimentaire"), choices=[("", "—"), *Diet.choices], required=False
    )
    dietary_needs = forms.CharField(
        label=_("Précision sur le régime"),
        max_length=200,
        required=False,
        help_text=_("Obligatoire pour une allergie ou « autre » : laquelle, quoi éviter."),
    )
    arrival_travel = forms.CharField(
        label=_("Votre arrivée"),
        max_length=200,
        required=False,
        help_text=_("Train, gare et heure d'arrivée (ex. TGV 8611, gare de Rennes, 14 h 28)."),
    )
    departure_travel = forms.CharField(
        label=_("Votre départ"),
        max_length=200,
        required=False,
        help_text=_("Train, gare et heure de départ (ex. TGV 8648, gare de Rennes, 18 h 35)."),
    )

    # What the assignment used (people.services.ASSIGNMENT_FIELDS): frozen once it is published.
    LOCKED = [
        "category",
        "organisation",
        "home_commune_code",
        "max_km",
        "available_half_days",
        "access_needs",
    ]

    def __init__(self, *args, participant, locked: bool, **kwargs):
        super().__init__(*args, **kwargs)
        half_days = participant.seminar.half_days
        self.fields["available_half_days"].queryset = half_days
        self.fields["available_half_days"].label_from_instance = lambda h: h.half_day_label
        unavailable = set(participant.unavailable_half_days.values_list("pk", flat=True))
        self.initial.update(
            {
                name: getattr(participant, name)
                for name in [
                    "category",
                    "organisation",
                    "function",
                    "home_commune_code",
                    "max_km",
                    "access_needs",
                    "accessibility_needs",
                    "diet",
                    "dietary_needs",
                    "arrival_travel",
                    "departure_travel",
                ]
            }
        )
        self.initial["available_half_days"] = [h.pk for h in half_days if h.pk not in unavailable]
        for kind in SEED_SITE_KINDS:
            name = f"pref_{kind}"
            self.fields[name] = forms.TypedChoiceField(
                label=_("Envie de découvrir : %(kind)s") % {"kind": label_for(SiteKind, kind)},
                choices=PREFERENCE_CHOICES,
                coerce=int,
                required=False,
                empty_value=0,
            )
            self.initial[name] = participant.preferences.get(kind, 0)
            self.LOCKED = [*self.LOCKED, name]
        self.locked = locked
        if locked:
            for name in self.LOCKED:
                self.fields[name].disabled = True
                self.fields[name].help_text = LOCKED_HINT
                # django-dsfr's __init__ has already made the bound fields, which copy the
                # help text: without this the class's fields would keep their old hint.
                self._bound_fields_cache.pop(name, None)

    def preference_fields(self):
        return [self[f"pref_{kind}"] for kind in SEED_SITE_KINDS]

    def service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["preferences"] = {
            name.removeprefix("pref_"): value
            for name, value in list(data.items())
            if name.startswith("pref_") and value
        }
        for name in list(data):
            if name.startswith("pref_"):
                del data[name]
        available = data.pop("available_half_days")
        if self.locked:
            for name in ["category", "organisation", "home_commune_code", "max_km", "preferences"]:
                data.pop(name, None)
            available = None
        return {"available_half_days": available, **data}


class CommitmentForm(BaseForm):
    accepted = forms.BooleanField(
        label=_("J'ai lu cet engagement et je m'engage à le respecter."),
        required=True,
        error_messages={
            "required": _("Cochez la case pour confirmer que vous prenez cet engagement.")
        },
    )


def field_name(item) -> str:
    return "q_" + item.code.replace(".", "__")


class QuestionnaireForm(BaseForm):
    """One field per item: Likert items as inline radios (with "je ne sais pas"), the open
    items as text areas. The template groups them by site kind, then channel."""

    def __init__(self, *args, items, response=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        previous = {a.item_id: a for a in response.answers.all()} if response else {}
        choices = [(str(v), label) for v, label in LIKERT_CHOICES] + [
            (DONT_KNOW, _("Je ne sais pas"))
        ]
        for item in self.items:
            name = field_name(item)
            answer = previous.get(item.pk)
            if item.scale == Scale.LIKERT5:
                prefix = ""
                if item.site_kind:
                    prefix = label_for(SiteKind, item.site_kind)
                self.fields[name] = forms.ChoiceField(
                    label=format_html('<span class="fr-sr-only">{} : </span>{}', prefix, item.text)
                    if prefix
                    else item.text,
                    choices=choices,
                    widget=InlineRadioSelect,
                    error_messages={
                        "required": _("Choisissez une réponse (ou « je ne sais pas »).")
                    },
                )
                if answer is not None:
                    self.initial[name] = DONT_KNOW if answer.value is None else str(answer.value)
            else:
                self.fields[name] = forms.CharField(
                    label=item.text,
                    widget=forms.Textarea(attrs={"rows": 4}),
                    max_length=2000,
                    required=False,
                    help_text=_(
                        "En quelques lignes. Les noms, numéros et adresses de tiers sont "
                        "masqués automatiquement avant l'enregistrement."
                    ),
                )
                if answer is not None:
                    self.initial[name] = answer.free_text

    def answered_count(self) -> int:
        """How many Likert items have an answer (the submitted one, else the stored one)."""
        count = 0
        for item in self.items:
            if item.scale != Scale.LIKERT5:
                continue
            name = field_name(item)
            value = (
                self.data.get(self.add_prefix(name)) if self.is_bound else self.initial.get(name)
            )
            count += bool(value)
        return count

    def likert_count(self) -> int:
        return sum(item.scale == Scale.LIKERT5 for item in self.items)

    def missing(self) -> list[tuple[str, str]]:
        """(anchor, plain label) of each item with an error, in the questionnaire's order:
        the error summary links to each one's fieldset."""
        found = []
        for item in self.items:
            bound = self[field_name(item)]
            if not bound.errors:
                continue
            if item.scale == Scale.LIKERT5:
                # django-dsfr's radio group: <fieldset id="radio-<id>">.
                anchor = f"radio-{bound.auto_id}"
                prefix = label_for(SiteKind, item.site_kind) if item.site_kind else ""
            else:
                anchor, prefix = bound.auto_id, ""
            found.append((anchor, f"{prefix} : {item.text}" if prefix else item.text))
        return found

    def groups(self):
        """(title, bound fields) in the order of the questionnaire."""
        by_kind: dict[str, list] = {}
        channels, others, lessons = [], [], []
        for item in self.items:
            bound = self[field_name(item)]
            if item.site_kind:
                by_kind.setdefault(item.site_kind, []).append(bound)
            elif item.channel:
                channels.append(bound)
            elif item.phase == Phase.AFTER:
                lessons.append(bound)
            else:
                others.append(bound)
        groups = [(label_for(SiteKind, kind), fields) for kind, fields in by_kind.items()]
        if channels:
            groups.append((_("Selon le canal d'accueil"), channels))
        if others:
            groups.append((_("Vos attentes"), others))
        if lessons:
            groups.append((_("Ce que vous retenez"), lessons))
        return groups

    def service_data(self) -> dict:
        values, texts = {}, {}
        for item in self.items:
            raw = self.cleaned_data.get(field_name(item))
            if item.scale == Scale.LIKERT5:
                values[item.code] = None if raw == DONT_KNOW else int(raw)
            else:
                texts[item.code] = raw or ""
        return {"values": values, "texts": texts}

    def add_service_errors(self, exc) -> None:
        codes = {item.code: field_name(item) for item in self.items}
        if hasattr(exc, "error_dict"):
            for code, errors in exc.error_dict.items():
                for error in errors:
                    self.add_error(codes.get(code), error)
        else:
            for message in exc.messages:
                self.add_error(None, message)


class ContributionForm(BaseForm):
    kind = forms.ChoiceField(
        label=_("Nature de votre contribution"),
        choices=Kind.choices,
        widget=InlineRadioSelect,
        error_messages={"required": _("Choisissez : contrainte, levier ou innovation.")},
    )
    field = forms.ChoiceField(
        label=_("Dans votre domaine"),
        choices=WorkField.choices,
        help_text=_("Le domaine où vous travaillez, proposé d'après votre profil."),
    )
    text = forms.CharField(
        label=_("Votre contribution"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT}),
        error_messages={"required": _("Écrivez votre contribution.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = _(
            "%(n)d caractères au plus. Les noms, numéros et adresses de tiers sont masqués "
            "automatiquement avant l'enregistrement."
        ) % {"n": MAX_TEXT}
