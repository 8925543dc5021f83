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

t! {
    // "That's according to X.": "That" is the report, X its source
    thats_according_to_records:
        "That’s according to records filed with the harbour board.", []
        => [(Indirect, "That’s", "records", "according to")];
    that_is_according_to_two_people:
        "That is according to two people who attended the meeting.", []
        => [(Indirect, "That", "two people", "according to")];
    // ... not "according to plan"
    according_to_plan_is_no_source:
        "That is according to plan.", []
        => [];
    // "It said it …", "It also said …": the body named before speaks
    it_said_it:
        "It said it decided to close the pier on its own.", []
        => [(Indirect, "it decided to close the pier on its own", "It", "said")];
    it_also_said_it:
        "It also said it had hired more crews to inspect the boats.", []
        => [(Indirect, "it had hired more crews to inspect the boats", "It", "also said")];
    // ... not "It says it all"
    it_says_it_all_is_no_report:
        "It says it all about the harbour board.", []
        => [];
    // a "that" after the reported clause's own subject is a relative, not the clause's start
    that_after_the_clause_subject_is_a_relative:
        "The board said it had hired the crews that inspect the boats.", []
        => [(Indirect, "it had hired the crews that inspect the boats", "The board", "said")];
    that_after_a_time_still_opens_the_clause:
        "The board said in a letter on Monday that the crews would stay.", []
        => [(Indirect, "the crews would stay", "The board", "said")];
}

t! {
    // a participle of saying after a comma and an adverb ("falsely", "while", "also"): the
    // sentence's subject speaks, as after the comma alone
    comma_adverb_then_suggesting:
        "Tom Pike has raised questions about the mayor's record, falsely suggesting that she was born outside the island.", []
        => [(Indirect, "she was born outside the island", "Tom Pike", "falsely suggesting")];
    // ... and after a first report, it is a second one
    while_also_saying_after_a_stance:
        "Ann Roe backed the tolls, while also saying that the ferry must run on time.", []
        => [
            (Indirect, "the tolls", "Ann Roe", "backed"),
            (Indirect, "the ferry must run on time", "Ann Roe", "also saying")
        ];
    // ... not "adding to" (no report), nor a participle before another speaker's finite verb
    adverb_then_adding_to_is_no_report:
        "The mayor was poised to take most of the seats, substantially adding to her lead over Tom Pike.", []
        => [];
    adverb_participle_before_a_finite_verb_leaves_it_its_report:
        "Ann Roe left the meeting early, angrily denouncing the board after Tom Pike said the tolls would rise.", []
        => [(Indirect, "the tolls would rise", "Tom Pike", "said")];
}
