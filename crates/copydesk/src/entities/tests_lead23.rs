//! Regressions (session 23, lead): a town's name that is the surname of a person the article
//! names in full is that person where nothing marks it a place. Texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_town_that_is_a_named_persons_surname_is_the_person() {
    assert_eq!(
        m("Dana Bolton runs the ferry board. Bolton said the fares would fall."),
        "PERSON:Dana Bolton | PERSON:Bolton"
    );
    assert_eq!(
        m("Coach Rhys Austin was tired. “We gave everything,” Austin said."),
        "PERSON:Rhys Austin | PERSON:Austin"
    );
}

#[test]
fn the_town_stays_a_place_where_the_text_makes_it_one() {
    // after a place preposition, before a region, after "of" or a possessive
    assert_eq!(
        m("Dana Bolton grew up in Bolton."),
        "PERSON:Dana Bolton | GPE:Bolton"
    );
    assert_eq!(
        m("Dana Bolton toured Bolton, England, last week."),
        "PERSON:Dana Bolton | GPE:Bolton | GPE:England"
    );
    assert_eq!(
        m("Dana Bolton spoke of her Bolton years."),
        "PERSON:Dana Bolton | GPE:Bolton"
    );
}

#[test]
fn a_curly_quotation_mark_before_the_town_is_read_as_a_character() {
    // the word before is found by characters: a byte past "“" panicked
    assert_eq!(
        m("Dana Bolton wrote the memo. Its last line, “Bolton said it best,” drew a laugh."),
        "PERSON:Dana Bolton | PERSON:Bolton"
    );
}
