//! (session 30, lead) `credit_after` looks only at the places after a space or a bracket and
//! compares only the cues with the word's first two letters; the first version compared every
//! cue at every byte of a line's last 80 (a third more time on the WCXB pages). It must still
//! answer as that plain search does.

use super::credit_after;

/// The session's first `credit_after`: every cue at every byte of the line's last 80.
fn credit_after_reference(s: &str) -> bool {
    const CUES: [&str; 21] = [
        "photo:",
        "photos:",
        "photo by",
        "photos by",
        "photo credit",
        "photo courtesy",
        "photograph by",
        "photograph:",
        "photographer:",
        "image:",
        "image by",
        "image credit",
        "image courtesy",
        "image via",
        "image source",
        "picture:",
        "picture credit",
        "credit:",
        "courtesy ",
        "illustration:",
        "illustration by",
    ];
    let mut from = s.len().saturating_sub(80);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let tail = &s.as_bytes()[from..];
    (1..tail.len()).rev().any(|k| {
        let at = &tail[k..];
        let cue = CUES.iter().any(|c| {
            at.get(..c.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(c.as_bytes()))
        });
        let before = &tail[..k];
        let after_end = before.ends_with(b" ") && {
            let b = before.trim_ascii_end();
            [".", "!", "?", ")", "|", ":", "-", "\u{2013}", "\u{2014}"]
                .iter()
                .any(|e| b.ends_with(e.as_bytes()))
        };
        cue && (before.ends_with(b"(") || after_end)
            && at
                .split(u8::is_ascii_whitespace)
                .filter(|w| !w.is_empty())
                .count()
                <= 10
    })
}

#[test]
fn credits_of_every_shape_are_found_as_before() {
    for s in [
        "The old pier at dawn. Photo: Jane Roe",
        "The old pier at dawn | PHOTO BY Jane Roe",
        "Divers near the reef – Image credit: Harbor Media",
        "(Picture credit: Harbor Media)",
        "A ferry leaves the bay at noon! Courtesy of the port authority.",
        "The mayor spoke at the photo booth by the gate about the plan for the port.",
        "Crowds filled the hall; photographer: Ana Lind",
        "The cape in fog. Illustration by Tom Pike for the Harbour Post, all rights kept here",
        "No credit at all on this line, just words about the harbour and its boats.",
        "Café owners met. Crédit: Ana — Photo: Ana Lind",
    ] {
        assert_eq!(credit_after(s), credit_after_reference(s), "{s}");
    }
    assert!(credit_after("The old pier at dawn. Photo: Jane Roe"));
    assert!(!credit_after(
        "The mayor spoke at the photo booth by the gate about the plan."
    ));
}

proptest::proptest! {
    #[test]
    fn credit_after_agrees_with_the_plain_search(s in "([a-zA-Z .!?|:()\u{2013}\u{2014}é-]{0,6}((?i)photo:|photos by|photo credit|photograph by|image:|image via|picture credit|credit:|courtesy |illustration by|pi|ph|co|cr|im|il)?){0,14}") {
        proptest::prop_assert_eq!(credit_after(&s), credit_after_reference(&s));
    }
}
