//! Regressions (session 20), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn an_office_holders_possessive_inside_a_body_is_part_of_its_name() {
    assert_eq!(
        m("The Public Prosecutor's Office filed the appeal late."),
        "ORG:Public Prosecutor's Office"
    );
    assert_eq!(
        m("He appeared before the Tolan Magistrate’s Court on charges of fraud."),
        "ORG:Tolan Magistrate’s Court"
    );
    assert_eq!(
        m("She joined the Varen Women's Association last year."),
        "ORG:Varen Women's Association"
    );
    // Not a holder whose office is written apart, nor before no organisation head.
    assert_eq!(m("The Magistrate's ruling was read out."), "");
}
