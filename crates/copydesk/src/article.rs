//! The article record: plain Rust types with byte spans.
//!
//! [`Article`] serialises (serde) to the JSON record of the schema, with offsets in Unicode code
//! points; see [`crate::record`] for that face.

use serde::{Deserialize, Serialize};

use crate::Span;

/// One parsed article. Every [`Span`] is a byte range into [`Article::text`].
///
/// # Example
/// ```
/// let article = copydesk::parse_article("A Headline Here\n\nThe first paragraph. It has two sentences.\n");
/// let title = article.title.unwrap();
/// assert_eq!(title.as_str(&article.text), "A Headline Here");
/// assert_eq!(article.sections[0].paragraphs[0].sentences.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Identifier echoed from the input, when one was given.
    pub id: Option<String>,
    /// The article text: the input exactly as given, for plain-text input.
    pub text: String,
    /// The headline.
    pub title: Option<Span>,
    /// The dek or standfirst under the headline.
    pub subtitle: Option<Span>,
    /// The byline line ("By Jane Doe and John Roe").
    pub byline: Option<Span>,
    /// Author names taken from the byline (for an HTML page without one, from its metadata:
    /// [`html_meta`](crate::html_meta)).
    pub authors: Vec<String>,
    /// The publication (or update) date the article states.
    pub published: Option<Published>,
    /// The body: sections of paragraphs, in reading order.
    pub sections: Vec<Section>,
    /// Page furniture the parser removed from the body.
    pub boilerplate: Vec<Boilerplate>,
    /// People, organisations, places, groups, dates and amounts, one per real-world thing.
    pub entities: Vec<Entity>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
}

impl Article {
    /// Every paragraph of the body, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// The text of a span of this article.
    pub fn span_text(&self, span: Span) -> &str {
        span.as_str(&self.text)
    }

    /// Check the record's invariants; `Err` names the first one broken.
    ///
    /// Every span is in bounds and on `char` boundaries; title, sections, paragraphs and sentences
    /// are ordered and do not overlap; sentences lie inside their paragraph; every mention belongs
    /// to exactly one entity; quote spans, cues and speaker mentions lie inside the text. Tests,
    /// property tests and fuzzing call this on every record they make.
    pub fn validate(&self) -> Result<(), String> {
        let text = self.text.as_str();
        let ok = |what: &str, s: Span| -> Result<(), String> {
            if s.start > s.end || s.end > text.len() {
                return Err(format!("{what} {s:?} out of bounds (len {})", text.len()));
            }
            if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                return Err(format!("{what} {s:?} not on char boundaries"));
            }
            Ok(())
        };
        for (what, s) in [
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("byline", self.byline),
        ] {
            if let Some(s) = s {
                ok(what, s)?;
            }
        }
        if let Some(p) = &self.published {
            ok("published", p.span)?;
        }
        let mut last_end = 0;
        for section in &self.sections {
            if let Some(h) = section.heading {
                ok("heading", h)?;
                if h.start < last_end {
                    return Err(format!("heading {h:?} overlaps or precedes earlier text"));
                }
                last_end = h.end;
            }
            for p in &section.paragraphs {
                ok("paragraph", p.span)?;
                if p.span.start < last_end || p.span.is_empty() {
                    return Err(format!(
                        "paragraph {:?} empty, out of order or overlapping",
                        p.span
                    ));
                }
                last_end = p.span.end;
                let mut sent_end = p.span.start;
                for &s in &p.sentences {
                    ok("sentence", s)?;
                    if s.start < sent_end || !p.span.contains(s) || s.is_empty() {
                        return Err(format!(
                            "sentence {s:?} empty, out of order or outside {:?}",
                            p.span
                        ));
                    }
                    sent_end = s.end;
                }
            }
        }
        for b in &self.boilerplate {
            ok("boilerplate", b.span)?;
        }
        let mut seen = std::collections::HashSet::new();
        for e in &self.entities {
            if e.mentions.is_empty() {
                return Err(format!("entity {} has no mention", e.id));
            }
            for &m in &e.mentions {
                ok("mention", m)?;
                if m.is_empty() || !seen.insert(m) {
                    return Err(format!("mention {m:?} empty or in two entities"));
                }
            }
        }
        for q in &self.quotes {
            for &s in &q.spans {
                ok("quote span", s)?;
            }
            if let Some(c) = q.cue {
                ok("cue", c)?;
            }
            if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention) {
                ok("speaker mention", m)?;
            }
            if !(0.0..=1.0).contains(&q.confidence) {
                return Err(format!(
                    "quote {} confidence {} outside 0..1",
                    q.id, q.confidence
                ));
            }
            if let Some(id) = q.speaker.as_ref().and_then(|s| s.entity.as_ref()) {
                if !self.entities.iter().any(|e| &e.id == id) {
                    return Err(format!("quote {} names unknown entity {id}", q.id));
                }
            }
        }
        Ok(())
    }

    /// The record of the schema (code-point offsets), ready to serialise.
    pub fn to_record(&self) -> crate::record::Record {
        crate::record::Record::from_article(self)
    }

    /// The record as one line of JSON.
    pub fn to_json(&self) -> String {
        crate::record::to_json(self)
    }

    /// [`Article::to_json`] appended to `out` as UTF-8 bytes (no line end): a caller writing
    /// many records reuses one buffer instead of a fresh string per record, and one that only
    /// writes the bytes out needs no UTF-8 check of them.
    ///
    /// # Example
    /// ```
    /// let article = copydesk::parse_article("A Headline Here\n\nThe first paragraph.\n");
    /// let mut out = b"[".to_vec();
    /// article.write_json(&mut out);
    /// assert_eq!(out, format!("[{}", article.to_json()).into_bytes());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::record::write_json(self, out);
    }
}

impl Serialize for Article {
    /// Serialises as its [`Record`](crate::record::Record), written straight from the article's
    /// borrowed spans (no owned copy of the record is made first).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::record::serialize_article(self, serializer)
    }
}

/// A stated publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// ISO 8601 form, as precise as the article says: `2025`, `2025-02`, `2025-02-14`.
    pub iso: String,
    /// Where the date stands in the text.
    pub span: Span,
    /// How precise the date is.
    pub precision: DatePrecision,
}

/// How precise a [`Published`] date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// A calendar day.
    Day,
}

/// A section of the body: an optional heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Section {
    /// The heading line, `None` for the part before the first heading.
    pub heading: Option<Span>,
    /// The paragraphs under the heading.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph and its sentences.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding whitespace.
    pub span: Span,
    /// Its sentences, in order, inside `span`.
    pub sentences: Vec<Span>,
}

/// Page furniture removed from the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Boilerplate {
    /// What was removed.
    pub span: Span,
    /// What kind of furniture it is.
    pub kind: BoilerplateKind,
}

/// Kinds of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// A comment section and everything after it.
    Comments,
    /// "Popular posts", "Related articles", "Read more" lists.
    Related,
    /// Share, follow and subscribe prompts.
    Share,
    /// Newsletter sign-up boxes.
    Newsletter,
    /// Cookie and consent notices.
    Cookie,
    /// Advertisement markers.
    Advertisement,
    /// Copyright and "all rights reserved" lines.
    Copyright,
    /// Navigation menus and breadcrumbs.
    Navigation,
    /// Photo captions.
    Caption,
    /// Photo and image credits.
    Credit,
    /// Other furniture.
    Other,
}

impl BoilerplateKind {
    /// The name used in the record (`"comments"`, `"related"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Comments => "comments",
            BoilerplateKind::Related => "related",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Newsletter => "newsletter",
            BoilerplateKind::Cookie => "cookie",
            BoilerplateKind::Advertisement => "advertisement",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Credit => "credit",
            BoilerplateKind::Other => "other",
        }
    }
}

/// Entity labels (`OntoNotes` names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// People, real or fictional.
    Person,
    /// Companies, agencies, institutions, parties, teams.
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Other places: regions, seas, mountains.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    /// Dates and periods.
    Date,
    /// Monetary amounts.
    Money,
    /// Percentages.
    Percent,
}

impl Label {
    /// All labels, in a fixed order.
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Date,
        Label::Money,
        Label::Percent,
    ];

    /// The name used in the record (`"PERSON"`, `"ORG"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Date => "DATE",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    /// The label named `s` (as in the record), if any.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One real-world thing the article names, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// `"E1"`, `"E2"`, ... in order of first mention.
    pub id: String,
    /// What kind of thing it is.
    pub label: Label,
    /// The fullest name the article gives it.
    pub name: String,
    /// Other names the article uses for it ("Dmitriev", "Kirill"), without `name`.
    pub aliases: Vec<String>,
    /// Every place it is named, in text order.
    pub mentions: Vec<Span>,
    /// What the article says it is ("head of Russia's sovereign wealth fund"): the role before
    /// a person's name and appositions after it; for an organisation, appositions closed by a
    /// comma or a relative clause ("a Tolan freight firm"); for a place, appositions that name a
    /// kind of place ("the regional capital"); none for other entities.
    pub descriptions: Vec<String>,
}

/// The kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A whole statement inside quotation marks.
    Direct,
    /// Quoted words inside the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// `"Q1"`, `"Q2"`, ... in text order.
    pub id: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted words, quotation marks excluded: one span per piece, in order.
    pub spans: Vec<Span>,
    /// Who said it, when the article says.
    pub speaker: Option<Speaker>,
    /// The reporting word ("said", "stating", "according to").
    pub cue: Option<Span>,
    /// How sure the attribution is, by the pattern that fired (0 to 1).
    pub confidence: f32,
}

impl Quote {
    /// The quoted words: the pieces joined by a space.
    pub fn text(&self, article_text: &str) -> String {
        let mut out = String::new();
        for (i, s) in self.spans.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(s.as_str(article_text));
        }
        out
    }
}

/// The speaker of a [`Quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Id of the entity the speaker resolves to (`"E3"`), if any.
    pub entity: Option<String>,
    /// The entity's name, or the words naming an unnamed speaker ("a spokesman").
    pub name: String,
    /// Where the speaker is named in the attribution (a pronoun counts here), if anywhere.
    pub mention: Option<Span>,
}

/// An id made of a letter and a number ("E12", "Q3"): what `format!("{prefix}{n}")` gives,
/// without the formatting machinery, which cost more than the rest of clustering on a short
/// article. Shared by the entity and quote stages.
pub(crate) fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len());
    id.push(prefix);
    id.push_str(digits);
    id
}
