"""Documents produced in the background and kept a short while in the database
(``StoredFile``): store one, read it back unexpired, purge the expired ones."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from immersion.common.models import StoredFile

# How long a produced document can be downloaded: the day's printing, not an archive.
FILE_LIFETIME = dt.timedelta(hours=24)


def store_file(
    *, filename: str, content: bytes, content_type: str, title: str = "", now=None
) -> StoredFile:
    now = now or timezone.now()
    stored = StoredFile(
        filename=filename,
        title=title,
        content_type=content_type,
        content=content,
        size=len(content),
        created_at=now,
        expires_at=now + FILE_LIFETIME,
    )
    stored.full_clean()
    stored.save()
    return stored


def unexpired_files(now=None):
    """Files still downloadable (their content deferred: read it only to serve it)."""
    return StoredFile.objects.filter(expires_at__gt=now or timezone.now()).defer("content")


@transaction.atomic
def purge_expired_files(now: dt.datetime) -> int:
    """The due finder (``common.scheduling``): deletes the expired files; queues nothing."""
    StoredFile.objects.filter(expires_at__lte=now).delete()
    return 0
