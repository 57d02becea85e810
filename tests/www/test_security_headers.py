"""Security findings (low): no Content-Security-Policy, HSTS at 0 and no HTTPS redirect in
production, a Server header naming the Python version."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.urls import reverse

from immersion.common.middleware import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_every_html_page_has_a_content_security_policy(client, organizer_client, seminar):
    for response in (
        client.get(reverse("public:login")),
        organizer_client.get(reverse("organizer:seminar_detail", args=[seminar.pk])),
    ):
        policy = response["Content-Security-Policy"]
        assert policy == CONTENT_SECURITY_POLICY
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style")[0]
        assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy


def test_no_template_has_an_inline_script_or_event_handler():
    import re

    for path in (ROOT / "immersion" / "templates").rglob("*.html"):
        text = path.read_text("utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag, f"{path}: inline script refused by the CSP"
        assert not re.search(r"\son[a-z]+=\"", text), f"{path}: inline event handler"


def _prod_env():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        DJANGO_SECRET_KEY="x" * 20 + "-prod-like-secret-key-for-the-deploy-check-0123456789",
        DJANGO_ALLOWED_HOSTS="vmv.example.fr",
        IMMERSION_TOTP_KEYS="wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE=",
        # Production refuses SQLite; `check` does not connect to the database.
        DATABASE_URL="postgres://vmv:secret@db.example.invalid:5432/vmv",
    )
    return env


def test_production_settings_pass_django_s_deployment_checks():
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_prod_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=_prod_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.stdout.splitlines()[-1].split() == ["True", "31536000", "True"], out.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_development_server_names_no_python_version(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", IMMERSION_VAR_DIR=str(tmp_path))
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "rundev", f"127.0.0.1:{port}", "--no-worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        headers = None
        for _i in range(300):  # up to a minute: a loaded machine starts Django slowly
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/connexion/") as response:  # noqa: S310
                    headers = response.headers
                    break
            except urllib.error.HTTPError as error:  # an answer all the same
                headers = error.headers
                break
            except OSError:
                time.sleep(0.2)
        assert headers is not None
        assert "Python" not in headers.get("Server", "")
        assert "CPython" not in headers.get("Server", "")
    finally:
        server.terminate()
        server.wait(timeout=10)
