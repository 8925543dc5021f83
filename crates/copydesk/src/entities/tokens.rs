//! Word tokens of a region of text, with the facts the entity rules need: capitalisation,
//! possessives split off, hyphen joins, and sentence starts.
//!
//! One pass over the region, linear in its length.

use super::numbers;
use crate::swar::{HIGH_BITS, alnum_bytes, ascii_alnum_run};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and digits, apostrophes, dotted initials inside): "Dmitriev", "U.S.", "O'Brien".
    Word,
    /// Digits with `,` `.` inside and letters after: "2022", "3.5", "1980s", "20m".
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: a byte range of the article text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Byte offsets as `u32` keep a token at 16 bytes (articles over 4 GB get no entities).
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// First word of a sentence (or of a quotation, a line, a list item).
    pub sent_start: bool,
    /// Joined to the previous token by a hyphen with no space ("Soviet-era": "era").
    pub hyphen_before: bool,
    /// A possessive `'s` / `’s` / `’` follows directly (not part of this token).
    pub possessive: bool,
    /// A line break or a gap of several spaces stands before this token.
    pub line_before: bool,
    /// The first byte of the token's text (a token is never empty): most rules that skip a
    /// token decide on it, without reading the text.
    pub first: u8,
    /// Whether the token may open a number, date or money mention: false only where the rules
    /// of [`numbers::find`] would step over it whatever token of its region follows it, so that
    /// the search for the next token that may open one reads one flag a token.
    pub may_open_number: bool,
}

// Sixteen bytes: four tokens to a cache line.
const _: () = assert!(std::mem::size_of::<Tok>() == 16);

impl Tok {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.s()..self.e()]
    }

    /// Start byte.
    #[inline]
    pub fn s(&self) -> usize {
        self.start as usize
    }

    /// End byte.
    #[inline]
    pub fn e(&self) -> usize {
        self.end as usize
    }

    /// The first byte of the token (a token is never empty).
    #[inline]
    pub fn first_byte(&self) -> u8 {
        self.first
    }

    /// [`is_cap`] of the token's text, without slicing it for ASCII.
    #[inline]
    pub fn is_cap(&self, text: &str) -> bool {
        match self.first {
            b if b < 0x80 => b.is_ascii_uppercase(),
            _ => is_cap(self.text(text)),
        }
    }
}

/// Abbreviations that keep their final period as part of the word.
pub(crate) fn keeps_period(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gov"
            | "Govs"
            | "Gen"
            | "Col"
            | "Lt"
            | "Capt"
            | "Maj"
            | "Sgt"
            | "Adm"
            | "Rev"
            | "Hon"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Bros"
            | "Dept"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "No"
            | "Mt"
            | "Ft"
            | "vs"
            | "Vs"
            | "Rs"
    )
}

/// Abbreviations after which a period does not end a sentence.
fn abbrev_no_stop(w: &str) -> bool {
    matches!(
        w,
        "Mr."
            | "Mrs."
            | "Ms."
            | "Dr."
            | "Prof."
            | "Sen."
            | "Sens."
            | "Rep."
            | "Reps."
            | "Gov."
            | "Govs."
            | "Gen."
            | "Col."
            | "Lt."
            | "Capt."
            | "Maj."
            | "Sgt."
            | "Adm."
            | "Rev."
            | "Hon."
            | "St."
            | "Mt."
            | "Ft."
            | "No."
            | "vs."
            | "Vs."
            | "U.S."
            | "U.K."
            | "U.N."
            | "Jan."
            | "Feb."
            | "Mar."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
            | "Rs."
    ) || is_initial(w)
}

/// "J." or "R." - a single capital and a period.
pub(crate) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

#[inline]
fn prev_char_start(s: &str, mut i: usize) -> usize {
    i -= 1;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `char::is_alphabetic`, answered at once for General Punctuation (U+2000 to U+206F: the
/// quotation marks, apostrophes and dashes of news text), which has no letters.
#[inline]
fn is_letter(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic()
}

/// `char::is_alphanumeric`, answered at once for General Punctuation, which has no letters or
/// digits.
#[inline]
fn is_letter_or_digit(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
}

/// `char::is_whitespace` for an ASCII byte (unlike `u8::is_ascii_whitespace`, it counts U+000B).
#[inline]
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Tokenise `text[start..end]`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, &mut out);
    out
}

/// Tokenise `text[start..end]`, appending the tokens to `out`.
///
/// One pass. ASCII text takes byte-at-a-time fast paths; other characters are decoded and
/// classified by their Unicode properties. The sentence-start rules are applied as each token
/// is made, from what is known of the token before it in the region.
pub(crate) fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let n = bytes.len();
    out.reserve(n / 4 + 1);
    let from = out.len();
    let mut i = 0;
    let mut sent_start = true;
    let mut line_before = true;
    let mut hyphen_pending = false;
    // What the sentence rules need to know of the token before the current one: whether a
    // word after it starts a sentence-like unit (it is a word ending in a period that is no
    // abbreviation, or a bullet or a dash at a line start), and whether it is a word or number
    // ending in the period of an abbreviation or an initial ("Mr.", "U.S.", "J."), after which
    // a period ends no sentence.
    let mut word_after_starts_unit = false;
    let mut after_abbrev = false;
    while i < n {
        let b0 = bytes[i];
        let c = if b0 < 0x80 {
            if is_ascii_space(b0) {
                if b0 == b'\n' || b0 == b'\r' {
                    line_before = true;
                }
                hyphen_pending = false;
                i += 1;
                continue;
            }
            b0 as char
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            if c.is_whitespace() {
                hyphen_pending = false;
                i += c.len_utf8();
                continue;
            }
            c
        };
        let clen = c.len_utf8();
        let tok_start = start + i;
        let is_num = b0.is_ascii_digit();
        if is_num || b0.is_ascii_alphabetic() || (b0 >= 0x80 && is_letter(c)) {
            let kind = if is_num { Kind::Number } else { Kind::Word };
            if is_num {
                before_sign(&mut out[from..]);
            }
            // A line break starts a new sentence-like unit; so does a word after a word that
            // ends with a period and is no abbreviation ("the U.S. Treasury" stays one
            // sentence), and a word after a bullet or a dash at a line start.
            let unit_start = line_before || (kind == Kind::Word && word_after_starts_unit);
            // ASCII letters and digits: the common case, a byte at a time.
            let run_end = i + clen + ascii_alnum_run(&bytes[i + clen..]);
            if plain_end(bytes.get(run_end).copied(), is_num) {
                // The word is the run: no period to keep, no possessive, no hyphen join.
                out.push(Tok {
                    start: tok_start as u32,
                    end: (start + run_end) as u32,
                    kind,
                    sent_start: sent_start || unit_start,
                    hyphen_before: hyphen_pending,
                    possessive: false,
                    line_before,
                    first: b0,
                    may_open_number: numbers::may_open_alone(b0, run_end - i, bytes[run_end - 1]),
                });
                word_after_starts_unit = false;
                after_abbrev = false;
                sent_start = false;
                line_before = false;
                hyphen_pending = false;
                let period;
                (i, period) = plain_words(s, start, run_end, out);
                if period {
                    // As after the period of a sentence end in this loop.
                    sent_start = true;
                } else if bytes.get(i) == Some(&b' ') {
                    // The space after the last one, without another turn of the loop.
                    i += 1;
                }
                continue;
            }
            let (j, possessive) = word_end(s, i, run_end, is_num);
            let mut j = j;
            // Keep the period of a known abbreviation or an initial.
            if bytes.get(j) == Some(&b'.') && bytes[j - 1] != b'.' {
                let word = &s[i..j];
                let single_cap = j - i == clen && c.is_uppercase();
                if single_cap || keeps_period(word) {
                    j += 1;
                }
            }
            let word = &s[i..j];
            out.push(Tok {
                start: tok_start as u32,
                end: (start + j) as u32,
                kind,
                sent_start: sent_start || unit_start,
                hyphen_before: hyphen_pending,
                possessive,
                line_before,
                first: b0,
                may_open_number: numbers::may_open_alone(b0, j - i, bytes[j - 1]),
            });
            let period_end = bytes[j - 1] == b'.';
            let abbrev = period_end && abbrev_no_stop(word);
            word_after_starts_unit = kind == Kind::Word
                && period_end
                && !abbrev
                && !keeps_period(word.trim_end_matches('.'));
            after_abbrev = abbrev;
            sent_start = false;
            line_before = false;
            hyphen_pending = false;
            // Skip the possessive suffix.
            if possessive {
                if bytes.get(j) == Some(&b'\'') {
                    j += 1;
                } else if s[j..].starts_with('\u{2019}') {
                    j += '\u{2019}'.len_utf8();
                }
                if matches!(bytes.get(j), Some(b's' | b'S')) {
                    j += 1;
                }
            }
            // A hyphen directly joining the next word.
            let hlen = match bytes.get(j) {
                Some(b'-') => 1,
                Some(0xE2) if s[j..].starts_with(['\u{2010}', '\u{2011}']) => 3,
                _ => 0,
            };
            if hlen > 0 && char_at(s, j + hlen).is_some_and(is_letter_or_digit) {
                hyphen_pending = true;
                j += hlen;
            }
            i = j;
            continue;
        }
        // Punctuation.
        let sign = b0 == b'$' || (b0 >= 0x80 && numbers::is_currency_sign(c));
        if sign {
            before_sign(&mut out[from..]);
        }
        out.push(Tok {
            start: tok_start as u32,
            end: (tok_start + clen) as u32,
            kind: Kind::Punct,
            sent_start: false,
            hyphen_before: false,
            possessive: false,
            line_before,
            first: b0,
            may_open_number: sign,
        });
        let punct_after_abbrev = after_abbrev;
        word_after_starts_unit = line_before;
        after_abbrev = false;
        line_before = false;
        hyphen_pending = false;
        match c {
            '.' | '!' | '?' | ':' | ';' | '…' => {
                // "Mr." and initials never reach here (the period is part of the word).
                if c != '.' || !punct_after_abbrev {
                    sent_start = c != ';';
                }
            }
            '"' | '“' | '«' | '‘' => sent_start = true,
            '(' | '[' | '—' | '–' | '-' | '•' | '*' | '|' | '\'' | '”' | '»' | '’' | ')' | ']' =>
                {}
            _ => sent_start = false,
        }
        i += clen;
    }
}

/// [`Tok::may_open_number`] of the ASCII punctuation mark `b`: a currency sign
/// ([`numbers::sign_punct`]).
#[inline]
fn punct_may_open_number(b: u8) -> bool {
    b == b'$'
}

/// A number or a punctuation mark that may open one (a currency sign, [`numbers::sign_punct`])
/// follows the last of `toks` (the tokens of the region so far): a capitalised word before it
/// may open money ("US $5", "Rs 500", "USD 5"). With [`numbers::may_open_alone`] of each token,
/// this makes [`Tok::may_open_number`].
#[inline]
fn before_sign(toks: &mut [Tok]) {
    if let Some(p) = toks.last_mut() {
        p.may_open_number |= p.kind == Kind::Word && !p.first.is_ascii_lowercase();
    }
}

/// More plain words after the plain word that ends at `i` of `s` (the region, at `start` of
/// the text), each after one space, appended to `out`; returns the end of the last, and whether
/// a period that ends a sentence ends it (see below).
///
/// After a plain word every flag of the tokenizer is false, so each of these words is made with
/// no state to read or set; so is a punctuation mark right after one of them that starts no
/// sentence ([`QUIET_PUNCT`]: "a, b"), which leaves the flags as they were. A word that does not
/// end plainly ([`plain_end`]) is left, with the space before it, to the caller, except the
/// last word of a sentence ([`word_before_period`]: "said."): it and its period are made here,
/// and the caller goes on from after the period with a sentence to start (the period leaves
/// every flag false but that one).
#[inline(never)]
fn plain_words(s: &str, start: usize, mut i: usize, out: &mut Vec<Tok>) -> (usize, bool) {
    let bytes = s.as_bytes();
    loop {
        let Some(&b) = bytes.get(i) else {
            return (i, false);
        };
        if b != b' ' {
            if !QUIET_PUNCT[usize::from(b)] {
                return (i, false);
            }
            if b == b'$' {
                before_sign(out);
            }
            out.push(ascii_punct_tok(start + i, b));
            i += 1;
            if bytes.get(i) != Some(&b' ') {
                return (i, false);
            }
        }
        let w = i + 1;
        let Some(end) = plain_word(bytes, w) else {
            if let Some(end) = word_before_period(s, w) {
                out.push(plain_tok(start + w, start + end, bytes[w], bytes[end - 1]));
                out.push(ascii_punct_tok(start + end, b'.'));
                return (end + 1, true);
            }
            return (i, false);
        };
        let first = bytes[w];
        if first.is_ascii_digit() {
            before_sign(out);
        }
        out.push(plain_tok(start + w, start + end, first, bytes[end - 1]));
        i = end;
    }
}

/// The end of the word at `w` of `s` if a period follows it that the tokenizer makes a token of
/// its own, after which a sentence starts: a word of ASCII letters and digits (a letter first;
/// no number) of two bytes or more that keeps no period ([`keeps_period`]). An initial ("J.")
/// or a dotted abbreviation ("U.S.") has one letter before its first period.
#[inline]
fn word_before_period(s: &str, w: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    if !bytes.get(w)?.is_ascii_alphabetic() {
        return None;
    }
    let end = w + ascii_alnum_run(&bytes[w..]);
    (end - w >= 2
        && bytes.get(end) == Some(&b'.')
        && !keeps_period(&s[w..end])
        && dot_com(s, w, end) == 0)
        .then_some(end)
}

/// The token of the ASCII punctuation mark `b` at `at` in the middle of a sentence.
#[inline]
fn ascii_punct_tok(at: usize, b: u8) -> Tok {
    Tok {
        start: at as u32,
        end: (at + 1) as u32,
        kind: Kind::Punct,
        sent_start: false,
        hyphen_before: false,
        possessive: false,
        line_before: false,
        first: b,
        may_open_number: punct_may_open_number(b),
    }
}

/// The end of the plain word or number (a run of ASCII letters and digits for which
/// [`plain_end`] holds) that starts at `w` of `bytes`, if one does.
///
/// Most words are read as eight bytes at once: their letters ([`alnum_bytes`](crate::swar::alnum_bytes)) and the byte
/// after them are in the one `u64`. A word of eight letters or more, and the last bytes of the
/// region, take the byte loop.
#[inline]
fn plain_word(bytes: &[u8], w: usize) -> Option<usize> {
    let rest = bytes.get(w..)?;
    let (len, next) = if let Some(chunk) = rest.first_chunk::<8>() {
        let x = u64::from_le_bytes(*chunk);
        let stop = !alnum_bytes(x) & HIGH_BITS;
        if stop != 0 {
            let len = (stop.trailing_zeros() / 8) as usize;
            (len, Some((x >> (8 * len)) as u8))
        } else {
            let len = 8 + ascii_alnum_run(&rest[8..]);
            (len, rest.get(len).copied())
        }
    } else {
        let len = ascii_alnum_run(rest);
        (len, rest.get(len).copied())
    };
    (len > 0 && plain_end(next, rest[0].is_ascii_digit())).then_some(w + len)
}

/// ASCII punctuation after which the tokenizer's flags are as before it, when they are all
/// false: every ASCII byte that is no letter, digit or white space, except the marks after
/// which a sentence starts (`.` `!` `?` `:` `"`).
static QUIET_PUNCT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = !c.is_ascii_alphanumeric()
            && !is_ascii_space(c)
            && !matches!(c, b'.' | b'!' | b'?' | b':' | b'"');
        b += 1;
    }
    t
};

/// The token of a plain word or number from `start` to `end` in the middle of a sentence, whose
/// first byte is `first` and last byte `last`.
#[inline]
fn plain_tok(start: usize, end: usize, first: u8, last: u8) -> Tok {
    Tok {
        start: start as u32,
        end: end as u32,
        kind: if first.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Word
        },
        sent_start: false,
        hyphen_before: false,
        possessive: false,
        line_before: false,
        first,
        may_open_number: numbers::may_open_alone(first, end - start, last),
    }
}

/// True when a word or number whose ASCII letters and digits are followed by `next` (`None` at
/// the region's end) ends there, with none of the rules for periods, apostrophes, hyphens and
/// non-ASCII letters to apply: white space, most punctuation, a comma after a word.
#[inline]
fn plain_end(next: Option<u8>, is_num: bool) -> bool {
    next.is_none_or(|b| plain_end_byte(b, is_num))
}

/// [`plain_end`] of a byte after the word or number.
#[inline]
fn plain_end_byte(b: u8, is_num: bool) -> bool {
    PLAIN_END[usize::from(b)] >> u8::from(is_num) & 1 != 0
}

/// For each byte, bit 0 when it ends a word plainly and bit 1 when it ends a number plainly
/// ([`plain_end`]).
static PLAIN_END: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 0x80 {
        if !matches!(b as u8, b'.' | b'\'' | b'-') {
            // ("AT&T": an ampersand may join capitals into one word, not a number.)
            t[b] = match b as u8 {
                b',' => 1,
                b'&' => 2,
                _ => 3,
            };
        }
        b += 1;
    }
    t
};

/// The end of the word or number that starts at `i`, whose first character and the ASCII
/// letters and digits after it end at `run_end`, and whether a possessive `'s` / `’s` / `’`
/// follows it.
#[inline]
fn word_end(s: &str, i: usize, run_end: usize, is_num: bool) -> (usize, bool) {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut j = run_end;
    loop {
        j += ascii_alnum_run(&bytes[j..]);
        if j == n {
            return (n, false);
        }
        let bj = bytes[j];
        let d = if bj < 0x80 {
            bj as char
        } else {
            let d = s[j..].chars().next().unwrap_or_default();
            if is_letter_or_digit(d) || d == '\u{301}' || d == '\u{304}' {
                j += d.len_utf8();
                continue;
            }
            d
        };
        if (d == '.' || d == ',') && is_num {
            // 3.5, 1,200
            if bytes.get(j + 1).is_some_and(u8::is_ascii_digit) && bytes[j - 1].is_ascii_digit() {
                j += 1;
            } else {
                return (j, false);
            }
        } else if d == '.' && !is_num {
            // Dotted initials: U.S., U.S.A.: single letters, each followed by a period.
            let p_start = prev_char_start(s, j);
            let single_before = char_at(s, p_start).is_some_and(char::is_alphabetic)
                && (p_start == i || bytes[p_start - 1] == b'.');
            if !single_before {
                return (j + dot_com(s, i, j), false);
            }
            let nx = char_at(s, j + 1).filter(|x| x.is_alphabetic());
            let nx_then_dot = nx.is_some_and(|x| {
                let after = j + 1 + x.len_utf8();
                after == n || bytes[after] == b'.'
            });
            if nx_then_dot {
                j += 1 + nx.map_or(0, char::len_utf8);
            } else if p_start > i {
                // the final period of "U.S."
                return (j + 1, false);
            } else {
                return (j, false);
            }
        } else if d == '&' && !is_num {
            // "AT&T", "KFSH&RC": an ampersand between capitals joins them into one acronym.
            if caps_ampersand(bytes, j) {
                j += 1;
            } else {
                return (j, false);
            }
        } else if is_apostrophe(d) && !is_num {
            // Possessive 's / s' ends the word; O'Brien, Mi'kmaw stay whole.
            let dl = d.len_utf8();
            let next = char_at(s, j + dl);
            let after = next.and_then(|x| char_at(s, j + dl + x.len_utf8()));
            if matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
                return (j, true);
            }
            if next.is_some_and(char::is_alphabetic) {
                j += dl;
            } else {
                // plural possessive "Jones’"
                return (j, bytes[j - 1] == b's');
            }
        } else {
            return (j, false);
        }
    }
}

/// The length of a ".com" at `j` of `bytes` that ends the capitalised word starting at `i`
/// ("JD.com", "Varomart.com": a company named by its web address, session 31), or 0.
#[inline]
fn dot_com(s: &str, i: usize, j: usize) -> usize {
    let bytes = s.as_bytes();
    if bytes[i].is_ascii_uppercase()
        && bytes[j + 1..].starts_with(b"com")
        && !char_at(s, j + 4).is_some_and(is_letter_or_digit)
    {
        4
    } else {
        0
    }
}

/// Whether the ampersand at `j` of `bytes` stands between two ASCII capitals ("AT&T", "M&G"),
/// which makes one acronym of the word around it (session 31).
fn caps_ampersand(bytes: &[u8], j: usize) -> bool {
    j > 0
        && bytes[j - 1].is_ascii_uppercase()
        && bytes.get(j + 1).is_some_and(u8::is_ascii_uppercase)
}

/// True when the word starts with an upper-case letter.
pub(crate) fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// A short acronym's shape: two to six ASCII capitals and nothing else ("TVR", "NATO").
pub(crate) fn is_acronym_shape(w: &[u8]) -> bool {
    (2..=6).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
}

/// True when every letter is upper case and there are at least two.
///
/// A byte at a time while the word is ASCII (most words end at their second letter, a small
/// one); from the first other byte on, [`is_all_caps_chars`].
pub(crate) fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for &b in w.as_bytes() {
        if b >= 0x80 {
            return is_all_caps_chars(w);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    letters >= 2
}

/// [`is_all_caps`] by `char`.
fn is_all_caps_chars(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// The tokenizer as it was before its fast paths, kept to check that the two agree.
#[cfg(test)]
pub(crate) mod reference {
    use super::{
        Kind, Tok, abbrev_no_stop, char_at, is_apostrophe, keeps_period, numbers, prev_char_start,
    };

    fn is_hyphen(c: char) -> bool {
        c == '-' || c == '\u{2010}' || c == '\u{2011}'
    }

    /// Tokenise `text[start..end]`.
    pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
        let s = &text[start..end];
        let bytes = s.as_bytes();
        let n = bytes.len();
        let mut out: Vec<Tok> = Vec::with_capacity(n / 4 + 1);
        let mut i = 0;
        let mut sent_start = true;
        let mut line_before = true;
        let mut hyphen_pending = false;
        while let Some(c) = char_at(s, i) {
            let clen = c.len_utf8();
            if c.is_whitespace() {
                if c == '\n' || c == '\r' {
                    line_before = true;
                }
                hyphen_pending = false;
                i += clen;
                continue;
            }
            let off = i;
            let tok_start = start + off;
            if c.is_alphabetic() || c.is_ascii_digit() {
                let is_num = c.is_ascii_digit();
                let mut j = i + clen;
                let mut possessive = false;
                loop {
                    // ASCII letters and digits: the common case, a byte at a time.
                    while j < n && bytes[j].is_ascii_alphanumeric() {
                        j += 1;
                    }
                    let Some(d) = char_at(s, j) else { break };
                    let dl = d.len_utf8();
                    if d.is_alphanumeric() || d == '\u{301}' || d == '\u{304}' {
                        j += dl;
                    } else if (d == '.' || d == ',') && is_num {
                        // 3.5, 1,200
                        if bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                            && bytes[j - 1].is_ascii_digit()
                        {
                            j += 1;
                        } else {
                            break;
                        }
                    } else if d == '.' && !is_num {
                        // Dotted initials: U.S., U.S.A.: single letters, each followed by a period.
                        let p_start = prev_char_start(s, j);
                        let single_before = char_at(s, p_start).is_some_and(char::is_alphabetic)
                            && (p_start == i || bytes[p_start - 1] == b'.');
                        let nx = char_at(s, j + 1).filter(|x| x.is_alphabetic());
                        let nx_then_dot = nx.is_some_and(|x| {
                            let after = j + 1 + x.len_utf8();
                            after == n || bytes[after] == b'.'
                        });
                        if !single_before
                            && bytes[i].is_ascii_uppercase()
                            && bytes[j + 1..].starts_with(b"com")
                            && !char_at(s, j + 4).is_some_and(char::is_alphanumeric)
                        {
                            // "JD.com": a capitalised name and ".com".
                            j += 4;
                            break;
                        } else if single_before && nx_then_dot {
                            j += 1 + nx.map_or(0, char::len_utf8);
                        } else if single_before && p_start > i {
                            // the final period of "U.S."
                            j += 1;
                            break;
                        } else {
                            break;
                        }
                    } else if d == '&'
                        && !is_num
                        && bytes[j - 1].is_ascii_uppercase()
                        && bytes.get(j + 1).is_some_and(u8::is_ascii_uppercase)
                    {
                        // "AT&T": capitals joined by an ampersand.
                        j += 1;
                    } else if is_apostrophe(d) && !is_num {
                        // Possessive 's / s' ends the word; O'Brien, Mi'kmaw stay whole.
                        let next = char_at(s, j + dl);
                        let after = next.and_then(|x| char_at(s, j + dl + x.len_utf8()));
                        if matches!(next, Some('s' | 'S'))
                            && !after.is_some_and(char::is_alphanumeric)
                        {
                            possessive = true;
                            break;
                        }
                        if next.is_some_and(char::is_alphabetic) {
                            j += dl;
                        } else {
                            // plural possessive "Jones’"
                            possessive = bytes[j - 1] == b's';
                            break;
                        }
                    } else {
                        break;
                    }
                }
                let word = &s[i..j];
                // Keep the period of a known abbreviation or an initial.
                if bytes.get(j) == Some(&b'.') && !word.ends_with('.') {
                    let single_cap = word.chars().count() == 1 && c.is_uppercase();
                    if keeps_period(word) || single_cap {
                        j += 1;
                    }
                }
                out.push(Tok {
                    start: tok_start as u32,
                    end: (start + j) as u32,
                    kind: if is_num { Kind::Number } else { Kind::Word },
                    sent_start,
                    hyphen_before: hyphen_pending,
                    possessive,
                    line_before,
                    first: bytes[off],
                    may_open_number: false,
                });
                sent_start = false;
                line_before = false;
                hyphen_pending = false;
                // Skip the possessive suffix.
                if possessive {
                    if let Some(a) = char_at(s, j).filter(|&a| is_apostrophe(a)) {
                        j += a.len_utf8();
                    }
                    if matches!(bytes.get(j), Some(b's' | b'S')) {
                        j += 1;
                    }
                }
                // A hyphen directly joining the next word.
                if let Some(h) = char_at(s, j).filter(|&h| is_hyphen(h)) {
                    if char_at(s, j + h.len_utf8()).is_some_and(char::is_alphanumeric) {
                        hyphen_pending = true;
                        j += h.len_utf8();
                    }
                }
                i = j;
                continue;
            }
            // Punctuation.
            let tok_end = start + off + clen;
            out.push(Tok {
                start: tok_start as u32,
                end: tok_end as u32,
                kind: Kind::Punct,
                sent_start: false,
                hyphen_before: false,
                possessive: false,
                line_before,
                first: bytes[off],
                may_open_number: false,
            });
            line_before = false;
            hyphen_pending = false;
            match c {
                '.' | '!' | '?' | ':' | ';' | '…' => {
                    // "Mr." and initials never reach here (the period is part of the word).
                    let prev_word = out
                        .iter()
                        .rev()
                        .nth(1)
                        .filter(|t| t.kind != Kind::Punct)
                        .map(|t| t.text(text));
                    if c != '.' || !prev_word.is_some_and(abbrev_no_stop) {
                        sent_start = c != ';';
                    }
                }
                '"' | '“' | '«' | '‘' => sent_start = true,
                '(' | '[' | '—' | '–' | '-' | '•' | '*' | '|' | '\'' | '”' | '»' | '’' | ')'
                | ']' => {}
                _ => sent_start = false,
            }
            // A word right after "U.S." with a following capital is not a sentence start (handled
            // above); a sentence also starts after a line break.
            i += clen;
        }
        // A line break starts a new sentence-like unit.
        for k in 0..out.len() {
            if out[k].line_before && out[k].kind != Kind::Punct {
                out[k].sent_start = true;
            }
            // After "U.S." the period is inside the word, so "the U.S. Treasury" stays one sentence;
            // a word that ends with "." and is not an abbreviation ends a sentence.
            if k > 0 && out[k].kind == Kind::Word {
                let prev = &out[k - 1];
                if prev.kind == Kind::Word {
                    let pt = prev.text(text);
                    if pt.ends_with('.')
                        && !abbrev_no_stop(pt)
                        && !keeps_period(pt.trim_end_matches('.'))
                    {
                        out[k].sent_start = true;
                    }
                }
            }
            // Bullet or dash at line start: the word after it starts a unit.
            if k > 0
                && out[k - 1].line_before
                && out[k - 1].kind == Kind::Punct
                && out[k].kind == Kind::Word
            {
                out[k].sent_start = true;
            }
        }
        for k in 0..out.len() {
            out[k].may_open_number = numbers::may_open(&out, k, text);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len())
            .iter()
            .map(|t| {
                let mut w = t.text(s).to_string();
                if t.sent_start {
                    w.insert(0, '^');
                }
                if t.hyphen_before {
                    w.insert(0, '-');
                }
                if t.possessive {
                    w.push('\'');
                }
                w
            })
            .collect()
    }

    macro_rules! t {
        ($($input:expr => $want:expr),* $(,)?) => {
            $( assert_eq!(words($input).join(" "), $want, "input {:?}", $input); )*
        };
    }

    #[test]
    fn tokens() {
        t! {
            "Russia’s team" => "^Russia' team",
            "the U.S. Treasury" => "^the U.S. Treasury",
            "Soviet-era Ukraine" => "^Soviet -era Ukraine",
            "Mr. Kato said. He left" => "^Mr. Kato said . ^He left",
            "$3.5 billion" => "$ 3.5 billion",
            "O'Brien and Mi'kmaw" => "^O'Brien and Mi'kmaw",
            "J. R. R. Tolkien" => "^J. R. R. Tolkien",
            "in 1,200 cases." => "^in 1,200 cases .",
            "“There’s a man" => "“ ^There' a man",
            "the Jones’ house" => "^the Jones' house",
            "" => "",
        }
    }

    /// Every field of a token, to compare tokenizers.
    type Facts = (u32, u32, Kind, bool, bool, bool, bool, u8, bool);

    fn facts(toks: &[Tok]) -> Vec<Facts> {
        toks.iter()
            .map(|t| {
                let Tok {
                    start,
                    end,
                    kind,
                    sent_start,
                    hyphen_before,
                    possessive,
                    line_before,
                    first,
                    may_open_number,
                } = *t;
                (
                    start,
                    end,
                    kind,
                    sent_start,
                    hyphen_before,
                    possessive,
                    line_before,
                    first,
                    may_open_number,
                )
            })
            .collect()
    }

    /// The fast tokenizer and the reference one agree on `text[start..end]`, and appending to
    /// tokens of another region changes nothing.
    fn agrees(text: &str, start: usize, end: usize) {
        let want = facts(&reference::tokenize(text, start, end));
        assert_eq!(
            facts(&tokenize(text, start, end)),
            want,
            "{:?}",
            &text[start..end]
        );
        let mut out = tokenize(text, 0, start);
        let before = out.len();
        tokenize_into(text, start, end, &mut out);
        assert_eq!(facts(&out[before..]), want);
    }

    #[test]
    fn general_punctuation_has_no_letters_or_digits() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic());
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric());
        }
        for c in [
            'a', 'É', 'ж', '中', '²', '٣', '’', '—', '\u{2070}', '\u{2071}',
        ] {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn fast_paths_agree_with_the_reference_on_news_text() {
        for s in [
            "Russia’s team said. He left; “There’s a man” – the U.S.A. and U.K.’s Jones’ house.",
            "WENATCHEE, Wash. — Mr. Kato (R.) met Dr. J. R. R. Tolkien at No. 10 on Sept. 3.",
            "• Soviet‐era Ukraine\n* al-Hassan\r\nOwusu‑Ansah’s 1980s, 3.5%, 1,200.5 and 20m…",
            "Café Zoë’s naïve ﬁancé José\u{301} Łódź İstanbul ǅemal. ÉCOLE Ω. ß! 3.x 4,a 5.",
            "O'Brien's Mi'kmaw 's ' ’ ’s x’ S's it's U.S.. U.S.-led e.g. i.e. A.B.C.D.E.",
            "tab\there\x0bvt\x0cff\u{85}nel\u{2028}ls\u{a0}nbsp\u{3000}ideo  gap",
            "he said. She left the Co. and Inc. a vs. b in 2020. G7. an e.g. x. it... so.\nOn the St. Nov. Jones.",
            "AT&T and KFSH&RC, R&D's M&A; Smith&Co, A& B, 3&4, &T, J&K.",
            "Shop at Varo.com, Varo.com's, Varo.com’s Varo.comet, Varo.com.au, afrol.com, A.com, 3.com Xé.com.",
            "",
        ] {
            agrees(s, 0, s.len());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn fast_paths_agree_with_the_reference(
            text in "([A-Za-z0-9]{1,8}|[ .,;:!?'’‘“”\"()\\[\\]&$%€£…—–•*|/-]|[\u{2010}\u{2011}\u{301}\u{304}]|[éÉßçØøЖжΩ中²½٣İǅ]|[ \t\n\r\x0b\x0c\u{85}\u{a0}\u{2028}\u{3000}]|(Mr|Dr|St|Jan|No|U|S|J|vs)\\.?){0,40}",
            cut in 0usize..200,
        ) {
            agrees(&text, 0, text.len());
            let mut at = cut.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            agrees(&text, at, text.len());
            agrees(&text, 0, at);
        }

        /// The run of letters and digits, eight bytes at a time, is the byte loop's.
        #[test]
        fn alnum_run_is_the_byte_loops(
            text in "[a-zA-Z0-9]{0,20}([^a-zA-Z0-9][a-zA-Z0-9]{0,12}){0,3}",
        ) {
            let bytes = text.as_bytes();
            let want = bytes.iter().position(|&b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(ascii_alnum_run(bytes), want);
        }

        /// The ASCII loop of `is_all_caps` answers as the `char` loop.
        #[test]
        fn all_caps_is_the_char_loops(w in "[A-Za-z0-9.'’ÉéΩ-]{0,8}") {
            proptest::prop_assert_eq!(is_all_caps(&w), is_all_caps_chars(&w));
        }

        /// A plain word read eight bytes at a time is the one read a byte at a time.
        #[test]
        fn plain_word_is_the_byte_loops(
            text in "[a-zA-Z0-9]{0,12}[ .,;'’-]?[a-z]{0,3}",
            w in 0usize..3,
        ) {
            let bytes = text.as_bytes();
            let w = w.min(bytes.len());
            let run = bytes[w..].iter().position(|&b| !b.is_ascii_alphanumeric());
            let end = w + run.unwrap_or(bytes.len() - w);
            let want = (end > w && plain_end(bytes.get(end).copied(), bytes[w].is_ascii_digit()))
                .then_some(end);
            proptest::prop_assert_eq!(plain_word(bytes, w), want);
        }

        #[test]
        fn fast_paths_agree_with_the_reference_on_any_string(text in "\\PC{0,60}") {
            agrees(&text, 0, text.len());
        }
    }
}
