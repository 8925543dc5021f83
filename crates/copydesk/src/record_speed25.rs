//! Session 25's tests of the record writer's fast paths against their reference paths: the
//! short-string escape (one or two words tested and copied under one length test) against the
//! general escape loop and `serde_json`, at every length and place.

use super::*;
use proptest::prelude::*;

/// `s` escaped by the general loop ([`escape_into`]), the reference for [`push_escaped`].
fn by_loop(s: &str) -> Vec<u8> {
    let mut out = b"ab".to_vec();
    escape_into(&mut out, s, |_| {});
    out
}

/// `s` escaped by [`push_escaped`], after two bytes already in the output.
fn by_fast_path(s: &str) -> Vec<u8> {
    let mut out = b"ab".to_vec();
    push_escaped(&mut out, s);
    out
}

/// Every byte JSON escapes (as its own one-byte string), and bytes beside them that it does not.
const ESCAPED: [u8; 8] = [b'"', b'\\', b'\n', b'\t', 0x00, 0x01, 0x1b, 0x1f];
const CLEAN: [&str; 6] = ["a", " ", "/", "\u{7f}", "é", "’"];

#[test]
fn short_strings_escape_as_the_loop_at_every_length_and_place() {
    for n in 0..=40usize {
        // Clean strings of every length, with multi-byte characters at every place.
        for clean in CLEAN {
            let s: String = (0..n)
                .map(|k| if k % 3 == 1 { clean } else { "x" })
                .collect();
            assert_eq!(by_fast_path(&s), by_loop(&s), "{s:?}");
        }
        // One byte to escape at every place, alone or with a second one after it.
        for at in 0..n {
            for b in ESCAPED {
                let mut bytes = vec![b'x'; n];
                bytes[at] = b;
                let s = String::from_utf8(bytes.clone()).unwrap();
                assert_eq!(by_fast_path(&s), by_loop(&s), "{s:?}");
                if at + 1 < n {
                    bytes[n - 1] = b'"';
                    let s = String::from_utf8(bytes).unwrap();
                    assert_eq!(by_fast_path(&s), by_loop(&s), "{s:?}");
                }
            }
        }
    }
}

#[test]
fn short_strings_escape_as_serde_json_does() {
    for s in [
        "",
        "E1",
        "Q12",
        "a\"",
        "\\",
        "\n",
        "Ann Roe",
        "Ann \"Roe",
        "éé",
        "Harbor City",
        "0123456789abcdef",
        "0123456789abcde\"",
        "0123456789abcdef\"",
        "\u{1f}bcdefgh",
        "abcdefg\u{0}",
    ] {
        let mut out = b"\"".to_vec();
        push_escaped(&mut out, s);
        out.push(b'"');
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string(s).unwrap()
        );
    }
}

proptest! {
    /// Strings of up to 24 characters from a small alphabet rich in escapes and multi-byte
    /// characters: the fast path writes what the loop writes.
    #[test]
    fn fast_path_agrees_with_the_loop(
        s in proptest::collection::vec(
            prop_oneof![
                4 => proptest::char::range('a', 'z'),
                1 => proptest::sample::select(vec!['"', '\\', '\n', '\t', '\u{0}', '\u{1f}', '\u{7f}', 'é', '’', '🎉']),
            ],
            0..24,
        ).prop_map(|v| v.into_iter().collect::<String>())
    ) {
        prop_assert_eq!(by_fast_path(&s), by_loop(&s));
    }
}

/// Code-point offsets where whole blocks of ASCII alternate with blocks holding multi-byte
/// characters (ASCII blocks skip the continuation mask), at every char boundary, against
/// `char_indices`.
#[test]
fn offset_map_over_ascii_and_other_blocks() {
    for pattern in 0u32..64 {
        // Six stretches of 64 bytes, each ASCII or holding one multi-byte character, then a
        // tail of one to 70 bytes.
        let mut text = String::new();
        for k in 0..6 {
            let at = text.len();
            if pattern >> k & 1 == 1 {
                text.push_str(&"x".repeat((k * 7) % 60));
                text.push(['é', '’', '🎉'][k % 3]);
            }
            while text.len() < at + 64 {
                text.push('a');
            }
        }
        text.push_str(&"b".repeat(1 + pattern as usize));
        let map = OffsetMap::new(&text);
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(byte), cp, "{pattern:#b} at {byte}");
        }
        assert_eq!(map.char_offset(text.len()), text.chars().count());
    }
}

/// The line-feed test, for every byte alone and at every place among clean bytes.
#[test]
fn only_line_feeds_for_every_byte() {
    for b in 0..=255u8 {
        let want = !(b < 0x20 && b != b'\n');
        assert_eq!(only_line_feeds(&[b]), want, "{b:#x}");
        for at in [0, 1, 15, 16, 31, 32, 33, 63, 64, 99] {
            let mut bytes = vec![b'a'; 100];
            bytes[50] = b'\n';
            bytes[at] = b;
            assert_eq!(only_line_feeds(&bytes), want, "{b:#x} at {at}");
        }
    }
    assert!(only_line_feeds(b""));
}
