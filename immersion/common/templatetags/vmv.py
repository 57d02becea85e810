import rules
from django import template
from django.utils import formats, timezone

from immersion.common.choices import Category, Channel, SiteKind, label_for
from immersion.common.choices import half_day_label as _half_day_label

register = template.Library()

STATUS_BADGES = {
    "draft": "fr-badge--new",
    "open": "fr-badge--info",
    "assigned": "fr-badge--success",
    "running": "fr-badge--warning",
    "closed": "",
}

# The main menu's spaces, in the order it offers them (the first one the user may open).
MENU_SPACES = (
    ("accounts.access_organizer_space", "organizer"),
    ("seminars.access_observatory", "observatory"),
    ("analysis.access_debrief_space", "debrief"),
    ("accounts.access_participant_space", "participant"),
    ("accounts.access_site_space", "site"),
    ("accounts.access_tutor_space", "tutor"),
)


@register.simple_tag
def menu_space(user) -> str:
    """Which space's entries the main menu shows. These permissions are django-rules rules on
    the user's role, never rows of Django's permission tables: asked of the rules alone,
    without ``user.has_perm``, whose ModelBackend would read the user's and groups'
    permissions (two queries on every page of everyone but the organizers) to find nothing."""
    if not getattr(user, "is_authenticated", False):
        return ""
    return next((space for perm, space in MENU_SPACES if rules.has_perm(perm, user)), "")


KIND_ICONS = {
    "plenary": "fr-icon-team-line",
    "immersion": "fr-icon-eye-line",
    "tutor_exchange": "fr-icon-discuss-line",
    "shared_analysis": "fr-icon-lightbulb-line",
    "meal": "fr-icon-restaurant-line",
    "travel": "fr-icon-train-line",
    "visit": "fr-icon-map-pin-2-line",
}


@register.filter
def hhmm(value) -> str:
    """16:30, in Europe/Paris."""
    if not value:
        return ""
    return timezone.localtime(value).strftime("%H:%M")


@register.filter
def long_date(value) -> str:
    return formats.date_format(value, "l j F Y") if value else ""


@register.filter
def status_badge_class(status: str) -> str:
    return STATUS_BADGES.get(status, "")


@register.filter
def item_icon(kind: str) -> str:
    return KIND_ICONS.get(kind, "fr-icon-calendar-line")


@register.filter
def category_label(code: str) -> str:
    return label_for(Category, code)


@register.filter
def site_kind_label(code: str) -> str:
    return label_for(SiteKind, code)


@register.filter
def half_day_label(code: str) -> str:
    """« Jour 2 — après-midi » for ``J2-apres-midi``: a person never reads a half-day's code."""
    return _half_day_label(code)


@register.filter
def channel_label(code: str) -> str:
    return label_for(Channel, code)


@register.inclusion_tag("components/breadcrumb.html")
def breadcrumb(current, *pairs):
    """{% breadcrumb "Page" "Parent" parent_url "Grand-parent" url %} — pairs from the top."""
    links = list(zip(pairs[0::2], pairs[1::2], strict=True))
    return {"links": [(url, label) for label, url in links], "current": current}
