"""The confidentiality commitment every participant signs before seeing the host sites.

Changing the wording means a new version: signatures keep the version and the digest of the
text they were given.
"""

import hashlib

from django.utils import translation
from django.utils.translation import gettext_lazy as _

COMMITMENT_VERSION = "2027-1"

COMMITMENT_TITLE = _("Engagement de confidentialité de l'observateur")

COMMITMENT_INTRO = _(
    "Pendant mes immersions, je suis l'invité des agents qui accueillent le public. "
    "Les usagers que je croise ne m'ont pas choisi : ils viennent pour leurs droits, "
    "leur santé, leur logement ou leur emploi."
)

COMMITMENT_POINTS = (
    _(
        "Je respecte le secret professionnel des agents que j'accompagne et la confidentialité "
        "de tout ce que je vois et entends : situations, dossiers, échanges."
    ),
    _(
        "Je ne note aucune donnée personnelle des usagers : ni nom, ni adresse, ni numéro "
        "(sécurité sociale, allocataire, identifiant France Travail, téléphone), ni date de "
        "naissance, ni aucun détail qui permettrait de reconnaître une personne. Mes notes "
        "décrivent des situations, pas des personnes."
    ),
    _(
        "Je ne prends aucune photo, aucune vidéo et aucun enregistrement sonore : ni des "
        "personnes, ni des écrans, ni des documents."
    ),
    _(
        "Je reste en retrait : je n'interviens pas dans les échanges entre l'agent et l'usager, "
        "et je me retire si l'usager ou l'agent le demande."
    ),
    _(
        "Je respecte les consignes propres à chaque structure d'accueil (sécurité, hygiène aux "
        "urgences, discrétion lors d'un contrôle sur place)."
    ),
    _(
        "Les informations sur les structures d'accueil et leurs agents me sont confiées pour le "
        "seul séminaire : je ne les diffuse pas, et je ne publie rien de ce que j'observe sans "
        "l'accord préalable de la structure."
    ),
)


def commitment_text() -> str:
    """The reference text (French) of the current version, as one string."""
    with translation.override("fr"):
        lines = [str(COMMITMENT_TITLE), str(COMMITMENT_INTRO)]
        lines += [f"- {point}" for point in COMMITMENT_POINTS]
    return "\n".join([f"Version {COMMITMENT_VERSION}", *lines])


def commitment_digest() -> str:
    return hashlib.sha256(commitment_text().encode()).hexdigest()
