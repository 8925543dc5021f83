//! Regressions (session 27, entities helper), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn posts_and_documents_in_capitals_are_no_bodies() {
    let got = m(
        "The OC of the station said the CM and the MLA would visit. \
         The SP added that the FTA and the EVM were on the table. The VAR ruled it out.",
    );
    for acr in ["OC", "CM", "MLA", "SP", "FTA", "EVM", "VAR"] {
        assert!(!got.contains(&format!(":{acr}")), "{acr} in {got}");
    }
    // A body's acronym of the same shape stays a body.
    let got = m("Officials of the KLMA said the plan was ready.");
    assert!(got.contains("ORG:KLMA"), "{got}");
}

#[test]
fn an_acronym_after_a_post_names_the_post() {
    let got = m(
        "The Harbour Safety Officer (HSO) said the pier was closed. \
         The HSO added that it would open soon.",
    );
    assert!(!got.contains(":HSO"), "{got}");
    // After a body's name it is the body.
    let got = m(
        "The Harbour Safety Authority (HSA) said the pier was closed. \
         The HSA added that it would open soon.",
    );
    assert!(got.contains("ORG:HSA"), "{got}");
}

#[test]
fn a_persons_initials_in_brackets_are_the_person() {
    let got = m("President Arvo Tamm Kask (ATK) met the press. \
         Later ATK said the plan was good.");
    assert!(got.contains("PERSON:ATK"), "{got}");
    // Capitals that are not the initials stay apart from the person.
    let got = m("President Arvo Tamm Kask (KLMA) met the press. \
         Later KLMA said the plan was good.");
    assert!(!got.contains("PERSON:KLMA"), "{got}");
}

#[test]
fn a_town_that_is_a_given_name_opens_a_persons_name_before_an_appositive() {
    let got = m("Austin Ekeh, a trader in the market, said prices rose.");
    assert!(got.contains("PERSON:Austin Ekeh"), "{got}");
    let got = m("Prices rose, according to Sydney Osei, 34, who sells fish.");
    assert!(got.contains("PERSON:Sydney Osei"), "{got}");
    // Not before a clause about a thing.
    let got = m("He wrote for magazines like Paris Varel, which is sold weekly.");
    assert!(!got.contains("PERSON:Paris Varel"), "{got}");
}

#[test]
fn a_seat_in_a_house_is_a_post() {
    let got = m("Ruth Okal won the vote and now sits as Member of Parliament for Leeds.");
    assert!(!got.contains("ORG:"), "{got}");
    assert!(got.contains("GPE:Leeds"), "{got}");
    // The house named in full after "Member of" is still a body.
    let got = m("She became a Member of the Tolan Regional Assembly last year.");
    assert!(got.contains("ORG:Tolan Regional Assembly"), "{got}");
}

#[test]
fn a_name_filling_a_quotation_with_its_comma_is_a_title() {
    let got = m("The band played “Velmo Garat,” a song about the sea.");
    assert!(!got.contains("PERSON:Velmo Garat"), "{got}");
    // A speaker named after the quotation is still a person.
    let got = m("“We are ready,” Tomas Varik said.");
    assert!(got.contains("PERSON:Tomas Varik"), "{got}");
}

#[test]
fn an_acronym_opening_a_sentence_with_a_possessive_is_a_body() {
    let got = m("Workers met on Monday. KLMA’s new plant opened last week.");
    assert!(got.contains("ORG:KLMA"), "{got}");
    // A common acronym is not.
    let got = m("Workers met on Monday. GDP’s growth slowed last year.");
    assert!(!got.contains("ORG:GDP"), "{got}");
}

#[test]
fn an_appositive_with_a_participle_after_an_organisation_noun() {
    let got = m("The trip is run with Velmar North, an organisation supporting farmers.");
    assert!(got.contains("ORG:Velmar North"), "{got}");
    let got = m("The trip is run with Velmar North, a farmer supporting the plan.");
    assert!(!got.contains("ORG:Velmar North"), "{got}");
}

#[test]
fn a_facility_named_after_a_place_is_none_of_the_labels() {
    let got = m(
        "Ships unloaded at the Tolan Inland Port and the Varo Nuclear Power Plant \
         shut down; the Tolan Museum stayed open.",
    );
    assert!(!got.contains("ORG:"), "{got}");
    assert!(!got.contains("Tolan"), "{got}");
    // A body whose name ends in a body's head stays one.
    let got = m("The Tolan Port Authority said ships would wait.");
    assert!(got.contains("ORG:Tolan Port Authority"), "{got}");
}
