# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench bench-quick index clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes (the stamp carries its checksum).
$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*; touch $(STAMP)

install: $(STAMP)

index: $(STAMP)
	$(VENV)/bin/praktiki index samples --index var/index --rebuild

run: index
	$(VENV)/bin/praktiki serve --index var/index --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) bench/run.py

bench-quick: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) bench/run.py --quick

clean:
	rm -rf var .pytest_cache
