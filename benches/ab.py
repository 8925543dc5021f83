#!/usr/bin/env python3
"""Two builds of the command line side by side: alternating runs, CPU time, the ratio new/base.

    python3 benches/ab.py BASE_BIN NEW_BIN [CORPUS.jsonl[.gz]] [--rounds N] [--passes P]

The way to tell whether a change made copydesk faster on a shared, noisy machine: each round runs
both binaries (in alternating order) with one thread on the same input, and the CPU time (user +
system, from `getrusage` of the children) of each run is recorded; the median of the per-round
ratios new/base is the figure (noise about +-2 % on a quiet 2-core host, more under load). The
input is a stream of **distinct** articles, the case that matters (docs/design/performance.md: a
repeated article runs twice as fast for the same instructions, because the processor learns its
branches): a JSON-lines corpus passed P times (default: compare.py's repository set, the article
texts of the repository, 200 passes; `../shared/eval/data/quotes-polnear-dev.jsonl.gz --passes 20` for real
news). Corpora are read in place and written to a temporary file, never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# compare.py's repository set: every article text of the repository.
REPO_SETS = [ROOT / "examples" / "articles", ROOT / "crates" / "copydesk" / "benches" / "data",
             ROOT / "crates" / "copydesk" / "tests" / "fixtures"]


def load_docs(path: Path | None) -> list[tuple[str, str]]:
    if path is None:
        return [(p.name, p.read_text(encoding="utf-8")) for d in REPO_SETS for p in sorted(d.glob("*.txt"))]
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [(str(d.get("id", i)), d["text"]) for i, d in enumerate(docs)]


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(binary: str, path: str) -> float:
    t0 = cpu()
    subprocess.run([binary, "parse", "--threads", "1", "--jsonl-input", path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return cpu() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("input", nargs="?", type=Path, help=".jsonl[.gz] corpus (default: the repository's article texts)")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--passes", type=int, help="passes over the input (default 200 bench, 20 corpus)")
    args = ap.parse_args()
    base, new = os.path.abspath(args.base), os.path.abspath(args.new)
    docs = load_docs(args.input)
    passes = args.passes or (20 if args.input else 200)
    one = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write(one * passes)
        path = fh.name
    try:
        mb = len(one.encode()) * passes / 1e6
        # The article text alone (UTF-8), the measure of the 50 MB/s target: the JSON lines are
        # 3-4 % longer (`json.dumps` writes every character outside ASCII as a \u escape).
        text_mb = sum(len(t.encode()) for _, t in docs) * passes / 1e6
        ta, tb = [], []
        for r in range(args.rounds):
            if r % 2:
                tb.append(run(new, path))
                ta.append(run(base, path))
            else:
                ta.append(run(base, path))
                tb.append(run(new, path))
    finally:
        os.unlink(path)
    ratios = [b / a for a, b in zip(ta, tb)]
    print(f"input: {len(docs)} docs x {passes} passes, {mb:.1f} MB of JSON lines, {text_mb:.1f} MB of text")
    print("base CPU s:", " ".join(f"{x:.3f}" for x in ta))
    print("new  CPU s:", " ".join(f"{x:.3f}" for x in tb))
    print(f"median base {statistics.median(ta):.3f} s ({mb / statistics.median(ta):.1f} MB/s), "
          f"new {statistics.median(tb):.3f} s ({mb / statistics.median(tb):.1f} MB/s); "
          f"median ratio new/base {statistics.median(ratios):.3f}, min/min {min(tb) / min(ta):.3f}; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"article text: base {text_mb / statistics.median(ta):.1f} MB/s, "
          f"new {text_mb / statistics.median(tb):.1f} MB/s")


if __name__ == "__main__":
    main()
