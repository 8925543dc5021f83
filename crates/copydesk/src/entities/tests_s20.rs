//! Regressions (session 20), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn an_office_holders_possessive_inside_a_body_is_part_of_its_name() {
    assert_eq!(
        m("Lawyers wrote to a Public Prosecutor's Office twice."),
        "ORG:Public Prosecutor's Office"
    );
    assert_eq!(
        m("He appeared before the Tolan Magistrate’s Court last week."),
        "ORG:Tolan Magistrate’s Court"
    );
    assert_eq!(
        m("She joined the Varen Women's Association last year."),
        "ORG:Varen Women's Association"
    );
    // Not a holder whose office is written apart, nor before no organisation head.
    assert_eq!(m("The Magistrate's ruling was read out."), "");
}

#[test]
fn a_family_name_in_a_vowel_and_s_is_no_plural_organisation() {
    assert_eq!(
        m("The award went to Tevor Kalamos last year."),
        "PERSON:Tevor Kalamos"
    );
    assert_eq!(
        m("A letter from Dravo Senakis reached the court."),
        "PERSON:Dravo Senakis"
    );
    // A plural still names a body.
    assert_eq!(
        m("Shares of Tevor Widgets fell sharply."),
        "ORG:Tevor Widgets"
    );
}

#[test]
fn a_long_name_with_an_arabic_particle_inside_is_a_person() {
    assert_eq!(
        m("The delegation was led by Karim Khalil Al Varsi on behalf of the council."),
        "PERSON:Karim Khalil Al Varsi"
    );
    assert_eq!(
        m("A statement came from Tamer Abou Al Kell after the vote."),
        "PERSON:Tamer Abou Al Kell"
    );
}

#[test]
fn a_title_of_a_field_then_a_name_is_the_holder() {
    assert_eq!(
        m("The talks opened with Minister of Coastal Affairs Tomas Varga in the chair."),
        "PERSON:Tomas Varga"
    );
    // A body named by an acronym before the name is typed alone.
    assert_eq!(
        m("The deal was signed by CEO of ACX Hassan Tarek in the capital."),
        "ORG:ACX | PERSON:Hassan Tarek"
    );
    // A title inside the body's name leaves the run to the title rule.
    assert_eq!(
        m("Director of Tolan Research Institute Dr. Ana Lim spoke."),
        "ORG:Tolan Research Institute | PERSON:Ana Lim"
    );
}

#[test]
fn a_short_acronym_before_a_name_is_no_part_of_it() {
    assert_eq!(
        m("The bill was tabled by MK Dana Varsilo on Monday."),
        "PERSON:Dana Varsilo | DATE:Monday"
    );
    // The acronym is a body when the document types it so.
    assert_eq!(
        m("The leader of the VRP Hector Llanos said the VRP would march. The VRP is banned."),
        "ORG:VRP | PERSON:Hector Llanos | ORG:VRP | ORG:VRP"
    );
}

#[test]
fn a_place_and_a_state_abbreviation_are_one_place() {
    assert_eq!(
        m("The rally in Washington, D.C., drew crowds."),
        "GPE:Washington, D.C."
    );
    assert_eq!(
        m("She grew up in Brenton, VA and moved away."),
        "GPE:Brenton, VA"
    );
    assert_eq!(m("DENVER, Colo. — The mill closed."), "GPE:DENVER, Colo.");
}

#[test]
fn a_drive_or_a_lane_is_a_street() {
    assert_eq!(
        m("Traffic was diverted from Peter Varsk Drive after the crash."),
        "LOC:Peter Varsk Drive"
    );
}
