//! Words of a paragraph, with each quotation piece standing as one opaque token.
//!
//! The attribution rules look at the writer's words around a quotation, never inside it; a
//! quotation piece is therefore a single [`Kind::Quote`] token. Words keep internal apostrophes,
//! hyphens and dots (`Dmitriev’s`, `vice-presidential`, `U.S.`), and take a final dot when they are
//! an abbreviation or an initial (`Sen.`, `J.`), so that a sentence end is a [`Kind::Punct`] dot.

use crate::{Span, swar};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct,
    /// A quotation piece (marks included in the span); the index is the piece's number.
    Quote(u32),
}

/// A piece number as a token holds it: four bytes keep a token at 24 bytes instead of 32.
/// (A text would need more than 8 GB to hold 2^32 pieces; past that the number saturates.)
fn piece_number(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: Kind,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "prof", "rev", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sept", "sep", "oct", "nov", "dec", "vs", "etc", "adm", "maj", "cmdr", "atty", "supt",
    "pres", "sens", "reps", "govs", "mt", "ft", "ave", "blvd",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `i` of `s` (a char boundary) and its length: ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

/// What an ASCII byte is to the tokenizer (bytes from 0x80 on are [`OTHER`]).
const OTHER: u8 = 0;
/// Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII characters
/// `char::is_whitespace` accepts (`u8::is_ascii_whitespace` leaves out the vertical tab).
const SPACE: u8 = 1;
/// Letters and digits: the ASCII characters `char::is_alphanumeric` accepts.
const ALNUM: u8 = 2;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

fn is_alnum_byte(b: u8) -> bool {
    CLASS[usize::from(b)] == ALNUM
}

/// The ASCII bytes that join two runs of word characters into one word (`O'Neil`,
/// `vice-presidential`, `U.S`, `AT&T`).
fn is_joiner(b: u8) -> bool {
    matches!(b, b'\'' | b'-' | b'.' | b'&')
}

/// The end of the run of ASCII letters and digits in `bytes` from `i` on: the first index at
/// or after `i` that holds no ASCII letter or digit ([`is_alnum_byte`]), or `bytes.len()`:
/// eight bytes at a time ([`swar::alnum_bytes`]).
#[inline]
fn alnum_end(bytes: &[u8], i: usize) -> usize {
    let mut k = i;
    while let Some(chunk) = bytes.get(k..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = !swar::alnum_bytes(u64::from_le_bytes(*chunk)) & swar::HIGH_BITS;
        if stop != 0 {
            return k + (stop.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    run_end_in_tail(bytes, k)
}

/// [`alnum_end`] from `k`, fewer than eight bytes before the end of `bytes` (the last word of a
/// stretch, most often), read in one load, zeros past its end ([`swar::load_padded`]), instead
/// of a byte loop whose end mispredicts. (Kept out of [`alnum_end`], which is inlined into the
/// word loop.)
#[inline(never)]
fn run_end_in_tail(bytes: &[u8], k: usize) -> usize {
    let stop = !swar::alnum_bytes(swar::load_padded(bytes, k)) & swar::HIGH_BITS;
    k + (stop.trailing_zeros() / 8) as usize
}

/// Length of the word at the start of `rest` (whose first character is a word character):
/// letters and digits, joined by ' ’ - . & ‑ when a word character follows, and a possessive
/// plural's apostrophe (`Jones’`).
fn word_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        // a run of ASCII letters and digits, the common case
        if is_alnum_byte(bytes[i]) {
            i = alnum_end(bytes, i + 1);
            end = i;
            continue;
        }
        // an ASCII byte ending the run is no word character; unless it joins, the word ends
        if bytes[i] < 0x80 && !is_joiner(bytes[i]) {
            break;
        }
        let (c, len) = char_at(rest, i);
        if is_word_char(c) {
            i += len;
            end = i;
            continue;
        }
        if matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑') {
            if i + len < bytes.len() && is_word_char(char_at(rest, i + len).0) {
                i += len;
                continue;
            }
            // possessive plural: Jones’ (apostrophe after s, then not a word char)
            if matches!(c, '\'' | '’') && end > 0 && bytes[end - 1] == b's' {
                end = i + len;
            }
        }
        break;
    }
    end
}

/// The end of the word token starting at `i` of `s`, whose run of ASCII letters and digits ends
/// at `j` on a joiner or a byte outside ASCII, when ASCII alone decides it: runs of ASCII letters
/// and digits joined by ASCII joiners ([`is_joiner`]) or `’`, ended by the end of `s`, an ASCII
/// byte joining nothing, a hyphen or ampersand before no letter or digit, or a dot before no
/// letter or digit (taken when [`takes_dot`]). `None` (for [`word_len`] to decide) before
/// another byte outside ASCII or an apostrophe ending the word (a possessive plural may take it).
/// With the end, whether the word holds a `’` (then it is not ASCII).
#[inline]
fn joined_ascii(s: &str, i: usize, mut j: usize) -> Option<(usize, bool)> {
    let bytes = s.as_bytes();
    let mut curly = false;
    loop {
        // the first byte after the joiner (’ is three bytes long)
        let after = if is_joiner(bytes[j]) {
            j + 1
        } else if bytes[j..].starts_with("’".as_bytes()) {
            j + 3
        } else {
            break;
        };
        if !bytes.get(after).is_some_and(|&d| is_alnum_byte(d)) {
            break;
        }
        curly |= after == j + 3;
        j = alnum_end(bytes, after + 1);
        if j == bytes.len() {
            return Some((j, curly));
        }
    }
    let c = bytes[j];
    if c < 0x80 && !is_joiner(c) {
        return Some((j, curly));
    }
    let joins_nothing = bytes
        .get(j + 1)
        .is_none_or(|&d| d < 0x80 && !is_alnum_byte(d));
    match c {
        b'.' if joins_nothing => Some((if takes_dot(&s[i..j]) { j + 1 } else { j }, curly)),
        b'-' | b'&' if joins_nothing => Some((j, curly)),
        _ => None,
    }
}

/// (session 24) The length of the pronoun when `word` is a personal pronoun and a contracted
/// auxiliary (`I’d`, `you'll`, `We’ve`, `they're`, `I’m`), else 0. The pronoun is then a token
/// of its own and the auxiliary another (`’d`, `'ll`, ...), so that the readers see the subject
/// they know (`I’d argue that …` is spoken by `I`, not by a name `I’d`; `You’ll want to …` has no
/// speaker, as `You want to …` has none) and pass over the auxiliary as over `would` or `will`.
/// `’s` stays joined: `he’s` and `it’s` are words the readers know whole.
#[inline(never)]
fn contracted(word: &str) -> usize {
    let Some(cut) = word.find(['\'', '’']) else {
        return 0;
    };
    let (pronoun, aux) = word.split_at(cut);
    let is_pronoun = ["i", "you", "we", "they", "he", "she"]
        .iter()
        .any(|p| pronoun.eq_ignore_ascii_case(p));
    if is_pronoun && is_contracted_auxiliary(aux) {
        cut
    } else {
        0
    }
}

/// Whether `word` is a contracted auxiliary with its apostrophe (`’d`, `'ve`, `’ll`, `'re`,
/// `’m`): a word token of its own only after a pronoun ([`contracted`]), since a word token
/// opens with a letter or digit otherwise.
pub(crate) fn is_contracted_auxiliary(word: &str) -> bool {
    let Some(aux) = word.strip_prefix('\'').or_else(|| word.strip_prefix('’')) else {
        return false;
    };
    ["d", "ve", "ll", "re", "m"]
        .iter()
        .any(|a| aux.eq_ignore_ascii_case(a))
}

/// Whether `word`, followed by a dot, takes the dot: an abbreviation, an initial or a dotted
/// acronym. (Kept out of [`words`], whose word loop is quicker without it.)
#[inline(never)]
fn takes_dot(word: &str) -> bool {
    let mut chars = word.chars();
    let single_cap = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_cap || word.contains('.') || is_abbreviation(word)
}

/// Whether `word` is one of [`ABBREVIATIONS`], ignoring ASCII case: its [`abbreviation_key`]
/// looked up among theirs, instead of a comparison with each.
fn is_abbreviation(word: &str) -> bool {
    word.len() <= LONGEST_ABBREVIATION
        && ABBREVIATION_KEYS
            .binary_search(&abbreviation_key(word.as_bytes()))
            .is_ok()
}

/// A word of at most [`LONGEST_ABBREVIATION`] bytes as one number: its bytes lower-cased (ASCII
/// only, as `eq_ignore_ascii_case` compares them) and its length, so that two words have the
/// same key exactly when they are equal ignoring ASCII case.
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = word.len() as u64;
    let mut k = 0;
    while k < word.len() {
        key |= (word[k].to_ascii_lowercase() as u64) << (8 * k + 8);
        k += 1;
    }
    key
}

/// The keys of [`ABBREVIATIONS`] ([`abbreviation_key`]), sorted.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = abbreviation_key(ABBREVIATIONS[k].as_bytes());
        // insertion sort: 50 keys, at compile time
        let mut j = k;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        k += 1;
    }
    keys
};

/// Bytes of the longest of [`ABBREVIATIONS`]: a longer word is none of them.
const LONGEST_ABBREVIATION: usize = 4;

/// Tokens of `text[para]`; `pieces` are the quotation pieces lying in this paragraph, in order,
/// as `(outer span, piece number)`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, para: Span, pieces: &[(Span, usize)]) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(text, para, pieces, &mut out, &mut Vec::new(), |_, _| {});
    out
}

/// The tokens of `text[para]` into `out` (emptied first, so that its buffer serves paragraph
/// after paragraph); `pieces` are the quotation pieces lying in this paragraph, in order, as
/// `(outer span, piece number)`; `quote(n, k)` is told that piece `n` is token `k`.
///
/// `other` gets one bit a token (token `k` is bit `k % 64` of `other[k / 64]`), set for the
/// tokens whose text is not ASCII and for the quotation pieces: the tokens that do not
/// lower-case in place ([`other_bits`] works them out from the tokens alone). The tokenizer
/// knows it on the way (an ASCII word is found by its bytes), so no reader tests each token's
/// bytes again. Returns whether a word or punctuation token is not ASCII.
pub(crate) fn tokenize_into(
    text: &str,
    para: Span,
    pieces: &[(Span, usize)],
    out: &mut Vec<Tok>,
    other: &mut Vec<u64>,
    mut quote: impl FnMut(usize, usize),
) -> bool {
    out.clear();
    out.reserve(para.len() / 5 + pieces.len() + 1);
    other.clear();
    let mut any = false;
    let mut pos = para.start;
    for &(outer, n) in pieces {
        // the words before the piece
        let limit = outer.start.min(para.end);
        if pos < limit {
            any |= words(text, pos, limit, out, other);
            pos = limit;
        }
        if pos >= para.end {
            break;
        }
        quote(n, out.len());
        mark_other(other, out.len());
        out.push(Tok {
            span: outer,
            kind: Kind::Quote(piece_number(n)),
        });
        pos = outer.end.max(pos + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    if pos < para.end {
        any |= words(text, pos, para.end, out, other);
    }
    other.resize(out.len().div_ceil(64), 0);
    any
}

/// Sets token `k`'s bit in `other` (see [`tokenize_into`]), growing it as needed.
#[inline]
fn mark_other(other: &mut Vec<u64>, k: usize) {
    let w = k / 64;
    if other.len() <= w {
        other.resize(w + 1, 0);
    }
    other[w] |= 1 << (k % 64);
}

/// The bits [`tokenize_into`] gives `toks` into `other`, worked out from the tokens (for tokens
/// made some other way), and whether a word or punctuation token is not ASCII.
pub(crate) fn other_bits(text: &str, toks: &[Tok], other: &mut Vec<u64>) -> bool {
    other.clear();
    other.resize(toks.len().div_ceil(64), 0);
    let mut any = false;
    for (k, t) in toks.iter().enumerate() {
        let quote = matches!(t.kind, Kind::Quote(_));
        let non_ascii = !quote && !text.as_bytes()[t.span.start..t.span.end].is_ascii();
        any |= non_ascii;
        if quote || non_ascii || (t.kind == Kind::Word && is_contracted_auxiliary(t.text(text))) {
            mark_other(other, k);
        }
    }
    any
}

/// The word and punctuation tokens of `text[start..end]`, a stretch with no quotation piece.
///
/// ASCII bytes are classified without decoding; other characters are decoded one by one. A token
/// that is not ASCII has its bit set in `other` ([`tokenize_into`]); returns whether there was one.
fn words(text: &str, start: usize, end: usize, out: &mut Vec<Tok>, other: &mut Vec<u64>) -> bool {
    let s = &text[start..end];
    let mut any = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (is_word, len) = if b < 0x80 {
            match CLASS[usize::from(b)] {
                SPACE => {
                    i += 1;
                    continue;
                }
                ALNUM => {
                    // The common word: ASCII letters and digits up to the end of the stretch or
                    // an ASCII byte that cannot join a word (not ' - . &), which is the whole
                    // word `word_len` would find, and takes no dot.
                    let j = alnum_end(bytes, i + 1);
                    if bytes.get(j).is_none_or(|&c| c < 0x80 && !is_joiner(c)) {
                        out.push(Tok {
                            span: Span::new(start + i, start + j),
                            kind: Kind::Word,
                        });
                        // the space after it, the common case, without another turn
                        i = if bytes.get(j) == Some(&b' ') {
                            j + 1
                        } else {
                            j
                        };
                        continue;
                    }
                    // A word joined by ASCII joiners to ASCII letters and digits, or before a
                    // dot that joins nothing (a sentence end, an abbreviation taking it), without
                    // `word_len` reading it again character by character.
                    if let Some((n, curly)) = joined_ascii(s, i, j) {
                        // "I’d", "they've": the pronoun is a word of its own ([`contracted`])
                        let at = if j - i <= 4 { contracted(&s[i..n]) } else { 0 };
                        if at > 0 {
                            out.push(Tok {
                                span: Span::new(start + i, start + i + at),
                                kind: Kind::Word,
                            });
                        }
                        if curly {
                            any = true;
                        }
                        // (an auxiliary is read as the word it stands for: `Reader::lower`)
                        if curly || at > 0 {
                            mark_other(other, out.len());
                        }
                        out.push(Tok {
                            span: Span::new(start + i + at, start + n),
                            kind: Kind::Word,
                        });
                        i = n;
                        continue;
                    }
                    (true, 1)
                }
                // ASCII punctuation but a hyphen (which may open "--") is one byte
                _ if b != b'-' => {
                    out.push(Tok {
                        span: Span::new(start + i, start + i + 1),
                        kind: Kind::Punct,
                    });
                    // the space after it (`, `, `. `) without another turn, as after a word
                    i = if bytes.get(i + 1) == Some(&b' ') {
                        i + 2
                    } else {
                        i + 1
                    };
                    continue;
                }
                _ => (false, 1),
            }
        } else {
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            (is_word_char(c), c.len_utf8())
        };
        let rest = &s[i..];
        let len = if is_word {
            let mut n = word_len(rest);
            // Abbreviation, initial or dotted acronym takes its final dot.
            if rest.as_bytes().get(n) == Some(&b'.') && takes_dot(&rest[..n]) {
                n += 1;
            }
            n
        } else if rest.starts_with("--") {
            // "--" stands for a dash.
            2
        } else {
            len
        };
        // "I’d" before another apostrophe or a character outside ASCII ([`contracted`])
        let at = if is_word && len <= 8 {
            contracted(&rest[..len])
        } else {
            0
        };
        if at > 0 {
            out.push(Tok {
                span: Span::new(start + i, start + i + at),
                kind: Kind::Word,
            });
        }
        i += at;
        let len = len - at;
        let rest = &s[i..];
        // (a hyphen or "--" is ASCII; a word opening with an ASCII byte may hold other ones)
        if b >= 0x80 || (is_word && !rest.as_bytes()[..len].is_ascii()) {
            any = true;
            mark_other(other, out.len());
        } else if at > 0 {
            mark_other(other, out.len());
        }
        out.push(Tok {
            span: Span::new(start + i, start + i + len),
            kind: if is_word { Kind::Word } else { Kind::Punct },
        });
        i += len;
    }
    any
}

/// Helpers on a token's text.
pub(crate) trait TokExt {
    fn text<'t>(&self, text: &'t str) -> &'t str;
    fn is_word(&self) -> bool;
    fn is_punct(&self, text: &str, p: &str) -> bool;
    fn is_cap(&self, text: &str) -> bool;
    fn lower(&self, text: &str) -> String;
    fn lower_into(&self, text: &str, buf: &mut String);
}

impl TokExt for Tok {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.as_str(text)
    }
    fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    fn is_punct(&self, text: &str, p: &str) -> bool {
        if self.kind != Kind::Punct {
            return false;
        }
        let s = self.text(text);
        // a one-byte token is an ASCII character, found in `p` as its byte
        match s.as_bytes() {
            [b] => p.as_bytes().contains(b),
            _ => p.contains(s),
        }
    }
    fn is_cap(&self, text: &str) -> bool {
        // capitalised, or a script without case (東京) standing where a name would
        self.kind == Kind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    }
    fn lower(&self, text: &str) -> String {
        self.text(text).to_lowercase().replace('’', "'")
    }
    /// [`TokExt::lower`] appended to `buf`, without allocating: ASCII and every character but
    /// `Σ` lower-case on their own (`’` has no case, so it can be made straight on the way);
    /// `Σ` depends on its neighbours and goes the slow way.
    fn lower_into(&self, text: &str, buf: &mut String) {
        let s = self.text(text);
        if s.is_ascii() {
            let a = buf.len();
            buf.push_str(s);
            buf[a..].make_ascii_lowercase();
        } else if s.contains('Σ') {
            buf.push_str(&self.lower(text));
        } else {
            for c in s.chars() {
                if c.is_ascii() {
                    buf.push(c.to_ascii_lowercase());
                } else if c == '’' {
                    buf.push('\'');
                } else {
                    buf.extend(c.to_lowercase());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was before its ASCII fast path (character by character), kept to
    /// check that both agree.
    fn tokenize_reference(text: &str, para: Span, pieces: &[(Span, usize)]) -> Vec<Tok> {
        let mut out = Vec::new();
        let mut pos = para.start;
        let mut next_piece = 0;
        while pos < para.end {
            if let Some(&(outer, n)) = pieces.get(next_piece) {
                if pos >= outer.start {
                    out.push(Tok {
                        span: outer,
                        kind: Kind::Quote(piece_number(n)),
                    });
                    pos = outer.end.max(pos + 1);
                    while !text.is_char_boundary(pos) {
                        pos += 1;
                    }
                    next_piece += 1;
                    continue;
                }
            }
            let limit = pieces
                .get(next_piece)
                .map_or(para.end, |&(o, _)| o.start.min(para.end));
            let rest = &text[pos..limit];
            let Some(c) = rest.chars().next() else {
                pos = limit;
                continue;
            };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                // "--" stands for a dash.
                let len = if rest.starts_with("--") {
                    2
                } else {
                    c.len_utf8()
                };
                out.push(Tok {
                    span: Span::new(pos, pos + len),
                    kind: Kind::Punct,
                });
                pos += len;
                continue;
            }
            // A word: letters and digits, joined by ' ’ - . & when a word character follows.
            let bytes = rest.as_bytes();
            let mut end = 0;
            let mut chars = rest.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if is_word_char(c) {
                    end = i + c.len_utf8();
                    continue;
                }
                if matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑') {
                    if let Some(&(_, n)) = chars.peek() {
                        if is_word_char(n) {
                            continue;
                        }
                    }
                    // possessive plural: Jones’ (apostrophe after s, then not a word char)
                    if matches!(c, '\'' | '’') && end > 0 && bytes[end - 1] == b's' {
                        end = i + c.len_utf8();
                    }
                }
                break;
            }
            let word = &rest[..end];
            // Abbreviation, initial or dotted acronym takes its final dot.
            if rest[end..].starts_with('.') {
                let lower = word.to_ascii_lowercase();
                let single_cap = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if single_cap || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str()) {
                    end += 1;
                }
            }
            // a pronoun and a contracted auxiliary are two words: "I’d", "they've"
            let w = &rest[..end];
            let split = w.find(['\'', '’']).filter(|&k| {
                let aux = w[k..].trim_start_matches(['\'', '’']).to_ascii_lowercase();
                let pronoun = w[..k].to_ascii_lowercase();
                ["d", "ve", "ll", "re", "m"].contains(&aux.as_str())
                    && ["i", "you", "we", "they", "he", "she"].contains(&pronoun.as_str())
            });
            if let Some(k) = split {
                out.push(Tok {
                    span: Span::new(pos, pos + k),
                    kind: Kind::Word,
                });
            }
            out.push(Tok {
                span: Span::new(pos + split.unwrap_or(0), pos + end),
                kind: Kind::Word,
            });
            pos += end.max(1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
        }
        out
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|t| t.span.as_str(text))
            .collect()
    }

    #[test]
    fn words_keep_abbreviations_and_possessives() {
        assert_eq!(
            words("Sen. J. Smith of the U.S. said Jones’ dog’s vice-presidential -- no."),
            vec![
                "Sen.",
                "J.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "said",
                "Jones’",
                "dog’s",
                "vice-presidential",
                "--",
                "no",
                "."
            ]
        );
    }

    #[test]
    fn lower_into_is_lower() {
        let text = "Said MAYOR’s O'Neil ΣΟΦΟΣ Σ İstanbul Straße ÉCOLE “Quoted, Text’s” 東京";
        let toks = tokenize(text, Span::new(0, text.len()), &[]);
        let whole = Tok {
            span: Span::new(0, text.len()),
            kind: Kind::Word,
        };
        for t in toks.iter().chain([&whole]) {
            let mut buf = String::from("x");
            t.lower_into(text, &mut buf);
            assert_eq!(&buf[1..], t.lower(text), "{}", t.text(text));
        }
    }

    proptest::proptest! {
        /// The ASCII fast path tokenises like the character-by-character tokenizer it replaced.
        #[test]
        fn fast_path_agrees_with_reference(
            text in "[A-Za-z0-9 .,;'’&\\-‑\"“”()Σσé東\t\n\u{0B}\u{85}\u{a0}]{0,80}",
            cuts in proptest::collection::vec(0usize..200, 0..6),
            shrink in 0usize..3,
        ) {
            // Pieces: non-overlapping spans between sorted char boundaries of the paragraph.
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut at: Vec<usize> = cuts.iter().map(|c| bounds[c % bounds.len()]).collect();
            at.sort_unstable();
            at.dedup();
            let pieces: Vec<(Span, usize)> = at
                .chunks_exact(2)
                .enumerate()
                .map(|(n, w)| (Span::new(w[0], w[1]), n))
                .collect();
            let para = Span::new(bounds[shrink.min(bounds.len() - 1)], text.len());
            let pieces: Vec<(Span, usize)> =
                pieces.into_iter().filter(|(sp, _)| sp.start >= para.start).collect();
            proptest::prop_assert_eq!(
                tokenize(&text, para, &pieces),
                tokenize_reference(&text, para, &pieces)
            );
            // the tokenizer's bits are those worked out from its tokens, and every piece is
            // told where it stands
            let (mut toks, mut bits, mut want) = (Vec::new(), Vec::new(), Vec::new());
            let mut told = Vec::new();
            let any = tokenize_into(&text, para, &pieces, &mut toks, &mut bits, |n, k| {
                told.push((n, k));
            });
            proptest::prop_assert_eq!(any, other_bits(&text, &toks, &mut want));
            proptest::prop_assert_eq!(bits, want);
            let quotes: Vec<(usize, usize)> = toks
                .iter()
                .enumerate()
                .filter_map(|(k, t)| match t.kind {
                    Kind::Quote(n) => Some((n as usize, k)),
                    _ => None,
                })
                .collect();
            proptest::prop_assert_eq!(told, quotes);
        }
    }

    proptest::proptest! {
        /// The eight-byte run finder ends where the byte loop does.
        #[test]
        fn alnum_end_is_the_byte_loop(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![b'a'..=b'z', b'A'..=b'Z', b'0'..=b'9', 0u8..=255],
                0..40,
            ),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let mut want = from;
            while want < bytes.len() && is_alnum_byte(bytes[want]) {
                want += 1;
            }
            proptest::prop_assert_eq!(alnum_end(&bytes, from), want);
        }
    }

    #[test]
    fn byte_classes_are_the_char_classes() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(CLASS[usize::from(b)] == SPACE, c.is_whitespace(), "{b:#x}");
            assert_eq!(CLASS[usize::from(b)] == ALNUM, is_word_char(c), "{b:#x}");
        }
    }

    #[test]
    fn abbreviation_keys_are_the_comparison() {
        // every abbreviation in several cases, their prefixes and near misses
        let mut probes: Vec<String> = vec![String::new(), "x".into(), "Mr.".into(), "é".into()];
        for a in ABBREVIATIONS {
            for w in [
                a.to_string(),
                a.to_uppercase(),
                a[..1].to_uppercase() + &a[1..],
            ] {
                for end in 0..=w.len() {
                    probes.push(w[..end].to_string());
                    probes.push(format!("{}s", &w[..end]));
                    probes.push(format!("{}\u{0}", &w[..end]));
                }
            }
        }
        for w in &probes {
            let want = w.len() <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
            assert_eq!(is_abbreviation(w), want, "{w:?}");
        }
        assert!(ABBREVIATION_KEYS.windows(2).all(|w| w[0] < w[1]));
    }

    proptest::proptest! {
        /// [`is_abbreviation`] agrees with comparing the word with each abbreviation.
        #[test]
        fn is_abbreviation_agrees_with_comparing(w in "[a-zA-Z.\u{0}\u{212A}é]{0,5}") {
            let want = w.len() <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(&w));
            proptest::prop_assert_eq!(is_abbreviation(&w), want);
        }
    }

    #[test]
    fn longest_abbreviation_is_longest() {
        assert_eq!(
            ABBREVIATIONS.iter().map(|a| a.len()).max(),
            Some(LONGEST_ABBREVIATION)
        );
    }

    #[test]
    fn abbreviations_and_initials_take_their_dot() {
        for (text, want) in [
            ("Sen. Smith", vec!["Sen.", "Smith"]),
            ("SEN. Smith", vec!["SEN.", "Smith"]),
            ("É. Zola", vec!["É.", "Zola"]),
            ("Ok. Then", vec!["Ok", ".", "Then"]),
            ("a.b. c", vec!["a.b.", "c"]),
            ("Blvd. x", vec!["Blvd.", "x"]),
            ("He left.", vec!["He", "left", "."]),
            ("It is 5.", vec!["It", "is", "5", "."]),
            ("by Dr.\nSmith", vec!["by", "Dr.", "Smith"]),
            ("Gov.", vec!["Gov."]),
            ("at 5.30 a.m.,", vec!["at", "5.30", "a.m.", ","]),
            ("the U.S.", vec!["the", "U.S."]),
            ("said J.é", vec!["said", "J.é"]),
            (
                "town's three-hour AT&T",
                vec!["town's", "three-hour", "AT&T"],
            ),
            ("U.S-based x-", vec!["U.S-based", "x", "-"]),
            (
                "a-- b& c'. Jones' d'",
                vec!["a", "--", "b", "&", "c", "'", ".", "Jones'", "d", "'"],
            ),
            ("e-é f'é", vec!["e-é", "f'é"]),
            (
                "it’s don’t’ve g’é h’",
                vec!["it’s", "don’t’ve", "g’é", "h", "’"],
            ),
            (
                "Jones’ O’Neil’s. x’-y",
                vec!["Jones’", "O’Neil’s", ".", "x", "’", "-", "y"],
            ),
        ] {
            assert_eq!(words(text), want, "{text}");
        }
    }

    #[test]
    fn quote_is_one_token() {
        let text = "He said “a b c” today.";
        let outer = Span::new(8, text.find("today").unwrap() - 1);
        let toks = tokenize(text, Span::new(0, text.len()), &[(outer, 7)]);
        assert_eq!(toks[2].kind, Kind::Quote(7));
        assert_eq!(std::mem::size_of::<Tok>(), 24);
        assert_eq!(toks[3].span.as_str(text), "today");
    }
}
