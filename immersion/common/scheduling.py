"""Dated sends: one scheduling step that finds what is due and queues it.

An app registers a *due finder* in its ``AppConfig.ready()``::

    register_due("evaluations-a-froid", queue_due_cold_evaluations)

A finder takes the current time, queues what is due through the outbox (and the task queue)
and returns how many messages it queued. It must be idempotent: before queuing it *claims* a
key naming what it sends (``claim("evaluation-a-froid:participant:42")``), inside the same
transaction as the queued e-mail. A key is claimed once, ever: a second run — or a second
machine running at the same moment (the unique index makes the other transaction wait, then
fail) — skips it. What a finder queues sits in the organizer's outbox before it goes.

``manage.py send_due`` runs every finder once (cron or systemd timer in production);
``manage.py task_worker --due-every SECONDS`` (used by ``make run``) runs them periodically.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.utils import timezone

from immersion.common.models import DueClaim

logger = logging.getLogger(__name__)

DueFinder = Callable[[dt.datetime], int]

_finders: dict[str, DueFinder] = {}


def register_due(name: str, finder: DueFinder) -> None:
    """Register (or replace, for the same name) a due finder."""
    _finders[name] = finder


def registered_finders() -> dict[str, DueFinder]:
    return dict(_finders)


def claim(key: str) -> bool:
    """Claim a dated send; False when it was already claimed. Call it inside the transaction
    that queues the message: if that transaction fails, the claim goes with it."""
    try:
        with transaction.atomic():
            DueClaim.objects.create(key=key[:160])
    except IntegrityError:
        return False
    return True


def is_claimed(key: str) -> bool:
    return DueClaim.objects.filter(key=key[:160]).exists()


def run_due(now: dt.datetime | None = None) -> dict[str, int]:
    """Run every registered finder once; return what each queued. A finder that fails is
    logged and does not stop the others."""
    now = now or timezone.now()
    queued: dict[str, int] = {}
    for name, finder in sorted(_finders.items()):
        try:
            queued[name] = finder(now)
        except Exception:  # noqa: BLE001 - one broken finder must not stop the others
            logger.exception("Scheduled sends: the finder %r failed.", name)
            queued[name] = 0
    return queued
