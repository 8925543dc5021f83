"""Every offset is a Python string index: text[start:end] == span.text, with non-ASCII text."""

from __future__ import annotations

import pytest

import copydesk
from conftest import RICH_TEXT, all_spans, rich_record


def check(article: copydesk.Article) -> int:
    text = article.text
    n = 0
    for s in all_spans(article):
        assert 0 <= s.start <= s.end <= len(text), s
        assert text[s.start : s.end] == s.text, s
        n += 1
    for q in article.quotes:
        assert q.text == " ".join(text[s.start : s.end] for s in q.spans)
    return n


def test_rich_article_offsets(rich: copydesk.Article) -> None:
    assert check(rich) > 15
    # The emoji before "unveiled" and the combining mark in "Renée" shift nothing.
    e3 = rich.entities[2].mentions[0]
    assert rich.text[e3.start : e3.end] == "Rene\u0301e Okafor"


def test_parsed_offsets_with_user_entities_after_emoji_and_combining_marks() -> None:
    # The real path: Rust byte spans -> code points, not a hand-made record.
    parser = copydesk.Parser(entities=[("Zoë Ashby", "PERSON"), ("Acme Widgets", "ORG"),
                                       ("Rene\u0301e Okafor", "PERSON"), ("東京 Holdings", "ORG")])
    a = parser.parse(RICH_TEXT)
    names = {e.name: e for e in a.entities}
    assert {"Zoë Ashby", "Acme Widgets", "Rene\u0301e Okafor", "東京 Holdings"} <= set(names)
    assert len(names["Acme Widgets"].mentions) == 2
    assert names["東京 Holdings"].label == "ORG"
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text
            # the entity's name, or a form of it the record lists ("SAN JOSÉ" of a dateline is
            # an alias of San José)
            assert m.text == e.name or m.text in e.aliases, (m.text, e.name, e.aliases)
    assert "SAN JOSÉ" in names["San José"].aliases
    assert check(a) > 10


@pytest.mark.parametrize(
    "text",
    [
        "Emoji 🎉 Title\n\nA 🎉 sentence with 👩‍👩‍👧 family emoji. Another one 🇫🇷 here.\n",
        "Combining Marks\n\nRene\u0301e and Zoe\u0308 met Jose\u0301. The end.\n",
        "Windows Lines\r\n\r\nFirst paragraph here.\r\nSecond line.\r\n\r\nLast one, café.\r\n",
        "العربية عنوان\n\nنص عربي هنا. جملة ثانية.\n",
        "\u200bZero\u00a0Width\n\n\ufeffA paragraph\u00a0with odd spaces. And more.\n",
        "",
        "\x00\x01 control \x7f characters\n\nStill text.\n",
    ],
)
def test_offsets_are_string_indexes(text: str) -> None:
    a = copydesk.parse_article(text)
    assert a.text == text
    check(a)


def test_bundled_examples(example_text: str) -> None:
    a = copydesk.parse_article(example_text)
    assert check(a) > 3


def test_from_json_refuses_offsets_that_do_not_match_the_text() -> None:
    record = rich_record()
    record["entities"][0]["mentions"][0]["start"] += 1
    with pytest.raises(copydesk.InputError, match=r"entities\[0\]\.mentions\[0\]"):
        copydesk.Article.from_dict(record)
    record = rich_record()
    record["quotes"][0]["spans"][0]["end"] = len(RICH_TEXT) + 5
    with pytest.raises(copydesk.InputError, match=r"quotes\[0\]\.spans\[0\]"):
        copydesk.Article.from_dict(record)


PIECES = ["Mayor", "Zoë", "Ashby", "said", "\u201c", "\u201d", '"', "'", "🎉", "e\u0301", "東京", "\n", "\n\n",
          "\r\n", ".", ",", " ", "  ", "By", "Jane", "Doe", "$2.4 billion", "Monday", "U.S.", "—", "\u200b",
          "Acme Widgets", "(Reuters)", "-", "Comments", "Share this", "العربية", "\x00"]


@pytest.mark.parametrize("seed", range(40))
def test_random_texts_keep_offsets_and_round_trip(seed: int) -> None:
    import random

    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 400)))
    a = copydesk.parse_article(text)
    assert a.text == text
    check(a)
    again = copydesk.Article.from_json(a.to_json())
    assert again == a and again.to_dict() == a.to_dict()
