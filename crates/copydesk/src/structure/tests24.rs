//! Session 24's rules, each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs, title};
use super::*;

#[test]
fn a_contents_entry_sharing_the_page_titles_words_is_no_headline() {
    // A table of contents above the body: its last entry shares most of the page title's
    // words, yet it is one entry of a list (lines with no blank line between them). The page
    // title stands as the headline.
    let text = format!(
        "Seven Quiet Harbor Towns for a Spring Walk | Harbor Weekly\n\nHome\n\nTravel\n\n\
         Walks\n\nIn this guide\n\nWhere to stay\nWhat to pack\n\
         Our notes on the quiet harbor towns for a spring walk\n\nShare\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(
        title(&text),
        Some("Seven Quiet Harbor Towns for a Spring Walk")
    );
    // The same line standing alone is the page's headline.
    let text = format!(
        "Seven Quiet Harbor Towns for a Spring Walk | Harbor Weekly\n\nHome\n\nTravel\n\n\
         Walks\n\nQuiet harbor towns for a spring walk\n\nShare\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("Quiet harbor towns for a spring walk"));
    assert_eq!(paragraphs(&text), vec![P1, P2, P3, P4]);
}

#[test]
fn a_contributors_note_in_brackets_or_labelled_is_a_bio() {
    assert!(bio(
        "(Zorvan Pettle is a reporter who has covered the harbor for the weekly since 2011.)"
    ));
    assert!(bio(
        "*Zorvan Pettle, MD, is a doctor at the harbor clinic and writes on tides and health."
    ));
    assert!(bio(
        "About the author: Zorvan Pettle is a photographer based in the hills above the bay."
    ));
    // (not a name: a sentence of the story in brackets)
    assert!(!bio("(The vote is a mistake, the council said.)"));
}

#[test]
fn a_first_name_alone_over_a_persons_note_is_a_bio() {
    assert!(bio(
        "Zorvan is a reporter who has covered the harbor for the weekly. He lives by the bay."
    ));
    assert!(bio(
        "Marel is the keeper of a small harbor newsletter. She writes it each week from a boat."
    ));
    // A product or a firm named by one word: no person spoken of after it.
    assert!(!bio(
        "Tidewell is a handy tool for the harbor crews. It keeps the tide tables in one place."
    ));
    assert!(!bio(
        "Zorvan is a reporter who has covered the harbor for the weekly."
    ));
}
