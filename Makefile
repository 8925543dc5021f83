# copydesk developer commands. `make help` lists them.
.PHONY: help demo test test-rust test-py py-env dev lint bench

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

demo: ## parse the bundled example article and print its outline
	cargo run --release -q -p copydesk-cli -- parse --format text examples/articles/harbor-flood-plan.txt

test: test-rust test-py ## run every test (Rust, then Python)

test-rust: ## Rust unit, golden, property and doc tests
	cargo test --workspace --exclude copydesk-python

# Python: a virtualenv in .venv with the test tools; the package is built into it by maturin.
VENV ?= .venv
PY := $(VENV)/bin/python

$(VENV)/.deps: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "maturin>=1.9.4,<2" pytest mypy joblib pandas
	touch $@

py-env: $(VENV)/.deps ## create .venv with maturin, pytest, mypy, pandas, joblib

dev: py-env ## build the Python package into .venv (maturin develop --release)
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --release -q

test-py: dev ## Python tests: binding contract, README, example, stubs, browser view
	PYO3_PYTHON=$(abspath $(PY)) cargo test -q -p copydesk-python --lib
	$(PY) -m pytest

lint: ## formatting and clippy
	cargo fmt --all -- --check
	cargo clippy --workspace --exclude copydesk-python --all-targets -- -D warnings

bench: ## benchmarks: criterion (short runs) + ratios, CLI scaling, start-up, memory (compare.py: by hand)
	cargo bench -p copydesk -- --warm-up-time 1 --measurement-time 3
	python3 benches/ratios.py
	cargo build --release -p copydesk-cli
	python3 benches/scaling.py
	python3 benches/shapes.py
	python3 benches/startup.py
	bash benches/memory.sh
