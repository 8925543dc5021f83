//! Regressions (session 31, entities helper), over short texts written here.

use super::tests::mentions;

const PROSE: &str = "The ferry service along the northern coast resumed on Monday after a week \
     of storms, and the operators said the timetable would return to normal within days for \
     the islands and their traders.\n\nPassengers waited for hours at the small harbour before \
     the first boat left.\n\n";

fn doc(body: &str) -> String {
    format!("Ferries sail again\n\n{PROSE}{body}\n")
}

#[test]
fn capitals_joined_by_an_ampersand_are_one_acronym() {
    let got = mentions(&doc(
        "The Tolvik Heart Hospital and Research Centre (TKH&RC) opened a ward. Doctors at \
         TKH&RC said the beds were full. A spokesman for the retailer P&Q Varo declined to \
         comment.",
    ));
    assert!(got.contains("ORG:TKH&RC"), "{got}");
    assert!(!got.contains("ORG:TKH |"), "{got}");
    assert!(!got.contains("ORG:RC"), "{got}");
    assert!(got.contains("ORG:P&Q Varo"), "{got}");
}

#[test]
fn ampersand_acronyms_of_things_name_nothing() {
    let got = mentions(&doc(
        "The firm spent more on R&D this year, and its M&A team held a Q&A with traders.",
    ));
    for w in ["R&D", "M&A", "Q&A"] {
        assert!(!got.contains(w), "{w} in {got}");
    }
}

#[test]
fn ampersands_elsewhere_split_words_as_before() {
    let got = mentions(&doc(
        "Shares of Varo & Lund rose. The Kessel&Sons shop and the Tolvik Freight Co. stayed shut.",
    ));
    assert!(!got.contains("Kessel&Sons"), "{got}");
    assert!(got.contains("PERSON:Kessel"), "{got}");
}

#[test]
fn plain_names_before_a_word_for_a_settlement_are_a_place() {
    let got = mentions(&doc(
        "Maria Sello, a farmer from Tesso Bamuri village, lost her goats. Police patrolled \
         the Nalu Kerra area on Tuesday. Floods hit the Varo Dunsi and Omar Tellik districts.",
    ));
    assert!(got.contains("GPE:Tesso Bamuri"), "{got}");
    assert!(got.contains("GPE:Nalu Kerra"), "{got}");
    assert!(got.contains("GPE:Omar Tellik"), "{got}");
    assert!(!got.contains("PERSON:Tesso Bamuri"), "{got}");
    assert!(got.contains("PERSON:Maria Sello"), "{got}");
}

#[test]
fn a_person_before_a_place_word_with_a_role_or_speech_stays_a_person() {
    let got = mentions(&doc(
        "Governor Lina Sorel region by region toured the coast. \"We will rebuild,\" said \
         Tomas Varik. The mayor visited Kessel Harbour district on Friday.",
    ));
    assert!(got.contains("PERSON:Lina Sorel"), "{got}");
    assert!(got.contains("PERSON:Tomas Varik"), "{got}");
}

#[test]
fn a_capitalised_name_and_dot_com_is_one_organisation() {
    let got = mentions(&doc(
        "Online retailers such as Varomart.com and Tolvik said sales rose. According to \
         Kessbury.com, prices fell.",
    ));
    assert!(got.contains("ORG:Varomart.com"), "{got}");
    assert!(got.contains("ORG:Kessbury.com"), "{got}");
    assert!(!got.contains("ORG:Varomart |"), "{got}");
}
