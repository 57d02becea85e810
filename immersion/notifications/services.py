"""Composing, reviewing and sending e-mails. Task payloads carry only the e-mail's id."""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import Context, engines
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


INTERRUPTED = gettext_lazy(
    "L'envoi a été interrompu (arrêt du serveur d'envoi) : le courriel est peut-être parti. "
    "Vérifiez auprès du destinataire avant de le renvoyer."
)
# A message claimed longer ago than this and still « en cours d'envoi » was interrupted.
SENDING_AT_MOST = dt.timedelta(minutes=15)


def deliver(email_id: int) -> OutgoingEmail | None:
    """Send one queued e-mail through Django's e-mail backend (called by the task).

    At most once: the message is first *claimed* (« en cours d'envoi ») in a transaction of its
    own, committed before anything is handed to the mail server, then marked « envoyé ». A
    worker that dies in between leaves it claimed; whoever meets it claimed again (the task
    taken back by another worker, or ``flag_interrupted_sends``) never sends it but marks it
    « à vérifier » for the organizer, who knows best whether to send it again.
    """
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            return None
        if email.status == EmailStatus.SENDING:
            _mark_interrupted(email)
            return email
        if email.status != EmailStatus.QUEUED:
            return email
        email.attempts += 1
        email.status = EmailStatus.SENDING
        email.save(update_fields=["status", "attempts", "updated_at"])
    try:
        with transaction.atomic():
            # The secret (sign-in link, code) exists only in the message handed to the backend.
            body_text, body_html, revoke = reveal(email)
    except SecretUnavailable:
        return _finish(
            email,
            EmailStatus.FAILED,
            error=_("Le lien ou le code de ce courriel ne peut plus être créé."),
        )
    except Exception as exc:  # noqa: BLE001 - nothing left: it waits for the next attempt
        logger.warning("E-mail %s not prepared: %s", email.pk, type(exc).__name__)
        return _finish(
            email,
            EmailStatus.FAILED if email.attempts >= MAX_ATTEMPTS else EmailStatus.QUEUED,
            error=_("Échec de l'envoi (%(type)s).") % {"type": type(exc).__name__},
        )
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
        with transaction.atomic():
            revoke()
        logger.warning("E-mail %s not sent: %s", email.pk, type(exc).__name__)
        return _finish(
            email,
            EmailStatus.FAILED if email.attempts >= MAX_ATTEMPTS else EmailStatus.QUEUED,
            error=_("Échec de l'envoi (%(type)s).") % {"type": type(exc).__name__},
        )
    return _finish(email, EmailStatus.SENT, error="")


def _finish(email: OutgoingEmail, status: str, *, error: str) -> OutgoingEmail:
    """Record how a claimed message ended. If it was meanwhile marked « à vérifier » (its
    worker was believed dead), the actual outcome wins."""
    fields = {"status": status, "error": error, "updated_at": timezone.now()}
    if status == EmailStatus.SENT:
        fields["sent_at"] = fields["updated_at"]
    OutgoingEmail.objects.filter(
        pk=email.pk, status__in=(EmailStatus.SENDING, EmailStatus.UNCERTAIN)
    ).update(**fields)
    for name, value in fields.items():
        setattr(email, name, value)
    return email


def _mark_interrupted(email: OutgoingEmail) -> None:
    email.status = EmailStatus.UNCERTAIN
    email.error = str(INTERRUPTED)[:250]
    email.save(update_fields=["status", "error", "updated_at"])
    logger.warning("E-mail %s: sending interrupted, marked to be checked.", email.pk)


def flag_interrupted_sends(now) -> int:
    """The scheduling step's finder: messages claimed long ago and never finished (their task
    lost with its worker) are marked « à vérifier » — never sent again by themselves."""
    count = 0
    with transaction.atomic():
        stuck = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(
            status=EmailStatus.SENDING, updated_at__lt=now - SENDING_AT_MOST
        )
        for email in stuck:
            _mark_interrupted(email)
            count += 1
    return count


@transaction.atomic
def resend_emails(*, actor, emails) -> int:
    """Send again e-mails « à vérifier » once the organizer has checked they did not arrive."""
    count = 0
    for email in emails.select_for_update().filter(status=EmailStatus.UNCERTAIN):
        email.status = EmailStatus.QUEUED
        email.error = ""
        email.save(update_fields=["status", "error", "updated_at"])
        enqueue_sending(email)
        count += 1
    if count:
        log_action(actor, "emails.resend", None, count=count)
    return count


def retry_pending() -> int:
    """Re-enqueue e-mails left queued (e.g. a failed attempt); for a periodic job."""
    count = 0
    for pk in OutgoingEmail.objects.filter(status=EmailStatus.QUEUED).values_list("pk", flat=True):
        from immersion.notifications.tasks import send_email_task

        send_email_task.enqueue(pk)
        count += 1
    return count
