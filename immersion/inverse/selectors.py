"""Reads of the reverse immersion: the public list by territory, a host's offers, the
organizer's overview."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q

from immersion.inverse.models import (
    ApplicationStatus,
    OfferStatus,
    ReverseApplication,
    ReverseOffer,
)

ACTIVE = [ApplicationStatus.CONFIRMED, ApplicationStatus.ACCEPTED]


def _with_counts(queryset):
    return queryset.annotate(
        accepted_count=Count(
            "applications", filter=Q(applications__status=ApplicationStatus.ACCEPTED)
        ),
        to_decide_count=Count(
            "applications", filter=Q(applications__status=ApplicationStatus.CONFIRMED)
        ),
    )


@dataclass(frozen=True)
class Territory:
    code: str
    name: str


def public_territories(today: dt.date) -> list[Territory]:
    """The seminars' towns that have at least one open, upcoming offer."""
    rows = (
        ReverseOffer.objects.open()
        .upcoming(today)
        .values_list("seminar__city_code", "seminar__city_name")
        .distinct()
        .order_by("seminar__city_name")
    )
    seen, territories = set(), []
    for code, name in rows:
        if code not in seen:
            seen.add(code)
            territories.append(Territory(code=code, name=name))
    return territories


def public_offers(today: dt.date, *, city_code: str = ""):
    """Open, upcoming offers (of one seminar town when given), each with ``places_left``.
    Only what the public may read: no host e-mail, no applications."""
    offers = ReverseOffer.objects.open().upcoming(today).select_related("host", "seminar")
    if city_code:
        offers = offers.filter(seminar__city_code=city_code)
    offers = list(_with_counts(offers).order_by("date", "id"))
    for offer in offers:
        offer.places_left = max(offer.places - offer.accepted_count, 0)
    return offers


def public_offer(pk: int, today: dt.date) -> ReverseOffer | None:
    return (
        ReverseOffer.objects.open()
        .upcoming(today)
        .select_related("host", "seminar")
        .filter(pk=pk)
        .first()
    )


def host_offers(host):
    return _with_counts(host.reverse_offers.all()).order_by("-date", "-id")


def applications_for_host(offer):
    """What the host sees of an offer's applications: those whose address was confirmed
    (a pending one may be spam and is not theirs to judge yet)."""
    return offer.applications.exclude(status=ApplicationStatus.PENDING).order_by("created_at")


@dataclass(frozen=True)
class SeminarOverview:
    offers: list
    counts: dict
    total_places: int


def seminar_overview(seminar) -> SeminarOverview:
    """Every offer of the seminar with its applications by status and the feedback given."""
    statuses = {
        s.value: Count("applications", filter=Q(applications__status=s)) for s in ApplicationStatus
    }
    offers = list(
        seminar.reverse_offers.select_related("host")
        .annotate(
            **{f"n_{key}": value for key, value in statuses.items()},
            n_host_feedback=Count(
                "applications", filter=Q(applications__host_feedback_at__isnull=False)
            ),
            n_applicant_feedback=Count(
                "applications", filter=Q(applications__applicant_feedback_at__isnull=False)
            ),
        )
        .order_by("date", "id")
    )
    applications = ReverseApplication.objects.filter(offer__seminar=seminar)
    counts = {
        "offers": len(offers),
        "open_offers": sum(1 for o in offers if o.status == OfferStatus.OPEN),
        "hosts": len({o.host_id for o in offers}),
        **{key: sum(getattr(o, f"n_{key}") for o in offers) for key in statuses},
        "applications": applications.count(),
        "host_feedback": sum(o.n_host_feedback for o in offers),
        "applicant_feedback": sum(o.n_applicant_feedback for o in offers),
    }
    return SeminarOverview(offers=offers, counts=counts, total_places=sum(o.places for o in offers))
