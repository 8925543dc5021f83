//! Regressions (session 23), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_town_that_is_a_given_name_before_a_family_name_is_a_person() {
    assert_eq!(
        m("Adelaide Kimbrough opened the bakery on a cold morning."),
        "PERSON:Adelaide Kimbrough"
    );
    assert_eq!(
        m("The new stall belongs to Austin Whitlock now."),
        "PERSON:Austin Whitlock"
    );
    // A place in capitals is no given name.
    assert!(!m("The US Dollar fell.").contains("PERSON:US"));
}

#[test]
fn a_participle_opening_the_sentence_is_no_part_of_the_name() {
    assert_eq!(
        m("Quoting Delia Marchetti, the paper said the bridge would close."),
        "PERSON:Delia Marchetti"
    );
    // A body's trade in -ing opens its name.
    assert_eq!(
        m("Shipping Company of Tarvolo said it would hire."),
        "ORG:Shipping Company of Tarvolo"
    );
}

#[test]
fn an_acronym_opening_a_sentence_before_a_lower_case_word_is_the_body() {
    assert_eq!(
        m("The harbour was quiet. TVR reckons its ferries ran late."),
        "ORG:TVR"
    );
    // A word in capitals opening a paragraph is no body.
    assert_eq!(m("THE harbour was quiet."), "");
    assert_eq!(m("THREE ships sank near the pier."), "");
}

#[test]
fn a_name_after_a_company_post_and_of_is_the_company() {
    assert_eq!(
        m("Kelvin Marr, chairman of Redstowe, spoke at the dinner."),
        "PERSON:Kelvin Marr | ORG:Redstowe"
    );
    assert_eq!(m("She is the co-founder of Brightwick."), "ORG:Brightwick");
    // A post that is also held in a place says nothing of the name after it.
    assert!(!m("The town mayor of Orlavik spoke.").contains("ORG"));
}

#[test]
fn the_hague_after_a_lower_case_article_is_the_city() {
    assert_eq!(
        m("The case will be heard in the Hague next spring."),
        "GPE:Hague"
    );
}

#[test]
fn an_acronym_before_and_is_a_body_of_its_own() {
    assert_eq!(
        m("Officials from TVR and Harbour Shipping Ltd met on the quay."),
        "ORG:TVR | ORG:Harbour Shipping Ltd"
    );
    // An "and" inside what a body is "of" stays inside.
    assert_eq!(
        m("The Ministry of Fisheries and Coastal Affairs met."),
        "ORG:Ministry of Fisheries and Coastal Affairs"
    );
}

#[test]
fn a_person_of_a_body_is_the_person_and_the_body() {
    assert_eq!(
        m("Thomas Harrow of Varomax Holdings said the deal was done."),
        "PERSON:Thomas Harrow | ORG:Varomax Holdings"
    );
    assert_eq!(
        m("The talk was given by Dr Anna Berglet of the University of Tolmark."),
        "PERSON:Anna Berglet | ORG:University of Tolmark"
    );
    assert_eq!(m("The Bank of Tolmark rose."), "ORG:Bank of Tolmark");
}

#[test]
fn miss_and_a_country_is_a_pageant() {
    assert_eq!(
        m("She was crowned Miss Kenya at the gala."),
        "ORG:Miss Kenya"
    );
    assert_eq!(
        m("The Miss Teen Kenya show moved to a new hall."),
        "ORG:Miss Teen Kenya"
    );
    assert_eq!(m("Miss Harlowe said she was tired."), "PERSON:Harlowe");
}

#[test]
fn channel_and_a_number_is_a_broadcaster() {
    assert_eq!(
        m("The storm footage was first aired by Channel 9 that night."),
        "ORG:Channel 9"
    );
    assert_eq!(
        m("According to Channel 4 News, the ferry sank."),
        "ORG:Channel 4 News"
    );
}
