import datetime as dt
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from immersion.accounts.models import SignInLink, User
from immersion.analysis.summary import seminar_analysis
from immersion.attendance.models import AttendanceCode, Signature
from immersion.common.models import AuditEntry
from immersion.common.scheduling import run_due
from immersion.gdpr.anonymise import ERASED_SIGNATURE
from immersion.gdpr.retention import apply_retention, deletion_date
from immersion.inverse.models import ReverseApplication
from immersion.logistics.models import Guest
from immersion.notifications.models import OutgoingEmail
from immersion.people.models import Participant
from tests.analysis.factories import make_debrief_seminar
from tests.factories import make_journey
from tests.gdpr.helpers import add_guest_and_application, add_personal_traces, rows_containing

PARIS = ZoneInfo("Europe/Paris")


def at(day: dt.date):
    return time_machine.travel(dt.datetime.combine(day, dt.time(3), tzinfo=PARIS), tick=False)


@pytest.fixture
def journey(db):
    journey = make_journey(sign=True)
    add_personal_traces(journey.helene)
    add_guest_and_application(journey.seminar, journey.paul)
    return journey


def test_nothing_goes_before_the_retention_period(journey):
    with at(deletion_date(journey.seminar) - dt.timedelta(days=1)):
        assert apply_retention() == []
    assert Participant.objects.get(pk=journey.helene.pk).email == "helene.marchand@example.fr"


def test_personal_data_go_after_the_retention_period_and_observations_stay(journey):
    seminar = journey.seminar
    user_pk = journey.helene.user_id
    with at(deletion_date(seminar)):
        [report] = apply_retention()
    assert report.seminar_id == seminar.pk
    assert report.counts["participants"] == 2
    assert report.counts["accounts"] == 2
    assert report.counts["signatures"] == 1
    assert report.counts["attendance_codes"] == 1
    assert report.counts["emails"] >= 1
    assert report.counts["guests"] == 1
    assert report.counts["applications"] == 1
    helene = Participant.objects.get(pk=journey.helene.pk)
    assert helene.full_name == "Personne anonymisée"
    assert helene.email == f"anonyme-{helene.pk}@anonyme.invalid"
    assert (helene.phone, helene.organisation, helene.function) == ("", "", "")
    assert helene.category == "fonctionnaire_etat"  # the statistics' key stays
    assert helene.commitments.exists()  # the commitment's date stays, anonymous
    assert not User.objects.filter(pk=user_pk).exists()
    assert not SignInLink.objects.filter(user_id=user_pk).exists()
    signature = Signature.objects.get(participant=helene)
    assert (signature.image, signature.signer_name) == (ERASED_SIGNATURE, "")
    assert not AttendanceCode.objects.exists()
    assert not OutgoingEmail.objects.filter(to_email__icontains="marchand").exists()
    assert Guest.objects.get().name == "Invité·e anonymisé·e"
    assert ReverseApplication.objects.get().anonymised_at is not None
    for needle in ("Marchand", "helene.marchand", "Rouxel", "Gaëlle Invitée", "Yannick"):
        assert rows_containing(needle) == [], needle
    # The audit log says what was done, with counts and never a name.
    entry = AuditEntry.objects.get(action="retention.apply")
    assert entry.seminar_pk == seminar.pk and entry.actor is None
    assert entry.data["participants"] == 2


def test_retention_is_idempotent(journey):
    with at(deletion_date(journey.seminar)):
        assert len(apply_retention()) == 1
        assert apply_retention() == []
        assert apply_retention(dry_run=True) == []
    assert AuditEntry.objects.filter(action="retention.apply").count() == 1


def test_an_account_still_used_by_a_later_seminar_stays(journey):
    from tests.factories import ParticipantFactory, SeminarFactory

    later = SeminarFactory(start_date=journey.seminar.start_date + dt.timedelta(days=800))
    again = ParticipantFactory(seminar=later, email=journey.helene.email)
    Participant.objects.filter(pk=again.pk).update(user=journey.helene.user)
    with at(deletion_date(journey.seminar)):
        [report] = apply_retention()
    assert report.counts["accounts"] == 1  # Paul's only
    assert User.objects.filter(pk=journey.helene.user_id).exists()
    assert Participant.objects.get(pk=again.pk).email == "helene.marchand@example.fr"


def test_the_debrief_gives_the_same_figures_after_anonymisation(db):
    built = make_debrief_seminar(participants=8)
    with at(deletion_date(built.seminar)):
        before = seminar_analysis(built.seminar)
        [report] = apply_retention()
        assert report.counts["participants"] == 8
        built.seminar.refresh_from_db()
        after = seminar_analysis(built.seminar)
    assert after == before


def test_the_retention_period_is_a_setting(journey, settings):
    settings.IMMERSION_RETENTION_MONTHS = 1
    end = journey.seminar.end_date
    assert deletion_date(journey.seminar) == dt.date(end.year, end.month + 1, end.day)
    with at(end + dt.timedelta(days=40)):
        assert len(apply_retention(dry_run=True)) == 1


def test_dry_run_command_shows_counts_and_changes_nothing(journey):
    out = StringIO()
    with at(deletion_date(journey.seminar)):
        call_command("apply_retention", "--dry-run", stdout=out)
    text = out.getvalue()
    assert f"Séminaire n°{journey.seminar.pk}" in text
    assert "participants anonymisés : 2" in text
    assert "Simulation : rien n'a été modifié." in text
    assert "Marchand" not in text
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "Marchand"
    assert not AuditEntry.objects.filter(action="retention.apply").exists()

    out = StringIO()
    with at(deletion_date(journey.seminar)):
        call_command("apply_retention", stdout=out)
    assert "participants anonymisés : 2" in out.getvalue()
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "anonymisée"


def test_the_daily_due_task_applies_it_once_a_day(journey):
    with at(deletion_date(journey.seminar)):
        run_due()
        run_due()
    assert Participant.objects.get(pk=journey.helene.pk).last_name == "anonymisée"
    assert AuditEntry.objects.filter(action="retention.apply").count() == 1
