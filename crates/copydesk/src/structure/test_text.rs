//! Text shared by the session rule tests (`tests17`, `tests18`, `tests19`): four paragraphs of
//! running text an article's body is made of, and readers of the analysis.

use super::*;

pub(super) const P1: &str =
    "The council voted on Monday to approve the plan, ending two years of debate over the cost.";
pub(super) const P2: &str =
    "Critics said the money would be better spent on schools and roads in the poorer districts.";
pub(super) const P3: &str =
    "The mayor said the first buses would run in the spring, and the libraries would open later.";
pub(super) const P4: &str =
    "Residents who spoke at the meeting were divided, with many asking for a vote on the question.";

/// The body's paragraph texts (headings left out).
pub(super) fn paragraphs(text: &str) -> Vec<&str> {
    analyze(text)
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.span.as_str(text)))
        .collect()
}

/// The title's text.
pub(super) fn title(text: &str) -> Option<&str> {
    analyze(text).title.map(|s| s.as_str(text))
}
