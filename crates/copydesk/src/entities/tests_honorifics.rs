//! Regressions (session 10): "Mr." or "Ms." before a surname-only mention joins the full name
//! of that sex when two people share the surname (it joined the nearest full name before:
//! "Mr. Trump" became Ivana Trump, and Donald Trump's quotes hers); and the honorific is read
//! safely after a character wider than a byte (a first version panicked after "” ").

use super::honorific_sex;
use crate::{Label, Parser};

/// Each person's name with the text of its mentions, two characters of context before each.
fn people(text: &str) -> Vec<(String, Vec<String>)> {
    let article = Parser::global().parse(text);
    article.validate().expect("record invariants hold");
    article
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| {
            let mentions = e
                .mentions
                .iter()
                .map(|m| {
                    let start = article.text[..m.start]
                        .char_indices()
                        .rev()
                        .nth(3)
                        .map_or(0, |(k, _)| k);
                    article.text[start..m.end].to_string()
                })
                .collect();
            (e.name.clone(), mentions)
        })
        .collect()
}

#[test]
fn honorific_picks_the_full_name_of_its_sex() {
    let text = "Tower Deal Draws Scrutiny\n\nDonald Harlan met investors on Monday.\n\n\
                His sister, Margaret Harlan, said in 1990 that the deal was risky.\n\n\
                Mr. Harlan said the tower would open next year.\n\n\
                Ms. Harlan declined to comment.\n";
    let got = people(text);
    let donald = got
        .iter()
        .find(|(n, _)| n == "Donald Harlan")
        .expect("Donald");
    let margaret = got
        .iter()
        .find(|(n, _)| n == "Margaret Harlan")
        .expect("Margaret");
    assert!(
        donald.1.iter().any(|m| m.ends_with("Mr. Harlan")),
        "{got:?}"
    );
    assert!(
        !margaret.1.iter().any(|m| m.ends_with("Mr. Harlan")),
        "{got:?}"
    );
    assert!(
        margaret.1.iter().any(|m| m.ends_with("Ms. Harlan")),
        "{got:?}"
    );
}

#[test]
fn honorific_after_a_wide_character_is_read_safely() {
    // the word before the honorific ends in a curly quote: no panic, and no honorific
    let text = "Ferry “Saved” Harlan";
    let at = text.find("Harlan").unwrap();
    assert_eq!(honorific_sex(text, at), None);
    let text = "He said “yes” Mr. Harlan";
    assert_eq!(
        honorific_sex(text, text.find("Harlan").unwrap()),
        Some(b'm')
    );
    let text = "’ Ms. Harlan";
    assert_eq!(
        honorific_sex(text, text.find("Harlan").unwrap()),
        Some(b'f')
    );
    assert_eq!(honorific_sex("Harlan", 0), None);
    // and the whole parser over such a text
    let got = people("A Headline\n\nDonald Harlan spoke. She said “no” Harlan was wrong.\n");
    assert!(got.iter().any(|(n, _)| n == "Donald Harlan"), "{got:?}");
}
