//! Regressions (session 33, helper): relatives before "of", places named twice after a place
//! preposition, lists of places before a plural word for places. Short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_relative_of_unknown_names_is_a_person() {
    let got = m("Police named the victim as Orvel Tandik, 17, son of Meruk Tandik.");
    assert!(got.contains("PERSON:Meruk Tandik"), "{got}");
    let got = m("The wife of Zeyo Marrak Tun spoke to reporters on Monday.");
    assert!(got.contains("PERSON:Zeyo Marrak Tun"), "{got}");
    // a last word in -s reads as a plural thing elsewhere, not after a relative
    let got = m("The widow of Rohal Venkans spoke to reporters.");
    assert!(got.contains("PERSON:Rohal Venkans"), "{got}");
}

#[test]
fn a_post_of_unknown_names_is_still_an_employer() {
    let got = m("The director of Meruk Tandik spoke to reporters.");
    assert!(got.contains("ORG:Meruk Tandik"), "{got}");
}

#[test]
fn a_word_placed_twice_joins_no_shape_only_person() {
    let got = m(
        "Venture Tolvik backs the trail. The trail opens in Tolvik today, and artists \
         throughout Tolvik joined. Tourism in Tolvik grew.",
    );
    assert_eq!(got.matches("GPE:Tolvik").count(), 3, "{got}");
    assert!(!got.contains("PERSON:Tolvik"), "{got}");
}

#[test]
fn a_surname_after_in_once_still_joins_the_person() {
    let got = m("Silvara Botakis took over the ministry. Trust in Botakis is low.");
    assert!(got.contains("PERSON:Botakis"), "{got}");
    assert!(!got.contains("GPE"), "{got}");
}

#[test]
fn a_list_before_a_plural_place_word_is_places() {
    let got = m("Tremors shook Varo Tenkhong, Osa Merin and Tal Kirong districts on Monday.");
    assert!(got.contains("GPE:Varo Tenkhong"), "{got}");
    assert!(got.contains("GPE:Osa Merin"), "{got}");
    assert!(!got.contains("PERSON"), "{got}");
}

#[test]
fn a_list_with_a_place_and_no_place_word_keeps_its_person() {
    let got = m("Medals went to Varo Tenkhong and Kenya on Monday.");
    assert!(got.contains("PERSON:Varo Tenkhong"), "{got}");
}

#[test]
fn a_city_written_without_its_accents_is_a_place() {
    // "Kraków", "Gdańsk" in the gazetteer; news often writes them plain.
    let got = m("Krakow and Gdansk voted for the plan on Monday.");
    assert!(got.contains("GPE:Krakow"), "{got}");
    assert!(got.contains("GPE:Gdansk"), "{got}");
}

#[test]
fn a_plain_city_name_that_is_a_census_name_stays_a_name() {
    // "Huế" and "Chandā" are cities, but "Hue" and "Chanda" are given names first.
    let got = m("Hue Tran and Chanda Mwale said on Monday that the road was shut.");
    assert!(got.contains("PERSON:Hue Tran"), "{got}");
    assert!(got.contains("PERSON:Chanda Mwale"), "{got}");
}

#[test]
fn central_asian_peoples_are_norp_before_a_name() {
    let got = m("In the final, Uzbek Tolvo Marrak won gold and Uzbeks Osa Varin took silver.");
    assert!(got.contains("NORP:Uzbek | PERSON:Tolvo Marrak"), "{got}");
    assert!(got.contains("NORP:Uzbeks | PERSON:Osa Varin"), "{got}");
    let got = m("Kazakh and Kyrgyz traders met Azeri officials on Monday.");
    assert!(got.contains("NORP:Kazakh"), "{got}");
    assert!(got.contains("NORP:Kyrgyz"), "{got}");
    assert!(got.contains("NORP:Azeri"), "{got}");
}

#[test]
fn a_country_stays_a_place_next_to_its_people() {
    let got = m("Uzbekistan won five medals, and Kazakhstan won two.");
    assert!(got.contains("GPE:Uzbekistan"), "{got}");
    assert!(got.contains("GPE:Kazakhstan"), "{got}");
    assert!(!got.contains("NORP"), "{got}");
}

#[test]
fn a_code_digits_and_a_glued_scale_are_money() {
    let got = m("The fund raised RM750mil from investors and RM1bil more later, then RM1.2bil.");
    assert!(got.contains("MONEY:RM750mil"), "{got}");
    assert!(got.contains("MONEY:RM1bil"), "{got}");
    assert!(got.contains("MONEY:RM1.2bil"), "{got}");
}

#[test]
fn mil_and_bil_elsewhere_are_no_money() {
    let got = m("The military family paid 5bills and RM5million to a Tambil mill on Monday.");
    assert!(!got.contains("MONEY"), "{got}");
}

#[test]
fn a_month_after_a_given_name_or_an_honorific_is_a_family_name() {
    let got = m("Anne March said the plan had failed, and Ms. May agreed.");
    assert!(got.contains("PERSON:Anne March"), "{got}");
    assert!(got.contains("PERSON:May"), "{got}");
    assert!(!got.contains("DATE"), "{got}");
    let got = m("Robert June and Kevin August met the mayor.");
    assert!(got.contains("PERSON:Robert June"), "{got}");
    assert!(got.contains("PERSON:Kevin August"), "{got}");
}

#[test]
fn a_month_after_a_word_or_before_a_day_stays_a_date() {
    let got = m("In March, the agency met. Anne's March trip was short. It opened Anne March 5.");
    assert_eq!(got.matches("DATE:March").count(), 3, "{got}");
    assert!(got.contains("DATE:March 5"), "{got}");
    assert!(!got.contains("PERSON:Anne March"), "{got}");
}
