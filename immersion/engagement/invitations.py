"""Inviting people who sign in by link: participants, site coordinators and tutors.

Each invitation creates (or reuses) an account without a usable password and e-mails a
single-use sign-in link. A new link can be asked for at any time from the sign-in page.
"""

import contextlib
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.accounts.models import LinkPurpose, Role, User
from immersion.accounts.services import (
    INVITATION_LIFETIME,
    SIGN_IN_LIFETIME,
    get_or_create_link_account,
    may_request_link,
    take_link_request,
)
from immersion.common.audit import log_action
from immersion.notifications.models import BatchState, EmailBatch, EmailKind
from immersion.notifications.secrets import SIGN_IN_LINK_PLACEHOLDER, sign_in_link_reference
from immersion.notifications.services import compose_email
from immersion.people import services as people_services
from immersion.people.models import Participant
from immersion.seminars.models import SeminarStatus
from immersion.sites import services as site_services
from immersion.sites.models import HostSite, Tutor
from immersion.sites.selectors import tutor_hosts_published_immersions

logger = logging.getLogger(__name__)


def _request_page(base_url: str) -> str:
    return base_url.rstrip("/") + reverse("public:request_link")


def _send_invitation(
    *, actor, user, to_email, template, context, kind, base_url, seminar=None, to_name=""
):
    """Write the invitation e-mail; its sign-in link is minted only when it is sent."""
    return compose_email(
        to_email=to_email,
        to_name=to_name,
        template=template,
        context={
            **context,
            "link": SIGN_IN_LINK_PLACEHOLDER,
            "lifetime_days": INVITATION_LIFETIME.days,
            "request_url": _request_page(base_url),
        },
        secret=sign_in_link_reference(
            purpose=LinkPurpose.INVITATION, lifetime=INVITATION_LIFETIME, base_url=base_url
        ),
        kind=kind,
        seminar=seminar,
        recipient=user,
        actor=actor,
    )


@transaction.atomic
def invite_participant(*, actor, participant: Participant, base_url: str = ""):
    """Create or link the participant's account and e-mail them an invitation with a link."""
    if participant.withdrawn_at is not None:
        raise ValidationError(_("Ce participant s'est désisté : il n'est pas invité."))
    if participant.seminar.status == SeminarStatus.DRAFT:
        raise ValidationError(
            _(
                "Le séminaire est en brouillon : ouvrez d'abord les inscriptions, "
                "puis invitez les participants. Personne n'a été invité."
            )
        )
    user = people_services.link_account(actor=actor, participant=participant)
    if user.role != Role.PARTICIPANT or not user.is_active:
        raise ValidationError(
            _("Le compte lié à cette adresse ne peut pas recevoir d'invitation de participant.")
        )
    seminar = participant.seminar
    email = _send_invitation(
        actor=actor,
        user=user,
        to_email=participant.email,
        to_name=participant.full_name,
        template="invitation_participant",
        context={"first_name": participant.first_name, "seminar": seminar},
        kind=EmailKind.INVITATION,
        base_url=base_url,
        seminar=seminar,
    )
    people_services.mark_invited(actor=actor, participant=participant)
    return email


def participants_to_invite(seminar):
    """Active participants of the seminar not invited yet (the « Inviter tous » list)."""
    return seminar.participants.active().filter(invited_at__isnull=True).order_by("pk")


def invite_participants(*, actor, seminar, base_url: str = "") -> int:
    """Invite every active participant of the seminar not invited yet; returns how many."""
    count = 0
    for participant in participants_to_invite(seminar):
        invite_participant(actor=actor, participant=participant, base_url=base_url)
        count += 1
    return count


@transaction.atomic
def start_invitation_batch(*, actor, seminar, base_url: str = "", participants=None) -> EmailBatch:
    """« Inviter tous », in the background: a batch record the organizer's page polls, and
    a task (payload: the batch's id and the site's address only) that invites each one.

    With ``participants`` (a selection of the seminar's participants, e.g. the list's
    filters) only those of them not invited yet are invited — the payload then holds their
    ids —, all or nothing: one transaction, no invitation leaves unless all are written."""
    pending = participants_to_invite(seminar)
    ids = None
    if participants is not None:
        ids = list(pending.filter(pk__in=participants.values("pk")).values_list("pk", flat=True))
        total = len(ids)
    else:
        total = pending.count()
    if seminar.status == SeminarStatus.DRAFT:
        raise ValidationError(
            _(
                "Le séminaire est en brouillon : ouvrez d'abord les inscriptions, "
                "puis invitez les participants. Personne n'a été invité."
            )
        )
    if not total:
        raise ValidationError(
            _("Tous les participants sont déjà invités.")
            if ids is None
            else _("Personne à inviter dans cette sélection : chacun est déjà invité ou désisté.")
        )
    running = EmailBatch.objects.filter(
        seminar=seminar,
        kind=EmailKind.INVITATION,
        state__in=[BatchState.PENDING, BatchState.RUNNING],
    ).first()
    if running is not None:
        return running  # a second click follows the invitations already on their way
    batch = EmailBatch(
        seminar=seminar,
        kind=EmailKind.INVITATION,
        total=total,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    batch.full_clean()
    batch.save()
    log_action(actor, "invitations.batch", seminar, batch=batch.pk, total=total)
    from immersion.engagement.tasks import invite_participants_task

    pk = batch.pk
    transaction.on_commit(lambda: invite_participants_task.enqueue(pk, base_url, ids))
    return batch


def run_invitation_batch(
    batch_id: int, base_url: str = "", participant_ids: list[int] | None = None
) -> EmailBatch:
    """The task's work: invite each participant still to invite, one transaction each, and
    count the progress on the batch (a refused invitation is counted as failed).

    With ``participant_ids`` (a selection), all in one transaction: an unexpected error
    leaves nobody invited and no e-mail written (the outbox sends only once it commits)."""
    batch = EmailBatch.objects.select_related("seminar", "created_by").get(pk=batch_id)
    if batch.is_finished:
        return batch
    pending = participants_to_invite(batch.seminar)
    if participant_ids is not None:
        pending = pending.filter(pk__in=participant_ids)
    pending = list(pending)
    EmailBatch.objects.filter(pk=batch.pk).update(
        state=BatchState.RUNNING, total=len(pending), updated_at=timezone.now()
    )
    whole = participant_ids is not None
    done = failed = 0
    try:
        with transaction.atomic() if whole else contextlib.nullcontext():
            for participant in pending:
                try:
                    invite_participant(
                        actor=batch.created_by, participant=participant, base_url=base_url
                    )
                    done += 1
                except ValidationError:
                    failed += 1
                if not whole:
                    EmailBatch.objects.filter(pk=batch.pk).update(
                        done=done, failed=failed, updated_at=timezone.now()
                    )
    except Exception:
        logger.exception("Invitation batch %s failed", batch_id)
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.FAILED,
            done=0 if whole else done,
            error=_("Erreur inattendue : personne de la sélection n'a été invité. Réessayez.")
            if whole
            else _("Erreur inattendue : relancez « Inviter tous » pour les suivants."),
            finished_at=timezone.now(),
        )
    else:
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.DONE, done=done, failed=failed, finished_at=timezone.now()
        )
    batch.refresh_from_db()
    return batch


@transaction.atomic
def invite_site_coordinator(
    *,
    actor,
    site: HostSite,
    email: str,
    first_name: str = "",
    last_name: str = "",
    base_url: str = "",
    confirmed_replacement_of: int | None = None,
) -> User:
    """Make the person the site's coordinator (one person may coordinate several sites).

    Replacing another coordinator must be confirmed: ``confirmed_replacement_of`` is the id
    of the coordinator the actor was shown as replaced (if the site's coordinator changed in
    between, nothing is done). The replacement is logged and the previous coordinator, who
    loses access to the site's space, is told by e-mail.
    """
    previous = site.coordinator
    if (
        previous is not None
        and previous.email.lower() != (email or "").strip().lower()
        and confirmed_replacement_of != previous.pk
    ):
        raise ValidationError(
            _("Cette structure a déjà un référent : confirmez d'abord son remplacement.")
        )
    user = get_or_create_link_account(
        actor=actor,
        email=email,
        role=Role.SITE_COORDINATOR,
        first_name=first_name,
        last_name=last_name,
    )
    if site.coordinator_id != user.pk:
        site_services.update_site(actor=actor, site=site, coordinator=user)
        if previous is not None:
            log_action(actor, "site.replace_coordinator", site, previous=previous.pk, user=user.pk)
            _notify_replaced_coordinator(actor=actor, site=site, previous=previous)
    _send_invitation(
        actor=actor,
        user=user,
        to_email=user.email,
        template="invitation_site_coordinator",
        context={"first_name": user.first_name, "site": site},
        kind=EmailKind.SITE_INVITATION,
        base_url=base_url,
    )
    log_action(actor, "site.invite_coordinator", site, user=user.pk)
    return user


def _notify_replaced_coordinator(*, actor, site: HostSite, previous: User) -> None:
    """Tell the previous coordinator they no longer have access, and who decided it (so that
    a change they did not expect can be questioned). The new coordinator is not named."""
    by_staff = getattr(actor, "is_authenticated", False)
    compose_email(
        to_email=previous.email,
        template="coordinator_replaced",
        context={
            "first_name": previous.first_name,
            "site": site,
            "actor_name": actor.get_full_name() if by_staff else "",
            "actor_email": actor.email if by_staff else "",
        },
        kind=EmailKind.OTHER,
        recipient=previous,
        actor=actor,
    )


@transaction.atomic
def invite_tutor(*, actor, tutor: Tutor, base_url: str = "") -> User:
    """Give the tutor an account (role tutor) and e-mail them a sign-in link."""
    if not tutor.email:
        raise ValidationError(
            {"email": _("Indiquez d'abord l'adresse e-mail du tuteur pour l'inviter.")}
        )
    if tutor.user_id is not None:
        user = tutor.user
    else:
        user = get_or_create_link_account(
            actor=actor,
            email=tutor.email,
            role=Role.TUTOR,
            first_name=tutor.first_name,
            last_name=tutor.last_name,
        )
        if Tutor.objects.filter(user=user).exclude(pk=tutor.pk).exists():
            raise ValidationError({"email": _("Cette adresse est déjà celle d'un autre tuteur.")})
        # Linking an account is not a change the tutor form offers: set it here, audited.
        tutor.user = user
        tutor.save(update_fields=["user", "updated_at"])
    _send_invitation(
        actor=actor,
        user=user,
        to_email=user.email,
        template="invitation_tutor",
        context={
            "first_name": tutor.first_name,
            "site": tutor.site,
            # Only a tutor with observers of a published assignment is told they will host
            # some; the others learn that their space will show them once assigned.
            "has_observers": tutor_hosts_published_immersions(tutor),
        },
        kind=EmailKind.SITE_INVITATION,
        base_url=base_url,
    )
    log_action(actor, "tutor.invite", tutor, user=user.pk)
    return user


@transaction.atomic
def request_sign_in_link(*, email: str, base_url: str = "", requester: str = "") -> None:
    """Someone asks for a link on the sign-in page. Whatever the address, nothing is said
    about whether an account exists: a link is sent only to an account that signs in by
    link, within the quotas per address and per ``requester`` (the client's address), and
    the caller always shows the same message.

    Both paths do the same work in the request — the quotas, one look-up, one task queued —
    so that neither the answer nor its timing tells an existing account from another: the
    e-mail is written by the task (``send_requested_link_task``), whose payload is the
    account's id, or nothing for an address that gets no link (the task then does nothing).
    """
    allowed = take_link_request(email=email, requester=requester)
    user = User.objects.filter(email__iexact=(email or "").strip()).first()
    user_id = user.pk if allowed and may_request_link(user) else None
    from immersion.engagement.tasks import send_requested_link_task

    transaction.on_commit(lambda: send_requested_link_task.enqueue(user_id, base_url))


def send_requested_link(*, user_id: int | None, base_url: str = "") -> None:
    """The task's work: write the sign-in link e-mail to the account (sent by the outbox)."""
    if user_id is None:
        return
    user = User.objects.filter(pk=user_id).first()
    if not may_request_link(user):
        return  # the account changed role or was deactivated in between
    compose_email(
        to_email=user.email,
        template="sign_in_link",
        secret=sign_in_link_reference(
            purpose=LinkPurpose.SIGN_IN, lifetime=SIGN_IN_LIFETIME, base_url=base_url
        ),
        context={
            "first_name": user.first_name,
            "link": SIGN_IN_LINK_PLACEHOLDER,
            "lifetime_minutes": int(SIGN_IN_LIFETIME.total_seconds() // 60),
            "request_url": _request_page(base_url),
        },
        kind=EmailKind.SIGN_IN_LINK,
        recipient=user,
    )
