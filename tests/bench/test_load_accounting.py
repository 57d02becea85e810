"""The exactly-once check of bench/load.py (bench/_load_accounting.py), and an end-to-end
run of the load bench itself when IMMERSION_LOAD_SMOKE=1 (it starts PostgreSQL databases,
gunicorn and task workers: too heavy for every run of the suite)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench._load_accounting import account, passed, percentile, summary_line

ROOT = Path(__file__).resolve().parents[2]


def test_every_note_stored_once_passes():
    tally = account(["a", "b", "c", "b"], {"a": 1, "b": 1, "c": 1})
    assert (tally.submitted, tally.stored, tally.duplicated, tally.lost) == (3, 3, 0, 0)
    assert tally.exactly_once and passed(tally, errors=0)
    assert not passed(tally, errors=1)


def test_a_note_stored_twice_is_a_duplicate():
    tally = account(["a", "b"], {"a": 2, "b": 1})
    assert (tally.stored, tally.duplicated, tally.lost) == (3, 1, 0)
    assert not tally.exactly_once


def test_a_note_missing_from_the_database_is_lost():
    tally = account(["a", "b", "c"], {"a": 1, "c": 1, "b": 0})
    assert (tally.stored, tally.duplicated, tally.lost) == (2, 0, 1)
    assert not passed(tally, errors=0)


def test_a_row_nobody_submitted_counts_as_a_duplicate():
    """A note stored again under a new client id would show up as an unknown id."""
    tally = account(["a"], {"a": 1, "zzz": 1})
    assert (tally.duplicated, tally.unexpected, tally.lost) == (1, 1, 0)
    assert not tally.exactly_once


def test_client_ids_compare_whatever_their_case():
    tally = account(["0A1B"], {"0a1b": 1})
    assert tally.exactly_once


def test_the_summary_line_has_the_documented_form():
    tally = account(["a", "b"], {"a": 1, "b": 1})
    line = summary_line(tally, errors=0, p95_sync_ms=42.4, p95_pages_ms=180.6)
    assert line == (
        "submitted 2 stored 2 duplicated 0 lost 0 errors 0 p95_sync_ms 42 p95_pages_ms 181"
    )


def test_percentiles_are_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.99) == 99
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.95) == 0.0


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("IMMERSION_LOAD_SMOKE") != "1",
    reason="IMMERSION_LOAD_SMOKE=1 runs the load bench end to end (about 2 minutes)",
)
def test_the_load_bench_runs_end_to_end():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    # Its own PostgreSQL server by default: a run elsewhere on the machine's server may be
    # using the immersion_load database. IMMERSION_LOAD_PG=machine or a URL to choose.
    pg = os.environ.get("IMMERSION_LOAD_PG", "private")
    result = subprocess.run(
        # A pace of 2 to 4 s: each participant writes a few rounds of notes in 10 s.
        [sys.executable, "bench/load.py", "--users", "5", "--seconds", "10", "--pace", "2-4"]
        + ["--pg", pg],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    words = last.split()
    assert words[0::2] == [
        "submitted",
        "stored",
        "duplicated",
        "lost",
        "errors",
        "p95_sync_ms",
        "p95_pages_ms",
    ]
    figures = dict(zip(words[0::2], map(int, words[1::2]), strict=True))
    assert figures["submitted"] > 0 and figures["stored"] == figures["submitted"]
    assert figures["duplicated"] == figures["lost"] == figures["errors"] == 0
