"""The reverse immersion end to end: offer → public application → confirmation link →
acceptance → e-mails with the .ics → feedback from both sides after the day."""

import datetime as dt
import re

import time_machine
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from immersion.common.scheduling import run_due
from immersion.inverse.models import ApplicationStatus, ReverseApplication
from immersion.inverse.tokens import CONFIRMATION_PLACEHOLDER, FEEDBACK_PLACEHOLDER
from immersion.notifications.models import OutgoingEmail
from tests.conftest import page
from tests.factories import at_paris
from tests.inverse.factories import application_data


def _link(message, path: str) -> str:
    found = re.search(r"https?://[^/\s]+(" + re.escape(path) + r"[^\s\"<]+)", message.body)
    assert found, message.body
    return found.group(1)


def test_reverse_immersion_end_to_end(client, host, offer, django_capture_on_commit_callbacks):
    # The public page lists the open offer, without an account.
    listing = client.get(reverse("public:reverse_list"))
    assert listing.status_code == 200
    assert "Comité de direction, arbitrages budgétaires" in page(listing)
    assert "1 place" in page(listing)
    apply_url = reverse("public:reverse_apply", args=[offer.pk])
    assert apply_url in page(listing)

    # The application waits for its address; the e-mail carries a single-use link.
    form = client.get(apply_url)
    started = re.search(r'name="started" value="([^"]+)"', page(form)).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url, {**application_data(), "started": started})
    assert response.status_code == 302
    assert response.url == reverse("public:reverse_sent")
    application = ReverseApplication.objects.get()
    assert application.status == ApplicationStatus.PENDING
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sandrine@caf.example.fr"]
    confirm_link = _link(mail.outbox[0], "/immersion-inversee/confirmer/")
    # The outbox keeps the placeholder, never the link.
    stored = OutgoingEmail.objects.get(to_email="sandrine@caf.example.fr")
    assert CONFIRMATION_PLACEHOLDER in stored.body_text
    assert confirm_link not in stored.body_text

    # The host sees nothing before the confirmation.
    host_client = client.__class__()
    host_client.force_login(host.user)
    detail_url = reverse("participant:reverse_offer", args=[host.pk, offer.pk])
    assert "Sandrine Accueil" not in page(host_client.get(detail_url))

    # The link: GET puts the token aside and shows a button; POST confirms, once.
    response = client.get(confirm_link)
    assert response.url == reverse("public:reverse_confirm")
    assert "Confirmer ma candidature" in page(client.get(response.url))
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(reverse("public:reverse_confirm"))
    assert "Candidature confirmée" in page(confirmed)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.CONFIRMED
    assert application.confirmed_at is not None
    assert mail.outbox[-1].to == [host.email]
    assert "candidature à examiner" in mail.outbox[-1].subject
    assert client.get(confirm_link).status_code == 410

    # The host accepts; both sides get a confirmation with the calendar invitation.
    assert "Sandrine Accueil" in page(host_client.get(detail_url))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = host_client.post(
            reverse("participant:reverse_accept", args=[host.pk, application.pk])
        )
    assert response.url == detail_url
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    assert sorted(m.to[0] for m in mail.outbox) == sorted([host.email, application.email])
    for message in mail.outbox:
        (filename, content, mimetype) = message.attachments[0]
        assert filename == f"immersion-inversee-{offer.date:%Y-%m-%d}.ics"
        assert mimetype == "text/calendar"
        event = Calendar.from_ical(content).walk("VEVENT")[0]
        assert event.decoded("dtstart") == at_paris(offer.date, "09:00")
        assert event.decoded("dtend") == at_paris(offer.date, "17:30")
        assert "Claire Dirigeante" in str(event["summary"])
        assert str(event["location"]) == offer.place
    # The offer is full: the public page says so and a new application is refused.
    assert "Complet" in page(client.get(reverse("public:reverse_list")))

    # Nothing is asked before the day; the day after, both sides once.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert run_due(at_paris(offer.date, "20:00"))["immersion-inversee-retours"] == 0
    after = at_paris(offer.date + dt.timedelta(days=1), "10:00")
    with time_machine.travel(after, tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert run_due(after)["immersion-inversee-retours"] == 2
            assert run_due(after)["immersion-inversee-retours"] == 0
        assert sorted(m.to[0] for m in mail.outbox) == sorted([host.email, application.email])
        to_applicant = next(m for m in mail.outbox if m.to == [application.email])
        feedback_link = _link(to_applicant, "/immersion-inversee/retour/")
        stored = OutgoingEmail.objects.filter(to_email=application.email).latest("pk")
        assert FEEDBACK_PLACEHOLDER in stored.body_text

        # The applicant answers by their link, once.
        assert "Votre retour sur l'immersion inversée" in page(client.get(feedback_link))
        response = client.post(feedback_link, {"rating": "5", "comment": "Très instructif."})
        assert response.url == reverse("public:reverse_list")
        assert client.get(feedback_link).status_code == 410
        # The host answers from their space (signed in again: days have passed).
        host_client.force_login(host.user)
        feedback_url = reverse("participant:reverse_feedback", args=[host.pk, application.pk])
        response = host_client.post(feedback_url, {"rating": "4", "comment": "À refaire."})
        assert response.url == detail_url
    application.refresh_from_db()
    assert (application.applicant_rating, application.applicant_comment) == (5, "Très instructif.")
    assert (application.host_rating, application.host_comment) == (4, "À refaire.")


def test_accepting_respects_the_places(client, host, offer):
    from immersion.inverse.services import accept_application, confirm_application
    from tests.inverse.factories import make_application

    first = make_application(offer, email="a@example.fr")
    second = make_application(offer, email="b@example.fr", requester="10.0.0.2")
    for application in (first, second):
        ReverseApplication.objects.filter(pk=application.pk).update(
            status=ApplicationStatus.CONFIRMED
        )
    accept_application(actor=host.user, application=first)
    client.force_login(host.user)
    response = client.post(reverse("participant:reverse_accept", args=[host.pk, second.pk]))
    assert "Toutes les places de cette offre sont déjà prises." in page(client.get(response.url))
    second.refresh_from_db()
    assert second.status == ApplicationStatus.CONFIRMED
    assert confirm_application("not-a-token") is None


def test_decline_tells_the_applicant(client, host, offer, django_capture_on_commit_callbacks):
    from tests.inverse.factories import make_application

    application = make_application(offer)
    ReverseApplication.objects.filter(pk=application.pk).update(status=ApplicationStatus.CONFIRMED)
    client.force_login(host.user)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("participant:reverse_decline", args=[host.pk, application.pk]))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DECLINED
    assert mail.outbox[0].to == [application.email]
    assert "n'a pas pu être retenue" in mail.outbox[0].body


def test_a_withdrawn_application_frees_its_place(client, host, offer):
    from immersion.inverse.services import accept_application
    from tests.inverse.factories import make_application

    application = make_application(offer)
    ReverseApplication.objects.filter(pk=application.pk).update(status=ApplicationStatus.CONFIRMED)
    accept_application(actor=host.user, application=application)
    assert "Complet" in page(client.get(reverse("public:reverse_list")))
    client.force_login(host.user)
    url = reverse("participant:reverse_withdraw", args=[host.pk, application.pk])
    response = client.post(url)
    assert "sa place est de nouveau libre" in page(client.get(response.url))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert "1 place" in page(client.get(reverse("public:reverse_list")))
    # Twice: a French message, nothing changes.
    response = client.post(url)
    assert "Seule une candidature confirmée ou acceptée peut être retirée." in page(
        client.get(response.url)
    )
