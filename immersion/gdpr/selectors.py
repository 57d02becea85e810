"""The audit log as each user may read it: an administrator every entry, an organizer the
entries of the seminars they organise (``AuditEntry.seminar_pk``) — never another seminar's,
nor those that belong to no seminar (accounts, host sites, erasures)."""

from immersion.accounts.rules import is_platform_admin
from immersion.common.models import AuditEntry
from immersion.seminars.models import Seminar


def audit_entries_for(user):
    entries = AuditEntry.objects.select_related("actor")
    if is_platform_admin(user):
        return entries
    own = Seminar.objects.filter(organizers=user).values("pk")
    return entries.filter(seminar_pk__in=own)


def audit_seminars_for(user):
    """The seminars whose entries the user may filter on."""
    seminars = (
        Seminar.objects.all()
        if is_platform_admin(user)
        else Seminar.objects.filter(organizers=user)
    )
    return seminars.order_by("-start_date", "pk")
