"""Writes of constraints, levers and innovations: posting (participants) and moderating (the
seminar's experts and organizers). Every write is logged; moderation never deletes.

A text is redacted before the write transaction opens (see ``observation.services``: on
SQLite a write transaction holds the database's lock, and redacting can take seconds).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from immersion.common.audit import log_action
from immersion.common.signals import texts_written
from immersion.contributions.models import (
    MAX_TEXT,
    Contribution,
    ContributionGroup,
    Kind,
    Status,
    WorkField,
)
from immersion.observation.redaction import redact_texts


def posting_is_open(participant) -> bool:
    """From the shared analysis on (sequence 4, or the seminar running), and after it."""
    return participant.withdrawn_at is None and participant.seminar.shared_analysis_has_begun()


@sensitive_variables()
def post_contribution(
    *, actor, participant, kind: str, field: str, text: str, check_open: bool = True
) -> Contribution:
    """A participant's constraint, lever or innovation in a field of work, redacted.

    ``check_open=False`` is for the demo only (an upcoming seminar that shows a debrief).
    Raises ``RedactionUnavailable`` (nothing stored) if the anonymiser cannot run."""
    errors = {}
    if kind not in Kind.values:
        errors["kind"] = _("Choisissez : contrainte, levier ou innovation.")
    if field not in WorkField.values:
        errors["field"] = _("Choisissez votre domaine.")
    if len((text or "").strip()) > MAX_TEXT:
        errors["text"] = _("%(n)d caractères au plus.") % {"n": MAX_TEXT}
    if errors:
        raise ValidationError(errors)
    if check_open and not posting_is_open(participant):
        raise ValidationError(
            _("Les contributions s'ouvrent au moment de l'analyse partagée (séquence 4).")
        )
    (redacted,) = redact_texts([text or ""])  # before the write transaction
    if not redacted.text:
        raise ValidationError({"text": _("Écrivez votre contribution.")})
    if len(redacted.text) > MAX_TEXT:
        raise ValidationError(
            {"text": _("Une fois les données personnelles masquées, le texte est trop long.")}
        )
    with transaction.atomic():
        contribution = Contribution(
            seminar=participant.seminar,
            author=participant,
            kind=kind,
            field=field,
            text=redacted.text,
        )
        contribution.full_clean()
        contribution.save()
        _written(contribution)
        log_action(
            actor,
            "contribution.post",
            contribution,
            seminar=participant.seminar_id,
            kind=kind,
            field=field,
            redacted=sorted(redacted.summary),
        )
    # Not stored: what was masked, for the author's confirmation message (never the values).
    contribution.redaction_summary = redacted.summary
    return contribution


def _written(contribution: Contribution) -> None:
    """Tell the search index (``immersion.search``) that the contribution changed."""
    texts_written.send(sender=Contribution, source_kind="contribution", ids=[contribution.pk])


def _set_status(actor, contribution: Contribution, status: str, action: str) -> Contribution:
    contribution.status = status
    contribution.full_clean()
    contribution.save(update_fields=["status"])
    log_action(actor, action, contribution, seminar=contribution.seminar_id)
    _written(contribution)
    return contribution


@transaction.atomic
def hide_contribution(*, actor, contribution: Contribution) -> Contribution:
    """Take a contribution off the board. It stays stored, and can be shown again."""
    return _set_status(actor, contribution, Status.HIDDEN, "contribution.hide")


@transaction.atomic
def show_contribution(*, actor, contribution: Contribution) -> Contribution:
    return _set_status(actor, contribution, Status.VISIBLE, "contribution.show")


@transaction.atomic
def merge_contribution(*, actor, duplicate: Contribution, into: Contribution) -> Contribution:
    """Merge a duplicate into another contribution: the duplicate keeps its row (and its
    author) but leaves the board; the board counts it on the one it was merged into.

    Merges stay one level deep: merging into a duplicate merges into what it was merged
    into, and the duplicates of the merged one follow it."""
    while into.merged_into_id is not None:
        into = into.merged_into
    if into.seminar_id != duplicate.seminar_id:
        raise ValidationError({"into": _("Cette contribution n'est pas de ce séminaire.")})
    if into.pk == duplicate.pk:
        raise ValidationError(
            {"into": _("Une contribution ne peut pas être fusionnée en elle-même.")}
        )
    if into.status != Status.VISIBLE:
        raise ValidationError({"into": _("Fusionnez dans une contribution visible.")})
    duplicate.merged_into = into
    duplicate.full_clean()
    duplicate.save(update_fields=["merged_into"])
    moved = duplicate.duplicates.update(merged_into=into)
    _written(duplicate)
    log_action(
        actor,
        "contribution.merge",
        duplicate,
        seminar=duplicate.seminar_id,
        into=into.pk,
        followers=moved,
    )
    return duplicate


@transaction.atomic
def unmerge_contribution(*, actor, contribution: Contribution) -> Contribution:
    """Put a merged contribution back on the board on its own."""
    into = contribution.merged_into_id
    contribution.merged_into = None
    contribution.save(update_fields=["merged_into"])
    _written(contribution)
    log_action(
        actor, "contribution.unmerge", contribution, seminar=contribution.seminar_id, into=into
    )
    return contribution


@transaction.atomic
def put_in_group(
    *, actor, contribution: Contribution, group: ContributionGroup | None
) -> Contribution:
    """Move a contribution into a group, or out of any group (``None``)."""
    if group is not None and group.seminar_id != contribution.seminar_id:
        raise ValidationError({"group": _("Ce groupe n'est pas de ce séminaire.")})
    contribution.group = group
    contribution.save(update_fields=["group"])
    log_action(
        actor,
        "contribution.group",
        contribution,
        seminar=contribution.seminar_id,
        group=group.pk if group else None,
    )
    return contribution


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError({"title": _("Donnez un titre au groupe.")})
    return title


@transaction.atomic
def create_group(*, actor, seminar, title: str) -> ContributionGroup:
    """A new group, placed after the others."""
    last = seminar.contribution_groups.aggregate(last=Max("position"))["last"]
    group = ContributionGroup(
        seminar=seminar, title=_clean_title(title), position=0 if last is None else last + 1
    )
    group.full_clean()
    group.save()
    log_action(actor, "contribution_group.create", group, seminar=seminar.pk)
    return group


@transaction.atomic
def rename_group(*, actor, group: ContributionGroup, title: str) -> ContributionGroup:
    group.title = _clean_title(title)
    group.full_clean()
    group.save(update_fields=["title"])
    log_action(actor, "contribution_group.rename", group, seminar=group.seminar_id)
    return group


@transaction.atomic
def move_group(*, actor, group: ContributionGroup, offset: int) -> ContributionGroup:
    """Move a group up (``offset`` -1) or down (+1) on the board; at an end, nothing moves."""
    if offset not in (-1, 1):
        raise ValueError(offset)
    groups = list(
        ContributionGroup.objects.filter(seminar_id=group.seminar_id).order_by("position", "id")
    )
    index = next(i for i, g in enumerate(groups) if g.pk == group.pk)
    target = index + offset
    if not 0 <= target < len(groups):
        return group
    groups[index], groups[target] = groups[target], groups[index]
    for position, item in enumerate(groups):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])
    log_action(actor, "contribution_group.move", group, seminar=group.seminar_id, position=target)
    group.refresh_from_db(fields=["position"])
    return group
