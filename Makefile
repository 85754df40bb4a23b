# Two commands: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test bootstrap setup lint format messages clean

## Create .venv with Python 3.12+ and install the pinned requirements (only when they change).
bootstrap: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ ! -x $(PY) ]; then \
		python=$$(scripts/find-python) || exit 1; \
		echo "Creating $(VENV) with $$python"; \
		"$$python" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

## Migrate, load the comuni and the demo content when the database is empty.
setup: bootstrap
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

## Set up (first time only) and serve the site on http://127.0.0.1:8000/.
run: setup
	$(PY) manage.py runserver $(HOST):$(PORT)

## Run the whole test suite (browser tests need /usr/bin/chromium).
test: bootstrap
	$(PY) -m pytest $(PYTEST_ARGS)

lint: bootstrap
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: bootstrap
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## Extract and compile the Italian and English translations.
messages: bootstrap
	$(PY) manage.py makemessages -l it -l en --add-location=file --ignore=.venv --ignore=staticfiles --ignore=test-artifacts
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles
