"""Personal data spread over a seminar, as the platform holds them: a signature, an e-mail in
the outbox, a guest, an attendance code, a reverse immersion application."""

import datetime as dt

from django.apps import apps
from django.db import models
from django.utils import timezone

from immersion.attendance.models import AttendanceCode, Signature, SignatureMethod, SignaturePlace
from immersion.inverse.models import ApplicationStatus, ReverseApplication, ReverseOffer
from immersion.logistics.models import Guest
from immersion.notifications.models import EmailStatus, OutgoingEmail
from tests.factories import signature_png


def add_personal_traces(participant, *, signer=None):
    seminar = participant.seminar
    Signature.objects.create(
        seminar=seminar,
        half_day="J2-matin",
        participant=participant,
        signer=signer or participant.user,
        signer_name=participant.full_name,
        method=SignatureMethod.DRAWN,
        place=SignaturePlace.KIOSK,
        image=signature_png(),
        signed_at=timezone.now(),
    )
    email = OutgoingEmail.objects.create(
        seminar=seminar,
        recipient=participant.user,
        to_email=participant.email,
        to_name=participant.full_name,
        kind="convocation",
        subject=f"Votre convocation, {participant.first_name}",
        body_text=f"Bonjour {participant.full_name}, voici votre convocation.",
        body_html=f"<p>Bonjour {participant.full_name}</p>",
        status=EmailStatus.SENT,
    )
    AttendanceCode.objects.create(
        participant=participant,
        half_day="J2-matin",
        salt="sel",
        code_hash="empreinte",
        created_at=timezone.now(),
        expires_at=timezone.now() + dt.timedelta(minutes=10),
        email=email,
    )
    return email


def add_guest_and_application(seminar, host):
    Guest.objects.create(seminar=seminar, name="Gaëlle Invitée", function="Préfète")
    offer = ReverseOffer.objects.create(
        seminar=seminar,
        host=host,
        date=seminar.end_date + dt.timedelta(days=30),
        duration="journee",
        place="Rennes",
        what_will_be_seen="Une journée de travail",
        places=1,
    )
    return ReverseApplication.objects.create(
        offer=offer,
        name="Yannick Candidat",
        email="yannick.candidat@example.fr",
        organisation="Association Bretagne",
        role="agent",
        motivation="Voir l'envers du décor",
        status=ApplicationStatus.CONFIRMED,
    )


TEXT_FIELDS = (models.CharField, models.TextField, models.EmailField, models.JSONField)


def rows_containing(*needles: str) -> list[str]:
    """Every row of every table (ours and Django's) whose text columns hold one of
    ``needles`` (case-insensitive): « app.Model#pk field »."""
    found = []
    for model in apps.get_models():
        fields = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, TEXT_FIELDS) and not f.is_relation
        ]
        if not fields:
            continue
        for obj in model._default_manager.all().iterator():
            for f in fields:
                value = str(getattr(obj, f.attname) or "").lower()
                for needle in needles:
                    if needle.lower() in value:
                        found.append(f"{model._meta.label}#{obj.pk} {f.name}")
    return found
