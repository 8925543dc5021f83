//! Conversions between the core's record (code-point offsets) and Python: code points to byte
//! offsets for slicing, validation of records read back from JSON, `repr` helpers, and JSON to
//! Python objects.
//!
//! No parsing logic lives here: the core's [`copydesk::record::Record`] already speaks Python
//! string indexes, so the binding only slices and wraps.

use std::fmt::Write as _;

use copydesk::record::Record;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

/// Maps code-point offsets of one text to byte offsets in O(1) amortised per lookup.
///
/// Keeps the byte offset of every 64th code point (nothing at all for ASCII text) and walks at
/// most 63 code points from there, so building it is one O(n) pass and it never goes quadratic.
#[derive(Debug)]
pub struct CharIndex {
    /// Byte offset of code point `64 * i`, or `None` when the text is ASCII.
    blocks: Option<Vec<usize>>,
    /// Number of code points.
    chars: usize,
}

const BLOCK: usize = 64;

impl CharIndex {
    /// Index `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                blocks: None,
                chars: text.len(),
            };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0;
        for (i, (byte, _)) in text.char_indices().enumerate() {
            if i % BLOCK == 0 {
                blocks.push(byte);
            }
            chars = i + 1;
        }
        CharIndex {
            blocks: Some(blocks),
            chars,
        }
    }

    /// Number of code points in the text.
    pub fn len(&self) -> usize {
        self.chars
    }

    /// The byte offset of code point `cp` (clamped to the end of `text`).
    pub fn byte(&self, text: &str, cp: usize) -> usize {
        match &self.blocks {
            None => cp.min(text.len()),
            Some(blocks) => {
                if cp >= self.chars {
                    return text.len();
                }
                let from = blocks[cp / BLOCK];
                text[from..]
                    .char_indices()
                    .nth(cp % BLOCK)
                    .map_or(text.len(), |(i, _)| from + i)
            }
        }
    }

    /// `text[start:end]` in code points (clamped, empty when `start > end`).
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        let s = self.byte(text, start);
        let e = self.byte(text, end).max(s);
        &text[s..e]
    }
}

/// Check that a record read back from JSON keeps the Python invariant: every span lies inside
/// `text` and every span that carries `text` matches `text[start:end]`. `Err` names the first
/// field that does not.
pub fn validate(record: &Record) -> Result<(), String> {
    let text = record.text.as_str();
    let index = CharIndex::new(text);
    let n = index.len();
    let range = |what: &str, start: usize, end: usize| -> Result<(), String> {
        if start > end || end > n {
            return Err(format!(
                "{what}: [{start}:{end}] is not a range inside the text ({n} characters)"
            ));
        }
        Ok(())
    };
    let span = |what: &str, s: &copydesk::record::TextSpan| -> Result<(), String> {
        range(what, s.start, s.end)?;
        let actual = index.slice(text, s.start, s.end);
        if actual != s.text {
            return Err(format!(
                "{what}: text {:?} does not match text[{}:{}] == {:?}",
                s.text, s.start, s.end, actual
            ));
        }
        Ok(())
    };
    for (what, s) in [
        ("title", &record.title),
        ("subtitle", &record.subtitle),
        ("byline", &record.byline),
    ] {
        if let Some(s) = s {
            span(what, s)?;
        }
    }
    for (i, section) in record.sections.iter().enumerate() {
        if let Some(h) = &section.heading {
            span(&format!("sections[{i}].heading"), h)?;
        }
        for (j, p) in section.paragraphs.iter().enumerate() {
            let what = format!("sections[{i}].paragraphs[{j}]");
            range(&what, p.start, p.end)?;
            let actual = index.slice(text, p.start, p.end);
            if actual != p.text {
                return Err(format!(
                    "{what}: text {:?} does not match text[{}:{}] == {actual:?}",
                    p.text, p.start, p.end
                ));
            }
            for (k, s) in p.sentences.iter().enumerate() {
                range(&format!("{what}.sentences[{k}]"), s.start, s.end)?;
            }
        }
    }
    for (i, b) in record.boilerplate.iter().enumerate() {
        range(&format!("boilerplate[{i}]"), b.start, b.end)?;
    }
    for (i, e) in record.entities.iter().enumerate() {
        for (j, m) in e.mentions.iter().enumerate() {
            span(&format!("entities[{i}].mentions[{j}]"), m)?;
        }
    }
    for (i, q) in record.quotes.iter().enumerate() {
        for (j, s) in q.spans.iter().enumerate() {
            range(&format!("quotes[{i}].spans[{j}]"), s.start, s.end)?;
        }
        if let Some(c) = &q.cue {
            span(&format!("quotes[{i}].cue"), c)?;
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            span(&format!("quotes[{i}].speaker.mention"), m)?;
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            return Err(format!(
                "quotes[{i}].confidence: {} is not between 0 and 1",
                q.confidence
            ));
        }
    }
    Ok(())
}

/// A Python-style `repr` of a string, cut to `max` characters with an ellipsis.
pub fn short_repr(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 2) + 2);
    out.push('\'');
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The f64 a Python user expects for an f32 of the record: `0.85f32` becomes `0.85`, not
/// `0.8500000238418579`, so `quote.confidence == quote.to_dict()["confidence"]`.
pub fn f32_to_f64(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static JSON_DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Plain Python objects (dicts, lists, str, int, float, None) for a serialisable value.
pub fn to_python<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value)
        .map_err(|e| crate::errors::CopydeskError::new_err(e.to_string()))?;
    let loads = JSON_LOADS.get_or_try_init(py, || {
        py.import("json")?.getattr("loads").map(Bound::unbind)
    })?;
    loads.bind(py).call1((json,))
}

/// `json.dumps(obj)`, for reading a dict back through the record's deserialiser.
pub fn json_dumps(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let dumps = JSON_DUMPS.get_or_try_init(py, || {
        py.import("json")?.getattr("dumps").map(Bound::unbind)
    })?;
    dumps.bind(py).call1((obj,))?.extract()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_agrees_with_chars() {
        let text = "Ça va? 日本語 ok 🎉 e\u{301} ".repeat(20);
        let index = CharIndex::new(&text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(index.len(), chars.len());
        for start in (0..chars.len()).step_by(7) {
            for end in (start..chars.len()).step_by(11) {
                let expected: String = chars[start..end].iter().collect();
                assert_eq!(index.slice(&text, start, end), expected);
            }
        }
        assert_eq!(index.byte(&text, chars.len() + 5), text.len());
    }

    #[test]
    fn short_repr_escapes_and_cuts() {
        assert_eq!(short_repr("it's\n", 10), "'it\\'s\\n'");
        assert_eq!(short_repr("abcdef", 3), "'abc…'");
    }

    #[test]
    fn f32_shortest() {
        assert!((f32_to_f64(0.85) - 0.85).abs() < f64::EPSILON);
    }
}
