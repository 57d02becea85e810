#!/usr/bin/env bash
# Install the Debian packages a given step needs, when they are missing.
#   runtime: Pango for WeasyPrint (PDF) and fonts
#   test:    runtime + Chromium (browser tests) + poppler-utils (PDF checks) + gettext
#            (the test that keeps the English catalogue complete runs makemessages)
#            + Node.js, npm and a Java runtime for the W3C Nu HTML checker (npm package
#            vnu-jar, pinned in package-lock.json, installed by `npm ci` into node_modules/)
#   venv:    python3-venv
#   postgres: a PostgreSQL server (only when none answers; see scripts/run-tests.sh)
set -euo pipefail
step="${1:-runtime}"
missing=()

need_lib() { ldconfig -p 2>/dev/null | grep -q "$1" || missing+=("$2"); }
need_bin() { [ -x "$1" ] || command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }

case "$step" in
  runtime)
    need_lib libpango-1.0.so.0 libpango-1.0-0
    need_lib libpangoft2-1.0.so.0 libpangoft2-1.0-0
    [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
    ;;
  test)
    need_lib libpango-1.0.so.0 libpango-1.0-0
    need_lib libpangoft2-1.0.so.0 libpangoft2-1.0-0
    [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
    need_bin /usr/bin/chromium chromium
    need_bin pdftotext poppler-utils
    need_bin xgettext gettext
    need_bin node nodejs
    need_bin npm npm
    need_bin java default-jre-headless
    ;;
  venv)
    py=$(python3 -c 'import sys; print(f"python3.{sys.version_info.minor}")')
    missing+=("$py-venv" python3-venv)
    ;;
  postgres)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    ;;
  *)
    echo "usage: $0 runtime|test|venv|postgres" >&2
    exit 2
    ;;
esac

install_missing() {
[ ${#missing[@]} -eq 0 ] && return 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Paquets Debian manquants : ${missing[*]} — installez-les (apt-get install ${missing[*]})." >&2
    exit 1
  fi
fi
echo "Installation des paquets Debian : ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_missing

if [ "$step" = test ]; then
  # The checker's jar, exactly as locked; no install script runs (it only prints a notice).
  cd "$(dirname "$0")/.."
  if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  fi
fi
