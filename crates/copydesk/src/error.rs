//! Errors. Parsing itself never fails; configuring a [`Parser`](crate::Parser) can.

/// What can go wrong while building a [`Parser`](crate::Parser).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user-supplied gazetteer entry could not be used.
    #[error("invalid gazetteer entry {index}: {reason}")]
    Gazetteer {
        /// Position of the entry in the list given.
        index: usize,
        /// Why it was refused.
        reason: String,
    },
    /// An automaton could not be built.
    #[error("could not build matcher: {0}")]
    Build(String),
}
