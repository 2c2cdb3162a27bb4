# Two commands do everything on a fresh clone: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
REPORTS ?= raw_reports
OUT ?= outputs
GOLD ?= gold/cases.csv
NER_MODEL ?=
GENERAL ?= ../shared/general
CORPUS ?= ../shared/corpus
# Extra evaluate options, e.g. EVAL_FLAGS='--min-macro-f1 0.98 --min-field-f1 0.95' or EVAL_FLAGS=--gate
EVAL_FLAGS ?=

NER_FLAG := $(if $(NER_MODEL),--ner-model $(NER_MODEL),)

.PHONY: extract test test-exhaustive test-all lint evaluate evaluate-real gate robustness ablation bench bench-dask review browser gold-template clean setup

setup: $(VENV)/.installed

# Extraction needs only the runtime (spaCy, scispaCy, pandas, ...); the tests, the Dask engine and the
# benchmark add their extras on top.
$(VENV)/.runtime-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed: $(VENV)/.runtime-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dask,bench]'
	touch $@

extract: $(VENV)/.runtime-installed
	$(BIN)/python -m pipeline extract "$(REPORTS)" -o "$(OUT)" $(NER_FLAG)

# The review page's tests drive Debian's Chromium through Playwright (no browser download).
# On a machine without Chromium it is installed with apt when that is allowed (root, as in CI);
# otherwise one line says how, and the browser tests fail rather than pass untested.
browser:
	@command -v chromium >/dev/null || { echo "make test: installing Chromium with apt-get for the review page's browser tests" >&2; \
	  apt-get install -y -qq chromium >/dev/null 2>&1 || \
	  { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } || \
	  echo "note: the review page's browser tests need Chromium: sudo apt-get install chromium" >&2; }

# Two workers (pytest-xdist). `make test` gives each whole files (--dist loadfile), so that a module's costly
# fixture (a Dask cluster, a batch of 150 reports, the real-text cost) is built once; the exhaustive
# entry-by-entry and mutation checks and every member of the long families that `make test` samples
# (tests/sampling.py) run apart, test by test, and CI runs both.
test: $(VENV)/.installed browser
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not exhaustive"

test-exhaustive: $(VENV)/.installed
	$(BIN)/python -m pytest -n 2 -m exhaustive

test-all: test test-exhaustive

# ruff and mypy as configured in pyproject.toml (ruff's C901 keeps every function at complexity 15 or less),
# then radon, which counts complexity as the issues quote it (boolean operators too): any block above 15 fails.
$(VENV)/.lint-installed: $(VENV)/.runtime-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[lint]'
	touch $@

lint: $(VENV)/.lint-installed
	$(BIN)/ruff check pipeline
	$(BIN)/mypy pipeline
	@$(BIN)/radon cc --min C --show-complexity pipeline | awk '/^[^ ]/ { file = $$0 } match($$0, /\([0-9]+\)$$/) && substr($$0, RSTART + 1, RLENGTH - 2) + 0 > 15 { print file ": " $$0; over = 1 } END { exit over }'

evaluate: extract
	$(BIN)/python -m pipeline evaluate --gold "$(GOLD)" --pred "$(OUT)" $(EVAL_FLAGS)

# The accuracy gate on the shared corpus: macro F1 and every field's F1 (minimums in pyproject.toml).
gate: $(VENV)/.installed
	@test -f "$(CORPUS)/gold_v2.csv" || { echo "error: accuracy gate: no gold_v2.csv in $(CORPUS) (the shared corpus is missing)" >&2; exit 1; }
	$(BIN)/python -m pipeline extract "$(CORPUS)" -o "$(OUT)/gate"
	$(BIN)/python -m pipeline evaluate --gold "$(CORPUS)/gold_v2.csv" --pred "$(OUT)/gate" --gate

# The real-reports development set (dev/real/): texts restored per dev/real/README.md, scored in two
# parts (study: tables and errors; blind: its table only). Without the texts it says how to restore them.
evaluate-real: $(VENV)/.runtime-installed
	$(BIN)/python -m pipeline evaluate-real --dev dev/real -o "$(OUT)/real"

# The review page for the last extraction, with the gold file's disagreements marked.
review: $(VENV)/.runtime-installed
	$(BIN)/python -m pipeline review "$(OUT)" --gold "$(GOLD)"

gold-template: $(VENV)/.runtime-installed
	$(BIN)/python -m pipeline gold-template --pred "$(OUT)" --gold "$(GOLD)"

# Same report in other clothes (layout, markup, furniture, characters, wording): same row?
robustness: $(VENV)/.installed
	$(BIN)/python -m pipeline robustness -o "$(OUT)/robustness"

# Remove each rules entry in turn and list the gold rows that change (outputs/ablation/ablation.csv).
ablation: $(VENV)/.installed
	$(BIN)/python -m pipeline ablation -o "$(OUT)/ablation"

# matplotlib (for the plot) is installed only for the benchmark.
$(VENV)/.bench-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dask,bench]'
	touch $@

bench: $(VENV)/.bench-installed
	$(BIN)/python -m pipeline bench "$(GENERAL)" --repeat 3

# The Dask engine on 20 copies of ../shared/general (1,060 reports) with 1 and 2 local workers.
bench-dask: $(VENV)/.installed
	$(BIN)/python -m pipeline bench-dask "$(GENERAL)"

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.jsonl outputs/*.json outputs/evaluation
