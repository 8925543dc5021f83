//! Session 23's rules (author boxes named in the byline), each with the case it was made for.

use super::furniture;
use super::test_text::{P1, P2, P3, P4, paragraphs};
use super::*;

const P5: &str =
    "Work on the first line is to start next year, once the last of the land has been bought.";
const P6: &str =
    "The plan also pays for wider pavements, new lights and a park along the river's north bank.";

#[test]
fn a_box_named_in_the_byline_after_the_article_ends_it() {
    // "Zorvan" is no known first name: the byline above the article names the box.
    assert_eq!(crate::gender::sex_of("Zorvan"), None);
    for (by, bio) in [
        (
            "Written By Zorvan Pettle",
            "Zorvan Pettle is a reporter who has covered the harbor and the council since 2011.",
        ),
        (
            "Posted on May 2, 2025 by Zorvan Pettle",
            "Zorvan has covered the harbor and the council for the paper since the flood of 2011.",
        ),
        (
            "Author: Zorvan Pettle",
            "Zorvan Pettle’s reporting on the harbor won a regional prize for local news in 2019.",
        ),
    ] {
        let text = format!(
            "Council Approves Plan\n\n{by}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
             Zorvan Pettle\n\n{bio}\n\n\
             He lives by the water with two dogs and a cat, and he swims in the bay each day.\n"
        );
        assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6], "{by}");
    }
}

#[test]
fn a_name_over_a_paragraph_not_named_in_a_byline_stays() {
    // The name stands above, but in the article's text, not after "by": an entry of the
    // article (a person it is about), which stays.
    let entry = "Zorvan Pettle is a ferry captain who has crossed the bay twice a day for years.";
    let text = format!(
        "Council Approves Plan\n\nBy Ann Roe\n\n\
         Among those at the meeting was Zorvan Pettle, who spoke for the crews.\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\nZorvan Pettle\n\n{entry}\n"
    );
    assert!(paragraphs(&text).contains(&entry));
    let before = |s: &str, name: &str| named_before(s, s.len(), name);
    assert!(!before("x\nthe crews' Zorvan Pettle", "Zorvan Pettle"));
    assert!(!before("by Zorvan Pettleford", "Zorvan Pettle"));
    assert!(before("BY ZORVAN PETTLE", "ZORVAN PETTLE"));
    assert!(before("Posted by Zorvan Pettle", "Zorvan Pettle"));
}

#[test]
fn a_related_articles_heading_with_more_words_is_a_trailer() {
    for s in [
        "Related Articles from the Harbor Blog:",
        "Related posts you may like",
        "Related stories on the ferry",
    ] {
        let t = furniture::trailer(s).expect(s);
        assert_eq!(t.kind, BoilerplateKind::Related, "{s}");
    }
    // A heading on something related is none.
    assert!(furniture::trailer("Related costs of the new ferry").is_none());
    let text = format!(
        "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n\
         Related articles from the harbor desk\n\n\
         Ferry fares rise again after ten quiet years, the operator says\n\n\
         Millbrook's library opens a reading room by the river for older readers\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5]);
}

#[test]
fn a_posts_labels_are_furniture() {
    for s in [
        "Tags: harbor, ferries, council",
        "TAGGED: Millbrook, buses",
        "Filed in: local news, transport",
        "Filed Under: Harbor",
        "Categories: News, Parks",
    ] {
        assert_eq!(furniture::line_kind(s), Some(BoilerplateKind::Other), "{s}");
    }
    // A sentence opening with such a word is none.
    assert_eq!(
        furniture::line_kind("Tags were put on every boat in the harbor last week."),
        None
    );
}

#[test]
fn the_bylines_name_over_a_bio_at_the_bodys_end_is_dropped() {
    let bio = "Led by a love of the sea, our harbor reporter has covered the council since 2011.";
    let text = format!(
        "Council Approves Plan\n\nBy Zorvan Pettle\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\n\
         Zorvan Pettle\n\n{bio}\n"
    );
    let a = analyze(&text);
    assert_eq!(a.authors, vec!["Zorvan Pettle".to_string()]);
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4, P5, P6]);
    // The name as a heading with the article's prose after it stays.
    let text = format!(
        "Council Approves Plan\n\nBy Zorvan Pettle\n\n{P1}\n\n{P2}\n\nZorvan Pettle\n\n{bio}\n\n\
         {P3}\n\n{P4}\n\n{P5}\n\n{P6}\n"
    );
    assert!(paragraphs(&text).contains(&bio));
}
