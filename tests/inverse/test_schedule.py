"""The two dated steps: the feedback request, once, after the day; the cleaning of
applications never confirmed and, later, of the applicants' personal data."""

import datetime as dt

from django.core import mail

from immersion.common.scheduling import run_due
from immersion.inverse.models import ApplicationStatus, ReverseApplication
from immersion.inverse.services import accept_application
from tests.factories import at_paris
from tests.inverse.factories import make_application


def _accepted(offer, host, **kwargs):
    application = make_application(offer, **kwargs)
    ReverseApplication.objects.filter(pk=application.pk).update(status=ApplicationStatus.CONFIRMED)
    return accept_application(actor=host.user, application=application)


def test_feedback_is_asked_once_and_only_for_accepted(
    host, offer, django_capture_on_commit_callbacks
):
    declined = make_application(offer, email="decline@example.fr", requester="10.0.0.3")
    ReverseApplication.objects.filter(pk=declined.pk).update(status=ApplicationStatus.DECLINED)
    _accepted(offer, host)
    mail.outbox.clear()
    day_after = at_paris(offer.date + dt.timedelta(days=1), "08:00")
    with django_capture_on_commit_callbacks(execute=True):
        assert run_due(day_after)["immersion-inversee-retours"] == 2
        assert run_due(day_after + dt.timedelta(days=3))["immersion-inversee-retours"] == 0
    assert len(mail.outbox) == 2
    assert "decline@example.fr" not in {m.to[0] for m in mail.outbox}


def test_unconfirmed_applications_are_deleted_after_seven_days(offer):
    pending = make_application(offer, email="pending@example.fr")
    kept = make_application(offer, email="kept@example.fr", requester="10.0.0.4")
    ReverseApplication.objects.filter(pk=kept.pk).update(status=ApplicationStatus.CONFIRMED)
    created = pending.created_at
    run_due(created + dt.timedelta(days=6))
    assert ReverseApplication.objects.filter(pk=pending.pk).exists()
    run_due(created + dt.timedelta(days=8))
    assert not ReverseApplication.objects.filter(pk=pending.pk).exists()
    assert ReverseApplication.objects.filter(pk=kept.pk).exists()


def test_personal_data_are_anonymised_a_year_after_the_day(host, offer):
    application = _accepted(offer, host)
    run_due(at_paris(offer.date + dt.timedelta(days=366), "08:00"))
    application.refresh_from_db()
    assert application.anonymised_at is not None
    assert (application.name, application.organisation, application.motivation) == ("", "", "")
    assert "sandrine" not in application.email
    assert application.status == ApplicationStatus.ACCEPTED


def test_the_audit_log_holds_no_personal_data_of_applicants(host, offer):
    from immersion.common.models import AuditEntry

    _accepted(offer, host)
    logged = " ".join(str(e.data) for e in AuditEntry.objects.all())
    assert "sandrine" not in logged.lower()
    assert "Caf d'Ille" not in logged
