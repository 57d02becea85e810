from django.db import models

from immersion.common.models import AuditEntry


def log_action(actor, action: str, obj: models.Model | None = None, **data) -> AuditEntry:
    """Record an action in the audit log. ``data`` must not carry free text typed by users."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        data=data,
    )
