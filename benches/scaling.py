#!/usr/bin/env python3
"""Scaling of the command line: the same article material at 1x, 10x and 100x length.

    python3 benches/scaling.py            # instruction counts under valgrind (steady on a busy machine)
    python3 benches/scaling.py --wall     # wall-clock time instead, best of several runs

Builds the scaled articles exactly as crates/copydesk/benches/common/mod.rs does (the typical bench
article's body repeated; `fresh-names` renames the people in every copy so the number of distinct
entities grows too), runs `target/release/copydesk parse FILE` on each, subtracts the cost of the same
command on an empty file (start-up), and prints cost(Nx) / cost(1x). Linear is 10 and 100; the target
is 100x the input for at most 110x the cost. Instruction counts are not time, but they are repeatable
to the instruction, which wall-clock time on a shared 2-core machine is not; the criterion
`scaling` group (`benches/ratios.py`) gives the time ratios.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "target" / "release" / "copydesk"
TYPICAL = ROOT / "crates" / "copydesk" / "benches" / "data" / "typical.txt"
SURNAMES = ["Olsen", "Achebe", "Rahman", "Ortega", "Whitfield", "Kowalczyk"]
SYL_A = ["Hal", "Mor", "Bren", "Cas", "Dun", "Fen", "Gar", "Lind", "Ral", "Thorn"]
SYL_B = ["a", "e", "i", "o", "u", "ar", "el", "in", "or", "um"]
SYL_C = ["wick", "ford", "ton", "more", "ley", "stead", "worth", "ham", "ridge", "by"]


def surname(n: int) -> str:
    return SYL_A[n % 10] + SYL_B[(n // 10) % 10] + SYL_C[(n // 100) % 10]


def scaled(copies: int, fresh_names: bool) -> str:
    """Mirror of `common::scaled` in the criterion benches."""
    text = TYPICAL.read_text(encoding="utf-8")
    start, end = text.index("MILWAUKEE"), text.index("Related Stories")
    head, body, tail = text[:start], text[start:end], text[end:]
    parts = [head]
    for k in range(copies):
        if k == 0 or not fresh_names:
            parts.append(body)
        else:
            copy = body
            for i, name in enumerate(SURNAMES):
                copy = copy.replace(name, surname(k * len(SURNAMES) + i))
            parts.append(copy)
    parts.append(tail)
    return "".join(parts)


def cli(path: Path) -> list[str]:
    return [str(CLI), "parse", "--format", "jsonl", "--threads", "1", "--jsonl-input", str(path)]


def instructions(path: Path) -> int:
    err = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cli(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    ).stderr
    m = re.search(r"Collected : (\d+)", err)
    if not m:
        sys.exit(f"scaling.py: no instruction count from valgrind:\n{err}")
    return int(m.group(1))


def wall(path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cli(path), stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wall", action="store_true", help="time with the clock instead of valgrind")
    ap.add_argument("--runs", type=int, default=7, help="runs per input with --wall (best is kept)")
    ap.add_argument("--max", type=int, default=100, help="largest multiple (default 100)")
    args = ap.parse_args()
    if not CLI.exists():
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "copydesk-cli"], cwd=ROOT, check=True)
    use_valgrind = not args.wall and shutil.which("valgrind")
    measure = instructions if use_valgrind else (lambda p: wall(p, args.runs))
    unit = "instructions" if use_valgrind else "seconds (best of %d)" % args.runs

    multiples = [m for m in (1, 10, 100, 1000) if m <= args.max]
    def line(doc_id: str, text: str) -> str:
        return json.dumps({"id": doc_id, "text": text}) + "\n"

    warm = line("warm-up", scaled(1, False))
    with tempfile.TemporaryDirectory() as tmp:
        warm_path = Path(tmp) / "warm.jsonl"
        warm_path.write_text(warm, encoding="utf-8")
        base = measure(warm_path)
        print(f"cost unit: {unit}; start-up + warm-up document = {base:,}" if use_valgrind else
              f"cost unit: {unit}; start-up + warm-up document = {base * 1e3:.2f} ms")
        for kind, fresh in (("repeat", False), ("fresh-names", True)):
            costs = {}
            for m in multiples:
                path = Path(tmp) / f"{kind}-{m}.jsonl"
                text = scaled(m, fresh)
                path.write_text(warm + line(f"{kind}-{m}x", text), encoding="utf-8")
                costs[m] = (measure(path) - base, len(text.encode("utf-8")))
            one, one_bytes = costs[1]
            cells = "   ".join(
                f"{m}x: {c / one:8.2f} for {b / one_bytes:6.1f}x the bytes (per byte {(c / one) / (b / one_bytes):.2f})" for m, (c, b) in costs.items() if m > 1
            )
            print(f"{kind:<12} cost(Nx)/cost(1x)  {cells}")
        print("linear is the byte ratio; target: 100x the input for at most 110x the cost")


if __name__ == "__main__":
    main()
