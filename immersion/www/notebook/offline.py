"""The service worker (/carnet/sw.js) and the page shown offline when nothing else is cached.

The worker's source is a static file (immersion/static/notebook/sw.js); this view serves it
from /carnet/ so that its scope is the notebook, with a first line that tells it the URLs of
the static files to keep (they change with the storage's hashed names) and a version that
changes whenever one of our files does (the browser then installs the new worker).
"""

import hashlib
import json
import re

from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

# Our files: their content goes into the worker's version.
OWN_ASSETS = (
    "notebook/notebook.js",
    "notebook/notebook.css",
    "css/immersion.css",
    "js/immersion.js",
)

# What the notebook page needs to display offline (the DSFR's CSS refers to the fonts and
# icons by relative URLs: they are cached under those URLs). Icons and other files the page
# loads besides these are added by the page itself once the worker runs (notebook.js sends
# the list of resources it loaded), and by the worker whenever it fetches a static file.
SHELL_ASSETS = (
    *OWN_ASSETS,
    "dsfr/dist/dsfr/dsfr.min.css",
    "dsfr/dist/utility/utility.min.css",
    "css/dsfr-django-overrides.css",
    "dsfr/dist/dsfr/dsfr.module.min.js",
    "vendor/htmx/htmx.min.js",
    "dsfr/dist/favicon/favicon.svg",
    "dsfr/dist/fonts/Marianne-Regular.woff2",
    "dsfr/dist/fonts/Marianne-Regular_Italic.woff2",
    "dsfr/dist/fonts/Marianne-Medium.woff2",
    "dsfr/dist/fonts/Marianne-Bold.woff2",
    "dsfr/dist/fonts/Marianne-Light.woff2",
    "dsfr/dist/icons/user/account-circle-line.svg",
    "dsfr/dist/icons/system/logout-box-r-line.svg",
    "dsfr/dist/icons/system/menu-fill.svg",
    "dsfr/dist/icons/system/close-line.svg",
    "dsfr/dist/icons/system/fr--info-line.svg",
    "dsfr/dist/icons/system/fr--success-line.svg",
    "dsfr/dist/icons/system/fr--warning-line.svg",
    "dsfr/dist/icons/system/fr--error-line.svg",
    "dsfr/dist/icons/arrows/arrow-down-s-line.svg",
    "dsfr/dist/icons/arrows/arrow-right-line.svg",
    "dsfr/dist/icons/arrows/arrow-right-s-line.svg",
)

# Pages the worker keeps (network first, the cached copy when offline): the notebook only.
PAGE_PATTERNS = (r"^/carnet/$", r"^/carnet/immersions/\d+/$")


def _read(path: str) -> bytes:
    found = finders.find(path)
    if not found:
        raise Http404
    with open(found, "rb") as handle:
        return handle.read()


def shell_assets() -> list[str]:
    return [static(p) for p in SHELL_ASSETS if finders.find(p)]


@login_not_required
@require_GET
def service_worker(request):
    source = _read("notebook/sw.js")
    assets = shell_assets()
    digest = hashlib.sha256(source)
    for path in OWN_ASSETS:
        digest.update(_read(path))
    digest.update("\n".join(assets).encode())
    scope = reverse("notebook:home")
    config = {
        "version": digest.hexdigest()[:16],
        "scope": scope,
        "assets": assets,
        "offlinePage": reverse("notebook:offline"),
        "pages": [p.replace("^/carnet/", "^" + re.escape(scope)) for p in PAGE_PATTERNS],
        "staticPrefix": static(""),
    }
    body = f"self.NOTEBOOK = {json.dumps(config)};\n".encode() + source
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = scope
    response["Cache-Control"] = "no-cache"
    return response


@method_decorator(login_not_required, name="dispatch")
class OfflineView(TemplateView):
    """Shown by the worker when a notebook page was never opened on this device."""

    template_name = "www/notebook/offline.html"
