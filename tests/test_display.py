"""The HTML view (_repr_html_) and displaCy's manual format."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import copydesk
from conftest import RICH_TEXT


class Tags(HTMLParser):
    """Checks that tags nest properly and collects the text and the marked pieces."""

    VOID = {"br", "meta", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.scripts = 0
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self._mark_text: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))
            self._mark_text.append([])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, attrs = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        text = "".join(self._mark_text.pop())
        if tag in ("mark", "span"):
            self.marks.append((attrs.get("class") or "", text))
        for t in self._mark_text:
            t.append(text)

    def handle_data(self, data: str) -> None:
        if self._mark_text:
            self._mark_text[-1].append(data)


def parse_html(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    t.close()
    assert not t.stack, f"unclosed: {t.stack}"
    return t


def test_script_in_article_is_escaped(rich: copydesk.Article) -> None:
    assert "<script>alert('x')</script>" in rich.text
    html = rich._repr_html_()
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert parse_html(html).scripts == 0


def test_markup_in_entity_names_and_speakers_is_escaped() -> None:
    text = 'Tom <b>Bold</b> Speaks\n\n"Hello there," said <i>Ana</i> & Co.\n'
    record = copydesk.parse_article(text).to_dict()
    i = text.index("<i>Ana</i>")
    q = text.index("Hello there,")
    record["entities"] = [{"id": "E1", "label": "PERSON", "name": "<i>Ana</i>", "aliases": [],
                           "mentions": [{"start": i, "end": i + 10, "text": "<i>Ana</i>"}],
                           "descriptions": []}]
    record["quotes"] = [{"id": "Q1", "kind": "direct", "text": "Hello there,",
                         "spans": [{"start": q, "end": q + 12}],
                         "speaker": {"entity": "E1", "name": "<i>Ana</i>", "mention": None},
                         "cue": None, "confidence": 0.5}]
    html = copydesk.Article.from_dict(record)._repr_html_()
    assert "<i>" not in html and "<b>" not in html
    assert "&lt;i&gt;Ana&lt;/i&gt;" in html


def test_entities_highlighted_by_label_and_quotes_marked_with_speaker(rich: copydesk.Article) -> None:
    tags = parse_html(rich._repr_html_())
    ents = {(cls, text) for cls, text in tags.marks if cls.startswith("cd-ent")}
    # The label badge sits inside the mark, after the name.
    assert ("cd-ent cd-PERSON", "Zoë AshbyPERSON") in ents
    assert ("cd-ent cd-ORG", "Acme WidgetsORG") in ents
    assert ("cd-ent cd-ORG", "東京 HoldingsORG") in ents
    assert ("cd-ent cd-MONEY", "$2.4 billionMONEY") in ents
    quotes = [text for cls, text in tags.marks if cls == "cd-quote"]
    assert "We will not let the water win," in quotes and "overdue." in quotes
    speakers = [text for cls, text in tags.marks if cls.startswith("cd-speaker")]
    assert speakers == ["— Zoë Ashby", "— Rene\u0301e Okafor"]
    html = rich._repr_html_()
    assert "<style>" in html and ".cd-PERSON" in html
    assert html.index("Café Owners Cheer") < html.index("The Money") < html.index("first wall")


def test_reported_speech_marked_apart_from_quotations() -> None:
    text = (
        "Harbor Plan Wins Approval\n\n"
        "The harbor board said the new sea wall would be finished by spring.\n\n"
        "“We are ready,” said Mayor Lena Ortiz.\n"
    )
    tags = parse_html(copydesk.parse_article(text)._repr_html_())
    reported = [t for cls, t in tags.marks if cls == "cd-quote cd-indirect"]
    quoted = [t for cls, t in tags.marks if cls == "cd-quote"]
    assert reported == ["the new sea wall would be finished by spring"]
    # (the header's "2 quotes" chip shares the class)
    assert "We are ready," in quoted and reported[0] not in quoted


def test_overlapping_marks_still_nest() -> None:
    text = "Overlap Test\n\n\"Ana Lopez spoke first,\" said Ana Lopez Smith today.\n"
    record = copydesk.parse_article(text).to_dict()
    a = text.index("Ana Lopez spoke")
    q = text.index("Lopez spoke first,")  # quote starts inside the mention
    record["entities"] = [{"id": "E1", "label": "PERSON", "name": "Ana Lopez", "aliases": [],
                           "mentions": [{"start": a, "end": a + 9, "text": "Ana Lopez"}],
                           "descriptions": []}]
    record["quotes"] = [{"id": "Q1", "kind": "direct", "text": "Lopez spoke first,",
                         "spans": [{"start": q, "end": q + 18}], "speaker": None, "cue": None,
                         "confidence": 0.2}]
    tags = parse_html(copydesk.Article.from_dict(record)._repr_html_())
    assert any(cls == "cd-speaker cd-unattributed" for cls, _ in tags.marks)
    labels = [t for cls, t in tags.marks if cls == "cd-label"]
    assert labels == ["PERSON"]  # one badge, where the mention really ends


def test_plain_parse_renders(example_text: str) -> None:
    a = copydesk.parse_article(example_text)
    tags = parse_html(a._repr_html_())
    assert tags.scripts == 0


def test_to_displacy_manual_format(rich: copydesk.Article) -> None:
    d = rich.to_displacy()
    assert set(d) == {"text", "ents", "title"}
    assert d["text"] == RICH_TEXT and d["title"] == "Café Owners Cheer 🎉 New Harbor Plan"
    starts = [e["start"] for e in d["ents"]]
    assert starts == sorted(starts)
    assert len(d["ents"]) == sum(len(e.mentions) for e in rich.entities)
    for ent in d["ents"]:
        assert set(ent) == {"start", "end", "label"}
        assert any(m.start == ent["start"] and m.end == ent["end"] and m.label == ent["label"]
                   for e in rich.entities for m in e.mentions)


def test_displacy_renders_it_when_spacy_is_installed(rich: copydesk.Article) -> None:
    displacy = pytest.importorskip("spacy.displacy")
    html = displacy.render(rich.to_displacy(), style="ent", manual=True, jupyter=False)
    tags = parse_html(html)
    marked = [" ".join(t.split()) for cls, t in tags.marks if cls == "entity"]
    names = [" ".join(m.text.split()) for m in sorted((m for e in rich.entities for m in e.mentions),
                                                      key=lambda m: m.start)]
    # displaCy puts the label inside the mark after the text.
    assert [m.rsplit(" ", 1)[0] for m in marked] == names
