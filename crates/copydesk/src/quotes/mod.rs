//! Quotes: quotation spans, their kind, cue and speaker resolved to an entity.
//!
//! (Skeleton: finds nothing yet. The full extractor lands with issue 4.)

use crate::article::{Article, Quote};

/// Quotes of an article whose structure and entities are already known.
pub fn extract(article: &Article) -> Vec<Quote> {
    let _ = article;
    Vec::new()
}
