"""Local development: the embedded SQLite database, the console e-mail backend."""

import os

from config.settings.base import *  # noqa: F403

# Off by default, so that whoever tries the demo sees the French error pages, never a
# traceback; DJANGO_DEBUG=1 turns Django's debug pages on for development.
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret-9f2c1b7e")  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
VAR_DIR.mkdir(parents=True, exist_ok=True)
# The demo's staff accounts are enrolled with published secrets: the sign-in page shows their
# current codes when the demo is loaded (IMMERSION_DEMO_SECOND_FACTOR_PANEL=0 to hide them).
IMMERSION_DEMO_SECOND_FACTOR_PANEL = (
    os.environ.get("IMMERSION_DEMO_SECOND_FACTOR_PANEL", "1") == "1"
)
