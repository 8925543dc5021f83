//! A small, fast, non-cryptographic hasher for the short string keys of the entity and quote
//! stages (the multiply-rotate scheme of rustc's `FxHasher`). The keys come from the article and the built-in
//! lists; nothing here needs protection against crafted collisions beyond linear-time behaviour
//! on ordinary text, and `SipHash` cost a fifth of the stage's time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// `FxHasher`.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(load_padded(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Up to eight bytes as a little-endian `u64`, zero-padded: the same as copying them into a
/// zeroed `[u8; 8]` and reading that, without the copy of a variable length (which was a call to
/// `memcpy` for every key hashed). Two loads that may overlap: the bytes they share sit at the
/// same places in both, so or-ing them keeps each byte once.
#[inline]
pub(crate) fn load_padded(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    debug_assert!(n <= 8);
    if n >= 4 {
        let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let hi = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([bytes[0], bytes[1]]);
        let hi = u16::from_le_bytes([bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else {
        bytes.first().map_or(0, |&b| u64::from(b))
    }
}

/// `a == b`, with the bytes of strings up to 16 bytes long compared inline in one or two
/// eight-byte loads each: most keys of the entity stage are short words and names, and a call
/// to `bcmp` for each cost more than the compare itself.
#[inline]
pub(crate) fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n <= 8 {
        load_padded(a) == load_padded(b)
    } else if n <= 16 {
        load_8(a, 0) == load_8(b, 0) && load_8(a, n - 8) == load_8(b, n - 8)
    } else {
        a == b
    }
}

/// The eight bytes of `bytes` from `at` as a little-endian `u64`.
#[inline]
fn load_8(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// Strings, each with a small tag, numbered 0, 1, 2, ... in the order they are first seen: the
/// same numbers as `FxMap<(u8, &str), usize>` with `entry(..).or_insert(map.len())` would give,
/// for about half the instructions (the entity stage numbers every mention's surface this way,
/// and the general map's entry API cost more than hashing the short key). Open addressing with
/// linear probing over a power-of-two table at most half full; a slot holds the number plus one
/// (0: empty) and the top bits of the key's hash, so that most other keys are told apart
/// without reading their strings.
pub(crate) struct Interner<'t> {
    slots: Vec<u64>,
    keys: Vec<(u8, &'t str)>,
    /// 64 minus log2 of `slots.len()`: a hash's top bits are its first slot.
    shift: u32,
}

impl<'t> Interner<'t> {
    /// Room for `n` keys before the table grows (none allocated for none).
    pub(crate) fn with_capacity(n: usize) -> Self {
        if n == 0 {
            return Interner {
                slots: Vec::new(),
                keys: Vec::new(),
                shift: 64,
            };
        }
        let size = (2 * n).max(8).next_power_of_two();
        Interner {
            slots: vec![0; size],
            keys: Vec::with_capacity(n),
            shift: 64 - size.trailing_zeros(),
        }
    }

    /// How many keys it holds.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// The number of `(tag, s)`, numbering it next if it is new.
    // Inlined into each caller's loop with `hash` and `find`: left to itself the compiler
    // called all three, and the calls cost as much as the work (88.9 M against 89.5 M
    // instructions for 80 articles).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn intern(&mut self, tag: u8, s: &'t str) -> usize {
        if self.slots.is_empty() {
            self.grow();
        }
        let hash = Self::hash(tag, s);
        match self.find(hash, tag, s) {
            Ok(id) => id,
            Err(slot) => {
                let id = self.keys.len();
                self.keys.push((tag, s));
                self.slots[slot] = Self::slot_value(hash, id);
                if 2 * self.keys.len() > self.slots.len() {
                    self.grow();
                }
                id
            }
        }
    }

    /// The number of `(tag, s)`, if it has one.
    #[inline]
    pub(crate) fn get(&self, tag: u8, s: &str) -> Option<usize> {
        if self.keys.is_empty() {
            return None;
        }
        self.find(Self::hash(tag, s), tag, s).ok()
    }

    /// The key's hash: its tag, its bytes (up to 16 in one or two loads that may overlap, as
    /// [`str_eq`] reads them) and its length, by [`FxHasher`] rounds.
    #[allow(clippy::inline_always)] // see `intern`
    #[inline(always)]
    fn hash(tag: u8, s: &str) -> u64 {
        let bytes = s.as_bytes();
        let n = bytes.len();
        let mut h = FxHasher::default();
        h.add(u64::from(tag));
        if n <= 8 {
            h.add(load_padded(bytes));
        } else if n <= 16 {
            h.add(load_8(bytes, 0));
            h.add(load_8(bytes, n - 8));
        } else {
            h.write(bytes);
        }
        h.add(n as u64);
        h.finish()
    }

    /// The slot's content for key number `id` of hash `hash`: the hash's top 32 bits above,
    /// `id + 1` below.
    #[inline]
    fn slot_value(hash: u64, id: usize) -> u64 {
        (hash & !0xffff_ffff) | (id as u64 + 1)
    }

    /// `Ok(number)` of the key, or `Err(the empty slot where it would go)`.
    #[allow(clippy::inline_always)] // see `intern`
    #[inline(always)]
    fn find(&self, hash: u64, tag: u8, s: &str) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> self.shift) as usize;
        loop {
            let v = self.slots[i];
            if v == 0 {
                return Err(i);
            }
            if (v ^ hash) >> 32 == 0 {
                let id = (v & 0xffff_ffff) as usize - 1;
                let (t, k) = self.keys[id];
                if t == tag && str_eq(k, s) {
                    return Ok(id);
                }
            }
            i = (i + 1) & mask;
        }
    }

    #[cold]
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(8);
        self.slots = vec![0; size];
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (id, &(tag, s)) in self.keys.iter().enumerate() {
            let hash = Self::hash(tag, s);
            let mut i = (hash >> self.shift) as usize;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = Self::slot_value(hash, id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FxMap, Interner, load_padded, str_eq};

    #[test]
    fn load_padded_reads_as_a_zero_padded_copy() {
        let bytes: Vec<u8> = (1..=8u8).map(|b| b.wrapping_mul(37) | 0x80).collect();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let part = &bytes[start..end];
                let mut buf = [0u8; 8];
                buf[..part.len()].copy_from_slice(part);
                assert_eq!(load_padded(part), u64::from_le_bytes(buf), "{part:?}");
            }
        }
    }

    #[test]
    fn str_eq_is_string_equality() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "abc",
            "abcd",
            "abce",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "bbcdefgh",
            "abcdefghi",
            "abcdefghj",
            "xbcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefgxijklmnop",
            "abcdefghijklmnopq",
            "abcdefghijklmnopr",
            "Zürich",
            "Zürích",
        ];
        for a in words {
            for b in words {
                assert_eq!(str_eq(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    proptest::proptest! {
        /// The interner numbers keys as a map filled with `entry(..).or_insert(len)` does,
        /// through growth from the smallest table, and finds exactly the keys it holds.
        #[test]
        fn interner_numbers_as_a_map(
            keys in proptest::collection::vec((0u8..3, "[ab\\x00é]{0,20}"), 0..200),
            probes in proptest::collection::vec((0u8..3, "[ab\\x00é]{0,20}"), 0..50),
        ) {
            let mut interner = Interner::with_capacity(0);
            let mut map: FxMap<(u8, &str), usize> = FxMap::default();
            for (tag, s) in &keys {
                let n = map.len();
                let want = *map.entry((*tag, s.as_str())).or_insert(n);
                proptest::prop_assert_eq!(interner.intern(*tag, s), want);
                proptest::prop_assert_eq!(interner.len(), map.len());
            }
            for (tag, s) in keys.iter().chain(&probes) {
                proptest::prop_assert_eq!(interner.get(*tag, s), map.get(&(*tag, s.as_str())).copied());
            }
        }
    }
}
