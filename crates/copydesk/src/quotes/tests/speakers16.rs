//! Regressions (session 16b): speakers of quotations with marks. Sentences written for the
//! tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a participle after a clause that `when`, `where`, `as` or `while` opens goes with that
    // clause's subject, not the sentence's
    participle_after_a_when_clause:
        "The first vote came at noon, when Ann Roe interrupted the clerk, shouting “Not one more cent for the pier!”", []
        => [(Direct, "Not one more cent for the pier!", "Ann Roe", "shouting")];
    participle_after_an_as_clause:
        "It was a long night for the council, as Tom Pike stepped up to the microphone, saying the ferry was “a floating ruin.”", []
        => [(Partial, "a floating ruin.", "Tom Pike", "saying")];
    // ... but `as` before a noun with no verb after it is a preposition
    participle_after_as_a_preposition:
        "Tom Pike stood on the pier as a guest of the board, calling it “the best in the county.”", []
        => [(Partial, "the best in the county.", "Tom Pike", "calling")];
}

t! {
    // a participle right after a document a verb of issuing takes: the issuer speaks, not the
    // document (session 35: the cue runs from the verb of issuing to the participle)
    participle_after_an_issued_statement:
        "Ann Roe released a statement Friday saying the pier was “safe for now.”", []
        => [(Partial, "safe for now.", "Ann Roe", "released a statement Friday saying")];
    participle_after_a_sent_email:
        "Minutes later, Tom Pike sent an email asking the clerk for “one more week.”", []
        => [(Partial, "one more week.", "Tom Pike", "sent an email asking")];
    // ... but a document someone only found still speaks for itself
    participle_after_a_found_letter:
        "Ann Roe found a letter saying the pier was “safe for now.”", []
        => [(Partial, "safe for now.", "a letter", "saying")];
}
