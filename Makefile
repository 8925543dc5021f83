# copydesk developer commands. `make help` lists them.
.PHONY: help demo test test-rust test-py lint bench

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

demo: ## parse the bundled example article and print its outline
	cargo run --release -q -p copydesk-cli -- parse --format text examples/articles/harbor-flood-plan.txt

test: test-rust ## run every test (Rust, then Python)

test-rust: ## Rust unit, golden, property and doc tests
	cargo test --workspace --exclude copydesk-python

lint: ## formatting and clippy
	cargo fmt --all -- --check
	cargo clippy --workspace --exclude copydesk-python --all-targets -- -D warnings

bench: ## benchmarks: criterion (short runs) + ratios, CLI scaling, start-up, memory (compare.py: by hand)
	cargo bench -p copydesk -- --warm-up-time 1 --measurement-time 3
	python3 benches/ratios.py
	cargo build --release -p copydesk-cli
	python3 benches/scaling.py
	python3 benches/startup.py
	bash benches/memory.sh
