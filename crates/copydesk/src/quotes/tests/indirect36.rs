//! Regressions (session 36, helper speech): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

// The words after a sentence's last quotation opening with a participle of a verb of indirect
// speech (after a comma), or with "and"/"but" before a finite one, report under the
// quotation's own speaker when its cue stands before it in the sentence.
t! {
    after_a_partial_quotation_noting_that:
        "Ann Roe called the pier “a hazard,” noting that it was built in 1920 and never repaired.", []
        => [
            (Partial, "a hazard,", "Ann Roe", "called"),
            (Indirect, "it was built in 1920 and never repaired", "Ann Roe", "noting")
        ];
    after_a_partial_quotation_and_said:
        "The mayor thanked the crews for their “quiet work” and said the pier will reopen in May.", []
        => [
            (Partial, "quiet work", "The mayor", "thanked"),
            (Indirect, "the pier will reopen in May", "The mayor", "said")
        ];
    // ... not a participle with no comma before it (it is the noun's: `“ferry clubs” backing
    // the plan`), nor a clause closed by an attribution of its own
    a_participle_after_a_quoted_noun_is_the_nouns:
        "Ann Roe gave large sums to several “ferry clubs” backing the plan for a second pier.", []
        => [(Partial, "ferry clubs", "Ann Roe", "gave")];
    a_participle_whose_clause_is_attributed_again:
        "Ann Roe called the vote “a farce,” suggesting she might run for mayor again, the Harbour Post reported.", []
        => [(Partial, "a farce,", "Ann Roe", "called")];
}

// A poll's answer of one word before a break in a longer sentence: the answer alone is the
// count's report, and a report after the break is read as before.
t! {
    a_poll_answer_before_a_comma:
        "In the harbour survey, 46 percent of riders said yes, compared with a third last spring.", []
        => [(Indirect, "yes", "46 percent of riders", "said")];
    a_poll_answer_then_but_a_second_report:
        "In the harbour survey, 46 percent of riders said yes, but most riders say the fares are fair.", []
        => [
            (Indirect, "yes", "46 percent of riders", "said"),
            (Indirect, "the fares are fair", "most riders", "say")
        ];
    // ... not a named speaker's answer (`said no to the plan` is no answer either)
    a_named_speaker_saying_no_to_is_no_poll_answer:
        "Ann Roe said no, and the board voted to close the pier.", []
        => [];
}
