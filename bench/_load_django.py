"""bench/load.py's database side, run with the production settings in a subprocess.

``python bench/_load_django.py seed --participants N --out plan.json``: a seminar running
today at ten times a real one's scale — N participants (200 by default) each with an account,
a signed commitment and an immersion (published assignment), host sites with their tutors
(each with an account), three organizers and an expert, some situations already noted for
the debrief board — built through the services; then one session per simulated person
(what signing in would have left: the load measures the day, not sign-in links) and the URLs
each will use. Writes the plan as JSON.

``python bench/_load_django.py count --plan plan.json --out stored.json``: the notebook rows
of that seminar written after the seed, counted by client id.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import math
import os
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.db.models import Max  # noqa: E402
from django.middleware.csrf import _get_new_csrf_string  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

NOTEBOOK_MODELS = ("Situation", "Astonishment", "TutorExchange")


def signature_png() -> str:
    """A drawn signature as the signing canvas sends it (a PNG data URL with some ink)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 70), (80, 20), (140, 75), (200, 25), (270, 60)], fill=(0, 0, 0, 255), width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def session_for(user) -> dict:
    """A signed-in session and a CSRF secret, as a browser holds them after signing in —
    for staff, after the second step too (as if the TOTP code had been typed)."""
    from immersion.accounts.second_factor import VERIFIED_SESSION_KEY

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if user.needs_second_factor:
        session[VERIFIED_SESSION_KEY] = "load-bench"
    session.create()
    csrf = _get_new_csrf_string()
    cookie = (
        f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={csrf}"
    )
    return {"user": user.pk, "cookie": cookie, "csrf": csrf}


def watermarks() -> dict[str, int]:
    from immersion.observation import models

    return {
        name: getattr(models, name).objects.aggregate(m=Max("pk"))["m"] or 0
        for name in NOTEBOOK_MODELS
    }


def seed(participants: int) -> dict:
    import datetime as dt

    from immersion.engagement.services import sign_commitment
    from immersion.observation import grid
    from immersion.observation.services import record_situation
    from immersion.people.services import link_account
    from immersion.placements.adapter import build_instance
    from immersion.placements.models import AssignmentRun
    from immersion.seminars.models import Seminar, SeminarStatus
    from tests.analysis.factories import ORGANISATIONS, SITE_PLAN
    from tests.factories import (
        ParticipantFactory,
        SeminarFactory,
        SiteFactory,
        UserFactory,
        make_offer,
        make_published_assignment,
        make_tutor,
        make_tutor_account,
    )

    today = timezone.localdate()
    organizers = [
        UserFactory(role="organizer", email=f"organisation{i}@charge.example.fr") for i in range(3)
    ]
    expert = UserFactory(role="expert", email="expert@charge.example.fr")
    seminar = SeminarFactory(
        organizers=organizers, start_date=today, title="Journée nationale — charge"
    )
    seminar.experts.add(expert)

    sites, offers, tutors = [], [], []
    site_count = max(len(SITE_PLAN), participants // 8)
    channel_count = sum(len(SITE_PLAN[i % len(SITE_PLAN)][1]) for i in range(site_count))
    capacity = math.ceil(participants / channel_count) + 1
    for i in range(site_count):
        kind, channels = SITE_PLAN[i % len(SITE_PLAN)]
        site = SiteFactory(
            name=f"Accueil {kind} n°{i}",
            kind=kind,
            organisation=ORGANISATIONS.get(kind, "Ville de Rennes"),
        )
        tutor = make_tutor(site, last_name=f"Tuteur{i}", email=f"tuteur{i}@charge.example.fr")
        tutors.append(make_tutor_account(tutor))
        sites.append(site)
        for channel in channels:
            offers.append(
                make_offer(
                    seminar,
                    site,
                    "J2-matin",
                    channel,
                    tutor=tutor,
                    capacity=1 if channel == "controle_sur_place" else capacity,
                )
            )
    inspections = [o for o in offers if o.channel == "controle_sur_place"]
    others = [o for o in offers if o.channel != "controle_sur_place"]

    people = []
    categories = ["fonctionnaire_etat", "fonctionnaire_territorial", "cadre_hopital", "elu"]
    for i in range(participants):
        person = ParticipantFactory(
            seminar=seminar,
            first_name="Observateur",
            last_name=f"Charge{i:04d}",
            email=f"observateur{i}@charge.example.fr",
            category=categories[i % len(categories)],
            organisation=f"Administration {i % 23}",
        )
        user = link_account(actor=None, participant=person)
        sign_commitment(actor=user, participant=person, accepted=True)
        people.append(person)
    pairs = [
        (p, inspections[i] if i < len(inspections) else others[i % len(others)])
        for i, p in enumerate(people)
    ]
    run = make_published_assignment(seminar, pairs)
    # The solver's input, as a solved run keeps it (about 1 kB per participant).
    AssignmentRun.objects.filter(pk=run.pk).update(instance=build_instance(seminar).data)
    Seminar.objects.filter(pk=seminar.pk).update(status=SeminarStatus.RUNNING)
    seminar.refresh_from_db()
    placements = {
        p.participant_id: p for p in run.placements.select_related("offer__site", "participant")
    }
    # Something on the debrief board before the day starts: one situation in two.
    for n, placement in enumerate(placements.values()):
        if n % 2:
            continue
        reasons = grid.codes(
            grid.contact_reasons(placement.offer.site.kind, placement.offer.channel)
        )
        record_situation(
            actor=None,
            placement=placement,
            client_id=uuid.uuid4(),
            observed_at=dt.time(9, n % 60),
            contact_reason=reasons[n % len(reasons)],
            waiting_minutes=n % 40,
            check_window=False,
        )

    half_day = "J1-apres-midi"
    pk = seminar.pk
    followup = reverse("organizer:followup", args=[pk])
    board = reverse("debrief:board", args=[pk])
    plan = {
        "seminar": pk,
        "half_day": half_day,
        "signature": signature_png(),
        "urls": {
            "sync": reverse("notebook:sync"),
            "followup": [
                followup,
                followup + "?filtre=jamais-connectes",
                followup + "?filtre=sans-questionnaire&tri=-nom",
                followup + "?page=3",
                followup + "?q=charge001",
            ],
            "kiosk_sheet": reverse("attendance:kiosk", args=[pk, half_day]),
            "debrief": [board]
            + [
                reverse("debrief:panel", args=[pk, slug])
                for slug in ("observe", "citations", "representativite")
            ],
            "tutor_home": reverse("site:tutor_home"),
        },
        "participants": [],
        "organizers": [session_for(u) for u in organizers],
        "experts": [session_for(expert)],
        # The kiosk's tablets: one organizer's and the expert's, each its own session.
        "kiosks": [session_for(organizers[0]), session_for(expert)],
        "tutors": [session_for(u) for u in tutors],
    }
    for i, person in enumerate(people):
        placement = placements[person.pk]
        site = placement.offer.site
        plan["participants"].append(
            {
                **session_for(person.user),
                "participant": person.pk,
                "placement": placement.pk,
                "reasons": grid.codes(grid.contact_reasons(site.kind, placement.offer.channel)),
                # One in two signs the half-day's sheet on their phone, the others at the
                # organizers' kiosk (a tablet at the welcome desk).
                "signs": "own" if i % 2 == 0 else "kiosk",
                "sign_url": reverse("attendance:sign", args=[person.pk, half_day])
                if i % 2 == 0
                else reverse("attendance:kiosk_sign", args=[pk, half_day, person.pk]),
            }
        )
    plan["watermarks"] = watermarks()
    return plan


def count(plan: dict) -> dict[str, int]:
    from immersion.observation import models

    counts: dict[str, int] = {}
    for name in NOTEBOOK_MODELS:
        rows = (
            getattr(models, name)
            .objects.filter(
                placement__run__seminar_id=plan["seminar"], pk__gt=plan["watermarks"][name]
            )
            .values_list("client_id", flat=True)
        )
        for client_id in rows:
            key = str(client_id)
            counts[key] = counts.get(key, 0) + 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    seed_parser = sub.add_parser("seed")
    seed_parser.add_argument("--participants", type=int, default=200)
    seed_parser.add_argument("--out", required=True)
    count_parser = sub.add_parser("count")
    count_parser.add_argument("--plan", required=True)
    count_parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "seed":
        result = seed(args.participants)
    else:
        result = count(json.loads(Path(args.plan).read_text()))
    Path(args.out).write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
