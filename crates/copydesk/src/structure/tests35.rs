//! Session 35's rules (structure, helper): a writer's bio at the head of a web page's body
//! (`writer_bio`); affiliate disclosures in more words, and set with a link after their last
//! sentence (`disclosure`, `drop_disclosures`); the headline found inside the body run opens
//! the article (the run's lines above it leave the body).

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

/// A web page whose body opens with `lead`, then the four paragraphs of the article.
fn page_led_by(lead: &str) -> String {
    format!(
        "Reading Lamps for Small Rooms, Tested | Harbor Home\n\n{}\n\
         Our Five Favourite Lamps Light Any Small Room\n\n{lead}\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n",
        menu()
    )
}

/// The same text with no menu: an article alone.
fn article_led_by(lead: &str) -> String {
    format!(
        "Our Five Favourite Lamps Light Any Small Room\n\n{lead}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    )
}

const BIOS: [&str; 5] = [
    "Jane Roe is a senior staff writer at Harbor Home, where she tests lamps, rugs and chairs.",
    "Jane Roe is Trending Editor for Harbor Home and is based on the coast near Port Alder.",
    "Jane Roe covers lighting and small homes, and co-hosts the weekly Harbor Home podcast.",
    "Jane Roe has 12 years of experience testing home goods. She lives by the sea.",
    "Jane Q. Roe has been a freelance journalist and fact-checker for more than a decade.",
];

#[test]
fn a_writers_bio_over_the_article_leaves_the_body() {
    for bio in BIOS {
        let text = page_led_by(bio);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{bio:?}");
    }
}

#[test]
fn writer_bio_reads_the_role_in_the_first_sentence() {
    for bio in BIOS {
        assert!(writer_bio(bio), "{bio:?}");
    }
    for other in [
        // a product or a firm: no role
        "Harbor Lamp is a desk lamp that folds flat and fits in a small travel bag.",
        "Harbor Lamp Works has 3 factories and sells its lamps in twelve countries.",
        // the role only in a later sentence
        "Jane Roe is the mayor of Harbor Town. Her critics include a local writer.",
        // one capitalised word: no name
        "Lamps are a writer's best friend on a dark winter evening by the sea.",
        // the role too far from the verb
        "Jane Roe is the owner of a small shop on the pier that sells old lamps and maps to every writer.",
        "Jane Roe said the lamps were bright.",
        "",
        "Jane",
        "Jane Roe is",
        "Jane Roe has 12",
        "Jane Roe is a . writer",
    ] {
        assert!(!writer_bio(other), "{other:?}");
    }
}

#[test]
fn a_lead_that_is_no_bio_stays() {
    for lead in [
        "Harbor Lamp is a desk lamp that folds flat and fits in a small travel bag.",
        "Jane Roe is the mayor of Harbor Town. Her critics include a local writer.",
    ] {
        let text = page_led_by(lead);
        assert_eq!(paragraphs(&text), vec![lead, P1, P2, P3, P4], "{lead:?}");
    }
}

#[test]
fn an_article_alone_keeps_its_bio() {
    let bio = BIOS[0];
    let text = article_led_by(bio);
    assert_eq!(paragraphs(&text), vec![bio, P1, P2, P3, P4]);
}

#[test]
fn disclosures_in_other_words_leave_the_body() {
    for note in [
        "We may be compensated when you click on links to our partners' offers.",
        "We earn commissions from links on our site, which keeps our reviews independent.",
        "Harbor Home earns commissions from some listed shops. Editorial guidelines.",
        "Harbor Home may receive a commission on orders placed through its retail links.",
        "Harbor Home is supported by commissions from the shops listed on our site.",
        // a link after the last sentence: no closing punctuation
        "Harbor Home is reader-supported. When you buy through our links, we may earn an \
         affiliate commission. Learn more",
    ] {
        let text = page_led_by(note);
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{note:?}");
    }
}

#[test]
fn a_disclosure_with_no_sentence_in_it_stays() {
    // (no closing punctuation and no sentence's end inside: it may be a heading's words)
    let note = "This post may contain affiliate links, read about our editorial promise";
    let text = page_led_by(note);
    assert!(
        analyze(&text)
            .sections
            .iter()
            .any(|s| s.heading.is_some_and(|h| h.as_str(&text) == note)
                || s.paragraphs.iter().any(|p| p.span.as_str(&text) == note)),
        "{note:?}"
    );
}

#[test]
fn commission_in_an_article_sentence_stays() {
    // (the new cues name the site's earnings; a commission in the news is no cue)
    let lead = "The harbor commission met on Monday and voted to light the pier at night.";
    let text = page_led_by(lead);
    assert_eq!(paragraphs(&text), vec![lead, P1, P2, P3, P4]);
    assert!(!disclosure(lead, false));
}

/// A web page whose body run opens with `lead` over the page title's headline repeated.
fn page_with_lead_over_headline(lead: &str) -> String {
    format!(
        "Council Votes to Approve the Harbor Bus Plan | Harbor News\n\n{}\n{lead}\n\n\
         Council Votes to Approve the Harbor Bus Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n",
        menu()
    )
}

#[test]
fn lines_above_the_headline_in_the_run_leave_the_body() {
    for lead in [
        "We noticed that you are using an old browser that is no longer supported. Please \
         update it to read this page.",
        "If you have a story about the harbor you would like to share with us, we would love \
         to hear from you.",
    ] {
        let text = page_with_lead_over_headline(lead);
        assert_eq!(
            title(&text),
            Some("Council Votes to Approve the Harbor Bus Plan"),
            "{lead:?}"
        );
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4], "{lead:?}");
    }
}

#[test]
fn an_article_alone_keeps_the_lines_above_its_headline() {
    let lead = "We noticed that you are using an old browser that is no longer supported. Please \
                update it to read this page.";
    let text = format!(
        "{lead}\n\nCouncil Votes to Approve the Harbor Bus Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(paragraphs(&text), vec![lead, P1, P2, P3, P4]);
}
