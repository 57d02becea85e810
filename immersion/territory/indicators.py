"""The indicators the debrief shows, in order, with their French labels.

Codes and units come from ``context.INDICATORS`` (what the importer stores); this module
says which of them the territory's table shows and how they are called.
"""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "population": _("Population municipale"),
    "menages": _("Ménages (recensement)"),
    "actifs_15_64": _("Actifs de 15 à 64 ans (recensement)"),
    "chomeurs_15_64": _("Chômeurs de 15 à 64 ans (recensement)"),
    "taux_chomage_recensement": _("Chômage des 15-64 ans, au sens du recensement"),
    "taux_pauvrete_60": _("Taux de pauvreté (seuil à 60 % du niveau de vie médian)"),
    "revenu_median_uc": _("Niveau de vie médian (revenu disponible par unité de consommation)"),
    "menages_fiscaux": _("Ménages fiscaux"),
    "personnes_menages_fiscaux": _("Personnes des ménages fiscaux"),
    "rsa_allocataires": _("Allocataires du RSA au 31 décembre"),
    "rsa_part_15_69": _("Part des allocataires du RSA parmi les 15-69 ans"),
}

UNIT_LABELS = {
    "habitants": _("habitants"),
    "ménages": _("ménages"),
    "personnes": _("personnes"),
    "%": "%",
    "€": _("€ par an"),
    "allocataires": _("allocataires"),
}

# What the expert's table shows, in this order.
DISPLAYED = (
    "population",
    "menages",
    "taux_chomage_recensement",
    "taux_pauvrete_60",
    "revenu_median_uc",
    "rsa_allocataires",
    "rsa_part_15_69",
)
