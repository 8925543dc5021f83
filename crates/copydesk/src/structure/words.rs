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

/// Count the words of `s`. Linear.
pub(crate) fn counts(s: &str) -> Counts {
    scan::<false>(s, usize::MAX).unwrap_or_default()
}

/// [`counts`], or `None` as soon as it is proven that `s` has more than `many` words and a
/// stop word for every ten words or fewer (running text), whatever the rest of `s` holds. Saves
/// counting most of a long paragraph.
///
/// The proof: [`words_at_most`] bounds the final count of words (so does the count so far plus
/// half the bytes left), and that of stop words is at least the count so far: with
/// `stop * 10 >=` that bound the text is running text.
pub(crate) fn counts_or_running_text(s: &str, many: usize) -> Option<Counts> {
    scan::<true>(s, many)
}

/// At least the number of words [`counts`] finds in `s`: one more than the bytes that are not
/// word bytes. Every word [`counts`] finds but the first comes after such a byte (it skips to a
/// word byte one non-word byte at a time). Counted without branches, which the compiler
/// vectorises.
fn words_at_most(s: &str) -> usize {
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
    fn other(b: u8) -> bool {
        ((b | 0x20).wrapping_sub(b'a') >= 26) & (b.wrapping_sub(b'0') >= 10) & (b < 0x80)
    }
    let mut n = 1;
    for block in s.as_bytes().chunks(128) {
        let mut others = 0u8;
        for &b in block {
            others += u8::from(other(b));
        }
        n += usize::from(others);
    }
    n
}

/// [`counts`]; with `CUT`, [`counts_or_running_text`].
#[inline]
fn scan<const CUT: bool>(s: &str, many: usize) -> Option<Counts> {
    let b = s.as_bytes();
    // Lines too short for more than `many` words are never cut short.
    let most = if CUT && b.len() > 2 * many {
        words_at_most(s)
    } else {
        usize::MAX
    };
    let mut c = Counts::default();
    let mut i = 0;
    while let Some(&first) = b.get(i) {
        if WORD_LOWER[usize::from(first)] == 0 {
            i += 1;
            continue;
        }
        // The word: word bytes, and apostrophes before an ASCII letter. Its bytes lower-cased
        // and packed (the last 8 count) for the stop-word table, which only words of up to 8
        // bytes are looked up in.
        let word = &b[i..];
        let mut key = 0u64;
        let mut len = 0;
        while let Some(&x) = word.get(len) {
            let v = match WORD_LOWER[usize::from(x)] {
                0 if x == b'\'' && word.get(len + 1).is_some_and(u8::is_ascii_alphabetic) => x,
                0 => break,
                v => v,
            };
            key = (key << 8) | u64::from(v);
            len += 1;
        }
        c.words += 1;
        if first.is_ascii_uppercase()
            || (first >= 0x80
                && s.get(i..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase))
        {
            c.capitalised += 1;
        }
        if len <= 8 && first.is_ascii_alphabetic() && stop_key(key) {
            c.stop += 1;
        }
        i += len;
        // At most `(s.len() - i) / 2` words are still to come: `s[i]` is not a word byte, and
        // every word takes a byte and is followed by one.
        if CUT && c.words > many && c.stop * 10 >= most.min(c.words + (b.len() - i) / 2) {
            return None;
        }
    }
    Some(c)
}

/// For every byte: 0 if it is not part of a word, else the byte ASCII lower-cased. Word bytes are
/// letters, digits and every byte of a non-ASCII character (none of them 0).
static WORD_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            t[i] = b.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

/// English function words, matched case-insensitively on ASCII: each packed into a `u64` and
/// looked up in an open-addressing table.
#[inline]
fn stop_key(key: u64) -> bool {
    let mut i = slot(key);
    loop {
        match STOP_TABLE[i] {
            0 => return false,
            k if k == key => return true,
            _ => i = (i + 1) & (SLOTS - 1),
        }
    }
}

const SLOTS: usize = 1024;

#[inline]
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

/// An open-addressing table of the packed stop words (0 marks an empty slot), built by the
/// compiler.
static STOP_TABLE: [u64; SLOTS] = {
    let mut t = [0u64; SLOTS];
    let mut w = 0;
    while w < STOP.len() {
        let bytes = STOP[w].as_bytes();
        let mut key = 0u64;
        let mut j = 0;
        while j < bytes.len() {
            key = (key << 8) | bytes[j] as u64;
            j += 1;
        }
        let mut i = slot(key);
        while t[i] != 0 && t[i] != key {
            i = (i + 1) & (SLOTS - 1);
        }
        t[i] = key;
        w += 1;
    }
    t
};

const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "into",
    "over", "after", "before", "between", "under", "and", "or", "but", "nor", "so", "as", "if",
    "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when",
    "where", "while", "how", "why", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
    "must", "shall", "not", "no", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her",
    "their", "our", "your", "my", "him", "them", "us", "me", "there", "here", "also", "said",
    "says", "more", "most", "some", "all", "any", "each", "other", "such", "only", "just", "very",
    "then", "now", "up", "out", "one", "because", "until", "since", "through", "during", "against",
    "without", "within", "among",
];

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
        long_words: "Extraordinarily INTERNATIONALISATION don't o'clock" => (4, 0, 2);
    }

    #[test]
    fn word_bytes_agree_with_the_table() {
        for b in 0..=255u8 {
            let text = [b'.', b, b'.'];
            let want = if WORD_LOWER[usize::from(b)] == 0 {
                4
            } else {
                3
            };
            if let Ok(s) = std::str::from_utf8(&text) {
                assert_eq!(words_at_most(s), want, "{b:#x}");
            }
        }
    }

    #[test]
    fn long_running_text_is_cut_short() {
        let p = "The mayor said it was the cheapest year of the decade. ".repeat(8);
        assert_eq!(counts_or_running_text(&p, 30), None);
        let menu = "Home News Sport Weather Opinion Culture Travel Video ".repeat(8);
        assert_eq!(counts_or_running_text(&menu, 30), Some(counts(&menu)));
    }

    /// The first version of [`counts`], a byte at a time: the table-driven one must agree.
    fn counts_reference(s: &str) -> Counts {
        let b = s.as_bytes();
        let word = |x: u8| x.is_ascii_alphanumeric() || x >= 0x80;
        let mut c = Counts::default();
        let mut i = 0;
        while i < b.len() {
            if !word(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let mut key = 0u64;
            while i < b.len() {
                let x = b[i];
                if word(x) || (x == b'\'' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic()) {
                    key = (key << 8) | u64::from(x.to_ascii_lowercase());
                    i += 1;
                } else {
                    break;
                }
            }
            c.words += 1;
            let first = b[start];
            if first.is_ascii_uppercase()
                || (first >= 0x80 && s[start..].chars().next().is_some_and(char::is_uppercase))
            {
                c.capitalised += 1;
            }
            let stop = STOP
                .iter()
                .any(|w| w.bytes().fold(0u64, |k, x| (k << 8) | u64::from(x)) == key);
            if i - start <= 8 && first.is_ascii_alphabetic() && stop {
                c.stop += 1;
            }
        }
        c
    }

    proptest::proptest! {
        #[test]
        fn counts_agree_with_reference(s in "([A-Za-z']{0,12}[ .,’é\\-]{0,2}){0,30}") {
            proptest::prop_assert_eq!(counts(&s), counts_reference(&s));
        }

        #[test]
        fn counts_agree_on_any_text(s in "\\PC{0,200}") {
            proptest::prop_assert_eq!(counts(&s), counts_reference(&s));
            proptest::prop_assert!(words_at_most(&s) >= counts(&s).words);
        }

        #[test]
        fn running_text_is_proven_only_when_true(
            many in 0usize..40,
            s in "((the|of|a|and|said|it|Is|[A-Za-z']{1,9}|[0-9]{1,3}|é|’)[ .,\\-]{1,2}){0,160}"
        ) {
            let full = counts(&s);
            proptest::prop_assert!(words_at_most(&s) >= full.words);
            match counts_or_running_text(&s, many) {
                Some(c) => proptest::prop_assert_eq!(c, full),
                None => proptest::prop_assert!(full.words > many && full.stop * 10 >= full.words),
            }
        }
    }
}
