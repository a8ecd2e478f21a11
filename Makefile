# Two entry points for a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench bench-full eval eval-questions clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## Start the dry-run console on the bundled articles (no token needed).
run: $(VENV)/.installed
	$(PY) -m bot dry-run

## Lint and run the whole test suite.
test: $(VENV)/.installed
	$(VENV)/bin/ruff check bot tests benchmarks
	$(VENV)/bin/ruff format --check bot tests benchmarks
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix bot tests benchmarks
	$(VENV)/bin/ruff format bot tests benchmarks

## Measure quotation extraction on the German news quotation data.
eval: $(VENV)/.installed
	$(PY) benchmarks/quotes_eval.py ../shared/eval/german-news-quotes/dev.jsonl

## Free questions over a night's articles (German and English), beside SQLite FTS5.
eval-questions: $(VENV)/.installed
	$(PY) -m benchmarks.questions_eval

## Scale benchmark (N up to 1,000, about a minute; bench-full adds 10,000).
bench: $(VENV)/.installed
	$(PY) -m benchmarks.bench_scale --quick

bench-full: $(VENV)/.installed
	$(PY) -m benchmarks.bench_scale

clean:
	rm -rf $(VENV) .pytest_cache
