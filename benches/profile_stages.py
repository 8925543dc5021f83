#!/usr/bin/env python3
"""Where the time goes: the release command line under callgrind, cost per stage as shares.

    python3 benches/profile_stages.py                          # the bench articles, 20 passes, as --jsonl-input
    python3 benches/profile_stages.py ../shared/eval/data/quotes-polnear-dev.jsonl.gz --limit 40
    python3 benches/profile_stages.py FILE.txt                 # one plain-text article
    python3 benches/profile_stages.py --top 30                 # also the 30 costliest functions (self cost)

Counts instructions (Ir) with `valgrind --tool=callgrind`, which repeat exactly whatever else the
machine is doing, and prints the inclusive share of each pipeline stage in the whole run. Instructions
are not seconds (cache misses and branch mispredictions are not in them), but the shares track the
criterion stage benchmarks closely and are the same every run. The callgrind file is kept
(`--out`, default target/profile/callgrind.out) for `callgrind_annotate` or kcachegrind.
Corpora given by path are read where they are and never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(os.environ.get("COPYDESK_CLI", ROOT / "target" / "release" / "copydesk"))
DATA = ROOT / "crates" / "copydesk" / "benches" / "data"

# (row label, regex on the demangled function name). The inclusive cost of a row is the largest
# inclusive cost among the functions it matches (callgrind lists a function once per source file
# its inlined code came from; the largest entry is the whole function).
STAGES = [
    ("whole run", r"^\(below main\)$|^main$"),
    ("parser build (gazetteers, automata)", r"ParserBuilder::build$|Recognizer::new$"),
    ("read input + JSON lines in", r"serde_json::de::from_str|serde_json::value::de|BufRead::read_line|read_until"),
    ("parse (all stages)", r"copydesk::Parser::parse(_owned)?$"),
    ("  structure::analyze (with sentences)", r"copydesk::structure::analyze$"),
    ("    sentences::split", r"copydesk::sentences::split$"),
    ("  entities (Recognizer::extract)", r"copydesk::entities::Recognizer::extract$"),
    ("  quotes::extract", r"copydesk::quotes::extract(_with)?$"),
    ("Article::to_json (record + JSON out)", r"copydesk::article::Article::to_json$"),
    ("  Record::from_article (code points)", r"copydesk::record::Record::from_article$"),
    ("write output", r"LineWriter|std::io::Write::write_fmt|write_all$"),
    # glibc's names, then mimalloc's (the CLI's allocator since session 5)
    ("malloc/free/realloc", r"^(malloc|free|realloc|cfree|_int_malloc|_int_free|__libc_malloc|__libc_free|mi_malloc|mi_free|mi_realloc|mi_malloc_aligned|mi_heap_malloc_aligned_at|mi_zalloc_aligned|mi_realloc_aligned)$"),
]

LINE = re.compile(r"^\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)$")


def load_docs(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [{"id": d.get("id", str(i)), "text": d["text"]} for i, d in enumerate(docs)][:limit]


def function_of(entry: str) -> str:
    # "file:function [object]" or "???:function [object]"
    entry = re.sub(r"\s+\(\d[\d,]*x\)$", "", entry)  # call counts
    entry = re.sub(r"\s+\[[^\]]*\]$", "", entry)
    fn = entry.split(":", 1)[1] if ":" in entry and not entry.startswith("<") else entry
    # file paths may contain ':' only in the function part (Rust paths): split at the first ':'
    # that follows a file name
    m = re.match(r"^(?:[^:]*\.(?:rs|c|h|S)|\?\?\?|[^:]*/[^:]*):(.*)$", entry)
    if m:
        fn = m.group(1)
    return re.sub(r"'\d+$", "", fn.strip())


def annotate(outfile: Path, inclusive: bool) -> dict[str, int]:
    text = subprocess.run(
        [
            "callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--auto=no",
            "--threshold=100", str(outfile),
        ],
        capture_output=True, text=True, check=True,
    ).stdout
    best: dict[str, int] = defaultdict(int)
    for line in text.splitlines():
        m = LINE.match(line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        cost = int(m.group(1).replace(",", ""))
        fn = function_of(m.group(2))
        if inclusive:
            best[fn] = max(best[fn], cost)
        else:
            best[fn] += cost
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, help=".txt article or .jsonl[.gz] corpus")
    ap.add_argument("--limit", type=int, help="at most this many documents of a corpus")
    ap.add_argument("--passes", type=int, default=20, help="passes over the bench articles (default input)")
    ap.add_argument("--top", type=int, default=0, help="also list the N costliest functions by self cost")
    ap.add_argument("--out", type=Path, default=ROOT / "target" / "profile" / "callgrind.out")
    args = ap.parse_args()
    if not CLI.exists():
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "copydesk-cli"], cwd=ROOT, check=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        if args.input and args.input.suffix == ".txt":
            cmd = [str(CLI), "parse", "--format", "jsonl", "--threads", "1", str(args.input)]
            what = str(args.input)
            nbytes = args.input.stat().st_size
        else:
            if args.input:
                docs = load_docs(args.input, args.limit)
                what = f"{len(docs)} docs of {args.input}"
            else:
                arts = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(DATA.glob("*.txt"))]
                docs = arts * args.passes
                what = f"bench articles x {args.passes}"
            path = Path(tmp) / "in.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            cmd = [str(CLI), "parse", "--format", "jsonl", "--threads", "1", "--jsonl-input", str(path)]
            nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
        err = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={args.out}", *cmd],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        ).stderr
    total = int(re.search(r"Collected : (\d+)", err).group(1))
    incl = annotate(args.out, inclusive=True)

    print(f"input: {what}, {nbytes / 1e3:.0f} kB of article text; {total:,} instructions "
          f"({total / max(nbytes, 1):.0f} per byte)")
    parents: dict[int, int] = {}
    print(f"{'stage':<40} {'instructions':>15} {'% of run':>9} {'% of parent':>12} {'Ir/byte':>8}")
    for label, pattern in STAGES:
        rx = re.compile(pattern)
        cost = max((c for fn, c in incl.items() if rx.search(fn)), default=0)
        if label == "whole run":
            cost = max(cost, total)
        depth = (len(label) - len(label.lstrip())) // 2
        parents[depth] = cost
        parent = parents.get(depth - 1) if depth else None
        share = f"{cost / parent * 100:11.1f}%" if parent else " " * 12
        print(f"{label:<40} {cost:>15,} {cost / total * 100:8.1f}% {share} {cost / max(nbytes, 1):8.1f}")

    if args.top:
        self_cost = annotate(args.out, inclusive=False)
        print(f"\ntop {args.top} functions by self cost:")
        for fn, c in sorted(self_cost.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"{c / total * 100:6.1f}%  {fn[:150]}")
    print(f"\ncallgrind file: {args.out}")


if __name__ == "__main__":
    sys.exit(main())
