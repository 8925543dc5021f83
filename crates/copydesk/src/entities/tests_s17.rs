//! Regressions (session 17), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn month_abbreviations_without_their_point_open_a_date() {
    assert_eq!(
        m("LISBON, Jun 14 2031 (Wire) - The ferry sailed late."),
        "GPE:LISBON | DATE:Jun 14 2031"
    );
    assert_eq!(
        m("The office was shut between Nov 9, 2031 and the spring."),
        "DATE:Nov 9, 2031"
    );
    assert_eq!(m("She called on Nov 21 and again later."), "DATE:Nov 21");
    // Alone they are no date.
    assert_eq!(m("The ship Oct sailed at dawn."), "");
}

#[test]
fn weekdays_in_the_plural_are_dates() {
    assert_eq!(
        m("The ferry runs on Tuesdays and Saturdays in winter."),
        "DATE:Tuesdays | DATE:Saturdays"
    );
}

#[test]
fn a_month_of_a_year_is_one_date() {
    assert_eq!(
        m("The mill closed in October of 2015 for good."),
        "DATE:October of 2015"
    );
}

#[test]
fn a_range_of_days_in_one_month_is_one_date() {
    assert_eq!(
        m("The fair runs from August 3 to 9 this year."),
        "DATE:August 3 to 9"
    );
    assert_eq!(
        m("Talks were held on March 16 and 17, 2021."),
        "DATE:March 16 and 17, 2021"
    );
    assert_eq!(
        m("The festival runs on June 12-18 by the lake."),
        "DATE:June 12-18"
    );
    assert_eq!(
        m("It rained from 11-20 April without a break."),
        "DATE:11-20 April"
    );
    assert_eq!(
        m("They met on 4 and 5 May 2020 at sea."),
        "DATE:4 and 5 May 2020"
    );
    // Two full dates stay two.
    assert_eq!(
        m("It ran from July 7 to August 4 on the coast."),
        "DATE:July 7 | DATE:August 4"
    );
}

#[test]
fn indigenous_alone_is_no_group_and_no_name() {
    // An adjective for many peoples, not one group (news annotation leaves it out).
    assert_eq!(
        m("Indigenous leaders met farmers from Ghana to talk about Indigenous land."),
        "GPE:Ghana"
    );
    assert_eq!(m("The grant goes to Indigenous schools."), "");
}

#[test]
fn a_region_word_that_is_listed_is_part_of_the_place_after_it() {
    // "Southern", "Central" are listed as provinces; before another place they name its part.
    assert_eq!(
        m("Floods hit Southern Chile on Monday."),
        "GPE:Southern Chile | DATE:Monday"
    );
    assert_eq!(m("Farms across Eastern Peru are dry."), "GPE:Eastern Peru");
    // Before words that are no place, the region word is no place of its own.
    assert_eq!(m("He works at the Central Harbour Depot now."), "");
}

#[test]
fn a_command_is_an_organisation() {
    assert_eq!(
        m("The Western Naval Command said the ships had left."),
        "ORG:Western Naval Command"
    );
}

#[test]
fn the_americas_and_earth_are_places() {
    assert_eq!(
        m("Coffee prices rose across the Americas and everywhere else on Earth."),
        "LOC:Americas | LOC:Earth"
    );
}

#[test]
fn sub_saharan_africa_keeps_its_prefix() {
    assert_eq!(
        m("Rainfall fell across sub-Saharan Africa, and sub-Saharan African farmers waited."),
        "LOC:sub-Saharan Africa | NORP:sub-Saharan African"
    );
}

#[test]
fn news_agencies_are_organisations() {
    assert_eq!(
        m("The storm passed, Kyodo reported, and Interfax said the port was shut."),
        "ORG:Kyodo | ORG:Interfax"
    );
}
