"""Error answers that are not plain pages: the CSRF failure of a script (the notebook's JSON
endpoints answer JSON, as their protocol says) and the page of a refused form."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

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
