//! copydesk turns one English news article into a structured, offset-anchored record: title,
//! byline, date, sections, paragraphs and sentences; the page furniture it removed; the people,
//! organisations, places and amounts it names, one entity per real-world thing; and who said what.
//!
//! ```
//! let article = copydesk::parse_article(
//!     "Mayor Opens New Bridge\n\n\
//!      The mayor of Springfield, Ana Lopez, opened the bridge on Monday. \
//!      \"It connects two halves of one town,\" Lopez said.\n",
//! );
//! assert_eq!(article.span_text(article.title.unwrap()), "Mayor Opens New Bridge");
//! ```
//!
//! Inside Rust every offset is a byte [`Span`] into [`Article::text`]; the serialised record
//! ([`record::Record`], and `serde` on [`Article`]) speaks Unicode code points, as the schema says.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
pub mod entities;
mod error;
mod fxhash;
mod gender;
#[cfg(feature = "html")]
pub mod html;
#[cfg(feature = "html")]
pub mod html_meta;
pub mod outline;
pub mod quotes;
pub mod record;
mod scratch;
pub mod sentences;
mod span;
pub mod structure;
mod swar;

pub use article::{
    Article, Boilerplate, BoilerplateKind, DatePrecision, Entity, Label, Paragraph, Published,
    Quote, QuoteKind, Section, Speaker,
};
pub use error::Error;
pub use span::Span;

use std::sync::OnceLock;

/// [`Parser::parse_many`] runs a stage over this many articles before the next stage: long
/// enough runs for the stage's branches to be learned, few enough articles that their text and
/// tokens stay in the processor's second-level caches (64 was the fastest of 16 to 512 on a
/// stream of news articles, session 18).
const GROUP_ARTICLES: usize = 64;
/// ... or over this much text, whichever comes first.
const GROUP_BYTES: usize = 512 << 10;

/// A configured parser: built once (gazetteers compiled), then reused from any thread.
///
/// # Example
/// ```
/// use copydesk::{Label, Parser};
/// let parser = Parser::builder().entity("Acme Widgets", Label::Org).build().unwrap();
/// let article = parser.parse("Hiring Picks Up\n\nAcme Widgets said on Tuesday it would hire 40 people.\n");
/// assert!(article.entities.iter().any(|e| e.name == "Acme Widgets" && e.label == Label::Org));
/// ```
#[derive(Debug)]
pub struct Parser {
    recognizer: entities::Recognizer,
    options: Options,
}

#[derive(Debug, Clone, Copy)]
#[allow(clippy::struct_excessive_bools)]
struct Options {
    entities: bool,
    quotes: bool,
    indirect: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            entities: true,
            quotes: true,
            indirect: true,
        }
    }
}

/// Builds a [`Parser`] with options and user gazetteers.
#[derive(Debug, Default, Clone)]
pub struct ParserBuilder {
    user_entities: Vec<(String, Label)>,
    options: Options,
}

impl ParserBuilder {
    /// Add a name the parser must know, with its label (an analyst's watch list). User entries
    /// take precedence over the built-in gazetteers.
    #[must_use]
    pub fn entity(mut self, name: impl Into<String>, label: Label) -> Self {
        self.user_entities.push((name.into(), label));
        self
    }

    /// Add many names at once.
    #[must_use]
    pub fn entities<I, S>(mut self, entries: I) -> Self
    where
        I: IntoIterator<Item = (S, Label)>,
        S: Into<String>,
    {
        self.user_entities
            .extend(entries.into_iter().map(|(n, l)| (n.into(), l)));
        self
    }

    /// Turn entity recognition on or off (on by default). Quotes then have no resolved speakers.
    #[must_use]
    pub fn with_entities(mut self, yes: bool) -> Self {
        self.options.entities = yes;
        self
    }

    /// Turn quote extraction on or off (on by default).
    #[must_use]
    pub fn with_quotes(mut self, yes: bool) -> Self {
        self.options.quotes = yes;
        self
    }

    /// Turn reported (indirect) speech on or off (on by default): with it off, quotes are only
    /// the quotations in marks, and the quote stage costs what it did before reported speech
    /// (about 15 % less time for the whole parse on news).
    #[must_use]
    pub fn with_indirect(mut self, yes: bool) -> Self {
        self.options.indirect = yes;
        self
    }

    /// Compile the gazetteers and build the parser.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] when a user entry is empty or unusable.
    pub fn build(self) -> Result<Parser, Error> {
        let recognizer = entities::Recognizer::new(&self.user_entities)?;
        Ok(Parser {
            recognizer,
            options: self.options,
        })
    }
}

impl Parser {
    /// A builder for a configured parser.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// The shared default parser, built on first use.
    ///
    /// # Panics
    /// Only if the built-in gazetteers failed to compile, which the test suite rules out.
    pub fn global() -> &'static Parser {
        static GLOBAL: OnceLock<Parser> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            ParserBuilder::default()
                .build()
                .expect("the built-in gazetteers always compile")
        })
    }

    /// Parse one article given as plain text. Never fails and never panics: any input gives an
    /// [`Article`], possibly empty.
    pub fn parse(&self, text: &str) -> Article {
        self.parse_owned(text.to_owned())
    }

    /// [`Parser::parse`] for a text the caller owns: it becomes [`Article::text`] as it is,
    /// without a copy.
    ///
    /// # Example
    /// ```
    /// let text = String::from("A Headline Here\n\nThe first paragraph.\n");
    /// let article = copydesk::Parser::global().parse_owned(text.clone());
    /// assert_eq!(article, copydesk::parse_article(&text));
    /// ```
    pub fn parse_owned(&self, text: String) -> Article {
        let mut article = Self::layout(text);
        self.finish(std::slice::from_mut(&mut article));
        article
    }

    /// Parse many articles given as plain text: the same records as [`Parser::parse_owned`] on
    /// each, in input order, in less time for a batch.
    ///
    /// The stages run one after the other over groups of articles (up to 64 articles or 512 kB
    /// of text): the page structure of every article of a group, then its entities, then its
    /// quotes. A stage that runs over many articles in a row keeps its code and the processor's
    /// branch history to itself: the command line, which parses its batches this way, spends
    /// 6-8 % less CPU time on a stream of distinct news articles than one by one
    /// (`docs/design/performance.md`, session 18).
    /// Memory grows with the articles returned, as it would with `parse_owned` in a loop.
    ///
    /// # Example
    /// ```
    /// let parser = copydesk::Parser::global();
    /// let texts = vec![
    ///     "Harbour Pilots Strike\n\nThe pilots walked out on Monday, the union said.\n".to_owned(),
    ///     String::new(),
    ///     "Mayor Opens Bridge\n\n\"It joins the town,\" Mayor Ana Lopez said.\n".to_owned(),
    /// ];
    /// let articles = parser.parse_many(texts.clone());
    /// assert_eq!(articles.len(), 3);
    /// for (article, text) in articles.iter().zip(texts) {
    ///     assert_eq!(*article, parser.parse_owned(text));
    /// }
    /// ```
    pub fn parse_many<I>(&self, texts: I) -> Vec<Article>
    where
        I: IntoIterator<Item = String>,
    {
        let texts = texts.into_iter();
        let mut out: Vec<Article> = Vec::with_capacity(texts.size_hint().0);
        let (mut start, mut bytes) = (0, 0);
        for text in texts {
            bytes += text.len();
            out.push(Self::layout(text));
            if out.len() - start >= GROUP_ARTICLES || bytes >= GROUP_BYTES {
                self.finish(&mut out[start..]);
                (start, bytes) = (out.len(), 0);
            }
        }
        self.finish(&mut out[start..]);
        out
    }

    /// [`Parser::parse_many`] for a batch that must lose no document: each parse is run by
    /// `guard`, which runs the closure it is given and turns a panic into an error, so that a
    /// panic (a bug: parsing promises never to panic) costs only the document that panics.
    ///
    /// A group whose stages panic is parsed again one article at a time, each guarded on its
    /// own; an article whose layout panics, or that panics alone, is `Err(the guard's error)`.
    /// Without a panic, the articles are those of [`Parser::parse_many`]. The command line and
    /// the Python wheel parse their batches this way, each with its own guard (which words the
    /// error as its users read it).
    ///
    /// # Example
    /// ```
    /// use std::panic::{AssertUnwindSafe, catch_unwind};
    /// let parser = copydesk::Parser::global();
    /// let texts = vec!["Mayor Opens Bridge\n\nThe bridge opened on Monday.".to_owned()];
    /// let articles = parser.parse_many_guarded(texts, |parse| {
    ///     catch_unwind(AssertUnwindSafe(parse)).map_err(|_| "the parser panicked")
    /// });
    /// assert_eq!(articles.len(), 1);
    /// assert!(articles[0].as_ref().is_ok_and(|a| a.title.is_some()));
    /// ```
    pub fn parse_many_guarded<I, E>(
        &self,
        texts: I,
        guard: impl Fn(&mut dyn FnMut()) -> Result<(), E>,
    ) -> Vec<Result<Article, E>>
    where
        I: IntoIterator<Item = String>,
    {
        Self::guarded_with(texts, guard, Self::layout, |group| self.finish(group))
    }

    /// [`Parser::parse_many_guarded`] with the layout and the stages after it given (the tests
    /// plant panics there).
    fn guarded_with<I, E>(
        texts: I,
        guard: impl Fn(&mut dyn FnMut()) -> Result<(), E>,
        layout: impl Fn(String) -> Article,
        finish: impl Fn(&mut [Article]),
    ) -> Vec<Result<Article, E>>
    where
        I: IntoIterator<Item = String>,
    {
        let texts = texts.into_iter();
        // Each text's result, in input order; the group's articles wait in `group`, their
        // places in `places`, until the group is finished.
        let mut out: Vec<Option<Result<Article, E>>> = Vec::with_capacity(texts.size_hint().0);
        let mut group: Vec<Article> = Vec::new();
        let mut places: Vec<usize> = Vec::new();
        let mut bytes = 0;
        for text in texts {
            bytes += text.len();
            let (mut text, mut laid) = (Some(text), None);
            match guard(&mut || laid = text.take().map(&layout)) {
                Ok(()) => {
                    places.push(out.len());
                    out.push(None);
                    group.extend(laid);
                }
                Err(error) => out.push(Some(Err(error))),
            }
            if group.len() >= GROUP_ARTICLES || bytes >= GROUP_BYTES {
                Self::finish_guarded(&mut group, &mut places, &mut out, &guard, &finish);
                bytes = 0;
            }
        }
        Self::finish_guarded(&mut group, &mut places, &mut out, &guard, &finish);
        // Every place was filled (an article guarded on its own is `Ok` or `Err`).
        out.into_iter().flatten().collect()
    }

    /// The stages after the layout over `group`, guarded, then one article at a time should
    /// that panic; each result goes to its place in `out`, and `group` and `places` are emptied.
    fn finish_guarded<E>(
        group: &mut Vec<Article>,
        places: &mut Vec<usize>,
        out: &mut [Option<Result<Article, E>>],
        guard: &impl Fn(&mut dyn FnMut()) -> Result<(), E>,
        finish: &impl Fn(&mut [Article]),
    ) {
        if group.is_empty() {
            return;
        }
        let whole = guard(&mut || finish(group));
        for (mut article, place) in group.drain(..).zip(places.drain(..)) {
            let result = match whole {
                Ok(()) => Ok(article),
                // (the stages set each article's entities and quotes anew: nothing of the
                // group's half-done run is left)
                Err(_) => {
                    guard(&mut || finish(std::slice::from_mut(&mut article))).map(|()| article)
                }
            };
            out[place] = Some(result);
        }
    }

    /// The first stage: an article with its page structure, and no entities or quotes yet.
    fn layout(text: String) -> Article {
        let layout = structure::analyze(&text);
        Article {
            id: None,
            text,
            title: layout.title,
            subtitle: layout.subtitle,
            byline: layout.byline,
            authors: layout.authors,
            published: layout.published,
            sections: layout.sections,
            boilerplate: layout.boilerplate,
            entities: Vec::new(),
            quotes: Vec::new(),
        }
    }

    /// The stages after the structure, each over the whole `group` before the next.
    fn finish(&self, group: &mut [Article]) {
        if self.options.entities {
            for article in group.iter_mut() {
                article.entities = self.recognizer.extract(article);
            }
        }
        if self.options.quotes {
            for article in group.iter_mut() {
                article.quotes = quotes::extract_with(article, self.options.indirect);
            }
        }
    }

    /// Parse one article given as an HTML page: its text is extracted first ([`html::to_text`]:
    /// script, style and navigation dropped, block elements as paragraphs, the `<title>` as the
    /// first line when the page has no `h1`), and that text becomes [`Article::text`], which
    /// every offset of the record points into. What the page's metadata says (its `<meta>`
    /// tags and JSON-LD) fills what the text left empty: the authors when no byline names any,
    /// the publication date when no date line gives one and the text writes that date. Never
    /// fails and never panics.
    ///
    /// # Example
    /// ```
    /// let article = copydesk::Parser::global().parse_html(
    ///     "<html><body><nav><a href=/>Home</a></nav><article><h1>Harbour Pilots Strike</h1>\
    ///      <p>The pilots walked out on Monday, the union said.</p></article></body></html>",
    /// );
    /// assert_eq!(article.span_text(article.title.unwrap()), "Harbour Pilots Strike");
    /// assert!(!article.text.contains("Home"));
    /// ```
    #[cfg(feature = "html")]
    pub fn parse_html(&self, html: &str) -> Article {
        let (text, meta) = html::page(html);
        let mut article = self.parse_owned(text);
        meta.fill(&mut article);
        article
    }
}

/// Parse one article given as plain text with the default [`Parser`].
///
/// Never fails and never panics: empty or odd input gives an empty or partial [`Article`].
///
/// # Example
/// ```
/// let article = copydesk::parse_article("");
/// assert!(article.sections.is_empty());
/// ```
pub fn parse_article(text: &str) -> Article {
    Parser::global().parse(text)
}

/// Parse one article given as an HTML page with the default [`Parser`]; see
/// [`Parser::parse_html`].
#[cfg(feature = "html")]
pub fn parse_html(html: &str) -> Article {
    Parser::global().parse_html(html)
}

#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    /// A guard as the command line's: a panic becomes its message.
    fn guard(parse: &mut dyn FnMut()) -> Result<(), String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse)).map_err(|payload| {
            (payload.downcast_ref::<&str>().copied())
                .unwrap_or("a panic")
                .to_owned()
        })
    }

    #[test]
    fn a_guarded_batch_loses_only_the_documents_that_panic() {
        let parser = Parser::global();
        let texts: Vec<String> = (0..150)
            .map(|i| match i {
                3 => "Boom In Layout\n\nThis one panics in its layout.".to_owned(),
                70 | 75 => format!("Boom Title {i}\n\nThis one panics in its stages."),
                _ => format!(
                    "Mayor Opens Bridge {i}\n\n\"It joins the town,\" Mayor Ana Lopez said."
                ),
            })
            .collect();
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let got = Parser::guarded_with(
            texts.clone(),
            guard,
            |text| {
                assert!(!text.starts_with("Boom In Layout"), "planted in the layout");
                Parser::layout(text)
            },
            |group| {
                parser.finish(group);
                let boom = group.iter().any(|a| a.text.starts_with("Boom Title"));
                assert!(!boom, "planted in the stages");
            },
        );
        std::panic::set_hook(hook);
        assert_eq!(got.len(), texts.len());
        for (i, (result, text)) in got.into_iter().zip(texts).enumerate() {
            match i {
                3 => assert_eq!(result.unwrap_err(), "planted in the layout"),
                70 | 75 => assert_eq!(result.unwrap_err(), "planted in the stages"),
                // (those of the group that panicked parsed again alone)
                _ => assert_eq!(result.unwrap(), parser.parse_owned(text), "text {i}"),
            }
        }
    }

    #[test]
    fn oibits() {
        assert_send_sync::<Parser>();
        assert_send_sync::<Article>();
    }
}
