"""What makes a note useful must survive: institutions, programmes, times, amounts…"""

from __future__ import annotations

import pytest

from tests.privacy.conftest import redacted

KEEP_SENTENCES = [
    "Accueil Caf de Rennes à 14h30, 20 minutes d'attente, ticket 42, guichet 3.",
    "RSA de 536 €, APL, AAH, CSS, prime d'activité, carte Vitale, allocations familiales.",
    "France Travail (ex-Pôle emploi) : le contrat d'engagement prévoit 15 heures par semaine.",
    "Le référentiel Marianne et Services Publics+ sont affichés à l'entrée.",
    "Le 115 et le SIAO sont saturés ; le 15 (SAMU) a envoyé le patient, l'IOA l'a trié.",
    "Appel au 3646 : 12 minutes d'attente, renvoi vers ameli, la MDPH et la PMI.",
    "Usager d'environ 40 ans, venu de Saint-Brieuc ; 3 enfants, 2 chaises pour 10 personnes.",
    "Le CCAS et le CHRS de Quimper travaillent avec la Cpam et la Carsat.",
    "Entre 9:15 et 11h, 31 personnes en salle, tri 2, box 7, attente de 1h40.",
    "Indu de 1 240 € remboursé à 50 €/mois, commission le 15 du mois.",
    "URGENT : rappeler la CAF avant vendredi. NB : RAS sur le reste.",
    "Espace France services à moins de 30 minutes ; chiffres DREES 2022 et Insee 2023.",
]


@pytest.mark.parametrize("text", KEEP_SENTENCES)
def test_protected_terms_survive_verbatim(redactor, text):
    assert redacted(redactor, text) == text


def test_institutions_next_to_names_are_kept(redactor):
    text = "Mme Kerleroux, allocataire de la Caf, est suivie par France Travail à Brest."
    assert redacted(redactor, text) == (
        "Mme [PERSONNE_1], allocataire de la Caf, est suivie par France Travail à Brest."
    )
