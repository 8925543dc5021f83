//! Session 25's rules (structure), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs};

/// A site menu: `n` lines of section names.
fn menu(n: usize) -> String {
    const ITEMS: [&str; 5] = ["Home", "Lanterns", "Orchards", "Weather", "Shop"];
    (0..n)
        .map(|i| ITEMS[i % ITEMS.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

const INTRO: &str = "Keeping an old pear tree healthy takes less work than most gardeners fear, \
                     and the rewards arrive every autumn without fail.";
const SECTIONS: [(&str, &str); 5] = [
    (
        "Choosing The Right Shears",
        "Sharp bypass shears make clean cuts that close quickly, while dull blades crush the \
         bark and invite rot into the wood.",
    ),
    (
        "When To Cut Back",
        "Late winter is the usual moment, when the buds are still closed and each branch \
         shows clearly against the sky.",
    ),
    (
        "Feeding The Roots",
        "A thin layer of compost in spring suffices for most trees, and too much nitrogen only \
         grows leaves instead of pears.",
    ),
    (
        "Watching For Pests",
        "Look under the leaves each week in summer, because the small insects gather there long \
         before the damage shows on the fruit.",
    ),
    (
        "Picking The Crop",
        "Pears ripen best off the branch, so pick them while still firm and leave them in a cool \
         room for some days before eating.",
    ),
];

#[test]
fn a_table_of_contents_under_the_introduction_does_not_cut_it_off() {
    let nav = menu(12);
    let entries: Vec<&str> = SECTIONS.iter().map(|&(h, _)| h).collect();
    let entries = entries.join("\n");
    let body: Vec<String> = SECTIONS
        .iter()
        .map(|&(h, p)| format!("{h}\n\n{p}"))
        .collect();
    let body = body.join("\n\n");
    let text = format!(
        "How To Care For A Pear Tree\n\n{nav}\n\n{INTRO}\n\nContents\n{entries}\n\n{body}\n\n\
         {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    );
    let got = paragraphs(&text);
    // The introduction stays, the entries go.
    assert_eq!(got.first(), Some(&INTRO), "{got:?}");
    assert_eq!(got.len(), 1 + SECTIONS.len() + 4, "{got:?}");
    let layout = super::analyze(&text);
    let headings: Vec<&str> = layout
        .sections
        .iter()
        .filter_map(|s| s.heading.map(|h| h.as_str(&text)))
        .collect();
    assert_eq!(headings, SECTIONS.map(|(h, _)| h), "{got:?}");
    // Headings said again over later sections ("Pros" under each product) are no table of
    // contents: its entries stand one under the other.
    let twice = format!(
        "How To Care For A Pear Tree\n\n{nav}\n\n{INTRO}\n\nSowing\n\n{P1}\n\nPruning\n\n{P2}\n\n\
         Storing\n\n{P3}\n\nSowing\n\n{P4}\n\nPruning\n\n{INTRO}\n\nStoring\n\n{P1}\n"
    );
    let layout = super::analyze(&twice);
    assert_eq!(
        layout
            .sections
            .iter()
            .filter(|s| s.heading.is_some())
            .count(),
        6
    );
}

/// A long paragraph of running text about the lantern fair, the `n`th.
fn long(n: usize) -> String {
    format!(
        "On evening {n} of the lantern fair in Brackwater, the stall keepers lit their \
         paper lamps one by one along the quay, and the children who had waited since noon \
         ran between the tables counting the colours, while the older visitors stood by the \
         water and talked about the fairs of earlier years."
    )
}

#[test]
fn a_link_list_after_the_first_long_paragraphs_does_not_cut_them_off() {
    let nav = menu(12);
    let after: Vec<String> = (3..12).map(long).collect();
    let after = after.join("\n\n");
    let text = format!(
        "Lanterns Over The Quay\n\n{nav}\n\n{}\n\n{}\n\nRelated\n\nPaper lamp basics\n\n\
         {after}\n",
        long(1),
        long(2)
    );
    let got = paragraphs(&text);
    assert_eq!(got.first().copied(), Some(long(1).as_str()), "{got:?}");
    assert_eq!(got.len(), 2 + 9, "{got:?}");
    // Short teasers before the trailer are a sidebar: the article starts after it.
    let teasers = "The mayor opened the fair.\n\nThe band played late.\n\nThe rain held off.";
    let text = format!("Lanterns Over The Quay\n\n{nav}\n\n{teasers}\n\nRelated\n\n{after}\n");
    let got = paragraphs(&text);
    assert_eq!(got.first().copied(), Some(long(3).as_str()), "{got:?}");
}

/// Before-stop read (session 25): the table of headings was indexed by the hash's low bits,
/// which follow the text's last bytes; thousands of headings that differ only in a number at
/// their end ("Chapter 101", "Chapter 102") crowded into runs of neighbouring slots, and the
/// probes grew quadratic (2.4 MB of such headings: 208 M instructions in this one function).
/// The slot now comes from the hash's top bits: the longest run of filled slots stays short.
#[test]
fn heading_slots_do_not_crowd() {
    use std::hash::Hasher;
    let slots = 8192;
    let mut filled = vec![false; slots];
    for n in 0..4096 {
        let mut h = crate::fxhash::FxHasher::default();
        h.write(format!("The Harbour Question Number {n}").as_bytes());
        let mut k = super::toc_slot(h.finish(), slots);
        while filled[k] {
            k = (k + 1) % slots;
        }
        filled[k] = true;
    }
    let mut longest = 0;
    let mut run = 0;
    for f in filled.iter().chain(filled.iter()) {
        run = if *f { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    assert!(longest < 40, "a run of {longest} filled slots");
    // and a text with them all as headings over a sentence keeps every heading
    let mut text = String::new();
    for n in 0..400 {
        text.push_str("Chapter Number ");
        text.push_str(&n.to_string());
        text.push_str("\n\nThe tide came in early that day and stayed.\n\n");
    }
    let a = crate::parse_article(&text);
    assert!(a.sections.len() >= 399, "{} sections", a.sections.len());
}
