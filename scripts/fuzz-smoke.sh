#!/usr/bin/env bash
# Fuzz smoke run: build the fuzz targets in fuzz/ and run each for FUZZ_SECONDS (default 60).
# Fails (non-zero exit) on a panic, a broken invariant, an input slower than FUZZ_TIMEOUT
# seconds (default 5; a hang or a quadratic stage), or memory over 2 GB. The crashing input is
# left in fuzz/artifacts/<target>/. The long run is documented in docs/design/robustness.md.
#
#   scripts/fuzz-smoke.sh                  # ~60 s per target (plus the build)
#   FUZZ_SECONDS=1800 scripts/fuzz-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-5}
targets=(parse_article parse_html)

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz-smoke: installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked
fi
# cargo-fuzz passes nightly-only compiler flags (-Z...); a stable toolchain accepts them with
# RUSTC_BOOTSTRAP=1. No sanitizer: the crate forbids unsafe code, and the panics, invariant
# checks, timeouts and memory limit are what this run looks for.
if ! rustc --version | grep -q nightly; then
    export RUSTC_BOOTSTRAP=1
fi

for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    cargo fuzz build --sanitizer none "$target"
    # The first directory is the working corpus (new inputs go there, git-ignored); the seeds
    # and the repository's example articles are read-only starting points.
    cargo fuzz run --sanitizer none "$target" \
        "corpus/$target" "seeds/$target" ../crates/copydesk/tests/fixtures ../examples/articles \
        -- -dict="$target.dict" -max_total_time="$seconds" -max_len=65536 \
        -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1
done
