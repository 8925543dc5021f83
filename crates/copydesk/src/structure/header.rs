//! The head of an article: bylines ("By Jane Doe and John Roe"), date lines ("Updated 3:15 p.m.
//! ET, Feb. 14, 2025") and the headline chosen among the lines before the body.

use crate::Span;
use crate::article::{DatePrecision, Published};

/// Words of `s` with their byte offsets, split on white space.
fn tokens(s: &str) -> Vec<(usize, &str)> {
    // Room for the words of a date line (it grew four or five times from empty).
    let mut out = Vec::with_capacity(16);
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// The months' names, lower case, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches([',', '.']).as_bytes();
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    // The full name, a three-letter abbreviation or "Sept", ASCII case-insensitive. The months'
    // first three letters differ: they name the only month `w` can be, which is then checked.
    let i = match [
        w[0].to_ascii_lowercase(),
        w[1].to_ascii_lowercase(),
        w[2].to_ascii_lowercase(),
    ] {
        [b'j', b'a', b'n'] => 0,
        [b'f', b'e', b'b'] => 1,
        [b'm', b'a', b'r'] => 2,
        [b'a', b'p', b'r'] => 3,
        [b'm', b'a', b'y'] => 4,
        [b'j', b'u', b'n'] => 5,
        [b'j', b'u', b'l'] => 6,
        [b'a', b'u', b'g'] => 7,
        [b's', b'e', b'p'] => 8,
        [b'o', b'c', b't'] => 9,
        [b'n', b'o', b'v'] => 10,
        [b'd', b'e', b'c'] => 11,
        _ => return None,
    };
    let m = MONTHS[i].as_bytes();
    let abbreviation = w.len() == 3 || w.eq_ignore_ascii_case(b"sept");
    (abbreviation || w.eq_ignore_ascii_case(m)).then_some(i as u32 + 1)
}

fn day(w: &str) -> Option<u32> {
    let w = w.trim_end_matches([',', '.']);
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    if w.is_empty() || w.len() > 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year(w: &str) -> Option<u32> {
    let w = w.trim_end_matches([',', '.', ';', ')', '|']);
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = w.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

#[allow(clippy::many_single_char_names)]
fn numeric(w: &str) -> Option<(u32, u32, u32)> {
    let w = w.trim_end_matches([',', '.', ';', '|']);
    let w = w.split('T').next()?;
    // Exactly three parts of digits, kept on the stack.
    let mut parts = [""; 3];
    let mut count = 0;
    for p in w.split(['-', '/', '.']) {
        if count == 3 || p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts[count] = p;
        count += 1;
    }
    if count != 3 {
        return None;
    }
    let n = parts.map(|p| p.parse::<u32>().unwrap_or(0));
    if parts[0].len() == 4 {
        let (y, m, d) = (n[0], n[1], n[2]);
        return ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
            .then_some((y, m, d));
    }
    if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        let y = n[2];
        let (m, d) = if n[0] > 12 {
            (n[1], n[0])
        } else {
            (n[0], n[1])
        };
        return ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
            .then_some((y, m, d));
    }
    None
}

/// `y-m-d` (or `y-m`) as `format!("{y:04}-{m:02}-{d:02}")` writes it, for a year of four
/// digits and a month and day of one or two (what the date forms accept), without the
/// formatting machinery.
fn iso(y: u32, m: u32, d: Option<u32>) -> String {
    debug_assert!((1000..=9999).contains(&y) && m <= 99 && d.is_none_or(|d| d <= 99));
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut out = String::with_capacity(10);
    out.extend([digit(y / 1000), digit(y / 100), digit(y / 10), digit(y)]);
    out.extend(['-', digit(m / 10), digit(m)]);
    if let Some(d) = d {
        out.extend(['-', digit(d / 10), digit(d)]);
    }
    out
}

/// A date found inside a line: where it stands (relative to the line) and its ISO form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub iso: String,
    pub precision: DatePrecision,
}

/// Whether `b` holds four ASCII digits in a row. Eight bytes are tested at once, each read
/// overlapping the one before by three bytes, so that every run of four starts within the first
/// five bytes of some read (a byte loop cost about six instructions a byte and mispredicted its
/// run test on the digits of prices and times).
fn four_digits(b: &[u8]) -> bool {
    let mut i = 0;
    while i + 3 < b.len() {
        let d = digit_bytes(super::words::load8(b, i));
        // A digit at byte `p` and at the three bytes after it.
        if d & (d >> 8) & (d >> 16) & (d >> 24) != 0 {
            return true;
        }
        i += 5;
    }
    false
}

/// The high bit of every byte of `w` that is an ASCII digit, without branches.
#[inline]
const fn digit_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Below 0x80 a byte is a digit when its low 7 bits are in range; adding to a 7-bit value
    // carries into its high bit, never into the next byte.
    let low = w & !HIGH;
    (low + (0x80 - 0x30) * ONES) & !(low + (0x7f - 0x39) * ONES) & !w & HIGH
}

/// The first calendar date in `s`: "Feb. 14, 2025", "14 February 2025", "March 2025",
/// "2025-02-14", "02/14/2025".
pub(crate) fn find_date(s: &str) -> Option<FoundDate> {
    // Every form has a year of four digits (`year`, and one part of `numeric`): most lines
    // have no four digits in a row ("$310 million", "4:20 p.m.").
    if s.len() > 400 || !four_digits(s.as_bytes()) {
        return None;
    }
    date_in(s)
}

/// [`find_date`] without the test for four digits.
fn date_in(s: &str) -> Option<FoundDate> {
    let t = tokens(s);
    let end_of = |k: usize| t[k].0 + t[k].1.trim_end_matches([',', ';', '|', ')']).len();
    for k in 0..t.len() {
        let w = t[k].1;
        // A month name starts with a letter; a day, a year or a numeric date with a digit.
        let first = w.as_bytes()[0];
        if !first.is_ascii_alphanumeric() {
            continue;
        }
        if let Some(m) = month(w) {
            if let (Some(d), Some(y)) = (
                t.get(k + 1).and_then(|x| day(x.1)),
                t.get(k + 2).and_then(|x| year(x.1)),
            ) {
                return Some(FoundDate {
                    start: t[k].0,
                    end: end_of(k + 2),
                    iso: iso(y, m, Some(d)),
                    precision: DatePrecision::Day,
                });
            }
            if let Some(y) = t.get(k + 1).and_then(|x| year(x.1)) {
                // "May 2025" but not the verb "may" in prose.
                if w.starts_with(char::is_uppercase) {
                    return Some(FoundDate {
                        start: t[k].0,
                        end: end_of(k + 1),
                        iso: iso(y, m, None),
                        precision: DatePrecision::Month,
                    });
                }
            }
        }
        if !first.is_ascii_digit() {
            continue;
        }
        if let Some(d) = day(w) {
            if let (Some(m), Some(y)) = (
                t.get(k + 1).and_then(|x| month(x.1)),
                t.get(k + 2).and_then(|x| year(x.1)),
            ) {
                return Some(FoundDate {
                    start: t[k].0,
                    end: end_of(k + 2),
                    iso: iso(y, m, Some(d)),
                    precision: DatePrecision::Day,
                });
            }
        }
        if let Some((y, m, d)) = numeric(w) {
            let len = w
                .split('T')
                .next()
                .unwrap_or(w)
                .trim_end_matches([',', '.', ';', '|'])
                .len();
            return Some(FoundDate {
                start: t[k].0,
                end: t[k].0 + len,
                iso: iso(y, m, Some(d)),
                precision: DatePrecision::Day,
            });
        }
    }
    None
}

const DATE_CUES: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "date",
    "on",
    "created",
    "first",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "at",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "gmt",
    "utc",
    "bst",
    "cet",
    "am",
    "pm",
    "a.m",
    "p.m",
    "|",
    "-",
    "–",
    "—",
    "•",
    "·",
    "and",
    "by",
];

/// A date line: a short line that is a date, maybe with its cue ("Updated"), time and zone.
/// Returns the date found in it.
pub(crate) fn date_line(s: &str) -> Option<FoundDate> {
    if s.len() > 160 {
        return None;
    }
    let d = find_date(s)?;
    // The words around the date (the text before it and after it, each split on its own).
    let rest = s[..d.start]
        .split_whitespace()
        .chain(s[d.end..].split_whitespace());
    let mut other = 0;
    for w in rest {
        let w = w.trim_matches(|c: char| matches!(c, ',' | ':' | '.' | '(' | ')' | '|'));
        if w.is_empty() || w.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            continue;
        }
        // The cues are lower-case: comparing ASCII case-insensitively is lower-casing `w`.
        if !DATE_CUES.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            other += 1;
            if other > 2 {
                return None;
            }
        }
    }
    Some(d)
}

/// What follows the names in a byline: a separator or a cue. Each starts with a space or a tab.
const SEPS: [&str; 13] = [
    " | ",
    " – ",
    " — ",
    " - ",
    " · ",
    " • ",
    "\t",
    " Updated",
    " Published",
    " Posted",
    " on ",
    " Last",
    "  ",
];

/// The second bytes of the [`SEPS`] that start with a space (each but the tab).
const SEP_SECOND: [u8; 9] = [b'|', 0xE2, b'-', 0xC2, b'U', b'P', b'o', b'L', b' '];

/// A byline: "By Jane Doe and John Roe", "BY JANE DOE", "Written by Jane Doe | March 3, 2025".
/// Returns the author names.
pub(crate) fn byline(s: &str) -> Option<Vec<String>> {
    // The lead ("By ", ASCII case-insensitive) first: most lines have none, and their first
    // byte says so (the leads start with b, w, s, p or r; a byte `x` with `x | 0x20` one of
    // those is that letter in either case), without comparing each lead in turn.
    if !s
        .as_bytes()
        .first()
        .is_some_and(|&x| matches!(x | 0x20, b'b' | b'w' | b's' | b'p' | b'r'))
    {
        return None;
    }
    let lead = [
        "by ",
        "written by ",
        "words by ",
        "story by ",
        "posted by ",
        "reporting by ",
    ]
    .into_iter()
    .find(|p| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    })?;
    if s.len() > 200
        || s.split_whitespace().count() > 24
        || s.ends_with(['.', '!', '?']) && !s.ends_with(" Jr.")
    {
        return None;
    }
    // The lead is ASCII: its end is a character boundary.
    let rest = s[lead.len()..].trim_start_matches([':', ' ']);
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // Cut at what follows the names: a date, a separator, a cue. Every separator starts with a
    // space or a tab: the first such byte that starts one is the end.
    // (The byte after a space tells most names' spaces from a separator's: see `SEP_SECOND`.)
    let r = rest.as_bytes();
    let mut end = memchr::memchr2_iter(b' ', b'\t', r)
        .find(|&i| {
            (r[i] == b'\t' || r.get(i + 1).is_some_and(|x| SEP_SECOND.contains(x)))
                && SEPS.iter().any(|sep| rest[i..].starts_with(sep))
        })
        .unwrap_or(rest.len());
    if let Some(d) = find_date(rest) {
        end = end.min(d.start);
    }
    let names = rest[..end].trim_end_matches([',', ' ', ';', ':', '.']);
    let mut authors = Vec::new();
    for part in names
        .split([',', '&', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" AND "))
    {
        let p = part.trim();
        let words = p.split_whitespace().count();
        if p.is_empty() {
            continue;
        }
        if words > 5 || !p.starts_with(char::is_uppercase) {
            return None;
        }
        // The roles and agencies are lower-case ASCII: comparing ASCII case-insensitively is
        // lower-casing the word.
        if p.split_whitespace().any(|w| {
            [
                "staff",
                "writer",
                "reporter",
                "correspondent",
                "editor",
                "contributor",
                "press",
                "reuters",
                "news",
                "wire",
            ]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(w))
        }) {
            continue;
        }
        authors.push(p.to_owned());
    }
    (!authors.is_empty()).then_some(authors)
}

/// A published date from a found date in `line` (a span of the text).
pub(crate) fn published(line: Span, d: &FoundDate) -> Published {
    Published {
        iso: d.iso.clone(),
        span: Span::new(line.start + d.start, line.start + d.end),
        precision: d.precision,
    }
}

/// Lower-cased words (ASCII letters and digits, other letters kept), apostrophes made straight.
pub(crate) fn norm(s: &str) -> String {
    let b = s.as_bytes();
    let space = |x: &u8| *x == b' ' || (0x09..=0x0D).contains(x);
    if s.is_ascii()
        && !b.first().is_some_and(space)
        && !b.last().is_some_and(space)
        && !control_space_or_two_spaces(b)
    {
        // Words already one space apart (most lines): lower-cased whole.
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // Most lines: byte by byte, white space runs (ASCII white space is ' ' and 0x09..=0x0D
        // for `split_whitespace`) made one space, none at the ends.
        let mut space = false;
        for b in s.bytes() {
            if b == b' ' || (0x09..=0x0D).contains(&b) {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return out;
    }
    norm_by_words(s, out)
}

/// [`norm`] word by word, appended to `out` (the text outside ASCII, and the tests' reference
/// for the faster ASCII paths).
fn norm_by_words(s: &str, mut out: String) -> String {
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                '’' | '‘' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// Whether `b` holds a byte 0x09 to 0x0D or two spaces in a row: one pass without a branch per
/// byte, which the compiler vectorises (a one-off `memmem` search for the two spaces cost about
/// 400 instructions for its searcher alone, more than the short line it searched).
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
fn control_space_or_two_spaces(b: &[u8]) -> bool {
    let control = b
        .iter()
        .fold(false, |seen, &x| seen | (x.wrapping_sub(0x09) < 5));
    let two = b
        .iter()
        .zip(b.iter().skip(1))
        .fold(false, |seen, (&x, &y)| seen | ((x == b' ') & (y == b' ')));
    control | two
}

/// The first " | " in `s`: a `|` with a space on each side, found by `memchr` (a one-off
/// `memmem` search built a searcher per line).
fn find_bar(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(b'|', b)
        .find(|&p| p > 0 && b[p - 1] == b' ' && b.get(p + 1) == Some(&b' '))
        .map(|p| p - 1)
}

/// `s` holds a " | " (a `|` with a space on each side).
pub(crate) fn has_bar(s: &str) -> bool {
    find_bar(s).is_some()
}

/// The headline part of a page title (a slice of `s`): "Headline | Site" gives "Headline",
/// "Site | A Headline of Five Words" (a site name of one or two words) the headline; "Headline - Site"
/// gives "Headline" when `strip_dash` and the part after the dash is short.
pub(crate) fn main_part(s: &str, strip_dash: bool) -> &str {
    let s = s.trim_end_matches([' ', '|']);
    if let Some(i) = find_bar(s) {
        let head = s[..i].trim_end();
        let head_words = head.split_whitespace().count();
        // "Site | Headline of five words or more": a site name of one or two words first.
        let rest = s[i + 3..].trim_start();
        let rest = find_bar(rest).map_or(rest, |k| rest[..k].trim_end());
        if head_words <= 2 && rest.split_whitespace().count() >= 5 {
            return rest;
        }
        if head_words >= 2 {
            return head;
        }
    }
    // Every dash and dot separator holds '-', ':' or a byte starting '–', '—', '•' (0xE2) or
    // '·' (0xC2): a line with none of them (most) is answered in one pass.
    if !strip_dash || !s.bytes().any(|b| matches!(b, b'-' | b':' | 0xE2 | 0xC2)) {
        return s;
    }
    // "Headline - Section - Site": up to three short parts go, the last first.
    let mut s = s;
    for _ in 0..3 {
        let Some(head) = strip_dash_part(s) else {
            break;
        };
        s = head;
    }
    s
}

/// `s` less its last short part after a dash or a dot ("Headline - Site"), if it has one.
fn strip_dash_part(s: &str) -> Option<&str> {
    for sep in [" - ", " – ", " — ", " :: ", " · ", " • "] {
        if let Some(i) = s.rfind(sep) {
            let (head, tail) = (s[..i].trim_end(), &s[i + sep.len()..]);
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2 {
                return Some(head);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_separator_but_the_tab_has_its_second_byte_listed() {
        for sep in SEPS {
            let b = sep.as_bytes();
            assert!(
                b[0] == b'\t' || (b[0] == b' ' && SEP_SECOND.contains(&b[1])),
                "{sep:?}"
            );
        }
    }

    #[test]
    fn iso_writes_what_format_writes() {
        for y in 1900..=2100 {
            for m in 1..=12 {
                assert_eq!(super::iso(y, m, None), format!("{y:04}-{m:02}"));
                for d in 1..=31 {
                    assert_eq!(super::iso(y, m, Some(d)), format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }

    macro_rules! t {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                let got = date_line($input).map(|d| (d.iso.clone(), &$input[d.start..d.end]));
                let want: Option<(&str, &str)> = $want;
                assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), *b)), want, "{:?}", $input);
            }
        )*};
    }

    t! {
        updated_time_et: "Updated 3:15 p.m. ET, Feb. 14, 2025" => Some(("2025-02-14", "Feb. 14, 2025"));
        plain: "March 3, 2025" => Some(("2025-03-03", "March 3, 2025"));
        day_first: "Published 14 February 2025" => Some(("2025-02-14", "14 February 2025"));
        ordinal: "Posted on June 2nd, 2024 at 9:00 am" => Some(("2024-06-02", "June 2nd, 2024"));
        sept: "Sept. 9, 2025" => Some(("2025-09-09", "Sept. 9, 2025"));
        iso: "2025-02-14T10:00:00Z" => Some(("2025-02-14", "2025-02-14"));
        us_slashes: "Updated: 02/14/2025" => Some(("2025-02-14", "02/14/2025"));
        month_only: "Published March 2025" => Some(("2025-03", "March 2025"));
        weekday: "Friday, February 14, 2025" => Some(("2025-02-14", "February 14, 2025"));
        prose_with_date_is_not: "The council first met on March 3, 2025, to debate the harbor plan for hours." => None;
        may_verb_is_not: "Officials may 2025 budget" => None;
        no_date: "Economic Ties at the Forefront" => None;
        bad_day: "February 40, 2025" => None;
    }

    macro_rules! by {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                let want: Option<Vec<&str>> = $want;
                assert_eq!(byline($input), want.map(|v| v.into_iter().map(String::from).collect()), "{:?}", $input);
            }
        )*};
    }

    by! {
        two: "By Jane Doe and John Roe" => Some(vec!["Jane Doe", "John Roe"]);
        three: "By Jane Doe, John Roe and Ana Lopez" => Some(vec!["Jane Doe", "John Roe", "Ana Lopez"]);
        caps: "BY JANE DOE" => Some(vec!["JANE DOE"]);
        with_date: "By Rhea Montrose – Updated Mar 3, 2024 at 4:15 PM EST" => Some(vec!["Rhea Montrose"]);
        with_agency: "By Jane Doe, Reuters" => Some(vec!["Jane Doe"]);
        written: "Written by Łukasz Nowak | March 3, 2025" => Some(vec!["Łukasz Nowak"]);
        prose_is_not: "By the end of the year the council had voted twice." => None;
        lowercase_is_not: "by and large" => None;
        clause_is_not: "By Monday, the council had voted twice" => None;
    }

    /// `month` as it was written before the first three letters picked the month: every name
    /// and abbreviation compared in turn.
    fn month_by_scan(w: &str) -> Option<u32> {
        let w = w.trim_end_matches([',', '.']).as_bytes();
        if w.len() < 3 || w.len() > 9 {
            return None;
        }
        let abbreviation = w.len() == 3 || w.eq_ignore_ascii_case(b"sept");
        for (i, m) in MONTHS.iter().enumerate() {
            let m = m.as_bytes();
            if w.eq_ignore_ascii_case(m)
                || (abbreviation && m.len() >= w.len() && w.eq_ignore_ascii_case(&m[..w.len()]))
            {
                return Some(i as u32 + 1);
            }
        }
        None
    }

    #[test]
    fn month_agrees_with_the_scan_on_every_name_and_prefix() {
        for m in MONTHS {
            for len in 1..=m.len() + 1 {
                for w in [
                    &m[..len.min(m.len())],
                    &m.to_ascii_uppercase()[..len.min(m.len())],
                ] {
                    for tail in ["", ".", ",", "s", "x."] {
                        let w = format!("{w}{tail}");
                        assert_eq!(month(&w), month_by_scan(&w), "{w:?}");
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn month_agrees_with_the_scan(w in "[A-Za-z.,é]{0,10}") {
            proptest::prop_assert_eq!(month(&w), month_by_scan(&w));
        }

        /// A byline line's first byte test refuses only lines no lead opens.
        #[test]
        fn byline_lead_bytes_refuse_no_lead(s in "(?i)(by|written by|posted by|words by|story by|reporting by|[a-z]{1,3})[ :][A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?") {
            let leads = ["by ", "written by ", "words by ", "story by ", "posted by ", "reporting by "];
            let led = leads.iter().any(|p| s.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes())));
            if !led {
                proptest::prop_assert_eq!(byline(&s), None);
            }
        }

        /// The eight-byte test for four digits in a row is the byte loop.
        #[test]
        fn four_digits_agrees_with_a_byte_loop(s in "[0-9a /:é.]{0,40}") {
            let b = s.as_bytes();
            let by_bytes = b.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            proptest::prop_assert_eq!(four_digits(b), by_bytes);
        }

        /// A line without four digits in a row holds no date: `find_date` refuses it at once.
        #[test]
        fn four_digits_are_in_every_date(
            s in "((Updated|on|[A-Za-z]{1,6}|Jan\\.|March|Sept|May|[0-9]{1,5}(st|th)?|[0-9]{1,4}[-/.][0-9]{1,4}[-/.][0-9]{1,4}(T10:00)?)[ ,.;|)]{0,2}){0,8}"
        ) {
            let found = date_in(&s);
            proptest::prop_assert_eq!(find_date(&s), found.clone());
            if found.is_some() {
                proptest::prop_assert!(four_digits(s.as_bytes()));
            }
        }

        /// `find_date` asks the month test only of words that start with an ASCII letter, and
        /// the day and numeric-date tests only of words that start with a digit: the others
        /// refuse every other word.
        #[test]
        fn date_tests_refuse_what_find_date_skips(
            w in "([$(@\"“A-Za-z0-9]|é)([A-Za-z0-9]{0,4}|(st|nd|th))([-/.T][0-9]{1,4}){0,3}[,.;|)]?"
        ) {
            let first = w.as_bytes()[0];
            if !first.is_ascii_alphabetic() {
                proptest::prop_assert_eq!(month(&w), None);
            }
            if !first.is_ascii_digit() {
                proptest::prop_assert_eq!(day(&w), None);
                proptest::prop_assert_eq!(numeric(&w), None);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn norm_agrees_with_words(s in "[ \t\n\u{b}\u{c}\r\u{1c}aZ9.'’É-]{0,30}") {
            proptest::prop_assert_eq!(norm(&s), norm_by_words(&s, String::new()));
        }
    }

    #[test]
    fn main_part_takes_the_headline_after_a_short_site_name() {
        assert_eq!(
            main_part(
                "Coastal Wire | Harbor Plan Wins the Final Vote | Local",
                false
            ),
            "Harbor Plan Wins the Final Vote"
        );
        assert_eq!(main_part("Harbor Plan | Local News", false), "Harbor Plan");
    }

    #[test]
    fn main_part_strips_site() {
        assert_eq!(
            main_part("Harbor Plan Approved | Coastal Wire", false),
            "Harbor Plan Approved"
        );
        assert_eq!(
            main_part("Harbor Plan Approved - Coastal Wire", true),
            "Harbor Plan Approved"
        );
        assert_eq!(
            main_part("Harbor Plan Approved - Coastal Wire", false),
            "Harbor Plan Approved - Coastal Wire"
        );
        assert_eq!(
            main_part("Harbor Plan Approved - Local News - Coastal Wire", true),
            "Harbor Plan Approved"
        );
    }

    #[test]
    fn find_bar_finds_the_first_spaced_bar() {
        for s in [
            "a | b",
            "a|b | c",
            "| x | y",
            "a || b | c",
            "x |",
            "| ",
            " | ",
            "a |  | b",
            "é | ü",
        ] {
            assert_eq!(
                find_bar(s),
                memchr::memmem::find(s.as_bytes(), b" | "),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn control_and_double_space_test_agrees(s in "[ a|\t\n\x0B\x0C\r\x08\x0E]{0,40}") {
            let b = s.as_bytes();
            let want = b.iter().any(|&x| (0x09..=0x0D).contains(&x))
                || memchr::memmem::find(b, b"  ").is_some();
            proptest::prop_assert_eq!(control_space_or_two_spaces(b), want);
            proptest::prop_assert_eq!(find_bar(&s), memchr::memmem::find(b, b" | "));
        }
    }
}
