"""The personal programme as an iCalendar file (.ics): one event per item the participant
attends, in Europe/Paris wall-clock time with its VTIMEZONE, stable UIDs so that a new
download updates the events already imported instead of duplicating them."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

UID_DOMAIN = "vivez-ma-vie-usager.gouv.fr"


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE))


def _description(entry) -> str:
    lines = []
    immersion = entry.immersion
    if immersion is not None:
        if immersion.site_name:
            lines.append(immersion.site_name)
        if immersion.channel_label:
            lines.append(_("Canal : %(channel)s") % {"channel": immersion.channel_label})
        if immersion.tutor:
            lines.append(_("Tuteur : %(tutor)s") % {"tutor": immersion.tutor})
        if entry.kind == "immersion":
            if immersion.leg is not None:
                lines.append(immersion.leg.sentence)
            if immersion.access_notes:
                lines.append(_("Accès : %(notes)s") % {"notes": immersion.access_notes})
            if immersion.what_to_bring:
                lines.append(_("À apporter :"))
                lines += [f"- {thing}" for thing in immersion.what_to_bring]
    elif entry.description:
        lines.append(entry.description)
    return "\n".join(lines)


def programme_calendar(programme) -> bytes:
    seminar = programme.seminar
    cal = Calendar()
    cal.add("prodid", "-//Vivez ma vie d'usager//Programme personnel//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", seminar.title)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().replace(microsecond=0)
    for entry in programme.entries:
        event = Event()
        event.add("uid", f"{entry.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", _local(entry.starts_at))
        if entry.ends_at:
            event.add("dtend", _local(entry.ends_at))
        title = entry.title
        if entry.immersion is not None and entry.immersion.site_name:
            title = f"{title} — {entry.immersion.site_name}"
        event.add("summary", title)
        if entry.location:
            event.add("location", entry.location)
        description = _description(entry)
        if description:
            event.add("description", description)
        if entry.is_optional:
            event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    # A year around the seminar: the time zone stays right if items move a little.
    first = seminar.start_date - dt.timedelta(days=366)
    last = seminar.end_date + dt.timedelta(days=366)
    cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()
