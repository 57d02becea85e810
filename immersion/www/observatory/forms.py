from django import forms
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Category, Channel, SiteKind
from immersion.common.forms import BaseForm

ANY = [("", _("Tous"))]


class ObservatoryFilterForm(BaseForm):
    """The page's filters, in the URL (GET): a period, a department, a kind of site, a
    channel, a category of participants. The choices are those of the programme's data."""

    periode = forms.ChoiceField(label=_("Année"), required=False)
    departement = forms.ChoiceField(label=_("Département"), required=False)
    type_structure = forms.ChoiceField(
        label=_("Type de structure"), required=False, choices=ANY + list(SiteKind.choices)
    )
    canal = forms.ChoiceField(label=_("Canal"), required=False, choices=ANY + list(Channel.choices))
    categorie = forms.ChoiceField(
        label=_("Catégorie de participants"),
        required=False,
        choices=ANY + list(Category.choices),
    )

    def __init__(self, *args, periods=(), departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["periode"].choices = ANY + [(p, p) for p in periods]
        self.fields["departement"].choices = ANY + [(d, d) for d in departments]


class MapIndicatorForm(BaseForm):
    """The map's indicator, in the URL (GET) beside the filters."""

    indicateur = forms.ChoiceField(label=_("Indicateur de la carte"), required=False)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicateur"].choices = list(choices)


class SearchForm(BaseForm):
    """The search page's query and filters (GET): the words, the source, the department,
    the kind of site. The departments are those of the programme's publishable texts."""

    q = forms.CharField(label=_("Rechercher"), required=False, max_length=200, strip=True)
    kind = forms.ChoiceField(label=_("Source"), required=False)
    departement = forms.ChoiceField(label=_("Département"), required=False)
    type = forms.ChoiceField(
        label=_("Type de structure"), required=False, choices=ANY + list(SiteKind.choices)
    )

    def __init__(self, *args, kinds=(), departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Toutes"))] + list(kinds)
        self.fields["departement"].choices = ANY + [(d, d) for d in departments]
