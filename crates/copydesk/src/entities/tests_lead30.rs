//! Regressions (session 30, lead): an ordinal day "of" its month is one date with it; "won"
//! after a number is the verb before "the"; "pence" is money. Short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn an_ordinal_day_of_the_month_is_one_date() {
    let got = m("The river rose on the 13th of June 2031, and the mayor spoke on the 2nd of May.");
    assert!(got.contains("DATE:13th of June 2031"), "{got}");
    assert!(got.contains("DATE:2nd of May"), "{got}");
    assert!(!got.contains("DATE:June 2031"), "{got}");
    let got = m("The charter was sealed on the 9th day of October, 1961, by the elders.");
    assert!(got.contains("DATE:9th day of October, 1961"), "{got}");
    assert!(!got.contains("DATE:1961"), "{got}");
    // A plain number "of" a month is no day of it; "day of" needs the ordinal too.
    let got = m("Nine of the 12 of June's ferries were late, and 4 day of May trips ran.");
    assert!(!got.contains("DATE:12 of June"), "{got}");
    assert!(!got.contains("DATE:4 day of May"), "{got}");
    // The day before the month stays as it was.
    let got = m("She landed on 14 May 2031 in the rain.");
    assert!(got.contains("DATE:14 May 2031"), "{got}");
}

#[test]
fn won_after_a_number_is_the_verb_before_the_or_against() {
    let got = m("In the final, Harbour 2 won the opening game and Lakeside 3 won against them.");
    assert!(!got.contains("MONEY:2 won"), "{got}");
    assert!(!got.contains("MONEY:3 won"), "{got}");
    // The currency is still money, also before "a".
    let got = m("The lender lost 280.5 billion won in May, and a room cost 50,000 won a night.");
    assert!(got.contains("MONEY:280.5 billion won"), "{got}");
    assert!(got.contains("MONEY:50,000 won"), "{got}");
}

#[test]
fn pence_is_money() {
    let got = m("A loaf of bread went up by 40 pence in the village shop.");
    assert!(got.contains("MONEY:40 pence"), "{got}");
}

#[test]
fn early_or_late_before_a_weekday_makes_a_time_not_a_date() {
    let got = m("The ferry sank early Tuesday, and the rescue ended late on Friday.");
    assert!(!got.contains("DATE:Tuesday"), "{got}");
    assert!(!got.contains("DATE:Friday"), "{got}");
    // A weekday with no such word stays a date.
    let got = m("The ferry sank on Tuesday, and the inquiry opened last Friday.");
    assert!(got.contains("DATE:Tuesday"), "{got}");
    assert!(got.contains("DATE:Friday"), "{got}");
}

#[test]
fn holidays_are_dates_and_no_people() {
    let got = m(
        "The stalls stayed open on Christmas Eve, and prices climbed before Eid-ul-Adha and \
         again before Eid al-Fitr. The choir sang on Easter Sunday, and the schools shut \
         during Ramadan and for Yom Kippur.",
    );
    for date in [
        "DATE:Christmas Eve",
        "DATE:Eid-ul-Adha",
        "DATE:Eid al-Fitr",
        "DATE:Easter Sunday",
        "DATE:Ramadan",
        "DATE:Yom Kippur",
    ] {
        assert!(got.contains(date), "{date} in {got}");
    }
    assert!(!got.contains("PERSON:"), "{got}");
    // Inside another name, the holiday's word is that name's.
    let got = m("The ship reached Christmas Island, and the scholar Omar Ramadan spoke.");
    assert!(!got.contains("DATE:"), "{got}");
    assert!(got.contains("PERSON:Omar Ramadan"), "{got}");
}
