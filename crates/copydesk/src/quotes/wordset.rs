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
