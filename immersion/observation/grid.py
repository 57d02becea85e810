"""The observation grid, as data: what an observer notes for each situation.

Sources (shared/DOMAIN_FACTS.md): the state's **Services Publics+** programme (DITP, 8 engagements
since 2023) and the former **référentiel Marianne** (2008-2019) it replaced, whose criteria are
what a visitor can check at a counter or on the phone (mystery-shopper practice of the Baromètre
Marianne). Every check names its source; the expert's board and the synthesis show it.

Codes are stable (they are stored); labels are French, through gettext. Contact reasons depend on
the kind of site and, for on-site inspections, on the channel.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Channel, SiteKind

# --- Sources ------------------------------------------------------------------------------------
# Short references shown beside each item; SOURCES explains them under the grid.

SP_1 = _("Services Publics+ n° 1")
SP_2 = _("Services Publics+ n° 2")
SP_3 = _("Services Publics+ n° 3")
SP_5 = _("Services Publics+ n° 5")
MARIANNE = _("Marianne")
MARIANNE_PHONE = _("Marianne : décroché en moins de 5 sonneries")
PLAN_PHONE = _("Plan téléphone 2023")

SOURCES = (
    (
        _("Services Publics+"),
        _(
            "Engagements de qualité de service de l'État depuis 2023 (DITP) : 1. un accueil "
            "bienveillant et un droit à l'erreur ; 2. des services faciles à contacter ; 3. un "
            "accompagnement adapté à chaque situation ; 5. une information claire, simple et "
            "accessible."
        ),
    ),
    (
        _("Marianne"),
        _(
            "Référentiel Marianne (2008-2016), dont Services Publics+ a pris la suite : "
            "l'agent se présente, la confidentialité est protégée, l'attente est annoncée, "
            "les personnes peuvent s'asseoir, le téléphone décroche en moins de 5 sonneries, "
            "la réponse est juste sur le fond."
        ),
    ),
    (
        _("Plan téléphone 2023"),
        _(
            "Objectif de l'État : 85 % des appels pris par un agent. Les appels tests du "
            "Défenseur des droits (2022) relèvent les renvois vers le site internet."
        ),
    ),
)


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class Check:
    """A yes / no / not observed item of the grid.

    ``field`` names the Situation column that stores it; checks without a column are kept in
    ``Situation.channel_checks`` (by code). ``good`` says which answer is the expected one
    (``oui`` for most items; ``non`` for "sent to the website").
    """

    code: str
    label: str
    source: str
    field: str | None = None
    good: str = "oui"


# --- Answers ------------------------------------------------------------------------------------

YES, NO, NOT_OBSERVED = "oui", "non", "non_observe"
TRI_STATE = (
    Choice(YES, _("Oui")),
    Choice(NO, _("Non")),
    Choice(NOT_OBSERVED, _("Non observé")),
)

OUTCOMES = (
    Choice("resolue", _("Résolue")),
    Choice("reorientee", _("Réorientée")),
    Choice("a_suivre", _("À suivre")),
    Choice("non_resolue", _("Non résolue")),
)

USER_STATES = (
    Choice("calme", _("Calme")),
    Choice("inquiet", _("Inquiet")),
    Choice("presse", _("Pressé")),
    Choice("en_colere", _("En colère")),
    Choice("en_detresse", _("En détresse")),
    Choice("desoriente", _("Désorienté")),
    Choice("accompagne", _("Accompagné")),
)

FRICTIONS = (
    Choice("attente", _("Attente")),
    Choice("dematerialisation", _("Dématérialisation")),
    Choice("piece_manquante", _("Pièce manquante")),
    Choice("langue", _("Langue")),
    Choice("incomprehension", _("Incompréhension")),
    Choice("renvoi", _("Renvoi vers un autre service")),
    Choice("delai_traitement", _("Délai de traitement")),
    Choice("joignabilite", _("Service difficile à joindre")),
    Choice("accessibilite", _("Accessibilité")),
    Choice("indu_erreur", _("Indu ou erreur de dossier")),
    Choice("outils_agent", _("Outils de l'agent (panne, lenteur)")),
)

# --- Checks -------------------------------------------------------------------------------------

COMMON_CHECKS = (
    Check("agent_courteous", _("L'agent est courtois et bienveillant"), SP_1, "agent_courteous"),
    Check(
        "agent_gave_name",
        _("L'agent se présente (nom ou prénom, service)"),
        MARIANNE,
        "agent_gave_name",
    ),
    Check(
        "oriented_to_right_person",
        _("L'usager est orienté vers la bonne personne"),
        SP_3,
        "oriented_to_right_person",
    ),
    Check(
        "confidentiality_respected",
        _("La confidentialité de l'échange est préservée"),
        MARIANNE,
        "confidentiality_respected",
    ),
    Check(
        "accessibility_ok",
        _("L'accueil est accessible (handicap, langue, lecture)"),
        SP_5,
        "accessibility_ok",
    ),
    Check(
        "non_digital_alternative_offered",
        _("Une solution sans internet est proposée (guichet, téléphone, accompagnement)"),
        SP_2,
        "non_digital_alternative_offered",
    ),
    Check("information_clear", _("L'information donnée est claire et simple"), SP_5),
    Check("right_to_error", _("Le droit à l'erreur est appliqué ou expliqué"), SP_1),
)

CHANNEL_CHECKS = {
    Channel.ACCUEIL_PHYSIQUE: (
        Check("waiting_announced", _("L'attente est annoncée (ticket, temps estimé)"), MARIANNE),
        Check("waiting_seated", _("Les personnes qui attendent peuvent s'asseoir"), MARIANNE),
        Check(
            "private_space",
            _("Un espace à l'écart est proposé pour les sujets sensibles"),
            MARIANNE,
        ),
    ),
    Channel.ACCUEIL_TELEPHONIQUE: (
        Check("answer_correct", _("La réponse est juste sur le fond"), MARIANNE),
        Check(
            "sent_to_website",
            _("L'appelant est seulement renvoyé vers le site internet"),
            PLAN_PHONE,
            "sent_to_website",
            good=NO,
        ),
    ),
    Channel.CONTROLE_SUR_PLACE: (
        Check("visit_announced", _("La visite a été annoncée à la personne"), SP_5),
        Check("check_explained", _("L'objet du contrôle est expliqué"), SP_5),
        Check(
            "rights_reminded",
            _("Les droits de la personne sont rappelés (observations, recours)"),
            SP_1,
        ),
    ),
}

# --- Contact reasons ----------------------------------------------------------------------------

OTHER_REASON = Choice("autre", _("Autre motif"))

CONTACT_REASONS = {
    SiteKind.CAF: (
        Choice("rsa", _("RSA")),
        Choice("prime_activite", _("Prime d'activité")),
        Choice("aides_logement", _("Aides au logement (APL, ALS, ALF)")),
        Choice("prestations_familiales", _("Prestations familiales (allocations, ASF)")),
        Choice("paje", _("Jeune enfant (PAJE)")),
        Choice("aah", _("AAH")),
        Choice("changement_situation", _("Changement de situation (séparation, déménagement…)")),
        Choice("indu_dette", _("Indu, dette")),
        Choice("attestations", _("Attestations, justificatifs")),
        Choice("compte_en_ligne", _("Accès au compte en ligne")),
    ),
    SiteKind.CPAM: (
        Choice("carte_vitale", _("Carte Vitale")),
        Choice("remboursements", _("Remboursements")),
        Choice("indemnites_journalieres", _("Indemnités journalières (arrêt de travail)")),
        Choice("css", _("Complémentaire santé solidaire (CSS)")),
        Choice("maternite_paternite", _("Maternité, paternité")),
        Choice("medecin_traitant", _("Médecin traitant")),
        Choice("ame", _("Aide médicale de l'État (AME)")),
        Choice("compte_ameli", _("Compte ameli")),
    ),
    SiteKind.CCAS: (
        Choice("aide_urgence", _("Aide financière ou alimentaire d'urgence")),
        Choice("domiciliation", _("Domiciliation")),
        Choice("aide_demarches", _("Aide aux démarches (RSA, logement…)")),
        Choice("personnes_agees", _("Services aux personnes âgées")),
        Choice("logement_social", _("Demande de logement social")),
    ),
    SiteKind.URGENCES: (
        Choice("admission", _("Accueil et enregistrement administratif")),
        Choice("tri_ioa", _("Tri par l'infirmier d'accueil (IOA)")),
        Choice("information_attente", _("Information sur l'attente")),
        Choice("sans_couverture", _("Personne sans couverture (AME, CSS)")),
        Choice("adresse_par_15", _("Adressé par le 15 (SAMU)")),
        Choice("sortie_orientation", _("Sortie et orientation")),
    ),
    SiteKind.CHRS: (
        Choice("hebergement_urgence_115", _("Demande d'hébergement d'urgence (115)")),
        Choice("admission_siao", _("Admission par le SIAO")),
        Choice("accompagnement_social", _("Accompagnement social")),
        Choice("vie_collective", _("Vie dans l'établissement")),
        Choice("insertion", _("Insertion (emploi, logement, santé)")),
    ),
    SiteKind.FRANCE_TRAVAIL: (
        Choice("inscription", _("Inscription")),
        Choice("indemnisation", _("Allocations chômage")),
        Choice("accompagnement_formation", _("Accompagnement, formation")),
        Choice("contrat_engagement", _("Contrat d'engagement (15 heures d'activité)")),
        Choice("inscription_rsa", _("Inscription des allocataires du RSA")),
        Choice("radiation", _("Radiation, rendez-vous manqué")),
    ),
    SiteKind.OTHER: (
        Choice("information", _("Demande d'information")),
        Choice("aide_demarches", _("Aide aux démarches")),
    ),
}

# On-site inspections (Caf and Cpam only): the reason is what the inspector checks.
INSPECTION_REASONS = {
    SiteKind.CAF: (
        Choice("controle_composition_foyer", _("Composition du foyer (vie maritale…)")),
        Choice("controle_ressources", _("Ressources déclarées")),
        Choice("controle_logement", _("Logement (aide au logement)")),
        Choice("controle_residence", _("Résidence en France")),
    ),
    SiteKind.CPAM: (
        Choice("controle_arret_travail", _("Arrêt de travail")),
        Choice("controle_droits", _("Droits (CSS, AME)")),
        Choice("controle_residence", _("Résidence en France")),
    ),
}


def contact_reasons(kind: str, channel: str = "") -> tuple[Choice, ...]:
    """The reasons an observer picks from, for this kind of site and channel ("autre" last)."""
    if channel == Channel.CONTROLE_SUR_PLACE and kind in INSPECTION_REASONS:
        reasons = INSPECTION_REASONS[kind]
    else:
        reasons = CONTACT_REASONS.get(kind, CONTACT_REASONS[SiteKind.OTHER])
    return (*reasons, OTHER_REASON)


def site_contact_reasons(kind: str) -> tuple[Choice, ...]:
    """Every reason a site of this kind may declare in its usual mix (all channels)."""
    seen: dict[str, Choice] = {}
    for choice in (*contact_reasons(kind), *INSPECTION_REASONS.get(kind, ())):
        seen.setdefault(choice.code, choice)
    other = seen.pop(OTHER_REASON.code)
    return (*seen.values(), other)


def reason_label(kind: str, code: str) -> str:
    for choice in site_contact_reasons(kind):
        if choice.code == code:
            return str(choice.label)
    return code


def checks_for(channel: str) -> tuple[Check, ...]:
    """The yes / no / not observed items for a channel: the common ones, then the channel's."""
    return (*COMMON_CHECKS, *CHANNEL_CHECKS.get(channel, ()))


def json_checks_for(channel: str) -> tuple[Check, ...]:
    """The checks stored in ``Situation.channel_checks`` (those without their own column)."""
    return tuple(c for c in checks_for(channel) if c.field is None)


def counts_rings(channel: str) -> bool:
    return channel == Channel.ACCUEIL_TELEPHONIQUE


def codes(choices) -> list[str]:
    return [c.code for c in choices]


def as_choices(choices) -> list[tuple[str, str]]:
    return [(c.code, c.label) for c in choices]


def label_of(choices, code: str) -> str:
    for choice in choices:
        if choice.code == code:
            return str(choice.label)
    return code
