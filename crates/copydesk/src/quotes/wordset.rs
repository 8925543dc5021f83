//! Word lists hashed at compile time: a word is looked up in a slot or two of an open-addressed
//! table, where a list scanned word by word cost hundreds of instructions a word and a hash map
//! hashed every byte and was built on first use.

/// Lower-case ASCII words, each with the bit flags of the lists it is in.
pub(crate) struct WordFlags<const N: usize> {
    /// `("", 0)` for an empty slot; `N` is a power of two larger than the number of words, so a
    /// probe ends at an empty slot.
    slots: [(&'static str, u16); N],
}

impl<const N: usize> WordFlags<N> {
    /// The table of `lists`, each a list of words with its flag (a word in several lists has
    /// all their flags). Panics (at compile time, in a `static`) on an empty word, a word that
    /// is not lower-case ASCII, or a table too small.
    pub(crate) const fn new(lists: &[(&[&'static str], u16)]) -> Self {
        assert!(N.is_power_of_two());
        let mut slots = [("", 0u16); N];
        let mut used = 0;
        let mut l = 0;
        while l < lists.len() {
            let (words, flag) = lists[l];
            let mut k = 0;
            while k < words.len() {
                let w = words[k].as_bytes();
                assert!(!w.is_empty());
                let mut b = 0;
                while b < w.len() {
                    assert!(w[b].is_ascii() && !w[b].is_ascii_uppercase());
                    b += 1;
                }
                let mut i = slot::<N>(w);
                while !slots[i].0.is_empty() && !bytes_eq(slots[i].0.as_bytes(), w) {
                    i = (i + 1) % N;
                }
                if slots[i].0.is_empty() {
                    used += 1;
                    // at most three quarters full, so that probes stay short
                    assert!(4 * used <= 3 * N);
                    slots[i].0 = words[k];
                }
                slots[i].1 |= flag;
                k += 1;
            }
            l += 1;
        }
        Self { slots }
    }

    /// The flags of `w` (0 when it is in no list); `w` as given, with no lower-casing.
    pub(crate) fn get(&self, w: &str) -> u16 {
        let mut i = slot::<N>(w.as_bytes());
        loop {
            let (s, flags) = self.slots[i];
            if s.is_empty() {
                return 0;
            }
            if s == w {
                return flags;
            }
            i = (i + 1) % N;
        }
    }

    /// Whether `w.to_lowercase()` is in any list, without making the string when `w` is ASCII.
    pub(crate) fn has_lower(&self, w: &str) -> bool {
        if !w.is_ascii() {
            // (the lists hold ASCII words only, but a few other letters lower-case to ASCII:
            // the Kelvin sign to "k")
            let lower = w.to_lowercase();
            return lower.is_ascii() && self.get(&lower) != 0;
        }
        let mut i = slot::<N>(w.as_bytes());
        loop {
            let s = self.slots[i].0;
            if s.is_empty() {
                return false;
            }
            if s.eq_ignore_ascii_case(w) {
                return true;
            }
            i = (i + 1) % N;
        }
    }
}

/// The words of some lists as exact keys, for words of the text asked as they stand: a word of
/// up to 16 bytes is one `u128`, its bytes with bit 0x20 set (the lower case of an ASCII
/// capital; the other bytes of a word token, digits and ' - . &, have it already) and zero past
/// its end, as in `keys.rs`. One load of the word and a multiplication find its slot: no
/// lower-cased string, no hash of its bytes one by one, no comparison of two strings.
pub(crate) struct KeyFlags {
    /// `keys[k]` is the key of the word in slot `k`, 0 when empty; `flags[k]` its flags.
    keys: Box<[u128]>,
    flags: Box<[u16]>,
    /// `64 - log2(slots)`: a hash shifted right by it is a slot.
    shift: u32,
}

impl KeyFlags {
    /// The table of the words of `lists` that a word token can spell (lower-case ASCII
    /// letters, digits and ' - . &, 1 to 16 bytes), each with the flags of every list holding
    /// it. A word of the lists that is longer or holds another byte is left out: no ASCII word
    /// token of up to 16 bytes lower-cases to it.
    ///
    /// The table has at least four slots a word, so that most words in no list stop at an
    /// empty first slot.
    pub(crate) fn new(lists: &[(&[&'static str], u16)]) -> Self {
        let words: usize = lists.iter().map(|(l, _)| l.len()).sum();
        let slots = (4 * words).next_power_of_two().max(16);
        let shift = 64 - slots.trailing_zeros();
        let mut keys = vec![0u128; slots].into_boxed_slice();
        let mut flags = vec![0u16; slots].into_boxed_slice();
        for &(words, flag) in lists {
            for w in words.iter().map(|w| w.as_bytes()) {
                let spellable = w.iter().all(|&b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'\'' | b'-' | b'.' | b'&')
                });
                if !(1..=16).contains(&w.len()) || !spellable {
                    continue;
                }
                let key = key_of(w, 0, w.len());
                let mut k = key_slot(key, shift);
                while keys[k] != 0 && keys[k] != key {
                    k = (k + 1) % slots;
                }
                keys[k] = key;
                flags[k] |= flag;
            }
        }
        KeyFlags { keys, flags, shift }
    }

    /// The flags of the ASCII word token `text[start..end]` (1 to 16 bytes, letters, digits and
    /// ' - . &), ignoring ASCII case: those of its lower case in the lists.
    #[inline]
    pub(crate) fn get(&self, text: &[u8], start: usize, end: usize) -> u16 {
        let key = key_of(text, start, end);
        let mask = self.keys.len() - 1;
        let mut k = key_slot(key, self.shift);
        loop {
            let at = self.keys[k];
            if at == key {
                return self.flags[k];
            }
            if at == 0 {
                return 0;
            }
            k = (k + 1) & mask;
        }
    }
}

/// The key of `text[start..end]` (1 to 16 bytes) for [`KeyFlags`].
#[inline]
fn key_of(text: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    let lo = crate::swar::load_padded(text, start);
    let hi = if len > 8 {
        crate::swar::load_padded(text, start + 8)
    } else {
        0
    };
    (u128::from(lo) | (u128::from(hi) << 64) | 0x2020_2020_2020_2020_2020_2020_2020_2020)
        & (u128::MAX >> (128 - 8 * len))
}

/// The first slot of a [`KeyFlags`] key: its two halves mixed and multiplied, the high bits
/// kept (`shift` is 64 less the bits of a slot).
#[inline]
fn key_slot(key: u128, shift: u32) -> usize {
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let h = (lo ^ hi.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31))
        .wrapping_mul(0xD6E8_FEB8_6659_FD93);
    (h >> shift) as usize
}

/// The first slot of a word: a hash of its length and its first, second and last bytes,
/// lower-cased (so that a word in any case starts where its lower-case form was put).
const fn slot<const N: usize>(w: &[u8]) -> usize {
    let (first, second, last) = match w {
        [] => (0, 0, 0),
        [a] => (*a, 0, *a),
        [a, b, ..] => (*a, *b, w[w.len() - 1]),
    };
    let key = ((first.to_ascii_lowercase() as u32) << 24)
        | ((second.to_ascii_lowercase() as u32) << 16)
        | ((last.to_ascii_lowercase() as u32) << 8)
        | (w.len() as u32 & 0xFF);
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize % N
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[&str] = &["mr.", "of", "k", "bank", "a"];
    const B: &[&str] = &["of", "the", "president"];
    static T: WordFlags<16> = WordFlags::new(&[(A, 1), (B, 2)]);

    #[test]
    fn flags_and_case() {
        assert_eq!(T.get("of"), 3);
        assert_eq!(T.get("Of"), 0);
        assert_eq!(T.get("mr."), 1);
        assert_eq!(T.get("the"), 2);
        assert_eq!(T.get(""), 0);
        assert_eq!(T.get("ban"), 0);
        assert!(T.has_lower("PRESIDENT"));
        assert!(T.has_lower("Ban\u{212A}"));
        assert!(T.has_lower("\u{212A}"));
        assert!(!T.has_lower("\u{130}"));
        assert!(!T.has_lower("é"));
        assert!(!T.has_lower(""));
        assert!(!T.has_lower("presidents"));
    }

    proptest::proptest! {
        /// A table answers as its lists, for words made of the listed words' letters.
        #[test]
        fn answers_as_the_lists(w in "[abkmnoprstehid.\u{212A}K ]{0,5}") {
            let want = |lists: &[(&[&str], u16)], w: &str| {
                lists.iter().filter(|(l, _)| l.contains(&w)).fold(0, |f, (_, g)| f | g)
            };
            let lists: &[(&[&str], u16)] = &[(A, 1), (B, 2)];
            proptest::prop_assert_eq!(T.get(&w), want(lists, &w));
            proptest::prop_assert_eq!(T.has_lower(&w), want(lists, &w.to_lowercase()) != 0);
        }
    }
}
