//! Words of up to 16 ASCII letters as one `u128` key, looked up in one table whatever their case.
//!
//! A word's key is its bytes, little-endian, each with bit 0x20 set (the lower case of an ASCII
//! capital), and zero past its end. A listed word is lower-case ASCII letters (and digits and
//! `' - . &`, which have the bit already), and a byte with 0x20 set equals a lower-case letter
//! `c` only when it was `c` or its capital, so a word token of the text has the key of a listed
//! word exactly when it lower-cases (ASCII) to it: no lower-cased copy, no check of the bytes
//! first. A filter of one bit per hash of a word's first eight bytes,
//! small enough to stay in the first-level cache, turns most words down before the table is
//! read.

/// Lower-case ASCII words with flags each (a byte, or the 16 bits of the speaker phrase's word
/// lists).
pub(crate) struct Keys<V = u8> {
    /// `words[k]` is the key of the word in slot `k`, 0 when empty; `vals[k]` its flags.
    words: Box<[u128]>,
    vals: Box<[V]>,
    /// One bit per hash value (of [`FILTER_BITS`]), set for the hash of every word listed.
    filter: Box<[u64]>,
}

/// Bits of the table's hash: 4096 slots, for up to 1024 words (the quote stage's table holds about
/// 800).
const SLOT_BITS: u32 = 12;
/// Bits of the filter's hash: 16,384 bits (2 kB), about one in twenty set for 800 words.
const FILTER_BITS: u32 = 14;

/// Bit 0x20 in each of 16 bytes.
const CASE: u128 = 0x2020_2020_2020_2020_2020_2020_2020_2020;

/// The key of `word` (1 to 16 bytes), as [`Keys`] compares it.
#[inline]
fn key_of(x: u128, len: usize) -> u128 {
    (x | CASE) & (u128::MAX >> (128 - 8 * len))
}

/// The key of a word's first eight bytes (fewer when it is shorter), as [`key_of`] makes it.
#[inline]
pub(crate) fn head_key(lo: u64, len: usize) -> u64 {
    (lo | CASE as u64) & (u64::MAX >> (64 - 8 * len.min(8)))
}

/// The filter bit of a word, from its [`head_key`].
#[inline]
fn filter_slot(head: u64) -> usize {
    (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// The first slot of a key in the table: its two halves mixed and multiplied, so that the high
/// bits depend on every byte.
fn slot(key: u128) -> usize {
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let h = (lo ^ hi.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31))
        .wrapping_mul(0xD6E8_FEB8_6659_FD93);
    (h >> (64 - SLOT_BITS)) as usize
}

/// Whether `w` can be listed in [`Keys`]: 1 to 16 bytes, lower-case ASCII letters, digits and
/// `' - . &` (the bytes of a word token whose key is its lower case).
pub(crate) fn listable(w: &[u8]) -> bool {
    (1..=16).contains(&w.len())
        && w.iter().all(|&b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'-' | b'.' | b'&')
        })
}

impl<V: Copy + Default + std::ops::BitOrAssign> Keys<V> {
    /// The table of `words` ([`listable`]) and their flags; a word given twice has the flags of
    /// both.
    ///
    /// # Panics
    /// On a word that is not [`listable`], or on more words than a quarter of the slots.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = (&'w [u8], V)>) -> Self {
        let slots = 1usize << SLOT_BITS;
        let mut keys = vec![0u128; slots].into_boxed_slice();
        let mut vals = vec![V::default(); slots].into_boxed_slice();
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64].into_boxed_slice();
        let mut used = 0;
        for (w, flags) in words {
            assert!(listable(w), "not a word for Keys: {w:?}");
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w);
            let key = key_of(u128::from_le_bytes(buf), w.len());
            let f = filter_slot(head_key(key as u64, w.len()));
            filter[f / 64] |= 1 << (f % 64);
            let mut k = slot(key);
            while keys[k] != 0 && keys[k] != key {
                k = (k + 1) % slots;
            }
            if keys[k] == 0 {
                used += 1;
                assert!(4 * used <= slots, "too many words for Keys");
                keys[k] = key;
            }
            vals[k] |= flags;
        }
        Keys {
            words: keys,
            vals,
            filter,
        }
    }

    /// The flags of the word `text[start..end]`, ignoring ASCII case (0 when it is no listed
    /// word, or longer than 16 bytes).
    ///
    /// The filter is asked with the first eight bytes' key alone, so that most words cost one
    /// eight-byte load, a multiplication and a bit test.
    // (inlined at every caller: a call cost as much as the look-up, asked of every word)
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn get(&self, text: &[u8], start: usize, end: usize) -> V {
        let len = end.wrapping_sub(start);
        if len.wrapping_sub(1) >= 16 {
            return V::default();
        }
        let lo = crate::swar::load_padded(text, start);
        if !self.may_hold(head_key(lo, len)) {
            return V::default();
        }
        self.find(text, start, end, lo)
    }

    /// Whether a word whose first eight bytes (fewer when it is shorter) have the key `head`
    /// ([`head_key`]) may be listed: `false` for most words that are not.
    #[inline]
    pub(crate) fn may_hold(&self, head: u64) -> bool {
        let f = filter_slot(head);
        self.filter[f / 64] & (1 << (f % 64)) != 0
    }

    /// [`Keys::get`] past the filter: the flags of the word `text[start..end]` (1 to 16 bytes),
    /// whose first eight bytes (or the bytes from `start` to the text's end, zero-filled) are
    /// `lo`, little-endian.
    #[inline(never)]
    pub(crate) fn find(&self, text: &[u8], start: usize, end: usize, lo: u64) -> V {
        let len = end - start;
        let hi = if len <= 8 {
            0
        } else {
            crate::swar::load_padded(text, start + 8)
        };
        let key = key_of(u128::from(lo) | (u128::from(hi) << 64), len);
        let mask = self.words.len() - 1;
        let mut k = slot(key);
        loop {
            let at = self.words[k];
            if at == key {
                return self.vals[k];
            }
            if at == 0 {
                return V::default();
            }
            k = (k + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_any_case_and_nothing_else() {
        let words: &[(&[u8], u8)] = &[
            (b"said", 1),
            (b"according", 2),
            (b"a", 4),
            (b"abcdefghijklmnop", 8),
            (b"said", 16),
        ];
        let t = Keys::new(words.iter().copied());
        let get = |s: &str| t.get(s.as_bytes(), 0, s.len());
        assert_eq!(get("said"), 17);
        assert_eq!(get("SAID"), 17);
        assert_eq!(get("SaId"), 17);
        assert_eq!(get("According"), 2);
        assert_eq!(get("a"), 4);
        assert_eq!(get("A"), 4);
        assert_eq!(get("abcdefghijklmnop"), 8);
        assert_eq!(get("abcdefghijklmnopq"), 0);
        assert_eq!(get("sai"), 0);
        assert_eq!(get("saidx"), 0);
        assert_eq!(get("sa\x09d"), 0);
        assert_eq!(get(""), 0);
        // a word inside a longer text, near its end and far from it
        let text = b"he said, according to SAID";
        assert_eq!(t.get(text, 3, 7), 17);
        assert_eq!(t.get(text, 9, 18), 2);
        assert_eq!(t.get(text, 22, 26), 17);
        assert_eq!(t.get(text, 22, 25), 0);
    }

    proptest::proptest! {
        /// A word's flags are those of its ASCII lower case, for words of letters, near misses
        /// and other bytes.
        #[test]
        fn agrees_with_lower_casing(w in "[sSaAiIdD\t@`{\\[é]{0,5}", pad in "[a-z ]{0,20}") {
            let words: &[(&[u8], u8)] = &[(b"said", 1), (b"sad", 2), (b"id", 4), (b"d", 8)];
            let t = Keys::new(words.iter().copied());
            let want = words
                .iter()
                .filter(|(x, _)| *x == w.to_ascii_lowercase().as_bytes())
                .fold(0, |f, (_, g)| f | g);
            let text = format!("{w}{pad}");
            proptest::prop_assert_eq!(t.get(text.as_bytes(), 0, w.len()), want);
        }
    }
}
