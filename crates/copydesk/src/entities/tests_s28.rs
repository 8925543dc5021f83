//! Regressions (session 28, entities helper), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn new_first_all_and_counts_open_a_bodys_name() {
    let got = m("Lenders turn to the New Varo Development Bank for loans. \
         She signed a deal with First Tolan Bank. He worked at All Halden Radio for years.");
    for org in [
        "New Varo Development Bank",
        "First Tolan Bank",
        "All Halden Radio",
    ] {
        assert!(got.contains(&format!("ORG:{org}")), "{org} in {got}");
    }
    let got = m("The pupils joined the Three Rivers Learning Group in May.");
    assert!(got.contains("ORG:Three Rivers Learning Group"), "{got}");
}

#[test]
fn a_count_opening_a_sentence_stays_outside_the_body() {
    let got = m("Three Tolan Bank managers resigned on Monday.");
    assert!(!got.contains("Three Tolan"), "{got}");
    // Nor does the word join a run that ends in no body's head.
    let got = m("Officials said the New Varo Plaza would open.");
    assert!(!got.contains("New Varo Plaza"), "{got}");
}

#[test]
fn two_bodies_joined_by_and_after_an_of_phrase_are_two() {
    let got = m("Students of the Halden University of Arts and Crafts and \
         Halden National Polytechnic marched.");
    assert!(
        got.contains("ORG:Halden University of Arts and Crafts"),
        "{got}"
    );
    assert!(got.contains("ORG:Halden National Polytechnic"), "{got}");
    let got = m("Members of the Tolan Jatiya Dal and Varo Democratic Party walked out.");
    assert!(got.contains("ORG:Tolan Jatiya Dal"), "{got}");
    assert!(got.contains("ORG:Varo Democratic Party"), "{got}");
}

#[test]
fn an_and_inside_a_bodys_field_stays_in_the_name() {
    let got = m(
        "The Tolan Ministry of Environment and Renewable Energy said so. \
         The Varo Department of Water and Public Services agreed.",
    );
    assert!(
        got.contains("ORG:Tolan Ministry of Environment and Renewable Energy"),
        "{got}"
    );
    assert!(
        got.contains("ORG:Varo Department of Water and Public Services"),
        "{got}"
    );
}

#[test]
fn an_unlisted_name_before_of_the_body_is_a_person() {
    let got =
        m("Officials were told. Bhavrik Tamhane of the Tolan Janata Dal said the plan failed.");
    assert!(got.contains("PERSON:Bhavrik Tamhane"), "{got}");
    assert!(got.contains("ORG:Tolan Janata Dal"), "{got}");
}

#[test]
fn a_post_before_of_the_body_is_no_person() {
    let got = m("The work was led by the Principal Investigator of the Varo Coastal Institute.");
    assert!(!got.contains("PERSON:"), "{got}");
    // Nor are words the article also writes in lower case.
    let got = m(
        "The review was done by Field Operations of the Varo Coastal Institute, \
         whose field operations grew.",
    );
    assert!(!got.contains("PERSON:"), "{got}");
}

#[test]
fn brackets_after_the_names_of_a_roster_are_bodies() {
    let got = m(
        "The coach named his defenders: Tomas Varik (Halden Rovers), Arvo Kask (Kelmora) \
         and Ivo Lemmik (Halden Rovers).",
    );
    assert!(got.contains("ORG:Halden Rovers"), "{got}");
    assert!(got.contains("ORG:Kelmora"), "{got}");
    assert!(got.contains("PERSON:Tomas Varik"), "{got}");
}

#[test]
fn a_lone_bracket_or_a_persons_other_name_stays_as_it_was() {
    // One pair is no roster.
    let got = m("The coach said Tomas Varik (Kelmora) was fit.");
    assert!(!got.contains("ORG:Kelmora"), "{got}");
    // Another name of the person, after an honorific, is no body.
    let got = m(
        "The elders named were Kofi Arhin Mensah (Nana Esi Kobina), \
         Kweku Tamba Yeboah (Nana Osei Kuma) and others.",
    );
    assert!(!got.contains("ORG:"), "{got}");
}
