"""The demo's shared analysis (sequence 4): "before" and "after" questionnaires and the
constraints, levers and innovations that participants posted, a few of them grouped.

The demo seminar is upcoming, but its debrief board must have something to show: the answers
and contributions go through the real services (redaction included) without their opening
check. Everything is fictional and written for this demo; the values are drawn from a seeded
generator, so that every load gives the same answers.

Called outside ``load_demo``'s transaction: redacting free texts takes a while (the
anonymiser's first load), and must not hold the database's write lock.
"""

import random

from immersion.contributions.models import FIELD_OF_CATEGORY
from immersion.contributions.services import (
    create_group,
    hide_contribution,
    merge_contribution,
    post_contribution,
    put_in_group,
)
from immersion.engagement.models import Phase, Scale
from immersion.engagement.selectors import questionnaire_items
from immersion.engagement.services import submit_questionnaire

# Who skipped a questionnaire: two never answered "before" (one of them answers "after"
# anyway), two left before answering "after".
NO_BEFORE = {("Julie", "Moreau"), ("Pierre", "Renaud")}
NO_AFTER = {("Sylvie", "Carré"), ("Laurent", "Chevalier")}

# What the group believed before (mean agreement, 1-5) and how the day moved it.
BELIEF = {
    "attente": (3.4, -1.1),
    "contact": (3.3, -0.9),
    "information": (3.5, -0.4),
    "en_ligne": (3.9, -1.3),
    "conditions_travail": (3.2, -0.8),
    "canal.accueil_physique": (3.0, +0.6),
    "canal.accueil_telephonique": (3.3, -0.9),
    "canal.controle_sur_place": (2.8, +0.9),
}
# Kinds that most participants do not know before the seminar ("je ne sais pas").
LITTLE_KNOWN = {"chrs": 0.45, "ccas": 0.25, "urgences": 0.15}

EXPECTATIONS = {
    ("Hélène", "Marchand"): "Comprendre pourquoi les démarches simplifiées restent compliquées "
    "pour une partie des usagers.",
    ("Marc", "Guérin"): "Voir comment un accueil de proximité absorbe les demandes que les "
    "autres services ne traitent plus.",
    ("François", "Meunier"): "Comparer l'attente aux urgences avec celle des guichets sociaux.",
    ("Thomas", "Vidal"): "Voir la réalité derrière les chiffres de satisfaction publiés.",
    ("Sophie", "Lambert"): "Comparer leurs pratiques de relation client avec les nôtres.",
    ("Camille", "Fontaine"): "Des cas concrets pour mes cours sur l'action publique.",
}

# « Ce qui vous a le plus étonné », « Ce que vous changeriez en premier ».
AFTER_TEXTS = {
    ("Hélène", "Marchand"): (
        "La part des personnes qui viennent au guichet après avoir essayé en ligne, souvent "
        "plusieurs fois, avec une capture d'écran de l'erreur.",
        "Donner aux agents d'accueil un accès direct aux dossiers en cours, sans renvoyer vers "
        "un rendez-vous ultérieur.",
    ),
    ("Olivier", "Texier"): (
        "Le nombre de courriers administratifs que les usagers n'arrivent pas à lire, même "
        "quand ils maîtrisent le français.",
        "Réécrire en langage clair les dix courriers les plus envoyés par mes services.",
    ),
    ("Isabelle", "Quéré"): (
        "L'agent d'accueil du CCAS connaît la situation de presque chaque personne : c'est la "
        "mémoire du service.",
        "Reconnaître le temps d'écoute dans l'évaluation de la charge de travail des agents.",
    ),
    ("Marc", "Guérin"): (
        "Beaucoup de demandes relèvent d'un autre organisme : l'agent fait l'orientation à la "
        "place de tout le monde.",
        "Un annuaire partagé des interlocuteurs directs entre la ville, la Caf et France Travail.",
    ),
    ("Nathalie", "Roussel"): (
        "Même dans mon propre réseau, je ne soupçonnais pas le poids des appels pour savoir où "
        "en est un dossier.",
        "Un suivi de dossier lisible en ligne, pour que l'usager n'ait plus à appeler.",
    ),
    ("Patrick", "Lefeuvre"): (
        "Le contrôle sur place est plus pédagogique que je ne le pensais : l'agente explique "
        "chaque pièce demandée.",
        "Prévenir plus tôt les assurés des pièces à préparer avant un contrôle.",
    ),
    ("François", "Meunier"): (
        "Aux urgences, une grande partie des patients venaient faute d'avoir trouvé un médecin "
        "disponible ailleurs.",
        "Un accueil d'orientation à l'entrée des urgences, tenu avec la médecine de ville.",
    ),
    ("Claire", "Besnard"): (
        "La tension à l'accueil vient surtout de l'absence d'information sur le temps d'attente.",
        "Afficher le temps d'attente estimé et l'expliquer, comme dans les transports.",
    ),
    ("Thomas", "Vidal"): (
        "Les agents savent exactement ce qui ne marche pas, mais personne ne le leur demande.",
        "Faire remonter chaque mois les irritants relevés au guichet jusqu'à la direction.",
    ),
    ("Julie", "Moreau"): (
        "Le calme des agents face à des situations très dures, sans aucun temps pour souffler "
        "entre deux personnes.",
        "Une pause réelle après les entretiens difficiles.",
    ),
    ("Antoine", "Garnier"): (
        "Le numérique n'a pas réduit la file d'attente : il l'a déplacée vers ceux qui n'y "
        "arrivent pas.",
        "Garder un contact humain sans rendez-vous pour les démarches urgentes.",
    ),
    ("Sophie", "Lambert"): (
        "Au téléphone, l'agent n'a souvent pas accès au dossier complet : il ne peut que "
        "prendre un message.",
        "Donner la main aux conseillers du téléphone sur les dossiers simples.",
    ),
    ("Yves", "Le Corre"): (
        "Une famille a dû fournir trois fois les mêmes pièces à trois guichets différents.",
        "Qu'une pièce déposée une fois soit valable pour tous les services.",
    ),
    ("Martine", "Hervé"): (
        "La débrouillardise des agents pour contourner des outils mal conçus.",
        "Associer les agents d'accueil à la conception des outils qu'ils utilisent.",
    ),
    ("Pierre", "Renaud"): (
        "L'écart entre le texte voté et ce qu'il faut faire au guichet pour l'appliquer.",
        "Tester chaque nouvelle démarche au guichet avant de la généraliser.",
    ),
    ("Camille", "Fontaine"): (
        "L'accueil physique n'est pas un reste du passé : c'est là que se règlent les cas "
        "compliqués.",
        "Faire de ces immersions un module obligatoire de la formation des futurs cadres.",
    ),
}

GROUPS = [
    ("accueil", "Accueil sans rendez-vous et orientation"),
    ("numerique", "Services en ligne et accompagnement"),
    ("agents", "Conditions de travail et parole des agents"),
]

# (author, kind, text, group key or None)
CONTRIBUTIONS = [
    (
        ("Hélène", "Marchand"),
        "contrainte",
        "Les indicateurs de délai ne mesurent que le traitement en ligne : le temps passé au "
        "guichet par ceux qui n'y arrivent pas reste invisible.",
        "numerique",
    ),
    (
        ("Olivier", "Texier"),
        "levier",
        "Un référent unique en préfecture pour les travailleurs sociaux qui accompagnent une "
        "démarche de titre de séjour.",
        "accueil",
    ),
    (
        ("Isabelle", "Quéré"),
        "contrainte",
        "Les agents d'accueil du département sont évalués au nombre de dossiers, pas au temps "
        "d'écoute, qui est pourtant l'essentiel de leur travail.",
        "agents",
    ),
    (
        ("Marc", "Guérin"),
        "levier",
        "Des permanences communes ville, Caf et France Travail dans les quartiers, une demi-"
        "journée par semaine.",
        "accueil",
    ),
    (
        ("Nathalie", "Roussel"),
        "innovation",
        "Au Danemark, les citoyens voient en ligne l'état de chaque dossier et le nom du "
        "service qui le traite : les appels de relance ont beaucoup baissé.",
        "numerique",
    ),
    (
        ("Patrick", "Lefeuvre"),
        "levier",
        "Un rendez-vous téléphonique proposé d'office quand une demande en ligne est bloquée "
        "depuis plus de quinze jours.",
        "numerique",
    ),
    (
        ("François", "Meunier"),
        "contrainte",
        "Faute de médecins de ville disponibles le soir, les urgences deviennent la porte "
        "d'entrée par défaut.",
        None,
    ),
    (
        ("Claire", "Besnard"),
        "innovation",
        "Des écrans en salle d'attente qui affichent le temps estimé par niveau de priorité, "
        "comme le font plusieurs hôpitaux canadiens.",
        "accueil",
    ),
    (
        ("Thomas", "Vidal"),
        "levier",
        "Publier chaque trimestre les irritants relevés par les agents d'accueil et ce qui a "
        "été fait pour chacun.",
        "agents",
    ),
    (
        ("Antoine", "Garnier"),
        "contrainte",
        "Nos salariés à temps partiel ne peuvent pas se libérer aux heures d'ouverture des "
        "guichets, qui ferment à 16 h.",
        "accueil",
    ),
    (
        ("Sophie", "Lambert"),
        "innovation",
        "Le rappel automatique : l'usager laisse son numéro et un conseiller le rappelle, au "
        "lieu d'attendre en ligne.",
        "numerique",
    ),
    (
        ("Yves", "Le Corre"),
        "levier",
        "Un coffre-fort numérique communal pour ne déposer qu'une fois les justificatifs "
        "demandés par plusieurs services.",
        None,
    ),
    (
        ("Martine", "Hervé"),
        "levier",
        "Associer des agents d'accueil à chaque appel d'offres régional sur des outils "
        "numériques destinés au public.",
        "agents",
    ),
    (
        ("Pierre", "Renaud"),
        "contrainte",
        "Les décrets d'application arrivent avec des délais de mise en œuvre trop courts pour "
        "former les agents.",
        None,
    ),
    (
        ("Camille", "Fontaine"),
        "innovation",
        "En Estonie, les formations des futurs cadres publics comprennent un stage d'accueil "
        "du public.",
        None,
    ),
    (
        ("Laurent", "Chevalier"),
        "contrainte",
        "Les familles découvrent les aides auxquelles elles ont droit par le bouche-à-oreille, "
        "souvent trop tard.",
        None,
    ),
]
# A duplicate merged into the permanences of Marc Guérin, and a message hidden by the expert.
DUPLICATE = (
    ("Isabelle", "Quéré"),
    "levier",
    "Des permanences partagées entre les différents organismes sociaux dans les quartiers.",
)
HIDDEN = (
    ("Thomas", "Vidal"),
    "contrainte",
    "Test, ne pas tenir compte.",
)


def _value(rng: random.Random, mean: float) -> int:
    return max(1, min(5, round(rng.gauss(mean, 0.8))))


def _answers(participant, phase: str, rng: random.Random) -> dict[str, int | None]:
    values = {}
    for item in questionnaire_items(phase, participant):
        if item.scale != Scale.LIKERT5:
            continue
        key = item.code if item.channel else item.dimension
        before, shift = BELIEF.get(key, (3.0, 0.0))
        if phase == Phase.BEFORE:
            unknown = LITTLE_KNOWN.get(item.site_kind, 0.05)
            values[item.code] = None if rng.random() < unknown else _value(rng, before)
        else:
            values[item.code] = None if rng.random() < 0.03 else _value(rng, before + shift)
    return values


def add_demo_debrief(*, moderator, seminar) -> None:
    """Participants answer and post (as themselves); ``moderator`` groups, merges, hides."""
    participants = {(p.first_name, p.last_name): p for p in seminar.participants.active()}
    for key, participant in participants.items():
        rng = random.Random(f"{key[0]} {key[1]}")  # noqa: S311 - demo data, not security
        if key not in NO_BEFORE:
            submit_questionnaire(
                actor=participant.user,
                participant=participant,
                phase=Phase.BEFORE,
                values=_answers(participant, Phase.BEFORE, rng),
                texts={"attentes.avant": EXPECTATIONS.get(key, "")},
                check_open=False,
            )
        if key not in NO_AFTER:
            surprised, change = AFTER_TEXTS.get(key, ("", ""))
            submit_questionnaire(
                actor=participant.user,
                participant=participant,
                phase=Phase.AFTER,
                values=_answers(participant, Phase.AFTER, rng),
                texts={"apres.etonnement": surprised, "apres.changement": change},
                check_open=False,
            )
    groups = {
        key: create_group(actor=moderator, seminar=seminar, title=title) for key, title in GROUPS
    }
    posted = {}
    for author, kind, text, group in [*CONTRIBUTIONS, (*DUPLICATE, None), (*HIDDEN, None)]:
        participant = participants.get(author)
        if participant is None:
            continue
        contribution = post_contribution(
            actor=participant.user,
            participant=participant,
            kind=kind,
            field=FIELD_OF_CATEGORY[participant.category],
            text=text,
            check_open=False,
        )
        posted[(author, kind, text)] = contribution
        if group is not None:
            put_in_group(actor=moderator, contribution=contribution, group=groups[group])
    permanences = next(
        (c for (author, _k, _t), c in posted.items() if author == ("Marc", "Guérin")), None
    )
    if permanences is not None and DUPLICATE in posted:
        merge_contribution(actor=moderator, duplicate=posted[DUPLICATE], into=permanences)
    if HIDDEN in posted:
        hide_contribution(actor=moderator, contribution=posted[HIDDEN])
