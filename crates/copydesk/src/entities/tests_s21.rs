//! Regressions (session 21), over short texts written here.

use super::tests::mentions;

fn m(s: &str) -> String {
    mentions(&format!("Headline\n\n{s}\n"))
}

#[test]
fn a_lone_name_before_a_present_tense_verb_of_saying_is_a_person() {
    assert_eq!(
        m("In the third letter, Quelmar writes that the roads were shut."),
        "PERSON:Quelmar"
    );
    assert_eq!(
        m("Years later, Dravotin recalls how the mill closed."),
        "PERSON:Dravotin"
    );
    assert_eq!(
        m("On the phone, Ostrevy tells him the boat left."),
        "PERSON:Ostrevy"
    );
}
