//! The common `--jsonl-input` line, `{"id": "...", "text": "..."}`, read without `serde_json`.
//!
//! Corpora written by a script are mostly these two fields, the id a plain string. Reading such a
//! line here costs a fraction of `serde_json`'s visitor (which unescapes through a scratch buffer
//! grown from empty on every line, then copies the text once more into its `String`): the text is
//! unescaped straight into the `String` the parser will own, jumping from one `"` or `\` to the
//! next. Anything else (other fields, a field twice, an id that is not a string or holds an escape,
//! surrogate escapes, bad JSON, bad UTF-8) is left to the general reader, so that every line reads
//! as `serde_json` reads it and every error is its error.

/// The id and the text of `bytes` when it is exactly an object with a string `id` without
/// escapes (optional) and a string `text`, in either order, with JSON white space around the
/// tokens; `None` for every other line (the general reader takes it then).
pub fn id_and_text(bytes: &[u8]) -> Option<(Option<String>, String)> {
    // JSON strings hold no control character (below 0x20): a line with one anywhere (or with
    // white space other than spaces between its tokens) goes to the general reader. One pass
    // over the line, which the compiler vectorises, instead of a test per run of the text.
    #[allow(clippy::needless_bitwise_bool)] // no branch per byte: the loop vectorises
    if bytes.iter().fold(false, |control, &x| control | (x < 0x20)) {
        return None;
    }
    // The line checked as UTF-8 at once (written by a script, it is most often ASCII, which the
    // check passes fastest), rather than the text once unescaped, where every escape outside
    // ASCII ends the check's fast steps (session 36). Every piece cut from it is cut at ASCII
    // bytes: a string.
    let line = std::str::from_utf8(bytes).ok()?;
    let mut r = Reader {
        b: bytes,
        s: line,
        at: 0,
    };
    r.space();
    r.expect(b'{')?;
    let (mut id, mut text) = (None, None);
    loop {
        r.space();
        let key = r.plain_string()?;
        r.space();
        r.expect(b':')?;
        r.space();
        match key {
            b"id" if id.is_none() => {
                let (from, to) = r.plain_string_at()?;
                id = Some(line[from..to].to_owned());
            }
            b"text" if text.is_none() => text = Some(r.unescaped_string()?),
            _ => return None,
        }
        r.space();
        match r.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    r.space();
    if r.at != bytes.len() {
        return None;
    }
    Some((id, text?))
}

struct Reader<'a> {
    b: &'a [u8],
    /// `b` as a string.
    s: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<u8> {
        let x = *self.b.get(self.at)?;
        self.at += 1;
        Some(x)
    }

    fn expect(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    /// JSON's white space: space, tab, line feed, carriage return.
    fn space(&mut self) {
        while matches!(self.b.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The bytes of a string with no escape (not checked as UTF-8).
    fn plain_string(&mut self) -> Option<&'a [u8]> {
        let (from, to) = self.plain_string_at()?;
        Some(&self.b[from..to])
    }

    /// Where the bytes of a string with no escape lie in the line.
    fn plain_string_at(&mut self) -> Option<(usize, usize)> {
        self.expect(b'"')?;
        let rest = &self.b[self.at..];
        let end = memchr::memchr2(b'"', b'\\', rest)?;
        if rest[end] != b'"' {
            return None;
        }
        let from = self.at;
        self.at += end + 1;
        Some((from, from + end))
    }

    /// A string unescaped as JSON (and `serde_json`) reads it; `None` for what the general
    /// reader must take: an unknown escape, a surrogate escape that is not half of a pair, bad
    /// UTF-8, no closing quote.
    fn unescaped_string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        // Unescaped, the text is no longer than the rest of the line.
        let mut out = String::with_capacity(self.b.len() - self.at);
        loop {
            let rest = &self.b[self.at..];
            // An escape right after an escape (a paragraph break is two line-feed escapes) is
            // seen without a search.
            let end = match rest.first() {
                Some(b'"' | b'\\') => 0,
                _ => memchr::memchr2(b'"', b'\\', rest)?,
            };
            out.push_str(&self.s[self.at..self.at + end]);
            self.at += end + 1;
            if rest[end] == b'"' {
                break;
            }
            let unescaped = match self.next()? {
                b'"' => b'"',
                b'\\' => b'\\',
                b'/' => b'/',
                b'b' => 0x08,
                b'f' => 0x0C,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'u' => {
                    let c = match self.hex4()? {
                        // A character above U+FFFF as a pair of surrogates, as Python's
                        // `json.dumps` writes it (session 36: one web page in eight has one,
                        // an emoji, and went to the general reader): the low half must follow.
                        high @ 0xD800..=0xDBFF => {
                            if self.b.get(self.at..self.at + 2) != Some(b"\\u") {
                                return None;
                            }
                            self.at += 2;
                            let low = self.hex4()?;
                            if !(0xDC00..=0xDFFF).contains(&low) {
                                return None;
                            }
                            char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                        }
                        // (`None` for a lone low half)
                        unit => char::from_u32(unit)?,
                    };
                    out.push(c);
                    continue;
                }
                _ => return None,
            };
            out.push(char::from(unescaped));
        }
        Some(out)
    }

    /// Four hex digits, either case.
    fn hex4(&mut self) -> Option<u32> {
        let digits = self.b.get(self.at..self.at + 4)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::id_and_text;
    use proptest::prelude::*;
    use std::fmt::Write;

    /// What the general reader makes of `line`: `serde_json`'s `id` and `text`, when the line is
    /// an object whose `id` is a string (or absent) and whose `text` is a string.
    fn by_serde(line: &str) -> Option<(Option<String>, String)> {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let o = v.as_object()?;
        let id = match o.get("id") {
            None => None,
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(_) => return None,
        };
        Some((id, o.get("text")?.as_str()?.to_owned()))
    }

    /// `s` as a JSON string: `serde_json`'s escaping, or every non-ASCII character as `\uXXXX`
    /// (surrogate pairs above U+FFFF, as Python's `json.dumps` writes).
    fn quoted(s: &str, ascii: bool) -> String {
        let json = serde_json::to_string(s).unwrap();
        if !ascii {
            return json;
        }
        let mut out = String::new();
        for c in json.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    write!(out, "\\u{unit:04X}").unwrap();
                }
            }
        }
        out
    }

    #[test]
    fn reads_the_common_lines() {
        let got =
            id_and_text(br#"{"id": "a-1", "text": "Title\n\nIt said \"no\" \u2014 twice.\\"}"#);
        assert_eq!(
            got,
            Some((
                Some("a-1".to_owned()),
                "Title\n\nIt said \"no\" \u{2014} twice.\\".to_owned()
            ))
        );
        // (session 36) a character above U+FFFF as its pair of surrogates, either case
        assert_eq!(
            id_and_text(br#"{"text": "Lamp \ud83d\udca1 on, \uD83C\uDF0A"}"#),
            Some((None, "Lamp \u{1F4A1} on, \u{1F30A}".to_owned()))
        );
        let got = id_and_text(b" {\"text\":\"x\\/y\\b\\f\\r\\t\\u00e9\"  } ");
        assert_eq!(got, Some((None, "x/y\u{8}\u{c}\r\t\u{e9}".to_owned())));
        assert_eq!(
            id_and_text(br#"{"text": "t", "id": "b"}"#),
            Some((Some("b".to_owned()), "t".to_owned()))
        );
    }

    #[test]
    fn leaves_every_other_line_to_the_general_reader() {
        for line in [
            &br#"{"id": 7, "text": "x"}"#[..],
            br#"{"id": "a\"b", "text": "x"}"#,
            br#"{"id": "a", "text": "x", "id": "b"}"#,
            br#"{"id": "a", "text": "x", "meta": 1}"#,
            br#"{"id": "a", "html": "<p>x</p>"}"#,
            br#"{"id": "a"}"#,
            b"{}",
            br#"{"id": "a", "text": "\ud83d"}"#,
            br#"{"id": "a", "text": "\ud83d\u0041"}"#,
            br#"{"id": "a", "text": "\ude00\ud83d"}"#,
            br#"{"id": "a", "text": "\ud83dx"}"#,
            br#"{"id": "a", "text": "\x"}"#,
            br#"{"id": "a", "text": "\u12"}"#,
            br#"{"id": "a", "text": "x"} x"#,
            br#"{"id": "a", "text": "x",}"#,
            br#"{"id": "a" "text": "x"}"#,
            br#"{"id": "a", "text": "x"#,
            b"{\"id\": \"a\", \"text\": \"tab\there\"}",
            // Valid JSON, but white space other than spaces between tokens: the general reader.
            b"{\"id\": \"a\",\t\"text\": \"x\"}\r",
            b"{\"id\": \"a\", \"text\": \"\xff\"}",
            b"{\"id\": \"\xff\", \"text\": \"x\"}",
            br#"["id", "text"]"#,
        ] {
            assert_eq!(id_and_text(line), None, "{}", String::from_utf8_lossy(line));
        }
    }

    proptest! {
        /// Every line the fast reader takes, it reads as `serde_json` does; and it takes every
        /// line of the common shape (spaces between its tokens), characters above U+FFFF
        /// written as pairs of surrogates too.
        #[test]
        fn agrees_with_serde_json(
            id in proptest::option::of("[a-z0-9/_.é -]{0,12}"),
            text in "(\\PC|[\"\\\\/\n\r\t\u{0}-\u{1f}\u{7f}\u{2028}]){0,40}",
            ascii in any::<bool>(),
            text_first in any::<bool>(),
            gap in " {0,2}",
        ) {
            let text_field = format!("\"text\":{gap}{}", quoted(&text, ascii));
            let fields = match &id {
                None => text_field,
                Some(id) if text_first => format!("{text_field},{gap}\"id\": {}", quoted(id, false)),
                Some(id) => format!("\"id\": {},{gap}{text_field}", quoted(id, false)),
            };
            let line = format!("{gap}{{{fields}}}{gap}");
            let fast = id_and_text(line.as_bytes());
            if let Some(got) = &fast {
                prop_assert_eq!(Some(got.clone()), by_serde(&line));
            }
            prop_assert_eq!(fast, Some((id, text)));
        }

        /// On any bytes, the fast reader never disagrees with `serde_json`.
        #[test]
        fn never_disagrees_on_any_line(line in "\\{(\"(id|text|x)\"|[ :,\"\\\\u0-9a-fA-F]|\\PC){0,30}\\}") {
            if let Some(got) = id_and_text(line.as_bytes()) {
                prop_assert_eq!(Some(got), by_serde(&line));
            }
        }
    }
}
