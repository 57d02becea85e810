"""The seminar's life as a checklist: done, next or blocked (with the reason), in order."""

import datetime as dt

import pytest

from immersion.attendance.checklist import seminar_checklist
from immersion.attendance.convocations import queue_convocations
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from immersion.seminars import services
from tests.factories import (
    ParticipantFactory,
    SiteFactory,
    make_offer,
    make_participant_account,
    make_training_provider,
    mark_invited,
    sign_commitment_for,
)

pytestmark = pytest.mark.django_db

KEYS = [
    "open",
    "invite",
    "commitments",
    "assignment",
    "publish",
    "convocations",
    "days",
    "debrief",
    "followup",
]
BEFORE = dt.date(2027, 1, 18)  # two months before the factory's seminar (18 March 2027)


def states(seminar, today=BEFORE):
    checklist = seminar_checklist(seminar, today)
    assert [s.key for s in checklist.steps] == KEYS
    return {s.key: s.state for s in checklist.steps}, checklist


def test_a_new_draft_offers_to_open_registrations_and_says_why_the_rest_waits(seminar):
    found, checklist = states(seminar)
    assert found["open"] == "next"
    assert checklist.current.key == "open"
    assert checklist["invite"].reason == "Les invitations attendent l'ouverture des inscriptions."
    assert checklist["assignment"].state == "blocked"
    assert "« Calculer une affectation » attend l'ouverture" in checklist["assignment"].reason
    assert checklist["convocations"].reason == (
        "Les convocations attendent la publication de l'affectation."
    )
    assert checklist["followup"].state == "blocked"


def test_the_checklist_follows_the_seminar_from_opening_to_convocations(organizer, seminar):
    make_training_provider(seminar)
    seminar = services.open_seminar(actor=organizer, seminar=seminar)
    claire = ParticipantFactory(seminar=seminar, first_name="Claire")
    offer = make_offer(seminar, SiteFactory(name="Caf de Rennes"), "J2-matin")
    found, checklist = states(seminar)
    assert found["open"] == "done" and found["invite"] == "next"
    assert checklist["invite"].detail == "0 participants invités sur 1"
    assert checklist["commitments"].reason == (
        "Les engagements des participants attendent les invitations."
    )

    make_participant_account(claire)
    mark_invited(claire)
    sign_commitment_for(claire)
    found, checklist = states(seminar)
    assert found["invite"] == "done" and found["commitments"] == "done"
    assert "1 engagement de confidentialité signé sur 1" in checklist["commitments"].detail
    assert found["assignment"] == "next" and found["publish"] == "blocked"

    run = AssignmentRun.objects.create(
        seminar=seminar, status=RunStatus.DRAFT, state=SolveState.DONE
    )
    Placement.objects.create(run=run, participant=claire, offer=offer, half_day=offer.half_day)
    found, checklist = states(seminar)
    assert found["assignment"] == "done" and found["publish"] == "next"
    assert checklist.draft_run_id == run.pk

    from immersion.placements.services import publish_run

    publish_run(actor=organizer, run=run)
    seminar.refresh_from_db()
    found, checklist = states(seminar)
    assert found["publish"] == "done" and found["convocations"] == "next"
    assert (
        checklist["days"].reason == "Le séminaire commence le jeudi 18 mars 2027 : dans 59 jours."
    )

    queue_convocations(actor=organizer, seminar=seminar)
    found, checklist = states(seminar)
    assert found["convocations"] == "next"
    assert "1 à relire dans la boîte d'envoi" in checklist["convocations"].detail
    OutgoingEmail.objects.update(status=EmailStatus.SENT)
    found, _checklist = states(seminar)
    assert found["convocations"] == "done"

    # On the day: the day is the next step; after closing, debrief done and follow-up next.
    found, _checklist = states(seminar, dt.date(2027, 3, 18))
    assert found["days"] == "next"
    services.start_seminar(actor=organizer, seminar=seminar)
    seminar = services.close_seminar(actor=organizer, seminar=seminar)
    found, _checklist = states(seminar, dt.date(2027, 3, 20))
    assert found["days"] == "done" and found["debrief"] == "done"
    assert found["followup"] == "next"
    # Two months later the evaluation « à froid » goes out: the follow-up is under way.
    from django.utils import timezone

    from immersion.evaluations.models import FollowUpEmail, FollowUpKind

    FollowUpEmail.objects.create(
        seminar=seminar, user=organizer, kind=FollowUpKind.COLD, queued_at=timezone.now()
    )
    found, checklist = states(seminar, dt.date(2027, 5, 20))
    assert found["followup"] == "done"
    assert "Évaluation à froid envoyée" in checklist["followup"].detail


def test_convocations_wait_for_the_invitations(organizer, seminar):
    seminar = services.open_seminar(actor=organizer, seminar=seminar)
    claire = ParticipantFactory(seminar=seminar)
    offer = make_offer(seminar, SiteFactory(), "J2-matin")
    from tests.factories import make_published_assignment

    make_published_assignment(seminar, [(claire, offer)])
    found, checklist = states(seminar)
    assert found["convocations"] == "blocked"
    assert checklist["convocations"].reason == "Les convocations attendent les invitations."
    assert "1 retenue : participant pas encore invité" in checklist["convocations"].detail
