#!/usr/bin/env python3
"""Where the time goes in real time: the release command line sampled by `perf`, self time per module.

    python3 benches/perf_top.py                                 # the bench articles, 500 passes
    python3 benches/perf_top.py ../shared/eval/data/quotes-polnear-dev.jsonl.gz --passes 20
    python3 benches/perf_top.py CORPUS.jsonl --top 40           # also the 40 costliest functions

`benches/profile_stages.py` counts instructions, which repeat exactly but miss cache misses and
branch mispredictions: a probe into a large word table can be 2 % of the instructions and 4 % of the
time. This script samples the CPU clock instead (`perf record -e cpu-clock`: a software event, so it
works on a VM without hardware counters) and sums the self time of the samples by module of the
code (`copydesk::entities::*`, `copydesk::quotes::*`, the allocator, `memcpy`, ...). Samples are time,
so they are as noisy as the machine; shares within one run compare.

Fat LTO inlines the stages into their callers: build once without it for readable modules,
    CARGO_TARGET_DIR=target/nolto CARGO_PROFILE_RELEASE_LTO=false \\
        CARGO_PROFILE_RELEASE_CODEGEN_UNITS=4 cargo build --release -p copydesk-cli
and point the script at it with COPYDESK_CLI=target/nolto/release/copydesk.
Needs `perf` (Debian: linux-perf). Corpora given by path are read in place, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

# The CLI, the bench articles and the corpus loader are profile_stages.py's (same directory).
from profile_stages import CLI, DATA, ROOT, load_docs

# (row, regex on the symbol): the first that matches takes the sample.
MODULES = [
    ("entities", r"copydesk::entities::"),
    ("structure", r"copydesk::structure::"),
    ("sentences", r"copydesk::sentences::"),
    ("quotes", r"copydesk::quotes::"),
    ("JSON record out", r"copydesk::record::|copydesk::article::|itoa::|count_chars"),
    ("HTML to text", r"copydesk::html::|html5ever|markup5ever"),
    ("command line (read, write)", r"copydesk::output::|copydesk::docs::|serde_json::|serde_core::|from_utf8"),
    ("hash maps", r"hashbrown::|HashMap|HashSet"),
    ("allocator", r"^_?mi_|^mi_|malloc|free|realloc"),
    ("memcpy/memmove/memcmp", r"memmove|memcpy|memcmp|memset"),
    ("memchr, aho-corasick", r"memchr::|aho_corasick::"),
    ("kernel", r"^\[k\]"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, help=".jsonl[.gz] corpus (default: the bench articles)")
    ap.add_argument("--passes", type=int, help="passes over the input (default 500 bench, 10 corpus)")
    ap.add_argument("--top", type=int, default=25, help="list the N costliest functions (self time)")
    ap.add_argument("--freq", type=int, default=4000, help="samples per second")
    args = ap.parse_args()
    if not shutil.which("perf"):
        sys.exit("perf_top.py: needs `perf` (Debian: apt-get install linux-perf)")
    if not CLI.exists():
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "copydesk-cli"], cwd=ROOT, check=True)

    if args.input:
        docs, passes = load_docs(args.input, None), args.passes or 10
    else:
        docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(DATA.glob("*.txt"))]
        passes = args.passes or 500
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs) * passes, encoding="utf-8")
        data = Path(tmp) / "perf.data"
        cmd = [str(CLI), "parse", "--format", "jsonl", "--threads", "1", "--jsonl-input", str(corpus)]
        subprocess.run(
            ["perf", "record", "-q", "-e", "cpu-clock", "-F", str(args.freq), "-o", str(data), "--", *cmd],
            stdout=subprocess.DEVNULL, check=True,
        )
        report = subprocess.run(
            ["perf", "report", "-i", str(data), "--no-children", "--sort", "symbol", "--stdio",
             "-g", "none", "--percent-limit", "0"],
            capture_output=True, text=True, check=True,
        ).stdout
    rows: list[tuple[float, str]] = []
    for line in report.splitlines():
        m = re.match(r"^\s*([\d.]+)%\s+\[(.)\]\s+(.*?)\s*$", line)
        if m:
            # perf pads the line with "-" columns for fields it has no value of.
            name = re.sub(r"(\s+-)+$", "", m.group(3))
            symbol = name if m.group(2) == "." else f"[k] {name}"
            rows.append((float(m.group(1)), symbol))
    if not rows:
        sys.exit("perf_top.py: perf recorded no samples")
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs) * passes
    print(f"input: {len(docs)} docs x {passes} passes, {nbytes / 1e6:.1f} MB of article text; "
          f"self time by module ({CLI})")
    shares: Counter[str] = Counter()
    for pct, symbol in rows:
        row = next((name for name, rx in MODULES if re.search(rx, symbol)), "other")
        shares[row] += pct
    for name, pct in shares.most_common():
        print(f"  {name:<30}{pct:6.1f}%")
    if os.environ.get("PERF_TOP_OTHER"):
        for pct, symbol in sorted(rows, reverse=True):
            if not any(re.search(rx, symbol) for _, rx in MODULES):
                print(f"    other {pct:5.2f}%  {symbol[:100]}")
    if args.top:
        print(f"\ntop {args.top} functions by self time:")
        for pct, symbol in sorted(rows, reverse=True)[: args.top]:
            print(f"  {pct:5.1f}%  {symbol[:110]}")


if __name__ == "__main__":
    main()
