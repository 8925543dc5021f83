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
    let (chars, bounds) = if worth_cutting(s, many_of(s.len())) {
        let pass = bounds_and_chars(s);
        let many = many_of(pass.chars);
        // The pass's own stop words may settle it at once: more than `many` words for sure, and
        // a sure stop word for every ten words at most. `scan` would find as many stop words or
        // more and so return `None` too, at the last of them or before.
        if worth_cutting(s, many) && pass.least > many && pass.stop_least * 10 >= pass.most {
            return (pass.chars, None);
        }
        (pass.chars, Some((pass.least, pass.most)))
    } else {
        (s.chars().count(), None)
    };
    let many = many_of(chars);
    // A line not worth cutting (most: every line of at most `PASS_FROM` bytes) is counted to
    // its end without the test for the cut, which cannot pass there (`stop * 10` never reaches
    // `usize::MAX`): the optimiser tested the coin toss `stop` first, once a word, and that
    // branch mispredicted about one word in three.
    if !worth_cutting(s, many) {
        return (chars, scan::<false>(s, usize::MAX, (0, usize::MAX)));
    }
    (chars, scan::<true>(s, many, cut_bounds(s, many, bounds)))
}

/// The word bounds [`scan`] uses to cut counting short: `known` or made, for a text long
/// enough to be worth it ([`worth_cutting`]); else none.
fn cut_bounds(s: &str, many: usize, known: Option<(usize, usize)>) -> (usize, usize) {
    if worth_cutting(s, many) {
        known.unwrap_or_else(|| word_bounds(s))
    } else {
        (0, usize::MAX)
    }
}

/// Lines of at most this many bytes are counted in full, without the bounds' pass: with more
/// than 20 or 30 words (the `many` of [`crate::structure`]) they are rare, so the pass could
/// almost never cut their counting short and only added its cost. On 1 MB of `PolNeAR` and of
/// the repository's articles, every line of 61 to 150 bytes that made the pass was counted to
/// its end anyway, and three in five of those of 151 to 200 bytes; of 201 to 250 bytes, one
/// in twenty.
const PASS_FROM: usize = 200;

/// Whether counting `s` may be cut short ([`cut_bounds`], and the pass of
/// [`chars_and_counts_or_running_text`]): only a line long enough to hold more than `many`
/// words (each but the last followed by a byte that is not a word byte) and longer than
/// [`PASS_FROM`] bytes. Counting in full instead gives the same answer or the exact counts
/// that prove it.
fn worth_cutting(s: &str, many: usize) -> bool {
    s.len() > 2 * many && s.len() > PASS_FROM
}

/// `(at_least, at_most)`: bounds on the number of words [`counts`] finds in `s`, from one pass
/// without branches over the bytes and their neighbours, which the compiler vectorises (see
/// [`bounds_and_chars`]).
fn word_bounds(s: &str) -> (usize, usize) {
    let pass = bounds_and_chars(s);
    (pass.least, pass.most)
}

/// What [`bounds_and_chars`] finds in one pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Pass {
    /// At least this many words.
    least: usize,
    /// At most this many words.
    most: usize,
    /// Code points.
    chars: usize,
    /// At least this many stop words: the commonest ones, "the", "of", "to", "and", "a" and
    /// "in", found between two spaces.
    stop_least: usize,
}

/// Positions read per block of [`bounds_and_chars`]: the counts of a block fit a `u8`. The
/// last block of a line is padded with zeros and read whole: 80 bytes (five vectors of 16)
/// waste less on the news paragraphs of 150 to 300 bytes than 128 did (instructions of the
/// pass over the bench article's paragraphs, in a scratch program: 64 bytes -6 %, 80 -10 %,
/// 96 -10 %, 32 -3 %).
const BLOCK: usize = 80;
/// A block and the byte before it and the three after it.
const WINDOW: usize = BLOCK + 4;

/// Bounds on the number of words [`counts`] finds in `s`, the number of code points of `s`
/// (the bytes that do not continue a UTF-8 sequence) and a lower bound on its stop words, in
/// one pass without branches that the compiler vectorises.
///
/// Words: every word starts at a word byte that opens `s` or follows a byte that is not a word
/// byte (the scan skips to a word byte one non-word byte at a time, and a word takes every word
/// byte after it): those are at most the words. Where that byte is not an apostrophe either, the
/// word before (if any) ended there, so a word starts: those are at least the words. They differ
/// only by words after a lone apostrophe ("'tis") and the words joined by one ("don't").
///
/// Stop words: a common stop word between two spaces is a word of [`counts`] that it counts
/// as a stop word (a space is neither a word byte nor an apostrophe, so the word starts and
/// ends there).
fn bounds_and_chars(s: &str) -> Pass {
    let b = s.as_bytes();
    let mut pass = Pass::default();
    let Some(&first) = b.first() else {
        return pass;
    };
    // The first byte by hand: before it stands no byte (as a zero would: neither a word byte
    // nor an apostrophe nor a space), so a word starts there if it is a word byte, surely, and
    // no stop word does. The blocks then read the text from its first byte on, and only the
    // last one is padded.
    let start = usize::from(word_byte(first));
    pass.most = start;
    pass.least = start;
    let mut continuations = usize::from(first & 0xC0 == 0x80);
    let mut at = 1;
    while at < b.len() {
        // The bytes `at - 1 .. at + BLOCK + 3`, zeros after the text: a zero is neither a word
        // byte nor an apostrophe nor a continuation byte.
        let whole = b
            .get(at - 1..at - 1 + WINDOW)
            .and_then(|w| <&[u8; WINDOW]>::try_from(w).ok());
        let (starts, sure, more, stops) = if let Some(w) = whole {
            block_counts(w)
        } else {
            let mut padded = [0u8; WINDOW];
            let rest = &b[at - 1..];
            padded[..rest.len()].copy_from_slice(rest);
            block_counts(&padded)
        };
        pass.most += usize::from(starts);
        pass.least += usize::from(sure);
        continuations += usize::from(more);
        pass.stop_least += usize::from(stops);
        at += BLOCK;
    }
    pass.chars = b.len() - continuations;
    pass
}

/// 1 for a word byte (letters, digits, every byte from 0x80), else 0; without branches.
#[inline]
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
fn word_byte(b: u8) -> u8 {
    u8::from(((b | 0x20).wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10) | (b >= 0x80))
}

/// The counts of one block of [`bounds_and_chars`]: word starts, sure word starts, continuation
/// bytes and sure stop words at the positions `1..=BLOCK` of `w`. Every byte is read with its
/// neighbours straight from the text (classifying a byte several times costs less than reading
/// the classes back from a buffer just written).
#[inline]
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
fn block_counts(w: &[u8; WINDOW]) -> (u8, u8, u8, u8) {
    let word = word_byte;
    let (mut starts, mut sure, mut more, mut stops) = (0u8, 0u8, 0u8, 0u8);
    // `word(x)` is the `word(y)` of the turn before: carried over (the compiler shifts the
    // vector of classes by one byte) rather than computed again.
    let mut word_x = word(w[0]);
    for j in 0..BLOCK {
        let (x, y) = (w[j], w[j + 1]);
        let word_y = word(y);
        let start = word_y & !word_x & 1;
        word_x = word_y;
        starts += start;
        sure += start & u8::from(x != b'\'');
        more += u8::from(y & 0xC0 == 0x80);
        // A stop word between two spaces (a space is neither a word byte nor an apostrophe):
        // the cheapest test that finds most of them in running text.
        let (b2, b3, b4) = (w[j + 2], w[j + 3], w[j + 4]);
        let one = u8::from(y == b'a') & u8::from(b2 == b' ');
        let two = ((u8::from(y == b'o') & u8::from(b2 == b'f'))
            | (u8::from(y == b't') & u8::from(b2 == b'o'))
            | (u8::from(y == b'i') & u8::from(b2 == b'n')))
            & u8::from(b3 == b' ');
        let three = ((u8::from(y == b't') & u8::from(b2 == b'h') & u8::from(b3 == b'e'))
            | (u8::from(y == b'a') & u8::from(b2 == b'n') & u8::from(b3 == b'd')))
            & u8::from(b4 == b' ');
        stops += u8::from(x == b' ') & (one | two | three);
    }
    (starts, sure, more, stops)
}

/// The 8 bytes of `b` from `i` on as a little-endian `u64` (the first byte lowest), zeros past
/// the end (a zero byte is no letter, digit or space). Also the head lines' digit test's.
#[inline]
pub(super) fn load8(b: &[u8], i: usize) -> u64 {
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
        let head = load8(b, i);
        let len = word_len(&b[i..], head);
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
        let key = stop_word_key(head, len.min(8));
        #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
        let stop = (len <= 8) & first.is_ascii_alphabetic() & stop_key(key);
        c.stop += usize::from(stop);
        // Only a stop word can settle it (the bounds do not change).
        if CUT && c.stop * 10 >= most && stop && c.words.max(least) > many {
            return None;
        }
        // The byte after a word is none (the word ends at a byte that is not a word byte, an
        // apostrophe among them, or at the end): skipped with it.
        i += len + 1;
    }
    Some(c)
}

/// The length of the word `word` starts with: word bytes, and apostrophes before an ASCII
/// letter, 8 bytes at a time. `head`: `load8(word, 0)`, which the caller has read already.
fn word_len(word: &[u8], head: u64) -> usize {
    let mut len = 0;
    let mut eight = head;
    loop {
        let ends = not_word_bytes(eight);
        if ends == 0 {
            len += 8;
            eight = load8(word, len);
            continue;
        }
        len += ends.trailing_zeros() as usize / 8;
        if word.get(len) == Some(&b'\'') && word.get(len + 1).is_some_and(u8::is_ascii_alphabetic) {
            len += 1;
        } else {
            return len;
        }
        eight = load8(word, len);
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
    fn sure_stop_words_across_blocks_and_at_the_edges() {
        assert_eq!(bounds_and_chars(" the ").stop_least, 1);
        assert_eq!(
            bounds_and_chars("The cat and a dog in of to x").stop_least,
            5
        );
        // Joined by an apostrophe, followed by one, part of a longer word, or at an edge: not
        // found (though some are stop words).
        assert_eq!(
            bounds_and_chars("o'the the' then ofa 'and andé tó The").stop_least,
            0
        );
        assert_eq!(bounds_and_chars("the x of").stop_least, 0);
        // Stop words at every place around the blocks.
        for pad in (BLOCK - 8)..(2 * BLOCK + 8) {
            let s = format!("{} the of and x", "x".repeat(pad));
            let pass = bounds_and_chars(&s);
            assert_eq!(pass.stop_least, 3, "{pad}");
            assert_eq!((pass.least, pass.most), (5, 5), "{pad}");
            assert_eq!(pass.stop_least, counts(&s).stop, "{pad}");
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
            let (least, most) = word_bounds(&s);
            let words = counts(&s).words;
            proptest::prop_assert!(least <= words && words <= most);
        }

        #[test]
        fn the_bounds_pass_counts_code_points(s in "\\PC{0,300}") {
            proptest::prop_assert_eq!(bounds_and_chars(&s).chars, s.chars().count());
            let many_of = |chars: usize| if chars > 50 { 5 } else { 8 };
            let (chars, cut) = chars_and_counts_or_running_text(&s, many_of);
            proptest::prop_assert_eq!(chars, s.chars().count());
            proptest::prop_assert_eq!(cut, counts_or_running_text(&s, many_of(chars)));
        }

        #[test]
        fn the_pass_finds_stop_words_only_where_counts_does(
            s in "((the|The|THE|of|Of|to|a|A|an|and|And|in|In|tHe|[A-Za-z']{1,5}|é|’|'|0)([ .,\\-'’]|[ .,]?'|\\n){1,2}){0,200}"
        ) {
            let pass = bounds_and_chars(&s);
            let full = counts(&s);
            proptest::prop_assert!(pass.stop_least <= full.stop);
            proptest::prop_assert!(pass.least <= full.words && full.words <= pass.most);
            proptest::prop_assert_eq!(pass.chars, s.chars().count());
            for many in [0, 5, 20, 30] {
                let many_of = |chars: usize| if chars > 250 { many.min(20) } else { many };
                let (chars, cut) = chars_and_counts_or_running_text(&s, many_of);
                proptest::prop_assert_eq!(cut, counts_or_running_text(&s, many_of(chars)));
            }
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
