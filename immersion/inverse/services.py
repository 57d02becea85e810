"""Every write of the reverse immersion: offers (by their host, a participant), applications
(from the public page), decisions, feedback, and the two dated steps (feedback requests after
the day, cleaning of unconfirmed and old applications).

Applicants' personal data (name, address, organisation, motivation) never go into the audit
log or the application logs: entries carry identifiers and statuses only.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from immersion.common.audit import log_action
from immersion.common.scheduling import claim
from immersion.common.throttle import Throttle
from immersion.inverse import tokens
from immersion.inverse.models import (
    MAX_FEEDBACK,
    RETENTION_DAYS,
    UNCONFIRMED_DAYS,
    ApplicationStatus,
    OfferStatus,
    ReverseApplication,
    ReverseOffer,
)
from immersion.notifications.models import EmailKind
from immersion.notifications.services import compose_email

OFFER_FIELDS = ("date", "duration", "place", "what_will_be_seen", "conditions", "places")

# Applications from one requester (an HMAC of the IP address, see common.throttle) and for one
# address: beyond these, the form answers that too many were sent.
APPLICATIONS_PER_REQUESTER = Throttle("inverse.requester", 5, dt.timedelta(hours=1))
APPLICATIONS_PER_ADDRESS = Throttle("inverse.address", 3, dt.timedelta(days=1))

FEEDBACK_FINDER = "immersion-inversee-retours"
EXPIRATION_FINDER = "immersion-inversee-expiration"


def _today(now: dt.datetime | None = None) -> dt.date:
    return timezone.localdate(now or timezone.now())


def places_left(offer: ReverseOffer) -> int:
    accepted = offer.applications.filter(status=ApplicationStatus.ACCEPTED).count()
    return max(offer.places - accepted, 0)


# --- Offers (the host, a participant of the seminar) ---------------------------------------


@transaction.atomic
def create_reverse_offer(*, actor, host, **fields) -> ReverseOffer:
    if host.withdrawn_at is not None:
        raise ValidationError(_("Une personne désistée ne peut pas proposer d'immersion inversée."))
    offer = ReverseOffer(seminar=host.seminar, host=host, **_offer_fields(fields))
    _check_date(offer)
    offer.full_clean()
    offer.save()
    log_action(actor, "reverse_offer.create", offer, seminar=offer.seminar_id)
    return offer


@transaction.atomic
def update_reverse_offer(*, actor, offer: ReverseOffer, **fields) -> ReverseOffer:
    offer = ReverseOffer.objects.select_for_update().get(pk=offer.pk)
    for name, value in _offer_fields(fields).items():
        setattr(offer, name, value)
    _check_date(offer)
    accepted = offer.applications.filter(status=ApplicationStatus.ACCEPTED).count()
    if offer.places < accepted:
        raise ValidationError(
            {
                "places": _(
                    "%(n)d candidatures sont déjà acceptées : gardez au moins autant de places."
                )
                % {"n": accepted}
            }
        )
    offer.full_clean()
    offer.save()
    log_action(actor, "reverse_offer.update", offer, fields=sorted(fields))
    return offer


@transaction.atomic
def set_reverse_offer_status(*, actor, offer: ReverseOffer, status: str) -> ReverseOffer:
    """Close an offer (no more applications; those already accepted stand) or open it again."""
    if status not in OfferStatus.values:
        raise ValidationError(_("Statut inconnu."))
    offer = ReverseOffer.objects.select_for_update().get(pk=offer.pk)
    if status == OfferStatus.OPEN and offer.date < _today():
        raise ValidationError(_("La date de cette offre est passée : elle ne peut pas rouvrir."))
    offer.status = status
    offer.save(update_fields=["status", "updated_at"])
    log_action(actor, f"reverse_offer.{status}", offer)
    return offer


def _offer_fields(fields: dict) -> dict:
    unknown = set(fields) - set(OFFER_FIELDS)
    if unknown:
        raise TypeError(f"Unknown offer fields: {sorted(unknown)}")
    return fields


def _check_date(offer: ReverseOffer) -> None:
    if offer.date and offer.date < _today():
        raise ValidationError({"date": _("Choisissez une date à venir.")})


# --- Applications (the public page, no account) ---------------------------------------------


@sensitive_variables("name", "email", "organisation", "motivation")
def apply_to_offer(
    *,
    offer: ReverseOffer,
    name: str,
    email: str,
    organisation: str,
    role: str,
    motivation: str,
    requester: str,
    base_url: str,
) -> ReverseApplication:
    """An application from the public page; it waits for its address to be confirmed by the
    single-use link the e-mail carries. Refused (ValidationError, nothing written) when the
    offer is closed, past or full, or when too many applications came from the requester or
    for the address."""
    email = (email or "").strip().lower()
    if APPLICATIONS_PER_REQUESTER.exceeded(requester) or APPLICATIONS_PER_ADDRESS.exceeded(email):
        raise ValidationError(
            _(
                "Trop de candidatures ont été envoyées depuis cette connexion ou pour cette "
                "adresse. Réessayez demain."
            )
        )
    with transaction.atomic():
        offer = ReverseOffer.objects.select_for_update().get(pk=offer.pk)
        _check_can_apply(offer)
        if (
            offer.applications.filter(email__iexact=email)
            .exclude(status__in=[ApplicationStatus.DECLINED, ApplicationStatus.WITHDRAWN])
            .exists()
        ):
            raise ValidationError(
                {"email": _("Une candidature à cette offre existe déjà pour cette adresse.")}
            )
        application = ReverseApplication(
            offer=offer,
            name=(name or "").strip(),
            email=email,
            organisation=(organisation or "").strip(),
            role=role,
            motivation=(motivation or "").strip(),
        )
        application.full_clean()
        application.save()
        APPLICATIONS_PER_REQUESTER.record(requester)
        APPLICATIONS_PER_ADDRESS.record(email)
        log_action(None, "reverse_application.create", application, offer=offer.pk)
        compose_email(
            to_email=application.email,
            template="reverse_confirm",
            context={
                "offer": offer,
                "name": application.name,
                "confirm_url": tokens.CONFIRMATION_PLACEHOLDER,
                "lifetime_hours": int(tokens.CONFIRMATION_LIFETIME.total_seconds() // 3600),
            },
            kind=EmailKind.OTHER,
            seminar=offer.seminar,
            secret={
                "kind": tokens.CONFIRMATION,
                "application": application.pk,
                "base_url": base_url,
            },
        )
    return application


def _check_can_apply(offer: ReverseOffer) -> None:
    if offer.status != OfferStatus.OPEN or offer.date < _today():
        raise ValidationError(_("Cette offre n'accepte plus de candidatures."))
    if places_left(offer) <= 0:
        raise ValidationError(_("Toutes les places de cette offre sont prises."))


def find_pending_by_token(token: str) -> ReverseApplication | None:
    """The application a confirmation link names, if the link can still be used."""
    read = tokens.read_token(tokens.CONFIRMATION, token)
    if read is None:
        return None
    pk, nonce_hash = read
    return (
        ReverseApplication.objects.select_related("offer", "offer__host")
        .filter(pk=pk, status=ApplicationStatus.PENDING, link_hash=nonce_hash)
        .first()
    )


def confirm_application(token: str, *, now: dt.datetime | None = None) -> ReverseApplication | None:
    """Use a confirmation link once; None whatever the reason it cannot be used (unknown,
    used, replaced or expired). The host is told a confirmed application waits."""
    now = now or timezone.now()
    read = tokens.read_token(tokens.CONFIRMATION, token)
    if read is None:
        return None
    pk, nonce_hash = read
    with transaction.atomic():
        application = (
            ReverseApplication.objects.select_for_update()
            .filter(pk=pk, status=ApplicationStatus.PENDING, link_hash=nonce_hash)
            .first()
        )
        if application is None:
            return None
        application.status = ApplicationStatus.CONFIRMED
        application.confirmed_at = now
        application.link_hash = ""
        application.save(update_fields=["status", "confirmed_at", "link_hash", "updated_at"])
        log_action(None, "reverse_application.confirm", application)
        offer = ReverseOffer.objects.select_related("host", "seminar").get(pk=application.offer_id)
        host = offer.host
        compose_email(
            to_email=host.email,
            recipient=host.user,
            template="reverse_new_application",
            context={
                "offer": offer,
                "host": host,
                "space_url": settings.SITE_URL
                + reverse("participant:reverse_offer", args=[host.pk, offer.pk]),
            },
            kind=EmailKind.OTHER,
            seminar=offer.seminar,
        )
    return application


def mint_link(kind: str):
    """The secret minter (``notifications.secrets``) of one kind of applicant link."""

    def mint(reference: dict, email) -> tuple[str, object]:
        from immersion.notifications.secrets import SecretUnavailable

        with transaction.atomic():
            application = (
                ReverseApplication.objects.select_for_update()
                .filter(pk=reference.get("application"), anonymised_at__isnull=True)
                .first()
            )
            wanted = (
                ApplicationStatus.PENDING
                if kind == tokens.CONFIRMATION
                else ApplicationStatus.ACCEPTED
            )
            if application is None or application.status != wanted:
                raise SecretUnavailable("application")
            token, nonce_hash = tokens.make_token(kind, application.pk)
            application.link_hash = nonce_hash
            application.save(update_fields=["link_hash", "updated_at"])

        def revoke():
            ReverseApplication.objects.filter(pk=application.pk, link_hash=nonce_hash).update(
                link_hash=""
            )

        return tokens.link_url(kind, token, reference.get("base_url") or settings.SITE_URL), revoke

    return mint


# --- Decisions (the host) --------------------------------------------------------------------


@transaction.atomic
def accept_application(*, actor, application: ReverseApplication) -> ReverseApplication:
    """Accept a confirmed application if a place is left (checked under the offer's lock);
    both sides get a confirmation with the calendar invitation (.ics)."""
    offer = ReverseOffer.objects.select_for_update(of=("self",)).select_related("host", "seminar")
    offer = offer.get(pk=application.offer_id)
    application = ReverseApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.CONFIRMED:
        raise ValidationError(
            _("Seule une candidature confirmée et non tranchée peut être acceptée.")
        )
    if offer.date < _today():
        raise ValidationError(_("La date de cette offre est passée."))
    if places_left(offer) <= 0:
        raise ValidationError(_("Toutes les places de cette offre sont déjà prises."))
    application.status = ApplicationStatus.ACCEPTED
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    log_action(actor, "reverse_application.accept", application, offer=offer.pk)
    attachment = [{"kind": "reverse_immersion_ics", "application": application.pk}]
    context = {"offer": offer, "host": offer.host, "application": application}
    compose_email(
        to_email=application.email,
        template="reverse_accepted_applicant",
        context=context,
        kind=EmailKind.OTHER,
        seminar=offer.seminar,
        attachments=attachment,
    )
    compose_email(
        to_email=offer.host.email,
        recipient=offer.host.user,
        template="reverse_accepted_host",
        context=context,
        kind=EmailKind.OTHER,
        seminar=offer.seminar,
        attachments=attachment,
    )
    return application


@transaction.atomic
def decline_application(*, actor, application: ReverseApplication) -> ReverseApplication:
    application = ReverseApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.CONFIRMED:
        raise ValidationError(
            _("Seule une candidature confirmée et non tranchée peut être déclinée.")
        )
    application.status = ApplicationStatus.DECLINED
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    log_action(actor, "reverse_application.decline", application, offer=application.offer_id)
    offer = ReverseOffer.objects.select_related("host", "seminar").get(pk=application.offer_id)
    compose_email(
        to_email=application.email,
        template="reverse_declined",
        context={"offer": offer, "host": offer.host, "application": application},
        kind=EmailKind.OTHER,
        seminar=offer.seminar,
    )
    return application


@transaction.atomic
def withdraw_application(*, actor, application: ReverseApplication) -> ReverseApplication:
    """The person told the host they cannot come: the application is withdrawn and its place,
    if it was accepted, is free again."""
    application = ReverseApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in (ApplicationStatus.CONFIRMED, ApplicationStatus.ACCEPTED):
        raise ValidationError(_("Seule une candidature confirmée ou acceptée peut être retirée."))
    application.status = ApplicationStatus.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    log_action(actor, "reverse_application.withdraw", application, offer=application.offer_id)
    return application


# --- Feedback after the day ------------------------------------------------------------------


def _check_feedback(rating, comment: str) -> None:
    errors = {}
    if rating not in range(1, 6):
        errors["rating"] = _("Choisissez une note de 1 à 5.")
    if len(comment or "") > MAX_FEEDBACK:
        errors["comment"] = _("%(n)d caractères au plus.") % {"n": MAX_FEEDBACK}
    if errors:
        raise ValidationError(errors)


def feedback_is_open(application: ReverseApplication, now: dt.datetime | None = None) -> bool:
    return (
        application.status == ApplicationStatus.ACCEPTED
        and application.offer.date < _today(now)
        and application.anonymised_at is None
    )


@transaction.atomic
def record_host_feedback(*, actor, application, rating: int, comment: str = ""):
    application = _record_feedback(application.pk, side="host", rating=rating, comment=comment)
    log_action(actor, "reverse_application.host_feedback", application, rating=rating)
    return application


def find_feedback_application(token: str) -> ReverseApplication | None:
    """The application a feedback link names, if the link can still be used."""
    read = tokens.read_token(tokens.FEEDBACK, token)
    if read is None:
        return None
    pk, nonce_hash = read
    application = (
        ReverseApplication.objects.select_related("offer", "offer__host")
        .filter(pk=pk, link_hash=nonce_hash, applicant_feedback_at__isnull=True)
        .first()
    )
    if application is None or not feedback_is_open(application):
        return None
    return application


@transaction.atomic
def record_applicant_feedback(*, token: str, rating: int, comment: str = ""):
    """The applicant's feedback, by their single-use link; None if the link cannot be used."""
    application = find_feedback_application(token)
    if application is None:
        return None
    application = _record_feedback(application.pk, side="applicant", rating=rating, comment=comment)
    ReverseApplication.objects.filter(pk=application.pk).update(link_hash="")
    log_action(None, "reverse_application.applicant_feedback", application, rating=rating)
    return application


def _record_feedback(application_pk: int, *, side: str, rating: int, comment: str):
    _check_feedback(rating, comment)
    application = (
        ReverseApplication.objects.select_for_update(of=("self",))
        .select_related("offer")
        .get(pk=application_pk)
    )
    if not feedback_is_open(application):
        raise ValidationError(_("Le retour s'ouvre le lendemain de l'immersion acceptée."))
    if getattr(application, f"{side}_feedback_at") is not None:
        raise ValidationError(_("Votre retour est déjà enregistré : merci."))
    setattr(application, f"{side}_rating", rating)
    setattr(application, f"{side}_comment", (comment or "").strip())
    setattr(application, f"{side}_feedback_at", timezone.now())
    application.full_clean()
    application.save()
    return application


# --- Dated steps (common.scheduling) ---------------------------------------------------------


def queue_feedback_requests(now: dt.datetime) -> int:
    """The day after an accepted reverse immersion, ask both sides for a short feedback, once
    (the claim names the application)."""
    queued = 0
    due = ReverseApplication.objects.filter(
        status=ApplicationStatus.ACCEPTED,
        offer__date__lt=_today(now),
        feedback_requested_at__isnull=True,
        anonymised_at__isnull=True,
    ).values_list("pk", flat=True)
    for pk in due:
        with transaction.atomic():
            if not claim(f"{FEEDBACK_FINDER}:application:{pk}"):
                continue
            application = (
                ReverseApplication.objects.select_for_update(of=("self",))
                .select_related("offer__host__user", "offer__seminar")
                .get(pk=pk)
            )
            offer, host = application.offer, application.offer.host
            application.feedback_requested_at = now
            application.save(update_fields=["feedback_requested_at", "updated_at"])
            compose_email(
                to_email=application.email,
                template="reverse_feedback_applicant",
                context={
                    "offer": offer,
                    "host": host,
                    "application": application,
                    "feedback_url": tokens.FEEDBACK_PLACEHOLDER,
                },
                kind=EmailKind.EVALUATION,
                seminar=offer.seminar,
                secret={
                    "kind": tokens.FEEDBACK,
                    "application": application.pk,
                    "base_url": settings.SITE_URL,
                },
            )
            compose_email(
                to_email=host.email,
                recipient=host.user,
                template="reverse_feedback_host",
                context={
                    "offer": offer,
                    "host": host,
                    "application": application,
                    "feedback_url": settings.SITE_URL
                    + reverse("participant:reverse_feedback", args=[host.pk, application.pk]),
                },
                kind=EmailKind.EVALUATION,
                seminar=offer.seminar,
            )
            log_action(None, "reverse_application.feedback_request", application)
            queued += 2
    return queued


def clean_applications(now: dt.datetime) -> int:
    """Personal data of applicants are kept only as long as needed: an application whose
    address was never confirmed goes after ``UNCONFIRMED_DAYS`` days; the others lose the
    applicant's name, address, organisation and motivation ``RETENTION_DAYS`` after the day
    (the status, the role and the ratings stay for the counts). Nothing is queued: returns 0."""
    with transaction.atomic():
        expired = ReverseApplication.objects.filter(
            status=ApplicationStatus.PENDING,
            created_at__lt=now - dt.timedelta(days=UNCONFIRMED_DAYS),
        )
        deleted = expired.count()
        expired.delete()
        old = ReverseApplication.objects.filter(
            anonymised_at__isnull=True,
            offer__date__lt=_today(now) - dt.timedelta(days=RETENTION_DAYS),
        )
        anonymised = old.update(
            name="",
            email="anonyme@invalid.example",
            organisation="",
            motivation="",
            link_hash="",
            anonymised_at=now,
        )
        if deleted or anonymised:
            log_action(
                None, "reverse_application.clean", None, deleted=deleted, anonymised=anonymised
            )
    return 0
