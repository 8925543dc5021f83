#!/usr/bin/env bash
# Peak memory (max RSS) of the copydesk command line on a 10 MB input.
#
#   bash benches/memory.sh [SIZE_MB]      # default 10
#   COPYDESK_CLI=/path/to/copydesk bash benches/memory.sh   # another build (default target/release/copydesk)
#
# Three inputs of SIZE_MB each, built from the bench articles in crates/copydesk/benches/data:
#   single  one plain-text article of SIZE_MB (the typical body repeated): the worst case for one record
#   batch   a --jsonl-input file of SIZE_MB of ordinary articles (short, typical, long in turn)
#   empty   an empty file: the floor (binary, gazetteers, automata)
# Target: peak RSS < 10 x the input + 50 MB. Peak RSS comes from GNU time's "Maximum resident set
# size" when /usr/bin/time is there, else from getrusage(RUSAGE_CHILDREN) via python3.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-10}
CLI=${COPYDESK_CLI:-target/release/copydesk}
[ -x "$CLI" ] || cargo build --release -q -p copydesk-cli
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

python3 - "$SIZE_MB" "$TMP" <<'PY'
import json, sys
from pathlib import Path
size = int(sys.argv[1]) * 1_000_000
tmp = Path(sys.argv[2])
data = Path("crates/copydesk/benches/data")
typical = (data / "typical.txt").read_text(encoding="utf-8")
start, end = typical.index("MILWAUKEE"), typical.index("Related Stories")
head, body, tail = typical[:start], typical[start:end], typical[end:]
parts, n = [head], len(head.encode()) + len(tail.encode())
while n < size:
    parts.append(body); n += len(body.encode())
parts.append(tail)
(tmp / "single.txt").write_text("".join(parts), encoding="utf-8")
arts = [(data / f"{s}.txt").read_text(encoding="utf-8") for s in ("short", "typical", "long")]
with open(tmp / "batch.jsonl", "w", encoding="utf-8") as out:
    i = n = 0
    while n < size:
        line = json.dumps({"id": f"doc{i}", "text": arts[i % 3]}) + "\n"
        out.write(line); n += len(line.encode()); i += 1
(tmp / "empty.txt").write_text("")
PY

peak_kb() { # command... -> prints max RSS in kB
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" >/dev/null 2>"$TMP/time.err" || { cat "$TMP/time.err" >&2; return 1; }
    awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$TMP/time.err"
  else
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  fi
}

printf '%-8s %10s %12s %14s %10s\n' input "input MB" "peak RSS MB" "RSS / input" "target MB"
for case in empty single batch; do
  case $case in
    empty) f=$TMP/empty.txt; cmd=("$CLI" parse --format jsonl "$f") ;;
    single) f=$TMP/single.txt; cmd=("$CLI" parse --format jsonl "$f") ;;
    batch) f=$TMP/batch.jsonl; cmd=("$CLI" parse --format jsonl --jsonl-input "$f") ;;
  esac
  bytes=$(stat -c %s "$f")
  kb=$(peak_kb "${cmd[@]}")
  python3 -c "
b, kb = $bytes, $kb
mb, rss = b / 1e6, kb * 1024 / 1e6
ratio = f'{rss / mb:14.2f}' if b else f'{\"-\":>14}'
target = 10 * mb + 50
print(f'{\"$case\":<8} {mb:10.2f} {rss:12.1f} {ratio} {target:10.1f}', '' if rss < target else '  OVER TARGET')"
done
