#!/usr/bin/env bash
# Deterministic cost of one CLI run: instructions, conditional branches and mispredicted conditional
# branches (cachegrind's branch model), the two things the time of a stream of distinct articles
# goes to (docs/design/performance.md, session 11).
#
#   bash benches/branch_cost.sh [BIN] [CORPUS.jsonl[.gz]] [MAX_BYTES]
#
# BIN: default target/release/copydesk (the release profile keeps line tables, so
# `cg_annotate --sort=Bcm FILE` on the kept file ranks source lines by mispredictions).
# CORPUS: JSON lines `{"id","text"}` (default: ../shared/eval/data/quotes-polnear-dev.jsonl.gz),
# read in place; its first articles up to MAX_BYTES (default 1000000) of text are used.
# The cost line's weights (a quarter cycle an instruction, 15 cycles a misprediction) are a rough
# model, not a measurement; compare builds on the counts themselves, and time with benches/ab.py.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(readlink -f "${1:-target/release/copydesk}")
CORPUS=${2:-../shared/eval/data/quotes-polnear-dev.jsonl.gz}
MAX=${3:-1000000}
command -v valgrind >/dev/null || { echo "needs valgrind (Debian: apt-get install valgrind)" >&2; exit 2; }
# (the default corpus lies beside the main checkout; from a git worktree elsewhere, pass its path)
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS: pass one as the second argument" >&2; exit 2; }
IN=$(mktemp --suffix=.jsonl)
OUT=$(mktemp --suffix=.cachegrind)
trap 'rm -f "$IN"' EXIT
# only `id` and `text` (an evaluation corpus carries its gold too), up to MAX bytes of text
python3 - "$CORPUS" "$MAX" > "$IN" <<'PY'
import gzip, json, sys
path, left = sys.argv[1], int(sys.argv[2])
with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        if not line.strip():
            continue
        d = json.loads(line)
        left -= len(d["text"].encode())
        if left < 0:
            break
        print(json.dumps({"id": str(d.get("id", i)), "text": d["text"]}))
PY
valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes --cachegrind-out-file="$OUT" \
    "$BIN" parse --threads 1 --jsonl-input "$IN" > /dev/null 2>/dev/null
python3 - "$OUT" "$IN" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    if line.startswith("summary:"):
        ir, bc, bcm, bi, bim = map(int, line.split()[1:6])
        mb = sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[2], encoding="utf-8")) / 1e6
        print(f"{mb:.2f} MB of text: Ir {ir/1e6:.2f} M ({ir/mb/1e6:.0f}/byte)  Bc {bc/1e6:.2f} M  "
              f"Bcm {bcm/1e6:.3f} M ({bcm/mb/1e6:.2f}/byte)  Bim {bim/1e6:.3f} M  "
              f"cost ~ Ir/4 + 15 x (Bcm+Bim) = {(ir/4 + 15*(bcm+bim))/1e6:.1f} M")
PY
echo "kept: $OUT (cg_annotate --sort=Bcm $OUT)"
