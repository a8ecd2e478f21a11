# Two entry points for a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench bench-full bench-hostile eval eval-questions clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## Start the dry-run console on the bundled articles (no token needed).
run: $(VENV)/.installed
	$(PY) -m bot dry-run

## Lint, type-check and run the whole test suite.
test: $(VENV)/.installed
	$(VENV)/bin/ruff check bot tests benchmarks
	$(VENV)/bin/ruff format --check bot tests benchmarks
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix bot tests benchmarks
	$(VENV)/bin/ruff format bot tests benchmarks

## Measure quotation extraction: the German news quotation data, our own articles and the
## thirty-three held-out sets, fresh, heldout, heldout3 to heldout33, and fresh2 to fresh41 (each
## in its own block).
eval: $(VENV)/.installed
	$(PY) benchmarks/quotes_eval.py ../shared/eval/german-news-quotes/dev.jsonl \
		../shared/eval/german-news-quotes/train.jsonl --articles benchmarks/articles \
		--articles benchmarks/articles_fresh --articles benchmarks/articles_heldout \
		--articles benchmarks/articles_heldout3 --articles benchmarks/articles_heldout4 \
		--articles benchmarks/articles_heldout5 --articles benchmarks/articles_heldout6 \
		--articles benchmarks/articles_heldout7 --articles benchmarks/articles_heldout8 \
		--articles benchmarks/articles_heldout9 --articles benchmarks/articles_heldout10 \
		--articles benchmarks/articles_heldout11 --articles benchmarks/articles_heldout12 \
		--articles benchmarks/articles_heldout13 --articles benchmarks/articles_heldout14 \
		--articles benchmarks/articles_heldout15 --articles benchmarks/articles_heldout16 \
		--articles benchmarks/articles_heldout17 --articles benchmarks/articles_heldout18 \
		--articles benchmarks/articles_heldout19 --articles benchmarks/articles_heldout20 \
		--articles benchmarks/articles_heldout21 --articles benchmarks/articles_heldout22 \
		--articles benchmarks/articles_heldout23 --articles benchmarks/articles_heldout24 \
		--articles benchmarks/articles_heldout25 --articles benchmarks/articles_heldout26 \
		--articles benchmarks/articles_heldout27 --articles benchmarks/articles_heldout28 \
		--articles benchmarks/articles_heldout29 --articles benchmarks/articles_heldout30 \
		--articles benchmarks/articles_heldout31 --articles benchmarks/articles_heldout32 \
		--articles benchmarks/articles_heldout33 \
		--articles benchmarks/articles_fresh2 --articles benchmarks/articles_fresh3 \
		--articles benchmarks/articles_fresh4 --articles benchmarks/articles_fresh5 \
		--articles benchmarks/articles_fresh6 --articles benchmarks/articles_fresh7 \
		--articles benchmarks/articles_fresh8 --articles benchmarks/articles_fresh9 \
		--articles benchmarks/articles_fresh10 --articles benchmarks/articles_fresh11 \
		--articles benchmarks/articles_fresh12 --articles benchmarks/articles_fresh13 \
		--articles benchmarks/articles_fresh14 --articles benchmarks/articles_fresh15 \
		--articles benchmarks/articles_fresh16 --articles benchmarks/articles_fresh17 \
		--articles benchmarks/articles_fresh18 --articles benchmarks/articles_fresh19 \
		--articles benchmarks/articles_fresh20 --articles benchmarks/articles_fresh21 \
		--articles benchmarks/articles_fresh22 --articles benchmarks/articles_fresh23 \
		--articles benchmarks/articles_fresh24 --articles benchmarks/articles_fresh25 \
		--articles benchmarks/articles_fresh26 --articles benchmarks/articles_fresh27 \
		--articles benchmarks/articles_fresh28 --articles benchmarks/articles_fresh29 \
		--articles benchmarks/articles_fresh30 --articles benchmarks/articles_fresh31 \
		--articles benchmarks/articles_fresh32 --articles benchmarks/articles_fresh33 \
		--articles benchmarks/articles_fresh34 --articles benchmarks/articles_fresh35 \
		--articles benchmarks/articles_fresh36 --articles benchmarks/articles_fresh37 \
		--articles benchmarks/articles_fresh38 --articles benchmarks/articles_fresh39 \
		--articles benchmarks/articles_fresh40 --articles benchmarks/articles_fresh41

## Free questions over a night's articles (German and English), beside SQLite FTS5.
eval-questions: $(VENV)/.installed
	$(PY) -m benchmarks.questions_eval

## Scale benchmark (N up to 1,000, about a minute; bench-full adds 10,000).
bench: $(VENV)/.installed
	$(PY) -m benchmarks.bench_scale --quick

bench-full: $(VENV)/.installed
	$(PY) -m benchmarks.bench_scale

## Hostile input: extraction and indexing time per KB of 10 KB to 1 MB lines; !zitat on 1 MB.
bench-hostile: $(VENV)/.installed
	$(PY) -m benchmarks.bench_hostile

clean:
	rm -rf $(VENV) .pytest_cache
