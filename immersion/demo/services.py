"""Builds the demo seminar "Vivez ma vie d'usager — Rennes" through the real services."""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from immersion.accounts.demo import enrol_demo_account
from immersion.accounts.models import Role, User
from immersion.accounts.services import get_or_create_link_account
from immersion.attendance.convocations import queue_convocations
from immersion.attendance.services import save_training_provider
from immersion.demo.data import (
    DEMO_PASSWORDS,
    OFFERS,
    PARTICIPANT_ACCESS_NEEDS,
    PARTICIPANTS,
    SITE_ACCESS,
    SITES,
    TUTORS,
)
from immersion.demo.debrief import add_demo_debrief
from immersion.demo.evaluations import add_demo_evaluations
from immersion.demo.inverse import add_demo_reverse_offers
from immersion.demo.journeys import add_demo_guests
from immersion.demo.observations import add_demo_observations
from immersion.people.models import Participant
from immersion.people.services import link_account, mark_invited, register_participant
from immersion.placements.services import publish_run, start_run
from immersion.seminars.models import Programme, Seminar
from immersion.seminars.services import (
    attach_to_programme,
    create_programme,
    create_seminar,
    open_seminar,
)
from immersion.sites import services as site_services
from immersion.sites.models import HostSite, Tutor
from immersion.territory.services import load_context_extract

DEMO_TITLE = "Vivez ma vie d'usager — Rennes"
DEMO_EMAIL_DOMAIN = "demo.vivez-ma-vie-usager.fr"


@dataclass(frozen=True)
class DemoLogin:
    email: str
    password: str
    role: str


def demo_logins() -> list[DemoLogin]:
    return [DemoLogin(email, values[3], values[0]) for email, values in DEMO_PASSWORDS.items()]


def demo_programme_name(year: int) -> str:
    return f"Vivez ma vie d'usager {year}"


def next_demo_start(today: dt.date) -> dt.date:
    """The first Thursday at least six weeks ahead: the demo always looks upcoming."""
    start = today + dt.timedelta(days=42)
    return start + dt.timedelta(days=(3 - start.weekday()) % 7)


def _slug_email(first: str, last: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    text = "".join(c for c in text if c.isalnum() or c == ".")
    return f"{text}@{DEMO_EMAIL_DOMAIN}"


def load_demo(*, today: dt.date | None = None) -> Seminar:
    """The demo seminar, then its shared analysis (answers and contributions, redacted
    outside the seminar's transaction)."""
    seminar = _load_demo_seminar(today=today or timezone.localdate())
    add_demo_observations(seminar)
    add_demo_debrief(moderator=seminar.experts.get(), seminar=seminar)
    add_demo_evaluations(seminar)
    add_demo_reverse_offers(seminar=seminar)
    return seminar


@transaction.atomic
def _load_demo_seminar(*, today: dt.date) -> Seminar:
    users = {}
    for email, (role, first, last, password) in DEMO_PASSWORDS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=password,
                role=role,
                first_name=first,
                last_name=last,
                is_staff=role == "admin",
                is_superuser=role == "admin",
            )
            # Pre-enrolled with a published secret: the sign-in page's demo panel (development
            # only) shows the code, so that whoever tries the demo needs no authenticator.
            enrol_demo_account(user)
        users[role] = user
    organizer = users["organizer"]

    seminar = create_seminar(
        actor=organizer,
        title=DEMO_TITLE,
        city_code="35238",
        start_date=next_demo_start(today),
        venue="Maison des associations, 6 cours des Alliés, 35000 Rennes",
    )
    seminar.experts.add(users["expert"])
    programme = Programme.objects.filter(name=demo_programme_name(seminar.start_date.year)).first()
    if programme is None:
        programme = create_programme(
            actor=organizer,
            name=demo_programme_name(seminar.start_date.year),
            year=seminar.start_date.year,
            managers=[users["programme_manager"]],
        )
    attach_to_programme(actor=organizer, seminar=seminar, programme=programme)
    # The territory's real figures (INSEE, DREES) for Rennes, Ille-et-Vilaine and France.
    load_context_extract(actor=organizer)
    half_days = {h.half_day: h for h in seminar.half_days}

    sites = {}
    for key, name, kind, organisation, address, postal, code, lat, lon, access in SITES:
        site = HostSite.objects.filter(name=name, commune_code=code).first()
        if site is None:
            site = site_services.create_site(
                actor=organizer,
                name=name,
                kind=kind,
                organisation=organisation,
                address=address,
                postal_code=postal,
                commune_code=code,
                commune_name="",
                latitude=lat,
                longitude=lon,
                accessibility_notes=access,
                step_free_access=SITE_ACCESS.get(key, (None, []))[0],
                aids=SITE_ACCESS.get(key, (None, []))[1],
            )
            for first, last, job in TUTORS.get(key, []):
                site_services.add_tutor(
                    actor=organizer,
                    site=site,
                    first_name=first,
                    last_name=last,
                    job_title=job,
                    email=_slug_email(first, last),
                )
        elif not site.owners.filter(pk=organizer.pk).exists():
            # A site left by an earlier load (or another organizer): the demo organizer
            # must be able to change it, name its coordinator and its tutors.
            site_services.add_site_owners(actor=organizer, site=site, users=[organizer])
        sites[key] = site
    caf = sites["caf-rennes"]
    caf.coordinator = users["site_coordinator"]
    caf.save(update_fields=["coordinator"])

    for key, half_day, channel, capacity, authorisation, forbidden, rules in OFFERS:
        site = sites[key]
        tutors = list(site.tutors.all())
        tutor = next(
            (
                t
                for t in tutors
                if ("contrôl" in t.job_title.lower()) == (channel == "controle_sur_place")
            ),
            None,
        )
        site_services.create_offer(
            actor=organizer,
            seminar=seminar,
            site=site,
            half_day=half_days[half_day],
            channel=channel,
            capacity=capacity,
            needs_authorisation=authorisation,
            forbidden_categories=forbidden,
            rules_notes=rules,
            tutor=tutor or (tutors[0] if tutors else None),
        )

    for (
        first,
        last,
        category,
        organisation,
        function,
        home,
        unavailable,
        prefs,
        access,
        diet,
    ) in PARTICIPANTS:
        register_participant(
            actor=organizer,
            seminar=seminar,
            first_name=first,
            last_name=last,
            email=_slug_email(first, last),
            category=category,
            organisation=organisation,
            function=function,
            home_commune_code=home,
            preferences=prefs,
            accessibility_needs=access,
            access_needs=PARTICIPANT_ACCESS_NEEDS.get((first, last), []),
            dietary_needs=diet,
            available_half_days=[h for code, h in half_days.items() if code not in unavailable],
        )
    # A tutor of the Caf with an account, to try the tutor's space (sign-in by link).
    tutor = caf.tutors.order_by("last_name").first()
    if tutor is not None:
        link_demo_tutor(tutor)
    add_demo_guests(actor=organizer, seminar=seminar)
    seminar = open_seminar(actor=organizer, seminar=seminar)
    # The demo's participants count as invited (no invitation e-mail in the outbox): their
    # convocations are held until then.
    for participant in seminar.participants.active():
        mark_invited(actor=organizer, participant=participant)
    # The assignment is calculated and published, so that every space has something to show;
    # the convocations wait in the outbox for the organizer to review them.
    run = publish_run(actor=organizer, run=start_run(actor=organizer, seminar=seminar))
    # Qualiopi documents name the training provider: the demo fills it in (a fictitious one).
    save_training_provider(
        actor=organizer,
        seminar=seminar,
        name="Institut de formation des services publics (démonstration)",
        representative_name=organizer.get_full_name() or organizer.email,
        representative_title="Organisateur du séminaire",
        contact=organizer.email,
    )
    queue_convocations(actor=organizer, seminar=run.seminar)
    seminar.refresh_from_db()
    return seminar


def link_demo_tutor(tutor) -> User:
    """The tutor's account (role tutor, no password), as an invitation would create it."""
    if tutor.user_id is None:
        user = get_or_create_link_account(
            actor=None,
            email=tutor.email,
            role=Role.TUTOR,
            first_name=tutor.first_name,
            last_name=tutor.last_name,
        )
        tutor.user = user
        tutor.save(update_fields=["user", "updated_at"])
    return tutor.user


def demo_account(email: str) -> User | None:
    """The demo account behind an address: an existing account, a demo participant's or a
    demo tutor's (created on first use). ``None`` if the address is not the demo's."""
    email = email.strip().lower()
    if not email.endswith("@" + DEMO_EMAIL_DOMAIN):
        return None
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user
    participant = Participant.objects.active().filter(email__iexact=email).first()
    if participant is not None:
        return link_account(actor=None, participant=participant)
    tutor = Tutor.objects.filter(email__iexact=email).first()
    if tutor is not None:
        return link_demo_tutor(tutor)
    return None
