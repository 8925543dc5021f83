#!/usr/bin/env python3
"""How much of a stream's time is the processor meeting new text: one build, three orders.

    python3 benches/order.py [BIN] [CORPUS.jsonl[.gz]] [--passes P] [--rounds N]

The same articles, the same bytes and the same instructions, in three orders, each run by the
command line with one thread (CPU time of the child, alternating, median of the rounds):
- `stream`: the corpus P times over (every article meets P - 1 others before it comes again: the
  case that matters, as `ab.py` runs it);
- `grouped`: each article P times in a row;
- `shuffled`: each article P times in a row, its paragraphs in a new order each time (the same
  words and sentences, in a new sequence).

Every row parses exactly the same text, so the instructions are the same to within the few that
the paragraph order moves, and cachegrind's cache model gives the same cache misses for `stream`
and `grouped`. What `grouped` saves is what the processor learns from having just seen the text:
its branch predictor's history of the article's data-dependent branches (docs/design/performance.md,
"Where the time goes on distinct articles"). The ratio stream/grouped is the price of reading new
text; `shuffled` tells whether that history is the article's (shuffled near stream) or its
sentences' (shuffled near grouped).

With `--perf N` it also samples the CPU clock (`perf record -e cpu-clock`, as `perf_top.py`) over
the `stream` and `grouped` orders and lists the modules and the N functions whose self time grows
most from the one to the other: where the processor pays for new text. Use a build without fat
LTO for readable functions (`perf_top.py`'s note: `target/nolto/release/copydesk`).

Default: the repository's article texts, 200 passes (a corpus: 20), as `ab.py`. Corpora are read in place and
written to temporary files, never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ab import ROOT, load_docs, run  # noqa: E402


def streams(docs: list[tuple[str, str]], passes: int) -> dict[str, str]:
    line = lambda i, t: json.dumps({"id": i, "text": t}) + "\n"  # noqa: E731
    stream = "".join(line(i, t) for i, t in docs) * passes
    grouped = "".join(line(i, t) * passes for i, t in docs)
    rng = random.Random(17)
    shuffled = []
    for i, t in docs:
        paras = t.split("\n")
        for _ in range(passes):
            rng.shuffle(paras)
            shuffled.append(line(i, "\n".join(paras)))
    return {"stream": stream, "grouped": grouped, "shuffled": "".join(shuffled)}


def self_samples(binary: str, path: str, freq: int) -> Counter[str]:
    """Samples of self time by function of one run of `binary` over `path`."""
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "perf.data")
        cmd = [binary, "parse", "--threads", "1", "--jsonl-input", path]
        subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", str(freq), "-o", data, "--", *cmd],
                       stdout=subprocess.DEVNULL, check=True)
        report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "symbol",
                                 "-F", "sample,sym", "--stdio", "-g", "none"],
                                capture_output=True, text=True, check=True).stdout
    samples: Counter[str] = Counter()
    for line in report.splitlines():
        m = re.match(r"^\s*(\d+)\s+\[(.)\]\s+(.*?)\s*$", line)
        if m:
            name = re.sub(r"(\s+-)+$", "", m.group(3))
            samples[name if m.group(2) == "." else f"[k] {name}"] += int(m.group(1))
    return samples


def perf_table(binary: str, paths: dict[str, str], top: int, freq: int) -> None:
    from perf_top import MODULES

    stream = self_samples(binary, paths["stream"], freq)
    grouped = self_samples(binary, paths["grouped"], freq)
    total_s, total_g = sum(stream.values()), sum(grouped.values())
    print(f"\nperf: {total_s} samples in stream, {total_g} grouped ({freq}/s): self time by module, "
          "stream / grouped, and the stream's extra samples as a share of all its extra")
    extra = total_s - total_g or 1
    by_module: dict[str, list[int]] = {}
    for sym in stream.keys() | grouped.keys():
        row = next((name for name, rx in MODULES if re.search(rx, sym)), "other")
        acc = by_module.setdefault(row, [0, 0])
        acc[0] += stream[sym]
        acc[1] += grouped[sym]
    for name, (s, g) in sorted(by_module.items(), key=lambda kv: kv[1][1] - kv[1][0]):
        print(f"  {name:<28}{s:7} {g:7}  x{s / max(g, 1):4.2f}  {100 * (s - g) / extra:5.1f} % of the extra")
    print(f"\ntop {top} functions by extra self time in stream:")
    rows = sorted(((stream[k] - grouped[k], k) for k in stream.keys() | grouped.keys()), reverse=True)
    for d, k in rows[:top]:
        print(f"  {stream[k]:6} {grouped[k]:6}  x{stream[k] / max(grouped[k], 1):4.2f}  "
              f"{100 * d / extra:5.1f} %  {k[:100]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default=str(ROOT / "target" / "release" / "copydesk"))
    ap.add_argument("input", nargs="?", type=Path, help=".jsonl[.gz] corpus (default: the repository's article texts)")
    ap.add_argument("--passes", type=int, help="passes over the input (default 200 bench, 20 corpus)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--perf", type=int, metavar="N", help="also sample stream and grouped with perf; list N functions")
    ap.add_argument("--freq", type=int, default=10000, help="perf samples per second")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    passes = args.passes or (20 if args.input else 200)
    texts = streams(load_docs(args.input), passes)
    paths = {}
    try:
        for name, body in texts.items():
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
                fh.write(body)
                paths[name] = fh.name
        times: dict[str, list[float]] = {name: [] for name in texts}
        for r in range(args.rounds):
            names = list(texts) if r % 2 == 0 else list(reversed(texts))
            for name in names:
                times[name].append(run(binary, paths[name]))
        if args.perf:
            if not shutil.which("perf"):
                sys.exit("order.py: --perf needs `perf` (Debian: apt-get install linux-perf)")
            perf_table(binary, paths, args.perf, args.freq)
    finally:
        for p in paths.values():
            os.unlink(p)
    mb = len(texts["stream"].encode()) / 1e6
    base = statistics.median(times["grouped"])
    print(f"input: {mb:.1f} MB of JSON lines per order, {args.rounds} rounds; load {os.getloadavg()[0]:.1f}")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"{name:9} CPU s {' '.join(f'{t:.3f}' for t in ts)}  median {m:.3f} ({mb / m:.1f} MB/s), "
              f"/grouped {m / base:.2f}")


if __name__ == "__main__":
    main()
