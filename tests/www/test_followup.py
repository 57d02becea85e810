"""The organizer's follow-up of the participants: statuses, reminders (capped), convocations."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from immersion.accounts.models import User
from immersion.engagement.invitations import invite_participant
from immersion.engagement.models import Phase, QuestionnaireResponse
from immersion.engagement.services import sign_commitment
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    SiteFactory,
    UserFactory,
    frozen_clock,
    make_offer,
    make_published_assignment,
    make_training_provider,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    """Invitations go out once registrations are open (refused in draft)."""
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


NOW = dt.datetime(2027, 2, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _long_sessions(settings):
    settings.SESSION_COOKIE_AGE = 5 * 365 * 24 * 3600


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


@pytest.fixture
def people(seminar, organizer, django_capture_on_commit_callbacks):
    """Claire did everything; Yann signed in only; Inès was invited; Marc was not."""
    claire = ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou")
    yann = ParticipantFactory(
        seminar=seminar, first_name="Yann", last_name="Le Goff", dietary_needs="Végétarien"
    )
    ines = ParticipantFactory(
        seminar=seminar,
        first_name="Inès",
        last_name="Haddad",
        accessibility_needs="Malvoyante : documents en gros caractères",
    )
    marc = ParticipantFactory(seminar=seminar, first_name="Marc", last_name="Péron")
    with frozen_clock(NOW - dt.timedelta(days=10)):
        for p in (claire, yann, ines):
            invite_participant(actor=organizer, participant=p)
            p.refresh_from_db()
        User.objects.filter(pk__in=[claire.user_id, yann.user_id]).update(last_login=timezone.now())
        sign_commitment(actor=claire.user, participant=claire, accepted=True)
        QuestionnaireResponse.objects.create(
            participant=claire, phase=Phase.BEFORE, submitted_at=timezone.now()
        )
    mail.outbox.clear()
    return claire, yann, ines, marc


def test_dashboard_shows_each_step_and_the_counts(organizer_client, seminar, people):
    with frozen_clock(NOW):
        content = page(organizer_client.get(url("followup", seminar)))
    flat = " ".join(strip_tags(content).split())
    for figure in [
        "4 inscrits",
        "3 invités",
        "2 connectés",
        "1 engagements signés",
        "1 questionnaires remplis",
        "2 besoins particuliers",
    ]:
        assert figure in flat, figure
    assert "signé 22/01" in content and "rempli 22/01" in content
    assert "Malvoyante" in content and "Végétarien" in content
    assert "à inviter d'abord" in content and "tout est fait" in content
    assert url("followup_remind", seminar, people[1].pk) in content
    assert url("followup_remind", seminar, people[0].pk) not in content  # nothing missing
    assert url("followup_remind", seminar, people[3].pk) not in content  # not invited


def test_dashboard_filters(organizer_client, seminar, people):
    with frozen_clock(NOW):
        content = page(organizer_client.get(url("followup", seminar) + "?filtre=sans-engagement"))
    assert "3 participants" in content
    assert "Guillou" not in content and "Le Goff" in content and "Péron" in content
    content = page(organizer_client.get(url("followup", seminar) + "?filtre=besoins"))
    assert "2 participants" in content and "Haddad" in content and "Péron" not in content


def test_dashboard_query_count_does_not_grow_with_participants(
    organizer_client, organizer, seminar, django_assert_max_num_queries
):
    for _i in range(15):
        p = ParticipantFactory(seminar=seminar)
        invite_participant(actor=organizer, participant=p)
        sign_commitment(actor=None, participant=p, accepted=True)
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    organizer_client.get(reverse("organizer:seminar_list"))
    # The page's participants are read once, with their accounts (not again for the journeys).
    with django_assert_max_num_queries(14):
        organizer_client.get(url("followup", seminar))


def test_reminder_says_what_is_missing_and_carries_a_fresh_sign_in_link(
    organizer_client, seminar, people, django_capture_on_commit_callbacks
):
    yann = people[1]
    with frozen_clock(NOW), django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(url("followup_remind", seminar, yann.pk), follow=True)
    assert "Relance envoyée à Yann Le Goff." in page(response)
    [message] = mail.outbox
    assert message.to == [yann.email]
    assert "signer l'engagement de confidentialité" in message.body
    assert "répondre au questionnaire « avant »" in message.body
    assert "se connecter à son espace" not in message.body
    link = re.search(r"https?://\S+/connexion/lien/\S+/", message.body).group(0)
    assert link.startswith("http://testserver/")
    email = OutgoingEmail.objects.get(kind=EmailKind.REMINDER)
    assert email.status == EmailStatus.SENT and email.seminar == seminar


def test_never_more_than_one_reminder_per_person_per_48_hours(
    organizer_client, organizer, seminar, people, django_capture_on_commit_callbacks
):
    yann = people[1]
    remind = url("followup_remind", seminar, yann.pk)
    with frozen_clock(NOW), django_capture_on_commit_callbacks(execute=True):
        organizer_client.force_login(organizer)
        organizer_client.post(remind)
    with frozen_clock(NOW + dt.timedelta(hours=47, minutes=59)):
        organizer_client.force_login(organizer)  # two days later: signed in again
        content = page(organizer_client.get(url("followup", seminar)))
        assert "prochaine relance possible le 3/02 à 10:00" in content
        assert remind not in content
        response = organizer_client.post(remind, follow=True)
        assert "prochaine relance possible le 3 février à 10:00" in page(response)
    assert len(mail.outbox) == 1
    with (
        frozen_clock(NOW + dt.timedelta(hours=48, minutes=1)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        organizer_client.force_login(organizer)
        assert remind in page(organizer_client.get(url("followup", seminar)))
        organizer_client.post(remind)
    assert len(mail.outbox) == 2


def test_remind_everyone_who_has_not_signed_the_commitment(
    organizer_client, organizer, seminar, people, django_capture_on_commit_callbacks
):
    claire, yann, ines, marc = people
    with frozen_clock(NOW), django_capture_on_commit_callbacks(execute=True):
        organizer_client.force_login(organizer)
        organizer_client.post(url("followup_remind", seminar, yann.pk))
    with (
        frozen_clock(NOW + dt.timedelta(hours=2)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        organizer_client.force_login(organizer)  # two hours idle: signed in again
        response = organizer_client.post(
            url("followup_remind_all", seminar), {"etape": "engagement"}, follow=True
        )
    content = page(response)
    assert "1 relance(s) envoyée(s)." in content
    assert "1 personne(s) déjà relancée(s) il y a moins de 48 heures" in content
    assert [m.to for m in mail.outbox] == [[yann.email], [ines.email]]  # not Marc: not invited
    assert "se connecter à son espace" in mail.outbox[1].body


def test_a_participant_not_invited_is_not_reminded(organizer_client, seminar, people):
    marc = people[3]
    response = organizer_client.post(url("followup_remind", seminar, marc.pk), follow=True)
    assert "Marc Péron n'a pas encore été invité(e)" in page(response)
    assert not OutgoingEmail.objects.filter(kind=EmailKind.REMINDER).exists()


def test_convocations_are_prepared_from_the_dashboard(organizer_client, seminar, people):
    make_training_provider(seminar)
    response = organizer_client.post(url("followup_convocations", seminar), follow=True)
    assert "Publiez d'abord l'affectation" in page(response)
    offer = make_offer(seminar, SiteFactory(), "J2-matin", capacity=4)
    make_published_assignment(seminar, [(p, offer) for p in people[:2]])
    response = organizer_client.post(url("followup_convocations", seminar), follow=True)
    assert response.redirect_chain[-1][0].endswith("?statut=draft&type=convocation")
    assert "2 convocation(s) prête(s) : relisez-les puis envoyez-les." in page(response)
    assert "2 courriels à relire" in page(response)
    content = page(organizer_client.get(url("followup", seminar)))
    assert "2 convocations à relire" in content


def test_organizer_of_another_seminar_gets_404s(client, seminar, people):
    client.force_login(UserFactory(role="organizer"))
    assert client.get(url("followup", seminar)).status_code == 404
    assert client.post(url("followup_remind", seminar, people[1].pk)).status_code == 404
    assert (
        client.post(url("followup_remind_all", seminar), {"etape": "connexion"}).status_code == 404
    )
    assert client.post(url("followup_convocations", seminar)).status_code == 404
    assert not OutgoingEmail.objects.filter(kind=EmailKind.REMINDER).exists()


def test_my_seminars_page_cannot_remind_another_seminars_participant(organizer_client, seminar):
    other = SeminarFactory(organizers=[UserFactory(role="organizer")], status="open")
    stranger = ParticipantFactory(seminar=other)
    assert organizer_client.post(url("followup_remind", seminar, stranger.pk)).status_code == 404


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator", "expert"])
def test_other_roles_are_refused_the_follow_up(client, seminar, people, role):
    client.force_login(UserFactory(role=role))
    assert client.get(url("followup", seminar)).status_code == 403
    assert client.post(url("followup_remind", seminar, people[1].pk)).status_code == 403
