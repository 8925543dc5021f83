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
#[allow(clippy::many_single_char_names)]
pub(crate) fn counts(s: &str) -> Counts {
    let b = s.as_bytes();
    let mut c = Counts::default();
    let mut i = 0;
    let n = b.len();
    while i < n {
        if !is_word_byte(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        // The word's bytes, lower-cased and packed (the last 8 count), for the stop-word table.
        let mut key = 0u64;
        while i < n {
            let x = b[i];
            if is_word_byte(x) || (x == b'\'' && i + 1 < n && b[i + 1].is_ascii_alphabetic()) {
                key = (key << 8) | u64::from(x | (u8::from(x.is_ascii_uppercase()) << 5));
                i += 1;
            } else {
                break;
            }
        }
        c.words += 1;
        let first = b[start];
        if first.is_ascii_uppercase()
            || (first >= 0x80
                && s.get(start..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase))
        {
            c.capitalised += 1;
        }
        if i - start <= 8 && first.is_ascii_alphabetic() && stop_key(key) {
            c.stop += 1;
        }
    }
    c
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    WORD_BYTE[b as usize]
}

/// Letters, digits and every byte of a non-ASCII character.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b >= 0x80;
        i += 1;
    }
    t
};

/// English function words, matched case-insensitively on ASCII: each packed into a `u64` and
/// looked up in an open-addressing table.
#[inline]
fn stop_key(key: u64) -> bool {
    let t = stop_table();
    let mut i = slot(key);
    loop {
        match t[i] {
            0 => return false,
            k if k == key => return true,
            _ => i = (i + 1) & (SLOTS - 1),
        }
    }
}

const SLOTS: usize = 1024;

#[inline]
fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

/// An open-addressing table of the packed stop words (0 marks an empty slot).
fn stop_table() -> &'static [u64; SLOTS] {
    static T: std::sync::OnceLock<Box<[u64; SLOTS]>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = Box::new([0u64; SLOTS]);
        for w in STOP {
            let key = w.bytes().fold(0u64, |k, b| (k << 8) | u64::from(b));
            let mut i = slot(key);
            while t[i] != 0 && t[i] != key {
                i = (i + 1) & (SLOTS - 1);
            }
            t[i] = key;
        }
        t
    })
}

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
    }
}
