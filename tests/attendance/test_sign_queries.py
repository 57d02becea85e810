"""The arrival rush of an immersion day: everyone opens the sheet and signs within minutes
(bench/load.py). Each signing request reads and writes a fixed number of rows, whatever the
seminar's size, and no more than the ones counted here."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from immersion.attendance.models import Signature
from immersion.common.models import AuditEntry
from tests.factories import UserFactory, at_paris, bulk_participants, frozen_clock, signature_png

pytestmark = pytest.mark.django_db

DAY2 = dt.date(2027, 3, 19)
HALF_DAY = "J2-matin"


def add_participants(seminar, count, start=0):
    """``count`` participants with an account each (the phone signs under its own session)."""
    people = bulk_participants(seminar, count, name="Ruee", start=start)
    for person in people[:2]:
        person.user = UserFactory(role="participant", email=person.email)
        person.save(update_fields=["user"])
    return people


def count(client, method, path, **data):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(path, data) if data else getattr(client, method)(path)
    assert response.status_code == (302 if method == "post" else 200), response
    return len(captured)


def rush(organizer_client, seminar, phone, kiosk) -> dict[str, int]:
    """The queries of each request of one person arriving: the phone's page and signature,
    the kiosk's sheet and a signature on it."""
    own = reverse("attendance:sign", args=[phone.pk, HALF_DAY])
    sheet = reverse("attendance:kiosk", args=[seminar.pk, HALF_DAY])
    on_kiosk = reverse("attendance:kiosk_sign", args=[seminar.pk, HALF_DAY, kiosk.pk])
    client = Client()  # the participant's phone, beside the organizer's tablet
    client.force_login(phone.user)
    image = signature_png()
    with frozen_clock(at_paris(DAY2, "08:40")):
        client.get(reverse("attendance:mine"))  # the session's first stamp (inactivity)
        organizer_client.get(reverse("attendance:kiosk_home", args=[seminar.pk]))
        counts = {
            "page": count(client, "get", own),
            "sign": count(client, "post", own, action="draw", image=image),
            "sheet": count(organizer_client, "get", sheet),
            "kiosk_sign": count(organizer_client, "post", on_kiosk, action="draw", image=image),
        }
    assert Signature.objects.filter(participant__in=[phone, kiosk], half_day=HALF_DAY).count() == 2
    return counts


# A participant's signature: session, user, the participant with its seminar and programme
# (read once for the page and the service), then the transaction — not signed yet, insert
# (in a savepoint), the audit entry — and the session's "thank you" message. Django's model
# validation does not look up again the rows the service holds nor check the constraints the
# insert enforces. The page's menu asks the rules, not Django's permission tables.
EXPECTED = {"page": 6, "sign": 14, "sheet": 11, "kiosk_sign": 16}


def test_signing_takes_as_many_queries_at_200_participants_as_at_20(organizer_client, seminar):
    first = add_participants(seminar, 20)
    small = rush(organizer_client, seminar, first[0], first[1])
    more = add_participants(seminar, 180, start=20)
    large = rush(organizer_client, seminar, more[0], more[1])
    assert large == small == EXPECTED
    assert AuditEntry.objects.filter(action="attendance.sign").count() == 4


def test_a_second_signature_at_the_same_instant_is_refused_by_the_database(seminar):
    """The service no longer checks the table's constraints before the insert: two devices
    signing at once still end with one signature and a clear message."""
    from django.core.exceptions import ValidationError

    from immersion.attendance import services
    from immersion.attendance.halfdays import get_half_day

    person = add_participants(seminar, 1)[0]
    slot = get_half_day(seminar, HALF_DAY)
    with frozen_clock(at_paris(DAY2, "08:40")):
        services.sign_attendance(
            actor=person.user,
            participant=person,
            half_day=HALF_DAY,
            image=signature_png(),
            place="own_device",
        )
        # The other device passed the "not signed yet" check before this one inserted.
        with pytest.raises(ValidationError, match="déjà émargée"):
            services._participant_signature(
                actor=person.user,
                participant=person,
                half_day=slot,
                method="drawn",
                place="kiosk",
                image=signature_png(),
            )
    assert Signature.objects.filter(participant=person).count() == 1
