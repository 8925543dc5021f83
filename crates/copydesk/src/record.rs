//! The JSON record of the schema: the same article with offsets in Unicode code points.
//!
//! This is the face the command line, the Python package and the scorer see. Every span that
//! carries `text` satisfies `record.text[start:end] == span.text` in code points (Python slicing).

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::article::{Article, Label, QuoteKind};

/// A code-point span with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text covered.
    pub text: String,
}

/// A code-point span without its text (sentences, quote pieces).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// The publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedRecord {
    /// ISO 8601 date, as precise as stated.
    pub iso: String,
    /// The date as written.
    pub raw: String,
    /// `year`, `month` or `day`.
    pub precision: crate::article::DatePrecision,
}

/// A paragraph with its sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The paragraph text.
    pub text: String,
    /// Sentence ranges.
    pub sentences: Vec<Range>,
}

/// A section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionRecord {
    /// The heading, if any.
    pub heading: Option<TextSpan>,
    /// The paragraphs.
    pub paragraphs: Vec<ParagraphRecord>,
}

/// Removed page furniture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What kind of furniture (`comments`, `related`, `share`, ...).
    pub kind: String,
}

/// An entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// `E1`, `E2`, ...
    pub id: String,
    /// `PERSON`, `ORG`, ...
    pub label: Label,
    /// The fullest name.
    pub name: String,
    /// Other names used.
    pub aliases: Vec<String>,
    /// Every mention.
    pub mentions: Vec<TextSpan>,
    /// Descriptions the article gives.
    pub descriptions: Vec<String>,
}

/// A quote's speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    /// The entity id, if resolved.
    pub entity: Option<String>,
    /// The entity's name or the unnamed speaker's words.
    pub name: String,
    /// Where the speaker is named in the attribution.
    pub mention: Option<TextSpan>,
}

/// A quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// `Q1`, `Q2`, ...
    pub id: String,
    /// `direct`, `partial` or `indirect`.
    pub kind: QuoteKind,
    /// The quoted words, marks excluded, pieces joined by a space.
    pub text: String,
    /// The pieces.
    pub spans: Vec<Range>,
    /// Who said it.
    pub speaker: Option<SpeakerRecord>,
    /// The reporting word.
    pub cue: Option<TextSpan>,
    /// How sure the attribution is.
    pub confidence: f32,
}

/// The article record of the schema, offsets in code points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Echoed input id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The article text.
    pub text: String,
    /// Headline.
    pub title: Option<TextSpan>,
    /// Dek / standfirst.
    pub subtitle: Option<TextSpan>,
    /// Byline.
    pub byline: Option<TextSpan>,
    /// Authors from the byline.
    pub authors: Vec<String>,
    /// Publication date.
    pub published: Option<PublishedRecord>,
    /// Body sections.
    pub sections: Vec<SectionRecord>,
    /// Removed furniture.
    pub boilerplate: Vec<BoilerplateRecord>,
    /// Entities.
    pub entities: Vec<EntityRecord>,
    /// Quotes.
    pub quotes: Vec<QuoteRecord>,
}

impl Record {
    /// Convert an [`Article`] (byte spans) to the record (code points).
    pub fn from_article(a: &Article) -> Record {
        let map = OffsetMap::new(&a.text);
        let text = &a.text;
        let ts = |s: Span| TextSpan {
            start: map.char_offset(s.start),
            end: map.char_offset(s.end),
            text: s.as_str(text).to_owned(),
        };
        let range = |s: Span| Range {
            start: map.char_offset(s.start),
            end: map.char_offset(s.end),
        };
        Record {
            id: a.id.clone(),
            text: a.text.clone(),
            title: a.title.map(ts),
            subtitle: a.subtitle.map(ts),
            byline: a.byline.map(ts),
            authors: a.authors.clone(),
            published: a.published.as_ref().map(|p| PublishedRecord {
                iso: p.iso.clone(),
                raw: p.span.as_str(text).to_owned(),
                precision: p.precision,
            }),
            sections: a
                .sections
                .iter()
                .map(|s| SectionRecord {
                    heading: s.heading.map(ts),
                    paragraphs: s
                        .paragraphs
                        .iter()
                        .map(|p| ParagraphRecord {
                            start: map.char_offset(p.span.start),
                            end: map.char_offset(p.span.end),
                            text: p.span.as_str(text).to_owned(),
                            sentences: p.sentences.iter().map(|&s| range(s)).collect(),
                        })
                        .collect(),
                })
                .collect(),
            boilerplate: a
                .boilerplate
                .iter()
                .map(|b| BoilerplateRecord {
                    start: map.char_offset(b.span.start),
                    end: map.char_offset(b.span.end),
                    kind: b.kind.as_str().to_owned(),
                })
                .collect(),
            entities: a
                .entities
                .iter()
                .map(|e| EntityRecord {
                    id: e.id.clone(),
                    label: e.label,
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    mentions: e.mentions.iter().map(|&m| ts(m)).collect(),
                    descriptions: e.descriptions.clone(),
                })
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| QuoteRecord {
                    id: q.id.clone(),
                    kind: q.kind,
                    text: q.text(text),
                    spans: q.spans.iter().map(|&s| range(s)).collect(),
                    speaker: q.speaker.as_ref().map(|s| SpeakerRecord {
                        entity: s.entity.clone(),
                        name: s.name.clone(),
                        mention: s.mention.map(ts),
                    }),
                    cue: q.cue.map(ts),
                    confidence: q.confidence,
                })
                .collect(),
        }
    }
}

/// The record of `a` as one line of JSON, byte for byte what serialising
/// [`Record::from_article`] gives, written straight from the article: no copy of the text, the
/// paragraphs and the mentions is made first, and the output is sized once.
pub(crate) fn to_json(a: &Article) -> serde_json::Result<String> {
    // The record holds the text twice (text, paragraphs), the mentions' and quotes' texts, and
    // some 20 to 60 bytes of keys and offsets per item: sized so that it rarely grows.
    let mentions: usize = a
        .entities
        .iter()
        .flat_map(|e| &e.mentions)
        .map(|m| m.len() + 48)
        .sum();
    let quotes: usize = a
        .quotes
        .iter()
        .map(|q| q.spans.iter().map(|s| s.len() + 24).sum::<usize>() + 256)
        .sum();
    let paras: usize = a.paragraphs().map(|p| 64 + 24 * p.sentences.len()).sum();
    let mut out = Vec::with_capacity(
        a.text.len() * 2 + mentions + quotes + paras + 200 * a.entities.len() + 1024,
    );
    serde_json::to_writer(&mut out, a)?;
    // serde_json writes valid UTF-8 only.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// Serialise `a` as its [`Record`], through the borrowed view (the one serialiser of an article).
pub(crate) fn serialize_article<S: serde::Serializer>(
    a: &Article,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    View {
        a,
        map: OffsetMap::new(&a.text),
    }
    .serialize(serializer)
}

/// A borrowed view of an article serialising as its [`Record`] (same fields, same order).
struct View<'a> {
    a: &'a Article,
    map: OffsetMap<'a>,
}

impl View<'_> {
    fn ts(&self, s: Span) -> TextSpanRef<'_> {
        TextSpanRef {
            start: self.map.char_offset(s.start),
            end: self.map.char_offset(s.end),
            text: s.as_str(&self.a.text),
        }
    }
    fn range(&self, s: Span) -> Range {
        Range {
            start: self.map.char_offset(s.start),
            end: self.map.char_offset(s.end),
        }
    }
}

#[derive(Serialize)]
struct TextSpanRef<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct PublishedRef<'a> {
    iso: &'a str,
    raw: &'a str,
    precision: crate::article::DatePrecision,
}

#[derive(Serialize)]
struct ParagraphRef<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    sentences: Seq<'a, Range>,
}

#[derive(Serialize)]
struct SectionRef<'a> {
    heading: Option<TextSpanRef<'a>>,
    paragraphs: Seq<'a, ParagraphRef<'a>>,
}

#[derive(Serialize)]
struct BoilerplateRef {
    start: usize,
    end: usize,
    kind: &'static str,
}

#[derive(Serialize)]
struct EntityRef<'a> {
    id: &'a str,
    label: Label,
    name: &'a str,
    aliases: &'a [String],
    mentions: Seq<'a, TextSpanRef<'a>>,
    descriptions: &'a [String],
}

#[derive(Serialize)]
struct SpeakerRef<'a> {
    entity: Option<&'a str>,
    name: &'a str,
    mention: Option<TextSpanRef<'a>>,
}

#[derive(Serialize)]
struct QuoteRef<'a> {
    id: &'a str,
    kind: QuoteKind,
    text: String,
    spans: Seq<'a, Range>,
    speaker: Option<SpeakerRef<'a>>,
    cue: Option<TextSpanRef<'a>>,
    confidence: f32,
}

/// A sequence made on the fly while it is written.
struct Seq<'a, T>(Box<dyn Fn() -> Box<dyn Iterator<Item = T> + 'a> + 'a>);

impl<T: Serialize> Serialize for Seq<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

impl Serialize for View<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let a = self.a;
        let text = a.text.as_str();
        let fields = if a.id.is_some() { 11 } else { 10 };
        let mut st = serializer.serialize_struct("Record", fields)?;
        if let Some(id) = &a.id {
            st.serialize_field("id", id)?;
        } else {
            st.skip_field("id")?;
        }
        st.serialize_field("text", text)?;
        st.serialize_field("title", &a.title.map(|s| self.ts(s)))?;
        st.serialize_field("subtitle", &a.subtitle.map(|s| self.ts(s)))?;
        st.serialize_field("byline", &a.byline.map(|s| self.ts(s)))?;
        st.serialize_field("authors", &a.authors)?;
        st.serialize_field(
            "published",
            &a.published.as_ref().map(|p| PublishedRef {
                iso: &p.iso,
                raw: p.span.as_str(text),
                precision: p.precision,
            }),
        )?;
        st.serialize_field(
            "sections",
            &Seq(Box::new(move || {
                Box::new(a.sections.iter().map(move |s| SectionRef {
                    heading: s.heading.map(|h| self.ts(h)),
                    paragraphs: Seq(Box::new(move || {
                        Box::new(s.paragraphs.iter().map(move |p| ParagraphRef {
                            start: self.map.char_offset(p.span.start),
                            end: self.map.char_offset(p.span.end),
                            text: p.span.as_str(text),
                            sentences: Seq(Box::new(move || {
                                Box::new(p.sentences.iter().map(move |&x| self.range(x)))
                            })),
                        }))
                    })),
                }))
            })),
        )?;
        st.serialize_field(
            "boilerplate",
            &Seq(Box::new(move || {
                Box::new(a.boilerplate.iter().map(move |b| BoilerplateRef {
                    start: self.map.char_offset(b.span.start),
                    end: self.map.char_offset(b.span.end),
                    kind: b.kind.as_str(),
                }))
            })),
        )?;
        st.serialize_field(
            "entities",
            &Seq(Box::new(move || {
                Box::new(a.entities.iter().map(move |e| EntityRef {
                    id: &e.id,
                    label: e.label,
                    name: &e.name,
                    aliases: &e.aliases,
                    mentions: Seq(Box::new(move || {
                        Box::new(e.mentions.iter().map(move |&m| self.ts(m)))
                    })),
                    descriptions: &e.descriptions,
                }))
            })),
        )?;
        st.serialize_field(
            "quotes",
            &Seq(Box::new(move || {
                Box::new(a.quotes.iter().map(move |q| QuoteRef {
                    id: &q.id,
                    kind: q.kind,
                    text: q.text(text),
                    spans: Seq(Box::new(move || {
                        Box::new(q.spans.iter().map(move |&x| self.range(x)))
                    })),
                    speaker: q.speaker.as_ref().map(|s| SpeakerRef {
                        entity: s.entity.as_deref(),
                        name: &s.name,
                        mention: s.mention.map(|m| self.ts(m)),
                    }),
                    cue: q.cue.map(|c| self.ts(c)),
                    confidence: q.confidence,
                }))
            })),
        )?;
        st.end()
    }
}

/// Converts byte offsets of one text to code-point offsets in O(1) amortised per lookup.
///
/// It keeps the code-point count at the start of every 64-byte block (1/16 of the text's size in
/// memory at most) and counts the rest of the block on demand. ASCII text needs no table at all.
#[derive(Debug, Clone)]
pub struct OffsetMap<'t> {
    text: &'t [u8],
    /// `None` for pure ASCII text, where bytes and code points agree.
    blocks: Option<Vec<u32>>,
}

const BLOCK: usize = 64;

impl<'t> OffsetMap<'t> {
    /// Index `text`.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return OffsetMap {
                text: bytes,
                blocks: None,
            };
        }
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count: u32 = 0;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count() as u32;
        }
        // The end of a text whose length is a multiple of BLOCK falls in a block of its own.
        blocks.push(count);
        OffsetMap {
            text: bytes,
            blocks: Some(blocks),
        }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        match &self.blocks {
            None => byte,
            Some(blocks) => {
                let b = byte / BLOCK;
                let base = blocks.get(b).copied().unwrap_or(0) as usize;
                let from = b * BLOCK;
                base + self.text[from..byte]
                    .iter()
                    .filter(|&&c| !is_continuation(c))
                    .count()
            }
        }
    }
}

#[inline]
fn is_continuation(b: u8) -> bool {
    (b & 0xC0) == 0x80
}

/// The byte offset of code-point offset `cp` in `text` (clamped to its end).
pub fn byte_offset(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_agree_with_char_indices() {
        let text = "Ça va? 日本語 ok 🎉 e\u{301} ".repeat(20);
        let map = OffsetMap::new(&text);
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(byte), cp, "byte {byte}");
        }
        assert_eq!(map.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn end_of_text_a_whole_number_of_blocks_long() {
        // Regression (found by tests/properties.rs): the end offset of a non-ASCII text of
        // exactly 64 or 128 bytes mapped to code point 0.
        for len in [BLOCK, 2 * BLOCK] {
            let text = format!("é{}", "a".repeat(len - 2));
            assert_eq!(text.len(), len);
            let map = OffsetMap::new(&text);
            assert_eq!(map.char_offset(text.len()), text.chars().count());
        }
    }

    #[test]
    fn ascii_is_identity() {
        let map = OffsetMap::new("plain ascii");
        assert_eq!(map.char_offset(5), 5);
        assert_eq!(map.char_offset(500), 11);
    }

    #[test]
    fn byte_offset_inverts() {
        let text = "añb🎉c";
        assert_eq!(byte_offset(text, 2), 3);
        assert_eq!(byte_offset(text, 4), 8);
        assert_eq!(byte_offset(text, 99), text.len());
    }
}
