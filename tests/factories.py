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
    def _create(cls, model_class, organizers=(), **kwargs):
        actor = organizers[0] if organizers else None
        seminar = create_seminar(actor=actor, **kwargs)
        seminar.organizers.add(*organizers)
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
    def _create(cls, model_class, **kwargs):
        return create_site(actor=None, **kwargs)

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
