//! Descriptions of people: the role before a name ("U.S. Middle East envoy Steve Witkoff"),
//! an apposition after it ("Kirill Dmitriev, a close adviser to President Vladimir Putin,"), and
//! an opening "As ..." clause ("As the head of Russia's sovereign wealth fund, Dmitriev ...").

use super::names::Cand;
use crate::Span;

const MAX_WORDS: usize = 14;

/// Descriptions the text gives next to this mention.
pub(crate) fn descriptions(
    text: &str,
    c: &Cand,
    regions: impl Iterator<Item = Span>,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(role) = c.role {
        out.push(role.as_str(text).to_string());
    }
    let Some(region) = regions.into_iter().find(|r| r.contains(c.span)) else {
        return out;
    };
    // Apposition after: ", a/an/the ... ," up to a comma, a clause word or the sentence end.
    let after = &text[c.span.end..region.end];
    if let Some(rest) = after.strip_prefix(", ") {
        if rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ") {
            if let Some(d) = clause(rest) {
                out.push(d);
            }
        }
    }
    // "As the head of ..., Name"
    let before = &text[region.start..c.span.start];
    if let Some(head) = before.strip_suffix(", ") {
        let sentence_start = head.rfind(". ").map_or(0, |i| i + 2);
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
    let mut end = rest.len();
    for stop in [
        ",", ".", ";", ":", "—", "–", " who ", " which ", " that ", " and ", " said", " says", "(",
        "\"", "“",
    ] {
        if let Some(i) = rest.find(stop) {
            end = end.min(i);
        }
    }
    let d = rest[..end].trim();
    let n = d.split_whitespace().count();
    (n >= 2 && n <= MAX_WORDS).then(|| d.to_string())
}
