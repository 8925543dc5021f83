//! The hash of the lexicon's word tables, shared by the build script that lays the tables out
//! (`build.rs`) and the library that probes them: both must compute the same slot for a word.
//! `FxHash`'s multiply-rotate over 8-byte little-endian words (the same on every platform); the
//! top bits of the hash, which the last multiplication mixes best, pick the slot.

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The slot of `word` in a table of `1 << bits` slots (`1 <= bits <= 32`).
#[inline]
pub fn slot(word: &[u8], bits: u32) -> usize {
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
    (hash >> (64 - bits)) as usize
}

/// The little-endian value of `rest` (1 to 7 bytes) padded with zero bytes, from two overlapping
/// loads of its first and last bytes: copying it into a zeroed buffer calls `memcpy`, which costs
/// more than the hash of a short word.
#[inline]
fn padded_le(rest: &[u8]) -> u64 {
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
