"""Composing, reviewing and sending e-mails. Task payloads carry only the e-mail's id."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import Context, engines
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.notifications.attachments import render_attachment
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.notifications.secrets import SecretUnavailable, reveal

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def _render_plain(name: str, context: dict) -> str:
    """Text parts are not HTML: render them without auto-escaping."""
    template = engines["django"].engine.get_template(name)
    return template.render(Context(context, autoescape=False))


def render_email(template: str, context: dict) -> tuple[str, str, str]:
    """Render ``emails/<template>_subject.txt``, ``.txt`` and ``.html``."""
    subject = " ".join(_render_plain(f"emails/{template}_subject.txt", context).split())
    text = _render_plain(f"emails/{template}.txt", context)
    html = render_to_string(f"emails/{template}.html", context)
    return subject, text, html


@transaction.atomic
def compose_email(
    *,
    to_email: str,
    to_name: str = "",
    template: str,
    context: dict,
    kind: str,
    seminar=None,
    recipient=None,
    attachments: list[dict] | None = None,
    secret: dict | None = None,
    review: bool = False,
    actor=None,
    send_after=None,
) -> OutgoingEmail:
    """Write an e-mail to the outbox. Unless it must be reviewed first, it is sent after commit.

    ``secret`` is the reference of a secret minted only when the e-mail leaves (see
    ``notifications.secrets``): the context then carries its placeholder, never the secret.
    ``send_after`` (a dated send): the e-mail waits in the outbox, « programmé », where it can
    be read and cancelled, until ``send_scheduled_emails`` queues it at that time.
    """
    scheduled = send_after is not None and send_after > timezone.now()
    # E-mails are written in the platform's language, whatever the sender's interface language.
    with translation.override(settings.LANGUAGE_CODE):
        subject, text, html = render_email(template, {**context, "site_title": settings.SITE_TITLE})
    email = OutgoingEmail(
        seminar=seminar,
        recipient=recipient,
        to_email=to_email,
        # The outbox shows whom an e-mail goes to, not only an address.
        to_name=(to_name or (recipient.get_full_name() if recipient else ""))[:250],
        kind=kind,
        subject=subject,
        body_text=text,
        body_html=html,
        attachments=attachments or [],
        secret=secret or {},
        status=(
            EmailStatus.DRAFT
            if review
            else EmailStatus.SCHEDULED
            if scheduled
            else EmailStatus.QUEUED
        ),
        send_after=send_after,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    email.full_clean()
    email.save()
    if not review and not scheduled:
        enqueue_sending(email)
    return email


def send_scheduled_emails(now) -> int:
    """The scheduling step's finder: queue the dated sends whose time has come. Each row is
    locked and moved to « en file » once, so two machines never queue it twice."""
    count = 0
    with transaction.atomic():
        due = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(
            status=EmailStatus.SCHEDULED, send_after__lte=now
        )
        for email in due:
            email.status = EmailStatus.QUEUED
            email.save(update_fields=["status", "updated_at"])
            enqueue_sending(email)
            count += 1
    return count


# What the outbox can still stop: drafts to review and dated sends not yet due.
CANCELLABLE = (EmailStatus.DRAFT, EmailStatus.SCHEDULED)


def enqueue_sending(email: OutgoingEmail) -> None:
    from immersion.notifications.tasks import send_email_task

    pk = email.pk
    transaction.on_commit(lambda: send_email_task.enqueue(pk))


@transaction.atomic
def approve_emails(*, actor, emails) -> int:
    """Send e-mails held in the outbox for review."""
    count = 0
    for email in emails.select_for_update().filter(status=EmailStatus.DRAFT):
        email.status = EmailStatus.QUEUED
        email.save(update_fields=["status", "updated_at"])
        enqueue_sending(email)
        count += 1
    if count:
        log_action(actor, "emails.approve", None, count=count)
    return count


@transaction.atomic
def cancel_emails(*, actor, emails) -> int:
    count = emails.filter(status__in=CANCELLABLE).update(status=EmailStatus.CANCELLED)
    if count:
        log_action(actor, "emails.cancel", None, count=count)
    return count


def deliver(email_id: int) -> OutgoingEmail | None:
    """Send one queued e-mail through Django's e-mail backend (called by the task)."""
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status != EmailStatus.QUEUED:
            return email
        email.attempts += 1
        try:
            # The secret (sign-in link, code) exists only in the message handed to the backend.
            body_text, body_html, revoke = reveal(email)
        except SecretUnavailable:
            email.error = _("Le lien ou le code de ce courriel ne peut plus être créé.")
            email.status = EmailStatus.FAILED
            email.save(update_fields=["error", "status", "attempts", "updated_at"])
            return email
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=body_text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email.to_email],
        )
        if body_html:
            message.attach_alternative(body_html, "text/html")
        try:
            for reference in email.attachments:
                filename, content, mimetype = render_attachment(reference)
                message.attach(filename, content, mimetype)
            message.send()
        except Exception as exc:  # noqa: BLE001 - any backend failure is recorded, not raised
            revoke()
            email.error = _("Échec de l'envoi (%(type)s).") % {"type": type(exc).__name__}
            email.status = (
                EmailStatus.FAILED if email.attempts >= MAX_ATTEMPTS else EmailStatus.QUEUED
            )
            email.save(update_fields=["error", "status", "attempts", "updated_at"])
            logger.warning("E-mail %s not sent: %s", email.pk, type(exc).__name__)
            return email
        email.status = EmailStatus.SENT
        email.sent_at = timezone.now()
        email.error = ""
        email.save(update_fields=["status", "sent_at", "attempts", "error", "updated_at"])
        return email


def retry_pending() -> int:
    """Re-enqueue e-mails left queued (e.g. a failed attempt); for a periodic job."""
    count = 0
    for pk in OutgoingEmail.objects.filter(status=EmailStatus.QUEUED).values_list("pk", flat=True):
        from immersion.notifications.tasks import send_email_task

        send_email_task.enqueue(pk)
        count += 1
    return count
