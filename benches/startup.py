#!/usr/bin/env python3
"""Start-up of the copydesk command line: the whole process on an empty input.

    python3 benches/startup.py [--runs 50]

Runs `target/release/copydesk parse EMPTY` (plain text) and `... parse --jsonl-input EMPTY` many
times and prints the minimum and median wall time, next to `/bin/true` as the floor of starting any
process here. What is left is loading the binary, building the default parser (gazetteers and
automata: the criterion bench `startup/Parser::builder().build()` measures that part alone) and
writing one empty record. Target: under 30 ms. With valgrind present it also prints the instruction
count of one run, which does not move with the machine's load.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "target" / "release" / "copydesk"


def timings(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    if not CLI.exists():
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "copydesk-cli"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("")
        one = Path(tmp) / "one.txt"
        one.write_text("Mayor Opens Bridge\n\n\"It is open,\" said Mayor Ana Lopez of Springfield on Monday.\n")
        cases = {
            "/bin/true": ["/bin/true"],
            "copydesk parse EMPTY": [str(CLI), "parse", "--format", "jsonl", "--threads", "1", str(empty)],
            "copydesk parse --jsonl-input EMPTY": [str(CLI), "parse", "--format", "jsonl", "--threads", "1", "--jsonl-input", str(empty)],
            # one sentence: forces every table the stages build lazily on first use
            "copydesk parse ONE-SENTENCE": [str(CLI), "parse", "--format", "jsonl", "--threads", "1", str(one)],
        }
        print(f"{'command':<38} {'min ms':>8} {'median ms':>10}   ({args.runs} runs each)")
        res = {}
        for name, cmd in cases.items():
            t = timings(cmd, args.runs)
            res[name] = (min(t), statistics.median(t))
            print(f"{name:<38} {min(t) * 1e3:8.2f} {statistics.median(t) * 1e3:10.2f}")
        floor = res["/bin/true"][1]
        for name in ("copydesk parse EMPTY", "copydesk parse ONE-SENTENCE"):
            own = res[name][1] - floor
            print(f"{name}: own start-up (median minus /bin/true) {own * 1e3:.2f} ms (target < 30 ms)")
        if shutil.which("valgrind"):
            for name in ("copydesk parse EMPTY", "copydesk parse ONE-SENTENCE"):
                err = subprocess.run(
                    ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cases[name]],
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
                ).stderr
                m = re.search(r"Collected : (\d+)", err)
                if m:
                    print(f"instructions, {name}: {int(m.group(1)):,}")


if __name__ == "__main__":
    main()
