//! Session 17's rules (body and title on full pages), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs};
use super::*;

#[test]
fn a_name_over_a_writers_role_after_the_article_ends_it() {
    let bio = "Jane Roe has covered the harbor and the council for a decade, and she lives by the water with two dogs.";
    for role in [
        "Senior Staff Writer",
        "Contributing Editor, Travel",
        "Content Writer at Harbor Media",
        "Editor in Chief",
        "Technical/Content Writer",
    ] {
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nJane Roe\n\n{role}\n\n{bio}\n"
        );
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{role}");
    }
}

#[test]
fn a_name_over_a_writers_role_above_the_article_cuts_nothing() {
    let text = format!(
        "Council Approves Plan\n\nJane Roe\n\nSenior Staff Writer\n\n{P1}\n\n{P2}\n\n{P3}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3]);
}

#[test]
fn role_lines() {
    for s in [
        "Staff Writer",
        "SEO Copywriter",
        "Former Senior Editor, Tech",
        "Writer at Harbor Media",
        "Editor-in-Chief",
        "Editor in chief",
    ] {
        assert!(role_line(s), "{s}");
    }
    for s in [
        "Drag-and-drop editor tools",
        "Editor's Pick",
        "Author: Jane Roe",
        "Why It's Editor-Approved",
        "Writers Wanted",
    ] {
        assert!(!role_line(s), "{s}");
    }
}

#[test]
fn rating_boxes_and_guide_boxes_are_weak_trailers() {
    for s in [
        "How useful was this article?",
        "Rate this article",
        "Rate this post:",
        "Meet your guide",
        "Meet the writer",
        "Meet the testers",
    ] {
        let t = furniture::trailer(s);
        assert!(t.is_some_and(|t| !t.strong), "{s}");
    }
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nHow useful was this article?\n\nClick a star to rate it, and tell us what we could do better in the box below this line.\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

/// A web page's menu: `n` lines of section names.
fn menu(n: usize) -> String {
    const ITEMS: [&str; 8] = [
        "Home", "News", "Sport", "Travel", "Food", "Health", "Money", "Weather",
    ];
    (0..n)
        .map(|i| ITEMS[i % ITEMS.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_affiliate_disclosure_first_or_last_in_the_body_is_dropped() {
    let top =
        "Some links below are affiliate links: the shops pay the site a small fee when you buy.";
    let bottom = "Several shops pay the site on qualifying purchases made through its pages.";
    let nav = menu(32);
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{top}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{bottom}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // Inside the article, past the first and last few paragraphs, a sentence about affiliate
    // links is the article's own.
    let mid = "Shops pay bloggers through affiliate links, and the council wants to tax them.";
    // (session 24: the paragraphs after it are new ones, a paragraph repeated word for word on
    // a web page being kept once)
    let more = [
        "The tax would apply from next year to every blog run from inside the city.",
        "Two bloggers at the meeting said they earn less from such links than the council thinks.",
        "The shops' lawyer warned of a court fight if the plan went ahead.",
        "The council will hold a second vote on the tax in the autumn, after a public hearing.",
    ];
    let [m1, m2, m3, m4] = more;
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{mid}\n\n{m1}\n\n{m2}\n\n{m3}\n\n{m4}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, mid, m1, m2, m3, m4]);
    // An article alone (no page around it) is left as it is.
    let text = format!("Council Approves Plan\n\n{top}\n\n{P1}\n\n{P2}\n");
    assert_eq!(paragraphs(&text), vec![top, P1, P2]);
}

#[test]
fn a_disclaimer_ends_the_body_only_at_its_end() {
    let note = "Everything here is written for informational purposes and is not legal advice.";
    let nav = menu(32);
    let text =
        format!("{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{note}\n");
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // At the start it may be the article's own opening.
    let text =
        format!("{nav}\n\nCouncil Approves Plan\n\n{note}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n");
    assert_eq!(paragraphs(&text), vec![note, P1, P2, P3, P4]);
}

#[test]
fn a_forms_stock_replies_are_furniture() {
    for s in ["Thanks for your feedback!", "Thank you for your feedback."] {
        assert_eq!(furniture::line_kind(s), Some(BoilerplateKind::Other), "{s}");
    }
}

#[test]
fn a_contributors_note_closing_a_pages_body_is_dropped() {
    let note =
        "Jane Roe is a freelance writer who covers the harbor, the council and the county fair.";
    let nav = menu(32);
    let text =
        format!("{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{note}\n");
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // A sentence about a person that is news stays: its verb is not "is a" / "has been".
    let news = "Jane Roe is due to testify before the council again in the spring.";
    let text =
        format!("{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{news}\n");
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, news]);
    // An article alone keeps it.
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{note}\n");
    assert_eq!(paragraphs(&text), vec![P1, P2, note]);
}

#[test]
fn bios() {
    assert!(bio("Jane Roe is the editor of a weekly paper."));
    assert!(bio("Dr. Jane Roe has been a nurse for twenty years."));
    assert!(!bio("Roe is a nurse."));
    // A publisher's note has the same shape ("Harbor Media is an independent …").
    assert!(bio("Harbor Media is an independent newsroom."));
    assert!(!bio("The vote is a mistake, Roe said."));
    assert!(!bio("Jane Roe said the vote is a mistake."));
}

#[test]
fn a_short_quotation_with_its_attribution_ending_the_article_is_body() {
    // (regression: `"Yes," Tom Pike said.` has four words and no stop word, and scored as a
    // short line, which the article's end cut as furniture, its quotation with it)
    for last in ["\"Yes,\" Tom Pike said.", "“No,” Ann Roe told the court."] {
        let text = format!("Harbor news\n\n{P1}\n\n{P2}\n\n{P3}\n\n{last}\n");
        assert_eq!(paragraphs(&text).last(), Some(&last), "{last}");
    }
    // ... but a short line without a quotation or a verb of saying still ends nothing
    let text = format!("Harbor news\n\n{P1}\n\n{P2}\n\n{P3}\n\nShare this:\n");
    assert_eq!(paragraphs(&text).last(), Some(&P3));
    assert!(!quote_with_verb("\"Yes,\" Tom Pike."));
    assert!(!quote_with_verb("Tom Pike said yes."));
}
