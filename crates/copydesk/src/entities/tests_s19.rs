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
        m("Fishermen in the Gulf of Guinea reported calm seas."),
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
        m("The bill went to the House of Representatives last week."),
        "ORG:House of Representatives"
    );
    assert_eq!(
        m("She raised the matter in the House of Commons."),
        "ORG:House of Commons"
    );
}
