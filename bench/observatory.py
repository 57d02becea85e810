"""The programme's observatory at 10, 100 and 1,000 seminars: page times and full-text search.

Usage: ``python bench/observatory.py [--sizes 10,100,1000] [--repeat 5]`` — on SQLite (a
temporary file), or on PostgreSQL when ``DATABASE_URL`` is set (each programme is built in a
transaction rolled back at the end; on PostgreSQL the tables are analysed after the build, as
autovacuum would after such an import).

Each programme is built in bulk (bulk_create), about 105 anonymised texts a seminar (1,000
seminars ≈ 105,000 texts): 4 host sites in the seminar's department, 10 participants placed
once, 6 situations each with a note, 2 astonishments and a tutor exchange each, a free answer
to the "after" questionnaire each (with the Likert answers before and after, for the
perception table), 5 contributions; one quote in two marked publishable by the expert. The
texts are drawn from French fragments (a common word, « attente », in about a third; a rare
one, « interprète », in one text in a thousand). The search index is then written by
``search.indexing.rebuild`` — the code the services' signals run, so the index is the one the
services produce. Requested as a signed-in programme manager with Django's test client (one
warm-up, then ``--repeat`` requests): the observatory's home, the programme's page, the page
filtered, and the search with a common word, a rare word, an accented and the unaccented
word, a phrase, and a common word on page 3 with a filter. Printed per request: median and
p95 server time, queries. With the pages, the programme's snapshot
(``analysis.snapshots``) is first computed once by ``refresh_programme_observatory`` — the
background task's work, the old page's cost — and its time printed as the baseline; the page
then reads the stored snapshot. Exits 1 when, at 1,000 seminars, a page is over 500 ms or a search
over 200 ms (p95) — issue 13's targets, on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench-observatory.sqlite3"

import django  # noqa: E402

django.setup()

from _clients import signed_in_client  # noqa: E402
from _page_timing import analyse, measure  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

PAGE_TARGET_MS = 500.0
SEARCH_TARGET_MS = 200.0
TARGET_SIZE = 1000

DEPARTMENTS = ["59350", "67482", "69123", "13055", "31555", "33063", "44109", "45234", "21231"]
KINDS = [
    ("caf", ["accueil_physique", "accueil_telephonique"]),
    ("cpam", ["accueil_physique"]),
    ("ccas", ["accueil_physique"]),
    ("france_travail", ["accueil_physique", "accueil_telephonique"]),
    ("urgences", ["accueil_physique"]),
    ("chrs", ["accueil_physique"]),
]
FRAGMENTS = [
    "longue attente au guichet avant d'être reçu",
    "l'agent a pris le temps d'expliquer le courrier",
    "le téléphone sonne longtemps sans réponse",
    "la borne numérique est en panne depuis le matin",
    "une dame ne comprend pas la notification de ses droits",
    "orientation vers le site internet sans autre solution",
    "le dossier est incomplet, il faudra revenir",
    "un rendez-vous est proposé sous huit jours",
    "accueil chaleureux malgré la foule",
    "la confidentialité n'est pas préservée à l'accueil",
    "les agents se relaient pour tenir la file",
    "un monsieur repart sans solution, agacé",
    "l'attente est annoncée sur un écran",
    "le vigile oriente les personnes à l'entrée",
    "les formulaires papier manquent",
]
RARE = "un interprète en langue des signes était présent"
CONTRIBUTION_KINDS = ["contrainte", "levier", "innovation"]


def sentence(rng: random.Random, n: int) -> str:
    parts = rng.sample(FRAGMENTS, 3)
    if n % 1000 == 0:
        parts[1] = RARE
    text = " ; ".join(parts)
    return text[0].upper() + text[1:] + "."


def build(size: int):
    """A programme of ``size`` seminars and its manager, built in bulk."""
    import datetime as dt
    import uuid

    from immersion.contributions.models import Contribution
    from immersion.debrief.models import QuoteMark
    from immersion.engagement.models import Answer, Phase, QuestionnaireItem, QuestionnaireResponse
    from immersion.engagement.models import Scale as ItemScale
    from immersion.observation import grid
    from immersion.observation.models import Astonishment, Situation, TutorExchange
    from immersion.people.models import Participant
    from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
    from immersion.search.indexing import rebuild
    from immersion.seminars.models import Seminar, SeminarStatus
    from immersion.seminars.services import create_programme
    from immersion.sites.models import HostSite, Offer
    from tests.factories import SeminarFactory, UserFactory

    rng = random.Random(size)  # noqa: S311 - bench data
    manager = UserFactory(role="programme_manager")
    programme = create_programme(
        actor=None, name=f"Programme du banc {size}", year=2027, managers=[manager]
    )
    now = timezone.now()
    template = SeminarFactory(start_date=dt.date(2027, 3, 18))
    seminars = [template]
    # The other seminars: copies of the template's programme (its half-days), in bulk.
    items = list(template.programme_items.all())
    for n in range(1, size):
        seminar = Seminar.objects.get(pk=template.pk)
        seminar.pk = None
        seminar.title = f"Séminaire du banc {size}-{n}"
        seminars.append(seminar)
    Seminar.objects.bulk_create(seminars[1:], batch_size=500)
    from immersion.seminars.models import ProgrammeItem

    copies = []
    for seminar in seminars[1:]:
        for item in items:
            copy = ProgrammeItem()
            copy.__dict__.update(
                {k: v for k, v in item.__dict__.items() if k not in ("_state", "id")}
            )
            copy.seminar_id = seminar.pk
            copies.append(copy)
    ProgrammeItem.objects.bulk_create(copies, batch_size=2000)
    for n, seminar in enumerate(seminars):
        seminar.city_code = DEPARTMENTS[n % len(DEPARTMENTS)]
        seminar.start_date = dt.date(2025 + n % 3, 3, 18)
        seminar.end_date = seminar.start_date + dt.timedelta(days=1)
        seminar.programme = programme
        seminar.status = SeminarStatus.CLOSED
    Seminar.objects.bulk_update(
        seminars, ["city_code", "start_date", "end_date", "programme", "status"], batch_size=500
    )
    half_day = {
        s: h
        for s, h in ProgrammeItem.objects.filter(seminar__programme=programme, kind="immersion")
        .order_by("seminar_id", "-starts_at")
        .values_list("seminar_id", "pk")
    }
    sites, offers = [], []
    for n, seminar in enumerate(seminars):
        for j in range(4):
            kind, channels = KINDS[(n + j) % len(KINDS)]
            sites.append(
                HostSite(
                    name=f"Accueil {kind} {n}",
                    kind=kind,
                    organisation=f"Organisme {kind} {n}",
                    address="1 rue de la République",
                    postal_code="59000",
                    commune_code=seminar.city_code,
                    commune_name="",
                )
            )
    HostSite.objects.bulk_create(sites, batch_size=2000)
    for n, seminar in enumerate(seminars):
        for site in sites[4 * n : 4 * n + 4]:
            for channel in dict(KINDS)[site.kind]:
                offers.append(
                    Offer(
                        seminar=seminar,
                        site=site,
                        half_day_id=half_day[seminar.pk],
                        channel=channel,
                        capacity=3,
                    )
                )
    Offer.objects.bulk_create(offers, batch_size=2000)
    by_seminar: dict[int, list] = {}
    for offer in offers:
        by_seminar.setdefault(offer.seminar_id, []).append(offer)
    categories = ["fonctionnaire_etat", "elu", "cadre_hopital", "journaliste", "enseignant"]
    people = Participant.objects.bulk_create(
        (
            Participant(
                seminar=seminar,
                first_name=f"Prénom{i}",
                last_name=f"Nom{n}-{i}",
                email=f"banc{size}-{n}-{i}@example.fr",
                category=categories[(n + i) % len(categories)],
                organisation=f"Organisme {i}",
                home_commune_code=seminar.city_code,
                home_commune_name="",
            )
            for n, seminar in enumerate(seminars)
            for i in range(10)
        ),
        batch_size=2000,
    )
    runs = AssignmentRun.objects.bulk_create(
        AssignmentRun(seminar=seminar, status=RunStatus.PUBLISHED, state=SolveState.DONE, number=1)
        for seminar in seminars
    )
    run_of = {r.seminar_id: r for r in runs}
    placements = Placement.objects.bulk_create(
        (
            Placement(
                run=run_of[p.seminar_id],
                participant=p,
                offer=by_seminar[p.seminar_id][i % len(by_seminar[p.seminar_id])],
                half_day_id=half_day[p.seminar_id],
            )
            for i, p in enumerate(people)
        ),
        batch_size=2000,
    )
    counter = iter(range(10**9))
    reasons = {}
    situations, astonishments, exchanges = [], [], []
    for placement in placements:
        kind, channel = placement.offer.site.kind, placement.offer.channel
        key = (kind, channel)
        if key not in reasons:
            reasons[key] = grid.codes(grid.contact_reasons(kind, channel))
        for _j in range(6):
            situations.append(
                Situation(
                    placement=placement,
                    client_id=uuid.uuid4(),
                    observed_at=dt.time(9, rng.randrange(60)),
                    contact_reason=rng.choice(reasons[key]),
                    waiting_minutes=rng.choice([None, *range(0, 60, 5)]),
                    outcome=rng.choice(["resolue", "reorientee", "a_suivre", ""]),
                    frictions=rng.sample(grid.codes(grid.FRICTIONS), rng.randrange(3)),
                    note=sentence(rng, next(counter)),
                )
            )
        for _j in range(2):
            astonishments.append(
                Astonishment(
                    placement=placement, client_id=uuid.uuid4(), text=sentence(rng, next(counter))
                )
            )
        exchanges.append(
            TutorExchange(
                placement=placement,
                client_id=uuid.uuid4(),
                representativeness=rng.choice([3, 4, 5]),
                constraints=sentence(rng, next(counter)),
            )
        )
    Situation.objects.bulk_create(situations, batch_size=2000)
    Astonishment.objects.bulk_create(astonishments, batch_size=2000)
    TutorExchange.objects.bulk_create(exchanges, batch_size=2000)
    likert = list(QuestionnaireItem.objects.current().filter(scale=ItemScale.LIKERT5, phase=""))
    open_item = QuestionnaireItem.objects.current().filter(scale=ItemScale.OPEN).first()
    responses = QuestionnaireResponse.objects.bulk_create(
        (
            QuestionnaireResponse(participant=p, phase=phase, submitted_at=now)
            for p in people
            for phase in (Phase.BEFORE, Phase.AFTER)
        ),
        batch_size=2000,
    )
    answers = []
    for response in responses:
        for item in likert:
            answers.append(Answer(response=response, item=item, value=rng.randint(1, 5)))
        if response.phase == Phase.AFTER and open_item is not None:
            answers.append(
                Answer(response=response, item=open_item, free_text=sentence(rng, next(counter)))
            )
    Answer.objects.bulk_create(answers, batch_size=5000)
    Contribution.objects.bulk_create(
        (
            Contribution(
                seminar=seminar,
                kind=CONTRIBUTION_KINDS[j % 3],
                field="etat",
                text=sentence(rng, next(counter)),
            )
            for seminar in seminars
            for j in range(5)
        ),
        batch_size=2000,
    )
    seminar_of_placement = {p.pk: p.run.seminar_id for p in placements}
    marks = [
        QuoteMark(
            seminar_id=seminar_of_placement[s.placement_id],
            source_kind="situation",
            source_id=s.pk,
            publishable=True,
        )
        for s in situations[::2]
    ]
    marks += [
        QuoteMark(
            seminar_id=seminar_of_placement[a.placement_id],
            source_kind="astonishment",
            source_id=a.pk,
            publishable=True,
        )
        for a in astonishments[::2]
    ]
    response_seminar = {r.pk: r.participant.seminar_id for r in responses}
    marks += [
        QuoteMark(
            seminar_id=response_seminar[a.response_id],
            source_kind="after_text",
            source_id=a.pk,
            publishable=True,
        )
        for a in answers[::2]
        if a.free_text
    ]
    QuoteMark.objects.bulk_create(marks, batch_size=5000)
    start = time.perf_counter()
    texts = rebuild(programme)
    indexed = time.perf_counter() - start
    if connection.vendor == "postgresql":
        analyse()
    return programme, manager, texts, indexed


def refresh(programme) -> tuple[float, float, int]:
    """(ms, ms, queries) of one ``refresh_programme_observatory`` (the background task)."""
    from immersion.analysis.snapshots import refresh_programme_observatory

    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        refresh_programme_observatory(programme)
        elapsed = 1000 * (time.perf_counter() - start)
    return elapsed, elapsed, len(queries)


def requests(programme) -> list[tuple[str, str, str]]:
    """(label, url, kind: page or search)."""
    home = reverse("observatory:home")
    page = reverse("observatory:programme", args=[programme.pk])
    search = reverse("observatory:search", args=[programme.pk])

    def q(**params):
        return f"{search}?{urlencode(params)}"

    return [
        ("accueil de l'observatoire", home, "page"),
        ("page du programme", page, "page"),
        ("page filtrée (caf, 2026)", f"{page}?type_structure=caf&periode=2026", "page"),
        ("recherche : attente", q(q="attente"), "search"),
        ("recherche : interprète", q(q="interprète"), "search"),
        ("recherche : téléphone", q(q="téléphone"), "search"),
        ("recherche : telephone", q(q="telephone"), "search"),
        ('recherche : "au guichet"', q(q='"au guichet"'), "search"),
        ("recherche : attente, caf, p. 3", q(q="attente", type="caf", page=3), "search"),
    ]


class Rollback(Exception):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--only", choices=["page", "search"], help="only the pages, or only the searches"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    call_command("migrate", verbosity=0)
    print(f"base : {connection.vendor}")
    print(
        f"{'séminaires':>10} {'textes':>7} {'build s':>7} {'index s':>7} | {'requête':<32} "
        f"{'médiane ms':>10} {'p95 ms':>7} {'requêtes':>8}"
    )
    failed = False
    for size in sizes:
        try:
            with transaction.atomic():
                start = time.perf_counter()
                programme, manager, texts, indexed = build(size)
                built = time.perf_counter() - start
                client = signed_in_client(manager)
                chosen = [r for r in requests(programme) if args.only in (None, r[2])]
                if args.only != "search":
                    chosen.insert(0, ("instantané : calcul (tâche)", programme, "refresh"))
                for n, (label, url, kind) in enumerate(chosen):
                    if kind == "refresh":  # once: the background task, the old page's work
                        median, p95, queries = refresh(url)
                        print(
                            f"{size:>10} {texts:>7} {built:>7.1f} {indexed:>7.1f} | {label:<32} "
                            f"{median:>10.1f} {p95:>7.1f} {queries:>8}"
                        )
                        continue
                    median, p95, queries, _ = measure(client, url, args.repeat)
                    lead = (
                        f"{size:>10} {texts:>7} {built:>7.1f} {indexed:>7.1f}"
                        if n == 0
                        else " " * 34
                    )
                    print(f"{lead} | {label:<32} {median:>10.1f} {p95:>7.1f} {queries:>8}")
                    target = PAGE_TARGET_MS if kind == "page" else SEARCH_TARGET_MS
                    if size >= TARGET_SIZE and p95 > target:
                        print(f"  !! {label}: p95 over {target:.0f} ms")
                        failed = True
                raise Rollback
        except Rollback:
            pass
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
