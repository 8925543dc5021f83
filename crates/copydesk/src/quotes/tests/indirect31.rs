//! Regressions (session 31, helper ind): reported speech. Sentences written for the tests.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // "want" or "expect", an object and its infinitive: the object and the infinitive are
    // the wish reported
    want_an_object_then_to:
        "Ada Merrow wants the harbour board to reopen the north pier.", []
        => [(Indirect, "the harbour board to reopen the north pier", "Ada Merrow", "wants")];
    expect_a_pronoun_then_to:
        "The skippers expect them to raise the tolls again in spring.", []
        => [(Indirect, "them to raise the tolls again in spring", "The skippers", "expect")];
    // ... not a plain object ("wants a new ferry") nor a purpose after a clause
    want_a_plain_object_is_no_report:
        "Ada Merrow wants a new ferry for the island.", []
        => [];
    // plurals without an "s" take a present "say"
    the_police_say:
        "The police say the driver left the quay on foot.", []
        => [(Indirect, "the driver left the quay on foot", "The police", "say")];
    many_people_say:
        "Many people say the night ferry is always late.", []
        => [(Indirect, "the night ferry is always late", "Many people", "say")];
    // a present "say" before a plural closing the sentence
    say_then_a_plural_closing_the_sentence:
        "A quieter harbour master may not be a bad thing, say some islanders.", []
        => [(Indirect, "A quieter harbour master may not be a bad thing", "some islanders", "say")];
    say_then_a_bare_plural_and_a_relative:
        "The new tolls will empty the quay by winter, say dockers, who fear for their jobs.", []
        => [(Indirect, "The new tolls will empty the quay by winter", "dockers", "say")];
    // ... not "say" as "for instance" nor before a singular
    say_as_for_instance_is_no_attribution:
        "The toll could rise by a small amount, say, five crowns.", []
        => [];
}

t! {
    // (regression) "to" before a noun is a preposition, not an infinitive
    want_an_object_then_to_a_noun_is_no_report:
        "Islanders want ready access to ferries at every hour of the night.", []
        => [];
}
