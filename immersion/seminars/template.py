"""The seed's default programme ("Modalités concrètes d'organisation"), as data.

Day 1: optional discovery of the city at 14:00, welcome at 16:00, sequence 1 16:30-18:00,
dinner with local elected officials. Day 2: sequences 2 and 3 08:30-11:30, lunch with the
tutors, sequences 2 and 3 13:00-15:30, sequence 4 16:00-18:00, return train 18:35.
Sequences 2 and 3 are an immersion slot followed by the 30-minute exchange with the tutor.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from immersion.seminars.models import ItemKind


@dataclass(frozen=True)
class TemplateItem:
    day: int
    start: dt.time
    end: dt.time | None
    kind: str
    title: str
    description: str = ""
    sequence: int | None = None
    optional: bool = False


def t(hhmm: str) -> dt.time:
    hours, minutes = hhmm.split(":")
    return dt.time(int(hours), int(minutes))


SEED_PROGRAMME: tuple[TemplateItem, ...] = (
    TemplateItem(
        1,
        t("14:00"),
        t("16:00"),
        ItemKind.VISIT,
        _("Découverte de la ville et du contexte de l'immersion"),
        _("Facultatif : visite de quartiers, échanges collectifs avec des acteurs sociaux locaux."),
        optional=True,
    ),
    TemplateItem(1, t("16:00"), t("16:30"), ItemKind.PLENARY, _("Accueil des participants")),
    TemplateItem(
        1,
        t("16:30"),
        t("18:00"),
        ItemKind.PLENARY,
        _("Séquence 1 — Accueil par un expert et présentation des structures d'immersion"),
        _(
            "Premières clés d'analyse de l'évolution des attentes et des caractéristiques des "
            "usagers des services publics, en perspective internationale et historique ; "
            "présentation des structures d'accueil."
        ),
        sequence=1,
    ),
    TemplateItem(1, t("20:00"), t("22:00"), ItemKind.MEAL, _("Dîner avec des élus locaux")),
    TemplateItem(
        2,
        t("08:30"),
        t("11:00"),
        ItemKind.IMMERSION,
        _("Séquence 2 — Immersion (matin)"),
        _(
            "Observation pendant deux heures et demie : accueil physique, accueil téléphonique "
            "ou contrôle sur place."
        ),
        sequence=2,
    ),
    TemplateItem(
        2,
        t("11:00"),
        t("11:30"),
        ItemKind.TUTOR_EXCHANGE,
        _("Séquence 3 — Échange avec l'agent tuteur"),
        _(
            "Première mise en perspective : les situations observées sont-elles représentatives "
            "de l'activité ? Contraintes et intérêts de la fonction."
        ),
        sequence=3,
    ),
    TemplateItem(2, t("11:45"), t("12:45"), ItemKind.MEAL, _("Repas commun avec les tuteurs")),
    TemplateItem(
        2,
        t("13:00"),
        t("15:00"),
        ItemKind.IMMERSION,
        _("Séquence 2 — Immersion (après-midi)"),
        _("Observation dans une autre structure ou sur un autre canal."),
        sequence=2,
    ),
    TemplateItem(
        2,
        t("15:00"),
        t("15:30"),
        ItemKind.TUTOR_EXCHANGE,
        _("Séquence 3 — Échange avec l'agent tuteur"),
        _(
            "Les situations observées sont-elles représentatives ? Contraintes et intérêts de la "
            "fonction."
        ),
        sequence=3,
    ),
    TemplateItem(
        2,
        t("16:00"),
        t("18:00"),
        ItemKind.SHARED_ANALYSIS,
        _("Séquence 4 — Analyse partagée"),
        _(
            "Les participants comparent leurs expériences entre elles et à leur perception "
            "antérieure ; contraintes, leviers et innovations. Apports de l'expert : "
            "caractéristiques de la population, nouvelles attentes des usagers, innovations "
            "internationales."
        ),
        sequence=4,
    ),
    TemplateItem(2, t("18:35"), None, ItemKind.TRAVEL, _("Retour — train de 18 h 35")),
)

SEED_DURATION_DAYS = 2

SEED_OBJECTIVES = _(
    "1. Offrir à des décideurs en place ou en devenir la possibilité de mieux connaître le vécu "
    "des usagers des services publics dans leur relation avec ces services.\n"
    "2. Améliorer et développer la connaissance concrète des relations entre les usagers et les "
    "services publics pour améliorer la prise de décision.\n"
    "3. Confronter les observations de la pratique aux propositions de la théorie.\n"
    "4. Apprendre et s'étonner."
)

SEED_AUDIENCE = _(
    "Fonctionnaires d'État et territoriaux ; cadres et dirigeants d'organismes de Sécurité "
    "sociale ; cadres et directeurs d'hôpitaux ; journalistes ; chefs d'entreprise (en "
    "particulier dans les services) ; élus locaux et nationaux ; enseignants."
)
