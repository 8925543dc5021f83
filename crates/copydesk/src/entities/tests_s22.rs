//! Regressions (session 22), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn former_states_regions_and_rivers_are_places() {
    assert_eq!(
        m("The mill was built when the Soviet Union still ran the valley."),
        "GPE:Soviet Union"
    );
    assert_eq!(m("Her grandfather left the USSR by boat."), "GPE:USSR");
    assert_eq!(
        m("The talks on Bavaria and Sumatra were long."),
        "GPE:Bavaria | LOC:Sumatra"
    );
    assert_eq!(
        m("He flew to Washington DC and then drove along the Rhine."),
        "GPE:Washington DC | LOC:Rhine"
    );
}

#[test]
fn a_name_after_the_that_acts_is_a_body_and_before_of_no_one() {
    assert_eq!(
        m("Last year the Marlo Fenwick said the fees would rise."),
        "ORG:Marlo Fenwick"
    );
    assert_eq!(
        m("Last year the Marlo Fenwick will open a second office."),
        "ORG:Marlo Fenwick"
    );
    assert_eq!(
        m("Pilots said the Marlo Fenwick has closed."),
        "ORG:Marlo Fenwick"
    );
    assert_eq!(m("Last year the Marlo Fenwick of the coast sold fish."), "");
    // a noun after the name: the name qualifies it, and stays a person
    assert_eq!(
        m("Last year the Marlo Fenwick family sold fish."),
        "PERSON:Marlo Fenwick"
    );
}

#[test]
fn an_appositive_headed_by_a_word_for_an_organisation_types_the_name() {
    assert_eq!(
        m("The mill was sold to Quorvel, a Danish subsidiary of a larger firm."),
        "ORG:Quorvel | NORP:Danish"
    );
    assert_eq!(
        m("Staff at Brannick Tolvey, the largest private group, were paid late."),
        "ORG:Brannick Tolvey"
    );
    // a person's appositive that names the employer after a role noun stays a person
    assert_eq!(
        m("Kelvin Oduya, a spokeswoman for the ferry line, said the boats were late."),
        "PERSON:Kelvin Oduya"
    );
    // "a group of" people is no name's appositive
    assert_eq!(
        m("She waited by Quorvel, a group of farmers beside her."),
        ""
    );
}

#[test]
fn bc_alone_is_the_province_and_after_a_year_an_era() {
    assert_eq!(m("The fires in B.C. spread fast."), "GPE:B.C.");
    assert_eq!(m("The temple was built in 500 B.C. and later rebuilt."), "");
    assert_eq!(
        m("The wall went up in the first century A.D. along the river."),
        ""
    );
}

#[test]
fn a_lone_name_before_a_word_for_a_division_is_a_place() {
    assert_eq!(
        m("Herders moved to the nearby Tolmaki county last year."),
        "GPE:Tolmaki"
    );
    assert_eq!(
        m("Residents of Olbarazi area said the road was shut."),
        "GPE:Olbarazi"
    );
    // the division's name goes on: an organisation's name, left to the other rules
    assert_eq!(
        m("He led the Tolmaki district Farmers Union for years."),
        "ORG:Farmers Union"
    );
}
