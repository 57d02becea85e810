"""Settings shared by every environment. Everything that varies comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("IMMERSION_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]
CSRF_FAILURE_VIEW = "immersion.www.errors.csrf_failure"
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # django-dsfr overrides Django's form widget templates: it must come first.
    "dsfr",
    "django.forms",
    "widget_tweaks",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    # Our domain apps
    "immersion.common",
    "immersion.accounts",
    "immersion.territory",
    "immersion.seminars",
    "immersion.sites",
    "immersion.people",
    "immersion.placements",
    "immersion.notifications",
    "immersion.documents",
    "immersion.engagement",
    "immersion.attendance",
    "immersion.logistics",
    "immersion.observation",
    "immersion.contributions",
    "immersion.debrief",
    # After the seminar: evaluations and commitments (read by analysis' synthesis report)
    "immersion.evaluations",
    "immersion.search",
    "immersion.analysis",
    "immersion.demo",
    # Reverse immersion (follow-up)
    "immersion.inverse",
    # Personal data: retention, access and erasure (after every app it reads)
    "immersion.gdpr",
    # Views by audience
    "immersion.www",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "immersion.common.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "immersion.common.middleware.FrenchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inactivity limit and the staff's second step, for every page (accounts/middleware.py).
    "immersion.accounts.middleware.SessionSecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "immersion" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "immersion.common.context_processors.site_config",
                "immersion.common.context_processors.navigation",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the embedded task worker and the web server share the file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_TIMEOUT", "20")),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "public:login"
LOGIN_REDIRECT_URL = "public:home"
LOGOUT_REDIRECT_URL = "public:home"
# Argon2id first: new passwords and every password checked at sign-in are (re)hashed with it;
# the others stay so that older hashes still verify, and are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("Anglais"))]
LOCALE_PATHS = [BASE_DIR / "immersion" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "immersion" / "static"]
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "media/"

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Vivez ma vie d'usager <ne-pas-repondre@vivez-ma-vie-usager.gouv.fr>"
)

# Where the accessibility statement (/accessibilite/) sends people who cannot use a page.
ACCESSIBILITY_CONTACT_EMAIL = os.environ.get(
    "ACCESSIBILITY_CONTACT_EMAIL", "accessibilite@vivez-ma-vie-usager.gouv.fr"
)

# Personal data (pages /donnees-personnelles/ and /mentions-legales/, gdpr app): who to
# write to about one's data, who publishes the platform and who hosts it, and how many months
# after a seminar's last day its personal data are deleted or made anonymous.
PRIVACY_CONTACT_EMAIL = os.environ.get(
    "PRIVACY_CONTACT_EMAIL", "donnees-personnelles@vivez-ma-vie-usager.gouv.fr"
)
LEGAL_PUBLISHER = os.environ.get(
    "LEGAL_PUBLISHER", "Direction interministérielle de la transformation publique (DITP)"
)
LEGAL_PUBLICATION_DIRECTOR = os.environ.get(
    "LEGAL_PUBLICATION_DIRECTOR", "Le directeur interministériel de la transformation publique"
)
LEGAL_HOST = os.environ.get("LEGAL_HOST", "")
IMMERSION_RETENTION_MONTHS = int(os.environ.get("IMMERSION_RETENTION_MONTHS", "12"))

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Sessions end after this many minutes without a request (accounts/middleware.py): staff
# (organizers, experts, site coordinators, administrators) and people who sign in by link
# (participants and tutors, who keep their phone open through an immersion day).
IMMERSION_STAFF_SESSION_IDLE_MINUTES = int(
    os.environ.get("IMMERSION_STAFF_SESSION_IDLE_MINUTES", "30")
)
IMMERSION_LINK_SESSION_IDLE_MINUTES = int(
    os.environ.get("IMMERSION_LINK_SESSION_IDLE_MINUTES", "480")
)
# Keys that encrypt the staff's TOTP secrets at rest (accounts/encryption.py): Fernet keys
# separated by commas, the first encrypts and all decrypt (rotation). Empty: a key derived
# from SECRET_KEY, for development and tests only — production requires them (prod.py).
IMMERSION_TOTP_KEYS = [
    key.strip() for key in os.environ.get("IMMERSION_TOTP_KEYS", "").split(",") if key.strip()
]
IMMERSION_TOTP_KEYS_REQUIRED = False
# The sign-in page's demo panel shows the demo staff accounts' current second-factor codes.
# Development only (dev.py turns it on); never in production (prod.py forces it off).
IMMERSION_DEMO_SECOND_FACTOR_PANEL = False

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Sign-in links carry a token in their path: every line goes through the redacting filter.
    "filters": {"sign_in_tokens": {"()": "immersion.common.logging.RedactSignInTokens"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["sign_in_tokens"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # The development server's access lines.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Request bodies never go to logs: they may hold notes before redaction.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # WeasyPrint narrates every PDF step at INFO level.
        "weasyprint": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Absolute address of the platform, for links in e-mails sent by background tasks.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

SITE_TITLE = "Vivez ma vie d'usager"
SITE_TAGLINE = _("Séminaires d'immersion dans les services publics")

# Assignment: seminars up to this many participants are solved in the request; larger ones by
# a background task with a progress page. Default search radius when a participant gave none.
IMMERSION_INLINE_SOLVE_MAX_PARTICIPANTS = int(os.environ.get("IMMERSION_INLINE_SOLVE_MAX", "60"))
IMMERSION_DEFAULT_MAX_KM = int(os.environ.get("IMMERSION_DEFAULT_MAX_KM", "40"))
# « Secret statistique »: no figure drawn from fewer answers or situations than this leaves a
# seminar's own team (observatory, open data; immersion/analysis/disclosure.py).
IMMERSION_DISCLOSURE_K = int(os.environ.get("IMMERSION_DISCLOSURE_K", "5"))

# Task workers renew a lease every quarter of this (seconds); a task left running by a worker
# silent for this long is put back in the queue by another worker (common/workers.py). Longer
# than any pause of a healthy worker, shorter than what a late e-mail may cost.
IMMERSION_WORKER_LEASE_SECONDS = float(os.environ.get("IMMERSION_WORKER_LEASE_SECONDS", "60"))
