"""pytest --check-html: validate every page the test client renders with the W3C Nu checker.

While the suite runs, each full HTML document (a 200 response of type text/html that starts
with a doctype; htmx fragments are left out) the Django test client receives is written once
(by content) to a directory; at the end of the session one batch of ``vnu.jar`` (npm package
vnu-jar, installed in node_modules/ by ``scripts/system-deps.sh test``) checks them all, and
the run fails with every error: page, test that rendered it, line and message.
With pytest-xdist the workers write the pages and the controller runs the checker.
"""

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

VNU_JAR = Path(__file__).resolve().parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"
DIR_VARIABLE = "IMMERSION_HTML_CHECK_DIR"

_current_test = ""


def pytest_addoption(parser):
    parser.addoption(
        "--check-html",
        action="store_true",
        default=False,
        help="valider avec le vérificateur HTML du W3C (vnu.jar) les pages rendues par les tests",
    )


def _is_worker(config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config):
    if not config.getoption("--check-html"):
        return
    if not _is_worker(config):
        if not VNU_JAR.exists():
            raise pytest.UsageError(
                f"{VNU_JAR} introuvable : lancez `scripts/system-deps.sh test` (npm ci)."
            )
        # Set before xdist starts its workers, which inherit it.
        os.environ[DIR_VARIABLE] = tempfile.mkdtemp(prefix="immersion-html-")
    config.pluginmanager.register(_Recorder(Path(os.environ[DIR_VARIABLE])), "html-recorder")


def is_full_document(response) -> bool:
    if response.status_code != 200 or getattr(response, "streaming", False):
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    return response.content.lstrip()[:15].lower() == b"<!doctype html>"


def _is_django_admin(response) -> bool:
    """Django's admin pages are Django's own markup (not the project's templates, with known
    validator complaints such as ``disabled`` on a link): the permission matrix requests
    them to check who gets in, not to validate Django."""
    from django.urls import reverse

    return response.wsgi_request.path.startswith(reverse("admin:index"))


class _Recorder:
    def __init__(self, directory: Path):
        self.directory = directory
        self.original = None

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        global _current_test
        _current_test = item.nodeid

    def pytest_sessionstart(self, session):
        from django.test.client import Client

        recorder = self
        original = self.original = Client.request

        def request(client, **kwargs):
            response = original(client, **kwargs)
            recorder.record(response)
            return response

        Client.request = request

    def record(self, response) -> None:
        if not is_full_document(response) or _is_django_admin(response):
            return
        digest = hashlib.sha1(response.content, usedforsecurity=False).hexdigest()
        page = self.directory / f"{digest}.html"
        if page.exists():
            return
        page.write_bytes(response.content)
        where = {"path": response.wsgi_request.get_full_path(), "test": _current_test}
        (self.directory / f"{digest}.json").write_text(json.dumps(where), "utf-8")

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session):
        from django.test.client import Client

        if self.original is not None:
            Client.request = self.original
        if _is_worker(session.config):
            return
        errors = validate(self.directory)
        shutil.rmtree(self.directory, ignore_errors=True)
        session.config._html_check_errors = errors
        if errors and session.exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter, config):
        errors = getattr(config, "_html_check_errors", None)
        if errors is None:
            return
        pages = len({e["page"] for e in errors})
        if not errors:
            terminalreporter.write_sep("=", "vérificateur HTML du W3C : aucune erreur", green=True)
            return
        terminalreporter.write_sep(
            "=", f"vérificateur HTML du W3C : {len(errors)} erreur(s) sur {pages} page(s)", red=True
        )
        grouped: dict[tuple[str, str], list[dict]] = {}
        for error in errors:
            grouped.setdefault((error["page"], error["message"]), []).append(error)
        for (page, message), same in grouped.items():
            lines = ", ".join(str(e["line"]) for e in same[:5]) + (" …" if len(same) > 5 else "")
            terminalreporter.write_line(
                f"{page} (rendue par {same[0]['test']}), ligne(s) {lines} : {message}"
            )


def validate(directory: Path) -> list[dict]:
    """Every error vnu.jar finds in the directory's pages, with the page's path and test."""
    pages = sorted(directory.glob("*.html"))
    if not pages:
        return []
    java = shutil.which("java") or "java"
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [
            java,
            "-Xss4m",
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *map(str, pages),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        return [{"page": "vnu.jar", "test": "", "line": 0, "message": result.stderr[-2000:]}]
    errors = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        name = Path(message.get("url", "").removeprefix("file:")).stem
        where_file = directory / f"{name}.json"
        where = json.loads(where_file.read_text("utf-8")) if where_file.exists() else {}
        errors.append(
            {
                "page": where.get("path", name),
                "test": where.get("test", ""),
                "line": message.get("lastLine", 0),
                "message": message.get("message", ""),
            }
        )
    return sorted(errors, key=lambda e: (e["page"], e["line"]))
