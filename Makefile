# Two commands do everything on a fresh clone: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
REPORTS ?= raw_reports
OUT ?= outputs
GOLD ?= gold/cases.csv
NER_MODEL ?=
GENERAL ?= ../shared/general

NER_FLAG := $(if $(NER_MODEL),--ner-model $(NER_MODEL),)

.PHONY: extract test evaluate bench gold-template clean setup

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

extract: $(VENV)/.installed
	$(BIN)/python -m pipeline extract $(REPORTS) -o $(OUT) $(NER_FLAG)

test: $(VENV)/.installed
	$(BIN)/python -m pytest

evaluate: extract
	$(BIN)/python -m pipeline evaluate --gold $(GOLD) --pred $(OUT)

gold-template: $(VENV)/.installed
	$(BIN)/python -m pipeline gold-template --pred $(OUT) --gold $(GOLD)

bench: $(VENV)/.installed
	$(BIN)/python -m pipeline bench $(GENERAL)

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.jsonl outputs/*.json outputs/evaluation
