"""The audit log: who did what, when, on which object — never a personal value or free text.

Every service that writes on a user's behalf calls ``log_action`` (a test walks the services
and fails when one that takes an ``actor`` cannot reach it). The entry also records the
seminar the object belongs to (``seminar_pk``), found here once for every caller, so that an
organizer's audit page can show the entries of their own seminars only.
"""

from django.db import models

from immersion.common.models import AuditEntry

# Where an object's seminar is, by attribute path, tried in turn (the socle knows no domain
# model: it only follows attributes).
SEMINAR_PATHS = (
    ("seminar_id",),
    ("participant", "seminar_id"),
    ("run", "seminar_id"),
    ("placement", "run", "seminar_id"),
    ("response", "participant", "seminar_id"),
    ("offer", "seminar_id"),
)


def _follow(obj, path):
    for name in path:
        try:
            obj = getattr(obj, name)
        except Exception:  # noqa: BLE001 - a missing relation means "no seminar here"
            return None
        if obj is None:
            return None
    return obj


def seminar_of(obj: models.Model | None, data: dict) -> int | None:
    """The seminar an audited object belongs to, or None (a host site, an account…)."""
    value = data.get("seminar")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if obj is None:
        return None
    if obj._meta.label_lower == "seminars.seminar":
        return obj.pk
    for path in SEMINAR_PATHS:
        found = _follow(obj, path)
        if isinstance(found, int):
            return found
    return None


def log_action(actor, action: str, obj: models.Model | None = None, **data) -> AuditEntry:
    """Record an action in the audit log. ``data`` must not carry free text typed by users."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        seminar_pk=seminar_of(obj, data),
        data=data,
    )
