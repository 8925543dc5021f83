//! Regressions (session 18): speakers of quotations with marks. Sentences written for the
//! tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // a dash after the quotation signs it off only with a name closing the phrase: here the
    // sentence goes on
    dash_before_a_phrase_that_goes_on_is_no_sign_off:
        "Her fondest memory is of a young Tom Pike “rowing in the harbour” - a white Harbour Club cap and bare feet.", []
        => [(Partial, "rowing in the harbour", None, None)];
}

t! {
    // with no verb of saying, a later clause whose subject is a pronoun carries the quotation
    // (its verb the cue), not the sentence's first subject
    pronoun_subject_of_a_later_clause:
        "Tom Pike kept his seat although he saw “plenty of rot” in the hull.", []
        => [(Partial, "plenty of rot", "Tom Pike", "saw")];
    // ... but not the subject of a clause after "that" (the saying verb's)
    pronoun_after_that_is_the_saying_verbs:
        "Ann Roe left early, saying that she felt “a little tired of it all.”", []
        => [(Partial, "a little tired of it all.", "Ann Roe", "saying")];
}

t! {
    // a relative clause after a comma and a name, with a verb of saying and still open at the
    // quotation, carries it ("who" stands for the name)
    relative_clause_open_at_the_quotation:
        "Ann Roe praised the harbour master Tom Pike, who has also promised to keep the ferry “afloat for another decade.”", []
        => [(Partial, "afloat for another decade.", "Tom Pike", "has also promised")];
    // ... but not one inside the attribution's own words, with no comma before "who"
    restrictive_relative_clause_is_no_attribution:
        "Ann Roe mocked the complaint, saying any rider who grumbles over the fares “is not a regular.”", []
        => [(Partial, "is not a regular.", "Ann Roe", "mocked")];
}

t! {
    // "went on to say" after a determiner and a noun: the noun phrase speaks, not its
    // determiner alone (the walk back from "to" stopped three words back, inside the phrase)
    went_on_to_say_after_a_determiner_and_a_noun:
        "The mayor went on to say the ferry would stay in service until the spring.", []
        => [(Indirect, "the ferry would stay in service until the spring", "The mayor", "say")];
}
