"""pandas frames: one row per entity / mention / quote, with the article id."""

from __future__ import annotations

import subprocess
import sys

import pytest

import copydesk
import copydesk.frames as frames
from conftest import RICH_TEXT

pd = pytest.importorskip("pandas")


def test_entities_frame(rich: copydesk.Article) -> None:
    other = copydesk.parse_article("Plain Story\n\nNothing named here.\n", id="plain")
    df = frames.entities([rich, other])
    assert list(df.columns) == frames.ENTITY_COLUMNS
    assert len(df) == len(rich.entities) == 5
    assert set(df["article"]) == {0} and set(df["article_id"]) == {"rich-1"}
    row = df[df["entity"] == "E1"].iloc[0]
    assert (row["label"], row["name"], row["mentions"]) == ("PERSON", "Zoë Ashby", 2)
    assert row["aliases"] == ("Ashby",)
    assert row["first_start"] == RICH_TEXT.index("Zoë Ashby")


def test_mentions_frame(rich: copydesk.Article) -> None:
    df = frames.mentions(rich)
    assert list(df.columns) == frames.MENTION_COLUMNS
    assert len(df) == sum(len(e.mentions) for e in rich.entities)
    for row in df.itertuples():
        assert RICH_TEXT[row.start : row.end] == row.text


def test_quotes_frame_who_said_what(rich: copydesk.Article) -> None:
    df = frames.quotes([copydesk.parse_article("A\n\nB.\n"), rich])
    assert list(df.columns) == frames.QUOTE_COLUMNS
    assert list(df["speaker"]) == ["Zoë Ashby", "Rene\u0301e Okafor"]
    assert list(df["speaker_label"]) == ["PERSON", "PERSON"]
    assert list(df["article"]) == [1, 1]
    assert list(df["cue"]) == ["said", "called"]
    assert list(df["confidence"]) == [0.9, 0.75]


def test_empty_input_gives_empty_frames_with_columns() -> None:
    assert list(frames.quotes([]).columns) == frames.QUOTE_COLUMNS
    assert len(frames.entities([])) == 0


def test_error_markers_are_refused_with_a_hint() -> None:
    got = copydesk.parse_articles(["ok text", None], errors="return")
    with pytest.raises(copydesk.InputTypeError, match="drop them first"):
        frames.entities(got)  # type: ignore[arg-type]


def test_pandas_is_imported_lazily_with_a_helpful_error() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import copydesk, copydesk.frames\n"
        "assert 'pandas' not in sys.modules or sys.modules['pandas'] is None\n"
        "try:\n"
        "    copydesk.frames.entities([copydesk.parse_article('x')])\n"
        "except ImportError as e:\n"
        "    assert 'copydesk[pandas]' in str(e), e\n"
        "    print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"
    code = "import sys, copydesk, copydesk.frames; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
