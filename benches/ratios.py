#!/usr/bin/env python3
"""Summarise the criterion results in target/criterion as MB/s and ratios.

    cargo bench -p copydesk -- --warm-up-time 1 --measurement-time 3
    python3 benches/ratios.py [--json]

Prints, from the last run of each benchmark: throughput per benchmark; each stage's share of the
end-to-end time per article size; the scaling ratios (time at 10x and 100x the input over time at
1x; linear is 10 and 100, the target is 100x <= 110x); the start-up time. Criterion's point estimate
of the mean is used throughout. On a shared, noisy machine compare figures from one run only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRIT = ROOT / "target" / "criterion"


def results() -> dict[str, dict]:
    out = {}
    for bench in CRIT.rglob("new/benchmark.json"):
        meta = json.loads(bench.read_text())
        est = json.loads((bench.parent / "estimates.json").read_text())
        ns = est["mean"]["point_estimate"]
        tp = meta.get("throughput") or {}
        nbytes = tp.get("Bytes") or tp.get("BytesDecimal")
        out[meta["full_id"]] = {"ns": ns, "bytes": nbytes}
    return out


def fmt_time(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:8.2f} {unit}"
    return f"{ns:8.1f} ns"


def main() -> None:
    res = results()
    if not res:
        sys.exit(f"ratios.py: no criterion results under {CRIT}; run `cargo bench -p copydesk` first")
    summary: dict = {"mbps": {}, "share": {}, "scaling": {}, "startup_ns": {}}

    print("benchmark                                      time       MB/s")
    for name in sorted(res):
        r = res[name]
        mbps = r["bytes"] / r["ns"] * 1e3 if r["bytes"] else None
        summary["mbps"][name] = mbps
        col = f"{mbps:10.1f}" if mbps is not None else " " * 10
        print(f"{name:<42} {fmt_time(r['ns'])} {col}")

    sizes = [s for s in ("short", "typical", "long") if f"parse_article/{s}" in res]
    if sizes:
        print("\nstage time / parse_article time (the stages should add up to about 1):")
        stages = ["structure", "sentences", "entities", "quotes", "to_json", "copy_text"]
        print(f"{'':<10}" + "".join(f"{s:>11}" for s in stages))
        for size in sizes:
            total = res[f"parse_article/{size}"]["ns"]
            row = {}
            for st in stages:
                r = res.get(f"stage/{st}/{size}")
                row[st] = r["ns"] / total if r else None
            summary["share"][size] = row
            print(f"{size:<10}" + "".join(f"{v:11.3f}" if v is not None else f"{'-':>11}" for v in row.values()))
        print("(sentences run inside structure; to_json is not part of parse_article but of every CLI record)")

    kinds = sorted({n.split("/")[1] for n in res if n.startswith("scaling/")} - {"separate"})
    if kinds:
        print("\nscaling: time(Nx) / time(1x)   (linear: 10 and 100; target 100x <= 110)")
        for kind in kinds:
            base = res.get(f"scaling/{kind}/1x")
            if not base:
                continue
            r10 = res.get(f"scaling/{kind}/10x")
            r100 = res.get(f"scaling/{kind}/100x")
            # Bytes grow a little less than Nx (the head and trailer are not repeated): also
            # give the ratio per byte.
            def ratio(r):
                return r["ns"] / base["ns"] if r else None

            def per_byte(r):
                return (r["ns"] / r["bytes"]) / (base["ns"] / base["bytes"]) if r else None

            summary["scaling"][kind] = {
                "10x": ratio(r10), "100x": ratio(r100),
                "10x_per_byte": per_byte(r10), "100x_per_byte": per_byte(r100),
                "bytes_100x_over_1x": r100["bytes"] / base["bytes"] if r100 else None,
            }
            s = summary["scaling"][kind]
            print(
                f"  {kind:<12} 10x: {s['10x'] or float('nan'):7.2f}   100x: {s['100x'] or float('nan'):7.2f}"
                f"   (input {s['bytes_100x_over_1x'] or float('nan'):.1f}x the bytes; time per byte at 100x"
                f" = {s['100x_per_byte'] or float('nan'):.2f} x that at 1x)"
            )

    sep, rep = res.get("scaling/separate/100x"), res.get("scaling/repeat/100x")
    if sep and rep:
        per_byte = (sep["ns"] / sep["bytes"]) / (rep["ns"] / rep["bytes"])
        summary["scaling"]["separate_over_repeat_100x_per_byte"] = per_byte
        print(
            f"  time per byte, 100 separate articles / one article 100x as long: {per_byte:.2f}"
            " (the per-article fixed cost; 1.0 would be none)"
        )

    starts = {n: r["ns"] for n, r in res.items() if n.startswith("startup/")}
    if starts:
        print("\nstart-up (target < 30 ms). cold_build: a fresh process builds the default parser and parses"
              "\none short article, minus a second parse of it; warm_build: Parser::builder().build() again")
        for n, ns in sorted(starts.items()):
            summary["startup_ns"][n] = ns
            print(f"  {n:<44} {fmt_time(ns)}")

    if "--json" in sys.argv:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
