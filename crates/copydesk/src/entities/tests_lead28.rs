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
