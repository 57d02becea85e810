from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from immersion.common import tabular
from immersion.common.choices import SITE_AIDS, AccessNeed, Category, Channel, SiteKind
from immersion.common.forms import BaseForm, BaseModelForm
from immersion.common.validators import normalise_insee_code, validate_insee_code
from immersion.people.models import PREFERENCE_MAX, Participant
from immersion.seminars.models import ItemKind
from immersion.sites.models import HostSite, Tutor
from immersion.www.fields import CommuneField, DateInput, TimeInput


class InseeCodeField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 5)
        kwargs.setdefault("min_length", 4)
        super().__init__(**kwargs)

    def clean(self, value):
        value = normalise_insee_code(super().clean(value))
        if value:
            validate_insee_code(value)
        return value


class SeminarForm(BaseForm):
    title = forms.CharField(label=_("Titre"), max_length=200)
    city_code = CommuneField(label=_("Ville"))
    city_name = forms.CharField(
        label=_("Nom de la ville"),
        required=False,
        help_text=_(
            "Seulement si vous avez donné le code INSEE d'une commune absente du référentiel."
        ),
    )
    start_date = forms.DateField(label=_("Premier jour"), widget=DateInput())
    venue = forms.CharField(label=_("Lieu d'accueil"), max_length=250, required=False)
    objectives = forms.CharField(
        label=_("Objectifs"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    audience = forms.CharField(
        label=_("Publics visés"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class ProgrammeItemForm(BaseForm):
    day = forms.TypedChoiceField(label=_("Jour"), coerce=int)
    start = forms.TimeField(label=_("Début"), widget=TimeInput())
    end = forms.TimeField(label=_("Fin"), widget=TimeInput(), required=False)
    kind = forms.ChoiceField(label=_("Type"), choices=ItemKind.choices)
    title = forms.CharField(label=_("Intitulé"), max_length=200)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    sequence = forms.TypedChoiceField(
        label=_("Séquence"),
        choices=[("", "—"), (1, "1"), (2, "2"), (3, "3"), (4, "4")],
        coerce=int,
        empty_value=None,
        required=False,
    )
    location = forms.CharField(label=_("Lieu"), max_length=250, required=False)
    is_optional = forms.BooleanField(label=_("Facultatif"), required=False)

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = [
            (i, _("Jour %(n)d — %(date)s") % {"n": i, "date": d.strftime("%d/%m/%Y")})
            for i, d in enumerate(seminar.days, start=1)
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("La fin doit être postérieure au début."))
        return data

    @staticmethod
    def initial_for(item):
        local = timezone.localtime(item.starts_at)
        return {
            "day": item.day,
            "start": local.time(),
            "end": timezone.localtime(item.ends_at).time() if item.ends_at else None,
            "kind": item.kind,
            "title": item.title,
            "description": item.description,
            "sequence": item.sequence,
            "location": item.location,
            "is_optional": item.is_optional,
        }


class SiteForm(BaseModelForm):
    commune_code = InseeCodeField(label=_("Code commune INSEE"))
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
            "name",
            "kind",
            "organisation",
            "address",
            "postal_code",
            "commune_code",
            "commune_name",
            "latitude",
            "longitude",
            "phone",
            "email",
            "step_free_access",
            "aids",
            "accessibility_notes",
            "travel_minutes",
            "access_notes",
        ]
        widgets = {
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
            "access_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "commune_name": _("Rempli automatiquement si la commune est dans le référentiel."),
            "latitude": _("Laisser vide pour utiliser le centre de la commune."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune_name"].required = False

    def validate_unique(self):
        # Uniqueness is checked by the service, after the commune is normalised.
        pass

    def _post_clean(self):
        # The service validates the model (after filling coordinates); skip ModelForm's pass.
        pass


class TutorForm(BaseModelForm):
    class Meta:
        model = Tutor
        fields = ["first_name", "last_name", "job_title", "email", "phone"]


class OfferForm(BaseForm):
    site = forms.ModelChoiceField(label=_("Structure d'accueil"), queryset=HostSite.objects.none())
    half_day = forms.ModelChoiceField(label=_("Demi-journée"), queryset=None)
    channel = forms.ChoiceField(label=_("Canal"), choices=Channel.choices)
    capacity = forms.IntegerField(
        label=_("Nombre d'observateurs"),
        min_value=1,
        max_value=50,
        required=False,
        help_text=_("Vide : 2 observateurs (1 pour un contrôle sur place)."),
    )
    forbidden_categories = forms.MultipleChoiceField(
        label=_("Catégories non admises"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Pour un contrôle sur place, les journalistes sont exclus par défaut."),
    )
    needs_authorisation = forms.BooleanField(
        label=_("Autorisation préalable requise"), required=False
    )
    journalists_authorised = forms.BooleanField(
        label=_("Journalistes autorisés par la structure (contrôle sur place)"),
        required=False,
        help_text=_(
            "Un contrôle sur place exclut les journalistes. Cochez seulement si la structure "
            "les a explicitement autorisés : votre nom et la date sont enregistrés."
        ),
    )
    rules_notes = forms.CharField(
        label=_("Règles et consignes"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    tutor = forms.ModelChoiceField(
        label=_("Tuteur"),
        queryset=Tutor.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choisissez un tuteur de cette structure.")},
    )

    def __init__(self, *args, seminar, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["half_day"].queryset = seminar.half_days
        self.fields["half_day"].label_from_instance = lambda h: h.half_day_label
        if site is not None:
            self.fields["site"].queryset = HostSite.objects.filter(pk=site.pk)
            self.fields["site"].initial = site.pk
            self.fields["site"].widget = forms.HiddenInput()
        else:
            self.fields["site"].queryset = HostSite.objects.order_by("commune_name", "name")
            # Only the chosen site's tutors are offered: choosing a site reloads this list
            # (htmx); without JavaScript, the list fills once the form comes back.
            self.fields["site"].widget.attrs.update(
                {
                    "data-hx-get": reverse("organizer:offer_add", args=[seminar.pk]),
                    "data-hx-trigger": "change",
                    "data-hx-target": "#id_tutor",
                    "data-hx-select": "#id_tutor",
                    "data-hx-swap": "outerHTML",
                }
            )
            chosen = self.data.get("site") if self.is_bound else self.initial.get("site")
            site = self.fields["site"].queryset.filter(pk=chosen).first() if chosen else None
            if site is None:
                self.fields["tutor"].empty_label = _(
                    "Choisissez d'abord la structure : seuls ses tuteurs sont proposés."
                )
        self.fields["tutor"].queryset = site.tutors.all() if site else Tutor.objects.none()
        self.site = site

    def clean(self):
        data = super().clean()
        tutor, site = data.get("tutor"), data.get("site")
        if tutor is not None and site is not None and tutor.site_id != site.pk:
            self.add_error("tutor", _("Choisissez un tuteur de cette structure."))
        return data


class ParticipantForm(BaseModelForm):
    home_commune_code = CommuneField(label=_("Commune (domicile)"), required=False)
    available_half_days = forms.ModelMultipleChoiceField(
        label=_("Disponibilités"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Demi-journées d'immersion où la personne est disponible."),
    )

    class Meta:
        model = Participant
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "category",
            "organisation",
            "function",
            "home_commune_code",
            "home_commune_name",
            "max_km",
            "access_needs",
            "accessibility_needs",
            "diet",
            "dietary_needs",
        ]
        widgets = {"accessibility_needs": forms.Textarea(attrs={"rows": 2})}

    access_needs = forms.MultipleChoiceField(
        label=_("Aménagements nécessaires"),
        choices=AccessNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Seules les structures qui les offrent lui sont proposées, et seuls ces aménagements "
            "sont communiqués à la structure (aucune information de santé)."
        ),
    )

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        self.seminar = seminar
        self.fields["home_commune_name"].required = False
        half_days = seminar.half_days
        self.fields["available_half_days"].queryset = half_days
        self.fields["available_half_days"].label_from_instance = lambda h: h.half_day_label
        if self.instance.pk:
            unavailable = set(self.instance.unavailable_half_days.values_list("pk", flat=True))
            self.initial["available_half_days"] = [
                h.pk for h in half_days if h.pk not in unavailable
            ]
        else:
            self.initial["available_half_days"] = [h.pk for h in half_days]
        prefs = self.instance.preferences if self.instance.pk else {}
        for kind in SiteKind:
            if kind == SiteKind.OTHER:
                continue
            self.fields[f"pref_{kind}"] = forms.TypedChoiceField(
                label=_("Préférence : %(kind)s") % {"kind": kind.label},
                choices=[(i, str(i)) for i in range(PREFERENCE_MAX + 1)],
                coerce=int,
                initial=prefs.get(kind, 0),
                required=False,
                empty_value=0,
            )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        others = self.seminar.participants.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Cette adresse e-mail est déjà inscrite à ce séminaire."))
        return email

    def preferences(self) -> dict:
        return {
            name.removeprefix("pref_"): value
            for name, value in self.cleaned_data.items()
            if name.startswith("pref_") and value
        }

    def _post_clean(self):
        pass


class ImportForm(BaseForm):
    file = forms.FileField(
        label=_("Fichier Excel (.xlsx) ou CSV"),
        help_text=_(
            "Première ligne : les noms des colonnes. Taille maximale : 10 Mo et 5 000 lignes."
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            tabular.check_size(uploaded.size)
        except tabular.TabularError as exc:
            raise forms.ValidationError(str(exc), code="too_big") from None
        return uploaded


class ParticipantImportForm(ImportForm):
    ADD, UPDATE = "ajouter", "mettre_a_jour"
    mode = forms.ChoiceField(
        label=_("Que faire des personnes déjà inscrites ?"),
        choices=[
            (ADD, _("Rien : le fichier n'ajoute que de nouveaux participants")),
            (
                UPDATE,
                _(
                    "Mettre à jour : les personnes sont reconnues par leur e-mail, vous verrez "
                    "ce qui change avant de confirmer"
                ),
            ),
        ],
        initial=ADD,
        widget=forms.RadioSelect,
        required=False,  # not said: add, as before the update mode existed
    )

    def clean_mode(self):
        return self.cleaned_data.get("mode") or self.ADD
