"""Which half of `make test` runs a test (scripts/run-tests.sh: the suite on SQLite, then on
PostgreSQL). A test that starts its own processes on a SQLite FILE does the same work in both
halves: it runs in the SQLite half only, and its PostgreSQL twin in the PostgreSQL half only,
so that each variant runs once per `make test` (``PG=own`` too: it sets DATABASE_URL)."""

import os

import pytest

ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))

postgresql_half = pytest.mark.skipif(
    not ON_POSTGRESQL, reason="PostgreSQL variant: runs in the PostgreSQL half of the suite"
)
sqlite_half = pytest.mark.skipif(
    ON_POSTGRESQL, reason="SQLite-file variant: runs in the SQLite half of the suite"
)
