//! Property tests: any input, however broken, gives a valid record, the same one every time.
//!
//! Inputs are arbitrary Unicode strings, strings built from news-like tokens (quotation marks of
//! every kind, capitalised words, abbreviations, reporting verbs, brackets, line breaks), and the
//! example articles in `tests/fixtures/` and `examples/articles/` mutated by deletions,
//! insertions, duplications and truncations. For every input:
//!
//! - `parse_article` does not panic (a panic fails the property);
//! - `Article::validate()` holds: spans in bounds and on char boundaries, sections, paragraphs
//!   and sentences ordered without overlap, every mention in exactly one entity, quote spans,
//!   cues and speaker mentions inside the text;
//! - the record's code-point offsets slice the text to each span's own text, and every quote's
//!   pieces joined give its text;
//! - the record survives a JSON round trip;
//! - parsing the same input twice gives the same article.
//!
//! `PROPTEST_CASES=5000 cargo test -p copydesk --test properties` runs a longer search.

use std::path::Path;
use std::sync::OnceLock;

use copydesk::record::Record;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Check every property on one input; `Err` describes the first one broken.
fn check(text: &str) -> Result<(), TestCaseError> {
    let article = copydesk::parse_article(text);
    prop_assert_eq!(&article.text, text, "plain-text input is kept exactly");
    if let Err(e) = article.validate() {
        return Err(TestCaseError::fail(format!("invariant broken: {e}")));
    }
    let record = article.to_record();
    check_record(&record)?;
    let json = serde_json::to_string(&record).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Record = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("record does not read back: {e}")))?;
    prop_assert_eq!(&back, &record, "JSON round trip changed the record");
    let again = copydesk::parse_article(text);
    prop_assert_eq!(again, article, "parsing twice gave two records");
    Ok(())
}

/// Code-point offsets of the record slice the text to each span's text.
fn check_record(r: &Record) -> Result<(), TestCaseError> {
    // Byte offset of every code point, and of the end.
    let mut starts: Vec<usize> = r.text.char_indices().map(|(i, _)| i).collect();
    starts.push(r.text.len());
    let n = starts.len() - 1;
    let slice = |start: usize, end: usize| -> Result<&str, TestCaseError> {
        if start > end || end > n {
            return Err(TestCaseError::fail(format!(
                "code-point range {start}..{end} outside 0..{n}"
            )));
        }
        Ok(&r.text[starts[start]..starts[end]])
    };
    for (what, s) in [
        ("title", &r.title),
        ("subtitle", &r.subtitle),
        ("byline", &r.byline),
    ] {
        if let Some(s) = s {
            prop_assert_eq!(slice(s.start, s.end)?, s.text.as_str(), "{}", what);
        }
    }
    if let Some(p) = &r.published {
        prop_assert!(r.text.contains(&p.raw), "published.raw not in the text");
    }
    let mut last = 0;
    for section in &r.sections {
        if let Some(h) = &section.heading {
            prop_assert_eq!(slice(h.start, h.end)?, h.text.as_str(), "heading");
            prop_assert!(h.start >= last, "heading out of order");
            last = h.end;
        }
        for p in &section.paragraphs {
            prop_assert_eq!(slice(p.start, p.end)?, p.text.as_str(), "paragraph");
            prop_assert!(
                p.start >= last && p.start < p.end,
                "paragraph out of order or empty"
            );
            last = p.end;
            let mut sent_end = p.start;
            for s in &p.sentences {
                slice(s.start, s.end)?;
                prop_assert!(
                    s.start >= sent_end && s.end <= p.end && s.start < s.end,
                    "sentence {}..{} out of order or outside paragraph {}..{}",
                    s.start,
                    s.end,
                    p.start,
                    p.end
                );
                sent_end = s.end;
            }
        }
    }
    for b in &r.boilerplate {
        slice(b.start, b.end)?;
    }
    for e in &r.entities {
        prop_assert!(!e.mentions.is_empty(), "entity {} without mentions", e.id);
        for m in &e.mentions {
            prop_assert_eq!(
                slice(m.start, m.end)?,
                m.text.as_str(),
                "mention of {}",
                e.id
            );
        }
    }
    for q in &r.quotes {
        let pieces: Vec<&str> = q
            .spans
            .iter()
            .map(|s| slice(s.start, s.end))
            .collect::<Result<_, _>>()?;
        prop_assert_eq!(pieces.join(" "), q.text.as_str(), "quote {} text", &q.id);
        if let Some(c) = &q.cue {
            prop_assert_eq!(slice(c.start, c.end)?, c.text.as_str(), "cue of {}", &q.id);
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            prop_assert_eq!(
                slice(m.start, m.end)?,
                m.text.as_str(),
                "speaker of {}",
                &q.id
            );
        }
    }
    Ok(())
}

/// The example articles: `tests/fixtures/*.txt` and `examples/articles/*.txt`, sorted.
fn articles() -> &'static [String] {
    static ARTICLES: OnceLock<Vec<String>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        for dir in [
            root.join("tests/fixtures"),
            root.join("../../examples/articles"),
        ] {
            if let Ok(listing) = std::fs::read_dir(&dir) {
                paths.extend(
                    listing
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "txt")),
                );
            }
        }
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(!texts.is_empty(), "no example articles found");
        texts
    })
}

/// Pieces that stress the stages: quotation marks and apostrophes of every kind, brackets,
/// capitalised names and titles, abbreviations, cues, pronouns, line endings, odd characters.
const TOKENS: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "``",
    "''",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{2014}",
    " - ",
    "...",
    "\u{2026}",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "said",
    " said ",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "they",
    "He",
    "She",
    "It",
    "Mr.",
    "Dr.",
    "Sen.",
    "U.S.",
    "Jan.",
    "Inc.",
    "St.",
    "J. R. R.",
    "$3.5 billion",
    "20%",
    "Feb. 14, 2025",
    "By",
    "By Jane Doe and John Roe",
    "Updated 3:15 p.m. ET",
    "(Reuters) -",
    "WASHINGTON",
    "President",
    "Vladimir Putin",
    "Kirill Dmitriev",
    "Dmitriev",
    "Steve Witkoff",
    "Treasury Department",
    "the",
    "a",
    "of",
    "and",
    "in",
    "International Monetary Fund",
    "(IMF)",
    "Russia",
    "Russian",
    "Saudi",
    "bin",
    "al-",
    "van",
    "Jr.",
    "\u{2019}s",
    "'s",
    "Comments",
    "Popular posts from this blog",
    "Share this",
    "Advertisement",
    "All rights reserved",
    "\u{a9} 2025",
    "Subscribe",
    "Related",
    "Photo:",
    "Getty Images",
    "Economic Ties at the Forefront",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{202e}",
    "\u{200f}",
    "e\u{301}",
    "\u{1f389}",
    "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{85}",
    "\u{2028}",
    "\u{fffd}",
    "I",
    "Ms. \u{c5}ngstr\u{f6}m",
];

fn token_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => prop::sample::select(TOKENS).prop_map(str::to_owned),
            2 => "[A-Z][a-z]{1,9}",
            1 => "[a-z]{1,9}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..200,
    )
    .prop_map(|tokens| tokens.concat())
}

/// One edit of a text, at a relative position.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, token: String },
    Duplicate { at: f64, len: usize },
    Truncate { at: f64 },
    Swap { at: f64, other: f64 },
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), 1..200usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (
            at.clone(),
            prop_oneof![
                prop::sample::select(TOKENS).prop_map(str::to_owned),
                any::<String>()
            ]
        )
            .prop_map(|(at, token)| Edit::Insert { at, token }),
        (at.clone(), 1..400usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        at.clone().prop_map(|at| Edit::Truncate { at }),
        (at.clone(), at).prop_map(|(at, other)| Edit::Swap { at, other }),
    ]
}

/// The char boundary nearest below the relative position `at` of `text`.
fn boundary(text: &str, at: f64) -> usize {
    let mut i = ((text.len() as f64) * at) as usize;
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, e: &Edit) {
    match e {
        Edit::Delete { at, len } => {
            let a = boundary(text, *at);
            let b = boundary(text, ((a + len) as f64 / text.len().max(1) as f64).min(1.0));
            text.replace_range(a..b.max(a), "");
        }
        Edit::Insert { at, token } => {
            let a = boundary(text, *at);
            text.insert_str(a, token);
        }
        Edit::Duplicate { at, len } => {
            let a = boundary(text, *at);
            let b = boundary(text, ((a + len) as f64 / text.len().max(1) as f64).min(1.0));
            let piece = text[a..b.max(a)].to_owned();
            text.insert_str(a, &piece);
        }
        Edit::Truncate { at } => {
            let a = boundary(text, *at);
            text.truncate(a);
        }
        Edit::Swap { at, other } => {
            let (a, b) = (boundary(text, *at), boundary(text, *other));
            let (a, b) = (a.min(b), a.max(b));
            // Swap the chars at a and b (when both exist and differ in place).
            let ca = text[a..].chars().next();
            let cb = text[b..].chars().next();
            if let (Some(ca), Some(cb)) = (ca, cb) {
                if a + ca.len_utf8() <= b {
                    let mut s = String::with_capacity(text.len());
                    s.push_str(&text[..a]);
                    s.push(cb);
                    s.push_str(&text[a + ca.len_utf8()..b]);
                    s.push(ca);
                    s.push_str(&text[b + cb.len_utf8()..]);
                    *text = s;
                }
            }
        }
    }
}

fn cases(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        // Shrunk failures are saved next to this file and replayed first on the next run.
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_like_tokens(text in token_text()) {
        check(&text)?;
    }

    #[test]
    fn mutated_articles(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..12),
    ) {
        let mut text = which.get(articles()).clone();
        for e in &edits {
            apply(&mut text, e);
        }
        check(&text)?;
    }

    #[test]
    fn glued_articles(
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
        glue in prop::sample::select(TOKENS),
    ) {
        // Two articles run together, as a scraper that missed a page break leaves them.
        let text = format!("{}{glue}{}", a.get(articles()), b.get(articles()));
        check(&text)?;
    }
}

#[test]
fn every_example_article_holds_the_properties() {
    for text in articles() {
        check(text).unwrap();
        // Also with Windows and old Mac line endings.
        check(&text.replace('\n', "\r\n")).unwrap();
        check(&text.replace('\n', "\r")).unwrap();
    }
}

#[test]
fn regression_end_offset_of_a_whole_number_of_blocks() {
    // Found by `arbitrary_unicode`: a non-ASCII text exactly 64 bytes long had its end offset
    // mapped to code point 0 (record.rs, OffsetMap::char_offset), so the title ran from 1 to 0.
    let text = " \u{b9e}0 A  \u{b85}\u{2d2d}a\u{110d0}0  \u{16b50}\u{11fb0}\u{a1}a \u{1e4d0}\u{2e9b}\u{3a3}\u{1f250}\u{fffc}\u{9d7}\u{1d2e0}0\u{16a60}a";
    assert_eq!(text.len() % 64, 0);
    check(text).unwrap();
    check(&format!("{}{}", "\u{e9}", "a".repeat(126))).unwrap();
}

#[test]
fn checker_catches_a_broken_record() {
    // The properties must be able to fail: a record whose span text disagrees with its offsets.
    let mut record = copydesk::parse_article("Title Here\n\nBody text here.\n").to_record();
    record.sections[0].paragraphs[0].start += 1;
    assert!(check_record(&record).is_err());
    let mut article = copydesk::parse_article("Title Here\n\nBody text here.\n");
    article.title = Some(copydesk::Span::new(0, 999));
    assert!(article.validate().is_err());
}

#[test]
fn regression_speaker_context_inside_a_multibyte_char() {
    // Found by `mutated_articles` (after the quote stage landed): quotes/speaker.rs
    // `subject_like` sliced the text 24 bytes before a mention, inside a multibyte character,
    // and panicked. Each padding puts the cut at a different byte of the 3-byte '⁰'.
    for pad in 0..3 {
        let text = format!(
            "Storm Update\n\n{}{} Ana Lopez, the mayor, spoke on Monday.\n\n\"We will build it,\" she said.\n",
            "x".repeat(pad),
            "\u{2070}".repeat(10)
        );
        check(&text).unwrap();
    }
}
