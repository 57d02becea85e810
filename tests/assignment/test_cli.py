"""The command line, run as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.assignment.builders import instance, person, site, slot

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "immersion.assignment", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def _good():
    return instance(
        [site("s1"), site("s2", "ccas", "CCAS")],
        [slot("a", "s1", capacity=2), slot("b", "s2", "apres-midi", capacity=2)],
        [person("p1"), person("p2", "journaliste")],
    )


def test_help_works():
    result = _run("--help")
    assert result.returncode == 0
    assert "solve" in result.stdout and "diagnose" in result.stdout


def test_solve_writes_the_solution(tmp_path):
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(_good()))
    target = tmp_path / "solution.json"
    result = _run("solve", str(source), "-o", str(target), "--time-limit", "5", "--seed", "1")
    assert result.returncode == 0, result.stderr
    solution = json.loads(target.read_text())
    assert solution["status"] == "optimal"
    assert len(solution["assignments"]) == 4
    assert solution["objective"] == solution["bound"]
    check = _run("check", str(source), str(target))
    assert check.returncode == 0
    assert "aucune violation" in check.stdout


def test_solve_reads_stdin_and_writes_stdout():
    result = _run("solve", "-", "--time-limit", "5", stdin=json.dumps(_good()))
    assert result.returncode == 0
    assert json.loads(result.stdout)["status"] == "optimal"


def test_check_reports_violations(tmp_path):
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(_good()))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"assignments": [{"participant": "p1", "slot": "zz"}]}))
    result = _run("check", str(source), str(bad))
    assert result.returncode == 1
    assert "unknown_slot" in result.stdout


def test_diagnose_prints_french_sentences(tmp_path):
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(_good()))
    result = _run("diagnose", str(source))
    assert result.returncode == 0
    assert "places pour 2 participants disponibles" in result.stdout


def _bad_cases():
    good = _good()

    def mutated(fn):
        data = json.loads(json.dumps(good))
        fn(data)
        return json.dumps(data)

    return [
        ("not json", "{not json", "instance : JSON invalide"),
        ("unknown id", mutated(lambda d: d["slots"][0].update(site="nope")), "slots[0].site"),
        (
            "duplicate id",
            mutated(lambda d: d["participants"][1].update(id="p1")),
            "participants[1].id",
        ),
        (
            "negative capacity",
            mutated(lambda d: d["slots"][1].update(capacity=-1)),
            "slots[1].capacity",
        ),
        (
            "pin to forbidden slot",
            mutated(
                lambda d: (
                    d["slots"][0].update(forbidden_categories=["journaliste"]),
                    d["participants"][1].update(pinned={"matin": "a"}),
                )
            ),
            "participants[1].pinned.matin",
        ),
        (
            "wrong type",
            mutated(lambda d: d["participants"][0].update(max_km="far")),
            "participants[0].max_km",
        ),
        ("not an object", "[1, 2]", "instance : un objet JSON est attendu"),
    ]


@pytest.mark.parametrize(("name", "text", "field"), _bad_cases(), ids=[c[0] for c in _bad_cases()])
def test_bad_input_exits_2_with_one_line_naming_the_field(tmp_path, name, text, field):
    source = tmp_path / "instance.json"
    source.write_text(text)
    result = _run("solve", str(source), "-o", str(tmp_path / "out.json"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("erreur: ")
    assert field in lines[0]


def test_negative_capacity_message_is_exact(tmp_path):
    data = _good()
    data["slots"].extend([slot("c", "s1"), slot("d", "s1", capacity=-1)])
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(data))
    result = _run("solve", str(source), "-o", str(tmp_path / "out.json"))
    assert result.stderr.strip() == (
        "erreur: slots[3].capacity : la capacité doit être un entier positif ou nul (reçu -1)"
    )


def test_missing_file_exits_2(tmp_path):
    result = _run("solve", str(tmp_path / "absent.json"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
