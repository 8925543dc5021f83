//! Session 36's tests of the furniture rules' fast paths against their reference paths: a short
//! line normalised ([`normal`]) by runs of bytes against the same by characters, and the marks'
//! automaton against a comparison of every mark at every place.

use super::*;
use proptest::prelude::*;

/// [`normal`] as it was: a push of every character.
fn normal_by_chars(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{a0}' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The [`Mark`] kinds of the [`MARKS`] found anywhere in `s`, ASCII case-insensitive, by
/// comparing every mark at every place.
fn marks_compared(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut found = 0;
    for (mark, kind) in MARKS {
        let m = mark.as_bytes();
        if (0..b.len()).any(|i| {
            b[i..]
                .get(..m.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(m))
        }) {
            found |= 1 << *kind as u8;
        }
    }
    found
}

proptest! {
    #[test]
    fn normal_agrees_with_the_characters(s in "[a-zA-Z0-9 \u{a0}\u{2018}\u{2019}\u{2014}\u{b7}\u{c0}-\u{ff}\u{2020}-\u{203f}]{0,30}") {
        let mut out = String::from("left over");
        prop_assert_eq!(normal(&s, &mut out), normal_by_chars(&s));
    }

    #[test]
    fn marks_agree_with_every_mark_compared(
        s in "([a-zA-Z /|():›»→]{0,10}(cookie|we use|accept|policy|settings|share|email|reuters/|/reuters|/ap\\)|\\(photo:|getty images|all rights reserved|newsletter|inbox|tweet|whatsapp| › | » | → | / | \\| )?){0,30}"
    ) {
        prop_assert_eq!(marks_in(&s), marks_compared(&s));
    }
}
