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

/// Calls `each` with the descriptions the text gives next to this mention, in order. `region`
/// is the region of the article around the mention, if one is.
pub(crate) fn descriptions<'t>(
    text: &'t str,
    c: &Cand,
    region: Option<Span>,
    mut each: impl FnMut(&'t str),
) {
    if let Some(role) = c.role {
        each(role.as_str(text));
    }
    let Some(region) = region else {
        return;
    };
    // Both forms need a ", " next to the name: tested first, so that the text up to WINDOW
    // bytes away is read only for the few mentions that have one.
    let bytes = text.as_bytes();
    if bytes[c.span.end..].starts_with(b", ") {
        appositions_after(text, c, region, &mut each);
    }
    if bytes[..c.span.start].ends_with(b", ") {
        as_clause_before(text, c, region, &mut each);
    }
}

/// The apposition after the mention: ", a/an/the ... ," up to a comma, a clause word or the
/// sentence end. Look at most WINDOW bytes either side: descriptions are short, and this keeps
/// the stage linear on paragraphs of any length.
fn appositions_after<'t>(text: &'t str, c: &Cand, region: Span, each: &mut impl FnMut(&'t str)) {
    let after = &text[c.span.end..floor_boundary(text, region.end.min(c.span.end + WINDOW))];
    if let Some(rest) = after.strip_prefix(", ") {
        if rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ") {
            if let Some(d) = clause(rest) {
                each(d);
            }
        }
    }
}

/// "As the head of ..., Name": the opening clause before the mention.
fn as_clause_before<'t>(text: &'t str, c: &Cand, region: Span, each: &mut impl FnMut(&'t str)) {
    let from = ceil_boundary(text, region.start.max(c.span.start.saturating_sub(WINDOW)));
    let before = &text[from..c.span.start];
    if let Some(head) = before.strip_suffix(", ") {
        // `head.rfind(". ")`, from the periods (the substring searcher costs more).
        let h = head.as_bytes();
        let last_stop = memchr::memrchr_iter(b'.', h).find(|&i| h.get(i + 1) == Some(&b' '));
        let sentence_start = match last_stop {
            Some(i) => i + 2,
            None if from == region.start => 0,
            None => return,
        };
        let sentence = &head[sentence_start..];
        if let Some(role) = sentence.strip_prefix("As ") {
            if !role.contains(',')
                && (role.starts_with("the ") || role.starts_with("a ") || role.starts_with("an "))
                && role.split_whitespace().count() <= MAX_WORDS
            {
                each(role);
            }
        }
    }
}

fn clause(rest: &str) -> Option<&str> {
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
    (2..=MAX_WORDS).contains(&n).then_some(d)
}
