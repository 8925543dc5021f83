//! Session 36's tests of the furniture rules' fast paths against their reference paths: a short
//! line normalised ([`normal`]) and trimmed ([`core`]) by bytes against the same by characters,
//! and the marks' automaton against a comparison of every mark at every place.

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

/// [`core`] as it was: three trims by characters.
fn core_by_chars(l: &str) -> &str {
    let l = l.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    core_chars(l)
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

#[test]
fn core_trims_as_the_characters_do() {
    for l in [
        "",
        "  12 comments (3) ",
        "\u{b}share\u{b}",
        "» related posts ›",
        "…more…",
        "## - | heading *",
        "related\u{2009}",
        "\u{2009}3 replies",
        "•* news",
        "7 …",
        "photo credit: harbor media →",
    ] {
        assert_eq!(core(l), core_by_chars(l), "{l:?}");
    }
}

#[test]
fn short_lines_normalise_as_the_characters_do() {
    for s in [
        "",
        "Harbor\u{a0}News",
        "Don\u{2019}t Miss \u{2018}This\u{2019}",
        "Caf\u{e9} \u{b7} \u{2014} \u{201c}Menu\u{201d} \u{c2}",
        "\u{2019}\u{2019}\u{a0}",
        "\u{2026}MORE",
    ] {
        let mut out = String::new();
        assert_eq!(normal(s, &mut out), normal_by_chars(s), "{s:?}");
    }
}

#[test]
fn marks_are_every_mark_compared() {
    for s in [
        "Share this on Facebook",
        "All Rights Reserved",
        "News » Sport › Tennis",
        "We use cookies to improve your browsing",
        "(Photo by Jane Roe/Getty Images)",
        "The harbor reopened on Monday after the storm passed.",
    ] {
        assert_eq!(marks_in(s), marks_compared(s), "{s:?}");
    }
}

proptest! {
    #[test]
    fn normal_agrees_with_the_characters(s in "[a-zA-Z0-9 \u{a0}\u{2018}\u{2019}\u{2014}\u{b7}\u{c0}-\u{ff}\u{2020}-\u{203f}]{0,30}") {
        let mut out = String::from("left over");
        prop_assert_eq!(normal(&s, &mut out), normal_by_chars(&s));
    }

    #[test]
    fn core_agrees_with_the_trims_by_characters(
        l in "[0-9 \t\u{b}\u{c}\r\n:.!()\\[\\]>|*#a-z\u{2009}\u{85}»›→…•-]{0,24}"
    ) {
        prop_assert_eq!(core(&l), core_by_chars(&l));
    }

    #[test]
    fn marks_agree_with_every_mark_compared(
        s in "([a-zA-Z /|():›»→]{0,10}(cookie|we use|accept|policy|settings|share|email|reuters/|/reuters|/ap\\)|\\(photo:|getty images|all rights reserved|newsletter|inbox|tweet|whatsapp| › | » | → | / | \\| )?){0,30}"
    ) {
        prop_assert_eq!(marks_in(&s), marks_compared(&s));
    }
}
