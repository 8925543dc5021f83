//! A small, fast, non-cryptographic hasher for the short string keys of the entity and quote
//! stages (the multiply-rotate scheme of rustc's `FxHasher`). The keys come from the article and the built-in
//! lists; nothing here needs protection against crafted collisions beyond linear-time behaviour
//! on ordinary text, and `SipHash` cost a fifth of the stage's time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

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

/// A string key of a hash map compared with [`str_eq`]; hashed as the string itself.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key<'t>(pub &'t str);

impl PartialEq for Key<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        str_eq(self.0, other.0)
    }
}

impl Eq for Key<'_> {}

impl Hash for Key<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::{load_padded, str_eq};

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
}
