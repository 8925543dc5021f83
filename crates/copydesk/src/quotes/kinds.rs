//! Direct or partial, and what is not a quotation at all (titles of works, scare quotes).

use super::attribution::Reader;
use super::tokens::{Kind, TokExt};
use crate::article::QuoteKind;
use crate::fxhash::FxSet;
use std::sync::OnceLock;

/// Words before quoted words that make them a title: "the film “Blue Hour”".
const TITLE_CONTEXT: &[&str] = &[
    "of",
    "on",
    "in",
    "titled",
    "entitled",
    "show",
    "book",
    "film",
    "movie",
    "song",
    "series",
    "program",
    "programme",
    "album",
    "article",
    "column",
    "headline",
    "magazine",
    "newspaper",
    "documentary",
    "podcast",
    "episode",
    "segment",
    "novel",
    "play",
    "broadcast",
    "hit",
    "musical",
    "memoir",
    "report",
    "study",
    "paper",
    "essay",
    "op-ed",
    "editorial",
    "poem",
    "opera",
    "sitcom",
    "drama",
    "slogan",
    "hashtag",
    "watch",
    "read",
    "see",
    "anthem",
    "track",
    "single",
    "video",
    "ad",
    "the",
];
/// Words after quoted words that make them a title: "the “Morning Joe” host".
const TITLE_AFTER: &[&str] = &[
    "host",
    "hosts",
    "show",
    "star",
    "series",
    "segment",
    "co-host",
    "anchor",
    "program",
    "author",
    "book",
    "interview",
    "broadcast",
    "episode",
    "appearance",
    "film",
    "campaign",
    "video",
    "ad",
    "podcast",
    "article",
    "column",
    "newsletter",
    "tour",
    "rally",
    "event",
];
const SMALL: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "as",
    "is", "vs.", "&",
];

/// Direct (a whole statement in marks) or partial (quoted words inside the writer's sentence).
pub(crate) fn kind(r: &Reader<'_>, q: usize, inner: &str, pieces: usize) -> QuoteKind {
    if pieces > 1 {
        return QuoteKind::Direct;
    }
    let s = r.sentence_start(q);
    if s == q {
        return QuoteKind::Direct;
    }
    let upper = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let prev = r.toks[q - 1];
    let text = r.text;
    if prev.is_punct(text, ":") {
        return QuoteKind::Direct;
    }
    if prev.is_punct(text, ",") && upper {
        let that = q >= 2 && r.toks[q - 2].is_word() && r.lower(q - 2) == "that";
        if !that {
            return QuoteKind::Direct;
        }
    }
    if upper && prev.is_word() {
        if let Some((form, _)) = super::cues::verb(r.lower(q - 1)) {
            if form != super::cues::Form::Participle || q >= 2 && r.toks[q - 2].is_punct(text, ",")
            {
                return QuoteKind::Direct;
            }
        }
    }
    QuoteKind::Partial
}

/// Whether the quoted words look like the title of a work or a name, not someone's words.
///
/// Every test is a condition of the answer, so the cheap ones come first: a title word right
/// before or after the quotation (two token lookups), then the quotation's words, read only up to
/// the first one that is not in title case.
pub(crate) fn is_title(r: &Reader<'_>, q: usize, inner: &str) -> bool {
    let before = q > 0 && r.toks[q - 1].is_word() && {
        let w = r.lower(q - 1);
        title_context(w) || w.ends_with("'s") || w.ends_with("s'")
    };
    let after =
        q + 1 < r.toks.len() && r.toks[q + 1].kind == Kind::Word && title_after(r.lower(q + 1));
    if !(before || after) {
        return false;
    }
    // at most ten words, all in title case: stop at the eleventh or the first that is not
    let mut count = 0;
    for w in inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        if count == 10 || !title_word(count, w) {
            return false;
        }
        count += 1;
    }
    if count == 0 {
        return false;
    }
    let inner_trim = inner.trim_end_matches([',', '.']);
    // a sentence inside is someone's words (but "U.S." is a name)
    !inner_trim.contains(['.', '!', '?', ';']) || inner_trim.contains("U.S")
}

/// Whether a lower-cased word is one of [`TITLE_CONTEXT`]: one hash lookup (the list is
/// long, and every quotation after a word asks).
fn title_context(w: &str) -> bool {
    static SET: OnceLock<FxSet<&str>> = OnceLock::new();
    SET.get_or_init(|| TITLE_CONTEXT.iter().copied().collect())
        .contains(w)
}

/// Whether a lower-cased word is one of [`TITLE_AFTER`], as [`title_context`].
fn title_after(w: &str) -> bool {
    static SET: OnceLock<FxSet<&str>> = OnceLock::new();
    SET.get_or_init(|| TITLE_AFTER.iter().copied().collect())
        .contains(w)
}

/// Whether word `i` of a quotation fits a title: capitalised or a number, or a small word
/// after the first.
fn title_word(i: usize, w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || (i > 0 && SMALL.contains(&w.to_lowercase().as_str()))
}

/// Whether the quoted words are a bare word or two (a scare quote, when no one says them).
pub(crate) fn is_short(inner: &str) -> bool {
    inner.split_whitespace().count() <= 3
}

/// Whether the quoted words are Title Case (a name or title) — only counts when unattributed.
pub(crate) fn title_case(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.len() <= 8 && words.iter().enumerate().all(|(i, w)| title_word(i, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_sets_are_the_lists() {
        let others = [
            "", "said", "films", "the film", "Show", "co", "host's", "sitcoms",
        ];
        for w in TITLE_CONTEXT.iter().chain(TITLE_AFTER).chain(&others) {
            assert_eq!(title_context(w), TITLE_CONTEXT.contains(w), "{w}");
            assert_eq!(title_after(w), TITLE_AFTER.contains(w), "{w}");
        }
    }
}
