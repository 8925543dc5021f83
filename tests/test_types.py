"""Types, attributes, reprs and the record round trip (to_dict / to_json / from_json)."""

from __future__ import annotations

import json

import pytest

import copydesk
from conftest import RICH_TEXT, rich_record


def test_parse_article_returns_article_with_schema_attributes() -> None:
    a = copydesk.parse_article(RICH_TEXT)
    assert type(a) is copydesk.Article
    assert type(a.text) is str and a.text == RICH_TEXT
    assert a.id is None
    assert isinstance(a.sections, tuple) and all(type(s) is copydesk.Section for s in a.sections)
    for s in a.sections:
        assert s.heading is None or type(s.heading) is copydesk.Span
        assert all(type(p) is copydesk.Paragraph for p in s.paragraphs)
        for p in s.paragraphs:
            assert isinstance(p.sentences, tuple)
            assert all(type(x) is copydesk.Sentence for x in p.sentences)
    assert isinstance(a.entities, tuple) and isinstance(a.quotes, tuple)
    assert isinstance(a.boilerplate, tuple) and isinstance(a.authors, tuple)
    assert a.paragraphs == tuple(p for s in a.sections for p in s.paragraphs)


def test_id_is_kept() -> None:
    assert copydesk.parse_article("Some text.", id="doc-7").id == "doc-7"
    assert copydesk.parse_article("Some text.", id="doc-7").to_dict()["id"] == "doc-7"
    assert "id" not in copydesk.parse_article("Some text.").to_dict()


def test_hand_made_parts_have_their_types(rich: copydesk.Article) -> None:
    assert [type(e) for e in rich.entities] == [copydesk.Entity] * 5
    e = rich.entities[0]
    assert (e.id, e.label, e.name) == ("E1", "PERSON", "Zoë Ashby")
    assert e.aliases == ("Ashby",) and e.descriptions == ("a former engineer",)
    assert all(type(m) is copydesk.Mention and m.entity == "E1" and m.label == "PERSON" for m in e.mentions)
    q = rich.quotes[0]
    assert type(q) is copydesk.Quote and type(q.speaker) is copydesk.Speaker
    assert (q.id, q.kind, q.speaker.entity, q.speaker.name) == ("Q1", "direct", "E1", "Zoë Ashby")
    assert type(q.cue) is copydesk.Span and q.cue.text == "said"
    assert q.confidence == 0.9 and type(q.confidence) is float
    assert all(type(s) is copydesk.Span for s in q.spans)
    assert rich.quotes[1].speaker is not None and rich.quotes[1].speaker.mention is None


@pytest.mark.parametrize(
    "get",
    [
        lambda a: (a, "text"),
        lambda a: (a, "entities"),
        lambda a: (a.entities[0], "name"),
        lambda a: (a.entities[0].mentions[0], "start"),
        lambda a: (a.quotes[0], "speaker"),
        lambda a: (a.quotes[0].speaker, "name"),
        lambda a: (a.sections[0], "paragraphs"),
        lambda a: (a.paragraphs[0], "text"),
        lambda a: (a.paragraphs[0].sentences[0], "end"),
        lambda a: (a.title, "text"),
    ],
)
def test_everything_is_read_only(rich: copydesk.Article, get: object) -> None:
    obj, attr = get(rich)  # type: ignore[operator]
    with pytest.raises(AttributeError):
        setattr(obj, attr, "changed")


def test_sequences_are_tuples(rich: copydesk.Article) -> None:
    for seq in (rich.entities, rich.quotes, rich.sections, rich.entities[0].mentions, rich.quotes[0].spans):
        assert isinstance(seq, tuple)


def test_reprs_are_short_and_informative(rich: copydesk.Article) -> None:
    r = repr(rich)
    assert r.startswith("Article(id='rich-1', title='Café Owners Cheer")
    assert "entities=5" in r and "quotes=2" in r and len(r) < 120
    assert repr(rich.entities[0]) == "Entity('E1', 'PERSON', 'Zoë Ashby', mentions=2)"
    assert repr(rich.quotes[0]).startswith("Quote('Q1', 'direct', speaker='Zoë Ashby'")
    long = copydesk.parse_article("x" * 10_000)
    assert len(repr(long)) < 120
    for obj in (rich.title, rich.sections[0], rich.paragraphs[0], rich.paragraphs[0].sentences[0],
                rich.entities[0].mentions[0], rich.quotes[0].speaker):
        assert len(repr(obj)) < 160 and repr(obj).startswith(type(obj).__name__ + "(")


def test_entity_lookup_by_id(rich: copydesk.Article) -> None:
    q = rich.quotes[1]
    assert q.speaker is not None and q.speaker.entity == "E3"
    e = rich.entity(q.speaker.entity)
    assert e is not None and e.name == "Rene\u0301e Okafor" and e is rich.entities[2]
    assert rich.entity("E99") is None


def test_to_dict_is_exactly_the_record(rich: copydesk.Article) -> None:
    assert rich.to_dict() == rich_record()
    d = rich.to_dict()
    assert set(d) == {"id", "text", "title", "subtitle", "byline", "authors", "published",
                      "sections", "boilerplate", "entities", "quotes"}
    assert json.loads(rich.to_json()) == d
    assert json.loads(rich.to_json(indent=2)) == d
    assert "\n  " in rich.to_json(indent=2) and "\n" not in rich.to_json()


def test_each_part_to_dict_is_its_slice_of_the_record(rich: copydesk.Article) -> None:
    d = rich.to_dict()
    for i, s in enumerate(rich.sections):
        assert s.to_dict() == d["sections"][i]
        for j, p in enumerate(s.paragraphs):
            assert p.to_dict() == d["sections"][i]["paragraphs"][j]
            for k, x in enumerate(p.sentences):
                assert x.to_dict() == d["sections"][i]["paragraphs"][j]["sentences"][k]
    for i, e in enumerate(rich.entities):
        assert e.to_dict() == d["entities"][i]
        for j, m in enumerate(e.mentions):
            assert m.to_dict() == d["entities"][i]["mentions"][j]
    for i, q in enumerate(rich.quotes):
        assert q.to_dict() == d["quotes"][i]
        assert q.speaker is not None and q.speaker.to_dict() == d["quotes"][i]["speaker"]
    assert rich.title is not None and rich.title.to_dict() == d["title"]


def test_from_json_round_trips(rich: copydesk.Article) -> None:
    again = copydesk.Article.from_json(rich.to_json())
    assert again == rich and again.to_dict() == rich.to_dict()
    assert copydesk.Article.from_json(rich.to_json().encode()) == rich
    assert copydesk.Article.from_dict(rich.to_dict()) == rich


def test_equality() -> None:
    a = copydesk.parse_article(RICH_TEXT)
    assert a == copydesk.parse_article(RICH_TEXT)
    assert a != copydesk.parse_article(RICH_TEXT + " More.")
    assert a.sections[0] == copydesk.parse_article(RICH_TEXT).sections[0]
    assert hash(a.paragraphs[0]) == hash(copydesk.parse_article(RICH_TEXT).paragraphs[0])
    assert len({a.title, copydesk.parse_article(RICH_TEXT).title}) == 1


def test_parts_can_be_constructed() -> None:
    s = copydesk.Span(0, 5, "Hello")
    assert (s.start, s.end, s.text) == (0, 5, "Hello")
    p = copydesk.Paragraph(0, 5, "Hello", [copydesk.Sentence(0, 5, "Hello")])
    assert p.sentences == (copydesk.Sentence(0, 5, "Hello"),)
    q = copydesk.Quote("Q1", "direct", "Hi", [s], copydesk.Speaker(None, "a spokesman", None), None, 0.5)
    assert q.to_dict()["spans"] == [{"start": 0, "end": 5}]


def test_version_comes_from_cargo() -> None:
    from pathlib import Path
    import re

    cargo = (Path(__file__).resolve().parent.parent / "Cargo.toml").read_text()
    match = re.search(r'^version = "([^"]+)"', cargo, re.M)
    assert match is not None
    assert copydesk.__version__ == match.group(1)
    from importlib.metadata import version

    assert version("copydesk") == copydesk.__version__


def test_docstrings_on_every_public_name() -> None:
    import copydesk.frames

    for name in copydesk.__all__:
        if name in ("__version__",):
            continue
        obj = getattr(copydesk, name)
        assert obj.__doc__ and len(obj.__doc__.strip()) > 10, name
    for cls in (copydesk.Article, copydesk.Entity, copydesk.Quote, copydesk.Paragraph):
        for attr in dir(cls):
            if attr.startswith("_") and attr != "_repr_html_":
                continue
            member = getattr(cls, attr)
            assert member.__doc__, f"{cls.__name__}.{attr}"
    for fn in (copydesk.frames.entities, copydesk.frames.mentions, copydesk.frames.quotes):
        assert fn.__doc__
