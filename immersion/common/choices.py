"""The domain's shared vocabulary (DESIGN.md §6). Codes are English/stable, labels French."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteKind(models.TextChoices):
    CAF = "caf", _("Caf")
    CPAM = "cpam", _("Cpam")
    CCAS = "ccas", _("CCAS")
    URGENCES = "urgences", _("Urgences hospitalières")
    CHRS = "chrs", _("CHRS (centre d'hébergement et de réinsertion sociale)")
    FRANCE_TRAVAIL = "france_travail", _("France Travail (ex-Pôle emploi)")
    OTHER = "other", _("Autre structure")


# The six kinds the seed names (everything but "other").
SEED_SITE_KINDS = [k for k in SiteKind if k != SiteKind.OTHER]


# What organizers write in their spreadsheets for each kind.
SITE_KIND_SYNONYMS = {
    "caisse d'allocations familiales": SiteKind.CAF,
    "cpam": SiteKind.CPAM,
    "caisse primaire d'assurance maladie": SiteKind.CPAM,
    "assurance maladie": SiteKind.CPAM,
    "centre communal d'action sociale": SiteKind.CCAS,
    "ccas": SiteKind.CCAS,
    "urgences": SiteKind.URGENCES,
    "hôpital": SiteKind.URGENCES,
    "urgences hôpital": SiteKind.URGENCES,
    "service d'urgences": SiteKind.URGENCES,
    "chrs": SiteKind.CHRS,
    "centre d'hébergement et de réinsertion sociale": SiteKind.CHRS,
    "france travail": SiteKind.FRANCE_TRAVAIL,
    "pôle emploi": SiteKind.FRANCE_TRAVAIL,
    "pole emploi": SiteKind.FRANCE_TRAVAIL,
    "autre": SiteKind.OTHER,
}


class Channel(models.TextChoices):
    ACCUEIL_PHYSIQUE = "accueil_physique", _("Accueil physique")
    ACCUEIL_TELEPHONIQUE = "accueil_telephonique", _("Accueil téléphonique")
    CONTROLE_SUR_PLACE = "controle_sur_place", _("Contrôle sur place")


# The seed: "Contrôle sur place (Caf, cpam)".
ON_SITE_INSPECTION_KINDS = {SiteKind.CAF, SiteKind.CPAM}


class Category(models.TextChoices):
    FONCTIONNAIRE_ETAT = "fonctionnaire_etat", _("Fonctionnaire d'État")
    FONCTIONNAIRE_TERRITORIAL = "fonctionnaire_territorial", _("Fonctionnaire territorial")
    CADRE_SECURITE_SOCIALE = "cadre_securite_sociale", _("Cadre ou dirigeant de Sécurité sociale")
    CADRE_HOPITAL = "cadre_hopital", _("Cadre ou directeur d'hôpital")
    JOURNALISTE = "journaliste", _("Journaliste")
    CHEF_ENTREPRISE = "chef_entreprise", _("Chef d'entreprise")
    ELU = "elu", _("Élu local ou national")
    ENSEIGNANT = "enseignant", _("Enseignant")


def label_for(choices: type[models.TextChoices], code: str) -> str:
    try:
        return str(choices(code).label)
    except ValueError:
        return code


class AccessNeed(models.TextChoices):
    """What a participant needs and a site provides (the assignment core's access codes)."""

    PLAIN_PIED = "plain_pied", _("Fauteuil roulant ou mobilité réduite (accès de plain-pied)")
    BOUCLE_MAGNETIQUE = "boucle_magnetique", _("Boucle magnétique (malentendant)")
    LSF = "lsf", _("Langue des signes française (LSF)")
    GROS_CARACTERES = "gros_caracteres", _("Documents en gros caractères (malvoyant)")


# What a site declares beside its step-free access (HostSite.step_free_access).
SITE_AIDS = [AccessNeed.BOUCLE_MAGNETIQUE, AccessNeed.LSF, AccessNeed.GROS_CARACTERES]

# What organizers write in their spreadsheets for each accessibility code.
ACCESS_SYNONYMS = {
    "fauteuil roulant": AccessNeed.PLAIN_PIED,
    "fauteuil": AccessNeed.PLAIN_PIED,
    "mobilité réduite": AccessNeed.PLAIN_PIED,
    "pmr": AccessNeed.PLAIN_PIED,
    "plain-pied": AccessNeed.PLAIN_PIED,
    "accès de plain-pied": AccessNeed.PLAIN_PIED,
    "boucle magnétique": AccessNeed.BOUCLE_MAGNETIQUE,
    "boucle": AccessNeed.BOUCLE_MAGNETIQUE,
    "malentendant": AccessNeed.BOUCLE_MAGNETIQUE,
    "langue des signes": AccessNeed.LSF,
    "lsf": AccessNeed.LSF,
    "gros caractères": AccessNeed.GROS_CARACTERES,
    "malvoyant": AccessNeed.GROS_CARACTERES,
}


class Diet(models.TextChoices):
    """The usual diets for meals; ``dietary_needs`` beside it holds the free-text precision
    (required for an allergy or « autre »). Blank: not said."""

    AUCUN = "aucun", _("Aucun")
    VEGETARIEN = "vegetarien", _("Végétarien")
    VEGETALIEN = "vegetalien", _("Végétalien")
    SANS_PORC = "sans_porc", _("Sans porc")
    HALAL = "halal", _("Halal")
    CASHER = "casher", _("Casher")
    SANS_GLUTEN = "sans_gluten", _("Sans gluten")
    SANS_LACTOSE = "sans_lactose", _("Sans lactose")
    ALLERGIE = "allergie", _("Allergie — préciser")
    AUTRE = "autre", _("Autre — préciser")


# Diets whose precision is required.
DIETS_TO_SPECIFY = (Diet.ALLERGIE, Diet.AUTRE)
# How counts name them (the choices' labels say « — préciser »).
DIET_SHORT_LABELS = {Diet.ALLERGIE: _("Allergie"), Diet.AUTRE: _("Autre")}


def diet_label(code: str) -> str:
    if code in DIET_SHORT_LABELS:
        return str(DIET_SHORT_LABELS[code])
    return str(Diet(code).label) if code in Diet.values else ""


# A half-day's code (`J2-matin`, `J2-apres-midi`) is what offers, availability and the
# assignment refer to; a person always reads its label (« Jour 2 — matin »).
HALF_DAY_CODE = re.compile(r"\bJ(\d+)-(matin|apres-midi)\b")


def half_day_label(code: str) -> str:
    """« Jour 2 — après-midi » for ``J2-apres-midi``; anything else is returned unchanged."""
    match = HALF_DAY_CODE.fullmatch(code or "")
    if not match:
        return code or ""
    moment = _("matin") if match.group(2) == "matin" else _("après-midi")
    return _("Jour %(day)s — %(moment)s") % {"day": match.group(1), "moment": moment}


def relabel_half_days(text: str) -> str:
    """Replace every half-day code in a text (e.g. the solver's French messages) by its label."""
    return HALF_DAY_CODE.sub(lambda m: half_day_label(m.group(0)), text or "")
