"""Observers placed in an immersion, for the notebook's tests (built through the services)."""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from immersion.engagement.services import sign_commitment
from immersion.people.models import Participant
from immersion.placements.models import Placement
from immersion.placements.selectors import published_run
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_offer,
    make_published_assignment,
    make_tutor,
)


def notebook_open_start() -> dt.date:
    """A first day that puts today inside the notebook's window (the seminar's first day)."""
    return timezone.localdate() - dt.timedelta(days=1)


@dataclass
class Observer:
    seminar: object
    site: object
    offer: object
    participant: object
    user: object
    placement: object


def make_observer(
    *,
    seminar=None,
    site=None,
    kind="caf",
    channel="accueil_physique",
    half_day="J2-matin",
    signed=True,
    organizer=None,
    published=True,
) -> Observer:
    """A participant with an account, placed (published assignment) in one offer."""
    if seminar is None:
        organizer = organizer or UserFactory(role="organizer")
        seminar = SeminarFactory(organizers=[organizer], start_date=notebook_open_start())
    if site is None:
        organisation = {"caf": "Caf d'Ille-et-Vilaine", "cpam": "Cpam d'Ille-et-Vilaine"}.get(
            kind, "Ville de Rennes"
        )
        site = SiteFactory(kind=kind, organisation=organisation)
    capacity = 1 if channel == "controle_sur_place" else 4  # an inspection takes one observer
    offer = make_offer(
        seminar, site, half_day=half_day, channel=channel, capacity=capacity, tutor=make_tutor(site)
    )
    user = UserFactory(role="participant", first_name="Claire", last_name="Observatrice")
    participant = ParticipantFactory(seminar=seminar, organisation="Préfecture")
    Participant.objects.filter(pk=participant.pk).update(user=user)
    participant.refresh_from_db()
    if signed:
        sign_commitment(actor=user, participant=participant, accepted=True)
    placement = None
    if published:
        run = published_run(seminar)
        if run is None:
            run = make_published_assignment(seminar, [(participant, offer)])
            placement = run.placements.get()
        else:
            placement = Placement.objects.create(
                run=run, participant=participant, offer=offer, half_day=offer.half_day
            )
    return Observer(seminar, site, offer, participant, user, placement)


def add_observer(observer: Observer, *, signed=True) -> Observer:
    """A second participant placed in the same offer of the same published run."""
    user = UserFactory(role="participant")
    participant = ParticipantFactory(seminar=observer.seminar, organisation="Rectorat")
    Participant.objects.filter(pk=participant.pk).update(user=user)
    participant.refresh_from_db()
    if signed:
        sign_commitment(actor=user, participant=participant, accepted=True)
    placement = Placement.objects.create(
        run=observer.placement.run,
        participant=participant,
        offer=observer.offer,
        half_day=observer.offer.half_day,
    )
    return Observer(observer.seminar, observer.site, observer.offer, participant, user, placement)
