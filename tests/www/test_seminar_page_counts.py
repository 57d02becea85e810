"""The seminar page's figures and checklist come from aggregate queries: the same number of
queries at 20 and at 200 participants, placed and convoked."""

import pytest
from django.utils import timezone

from immersion.attendance.models import Convocation
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.placements.models import Placement
from tests.factories import SiteFactory, bulk_participants, make_offer, make_published_assignment
from tests.www.test_large_lists import queries, text, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


def place_and_convoke(seminar, run, offer, people, *, sent: bool):
    """Place ``people`` in the run and give each a convocation (sent or to review)."""
    Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=offer, half_day=offer.half_day) for p in people
    )
    emails = OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            seminar=seminar,
            to_email=p.email,
            subject="Convocation",
            body_text="…",
            kind=EmailKind.CONVOCATION,
            status=EmailStatus.SENT if sent else EmailStatus.DRAFT,
        )
        for p in people
    )
    Convocation.objects.bulk_create(
        Convocation(participant=p, run=run, fingerprint="x", email=e, created_at=timezone.now())
        for p, e in zip(people, emails, strict=True)
    )


def test_the_seminar_page_counts_placed_and_convoked_people_in_constant_queries(
    organizer_client, seminar
):
    offer = make_offer(seminar, SiteFactory(), capacity=500)
    run = make_published_assignment(seminar, [])
    now = timezone.now()
    first = bulk_participants(seminar, 20, invited_at=now)
    place_and_convoke(seminar, run, offer, first[:10], sent=True)
    place_and_convoke(seminar, run, offer, first[10:15], sent=False)
    organizer_client.get(url("seminar_detail", seminar))  # warm the session and caches
    small = queries(organizer_client, url("seminar_detail", seminar))
    content = text(organizer_client.get(url("seminar_detail", seminar)))
    assert "10 convocations envoyées sur 15 · 5 à relire dans la boîte d'envoi" in content
    more = bulk_participants(seminar, 180, start=20, invited_at=now)
    place_and_convoke(seminar, run, offer, more[:100], sent=True)
    # Held: placed, not invited yet.
    held = bulk_participants(seminar, 7, start=500)
    Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=offer, half_day=offer.half_day) for p in held
    )
    assert queries(organizer_client, url("seminar_detail", seminar)) == small
    content = text(organizer_client.get(url("seminar_detail", seminar)))
    assert "110 convocations envoyées sur 122 · 5 à relire dans la boîte d'envoi" in content
    assert "7 retenues : participants pas encore invités" in content
