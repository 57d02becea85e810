"""``python -m immersion.privacy``: JSON lines in, JSON lines out, clear errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "immersion.privacy", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_help_works():
    proc = run("--help")
    assert proc.returncode == 0
    assert "redact" in proc.stdout


def test_redact_help_works():
    proc = run("redact", "--help")
    assert proc.returncode == 0
    assert "entrée standard" in proc.stdout


def test_good_lines_are_redacted_with_offsets_in_the_original():
    notes = [
        {"id": "n1", "text": "Mme Le Goff, tél 06 12 34 56 78."},
        {"id": 2, "text": "Rose, 19 ans, NIR 2 63 05 56 814 185 70."},
    ]
    proc = run("redact", stdin="".join(json.dumps(n) + "\n" for n in notes))
    assert proc.returncode == 0, proc.stderr
    out = lines(proc.stdout)
    assert [o["id"] for o in out] == ["n1", 2]
    assert out[0]["text"] == "Mme [PERSONNE_1], tél [TÉLÉPHONE]."
    assert out[1]["text"] == "[PERSONNE_1], 19 ans, NIR [NIR]."
    for note, result in zip(notes, out, strict=True):
        for span in result["spans"]:
            assert set(span) == {"start", "end", "label"}
        values = [note["text"][s["start"] : s["end"]] for s in result["spans"]]
        assert values in (["Le Goff", "06 12 34 56 78"], ["Rose", "2 63 05 56 814 185 70"])
    assert proc.stderr == ""


def test_invalid_lines_get_an_error_and_the_others_are_processed():
    stdin = "\n".join(
        [
            '{"id": "a", "text": "Tél 06 12 34 56 78"}',
            "pas du json {",
            '{"id": "b"}',
            '{"id": "c", "text": 12}',
            "[1, 2]",
            "",
            '{"text": "M. Diop, n° CAF 8821340"}',
        ]
    )
    proc = run("redact", "--sans-spacy", stdin=stdin)
    assert proc.returncode == 1
    out = lines(proc.stdout)
    assert out[0] == {
        "id": "a",
        "text": "Tél [TÉLÉPHONE]",
        "spans": [{"start": 4, "end": 18, "label": "TELEPHONE"}],
    }
    assert out[1] == {"id": 2, "error": "ligne 2 : JSON invalide"}
    assert out[2] == {"id": "b", "error": "ligne 3 : champ « text » manquant"}
    assert out[3] == {"id": "c", "error": "ligne 4 : le champ « text » doit être une chaîne"}
    assert out[4] == {"id": 5, "error": "ligne 5 : un objet JSON est attendu"}
    assert out[5]["id"] == 7 and out[5]["text"] == "M. [PERSONNE_1], n° CAF [N_ALLOCATAIRE]"
    assert "Traceback" not in proc.stderr


def test_invalid_utf8_is_a_line_error_not_a_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "immersion.privacy", "redact", "--sans-spacy"],
        input=b'{"id": 1, "text": "\xff"}\n{"id": 2, "text": "ok"}\n',
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    out = lines(proc.stdout.decode())
    assert out[0] == {"id": 1, "error": "ligne 1 : encodage invalide (UTF-8 attendu)"}
    assert out[1]["text"] == "ok"
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [(), ("redact", "--inconnu"), ("effacer",)])
def test_usage_errors_exit_with_2(args):
    proc = run(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_empty_input_is_fine():
    proc = run("redact", "--sans-spacy", stdin="")
    assert proc.returncode == 0
    assert proc.stdout == ""


def test_the_input_text_never_reaches_stderr():
    proc = run("redact", "--sans-spacy", stdin='{"id": 1, "text": "Mme Secretissime"\n')
    assert proc.returncode == 1
    assert "Secretissime" not in proc.stderr + proc.stdout
