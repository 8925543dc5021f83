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

// The words after a sentence's last quotation, when no quotation's attribution is among them,
// are read as a sentence of their own: a verb of saying there, before its clause, reports.
t! {
    after_a_quotation_a_new_subject_said:
        "Ann Roe praised the “quiet work” of the crews on the pier, and a spokesman for the board said the pier will reopen in May.", []
        => [
            (Partial, "quiet work", "Ann Roe", "praised"),
            (Indirect, "the pier will reopen in May", "a spokesman for the board", "said")
        ];
    after_a_fronted_clause_with_a_quotation:
        "Though Tom Pike called the vote “a farce” last week, Ann Roe said the board will meet again in June.", []
        => [
            (Partial, "a farce", "Tom Pike", "called"),
            (Indirect, "the board will meet again in June", "Ann Roe", "said")
        ];
    after_a_quotation_argued_that:
        "Tom Pike backed the mayor “at every turn” as the board argued the tolls would stay.", []
        => [
            (Partial, "at every turn", "Tom Pike", "backed"),
            (Indirect, "the tolls would stay", "the board", "argued")
        ];
    // ... not the quotation's own attribution, nor a clause closed by `, X said` (it may have
    // begun before the quotation), nor a verb of stance
    the_quotations_own_attribution_reports_nothing_more:
        "“We will reopen the pier,” Ann Roe said on Monday before the board met at the town hall.", []
        => [(Direct, "We will reopen the pier,", "Ann Roe", "said")];
    a_closing_attribution_after_the_quotation_is_its_own:
        "The mayor’s plan is “a farce” on every count, Tom Pike said at the meeting.", []
        => [(Partial, "a farce", "Tom Pike", "said")];
    a_stance_after_the_quotation_is_no_report:
        "Tom Pike backed the mayor “at every turn” until Ann Roe questioned the tolls at the meeting.", []
        => [(Partial, "at every turn", "Tom Pike", "backed")];
}
