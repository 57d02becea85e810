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

#: A test that asks for none of these (directly or through its fixtures) and has no
#: ``django_db`` mark cannot reach the database: pytest-django blocks it.
DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
    }
)


def uses_the_database(item) -> bool:
    return bool(item.get_closest_marker("django_db")) or bool(
        DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


#: Set by scripts/run-tests.sh for its PostgreSQL half, once the SQLite half has passed.
SQLITE_HALF_RAN = os.environ.get("IMMERSION_SQLITE_HALF_RAN") == "1"


def skip_what_the_sqlite_half_ran(items) -> None:
    """In the PostgreSQL half of `make test`, skip the tests that never reach the database
    (the anonymiser, the solver, the architecture's rules…): the SQLite half has just run
    them, and they would do exactly the same again. A run on PostgreSQL alone (without
    ``IMMERSION_SQLITE_HALF_RAN=1``) runs them all. A test with its own ``skipif``
    (``postgresql_half``, ``sqlite_half``, tests/test_production_server.py) decides its half
    itself."""
    if not (ON_POSTGRESQL and SQLITE_HALF_RAN):
        return
    skip = pytest.mark.skip(reason="no database: run in the SQLite half of the suite")
    for item in items:
        if not uses_the_database(item) and not item.get_closest_marker("skipif"):
            item.add_marker(skip)
