//! Regressions (session 28, lead): places' names with Romance particles and protected areas'
//! designators, over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_particle_and_its_article_stay_inside_a_places_name() {
    let got = m("The bus left San Mateo de las Lomas at noon for the coast.");
    assert!(got.contains("San Mateo de las Lomas"), "{got}");
    assert!(!got.contains(":Lomas"), "{got}");
    let got = m("Guides in Cerro de la Tolva National Park counted the birds.");
    assert!(got.contains("LOC:Cerro de la Tolva National Park"), "{got}");
    // A person's name with the same particles stays a person.
    let got = m("The designer Ignacio de la Varga said the show would go on.");
    assert!(got.contains("PERSON:Ignacio de la Varga"), "{got}");
}

#[test]
fn a_protected_areas_designator_makes_the_whole_run_one_place() {
    // A company's name ("Honda") or a mountain ("Mount Kenya") inside the name does not
    // split it.
    let got = m(
        "Rangers closed Punta Honda National Park and Mount Kenya National Park after the \
         storm, and the Tolvik Game Reserve stayed open.",
    );
    for name in [
        "LOC:Punta Honda National Park",
        "LOC:Mount Kenya National Park",
        "LOC:Tolvik Game Reserve",
    ] {
        assert!(got.contains(name), "{name} in {got}");
    }
    assert!(!got.contains("ORG:Honda"), "{got}");
    // "and" between two parks keeps them two.
    let got = m("Visitors filled Varo National Park and Kesk National Park on Sunday.");
    assert!(got.contains("LOC:Varo National Park"), "{got}");
    assert!(got.contains("LOC:Kesk National Park"), "{got}");
    assert!(!got.contains("Park and"), "{got}");
}

#[test]
fn park_alone_after_a_name_is_no_designator() {
    // "Park" is also a family name: one word alone does not make a place.
    let got = m("Minister Grace Park said the budget would pass.");
    assert!(!got.contains("LOC:"), "{got}");
}

/// The descriptions of the entity named `name` in `s`, joined with "; ".
fn described(s: &str, name: &str) -> String {
    let a = crate::parse_article(&format!("Headline\n\n{s}\n"));
    let e = a.entities.iter().find(|e| e.name == name);
    e.unwrap_or_else(|| panic!("no {name} in {:?}", a.entities))
        .descriptions
        .join("; ")
}

#[test]
fn an_apposition_with_no_article_that_opens_with_a_role_describes_the_person() {
    let s = "Petra Holm, chief executive of Varo Shipping, said little. \
             Anna Kerr, Lisvik's deputy mayor, agreed.";
    assert_eq!(
        described(s, "Petra Holm"),
        "chief executive of Varo Shipping"
    );
    assert_eq!(described(s, "Anna Kerr"), "Lisvik's deputy mayor");
}

#[test]
fn a_title_before_another_name_or_a_plural_is_no_apposition() {
    // a list of people, each with a title
    let s = "The panel heard Petra Holm, former Lisvik mayor Jan Roe, and two farmers.";
    assert_eq!(described(s, "Petra Holm"), "");
    // "conservative" qualifies roles, but no role noun follows it
    let s = "Petra Holm, conservative Lisvik voters and the unions met on Monday.";
    assert_eq!(described(s, "Petra Holm"), "");
}

#[test]
fn a_role_set_off_before_the_name_describes_the_person() {
    let s = "The council's finance chief, Ada Lind, agreed. \
             Its chief executive, Ingrid Vallet, objected.";
    assert_eq!(described(s, "Ada Lind"), "The council's finance chief");
    // (the possessive pronoun's owner is another entity: left out)
    assert_eq!(described(s, "Ingrid Vallet"), "chief executive");
}

#[test]
fn an_opening_phrase_before_the_name_is_no_role() {
    let s = "After the long vote, Ada Lind, a farmer, went home. \
             In the end the chief, Tom Berg and Ana Ruiz left.";
    assert_eq!(described(s, "Ada Lind"), "a farmer");
    assert_eq!(described(s, "Tom Berg"), "");
}
