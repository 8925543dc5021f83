//! Session 27's rules (structure): an article alone keeps its closing list (`clean_tail`), and
//! the tightened run keeps a head of real prose (`tighten`).

use super::test_text::{P1, P2, P3, P4, paragraphs};

/// A long paragraph of running text about the rowing regatta, the `n`th.
fn long(n: usize) -> String {
    format!(
        "On day {n} of the rowing regatta at Orlen Lake, the crews carried their boats down \
         the wooden ramp before sunrise, and the coaches who had slept in the boathouse walked \
         along the shore with their notebooks, while the families gathered on the hill and \
         argued about the weather and the times of the year before."
    )
}

/// The closing list of results of an article alone.
const RESULTS: &str = "Final standings\n\n1. Tomas Varik (Halden Works) 7min 12sec\n\n\
                       2. Ilse Moran (Brackwater) 7min 15sec\n\n3. Petra Sollen (Orlen) 7min 19sec\n\n\
                       4. Aron Kessel (Halden Works) 7min 24sec\n\n5. Dita Varga (Marrow Bay) 7min 31sec";

fn article(tail: &str) -> String {
    format!("Varik Wins The Orlen Sculls\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{tail}\n")
}

#[test]
fn an_article_alone_keeps_its_closing_list() {
    let text = article(RESULTS);
    let got = paragraphs(&text);
    assert_eq!(
        got.last().copied(),
        Some("5. Dita Varga (Marrow Bay) 7min 31sec"),
        "{got:?}"
    );
    assert!(got.contains(&"Final standings"), "{got:?}");
    // a source line above the article is no page furniture
    let text = format!(
        "https://example.invalid/orlen-sculls\n\n{}",
        article(RESULTS)
    );
    let got = paragraphs(&text);
    assert_eq!(got.len(), 4 + 6, "{got:?}");
}

#[test]
fn a_menu_a_notice_or_a_site_menu_above_still_ends_the_article() {
    // a menu after the article
    let text = article("About Us\n\nCareers\n\nContact\n\nAdvertise With Us");
    let got = paragraphs(&text);
    assert_eq!(got.last().copied(), Some(P4), "{got:?}");
    // a notice among the closing lines
    let tail = format!("{RESULTS}\n\n© 2026 Orlen Lake Rowing Club. All rights reserved.");
    let text = article(&tail);
    let got = paragraphs(&text);
    assert_eq!(got.last().copied(), Some(P4), "{got:?}");
    // a page: a site menu above the article
    let nav =
        "News\nSport\nWeather\nLocal\nPodcasts\nEvents\nJobs\nShop\nPuzzles\nArchive\nTravel\nFood";
    let text = format!("{nav}\n\n{}", article(RESULTS));
    let got = paragraphs(&text);
    assert_eq!(got.last().copied(), Some(P4), "{got:?}");
    // two lines after the article are not enough to tell a list
    let text = article("Reported from the lake\n\nMore from the regatta soon");
    let got = paragraphs(&text);
    assert_eq!(got.last().copied(), Some(P4), "{got:?}");
}

/// Twelve teaser-like lines, each a capitalised title.
const TEASERS: &str = "Crews Of The North Shore\n\nBoats Built In Halden\n\nThe Ramp At Dawn\n\n\
                       Coaches And Their Notebooks\n\nWeather Over The Lake\n\nTimes Of Old Regattas\n\n\
                       Families On The Hill\n\nOars Made Of Ash\n\nThe Boathouse Kitchen\n\n\
                       Lights On The Jetty\n\nFlags Of The Clubs\n\nThe Last Race";

fn with_head(head: &str) -> String {
    let after: Vec<String> = (3..12).map(long).collect();
    format!(
        "Rowing At Orlen Lake\n\n{head}\n\n{TEASERS}\n\n{}\n",
        after.join("\n\n")
    )
}

#[test]
fn two_long_paragraphs_before_a_list_keep_the_start() {
    let text = with_head(&format!("{}\n\n{}", long(1), long(2)));
    let got = paragraphs(&text);
    assert_eq!(got.first().copied(), Some(long(1).as_str()), "{got:?}");
    assert_eq!(got.last().copied(), Some(long(11).as_str()), "{got:?}");
}

#[test]
fn one_long_paragraph_before_a_list_is_still_cut_off() {
    let text = with_head(&long(1));
    let got = paragraphs(&text);
    assert_eq!(got.first().copied(), Some(long(3).as_str()), "{got:?}");
    // nor two short sentences
    let text = with_head(&format!("{P1}\n\n{P2}"));
    let got = paragraphs(&text);
    assert_eq!(got.first().copied(), Some(long(3).as_str()), "{got:?}");
}
