"""Issue 12: the production setup, run for real on this machine — gunicorn with
deploy/gunicorn.conf.py and config.settings.prod on the test PostgreSQL database, static files
built by collectstatic, a task worker. A participant asks for a sign-in link, signs in,
downloads the programme and syncs notes: every log line is JSON, none holds the address or the
token, and nothing is written to the app server's disk (VAR_DIR, MEDIA_ROOT, TMPDIR)."""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from tests.common.fault_mail import accepted_bodies
from tests.observation.factories import make_observer

ROOT = Path(__file__).resolve().parents[1]
# Production runs on PostgreSQL only: the SQLite half of the suite skips this module. One test
# uses the static files, so that collectstatic (about a minute: 3,500 files compressed) runs
# once per `make test` (an ``xdist_group`` would run this transactional test among the first,
# and its flush would empty the reference tables under the tests that follow).
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="production runs on PostgreSQL only",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Just enough of a browser behind the TLS proxy: it says the request came over HTTPS
    (X-Forwarded-Proto, as nginx does), keeps cookies (Secure ones too) and sends Origin."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        all_headers = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            "Origin": f"https://127.0.0.1:{self.port}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            **(headers or {}),
        }
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        content = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        conn.close()
        return response, content

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post_form(self, path, fields: dict):
        body = "&".join(f"{k}={v}" for k, v in fields.items()).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )

    def csrf_field(self, html: bytes) -> str:
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1).decode()


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    folder = tmp_path_factory.mktemp("static")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        DJANGO_SECRET_KEY="collectstatic-only",
        DATABASE_URL="postgres://collectstatic@localhost/none",
        DJANGO_STATIC_ROOT=str(folder),
    )
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return folder


@pytest.mark.django_db(transaction=True)
def test_a_participant_s_journey_on_the_production_setup_leaves_no_trace(
    static_root, tmp_path, communes
):
    # collectstatic wrote hashed, compressed files.
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/immersion.css"]
    assert re.fullmatch(r"css/immersion\.[0-9a-f]{12}\.css", hashed)
    assert (static_root / hashed).exists() and (static_root / (hashed + ".gz")).exists()
    observer = make_observer()
    email = observer.user.email
    db = connection.settings_dict
    port = _free_port()
    var_dir, tmp_dir, home = tmp_path / "var", tmp_path / "tmp", tmp_path / "home"
    mail_dir = tmp_path / "mail"
    for folder in (var_dir, tmp_dir, home, mail_dir):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        DJANGO_SECRET_KEY="x" * 20 + "-prod-like-secret-key-for-the-journey-test-0123456789",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        IMMERSION_TOTP_KEYS="wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE=",
        DATABASE_URL=(
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        DJANGO_STATIC_ROOT=str(static_root),
        IMMERSION_VAR_DIR=str(var_dir),
        TMPDIR=str(tmp_dir),
        HOME=str(home),
        XDG_RUNTIME_DIR="",
        # The mail server is the outside world: a recording backend stands for it.
        EMAIL_BACKEND="tests.common.fault_mail.RecordingBackend",
        FAULT_MAIL_DIR=str(mail_dir),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        GUNICORN_THREADS="4",
        IMMERSION_WARM_UP="0",
    )
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 - the installed gunicorn
            [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        browser = Browser(port)
        deadline = time.monotonic() + 60
        while True:
            try:
                response, html = browser.get(reverse("public:request_link"))
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.3)
        assert response.status == 200
        # Static files: hashed names, compressed, cached for a year, served by WhiteNoise.
        css = re.search(rb'href="(/static/css/immersion\.[0-9a-f]{12}\.css)"', html).group(1)
        response, _ = browser.get(css.decode(), **{"Accept-Encoding": "gzip"})
        assert response.status == 200 and response.getheader("Content-Encoding") == "gzip"
        assert "max-age=31536000" in response.getheader("Cache-Control")

        response, _ = browser.post_form(
            reverse("public:request_link"),
            {"csrfmiddlewaretoken": browser.csrf_field(html), "email": email},
        )
        assert response.status == 302, log.read_text()[-3000:]
        worker = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "task_worker", "--batch", "--no-startup-delay"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert worker.returncode == 0, worker.stdout[-2000:] + worker.stderr[-2000:]
        [message] = accepted_bodies(mail_dir)
        token = re.search(r"/connexion/lien/([^/\s]+)/", message).group(1)

        response, _ = browser.get(f"/connexion/lien/{token}/")
        assert response.status == 302
        response, html = browser.get(reverse("public:sign_in_link_confirm"))
        assert response.status == 200
        response, _ = browser.post_form(
            reverse("public:sign_in_link_confirm"),
            {"csrfmiddlewaretoken": browser.csrf_field(html)},
        )
        assert response.status == 302
        participant = observer.participant
        response, pdf = browser.get(reverse("participant:programme_pdf", args=[participant.pk]))
        assert response.status == 200 and pdf.startswith(b"%PDF")
        response, _ = browser.get(reverse("notebook:home"))
        assert response.status in (200, 302)
        entry = {
            "client_id": str(uuid.uuid4()),
            "kind": "astonishment",
            "placement": observer.placement.pk,
            "fields": {"text": "Mme Le Goff attend depuis une heure."},
        }
        response, body = browser.request(
            "POST",
            reverse("notebook:sync"),
            json.dumps({"entries": [entry]}).encode(),
            {"Content-Type": "application/json", "X-CSRFToken": browser.cookies["csrftoken"]},
        )
        assert response.status == 200, body[:500]
        assert json.loads(body)["results"][0]["status"] == "created"
    finally:
        server.terminate()
        server.wait(timeout=60)

    lines = [line for line in log.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    text = "\n".join(lines) + worker.stdout + worker.stderr
    assert email not in text and token not in text
    assert "Le Goff" not in text
    # The link's access line is there, with its token replaced.
    assert any("GET /connexion/lien/[jeton]/ 302" in r["message"] for r in records), lines
    assert {r["logger"] for r in records} >= {"gunicorn.error", "gunicorn.access"}
    # No local state: nothing under VAR_DIR (MEDIA_ROOT), in the temporary directory or in
    # the home directory (gunicorn's control socket is off).
    for folder in (var_dir, tmp_dir, home):
        assert list(folder.rglob("*")) == [], folder
