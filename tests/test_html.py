"""HTML pages through Python: ``html=True`` extracts the page's text first, and every offset of the
record points into that text (the same extraction as the command line's ``{"id", "html"}`` lines)."""

from __future__ import annotations

import pytest

import copydesk

PAGE = (
    "<!doctype html><html><head><title>Tidewater Gazette | Harbour Pilots Strike</title>"
    "<script>var tracker = \"<p>not text</p>\";</script><style>p { color: red }</style></head>"
    "<body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
    "<article><h1>Harbour Pilots Strike</h1>"
    "<p>The harbour pilots of Port Ellery walked out on Monday, halting ferries to "
    "Kestrel&nbsp;Island.</p>"
    "<p>&ldquo;We gave the port authority every chance,&rdquo; said Marta Quill, the head of "
    "the Pilots&rsquo; Guild. &ldquo;They chose not to take it.&rdquo;</p>"
    "</article></body></html>"
)


def test_html_page_is_parsed_from_its_text() -> None:
    a = copydesk.parse_article(PAGE, id="p1", html=True)
    assert a.id == "p1"
    assert a.title is not None and a.title.text == "Harbour Pilots Strike"
    # Markup, scripts, styles and navigation are gone; character references are decoded.
    for gone in ("<p>", "tracker", "color", "Home", "Sport", "&nbsp;", "&ldquo;"):
        assert gone not in a.text, gone
    assert "Kestrel\u00a0Island" in a.text
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text
    speakers = {q.speaker.name for q in a.quotes if q.speaker is not None}
    assert "Marta Quill" in speakers
    for q in a.quotes:
        assert q.text == " ".join(a.text[s.start : s.end] for s in q.spans)


def test_without_html_the_page_is_plain_text() -> None:
    a = copydesk.parse_article(PAGE)
    assert a.text == PAGE


def test_parser_and_batch_take_html_too() -> None:
    one = copydesk.parse_article(PAGE, html=True)
    parser = copydesk.Parser(entities=[("Pilots’ Guild", "ORG")])
    mine = parser.parse(PAGE, html=True)
    assert mine.text == one.text
    assert any(e.name == "Pilots’ Guild" and e.label == "ORG" for e in mine.entities)
    batch = copydesk.parse_articles([PAGE, "<p>Short.</p>", ""], threads=2, html=True)
    assert batch[0].to_dict() == one.to_dict()
    assert batch[1].text == "Short."
    assert batch[2].text == ""
    assert [a.text for a in parser.parse_articles([PAGE], html=True)] == [mine.text]


@pytest.mark.parametrize(
    "page",
    ["", "<", "<p>unclosed <b>bold", "<div>" * 20_000 + "Deep." + "</div>" * 20_000, "\x00<p>\x01"],
)
def test_broken_pages_give_a_record(page: str) -> None:
    a = copydesk.parse_article(page, html=True)
    for tag in ("<p>", "<b>", "<div>"):
        assert tag not in a.text
    assert a.text == a.text.strip()


def test_html_needs_str() -> None:
    with pytest.raises(copydesk.InputTypeError):
        copydesk.parse_article(b"<p>bytes</p>", html=True)  # type: ignore[arg-type]


META_PAGE = (
    "<html><head><title>Tidewater Gazette | Ferry Timetable Changes</title>"
    '<meta name="author" content="By Oona Brightwater">'
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2025-10-02T07:30:00Z", "author": {"@type": "Person", "name": "Oona Brightwater"}}'
    "</script></head><body><h1>Ferry Timetable Changes</h1>"
    "<p>The winter timetable starts next week, the ferry company said.</p>"
    "<footer><p>Published October 2, 2025</p></footer></body></html>"
)


def test_page_metadata_fills_authors_and_date() -> None:
    one = copydesk.parse_article(META_PAGE, html=True)
    assert one.authors == ("Oona Brightwater",)
    assert one.published is not None and one.published.iso == "2025-10-02"
    assert one.published.raw == "October 2, 2025"
    batch = copydesk.parse_articles([META_PAGE, PAGE], threads=2, html=True)
    assert batch[0].to_dict() == one.to_dict()
    # a page with no metadata gets none, and plain text never reads markup as metadata
    assert batch[1].authors == ()
    assert copydesk.parse_article(META_PAGE).authors == ()


FURNITURE_PAGE = (
    "<html><body><article><h1>Lido Opens Early</h1>"
    "<p>The town lido opened a week early on Saturday, the leisure trust said.</p>"
    "<div class='share-tools'><a>Share on Facebook</a> <a>Email</a></div>"
    "<p>\u201cThe water is warm enough,\u201d said Wren Abernathy, the lido manager.</p>"
    "<section id='comments'><h3>2 comments</h3><div class='comment'>"
    "<p>\u201cBest news all year,\u201d said Castor Vell.</p></div></section>"
    "</article></body></html>"
)


def test_furniture_named_by_class_is_listed_not_read() -> None:
    a = copydesk.parse_article(FURNITURE_PAGE, html=True)
    kinds = [(b.kind, a.text[b.start : b.end]) for b in a.boilerplate]
    assert ("share", "Share on Facebook Email") in kinds
    assert any(k == "comments" and t.startswith("2 comments") for k, t in kinds)
    assert "Castor Vell" in a.text
    names = {e.name for e in a.entities}
    assert "Wren Abernathy" in names and not any("Castor" in n for n in names)
    speakers = [q.speaker.name for q in a.quotes if q.speaker is not None]
    assert "Wren Abernathy" in speakers and not any("Castor" in s for s in speakers)
    assert not any("Best news" in q.text for q in a.quotes)
    (batch,) = copydesk.parse_articles([FURNITURE_PAGE], html=True)
    assert batch.to_dict() == a.to_dict()
