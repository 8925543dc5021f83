//! Regressions (session 17): quotations with marks that the rules joined or split wrongly.
//! Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a participle cue right before the next quotation opens an attribution of its own: two
    // quotes, the second with the participle as its cue and the same speaker
    participle_before_the_next_quotation_splits:
        "“The pier will open in May,” Ann Roe said, adding: “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May,", "Ann Roe", "said"),
            (Direct, "The ferry will follow in June.", "Ann Roe", "adding")
        ];
    participle_and_comma_before_the_next_quotation_splits:
        "“The pier will open in May,” Ann Roe said, noting, “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May,", "Ann Roe", "said"),
            (Direct, "The ferry will follow in June.", "Ann Roe", "noting")
        ];
    // ... but a participle that reports a clause of its own before the next quotation leaves
    // that quotation to the first one's attribution
    participle_with_a_clause_keeps_one_quote:
        "“The pier will open in May,” Ann Roe said, noting that the council did not vote on the plan. “The ferry will follow in June.”", []
        => [
            (Direct, "The pier will open in May, The ferry will follow in June.", "Ann Roe", "said"),
            (Indirect, "the council did not vote on the plan", "Ann Roe", "noting")
        ];
}
