"""The demo's notebooks: what the observers noted during their immersions, so that the debrief
board and its statistics have something real to show.

Every entry goes through the notebook's services (so every note is redacted like a real one:
the names written in the templates come out as placeholders). The values are drawn from a
seeded generator: every load gives the same notebooks. Called outside ``load_demo``'s
transaction, like the rest of the debrief (redaction must not hold the write lock).
"""

import datetime as dt
import random
import uuid

from immersion.observation import grid
from immersion.observation.services import (
    record_astonishment,
    record_situation,
    record_tutor_exchange,
)
from immersion.placements.selectors import published_run

# Typical waiting (minutes, mean) by site kind and channel; phones wait longer.
WAITING = {
    "caf": 25,
    "cpam": 20,
    "ccas": 10,
    "urgences": 70,
    "chrs": 15,
    "france_travail": 15,
}

NOTES = {
    "caf": [
        "Mme Le Goff vient pour un indu d'APL qu'elle ne comprend pas ; l'agente reprend le "
        "courrier ligne par ligne.",
        "Un jeune couple découvre qu'il faut déclarer la naissance en ligne ; aide au point "
        "numérique, 20 minutes.",
        "M. Diallo a fait sa déclaration trimestrielle RSA mais le site a planté : il refait "
        "tout avec l'agent.",
        "Question sur la prime d'activité : la simulation en ligne donnait un autre montant.",
    ],
    "cpam": [
        "Perte de carte Vitale, la dame ne savait pas qu'on pouvait la commander sur Ameli.",
        "M. Kerbrat attend un remboursement depuis deux mois : pièce manquante jamais réclamée.",
        "Demande de complémentaire santé solidaire, dossier papier rempli avec l'agent.",
    ],
    "ccas": [
        "Domiciliation pour un monsieur sans adresse : sans elle, aucun droit n'avance.",
        "Aide alimentaire d'urgence, orientation vers l'épicerie sociale du quartier.",
        "Mme Tanguy vient pour une facture d'énergie ; l'agent appelle le fournisseur devant elle.",
    ],
    "urgences": [
        "Tri à l'accueil : une infirmière seule pour six arrivées en dix minutes.",
        "Un patient âgé attend depuis 4 h sur un brancard, la famille s'impatiente.",
        "Beaucoup de consultations qui relèveraient d'un médecin traitant, faute d'en avoir un.",
    ],
    "chrs": [
        "Appel au 115 : plus de place ce soir, l'écoutante cherche une solution pour une "
        "mère et deux enfants.",
        "Entretien d'accueil d'un résident, l'agent explique le règlement sans jargon.",
        "Un homme revient pour la troisième fois de la semaine, toujours sans hébergement.",
    ],
    "france_travail": [
        "Inscription d'une personne qui n'a pas d'adresse mail ; le conseiller en crée une "
        "avec elle.",
        "Incompréhension sur une radiation : un rendez-vous manqué jamais reçu par courrier.",
        "Question sur l'actualisation mensuelle, l'appli refuse la connexion.",
    ],
}

ASTONISHMENTS = [
    "La patience des agents face à des situations très tendues.",
    "Le nombre de personnes qui viennent après avoir essayé en ligne sans y arriver.",
    "Les agents compensent eux-mêmes les failles des outils.",
    "Le temps passé à expliquer des courriers écrits dans une langue administrative.",
    "L'accueil se fait souvent debout, sans confidentialité.",
    "Les usagers connaissent mieux les démarches qu'on ne le croit, c'est l'outil qui bloque.",
]


def add_demo_observations(seminar) -> int:
    """Two to four situations per immersion, an "étonnement" for most, and the tutor
    exchange; returns the number of situations."""
    run = published_run(seminar)
    if run is None:
        return 0
    count = 0
    placements = run.placements.select_related("offer__site", "participant__user", "run")
    for placement in placements.order_by("pk"):
        actor = placement.participant.user  # None for those never invited: the log says so
        rng = random.Random(f"demo-notebook-{placement.pk}")  # noqa: S311 - demo data
        kind, channel = placement.offer.site.kind, placement.offer.channel
        reasons = grid.codes(grid.contact_reasons(kind, channel))
        notes = NOTES.get(kind, NOTES["caf"])
        for index in range(rng.randint(2, 4)):
            mean = WAITING.get(kind, 15) * (1.5 if channel == "accueil_telephonique" else 1)
            checks = {
                check.code: rng.choice([grid.YES, grid.YES, grid.NO, grid.NOT_OBSERVED])
                for check in grid.checks_for(channel)
            }
            values = {
                "actor": actor,
                "placement": placement,
                "client_id": uuid.UUID(int=rng.getrandbits(128)),
                "observed_at": dt.time(9 + index, rng.choice([0, 15, 30, 45])),
                "contact_reason": rng.choice(reasons),
                "waiting_minutes": max(0, int(rng.gauss(mean, mean / 3))),
                "duration_minutes": rng.randint(5, 35),
                "outcome": rng.choice(grid.codes(grid.OUTCOMES)),
                "user_state": rng.choice(grid.codes(grid.USER_STATES)),
                "frictions": rng.sample(grid.codes(grid.FRICTIONS), rng.randint(0, 2)),
                "checks": checks,
                "note": notes[(placement.pk + index) % len(notes)],
                # The demo writes a finished seminar's notes on any day: outside the window.
                "check_window": False,
            }
            if grid.counts_rings(channel):
                values["rings_before_pickup"] = rng.randint(1, 12)
            record_situation(**values)
            count += 1
        if rng.random() < 0.8:
            record_astonishment(
                actor=actor,
                placement=placement,
                client_id=uuid.UUID(int=rng.getrandbits(128)),
                text=ASTONISHMENTS[placement.pk % len(ASTONISHMENTS)],
                check_window=False,
            )
        record_tutor_exchange(
            actor=actor,
            placement=placement,
            client_id=uuid.UUID(int=rng.getrandbits(128)),
            representativeness=rng.choice([2, 3, 4, 4, 5]),
            constraints="Le matin est plus chargé que l'après-midi.",
            filled_with_tutor=True,
            check_window=False,
        )
    return count
