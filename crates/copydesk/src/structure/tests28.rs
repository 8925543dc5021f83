//! Session 28's rules (structure): a scraped page's body run that opens with its own headline
//! gives the title (`opens_with_headline`), not the page's `<title>` on the first line.

use super::test_text::{P1, P2, P3, P4, paragraphs, title};

/// A scraped page: its `<title>` line, a site menu, then `head` over the article's text.
fn page(head: &str) -> String {
    format!(
        "Harbor Lamps for Small Rooms | The Lantern Review\n\nHome\nReviews\nGuides\nDeals\n\
         About\nContact\nNewsletter\nShop\n\n{head}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    )
}

#[test]
fn a_body_run_opening_with_its_headline_gives_the_title() {
    let head = "Which Harbor Lamp Should You Buy for a Small Reading Room?";
    let text = page(head);
    assert_eq!(title(&text), Some(head));
    let got = paragraphs(&text);
    assert!(!got.contains(&head), "{got:?}");
    assert_eq!(got.first().copied(), Some(P1), "{got:?}");
    // not in Title Case, but no sentence: a headline too
    let head = "Tomas Varik tested nine reading lamps for small harbor rooms";
    assert_eq!(title(&page(head)), Some(head));
}

#[test]
fn a_line_sharing_no_word_with_the_page_title_is_no_headline() {
    // an advertisement's question over the run: the page title stays the title
    let text = page("Tired of Dark Winter Evenings and Cold Kitchen Floors?");
    assert_eq!(title(&text), Some("Harbor Lamps for Small Rooms"));
    // a first sentence ending in a point is body text
    let text = page("Small rooms need lamps that light a chair without glare.");
    assert_eq!(title(&text), Some("Harbor Lamps for Small Rooms"));
}

#[test]
fn a_line_just_under_the_headline_is_its_standfirst_not_the_title() {
    // an article alone: its headline, then a standfirst opening the run
    let text = format!(
        "Halden Works Opens Harbor Lamp Factory\n\nThe harbor lamp factory will employ \
         ninety people from the town\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    assert_eq!(title(&text), Some("Halden Works Opens Harbor Lamp Factory"));
}
