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
//! paragraph collapses to one space (kept inside `pre`). What a browser does not show is
//! dropped too (the `hidden` attribute, `aria-hidden="true"`, an inline `display: none`,
//! screen-reader-only classes). Page furniture named by an element's `class` or `id` as whole
//! words (comments, related, popular and most-read lists, share bars, newsletter and
//! subscription boxes, cookie notices, advertisements, breadcrumbs: [`class_word`]) is no
//! article text either, but it is on the page: a block element of it stays in the text, in
//! paragraphs of its own, and [`page`] gives it to the stages as spaces (so that no stage reads
//! it: no commenter becomes an entity, no comment a quotation) and, in its
//! [`PageMeta`](crate::html_meta::PageMeta), its text and kind, which
//! [`PageMeta::fill`](crate::html_meta::PageMeta::fill) writes back and lists in the record's
//! `boilerplate` (comments, related, share, newsletter, cookie, advertisement, navigation);
//! furniture inside a paragraph (`<span class=share>`) is cut out of it, like hidden text.
//! A class or id that names a container ("content", "main", "wrapper" ...) keeps its element,
//! and so does an element that holds a `main` element or an `h1` (a wrapper, not furniture),
//! or that never closes (where it ends is not known). When the page has no `h1`, its
//! `og:title` (or `twitter:title`) meta tag, else its `<title>`, becomes the first line. When its first `h1` inside an `article` (else a `main`)
//! element stands there, the text starts where that element starts: the site's header, menus,
//! breadcrumbs and logo before it are left out, and the headline comes first for the structure
//! stage to take as the title (it would take the site's name otherwise). The result is the record's `text`: every offset of the
//! record points into it. Furniture left in the text (share prompts, comments, related lists)
//! is the structure stage's to remove. Known limit: a dropped element that is never closed
//! (`<nav>` without `</nav>`) drops the rest of the page.

use std::cell::RefCell;

use crate::BoilerplateKind;

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

/// The plain text of an HTML page, as the record's `text` of [`Parser::parse_html`](crate::Parser::parse_html)
/// (block furniture named by its class included, in paragraphs of its own).
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

/// The plain text of an HTML page for the stages to parse ([`to_text`], with its block
/// furniture as spaces) and its metadata ([`html_meta`](crate::html_meta): authors and date
/// from its `<meta>` tags and JSON-LD, and the furniture's text and kind, which
/// [`PageMeta::fill`](crate::html_meta::PageMeta::fill) writes back into the parsed article and
/// lists as its boilerplate), from one pass of the tokenizer. Never fails and never panics.
///
/// ```
/// let (text, meta) = copydesk::html::page(
///     "<meta name=\"author\" content=\"Ann Roe\"><h1>Fares Rise</h1><p>By 5%.</p>\
///      <div class=share-bar>Share this</div>",
/// );
/// assert_eq!(text, "Fares Rise\n\nBy 5%.\n\n          ");
/// assert_eq!(meta.authors, ["Ann Roe"]);
/// let mut article = copydesk::parse_article(&text);
/// meta.fill(&mut article);
/// assert_eq!(article.text, "Fares Rise\n\nBy 5%.\n\nShare this");
/// assert!(article.boilerplate.iter().any(|b| b.kind.as_str() == "share"
///     && article.span_text(b.span) == "Share this"));
/// ```
pub fn page(html: &str) -> (String, crate::html_meta::PageMeta) {
    let state = tokenize(html, Sink(RefCell::new(State::default())))
        .0
        .into_inner();
    let (text, furniture, meta) = state.text_and_meta();
    let mut meta = meta.finish();
    if furniture.is_empty() {
        return (text, meta);
    }
    // The furniture's bytes become spaces (line breaks kept) for the stages, which never read
    // it; `PageMeta::fill` writes them back into the record's text and lists them.
    let mut bytes = text.into_bytes();
    for &(start, end, kind) in &furniture {
        let piece = &mut bytes[start..end];
        meta.furniture.push(crate::html_meta::PageFurniture {
            span: crate::Span::new(start, end),
            kind,
            text: String::from_utf8_lossy(piece).into_owned(),
        });
        for b in piece.iter_mut().filter(|b| **b != b'\n') {
            *b = b' ';
        }
    }
    // (each range is whole characters, now all spaces: the text stays UTF-8)
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (text, meta)
}

impl State {
    /// The page's text from the tokens read, and the metadata kept (read for the text's
    /// `og:title` first).
    /// And the byte ranges of the text that are block furniture, with their kinds, in order.
    fn text_and_meta(mut self) -> (String, FurnitureRanges, crate::html_meta::Collect) {
        // (an element never closed is kept: where it ends is not known)
        if let Some(d) = self.dropping.take() {
            self.has_h1 |= d.h1;
        }
        let (body, mut furniture) = self.out.finish_from(self.cut.unwrap_or(0), &self.dropped);
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
            let by = title.len() + 2;
            for (start, end, _) in &mut furniture {
                (*start, *end) = (*start + by, *end + by);
            }
            format!("{title}\n\n{body}")
        };
        (text, furniture, self.meta)
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
    /// An `h1` was read (outside the elements dropped for their attributes).
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
    /// The element being dropped for its attributes, when inside one.
    dropping: Option<Dropping>,
    /// The byte ranges of `out` that elements dropped for their attributes wrote, in order,
    /// with the kind of the block furniture among them (kept in the text as boilerplate).
    dropped: Vec<(usize, usize, Option<BoilerplateKind>)>,
}

/// An open element dropped for what its attributes say ([`drop_by_attributes`]): its text is
/// written as any other and its range cut out at the end, once the element is known to close.
struct Dropping {
    name: html5ever::LocalName,
    kind: Dropped,
    /// Open elements of the same name inside it.
    depth: u32,
    /// Where its text starts in `out`, and the separator pending there (which its first word
    /// wrote, and the text after it needs instead).
    start: usize,
    pending: u8,
    /// An `h1` inside it (a hidden element's; a furniture element holding one is no furniture).
    h1: bool,
    /// A block element (its text stands in paragraphs of its own): furniture of that kind
    /// stays in the text, listed in the record's `boilerplate`; inline furniture inside a
    /// paragraph ("<span class=share>") is cut out of it.
    block: bool,
}

/// Elements that never have content (no end tag): never dropped for their attributes.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The kind of furniture a word of a `class` or `id` names (one [`class_word`] says is
/// `FURNITURE`): the record's [`Boilerplate`](crate::Boilerplate) kind of the element's text.
fn furniture_kind(word: &str) -> BoilerplateKind {
    match word {
        "comment" | "comments" | "commentlist" | "disqus" => BoilerplateKind::Comments,
        "share" | "sharebar" | "sharing" => BoilerplateKind::Share,
        "newsletter" | "signup" | "subscribe" | "subscription" => BoilerplateKind::Newsletter,
        "consent" | "cookie" | "cookies" | "gdpr" => BoilerplateKind::Cookie,
        "ad" | "ads" | "adslot" | "advert" | "adverts" | "advertisement" | "advertising"
        | "sponsored" => BoilerplateKind::Advertisement,
        "breadcrumb" | "breadcrumbs" => BoilerplateKind::Navigation,
        // related, popular, most-read, trending, recommended and promoted stories
        _ => BoilerplateKind::Related,
    }
}

/// What a word of a `class` or `id` says ([`drop_by_attributes`]), matched whole (the
/// attribute split at anything but a letter or digit) and as a whole class name with its `-` and
/// `_` taken out ("most-read" is "mostread"): `FURNITURE` names page furniture (comments,
/// related and popular lists, share bars, newsletter and subscription boxes, cookie notices,
/// advertisements, breadcrumbs), `HIDDEN` text a browser does not show (screen-reader-only),
/// `CONTAINER` a container of the page's content, never dropped for its other words
/// ("content-with-related" holds the story).
fn class_word(word: &str) -> u8 {
    match word {
        "ad" | "ads" | "adslot" | "advert" | "adverts" | "advertisement" | "advertising"
        | "breadcrumb" | "breadcrumbs" | "comment" | "comments" | "commentlist" | "consent"
        | "cookie" | "cookies" | "disqus" | "gdpr" | "mostpopular" | "mostread" | "newsletter"
        | "outbrain" | "popular" | "promo" | "recirc" | "recirculation" | "recommended"
        | "related" | "share" | "sharebar" | "sharing" | "signup" | "sponsored" | "subscribe"
        | "subscription" | "taboola" | "trending" => FURNITURE,
        "dnone" | "hidden" | "screenreadertext" | "sronly" | "visuallyhidden" => HIDDEN,
        "body" | "column" | "container" | "content" | "layout" | "main" | "wrapper" => CONTAINER,
        _ => 0,
    }
}

const FURNITURE: u8 = 1;
const HIDDEN: u8 = 2;
const CONTAINER: u8 = 4;

/// What an element's attributes say of its text ([`drop_by_attributes`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dropped {
    /// Not shown: the `hidden` attribute, `aria-hidden="true"`, an inline style with
    /// `display: none` or `visibility: hidden`, or a class such as `sr-only` or
    /// `visually-hidden`.
    Hidden,
    /// Page furniture by its `class` or `id` ([`class_word`]), with no word of a container,
    /// of the kind its first word of furniture names ([`furniture_kind`]).
    Furniture(BoilerplateKind),
}

/// Whether an element's attributes say its text is not article text, and why.
fn drop_by_attributes(attrs: &[html5ever::Attribute]) -> Option<Dropped> {
    let mut says = 0;
    let mut kind = None;
    for a in attrs {
        let value: &str = &a.value;
        match &*a.name.local {
            "hidden" => return Some(Dropped::Hidden),
            "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => {
                return Some(Dropped::Hidden);
            }
            "style" => {
                let style: String = value
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace())
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if style.contains("display:none") || style.contains("visibility:hidden") {
                    return Some(Dropped::Hidden);
                }
            }
            "class" | "id" => {
                // (no allocation: an item is lower-cased into a stack buffer, its words are
                // slices of it, and its joined form a second buffer)
                let mut lower = [0u8; 64];
                let mut joined = [0u8; 64];
                for item in value.split_ascii_whitespace() {
                    let Some(lower) = lower.get_mut(..item.len()) else {
                        continue;
                    };
                    lower.copy_from_slice(item.as_bytes());
                    lower.make_ascii_lowercase();
                    let mut n = 0;
                    for &b in lower.iter().filter(|&&b| b != b'-' && b != b'_') {
                        joined[n] = b;
                        n += 1;
                    }
                    let words = lower.split(|b| !b.is_ascii_alphanumeric());
                    let whole = (n < item.len()).then_some(&joined[..n]);
                    // (an item is what its first word of furniture or container says:
                    // "related-content" is furniture, "main-content" a container)
                    let mut first = 0;
                    for word in words.chain(whole) {
                        let Ok(word) = std::str::from_utf8(word) else {
                            continue;
                        };
                        let w = class_word(word);
                        // (a class hides only as a whole: "sr-only", "hidden", not
                        // "hidden-xs", shown on every screen but a phone's)
                        if word.len() == n {
                            says |= w & HIDDEN;
                        }
                        if first == 0 {
                            first = w & (FURNITURE | CONTAINER);
                            if first & FURNITURE != 0 && kind.is_none() {
                                kind = Some(furniture_kind(word));
                            }
                        }
                    }
                    says |= first;
                }
            }
            _ => {}
        }
    }
    if says & HIDDEN != 0 {
        Some(Dropped::Hidden)
    } else if says & FURNITURE != 0 && says & CONTAINER == 0 {
        Some(Dropped::Furniture(kind.unwrap_or(BoilerplateKind::Related)))
    } else {
        None
    }
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
                            let open = !tag.self_closing && !VOID.contains(&name);
                            // An element that holds the page's `main` content, or a headline,
                            // is no furniture whatever its class says (a hidden headline stays
                            // hidden: a site's name for screen readers).
                            if let Some(d) = &mut st.dropping {
                                if name == "main"
                                    || (name == "h1" && matches!(d.kind, Dropped::Furniture(_)))
                                {
                                    st.dropping = None;
                                } else if open && d.name == tag.name {
                                    d.depth += 1;
                                }
                            } else if open && !matches!(name, "html" | "body" | "main" | "article")
                            {
                                if let Some(kind) = drop_by_attributes(&tag.attrs) {
                                    st.dropping = Some(Dropping {
                                        name: tag.name.clone(),
                                        kind,
                                        depth: 0,
                                        start: st.out.out.len(),
                                        pending: st.out.pending,
                                        h1: false,
                                        block: BLOCK.contains(&name),
                                    });
                                }
                            }
                            if name == "h1" {
                                match &mut st.dropping {
                                    Some(d) => d.h1 = true,
                                    None => st.has_h1 = true,
                                }
                            }
                            if !tag.self_closing {
                                let at = st.out.out.len();
                                match name {
                                    "article" => st.articles.push(at),
                                    "main" => st.mains.push(at),
                                    "h1" if st.cut.is_none() && st.dropping.is_none() => {
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
                            if let Some(d) = &mut st.dropping {
                                if d.name == tag.name {
                                    if d.depth == 0 {
                                        let kept = match d.kind {
                                            Dropped::Furniture(kind) if d.block => Some(kind),
                                            _ => None,
                                        };
                                        let (start, pending) = (d.start, d.pending);
                                        let end = st.out.out.len();
                                        st.dropped.push((start, end, kept));
                                        st.out.pending = st.out.pending.max(pending);
                                        st.dropping = None;
                                    } else {
                                        d.depth -= 1;
                                    }
                                }
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

/// Byte ranges of a page's text that are block furniture, with their kinds, in order.
type FurnitureRanges = Vec<(usize, usize, BoilerplateKind)>;

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
    /// char boundary), without white space at either end, and the byte ranges in it of the
    /// block furniture kept, with their kinds.
    ///
    /// The `dropped` ranges (in order, each from where a separator or nothing was pending to
    /// the end of a word, so on char boundaries) are left out, but for block furniture, which
    /// stays; unless nothing but white space would be left of a text that has more once both
    /// are left out: then all of it is the text, and none of it furniture.
    fn finish_from(
        self,
        from: usize,
        dropped: &[(usize, usize, Option<BoilerplateKind>)],
    ) -> (String, FurnitureRanges) {
        let ws = |c: char| c.is_ascii_whitespace();
        let all = self.out.get(from..).unwrap_or_default();
        if dropped.iter().all(|&(_, end, _)| end <= from) {
            return (all.trim_matches(ws).to_owned(), Vec::new());
        }
        let mut kept = String::with_capacity(all.len());
        let mut furniture = Vec::new();
        // (whether anything but white space lies outside every dropped range)
        let mut content = false;
        let mut at = from;
        for &(start, end, kind) in dropped {
            if end <= at {
                continue;
            }
            let piece = self.out.get(at..start.max(at)).unwrap_or_default();
            content |= !piece.trim_matches(ws).is_empty();
            kept.push_str(piece);
            if let Some(kind) = kind {
                let piece = self.out.get(start.max(at)..end).unwrap_or_default();
                furniture.push((kept.len(), kept.len() + piece.len(), kind));
                kept.push_str(piece);
            }
            at = end;
        }
        let piece = self.out.get(at..).unwrap_or_default();
        content |= !piece.trim_matches(ws).is_empty();
        kept.push_str(piece);
        if !content {
            return (all.trim_matches(ws).to_owned(), Vec::new());
        }
        let text = kept.trim_matches(ws);
        let lead = kept.len() - kept.trim_start_matches(ws).len();
        let furniture = furniture
            .into_iter()
            .filter_map(|(start, end, kind)| {
                let (start, end) = (start.saturating_sub(lead), (end - lead).min(text.len()));
                let piece = text.get(start..end)?;
                let start = start + (piece.len() - piece.trim_start_matches(ws).len());
                let end = start + piece.trim_matches(ws).len();
                (end > start).then_some((start, end, kind))
            })
            .collect();
        (text.to_owned(), furniture)
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
            // Elements a browser does not show are not text.
            (
                "<p>Seen.</p><p hidden>Unseen.</p><div style=\"color: red; display : NONE\">\
                 Gone.</div><p aria-hidden=true>Icon</p><p>Also seen.</p>",
                "Seen.\n\nAlso seen.",
            ),
            (
                "<p>A <span class=sr-only>(opens a new window)</span> link.</p>",
                "A link.",
            ),
            ("<p>A<span hidden> B</span>C</p>", "AC"),
            (
                "<p>P1</p><span class=visually-hidden>D</span> tail",
                "P1\n\ntail",
            ),
            ("<p aria-hidden=false>Shown.</p>", "Shown."),
            // responsive classes hide on some screens only
            (
                "<p class=\"hidden-xs lead\">Shown.</p><p class=\"d-none\">Not.</p>",
                "Shown.",
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
                    "<div class=comments>", "<p hidden>", "<span class=sr-only>", "</span>",
                    "<h1 class=share>", "<main>", "</main>", "<li id=related>", "</li>",
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

    /// The text the stages read of a page ([`super::page`]): its furniture blanked, here with
    /// the blank paragraphs left out.
    fn read(html: &str) -> String {
        let text = super::page(html).0;
        let paragraphs: Vec<&str> = text
            .split("\n\n")
            .map(|p| p.trim_matches(|c: char| c.is_ascii_whitespace()))
            .filter(|p| !p.is_empty())
            .collect();
        paragraphs.join("\n\n")
    }

    #[test]
    fn block_furniture_stays_in_the_text_and_is_listed_with_its_kind() {
        let page = "<article><h1>Pier Reopens</h1><p>The pier reopened on Friday.</p>\
             <div class=\"share-bar\"><a>Share on Facebook</a> <a>Email</a></div>\
             <p>Crowds came back, the harbourmaster Ines Farrow said.</p>\
             <aside class=\"related-stories\"><h2>Related</h2><ul><li><a>Ferry fares rise</a>\
             </li></ul></aside>\
             <div class=\"newsletter-box\"><p>Sign up for our morning email</p></div>\
             <section id=comments><h3>12 comments</h3><div class=comment><p>Great news!</p>\
             <div class=comment><p>A reply from Osric Pell.</p></div></div></section>\
             <div class=\"ad ad-slot\">Advertisement</div><div class=cookie-notice>We use \
             cookies.</div><ol class=breadcrumb><li>News</li></ol>\
             <p>The caf\u{e9} on the pier opens at nine.</p></article>";
        let text = to_text(page);
        let (blank, meta) = super::page(page);
        // the same bytes, the furniture's as spaces (line breaks kept)
        assert_eq!(blank.len(), text.len());
        assert!(text.contains("Share on Facebook Email") && text.contains("A reply from Osric"));
        assert!(
            !blank.contains("Share") && !blank.contains("Osric"),
            "{blank}"
        );
        let kinds: Vec<(&str, &str)> = meta
            .furniture
            .iter()
            .map(|f| (f.kind.as_str(), f.span.as_str(&text)))
            .collect();
        assert_eq!(
            kinds,
            [
                ("share", "Share on Facebook Email"),
                ("related", "Related\n\nFerry fares rise"),
                ("newsletter", "Sign up for our morning email"),
                (
                    "comments",
                    "12 comments\n\nGreat news!\n\nA reply from Osric Pell."
                ),
                ("advertisement", "Advertisement"),
                ("cookie", "We use cookies."),
                ("navigation", "News"),
            ]
        );
        for f in &meta.furniture {
            assert_eq!(f.text, f.span.as_str(&text));
            assert!(
                f.span
                    .as_str(&blank)
                    .bytes()
                    .all(|b| b == b' ' || b == b'\n')
            );
        }
        // The record: the page's text whole, the furniture listed, read by no stage.
        let a = crate::parse_html(page);
        a.validate().unwrap();
        assert_eq!(a.text, text);
        let listed: Vec<&str> = a.boilerplate.iter().map(|b| a.span_text(b.span)).collect();
        for f in &meta.furniture {
            assert!(listed.contains(&f.span.as_str(&text)), "{listed:?}");
        }
        assert!(
            a.boilerplate
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start)
        );
        let paragraphs: Vec<&str> = a.paragraphs().map(|p| a.span_text(p.span)).collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        assert!(paragraphs[2].starts_with("The caf\u{e9}"));
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Ines Farrow"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Osric")), "{names:?}");
        // the record's code-point offsets land on the furniture (a non-ASCII character before it)
        let record = crate::record::Record::from_article(&a);
        let json = serde_json::to_value(&record).unwrap();
        let chars: Vec<char> = a.text.chars().collect();
        for b in json["boilerplate"].as_array().unwrap() {
            let (s, e) = (
                b["start"].as_u64().unwrap() as usize,
                b["end"].as_u64().unwrap() as usize,
            );
            let piece: String = chars[s..e].iter().collect();
            assert!(listed.contains(&piece.as_str()), "{piece:?}");
        }
    }

    #[test]
    fn inline_furniture_and_hidden_text_are_cut_out() {
        // inside a paragraph, no block of its own: cut out as before, not listed
        let page = "<p>The pier <span class=share>Share this</span>reopened.</p>\
             <p>Crowds <span class=sr-only>(external site)</span>came.</p>";
        let (text, meta) = super::page(page);
        assert_eq!(text, "The pier reopened.\n\nCrowds came.");
        assert!(meta.furniture.is_empty());
        assert_eq!(to_text(page), text);
    }

    #[test]
    fn a_date_only_the_furniture_writes_is_not_the_pages_date() {
        let page = "<meta property=article:published_time content=2026-05-04>\
             <h1>Pier Reopens</h1><p>The pier reopened on Friday after a long winter.</p>\
             <div class=comments><p>Posted May 4, 2026 by Ann</p></div>";
        let a = crate::parse_html(page);
        a.validate().unwrap();
        assert!(a.published.is_none(), "{:?}", a.published);
        assert_eq!(a.boilerplate.len(), 1);
        // and a date the story writes still is
        let page = page.replace("on Friday", "on May 4, 2026,");
        let a = crate::parse_html(&page);
        let p = a.published.as_ref().expect("a date");
        assert_eq!(p.iso, "2026-05-04");
        assert!(!a.boilerplate.iter().any(|b| b.span.contains(p.span)));
    }

    #[test]
    fn furniture_named_by_class_or_id_is_not_read() {
        let page = "<article><h1>Pier Reopens</h1><p>The pier reopened on Friday.</p>\
             <div class=\"share-bar\"><a>Share on Facebook</a><a>Email</a></div>\
             <p>Crowds came back.</p>\
             <aside class=\"related-stories\"><h2>Related</h2><ul><li><a>Ferry fares rise</a>\
             </li></ul></aside>\
             <div class=\"newsletter-box\"><p>Sign up for our morning email</p></div>\
             <section id=comments><h3>12 comments</h3><div class=comment><p>Great news!</p>\
             <div class=comment><p>A reply.</p></div></div></section>\
             <div class=\"ad ad-slot\">Advertisement</div><p>The end.</p></article>";
        assert_eq!(
            read(page),
            "Pier Reopens\n\nThe pier reopened on Friday.\n\nCrowds came back.\n\nThe end."
        );
        // the words whole: "head", "load", "shared" name nothing
        for class in [
            "masthead",
            "download",
            "shared-story",
            "adviser",
            "headline",
        ] {
            let page = format!("<div class=\"{class}\"><p>Kept.</p></div>");
            assert_eq!(read(&page), "Kept.", "{class}");
        }
        // joined words: "most-read", "most_popular"
        assert_eq!(
            read(
                "<p>Story.</p><div class=most-read>Top ten</div><ol id=most_popular><li>x</li></ol>"
            ),
            "Story."
        );
    }

    #[test]
    fn a_container_is_never_dropped_for_its_class() {
        // a content wrapper named for what it sits beside
        let page = "<div class=\"content with-related\"><p>The story.</p></div>";
        assert_eq!(read(page), "The story.");
        let page = "<div class=\"main-content\"><p>The story.</p></div>";
        assert_eq!(read(page), "The story.");
        // but a class whose first word names furniture is furniture
        let page = "<p>The story.</p><div class=\"related-content\"><p>Other.</p></div>";
        assert_eq!(read(page), "The story.");
        // an element holding the headline or the main content is no furniture
        let page =
            "<div class=\"promo-layout-x share\"><p>Kicker</p><h1>Head</h1><p>Text.</p></div>";
        assert_eq!(read(page), "Kicker\n\nHead\n\nText.");
        let page = "<div class=related><main><p>Text.</p></main></div>";
        assert_eq!(read(page), "Text.");
        // html, body, article and main elements themselves are never dropped
        let page =
            "<body class=has-comments><article class=sponsored><p>Text.</p></article></body>";
        assert_eq!(read(page), "Text.");
    }

    #[test]
    fn a_dropped_element_that_never_closes_is_kept() {
        // where it ends is not known: its text stays, for the structure stage to judge
        assert_eq!(
            read("<p>Story.</p><div class=comments><p>First!</p><p>Second."),
            "Story.\n\nFirst!\n\nSecond."
        );
        // nested elements of its name close inside it
        assert_eq!(
            read("<div class=comments><div><p>a</p></div><div>b</div></div><p>Story.</p>"),
            "Story."
        );
        // a page that is nothing but furniture keeps its text rather than none
        assert_eq!(read("<div class=promo>Buy now</div>"), "Buy now");
    }

    #[test]
    fn a_hidden_headline_is_not_the_page_headline() {
        // a site's name in a screen-reader-only h1: the og:title leads instead
        let page = "<meta property=og:title content=\"Pier Reopens\">\
             <h1 class=sr-only>The Harbour Post</h1><p>The pier reopened.</p>";
        assert_eq!(to_text(page), "Pier Reopens\n\nThe pier reopened.");
    }

    /// The whole parse of a page whose comment thread and sidebar list are named by their
    /// class: no commenter becomes an entity, no comment a quotation.
    #[test]
    fn a_pages_comment_thread_gives_no_entities_or_quotes() {
        let page = "<html><body><article><h1>Quarry Plan Shelved</h1>\
             <p>The county shelved the Redfern quarry plan on Tuesday after a year of protests, \
             council leader Mara Quint said.</p>\
             <p>\u{201c}We listened to the village,\u{201d} Quint said.</p>\
             <div class=\"comments-area\"><h3>3 Responses</h3>\
             <div class=comment><p>Osric Pell says:</p>\
             <p>\u{201c}About time,\u{201d} said my neighbour Tilda Venn.</p></div></div>\
             <ul class=\"popular-posts\"><li>Lindqvist Motors opens a plant</li></ul>\
             </article></body></html>";
        let a = crate::parse_html(page);
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        // (the thread and the list stay in the text, as boilerplate)
        let kinds: Vec<&str> = a.boilerplate.iter().map(|b| b.kind.as_str()).collect();
        assert_eq!(kinds, ["comments", "related"]);
        for gone in ["Osric", "Tilda", "Lindqvist", "Responses"] {
            assert!(a.text.contains(gone), "{gone}: {}", a.text);
            assert!(!names.iter().any(|n| n.contains(gone)), "{gone}: {names:?}");
            let at = a.text.find(gone).unwrap();
            assert!(
                a.boilerplate
                    .iter()
                    .any(|b| b.span.start <= at && at < b.span.end)
            );
        }
        assert!(names.contains(&"Mara Quint"), "{names:?}");
        // the council leader's two (reported, then quoted), none from the thread
        assert_eq!(a.quotes.len(), 2, "{:?}", a.quotes);
        for q in &a.quotes {
            assert_eq!(
                q.speaker.as_ref().map(|s| s.name.as_str()),
                Some("Mara Quint")
            );
        }
        a.validate().unwrap();
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
