//! Regressions (session 35, helper speech): reported speech and speaker phrases. Sentences
//! written for the tests.

use super::{Row, run, speaker_of};
use crate::QuoteKind;

// A speaker phrase closing on "her" after a preposition or "his" after "of": the pronoun ends
// the phrase, the verb after it is the attribution's (not a noun after a determiner).
#[test]
fn quotation_then_a_source_close_to_her_said() {
    let rows = run(
        "“The ferry will run all winter,” a source close to her said.",
        &[],
    );
    assert_eq!(
        speaker_of(&rows, "The ferry will run").as_deref(),
        Some("a source close to her")
    );
}

#[test]
fn quotation_then_a_friend_of_his_said() {
    let rows = run("“He never liked the new pier,” a friend of his said.", &[]);
    assert_eq!(
        speaker_of(&rows, "He never liked").as_deref(),
        Some("a friend of his")
    );
}

#[test]
fn quotation_then_a_source_close_to_him_said_still() {
    let rows = run(
        "“The ferry will run all winter,” a source close to him said.",
        &[],
    );
    assert_eq!(
        speaker_of(&rows, "The ferry will run").as_deref(),
        Some("a source close to him")
    );
}

t! {
    closing_a_source_close_to_her:
        "Ada Merrow will change how she deals with the pilots, a source close to her said.", []
        => [(Indirect, "Ada Merrow will change how she deals with the pilots", "a source close to her", "said")];
    a_friend_of_his_opens_the_report:
        "A friend of his said the ferry will run again in May.", []
        => [(Indirect, "the ferry will run again in May", "A friend of his", "said")];
    // ... "her" and "his" before a noun stay determiners: no verb there
    her_stated_goal_is_a_noun_phrase:
        "The pier was one of his claimed successes in the spring.", []
        => [];
}
