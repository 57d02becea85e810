#!/usr/bin/env bash
# Run the whole suite on SQLite, then on PostgreSQL.
#   PG=auto (default): use the server answering on 127.0.0.1:5432, else start a private one
#   PG=own:            always start a private server (Debian's packages, temporary data dir)
set -euo pipefail
mode="${1:-auto}"
venv=.venv
# Two workers (pytest-xdist) by default: the machine has two cores. PYTEST_WORKERS=0 runs serially.
workers="${PYTEST_WORKERS:-2}"
pytest=("$venv/bin/pytest" -p no:cacheprovider --durations=20)
if [ "$workers" != "0" ]; then
  pytest+=(-n "$workers")
fi
export DJANGO_SETTINGS_MODULE=config.settings.test

echo "== Suite complète sur SQLite (et vérificateur HTML du W3C sur les pages rendues)"
env -u DATABASE_URL "${pytest[@]}" --check-html ${PYTEST_ARGS:-}

pg_answers() {
  "$venv/bin/python" - "$@" <<'PY'
import sys
import psycopg
try:
    psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3").close()
except Exception:
    sys.exit(1)
PY
}

own_dir=""
cleanup() {
  if [ -n "$own_dir" ] && [ -d "$own_dir" ]; then
    scripts/pg-own.sh stop "$own_dir" || true
  fi
}
trap cleanup EXIT

if [ "$mode" != "own" ] && pg_answers; then
  url="postgres://postgres@127.0.0.1:5432/postgres"
  echo "== Suite complète sur PostgreSQL (serveur existant, 127.0.0.1:5432)"
else
  scripts/system-deps.sh postgres
  own_dir=$(mktemp -d /tmp/immersion-pg.XXXXXX)
  url=$(scripts/pg-own.sh start "$own_dir")
  echo "== Suite complète sur PostgreSQL (serveur privé : $url)"
fi
# The tests that never reach the database passed in the SQLite half: this half skips them
# (tests/halves.py); `DATABASE_URL=… pytest` alone runs them all.
DATABASE_URL="$url" IMMERSION_SQLITE_HALF_RAN=1 "${pytest[@]}" ${PYTEST_ARGS:-}
