"""Issue 12: the production setup. The deployment files (deploy/) name commands, options,
settings and files that exist; the production settings keep no state on an app server and
refuse SQLite; logs are JSON lines without personal data."""

import io
import json
import logging
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib import admin
from django.core.management import get_commands, load_command_class
from django.db import models
from django.utils.module_loading import import_string

from immersion.common.logging import JsonLinesFormatter, RedactSignInTokens

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.prod",
    "DJANGO_SECRET_KEY": "x" * 20 + "-prod-like-secret-key-for-the-settings-test-0123456789",
    "DJANGO_ALLOWED_HOSTS": "vmv.example.fr",
    "IMMERSION_TOTP_KEYS": "wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE=",
    "DATABASE_URL": "postgres://vmv:secret@db.example.invalid:5432/vmv",
}


def _env(**overrides):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(PROD_ENV)
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def _manage(*args, **env):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=180,
    )


def _check_manage_py_call(words: list[str], where: str) -> None:
    """``manage.py NAME --options`` names a command that exists and options it accepts."""
    name, args = words[0], words[1:]
    assert name in get_commands(), f"{where}: no command manage.py {name}"
    command = load_command_class(get_commands()[name], name)
    parser = command.create_parser("manage.py", name)
    parser.parse_args(args)  # exits (SystemExit) on an unknown option


def _manage_calls(text: str) -> list[list[str]]:
    calls = []
    for line in text.splitlines():
        words = shlex.split(line.split("#")[0]) if "manage.py" in line else []
        for i, word in enumerate(words[1:], start=1):
            if word == "manage.py" and words[i - 1].endswith("python"):
                calls.append(words[i + 1 :])
    return calls


@pytest.fixture
def database_tasks(settings):
    """The worker's options are checked against the production task backend."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_containerfile_builds_from_the_lock_with_commands_that_exist(database_tasks):
    text = (DEPLOY / "Containerfile").read_text()
    assert re.search(r"^FROM \S*python:3\.11-slim", text, re.M)
    assert "pip install --require-hashes -r requirements.lock" in text
    for source in re.findall(r"^COPY (\S+) ", text, re.M):
        assert (ROOT / source).exists(), f"Containerfile copies a missing {source}"
    settings_module = re.search(r"DJANGO_SETTINGS_MODULE=(\S+)", text).group(1)
    assert (ROOT / (settings_module.replace(".", "/") + ".py")).exists()
    calls = _manage_calls(text.replace("\\\n", " "))
    assert ["collectstatic", "--noinput"] in calls
    for call in calls:
        _check_manage_py_call(call, "Containerfile")
    assert re.search(r"^USER (?!root)\w+", text, re.M), "the image runs as a non-root user"
    assert 'CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py"]' in text


def test_the_systemd_units_start_commands_that_exist(database_tasks):
    units = {p.name: p.read_text() for p in (DEPLOY / "systemd").iterdir()}
    assert {
        "immersion-web@.service",
        "immersion-worker@.service",
        "immersion-due.service",
        "immersion-due.timer",
    } <= set(units)
    seen = set()
    for name, text in units.items():
        for line in text.splitlines():
            if not line.startswith("ExecStart="):
                continue
            words = shlex.split(line.removeprefix("ExecStart="))
            program = Path(words[0]).name
            if program == "gunicorn":
                config = words[words.index("--config") + 1]
                assert (ROOT / config).exists(), f"{name}: {config}"
                seen.add("gunicorn")
            else:
                assert program == "python" and words[1] == "manage.py", f"{name}: {line}"
                _check_manage_py_call(words[2:], name)
                seen.add(words[2])
    assert seen == {"gunicorn", "task_worker", "send_due"}
    # Units read the settings from one environment file, run as the app user, write nowhere.
    for name, text in units.items():
        if name.endswith(".service"):
            assert "EnvironmentFile=/etc/vmv/env" in text and "User=vmv" in text
            assert "ProtectSystem=strict" in text


def test_the_gunicorn_settings_serve_the_wsgi_application_with_our_log_formatter():
    conf = {}
    exec((DEPLOY / "gunicorn.conf.py").read_text(), conf)  # noqa: S102 - our own file
    module, _, name = conf["wsgi_app"].partition(":")
    assert (ROOT / (module.replace(".", "/") + ".py")).exists() and name == "application"
    logging_conf = conf["logconfig_dict"]
    assert import_string(logging_conf["formatters"]["json"]["()"]) is JsonLinesFormatter
    assert import_string(logging_conf["filters"]["sign_in_tokens"]["()"]) is RedactSignInTokens
    for logger in ("gunicorn.error", "gunicorn.access"):
        assert logging_conf["loggers"][logger]["handlers"] == ["console"]
    # The access line has no query string (%(U)s, not %(r)s), no address, no user agent.
    assert "%(U)s" in conf["access_log_format"]
    assert not {"%(r)s", "%(q)s", "%(h)s", "%(a)s", "%(f)s"} & set(
        re.findall(r"%\(\w+\)s", conf["access_log_format"])
    )


def test_the_nginx_site_keeps_tokens_out_of_its_access_log():
    text = (DEPLOY / "nginx" / "vivez-ma-vie-usager.conf").read_text()
    assert "map $request_uri $uri_sans_jeton" in text
    assert text.count("sans_jeton;") == 2  # both servers log with the redacting format
    assert '$request_uri"' not in text.split("log_format")[1].split(";")[0]
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in text
    assert "proxy_set_header X-Real-IP $remote_addr;" in text


def test_production_refuses_sqlite_with_a_clear_message():
    result = _manage("check", DATABASE_URL=None)
    assert result.returncode != 0
    assert "La production demande PostgreSQL" in result.stderr


def test_production_settings_keep_no_state_on_the_app_server():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'session': s.SESSION_ENGINE, 'cache': s.CACHES['default']['BACKEND'], "
        "'static': s.STORAGES['staticfiles']['BACKEND'], 'middleware': s.MIDDLEWARE[:2], "
        "'engine': s.DATABASES['default']['ENGINE'], "
        "'health': s.DATABASES['default']['CONN_HEALTH_CHECKS'], "
        "'cursors': s.DATABASES['default'].get('DISABLE_SERVER_SIDE_CURSORS', False), "
        "'prepare': s.DATABASES['default'].get('OPTIONS', {}).get('prepare_threshold', 5), "
        "'formatter': s.LOGGING['handlers']['console']['formatter'], "
        "'email': s.EMAIL_BACKEND, 'host': s.EMAIL_HOST, 'ip': s.IMMERSION_CLIENT_IP_HEADER}))"
    )
    result = _manage("shell", "-c", code, EMAIL_HOST="smtp.example.fr")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["session"] == "django.contrib.sessions.backends.db"
    assert values["cache"] == "django.core.cache.backends.dummy.DummyCache"
    assert values["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["middleware"] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]
    assert values["engine"] == "django.db.backends.postgresql" and values["health"] is True
    assert values["cursors"] is False and values["prepare"] == 5
    assert values["formatter"] == "json"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["host"] == "smtp.example.fr" and values["ip"] == ""
    pooled = _manage("shell", "-c", code, DATABASE_POOLER="pgbouncer-transaction")
    values = json.loads(pooled.stdout.strip().splitlines()[-1])
    assert values["cursors"] is True and values["prepare"] is None


def test_nothing_can_upload_a_file_to_an_app_server_s_disk():
    """Uploads (imports) are read in memory and never kept; documents are rendered when
    asked. A FileField of ours would need an object-storage backend in STORAGES["default"]
    first; a library's (django-dsfr's logo) is not reachable from the admin."""
    file_models = {
        model
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }
    assert [m._meta.label for m in file_models if m.__module__.startswith("immersion.")] == []
    assert [m._meta.label for m in file_models if admin.site.is_registered(m)] == []


def _json_log(record_args, exc=None):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    handler.addFilter(RedactSignInTokens())
    logger = logging.getLogger("tests.json_lines")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        if exc is not None:
            try:
                raise exc
            except type(exc):
                logger.exception(*record_args)
        else:
            logger.warning(*record_args)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_log_lines_are_json_without_tokens_nor_addresses():
    token = "Zx9-secret-token-ABCDEFGH123"
    text = _json_log(("GET /connexion/lien/%s/ 302 by %s", token, "anne.martin@example.fr"))
    assert text.endswith("\n") and text.count("\n") == 1
    line = json.loads(text)
    assert line["level"] == "WARNING" and line["logger"] == "tests.json_lines"
    assert line["message"] == "GET /connexion/lien/[jeton]/ 302 by [adresse]"
    assert line["time"].endswith("+00:00")
    error = IndexError("duplicate key (email)=(anne.martin@example.fr) at /connexion/lien/" + token)
    text = _json_log(("Sending failed",), exc=error)
    line = json.loads(text)
    assert "Traceback" in line["exception"] and "(email)=([adresse])" in line["exception"]
    assert token not in text and "anne.martin" not in text
