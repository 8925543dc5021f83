//! Turning documents into output: decode, parse, render (in the workers); write in input order
//! (on the main thread); and the progress bar.

use std::io::{self, BufWriter, IoSlice, Write};
use std::time::{Duration, Instant};

use copydesk::html_meta::PageMeta;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use crate::Format;
use crate::docs::Doc;

/// What became of one document.
#[derive(Debug)]
pub struct Outcome {
    /// How messages name a document that is not a JSON line: its path or `<stdin>`. A JSON line
    /// is named by [`Outcome::label`] only when a message needs it (most never do).
    name: String,
    /// A JSON line whose id was read: messages name it by its line and its id.
    named_by_id: bool,
    /// The id echoed in error records.
    pub id: Option<String>,
    /// The line of `--jsonl-input` it came from.
    pub line: Option<usize>,
    /// The rendered record or outline, or why the document failed.
    pub result: Result<Rendered, String>,
}

/// A parsed document's output.
#[derive(Debug)]
pub enum Rendered {
    /// The record, outline or pretty JSON, as a string of its own (several threads, or a format
    /// other than JSON lines).
    Text(String),
    /// A JSON-lines record already appended to the writer's buffer ([`Writer::sink`]: one
    /// thread), its line end not yet.
    InSink,
}

impl Outcome {
    /// How messages name the document: its path, `<stdin>`, `line N`, or `line N (id X)` once
    /// the line's id was read.
    pub fn label(&self) -> String {
        match (self.line, &self.id) {
            (Some(line), Some(id)) if self.named_by_id => format!("line {line} (id {id})"),
            (Some(line), _) => format!("line {line}"),
            (None, _) => self.name.clone(),
        }
    }
}

/// How documents are read.
#[derive(Debug, Clone, Copy)]
pub struct Read {
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document.
    pub lossy: bool,
    /// Every file and stdin is an HTML page (files named *.html or *.htm always are).
    pub html: bool,
}

/// True for a file the command line reads as an HTML page by its name.
pub fn is_html_path(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The article text of a decoded document: the page's text for HTML, with the page's metadata
/// (which fills the authors and date the text leaves empty: `copydesk::html_meta`), else the
/// document itself.
fn article_text(decoded: String, html: bool) -> Page {
    if html {
        page_of(&decoded)
    } else {
        (decoded, None)
    }
}

/// A document's article text, and for an HTML page its metadata.
type Page = (String, Option<Box<PageMeta>>);

/// The text and metadata of an HTML page.
fn page_of(html: &str) -> Page {
    let (text, meta) = copydesk::html::page(html);
    (text, Some(Box::new(meta)))
}

/// Decode, parse and render one document; never panics on bad input. With a `sink` (JSON lines
/// on one thread, [`Writer::sink`]) a record is appended to it rather than returned as a string
/// of its own. Runs on a worker thread when there are several.
pub fn process(doc: Doc<'_>, format: Format, read: Read, sink: Option<&mut Vec<u8>>) -> Outcome {
    match decode_doc(doc, read) {
        Decoded::Failed(outcome) => outcome,
        Decoded::Text(mut outcome, (text, meta)) => {
            // The id goes into the article for its record and comes back for messages: not
            // copied.
            (outcome.result, outcome.id) =
                render(text, meta.as_deref(), outcome.id.take(), format, sink);
            outcome
        }
    }
}

/// A document read and decoded: its outcome so far (its name, line and id; `result` not yet
/// set) and its article text, or the outcome of a document that failed before its parse.
enum Decoded {
    Failed(Outcome),
    Text(Outcome, Page),
}

/// A document of a group ([`parse_group`]): parsed and waiting for [`render_parsed`], or done
/// (it failed before its parse, or was parsed alone after its group's parse panicked).
pub enum Parsed {
    /// Done: the outcome is final.
    Done(Outcome),
    /// Parsed: the outcome so far and the article.
    Article(Outcome, Box<copydesk::Article>),
}

/// Decode and parse the documents of a group with [`copydesk::Parser::parse_many_guarded`],
/// which runs each stage over the whole group before the next (faster than one document at a
/// time) and, should that panic, parses the group's documents again one at a time, each
/// [`guard`]ed: only a document that panics becomes an error record, never the rest of the group.
pub fn parse_group(docs: Vec<Doc<'_>>, read: Read) -> Vec<Parsed> {
    let parser = copydesk::Parser::global();
    parse_group_with(docs, read, |texts| {
        parser.parse_many_guarded(texts, |parse| guard(std::panic::AssertUnwindSafe(parse)))
    })
}

/// [`parse_group`] with the guarded parse of a group (`many`) given.
fn parse_group_with(
    docs: Vec<Doc<'_>>,
    read: Read,
    many: impl FnOnce(Vec<String>) -> Vec<Result<copydesk::Article, String>>,
) -> Vec<Parsed> {
    // Each document's outcome so far, and whether its text went to the group's parse.
    let mut outcomes: Vec<(Outcome, bool)> = Vec::with_capacity(docs.len());
    let mut texts: Vec<String> = Vec::with_capacity(docs.len());
    // (the metadata of the HTML pages among them, beside their texts)
    let mut metas: Vec<Option<Box<PageMeta>>> = Vec::with_capacity(docs.len());
    for doc in docs {
        match decode_doc(doc, read) {
            Decoded::Text(outcome, (text, meta)) => {
                metas.push(meta);
                texts.push(text);
                outcomes.push((outcome, true));
            }
            Decoded::Failed(outcome) => outcomes.push((outcome, false)),
        }
    }
    let mut articles = many(texts)
        .into_iter()
        .zip(metas)
        .map(|(mut article, meta)| {
            if let (Ok(article), Some(meta)) = (&mut article, meta) {
                meta.fill(article);
            }
            article
        });
    outcomes
        .into_iter()
        .map(|(outcome, in_parse)| {
            if !in_parse {
                return Parsed::Done(outcome);
            }
            match articles.next() {
                Some(Ok(article)) => Parsed::Article(outcome, Box::new(article)),
                Some(Err(error)) => Parsed::Done(Outcome {
                    result: Err(error),
                    ..outcome
                }),
                None => Parsed::Done(Outcome {
                    result: Err("internal error: no article for the document".into()),
                    ..outcome
                }),
            }
        })
        .collect()
}

/// The record, pretty record or outline of a document of a group, appended to `sink` when it is
/// given and the format is JSON lines (as [`process`] does).
pub fn render_parsed(parsed: Parsed, format: Format, sink: Option<&mut Vec<u8>>) -> Outcome {
    let (mut outcome, mut article) = match parsed {
        Parsed::Done(outcome) => return outcome,
        Parsed::Article(outcome, article) => (outcome, article),
    };
    article.id = outcome.id.take();
    outcome.result = match sink {
        Some(sink) if format == Format::Jsonl => {
            let start = sink.len();
            let written = guard(std::panic::AssertUnwindSafe(|| article.write_json(sink)));
            if written.is_err() {
                sink.truncate(start);
            }
            written.map(|()| Rendered::InSink)
        }
        _ => guard(std::panic::AssertUnwindSafe(|| {
            Rendered::Text(render_article(&article, format))
        })),
    };
    outcome.id = article.id.take();
    outcome
}

/// Read and decode one document: its article text (an HTML page's text for HTML), or why it
/// has none.
fn decode_doc(doc: Doc<'_>, read: Read) -> Decoded {
    let lossy = read.lossy;
    let ready = |outcome: Outcome, text: Result<Page, String>| match text {
        Ok(text) => Decoded::Text(outcome, text),
        Err(error) => Decoded::Failed(Outcome {
            result: Err(error),
            ..outcome
        }),
    };
    match doc {
        Doc::File(path) => {
            let label = path.display().to_string();
            let html = read.html || is_html_path(&path);
            let text = std::fs::read(&path)
                .map_err(|e| format!("cannot read: {}", io_reason(&e)))
                .and_then(|bytes| decode(bytes, lossy))
                .map(|text| article_text(text, html));
            let outcome = Outcome {
                id: Some(label.clone()),
                name: label,
                named_by_id: false,
                line: None,
                result: Err(String::new()),
            };
            ready(outcome, text)
        }
        Doc::Stdin(bytes) => {
            let outcome = Outcome {
                name: "<stdin>".into(),
                named_by_id: false,
                id: None,
                line: None,
                result: Err(String::new()),
            };
            ready(
                outcome,
                decode(bytes, lossy).map(|text| article_text(text, read.html)),
            )
        }
        Doc::Failed { label, error } => Decoded::Failed(Outcome {
            id: Some(label.clone()),
            name: label,
            named_by_id: false,
            line: None,
            result: Err(error),
        }),
        Doc::Line { line, bytes } => decode_line(line, bytes, lossy),
    }
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Bytes to text: strict UTF-8 with a message saying where it breaks, or lossy on request.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(utf8_message(&e)),
    }
}

fn utf8_message(e: &std::string::FromUtf8Error) -> String {
    format!(
        "invalid UTF-8 at byte {} (pass --lossy to replace invalid bytes with U+FFFD)",
        e.utf8_error().valid_up_to()
    )
}

/// The id as echoed: strings as they are, other JSON values in their JSON form.
fn id_of(value: Option<Value>) -> Option<String> {
    match value {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    }
}

/// Parse and render one line of `--jsonl-input` (the tests' way in).
#[cfg(test)]
fn json_line(
    line: usize,
    bytes: &[u8],
    format: Format,
    lossy: bool,
    sink: Option<&mut Vec<u8>>,
) -> Outcome {
    let read = Read { lossy, html: false };
    process(Doc::Line { line, bytes }, format, read, sink)
}

/// Decode one line of `--jsonl-input`: its `id`, and its `text` (or the text of its `html`).
fn decode_line(line: usize, bytes: &[u8], lossy: bool) -> Decoded {
    let mut out = Outcome {
        name: String::new(),
        named_by_id: false,
        id: None,
        line: Some(line),
        result: Err(String::new()),
    };
    // The common line is read by hand, as serde_json reads it (see `jsonline`); any other line
    // by serde_json.
    let parsed = if let Some((id, text)) = crate::jsonline::id_and_text(bytes) {
        Ok(Line::Object(Fields {
            id: id.map(Value::String),
            text: Some(Value::String(text)),
            html: None,
            skipped: false,
        }))
    } else {
        // serde_json checks as UTF-8 every string it builds: when it skipped no value, that is
        // the whole line (outside strings only ASCII parses), and the line needs no check of its
        // own. Any other line takes the general path below, which reports bad UTF-8 first.
        match serde_json::from_slice::<Line>(bytes) {
            Ok(Line::Object(fields)) if !fields.skipped || std::str::from_utf8(bytes).is_ok() => {
                Ok(Line::Object(fields))
            }
            _ => {
                let text = match String::from_utf8(bytes.to_vec()) {
                    Ok(text) => text,
                    Err(e) => {
                        let decoded = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        if !lossy {
                            // Still echo the id when the rest of the line is readable.
                            out.id = serde_json::from_str::<Value>(&decoded)
                                .ok()
                                .and_then(|mut v| id_of(v.get_mut("id").map(Value::take)));
                            out.result = Err(utf8_message(&e));
                            return Decoded::Failed(out);
                        }
                        decoded
                    }
                };
                serde_json::from_str::<Line>(&text)
            }
        }
    };
    let fields = match parsed {
        Ok(Line::Object(fields)) => fields,
        Ok(Line::NotAnObject) => {
            out.result = Err("expected a JSON object with \"id\" and \"text\"".into());
            return Decoded::Failed(out);
        }
        Err(e) => {
            out.result = Err(format!("invalid JSON: {e}"));
            return Decoded::Failed(out);
        }
    };
    let id = id_of(fields.id);
    out.named_by_id = id.is_some();
    let text = match (fields.text, fields.html) {
        (Some(Value::String(text)), _) => Ok((text, None)),
        (Some(_), _) => Err("\"text\" must be a string".into()),
        (None, Some(Value::String(html))) => Ok(page_of(&html)),
        (None, Some(_)) => Err("\"html\" must be a string".into()),
        (None, None) => Err("no \"text\" field".into()),
    };
    out.id = id;
    match text {
        Ok(text) => Decoded::Text(out, text),
        Err(error) => {
            out.result = Err(error);
            Decoded::Failed(out)
        }
    }
}

/// One line of `--jsonl-input`: an object's `id`, `text` and `html`, or something else.
///
/// Read with a visitor rather than as a `serde_json::Value`: the other fields of a line (a corpus's
/// gold annotations, a crawler's metadata) are skipped without being built, which on annotated
/// corpora was a third of the command line's instructions. A field given twice keeps its last value,
/// as it did when lines were read into a `Value`.
enum Line {
    Object(Fields),
    NotAnObject,
}

/// The fields of a line the command line reads; `Some(Value::Null)` for a field given as `null`.
#[derive(Default)]
struct Fields {
    id: Option<Value>,
    text: Option<Value>,
    html: Option<Value>,
    /// Some field was skipped unread (its strings not checked as UTF-8).
    skipped: bool,
}

impl<'de> serde::Deserialize<'de> for Line {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Line, D::Error> {
        deserializer.deserialize_any(LineVisitor)
    }
}

struct LineVisitor;

impl<'de> serde::de::Visitor<'de> for LineVisitor {
    type Value = Line;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Line, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Key>()? {
            let slot = match key {
                Key::Id => &mut fields.id,
                Key::Text => &mut fields.text,
                Key::Html => &mut fields.html,
                Key::Other => {
                    fields.skipped = true;
                    map.next_value::<serde::de::IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value::<Value>()?);
        }
        Ok(Line::Object(fields))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Line, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Line::NotAnObject)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }

    fn visit_str<E>(self, _: &str) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }

    fn visit_unit<E>(self) -> Result<Line, E> {
        Ok(Line::NotAnObject)
    }
}

/// A key of a line's object, read without allocating.
enum Key {
    Id,
    Text,
    Html,
    Other,
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    "html" => Key::Html,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Parse and render one document, with any panic contained (see [`guard`]); the id is given back.
/// A JSON-lines record goes to `sink` when there is one; a document that panics leaves nothing
/// there.
fn render(
    text: String,
    meta: Option<&PageMeta>,
    id: Option<String>,
    format: Format,
    sink: Option<&mut Vec<u8>>,
) -> (Result<Rendered, String>, Option<String>) {
    let mut id_back = None;
    let result = match sink {
        Some(sink) if format == Format::Jsonl => {
            let start = sink.len();
            let written = guard(std::panic::AssertUnwindSafe(|| {
                // The text is moved into the article, not copied.
                let mut article = copydesk::Parser::global().parse_owned(text);
                if let Some(meta) = meta {
                    meta.fill(&mut article);
                }
                article.id = id;
                article.write_json(sink);
                id_back = article.id.take();
            }));
            if written.is_err() {
                sink.truncate(start);
            }
            written.map(|()| Rendered::InSink)
        }
        _ => guard(std::panic::AssertUnwindSafe(|| {
            let (rendered, id) = render_unguarded(text, meta, id, format);
            id_back = id;
            Rendered::Text(rendered)
        })),
    };
    (result, id_back)
}

thread_local! {
    /// Where the last panic on this thread happened, left by the hook of [`quiet_panics`].
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replace the default panic hook, which prints a message and a backtrace per panic, by one that
/// only notes where the panic happened: [`guard`] reports it once, in the document's error
/// record and on stderr (`copydesk: line 7 (id x): internal error ...`).
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        PANIC_AT.with(|p| *p.borrow_mut() = at);
    }));
}

/// Run `f`, turning a panic into `Err("internal error ...")`. `parse_article` promises never to
/// panic; should a bug break that promise, the panic costs only this document (an error record,
/// exit status 1), never the rest of the batch.
pub fn guard<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    std::panic::catch_unwind(f).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        // Panic messages can quote the whole document: keep the first line, at most 200 chars.
        let first_line = message.lines().next().unwrap_or_default();
        let short: String = first_line.chars().take(200).collect();
        let at = PANIC_AT
            .with(|p| p.borrow_mut().take())
            .map(|at| format!(" at {at}"))
            .unwrap_or_default();
        format!("internal error: the parser panicked{at} ({short}); please report this document")
    })
}

#[cfg(test)]
mod tests {
    use super::{Format, Rendered, guard, json_line, quiet_panics};

    #[test]
    fn guard_turns_a_panic_into_an_error() {
        quiet_panics();
        assert_eq!(guard(|| "fine".to_owned()), Ok("fine".to_owned()));
        let err = guard(|| panic!("boom\nsecond line {}", "x".repeat(1000))).unwrap_err();
        assert!(
            err.starts_with("internal error: the parser panicked at "),
            "{err}"
        );
        assert!(err.contains("output.rs:"), "the location is kept: {err}");
        assert!(err.contains("(boom)"), "first line only: {err}");
        let long = guard(|| panic!("{}", "y".repeat(1000))).unwrap_err();
        assert!(long.len() < 400, "message cut: {}", long.len());
        let _ = std::panic::take_hook(); // back to the default hook for other tests
    }

    fn line(json: &str) -> super::Outcome {
        json_line(3, json.as_bytes(), Format::Jsonl, false, None)
    }

    #[test]
    fn json_lines_skip_other_fields_and_keep_the_last_of_a_repeated_one() {
        let o = line(
            r#"{"gold": {"quotes": [{"start": 1, "speaker": null}], "x": [1.5, true]},
               "id": 7, "text": "Old Title\n\nOld.", "meta": "skip me",
               "text": "Harbour Pilots Strike\n\nThe pilots walked out.", "id": "a-1"}"#,
        );
        assert_eq!(o.id.as_deref(), Some("a-1"));
        assert_eq!(o.label(), "line 3 (id a-1)");
        let Ok(Rendered::Text(record)) = o.result else {
            panic!("not a record")
        };
        let record: serde_json::Value = serde_json::from_str(&record).unwrap();
        assert_eq!(record["id"], "a-1");
        assert_eq!(record["title"]["text"], "Harbour Pilots Strike");
        assert!(record.get("gold").is_none() && record.get("meta").is_none());
    }

    #[test]
    fn a_group_whose_parse_panics_loses_only_the_document_that_panics() {
        use super::{Parsed, Read, parse_group_with, render_parsed};
        use crate::docs::Doc;
        fn docs(lines: &[String]) -> Vec<Doc<'_>> {
            (lines.iter().enumerate())
                .map(|(i, l)| Doc::Line {
                    line: i + 1,
                    bytes: l.as_bytes(),
                })
                .collect()
        }
        quiet_panics();
        let lines: Vec<String> = [
            "Harbour Pilots Strike\\n\\nThe pilots walked out.",
            "Boom Title\\n\\nThis one makes the parser panic.",
            "Mayor Opens Bridge\\n\\nThe bridge opened on Monday.",
        ]
        .iter()
        .enumerate()
        .map(|(i, text)| format!(r#"{{"id": "d{i}", "text": "{text}"}}"#))
        .chain(["not json".to_owned()])
        .collect();
        let read = Read {
            lossy: false,
            html: false,
        };
        let parser = copydesk::Parser::global();
        // The group's parse, guarded as `parse_group` guards it, with one document that panics.
        let planted = |texts: Vec<String>| {
            texts
                .into_iter()
                .map(|text| {
                    super::guard(std::panic::AssertUnwindSafe(|| {
                        assert!(!text.contains("panic"), "planted panic");
                        parser.parse_owned(text)
                    }))
                })
                .collect()
        };
        let parsed = parse_group_with(docs(&lines), read, planted);
        let outcomes: Vec<super::Outcome> = parsed
            .into_iter()
            .map(|p| render_parsed(p, Format::Jsonl, None))
            .collect();
        assert_eq!(outcomes.len(), 4);
        for (o, id) in outcomes.iter().zip(["d0", "d1", "d2"]) {
            assert_eq!(o.id.as_deref(), Some(id));
        }
        assert!(
            matches!(&outcomes[0].result, Ok(Rendered::Text(r)) if r.contains("Harbour Pilots"))
        );
        let err = outcomes[1].result.as_ref().unwrap_err();
        assert!(
            err.starts_with("internal error: the parser panicked"),
            "{err}"
        );
        assert!(matches!(&outcomes[2].result, Ok(Rendered::Text(r)) if r.contains("Mayor Opens")));
        assert!(
            outcomes[3]
                .result
                .as_ref()
                .unwrap_err()
                .starts_with("invalid JSON")
        );
        // Without a panic, the group's records are those of documents parsed one by one.
        let grouped = super::parse_group(docs(&lines[..1]), read);
        let [Parsed::Article(_, article)] = &grouped[..] else {
            panic!("not parsed")
        };
        assert_eq!(
            **article,
            parser.parse("Harbour Pilots Strike\n\nThe pilots walked out.")
        );
        let _ = std::panic::take_hook();
    }

    #[test]
    fn json_lines_that_are_not_documents_say_why() {
        for (json, error) in [
            ("[1, {\"text\": \"x\"}]", "expected a JSON object"),
            ("\"text\"", "expected a JSON object"),
            ("null", "expected a JSON object"),
            ("12.5", "expected a JSON object"),
            (r#"{"id": "a", "text": null}"#, "\"text\" must be a string"),
            (
                r#"{"id": "a", "html": ["<p>"]}"#,
                "\"html\" must be a string",
            ),
            (
                r#"{"id": "a", "other": {"text": "nested"}}"#,
                "no \"text\" field",
            ),
            (
                r#"{"id": "a", "text": "x", "extra": [1, 2}"#,
                "invalid JSON",
            ),
        ] {
            let err = line(json).result.unwrap_err();
            assert!(err.starts_with(error), "{json}: {err}");
        }
        // An id of another type is echoed in its JSON form.
        assert_eq!(line(r#"{"id": [1, 2]}"#).id.as_deref(), Some("[1,2]"));
        assert_eq!(line(r#"{"id": null, "text": 1}"#).id, None);
    }

    #[test]
    fn vectored_writes_go_on_until_every_slice_is_written() {
        /// Takes at most 3 bytes a call, of the first non-empty slice only.
        struct Trickle(Vec<u8>);
        impl std::io::Write for Trickle {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                let n = b.len().min(3);
                self.0.extend_from_slice(&b[..n]);
                Ok(n)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let records = ["{\"a\":1}", "", "{\"text\":\"long enough\"}"];
        let mut slices: Vec<std::io::IoSlice> = records
            .iter()
            .flat_map(|r| {
                [
                    std::io::IoSlice::new(r.as_bytes()),
                    std::io::IoSlice::new(b"\n"),
                ]
            })
            .collect();
        let mut out = Trickle(Vec::new());
        super::write_all_vectored(&mut out, &mut slices).unwrap();
        assert_eq!(out.0, b"{\"a\":1}\n\n{\"text\":\"long enough\"}\n");
    }

    #[test]
    fn invalid_utf8_is_reported_wherever_it_lies_in_a_line() {
        for (bytes, id) in [
            (
                &b"{\"id\": \"a\", \"text\": \"Old \xff Title\"}"[..],
                Some("a"),
            ),
            (
                b"{\"id\": \"a\", \"meta\": [\"\xff\"], \"text\": \"Old Title\"}",
                Some("a"),
            ),
            (
                b"{\"id\": \"a\xff\", \"text\": \"Old Title\"}",
                Some("a\u{fffd}"),
            ),
            (
                b"{\"\xff\": 1, \"id\": 2, \"text\": \"Old Title\"}",
                Some("2"),
            ),
        ] {
            let o = json_line(3, bytes, Format::Jsonl, false, None);
            let err = o.result.unwrap_err();
            assert!(err.starts_with("invalid UTF-8 at byte"), "{err}");
            assert_eq!(o.id.as_deref(), id);
            let lossy = json_line(3, bytes, Format::Jsonl, true, None);
            assert!(lossy.result.is_ok());
        }
    }
}

/// The record, pretty record or outline of a document as a string, and its id back.
fn render_unguarded(
    text: String,
    meta: Option<&PageMeta>,
    id: Option<String>,
    format: Format,
) -> (String, Option<String>) {
    // The text is moved into the article, not copied.
    let mut article = copydesk::Parser::global().parse_owned(text);
    if let Some(meta) = meta {
        meta.fill(&mut article);
    }
    article.id = id;
    let rendered = render_article(&article, format);
    (rendered, article.id.take())
}

/// An article's record, pretty record or outline.
fn render_article(article: &copydesk::Article, format: Format) -> String {
    match format {
        Format::Jsonl => article.to_json(),
        // serde on the article writes its record from borrowed spans, without an owned copy.
        Format::Json => serde_json::to_string_pretty(article)
            .unwrap_or_else(|e| error_record(article.id.as_deref(), None, &e.to_string(), false)),
        Format::Text => copydesk::outline::outline(article),
    }
}

/// The batch form's error record: `{"id", "error"}`, plus the input line for JSON lines.
#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    id: Option<&'a str>,
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

fn error_record(id: Option<&str>, line: Option<usize>, error: &str, pretty: bool) -> String {
    let record = ErrorRecord { id, error, line };
    let json = if pretty {
        serde_json::to_string_pretty(&record)
    } else {
        serde_json::to_string(&record)
    };
    // Serialising two strings and a number cannot fail.
    json.unwrap_or_default()
}

/// Writes outcomes in order, in the chosen format.
pub struct Writer {
    out: BufWriter<Box<dyn Write>>,
    format: Format,
    /// One document only: no JSON array, no text headers.
    single: bool,
    written: usize,
    /// JSON lines from several threads: records not written yet, each to be followed by a line
    /// end. They go out together in one vectored write, straight from the records: a buffer
    /// would cost a copy of every record (the output is five times the input).
    pending: Vec<String>,
    /// Bytes in `pending`, line ends included.
    pending_bytes: usize,
    /// JSON lines from one thread: the records, each with its line end, written straight into
    /// this one buffer ([`Writer::sink`]) and sent out once it holds [`SINK_BYTES`]. No string
    /// per record, no copy, and the same megabyte written over and over (it stays in the
    /// cache) instead of a fresh record's memory for every document. Error records go here
    /// too, so that the order holds.
    sink: Vec<u8>,
    /// [`Writer::sink`] was asked for: every JSON-lines record goes to the sink.
    sinking: bool,
}

/// JSON lines from several threads: write the pending records once they hold this many bytes.
const PENDING_BYTES: usize = 1 << 18;
/// JSON lines from one thread: write the sink's records once they hold this many bytes. A
/// megabyte, not 64 KB: into a pipe (a 64 KB buffer), writes of 64 KB made the writer wait on
/// its reader at every write; with 1 MB the command line spent 9 % less CPU time (user + system,
/// the repository set x800 read back by Python) and the same writing to a file.
const SINK_BYTES: usize = 1 << 20;

impl Writer {
    pub fn new(out: Box<dyn Write>, format: Format, single: bool) -> Writer {
        Writer {
            out: BufWriter::with_capacity(1 << 16, out),
            format,
            single,
            written: 0,
            pending: Vec::new(),
            pending_bytes: 0,
            // Room for a full sink and a long record: most runs never grow it.
            sink: Vec::with_capacity(2 * SINK_BYTES),
            sinking: false,
        }
    }

    /// Where [`process`] appends a JSON-lines record on the main thread (`None` in other
    /// formats). Records given as strings ([`Rendered::Text`], from worker threads) are not to
    /// be mixed with records written here.
    pub fn sink(&mut self) -> Option<&mut Vec<u8>> {
        self.sinking = self.format == Format::Jsonl;
        self.sinking.then_some(&mut self.sink)
    }

    /// Write one document's record, outline, or error record.
    pub fn write(&mut self, o: Outcome) -> io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            Format::Jsonl => {
                let record = match o.result {
                    Ok(Rendered::InSink) => {
                        self.sink.push(b'\n');
                        return self.write_sink_when_full();
                    }
                    Ok(Rendered::Text(s)) => s,
                    Err(e) => error_record(o.id.as_deref(), o.line, &e, false),
                };
                if self.sinking {
                    // One thread: an error record goes where the records go.
                    self.sink.extend_from_slice(record.as_bytes());
                    self.sink.push(b'\n');
                    return self.write_sink_when_full();
                }
                self.pending_bytes += record.len() + 1;
                self.pending.push(record);
                if self.pending_bytes >= PENDING_BYTES {
                    self.write_pending()?;
                }
                Ok(())
            }
            Format::Json => {
                if !self.single {
                    self.out.write_all(if first { b"[\n" } else { b",\n" })?;
                }
                match &o.result {
                    Ok(Rendered::Text(s)) => self.out.write_all(s.as_bytes())?,
                    Ok(Rendered::InSink) => {}
                    Err(e) => self
                        .out
                        .write_all(error_record(o.id.as_deref(), o.line, e, true).as_bytes())?,
                }
                if self.single {
                    self.out.write_all(b"\n")?;
                }
                Ok(())
            }
            Format::Text => {
                if !self.single {
                    if !first {
                        self.out.write_all(b"\n")?;
                    }
                    writeln!(self.out, "==> {} <==", o.label())?;
                }
                match &o.result {
                    Ok(Rendered::Text(s)) => self.out.write_all(s.as_bytes()),
                    Ok(Rendered::InSink) => Ok(()),
                    Err(e) => writeln!(self.out, "error: {e}"),
                }
            }
        }
    }

    /// Send the sink's records out once it holds [`SINK_BYTES`]. Nothing else goes through the
    /// writer's buffer in that format, so they bypass it.
    fn write_sink_when_full(&mut self) -> io::Result<()> {
        if self.sink.len() >= SINK_BYTES {
            self.write_sink()?;
        }
        Ok(())
    }

    fn write_sink(&mut self) -> io::Result<()> {
        self.out.get_mut().write_all(&self.sink)?;
        self.sink.clear();
        Ok(())
    }

    /// Write the pending JSON lines. Nothing else goes through the buffer in that format, so
    /// they bypass it.
    fn write_pending(&mut self) -> io::Result<()> {
        let mut slices = Vec::with_capacity(2 * self.pending.len());
        for record in &self.pending {
            slices.push(IoSlice::new(record.as_bytes()));
            slices.push(IoSlice::new(b"\n"));
        }
        write_all_vectored(self.out.get_mut(), &mut slices)?;
        self.pending.clear();
        self.pending_bytes = 0;
        Ok(())
    }

    /// Close the JSON array (if any) and flush.
    pub fn finish(mut self) -> io::Result<()> {
        self.write_pending()?;
        self.write_sink()?;
        if self.format == Format::Json && !self.single {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// `Write::write_all` for several slices (`write_all_vectored` is not stable yet).
fn write_all_vectored(out: &mut dyn Write, mut slices: &mut [IoSlice<'_>]) -> io::Result<()> {
    IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        match out.write_vectored(slices) {
            Ok(0) => {
                return Err(io::Error::new(
                    io::ErrorKind::WriteZero,
                    "failed to write whole buffer",
                ));
            }
            Ok(n) => IoSlice::advance_slices(&mut slices, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// A progress bar on stderr that appears only when the run lasts longer than a second and
/// stderr is a terminal.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: std::cell::Cell<bool>,
}

const SHOW_AFTER: Duration = Duration::from_secs(1);

impl Progress {
    pub fn new(enabled: bool, (total, in_bytes): (Option<u64>, bool)) -> Progress {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
            let template = match (total.is_some(), in_bytes) {
                (true, true) => {
                    "{elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, eta {eta})"
                }
                (true, false) => "{elapsed_precise} [{wide_bar}] {pos}/{len} files (eta {eta})",
                (false, _) => "{spinner} {elapsed_precise} {binary_bytes} read ({binary_bytes_per_sec})",
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }

    /// Record progress; the bar appears once the run has lasted a second.
    pub fn update(&self, position: u64) {
        let Some(bar) = &self.bar else { return };
        bar.set_position(position);
        if !self.shown.get() && self.started.elapsed() >= SHOW_AFTER {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
            self.shown.set(true);
        }
    }

    /// Run `f` (which prints to stderr) with the bar out of the way.
    pub fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) if self.shown.get() => bar.suspend(f),
            _ => f(),
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
