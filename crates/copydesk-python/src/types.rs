//! The Python classes: frozen value objects with read-only attributes named as in SCHEMA.md.
//!
//! Small parts (`Span`, `Sentence`, `Mention`, ...) are plain Rust structs, so equality, hashing
//! and pickling come for free. `Article` keeps the core's [`Record`] and builds its Python parts
//! on first access (then caches them), so `parse_articles` returns as soon as parsing is done.
//! Every `to_dict()` gives the SCHEMA.md form of that part, so
//! `article.to_dict()["sections"][0] == article.sections[0].to_dict()`.

use std::sync::OnceLock;

use copydesk::record::{Range, Record, TextSpan};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};
use serde::{Serialize, Serializer};

use crate::convert::{CharIndex, f32_to_f64, short_repr, to_python};
use crate::errors;

const REPR_TEXT: usize = 40;

/// A piece of the article's text.
///
/// Args:
///     start: First character, a Python string index into ``Article.text``.
///     end: One past the last character.
///     text: ``article.text[start:end]``.
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Span"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PySpan {
    /// First character (a Python string index into `Article.text`).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// `article.text[start:end]`.
    pub text: String,
}

/// Serialise a span without its text (quote pieces are `{"start", "end"}` in the record).
fn ranges<S: Serializer>(spans: &[PySpan], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(spans.iter().map(|p| Range {
        start: p.start,
        end: p.end,
    }))
}

impl PySpan {
    fn from_text_span(s: &TextSpan) -> PySpan {
        PySpan {
            start: s.start,
            end: s.end,
            text: s.text.clone(),
        }
    }
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(start: usize, end: usize, text: String) -> Self {
        PySpan { start, end, text }
    }

    fn __repr__(&self) -> String {
        format!(
            "Span({}, {}, {})",
            self.start,
            self.end,
            short_repr(&self.text, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (usize, usize, String)) {
        let s = slf.get();
        (slf.get_type(), (s.start, s.end, s.text.clone()))
    }

    /// The span as in the record: ``{"start", "end", "text"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// A sentence of a paragraph.
///
/// Args:
///     start: First character, a Python string index into ``Article.text``.
///     end: One past the last character.
///     text: ``article.text[start:end]`` (not part of the record, which keeps offsets only).
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Sentence"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PySentence {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// `article.text[start:end]`.
    #[serde(skip)]
    pub text: String,
}

#[pymethods]
impl PySentence {
    #[new]
    fn new(start: usize, end: usize, text: String) -> Self {
        PySentence { start, end, text }
    }

    fn __repr__(&self) -> String {
        format!(
            "Sentence({}, {}, {})",
            self.start,
            self.end,
            short_repr(&self.text, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (usize, usize, String)) {
        let s = slf.get();
        (slf.get_type(), (s.start, s.end, s.text.clone()))
    }

    /// The sentence as in the record: ``{"start", "end"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// A paragraph of the body and its sentences.
///
/// Args:
///     start: First character, a Python string index into ``Article.text``.
///     end: One past the last character.
///     text: ``article.text[start:end]``.
///     sentences: The sentences, in order.
#[pyclass(
    frozen,
    eq,
    hash,
    from_py_object,
    module = "copydesk",
    name = "Paragraph"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PyParagraph {
    /// First character.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last character.
    #[pyo3(get)]
    pub end: usize,
    /// `article.text[start:end]`.
    #[pyo3(get)]
    pub text: String,
    /// The sentences, in order.
    pub sentences: Vec<PySentence>,
}

#[pymethods]
impl PyParagraph {
    #[new]
    fn new(start: usize, end: usize, text: String, sentences: Vec<PySentence>) -> Self {
        PyParagraph {
            start,
            end,
            text,
            sentences,
        }
    }

    /// The sentences, in order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.sentences.iter().cloned())
    }

    fn __repr__(&self) -> String {
        format!(
            "Paragraph({}, {}, sentences={}, text={})",
            self.start,
            self.end,
            self.sentences.len(),
            short_repr(&self.text, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (usize, usize, String, Vec<PySentence>)) {
        let p = slf.get();
        (
            slf.get_type(),
            (p.start, p.end, p.text.clone(), p.sentences.clone()),
        )
    }

    /// The paragraph as in the record: ``{"start", "end", "text", "sentences"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// A section of the body: an optional heading and its paragraphs.
///
/// Args:
///     heading: The heading line, ``None`` for the part before the first heading.
///     paragraphs: The paragraphs, in order.
#[pyclass(
    frozen,
    eq,
    hash,
    from_py_object,
    module = "copydesk",
    name = "Section"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PySection {
    /// The heading line, `None` for the part before the first heading.
    #[pyo3(get)]
    pub heading: Option<PySpan>,
    /// The paragraphs, in order.
    pub paragraphs: Vec<PyParagraph>,
}

#[pymethods]
impl PySection {
    #[new]
    #[pyo3(signature = (heading, paragraphs))]
    fn new(heading: Option<PySpan>, paragraphs: Vec<PyParagraph>) -> Self {
        PySection {
            heading,
            paragraphs,
        }
    }

    /// The paragraphs, in order.
    #[getter]
    fn paragraphs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.paragraphs.iter().cloned())
    }

    fn __repr__(&self) -> String {
        let heading = self
            .heading
            .as_ref()
            .map_or_else(|| "None".to_owned(), |h| short_repr(&h.text, REPR_TEXT));
        format!(
            "Section(heading={heading}, paragraphs={})",
            self.paragraphs.len()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (Option<PySpan>, Vec<PyParagraph>)) {
        let s = slf.get();
        (slf.get_type(), (s.heading.clone(), s.paragraphs.clone()))
    }

    /// The section as in the record: ``{"heading", "paragraphs"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// Page furniture the parser removed from the body (comments, share prompts, ...).
///
/// Args:
///     start: First character, a Python string index into ``Article.text``.
///     end: One past the last character.
///     kind: What kind of furniture: ``"comments"``, ``"related"``, ``"share"``, ...
///     text: ``article.text[start:end]`` (not part of the record).
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Boilerplate"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PyBoilerplate {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// What kind of furniture.
    pub kind: String,
    /// `article.text[start:end]`.
    #[serde(skip)]
    pub text: String,
}

#[pymethods]
impl PyBoilerplate {
    #[new]
    fn new(start: usize, end: usize, kind: String, text: String) -> Self {
        PyBoilerplate {
            start,
            end,
            kind,
            text,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Boilerplate({}, {}, kind={}, text={})",
            self.start,
            self.end,
            short_repr(&self.kind, REPR_TEXT),
            short_repr(&self.text, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (usize, usize, String, String)) {
        let b = slf.get();
        (
            slf.get_type(),
            (b.start, b.end, b.kind.clone(), b.text.clone()),
        )
    }

    /// The furniture as in the record: ``{"start", "end", "kind"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// The publication date the article states.
///
/// Args:
///     iso: ISO 8601, as precise as stated: ``"2025"``, ``"2025-02"`` or ``"2025-02-14"``.
///     raw: The date as written.
///     precision: ``"year"``, ``"month"`` or ``"day"``.
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Published"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PyPublished {
    /// ISO 8601, as precise as stated.
    pub iso: String,
    /// The date as written.
    pub raw: String,
    /// `year`, `month` or `day`.
    pub precision: String,
}

#[pymethods]
impl PyPublished {
    #[new]
    fn new(iso: String, raw: String, precision: String) -> Self {
        PyPublished {
            iso,
            raw,
            precision,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Published(iso={}, precision={})",
            short_repr(&self.iso, REPR_TEXT),
            short_repr(&self.precision, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (String, String, String)) {
        let p = slf.get();
        (
            slf.get_type(),
            (p.iso.clone(), p.raw.clone(), p.precision.clone()),
        )
    }

    /// The date as in the record: ``{"iso", "raw", "precision"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// One place where an entity is named.
///
/// Args:
///     start: First character, a Python string index into ``Article.text``.
///     end: One past the last character.
///     text: ``article.text[start:end]``.
///     entity: Id of the entity named (``"E1"``); not part of the record's mention.
///     label: The entity's label (``"PERSON"``, ``"ORG"``, ...); not part of the record's mention.
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Mention"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PyMention {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// `article.text[start:end]`.
    pub text: String,
    /// Id of the entity named.
    #[serde(skip)]
    pub entity: String,
    /// The entity's label.
    #[serde(skip)]
    pub label: String,
}

#[pymethods]
impl PyMention {
    #[new]
    fn new(start: usize, end: usize, text: String, entity: String, label: String) -> Self {
        PyMention {
            start,
            end,
            text,
            entity,
            label,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention({}, {}, {}, label={})",
            self.start,
            self.end,
            short_repr(&self.text, REPR_TEXT),
            short_repr(&self.label, REPR_TEXT)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (usize, usize, String, String, String)) {
        let m = slf.get();
        (
            slf.get_type(),
            (
                m.start,
                m.end,
                m.text.clone(),
                m.entity.clone(),
                m.label.clone(),
            ),
        )
    }

    /// The mention as in the record: ``{"start", "end", "text"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// One real-world thing the article names (a person, organisation, place, group, date or
/// amount), with every mention of it.
///
/// Args:
///     id: ``"E1"``, ``"E2"``, ... in order of first mention.
///     label: ``"PERSON"``, ``"ORG"``, ``"GPE"``, ``"LOC"``, ``"NORP"``, ``"DATE"``, ``"MONEY"``
///         or ``"PERCENT"``.
///     name: The fullest name the article gives it.
///     aliases: Other names the article uses for it.
///     mentions: Every place it is named, in text order.
///     descriptions: What the article says it is.
#[pyclass(frozen, eq, hash, from_py_object, module = "copydesk", name = "Entity")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PyEntity {
    /// `E1`, `E2`, ...
    #[pyo3(get)]
    pub id: String,
    /// `PERSON`, `ORG`, ...
    #[pyo3(get)]
    pub label: String,
    /// The fullest name.
    #[pyo3(get)]
    pub name: String,
    /// Other names used.
    pub aliases: Vec<String>,
    /// Every mention.
    pub mentions: Vec<PyMention>,
    /// What the article says it is.
    pub descriptions: Vec<String>,
}

#[pymethods]
impl PyEntity {
    #[new]
    fn new(
        id: String,
        label: String,
        name: String,
        aliases: Vec<String>,
        mentions: Vec<PyMention>,
        descriptions: Vec<String>,
    ) -> Self {
        PyEntity {
            id,
            label,
            name,
            aliases,
            mentions,
            descriptions,
        }
    }

    /// Other names the article uses for it.
    #[getter]
    fn aliases<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.aliases)
    }

    /// Every place it is named, in text order.
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.mentions.iter().cloned())
    }

    /// What the article says it is ("head of Russia's sovereign wealth fund").
    #[getter]
    fn descriptions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.descriptions)
    }

    fn __repr__(&self) -> String {
        format!(
            "Entity({}, {}, {}, mentions={})",
            short_repr(&self.id, REPR_TEXT),
            short_repr(&self.label, REPR_TEXT),
            short_repr(&self.name, REPR_TEXT),
            self.mentions.len()
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (
            String,
            String,
            String,
            Vec<String>,
            Vec<PyMention>,
            Vec<String>,
        ),
    ) {
        let e = slf.get();
        (
            slf.get_type(),
            (
                e.id.clone(),
                e.label.clone(),
                e.name.clone(),
                e.aliases.clone(),
                e.mentions.clone(),
                e.descriptions.clone(),
            ),
        )
    }

    /// The entity as in the record.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// Who said a quote.
///
/// Args:
///     entity: Id of the entity the speaker resolves to (``"E3"``), or ``None`` for an unnamed
///         speaker ("a spokesman").
///     name: The entity's name, or the words naming an unnamed speaker.
///     mention: Where the speaker is named in the attribution, if anywhere.
#[pyclass(
    frozen,
    eq,
    hash,
    get_all,
    from_py_object,
    module = "copydesk",
    name = "Speaker"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PySpeaker {
    /// Entity id, if resolved.
    pub entity: Option<String>,
    /// The name.
    pub name: String,
    /// Where the speaker is named.
    pub mention: Option<PySpan>,
}

#[pymethods]
impl PySpeaker {
    #[new]
    #[pyo3(signature = (entity, name, mention))]
    fn new(entity: Option<String>, name: String, mention: Option<PySpan>) -> Self {
        PySpeaker {
            entity,
            name,
            mention,
        }
    }

    fn __repr__(&self) -> String {
        let entity = self
            .entity
            .as_deref()
            .map_or_else(|| "None".to_owned(), |e| short_repr(e, REPR_TEXT));
        format!(
            "Speaker({}, entity={entity})",
            short_repr(&self.name, REPR_TEXT)
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (Option<String>, String, Option<PySpan>)) {
        let s = slf.get();
        (
            slf.get_type(),
            (s.entity.clone(), s.name.clone(), s.mention.clone()),
        )
    }

    /// The speaker as in the record: ``{"entity", "name", "mention"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// A quotation and who said it.
///
/// Args:
///     id: ``"Q1"``, ``"Q2"``, ... in text order.
///     kind: ``"direct"``, ``"partial"`` or ``"indirect"``.
///     text: The quoted words, quotation marks excluded, pieces joined by a space.
///     spans: The pieces (one, or more when the attribution interrupts the quote).
///     speaker: Who said it, when the article says.
///     cue: The reporting word ("said", "according to"), if any.
///     confidence: How sure the attribution is, from 0 to 1, by the pattern that fired.
#[pyclass(frozen, eq, from_py_object, module = "copydesk", name = "Quote")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PyQuote {
    /// `Q1`, `Q2`, ...
    #[pyo3(get)]
    pub id: String,
    /// `direct`, `partial` or `indirect`.
    #[pyo3(get)]
    pub kind: String,
    /// The quoted words.
    #[pyo3(get)]
    pub text: String,
    /// The pieces.
    #[serde(serialize_with = "ranges")]
    pub spans: Vec<PySpan>,
    /// Who said it.
    #[pyo3(get)]
    pub speaker: Option<PySpeaker>,
    /// The reporting word.
    #[pyo3(get)]
    pub cue: Option<PySpan>,
    /// How sure the attribution is.
    #[pyo3(get)]
    pub confidence: f64,
}

#[pymethods]
impl PyQuote {
    #[new]
    #[pyo3(signature = (id, kind, text, spans, speaker, cue, confidence))]
    fn new(
        id: String,
        kind: String,
        text: String,
        spans: Vec<PySpan>,
        speaker: Option<PySpeaker>,
        cue: Option<PySpan>,
        confidence: f64,
    ) -> Self {
        PyQuote {
            id,
            kind,
            text,
            spans,
            speaker,
            cue,
            confidence,
        }
    }

    /// The pieces of the quote, quotation marks excluded, in order.
    #[getter]
    fn spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.spans.iter().cloned())
    }

    fn __repr__(&self) -> String {
        let speaker = self
            .speaker
            .as_ref()
            .map_or_else(|| "None".to_owned(), |s| short_repr(&s.name, REPR_TEXT));
        format!(
            "Quote({}, {}, speaker={speaker}, text={})",
            short_repr(&self.id, REPR_TEXT),
            short_repr(&self.kind, REPR_TEXT),
            short_repr(&self.text, REPR_TEXT)
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (
            String,
            String,
            String,
            Vec<PySpan>,
            Option<PySpeaker>,
            Option<PySpan>,
            f64,
        ),
    ) {
        let q = slf.get();
        (
            slf.get_type(),
            (
                q.id.clone(),
                q.kind.clone(),
                q.text.clone(),
                q.spans.clone(),
                q.speaker.clone(),
                q.cue.clone(),
                q.confidence,
            ),
        )
    }

    /// The quote as in the record (pieces as ``{"start", "end"}``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }
}

/// One parsed article: the record of SCHEMA.md with every offset a Python string index, so
/// ``article.text[m.start:m.end] == m.text`` for every span.
///
/// Make one with :func:`copydesk.parse_article`, :func:`copydesk.parse_articles` or
/// :meth:`Article.from_json`. Articles are immutable, compare equal when their records are
/// equal, and pickle (``pickle``, ``copy``, joblib, multiprocessing) through their JSON record.
#[pyclass(frozen, eq, module = "copydesk", name = "Article")]
pub struct PyArticle {
    pub(crate) record: Record,
    index: OnceLock<CharIndex>,
    text: PyOnceLock<Py<PyString>>,
    sections: PyOnceLock<Py<PyTuple>>,
    boilerplate: PyOnceLock<Py<PyTuple>>,
    entities: PyOnceLock<Py<PyTuple>>,
    quotes: PyOnceLock<Py<PyTuple>>,
}

impl PartialEq for PyArticle {
    fn eq(&self, other: &Self) -> bool {
        self.record == other.record
    }
}

/// displaCy's "manual" format.
#[derive(Serialize)]
struct Displacy<'a> {
    text: &'a str,
    ents: Vec<DisplacyEnt<'a>>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct DisplacyEnt<'a> {
    start: usize,
    end: usize,
    label: &'a str,
}

impl PyArticle {
    /// Wrap a record; Python parts are built on first access.
    pub fn new(record: Record) -> PyArticle {
        PyArticle {
            record,
            index: OnceLock::new(),
            text: PyOnceLock::new(),
            sections: PyOnceLock::new(),
            boilerplate: PyOnceLock::new(),
            entities: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
        }
    }

    /// Read a record from JSON and check it keeps the offset invariant.
    pub fn from_json_str(py: Python<'_>, json: &str) -> PyResult<PyArticle> {
        let record: Record = serde_json::from_str(json)
            .map_err(|e| errors::input_error(py, format!("not an article record: {e}")))?;
        crate::convert::validate(&record)
            .map_err(|e| errors::input_error(py, format!("inconsistent article record: {e}")))?;
        Ok(PyArticle::new(record))
    }

    fn index(&self) -> &CharIndex {
        self.index.get_or_init(|| CharIndex::new(&self.record.text))
    }

    fn slice(&self, start: usize, end: usize) -> String {
        self.index().slice(&self.record.text, start, end).to_owned()
    }

    fn span(s: Option<&TextSpan>) -> Option<PySpan> {
        s.map(PySpan::from_text_span)
    }

    fn build_sections(&self) -> Vec<PySection> {
        self.record
            .sections
            .iter()
            .map(|s| PySection {
                heading: Self::span(s.heading.as_ref()),
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|p| PyParagraph {
                        start: p.start,
                        end: p.end,
                        text: p.text.clone(),
                        sentences: p
                            .sentences
                            .iter()
                            .map(|r| PySentence {
                                start: r.start,
                                end: r.end,
                                text: self.slice(r.start, r.end),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect()
    }

    fn build_entities(&self) -> Vec<PyEntity> {
        self.record
            .entities
            .iter()
            .map(|e| {
                let label = e.label.as_str().to_owned();
                PyEntity {
                    id: e.id.clone(),
                    label: label.clone(),
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| PyMention {
                            start: m.start,
                            end: m.end,
                            text: m.text.clone(),
                            entity: e.id.clone(),
                            label: label.clone(),
                        })
                        .collect(),
                    descriptions: e.descriptions.clone(),
                }
            })
            .collect()
    }

    fn build_quotes(&self) -> Vec<PyQuote> {
        self.record
            .quotes
            .iter()
            .map(|q| PyQuote {
                id: q.id.clone(),
                kind: q.kind.as_str().to_owned(),
                text: q.text.clone(),
                spans: q
                    .spans
                    .iter()
                    .map(|r| PySpan {
                        start: r.start,
                        end: r.end,
                        text: self.slice(r.start, r.end),
                    })
                    .collect(),
                speaker: q.speaker.as_ref().map(|s| PySpeaker {
                    entity: s.entity.clone(),
                    name: s.name.clone(),
                    mention: Self::span(s.mention.as_ref()),
                }),
                cue: Self::span(q.cue.as_ref()),
                confidence: f32_to_f64(q.confidence),
            })
            .collect()
    }

    fn build_boilerplate(&self) -> Vec<PyBoilerplate> {
        self.record
            .boilerplate
            .iter()
            .map(|b| PyBoilerplate {
                start: b.start,
                end: b.end,
                kind: b.kind.clone(),
                text: self.slice(b.start, b.end),
            })
            .collect()
    }

    fn cached<'py, T, I>(
        py: Python<'py>,
        cell: &PyOnceLock<Py<PyTuple>>,
        build: impl FnOnce() -> I,
    ) -> PyResult<Bound<'py, PyTuple>>
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: ExactSizeIterator,
        T: IntoPyObject<'py>,
    {
        cell.get_or_try_init(py, || PyTuple::new(py, build()).map(Bound::unbind))
            .map(|t| t.bind(py).clone())
    }
}

#[pymethods]
impl PyArticle {
    /// The identifier given with the input, or ``None``.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.record.id.as_deref()
    }

    /// The article text: the input exactly as given. Every offset indexes this string.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.text
            .get_or_init(py, || PyString::new(py, &self.record.text).unbind())
            .bind(py)
            .clone()
    }

    /// The headline, or ``None``.
    #[getter]
    fn title(&self) -> Option<PySpan> {
        Self::span(self.record.title.as_ref())
    }

    /// The dek or standfirst under the headline, or ``None``.
    #[getter]
    fn subtitle(&self) -> Option<PySpan> {
        Self::span(self.record.subtitle.as_ref())
    }

    /// The byline line ("By Jane Doe and John Roe"), or ``None``.
    #[getter]
    fn byline(&self) -> Option<PySpan> {
        Self::span(self.record.byline.as_ref())
    }

    /// Author names taken from the byline (for an HTML page without one, from its metadata).
    #[getter]
    fn authors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.record.authors)
    }

    /// The publication (or update) date the article states, or ``None``.
    #[getter]
    fn published(&self) -> Option<PyPublished> {
        self.record.published.as_ref().map(|p| PyPublished {
            iso: p.iso.clone(),
            raw: p.raw.clone(),
            precision: serde_json::to_value(p.precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        })
    }

    /// The body: sections of paragraphs, in reading order.
    #[getter]
    fn sections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        Self::cached(py, &self.sections, || self.build_sections())
    }

    /// Every paragraph of the body, in order (all sections together).
    #[getter]
    fn paragraphs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let sections = self.sections(py)?;
        let mut out = Vec::new();
        for s in sections.iter() {
            out.extend(s.cast::<PySection>()?.get().paragraphs.iter().cloned());
        }
        PyTuple::new(py, out)
    }

    /// Page furniture the parser removed from the body.
    #[getter]
    fn boilerplate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        Self::cached(py, &self.boilerplate, || self.build_boilerplate())
    }

    /// People, organisations, places, groups, dates and amounts: one entity per real thing.
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        Self::cached(py, &self.entities, || self.build_entities())
    }

    /// Quotations with their speakers, in text order.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        Self::cached(py, &self.quotes, || self.build_quotes())
    }

    /// The entity with this id (``"E3"``, as in ``quote.speaker.entity``), or ``None``.
    ///
    /// Args:
    ///     id: An entity id of this article.
    fn entity<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
        let entities = self.entities(py)?;
        for e in entities.iter() {
            if e.cast::<PyEntity>()?.get().id == id {
                return Ok(Some(e));
            }
        }
        Ok(None)
    }

    /// The record of SCHEMA.md as plain Python objects (dicts, lists, str, int, float, None).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.record)
    }

    /// The record of SCHEMA.md as JSON text.
    ///
    /// Args:
    ///     indent: Spaces per level for pretty-printed output; ``None`` for one line.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        let result = match indent {
            None => serde_json::to_string(&self.record),
            Some(n) => {
                let pad = " ".repeat(n);
                let mut out = Vec::new();
                let fmt = serde_json::ser::PrettyFormatter::with_indent(pad.as_bytes());
                let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
                self.record
                    .serialize(&mut ser)
                    .map(|()| String::from_utf8(out).unwrap_or_default())
            }
        };
        let _ = py;
        result.map_err(|e| errors::CopydeskError::new_err(e.to_string()))
    }

    /// Read an article back from its JSON record (as written by :meth:`to_json`).
    ///
    /// Args:
    ///     data: The JSON text, as ``str`` or UTF-8 ``bytes``.
    ///
    /// Raises:
    ///     InputError: The JSON is not an article record, or its offsets do not match its text.
    ///     InputTypeError: ``data`` is neither ``str`` nor ``bytes``.
    #[classmethod]
    fn from_json(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<PyArticle> {
        if let Ok(s) = data.cast::<PyString>() {
            let s = s
                .to_str()
                .map_err(|_| errors::input_error(py, "the JSON text is not valid Unicode"))?;
            return PyArticle::from_json_str(py, s);
        }
        if let Ok(b) = data.extract::<&[u8]>() {
            let s = std::str::from_utf8(b).map_err(|e| {
                errors::input_error(py, format!("the JSON bytes are not UTF-8: {e}"))
            })?;
            return PyArticle::from_json_str(py, s);
        }
        Err(errors::input_type_error(
            py,
            format!(
                "Article.from_json() expects str or bytes, got {}",
                crate::type_name(data)
            ),
        ))
    }

    /// Make an article from its record as plain Python objects (as given by :meth:`to_dict`).
    ///
    /// Raises:
    ///     InputError: The dict is not an article record, or its offsets do not match its text.
    #[classmethod]
    fn from_dict(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<PyArticle> {
        let json = crate::convert::json_dumps(py, data)
            .map_err(|e| errors::input_error(py, format!("not an article record: {e}")))?;
        PyArticle::from_json_str(py, &json)
    }

    /// The entities in displaCy's "manual" format, for
    /// ``spacy.displacy.render(article.to_displacy(), style="ent", manual=True)``.
    fn to_displacy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let mut ents: Vec<DisplacyEnt<'_>> = self
            .record
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions.iter().map(move |m| DisplacyEnt {
                    start: m.start,
                    end: m.end,
                    label: e.label.as_str(),
                })
            })
            .collect();
        ents.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
        let value = Displacy {
            text: &self.record.text,
            ents,
            title: self.record.title.as_ref().map(|t| t.text.as_str()),
        };
        to_python(py, &value)
    }

    /// The article as an HTML page for Jupyter: entities highlighted by label, quotes marked
    /// with their speaker, every piece of text HTML-escaped.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("copydesk._display")?
            .call_method1("article_html", (slf,))
    }

    fn __repr__(&self) -> String {
        let title = self
            .record
            .title
            .as_ref()
            .map_or_else(|| "None".to_owned(), |t| short_repr(&t.text, REPR_TEXT));
        let id = self
            .record
            .id
            .as_deref()
            .map(|i| format!("id={}, ", short_repr(i, REPR_TEXT)))
            .unwrap_or_default();
        format!(
            "Article({id}title={title}, sections={}, entities={}, quotes={})",
            self.record.sections.len(),
            self.record.entities.len(),
            self.record.quotes.len()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let ctor = slf.get_type().getattr("from_json")?;
        let json = serde_json::to_string(&slf.get().record)
            .map_err(|e| errors::CopydeskError::new_err(e.to_string()))?;
        Ok((ctor, (json,)))
    }
}
