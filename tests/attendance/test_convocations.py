import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.attendance.convocations import convocation_status, queue_convocations
from immersion.notifications.models import EmailKind, EmailStatus, OutgoingEmail
from immersion.notifications.services import approve_emails, cancel_emails
from immersion.people.services import withdraw_participant
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from tests.conftest import page
from tests.factories import (
    ParticipantFactory,
    SiteFactory,
    make_offer,
    make_participant_account,
    make_published_assignment,
    make_training_provider,
    make_tutor,
    mark_invited,
    sign_commitment_for,
)
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def offers(seminar):
    caf, cpam = SiteFactory(name="Caf de Rennes"), SiteFactory(cpam=True, name="Cpam de Rennes")
    return {
        "caf_morning": make_offer(seminar, caf, "J2-matin", tutor=make_tutor(caf)),
        "cpam_afternoon": make_offer(
            seminar, cpam, "J2-apres-midi", channel="accueil_telephonique"
        ),
        "cpam_morning": make_offer(seminar, cpam, "J2-matin"),
    }


@pytest.fixture
def people(seminar):
    make_training_provider(seminar)
    people = [
        ParticipantFactory(seminar=seminar, first_name="Claire", last_name="Guillou"),
        ParticipantFactory(seminar=seminar, first_name="Yann", last_name="Le Goff"),
        ParticipantFactory(seminar=seminar, first_name="Inès", last_name="Haddad"),  # not placed
    ]
    mark_invited(*people)
    return people


def publish(seminar, pairs):
    AssignmentRun.objects.filter(seminar=seminar, status=RunStatus.PUBLISHED).update(
        status=RunStatus.SUPERSEDED
    )
    return make_published_assignment(seminar, pairs)


def test_no_convocation_before_the_assignment_is_published(organizer, seminar, people):
    with pytest.raises(ValidationError, match="Publiez d'abord l'affectation"):
        queue_convocations(actor=organizer, seminar=seminar)


def test_one_draft_per_placed_participant_with_the_programme_attached(
    organizer, seminar, offers, people, settings
):
    settings.SITE_URL = "https://vivez-ma-vie-usager.example.fr"
    claire, yann, _ines = people
    publish(
        seminar,
        [
            (claire, offers["caf_morning"]),
            (claire, offers["cpam_afternoon"]),
            (yann, offers["cpam_morning"]),
        ],
    )
    assert queue_convocations(actor=organizer, seminar=seminar) == 2
    emails = OutgoingEmail.objects.order_by("to_email")
    assert [e.to_email for e in emails] == [claire.email, yann.email]
    assert all(e.status == EmailStatus.DRAFT and e.kind == EmailKind.CONVOCATION for e in emails)
    claires = emails.get(to_email=claire.email)
    assert claires.attachments == [
        {"kind": "personal_programme_pdf", "participant": claire.pk},
        {"kind": "personal_programme_ics", "participant": claire.pk},
    ]
    assert claires.subject == f"Convocation — {seminar.title}"
    body = claires.body_text
    assert "Bonjour Claire," in body
    assert "Vous êtes convoqué(e) au séminaire d'immersion" in body
    assert "Accueil : jeudi 18 mars 2027 à 16:00" in body
    # Commitment not signed: the PDF says "communiquée plus tard", so does the e-mail.
    assert (
        "Jour 2 — matin (08:30–11:00) : accueil physique — structure d'accueil communiquée plus tard"
        in body
    )
    assert (
        "Jour 2 — après-midi (13:00–15:00) : accueil téléphonique — structure d'accueil "
        "communiquée plus tard" in body
    )
    assert "il indique le lieu de chaque immersion" not in body
    assert "La structure d'accueil des autres vous sera communiquée plus tard" in body
    assert "Durée de la formation : 9 h 30." in body
    assert "feuille d'émargement à chaque demi-journée" in body
    # Called without a request (right after publication): the link uses SITE_URL.
    assert (
        f"Votre espace participant : https://vivez-ma-vie-usager.example.fr/espace/{claire.pk}/"
        in body
    )
    assert "Vous êtes convoqué(e)" in claires.body_html
    assert mail.outbox == []  # held for review


def test_queueing_again_prepares_nothing_new(organizer, seminar, offers, people):
    publish(seminar, [(people[0], offers["caf_morning"])])
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    assert queue_convocations(actor=organizer, seminar=seminar) == 0
    # A new run that leaves Claire's placements as they were changes nothing for her.
    publish(seminar, [(people[0], offers["caf_morning"]), (people[1], offers["cpam_morning"])])
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    assert OutgoingEmail.objects.filter(to_email=people[0].email).count() == 1


def test_changed_placements_replace_the_draft_waiting_for_review(
    organizer, seminar, offers, people
):
    claire = people[0]
    publish(seminar, [(claire, offers["caf_morning"])])
    queue_convocations(actor=organizer, seminar=seminar)
    publish(seminar, [(claire, offers["cpam_morning"])])
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    statuses = list(
        OutgoingEmail.objects.filter(to_email=claire.email)
        .order_by("pk")
        .values_list("status", flat=True)
    )
    assert statuses == [EmailStatus.CANCELLED, EmailStatus.DRAFT]


def test_withdrawn_participants_convocation_is_cancelled(organizer, seminar, offers, people):
    claire = people[0]
    publish(seminar, [(claire, offers["caf_morning"])])
    queue_convocations(actor=organizer, seminar=seminar)
    withdraw_participant(actor=organizer, participant=claire)
    assert queue_convocations(actor=organizer, seminar=seminar) == 0
    assert OutgoingEmail.objects.get().status == EmailStatus.CANCELLED


def test_a_cancelled_convocation_can_be_prepared_again(organizer, seminar, offers, people):
    publish(seminar, [(people[0], offers["caf_morning"])])
    queue_convocations(actor=organizer, seminar=seminar)
    cancel_emails(actor=organizer, emails=OutgoingEmail.objects.all())
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    assert convocation_status(seminar)[people[0].pk].status == EmailStatus.DRAFT


def test_approved_convocation_is_sent_with_the_personal_programme(
    organizer, seminar, offers, people, django_capture_on_commit_callbacks
):
    claire = people[0]
    publish(seminar, [(claire, offers["caf_morning"])])
    queue_convocations(actor=organizer, seminar=seminar)
    with django_capture_on_commit_callbacks(execute=True):
        approve_emails(actor=organizer, emails=OutgoingEmail.objects.all())
    [message] = mail.outbox
    assert message.to == [claire.email] and message.subject.startswith("Convocation")
    names = [a[0] for a in message.attachments]
    assert names[0].endswith(".pdf") and names[1].endswith(".ics")
    assert "Claire" in pdf_text(message.attachments[0][1])
    assert OutgoingEmail.objects.get().status == EmailStatus.SENT


def test_publishing_the_assignment_prepares_the_convocations(
    organizer_client, seminar, offers, people
):
    offer = offers["caf_morning"]
    run = AssignmentRun.objects.create(
        seminar=seminar, status=RunStatus.DRAFT, state=SolveState.DONE
    )
    Placement.objects.create(run=run, participant=people[0], offer=offer, half_day=offer.half_day)
    response = organizer_client.post(
        reverse("organizer:assignment_publish", args=[seminar.pk, run.pk]),
        {"confirme": "oui"},
        follow=True,
    )
    assert "1 convocation(s) préparée(s) dans la boîte d'envoi" in page(response)
    assert OutgoingEmail.objects.get().kind == EmailKind.CONVOCATION


def test_a_participant_not_invited_yet_has_their_convocation_held(
    organizer, seminar, offers, people
):
    from immersion.attendance.convocations import held_convocations
    from immersion.people.models import Participant

    claire, yann, _ines = people
    Participant.objects.filter(pk=yann.pk).update(invited_at=None)
    publish(seminar, [(claire, offers["caf_morning"]), (yann, offers["cpam_morning"])])
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    assert [e.to_email for e in OutgoingEmail.objects.all()] == [claire.email]
    assert held_convocations(seminar) == 1
    mark_invited(yann)  # once invited, the next preparation includes them
    assert queue_convocations(actor=organizer, seminar=seminar) == 1
    assert held_convocations(seminar) == 0


def test_the_convocation_names_the_places_the_pdf_gives(organizer, seminar, offers, people):
    claire = people[0]
    make_participant_account(claire)
    claire.refresh_from_db()
    sign_commitment_for(claire)  # the PDF now gives the host site: so does the e-mail
    publish(seminar, [(claire, offers["caf_morning"]), (claire, offers["cpam_afternoon"])])
    queue_convocations(actor=organizer, seminar=seminar)
    body = OutgoingEmail.objects.get().body_text
    assert "accueil physique — Caf de Rennes, " in body
    assert "accueil téléphonique — Cpam de Rennes, " in body
    assert "communiquée plus tard" not in body
    assert "il indique le lieu de chaque immersion" in body
