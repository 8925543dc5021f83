//! Session 34's rules (structure): a byline set on two lines ("By" over the name,
//! `split_byline`); a long line with no sentence in it is no running text (`RUN_ON_WORDS`,
//! `sentence_inside`); a closing note with teasers under it (`CLOSING_FAR`); the page title's
//! headline under a section label or over a date (`label_cut`).

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

/// A page whose headline stands over a standfirst and a byline written `by` (one or two lines).
fn page_with_byline(by: &str) -> String {
    format!(
        "Reading Lamps for Small Rooms, Tested | Harbor Home\n\n{}\nHome\n\nReviews\n\n\
         Our Five Favourite Lamps Light Any Small Room\n\n\
         Desk, floor and clip lamps that earned their place\n\n{by}\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n",
        menu()
    )
}

#[test]
fn a_byline_on_two_lines_marks_the_head() {
    for by in ["By\nJane Roe", "by\n\nJane Roe", "Written by:\nJane Roe"] {
        let text = page_with_byline(by);
        let layout = analyze(&text);
        assert_eq!(
            layout.title.map(|s| s.as_str(&text)),
            Some("Our Five Favourite Lamps Light Any Small Room"),
            "{by:?}"
        );
        assert_eq!(layout.byline.map(|s| s.as_str(&text)), Some("Jane Roe"));
        assert_eq!(layout.authors, vec!["Jane Roe".to_owned()]);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{by:?}");
    }
}

#[test]
fn a_lone_by_over_no_name_is_no_byline() {
    for (lead, next) in [
        ("By", "the harbor at dawn"),
        ("Bye", "Jane Roe"),
        ("By the way", "Jane Roe"),
        ("Posted by", "Jane Roe"),
    ] {
        let t = format!("{lead}\n{next}\n");
        assert!(
            split_byline(&t, &paras_of(&t), 0).is_none(),
            "{lead} / {next}"
        );
    }
    let t = "BY\nJane Roe and Tom Poe\n";
    assert_eq!(
        split_byline(t, &paras_of(t), 0),
        Some(vec!["Jane Roe".to_owned(), "Tom Poe".to_owned()])
    );
    // the last line of a text has no line under it
    assert!(split_byline("By", &paras_of("By"), 0).is_none());
    // a byline on one line is read as before
    let text = page_with_byline("By Jane Roe");
    assert_eq!(analyze(&text).authors, vec!["Jane Roe".to_owned()]);
}

/// The candidates of `s`.
fn paras_of(s: &str) -> Vec<Para> {
    let mut ls = Vec::new();
    let mut paras = Vec::new();
    lines::lines_into(s, &mut ls);
    lines::paragraphs_into(s, &ls, &mut paras);
    paras
}

/// A form's list of options or a run of tags: `n` words, no sentence in them.
fn run_on(n: usize) -> String {
    let words = [
        "harbor", "lamps", "and", "ferry", "of", "the", "island", "quay",
    ];
    (0..n)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_long_line_with_no_sentence_is_no_running_text() {
    let tags = run_on(400);
    // The page's foot: short links, then the long line; the article ends before them.
    let mut text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n",
        menu()
    );
    for i in 1..=12 {
        use std::fmt::Write;
        let _ = writeln!(text, "Footer link {i}");
    }
    text.push('\n');
    text.push_str(&tags);
    text.push('\n');
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // Inside the article, the line leaves the body and the paragraphs after it stay.
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{P2}\n\n{tags}\n\n{P3}\n\n{P4}\n",
        menu()
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
    // An article alone (no web page around it) keeps such a line: it is all the text there is.
    let text = format!("Council Approves Plan\n\n{tags}\n");
    assert_eq!(paragraphs(&text), vec![tags.as_str()]);
}

#[test]
fn a_long_paragraph_with_sentences_stays() {
    // 160 words and more, sentences inside, no closing point
    let long = format!("{P1} {P2} {P3} {P4} {P1} {P2} {P3} {P4} {P1} {P2} and then the rest");
    assert!(words::counts(&long).words >= RUN_ON_WORDS);
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{long}\n\n{P2}\n\n{P3}\n",
        menu()
    );
    assert_eq!(paragraphs(&text), vec![P1, long.as_str(), P2, P3]);
    // a line of fewer words is read as before
    let short = run_on(RUN_ON_WORDS - 1);
    let text = format!(
        "Council Approves Plan\n\n{}\n{P1}\n\n{short}\n\n{P2}\n\n{P3}\n",
        menu()
    );
    assert!(paragraphs(&text).contains(&short.as_str()));
}

#[test]
fn sentence_ends_inside_a_line() {
    assert!(sentence_inside("One. Two"));
    assert!(sentence_inside("Is it? Yes"));
    assert!(sentence_inside("Go! Now"));
    assert!(!sentence_inside("Version 2.5 of the app"));
    assert!(!sentence_inside("Ends here."));
    assert!(!sentence_inside("a b c d"));
    assert!(!sentence_inside(""));
}

/// Teasers of the site's other stories: a title, then two sentences.
const TEASERS: [&str; 8] = [
    "Harbor Lamps Return to the Quay",
    "The old lamps are back after a winter in the workshop, the crews said. They light the way.",
    "Ferry Fares Rise in Spring",
    "Riders will pay a little more from April, the operator said. Season passes stay the same.",
    "Island School Opens a New Wing",
    "Pupils moved into the bright rooms on Monday, a term late. Teachers say it was worth it.",
    "Fishing Fleet Counts a Good Year",
    "The catch was the best in a decade, the co-op said. Prices at the market held up well.",
];

/// The article's paragraphs, `n` of them, each its own.
fn article(n: usize) -> Vec<String> {
    const DISTRICTS: [&str; 6] = [
        "northern", "eastern", "southern", "western", "harbor", "old",
    ];
    const WHAT: [&str; 3] = ["a bus depot", "a branch library", "a wider road"];
    (0..n)
        .map(|i| {
            format!(
                "Residents of the {} district said at meeting {} that {} would change how they \
                 live, and asked the council to say when the work would start.",
                DISTRICTS[i % 6],
                ["one", "two", "three"][i / 6 % 3],
                WHAT[i % 3]
            )
        })
        .collect()
}

#[test]
fn a_closing_note_over_teasers_closes_a_long_body() {
    let body = article(18);
    let mut text = format!("Council Approves Plan\n\n{}\n", menu());
    for p in &body {
        text.push_str(p);
        text.push_str("\n\n");
    }
    text.push_str("Did you like this article? You can buy me a coffee.\n\n");
    for t in TEASERS {
        text.push_str(t);
        text.push_str("\n\n");
    }
    assert_eq!(paragraphs(&text), body);
}

#[test]
fn a_greeting_at_a_short_articles_head_stays() {
    // Within the body's first `CLOSING_FAR` candidates, past its last `CLOSING_REACH`
    // paragraphs, a greeting opens the article.
    let greeting = "Hi, I'm Jane! Welcome to my harbor notes, a short report from the council.";
    let body = article(9);
    let mut text = format!("Council Approves Plan\n\n{}\n{greeting}\n\n", menu());
    for p in &body {
        text.push_str(p);
        text.push_str("\n\n");
    }
    let mut want = vec![greeting];
    want.extend(body.iter().map(String::as_str));
    assert_eq!(paragraphs(&text), want);
}

/// A page whose headline line is `line`, under the page title "Best Reading Lamps for Small
/// Rooms | Harbor Home".
fn page_with_headline(line: &str) -> String {
    format!(
        "Best Reading Lamps for Small Rooms | Harbor Home\n\nHome\n\nLighting\n\nReviews\n\n\
         {line}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    )
}

#[test]
fn a_section_label_or_a_date_around_the_headline_is_cut() {
    for line in [
        "Guides: Best Reading Lamps for Small Rooms",
        "Best Reading Lamps for Small Rooms / Dec 2025",
        "Best Reading Lamps for Small Rooms | March 3, 2025",
    ] {
        let text = page_with_headline(line);
        assert_eq!(
            title(&text),
            Some("Best Reading Lamps for Small Rooms"),
            "{line}"
        );
    }
}

#[test]
fn a_headline_longer_than_the_page_title_in_other_ways_stays() {
    for line in [
        // more than one word before the colon, or not a word
        "Our Guides: Best Reading Lamps for Small Rooms",
        "Part 2: Best Reading Lamps for Small Rooms",
        // no date after the separator
        "Best Reading Lamps for Small Rooms / Part Two",
        // the headline runs on
        "Best Reading Lamps for Small Rooms: Our Picks",
    ] {
        let text = page_with_headline(line);
        assert_eq!(title(&text), Some(line), "{line}");
    }
}
