//! Session 19's rules (body on full pages), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs};
use super::*;

const P5: &str =
    "Work on the first line is to start next year, once the last of the land has been bought.";
const P6: &str =
    "The plan also pays for wider pavements, new lights and a park along the river's north bank.";

const P7: &str = "Shop owners on the high street asked for the works to stop during the weeks before the holidays.";
const P8: &str = "The council agreed to pause the digging in December and to pay for signs pointing to the shops.";
const P9: &str =
    "A second vote, on the fares, is due in the autumn, after a survey of riders across the town.";

#[test]
fn a_name_over_a_bio_opening_with_the_name_after_the_article_ends_it() {
    for (name, bio) in [
        (
            "Jane Roe",
            "Jane Roe is a reporter who has covered the harbor and the council for a decade.",
        ),
        (
            "Jane Roe",
            "Jane joined the paper in 2015 and has written about the harbor ever since then.",
        ),
        (
            "About Jane Roe",
            "Jane Roe has covered the harbor and the council for a decade from the old town.",
        ),
        (
            "Jane Roe, MD*",
            "Jane Roe, MD, is a doctor at the harbor clinic who writes on health for the paper.",
        ),
        (
            "Jane Roe",
            "Jane’s reporting on the harbor has won two prizes, and she lives by the water.",
        ),
    ] {
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
             {name}\n\n{bio}\n\n\
             Jane lives by the water with two dogs and a cat, and she swims in the bay each day.\n\n\
             Contact\n\nPrivacy\n"
        );
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6], "{name}");
    }
}

#[test]
fn a_name_over_a_bio_that_does_not_open_with_it_stays() {
    // The bio opens with the first name and another capitalised word (a place named after a
    // person), or with some other name.
    for (name, bio) in [
        (
            "Jane Roe Park",
            "Jane Roe is a park by the harbor where the council plans to build the new library.",
        ),
        (
            "Jane Roe",
            "Tom Pike is a reporter who has covered the harbor and the council for a decade.",
        ),
    ] {
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n{name}\n\n{bio}\n"
        );
        assert!(paragraphs(&text).contains(&bio), "{name}");
    }
}

#[test]
fn a_list_of_people_inside_the_article_stays() {
    // An entry followed by another heading over a paragraph.
    let jane = "Jane Roe is a painter who has shown her harbor scenes in the town hall for many years, \
                and the council bought two of them.";
    let tom = "The old ferry is the oldest boat in the harbor, and the council wants to keep it \
               running for the tourists who come in the summer.";
    let text = format!(
        "Ten Harbor Sights\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n{P7}\n\n{P8}\n\n\
         {P9}\n\nJane Roe\n\n{jane}\n\n\
         The Old Ferry\n\n{tom}\n"
    );
    assert!(paragraphs(&text).contains(&jane));
    // Three or more people, each over a paragraph on them.
    let people = ["Jane Roe", "Tom Pike", "Anna Stone"]
        .map(|n| format!("{n}\n\n{n} is a painter who shows harbor scenes in the town hall.\n\n"));
    let text = format!(
        "Three Harbor Painters\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n{}",
        people.concat()
    );
    assert_eq!(paragraphs(&text).len(), 9);
}

#[test]
fn buttons_and_foot_links_are_furniture() {
    for s in [
        "See It",
        "See it at Harbor Shop",
        "Get a Demo",
        "Request a demo",
        "Book a Demo",
        "Thanks for subscribing!",
        "Thanks for signing up!",
        "Open in a new tab",
        "Back to Blog",
        "Table Of Content",
        "Privacy Policy",
        "Terms of Use",
        "Terms and Conditions",
    ] {
        assert!(furniture::line_kind(s).is_some(), "{s}");
    }
    for s in [
        "Photo courtesy of Harbor Media",
        "Photo Courtesy Jane Roe",
        "Image courtesy of the artist",
        "Courtesy of Harbor Media",
    ] {
        assert_eq!(
            furniture::line_kind(s),
            Some(BoilerplateKind::Credit),
            "{s}"
        );
    }
}

#[test]
fn more_related_and_comment_headings_are_weak_trailers() {
    for s in [
        "More Resources...",
        "Related tags:",
        "Latest Article",
        "Keep exploring",
        "You’ll Also Love...",
        "You may also love",
        "Discussion about this post",
        "Want to learn more?",
        "Request Information",
        "Search for:",
        "Your next read",
        "Recommended Posts",
        "View all posts",
        "View all articles by this author",
        "View Article Sources",
    ] {
        let t = furniture::trailer(s);
        assert!(t.is_some_and(|t| !t.strong), "{s}");
    }
    // After the article, the list under such a heading is no body text.
    let teaser = "Ten ways to keep your garden green through a dry summer, from mulch to shade.";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
         Keep exploring\n\n{teaser}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6]);
}

#[test]
fn calls_to_subscribe_and_thanks_for_reading_are_newsletter_boxes() {
    for s in [
        "Subscribe to Harbor Weekly's podcast here.",
        "Subscribe to get the harbor news each morning",
        "Thanks for reading Harbor Notes! Join the list to get each new post.",
        "Thanks for reading!",
    ] {
        assert_eq!(
            furniture::line_kind(s),
            Some(BoilerplateKind::Newsletter),
            "{s}"
        );
    }
}

/// Whether `line` is a heading or a paragraph of the body.
fn in_body(text: &str, line: &str) -> bool {
    analyze(text).sections.iter().any(|s| {
        s.heading.is_some_and(|h| h.as_str(text) == line)
            || s.paragraphs.iter().any(|p| p.span.as_str(text) == line)
    })
}

#[test]
fn a_caption_ending_in_its_credit_is_dropped_from_a_pages_body() {
    let caption = "The new ferry at the harbor wall on its first morning run. Photo: Jane Roe";
    let nav: Vec<String> = (0..32).map(|i| format!("Section {i}")).collect();
    let nav = nav.join("\n\n");
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{caption}\n\n{P3}\n\n{P4}\n\n{P5}\n"
    );
    assert!(!in_body(&text, caption));
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5]);
    // An article alone keeps it (its names may be what a later stage looks for).
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{caption}\n\n{P3}\n");
    assert!(in_body(&text, caption));
    // A source note after a sentence is no photo credit.
    for s in [
        "The share of riders who came by bus rose last year. Source: Harbor Transit",
        "The bridge at dawn, seen from the old pier. Photo: Jane Roe",
    ] {
        assert_eq!(credit_after(s), s.contains(". Photo"), "{s}");
    }
}
