//! Descriptions of people: the role before a name ("U.S. Middle East envoy Steve Witkoff"),
//! an apposition after it ("Kirill Dmitriev, a close adviser to President Vladimir Putin,"), and
//! an opening "As ..." clause ("As the head of Russia's sovereign wealth fund, Dmitriev ...").

use super::names::Cand;
use crate::Span;

const MAX_WORDS: usize = 14;
const WINDOW: usize = 240;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Descriptions the text gives next to this mention. `regions` are sorted and disjoint.
pub(crate) fn descriptions(text: &str, c: &Cand, regions: &[Span]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(role) = c.role {
        out.push(role.as_str(text).to_string());
    }
    let k = regions.partition_point(|r| r.end < c.span.end);
    let Some(&region) = regions.get(k).filter(|r| r.contains(c.span)) else {
        return out;
    };
    // Apposition after: ", a/an/the ... ," up to a comma, a clause word or the sentence end.
    // Look at most WINDOW bytes either side: descriptions are short, and this keeps the stage
    // linear on paragraphs of any length.
    let after = &text[c.span.end..floor_boundary(text, region.end.min(c.span.end + WINDOW))];
    if let Some(rest) = after.strip_prefix(", ") {
        if rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ") {
            if let Some(d) = clause(rest) {
                out.push(d);
            }
        }
    }
    // "As the head of ..., Name"
    let from = ceil_boundary(text, region.start.max(c.span.start.saturating_sub(WINDOW)));
    let before = &text[from..c.span.start];
    if let Some(head) = before.strip_suffix(", ") {
        let sentence_start = match head.rfind(". ") {
            Some(i) => i + 2,
            None if from == region.start => 0,
            None => return out,
        };
        let sentence = &head[sentence_start..];
        if let Some(role) = sentence.strip_prefix("As ") {
            if !role.contains(',')
                && (role.starts_with("the ") || role.starts_with("a ") || role.starts_with("an "))
                && role.split_whitespace().count() <= MAX_WORDS
            {
                out.push(role.to_string());
            }
        }
    }
    out
}

fn clause(rest: &str) -> Option<String> {
    // One pass: stop at punctuation that closes an apposition, or before a word that starts a
    // new clause.
    let mut end = rest.len();
    let mut word_start = 0;
    for (i, c) in rest.char_indices() {
        if c == '.' {
            // "a port economist at St. Anselm College": the period of an abbreviation or an
            // initial does not end the description.
            let word = rest[word_start..i].trim_start();
            if super::tokens::keeps_period(word) || word.chars().count() == 1 {
                continue;
            }
        }
        if matches!(
            c,
            ',' | '.' | ';' | ':' | '—' | '–' | '(' | '"' | '“' | '\n'
        ) {
            end = i;
            break;
        }
        if c == ' ' {
            word_start = i + 1;
            let next = &rest[word_start..];
            let word_end = next.find(' ').unwrap_or(next.len()).min(12);
            let w = next.get(..word_end).unwrap_or("");
            if matches!(w, "who" | "which" | "that" | "and" | "said" | "says") {
                end = i;
                break;
            }
        }
    }
    let d = rest[..end].trim();
    let n = d.split_whitespace().count();
    (2..=MAX_WORDS).contains(&n).then(|| d.to_string())
}
