"""The --check-html plugin itself: what it records, and that vnu.jar's errors come back."""

from pathlib import Path

import pytest
from django.http import HttpResponse

from tests.html_check import VNU_JAR, is_full_document, validate

VALID = (
    '<!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body><p>x</p></body></html>'
)
INVALID = (
    '<!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body>'
    '<input type="checkbox" dsfr="dsfr" id="a"><div aria-labelledby="a">x</div></body></html>'
)


def test_only_full_html_documents_are_recorded():
    assert is_full_document(HttpResponse(VALID))
    assert not is_full_document(HttpResponse("<div>fragment htmx</div>"))
    assert not is_full_document(HttpResponse(VALID, status=404))
    assert not is_full_document(HttpResponse(VALID, content_type="application/json"))


@pytest.mark.skipif(not VNU_JAR.exists(), reason="vnu.jar absent (scripts/system-deps.sh test)")
def test_validate_reports_each_error_with_its_page_and_test(tmp_path: Path):
    (tmp_path / "a.html").write_text(VALID, "utf-8")
    (tmp_path / "b.html").write_text(INVALID, "utf-8")
    (tmp_path / "b.json").write_text('{"path": "/page/", "test": "tests/x.py::t"}', "utf-8")
    errors = validate(tmp_path)
    assert {e["page"] for e in errors} == {"/page/"}
    assert {e["test"] for e in errors} == {"tests/x.py::t"}
    messages = " ".join(e["message"] for e in errors)
    assert "dsfr" in messages and "aria-labelledby" in messages
