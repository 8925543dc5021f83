//! Regressions (session 24): a personal pronoun and a contracted auxiliary are two words
//! (`quotes::tokens::contracted`). The speaker is the pronoun (`I’d argue` is said by `I`, not by
//! a name `I’d`), the auxiliary reads as the word it stands for, and a second person
//! (`You’ll want to …`) reports nothing, as `You want to …` does not. Sentences written for the
//! tests.

use super::{Row, run};
use crate::QuoteKind;
use std::fmt::Write as _;

fn indirect(text: &str) -> Vec<Row> {
    transcript(text, &[])
}

#[test]
fn a_contracted_would_leaves_the_pronoun_as_the_speaker() {
    for text in [
        "The harbour fees rose again in May. I’d argue that the fees are too high for small boats.",
        "The harbour fees rose again in May. I'd argue that the fees are too high for small boats.",
    ] {
        let rows = indirect(text);
        assert_eq!(rows.len(), 1, "{text}: {rows:?}");
        assert_eq!(
            rows[0].1, "the fees are too high for small boats",
            "{rows:?}"
        );
        assert_eq!(rows[0].2.as_deref(), Some("I"), "{rows:?}");
        // the cue holds the auxiliary as `would argue` holds `would`
        assert!(
            rows[0].3.as_deref().is_some_and(|c| c.ends_with("d argue")),
            "{rows:?}"
        );
    }
}

#[test]
fn a_contracted_had_or_have_is_passed_over() {
    let rows = indirect("The pier stayed shut. He’d said that the pier was safe for every boat.");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("He"), "{rows:?}");
    let rows = indirect("The pier stayed shut. They've told us that the pier was safe.");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("They"), "{rows:?}");
}

#[test]
fn a_second_person_with_a_contraction_reports_nothing() {
    for text in [
        "Rates change every week. You’ll want to check that the rates are current before you sign.",
        "Rates change every week. You're expected to show that the rates are current.",
    ] {
        let rows = indirect(text);
        assert!(rows.is_empty(), "{text}: {rows:?}");
    }
}

#[test]
fn other_apostrophes_stay_in_their_words() {
    // a possessive, a name with an apostrophe and `he’s` are not split
    let rows =
        indirect("Ann O’Dell’s aide said that the pier was safe. He’s sure that it will open.");
    assert!(rows.iter().all(|r| r.2.as_deref() != Some("O")), "{rows:?}");
}

// A line opening with a label in capitals and a colon is a transcript's line only when the
// label names someone: a person or organisation the article names (or their initials), or a
// part such as a moderator. A page's labels name no one.

/// The reported speech of `body`, with the entities a user list gives.
fn transcript(body: &str, entities: &[(&str, crate::Label)]) -> Vec<Row> {
    run(body, entities)
        .into_iter()
        .filter(|r| r.0 == QuoteKind::Indirect)
        .collect()
}

#[test]
fn a_page_label_is_no_speaker() {
    for label in ["TIP", "FYI", "INTERVAL", "DISCLAIMER"] {
        let body = format!(
            "Keep the hull dry through the winter months.\n\n{label}: Check the cover every \
             week for standing water and torn straps."
        );
        let rows = transcript(&body, &[]);
        assert!(rows.is_empty(), "{label}: {rows:?}");
    }
}

#[test]
fn a_named_speaker_or_a_part_keeps_the_line() {
    let body = "Ann Roe spoke to the harbour board on Monday.\n\nROE: We will keep every berth \
                open through the winter months.\n\nMODERATOR: Thank you for coming to the \
                board this evening.";
    let rows = transcript(body, &[("Ann Roe", crate::Label::Person)]);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("Ann Roe"), "{rows:?}");
    assert_eq!(rows[1].2.as_deref(), Some("MODERATOR"), "{rows:?}");
}

#[test]
fn initials_of_a_named_person_keep_the_line() {
    let body = "We spoke with Ann Roe about the harbour and its berths.\n\nAR: We will keep \
                every berth open through the winter months.";
    let rows = transcript(body, &[("Ann Roe", crate::Label::Person)]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("AR"), "{rows:?}");
}

// A speaker's words that are a noun phrase keep their words as the name: one capitalised
// modifier after an article (`The Liberal party leader`), a day of the week, and a body named
// after a person (`The Pike administration`, `the Roe campaign`) are not the name of a person.

fn speakers(body: &str, entities: &[(&str, crate::Label)]) -> Vec<(Option<String>, String)> {
    run(body, entities)
        .into_iter()
        .map(|r| (r.2, r.1))
        .collect()
}

#[test]
fn a_modifier_after_an_article_is_no_name() {
    let rows = speakers(
        "The Liberal party leader said that the fares were too high.",
        &[],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0].0.as_deref(),
        Some("The Liberal party leader"),
        "{rows:?}"
    );
}

#[test]
fn a_day_of_the_week_is_no_name() {
    let rows = speakers(
        "The ferry report Wednesday was shared widely, leading riders to counter that “the fares \
         saved the line.”",
        &[],
    );
    assert!(
        rows.iter().all(|r| r.0.as_deref() != Some("Wednesday")),
        "{rows:?}"
    );
}

/// The speakers' names of `body`'s quotes, in order.
fn names(body: &str, entities: &[(&str, crate::Label)]) -> Vec<Option<String>> {
    speakers(body, entities).into_iter().map(|r| r.0).collect()
}

#[test]
fn an_administration_or_campaign_is_not_its_person() {
    let got = names(
        "Tom Pike spoke to the board on Monday.\n\nThe Pike administration announced that the \
         ferry would run all winter.\n\nThe Pike campaign said that the fares would fall.",
        &[("Tom Pike", crate::Label::Person)],
    );
    assert_eq!(
        got,
        [
            Some("The Pike administration".into()),
            Some("The Pike campaign".into())
        ]
    );
}

#[test]
fn a_person_described_by_an_organisation_is_not_the_organisation() {
    let got = names(
        "The Harbour Party met on Monday.\n\nThe Harbour Party nominee said that the ferry \
         would run all winter.\n\nA Harbour Party spokesman said that the fares would fall.",
        &[("Harbour Party", crate::Label::Org)],
    );
    // a spokesman speaks for the organisation
    assert_eq!(
        got,
        [
            Some("The Harbour Party nominee".into()),
            Some("Harbour Party".into())
        ]
    );
}

// "she" skips a person whose first name is a man's, and "he" a woman's, for the nicknames and
// names of world news the census counts lack (`gender::FIRST_NAMES_GENDER_HAND`).

#[test]
fn a_pronoun_skips_a_person_of_the_other_sex_known_by_a_nickname() {
    for (speaker, other, pronoun, own) in [
        ("Ann Roe", "Bernie Pike", "She", "his"),
        ("Tom Pike", "Liz Roe", "He", "her"),
    ] {
        let body = format!(
            "{speaker} spoke after the vote on the harbour plan.\n\n{pronoun} thanked {other} \
             for {own} support. “We will keep every berth open,” {} said.",
            pronoun.to_lowercase()
        );
        let rows = speakers(
            &body,
            &[
                (speaker, crate::Label::Person),
                (other, crate::Label::Person),
            ],
        );
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].0.as_deref(), Some(speaker), "{rows:?}");
    }
}

// A clause's subject read forward stops at its verb after a modifier ("the state endorsed
// Venn"): the object is no speaker of the participle after it.

#[test]
fn the_object_of_the_verb_is_not_the_participles_speaker() {
    let rows = speakers(
        "The former governor of the state endorsed Venn on Monday, saying, “He will keep every \
         berth open.”",
        &[],
    );
    let direct: Vec<_> = rows.iter().filter(|r| r.1.starts_with("He will")).collect();
    assert_eq!(direct.len(), 1, "{rows:?}");
    assert_eq!(
        direct[0].0.as_deref(),
        Some("The former governor of the state"),
        "{rows:?}"
    );
}

/// Regression (before-stop read): the labels are looked up in a table made once an article, not
/// by a walk over every entity for every line (which took seconds on a page of thousands of
/// label lines). A long transcript still keeps its named speakers' lines and only those.
#[test]
fn a_long_page_of_labels_keeps_the_named_lines_only() {
    let mut body = String::from("We spoke with Ann Roe about the harbour and its berths.");
    for i in 0..300 {
        let label = if i % 3 == 0 { "AR" } else { "TIP" };
        let _ = write!(
            body,
            "\n\n{label}: Check the cover of berth {i} every week for standing water."
        );
    }
    let rows = transcript(&body, &[("Ann Roe", crate::Label::Person)]);
    assert_eq!(rows.len(), 100, "{}", rows.len());
    assert!(rows.iter().all(|r| r.2.as_deref() == Some("AR")));
}
