//! Byte spans into an article's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an [`Article`](crate::Article)'s `text`.
///
/// Inside the Rust core every offset is a byte offset, always on a `char` boundary. The JSON record
/// and the Python package speak Unicode code points instead; [`crate::record`] converts.
///
/// # Example
/// ```
/// use copydesk::Span;
/// let text = "Hello, world";
/// let span = Span::new(7, 12);
/// assert_eq!(span.as_str(text), "world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// Panics when the span is out of bounds or not on `char` boundaries of `text`, which never
    /// happens for spans the parser produced from that same text.
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span shrunk past leading and trailing whitespace of `text`.
    #[must_use]
    pub fn trim(&self, text: &str) -> Span {
        let s = self.as_str(text);
        let lead = s.len() - s.trim_start().len();
        let rest = &s[lead..];
        let trail = rest.len() - rest.trim_end().len();
        Span::new(self.start + lead, self.end - trail)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_strips_unicode_whitespace() {
        let text = "\u{a0} abc \n";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.as_str(text), "abc");
    }

    #[test]
    fn overlap_and_contain() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert!(a.contains(Span::new(1, 5)));
        assert!(!a.contains(Span::new(1, 6)));
    }
}
