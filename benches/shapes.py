#!/usr/bin/env python3
"""Scaling on many shapes of text: each shape at 1x and 8x its size, the CPU-time ratio.

    python3 benches/shapes.py                 # every shape, 150 kB and 1.2 MB, best of 3 runs
    python3 benches/shapes.py --size 400000 --only quotes_pronouns,labels
    python3 benches/shapes.py --list

`scaling.py` measures one shape, the typical article repeated. A rule that is quadratic only on
some shape of text (every paragraph compared with every other of its length, every label line
against every entity) passes it and shows only when that shape comes in. This script writes a
set of shapes, most of them what real pages do a lot of (many quotations, many names, many short
lines, many headings, transcript labels, numbers, lists, repeated paragraphs) and some what no
page should do (no punctuation, unclosed quotation marks, deep HTML), each at a base size and at
eight times it, runs the release command line on each file (`copydesk parse FILE`, start-up
subtracted) and prints the ratio of the CPU times. Linear is 8. A quadratic path shows as
30-64, far outside the noise of a shared machine, so CPU time (the best of `--runs` runs) is
the first test; a shape above `--flag` (12) is run again under callgrind (when valgrind is
there), since time also grows when a big input's tables outgrow the caches, and is marked
superlinear when its instruction count grew more than `--flag` times too. `scaling.py` gives
the exact instruction ratios of the typical shape.

Every text is generated here from invented words and names; nothing is read from a corpus.
Not part of the test run (a timed check is no test on a shared machine), but the pathological
tests (`crates/copydesk/tests/pathological.rs`) parse several of these shapes at sizes where a
quadratic path would not finish.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(os.environ.get("COPYDESK_CLI", ROOT / "target" / "release" / "copydesk"))

SYL_A = ["Hal", "Mor", "Bren", "Cas", "Dun", "Fen", "Gar", "Lind", "Ral", "Thorn", "Vel", "Quin"]
SYL_B = ["a", "e", "i", "o", "u", "ar", "el", "in", "or", "um", "is", "an"]
SYL_C = ["wick", "ford", "ton", "more", "ley", "stead", "worth", "ham", "ridge", "by", "dale", "croft"]
FIRST = ["Ada", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Ulla"]
ORGS = ["Harbour Authority", "Ministry of Tides", "Northfield Council", "Grain Board",
        "Ferry Workers Union", "Coastal Bank", "Institute of Weather", "Lantern Party"]
PLACES = ["Port Vessel", "Lower Brindle", "Castmoor", "Fenwick Bay", "Dunridge", "Marrowdale"]


def surname(n: int) -> str:
    return SYL_A[n % 12] + SYL_B[(n // 12) % 12] + SYL_C[(n // 144) % 12]


def person(n: int) -> str:
    return f"{FIRST[n % 20]} {surname(n // 20 + n)}"


def fill(size: int, piece) -> str:
    """`piece(n)` for n = 0, 1, ... joined until the text is `size` bytes long."""
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        p = piece(n)
        out.append(p)
        total += len(p.encode())
        n += 1
    return "".join(out)


def prose(n: int) -> str:
    p, q = person(n), person(n + 7)
    return (f"{p}, who leads the {ORGS[n % 8]} in {PLACES[n % 6]}, met {q} on Tuesday. "
            f"The two spoke about the ferry timetable and the cost of the new pier. "
            f"{surname(n // 20 + n)} later said the talks had gone well.\n\n")


SHAPES = {
    # what pages do a lot of
    "prose_fresh_names": lambda n: prose(n),
    "quotes_named": lambda n: (f"\u201cThe pier will open in spring,\u201d said {person(n)}, "
                               f"a spokesman for the {ORGS[n % 8]}. \u201cWe are ready.\u201d\n\n"),
    "quotes_pronouns": lambda n: (f"\u201cWe waited a long time for this,\u201d she said. "
                                  f"\u201cIt matters to everyone here,\u201d he added.\n\n"),
    "quote_continues": lambda n: ("\u201cThe harbour was quiet that year and the boats stayed in.\n\n"
                                  if n else f"{person(0)} said:\n\n"),
    "indirect_reports": lambda n: (f"{person(n)} said that the council would review the plan, "
                                   f"according to officials, and {surname(n)} told reporters the "
                                   f"vote could come soon.\n\n"),
    "honorific_surnames": lambda n: ("Ana Varo, the harbour master, opened the meeting.\n\n" if n == 0
                                     else "Mr. Varo spoke next. Varo said the quay was safe.\n\n"),
    "labels_transcript": lambda n: (f"{surname(n).upper()}: We talked with {person(n + 3)} today.\n"
                                    f"HOST: Thank you for coming in.\n"),
    "short_lines_menu": lambda n: f"Home\nShare\nTweet\n{PLACES[n % 6]} {n}\nSubscribe\nMore\n",
    "headings_many": lambda n: (f"The {PLACES[n % 6]} Question Number {n}\n\n"
                                f"A short paragraph follows the heading and says very little.\n\n"),
    "numbers_money_dates": lambda n: (f"On March {n % 28 + 1}, {1990 + n % 30}, the fund paid "
                                      f"${n % 900 + 1}.{n % 10} million, up {n % 50} percent "
                                      f"from {n % 12 + 1}/{n % 28 + 1}/2021, or \u20ac{n * 3}bn.\n\n"),
    "acronyms_dense": lambda n: (f"The {ORGS[n % 8]} ({''.join(w[0] for w in ORGS[n % 8].split())}"
                                 f"{n % 10}) and the AB{n % 26}C met the XYZ in the U.S. and U.K. "
                                 f"at {n % 12 + 1} p.m.\n\n"),
    "bullets_list": lambda n: f"- {person(n)}, {ORGS[n % 8]}\n* item {n} of the list\n",
    "bylines_datelines": lambda n: (f"By {person(n)}\nUpdated March {n % 28 + 1}, 2024\n"
                                    f"{PLACES[n % 6].upper()} (Wire) \u2014 Boats left early.\n\n"),
    "repeated_paragraphs": lambda n: (prose(n % 3) if n % 2 else
                                      "Sign up for our newsletter to get the tide tables first.\n\n"),
    "same_length_paragraphs": lambda n: f"Paragraph number {n:08d} of the same length here.\n\n",
    # what no page should do
    "no_punctuation": lambda n: f"{person(n)} and the {ORGS[n % 8]} went to {PLACES[n % 6]} ",
    "one_long_sentence": lambda n: f"{person(n)}, {ORGS[n % 8]}, and ",
    "unclosed_quotes": lambda n: f"\u201cThe {PLACES[n % 6]} boats {person(n)} said \"and ",
    "only_capitals": lambda n: f"{surname(n)} {surname(n + 1)} {FIRST[n % 20]} ",
}

HTML_SHAPES = {
    "html_paragraphs": (lambda n: f"<p>{prose(n).strip()}</p>\n", "<html><body><article>",
                        "</article></body></html>"),
    "html_links_menu": (lambda n: f'<li><a href="/p/{n}">{PLACES[n % 6]} {n}</a></li>\n',
                        "<html><body><ul>", "</ul><p>One paragraph of text.</p></body></html>"),
    "html_same_length_paragraphs": (lambda n: f"<p>Paragraph number {n:08d} of the same length here.</p>\n",
                                    "<html><body><nav><a href=\"/\">Home</a></nav><main>",
                                    "</main><footer>Contact us</footer></body></html>"),
    "html_deep_nesting": (lambda n: "<div>", "<html><body>", "text</body></html>"),
    "html_table_cells": (lambda n: f"<tr><td>{person(n)}</td><td>{n}</td></tr>\n",
                         "<html><body><table>", "</table></body></html>"),
}


def cpu_of(cmd: list[str]) -> float:
    """CPU time (user + system) of one run of `cmd`, its output thrown away."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return usage.ru_utime + usage.ru_stime


def best(cmd: list[str], runs: int) -> float:
    return min(cpu_of(cmd) for _ in range(runs))


def instructions(cmd: list[str]) -> int:
    """Instructions of one run of `cmd` under callgrind (the same whatever the machine's load)."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         capture_output=True, text=True, check=False)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        raise SystemExit(f"no instruction count from valgrind:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def make(name: str, size: int) -> tuple[str, str]:
    """The text of shape `name` at `size` bytes, and its file suffix."""
    if name in SHAPES:
        return fill(size, SHAPES[name]), ".txt"
    piece, head, tail = HTML_SHAPES[name]
    return head + fill(size, piece) + tail, ".html"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=150_000, help="base size in bytes (default 150000)")
    ap.add_argument("--factor", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--flag", type=float, default=12.0, help="mark ratios above this (linear is --factor)")
    ap.add_argument("--only", help="comma-separated shape names")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    names = list(SHAPES) + list(HTML_SHAPES)
    if args.list:
        print("\n".join(names))
        return 0
    if args.only:
        names = [n for n in args.only.split(",") if n]
    if not CLI.exists():
        raise SystemExit(f"no CLI at {CLI}: cargo build --release -p copydesk-cli")
    flagged = []
    have_valgrind = shutil.which("valgrind") is not None
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("")
        base = best([str(CLI), "parse", "--threads", "1", str(empty)], max(args.runs, 5))
        print(f"CLI {CLI}; start-up {base * 1000:.1f} ms CPU; sizes {args.size} and "
              f"{args.size * args.factor} bytes; best of {args.runs} runs")
        print(f"{'shape':26} {'1x ms':>8} {f'{args.factor}x ms':>9} {'ratio':>6}")
        for name in names:
            secs, cmds = [], []
            for mult in (1, args.factor):
                text, suffix = make(name, args.size * mult)
                f = Path(tmp) / f"{name}-{mult}{suffix}"
                f.write_text(text, encoding="utf-8")
                cmds.append([str(CLI), "parse", "--threads", "1", "-f", "jsonl", str(f)])
                secs.append(max(best(cmds[-1], args.runs) - base, 1e-4))
            ratio = secs[1] / secs[0]
            note = ""
            if ratio > args.flag and have_valgrind:
                # Time also grows with the tables outgrowing the caches: instructions say
                # whether the work itself grew faster than the input.
                empty_ir = instructions([str(CLI), "parse", "--threads", "1", str(empty)])
                irs = [instructions(c) - empty_ir for c in cmds]
                ir_ratio = irs[1] / max(irs[0], 1)
                note = f"  (instructions {ir_ratio:.1f}x)"
                ratio = ir_ratio
            mark = "  <-- superlinear" if ratio > args.flag else ""
            if mark:
                flagged.append(name)
            print(f"{name:26} {secs[0] * 1000:8.1f} {secs[1] * 1000:9.1f} "
                  f"{secs[1] / secs[0]:6.1f}{note}{mark}", flush=True)
    print(f"{len(names) - len(flagged)} of {len(names)} shapes scale within {args.flag:g}x for "
          f"{args.factor}x the input" + (f"; superlinear: {', '.join(flagged)}" if flagged else ""))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
