# Two commands matter to a newcomer: `make run` and `make test`. Everything else is a step of theirs.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run demo test lint format bench models screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed" >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,models]'
	touch $(STAMP)

run: install
	$(PY) -m applytrack_desktop

demo: install
	$(PY) -m applytrack_desktop --demo

lint: install
	$(VENV)/bin/ruff check src tests benchmarks models resources
	$(VENV)/bin/ruff format --check src tests benchmarks models resources
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format src tests benchmarks models resources
	$(VENV)/bin/ruff check --fix src tests benchmarks models resources

# pytest-xdist: one worker process per core, each test sent to whichever worker is free
# (worksteal: the slow end-to-end tests do not pile up on one worker).
# `make test PYTEST_WORKERS=0` runs the suite in a single process.
PYTEST_WORKERS ?= logical

test: lint
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal

bench: install
	$(PY) benchmarks/run.py

models: install
	$(PY) models/recipe/build.py

screenshots: install
	$(PY) -m applytrack_desktop.gui.screenshots build/screenshots

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
