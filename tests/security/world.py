"""The permission matrix's world: two seminars, each with everything a URL can point at.

Seminar A is the one every URL points at; seminar B is "the other seminar" whose organizer,
participant and site coordinator must never reach A's objects. Built with the project's
factories and services (``tests/factories.py``), and a few rows written directly where a
service is gated by the calendar (a notebook window, an evaluation's opening).
"""

import datetime as dt
import uuid
from types import SimpleNamespace

from django.utils import timezone

from immersion.accounts.models import Role
from immersion.common.files import store_file
from immersion.contributions.models import Contribution, ContributionGroup
from immersion.debrief.models import QuoteGroup
from immersion.evaluations.models import ActionCommitment, HostEvaluation, HotEvaluation
from immersion.logistics.models import Guest
from immersion.notifications.models import EmailBatch, EmailKind, OutgoingEmail
from immersion.observation import services as observation
from immersion.people.models import Participant
from immersion.placements.models import AssignmentRun, RunStatus, SolveState
from immersion.seminars.models import Programme, Seminar
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_coordinator,
    make_offer,
    make_participant_account,
    make_published_assignment,
    make_training_provider,
    make_tutor,
    make_tutor_account,
    sign_commitment_for,
    signature_png,
)
from tests.inverse.factories import make_application, make_reverse_offer


def _observations(placement):
    observation.record_situation(
        actor=placement.participant.user,
        placement=placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 30),
        contact_reason="rsa",
        note="Une allocataire attend longtemps.",
        check_window=False,
    )
    astonishment, _ = observation.record_astonishment(
        actor=placement.participant.user,
        placement=placement,
        client_id=uuid.uuid4(),
        text="L'accueil est plus calme que prévu.",
        check_window=False,
    )
    observation.record_tutor_exchange(
        actor=placement.participant.user,
        placement=placement,
        client_id=uuid.uuid4(),
        representativeness=4,
        check_window=False,
    )
    return astonishment


def _journey(label: str):
    """``make_journey``'s seminar, with names and addresses of its own (two per world)."""
    organizer = UserFactory(role=Role.ORGANIZER, email=f"organisateur-{label}@example.fr")
    seminar = SeminarFactory(
        organizers=[organizer], title=f"Séminaire {label.upper()}", status="open"
    )
    caf = SiteFactory(name=f"Caf {label.upper()}", latitude=48.1045, longitude=-1.6729)
    cpam = SiteFactory(cpam=True, name=f"Cpam {label.upper()}", latitude=48.103, longitude=-1.715)
    caf_tutor = make_tutor(caf, email=f"tuteur-caf-{label}@example.fr")
    cpam_tutor = make_tutor(cpam, first_name="Erwan", last_name="Jaouen")
    morning = make_offer(seminar, caf, "J2-matin", "accueil_physique", tutor=caf_tutor)
    afternoon = make_offer(seminar, cpam, "J2-apres-midi", "accueil_physique", tutor=cpam_tutor)
    helene = ParticipantFactory(seminar=seminar, email=f"helene-{label}@example.fr")
    paul = ParticipantFactory(seminar=seminar, email=f"paul-{label}@example.fr", category="elu")
    for participant in (helene, paul):
        make_participant_account(participant)
    run = make_published_assignment(
        seminar, [(helene, morning), (helene, afternoon), (paul, morning)], actor=organizer
    )
    sign_commitment_for(helene)
    return SimpleNamespace(
        organizer=organizer,
        seminar=seminar,
        caf=caf,
        cpam=cpam,
        caf_tutor=caf_tutor,
        cpam_tutor=cpam_tutor,
        morning=morning,
        afternoon=afternoon,
        helene=helene,
        paul=paul,
        run=run,
    )


def _seminar_world(label: str):
    """One seminar with its people and objects (``make_journey`` plus the rest)."""
    j = _journey(label)
    seminar = j.seminar
    j.tutor_user = make_tutor_account(j.caf_tutor)
    j.coordinator = make_coordinator(j.caf, email=f"referent-{label}@caf.example.fr")
    j.caf.owners.add(j.organizer)
    j.cpam.owners.add(j.organizer)
    j.expert = UserFactory(role=Role.EXPERT, email=f"expert-{label}@example.fr")
    seminar.experts.add(j.expert)
    j.helene.refresh_from_db()
    j.paul.refresh_from_db()
    j.withdrawn = ParticipantFactory(seminar=seminar, email=f"desiste-{label}@example.fr")
    Participant.objects.filter(pk=j.withdrawn.pk).update(withdrawn_at=timezone.now())
    j.placement = j.run.placements.get(participant=j.helene, offer=j.morning)
    j.astonishment = _observations(j.placement)
    j.draft_run = AssignmentRun.objects.create(
        seminar=seminar, status=RunStatus.DRAFT, state=SolveState.DONE, created_by=j.organizer
    )
    j.draft_placement = j.draft_run.placements.create(
        participant=j.helene, offer=j.morning, half_day=j.morning.half_day
    )
    j.half_day = j.morning.half_day  # the ProgrammeItem of the morning's immersion
    j.half_day_code = j.half_day.half_day
    make_training_provider(seminar)
    from immersion.attendance.models import Signature

    j.signature = Signature.objects.create(
        seminar=seminar,
        half_day=j.half_day_code,
        participant=j.helene,
        signer=j.helene.user,
        signer_name="Hélène Marchand",
        method="drawn",
        place="own_device",
        image=signature_png(),
        signed_at=timezone.now(),
    )
    j.meal = seminar.programme_items.filter(kind="meal").first()
    j.guest = Guest.objects.create(seminar=seminar, name="Élue invitée", function="Adjointe")
    j.guest.meals.add(j.meal)
    j.email = OutgoingEmail.objects.create(
        seminar=seminar,
        recipient=j.helene.user,
        to_email=j.helene.email,
        to_name="Hélène Marchand",
        kind=EmailKind.CONVOCATION,
        subject="Votre convocation",
        body_text="Bonjour",
        attachments=[{"kind": "personal_programme_ics", "participant": j.helene.pk}],
        created_by=j.organizer,
    )
    j.batch = EmailBatch.objects.create(
        seminar=seminar, kind=EmailKind.INVITATION, total=1, created_by=j.organizer
    )
    j.reminder_batch = EmailBatch.objects.create(
        seminar=seminar, kind=EmailKind.REMINDER, total=1, created_by=j.organizer
    )
    j.withdrawal_batch = EmailBatch.objects.create(
        seminar=seminar, kind=EmailKind.WITHDRAWAL, total=1, created_by=j.organizer
    )
    j.print_batch = EmailBatch.objects.create(
        seminar=seminar,
        kind=EmailKind.PRINT,
        state="done",
        total=1,
        done=1,
        created_by=j.organizer,
        document=store_file(
            filename="emargement.pdf",
            title="Feuille d'émargement",
            content=b"%PDF-1.7 test",
            content_type="application/pdf",
        ),
    )
    j.group = ContributionGroup.objects.create(seminar=seminar, title="Accès aux droits")
    j.contribution = Contribution.objects.create(
        seminar=seminar,
        author=j.helene,
        kind="levier",
        field="etat",
        text="Un guichet unique",
        group=j.group,
    )
    j.quote_group = QuoteGroup.objects.create(seminar=seminar, title="Attente")
    HotEvaluation.objects.create(participant=j.helene, recommend="oui")
    ActionCommitment.objects.create(participant=j.helene, position=1, what="Ouvrir un guichet")
    HostEvaluation.objects.create(seminar=seminar, user=j.tutor_user, role="tuteur")
    j.reverse_offer = make_reverse_offer(j.helene)
    j.application = make_application(j.reverse_offer, requester=f"10.0.0.{ord(label)}")
    return j


def build_world():
    a = _seminar_world("a")
    b = _seminar_world("b")
    admin = UserFactory(admin=True, email="admin@example.fr")
    manager = UserFactory(role=Role.PROGRAMME_MANAGER, email="programme@example.fr")
    a.programme = Programme.objects.create(name="Programme A", year=2027)
    a.programme.managers.add(manager)
    b.programme = Programme.objects.create(name="Programme B", year=2027)
    Seminar.objects.filter(pk=a.seminar.pk).update(programme=a.programme)
    Seminar.objects.filter(pk=b.seminar.pk).update(programme=b.programme)
    users = {
        "anonymous": None,
        "participant": a.helene.user,
        "unsigned_participant": a.paul.user,
        "other_participant": b.helene.user,
        "tutor": a.tutor_user,
        "coordinator": a.coordinator,
        "other_coordinator": b.coordinator,
        "expert": a.expert,
        "organizer": a.organizer,
        "other_organizer": b.organizer,
        "admin": admin,
        "programme_manager": manager,
    }
    return SimpleNamespace(a=a, b=b, admin=admin, users=users)
