//! Regressions (session 32, lead): "Day" written capitalised before a speech verb is a family
//! name, not the time word "day": "“…,” Day said" has a speaker. Sentences written for the tests.

use super::run;

#[test]
fn day_before_said_is_the_speaker() {
    let body = "Robert Day, a local trader, opposed the plan.\n\n\
                \"This is a mistake for the harbor,\" Day said.";
    // (session 33: "opposed the plan" is a reported stance of its own; the quotation is the
    // row asked about)
    let rows: Vec<_> = run(body, &[])
        .into_iter()
        .filter(|r| r.0 == crate::QuoteKind::Direct)
        .collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("Robert Day"), "{rows:?}");
    assert_eq!(rows[0].3.as_deref(), Some("said"), "{rows:?}");
}

#[test]
fn day_before_said_speaks_without_a_full_name() {
    // No "Robert Day" in the article: the speaker is the name as written, not dropped as a time.
    let body = "The rain fell all week on the town.\n\n\"It was awful,\" Day said.";
    let rows = run(body, &[]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].2.as_deref(), Some("Day"), "{rows:?}");
}
