//! Eight bytes at a time in a `u64` ("SIMD within a register"), for the two tokenizers (the
//! entity stage's and the quote stage's): where a run of ASCII letters and digits ends.

/// The high bit of each byte of a `u64`.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in each byte of a `u64`.
const fn splat(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The high bit of each byte of `x` that is an ASCII letter or digit, the others clear.
///
/// With its high bit cleared a byte is at most 0x7F, and adding at most 0x80 to it leaves it at
/// most 0xFF: no carry crosses into the next byte, and the sum's high bit says whether the byte
/// reached `0x80 - c`. A byte is in `lo..=hi` when it reaches `lo` and not `hi + 1`; letters are
/// tested with bit 0x20 set (the lower case of a capital). Bytes over 0x7F (UTF-8) are not
/// counted.
#[inline]
pub(crate) fn alnum_bytes(x: u64) -> u64 {
    let x7 = x & !HIGH_BITS;
    let digit = (x7 + splat(0x80 - b'0')) & !(x7 + splat(0x80 - b'9' - 1));
    (digit | letter_sums(x7)) & !x & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter, the others clear (as
/// [`alnum_bytes`] tests letters).
#[inline]
pub(crate) fn letter_bytes(x: u64) -> u64 {
    letter_sums(x & !HIGH_BITS) & !x & HIGH_BITS
}

/// For `x7` with every high bit clear: the high bit of each byte set when the byte, with bit
/// 0x20 set (the lower case of a capital), lies in `a..=z` (other bits are noise).
#[inline]
fn letter_sums(x7: u64) -> u64 {
    let folded = x7 | splat(0x20);
    (folded + splat(0x80 - b'a')) & !(folded + splat(0x80 - b'z' - 1))
}

/// The eight bytes of `b` from `i` (at most its length) on, little-endian, zero past its end.
/// Fewer than eight bytes from `i` on are read as the text's last eight bytes shifted down
/// when it has eight, so that a text's last word goes the way of the others instead of
/// through a byte loop whose exit mispredicts; a zero byte is no letter or digit and ends a
/// run.
#[inline]
pub(crate) fn load_padded(b: &[u8], i: usize) -> u64 {
    if let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        u64::from_le_bytes(*chunk)
    } else if let Some(last) = b.last_chunk::<8>().filter(|_| i < b.len()) {
        u64::from_le_bytes(*last) >> (8 * (i + 8 - b.len()))
    } else {
        let rest = b.get(i..).unwrap_or(&[]);
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        u64::from_le_bytes(buf)
    }
}

/// ASCII letters and digits, as a table: the tail of a run is read one byte at a time.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The length of the run of ASCII letters and digits at the start of `bytes`.
///
/// Eight bytes at a time while eight remain ([`alnum_bytes`]), then a byte at a time: a word
/// of news text (under five bytes on average) ends in the first eight, found with one test of
/// the word instead of one mispredicted branch at the end of a byte loop.
#[inline]
pub(crate) fn ascii_alnum_run(bytes: &[u8]) -> usize {
    let mut k = 0;
    while let Some(chunk) = bytes[k..].first_chunk::<8>() {
        let stop = !alnum_bytes(u64::from_le_bytes(*chunk)) & HIGH_BITS;
        if stop != 0 {
            return k + (stop.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    k + bytes[k..]
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len() - k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_padded_is_the_bytes_then_zeros() {
        for len in 0..20usize {
            let b: Vec<u8> = (1..=len as u8).collect();
            for i in 0..=len {
                let mut want = [0u8; 8];
                let n = (len - i).min(8);
                want[..n].copy_from_slice(&b[i..i + n]);
                assert_eq!(
                    load_padded(&b, i),
                    u64::from_le_bytes(want),
                    "len {len} at {i}"
                );
            }
        }
    }

    #[test]
    fn letter_bytes_is_the_test_for_every_byte() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let x = u64::from(b) << (8 * k) | 0x4100_2e7a_ff30_5a00 & !(0xff << (8 * k));
                let want = (0..8).fold(0, |m, j| {
                    let byte = (x >> (8 * j)) as u8;
                    m | u64::from(byte.is_ascii_alphabetic()) << (8 * j + 7)
                });
                assert_eq!(letter_bytes(x), want, "{b:#x} at {k}");
            }
        }
    }

    #[test]
    fn alnum_bytes_is_the_test_for_every_byte() {
        for b in 0..=255u8 {
            // The byte in every position of a word, alone and among other bytes.
            for k in 0..8 {
                let alone = u64::from(b) << (8 * k);
                let want = u64::from(b.is_ascii_alphanumeric()) << (8 * k + 7);
                assert_eq!(
                    alnum_bytes(alone) & (0x80 << (8 * k)),
                    want,
                    "{b:#x} at {k}"
                );
                let x = alone | 0x4100_2e7a_ff30_5a00 & !(0xff << (8 * k));
                let want = (0..8).fold(0, |m, j| {
                    let byte = (x >> (8 * j)) as u8;
                    m | u64::from(byte.is_ascii_alphanumeric()) << (8 * j + 7)
                });
                assert_eq!(alnum_bytes(x), want, "{x:#018x}");
            }
        }
    }

    #[test]
    fn run_is_the_byte_loop() {
        for s in [
            "",
            "a",
            "abc def",
            "abcdefgh",
            "abcdefghij,k",
            "Ünï",
            "12345678901",
            "x’s",
        ] {
            let b = s.as_bytes();
            let want = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            assert_eq!(ascii_alnum_run(b), want, "{s:?}");
        }
    }
}
