"""The demo's programme: besides the Rennes seminar, synthetic seminars in other regions, so
that the programme manager's observatory has something to aggregate.

SYNTHETIC DATA: every site, participant, note and answer here is generated (seeded, so every
load gives the same data) and the names are invented; the notes are the demo's templates,
anonymised by the notebook's services like real ones. Each seminar says so in its title.
Everything goes through the domain services, like the rest of the demo (the assignment is
solved and published by ``placements``). The loader passes no actor: these seminars belong to
no organizer, so the demo organizer's list keeps its one seminar.
"""

import datetime as dt
import random
import unicodedata
from importlib import resources
from pathlib import Path

from immersion.debrief.services import set_quote_publishable
from immersion.debrief.sources import SOURCES
from immersion.demo.evaluations import add_demo_evaluations
from immersion.demo.observations import add_demo_observations
from immersion.engagement.models import Phase, QuestionnaireItem, Scale
from immersion.engagement.services import submit_questionnaire
from immersion.people.services import mark_invited, register_participant
from immersion.placements.services import publish_run, start_run
from immersion.seminars.models import Seminar, SeminarStatus
from immersion.seminars.services import attach_to_programme, create_seminar, open_seminar
from immersion.sites import services as site_services
from immersion.territory.context import parse_file
from immersion.territory.services import import_context

SYNTHETIC = "données synthétiques"

# (chef-lieu INSEE code, town, postcode): one seminar per region.
TOWNS = [
    ("59350", "Lille", "59000"),
    ("67482", "Strasbourg", "67000"),
    ("69123", "Lyon", "69001"),
    ("13055", "Marseille", "13001"),
    ("31555", "Toulouse", "31000"),
    ("33063", "Bordeaux", "33000"),
    ("44109", "Nantes", "44000"),
    ("45234", "Orléans", "45000"),
    ("21231", "Dijon", "21000"),
    ("76540", "Rouen", "76000"),
    ("34172", "Montpellier", "34000"),
]

KINDS = ["caf", "cpam", "ccas", "france_travail", "urgences", "chrs"]
CATEGORIES = [
    "fonctionnaire_etat",
    "fonctionnaire_territorial",
    "cadre_securite_sociale",
    "cadre_hopital",
    "journaliste",
    "chef_entreprise",
    "elu",
    "enseignant",
]
FIRST = ["Camille", "Louis", "Inès", "Hugo", "Léa", "Nathan", "Chloé", "Tom", "Manon", "Paul"]
LAST = ["Arnaud", "Benoît", "Charrier", "Delmas", "Estève", "Fabre", "Girard", "Hamon"]


DEMO_FIGURES = "chiffres_departements_demo.csv"


def load_demo_territory_figures(*, actor=None) -> None:
    """The demo's own figures (poverty, unemployment, RSA share) for the departments of the
    synthetic seminars: round demo numbers, marked as such in their source (``chiffres/``'s
    README), so that the observatory's comparison with the territory has something to show."""
    path = Path(str(resources.files("immersion.demo").joinpath("chiffres", DEMO_FIGURES)))
    import_context(actor=actor, parsed=parse_file(path, "figures"))


def add_demo_programme_seminars(*, actor, programme, towns=TOWNS) -> list[Seminar]:
    """One synthetic seminar per town of ``towns`` in ``programme`` (none twice), and the
    demo's figures of their departments."""
    load_demo_territory_figures(actor=actor)
    seminars = []
    for index, (code, town, postcode) in enumerate(towns):
        title = f"Séminaire {town} ({SYNTHETIC})"
        if Seminar.objects.filter(title=title).exists():
            continue
        rng = random.Random(f"demo-programme-{town}")  # noqa: S311 - demo data
        seminar = _seminar(actor, programme, rng, index, code, town, postcode, title)
        add_demo_observations(seminar)
        _questionnaires(seminar, rng)
        add_demo_evaluations(seminar)
        _expert_curation(seminar, rng)
        seminars.append(seminar)
    return seminars


def _seminar(actor, programme, rng, index, code, town, postcode, title) -> Seminar:
    start = dt.date(programme.year, 1, 14) + dt.timedelta(weeks=4 * index)
    seminar = create_seminar(actor=actor, title=title, city_code=code, start_date=start)
    if actor is not None:
        seminar.organizers.add(actor)
    attach_to_programme(actor=actor, seminar=seminar, programme=programme)
    half_days = list(seminar.half_days)
    for n, kind in enumerate(rng.sample(KINDS, 4)):
        site = site_services.create_site(
            actor=actor,
            name=f"Accueil {kind.replace('_', ' ').title()} {town} ({SYNTHETIC})",
            kind=kind,
            organisation=f"Organisme {kind} {town}",
            address=f"{n + 1} rue de la République",
            postal_code=postcode,
            commune_code=code,
            commune_name="",
        )
        for half_day in half_days:
            channels = ["accueil_physique"]
            if kind in ("caf", "cpam", "france_travail"):
                channels.append("accueil_telephonique")
            for channel in channels:
                site_services.create_offer(
                    actor=actor,
                    seminar=seminar,
                    site=site,
                    half_day=half_day,
                    channel=channel,
                    capacity=2,
                )
    for n in range(rng.randint(8, 12)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        register_participant(
            actor=actor,
            seminar=seminar,
            first_name=first,
            last_name=f"{last} {n + 1}",
            email=f"synthetique.{_ascii(town)}.{n + 1}@demo.vivez-ma-vie-usager.fr",
            category=rng.choice(CATEGORIES),
            organisation=f"Organisation {n % 5 + 1} ({SYNTHETIC})",
            function="Cadre",
            home_commune_code=code,
            available_half_days=half_days,
        )
    seminar = open_seminar(actor=actor, seminar=seminar)
    for participant in seminar.participants.active():
        mark_invited(actor=actor, participant=participant)
    publish_run(actor=actor, run=start_run(actor=actor, seminar=seminar))
    seminar.refresh_from_db()
    return seminar


def _expert_curation(seminar, rng) -> None:
    """What the seminar's expert would have done on the quote wall: about half of the quotes
    marked publishable, so that the observatory's quotes and search have something to show
    (the Rennes seminar's expert still has every quote to curate)."""
    for kind, quotes in SOURCES.items():
        for source_id in quotes(seminar).order_by("pk").values_list("pk", flat=True):
            if rng.random() < 0.5:
                set_quote_publishable(
                    actor=None,
                    seminar=seminar,
                    source_kind=kind,
                    source_id=source_id,
                    publishable=True,
                )


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _questionnaires(seminar, rng) -> None:
    """« Avant » then « après » answers, the perception rising a little on average."""
    likert = list(QuestionnaireItem.objects.current().filter(scale=Scale.LIKERT5, phase=""))
    participants = list(seminar.participants.active().order_by("pk"))
    before = {}
    for participant in participants:
        before[participant.pk] = {i.code: rng.choice([None, 2, 2, 3, 3, 4]) for i in likert}
        submit_questionnaire(
            actor=None,
            participant=participant,
            phase=Phase.BEFORE,
            values=before[participant.pk],
            texts={},
            check_open=False,
        )
    Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.CLOSED)
    seminar.refresh_from_db()
    for participant in participants:
        participant.seminar = seminar
        after = {
            code: None if v is None else max(1, min(5, v + rng.choice([-1, 0, 1, 1, 2])))
            for code, v in before[participant.pk].items()
        }
        submit_questionnaire(
            actor=None,
            participant=participant,
            phase=Phase.AFTER,
            values=after,
            texts={},
            check_open=False,
        )
