"""Throttles kept in the database, so that every app server and worker shares them.

A throttle counts attempts per scope and key (an account's address, a requester's IP) in a
sliding window. Keys are stored as an HMAC with the project's secret: the table says how often
something was tried, not who tried. Old rows are removed as new ones come.
"""

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from immersion.common.models import ThrottleHit


@dataclass(frozen=True)
class Throttle:
    scope: str
    limit: int
    window: dt.timedelta

    def _key(self, value: str) -> str:
        message = f"{self.scope}:{(value or '').strip().lower()}".encode()
        return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()

    def count(self, value: str, *, now: dt.datetime | None = None) -> int:
        now = now or timezone.now()
        return ThrottleHit.objects.filter(
            scope=self.scope, key=self._key(value), created_at__gt=now - self.window
        ).count()

    def exceeded(self, value: str, *, now: dt.datetime | None = None) -> bool:
        return self.count(value, now=now) >= self.limit

    def record(self, value: str, *, now: dt.datetime | None = None) -> None:
        now = now or timezone.now()
        ThrottleHit.objects.filter(scope=self.scope, created_at__lte=now - self.window).delete()
        ThrottleHit.objects.create(scope=self.scope, key=self._key(value), created_at=now)

    def reset(self, value: str) -> None:
        ThrottleHit.objects.filter(scope=self.scope, key=self._key(value)).delete()


def client_address(request) -> str:
    """The requester's address: REMOTE_ADDR, or the header set by the trusted reverse proxy
    (``IMMERSION_CLIENT_IP_HEADER``, e.g. HTTP_X_REAL_IP) when the deployment names one."""
    header = getattr(settings, "IMMERSION_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"
