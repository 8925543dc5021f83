//! Regressions (session 32, lead): "Day" as a family name. A first name and "Day" are a person
//! ("Robert Day"), not a day of observance; the lone "Day" that speaks or has an honorific joins
//! that person. Short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_first_name_and_day_are_a_person() {
    let got =
        m("Robert Day, a local trader, opposed the plan. Later, Sarah Day spoke at the pier.");
    assert!(got.contains("PERSON:Robert Day"), "{got}");
    assert!(got.contains("PERSON:Sarah Day"), "{got}");
}

#[test]
fn days_of_observance_stay_no_person() {
    let got = m(
        "The parade on Labor Day drew crowds, and Victory Day and Mother's Day followed. \
         The Independence Day fair opened.",
    );
    assert!(!got.contains("PERSON"), "{got}");
}

#[test]
fn a_lone_day_that_speaks_joins_the_full_name() {
    let got = mentions(
        "Headline\n\nRobert Day runs the fair.\n\n\"It went well,\" Day said. \
         \"We sold out,\" said Day. Mr. Day smiled.\n",
    );
    assert_eq!(got.matches("PERSON:Day").count(), 3, "{got}");
    // Joined to him: one entity for the full name and its two surname mentions.
    let a = crate::parse_article(
        "Headline\n\nRobert Day runs the fair.\n\n\"It went well,\" Day said. Mr. Day smiled.\n",
    );
    let days: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.name == "Robert Day")
        .collect();
    assert_eq!(days.len(), 1, "{:?}", a.entities);
    assert_eq!(days[0].mentions.len(), 3, "{:?}", days[0]);
}

#[test]
fn an_honorific_and_day_are_a_person() {
    let got = m("Ms. Day smiled at the crowd on the pier.");
    assert!(
        got.contains("PERSON:Day") || got.contains("PERSON:Ms. Day"),
        "{got}"
    );
}

#[test]
fn a_lone_day_that_does_not_speak_joins_no_one() {
    // "the Day was", "Day after day", "Mother's Day": no surname of Robert Day's.
    let got = mentions(
        "Headline\n\nRobert Day runs the fair. Day after day, the rain fell.\n\n\
         Mother's Day came and the Day was sunny.\n",
    );
    assert!(!got.contains("PERSON:Day"), "{got}");
    assert!(got.contains("PERSON:Robert Day"), "{got}");
}
