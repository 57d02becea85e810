"""Reads of a host site's space: its current offers and the seminars it may offer to."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone

from immersion.common.geo import haversine_km
from immersion.seminars.models import Seminar, SeminarStatus
from immersion.sites.models import HostSite, Offer
from immersion.territory.selectors import communes_by_code

# Seminars a site may offer immersions to: still being prepared, and near enough (or
# already linked to the site by one of its offers). Those a little further away are shown
# as a second group: a coordinator may still choose to host observers there.
OPEN_STATUSES = (SeminarStatus.DRAFT, SeminarStatus.OPEN)
NEARBY_KM = 80
FARTHER_KM = 250


@dataclass
class OpenSeminars:
    near: list[Seminar] = field(default_factory=list)  # linked to the site, or ≤ NEARBY_KM
    farther: list[Seminar] = field(default_factory=list)  # NEARBY_KM < distance ≤ FARTHER_KM

    def __contains__(self, seminar) -> bool:
        return seminar in self.near or seminar in self.farther

    def __bool__(self) -> bool:
        return bool(self.near or self.farther)


def seminars_open_to(site: HostSite, *, today: dt.date | None = None) -> OpenSeminars:
    """Seminars in preparation (draft or open, not yet over) the site may declare offers to.

    A seminar whose city or the site has no known location counts as near: the coordinator
    must never be left with nothing to declare because a coordinate is missing.
    """
    today = today or timezone.localdate()
    seminars = list(
        Seminar.objects.filter(status__in=OPEN_STATUSES, end_date__gte=today).order_by(
            "start_date", "pk"
        )
    )
    linked = set(site.offers.values_list("seminar_id", flat=True))
    cities = communes_by_code(s.city_code for s in seminars)
    result = OpenSeminars()
    for seminar in seminars:
        city = cities.get(seminar.city_code)
        if seminar.pk in linked or city is None or site.latitude is None:
            result.near.append(seminar)
            continue
        km = haversine_km(site.latitude, site.longitude, city.latitude, city.longitude)
        if km <= NEARBY_KM:
            result.near.append(seminar)
        elif km <= FARTHER_KM:
            result.farther.append(seminar)
    return result


def current_offers(site: HostSite) -> list[Offer]:
    """The site's offers for every seminar not closed yet, whatever its phase, each with the
    number of observers the published assignment places there (``observer_count``)."""
    published = Q(placements__run__status="published", placements__participant__withdrawn_at=None)
    return list(
        site.offers.exclude(seminar__status=SeminarStatus.CLOSED)
        .select_related("seminar", "half_day", "tutor")
        .annotate(observer_count=Count("placements", filter=published, distinct=True))
        .order_by("seminar__start_date", "seminar_id", "half_day__starts_at", "channel")
    )


def offer_is_published(offer: Offer) -> bool:
    """True once a published assignment places someone on the offer: from then on only its
    tutor may change (the observers were told where and when)."""
    return offer.placements.filter(run__status="published").exists()


def tutor_hosts_published_immersions(tutor) -> bool:
    return Offer.objects.filter(
        tutor=tutor,
        placements__run__status="published",
        placements__participant__withdrawn_at=None,
    ).exists()
