//! Lines and paragraphs: line breaks (`\n`, `\r\n`, `\r`), trimming (Unicode spaces, zero-width
//! and control characters), blocks of non-blank lines, hard-wrapped text re-joined.

use memchr::memchr2;

use crate::Span;

/// True for characters a line is trimmed of: Unicode white space, zero-width characters, the
/// byte-order mark and other control characters.
#[inline]
pub(crate) fn is_blankish(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// `s[start..end]` shrunk past blankish characters at both ends (always on char boundaries).
pub(crate) fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    // A line that opens and closes with a visible ASCII character (most lines) is trimmed of
    // nothing: answered without decoding a character.
    if let (Some(first), Some(last)) = (s.as_bytes().first(), s.as_bytes().last()) {
        if first.is_ascii_graphic() && last.is_ascii_graphic() {
            return Span::new(start, end);
        }
    }
    trim_chars(text, start, end)
}

/// [`trim`], character by character.
fn trim_chars(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let t = s.trim_start_matches(is_blankish);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(is_blankish);
    Span::new(start + lead, start + lead + t.len())
}

/// One non-blank line, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// The trimmed line.
    pub span: Span,
    /// A blank line (or the start of the text) comes before it.
    pub blank_before: bool,
}

/// Every non-blank line of `text`, in order. Linear time: one `memchr2` pass plus the trims.
#[cfg(test)]
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    lines_into(text, &mut out);
    out
}

/// [`lines`], into the empty vector `out` (kept from document to document).
pub(crate) fn lines_into(text: &str, out: &mut Vec<Line>) {
    debug_assert!(out.is_empty());
    let bytes = text.as_bytes();
    // Room for the lines of most texts (a news article's average about 80 bytes), so that the
    // vector does not grow line by line from empty; a text of shorter lines grows it.
    out.reserve(text.len() / 64 + 8);
    let mut pos = 0;
    let mut blank_before = true;
    while pos <= bytes.len() {
        // An empty line (the blank line between paragraphs) ends where it starts: seen without
        // a search.
        let found = match bytes.get(pos) {
            Some(b'\n' | b'\r') => Some(0),
            _ => memchr2(b'\n', b'\r', &bytes[pos..]),
        };
        let (end, next) = match found {
            Some(i) => {
                let e = pos + i;
                let step = if bytes[e] == b'\r' && bytes.get(e + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                (e, e + step)
            }
            None => (bytes.len(), bytes.len() + 1),
        };
        let span = trim(text, pos, end);
        if span.is_empty() {
            blank_before = true;
        } else {
            out.push(Line { span, blank_before });
            blank_before = false;
        }
        pos = next;
    }
}

/// Number of chars in `s` (code points; the standard library counts them a word at a time).
#[inline]
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// True when the line starts with a list marker: `-`, `*`, `•`, `·`, `–`, `▪`, `◦`, `>` then a space.
pub(crate) fn is_bullet(s: &str) -> bool {
    let mut it = s.chars();
    matches!(
        it.next(),
        Some('-' | '*' | '•' | '·' | '–' | '▪' | '◦' | '‣' | '○' | '■' | '►' | '✓' | '✔')
    ) && it.next().is_some_and(char::is_whitespace)
}

/// True when the text ends like a sentence: `.`, `!`, `?`, `…` or `:`, maybe inside closing
/// quotes or brackets.
pub(crate) fn ends_terminal(s: &str) -> bool {
    // An ASCII last byte that closes nothing (most lines) answers alone.
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && !matches!(b, b'"' | b'\'' | b')' | b']' | b'*') => {
            matches!(b, b'.' | b'!' | b'?' | b':' | b';')
        }
        _ => ends_terminal_chars(s),
    }
}

/// [`ends_terminal`], character by character.
fn ends_terminal_chars(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// A group of lines the body treats as one paragraph candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Para {
    /// From the first line's start to the last line's end.
    pub span: Span,
    /// A blank line (or the start of the text) comes before it.
    pub blank_before: bool,
    /// Number of lines joined.
    pub lines: usize,
}

/// Paragraph candidates: every line its own paragraph, except hard-wrapped blocks, which are
/// re-joined into one.
///
/// A block (non-blank lines between blank lines) is hard-wrapped when its longest line is 40 to
/// 110 chars, every line but the last is close to that width, no line is a list item, and some
/// line continues with a lower-case letter.
#[cfg(test)]
pub(crate) fn paragraphs(text: &str, lines: &[Line]) -> Vec<Para> {
    let mut out = Vec::new();
    paragraphs_into(text, lines, &mut out);
    out
}

/// [`paragraphs`], into the empty vector `out` (kept from document to document).
pub(crate) fn paragraphs_into(text: &str, lines: &[Line], out: &mut Vec<Para>) {
    debug_assert!(out.is_empty());
    out.reserve(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && !lines[j].blank_before {
            j += 1;
        }
        let block = &lines[i..j];
        if block.len() >= 2 && hard_wrapped(text, block) {
            out.push(Para {
                span: Span::new(block[0].span.start, block[block.len() - 1].span.end),
                blank_before: block[0].blank_before,
                lines: block.len(),
            });
        } else {
            out.extend(block.iter().map(|l| Para {
                span: l.span,
                blank_before: l.blank_before,
                lines: 1,
            }));
        }
        i = j;
    }
}

fn hard_wrapped(text: &str, block: &[Line]) -> bool {
    let mut max = 0;
    for l in block {
        let s = l.span.as_str(text);
        if s.len() > 4 * 110 {
            return false;
        }
        max = max.max(char_len(s));
    }
    if !(40..=110).contains(&max) {
        return false;
    }
    let floor = (max * 7 / 10).max(max.saturating_sub(25));
    let mut lower = 0;
    for (k, l) in block.iter().enumerate() {
        let s = l.span.as_str(text);
        if is_bullet(s) {
            return false;
        }
        if k + 1 < block.len() && char_len(s) < floor {
            return false;
        }
        if k > 0 && starts_lower(s) {
            lower += 1;
        }
    }
    let cont = block.len() - 1;
    lower >= 1 && (cont < 4 || lower * 4 >= cont)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                let text: &str = $input;
                let ls = lines(text);
                let got: Vec<&str> = paragraphs(text, &ls).iter().map(|p| p.span.as_str(text)).collect();
                let want: Vec<&str> = $want;
                assert_eq!(got, want);
            }
        )*};
    }

    t! {
        empty: "" => vec![];
        only_blank: "\n\n \r\n\t\n" => vec![];
        blank_separated: "One.\n\nTwo.\n" => vec!["One.", "Two."];
        single_newline: "First paragraph here.\nSecond one here." => vec!["First paragraph here.", "Second one here."];
        crlf: "One line.\r\n\r\nTwo line.\r\n" => vec!["One line.", "Two line."];
        old_mac: "One line.\rTwo line.\r\rThree." => vec!["One line.", "Two line.", "Three."];
        nbsp_and_zero_width: "\u{a0}\u{200b}Text here.\u{feff}\n\u{200b}\n" => vec!["Text here."];
        control_chars: "\u{0}\u{7}A line.\u{1b}" => vec!["A line."];
        hard_wrapped: "The council voted on Monday to approve the plan, ending\ntwo years of debate over the cost of raising the sea\nwalls.\n\nNext paragraph.\n"
            => vec!["The council voted on Monday to approve the plan, ending\ntwo years of debate over the cost of raising the sea\nwalls.", "Next paragraph."];
        menu_not_joined: "Home\nNews\nSport\nWeather" => vec!["Home", "News", "Sport", "Weather"];
        teasers_not_joined: "Mayor Opens A New Bridge Over The River In The Old Town\nCouncil Votes On Budget After Long Night Of Debate Downtown"
            => vec!["Mayor Opens A New Bridge Over The River In The Old Town", "Council Votes On Budget After Long Night Of Debate Downtown"];
        bullets_not_joined: "- the first item of a list that is rather long, really\n- the second item of the same list, just as long, too"
            => vec!["- the first item of a list that is rather long, really", "- the second item of the same list, just as long, too"];
    }

    proptest::proptest! {
        #[test]
        fn ends_terminal_agrees_with_chars(s in "[a.!?…:;\"'”’)\\]»* é]{0,6}") {
            proptest::prop_assert_eq!(ends_terminal(&s), ends_terminal_chars(&s));
        }

        #[test]
        fn trim_agrees_with_trim_chars(s in "[ a.\u{a0}\u{2003}\u{85}\u{200b}\u{feff}\u{0}\u{7f}~!\n\t\r]{0,12}") {
            proptest::prop_assert_eq!(trim(&s, 0, s.len()), trim_chars(&s, 0, s.len()));
        }
    }

    #[test]
    fn trim_is_on_char_boundaries() {
        let text = "\u{200b}é\u{a0}";
        let s = trim(text, 0, text.len());
        assert_eq!(s.as_str(text), "é");
    }
}
