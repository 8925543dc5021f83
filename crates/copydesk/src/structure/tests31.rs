//! Session 31's rules (structure): a sign-up box's pitch and a form's consent line left in a
//! web page's body (`sign_up_pitch`); a line of tag slugs is no headline (`slug_line`).

use super::test_text::{P1, P2, P3, P4, paragraphs, title};
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
fn sign_up_pitches_and_consent_lines_leave_a_page_body() {
    for line in [
        // a pitch after a question
        "Tide fan? Sign up, and the harbor digest reaches you by Friday emails.",
        "Love the quay markets? Just sign up below and the Harbor Digest lands in your inbox \
         every Saturday morning, with the tide tables and the ferry times.",
        "Join 40,000 readers who get the Harbor Digest newsletter every week.",
        "Please subscribe: the ferry desk's mailing list carries each new timetable.",
        // a form's consent line
        "By typing a phone number here, you consent to calls from the ferry desk.",
        "By pressing the green button, you confirm the ferry desk may write to you.",
        "By sending the quay form, you are agreeing that Harbor Wire may text you.",
        "By ticking the box, I acknowledge the harbor rules for the ferry pass.",
        // a tick box
        "I agree to the ferry desk's rules for season passes",
    ] {
        let text = page_with(line);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{line}");
    }
}

#[test]
fn sentences_about_newsletters_or_agreement_stay() {
    for line in [
        // a newsletter named, no call to sign up
        "The harbor club now sends its match reports to members as a weekly newsletter.",
        // a call to join, no newsletter or inbox
        "Join the ferry crew for a tour of the engine room on Saturday, the harbor master said.",
        // "sign up" inside a sentence, not opening it
        "Half the riders who sign up for the ferry bulletin never open one of its emails.",
        // "By ...ing" with no consent of the reader
        "By planting early, you get a longer season and more beans from the same few rows.",
        "By mending nets at dusk, the crews you accept aboard save hours at the quay.",
        // "I agree" in a long line of running text
        "I agree to most of what the council proposed, said Tom Pike, but the fares are too high \
         for the families on the island who use the ferry twice a day to reach the schools.",
    ] {
        let text = page_with(line);
        assert_eq!(paragraphs(&text), vec![P1, P2, line, P3, P4], "{line}");
    }
    // On an article alone (no site around it) the rule does not apply.
    let line = "Tide fan? Sign up, and the harbor digest reaches you by Friday emails.";
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n\n{P4}\n");
    assert!(paragraphs(&text).contains(&line));
}

#[test]
fn the_pitch_tests_by_parts() {
    assert!(pitch_opens(b"Sign up now"));
    assert!(pitch_opens(b"Like this? Subscribe today."));
    assert!(!pitch_opens(b"Signups rose"));
    assert!(!pitch_opens(b"Joiners are welcome"));
    assert!(names_inbox(b"to your INBOX"));
    assert!(names_inbox(b"our e-mails."));
    assert!(!names_inbox(b"emailsent"));
    assert!(consent_after(b" the box, you agree to it"));
    assert!(consent_after(b" this, You are consenting"));
    assert!(!consent_after(b" early, you get more, agree?"));
}

#[test]
fn a_line_of_tag_slugs_is_no_headline() {
    let text = format!(
        "Harbor Ferries in 2026: Best Routes, Fares & Guide | Harbor Wire\n\n{}\nGuides \u{b7} 10 \
         min read \u{b7} By Harbor Editorial Team\n\nHarbor Ferries: 2026 Guide to the Island \
         Routes\n\nharbor-ferries island-routes ferry-fares-guide harbor-2026\n\n{P1}\n\n{P2}\n\n\
         {P3}\n\n{P4}\n",
        menu()
    );
    assert_eq!(
        title(&text),
        Some("Harbor Ferries: 2026 Guide to the Island Routes")
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    assert!(slug_line("harbor-ferries island-routes"));
    for line in [
        "harbor-ferries",
        "Harbor-ferries island-routes",
        "well-known ferry",
        "harbor-ferries - island-routes",
    ] {
        assert!(!slug_line(line), "{line}");
    }
}
