//! Sentence boundaries inside a paragraph.
//!
//! (Skeleton: splits after `.`, `!` or `?` followed by a space. The full rules land with issue 2.)

use crate::Span;

/// Sentences of the paragraph `para` of `text`, in order, trimmed, covering its words.
pub fn split(text: &str, para: Span) -> Vec<Span> {
    let s = para.as_str(text);
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(Span::new(para.start + start, para.start + i + 1).trim(text));
            start = i + 1;
        }
    }
    if start < s.len() {
        let last = Span::new(para.start + start, para.end).trim(text);
        if !last.is_empty() {
            out.push(last);
        }
    }
    out
}
