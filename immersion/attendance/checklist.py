"""The seminar's life as a checklist, for the organizer's seminar page.

In order: open registrations → invite participants → commitments (offers from the host sites,
confidentiality commitments signed) → assignment → publish → convocations → the day(s) →
debrief → follow-up. Each step is done, next (something to do now) or blocked, with the
reason in French. It lives here because convocations are the highest app it reads (above
placements and engagement).

A handful of aggregate queries, whatever the number of participants or offers.
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from immersion.attendance.models import Convocation
from immersion.attendance.selectors import has_training_provider
from immersion.engagement.models import Commitment
from immersion.notifications.models import EmailStatus
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from immersion.seminars.models import ItemKind, Phase, SeminarStatus

# Convocations on their way to their recipient.
WAITING_STATUSES = (EmailStatus.DRAFT, EmailStatus.QUEUED, EmailStatus.SENDING)


class StepState:
    DONE = "done"
    NEXT = "next"
    BLOCKED = "blocked"


@dataclass
class LifeStep:
    key: str
    title: str
    state: str
    detail: str = ""
    reason: str = ""  # why it is blocked (or what the organizer should know before acting)

    @property
    def done(self) -> bool:
        return self.state == StepState.DONE

    @property
    def blocked(self) -> bool:
        return self.state == StepState.BLOCKED


@dataclass
class Checklist:
    steps: list[LifeStep]
    draft_run_id: int | None = None  # the latest calculated proposal, not published

    @property
    def current(self) -> LifeStep | None:
        return next((s for s in self.steps if s.state == StepState.NEXT), None)

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.steps if s.done)

    def __getitem__(self, key: str) -> LifeStep:
        return next(s for s in self.steps if s.key == key)


def _long(date: dt.date) -> str:
    return date_format(date, "l j F Y")


def _in_days(date: dt.date, today: dt.date) -> str:
    days = (date - today).days
    return ngettext("dans %(n)d jour", "dans %(n)d jours", days) % {"n": days}


def seminar_checklist(seminar, today: dt.date | None = None) -> Checklist:
    today = today or timezone.localdate()
    status = seminar.status
    draft = status == SeminarStatus.DRAFT
    # Every count in one aggregate over the active participants: the published placement
    # and the latest convocation (with an e-mail) of each person are subqueries, so the
    # cost does not grow with a list of ids sent back to the database. (The conditions sit
    # in the FILTERs themselves: Django drops annotations an aggregate's FILTER refers to.)
    is_placed = Q(
        Exists(
            Placement.objects.published().filter(run__seminar=seminar, participant=OuterRef("pk"))
        )
    )
    latest = (
        Convocation.objects.filter(participant=OuterRef(OuterRef("pk")), email__isnull=False)
        .order_by("-created_at", "-id")
        .values("pk")[:1]
    )

    def latest_is(*statuses):
        return Q(
            Exists(Convocation.objects.filter(pk=Subquery(latest), email__status__in=statuses))
        )

    people = seminar.participants.filter(withdrawn_at=None).aggregate(
        total=Count("pk"),
        invited=Count("pk", filter=Q(invited_at__isnull=False)),
        signed=Count("pk", filter=Q(Exists(Commitment.objects.filter(participant=OuterRef("pk"))))),
        placed=Count("pk", filter=is_placed),
        held=Count("pk", filter=is_placed & Q(invited_at__isnull=True)),
        sent=Count("pk", filter=is_placed & latest_is(EmailStatus.SENT)),
        waiting=Count("pk", filter=is_placed & latest_is(*WAITING_STATUSES)),
    )
    offers = seminar.offers.aggregate(count=Count("pk"), seats=Sum("capacity"))
    has_half_days = seminar.programme_items.filter(kind=ItemKind.IMMERSION).exists()
    runs = list(
        AssignmentRun.objects.filter(seminar=seminar)
        .order_by("-created_at", "-pk")
        .values_list("pk", "status", "state")[:20]
    )
    published = any(s == RunStatus.PUBLISHED for _pk, s, _state in runs)
    draft_run = next(
        (pk for pk, s, state in runs if s == RunStatus.DRAFT and state == SolveState.DONE), None
    )
    placed = people["placed"]
    phase = seminar.phase(today)
    total, invited, signed = people["total"], people["invited"], people["signed"]
    offer_count, seats = offers["count"], offers["seats"] or 0

    def step(key, title, done, blocked_reason="", detail=""):
        if done:
            return LifeStep(key, title, StepState.DONE, detail)
        if blocked_reason:
            return LifeStep(key, title, StepState.BLOCKED, detail, blocked_reason)
        return LifeStep(key, title, StepState.NEXT, detail)

    steps = [
        step(
            "open",
            _("Ouvrir les inscriptions"),
            not draft,
            ""
            if has_half_days
            else _("Le programme doit comporter au moins une demi-journée d'immersion."),
        ),
        step(
            "invite",
            _("Inviter les participants"),
            total > 0 and invited == total,
            _("Les invitations attendent l'ouverture des inscriptions.")
            if draft
            else (_("Ajoutez d'abord des participants.") if total == 0 else ""),
            ngettext(
                "%(invited)d participant invité sur %(total)d",
                "%(invited)d participants invités sur %(total)d",
                invited,
            )
            % {"invited": invited, "total": total},
        ),
        step(
            "commitments",
            _("Engagements : offres des structures et engagements des participants"),
            offer_count > 0 and invited > 0 and signed == total,
            _("Les engagements des participants attendent les invitations.")
            if invited == 0
            else "",
            ngettext(
                "%(offers)d offre d'immersion (%(seats)d places)",
                "%(offers)d offres d'immersion (%(seats)d places)",
                offer_count,
            )
            % {"offers": offer_count, "seats": seats}
            + " · "
            + ngettext(
                "%(signed)d engagement de confidentialité signé sur %(total)d",
                "%(signed)d engagements de confidentialité signés sur %(total)d",
                signed,
            )
            % {"signed": signed, "total": total},
        ),
        step(
            "assignment",
            _("Calculer une affectation"),
            published or draft_run is not None,
            _("« Calculer une affectation » attend l'ouverture des inscriptions.")
            if draft
            else (
                _("L'affectation attend des participants et des offres d'immersion.")
                if not (total and offer_count)
                else ""
            ),
        ),
        step(
            "publish",
            _("Publier l'affectation"),
            published,
            "" if draft_run is not None else _("La publication attend une affectation calculée."),
        ),
    ]

    # Convocations: one per placed participant; held while they are not invited.
    sent, waiting, held = people["sent"], people["waiting"], people["held"]
    if not published:
        reason = _("Les convocations attendent la publication de l'affectation.")
    elif placed and held == placed:
        reason = _("Les convocations attendent les invitations.")
    elif sent < placed and not has_training_provider(seminar):
        # A convocation is a Qualiopi document: it names the training provider.
        reason = _(
            "Les convocations attendent le nom de l'organisme de formation "
            "(« Documents de formation »)."
        )
    else:
        reason = ""
    detail = (
        ngettext(
            "%(sent)d convocation envoyée sur %(placed)d",
            "%(sent)d convocations envoyées sur %(placed)d",
            sent,
        )
        % {"sent": sent, "placed": placed}
        if published
        else ""
    )
    if waiting:
        detail += " · " + ngettext(
            "%(n)d à relire dans la boîte d'envoi",
            "%(n)d à relire dans la boîte d'envoi",
            waiting,
        ) % {"n": waiting}
    if held and published:
        detail += " · " + ngettext(
            "%(n)d retenue : participant pas encore invité",
            "%(n)d retenues : participants pas encore invités",
            held,
        ) % {"n": held}
    steps.append(
        step(
            "convocations",
            _("Envoyer les convocations"),
            published and bool(placed) and sent == placed,
            reason,
            detail,
        )
    )

    # The day(s): from the real dates and the status.
    if phase == Phase.AFTER:
        day_reason = ""
    elif not published:
        day_reason = _("Le séminaire ne peut démarrer qu'une fois l'affectation publiée.")
    elif today < seminar.start_date:
        day_reason = _("Le séminaire commence le %(date)s : %(delay)s.") % {
            "date": _long(seminar.start_date),
            "delay": _in_days(seminar.start_date, today),
        }
    else:
        day_reason = ""
    steps.append(
        step(
            "days",
            _("Le séminaire : accueil, immersions, échanges avec les tuteurs"),
            phase == Phase.AFTER,
            day_reason,
            _("Statut : %(status)s") % {"status": seminar.get_status_display()},
        )
    )
    steps.append(
        step(
            "debrief",
            _("Analyse partagée et débriefing"),
            status == SeminarStatus.CLOSED,
            ""
            if phase != Phase.BEFORE
            else _("L'analyse partagée a lieu pendant le séminaire, le %(date)s.")
            % {"date": _long(seminar.shared_analysis_date())},
        )
    )
    # The follow-up's dated sends (immersion.evaluations) record each e-mail queued; the
    # step is done once the evaluation « à froid » has gone out, two months after the end.
    cold_sent = status == SeminarStatus.CLOSED and (
        seminar.follow_up_emails.filter(kind="a_froid").exists()
    )
    steps.append(
        step(
            "followup",
            _("Suivi : évaluation à froid et engagements à trois mois"),
            cold_sent,
            ""
            if status == SeminarStatus.CLOSED
            else _("Le suivi commence une fois le séminaire clos."),
            _("Évaluation à froid envoyée ; le bilan des engagements suit à trois mois.")
            if cold_sent
            else _("Envoyés d'eux-mêmes : à froid à deux mois, engagements à trois mois."),
        )
    )
    return Checklist(steps, draft_run)
