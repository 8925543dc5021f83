//! Session 22's rules (author boxes in the first person), each with the case it was made for.

use super::furniture;
use super::test_text::{P1, P2, P3, P4, paragraphs};
use super::*;

const P5: &str =
    "Work on the first line is to start next year, once the last of the land has been bought.";
const P6: &str =
    "The plan also pays for wider pavements, new lights and a park along the river's north bank.";

#[test]
fn a_name_over_a_bio_in_the_first_person_after_the_article_ends_it() {
    for (name, bio) in [
        (
            "Jane Roe",
            "I'm a reporter who has covered the harbor and the council since the flood of 2011.",
        ),
        (
            "Jane Roe",
            "Hi, I’m Jane, an editor at the Millbrook paper who writes about the town's buses.",
        ),
        (
            "Meet Jane Roe",
            "I am the editor of a small harbor newsletter and a keen swimmer in the bay.",
        ),
    ] {
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
             {name}\n\n{bio}\n\n\
             She lives by the water with two dogs and a cat, and she swims in the bay each day.\n\n\
             Contact\n\nPrivacy\n"
        );
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6], "{name}");
    }
}

#[test]
fn a_name_over_a_line_in_the_first_person_that_is_no_bio_stays() {
    assert!(first_person_bio(
        "I'm Jane, a reporter on the harbor beat.",
        "Jane"
    ));
    assert!(first_person_bio("Hey! I am a nurse at the clinic.", "Jane"));
    assert!(!first_person_bio(
        "I'm not sure the council will agree.",
        "Jane"
    ));
    assert!(!first_person_bio(
        "I am glad the ferry runs again this spring.",
        "Jane"
    ));
    assert!(!first_person_bio("I'm Janet, a reporter.", "Jane"));
    let line = "I'm not sure the ferry will run again before the summer, the captain told us.";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
         Jane Roe\n\n{line}\n"
    );
    assert!(paragraphs(&text).contains(&line));
}

#[test]
fn a_reading_time_is_furniture() {
    for s in [
        "3 MIN. READ",
        "7 minutes read",
        "12 mins read",
        "a 5 minute read",
        "Reading time: 6 minutes",
        "Estimated reading time 4 min",
    ] {
        assert_eq!(furniture::line_kind(s), Some(BoilerplateKind::Other), "{s}");
    }
    // A sentence about minutes and reading is none.
    for s in [
        "The mayor read the report for ten minutes.",
        "Reading times at the library rose by an hour.",
    ] {
        assert_eq!(furniture::line_kind(s), None, "{s}");
    }
}

/// The menu of a web page: `n` lines of section names.
fn menu(n: usize) -> String {
    const ITEMS: [&str; 6] = ["Home", "News", "Sport", "Travel", "Food", "Weather"];
    (0..n)
        .map(|i| ITEMS[i % ITEMS.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_site_notice_closing_a_pages_body_is_dropped() {
    let nav = menu(32);
    for note in [
        "Harbor Lamps and the lamp logo are registered trademarks of Harbor Lamps Ltd in several countries.",
        "By submitting this form, readers agree that the harbor office may write to them by post.",
    ] {
        let text =
            format!("{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{note}\n");
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{note}");
    }
}

#[test]
fn page_widgets_labels_are_furniture() {
    for s in [
        "Show more Show less",
        "Expand All",
        "Collapse all",
        "Expand All Collapse All",
        "COPIED!",
        "Link copied",
        "No items found.",
        "Print this page",
        "Fact Checked",
        "On this page",
    ] {
        assert_eq!(furniture::line_kind(s), Some(BoilerplateKind::Other), "{s}");
    }
    // A heading that only opens with such words is none.
    assert_eq!(
        furniture::line_kind("On this page of the harbor's history"),
        None
    );
}

#[test]
fn calls_to_try_buy_or_read_elsewhere_are_furniture() {
    for s in [
        "Try it for free",
        "Start a Free Trial",
        "Download Now",
        "Start now",
        "Watch Now!",
        "View Deal",
        "Read the Review",
        "Read Full Review",
        "Sponsor Message",
        "Star Rating",
        "Start course",
        "Book a tour",
        "Δ",
    ] {
        assert!(furniture::line_kind(s).is_some(), "{s}");
    }
    // A sentence opening with such words is none.
    assert_eq!(
        furniture::line_kind("Start now, the mayor told the crews on the harbor wall."),
        None
    );
}

#[test]
fn links_to_the_previous_or_next_post_and_contents_labels_are_navigation() {
    for s in [
        "Previous Article Harbor ferry returns after winter repairs",
        "Next post: Millbrook opens its new playground",
        "Jump to:",
        "Table of Contents",
    ] {
        assert_eq!(
            furniture::line_kind(s),
            Some(BoilerplateKind::Navigation),
            "{s}"
        );
    }
    assert_eq!(
        furniture::line_kind("Next, the council will vote on the harbor plan."),
        None
    );
}
