//! Session 20's rules (furniture and trailers of full pages), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs, title};
use super::*;

#[test]
fn script_notices_are_furniture() {
    for s in [
        "Please enable JavaScript to use the booking tool.",
        "Please enable JavaScript, then reload the page.",
        "JavaScript is disabled: some parts of the harbor map will not load.",
        "JavaScript is required for the harbor map.",
    ] {
        assert_eq!(furniture::line_kind(s), Some(BoilerplateKind::Other), "{s}");
    }
    // A sentence about scripts in an article is none.
    assert_eq!(
        furniture::line_kind("Scripts written in JavaScript run the harbor's ticket machines."),
        None
    );
}

#[test]
fn more_than_sixty_four_prefixes_are_told_apart() {
    // The prefix sets were 64-bit masks; the entries past the 64th must be found as well.
    const { assert!(furniture::PREFIX_COUNT > 64) };
    assert_eq!(
        furniture::line_kind("JavaScript is required for the ferry timetable."),
        Some(BoilerplateKind::Other)
    );
    assert_eq!(
        furniture::line_kind("Photo: Jane Roe"),
        Some(BoilerplateKind::Credit)
    );
}

#[test]
fn a_question_asking_whether_the_page_helped_is_a_weak_trailer() {
    for s in [
        "Did you find this story helpful?",
        "Did you find the guide useful?",
        "Was the post useful?",
        "Was this guide helpful?",
        "Found this page helpful?",
        "Was this information useful?",
        "Is this page useful?",
    ] {
        let t = furniture::trailer(s);
        assert!(t.is_some_and(|t| !t.strong), "{s}");
    }
    for s in [
        "Is this mix safe for bees?",
        "Is the new ferry useful for commuters who live across the water in the old town?",
        "Helpful?",
    ] {
        assert_eq!(furniture::trailer(s), None, "{s}");
    }
    // After the article, the box and the author's note under it are no body text.
    let note =
        "Jane writes about the harbor and the council, and she has lived by the water for years.";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n\
         Did you find this story helpful?\n\nYes No\n\n{note}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn a_heading_without_the_page_titles_count_gives_the_page_title() {
    let text = format!(
        "8 Reading Lamps for Small Rooms | Harbor Home\n\nHome\n\nLighting\n\nReviews\n\n\
         Reading Lamps for Small Rooms\n\nBy Jane Roe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("8 Reading Lamps for Small Rooms"));
    // Words dropped, not a count: the heading stays the headline.
    let text = format!(
        "Our Reading Lamps for Small Rooms | Harbor Home\n\nHome\n\nLighting\n\nReviews\n\n\
         Reading Lamps for Small Rooms\n\nBy Jane Roe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("Reading Lamps for Small Rooms"));
}
