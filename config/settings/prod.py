"""Production: every secret comes from the environment; PostgreSQL through DATABASE_URL.

Any number of app servers (gunicorn) and task workers (``manage.py task_worker``) on any
number of machines share one PostgreSQL: nothing here keeps state on an app server's disk or
in its memory. Sessions, messages' flashes (in the session), throttles, task queue, outbox,
locks and dated-send claims are rows of the database; static files are built into the image
(``collectstatic``) and served by WhiteNoise; no code writes to MEDIA_ROOT. See
docs/deployment.md.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
# The demo's second-factor panel publishes codes: never in production, whatever the environment.
IMMERSION_DEMO_SECOND_FACTOR_PANEL = False
# The staff's TOTP secrets are encrypted with IMMERSION_TOTP_KEYS (base.py reads them), never
# with a key derived from SECRET_KEY: without them the system check accounts.E001 fails.
IMMERSION_TOTP_KEYS_REQUIRED = True

# --- Database: PostgreSQL only -------------------------------------------------------------
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    raise ImproperlyConfigured(
        "La production demande PostgreSQL : définissez DATABASE_URL="
        "postgres://utilisateur:motdepasse@hôte:5432/base (SQLite ne se partage pas entre "
        "plusieurs serveurs)."
    )
# Keep connections open between requests (seconds; 0 closes them after each request), and
# check a kept connection before using it (PostgreSQL restarted, PgBouncer recycled it).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# Give up connecting after a few seconds while PostgreSQL restarts: the request answers 503
# (www/errors.py) and the client tries again, instead of holding a thread.
DATABASES["default"].setdefault("OPTIONS", {}).setdefault(  # noqa: F405
    "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
)
# Behind PgBouncer in transaction mode, a server connection changes between transactions:
# no server-side cursors (Django's .iterator()) and no prepared statements (psycopg 3).
if os.environ.get("DATABASE_POOLER", "") == "pgbouncer-transaction":
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = None  # noqa: F405

# --- Sessions and cache: the database, shared by every app server -------------------------
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(14 * 24 * 3600)))
# The code uses no cache; if a library does, it must not keep per-process state.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

# --- Static files: built once (collectstatic), hashed names, compressed, served by WhiteNoise
MIDDLEWARE = [  # noqa: F405
    *MIDDLEWARE[:1],  # noqa: F405 - SecurityMiddleware first, then WhiteNoise
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],  # noqa: F405
]
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
STORAGES = {
    # Nothing is written through it today (tests/test_production.py checks there is no
    # FileField); a future upload would set an object-storage backend here.
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed names never change content: browsers may keep them for a year.
WHITENOISE_MAX_AGE = 365 * 24 * 3600

# --- E-mail through SMTP (base.py reads EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER…) ----------
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "") == "1"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# --- Logs: JSON lines on stdout, through the token filter; the collector keeps them --------
LOGGING["formatters"]["json"] = {"()": "immersion.common.logging.JsonLinesFormatter"}  # noqa: F405
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
LOGGING["handlers"]["console"]["stream"] = "ext://sys.stdout"  # noqa: F405

# --- HTTPS -----------------------------------------------------------------------------------
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HTTPS only: plain HTTP is redirected (the proxy says which scheme the client used) and
# browsers are told to come back over HTTPS for a year. Lower them only to stage a migration.
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "0") == "1"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The proxy names the client's address (throttles): e.g. IMMERSION_CLIENT_IP_HEADER=HTTP_X_REAL_IP.
IMMERSION_CLIENT_IP_HEADER = os.environ.get("IMMERSION_CLIENT_IP_HEADER", "")
# Preloading HSTS commits the whole domain for months: the domain's owner decides
# (SECURE_HSTS_PRELOAD=1), so Django's reminder about it is not a deployment error.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
