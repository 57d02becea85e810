"""URLs for the error-page tests: the real ones plus a view that fails."""

from django.contrib.auth.decorators import login_not_required
from django.urls import include, path


@login_not_required
def broken(request):
    raise RuntimeError("Mme Le Goff 06 12 34 56 78")  # must never reach the page


urlpatterns = [
    path("casse/", broken),
    path("", include("config.urls")),
]

handler500 = "immersion.www.errors.server_error"
