//! Session 21's rules (teaser grids, calls at the article's end), each with the case it was
//! made for.

use super::furniture;
use super::test_text::{P1, P2, P3, P4, paragraphs};

/// Teasers written for the tests: each a category, a title and a teaser sentence.
const TEASERS: [(&str, &str, &str); 4] = [
    (
        "Transport",
        "Night Ferry Returns to the Old Harbor",
        "The late boat to the islands runs again after a winter of repairs to its engines.",
    ),
    (
        "Parks",
        "A New Playground for Millbrook Green",
        "Families chose the swings and the climbing frame at a vote held in the autumn.",
    ),
    (
        "Schools",
        "Lunch Menus Get a Local Makeover",
        "Farms near the town will sell vegetables to the kitchens of four primary schools.",
    ),
    (
        "Libraries",
        "Reading Room Opens Its Doors Late",
        "The reading room on Quay Street will stay open until nine on weekday evenings.",
    ),
];

#[test]
fn a_teaser_grid_with_dates_is_no_body_text() {
    let dates = [
        "March 4, 2025",
        "March 2, 2025",
        "February 26, 2025",
        "February 20, 2025",
    ];
    // Title, teaser, date (newest first) after the article, then more of the article.
    let grid = TEASERS
        .iter()
        .zip(dates)
        .flat_map(|((_, t, s), d)| [*t, *s, d])
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{grid}\n\n\
         What Happens Next\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // Category, title, date, in no order of dates, at the article's end.
    let dates = [
        "June 3, 2024",
        "March 4, 2025",
        "January 9, 2023",
        "May 1, 2025",
    ];
    let grid = TEASERS
        .iter()
        .zip(dates)
        .flat_map(|((c, t, _), d)| [*c, *t, d])
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{grid}");
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn dates_running_forward_are_the_article() {
    // An events list (or a timeline) runs forward: it is the article.
    let dates = [
        "March 2, 2025",
        "March 9, 2025",
        "April 6, 2025",
        "May 4, 2025",
    ];
    let list = TEASERS
        .iter()
        .zip(dates)
        .flat_map(|((_, t, s), d)| [d, *t, *s])
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = format!("Spring Events in Millbrook\n\n{P1}\n\n{list}\n\n{P4}\n");
    let body = paragraphs(&text);
    for (_, _, s) in TEASERS {
        assert!(body.contains(&s), "{s}");
    }
}

#[test]
fn a_disclaimer_heading_after_the_article_is_a_weak_trailer() {
    for s in [
        "Disclaimer",
        "Disclaimers:",
        "Legal Disclaimer",
        "Disclosure",
    ] {
        let t = furniture::trailer(s);
        assert!(t.is_some_and(|t| !t.strong), "{s}");
    }
    let note = "Nothing on this page is an offer to buy or sell tickets for the ferry service.";
    let text =
        format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nDisclaimer\n\n{note}\n");
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn a_call_to_contact_the_company_after_the_article_is_a_weak_trailer() {
    for s in [
        "Reach Out to Us",
        "Get in touch with us",
        "SCHEDULE A CONSULTATION",
        "Request a Free Consultation",
        "Request a quote",
        "Get a free quote",
        "Talk to an expert",
    ] {
        let t = furniture::trailer(s);
        assert!(t.is_some_and(|t| !t.strong), "{s}");
    }
    // A bare "Get in touch" is a button that may stand inside an article: no trailer.
    assert_eq!(furniture::trailer("Get in touch"), None);
    let call = "Our team of harbor engineers will answer within two working days of your note.";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nReach Out to Us\n\n{call}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn a_table_of_contents_repeating_the_headings_is_dropped() {
    let p5 = "Work on the first depot is due to start in May, the transport office said on Friday.";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\nWhy the Plan Passed\n\nWhat It Costs\n\n\
         What Comes Next\n\nWhy the Plan Passed\n\n{P3}\n\nWhat It Costs\n\n{P4}\n\n\
         What Comes Next\n\n{p5}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, p5]);
    // Two lines that are headings further on are no table.
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\nWhat It Costs\n\nWhat Comes Next\n\n\
         What It Costs\n\n{P3}\n\n{P4}\n\nWhat Comes Next\n\n{p5}\n"
    );
    assert_eq!(
        paragraphs(&text),
        vec![P1, P2, "What It Costs", "What Comes Next", P3, P4, p5]
    );
}
