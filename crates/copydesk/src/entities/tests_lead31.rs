//! Regressions (session 31, lead): the US dollar named after the country's code is money, with
//! the amount that follows it. Short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn the_us_dollar_is_money_and_no_place() {
    let got = m(
        "The kyat kept falling against the US dollar, and traders in Tavoy were paid in \
                 U.S. dollars for the timber.",
    );
    assert!(got.contains("MONEY:US dollar"), "{got}");
    assert!(got.contains("MONEY:U.S. dollars"), "{got}");
    assert!(!got.contains("GPE:US"), "{got}");
    assert!(!got.contains("GPE:U.S."), "{got}");
    // Capitalised, the currency's word is no person.
    let got = m("Exporters cut their exposure to the US Dollar last year.");
    assert!(got.contains("MONEY:US Dollar"), "{got}");
    assert!(!got.contains("PERSON:Dollar"), "{got}");
}

#[test]
fn an_amount_after_us_dollars_is_part_of_it() {
    let got = m(
        "The family paid US dollars 6,000 to the smugglers and another US dollars 2 million \
                 to the guards.",
    );
    assert!(got.contains("MONEY:US dollars 6,000"), "{got}");
    assert!(got.contains("MONEY:US dollars 2 million"), "{got}");
}

#[test]
fn the_us_elsewhere_stays_a_place_and_amounts_before_stay_whole() {
    // An amount before the currency keeps its one mention.
    let got = m("The port was sold for 53 million US dollars in May.");
    assert!(got.contains("MONEY:53 million US dollars"), "{got}");
    assert!(!got.contains("MONEY:US dollars"), "{got}");
    // "US" before any other word is the country; "dollar" after another word is no money.
    let got = m("The US envoy said the dollar store in Tavoy would close.");
    assert!(got.contains("GPE:US"), "{got}");
    assert!(!got.contains("MONEY"), "{got}");
}

#[test]
fn a_word_for_the_people_of_a_known_place_is_norp() {
    let got = m(
        "Officials met Okinawan farmers, Sicilian growers and Floridian voters in the port, \
                 and the Tasmanians sent Bihari cooks.",
    );
    for w in ["Okinawan", "Sicilian", "Floridian", "Tasmanians", "Bihari"] {
        assert!(got.contains(&format!("NORP:{w}")), "{w}: {got}");
    }
}

#[test]
fn no_people_word_from_a_name_or_an_everyday_word() {
    // A first name, a surname, an everyday word and a word after which a verb of speech comes
    // are not made into a people's word, even where a place's name hides in them.
    let got =
        m("Adrian Cole met the Guardian team, and later Adrian said the Sicilian wine was fine.");
    assert!(!got.contains("NORP:Adrian"), "{got}");
    assert!(!got.contains("NORP:Guardian"), "{got}");
    assert!(got.contains("NORP:Sicilian"), "{got}");
}

#[test]
fn ultra_before_a_group_is_part_of_its_name() {
    let got = m("The ultra-Orthodox parties left the coalition, and Orthodox voters stayed home.");
    assert!(got.contains("NORP:ultra-Orthodox"), "{got}");
    assert!(got.contains("NORP:Orthodox"), "{got}");
}
