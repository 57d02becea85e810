"""A seminar as it stands at the debrief: placements, notebooks, questionnaires before and
after, tutor exchanges, a declared contact mix — built through the services.

``make_debrief_seminar`` is deterministic (a seeded generator) and is also used by
bench/debrief.py.
"""

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from immersion.engagement.models import Phase, QuestionnaireItem, Scale
from immersion.engagement.services import submit_questionnaire
from immersion.observation import grid
from immersion.observation.services import (
    declare_contact_mix,
    record_astonishment,
    record_situation,
    record_tutor_exchange,
)
from immersion.seminars.models import Seminar, SeminarStatus
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_offer,
    make_published_assignment,
    make_tutor,
)

# (kind, channels) of the host sites, in turn.
SITE_PLAN = [
    ("caf", ["accueil_physique", "accueil_telephonique"]),
    ("cpam", ["accueil_physique", "controle_sur_place"]),
    ("ccas", ["accueil_physique"]),
    ("france_travail", ["accueil_physique", "accueil_telephonique"]),
    ("urgences", ["accueil_physique"]),
    ("chrs", ["accueil_physique"]),
]
ORGANISATIONS = {
    "caf": "Caf d'Ille-et-Vilaine",
    "cpam": "Cpam d'Ille-et-Vilaine",
    "france_travail": "France Travail Bretagne",
    "urgences": "CHU de Rennes",
    "chrs": "Association Saint-Benoît",
}
NOTES = [
    "Une dame attend depuis l'ouverture pour une question d'APL ; l'agent prend le temps.",
    "Le monsieur ne comprend pas le courrier d'indu, l'agente lui réexplique deux fois.",
    "Appel coupé après dix minutes d'attente, l'usager rappelle aussitôt.",
    "Borne en panne : trois personnes renvoyées vers le site internet.",
]
ASTONISHMENTS = [
    "Le nombre de personnes qui viennent seulement pour imprimer un document.",
    "La patience des agents face à des situations très tendues.",
]


@dataclass
class DebriefSeminar:
    seminar: Seminar
    organizer: object
    expert: object
    sites: list = field(default_factory=list)
    offers: list = field(default_factory=list)
    participants: list = field(default_factory=list)
    placements: list = field(default_factory=list)


def make_debrief_seminar(
    *,
    participants: int = 6,
    situations_each: int = 2,
    note_every: int = 4,
    astonishment_every: int = 3,
    questionnaires: bool = True,
    exchanges: bool = True,
    seed: int = 7,
) -> DebriefSeminar:
    rng = random.Random(seed)
    organizer = UserFactory(role="organizer")
    expert = UserFactory(role="expert", first_name="Julien", last_name="Expert")
    seminar = SeminarFactory(organizers=[organizer])
    seminar.experts.add(expert)
    out = DebriefSeminar(seminar, organizer, expert)

    for i in range(max(len(SITE_PLAN), participants // 8)):
        kind, channels = SITE_PLAN[i % len(SITE_PLAN)]
        site = SiteFactory(kind=kind, organisation=ORGANISATIONS.get(kind, "Ville de Rennes"))
        tutor = make_tutor(site)
        out.sites.append(site)
        for channel in channels:
            out.offers.append(make_offer(seminar, site, "J2-matin", channel, tutor=tutor))
    for _i in range(participants):
        out.participants.append(ParticipantFactory(seminar=seminar))
    run = make_published_assignment(
        seminar,
        [(p, out.offers[i % len(out.offers)]) for i, p in enumerate(out.participants)],
    )
    out.placements = list(run.placements.select_related("offer__site", "participant", "run"))

    declare_contact_mix(
        actor=organizer, site=out.sites[0], shares={"rsa": 30, "aides_logement": 40}
    )
    count = 0
    for placement in out.placements:
        kind, channel = placement.offer.site.kind, placement.offer.channel
        reasons = grid.codes(grid.contact_reasons(kind, channel))
        checks = grid.checks_for(channel)
        for _j in range(situations_each):
            count += 1
            answers = {c.code: rng.choice(["oui", "oui", "non", "non_observe"]) for c in checks}
            record_situation(
                actor=None,
                placement=placement,
                client_id=uuid.uuid4(),
                observed_at=dt.time(9, rng.randrange(60)),
                contact_reason=rng.choice(reasons),
                waiting_minutes=rng.choice([None, *range(0, 60, 5)]),
                outcome=rng.choice(["resolue", "resolue", "reorientee", "a_suivre", ""]),
                checks=answers,
                frictions=rng.sample(grid.codes(grid.FRICTIONS), rng.randrange(3)),
                note=NOTES[count % len(NOTES)] if note_every and count % note_every == 0 else "",
                check_window=False,
            )
        if astonishment_every and placement.pk % astonishment_every == 0:
            record_astonishment(
                actor=None,
                placement=placement,
                client_id=uuid.uuid4(),
                text=ASTONISHMENTS[placement.pk % len(ASTONISHMENTS)],
                check_window=False,
            )
        if exchanges:
            record_tutor_exchange(
                actor=None,
                placement=placement,
                client_id=uuid.uuid4(),
                representativeness=rng.choice([2, 3, 4, 4, 5]),
                check_window=False,
            )

    if questionnaires:
        likert = list(QuestionnaireItem.objects.current().filter(scale=Scale.LIKERT5, phase=""))
        before = {}
        for participant in out.participants:
            values = {i.code: rng.choice([None, 1, 2, 2, 3, 3, 4]) for i in likert}
            before[participant.pk] = values
            submit_questionnaire(
                actor=None, participant=participant, phase=Phase.BEFORE, values=values, texts={}
            )
        Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.RUNNING)
        seminar.refresh_from_db()
        for participant in out.participants:
            values = {
                code: None if v is None else min(5, v + rng.choice([0, 1, 1, 2]))
                for code, v in before[participant.pk].items()
            }
            participant.seminar = seminar
            submit_questionnaire(
                actor=None, participant=participant, phase=Phase.AFTER, values=values, texts={}
            )
    return out
