//! A simple HTML-to-text extraction for news pages: what [`Parser::parse_html`](crate::Parser::parse_html)
//! parses, and what the command line does with `*.html`/`*.htm` files, `--html` input and
//! `{"id", "html"}` lines of `--jsonl-input` (and Python with `html=True`).
//!
//! The page goes through html5ever's tokenizer (the spec-following HTML tokenizer the Rust
//! ecosystem keeps up to date: character references, comments, `script`/`style` raw text,
//! broken markup) and is read in one streaming pass with no tree: a tree builder (html5ever's
//! own, through scraper) takes time quadratic in the nesting depth, and 100,000 nested `<div>`s
//! kept it busy for minutes; the tokenizer is linear. Text of `script`, `style`, `noscript`,
//! `template`, `svg`, `math`, `iframe`, `object`, `canvas`, `nav` and form controls is dropped;
//! block elements (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `figcaption`, `tr`, ...) become
//! blank-line separated paragraphs, `br` a line break, table cells a space; whitespace inside a
//! paragraph collapses to one space (kept inside `pre`). When the page has no `h1`, its
//! `og:title` (or `twitter:title`) meta tag, else its `<title>`, becomes the first line. When its first `h1` inside an `article` (else a `main`)
//! element stands there, the text starts where that element starts: the site's header, menus,
//! breadcrumbs and logo before it are left out, and the headline comes first for the structure
//! stage to take as the title (it would take the site's name otherwise). The result is the record's `text`: every offset of the
//! record points into it. Furniture left in the text (share prompts, comments, related lists)
//! is the structure stage's to remove. Known limit: a dropped element that is never closed
//! (`<nav>` without `</nav>`) drops the rest of the page.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Elements whose text is not article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "nav",
    "select", "button", "textarea",
];

/// Elements that stand as blocks: a paragraph break before and after.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "pre",
    "hr",
    "address",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
    "center",
];

/// The plain text of an HTML page, as the record's `text` of [`Parser::parse_html`](crate::Parser::parse_html).
///
/// Never fails and never panics: any string gives a text, possibly empty. Linear in the page.
///
/// ```
/// let text = copydesk::html::to_text(
///     "<title>Site | Ferry Fares Rise</title><nav>Home</nav>\
///      <h1>Ferry Fares Rise</h1><p>Fares rise by 5%&nbsp;on Monday.</p>",
/// );
/// assert_eq!(text, "Ferry Fares Rise\n\nFares rise by 5%\u{a0}on Monday.");
/// ```
pub fn to_text(html: &str) -> String {
    let state = tokenize(html, Sink(RefCell::new(State::default())))
        .0
        .into_inner();
    state.text_and_meta().0
}

/// The plain text of an HTML page ([`to_text`]) and its metadata
/// ([`html_meta`](crate::html_meta): authors and date from its `<meta>` tags and JSON-LD), from
/// one pass of the tokenizer. Never fails and never panics.
///
/// ```
/// let (text, meta) = copydesk::html::page(
///     "<meta name=\"author\" content=\"Ann Roe\"><h1>Fares Rise</h1><p>By 5%.</p>",
/// );
/// assert_eq!(text, "Fares Rise\n\nBy 5%.");
/// assert_eq!(meta.authors, ["Ann Roe"]);
/// ```
pub fn page(html: &str) -> (String, crate::html_meta::PageMeta) {
    let state = tokenize(html, Sink(RefCell::new(State::default())))
        .0
        .into_inner();
    let (text, meta) = state.text_and_meta();
    (text, meta.finish())
}

impl State {
    /// The page's text from the tokens read, and the metadata kept (read for the text's
    /// `og:title` first).
    fn text_and_meta(self) -> (String, crate::html_meta::Collect) {
        let body = self.out.finish_from(self.cut.unwrap_or(0));
        // (a page's `og:title` is its headline without the site's name that `<title>` often
        // adds)
        let title = collapse(
            self.meta
                .first_content(&["og:title", "twitter:title"])
                .unwrap_or(&self.title),
        );
        let text = if self.has_h1 || title.is_empty() {
            body
        } else if body.is_empty() {
            title
        } else {
            format!("{title}\n\n{body}")
        };
        (text, self.meta)
    }
}

/// Run html5ever's tokenizer over `html` into `sink` (one streaming pass, no tree), and give the
/// sink back. The sinks here never ask the tokenizer to stop for a script.
pub(crate) fn tokenize<S: TokenSink>(html: &str, sink: S) -> S {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink
}

/// The raw-text kind of an element's content, as a tree builder would tell the tokenizer
/// (`script`'s text is no markup, nor `style`'s): what a sink returns for its start tag.
pub(crate) fn raw_kind(name: &str) -> Option<RawKind> {
    match name {
        "title" | "textarea" => Some(RawKind::Rcdata),
        "script" => Some(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(RawKind::Rawtext),
        _ => None,
    }
}

#[derive(Default)]
struct State {
    out: Text,
    /// Depth inside dropped elements.
    skip: usize,
    /// Depth inside `pre`.
    pre: usize,
    has_h1: bool,
    title: String,
    in_title: bool,
    /// The `<meta>` tags and JSON-LD blocks, for the page's metadata and its `og:title`.
    meta: crate::html_meta::Collect,
    /// Where each open `article` and `main` element starts in the text, outermost first.
    articles: Vec<usize>,
    mains: Vec<usize>,
    /// Where the text starts: the start of the `article` (else the `main`) that holds the
    /// page's first `h1` there, when there is one.
    cut: Option<usize>,
}

struct Sink(RefCell<State>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                match tag.kind {
                    TagKind::StartTag => {
                        // Tell the tokenizer which elements hold raw text, as a tree builder
                        // would.
                        let raw = raw_kind(name);
                        st.meta.start_tag(&tag);
                        if name == "title" {
                            st.in_title = !tag.self_closing;
                        } else if SKIP.contains(&name) {
                            if !tag.self_closing {
                                st.skip += 1;
                            }
                        } else if st.skip == 0 {
                            st.has_h1 |= name == "h1";
                            if !tag.self_closing {
                                let at = st.out.out.len();
                                match name {
                                    "article" => st.articles.push(at),
                                    "main" => st.mains.push(at),
                                    "h1" if st.cut.is_none() => {
                                        st.cut = st.articles.first().or(st.mains.first()).copied();
                                    }
                                    _ => {}
                                }
                            }
                            if name == "pre" {
                                st.pre += 1;
                            }
                            if name == "br" {
                                st.out.line_break();
                            } else if BLOCK.contains(&name) {
                                st.out.paragraph_break();
                            } else if matches!(name, "td" | "th") {
                                st.out.space();
                            }
                        }
                        if let Some(kind) = raw {
                            if !tag.self_closing {
                                return TokenSinkResult::RawData(kind);
                            }
                        }
                    }
                    TagKind::EndTag => {
                        st.meta.end_tag(name);
                        if name == "title" {
                            st.in_title = false;
                        } else if SKIP.contains(&name) {
                            st.skip = st.skip.saturating_sub(1);
                        } else if st.skip == 0 {
                            if name == "pre" {
                                st.pre = st.pre.saturating_sub(1);
                            }
                            if name == "article" {
                                st.articles.pop();
                            } else if name == "main" {
                                st.mains.pop();
                            }
                            if BLOCK.contains(&name) {
                                st.out.paragraph_break();
                            }
                        }
                    }
                }
            }
            Token::CharacterTokens(text) => {
                if st.meta.text(&text) {
                    // a JSON-LD block's, no page text
                } else if st.in_title {
                    st.title.push_str(&text);
                } else if st.skip == 0 {
                    let pre = st.pre > 0;
                    st.out.push(&text, pre);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Text under construction: paragraphs separated by blank lines, no trailing whitespace.
#[derive(Default)]
struct Text {
    out: String,
    /// 0: none, 1: a space, 2: a line break, 3: a paragraph break before the next word.
    pending: u8,
}

impl Text {
    fn space(&mut self) {
        self.pending = self.pending.max(1);
    }
    fn line_break(&mut self) {
        self.pending = self.pending.max(2);
    }
    fn paragraph_break(&mut self) {
        self.pending = 3;
    }

    fn push(&mut self, text: &str, preformatted: bool) {
        if preformatted {
            self.flush_pending();
            self.out.push_str(text);
            return;
        }
        // Leading and trailing whitespace of a text node separates it from its neighbours. As in
        // a browser, only ASCII whitespace collapses (a no-break space stays).
        for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.space();
            }
            if !word.is_empty() {
                self.flush_pending();
                self.out.push_str(word);
            }
        }
    }

    fn flush_pending(&mut self) {
        if !self.out.is_empty() {
            match self.pending {
                1 => self.out.push(' '),
                2 => self.out.push('\n'),
                3 => self.out.push_str("\n\n"),
                _ => {}
            }
        }
        self.pending = 0;
    }

    /// The text from byte `from` on (a place where a separator or nothing was pending, so on a
    /// char boundary), without white space at either end.
    fn finish_from(self, from: usize) -> String {
        self.out
            .get(from..)
            .unwrap_or_default()
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .to_owned()
    }
}

fn collapse(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
            (
                "<html><head><title>Site | Headline</title><script>var x = 1;</script></head>\
                 <body><nav><a>Home</a> <a>World</a></nav><article><h1>Flood Plan Passes</h1>\
                 <p>The  council\n voted <b>7-2</b> on Monday.</p><p>\"Yes,\" she said.</p>\
                 </article></body></html>",
                "Flood Plan Passes\n\nThe council voted 7-2 on Monday.\n\n\"Yes,\" she said.",
            ),
            // No h1: the <title> leads.
            (
                "<title>Quiet Day</title><div>Nothing <i>happened</i>.</div>",
                "Quiet Day\n\nNothing happened.",
            ),
            // or the og:title, without the site's name
            (
                "<title>Quiet Day | The Post</title><meta property=\"og:title\" content=\"Quiet \
                 Day\"><meta property=\"og:title\" content=\"Second\"><p>Nothing.</p>",
                "Quiet Day\n\nNothing.",
            ),
            (
                "<title>T</title><meta name=twitter:title content=Tw><p>x</p>",
                "Tw\n\nx",
            ),
            (
                "<title>T</title><meta property=og:title content=\" \"><p>x</p>",
                "T\n\nx",
            ),
            ("<p>Line one<br>Line two</p>", "Line one\nLine two"),
            (
                "<p>caf&eacute; &amp; &#8220;bar&#8221;</p>",
                "caf\u{e9} & \u{201c}bar\u{201d}",
            ),
            ("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"),
            ("<p>a<style>p{}</style>b</p>", "ab"),
            ("<pre>  keep\n   this</pre>", "keep\n   this"),
            (
                "<script>if (a<b) { x = \"</p>\"; }</script><p>After.</p>",
                "After.",
            ),
            ("<nav><ul><li>Home</li></ul></nav><p>Story.</p>", "Story."),
            // The article holding the first h1 starts the text: the site's chrome goes.
            (
                "<div class=logo>Tide Gazette</div><div>Home &gt; News</div><main><article>\
                 <p>LOCAL</p><h1>Wall Approved</h1><p>It was approved.</p></article>\
                 <aside>Related</aside></main><footer>(c) Gazette</footer>",
                "LOCAL\n\nWall Approved\n\nIt was approved.\n\nRelated\n\n(c) Gazette",
            ),
            // no article: the main that holds it
            (
                "<p>Site</p><main><h1>Head</h1><p>Text.</p></main>",
                "Head\n\nText.",
            ),
            // an h1 outside any article or main (a logo in the header) is passed over
            (
                "<h1>Site</h1><p>Menu</p><article><h1>Head</h1><p>Text.</p></article>",
                "Head\n\nText.",
            ),
            // and with no article or main, nothing is cut
            (
                "<h1>Site</h1><p>Menu</p><div><h1>Head</h1><p>Text.</p></div>",
                "Site\n\nMenu\n\nHead\n\nText.",
            ),
            // a closed article before the headline's is not where the text starts
            (
                "<article><p>Teaser</p></article><p>Chrome</p><article><h1>Head</h1></article>",
                "Head",
            ),
            ("<p>A<!-- hidden <p>comment -->B</p>", "AB"),
            ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
            (
                "<p>unclosed <b>bold <i>and italic",
                "unclosed bold and italic",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(to_text(html), *want, "{html}");
        }
    }

    use proptest::prelude::Strategy as _;

    proptest::proptest! {
        #[test]
        fn any_markup_gives_tidy_text(
            parts in proptest::collection::vec(proptest::prop_oneof![
                proptest::sample::select(&[
                    "<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>", "<title>",
                    "</title>", "<script>", "</script>", "<style>", "</style>", "<nav>",
                    "</nav>", "<pre>", "</pre>", "<!--", "-->", "<", ">", "&amp;", "&#x",
                    "&nbsp;", " ", "\n", "<td>", "<svg/>", "<textarea>", "\"", "=",
                ][..]).prop_map(str::to_owned),
                "[a-zA-Z .,]{0,12}",
                proptest::prelude::any::<String>(),
            ], 0..60)
        ) {
            let html = parts.concat();
            let text = to_text(&html);
            proptest::prop_assert_eq!(text.trim_matches(|c: char| c.is_ascii_whitespace()), &text);
            if !html.contains("<pre") {
                // Outside `pre`, paragraphs are separated by exactly one blank line.
                proptest::prop_assert!(!text.contains("\n\n\n"), "{:?}", text);
            }
        }
    }

    #[test]
    fn deep_nesting_is_linear() {
        // A tree builder took minutes on this (time quadratic in the depth).
        let html = format!(
            "{}<p>Deep.</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(to_text(&html), "Deep.");
    }
}
