"""The demo's reverse immersion: two participants offer a day in their own work, after the
seminar, on the public page /immersion-inversee/ (through the real services)."""

import datetime as dt

from django.utils import timezone

from immersion.inverse.services import create_reverse_offer

# (first, last, days after the seminar, duration, place, what will be seen, conditions, places)
REVERSE_OFFERS = [
    (
        "Hélène",
        "Marchand",
        21,
        "journee",
        "Direction interministérielle de la transformation publique, 20 avenue de Ségur, Paris",
        "Comité de pilotage Services Publics+, arbitrage des priorités d'amélioration, "
        "échange avec une équipe qui refond un formulaire en ligne.",
        "Engagement de confidentialité sur les projets en cours ; déplacement remboursé.",
        2,
    ),
    (
        "Sophie",
        "Lambert",
        28,
        "matin",
        "BretagneCall, 12 rue de Lorient, Rennes",
        "Réunion de pilotage du centre d'appels : indicateurs de décroché, plannings, "
        "écoute d'appels avec une superviseure.",
        "",
        1,
    ),
]


def add_demo_reverse_offers(*, seminar) -> int:
    participants = {(p.first_name, p.last_name): p for p in seminar.participants.active()}
    # After the seminar, and never in the past (a demo loaded with an earlier "today").
    after = max(seminar.end_date, timezone.localdate())
    count = 0
    for first, last, days, duration, place, seen, conditions, places in REVERSE_OFFERS:
        host = participants.get((first, last))
        if host is None:
            continue
        create_reverse_offer(
            actor=host.user,
            host=host,
            date=after + dt.timedelta(days=days),
            duration=duration,
            place=place,
            what_will_be_seen=seen,
            conditions=conditions,
            places=places,
        )
        count += 1
    return count
