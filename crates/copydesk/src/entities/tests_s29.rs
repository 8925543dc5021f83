//! Regressions (session 29, entities helper), over short texts written here.

use super::tests::mentions;

const PROSE: &str = "The Tolan rally ended on Sunday after three days of racing over sand and \
     gravel, and the organisers said the route would stay the same next year for the drivers \
     and their teams.\n\nThe leading crews finished within four minutes of one another after a \
     long final stage.\n\n";

#[test]
fn a_country_code_after_a_person_is_a_place() {
    let got = mentions(&format!(
        "Rally ends in a close finish\n\n{PROSE}The winner, Lina Sorel (FRA), said she was happy.\n"
    ));
    assert!(got.contains("PERSON:Lina Sorel | GPE:FRA"), "{got}");
}

#[test]
fn a_results_line_names_its_competitors_and_their_countries() {
    let got = mentions(&format!(
        "Rally ends in a close finish\n\n{PROSE}Final result\n\
         1. Tomas Varik (EST)/Arvo Kask (EST) Tolan Rover 6h 12m 10s\n\
         2. Santiago Orrin (ESP)/Maria da Lopes (PRT) Varo Kestrel 6h 15m 02s\n\
         3. Yusuf al-Harbi (KSA)/Kofi Mensah (GHA) Varo Kestrel 6h 19m 47s\n"
    ));
    for p in [
        "Tomas Varik",
        "Arvo Kask",
        "Santiago Orrin",
        "Maria da Lopes",
        "Yusuf al-Harbi",
        "Kofi Mensah",
    ] {
        assert!(got.contains(&format!("PERSON:{p} |")), "{p} in {got}");
    }
    for c in ["EST", "ESP", "PRT", "KSA", "GHA"] {
        assert!(got.contains(&format!("GPE:{c}")), "{c} in {got}");
    }
    // The given name that is also a city is no place here.
    assert!(!got.contains("GPE:Santiago"), "{got}");
}

#[test]
fn capitals_after_a_body_or_no_country_code_stay_as_they_were() {
    // An acronym that is also a country code, after a body's name, stays the body.
    let got = mentions(&format!(
        "Talks resume\n\n{PROSE}The Varo Workers Union (CAN) met the Tolan Shipping \
         Company on Monday.\n"
    ));
    assert!(!got.contains("GPE:CAN"), "{got}");
    // Capitals that name no country after a person give no place.
    let got = mentions(&format!(
        "Rally ends in a close finish\n\n{PROSE}Final result\n\
         1. Tomas Varik (XQZ)/Arvo Kask (XQZ) Tolan Rover 6h 12m 10s\n"
    ));
    assert!(!got.contains("GPE:XQZ"), "{got}");
    assert!(!got.contains("PERSON:Tomas Varik"), "{got}");
}

#[test]
fn first_nation_alone_is_a_group_like_first_nations() {
    let got = mentions(
        "Herd found\n\nA First Nation in the north is rejoicing after the find. The elders \
         of the First Nation said they would care for the herd.\n",
    );
    assert_eq!(got.matches("NORP:First Nation").count(), 2, "{got}");
    // A band's longer name is no group: "First Nation" is not cut out of it.
    let got = mentions("Herd found\n\nThe Varo Lake First Nation signed the agreement.\n");
    assert!(!got.contains("NORP:First Nation"), "{got}");
}

#[test]
fn a_line_naming_a_protected_area_is_a_place() {
    let got = mentions(&format!(
        "Parks reopen\n\n{PROSE}Hours of the parks\n\n\
         Punta Varo National Park\n\n\
         Open daily except Mondays; guided walks only.\n\n\
         Cerro de la Tolva National Park (Sector Norte)\n\n\
         Gates shut at noon during the rains.\n"
    ));
    assert!(got.contains("LOC:Punta Varo National Park"), "{got}");
    assert!(got.contains("LOC:Cerro de la Tolva National Park"), "{got}");
    // A line that goes on after the designator is no name of a park.
    let got = mentions(&format!(
        "Parks reopen\n\n{PROSE}Punta Varo National Park Reopens Its Gates\n\nMore text here.\n"
    ));
    assert!(!got.contains("LOC:Punta Varo National Park"), "{got}");
}

#[test]
fn initials_run_together_before_a_plain_name_are_a_person() {
    let got = mentions(
        "Book launched\n\nThe memoir was edited by TR Varanth and printed in Tolan. \
         Readers praised it.\n",
    );
    assert!(got.contains("PERSON:TR Varanth"), "{got}");
    // Capitals the text also writes alone are a body's acronym, not initials.
    let got = mentions(
        "Book launched\n\nThe memoir came from KTB Varanth and sold out. KTB said the first \
         run was small.\n",
    );
    assert!(!got.contains("PERSON:KTB Varanth"), "{got}");
    // A ship or a post after "the", and a club's prefix, are no one's initials; nor are capitals
    // before a name that a noun follows (a body's plant, office, team).
    let got = mentions("Plant shut\n\nWorkers at the new TRV Varanth plant went home.\n");
    assert!(!got.contains("PERSON:TRV Varanth"), "{got}");
    let got = mentions("Ship sails\n\nTwo frigates and the USS Varanth left port.\n");
    assert!(!got.contains("PERSON:USS Varanth"), "{got}");
    let got = mentions("Cup tie\n\nHolders CR Varanth and Tolan City meet on Friday.\n");
    assert!(!got.contains("PERSON:CR Varanth"), "{got}");
}
