"""What the page benches share (bench/pages.py, bench/observatory.py). Import after
django.setup()."""

import math
import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def analyse() -> None:
    """A live database has its planner statistics (autovacuum analyses new rows); rows built
    in a transaction autovacuum never sees have none: analyse the project's tables (not the
    whole catalogue, which takes a minute on a loaded machine)."""
    from django.apps import apps

    tables = {m._meta.db_table for m in apps.get_models() if m.__module__.startswith("immersion.")}
    with connection.cursor() as cursor:
        for table in sorted(tables & set(connection.introspection.table_names())):
            cursor.execute(f'ANALYZE "{table}"')  # noqa: S608 — the models' own table names


def measure(client: Client, url: str, repeat: int) -> tuple[float, float, int, int]:
    """(median ms, p95 ms, queries, bytes) of GET ``url``, the body read to its end."""

    def get():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if response.streaming:
            return len(b"".join(response.streaming_content))
        return len(response.content)

    get()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        get()
        times.append(1000 * (time.perf_counter() - start))
    with CaptureQueriesContext(connection) as queries:
        size = get()
    times.sort()
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, len(queries), size
