//! Word counts and stop-word density: the prose measure that tells running text from menus.

/// Counts over one paragraph candidate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Words (runs of letters, digits, apostrophes inside words).
    pub words: usize,
    /// Of them, English function words ("the", "of", "and", ...).
    pub stop: usize,
    /// Words starting with an upper-case letter.
    pub capitalised: usize,
}

/// Count the words of `s`. Linear; only the first 64 bytes of a word are looked at.
pub(crate) fn counts(s: &str) -> Counts {
    let b = s.as_bytes();
    let mut c = Counts::default();
    let mut i = 0;
    while i < b.len() {
        if !is_word_byte(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len()
            && (is_word_byte(b[i])
                || (b[i] == b'\'' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic()))
        {
            i += 1;
        }
        let w = &b[start..i];
        c.words += 1;
        if w[0].is_ascii_uppercase() {
            c.capitalised += 1;
        } else if w[0] >= 0x80 {
            // Non-ASCII initial: look at the char.
            if s[start..].chars().next().is_some_and(char::is_uppercase) {
                c.capitalised += 1;
            }
        }
        if w.len() <= 8 && is_stop(w) {
            c.stop += 1;
        }
    }
    c
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// English function words, matched case-insensitively on ASCII.
pub(crate) fn is_stop(w: &[u8]) -> bool {
    let mut buf = [0u8; 8];
    if w.len() > 8 {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len()],
        b"a" | b"an"
            | b"the"
            | b"of"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"by"
            | b"for"
            | b"from"
            | b"with"
            | b"about"
            | b"into"
            | b"over"
            | b"after"
            | b"before"
            | b"between"
            | b"under"
            | b"and"
            | b"or"
            | b"but"
            | b"nor"
            | b"so"
            | b"as"
            | b"if"
            | b"than"
            | b"that"
            | b"this"
            | b"these"
            | b"those"
            | b"which"
            | b"who"
            | b"whom"
            | b"whose"
            | b"what"
            | b"when"
            | b"where"
            | b"while"
            | b"how"
            | b"why"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"been"
            | b"being"
            | b"has"
            | b"have"
            | b"had"
            | b"do"
            | b"does"
            | b"did"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"must"
            | b"shall"
            | b"not"
            | b"no"
            | b"it"
            | b"its"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"you"
            | b"i"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"your"
            | b"my"
            | b"him"
            | b"them"
            | b"us"
            | b"me"
            | b"there"
            | b"here"
            | b"also"
            | b"said"
            | b"says"
            | b"more"
            | b"most"
            | b"some"
            | b"all"
            | b"any"
            | b"each"
            | b"other"
            | b"such"
            | b"only"
            | b"just"
            | b"very"
            | b"then"
            | b"now"
            | b"up"
            | b"out"
            | b"one"
            | b"because"
            | b"until"
            | b"since"
            | b"through"
            | b"during"
            | b"against"
            | b"without"
            | b"within"
            | b"among"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($name:ident: $input:expr => ($w:expr, $s:expr, $c:expr);)*) => {$(
            #[test]
            fn $name() {
                let c = counts($input);
                assert_eq!((c.words, c.stop, c.capitalised), ($w, $s, $c));
            }
        )*};
    }

    t! {
        empty: "" => (0, 0, 0);
        prose: "The mayor said it was the cheapest year." => (8, 5, 1);
        menu: "Home News Sport" => (3, 0, 3);
        apostrophe: "Russia's team isn't here" => (4, 1, 1);
        non_ascii: "Émile Zoë and Łukasz" => (4, 1, 3);
        punctuation_only: "... --- !!! ???" => (0, 0, 0);
    }
}
