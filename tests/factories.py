"""Factories for every domain app (factory_boy), built through the real services."""

import datetime as dt

import factory

from immersion.accounts.models import Role, User
from immersion.people.services import register_participant
from immersion.seminars.services import create_seminar
from immersion.sites.services import add_tutor, create_offer, create_site


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@example.fr")
    first_name = "Anne"
    last_name = factory.Sequence(lambda n: f"Martin{n}")
    role = Role.ORGANIZER
    password = factory.django.Password("motdepasse-de-test")

    class Params:
        admin = factory.Trait(role=Role.ADMIN, is_superuser=True, is_staff=True)


class SeminarFactory(factory.Factory):
    """A seminar created by the service, hence with the seed's programme."""

    class Meta:
        model = dict

    title = factory.Sequence(lambda n: f"Séminaire d'immersion n°{n}")
    city_code = "35238"
    start_date = dt.date(2027, 3, 18)
    organizers = ()

    @classmethod
    def _create(cls, model_class, organizers=(), status=None, **kwargs):
        actor = organizers[0] if organizers else None
        seminar = create_seminar(actor=actor, **kwargs)
        seminar.organizers.add(*organizers)
        if status:  # e.g. "open": invitations are refused while the seminar is a draft
            seminar.status = status
            seminar.save(update_fields=["status"])
        return seminar

    _build = _create


class SiteFactory(factory.Factory):
    class Meta:
        model = dict

    name = factory.Sequence(lambda n: f"Accueil n°{n}")
    kind = "caf"
    organisation = "Caf d'Ille-et-Vilaine"
    address = "Cours des Alliés"
    commune_code = "35238"

    class Params:
        cpam = factory.Trait(kind="cpam", organisation="Cpam d'Ille-et-Vilaine")
        ccas = factory.Trait(kind="ccas", organisation="Ville de Rennes")

    @classmethod
    def _create(cls, model_class, owners=(), **kwargs):
        """``owners``: the first creates the site (and owns it), the others are added."""
        site = create_site(actor=owners[0] if owners else None, **kwargs)
        site.owners.add(*owners[1:])
        return site

    _build = _create


def make_tutor(site, **kwargs):
    values = {"first_name": "Sandrine", "last_name": "Le Bihan", "job_title": "Conseillère"}
    values.update(kwargs)
    return add_tutor(actor=None, site=site, **values)


def make_offer(seminar, site, half_day="J2-matin", channel="accueil_physique", **kwargs):
    item = seminar.half_days.get(half_day=half_day)
    return create_offer(
        actor=None, seminar=seminar, site=site, half_day=item, channel=channel, **kwargs
    )


class ParticipantFactory(factory.Factory):
    class Meta:
        model = dict

    first_name = "Hélène"
    last_name = factory.Sequence(lambda n: f"Marchand{n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.fr")
    category = "fonctionnaire_etat"
    organisation = "DITP"
    home_commune_code = "35238"

    @classmethod
    def _create(cls, model_class, seminar, **kwargs):
        return register_participant(actor=None, seminar=seminar, **kwargs)

    _build = _create


def mark_invited(*participants):
    """As if their invitation had gone out (convocations wait for it)."""
    from django.utils import timezone

    from immersion.people.models import Participant

    Participant.objects.filter(pk__in=[p.pk for p in participants]).update(
        invited_at=timezone.now()
    )
    for participant in participants:
        participant.refresh_from_db()


def bulk_participants(seminar, count, *, name="Masse", start=0, **fields):
    """``count`` participants written in one insert (a large seminar, built fast): surnames
    ``{name}0000``…, e-mails ``{name.lower()}0@example.fr``…; ``fields`` are set on each
    (a callable gets the index, e.g. ``diet=lambda i: "vegetarien" if i % 2 else ""``)."""
    from immersion.people.models import Participant

    defaults = {
        "category": "fonctionnaire_etat",
        "organisation": "DITP",
        "home_commune_code": "35238",
    }

    def values(i):
        chosen = {**defaults, **fields}
        return {key: value(i) if callable(value) else value for key, value in chosen.items()}

    return Participant.objects.bulk_create(
        Participant(
            seminar=seminar,
            first_name="Agent",
            last_name=f"{name}{start + i:04d}",
            email=f"{name.lower()}{start + i}@example.fr",
            **values(i),
        )
        for i in range(count)
    )


def make_published_assignment(seminar, pairs, *, actor=None):
    """A published assignment run holding the given (participant, offer) placements."""
    from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState

    run = AssignmentRun.objects.create(
        seminar=seminar, status=RunStatus.PUBLISHED, state=SolveState.DONE, created_by=actor
    )
    Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=o, half_day=o.half_day) for p, o in pairs
    )
    return run


# --- Attendance (émargement) ---------------------------------------------------------------


def signature_png(*, ink: bool = True, size=(300, 120), variant: int = 0) -> str:
    """A PNG data URL like the signing canvas sends: a drawn stroke, or nothing."""
    import base64
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", size, (0, 0, 0, 0))
    if ink:
        draw = ImageDraw.Draw(image)
        points = [(20, 90), (80, 30), (140, 95), (200, 25), (270, 80)]
        draw.line([(x, y - 10 * (i % 2) * variant) for i, (x, y) in enumerate(points)], "black", 4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def at_paris(date, hhmm: str = "10:00"):
    """An aware datetime on that date, Paris wall-clock time (for patching the clock)."""
    from zoneinfo import ZoneInfo

    hours, minutes = (int(v) for v in hhmm.split(":"))
    return dt.datetime.combine(date, dt.time(hours, minutes), tzinfo=ZoneInfo("Europe/Paris"))


def frozen_clock(moment):
    """Patch Django's clock (no time-machine package): ``with frozen_clock(at_paris(d)):``."""
    from unittest import mock

    return mock.patch("django.utils.timezone.now", return_value=moment)


# Participants' and host sites' journeys (sign-in links, commitment, programme).


def make_participant_account(participant):
    """The participant's account (role participant, no password), as an invitation makes it."""
    from immersion.people.services import link_account

    return link_account(actor=None, participant=participant)


def sign_commitment_for(participant):
    from immersion.engagement.services import sign_commitment

    return sign_commitment(actor=participant.user, participant=participant, accepted=True)


def make_coordinator(site, **kwargs):
    from immersion.accounts.models import Role

    user = UserFactory(role=Role.SITE_COORDINATOR, **kwargs)
    site.coordinator = user
    site.save(update_fields=["coordinator"])
    return user


def make_tutor_account(tutor):
    from immersion.accounts.models import Role

    user = UserFactory(role=Role.TUTOR, email=tutor.email or f"tuteur{tutor.pk}@example.fr")
    tutor.user = user
    tutor.save(update_fields=["user"])
    return user


def make_journey(*, publish: bool = True, sign: bool = False):
    """A seminar with two host sites and their tutors, two participants with accounts and,
    unless ``publish`` is false, a published assignment: Hélène goes to the Caf in the
    morning (accueil physique) and to the Cpam in the afternoon (contrôle sur place)."""
    from types import SimpleNamespace

    organizer = UserFactory(role="organizer")
    seminar = SeminarFactory(organizers=[organizer], venue="Maison des associations, Rennes")
    caf = SiteFactory(
        name="Caf de Rennes — Colombier",
        address="Cours des Alliés",
        postal_code="35000",
        latitude=48.1045,
        longitude=-1.6729,
        access_notes="Entrée du personnel, côté parking.",
    )
    cpam = SiteFactory(
        cpam=True,
        name="Cpam — accueil de Cleunay",
        address="2 rue Jules Vallès",
        postal_code="35000",
        latitude=48.1030,
        longitude=-1.7150,
    )
    caf_tutor = make_tutor(
        caf,
        first_name="Sandrine",
        last_name="Le Bihan",
        job_title="Conseillère service à l'usager",
        email="sandrine.lebihan@caf.example.fr",
        phone="02 99 00 00 01",
    )
    cpam_tutor = make_tutor(
        cpam, first_name="Erwan", last_name="Jaouen", job_title="Agent de contrôle"
    )
    morning = make_offer(seminar, caf, "J2-matin", "accueil_physique", tutor=caf_tutor)
    afternoon = make_offer(seminar, cpam, "J2-apres-midi", "controle_sur_place", tutor=cpam_tutor)
    helene = ParticipantFactory(
        seminar=seminar,
        first_name="Hélène",
        last_name="Marchand",
        email="helene.marchand@example.fr",
        phone="06 12 34 56 78",
        function="Sous-préfète",
        organisation="Préfecture d'Ille-et-Vilaine",
    )
    paul = ParticipantFactory(
        seminar=seminar,
        first_name="Paul",
        last_name="Rouxel",
        email="paul.rouxel@example.fr",
        category="elu",
        function="Maire adjoint",
        organisation="Ville de Vitré",
    )
    for participant in (helene, paul):
        make_participant_account(participant)
    run = None
    if publish:
        run = make_published_assignment(
            seminar, [(helene, morning), (helene, afternoon), (paul, morning)], actor=organizer
        )
    if sign:
        sign_commitment_for(helene)
    return SimpleNamespace(
        organizer=organizer,
        seminar=seminar,
        caf=caf,
        cpam=cpam,
        caf_tutor=caf_tutor,
        cpam_tutor=cpam_tutor,
        morning=morning,
        afternoon=afternoon,
        helene=helene,
        paul=paul,
        run=run,
    )


def make_training_provider(seminar, **fields):
    """The seminar's training provider: Qualiopi documents (attendance sheets, certificates,
    convocations) are refused until it is filled in."""
    from immersion.attendance.services import save_training_provider

    values = {
        "name": "Institut des services publics",
        "representative_name": "Sylvain Lemoine",
        "representative_title": "Directeur",
        **fields,
    }
    return save_training_provider(actor=None, seminar=seminar, **values)
