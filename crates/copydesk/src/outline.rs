//! A readable plain-text outline of a parsed [`Article`]: what `copydesk parse --format text`
//! prints and what the `parse_file` example shows.
//!
//! The outline lists the title, subtitle, byline and date; each section with its heading and
//! paragraphs (one paragraph a line, hard wraps joined); the entities grouped by label with their
//! mention counts; the quotes with speaker and cue; and the page furniture that was removed.
//!
//! # Example
//! ```
//! let article = copydesk::parse_article("Mayor Opens New Bridge\n\nThe bridge opened on Monday.\n");
//! let text = copydesk::outline::outline(&article);
//! assert!(text.starts_with("Mayor Opens New Bridge\n"));
//! assert!(text.contains("The bridge opened on Monday."));
//! ```

use std::fmt::Write as _;

use crate::Span;
use crate::article::{Article, Label, QuoteKind};

/// Longest stretch of quoted or removed text shown before it is cut with `…`.
const SHOWN_CHARS: usize = 160;

/// The outline of `article` as text, ending in a newline.
pub fn outline(article: &Article) -> String {
    let mut out = String::with_capacity(article.text.len() + 512);
    let text = article.text.as_str();
    let one_line = |s: Span| flatten(s.as_str(text));

    // Head: title (underlined), subtitle, byline, date.
    match article.title {
        Some(t) => {
            let title = one_line(t);
            let width = title.chars().count().clamp(3, 100);
            let _ = writeln!(out, "{title}\n{}", "=".repeat(width));
        }
        None => out.push_str("(no title)\n"),
    }
    if let Some(s) = article.subtitle {
        let _ = writeln!(out, "{}", one_line(s));
    }
    if let Some(b) = article.byline {
        let _ = write!(out, "Byline: {}", one_line(b));
        if !article.authors.is_empty() {
            let _ = write!(out, "  [authors: {}]", article.authors.join("; "));
        }
        out.push('\n');
    } else if !article.authors.is_empty() {
        let _ = writeln!(out, "Authors: {}", article.authors.join("; "));
    }
    if let Some(p) = &article.published {
        let _ = writeln!(
            out,
            "Published: {} ({}, \"{}\")",
            p.iso,
            precision_name(p.precision),
            one_line(p.span)
        );
    }

    // Body.
    let paragraphs: usize = article.sections.iter().map(|s| s.paragraphs.len()).sum();
    let sentences: usize = article.paragraphs().map(|p| p.sentences.len()).sum();
    let _ = writeln!(
        out,
        "\nBody: {} section{}, {paragraphs} paragraph{}, {sentences} sentence{}",
        article.sections.len(),
        plural(article.sections.len()),
        plural(paragraphs),
        plural(sentences),
    );
    for section in &article.sections {
        out.push('\n');
        if let Some(h) = section.heading {
            let _ = writeln!(out, "## {}\n", one_line(h));
        }
        for p in &section.paragraphs {
            let _ = writeln!(out, "  {}", one_line(p.span));
        }
    }

    // Entities, grouped by label in the schema's order, most mentioned first.
    if !article.entities.is_empty() {
        let _ = writeln!(out, "\nEntities ({})", article.entities.len());
        for label in Label::ALL {
            let mut group: Vec<_> = article
                .entities
                .iter()
                .filter(|e| e.label == label)
                .collect();
            if group.is_empty() {
                continue;
            }
            group.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
            let _ = writeln!(out, "  {label}");
            for e in group {
                let n = e.mentions.len();
                let _ = write!(out, "    {} ({n} mention{})", flatten(&e.name), plural(n));
                if !e.aliases.is_empty() {
                    let aliases: Vec<String> = e.aliases.iter().map(|a| flatten(a)).collect();
                    let _ = write!(out, " aka {}", aliases.join(", "));
                }
                if !e.descriptions.is_empty() {
                    let descriptions: Vec<String> =
                        e.descriptions.iter().map(|d| flatten(d)).collect();
                    let _ = write!(out, " — {}", descriptions.join("; "));
                }
                out.push('\n');
            }
        }
    }

    // Quotes with speaker and cue.
    if !article.quotes.is_empty() {
        let _ = writeln!(out, "\nQuotes ({})", article.quotes.len());
        for q in &article.quotes {
            let words = cut(&flatten(&q.text(text)), SHOWN_CHARS);
            // reported speech is the writer's words, not the speaker's: no quotation marks
            if q.kind == QuoteKind::Indirect {
                let _ = writeln!(out, "  {} [indirect] {words}", q.id);
            } else {
                let _ = writeln!(out, "  {} [{}] “{words}”", q.id, q.kind.as_str());
            }
            let speaker = q.speaker.as_ref().map_or_else(
                || "(unattributed)".to_owned(),
                |s| match &s.entity {
                    Some(id) => format!("{} ({id})", flatten(&s.name)),
                    None => flatten(&s.name),
                },
            );
            let cue = q.cue.map_or_else(|| "-".to_owned(), one_line);
            let _ = writeln!(
                out,
                "      speaker: {speaker}; cue: {cue}; confidence {:.2}",
                q.confidence
            );
        }
    }

    // Furniture.
    if !article.boilerplate.is_empty() {
        let _ = writeln!(out, "\nRemoved ({})", article.boilerplate.len());
        for b in &article.boilerplate {
            let _ = writeln!(out, "  {}: {}", b.kind.as_str(), cut(&one_line(b.span), 80));
        }
    }
    out
}

fn precision_name(p: crate::DatePrecision) -> &'static str {
    match p {
        crate::DatePrecision::Year => "year",
        crate::DatePrecision::Month => "month",
        crate::DatePrecision::Day => "day",
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `s` on one line: runs of whitespace (line breaks included) become one space, and control
/// characters are shown as `�` so the outline never moves the terminal's cursor.
fn flatten(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
    out
}

/// `s` cut to at most `max` characters, marked with `…` when cut.
fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some((i, _)) => format!("{}…", &s[..i]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Entity, Paragraph, Quote, Section, Speaker};

    fn sample() -> Article {
        let text = "Bridge Opens\n\nBy Ana Lopez\n\nSpringfield opened the bridge.\nIt is long.\n\n\"It works,\" Lopez said.\n";
        let find = |needle: &str| {
            let start = text.find(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        let p1 = find("Springfield opened the bridge.\nIt is long.");
        let p2 = find("\"It works,\" Lopez said.");
        Article {
            id: None,
            text: text.to_owned(),
            title: Some(find("Bridge Opens")),
            byline: Some(find("By Ana Lopez")),
            authors: vec!["Ana Lopez".into()],
            sections: vec![Section {
                heading: None,
                paragraphs: vec![
                    Paragraph {
                        span: p1,
                        sentences: vec![p1],
                    },
                    Paragraph {
                        span: p2,
                        sentences: vec![p2],
                    },
                ],
            }],
            entities: vec![
                Entity {
                    id: "E1".into(),
                    label: Label::Person,
                    name: "Ana Lopez".into(),
                    aliases: vec!["Lopez".into()],
                    mentions: vec![find("Ana Lopez"), {
                        let s = find("Lopez said");
                        Span::new(s.start, s.start + "Lopez".len())
                    }],
                    descriptions: vec![],
                },
                Entity {
                    id: "E2".into(),
                    label: Label::Gpe,
                    name: "Springfield".into(),
                    aliases: vec![],
                    mentions: vec![find("Springfield")],
                    descriptions: vec![],
                },
            ],
            quotes: vec![Quote {
                id: "Q1".into(),
                kind: QuoteKind::Direct,
                spans: vec![find("It works,")],
                speaker: Some(Speaker {
                    entity: Some("E1".into()),
                    name: "Ana Lopez".into(),
                    mention: None,
                }),
                cue: Some(find("said")),
                confidence: 0.9,
            }],
            ..Article::default()
        }
    }

    #[test]
    fn outline_shows_every_part() {
        let a = sample();
        a.validate().unwrap();
        let o = outline(&a);
        assert!(o.starts_with("Bridge Opens\n============\n"), "{o}");
        assert!(
            o.contains("Byline: By Ana Lopez  [authors: Ana Lopez]"),
            "{o}"
        );
        // Hard-wrapped paragraph joined on one line.
        assert!(
            o.contains("\n  Springfield opened the bridge. It is long.\n"),
            "{o}"
        );
        assert!(
            o.contains("  PERSON\n    Ana Lopez (2 mentions) aka Lopez\n"),
            "{o}"
        );
        assert!(o.contains("  GPE\n    Springfield (1 mention)\n"), "{o}");
        assert!(o.contains("Q1 [direct] “It works,”"), "{o}");
        assert!(
            o.contains("speaker: Ana Lopez (E1); cue: said; confidence 0.90"),
            "{o}"
        );
        // PERSON is listed before GPE, as in the schema's label order.
        assert!(o.find("PERSON").unwrap() < o.find("GPE").unwrap());
    }

    #[test]
    fn reported_speech_is_shown_without_quotation_marks() {
        let text = "Ferry Resumes\n\nThe operator said the ferry would resume in May.\n";
        let a = crate::parse_article(text);
        let o = outline(&a);
        assert!(
            o.contains("Q1 [indirect] the ferry would resume in May\n"),
            "{o}"
        );
        assert!(!o.contains('“'), "{o}");
    }

    #[test]
    fn empty_article_has_an_outline() {
        let o = outline(&Article::default());
        assert!(o.starts_with("(no title)\n"));
        assert!(o.contains("Body: 0 sections, 0 paragraphs, 0 sentences"));
    }

    #[test]
    fn control_characters_are_neutralised() {
        assert_eq!(flatten(" a\u{1b}[2J \n\t b "), "a\u{FFFD}[2J b");
        assert_eq!(cut("abcdef", 3), "abc…");
        assert_eq!(cut("abc", 3), "abc");
    }
}
