# dateline: `make demo` and `make test` set up .venv themselves; nothing else to install.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench install clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

DEMO_DB := .demo/demo.duckdb

# Ingest the samples into a fresh store, then print the fused timeline: each story reported by
# two or more documents, with its sources (`dateline timeline --db $(DEMO_DB)` shows every story).
demo: $(STAMP)
	rm -rf .demo && mkdir -p .demo
	$(BIN)/dateline ingest samples --db $(DEMO_DB)
	$(BIN)/dateline timeline --db $(DEMO_DB) --min-sources 2
	$(BIN)/dateline timeline --db $(DEMO_DB) --figures

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/dateline bench

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .demo
