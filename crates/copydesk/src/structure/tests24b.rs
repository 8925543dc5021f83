//! Session 24's second set of rules (structure), each with the case it was made for.

use super::test_text::{P1, P2, P3, P4, paragraphs};

/// A site menu: `n` lines of section names.
fn menu(n: usize) -> String {
    const ITEMS: [&str; 5] = ["Home", "Harbor", "Ferries", "Markets", "Tides"];
    (0..n)
        .map(|i| ITEMS[i % ITEMS.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_paragraph_repeated_word_for_word_on_a_web_page_is_kept_once() {
    let nav = menu(32);
    let call = "Each ferry ticket costs four dollars and covers a return trip that day.";
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{call}\n\n{P2}\n\n{P3}\n\n{call}\n\n{P4}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, call, P2, P3, P4]);
    // A short line said twice ("Read on." under two parts) is asked nothing.
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{P1}\n\nRead on below.\n\n{P2}\n\n{P3}\n\n\
         Read on below.\n\n{P4}\n"
    );
    assert_eq!(
        paragraphs(&text),
        vec![P1, "Read on below.", P2, P3, "Read on below.", P4]
    );
    // A story alone (no page around it) may tell a fact again under each update.
    let text =
        format!("Council Approves Plan\n\n{P1}\n\n{call}\n\n{P2}\n\n{P3}\n\n{call}\n\n{P4}\n");
    assert_eq!(paragraphs(&text), vec![P1, call, P2, P3, call, P4]);
}

/// Regression (before-stop read): paragraphs of one length are told apart by their text, not
/// each compared with every earlier one (quadratic on a page of many such paragraphs). Copies
/// of different paragraphs of one length, interleaved, each keep their first place.
#[test]
fn copies_among_paragraphs_of_one_length_keep_their_first_places() {
    let nav = menu(32);
    let a = "The ferry to the north pier leaves at nine and comes back at noon today.";
    let b = "The ferry to the east quay leaves at ten and comes back at one today ok.";
    assert_eq!(a.len(), b.len());
    let text = format!(
        "{nav}\n\nCouncil Approves Plan\n\n{P1}\n\n{b}\n\n{a}\n\n{P2}\n\n{a}\n\n{P3}\n\n{b}\n\n{P4}\n"
    );
    assert_eq!(paragraphs(&text), vec![P1, b, a, P2, P3, P4]);
}
