//! Regressions (session 19): reported speech. Sentences written for the tests.

use super::{Row, rows, run};
use crate::{Parser, QuoteKind};

/// The quotes of an article with its own headline (or first line) and body.
fn titled(title: &str, body: &str) -> Vec<Row> {
    let parser = Parser::builder().build().expect("parser builds");
    rows(&parser.parse(&format!("{title}\n\n{body}\n")))
}

const BODY: &str = "The harbour board met on Monday to set the fares for the coming year.";

fn indirect(text: &str, speaker: &str) -> Vec<Row> {
    vec![(
        QuoteKind::Indirect,
        text.to_string(),
        Some(speaker.to_string()),
        Some(":".to_string()),
    )]
}

#[test]
fn a_headline_name_and_colon_reports_its_words() {
    assert_eq!(
        titled("Ann Roe: Ferry Fares Will Rise Next Spring", BODY),
        indirect("Ferry Fares Will Rise Next Spring", "Ann Roe")
    );
    // single quotation marks are the headline's own words, not a quotation
    assert_eq!(
        titled("Harbour Board: ‘We Cannot Keep Every Pier Open’", BODY),
        indirect("‘We Cannot Keep Every Pier Open’", "Harbour Board")
    );
}

#[test]
fn a_first_line_in_sentence_case_reports_its_words() {
    assert_eq!(
        titled(
            "Ann Roe: the ferry will run all winter, whatever the board says.",
            BODY
        ),
        indirect(
            "the ferry will run all winter, whatever the board says",
            "Ann Roe"
        )
    );
}

#[test]
fn page_labels_questions_and_phrases_report_nothing() {
    for title in [
        "Opinion: Our Harbours Need More Ferries",
        "Review: A Quiet Film About the Harbour",
        "The Latest: Harbour Board Votes on Ferry Fares",
        "Ann Roe: Will the Ferry Run All Winter?",
        "Rates for the Ferry: What Riders Will Pay",
        "Ann Roe: “We Cannot Keep Every Pier Open”",
    ] {
        assert_eq!(titled(title, BODY), Vec::<Row>::new(), "{title}");
    }
}

#[test]
fn a_name_and_colon_later_in_the_body_is_no_headline() {
    assert_eq!(
        run(
            &format!("{BODY}\n\nAnn Roe: the ferry will run all winter.\n"),
            &[]
        ),
        Vec::<Row>::new()
    );
}

fn cued(text: &str, speaker: &str, cue: &str) -> Vec<Row> {
    vec![(
        QuoteKind::Indirect,
        text.to_string(),
        Some(speaker.to_string()),
        Some(cue.to_string()),
    )]
}

#[test]
fn a_title_case_headline_with_a_verb_in_the_present_reports() {
    assert_eq!(
        titled("Ann Roe Says the Ferry Will Run All Winter", BODY),
        cued("the Ferry Will Run All Winter", "Ann Roe", "Says")
    );
    assert_eq!(
        titled("Harbour Board Endorses Ann Roe for Mayor", BODY),
        cued("Ann Roe for Mayor", "Harbour Board", "Endorses")
    );
    // the attribution closing the headline after a comma
    assert_eq!(
        titled("The Ferry Will Run All Winter, Ann Roe Says", BODY),
        cued("The Ferry Will Run All Winter", "Ann Roe", "Says")
    );
}

#[test]
fn title_case_plural_nouns_questions_and_short_headlines_report_nothing() {
    for title in [
        // a form as often a plural noun
        "Island Voices Calls for a Second Ferry",
        // a question word before the name
        "Why Ann Roe Wants a Second Ferry",
        // fewer than three words after the verb
        "Ann Roe Says So",
        // "Adds" is a thing added
        "Harbour Board Adds Two Ferries to the Winter Timetable",
    ] {
        assert_eq!(titled(title, BODY), Vec::<Row>::new(), "{title}");
    }
}
