VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test check install bench clean

run: $(STAMP)
	$(VENV)/bin/newsevents extract seeds corpus -o outputs/events.jsonl

test: $(STAMP)
	$(PY) -m pytest -q

# ruff (lint and format) and mypy over the installed package: the source folders map onto one import
# name, which mypy only sees in a real (non-editable) install.
check: $(STAMP)
	$(VENV)/bin/ruff check pipeline models tests benchmarks
	$(VENV)/bin/ruff format --check pipeline models tests benchmarks
	rm -rf build/typecheck
	$(PY) -m pip install --quiet --no-deps --target build/typecheck . 2>/dev/null
	cd build/typecheck && ../../$(VENV)/bin/mypy --config-file ../../pyproject.toml -p newsevents

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask,lint,export]"
	touch $(STAMP)

bench: $(STAMP)
	$(PY) benchmarks/bench.py $(CORPUS)

clean:
	rm -rf $(VENV) outputs/*.jsonl
