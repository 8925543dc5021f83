//! The exceptions of the `copydesk` package and the one place Rust errors become them.
//!
//! ```text
//! Exception
//!  └── CopydeskError                 every error copydesk raises
//!       └── InputError (+ ValueError)    the input is at fault: a record that does not fit the
//!            │                            schema, text that is not valid Unicode, a bad option
//!            └── InputTypeError (+ TypeError)  an argument of the wrong type (bytes for str, ...)
//! ```
//!
//! `InputError` and `InputTypeError` have two bases each (like numpy's `AxisError`), so
//! `except ValueError` / `except TypeError` keep working for callers who do not know copydesk.
//! `create_exception!` takes a single base, so those two are made with `type(name, bases, ns)`.

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

create_exception!(
    copydesk,
    CopydeskError,
    PyException,
    "Base class of every error copydesk raises."
);

static INPUT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INPUT_TYPE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

const INPUT_ERROR_DOC: &str = "The input is at fault: a record that does not fit the schema, text \
that is not valid Unicode, or an invalid option. Also a ValueError.";
const INPUT_TYPE_ERROR_DOC: &str = "An argument has the wrong type, for example bytes where a str \
is expected. Also a TypeError (and an InputError).";

fn make_type<'py>(
    py: Python<'py>,
    name: &str,
    bases: &Bound<'py, PyTuple>,
    doc: &str,
) -> PyResult<Py<PyType>> {
    let ns = PyDict::new(py);
    ns.set_item("__module__", "copydesk")?;
    ns.set_item("__doc__", doc)?;
    let ty = py.get_type::<PyType>().call1((name, bases, ns))?;
    Ok(ty.cast_into::<PyType>()?.unbind())
}

/// `copydesk.InputError`.
pub fn input_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    INPUT_ERROR
        .get_or_try_init(py, || {
            let bases = PyTuple::new(
                py,
                [
                    py.get_type::<CopydeskError>(),
                    py.get_type::<PyValueError>(),
                ],
            )?;
            make_type(py, "InputError", &bases, INPUT_ERROR_DOC)
        })
        .map(|t| t.bind(py))
}

/// `copydesk.InputTypeError`.
pub fn input_type_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    INPUT_TYPE_ERROR
        .get_or_try_init(py, || {
            let bases = PyTuple::new(
                py,
                [input_error_type(py)?.clone(), py.get_type::<PyTypeError>()],
            )?;
            make_type(py, "InputTypeError", &bases, INPUT_TYPE_ERROR_DOC)
        })
        .map(|t| t.bind(py))
}

/// An `InputError` with this message.
pub fn input_error(py: Python<'_>, msg: impl Into<String>) -> PyErr {
    match input_error_type(py) {
        Ok(ty) => PyErr::from_type(ty.clone(), msg.into()),
        Err(e) => e,
    }
}

/// An `InputTypeError` with this message.
pub fn input_type_error(py: Python<'_>, msg: impl Into<String>) -> PyErr {
    match input_type_error_type(py) {
        Ok(ty) => PyErr::from_type(ty.clone(), msg.into()),
        Err(e) => e,
    }
}

/// The Python exception for an error of the core library.
pub fn to_py(py: Python<'_>, err: &copydesk::Error) -> PyErr {
    match err {
        copydesk::Error::Gazetteer { .. } => input_error(py, err.to_string()),
        _ => CopydeskError::new_err(err.to_string()),
    }
}
