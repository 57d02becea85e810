"""gunicorn settings for the app servers (``gunicorn --config deploy/gunicorn.conf.py``).

Every value can be changed from the environment. Logs: JSON lines on stdout through the same
formatter and token filter as Django's (``immersion.common.logging``, plain Python, loaded
before Django); the access line names the method, the path without its query string, the
status, the size and the time — no address, no referrer, no user agent, and a sign-in link's
token replaced by « [jeton] ».
"""

import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").split(",")
# Threads share one copy of the anonymiser's model (loaded once per process, at start):
# a few processes with several threads each rather than many processes.
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle processes now and then (a slow leak never grows for long).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
# The proxy in front (nginx) sets X-Forwarded-Proto; trust it from these addresses only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# gunicorn 27 opens a control socket in $HOME or $XDG_RUNTIME_DIR: no local state, and
# systemd reloads with SIGHUP.
control_socket_disable = True

accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "1") == "1" else None
access_log_format = "%(m)s %(U)s %(s)s %(B)s %(M)sms"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "immersion.common.logging.JsonLinesFormatter"}},
    "filters": {"sign_in_tokens": {"()": "immersion.common.logging.RedactSignInTokens"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["sign_in_tokens"],
            "stream": "ext://sys.stdout",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
