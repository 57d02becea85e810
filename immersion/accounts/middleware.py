"""Two rules every request of a signed-in person goes through, in one place.

- **Inactivity**: a session unused for longer than its limit ends (staff
  ``IMMERSION_STAFF_SESSION_IDLE_MINUTES``, default 30; people who sign in by link
  ``IMMERSION_LINK_SESSION_IDLE_MINUTES``, default 480 — a whole immersion day on a phone).
  The time of the last request is written at most once a minute.
- **Second factor**: a staff session (``User.needs_second_factor``) that has not passed the
  second step reaches only the second step's pages, the sign-out and the static pages; every
  other address redirects to the second step (enrolment when the account has no
  authenticator yet). This covers every staff space — organizer, debrief, site, Django admin —
  and any page added later.
"""

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from immersion.accounts.second_factor import is_enrolled, session_is_verified

LAST_ACTIVITY_SESSION_KEY = "last_activity"
ACTIVITY_WRITE_INTERVAL = dt.timedelta(minutes=1)
SESSION_EXPIRY_MARGIN = dt.timedelta(minutes=5)

# URL names an unverified staff session may still open.
OPEN_BEFORE_SECOND_FACTOR = {
    "public:second_factor",
    "public:second_factor_enrol",
    "public:logout",
    "public:accessibility",
    "set_language",
}


def idle_limit(user) -> dt.timedelta:
    minutes = (
        settings.IMMERSION_STAFF_SESSION_IDLE_MINUTES
        if user.needs_second_factor
        else settings.IMMERSION_LINK_SESSION_IDLE_MINUTES
    )
    return dt.timedelta(minutes=minutes)


def _stamp(session, user, now: dt.datetime) -> None:
    session[LAST_ACTIVITY_SESSION_KEY] = now.isoformat()
    # The session row (and the cookie) expire just after the limit too (the margin covers the
    # writes skipped between two stamps), so that clearsessions removes stale sessions.
    session.set_expiry(int((idle_limit(user) + SESSION_EXPIRY_MARGIN).total_seconds()))


def _url_name(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


class SessionSecurityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            expired = self._touch(request, user)
            if expired is not None:
                return expired
            if user.needs_second_factor and not session_is_verified(request.session):
                blocked = self._second_step(request, user)
                if blocked is not None:
                    return blocked
        return self.get_response(request)

    def _touch(self, request, user):
        session = request.session
        now = timezone.now()
        last = session.get(LAST_ACTIVITY_SESSION_KEY)
        limit = idle_limit(user)
        if last is not None:
            try:
                idle = now - dt.datetime.fromisoformat(last)
            except (TypeError, ValueError):
                idle = dt.timedelta(0)
            if idle > limit:
                logout(request)
                messages.info(
                    request,
                    _("Votre session a expiré après une période d'inactivité : reconnectez-vous."),
                )
                return self._to_sign_in(request)
            if idle < ACTIVITY_WRITE_INTERVAL:
                return None
        _stamp(session, user, now)
        return None

    def _to_sign_in(self, request):
        login_url = reverse(settings.LOGIN_URL)
        if request.method == "GET" and not request.headers.get("HX-Request"):
            return redirect(f"{login_url}?{urlencode({'next': request.get_full_path()})}")
        return self._redirect(request, login_url)

    def _second_step(self, request, user):
        path = request.path_info
        if path.startswith(("/" + settings.STATIC_URL.lstrip("/"), "/favicon")):
            return None
        if _url_name(path) in OPEN_BEFORE_SECOND_FACTOR:
            return None
        target = reverse(
            "public:second_factor" if is_enrolled(user) else "public:second_factor_enrol"
        )
        if request.method == "GET" and not request.headers.get("HX-Request"):
            target = f"{target}?{urlencode({'next': request.get_full_path()})}"
        return self._redirect(request, target)

    @staticmethod
    def _redirect(request, url):
        if request.headers.get("HX-Request"):
            # htmx follows a redirect inside the fragment: ask for a full page load instead.
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return redirect(url)
