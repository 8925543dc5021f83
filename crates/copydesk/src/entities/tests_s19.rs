//! Regressions (session 19), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_body_of_water_of_a_name_is_one_place() {
    assert_eq!(
        m("The ferry crossed the Gulf of Tolan at dawn."),
        "LOC:Gulf of Tolan"
    );
    assert_eq!(
        m("Storms over the Strait of Varen and the Sea of Marun eased."),
        "LOC:Strait of Varen | LOC:Sea of Marun"
    );
    // Also when the name after "of" is a known place.
    assert_eq!(
        m("Trawlers off the Gulf of Guinea saw calm seas."),
        "LOC:Gulf of Guinea"
    );
}

#[test]
fn a_city_of_an_unknown_name_is_the_place() {
    assert_eq!(
        m("The City of Varsel says the water is safe to drink."),
        "GPE:City of Varsel"
    );
}

#[test]
fn a_port_of_a_name_is_a_facility_and_no_entity() {
    assert_eq!(
        m("Cargo left the Port of Elston for the interior on Monday."),
        "DATE:Monday"
    );
}

#[test]
fn chambers_of_parliaments_are_organisations() {
    assert_eq!(
        m("Her letter reached the House of Representatives twice."),
        "ORG:House of Representatives"
    );
    assert_eq!(
        m("The House of Commons voted late."),
        "ORG:House of Commons"
    );
}

#[test]
fn a_person_after_an_article_and_before_no_noun_is_a_thing() {
    assert_eq!(
        m("Workers boarded the Maria Tolan, a ferry built in 1990."),
        "DATE:1990"
    );
    assert_eq!(m("The plan was a gift for the Ana Ruiz."), "");
    // A family name before a noun stays a person.
    assert_eq!(
        m("Critics of the Ruiz government spoke on Monday."),
        "PERSON:Ruiz | DATE:Monday"
    );
}

#[test]
fn unknown_words_after_at_are_a_place() {
    assert_eq!(
        m("The match was played at Tolan Varsk on Sunday."),
        "GPE:Tolan Varsk | DATE:Sunday"
    );
    // Not a possessive: someone's home.
    assert_eq!(
        m("Police searched the house at Varo Kell's farm."),
        "PERSON:Varo Kell"
    );
}

#[test]
fn pm_and_comptroller_are_titles() {
    assert_eq!(
        m("The veteran leader, PM Ana Ruiz, spoke."),
        "PERSON:Ana Ruiz"
    );
    assert_eq!(
        m("The audit was signed by Comptroller Tolan Varo."),
        "PERSON:Tolan Varo"
    );
}

#[test]
fn a_name_in_s_after_said_is_a_person() {
    assert_eq!(
        m("\"We will stay,\" said Vesna Kovics, a teacher."),
        "PERSON:Vesna Kovics"
    );
}

#[test]
fn a_lone_name_opening_a_sentence_and_speaking_is_a_person() {
    assert_eq!(
        m("The ferry left late. Varsk said the sea was rough."),
        "PERSON:Varsk"
    );
    // Not a plural, nor a pronoun.
    assert_eq!(
        m("The ferry left late. Sailors said the sea was rough."),
        ""
    );
    assert_eq!(
        m("The ferry left late. Someone said the sea was rough."),
        ""
    );
}

#[test]
fn a_name_opening_with_al_after_and_keeps_it() {
    // "Al" is a strong connector inside names ("Abdullah Al Tamimi"); after "and" it was skipped
    // as if it joined the two names, and the name after it lost its first word.
    assert_eq!(
        m("The mayor met Ann Ruiz and Al Varnek in the square."),
        "PERSON:Ann Ruiz | PERSON:Al Varnek"
    );
}
