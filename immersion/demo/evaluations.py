"""The demo's follow-up: a few "à chaud" evaluations and commitments, as the participants
would give them at the end of the last day (the demo seminar is always upcoming, hence
``check_open=False``), so that the organizer's results page and the synthesis show them."""

import random

from immersion.evaluations.services import save_commitments, submit_hot_evaluation

# One participant in two answers; three of them take commitments.
COMMENTS = [
    "On mesure enfin ce que veut dire « dématérialisé » pour quelqu'un sans ordinateur.",
    "Le temps d'échange avec le tuteur était trop court.",
    "Très dense, mais c'est ce qui fait sa force.",
    "",
    "Le programme du premier jour pourrait commencer plus tôt.",
]
COMMITMENTS = [
    [
        {"what": "Relire nos courriers de relance avec des usagers", "organisation": "Caf"},
        {"what": "Passer une demi-journée par an à l'accueil", "status": "en_cours"},
    ],
    [{"what": "Ouvrir une permanence sans rendez-vous le mardi", "status": "fait"}],
    [
        {"what": "Présenter le séminaire en comité de direction"},
        {"what": "Supprimer une pièce justificative inutile", "status": "abandonne"},
        {"what": "Inviter un agent d'accueil à notre séminaire de cadres"},
    ],
]


def add_demo_evaluations(seminar) -> None:
    participants = list(seminar.participants.active().order_by("last_name", "first_name"))
    rng = random.Random(seminar.title)  # noqa: S311 - demo data, not security
    for index, participant in enumerate(participants[::2]):
        scores = {
            code: max(1, min(5, round(rng.gauss(mean, 0.7))))
            for code, mean in (
                ("users", 4.5),
                ("knowledge", 4.0),
                ("practice", 3.8),
                ("astonished", 4.3),
                ("sites", 4.4),
                ("tutors", 4.7),
                ("programme", 3.9),
                ("logistics", 3.6),
            )
        }
        submit_hot_evaluation(
            actor=participant.user,
            participant=participant,
            scores=scores,
            texts={"free_text": COMMENTS[index % len(COMMENTS)]},
            recommend="oui" if scores["users"] >= 4 else "peut_etre",
            check_open=False,
        )
    for participant, rows in zip(participants[1::5], COMMITMENTS, strict=False):
        save_commitments(
            actor=participant.user, participant=participant, rows=rows, check_open=False
        )
