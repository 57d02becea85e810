"""Error answers that are not plain pages: the CSRF failure of a script (the notebook's JSON
endpoints answer JSON, as their protocol says), the page of a refused form, and the 503 of a
database that is restarting (``server_error``, the project's ``handler500``)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

# Endpoints whose callers are scripts reading JSON (see www/notebook/api.py).
JSON_ENDPOINTS = {"notebook:sync", "notebook:preview"}


def expects_json(request) -> bool:
    view_name = getattr(getattr(request, "resolver_match", None), "view_name", "")
    return view_name in JSON_ENDPOINTS or request.content_type == "application/json"


def csrf_failure(request, reason=""):
    if expects_json(request):
        if not request.user.is_authenticated:
            return JsonResponse(
                {"error": _("Votre session a expiré : reconnectez-vous pour synchroniser.")},
                status=401,
            )
        return JsonResponse(
            {"error": _("Jeton de sécurité absent ou périmé : rechargez la page du carnet.")},
            status=403,
        )
    return render(request, "403_csrf.html", status=403)


# The database is restarting, unreachable or dropped the connection: a passing outage, not a
# bug. Clients are told to come back (503 + Retry-After): the notebook's offline queue keeps
# its entries and sends them again with the same client ids, so nothing is lost or doubled.
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5


def _database_down(exc: BaseException | None) -> bool:
    """True when the exception (or one it was raised while handling) is a lost database."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, DATABASE_DOWN):
            return True
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        seen += 1
    return False


def database_unavailable(request) -> HttpResponse:
    """503 without touching the database (no session, no user, no context processor)."""
    if expects_json(request):
        response = JsonResponse(
            {"error": _("Service momentanément indisponible : nouvel essai dans un instant.")},
            status=503,
        )
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, template_name="500.html"):
    """``handler500``: a lost database is a 503 (JSON for the notebook's scripts), anything
    else Django's plain 500 page. Neither shows the error."""
    if _database_down(sys.exc_info()[1]):
        return database_unavailable(request)
    return defaults.server_error(request, template_name)
