from django.db.models import Q

from immersion.debrief.models import QuoteGroup, QuoteMark
from immersion.seminars.models import Seminar


def quote_groups(seminar):
    return QuoteGroup.objects.filter(seminar=seminar).order_by("position", "id")


def quote_marks(seminar):
    return QuoteMark.objects.filter(seminar=seminar)


def seminars_led_by(user):
    """The seminars whose debrief the user may lead (as ``debrief.rules.leads_debrief``):
    administrators all, organizers those they organize, experts those they are expert of."""
    if not user.is_authenticated:
        return Seminar.objects.none()
    if user.is_superuser or user.role == "admin":
        return Seminar.objects.order_by("-start_date", "title")
    if user.role == "organizer":
        condition = Q(organizers=user)
    elif user.role == "expert":
        condition = Q(experts=user)
    else:
        return Seminar.objects.none()
    return Seminar.objects.filter(condition).distinct().order_by("-start_date", "title")


def programme_publishable_marks(programme):
    """The quotes the experts of a programme's seminars marked publishable (never hidden)."""
    return QuoteMark.objects.filter(
        seminar__programme=programme, publishable=True, hidden=False
    ).order_by("seminar_id", "source_kind", "source_id")
