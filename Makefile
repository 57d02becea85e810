# Vivez ma vie d'usager — the README's two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG ?= auto
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.PHONY: run test lint fmt venv demo demo-link bench lock clean-venv worker

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	@scripts/bootstrap-venv.sh "$(PYTHON)" "$(VENV)"
	@touch $@

## make run: install, migrate the embedded SQLite database, load the demo, serve on PORT
run: venv
	@scripts/system-deps.sh runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	@scripts/print-demo.sh "$(PORT)"
	$(PY) manage.py rundev 127.0.0.1:$(PORT)

## make test: lint, then the whole suite on SQLite and on PostgreSQL
test: venv
	@scripts/system-deps.sh test
	$(MAKE) lint
	scripts/run-tests.sh "$(PG)"

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint immersion/templates --check --quiet
	$(VENV)/bin/djlint immersion/templates --lint --quiet
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check

fmt: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djlint immersion/templates --reformat --quiet || true

demo: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

## make demo-link EMAIL=…: a sign-in link for a demo participant, tutor or site coordinator
demo-link: venv
	$(PY) manage.py demo_link "$(EMAIL)" --base-url http://127.0.0.1:$(PORT)

worker: venv
	$(PY) manage.py task_worker

bench: venv
	$(PY) bench/assignment.py
	$(PY) bench/privacy.py
	$(PY) bench/debrief.py
	$(PY) bench/pages.py

## make lock: re-resolve pyproject.toml into requirements.lock (needs network to PyPI)
lock:
	$(PYTHON) -m pip install --quiet --user uv==0.13.8 || $(PYTHON) -m pip install --quiet uv==0.13.8
	$(PYTHON) -m uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes -o requirements.lock

clean-venv:
	rm -rf $(VENV)

## make messages: update the English catalogue from the code, then compile it (commit both files)
.PHONY: messages
MESSAGES_IGNORE := --ignore ".venv/*" --ignore "tests/*" --ignore "bench/*" --ignore "staticfiles/*"
messages: venv
	$(PY) manage.py makemessages -l en --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py compilemessages -l en --ignore ".venv/*"
