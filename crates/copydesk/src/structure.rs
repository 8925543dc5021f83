//! Structure from plain text: title, subtitle, byline, date, sections, paragraphs, furniture.
//!
//! (Skeleton: blank-line paragraphs and a first-line title. The full rules land with issue 2.)

use crate::article::{Boilerplate, Paragraph, Published, Section};
use crate::{Span, sentences};

/// What the structure stage finds in a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Headline.
    pub title: Option<Span>,
    /// Dek / standfirst.
    pub subtitle: Option<Span>,
    /// Byline.
    pub byline: Option<Span>,
    /// Author names.
    pub authors: Vec<String>,
    /// Stated date.
    pub published: Option<Published>,
    /// Body sections with paragraphs and sentences.
    pub sections: Vec<Section>,
    /// Removed furniture.
    pub boilerplate: Vec<Boilerplate>,
}

/// Find the structure of `text`.
pub fn analyze(text: &str) -> Layout {
    let mut layout = Layout::default();
    let mut blocks = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                blocks.push(Span::new(s, pos).trim(text));
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(Span::new(s, pos).trim(text));
    }
    let mut blocks = blocks.into_iter();
    layout.title = blocks.next();
    let paragraphs: Vec<Paragraph> = blocks
        .map(|span| Paragraph {
            span,
            sentences: sentences::split(text, span),
        })
        .collect();
    if !paragraphs.is_empty() {
        layout.sections.push(Section {
            heading: None,
            paragraphs,
        });
    }
    layout
}
