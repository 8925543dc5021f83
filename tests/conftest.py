"""Shared helpers: articles with entities and quotes made by hand, so the binding contract is
tested whatever the rule stages find today."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import copydesk

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))

# Non-ASCII on purpose: accented names, an emoji (one code point, four UTF-8 bytes, two UTF-16
# units), a combining acute accent (two code points, one grapheme), curly quotes, CJK.
RICH_TEXT = (
    "Café Owners Cheer 🎉 New Harbor Plan\n"
    "\n"
    "By José Núñez\n"
    "\n"
    "SAN JOSÉ — Mayor Zoë Ashby 🌊 unveiled the plan on Monday with Acme Widgets. "
    "“We will not let the water win,” said Zoë Ashby, a former engineer. "
    "Rene\u0301e Okafor of 東京 Holdings called it “overdue.”\n"
    "\n"
    "The Money\n"
    "\n"
    "The plan costs $2.4 billion 💶 and Acme Widgets will build the first wall. "
    "<script>alert('x')</script> was found in a comment.\n"
)


# A name only a watch list can find (lower case, so no rule takes it for a name).
KETTLE_TEXT = "Quiet Day at the Pier\n\nThe kettle club met on the pier. Later the kettle club said nothing.\n"
KETTLE = ("kettle club", "ORG")


def kettle_entities(article: copydesk.Article) -> list[tuple[str, str, int]]:
    """The watch-list entity of KETTLE_TEXT as (name, label, mentions), if found."""
    return [(e.name, e.label, len(e.mentions)) for e in article.entities if e.name == KETTLE[0]]


def span(text: str, piece: str, nth: int = 0) -> dict[str, Any]:
    """The record span of the nth occurrence of `piece` in `text` (Python string indexes)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece), "text": piece}


def rich_record() -> dict[str, Any]:
    """A record parsed from RICH_TEXT, with entities and quotes written in by hand."""
    text = RICH_TEXT
    record = copydesk.parse_article(text, id="rich-1").to_dict()
    record["entities"] = [
        {
            "id": "E1",
            "label": "PERSON",
            "name": "Zoë Ashby",
            "aliases": ["Ashby"],
            "mentions": [span(text, "Zoë Ashby"), span(text, "Zoë Ashby", 1)],
            "descriptions": ["a former engineer"],
        },
        {
            "id": "E2",
            "label": "ORG",
            "name": "Acme Widgets",
            "aliases": [],
            "mentions": [span(text, "Acme Widgets"), span(text, "Acme Widgets", 1)],
            "descriptions": [],
        },
        {
            "id": "E3",
            "label": "PERSON",
            "name": "Rene\u0301e Okafor",
            "aliases": [],
            "mentions": [span(text, "Rene\u0301e Okafor")],
            "descriptions": [],
        },
        {
            "id": "E4",
            "label": "ORG",
            "name": "東京 Holdings",
            "aliases": [],
            "mentions": [span(text, "東京 Holdings")],
            "descriptions": [],
        },
        {
            "id": "E5",
            "label": "MONEY",
            "name": "$2.4 billion",
            "aliases": [],
            "mentions": [span(text, "$2.4 billion")],
            "descriptions": [],
        },
    ]
    q1 = span(text, "We will not let the water win,")
    q2 = span(text, "overdue.")
    record["quotes"] = [
        {
            "id": "Q1",
            "kind": "direct",
            "text": q1["text"],
            "spans": [{"start": q1["start"], "end": q1["end"]}],
            "speaker": {"entity": "E1", "name": "Zoë Ashby", "mention": span(text, "Zoë Ashby", 1)},
            "cue": span(text, "said"),
            "confidence": 0.9,
        },
        {
            "id": "Q2",
            "kind": "partial",
            "text": q2["text"],
            "spans": [{"start": q2["start"], "end": q2["end"]}],
            "speaker": {"entity": "E3", "name": "Rene\u0301e Okafor", "mention": None},
            "cue": span(text, "called"),
            "confidence": 0.75,
        },
    ]
    return record


@pytest.fixture
def rich() -> copydesk.Article:
    """RICH_TEXT with hand-made entities and quotes."""
    return copydesk.Article.from_dict(rich_record())


@pytest.fixture(params=[p.name for p in EXAMPLE_ARTICLES])
def example_text(request: pytest.FixtureRequest) -> str:
    """Each bundled example article."""
    name: str = request.param
    return (ROOT / "examples" / "articles" / name).read_text(encoding="utf-8")


def all_spans(article: copydesk.Article) -> list[Any]:
    """Every object with start, end and text in an article."""
    out: list[Any] = [s for s in (article.title, article.subtitle, article.byline) if s is not None]
    for section in article.sections:
        if section.heading is not None:
            out.append(section.heading)
        for p in section.paragraphs:
            out.append(p)
            out.extend(p.sentences)
    out.extend(article.boilerplate)
    for e in article.entities:
        out.extend(e.mentions)
    for q in article.quotes:
        out.extend(q.spans)
        if q.cue is not None:
            out.append(q.cue)
        if q.speaker is not None and q.speaker.mention is not None:
            out.append(q.speaker.mention)
    return out
