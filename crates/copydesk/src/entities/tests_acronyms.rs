//! Regressions (session 11): an acronym the article spells out in lower-case words names a
//! thing, not an organisation ("new energy vehicles (NEV)", "NPLs (non-performing loans)"), and
//! none of its mentions is an entity; one whose spelling ends in a word for a body of people
//! ("special investigation team (SIT)", "ministry of health (MOH)") stays an organisation. Every such acronym was an ORG.
//! Session 12 adds two more rules about which capitalised words name an organisation: the head
//! words "Electronics" and "Charity", and a Title Case first line that ends with a point.

use super::lower_case_expansion_of;
use crate::Parser;

/// The names of the article's entities.
fn names(text: &str) -> Vec<String> {
    let article = Parser::global().parse(text);
    article.validate().expect("record invariants hold");
    article.entities.iter().map(|e| e.name.clone()).collect()
}

#[test]
fn acronyms_of_lower_case_things_are_no_entities() {
    let text = "Carmakers Bet on Cleaner Fleets\n\n\
                Dealers in Lyon sold more new energy vehicles (NEV) this spring. NEV sales rose.\n\n\
                Lenders cut their NPLs (non-performing loans) by half. The NPL ratio fell.\n\n\
                Buyers want a fast central processing unit (CPU) and a bright screen.\n";
    let got = names(text);
    for gone in ["NEV", "NPL", "CPU"] {
        assert!(!got.iter().any(|n| n == gone), "{gone} in {got:?}");
    }
    assert!(got.iter().any(|n| n == "Lyon"), "{got:?}");
}

#[test]
fn acronyms_of_bodies_stay_organisations() {
    let text = "Inquiry Widens\n\nThe special investigation team (SIT) questioned two officers. \
                The SIT said it would report in May.\n";
    let got = names(text);
    assert!(
        got.iter()
            .any(|n| n == "SIT" || n.contains("special investigation team")),
        "{got:?}"
    );
}

#[test]
fn spelling_rules() {
    assert!(lower_case_expansion_of(
        "sold more new energy vehicles ",
        "NEV"
    ));
    assert!(lower_case_expansion_of("non-performing loans", "NPL"));
    assert!(lower_case_expansion_of("the gross domestic product", "GDP"));
    assert!(!lower_case_expansion_of(
        "the ministry of health and welfare",
        "MHW"
    ));
    assert!(!lower_case_expansion_of(
        "the special investigation team",
        "SIT"
    ));
    assert!(!lower_case_expansion_of(
        "the Strategic Environmental Assessment",
        "SEA"
    ));
    assert!(!lower_case_expansion_of("energy vehicles", "NEV"));
    assert!(!lower_case_expansion_of("", "NEV"));
    assert!(!lower_case_expansion_of("über écoles naïves", "UEN"));
}

/// "HH" ("His Highness") before a ruler's name is a title, not an organisation (it was one).
#[test]
fn highness_initials_are_a_title() {
    let text = "Cabinet Resigns\n\nThe order, signed by HH the Emir, took effect on Sunday. \
                A new cabinet will be named by HH Sheikh Hamad Al Rashid next week.\n";
    let got = names(text);
    assert!(!got.iter().any(|n| n == "HH"), "{got:?}");
}

/// Session 12: "Electronics", "Charity" and "Charities" end an organisation's name as "Group"
/// and "Holdings" do ("Samsung Electronics", "Qatar Charity"): the name was cut to the word
/// before it, or the place before it was taken alone ("Qatar").
#[test]
fn electronics_and_charity_end_organisation_names() {
    let text = "Chip Deal Signed\n\nSamsung Electronics signed a supply deal with a firm in Lyon \
                on Monday. Harbor Charity will run the training.\n";
    let article = Parser::global().parse(text);
    let orgs: Vec<&str> = article
        .entities
        .iter()
        .filter(|e| e.label == crate::Label::Org)
        .map(|e| e.name.as_str())
        .collect();
    for want in ["Samsung Electronics", "Harbor Charity"] {
        assert!(orgs.contains(&want), "{want} not in {orgs:?}");
    }
}

/// Session 12: an article's first line in Title Case that ends with a point, where no title was
/// found, is a headline: its capitals are no names ("Harbor County Says" was an ORG and
/// "Should Win Council Vote" a PERSON); only names the article knows are read in it. A first
/// line that is a sentence keeps its names.
#[test]
fn a_pointed_title_case_first_line_is_a_headline() {
    let text = "Harbor County Says Mayor Should Win Council Vote.\n\nMayor Ann Roe spoke to voters \
                in Harbor County on Monday. Roe said the vote would be close.\n";
    let got = names(text);
    assert!(
        !got.iter()
            .any(|n| n.contains("Says") || n.contains("Should")),
        "{got:?}"
    );
    assert!(got.iter().any(|n| n == "Harbor County"), "{got:?}");
    let sentence = "Salalah: The Date Fair was opened at Lulu Market in Dhofar.\n\nTraders came.\n";
    let got = names(sentence);
    assert!(got.iter().any(|n| n == "Lulu Market"), "{got:?}");
}

/// Session 14: a short name in brackets after an organisation's name that is no acronym in
/// capitals ("Institute of Marine Studies (Imarest)", "Ministry of Trade (`MoTr`)") stands for the
/// organisation, here and where the article uses it again (it was no entity, or a PERSON). The
/// plural of an acronym ("Impact Assessments (EIAs)") and a known place stay what they were.
#[test]
fn a_short_name_in_brackets_after_an_organisation_is_the_organisation() {
    let text = "Survey Begins\n\nThe Northern Institute of Marine Studies (Imarest) opened a \
                station on Monday. A team from Imarest will measure the tides, and the Harbor \
                Ministry of Trade (Motrade) will pay for it. Later, Motrade said the cost was \
                small. The Coastal Board filed four Impact Assessments (EIAs) in May, and the \
                Lyon Trading Company (Lyon) sold fish.\n";
    let article = Parser::global().parse(text);
    article.validate().expect("record invariants hold");
    let org_of = |surface: &str| {
        article
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| &text[m.start..m.end] == surface))
    };
    for (short, full) in [
        ("Imarest", "Northern Institute of Marine Studies"),
        ("Motrade", "Harbor Ministry of Trade"),
    ] {
        let e = org_of(short).unwrap_or_else(|| panic!("{short} is no entity"));
        assert_eq!(e.label, crate::Label::Org, "{short}");
        assert_eq!(e.name, full, "{short}");
        assert_eq!(e.mentions.len(), 3, "{short}: {:?}", e.mentions);
    }
    assert!(org_of("EIAs").is_none_or(|e| e.label != crate::Label::Org));
    assert!(org_of("Lyon").is_some_and(|e| e.label != crate::Label::Org));
}
