//! Regressions (session 34, helper): a lone name opening a sentence that the article types a
//! person inside a sentence, peoples named by "community", "language", "ethnic". Short texts
//! written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_given_name_opening_a_sentence_keeps_the_person_typed_inside_one() {
    let got = m("The guards ignored Miguel for hours. Miguel has been in prison for two years.");
    assert_eq!(got.matches("PERSON:Miguel").count(), 2, "{got}");
    let got = m("Friends said Marta was calm. Marta never complained, and Marta wrote letters.");
    assert_eq!(got.matches("PERSON:Marta").count(), 3, "{got}");
}

#[test]
fn a_lone_word_opening_a_sentence_with_no_person_inside_one_is_still_dropped() {
    // typed only at sentence starts: no evidence from inside a sentence
    let got = m("Miguel has been in prison for two years. Miguel never complained.");
    assert!(!got.contains("PERSON:Miguel"), "{got}");
    // a place inside a sentence gives a word opening one no person
    let got = m("Crops failed in Dalvoran last year. Dalvoran is dry.");
    assert!(!got.contains("PERSON"), "{got}");
}

#[test]
fn a_word_before_community_or_language_is_a_people() {
    let got = m("Leaders of the Tavrani community met the minister on Monday.");
    assert!(got.contains("NORP:Tavrani"), "{got}");
    let got = m("The elders still teach songs in the Olumbe language at the school.");
    assert!(got.contains("NORP:Olumbe"), "{got}");
    let got = m("Clashes between herders and the Berti ethnic group left many dead.");
    assert!(got.contains("NORP:Berti"), "{got}");
}

#[test]
fn the_people_carries_to_its_other_mentions_and_its_plural() {
    let got = m(
        "The party courted the Tavrani community this week. The Tavranis were unmoved, and \
         one Tavrani leader said so. Tavranis will vote in May.",
    );
    assert_eq!(got.matches("NORP:Tavrani").count(), 4, "{got}");
    assert!(!got.contains("PERSON"), "{got}");
}

#[test]
fn a_place_a_class_word_or_a_sentence_opener_before_community_is_no_people() {
    // a gazetteer place stays a place
    let got = m("Residents of the Nairobi community gathered on Sunday.");
    assert!(got.contains("GPE:Nairobi"), "{got}");
    assert!(!got.contains("NORP"), "{got}");
    // a word of the closed classes ("Indigenous" never stands alone)
    let got = m("The plan helps Indigenous communities in the north.");
    assert!(!got.contains("NORP:Indigenous"), "{got}");
    // a word opening a sentence may be any capitalised word
    let got = m("Ravolen community leaders met on Sunday.");
    assert!(!got.contains("NORP"), "{got}");
}

#[test]
fn may_capitalised_inside_a_sentence_is_the_month() {
    let got =
        m("In its May report, the council said exports rose between March and May of this year.");
    assert_eq!(got.matches("DATE:May").count(), 2, "{got}");
    let got = m("Inmates escaped during the May riot. Last May, the board approved the budget.");
    assert_eq!(got.matches("DATE:May").count(), 2, "{got}");
    let got = m("Trade was slow. Although May of this year was busy, June was not.");
    assert!(got.contains("DATE:May"), "{got}");
}

#[test]
fn may_opening_a_sentence_or_beside_a_name_is_no_month() {
    let got = m("May the talks succeed. Officials said “May God help us all.”");
    assert!(!got.contains("DATE"), "{got}");
    let got = m("Prime Minister Theresa May spoke, and later Minister May left.");
    assert!(!got.contains("DATE"), "{got}");
    let got = m("Residents met May Tolvaren, who runs the shop.");
    assert!(!got.contains("DATE"), "{got}");
}
