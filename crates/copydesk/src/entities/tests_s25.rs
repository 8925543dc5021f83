//! Regressions (session 25, helper), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn more_place_heads_end_a_places_name() {
    for (text, want) in [
        (
            "Flooding hit homes in Dorvale Borough on Monday.",
            "LOC:Dorvale Borough | DATE:Monday",
        ),
        ("Officers from Kelmar Precinct came.", "LOC:Kelmar Precinct"),
        ("Boats left Tarrow Inlet at dawn.", "LOC:Tarrow Inlet"),
        ("Troops returned to Velmi Cantonment.", "LOC:Velmi Cantonment"),
        ("Divers explored the Ossana Archipelago.", "LOC:Ossana Archipelago"),
        ("Anglers fished the Brenno Lakes.", "LOC:Brenno Lakes"),
    ] {
        assert_eq!(m(text), want, "{text}");
    }
}
