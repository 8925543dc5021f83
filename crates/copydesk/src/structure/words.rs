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
    scan::<false>(s, usize::MAX, (0, usize::MAX)).unwrap_or_default()
}

/// [`counts`], or `None` as soon as it is proven that `s` has more than `many` words and a
/// stop word for every ten words or fewer (running text), whatever the rest of `s` holds. Saves
/// counting most of a long paragraph.
///
/// The proof: [`word_bounds`] bounds the final count of words from below (it must exceed
/// `many`; so may the count so far) and from above, and that of stop words is at least the count
/// so far: with `stop * 10 >=` the upper bound the text is running text.
#[cfg(test)]
pub(crate) fn counts_or_running_text(s: &str, many: usize) -> Option<Counts> {
    scan::<true>(s, many, cut_bounds(s, many, None))
}

/// The number of code points of `s` (`s.chars().count()`), and what
/// `counts_or_running_text(s, many_of(that number))` gives: [`counts`], or `None` once `s` is
/// proven running text of more than `many` words. `many_of` must not grow with its
/// argument: then the bounds' pass, which needs `many` only to know whether it is worth making,
/// is made before the code points are known, and counts them on the way.
pub(crate) fn chars_and_counts_or_running_text(
    s: &str,
    many_of: impl Fn(usize) -> usize,
) -> (usize, Option<Counts>) {
    // A text has at most as many code points as bytes, so `many_of(its length)` is the least
    // `many` can be.
    let (chars, bounds) = if s.len() > 2 * many_of(s.len()) {
        let (least, most, chars) = bounds_and_chars(s);
        (chars, Some((least, most)))
    } else {
        (s.chars().count(), None)
    };
    let many = many_of(chars);
    (chars, scan::<true>(s, many, cut_bounds(s, many, bounds)))
}

/// The word bounds [`scan`] uses to cut counting short: `known` or made, for a text long
/// enough to hold more than `many` words; else none.
fn cut_bounds(s: &str, many: usize, known: Option<(usize, usize)>) -> (usize, usize) {
    // Lines too short for more than `many` words are never cut short.
    if s.len() > 2 * many {
        known.unwrap_or_else(|| word_bounds(s))
    } else {
        (0, usize::MAX)
    }
}

/// `(at_least, at_most)`: bounds on the number of words [`counts`] finds in `s`, from one pass
/// without branches over the pairs of neighbouring bytes, which the compiler vectorises.
///
/// Every word starts at a word byte that opens `s` or follows a byte that is not a word byte
/// (the scan skips to a word byte one non-word byte at a time, and a word takes every word byte
/// after it): those are at most the words. Where that byte is not an apostrophe either, the
/// word before (if any) ended there, so a word starts: those are at least the words. They differ
/// only by words after a lone apostrophe ("'tis") and the words joined by one ("don't").
fn word_bounds(s: &str) -> (usize, usize) {
    let (least, most, _) = bounds_and_chars(s);
    (least, most)
}

/// [`word_bounds`], and the number of code points of `s`, counted in the same pass (the bytes
/// that do not continue a UTF-8 sequence).
fn bounds_and_chars(s: &str) -> (usize, usize, usize) {
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
    fn word(b: u8) -> u8 {
        u8::from(((b | 0x20).wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10) | (b >= 0x80))
    }
    let b = s.as_bytes();
    // Before the text: neither a word byte nor an apostrophe.
    let Some(&first) = b.first() else {
        return (0, 0, 0);
    };
    let (mut least, mut most) = (usize::from(word(first)), usize::from(word(first)));
    // The first byte of a `str` starts a code point.
    let mut continuations = 0;
    // Each byte is read with the one before it straight from the text (classifying every byte
    // twice costs less than reading the classes back from a buffer just written); the counts of
    // 128 pairs fit a `u8`.
    for (before, after) in b.chunks(128).zip(b[1..].chunks(128)) {
        let (mut starts, mut sure, mut more) = (0u8, 0u8, 0u8);
        for (&x, &y) in before.iter().zip(after) {
            let start = word(y) & !word(x) & 1;
            starts += start;
            sure += start & u8::from(x != b'\'');
            more += u8::from(y & 0xC0 == 0x80);
        }
        most += usize::from(starts);
        least += usize::from(sure);
        continuations += usize::from(more);
    }
    (least, most, b.len() - continuations)
}

/// The 8 bytes of `b` from `i` on as a little-endian `u64` (the first byte lowest), zeros past
/// the end.
#[inline]
fn load8(b: &[u8], i: usize) -> u64 {
    let rest = b.get(i..).unwrap_or_default();
    if let Some(&w) = rest.first_chunk::<8>() {
        u64::from_le_bytes(w)
    } else {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        u64::from_le_bytes(w)
    }
}

/// The high bit of every byte of `w` that is not a word byte (see [`WORD_LOWER`]), without
/// branches: 8 bytes tested at once.
#[inline]
const fn not_word_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Below 0x80 a byte is a letter or a digit when its low 7 bits are in range; adding to a
    // 7-bit value carries into its high bit, never into the next byte.
    let low = w & !HIGH;
    let folded = low | (0x20 * ONES);
    let letter = (folded + (0x80 - 0x61) * ONES) & !(folded + (0x7f - 0x7a) * ONES);
    let digit = (low + (0x80 - 0x30) * ONES) & !(low + (0x7f - 0x39) * ONES);
    !(letter | digit | w) & HIGH
}

/// [`counts`]; with `CUT`, `counts_or_running_text`. `(least, most)`: [`word_bounds`] of `s`,
/// or `(0, usize::MAX)` when it may not be cut short.
#[inline]
fn scan<const CUT: bool>(s: &str, many: usize, (least, most): (usize, usize)) -> Option<Counts> {
    let b = s.as_bytes();
    let mut c = Counts::default();
    let mut i = 0;
    while let Some(&first) = b.get(i) {
        if WORD_LOWER[usize::from(first)] == 0 {
            i += 1;
            continue;
        }
        let len = word_len(&b[i..]);
        c.words += 1;
        // Whether a word is capitalised or a stop word is a coin toss for the branch predictor:
        // both are added up without branches (the rare non-ASCII first letter aside).
        c.capitalised += usize::from(first.is_ascii_uppercase());
        if first >= 0x80
            && s.get(i..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase)
        {
            c.capitalised += 1;
        }
        let key = stop_word_key(load8(b, i), len.min(8));
        #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
        let stop = (len <= 8) & first.is_ascii_alphabetic() & stop_key(key);
        c.stop += usize::from(stop);
        // Only a stop word can settle it (the bounds do not change).
        if CUT && c.stop * 10 >= most && stop && c.words.max(least) > many {
            return None;
        }
        i += len;
    }
    Some(c)
}

/// The length of the word `word` starts with: word bytes, and apostrophes before an ASCII
/// letter, 8 bytes at a time.
fn word_len(word: &[u8]) -> usize {
    let mut len = 0;
    loop {
        let ends = not_word_bytes(load8(word, len));
        if ends == 0 {
            len += 8;
            continue;
        }
        len += ends.trailing_zeros() as usize / 8;
        if word.get(len) == Some(&b'\'') && word.get(len + 1).is_some_and(u8::is_ascii_alphabetic) {
            len += 1;
        } else {
            return len;
        }
    }
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

/// The first `len` (1 to 8) bytes of `head` (little-endian, see [`load8`]) packed into a `u64`,
/// the first byte highest, ASCII letters lower-cased: the form of the [`STOP_TABLE`] keys.
/// (Setting bit 5 of the other word bytes, digits, apostrophes and bytes from 0x80, keeps them
/// what they are or makes them other non-letters: no key holds them.)
#[inline]
fn stop_word_key(head: u64, len: usize) -> u64 {
    let lower = head | 0x2020_2020_2020_2020;
    // The first `len` bytes, the first one highest.
    (lower << (8 * (8 - len))).swap_bytes()
}

/// English function words, matched case-insensitively on ASCII: each packed into a `u64` and
/// looked up in an open-addressing table, where every word lies in its slot or the next one
/// (checked when the table is built), so both are read without a branch.
#[inline]
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
fn stop_key(key: u64) -> bool {
    let i = slot(key);
    (STOP_TABLE[i] == key) | (STOP_TABLE[(i + 1) & (SLOTS - 1)] == key)
}

/// 2 kB: the table stays in the first-level cache beside the other stages' tables. The
/// multiplier was found by trying random odd numbers until no word landed two slots past its
/// own (113 words in 256 slots).
const SLOTS: usize = 256;

#[inline]
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0xEBB2_3987_29BE_39F1) >> 56) as usize & (SLOTS - 1)
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
        let mut step = 0;
        while t[i] != 0 && t[i] != key {
            i = (i + 1) & (SLOTS - 1);
            step += 1;
        }
        assert!(
            step <= 1,
            "a stop word two slots past its own: see `stop_key`"
        );
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
            let want = usize::from(WORD_LOWER[usize::from(b)] != 0);
            if let Ok(s) = std::str::from_utf8(&text) {
                assert_eq!(word_bounds(s), (want, want), "{b:#x}");
            }
        }
    }

    #[test]
    fn word_bytes_agree_with_the_eight_byte_test() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let w = u64::from(b) << (8 * at);
                let want = if WORD_LOWER[usize::from(b)] == 0 {
                    0x80 << (8 * at)
                } else {
                    0
                };
                // The other bytes are 0, not word bytes.
                let others = 0x8080_8080_8080_8080 & !(0x80 << (8 * at));
                assert_eq!(not_word_bytes(w), want | others, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn word_bounds_around_apostrophes_and_blocks() {
        assert_eq!(word_bounds(""), (0, 0));
        assert_eq!(word_bounds("don't 'tis o'"), (2, 4));
        // A word across the 64-byte blocks is one word; an apostrophe ends a block.
        let long = format!("{} x{}'y", "a".repeat(70), " ".repeat(55));
        assert_eq!(word_bounds(&long), (2, 3));
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
            let (least, most) = word_bounds(&s);
            let words = counts(&s).words;
            proptest::prop_assert!(least <= words && words <= most);
        }

        #[test]
        fn the_bounds_pass_counts_code_points(s in "\\PC{0,300}") {
            proptest::prop_assert_eq!(bounds_and_chars(&s).2, s.chars().count());
            let many_of = |chars: usize| if chars > 50 { 5 } else { 8 };
            let (chars, cut) = chars_and_counts_or_running_text(&s, many_of);
            proptest::prop_assert_eq!(chars, s.chars().count());
            proptest::prop_assert_eq!(cut, counts_or_running_text(&s, many_of(chars)));
        }

        #[test]
        fn running_text_is_proven_only_when_true(
            many in 0usize..40,
            s in "((the|of|a|and|said|it|Is|[A-Za-z']{1,9}|[0-9]{1,3}|é|’)[ .,\\-]{1,2}){0,160}"
        ) {
            let full = counts(&s);
            let (least, most) = word_bounds(&s);
            proptest::prop_assert!(least <= full.words && full.words <= most);
            match counts_or_running_text(&s, many) {
                Some(c) => proptest::prop_assert_eq!(c, full),
                None => proptest::prop_assert!(full.words > many && full.stop * 10 >= full.words),
            }
        }
    }
}
