//! Session 30's rules (structure): photo captions that end in their credit after any sentence
//! end, separator or bracket (`credit_after`); a story's stamp left in a web page's body
//! (`stamp_line`).

use super::test_text::{P1, P2, P3, P4, paragraphs};
use super::*;

/// A site's menu of `PAGE_LINES` items or more: the text is a web page, not an article alone.
fn menu() -> String {
    use std::fmt::Write;
    let mut m = String::new();
    for i in 1..=32 {
        let _ = writeln!(m, "Section {i}");
    }
    m
}

/// A web page whose body holds `line` between its second and third paragraphs.
fn page_with(line: &str) -> String {
    format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n\n{P4}\n",
        menu()
    )
}

#[test]
fn captions_ending_in_their_credit_leave_the_body() {
    for caption in [
        // after a point, the credit word followed by a colon and ending in a point
        "The new ferry waits at the north pier before its first run. Photo by: 'Ann Roe'.",
        // after a separator
        "Riders board the first bus of the new line at the depot. | Photo by Tom Pike",
        // after an exclamation mark
        "The lamps along the harbor wall were lit for the first time in years! Credit: Harbor Wire",
        // after a dash, in lower case
        "The old mill seen from the river bank on a grey winter morning – photo credit: ann roe",
        // a gallery's caption
        "Jane Doe, Harbor at Dusk, 2019. Oil on canvas, 40 x 50 cm. Courtesy the artist.",
        // in brackets at the end
        "A view of the new bus depot from the hill above the town (Picture credit: Harbor Wire)",
        // in brackets alone
        "(Image credit: Harbor Wire)",
    ] {
        let text = page_with(caption);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{caption}");
    }
}

#[test]
fn sentences_naming_credit_or_courtesy_stay() {
    for line in [
        // a credit word inside running text, not after a sentence end
        "The council said that no credit card would be needed to ride the new buses this spring.",
        "As a courtesy, the depot will open its doors to residents on the first Saturday of May.",
        // a credit too far from the line's end: more than ten words follow it
        "The depot was drawn by the town's own office. Photo: the plans show twelve bays, a \
         workshop and a canteen for the drivers on two floors.",
    ] {
        let text = page_with(line);
        assert_eq!(paragraphs(&text), vec![P1, P2, line, P3, P4], "{line}");
    }
    // On an article alone (no site around it) the rule does not apply.
    let caption =
        "The new ferry waits at the north pier before its first run. Photo by: 'Ann Roe'.";
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{caption}\n\n{P3}\n\n{P4}\n");
    assert!(paragraphs(&text).contains(&caption));
}

#[test]
fn a_story_stamp_in_a_page_body_leaves_it() {
    for stamp in [
        "Updated Nov 3, 2025",
        "Published on May 2, 2024 07:44 PM",
        "Last updated: January 31, 2024",
        "Jane Roe \u{b7} May 2, 2025 \u{b7} 4 min read",
        "By Tom Pike on March 1, 2026 | 6 comments",
    ] {
        let text = page_late(stamp);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6], "{stamp}");
        // (nor a heading)
        assert!(!kept(&text).contains(&stamp), "{stamp}");
    }
}

/// Two more paragraphs of running text, after which a line stands well inside the body.
const P5: &str =
    "The ferry service will add a second boat in the summer, when the island's visitors return.";
const P6: &str =
    "Shop owners on the quay welcomed the news, though some asked for longer opening hours.";

/// A web page whose body holds `line` after its fourth paragraph (beyond where the head's date
/// line is looked for).
fn page_late(line: &str) -> String {
    format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{line}\n\n{P5}\n\n{P6}\n",
        menu()
    )
}

/// Every line the body keeps, headings and paragraphs.
fn kept(text: &str) -> Vec<&str> {
    analyze(text)
        .sections
        .iter()
        .flat_map(|s| {
            s.heading
                .iter()
                .copied()
                .chain(s.paragraphs.iter().map(|p| p.span))
                .map(|span| span.as_str(text))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn dates_in_a_page_body_that_are_no_stamp_stay() {
    for line in [
        // a bare date: an entry of a list of events
        "May 5, 2026",
        // a cue word opening a longer word, or no date
        "Postseason games on May 5, 2026",
        "Updated bus timetables for the spring",
        // a lead-in to what follows
        "Posted to the harbor board on 2024-03-11:",
    ] {
        let text = page_late(line);
        assert!(kept(&text).contains(&line), "{line}: {:?}", kept(&text));
    }
    // On an article alone (no site around it) the rule does not apply.
    let stamp = "Updated Nov 3, 2025";
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{stamp}\n\n{P5}\n\n{P6}\n"
    );
    assert!(kept(&text).contains(&stamp), "{:?}", kept(&text));
}
