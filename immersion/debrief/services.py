"""The expert's curation of the wall of quotes. Hiding never deletes: a hidden quote keeps its
mark and comes back with ``set_quote_hidden(hidden=False)``. Audit entries hold ids only."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from immersion.common.audit import log_action
from immersion.common.signals import texts_written
from immersion.debrief.models import QuoteGroup, QuoteMark
from immersion.debrief.sources import quote_exists


def _mark(seminar, source_kind: str, source_id: int) -> QuoteMark:
    if not quote_exists(seminar, source_kind, source_id):
        raise ValidationError(_("Cette citation n'existe pas dans ce séminaire."))
    mark, _created = QuoteMark.objects.select_for_update().get_or_create(
        seminar=seminar, source_kind=source_kind, source_id=source_id
    )
    return mark


def _save(actor, mark: QuoteMark, action: str, **data) -> QuoteMark:
    mark.full_clean()
    mark.save()
    log_action(
        actor,
        action,
        mark,
        seminar=mark.seminar_id,
        source_kind=mark.source_kind,
        source_id=mark.source_id,
        **data,
    )
    # The search index follows the publishable mark (``immersion.search``).
    texts_written.send(sender=QuoteMark, source_kind=mark.source_kind, ids=[mark.source_id])
    return mark


@transaction.atomic
def set_quote_pinned(*, actor, seminar, source_kind: str, source_id: int, pinned: bool):
    """Pin a quote on the wall (it is shown again if it was hidden), or unpin it."""
    mark = _mark(seminar, source_kind, source_id)
    mark.pinned = pinned
    if pinned:
        mark.hidden = False
    return _save(actor, mark, "debrief.quote.pin" if pinned else "debrief.quote.unpin")


@transaction.atomic
def set_quote_hidden(*, actor, seminar, source_kind: str, source_id: int, hidden: bool):
    """Hide a quote from the projection (it is unpinned), or show it again."""
    mark = _mark(seminar, source_kind, source_id)
    mark.hidden = hidden
    if hidden:
        mark.pinned = False
        mark.publishable = False
    return _save(actor, mark, "debrief.quote.hide" if hidden else "debrief.quote.show")


@transaction.atomic
def set_quote_publishable(*, actor, seminar, source_kind: str, source_id: int, publishable: bool):
    """Let an anonymised quote leave the seminar (the programme's observatory and open data),
    or take that back. A hidden quote is never publishable."""
    mark = _mark(seminar, source_kind, source_id)
    if publishable and mark.hidden:
        raise ValidationError(_("Une citation masquée ne peut pas être publiée."))
    mark.publishable = publishable
    return _save(
        actor, mark, "debrief.quote.publishable" if publishable else "debrief.quote.unpublishable"
    )


@transaction.atomic
def set_quote_group(*, actor, seminar, source_kind: str, source_id: int, group):
    """Put a quote under a group of the same seminar, or take it out (``group=None``)."""
    mark = _mark(seminar, source_kind, source_id)
    mark.group = group
    return _save(actor, mark, "debrief.quote.group", group=group.pk if group else None)


@transaction.atomic
def create_quote_group(*, actor, seminar, title: str) -> QuoteGroup:
    last = QuoteGroup.objects.filter(seminar=seminar).aggregate(m=Max("position"))["m"]
    group = QuoteGroup(seminar=seminar, title=(title or "").strip(), position=(last or 0) + 1)
    group.full_clean()
    group.save()
    log_action(actor, "debrief.group.create", group, seminar=seminar.pk)
    return group


@transaction.atomic
def delete_quote_group(*, actor, group: QuoteGroup) -> None:
    """Remove a group: its quotes stay, ungrouped (pins and hidden flags are kept)."""
    log_action(actor, "debrief.group.delete", group, seminar=group.seminar_id)
    group.delete()
