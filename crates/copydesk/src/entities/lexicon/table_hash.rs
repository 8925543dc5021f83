//! The hash of the lexicon's word tables, shared by the build script that lays the tables out
//! (`build.rs`) and the library that probes them: both must compute the same slot for a word.
//! `FxHash`'s multiply-rotate over 8-byte little-endian words (the same on every platform); the
//! top bits of the hash, which the last multiplication mixes best, pick the slot.

pub const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The slot of a word of hash `hash` ([`hash`]) in a table of `1 << bits` slots
/// (`1 <= bits <= 32`).
#[inline]
pub fn slot_of(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// What a table keeps in a slot besides where its word's entry is, so that a probe can pass over
/// most other words without reading them: the [`TAG_BITS`] bits of the hash after those of the
/// slot (`1 <= bits <= 32`).
#[inline]
pub fn tag(hash: u64, bits: u32) -> u32 {
    (hash >> (64 - bits - TAG_BITS)) as u32 & ((1 << TAG_BITS) - 1)
}

/// The bits of a slot that hold the [`tag`] (the upper ones); the others hold the offset of the
/// word's entry.
pub const TAG_BITS: u32 = 12;

/// The hash of `word`.
#[inline]
pub fn hash(word: &[u8]) -> u64 {
    let mut hash: u64 = 0;
    let mut add = |w: u64| hash = (hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        add(u64::from_le_bytes([
            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
        ]));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        add(padded_le(rest));
    }
    hash
}

/// The little-endian value of `rest` (1 to 7 bytes) padded with zero bytes, from two overlapping
/// loads of its first and last bytes: copying it into a zeroed buffer calls `memcpy`, which costs
/// more than the hash of a short word.
#[inline]
pub fn padded_le(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!((1..8).contains(&n));
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
        let hi = u64::from(u32::from_le_bytes([
            rest[n - 4],
            rest[n - 3],
            rest[n - 2],
            rest[n - 1],
        ]));
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u64::from(u16::from_le_bytes([rest[0], rest[1]]));
        let hi = u64::from(u16::from_le_bytes([rest[n - 2], rest[n - 1]]));
        lo | hi << (8 * (n - 2))
    } else {
        u64::from(rest[0])
    }
}

/// A quick hash of `word` from its length and its first, middle and last bytes, for the filter a
/// table keeps in front of its slots: most words looked up are in no table, and this answers for
/// most of them before the full [`hash`].
#[inline]
pub fn quick(word: &[u8]) -> u32 {
    let n = word.len();
    if n == 0 {
        return 0;
    }
    let key = u32::from(word[0])
        | u32::from(word[n / 2]) << 8
        | u32::from(word[n - 1]) << 16
        | (n as u32) << 24;
    key.wrapping_mul(0x9e37_79b1)
}

/// The bit of a word of quick hash `quick` ([`quick`]) in a filter of `1 << bits` bits
/// (`6 <= bits <= 32`).
#[inline]
pub fn filter_bit(quick: u32, bits: u32) -> usize {
    (quick >> (32 - bits)) as usize
}
