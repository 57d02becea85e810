"""Large seminars: server time, queries and size of the organizer's list pages at 20, 200
and 2,000 participants.

Usage: ``python bench/pages.py [--sizes 20,200,2000] [--repeat 7]`` — on SQLite (a temporary
file), or on PostgreSQL when ``DATABASE_URL`` is set (each seminar is built in a transaction
rolled back at the end: the database is left as it was; on PostgreSQL the tables are
analysed after the build, as autovacuum would after such an import).

Each seminar is built in bulk (bulk_create): sites (one in five without coordinates, two
tutors each) and their offers on both immersion half-days, participants (three in four
invited, one in two with the commitment signed, one in three unavailable on a half-day), a
published assignment placing every participant, an e-mail per participant in the outbox
(one in two to review), the first immersion half-day's sheet signed by one in two, a
situation and an astonishment in one notebook in three. Each page is requested as a
signed-in organizer with Django's test client: one warm-up, then
``--repeat`` requests; printed per page: median and p95 server time, queries, size. Exits 1
when a page's query count grows with the seminar or a list page at 2,000 participants is
over 300 ms (p95) or 300 KB (issue 15's targets; the exports hold every row, so only their
queries are held constant).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench-pages.sqlite3"

import django  # noqa: E402

django.setup()

from _clients import signed_in_client  # noqa: E402
from _page_timing import analyse, measure  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

TARGET_MS = 300.0
TARGET_KB = 300.0


def build(size: int):
    """A seminar of ``size`` participants and its organizer, built in bulk."""
    import datetime as dt
    import uuid

    from immersion.attendance.models import Signature, TrainingProvider
    from immersion.engagement.models import Commitment
    from immersion.notifications.models import EmailStatus, OutgoingEmail
    from immersion.observation.models import Astonishment, Situation
    from immersion.people.models import Participant
    from immersion.placements.adapter import build_instance
    from immersion.placements.models import (
        AssignmentRun,
        Placement,
        RunStatus,
        SolveState,
        UnplacedHalfDay,
    )
    from immersion.sites.models import HostSite, Offer, Tutor
    from tests.factories import SeminarFactory, UserFactory

    organizer = UserFactory(role="organizer")
    seminar = SeminarFactory(organizers=[organizer], status="open")
    half_days = list(seminar.half_days)
    site_count = max(2, size // 20)
    capacity = math.ceil(size / site_count)
    sites = HostSite.objects.bulk_create(
        HostSite(
            name=f"Accueil {size}-{i}",
            kind="caf",
            organisation=f"Organisme {i}",
            address="Cours des Alliés",
            commune_code="35238",
            commune_name="Rennes",
            latitude=None if i % 5 == 0 else 48.11,
            longitude=None if i % 5 == 0 else -1.68,
        )
        for i in range(site_count)
    )
    Tutor.objects.bulk_create(
        Tutor(site=site, first_name="Tuteur", last_name=f"T{j}", job_title="Agent d'accueil")
        for site in sites
        for j in range(2)
    )
    offers = Offer.objects.bulk_create(
        Offer(
            seminar=seminar,
            site=site,
            half_day=half_day,
            channel="accueil_physique",
            capacity=capacity,
        )
        for site in sites
        for half_day in half_days
    )
    now = timezone.now()
    categories = ["fonctionnaire_etat", "fonctionnaire_territorial", "elu", "enseignant"]
    people = Participant.objects.bulk_create(
        Participant(
            seminar=seminar,
            first_name=f"Prénom{i}",
            last_name=f"Nom{i:05d}",
            email=f"personne{size}-{i}@example.fr",
            category=categories[i % len(categories)],
            organisation=f"Organisme {i % 37}",
            home_commune_code="35238",
            home_commune_name="Rennes",
            invited_at=now if i % 4 else None,
        )
        for i in range(size)
    )
    through = Participant.unavailable_half_days.through
    through.objects.bulk_create(
        through(participant_id=p.pk, programmeitem_id=half_days[-1].pk) for p in people[::3]
    )
    Commitment.objects.bulk_create(
        Commitment(participant=p, version="1", text_digest="0" * 64, signed_at=now)
        for p in people[::2]
    )
    score = {
        "total": 1000,
        "distinct_kinds": 1,
        "distinct_channels": 1,
        "preference": 0,
        "mix_extra": 0,
        "dropped_previous": 0,
    }
    published = AssignmentRun.objects.create(
        seminar=seminar,
        status=RunStatus.PUBLISHED,
        state=SolveState.DONE,
        number=1,
        breakdown={f"p{p.pk}": score for p in people},
    )
    # A proposal calculated after it (the review of a draft checks every rule again).
    draft = AssignmentRun.objects.create(
        seminar=seminar,
        status=RunStatus.DRAFT,
        state=SolveState.DONE,
        number=2,
        based_on=published,
        breakdown={f"p{p.pk}": score for p in people},
    )
    first = [o for o in offers if o.half_day_id == half_days[0].pk]
    unavailable = {p.pk for p in people[::3]}
    for run in (published, draft):
        # Every participant placed on the first half-day; on the last, those available are
        # left without an immersion (slots full), as the review shows them.
        Placement.objects.bulk_create(
            Placement(run=run, participant=p, offer=first[i % len(first)], half_day=half_days[0])
            for i, p in enumerate(people)
        )
        UnplacedHalfDay.objects.bulk_create(
            UnplacedHalfDay(
                run=run,
                participant=p,
                half_day=half_days[-1],
                reason="full",
                reasons=["les créneaux compatibles sont complets"],
            )
            for p in people
            if p.pk not in unavailable
        )
    # The solver's input as a real run stores it (about 1 kB per participant), and its
    # unplaced list: the pages must not read them with every placement.
    instance = build_instance(seminar).data
    unplaced = [
        {
            "participant": f"p{p.pk}",
            "half_day": half_days[-1].half_day,
            "codes": ["full"],
            "reasons": ["les créneaux compatibles sont complets"],
        }
        for p in people
        if p.pk not in unavailable
    ]
    AssignmentRun.objects.filter(pk__in=[published.pk, draft.pk]).update(
        instance=instance, unplaced=unplaced
    )
    placements = list(Placement.objects.filter(run=published).order_by("pk"))
    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            seminar=seminar,
            to_email=p.email,
            to_name=p.full_name,
            kind="convocation",
            subject=f"Convocation — {seminar.title}",
            body_text="…",
            status=EmailStatus.DRAFT if i % 2 else EmailStatus.SENT,
        )
        for i, p in enumerate(people)
    )
    Signature.objects.bulk_create(
        Signature(
            seminar=seminar,
            half_day=half_days[0].half_day,
            participant=p,
            signer_name=p.full_name,
            method="drawn",
            place="kiosk",
            image="data:image/png;base64," + "A" * 2000,
            signed_at=now,
        )
        for p in people[::2]
    )
    Situation.objects.bulk_create(
        Situation(
            placement=pl, client_id=uuid.uuid4(), observed_at=dt.time(9), contact_reason="rsa"
        )
        for pl in placements[::3]
    )
    Astonishment.objects.bulk_create(
        Astonishment(placement=pl, client_id=uuid.uuid4(), text="Étonnant.")
        for pl in placements[::3]
    )
    TrainingProvider.objects.create(seminar=seminar, name="Institut des services publics")
    if connection.vendor == "postgresql":
        # Statistics of the tables just filled, as autovacuum would gather after such an
        # import: without them the planner takes 2,000 rows for one (nested loops).
        analyse()
    seminar.bench_runs = (published, draft)
    return seminar, organizer


def pages(seminar) -> list[tuple[str, str, bool]]:
    """(label, URL, is a list page held to the targets)."""
    from immersion.placements.models import Placement

    pk = seminar.pk
    participants = reverse("organizer:participant_list", args=[pk])
    first = Placement.objects.filter(run=seminar.bench_runs[0]).select_related("offer").first()
    site_pk, code = first.offer.site_id, first.half_day.half_day
    published, draft = seminar.bench_runs

    def run_url(run):
        return reverse("organizer:assignment_run", args=[pk, run.pk])

    return [
        ("séminaire", reverse("organizer:seminar_detail", args=[pk]), True),
        ("participants", participants, True),
        ("participants filtrés p.2", participants + "?statut=invite&tri=-nom&page=2", True),
        ("participants recherche", participants + "?q=prénom1", True),
        ("suivi", reverse("organizer:followup", args=[pk]), True),
        ("suivi à relancer", reverse("organizer:followup", args=[pk]) + "?filtre=a-relancer", True),
        (
            "relancer la sélection",
            reverse("organizer:participant_remind_selection", args=[pk]) + "?sans_engagement=on",
            True,
        ),
        ("boîte d'envoi", reverse("organizer:outbox", args=[pk]), True),
        (
            "boîte d'envoi à relire p.2",
            reverse("organizer:outbox", args=[pk]) + "?statut=draft&q=nom0&page=2",
            True,
        ),
        ("offres", reverse("organizer:offer_list", args=[pk]), True),
        (
            "offres places libres",
            reverse("organizer:offer_list", args=[pk]) + "?places_libres=on",
            True,
        ),
        ("structures", reverse("organizer:site_list"), True),
        (
            "structures sans coordonnées",
            reverse("organizer:site_list") + "?sans_coordonnees=on&tri=-offres",
            True,
        ),
        ("structure et tuteurs", reverse("organizer:site_detail", args=[site_pk]), True),
        ("formation", reverse("organizer:training", args=[pk]), True),
        (
            "formation non émargés",
            reverse("organizer:training", args=[pk]) + f"?demi_journee={code}&emargement=non-signe",
            True,
        ),
        ("feuille d'émargement", reverse("organizer:training_sheet", args=[pk, code]), True),
        ("émargement tablette", reverse("attendance:kiosk", args=[pk, code]), True),
        ("carnets", reverse("notebook:seminar", args=[pk]), True),
        ("carnets sans note", reverse("notebook:seminar", args=[pk]) + "?sans_note=on", True),
        ("logistique", reverse("organizer:logistics", args=[pk]), True),
        (
            "logistique régimes",
            reverse("organizer:logistics", args=[pk]) + "?regime=particulier&page=3",
            True,
        ),
        ("affectation par participant", run_url(published), True),
        ("affectation non placés p.2", run_url(published) + "?sans_immersion=full&page=2", True),
        ("affectation recherche", run_url(published) + "?q=prénom1&type_structure=caf", True),
        ("affectation par structure", run_url(published) + "?vue=structures", True),
        ("proposition par participant", run_url(draft), True),
        (
            "inviter la sélection",
            reverse("organizer:participant_invite_selection", args=[pk]) + "?statut=a-inviter",
            True,
        ),
        (
            "désister la sélection",
            reverse("organizer:participant_withdraw_selection", args=[pk]) + "?categorie=elu",
            True,
        ),
        (
            "imprimer la sélection",
            reverse("organizer:participant_print_selection", args=[pk]) + "?categorie=elu",
            True,
        ),
        ("export csv", reverse("organizer:participant_export", args=[pk, "csv"]), False),
        ("export xlsx", reverse("organizer:participant_export", args=[pk, "xlsx"]), False),
    ]


def invite_batch(seminar, organizer) -> str:
    """The background work of « Inviter la sélection » (everyone not invited yet), timed:
    one transaction, all or nothing (how long it holds SQLite's write lock)."""
    from immersion.engagement.invitations import run_invitation_batch, start_invitation_batch

    selection = seminar.participants.filter(invited_at=None)
    ids = list(selection.values_list("pk", flat=True))
    batch = start_invitation_batch(actor=organizer, seminar=seminar, participants=selection)
    start = time.perf_counter()
    batch = run_invitation_batch(batch.pk, "http://bench.example/", ids)
    elapsed = time.perf_counter() - start
    return f"{len(ids)} invitations en {elapsed:.1f} s ({batch.get_state_display()})"


class Rollback(Exception):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,200,2000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    call_command("migrate", verbosity=0)
    print(f"base : {connection.vendor}")
    print(
        f"{'participants':>12} {'build s':>7} | {'page':<26} "
        f"{'médiane ms':>10} {'p95 ms':>7} {'requêtes':>8} {'Ko':>7}"
    )
    queries_by_page: dict[str, set[int]] = {}
    failed = False
    for size in sizes:
        try:
            with transaction.atomic():
                start = time.perf_counter()
                seminar, organizer = build(size)
                built = time.perf_counter() - start
                client = signed_in_client(organizer)
                for n, (label, url, held) in enumerate(pages(seminar)):
                    median, p95, queries, size_bytes = measure(client, url, args.repeat)
                    kb = size_bytes / 1024
                    lead = f"{size:>12} {built:>7.1f}" if n == 0 else " " * 20
                    print(
                        f"{lead} | {label:<26} {median:>10.1f} {p95:>7.1f} {queries:>8} {kb:>7.1f}"
                    )
                    queries_by_page.setdefault(label, set()).add(queries)
                    if held and size >= 2000 and (p95 > TARGET_MS or kb > TARGET_KB):
                        print(f"  !! {label}: over {TARGET_MS:.0f} ms or {TARGET_KB:.0f} KB")
                        failed = True
                task = invite_batch(seminar, organizer)
                print(f"{'':>20} | {'tâche : inviter la sélection':<26} {task}")
                raise Rollback
        except Rollback:
            pass
    for label, counts in queries_by_page.items():
        if len(counts) > 1:
            print(f"  !! {label}: the query count changes with the size: {sorted(counts)}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
