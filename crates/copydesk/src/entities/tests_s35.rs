//! Regressions (session 35, helper): a title with its "of" opening a sentence in an article that
//! also writes the title in lower case, the pronoun "I" after a name. Short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_title_and_its_of_opening_a_sentence_keep_the_holder_a_person() {
    // "the minister" in lower case elsewhere made the opening "Minister" a doubtful word
    let got = m(
        "Minister of Coastal Affairs Tavel Orrin opened the port on Monday. The minister \
         said trade would grow.",
    );
    assert!(got.contains("PERSON:Tavel Orrin"), "{got}");
    assert!(!got.contains("ORG"), "{got}");
    let got = m("Director of Inland Fisheries Marek Olvan spoke first. The director then left.");
    assert!(got.contains("PERSON:Marek Olvan"), "{got}");
}

#[test]
fn a_title_opening_a_sentence_without_its_of_is_unchanged() {
    // a short run: the title is a role before a name, as before
    let got = m("Minister Tavel Orrin opened the port. The minister said trade would grow.");
    assert!(got.contains("PERSON:Tavel Orrin"), "{got}");
    // a body named after "Ministry of" stays a body
    let got = m("Ministry of Coastal Affairs officials met on Monday. The ministry said little.");
    assert!(!got.contains("PERSON"), "{got}");
}

#[test]
fn the_pronoun_i_after_a_name_is_no_part_of_it() {
    let got = m("When we drove to Kolvana Minch I saw the lake for the first time.");
    assert!(got.contains("Kolvana Minch"), "{got}");
    assert!(!got.contains("Minch I"), "{got}");
    let got = m("At the Varo Institute I met the new students.");
    assert!(got.contains("ORG:Varo Institute"), "{got}");
    assert!(!got.contains("Institute I"), "{got}");
}

#[test]
fn a_regnal_numeral_before_a_capital_or_a_comma_stays() {
    let got = m("Queen Amara II spoke. The reign of Tavel I, a farmer, was short.");
    assert!(got.contains("PERSON:Amara II"), "{got}");
    assert!(got.contains("PERSON:Tavel I"), "{got}");
}

#[test]
fn the_medium_told_or_reporting_after_a_capitalised_the_is_a_body() {
    let got = m("Aid workers told The Varo Courier that the roads were shut.");
    assert!(got.contains("ORG:The Varo Courier"), "{got}");
    let got = m("Prices rose, according to a survey by The Tolan Ledger last week.");
    assert!(got.contains("ORG:The Tolan Ledger"), "{got}");
    let got = m("The figures, cited by The Morning Kestrel, were low.");
    assert!(got.contains("ORG:The Morning Kestrel"), "{got}");
}

#[test]
fn a_title_of_a_work_after_other_words_is_no_body() {
    let got = m("She is the author of The Food of Tolan, a cookbook.");
    assert!(!got.contains("ORG"), "{got}");
    // "by" after no word for a report
    let got = m("The prize was won by The Long Kestrel, a film about birds.");
    assert!(!got.contains("ORG"), "{got}");
    let got = m("He starred in the drama The Long Kestrel last year.");
    assert!(!got.contains("ORG"), "{got}");
}

#[test]
fn a_people_and_nation_end_a_bands_name() {
    let got = m("The chief of Okemasis Cree Nation spoke to the council.");
    assert!(got.contains("ORG:Okemasis Cree Nation"), "{got}");
    let got = m("The Cree Nation at Varsik Lake is opting out of the visit.");
    assert!(got.contains("ORG:Cree Nation"), "{got}");
    let got = m("Elders of the Tolan Lake First Nation met on Monday.");
    assert!(got.contains("ORG:Tolan Lake First Nation"), "{got}");
}

#[test]
fn a_people_or_the_first_nation_alone_stays_a_people() {
    let got = m("The Cree said no to the plan, and the First Nation said no too.");
    assert!(got.contains("NORP:Cree"), "{got}");
    assert!(got.contains("NORP:First Nation"), "{got}");
    assert!(!got.contains("ORG"), "{got}");
    // the plural is the peoples
    let got = m("Leaders of First Nations met in the capital.");
    assert!(got.contains("NORP:First Nations"), "{got}");
}

#[test]
fn two_dates_joined_by_to_are_one_range() {
    let got = m("The park opens daily in the dry season (December to April) only.");
    assert!(got.contains("DATE:December to April"), "{got}");
    let got = m("During July 2021 to December 2021 there were 40 cases.");
    assert!(got.contains("DATE:July 2021 to December 2021"), "{got}");
    let got = m("The course runs July 31 to August 4 at the Varo hall.");
    assert!(got.contains("DATE:July 31 to August 4"), "{got}");
}

#[test]
fn a_range_opened_by_from_or_between_stays_two_dates() {
    let got = m("He ruled from 1936 to 1972, and she from 1972 to 1990.");
    assert!(got.contains("DATE:1936 | DATE:1972"), "{got}");
    assert!(!got.contains(" to "), "{got}");
    let got = m("It happened between May and June, and the talks ran on July 25 to July 29.");
    assert!(got.contains("DATE:May | DATE:June"), "{got}");
    assert!(got.contains("DATE:July 25 | DATE:July 29"), "{got}");
}

#[test]
fn a_scale_and_dollar_joined_by_a_hyphen_are_money() {
    let got = m("Regulators watch this multibillion-dollar industry closely.");
    assert!(got.contains("MONEY:multibillion-dollar"), "{got}");
    let got = m("They are running a multi-billion-dollar outfit offshore.");
    assert!(got.contains("MONEY:billion-dollar"), "{got}");
    assert!(!got.contains("MONEY:multi"), "{got}");
}

#[test]
fn other_words_before_dollar_are_no_new_money() {
    // an amount before the scale stays one mention, as before
    let got = m("The 30-million-dollar temple opened.");
    assert_eq!(got.matches("MONEY").count(), 1, "{got}");
    assert!(got.contains("MONEY:30-million-dollar"), "{got}");
    // a currency pair is no scale
    let got = m("The informal peso-dollar rate surged.");
    assert!(!got.contains("MONEY"), "{got}");
}
