"""The perception questionnaire's item bank, version 1.

Five dimensions for each of the six kinds of host site, one item per reception channel, the
open question asked before the seminar, and the two open questions asked after it (at the
start of sequence 4, the shared analysis). Items with no phase are asked before and after,
so that answers pair. A wording never changes under the same (code, version): a new wording
is a new version (and the old one is retired), added by a new data migration.

Loaded by the migrations ``0002_seed_questionnaire_items`` and ``0003_after_free_texts``;
``load_item_bank`` is idempotent, so tests whose database is flushed can load it again (like
the commune referential).
"""

KINDS = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]

DIMENSIONS = [
    ("attente", "Le temps d'attente des usagers, sur place ou au téléphone, est raisonnable."),
    (
        "contact",
        "Il est facile pour un usager de joindre ce service ou d'y obtenir un rendez-vous.",
    ),
    ("information", "Les informations données aux usagers sont claires et compréhensibles."),
    (
        "en_ligne",
        "Les services en ligne facilitent les démarches, sans laisser de côté ceux qui ne "
        "les utilisent pas.",
    ),
    ("conditions_travail", "Les agents y travaillent dans de bonnes conditions."),
]

CHANNELS = [
    (
        "accueil_physique",
        "À l'accueil physique, les usagers repartent avec une réponse à leur demande.",
    ),
    (
        "accueil_telephonique",
        "Au téléphone, les usagers obtiennent facilement un interlocuteur et une réponse sur "
        "le fond.",
    ),
    (
        "controle_sur_place",
        "Les contrôles sur place se déroulent dans le respect des personnes contrôlées.",
    ),
]


def item_bank_v1(model) -> list:
    items = []
    position = 0
    for kind in KINDS:
        for dimension, text in DIMENSIONS:
            position += 1
            items.append(
                model(
                    code=f"perception.{kind}.{dimension}",
                    version=1,
                    dimension=dimension,
                    site_kind=kind,
                    text=text,
                    scale="likert5",
                    position=position,
                )
            )
    for channel, text in CHANNELS:
        position += 1
        items.append(
            model(
                code=f"canal.{channel}",
                version=1,
                dimension="canal",
                channel=channel,
                text=text,
                scale="likert5",
                position=position,
            )
        )
    items.append(
        model(
            code="attentes.avant",
            version=1,
            dimension="attentes",
            phase="before",
            text="Qu'attendez-vous de voir pendant vos immersions ?",
            scale="open",
            position=position + 1,
        )
    )
    return items


# The open questions of the "after" questionnaire, in this order. Their answers are redacted
# before they are stored and feed the debrief board's wall of quotes.
AFTER_FREE_TEXTS = [
    ("apres.etonnement", "Ce qui vous a le plus étonné"),
    ("apres.changement", "Ce que vous changeriez en premier"),
]
AFTER_FREE_TEXT_CODES = [code for code, _text in AFTER_FREE_TEXTS]


def after_items_v1(model, start: int = 1000) -> list:
    return [
        model(
            code=code,
            version=1,
            dimension="enseignements",
            phase="after",
            text=text,
            scale="open",
            position=start + i,
        )
        for i, (code, text) in enumerate(AFTER_FREE_TEXTS)
    ]


def load_item_bank(model) -> int:
    """Create the version-1 items missing from the table; returns how many were created."""
    existing = set(model.objects.filter(version=1).values_list("code", flat=True))
    bank = item_bank_v1(model) + after_items_v1(model)
    missing = [item for item in bank if item.code not in existing]
    model.objects.bulk_create(missing)
    return len(missing)
