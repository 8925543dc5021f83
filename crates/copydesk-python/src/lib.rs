//! Python bindings for copydesk, built by maturin into the `copydesk` wheel as `copydesk._core`.
//!
//! Kept thin: argument checking, the GIL released around the core's `parse_article`, a rayon
//! pool per batch, and conversion of the core's record into frozen Python classes. The Python
//! side (`python/copydesk/`) adds the HTML view and the pandas helpers.
// The `///` comments here are the Python docstrings (Google style, as in `_core.pyi`), where
// ``Name`` is reST markup rather than Markdown code.
#![allow(clippy::doc_markdown)]

mod convert;
mod errors;
mod types;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use copydesk::html_meta::PageMeta;
use copydesk::record::Record;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyList, PyString, PyType};
use rayon::prelude::*;

use crate::errors::{CopydeskError, input_error, input_type_error};
use crate::types::PyArticle;

/// mimalloc instead of the system allocator, as in the CLI: see its note in the workspace Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The name of an object's type, for error messages.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "object".to_owned(), |n| n.to_string())
}

/// Borrow the text of a `str` argument, or explain what is wrong with it.
///
/// The borrow is the UTF-8 buffer CPython keeps with the string (for ASCII text, the string's
/// own data): no copy, and it lives as long as the caller keeps `obj`. Strings are immutable, so
/// reading it with the GIL released (or on free-threaded Python) is sound.
fn text_arg<'a>(py: Python<'_>, obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<&'a str> {
    if let Ok(s) = obj.cast::<PyString>() {
        return s.to_str().map_err(|_| {
            input_error(
                py,
                format!(
                    "{what} is not valid Unicode text (it holds a lone surrogate code point); \
                     clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
                ),
            )
        });
    }
    let hint = if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() {
        "; decode it first, e.g. data.decode('utf-8')"
    } else {
        ""
    };
    Err(input_type_error(
        py,
        format!("{what} must be str, not {}{hint}", type_name(obj)),
    ))
}

/// Parse one text with the GIL released and wrap the record.
fn parse_one(
    py: Python<'_>,
    parser: &copydesk::Parser,
    text: &Bound<'_, PyAny>,
    id: Option<String>,
    html: bool,
) -> PyResult<PyArticle> {
    let text = text_arg(py, text, "text")?;
    let outcome = py.detach(|| parse_record(parser, text, id, html));
    outcome
        .map(PyArticle::new)
        .map_err(|msg| CopydeskError::new_err(format!("could not parse the text: {msg}")))
}

/// The core's parse (of the text, or of the HTML page when `html`) and record conversion, with any
/// panic caught so one document never takes the interpreter (or the rest of its batch) down with it.
fn parse_record(
    parser: &copydesk::Parser,
    text: &str,
    id: Option<String>,
    html: bool,
) -> Result<Record, String> {
    guarded(|| {
        let mut article = if html {
            parser.parse_html(text)
        } else {
            parser.parse(text)
        };
        article.id = id;
        Record::from_article(&article)
    })
}

/// Run `f`, turning a panic (a bug: the core promises never to panic) into an error message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!("internal error ({msg}); please report it with the text")
    })
}

/// Items of a batch parsed as one group by `Parser::parse_many_guarded`, which runs each stage
/// over the whole group before the next (as the command line does, where that is 6-8 % faster on
/// news).
const GROUP: usize = 64;

/// An item's text, and for an HTML page its metadata.
type Page = (String, Option<PageMeta>);

/// Parse one group of a batch with `Parser::parse_many_guarded`: should the group's parse panic,
/// each item is parsed again on its own, so that only the item that panics fails. An HTML page's
/// text and each record's conversion are guarded the same way.
fn parse_group(
    parser: &copydesk::Parser,
    group: &[(Option<&str>, Option<String>)],
    html: bool,
) -> Vec<Option<Result<Record, String>>> {
    // An HTML page's metadata is read beside its text and fills its record's authors and date
    // where the text leaves them empty (`copydesk::html_meta`).
    let mut pages: Vec<Option<Result<Page, String>>> = group
        .iter()
        .map(|(text, _)| {
            text.map(|t| {
                if html {
                    guarded(|| {
                        let (text, meta) = copydesk::html::page(t);
                        (text, Some(meta))
                    })
                } else {
                    Ok((t.to_owned(), None))
                }
            })
        })
        .collect();
    let ready = pages
        .iter_mut()
        .filter_map(|p| p.as_mut()?.as_mut().ok().map(|(t, _)| std::mem::take(t)));
    let mut articles = (parser.parse_many_guarded(ready, |parse| guarded(parse))).into_iter();
    group
        .iter()
        .zip(pages)
        .map(|((_, id), page)| {
            page.map(|page| {
                let (_, meta) = page?;
                let mut article = articles.next().ok_or("no article for the item")??;
                if let Some(meta) = meta {
                    meta.fill(&mut article);
                }
                article.id.clone_from(id);
                guarded(|| Record::from_article(&article))
            })
        })
        .collect()
}

/// How a batch treats an item it cannot take.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Return,
}

/// Parse a batch in parallel: items checked under the GIL first, then one detached call runs a
/// fresh rayon pool over them, results in input order.
///
/// The pool is built per call and dropped at its end. Nothing is shared between calls, so a
/// process forked from one that used `parse_articles` (multiprocessing, Dask, Spark) starts with
/// no pool to inherit: its first batch builds its own. (The rayon global pool, whose threads do
/// not survive `fork`, is never used; see tokenizers' `TOKENIZERS_PARALLELISM` for the failure this
/// avoids.)
fn parse_batch<'py>(
    py: Python<'py>,
    parser: &copydesk::Parser,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    ids: Option<&Bound<'py, PyAny>>,
    errors: &str,
    html: bool,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = match errors {
        "raise" => OnError::Raise,
        "return" => OnError::Return,
        other => {
            return Err(input_error(
                py,
                format!(
                    "errors must be 'raise' or 'return', not {}",
                    convert::short_repr(other, 40)
                ),
            ));
        }
    };
    let threads = match threads {
        Some(0) => return Err(input_error(py, "threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    };
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(input_type_error(
            py,
            format!(
                "texts must be an iterable of str (a list of articles), not a single {}; \
                 use parse_article() for one text",
                type_name(texts)
            ),
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        input_type_error(
            py,
            format!("texts must be an iterable of str, not {}", type_name(texts)),
        )
    })?;
    // Keep every item alive (the borrowed texts point into them) while the batch runs.
    let objects: Vec<Bound<'py, PyAny>> = iter.collect::<PyResult<_>>()?;
    let mut items: Vec<Result<&str, PyErr>> = Vec::with_capacity(objects.len());
    for (i, item) in objects.iter().enumerate() {
        let checked = text_arg(py, item, &format!("texts[{i}]"));
        if let (Err(e), OnError::Raise) = (&checked, on_error) {
            return Err(e.clone_ref(py));
        }
        items.push(checked);
    }
    let ids: Vec<Option<String>> = match ids {
        None => vec![None; items.len()],
        Some(ids) => {
            let ids: Vec<Option<String>> = ids.extract().map_err(|_| {
                input_type_error(py, "ids must be a sequence of str (or None) items")
            })?;
            if ids.len() != items.len() {
                return Err(input_error(
                    py,
                    format!("got {} ids for {} texts", ids.len(), items.len()),
                ));
            }
            ids
        }
    };
    let work: Vec<(Option<&str>, Option<String>)> = items
        .iter()
        .zip(ids)
        .map(|(item, id)| (item.as_ref().ok().copied(), id))
        .collect();
    let records: Vec<Option<Result<Record, String>>> = py.detach(|| {
        let run = |group: &[(Option<&str>, Option<String>)]| parse_group(parser, group, html);
        let pool = if threads > 1 && work.len() > 1 {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads.min(work.len()))
                .thread_name(|i| format!("copydesk-{i}"))
                .build()
                .ok()
        } else {
            None
        };
        // Groups of at most GROUP items, at least one per thread, as even as they can be.
        let groups = work
            .len()
            .div_ceil(GROUP)
            .max(threads)
            .min(work.len())
            .max(1);
        let size = work.len().div_ceil(groups).max(1);
        match pool {
            Some(pool) => pool.install(|| work.par_chunks(size).flat_map_iter(run).collect()),
            None => work.chunks(size).flat_map(run).collect(),
        }
    });
    let out = PyList::empty(py);
    for (i, (item, record)) in items.into_iter().zip(records).enumerate() {
        match (item, record) {
            (Err(e), _) => out.append(e.into_value(py))?,
            (Ok(_), Some(Ok(record))) => out.append(Bound::new(py, PyArticle::new(record))?)?,
            (Ok(_), outcome) => {
                let msg = outcome
                    .and_then(Result::err)
                    .unwrap_or_else(|| "no result".to_owned());
                let err = CopydeskError::new_err(format!("could not parse texts[{i}]: {msg}"));
                if on_error == OnError::Raise {
                    return Err(err);
                }
                out.append(err.into_value(py))?;
            }
        }
    }
    Ok(out)
}

/// A configured parser: your own entity list (an analyst's watch list) and stage switches.
/// Build it once and reuse it; it is safe to share between threads.
///
/// Args:
///     entities: ``(name, label)`` pairs the parser must know, e.g.
///         ``[("Acme Widgets", "ORG")]``; they take precedence over the built-in gazetteers.
///         Labels: PERSON, ORG, GPE, LOC, NORP, DATE, MONEY, PERCENT.
///     with_entities: Find entities (on by default). Without them quotes have no resolved speaker.
///     with_quotes: Find quotes (on by default).
///     with_indirect: Find reported (indirect) speech too, ``kind == "indirect"`` (on by
///         default). Off, quotes are the quotations in marks only and parsing is about 15 %
///         faster on news.
///
/// Raises:
///     InputError: An entry is empty or its label unknown.
///     InputTypeError: An entry is not a ``(str, str)`` pair.
#[pyclass(frozen, module = "copydesk", name = "Parser")]
pub struct PyParser {
    inner: Arc<copydesk::Parser>,
    entities: Vec<(String, String)>,
    with_entities: bool,
    with_quotes: bool,
    with_indirect: bool,
}

#[pymethods]
impl PyParser {
    #[new]
    #[pyo3(signature = (entities = None, with_entities = true, with_quotes = true, with_indirect = true))]
    fn new(
        py: Python<'_>,
        entities: Option<&Bound<'_, PyAny>>,
        with_entities: bool,
        with_quotes: bool,
        with_indirect: bool,
    ) -> PyResult<Self> {
        let mut pairs = Vec::new();
        if let Some(entities) = entities {
            let iter = entities.try_iter().map_err(|_| {
                input_type_error(
                    py,
                    format!(
                        "entities must be an iterable of (name, label) pairs, not {}",
                        type_name(entities)
                    ),
                )
            })?;
            for (i, item) in iter.enumerate() {
                let item = item?;
                let pair: (String, String) = item.extract().map_err(|_| {
                    input_type_error(
                        py,
                        format!(
                            "entities[{i}] must be a (name, label) pair of str, not {}",
                            type_name(&item)
                        ),
                    )
                })?;
                pairs.push(pair);
            }
        }
        let mut builder = copydesk::Parser::builder()
            .with_entities(with_entities)
            .with_quotes(with_quotes)
            .with_indirect(with_indirect);
        for (i, (name, label)) in pairs.iter().enumerate() {
            let Some(l) = copydesk::Label::parse(label) else {
                let known: Vec<&str> = copydesk::Label::ALL.iter().map(|l| l.as_str()).collect();
                return Err(input_error(
                    py,
                    format!(
                        "entities[{i}]: unknown label {}; use one of {}",
                        convert::short_repr(label, 40),
                        known.join(", ")
                    ),
                ));
            };
            builder = builder.entity(name.clone(), l);
        }
        let inner = py
            .detach(|| builder.build())
            .map_err(|e| errors::to_py(py, &e))?;
        Ok(PyParser {
            inner: Arc::new(inner),
            entities: pairs,
            with_entities,
            with_quotes,
            with_indirect,
        })
    }

    /// Parse one article given as plain text (or as an HTML page), with the GIL released.
    ///
    /// Args:
    ///     text: The article as plain text, or as an HTML page with ``html=True``.
    ///     id: An identifier to keep with the record (``Article.id``).
    ///     html: ``text`` is an HTML page: its text is extracted first (script, style and
    ///         navigation dropped, blocks as paragraphs) and becomes ``Article.text``.
    ///
    /// Raises:
    ///     InputTypeError: ``text`` is not a ``str`` (bytes must be decoded first).
    ///     InputError: ``text`` holds lone surrogates and so is not valid Unicode.
    #[pyo3(signature = (text, *, id = None, html = false))]
    fn parse(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<String>,
        html: bool,
    ) -> PyResult<PyArticle> {
        parse_one(py, &self.inner, text, id, html)
    }

    /// Parse many articles in parallel; see :func:`copydesk.parse_articles`.
    #[pyo3(signature = (texts, threads = None, *, ids = None, errors = "raise", html = false))]
    fn parse_articles<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        ids: Option<&Bound<'py, PyAny>>,
        errors: &str,
        html: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        parse_batch(py, &self.inner, texts, threads, ids, errors, html)
    }

    fn __repr__(&self) -> String {
        format!(
            "Parser(entities={}, with_entities={}, with_quotes={}, with_indirect={})",
            self.entities.len(),
            if self.with_entities { "True" } else { "False" },
            if self.with_quotes { "True" } else { "False" },
            if self.with_indirect { "True" } else { "False" }
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (
        Bound<'py, PyType>,
        (Vec<(String, String)>, bool, bool, bool),
    ) {
        let p = slf.get();
        (
            slf.get_type(),
            (
                p.entities.clone(),
                p.with_entities,
                p.with_quotes,
                p.with_indirect,
            ),
        )
    }
}

/// Parse one news article given as plain text (or as an HTML page) into an :class:`Article`.
///
/// The GIL is released while parsing, so threads calling this run in parallel.
///
/// Args:
///     text: The article as plain text, or as an HTML page with ``html=True``.
///     id: An identifier to keep with the record (``Article.id``).
///     html: ``text`` is an HTML page: its text is extracted first (script, style and
///         navigation dropped, block elements as paragraphs, the ``<title>`` as the first line
///         when the page has no ``h1``) and becomes ``Article.text``, which every offset points into.
///
/// Raises:
///     InputTypeError: ``text`` is not a ``str`` (bytes must be decoded first).
///     InputError: ``text`` holds lone surrogates and so is not valid Unicode.
#[pyfunction]
#[pyo3(signature = (text, *, id = None, html = false))]
fn parse_article(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<String>,
    html: bool,
) -> PyResult<PyArticle> {
    parse_one(py, copydesk::Parser::global(), text, id, html)
}

/// Parse many articles in parallel and return them in input order.
///
/// All items are checked first; then one call with the GIL released parses them on a pool of
/// ``threads`` threads, in groups of up to 64 articles whose stages run one after the other over
/// the whole group (the command line's way, 6-8 % faster there on news than one article at a
/// time; the records are the same as :func:`parse_article`'s). Parsing itself never fails, so the only bad items are the
/// ones that are not text. Safe in forked workers (multiprocessing, Dask, Spark): no thread pool
/// outlives a call.
///
/// Args:
///     texts: An iterable of articles as ``str``.
///     threads: Worker threads; ``None`` uses every core available to the process.
///     ids: Identifiers to keep with the records, one per text (``Article.id``).
///     errors: What a bad item does. ``"raise"`` (the default): raise its error, naming its
///         index, before anything is parsed. ``"return"``: put the exception object (an
///         :class:`InputError`) in that item's place and parse all the others.
///     html: Every item is an HTML page (see :func:`parse_article`).
///
/// Raises:
///     InputTypeError: An item is not a ``str`` (with ``errors="raise"``), or ``texts`` is not
///         an iterable of them.
///     InputError: An item is not valid Unicode (with ``errors="raise"``), ``threads`` is 0,
///         or ``ids`` does not match ``texts``.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, *, ids = None, errors = "raise", html = false))]
fn parse_articles<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    ids: Option<&Bound<'py, PyAny>>,
    errors: &str,
    html: bool,
) -> PyResult<Bound<'py, PyList>> {
    parse_batch(
        py,
        copydesk::Parser::global(),
        texts,
        threads,
        ids,
        errors,
        html,
    )
}

/// Fast, offset-anchored parsing of English news articles: structure, entities and quotes.
///
/// The compiled core of the ``copydesk`` package; import from ``copydesk`` instead.
#[pymodule(gil_used = false, name = "_core")]
mod copydesk_python {
    use pyo3::prelude::*;

    use crate::errors;

    #[pymodule_export]
    use super::{PyParser, parse_article, parse_articles};
    #[pymodule_export]
    use crate::errors::CopydeskError;
    #[pymodule_export]
    use crate::types::{
        PyArticle, PyBoilerplate, PyEntity, PyMention, PyParagraph, PyPublished, PyQuote,
        PySection, PySentence, PySpan, PySpeaker,
    };

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        let py = m.py();
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("InputError", errors::input_error_type(py)?)?;
        m.add("InputTypeError", errors::input_type_error_type(py)?)?;
        // Build the default parser now, at import, before any fork: a child process never
        // inherits a half-built one.
        py.detach(|| {
            copydesk::Parser::global();
        });
        Ok(())
    }
}
