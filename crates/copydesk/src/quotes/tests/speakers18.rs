//! Regressions (session 18): speakers of quotations with marks. Sentences written for the
//! tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a sentence closing on "according to X" after the attribution is X's report: the
    // outermost source is the speaker
    according_to_after_an_inverted_attribution:
        "“The pier will close in May,” Ann Roe said on Monday, according to the Harbour Gazette.", []
        => [(Direct, "The pier will close in May,", "Harbour Gazette", "according to")];
    according_to_after_a_verb_before_the_quotation:
        "Tom Pike called the ferry fares “a scandal,” according to a copy of the letter.", []
        => [(Partial, "a scandal,", "a copy of the letter", "according to")];
    // ... but not in the next sentence, after a quotation that closed its own
    according_to_in_the_next_sentence_is_not_the_source:
        "Tom Pike said the fares were “fair to everyone.” The board meets in May, according to a clerk.", []
        => [
            (Partial, "fair to everyone.", "Tom Pike", "said"),
            (Indirect, "The board meets in May", "a clerk", "according to")
        ];
}
