VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install bench clean

run: $(STAMP)
	$(VENV)/bin/newsevents extract seeds corpus -o outputs/events.jsonl

test: $(STAMP)
	$(PY) -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask]"
	touch $(STAMP)

bench: $(STAMP)
	$(PY) benchmarks/bench.py $(CORPUS)

clean:
	rm -rf $(VENV) outputs/*.jsonl
