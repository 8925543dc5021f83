//! Regressions (session 21), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_lone_name_before_a_present_tense_verb_of_saying_is_a_person() {
    assert_eq!(
        m("In the third letter, Quelmar writes that the roads were shut."),
        "PERSON:Quelmar"
    );
    assert_eq!(
        m("Years later, Dravotin recalls how the mill closed."),
        "PERSON:Dravotin"
    );
    assert_eq!(
        m("On the phone, Ostrevy tells him the boat left."),
        "PERSON:Ostrevy"
    );
}

#[test]
fn a_title_of_the_body_then_a_name_is_the_body_and_a_person() {
    assert_eq!(
        m("A letter came from the President of the Harbor Trade Forum Tavel Orrin on Friday."),
        "ORG:Harbor Trade Forum | PERSON:Tavel Orrin | DATE:Friday"
    );
}

#[test]
fn a_field_goes_on_past_its_and_before_the_holders_name() {
    assert_eq!(
        m("The Minister of Fisheries and Coastal Resources Tavel Orrin met them."),
        "PERSON:Tavel Orrin"
    );
    assert_eq!(
        m("The Minister of Trade and Industry Ana Lim Kar-wai met them."),
        "PERSON:Ana Lim Kar-wai"
    );
}

#[test]
fn his_excellency_in_capitals_is_no_part_of_the_name() {
    assert_eq!(
        m("The talks were led by H E Tavel Orrin, the envoy."),
        "PERSON:Tavel Orrin"
    );
    assert_eq!(
        m("Guests thanked HE Jean-Luc Tamard for the visit."),
        "PERSON:Jean-Luc Tamard"
    );
}

#[test]
fn a_name_particle_that_names_a_place_opens_a_family_name() {
    assert_eq!(
        m("Later Van Dorsten climbed back to win the stage."),
        "PERSON:Van Dorsten"
    );
    // The place alone, or with a place head, stays a place.
    assert_eq!(m("He has lived in Van since May."), "GPE:Van | DATE:May");
}

#[test]
fn a_prize_category_in_title_case_names_no_one() {
    assert_eq!(
        m("The picture took Best Screenplay and Best Original Score on Sunday."),
        "DATE:Sunday"
    );
    // A family name "Best" after a first name is still a person.
    assert_eq!(
        m("Later George Best joined the club."),
        "PERSON:George Best"
    );
}

#[test]
fn a_place_that_is_a_given_name_with_a_title_or_a_verb_of_saying_is_a_person() {
    assert_eq!(
        m("Telecom chief Dr Stanley Varotin opened the line."),
        "PERSON:Stanley Varotin"
    );
    assert_eq!(
        m("Later Sofia Tammik said it was over."),
        "PERSON:Sofia Tammik"
    );
    // A company named after a place keeps its type.
    assert_eq!(
        m("Shares of Movistar Venezuela said nothing."),
        "ORG:Movistar Venezuela"
    );
}
