//! Session 33's rules (structure): a heading of the site's other pages in words of its own ends
//! a web page's article when little prose follows (`related_heading`, a `late` weak trailer);
//! a blogger's greeting box or a call for the reader's support closing the body is dropped with
//! what follows (`closing_note`).

use super::furniture::trailer;
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

/// A web page: the menu, the headline, the four paragraphs, then `after` (paragraphs).
fn page_ending(after: &[&str]) -> String {
    let mut t = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n",
        menu()
    );
    for a in after {
        t.push('\n');
        t.push_str(a);
        t.push('\n');
    }
    t
}

/// Teasers of the site's other stories: a title, then a sentence.
const TEASERS: [&str; 4] = [
    "Harbor Lamps Return to the Quay",
    "The old lamps are back after a winter in the workshop, the crews said.",
    "Ferry Fares Rise in Spring",
    "Riders will pay a little more from April, the operator said on Friday.",
];

/// Two more paragraphs of the article.
const P5: &str = "The plan sets aside money for a new bus depot on the edge of town, near the old \
                  rail yard, and for two new branch libraries in the eastern districts.";
const P6: &str = "Work on the depot is due to start next year, and the council will review the \
                  costs every six months until the last library opens its doors to readers.";

#[test]
fn related_headings_in_words_of_their_own() {
    for line in [
        "Other articles you may find interesting",
        "More Helpful Articles by Harbor Wire:",
        "Recent posts on blogs I like:",
        "\u{1f525} Recommended Posts",
        "Related Articles from the Harbor Desk blog:",
        "More content by us:",
        "Further reading about ferries",
        "Related topics & resources",
    ] {
        let t = trailer(line);
        assert!(
            t.is_some_and(|t| t.late && !t.strong && t.kind == BoilerplateKind::Related),
            "{line}: {t:?}"
        );
    }
    for line in [
        // a writer's pointer inside the article
        "More posts related to the harbor",
        // an inline link
        "Related reading: Ferry fares explained",
        // sentences
        "More projects mean more posts.",
        "Recent storms closed the ferry route for posts?",
        "\u{201c}Popular posts are doing well\u{201d}",
        // a count
        "More than 40 stories",
        // too long
        "More stories were told at the harbor fair than in any year before",
        // no list word near the lead
        "Other boats in the harbor",
    ] {
        assert!(trailer(line).is_none_or(|t| !t.late), "{line}");
    }
}

#[test]
fn a_related_heading_ends_the_article_over_teasers() {
    let mut after = vec![P5, P6, "Other stories you may find useful"];
    after.extend(TEASERS);
    let text = page_ending(&after);
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6]);
}

#[test]
fn a_related_heading_with_the_article_after_it_ends_nothing() {
    // (the heading, not body text, leaves; the article's paragraphs after it stay)
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\nOther stories from the harbor\n\n{P2}\n\n{P3}\n\n\
         {P4}\n",
        menu()
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn a_greeting_box_or_a_call_for_support_closes_the_body() {
    for after in [
        &[
            "Jane Roe",
            "Hi, I\u{2019}m Jane! Welcome to Harbor Notes, where I write about ferries and the sea.",
            "I grew up on the island and have sailed its waters for twenty years with my father.",
        ][..],
        &[
            "Hello, and welcome! I'm the editor and founder of this small harbor site.",
            "My background is in local news, and I still walk the quay every morning at dawn.",
        ],
        &["Hey there! My name is Tom, and I run this blog about the island's boats."],
        &[
            "Enjoyed this piece? We need your help to keep the harbor desk going.",
            "The desk is a non-profit project kept alive by readers like you, one gift at a time.",
        ],
        &[
            "If you liked this post, you might also like these:",
            "Ten quiet beaches on the island, and how to reach them by the early ferry.",
        ],
        &["Help Keep Harbor Wire Free and Independent"],
        &["Please consider supporting our reporting with a small monthly gift to the desk."],
    ] {
        let text = page_ending(after);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{after:?}");
    }
}

#[test]
fn closing_lines_of_an_article_stay() {
    for line in [
        "Hello Kitty stalls drew crowds at the fair, where I am told the queues ran all day.",
        "Hi-fi shops on the quay sold out of radios before the storm, the owners said.",
        "Help keep the quay clean: the council asks visitors to take their litter home.",
        "Support for the plan grew after the meeting, and the vote is set for May.",
        "If you visit the island this spring, take the early ferry: it is the quietest.",
    ] {
        let text = page_ending(&[line]);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, line], "{line}");
    }
    // On an article alone (no site around it) the rule does not apply.
    let line = "Enjoyed this piece? We need your help to keep the harbor desk going.";
    let text = format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{line}\n");
    assert!(paragraphs(&text).contains(&line));
}

#[test]
fn closing_cues_by_shape() {
    assert!(closing_cue("HI, I\u{2019}M JANE!"));
    assert!(closing_cue("Hi I'm Jane, and this is my kitchen."));
    assert!(closing_cue(
        "Did you like this article? You can buy me a coffee."
    ));
    assert!(!closing_cue("Hi"));
    assert!(!closing_cue(
        "Hey Jane, thanks for the tip about the ferry!"
    ));
    assert!(!closing_cue("Hello to the new season, the skipper wrote."));
}

#[test]
fn notices_that_scripts_are_off_are_furniture() {
    for line in [
        "This website requires JavaScript to work well. Turn it on to see the whole site.",
        "This slideshow requires JavaScript.",
        "Notice: JavaScript is required for this content.",
        "You must have JavaScript enabled to use this form.",
    ] {
        assert_eq!(
            furniture::line_kind(line),
            Some(BoilerplateKind::Other),
            "{line}"
        );
        let text = page_ending(&[line]);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{line}");
    }
    for line in [
        "JavaScript bindings for the harbor library are on the package index.",
        "This site's JavaScript was rewritten in a week by two volunteers, the club said.",
    ] {
        assert_eq!(furniture::line_kind(line), None, "{line}");
    }
}
