//! Regressions (session 24, helper), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn fields_listed_after_a_bodys_of_are_inside_its_name() {
    assert_eq!(
        m("Clerks came to the Ministry of Fisheries, Ports and Culture on Monday."),
        "ORG:Ministry of Fisheries, Ports and Culture | DATE:Monday"
    );
    assert_eq!(
        m("The Authority for Roads, Ports, and Inland Waters said so."),
        "ORG:Authority for Roads, Ports, and Inland Waters"
    );
    // A list item that is a body ends the name.
    assert_eq!(
        m("The Bank of Tolan, Varomax and Rell Bank signed."),
        "ORG:Bank of Tolan | ORG:Varomax and Rell Bank"
    );
    // Places after the comma are no fields.
    assert!(
        m("Clerks visited the Ministry of Fisheries, Kenya and Uganda.")
            .starts_with("ORG:Ministry of Fisheries |")
    );
}

#[test]
fn a_peoples_name_before_an_organisation_opens_its_name() {
    assert_eq!(
        m("Members of the Ghanaian Alliance Against Dam Evictions marched."),
        "ORG:Ghanaian Alliance Against Dam Evictions"
    );
    // (a listed organisation of two words)
    assert_eq!(
        m("Staff at the Kenyan Red Cross said so."),
        "ORG:Kenyan Red Cross"
    );
    // A people's name before a title stays a group.
    assert!(m("The Kenyan Foreign Minister Ana Ruiz spoke.").starts_with("NORP:Kenyan"));
}

#[test]
fn an_embassy_or_consulate_ends_an_organisation() {
    assert_eq!(
        m("A parcel came from the Peruvian Embassy."),
        "ORG:Peruvian Embassy"
    );
    assert_eq!(
        m("He called the Consulate of Chile."),
        "ORG:Consulate of Chile"
    );
}

#[test]
fn an_agencys_acronym_credited_at_the_end_is_the_agency() {
    assert_eq!(
        m("The minister opened the new ferry pier on Sunday. (TVNA)"),
        "DATE:Sunday | ORG:TVNA"
    );
    assert_eq!(
        m("The minister opened the new ferry pier on Sunday. — SPA"),
        "DATE:Sunday | ORG:SPA"
    );
    // Not the wire's end mark, nor a function word.
    assert_eq!(
        m("The minister opened the new ferry pier on Sunday. (END)"),
        "DATE:Sunday"
    );
    assert_eq!(
        m("The minister opened the new ferry pier on Sunday. (AT)"),
        "DATE:Sunday"
    );
}

#[test]
fn initials_run_together_before_a_name_with_a_persons_context_are_a_person() {
    assert_eq!(
        m("The old mill was sold, said TR Vaddiraju, an engineer."),
        "PERSON:TR Vaddiraju"
    );
    assert_eq!(
        m("The petition was signed by Dr KP Olanrewaju in June."),
        "PERSON:KP Olanrewaju | DATE:June"
    );
    // An acronym before a plain word with no such context stays a body.
    assert_eq!(
        m("Workers at the new TRV Olanwick plant went home."),
        "ORG:TRV Olanwick"
    );
}

#[test]
fn an_acronym_before_a_number_is_no_body() {
    // An event, a model, a road, a flight.
    assert_eq!(
        m("Delegates met before TVR 27 began in Varen."),
        "GPE:Varen"
    );
    assert_eq!(m("The TVR-21 jet flew over the hills."), "");
    assert_eq!(m("They drove on XH-9 to Varen."), "GPE:Varen");
    // Without a number the acronym is a body.
    assert_eq!(m("The TVR board met on the pier."), "ORG:TVR");
}

#[test]
fn a_band_or_a_platform_before_a_name_makes_it_a_body() {
    assert_eq!(
        m("She sings in the folk band Vellor Quint these days."),
        "ORG:Vellor Quint"
    );
    assert_eq!(
        m("Buyers ordered the lamps on the shopping platform Verkado in May."),
        "ORG:Verkado | DATE:May"
    );
}

#[test]
fn the_word_ngo_before_a_name_is_left_out_and_types_the_name_a_body() {
    assert_eq!(
        m("Volunteers from the NGO Varo Kinta helped."),
        "ORG:Varo Kinta"
    );
    assert_eq!(
        m("The Spanish NGO Casa Verde said so."),
        "NORP:Spanish | ORG:Casa Verde"
    );
    // Inside a body's name it stays.
    assert_eq!(
        m("The Federation of Tolan NGOs met."),
        "ORG:Federation of Tolan NGOs"
    );
}

#[test]
fn a_division_or_a_yuan_ends_a_bodys_name() {
    assert_eq!(
        m("Pipes were mended by the Harbour Works Division overnight."),
        "ORG:Harbour Works Division"
    );
    assert_eq!(
        m("Lawmakers wrote to the Examination Yuan about it."),
        "ORG:Examination Yuan"
    );
}
