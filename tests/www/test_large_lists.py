"""Long lists (www/lists.py) on the organizer's participant list: pagination, search,
filters and sort kept in the URL, the selection's reminder in the background and its
streamed exports — with a number of queries that does not grow with the seminar."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from immersion.engagement.invitations import invite_participant
from immersion.engagement.models import Commitment
from immersion.notifications.models import BatchState, EmailBatch, EmailKind, OutgoingEmail
from immersion.people.models import Participant
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SiteFactory,
    bulk_participants,
    make_offer,
    make_published_assignment,
)
from tests.www.test_organizer_pages import body, csv_cells, sheet_cells

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


def text(response) -> str:
    return " ".join(strip_tags(page(response)).split())


@pytest.fixture
def people(seminar):
    return make_people(seminar)


def make_people(seminar):
    """Anne (élue, invited, signed, placed), Bruno (agent territorial at Rennes Métropole,
    invited), Chloé (not invited, unavailable on J2 morning), Denis (withdrawn)."""
    anne = ParticipantFactory(
        seminar=seminar, first_name="Anne", last_name="Abgrall", category="elu"
    )
    bruno = ParticipantFactory(
        seminar=seminar,
        first_name="Bruno",
        last_name="Bihan",
        email="bruno.bihan@rennes.example",
        organisation="Rennes Métropole",
        category="fonctionnaire_territorial",
    )
    chloe = ParticipantFactory(seminar=seminar, first_name="Chloé", last_name="Cadiou")
    chloe.unavailable_half_days.add(seminar.half_days.get(half_day="J2-matin"))
    denis = ParticipantFactory(seminar=seminar, first_name="Denis", last_name="Dantec")
    for p in (anne, bruno):
        invite_participant(actor=None, participant=p)
    Commitment.objects.create(
        participant=anne, version="1", text_digest="0" * 64, signed_at=timezone.now()
    )
    make_published_assignment(seminar, [(anne, make_offer(seminar, SiteFactory()))])
    Participant.objects.filter(pk=denis.pk).update(withdrawn_at=timezone.now())
    mail.outbox.clear()
    return anne, bruno, chloe, denis


def names(response) -> list[str]:
    """The people listed, in order (each row names its person twice: link and button)."""
    return list(dict.fromkeys(re.findall(r"(Abgrall|Bihan|Cadiou|Dantec)", text(response))))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Abgrall", "Bihan", "Cadiou"]),
        ("categorie=elu", ["Abgrall"]),
        ("statut=a-inviter", ["Cadiou"]),
        ("statut=invite", ["Bihan"]),
        ("statut=engage", ["Abgrall"]),
        ("statut=place", ["Abgrall"]),
        ("statut=desiste", ["Dantec"]),
        ("non_places=on", ["Bihan", "Cadiou"]),
        ("sans_engagement=on", ["Bihan", "Cadiou"]),
        ("q=rennes.example", ["Bihan"]),
        ("q=métropole bruno", ["Bihan"]),
        ("q=chlo", ["Cadiou"]),
        ("tri=-nom", ["Cadiou", "Bihan", "Abgrall"]),
        ("tri=categorie", ["Abgrall", "Cadiou", "Bihan"]),
        # A hand-edited URL is ignored, never an error page.
        ("statut=nimporte&tri=mot_de_passe&page=x", ["Abgrall", "Bihan", "Cadiou"]),
    ],
)
def test_participant_list_filters_searches_and_sorts_from_the_url(
    organizer_client, seminar, people, query, expected
):
    response = organizer_client.get(url("participant_list", seminar) + "?" + query)
    assert response.status_code == 200
    assert names(response) == expected


def test_participant_list_filters_by_half_day_availability(organizer_client, seminar, people):
    morning = seminar.half_days.get(half_day="J2-matin")
    response = organizer_client.get(url("participant_list", seminar) + f"?disponible={morning.pk}")
    assert names(response) == ["Abgrall", "Bihan"]
    assert "Disponible le" in page(response) and "Jour 2 — matin" in page(response)


def test_participant_list_is_paginated_and_links_keep_the_filters(organizer_client, seminar):
    bulk_participants(seminar, 120, category="elu")
    bulk_participants(seminar, 5, start=500)
    listing = organizer_client.get(url("participant_list", seminar) + "?categorie=elu&tri=-nom")
    content = page(listing)
    assert "120 participants" in text(listing) and "page 1 sur 3" in text(listing)
    assert content.count("Masse0") == 2 * 50  # the link and the button name each row
    assert "Masse0119" in content and "Masse0069" not in content
    assert 'aria-current="page"' in content and "Page suivante" in content
    assert 'href="?categorie=elu&amp;tri=-nom&amp;page=2"' in listing.content.decode()
    # Sorting by another column keeps the filter and goes back to the first page.
    assert 'href="?categorie=elu&amp;tri=organisme"' in listing.content.decode()
    last = text(organizer_client.get(url("participant_list", seminar) + "?categorie=elu&page=3"))
    assert "page 3 sur 3" in last and "Masse0119" in last and "Masse0099" not in last
    # The bulk actions carry the same selection.
    assert f"{url('participant_remind_selection', seminar)}?categorie=elu&amp;tri=-nom" in (
        listing.content.decode()
    )
    assert "Relancer les 120 personnes de cette sélection" in content


def test_export_of_the_selection_holds_only_its_rows(organizer_client, seminar, people):
    csv_url = url("participant_export", seminar, "csv") + "?sans_engagement=on&tri=-nom"
    rows = csv_cells(body(organizer_client.get(csv_url)))
    assert [r["Nom"] for r in rows] == ["Cadiou", "Bihan"]
    xlsx_url = url("participant_export", seminar, "xlsx") + "?categorie=elu"
    assert [r["Nom"] for r in sheet_cells(body(organizer_client.get(xlsx_url)))] == ["Abgrall"]
    # Without a selection: everyone, the withdrawn included (the import's example file).
    everyone = csv_cells(body(organizer_client.get(url("participant_export", seminar, "csv"))))
    assert len(everyone) == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Abgrall", "Bihan", "Cadiou"]),
        ("filtre=non-invites", ["Cadiou"]),
        ("filtre=jamais-connectes", ["Abgrall", "Bihan", "Cadiou"]),
        ("filtre=sans-engagement", ["Bihan", "Cadiou"]),
        ("filtre=a-relancer", ["Abgrall", "Bihan"]),
        ("filtre=a-relancer&categorie=elu", ["Abgrall"]),
        ("q=bihan", ["Bihan"]),
        ("tri=-nom", ["Cadiou", "Bihan", "Abgrall"]),
    ],
)
def test_followup_filters_searches_and_sorts_in_the_database(
    organizer_client, seminar, people, query, expected
):
    response = organizer_client.get(url("followup", seminar) + "?" + query)
    assert names(response) == expected
    assert "3 inscrits" in text(response)  # the figures stay the seminar's


def test_seminar_page_counts_come_from_aggregates(organizer_client, seminar, people):
    content = text(organizer_client.get(url("seminar_detail", seminar)))
    assert "2 invités, 1 engagements signés, 1 placés" in content


def test_reminding_a_selection_confirms_then_reminds_it_in_the_background(
    organizer_client, seminar, people, django_capture_on_commit_callbacks
):
    anne, bruno, chloe, _denis = people
    confirm_url = url("participant_remind_selection", seminar) + "?sans_engagement=on"
    confirmation = text(organizer_client.get(confirm_url))
    assert "La sélection compte 2 personnes." in confirmation
    assert f"1 personne recevra l'e-mail de relance « Rappel — {seminar.title}" in confirmation
    assert not EmailBatch.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(confirm_url)
    batch = EmailBatch.objects.get()
    assert (batch.kind, batch.state, batch.done, batch.total) == (
        EmailKind.REMINDER,
        BatchState.DONE,
        1,
        1,
    )
    assert response.url == url("participant_remind_batch", seminar, batch.pk)
    progress = text(organizer_client.get(response.url))
    assert "1 relance préparée et mise en file d'attente" in progress
    reminders = OutgoingEmail.objects.filter(kind=EmailKind.REMINDER)
    assert [e.to_email for e in reminders] == [bruno.email]
    # Now nobody in the selection may be reminded (48 hours): said, nothing queued.
    again = organizer_client.post(confirm_url, follow=True)
    assert "Personne à relancer dans cette sélection" in page(again)
    assert EmailBatch.objects.count() == 1


def test_reminder_progress_of_another_seminar_is_not_found(organizer_client, seminar, people):
    from tests.factories import SeminarFactory

    other = SeminarFactory()
    batch = EmailBatch.objects.create(seminar=other, kind=EmailKind.REMINDER, total=1)
    assert organizer_client.get(url("participant_remind_batch", seminar, batch.pk)).status_code == (
        404
    )


def queries(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        if response.streaming:
            body(response)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "target",
    [
        ("participant_list", ""),
        ("participant_list", "?statut=invite&tri=-invitation&page=2"),
        ("participant_remind_selection", "?sans_engagement=on"),
        ("seminar_detail", ""),
        ("followup", ""),
        ("followup", "?filtre=a-relancer&tri=-engagement&page=2"),
        ("followup", "?filtre=besoins&q=agent"),
        ("participant_export", "csv"),
        ("participant_export", "xlsx"),
        ("participant_export", "csv?categorie=elu"),
    ],
)
def test_list_pages_and_exports_take_as_many_queries_at_200_participants_as_at_20(
    organizer_client, seminar, target
):
    name, rest = target

    def path():
        if name == "participant_export":
            fmt, _sep, query = rest.partition("?")
            return url(name, seminar, fmt) + (f"?{query}" if query else "")
        return url(name, seminar) + rest

    now = timezone.now()
    first = bulk_participants(seminar, 20, invited_at=now - dt.timedelta(days=3))
    organizer_client.get(url("participant_list", seminar))  # warm the session and caches
    small = queries(organizer_client, path())
    more = bulk_participants(seminar, 180, start=20, invited_at=now - dt.timedelta(days=3))
    half_day = seminar.half_days.first()
    for p in (first + more)[::7]:
        p.unavailable_half_days.add(half_day)
    assert queries(organizer_client, path()) == small
