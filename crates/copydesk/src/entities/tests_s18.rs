//! Regressions (session 18), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_place_a_comma_and_its_country_are_one_place() {
    assert_eq!(
        m("The mill near Tolan, Peru closed in the spring."),
        "GPE:Tolan, Peru"
    );
    assert_eq!(
        m("She grew up in Nairobi, Kenya, and later moved away."),
        "GPE:Nairobi, Kenya"
    );
    // A division by its word, or a province the lists know after a place they do not.
    assert_eq!(
        m("The ferry sailed from Dunmore, Varen Province at dawn."),
        "GPE:Dunmore, Varen Province"
    );
    assert_eq!(
        m("The plant near Tolan, Alberta shut in March."),
        "GPE:Tolan, Alberta | DATE:March"
    );
    // Lists of places stay apart, and so do two countries and a possessive after the country.
    assert_eq!(
        m("Ships came from Tolan, Peru and Chile."),
        "GPE:Tolan | GPE:Peru | GPE:Chile"
    );
    assert_eq!(
        m("Exports went to Kenya, Ghana, Peru and Chile."),
        "GPE:Kenya | GPE:Ghana | GPE:Peru | GPE:Chile"
    );
    assert_eq!(
        m("The rally in Lima, Peru's capital, was calm."),
        "GPE:Lima | GPE:Peru"
    );
}

#[test]
fn regional_blocs_are_organisations() {
    assert_eq!(
        m("The ministers said Mercosur members would meet in the spring."),
        "ORG:Mercosur"
    );
    assert_eq!(
        m("Envoys of the Andean Community and the Pacific Alliance arrived."),
        "ORG:Andean Community | ORG:Pacific Alliance"
    );
}
