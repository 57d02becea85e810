"""Change notices to host sites: when the observers a site expects change after publication,
its coordinator and the tutors concerned get a message through the outbox.

What counts as a change: a new assignment is published in place of another and moves an
observer in or out (``placements.selectors.assignment_changes``), an expected observer
withdraws (``people.signals.participant_withdrawn``), or an offer's tutor is replaced after
publication (``sites.signals.tutor_changed``). The pages mark the change too
(``placements.selectors.last_change_at``: « Modifié le … »).

The message names the observers (the site sees them on its pages anyway), never their
contact details nor any free-text need.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from immersion.common.choices import Channel, label_for
from immersion.notifications.models import EmailKind
from immersion.notifications.services import compose_email
from immersion.placements.selectors import assignment_changes


@dataclass
class Notice:
    """The lines one recipient reads about one site and one seminar."""

    to_email: str
    first_name: str
    recipient: object
    site: object
    seminar: object
    lines: list[str] = field(default_factory=list)


def _describe(placement) -> str:
    item = placement.half_day
    start = timezone.localtime(item.starts_at)
    return _("%(name)s — %(date)s, %(half_day)s, %(channel)s") % {
        "name": f"{placement.participant.first_name} {placement.participant.last_name}",
        "date": date_format(start.date(), "l j F Y"),
        "half_day": item.half_day_label,
        "channel": label_for(Channel, placement.offer.channel),
    }


def _recipients(offer) -> list[tuple[str, str, object]]:
    """(e-mail, first name, user) of the site's coordinator and of the offer's tutor."""
    site, result = offer.site, []
    if site.coordinator is not None and site.coordinator.email:
        result.append((site.coordinator.email, site.coordinator.first_name, site.coordinator))
    elif site.email:
        result.append((site.email, "", None))
    tutor = offer.tutor
    if tutor is not None and tutor.email:
        result.append((tutor.email, tutor.first_name, tutor.user))
    return result


def _collect(entries) -> list[Notice]:
    """Group (placement, line) pairs by recipient, site and seminar."""
    notices: dict[tuple, Notice] = {}
    for placement, line in entries:
        offer = placement.offer
        for email, first_name, user in _recipients(offer):
            key = (email.lower(), offer.site_id, offer.seminar_id)
            if key not in notices:
                notices[key] = Notice(email, first_name, user, offer.site, offer.seminar)
            if line not in notices[key].lines:
                notices[key].lines.append(line)
    return list(notices.values())


def _send(notices: list[Notice], *, actor=None) -> int:
    for notice in notices:
        compose_email(
            to_email=notice.to_email,
            template="site_assignment_changed",
            context={
                "first_name": notice.first_name,
                "site": notice.site,
                "seminar": notice.seminar,
                "lines": notice.lines,
            },
            kind=EmailKind.TUTOR_BRIEF,
            seminar=notice.seminar,
            recipient=notice.recipient,
            actor=actor,
        )
    return len(notices)


def notify_assignment_published(*, run, previous, actor=None) -> int:
    """A new assignment replaces the published one: tell each site what changed there."""
    entries = []
    for change in assignment_changes(previous, run):
        if change.kind == "in":
            line = _("Arrive : %(visit)s") % {"visit": _describe(change.placement)}
        else:
            line = _("N'est plus attendu : %(visit)s") % {"visit": _describe(change.placement)}
        entries.append((change.placement, line))
    return _send(_collect(entries), actor=actor)


def notify_participant_withdrawn(*, participant, actor=None) -> int:
    """An observer withdrew: tell the sites that expected them."""
    from immersion.placements.selectors import placements_of_participant

    entries = [
        (p, _("S'est désisté : %(visit)s") % {"visit": _describe(p)})
        for p in placements_of_participant(participant)
    ]
    return _send(_collect(entries), actor=actor)


def notify_tutor_changed(*, offer, actor=None) -> int:
    """An offer's tutor was replaced after publication: tell the coordinator and the new
    tutor which observers they now host."""
    from immersion.placements.models import Placement

    placements = (
        Placement.objects.published()
        .filter(offer=offer, participant__withdrawn_at=None)
        .with_details()
        .order_by("half_day__starts_at", "participant__last_name")
    )
    tutor = offer.tutor
    name = f"{tutor.first_name} {tutor.last_name}" if tutor else _("à désigner")
    entries = [
        (p, _("Nouveau tuteur (%(tutor)s) : %(visit)s") % {"tutor": name, "visit": _describe(p)})
        for p in placements
    ]
    return _send(_collect(entries), actor=actor)
