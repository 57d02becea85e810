import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.accounts.models import Role, SignInLink
from immersion.engagement.invitations import (
    invite_participant,
    invite_participants,
    invite_site_coordinator,
    invite_tutor,
    run_invitation_batch,
    start_invitation_batch,
)
from immersion.notifications.models import EmailBatch, EmailKind, OutgoingEmail
from immersion.people.services import withdraw_participant
from tests.conftest import page
from tests.factories import ParticipantFactory, SiteFactory, UserFactory, make_tutor

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    """Invitations go out once registrations are open (refused in draft)."""
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


def link_in(body: str) -> str:
    line = next(line for line in body.splitlines() if "/connexion/lien/" in line)
    return line[line.index("/connexion/") :].strip()


def test_invitation_creates_a_passwordless_participant_account_and_emails_a_link(
    seminar, organizer, client, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(seminar=seminar, email="Anne.Rouxel@example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        email = invite_participant(
            actor=organizer, participant=participant, base_url="https://vmv.example.fr"
        )
    participant.refresh_from_db()
    user = participant.user
    assert user.role == Role.PARTICIPANT and user.email == "anne.rouxel@example.fr"
    assert not user.has_usable_password()
    assert participant.invited_at is not None
    assert email.kind == EmailKind.INVITATION and email.seminar == seminar
    [message] = mail.outbox
    assert message.to == ["anne.rouxel@example.fr"]
    assert seminar.title in message.subject
    assert "https://vmv.example.fr/connexion/lien/" in message.body
    assert "14 jours" in message.body
    assert "https://vmv.example.fr/connexion/lien/" in message.alternatives[0][0]
    client.post(link_in(message.body))
    assert client.get("/", follow=True).request["PATH_INFO"] == reverse(
        "participant:dashboard", args=[participant.pk]
    )


def test_reinviting_reuses_the_account_with_a_new_link(
    seminar, organizer, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(seminar=seminar)
    with django_capture_on_commit_callbacks(execute=True):
        invite_participant(actor=organizer, participant=participant)
        invite_participant(actor=organizer, participant=participant)
    participant.refresh_from_db()
    assert SignInLink.objects.filter(user=participant.user).count() == 2
    assert OutgoingEmail.objects.filter(kind="invitation").count() == 2


def test_one_account_for_the_same_person_in_two_seminars(organizer):
    from tests.factories import SeminarFactory

    first = ParticipantFactory(
        seminar=SeminarFactory(organizers=[organizer], status="open"), email="a@ex.fr"
    )
    second = ParticipantFactory(
        seminar=SeminarFactory(organizers=[organizer], status="open"), email="a@ex.fr"
    )
    invite_participant(actor=organizer, participant=first)
    invite_participant(actor=organizer, participant=second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.user == second.user


def test_inviting_all_skips_those_already_invited_and_withdrawn(seminar, organizer):
    invited = ParticipantFactory(seminar=seminar)
    invite_participant(actor=organizer, participant=invited)
    withdrawn = ParticipantFactory(seminar=seminar)
    withdraw_participant(actor=organizer, participant=withdrawn)
    ParticipantFactory(seminar=seminar)
    ParticipantFactory(seminar=seminar)
    assert invite_participants(actor=organizer, seminar=seminar) == 2
    assert invite_participants(actor=organizer, seminar=seminar) == 0
    withdrawn.refresh_from_db()
    assert withdrawn.invited_at is None and withdrawn.user is None


def test_withdrawn_participant_is_not_invited(seminar, organizer):
    participant = ParticipantFactory(seminar=seminar)
    withdraw_participant(actor=organizer, participant=participant)
    with pytest.raises(ValidationError):
        invite_participant(actor=organizer, participant=participant)


def test_address_of_a_staff_account_is_refused(seminar, organizer):
    participant = ParticipantFactory(seminar=seminar, email=organizer.email)
    with pytest.raises(ValidationError) as exc:
        invite_participant(actor=organizer, participant=participant)
    assert "déjà celle d'un compte" in str(exc.value)
    assert mail.outbox == []


def test_site_coordinator_invitation_links_the_site(
    organizer, communes, django_capture_on_commit_callbacks
):
    caf, ccas = SiteFactory(), SiteFactory(ccas=True)
    with django_capture_on_commit_callbacks(execute=True):
        user = invite_site_coordinator(
            actor=organizer, site=caf, email="referent@caf.example.fr", first_name="Marie"
        )
        again = invite_site_coordinator(actor=organizer, site=ccas, email="REFERENT@caf.example.fr")
    assert user == again and user.role == Role.SITE_COORDINATOR
    assert not user.has_usable_password()
    caf.refresh_from_db()
    ccas.refresh_from_db()
    assert caf.coordinator == ccas.coordinator == user
    assert len(mail.outbox) == 2
    assert "Bonjour Marie," in mail.outbox[0].body
    assert caf.name in mail.outbox[0].subject


def test_tutor_invitation_gives_the_tutor_an_account(
    organizer, communes, django_capture_on_commit_callbacks
):
    site = SiteFactory()
    tutor = make_tutor(site, email="sandrine@caf.example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        user = invite_tutor(actor=organizer, tutor=tutor)
    tutor.refresh_from_db()
    assert tutor.user == user and user.role == Role.TUTOR
    assert mail.outbox[0].to == ["sandrine@caf.example.fr"]
    assert "guide de l'échange" in mail.outbox[0].body


def test_tutor_without_an_email_cannot_be_invited(organizer, communes):
    tutor = make_tutor(SiteFactory())
    with pytest.raises(ValidationError) as exc:
        invite_tutor(actor=organizer, tutor=tutor)
    assert "adresse e-mail du tuteur" in str(exc.value)


# Organizer pages


def test_organizer_invites_a_participant_from_the_list(
    organizer_client, seminar, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(seminar=seminar)
    listing = page(organizer_client.get(reverse("organizer:participant_list", args=[seminar.pk])))
    assert "Inviter tous les participants non encore invités" in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(
            reverse("organizer:participant_invite", args=[seminar.pk, participant.pk]),
            follow=True,
        )
    assert f"Invitation à {participant.full_name} mise en file d'attente" in page(response)
    assert "invité le" in page(response)
    assert mail.outbox[0].to == [participant.email]
    assert "http://testserver/connexion/lien/" in mail.outbox[0].body


def test_organizer_invites_every_participant_not_yet_invited_in_the_background(
    organizer_client, seminar, django_capture_on_commit_callbacks
):
    people = [ParticipantFactory(seminar=seminar) for _i in range(3)]
    url = reverse("organizer:participant_invite_all", args=[seminar.pk])
    assert f'href="{url}"' in page(
        organizer_client.get(reverse("organizer:participant_list", args=[seminar.pk]))
    )
    # First a confirmation: how many invitations, to whom; nothing is sent yet.
    confirmation = page(organizer_client.get(url))
    assert "3 invitations seront envoyées" in confirmation
    assert all(p.full_name in confirmation and p.email in confirmation for p in people)
    assert not EmailBatch.objects.exists() and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(url)
    batch = EmailBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "organizer:participant_invite_batch", args=[seminar.pk, batch.pk]
    )
    assert (batch.state, batch.total, batch.done, batch.failed) == ("done", 3, 3, 0)
    assert len(mail.outbox) == 3
    progress = page(organizer_client.get(response["Location"]))
    assert "3 invitations préparées et mises en file d'attente" in progress
    assert "data-hx-get" not in progress  # finished: polling stops
    assert "Tous les participants sont déjà invités." in page(organizer_client.get(url))


def test_invitation_progress_fragment_polls_while_the_batch_runs(
    organizer_client, organizer, seminar
):
    ParticipantFactory(seminar=seminar)
    ParticipantFactory(seminar=seminar)
    batch = start_invitation_batch(actor=organizer, seminar=seminar)  # no worker has run
    status_url = reverse("organizer:participant_invite_batch_status", args=[seminar.pk, batch.pk])
    fragment = page(organizer_client.get(status_url))
    assert f'data-hx-get="{status_url}"' in fragment and 'data-hx-trigger="every 1s"' in fragment
    assert "en attente d'un processus d'envoi" in fragment
    assert " hx-get" not in fragment
    # A second « Inviter tous » follows the batch on its way instead of inviting twice.
    assert start_invitation_batch(actor=organizer, seminar=seminar) == batch
    run_invitation_batch(batch.pk, "http://testserver/")
    fragment = page(organizer_client.get(status_url))
    assert "2 invitations préparées" in fragment and "data-hx-get" not in fragment
    assert len(mail.outbox) == 0  # queued, not sent: the sending task runs on commit
    assert OutgoingEmail.objects.filter(kind="invitation", status="queued").count() == 2


def test_organizer_cannot_invite_participants_of_another_seminar(organizer_client):
    from tests.factories import SeminarFactory

    other = SeminarFactory(organizers=[UserFactory(role="organizer")], status="open")
    participant = ParticipantFactory(seminar=other)
    response = organizer_client.post(
        reverse("organizer:participant_invite", args=[other.pk, participant.pk])
    )
    assert response.status_code == 404
    assert mail.outbox == []


def test_organizer_invites_the_site_coordinator_from_the_site_page(
    organizer_client, organizer, communes, django_capture_on_commit_callbacks
):
    site = SiteFactory(owners=[organizer])
    url = reverse("organizer:site_coordinator_invite", args=[site.pk])
    assert "Inviter le référent de la structure" in page(
        organizer_client.get(reverse("organizer:site_detail", args=[site.pk]))
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(
            url, {"email": "referent@caf.example.fr", "first_name": "Marie", "last_name": "Le Goff"}
        )
    assert response.status_code == 302
    site.refresh_from_db()
    assert site.coordinator.email == "referent@caf.example.fr"
    assert "Marie Le Goff" in page(organizer_client.get(response.url))


def test_coordinator_invitation_with_a_staff_address_shows_a_french_error(
    organizer_client, organizer, communes
):
    site = SiteFactory(owners=[organizer])
    response = organizer_client.post(
        reverse("organizer:site_coordinator_invite", args=[site.pk]), {"email": organizer.email}
    )
    assert response.status_code == 200
    assert "déjà celle d'un compte « Organisateur »" in page(response)


def test_organizer_invites_a_tutor_from_the_site_page(
    organizer_client, organizer, communes, django_capture_on_commit_callbacks
):
    site = SiteFactory(owners=[organizer])
    tutor = make_tutor(site, email="sandrine@caf.example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(
            reverse("organizer:tutor_invite", args=[site.pk, tutor.pk]), follow=True
        )
    assert "Un lien de connexion a été envoyé à Sandrine Le Bihan" in page(response)
    assert len(mail.outbox) == 1


def test_invitations_are_refused_while_the_seminar_is_a_draft(organizer, organizer_client):
    from tests.factories import SeminarFactory

    draft = SeminarFactory(organizers=[organizer])
    participant = ParticipantFactory(seminar=draft)
    with pytest.raises(ValidationError, match="ouvrez d'abord les inscriptions"):
        invite_participant(actor=organizer, participant=participant)
    response = organizer_client.post(
        reverse("organizer:participant_invite", args=[draft.pk, participant.pk]), follow=True
    )
    assert "Le séminaire est en brouillon : ouvrez d'abord les inscriptions" in page(response)
    participant.refresh_from_db()
    assert participant.invited_at is None and participant.user is None
    assert not OutgoingEmail.objects.exists()
