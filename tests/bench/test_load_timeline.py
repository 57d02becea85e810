"""What bench/load.py prints about the start of the day: requests and synchronisation time by
5-second window, and the CPU each group of processes took in each window."""

import os
import time

from bench.load import SYNC, CpuSampler, machine_busy_seconds, print_timeline


def test_the_timeline_counts_every_request_by_window_and_the_syncs_p95(capsys):
    result = {
        "starts": {SYNC: [0.5, 1.0, 6.0, 12.0], "page": [0.2, 7.0]},
        "times": {SYNC: [400.0, 300.0, 90.0, 50.0], "page": [10.0, 20.0]},
    }
    print_timeline(result, until=15)
    out = capsys.readouterr().out
    assert "0-5 s : 3 req., synchro p95 400 ms" in out
    assert "5-10 s : 2 req., synchro p95 90 ms" in out
    assert "10-15 s : 1 req., synchro p95 50 ms" in out


def test_a_window_without_a_sync_says_so(capsys):
    print_timeline({"starts": {"page": [1.0]}, "times": {"page": [5.0]}}, until=5)
    assert "0-5 s : 1 req., synchro p95 — ms" in capsys.readouterr().out


def test_the_sampler_reports_each_group_and_the_rest_of_the_machine():
    sampler = CpuSampler({"serveurs": [os.getpid()]}, step=0.2)
    sampler.start()
    deadline = time.monotonic() + 10
    # This process works (the "serveurs" group) until two windows are measured.
    while len(sampler.windows) < 2 and time.monotonic() < deadline:
        sum(range(1000))
    sampler.done.set()
    sampler.join()
    assert sampler.windows
    busy = max(w["serveurs"] for w in sampler.windows)
    assert busy > 0.05
    assert all(w["machine"] >= 0 for w in sampler.windows)
    report = sampler.report(windows=2)
    assert report.startswith("CPU (s de cœur par tranche de 0 s")
    assert "serveurs" in report and "PostgreSQL" in report and "autres" in report
    assert machine_busy_seconds() > 0
