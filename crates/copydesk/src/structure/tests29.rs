//! Session 29's rules (structure): the short lines that end a web page's body (`short_tail`),
//! a forum's comment thread signed "by NAME ( N ) writes:" (`comment_thread`), and a form's
//! stock lines as furniture.

use super::furniture;
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

/// Teaser titles of other stories, in sentence case with no closing point: each scores as
/// running text, so the body's run reaches over them.
const TEASERS: [&str; 3] = [
    "How the harbor town rebuilt its ferry line after the flood",
    "Why the old mill on the river is getting a second life",
    "What the new bus lanes will mean for the morning commute",
];

#[test]
fn short_lines_ending_a_page_body_are_its_foot() {
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{}\n",
        menu(),
        TEASERS.join("\n\n")
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // The foot is reported as furniture.
    let layout = analyze(&text);
    let last = TEASERS[2];
    assert!(
        layout
            .boilerplate
            .iter()
            .any(|b| b.span.as_str(&text).contains(last)),
        "{:?}",
        layout.boilerplate
    );
}

#[test]
fn a_short_tail_after_a_colon_or_alone_or_in_an_article_alone_stays() {
    // A list the article leads into keeps its items.
    let lead = "The plan names the districts that will get new buses first:";
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{lead}\n\n{}\n",
        menu(),
        TEASERS.join("\n\n")
    );
    let got = paragraphs(&text);
    assert!(got.contains(&TEASERS[2]), "{got:?}");
    // One short line is not a foot.
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{}\n",
        menu(),
        TEASERS[0]
    );
    assert!(paragraphs(&text).contains(&TEASERS[0]));
    // An article alone (no site around it) keeps its last lines.
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{}\n",
        TEASERS.join("\n\n")
    );
    assert!(paragraphs(&text).contains(&TEASERS[2]));
}

/// One reader comment of a forum thread: its heading, its signature line, its text.
fn comment(n: usize) -> String {
    format!(
        "Re: Buses first? (Score: {n})\n\nby harbor_reader{n} ( 10{n}47 ) writes: on Monday May \
         {n}, 2025 @09:1{n}AM\n\nI have lived in the north district for years and the buses \
         there have never once been on time, so I doubt that a plan will change much of it.\n\n"
    )
}

#[test]
fn a_forum_thread_signed_writes_ends_the_article() {
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{}{}{}",
        comment(1),
        comment(2),
        comment(3)
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    let layout = analyze(&text);
    assert!(
        layout
            .boilerplate
            .iter()
            .any(|b| b.kind == BoilerplateKind::Comments),
        "{:?}",
        layout.boilerplate
    );
}

#[test]
fn two_signature_lines_or_a_quoted_writer_are_no_thread() {
    // Two are not enough (a thread needs three).
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{}{}",
        comment(1),
        comment(2)
    );
    assert!(paragraphs(&text).len() > 4);
    // A writer quoted in the article: no signature line.
    let quoted = "The historian Ann Roe writes: the harbor was dredged twice before the war.";
    let text = format!("Council Approves Plan\n\n{P1}\n\n{quoted}\n\n{P2}\n\n{P3}\n\n{P4}\n");
    assert_eq!(paragraphs(&text), vec![P1, quoted, P2, P3, P4]);
}

#[test]
fn a_forms_stock_lines_are_furniture() {
    for s in [
        "Thank you! Your submission reached the harbour office.",
        "Oops! Something went wrong with the harbour form.",
        "This field is for validation by the ferry desk.",
        "No credit card required.",
        "Email (Required)",
        "Play Video",
        "Get started for free",
        "Press enter or click to view image of the pier",
    ] {
        assert!(furniture::line_kind(s).is_some(), "{s}");
    }
    for s in [
        "Thank you, said the mayor to all who came to the harbor meeting.",
        "Oops, the ferry was late again on Monday morning.",
        "This field is where the new school will be built.",
        "Email the council before the vote on Friday.",
        "Get started on the new bus lanes in the spring.",
    ] {
        assert_eq!(furniture::line_kind(s), None, "{s}");
    }
}

#[test]
fn thoughts_on_a_subject_is_no_comment_count_without_its_count() {
    // A comment thread's heading counts its comments; with no count it is a headline.
    assert!(furniture::trailer("4 thoughts on “Harbor Plan”").is_some_and(|t| t.strong));
    assert!(furniture::trailer("12 responses to “Harbor Plan”").is_some());
    assert_eq!(furniture::trailer("Thoughts on Harbor Lamps"), None);
    assert_eq!(furniture::trailer("Responses to the flood"), None);
    // The page's headline repeated over the article is its title (it was taken for the start
    // of a comment thread, and a menu line above it became the title).
    let text = format!(
        "Thoughts on Harbor Lamps | Ann Roe\n\nAnn Roe essays notes lamps about\n\n\
         Thoughts on Harbor Lamps\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(
        super::test_text::title(&text),
        Some("Thoughts on Harbor Lamps")
    );
}
