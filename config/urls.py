from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("admin/", admin.site.urls),
    # The footer's language switch: it writes the cookie FrenchFirstLocaleMiddleware reads.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("", include("immersion.www.urls")),
]

# A lost database (PostgreSQL restarting) answers 503 with Retry-After, JSON for the notebook's
# scripts; any other crash the plain 500 page.
handler500 = "immersion.www.errors.server_error"
