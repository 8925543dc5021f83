//! Regressions (session 33, helper speech): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a stance or an announcement whose object of two words closes the sentence: the object
    // is the report
    announced_a_possessive_object:
        "Shortly after the vote, Ada Merrow announced her resignation.", []
        => [(Indirect, "her resignation", "Ada Merrow", "announced")];
    opposed_a_determined_object:
        "The Harbour Union opposed the plan.", []
        => [(Indirect, "the plan", "Harbour Union", "opposed")];
    has_defended_a_determined_object:
        "Tom Pike has defended the board.", []
        => [(Indirect, "the board", "Tom Pike", "has defended")];
    // ... not after a negation, nor a verb that takes no stance
    not_endorsed_is_no_report:
        "Tom Pike has not endorsed a candidate.", []
        => [];
    visited_a_short_object_is_no_report:
        "Ada Merrow visited the pier.", []
        => [];
}
