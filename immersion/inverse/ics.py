"""The calendar invitation (.ics) of an accepted reverse immersion, for both sides: one event
in Europe/Paris wall-clock time with its VTIMEZONE and a stable UID."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from immersion.inverse.models import DURATION_HOURS, ReverseApplication

UID_DOMAIN = "vivez-ma-vie-usager.gouv.fr"


def reverse_immersion_calendar(application: ReverseApplication) -> bytes:
    offer = application.offer
    zone = ZoneInfo(settings.TIME_ZONE)
    start, end = DURATION_HOURS[offer.duration]
    cal = Calendar()
    cal.add("prodid", "-//Vivez ma vie d'usager//Immersion inversée//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"immersion-inversee-{application.pk}@{UID_DOMAIN}")
    event.add("dtstamp", timezone.now().replace(microsecond=0))
    event.add("dtstart", dt.datetime.combine(offer.date, start, tzinfo=zone))
    event.add("dtend", dt.datetime.combine(offer.date, end, tzinfo=zone))
    event.add(
        "summary",
        _("Immersion inversée auprès de %(host)s") % {"host": f"{offer.host}"},
    )
    event.add("location", offer.place)
    lines = [offer.what_will_be_seen]
    if offer.conditions:
        lines.append(_("Conditions : %(conditions)s") % {"conditions": offer.conditions})
    event.add("description", "\n".join(lines))
    cal.add_component(event)
    cal.add_missing_timezones(
        first_date=offer.date - dt.timedelta(days=1), last_date=offer.date + dt.timedelta(days=1)
    )
    return cal.to_ical()


def render_ics_attachment(reference: dict) -> tuple[str, bytes, str]:
    application = ReverseApplication.objects.select_related("offer__host").get(
        pk=reference["application"]
    )
    filename = f"immersion-inversee-{application.offer.date:%Y-%m-%d}.ics"
    return filename, reverse_immersion_calendar(application), "text/calendar"
