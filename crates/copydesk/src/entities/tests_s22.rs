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
