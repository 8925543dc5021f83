//! DATE, MONEY and PERCENT mentions, found over the tokens of a region.
//!
//! Dates: month names with a day and/or year ("Feb. 14", "14 February 2025", "June 2021"),
//! weekdays, bare years (1800-2099) and year ranges ("2019-20"), decades ("1980s"). Relative
//! expressions ("last week") are not dates. Money: a currency sign or code before a number
//! ("$3.5 billion", "€20m", "US$ 5") or a currency word after one ("25 million rubles").
//! Percentages: a number with "%" or "percent".

use super::tokens::{Kind, Tok};
use crate::article::Label;

/// A numeric mention: first and last token indices (inclusive) and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumMention {
    pub first: usize,
    pub last: usize,
    pub label: Label,
}

pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "January" | "Jan." | "Jan" => 1,
        "February" | "Feb." | "Feb" => 2,
        "March" | "Mar." | "Mar" => 3,
        "April" | "Apr." | "Apr" => 4,
        "May" => 5,
        "June" | "Jun." | "Jun" => 6,
        "July" | "Jul." | "Jul" => 7,
        "August" | "Aug." | "Aug" => 8,
        "September" | "Sept." | "Sep." | "Sept" | "Sep" => 9,
        "October" | "Oct." | "Oct" => 10,
        "November" | "Nov." | "Nov" => 11,
        "December" | "Dec." | "Dec" => 12,
        _ => return None,
    })
}

pub(crate) fn weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A weekday in the plural, a day that recurs: "on Mondays", "closed Sundays".
pub(crate) fn weekdays(w: &str) -> bool {
    matches!(
        w,
        "Mondays" | "Tuesdays" | "Wednesdays" | "Thursdays" | "Fridays" | "Saturdays" | "Sundays"
    )
}

fn scale(w: &str) -> bool {
    matches!(
        w,
        "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "hundred"
            | "m"
            | "bn"
            | "b"
            | "k"
            | "mn"
            | "crore"
            | "crores"
            | "lakh"
            | "lakhs"
            | "Million"
            | "Billion"
            | "Trillion"
            | "tn"
    )
}

fn currency_word(w: &str) -> bool {
    matches!(
        w,
        "dollar"
            | "dollars"
            | "euro"
            | "euros"
            | "pound"
            | "pounds"
            | "sterling"
            | "yen"
            | "yuan"
            | "renminbi"
            | "rupee"
            | "rupees"
            | "ruble"
            | "rubles"
            | "rouble"
            | "roubles"
            | "peso"
            | "pesos"
            | "real"
            | "reais"
            | "rand"
            | "naira"
            | "cedi"
            | "cedis"
            | "shilling"
            | "shillings"
            | "dirham"
            | "dirhams"
            | "riyal"
            | "riyals"
            | "rial"
            | "rials"
            | "dinar"
            | "dinars"
            | "lira"
            | "liras"
            | "won"
            | "baht"
            | "ringgit"
            | "rupiah"
            | "dong"
            | "kyat"
            | "taka"
            | "colones"
            | "colón"
            | "colon"
            | "francs"
            | "franc"
            | "kwacha"
            | "birr"
            | "hryvnia"
            | "hryvnias"
            | "zloty"
            | "krona"
            | "kronor"
            | "krone"
            | "kroner"
            | "shekel"
            | "shekels"
            | "pence"
            | "Euros"
            | "Dollars"
            | "Pounds"
    )
}

/// Whether "won" before the word `next` is the verb: "the", a possessive or "against" follows
/// it ("2 won the set", "3 won against them"), never after the currency ("a" may: "5,000 won a
/// night").
fn won_is_a_verb(next: &str) -> bool {
    matches!(
        next,
        "the" | "his" | "her" | "its" | "their" | "our" | "against" | "over" | "by"
    )
}

fn currency_code(w: &str) -> bool {
    matches!(
        w,
        "US$"
            | "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CNY"
            | "RMB"
            | "INR"
            | "Rs"
            | "Rs."
            | "Ksh"
            | "KSh"
            | "KES"
            | "NGN"
            | "ZAR"
            | "R"
            | "AED"
            | "SAR"
            | "QAR"
            | "Tk"
            | "P"
            | "NT$"
            | "HK$"
            | "A$"
            | "C$"
            | "S$"
            | "NZ$"
            | "R$"
            | "BND"
            | "MYR"
            | "RM"
            | "PHP"
            | "EGP"
            | "GHS"
            | "UGX"
            | "TZS"
            | "ETB"
            | "Sh"
            | "N"
            | "CHF"
            | "Dh"
            | "Dhs"
            | "QR"
            | "LE"
            | "KD"
            | "BD"
            | "JD"
            | "RO"
            | "SR"
            | "NIS"
            | "Rp"
            | "TL"
            | "TSh"
            | "USh"
            | "Shs"
            | "MK"
    )
}

/// The length of the currency code a word opens when the code is glued to an amount ("QR330",
/// "Dh800", "SR14", "BND1" of "BND1,000", "R250"): the code, then only digits. A one-letter code
/// needs three digits or more, a decimal or thousands part or a scale word after ("R21.9",
/// "N2 billion"), checked by the caller: "N95", "P4" are no money.
fn glued_code(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let k = b.iter().take(4).position(u8::is_ascii_digit)?;
    (k > 0 && b[k..].iter().all(u8::is_ascii_digit) && currency_code(&w[..k])).then_some(k)
}

/// Whether `c` is a [`currency_sign`] (a test checks that the two agree).
pub(crate) fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₡'
            | '₦'
            | '₩'
            | '₱'
            | '₽'
            | '₪'
            | '₫'
            | '₺'
            | '฿'
            | '₵'
            | '¢'
    )
}

fn currency_sign(c: &str) -> bool {
    matches!(
        c,
        "$" | "€"
            | "£"
            | "¥"
            | "₹"
            | "₡"
            | "₦"
            | "₩"
            | "₱"
            | "₽"
            | "₪"
            | "₫"
            | "₺"
            | "฿"
            | "₵"
            | "¢"
    )
}

fn is_number(t: &Tok, text: &str) -> bool {
    t.kind == Kind::Number && t.text(text).starts_with(|c: char| c.is_ascii_digit())
}

pub(super) fn number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "a"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "several"
            | "dozens"
            | "tens"
    )
}

/// A 4-digit year 1800..=2099, optionally with an `s` (decade).
fn year(w: &str) -> Option<(u32, bool)> {
    let (digits, decade) = match w.strip_suffix('s') {
        Some(d) => (d, true),
        None => (w, false),
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = digits.parse().ok()?;
    ((1800..=2099).contains(&y) && (!decade || y % 10 == 0)).then_some((y, decade))
}

fn day(w: &str) -> bool {
    let d = ["st", "nd", "rd", "th"]
        .iter()
        .fold(w, |d, suffix| trim_end_all(d, suffix));
    d.len() <= 2 && !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) && {
        let n: u32 = d.parse().unwrap_or(0);
        (1..=31).contains(&n)
    }
}

/// `w.trim_end_matches(suffix)` (every trailing repeat removed) without setting up a substring
/// searcher, which costs several hundred instructions for a two-byte suffix.
fn trim_end_all<'a>(w: &'a str, suffix: &str) -> &'a str {
    let mut w = w;
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

fn punct_is(t: Option<&Tok>, text: &str, c: &str) -> bool {
    t.is_some_and(|t| t.kind == Kind::Punct && t.text(text) == c)
}

fn adjacent(a: &Tok, b: &Tok) -> bool {
    a.end == b.start
}

/// Find numeric mentions among `toks`, appending them to `out`.
///
/// `hits` are the places of the whole text that two rules look at ([`TextHits`]), made once
/// for the document; the regions are asked in text order.
pub(crate) fn find(toks: &[Tok], text: &str, out: &mut Vec<NumMention>, hits: &mut TextHits) {
    find_with(toks, text, out, true, hits);
}

/// [`find`]; with `skip_inert`, the tokens that [`inert`] says open no mention are stepped over
/// before any rule looks at them (a test checks that both ways find the same).
#[inline]
fn find_with(
    toks: &[Tok],
    text: &str,
    out: &mut Vec<NumMention>,
    skip_inert: bool,
    hits: &mut TextHits,
) {
    let from = out.len();
    find_each(toks, text, out, skip_inert);
    weekdays_with_dates(toks, text, out, from);
    us_dollars(toks, text, out, from, hits);
    glued_scaled_amounts(toks, text, out, from, hits);
    date_ranges(toks, text, out, from);
}

/// The places of a document's text where [`us_dollars`] and [`glued_scaled_amounts`] look: the
/// starts of "ollar", and each "R" followed by "M" or "p" and a digit. The text is searched once
/// (a SIMD search), not region by region: a search's set-up cost as much as searching a
/// paragraph, and most regions hold no hit.
pub(crate) struct TextHits {
    ollar: Vec<usize>,
    glued: Vec<usize>,
    /// The first of `ollar` and of `glued` not before the last region asked about.
    next_ollar: usize,
    next_glued: usize,
}

impl TextHits {
    /// The hits of `text`.
    pub(crate) fn of(text: &str) -> Self {
        // (one searcher for the process: building it per document cost more than the search)
        static OLLAR: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ollar"));
        let bytes = text.as_bytes();
        let glued = memchr::memchr_iter(b'R', bytes)
            .filter(|&at| {
                matches!(bytes.get(at + 1), Some(b'M' | b'p'))
                    && bytes.get(at + 2).is_some_and(u8::is_ascii_digit)
            })
            .collect();
        TextHits {
            ollar: OLLAR.find_iter(bytes).collect(),
            glued,
            next_ollar: 0,
            next_glued: 0,
        }
    }

    /// The hits of `hits` from `*next` on that lie in `start..end` whole (`len` bytes long);
    /// `*next` moves past those before `start`.
    fn within<'h>(
        hits: &'h [usize],
        next: &mut usize,
        start: usize,
        end: usize,
        len: usize,
    ) -> &'h [usize] {
        while hits.get(*next).is_some_and(|&h| h < start) {
            *next += 1;
        }
        let rest = &hits[(*next).min(hits.len())..];
        &rest[..rest.partition_point(|&h| h + len <= end)]
    }
}

/// (session 35) "the dry season (December to April)", "during July 2021 to December 2021": two
/// dates joined by "to" are one range, one mention, unless "from", "between" or "on" opens it
/// ("from 1993 to 2003", "between May and June": two dates, as the gold writes them). One look
/// at each pair of neighbouring mentions.
fn date_ranges(toks: &[Tok], text: &str, out: &mut Vec<NumMention>, from: usize) {
    let opens_pair = |p: usize| {
        matches!(
            toks[p].text(text),
            "from" | "From" | "between" | "Between" | "on"
        )
    };
    // (compacted in place: `w` is where the next kept mention goes)
    let mut w = from;
    for r in from..out.len() {
        let y = out[r];
        if w > from {
            let x = out[w - 1];
            if x.label == Label::Date
                && y.label == Label::Date
                && x.last + 2 == y.first
                && toks[x.last + 1].kind == Kind::Word
                && toks[x.last + 1].text(text) == "to"
                && !toks[y.first].line_before
                && x.first.checked_sub(1).is_none_or(|p| !opens_pair(p))
            {
                out[w - 1].last = y.last;
                continue;
            }
        }
        out[w] = y;
        w += 1;
    }
    out.truncate(w);
}

/// (session 33) "`RM750mil`", "`RM1bil`", "`Rp750bil`": the ringgit's or the rupiah's code, the digits
/// and a glued "mil" or "bil" in one word (Malaysian news writes amounts so) are money. Such a
/// word ends in a letter, so the tokenizer does not flag it as opening a number ("RM1.2bil",
/// whose scale is glued to a number token, was found); as for [`us_dollars`], the region's
/// bytes are searched instead (for "R", SIMD, a few hundredths of an instruction a byte), and
/// only an "RM" or "Rp" opening a word before a digit is looked at.
fn glued_scaled_amounts(
    toks: &[Tok],
    text: &str,
    out: &mut Vec<NumMention>,
    from: usize,
    hits: &mut TextHits,
) {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    let mut added = false;
    // ("R" followed by "M" or "p" and a digit: [`TextHits`])
    for &at in TextHits::within(&hits.glued, &mut hits.next_glued, first.s(), last.e(), 1) {
        let k = toks.partition_point(|t| t.s() < at);
        let Some(t) = toks.get(k).filter(|t| t.s() == at && t.kind == Kind::Word) else {
            continue;
        };
        let w = t.text(text);
        let Some(amount) = w.strip_suffix("mil").or_else(|| w.strip_suffix("bil")) else {
            continue;
        };
        if glued_code(amount).is_none() || out[from..].iter().any(|m| m.first <= k && k <= m.last) {
            continue;
        }
        out.push(NumMention {
            first: k,
            last: k,
            label: Label::Money,
        });
        added = true;
    }
    if added {
        out[from..].sort_by_key(|m| m.first);
    }
}

/// The word before "-dollar" in [`us_dollars`]'s "multibillion-dollar" (session 35).
fn scale_dollar_word(w: &str) -> bool {
    matches!(
        w,
        "million" | "billion" | "trillion" | "multimillion" | "multibillion" | "multitrillion"
    )
}

/// (session 31) "the US dollar", "paid in U.S. Dollars", "US dollars 5000": the currency named
/// after the country's code is money (with the amount after it), not a place and a person's
/// name. "53 million US dollars" is already one mention and is left as it is.
///
/// The tokens are not read one by one: the region's bytes are searched for "ollar" (a SIMD
/// search, a few hundredths of an instruction a byte), and only its hits are looked at.
fn us_dollars(
    toks: &[Tok],
    text: &str,
    out: &mut Vec<NumMention>,
    from: usize,
    hits: &mut TextHits,
) {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    let mut added = false;
    // ("ollar" in the region: [`TextHits`])
    for &hit in TextHits::within(&hits.ollar, &mut hits.next_ollar, first.s(), last.e(), 5) {
        let Some(at) = hit.checked_sub(1) else {
            continue;
        };
        let k = toks.partition_point(|t| t.s() < at);
        if k == 0 || toks.get(k).is_none_or(|t| t.s() != at) {
            continue;
        }
        if !matches!(
            toks[k].text(text),
            "dollar" | "dollars" | "Dollar" | "Dollars"
        ) {
            continue;
        }
        let p = k - 1;
        // (session 35) "a multibillion-dollar industry", "a multi-billion-dollar outfit": a
        // scale and "dollar" joined by a hyphen, no amount before them, name a sum of money
        // (after "multi-", "billion-dollar" only, as the gold writes it).
        if toks[k].hyphen_before && scale_dollar_word(toks[p].text(text)) {
            if !out[from..].iter().any(|m| m.first <= k && p <= m.last) {
                out.push(NumMention {
                    first: p,
                    last: k,
                    label: Label::Money,
                });
                added = true;
            }
            continue;
        }
        if !matches!(toks[p].text(text), "US" | "U.S.") || toks[p].e() + 1 != at {
            continue;
        }
        if out[from..].iter().any(|m| m.first <= k && p <= m.last) {
            continue;
        }
        let mut end = k;
        if toks.get(k + 1).is_some_and(|t| is_number(t, text)) {
            end = amount_end(toks, text, k + 1);
            if toks.get(end + 1).is_some_and(|t| scale(t.text(text))) {
                end += 1;
            }
        }
        out.push(NumMention {
            first: p,
            last: end,
            label: Label::Money,
        });
        added = true;
    }
    if added {
        out[from..].sort_by_key(|m| m.first);
    }
}

/// A year from 1000 to 1799 (token `i`) after a word that introduces a time ("in 1635",
/// "from 1619 to 1972", "around 1565"), with nothing after it that it could count ("in 1500
/// villages").
fn old_year(toks: &[Tok], text: &str, i: usize) -> bool {
    let s = toks[i].text(text);
    let b = s.as_bytes();
    if b.len() != 4 || !(b[0] == b'1' && (b'0'..=b'7').contains(&b[1])) {
        return false;
    }
    if !b.iter().all(u8::is_ascii_digit) || i == 0 {
        return false;
    }
    let prev = toks[i - 1].text(text);
    if !matches!(
        prev,
        "in" | "In" | "from" | "since" | "until" | "around" | "circa" | "to"
    ) {
        return false;
    }
    toks.get(i + 1).is_none_or(|t| {
        t.kind == Kind::Punct && !matches!(t.text(text), "%" | "$")
            || matches!(
                t.text(text),
                "to" | "and" | "when" | "after" | "before" | "until" | "by" | "the" | "he" | "she"
            )
    })
}

/// "Friday, July 22, 2022", "Monday 18th July": a weekday right before a date (after a space
/// or a comma) is one date with it. Merges the mentions of `out[from..]` in place.
fn weekdays_with_dates(toks: &[Tok], text: &str, out: &mut Vec<NumMention>, from: usize) {
    let (mut read, mut write) = (from, from);
    while read < out.len() {
        let m = out[read];
        if let Some(&next) = out.get(read + 1) {
            let weekday_alone =
                m.label == Label::Date && m.first == m.last && weekday(toks[m.first].text(text));
            let gap = next.first == m.last + 1
                || next.first == m.last + 2 && punct_is(toks.get(m.last + 1), text, ",");
            let opens_date = next.label == Label::Date && {
                let t = &toks[next.first];
                month(t.text(text)).is_some() || t.kind == Kind::Number && day(t.text(text))
            };
            if weekday_alone && gap && opens_date {
                out[write] = NumMention {
                    first: m.first,
                    last: next.last,
                    label: Label::Date,
                };
                write += 1;
                read += 2;
                continue;
            }
        }
        out[write] = m;
        write += 1;
        read += 1;
    }
    out.truncate(write);
}

#[inline]
fn find_each(toks: &[Tok], text: &str, out: &mut Vec<NumMention>, skip_inert: bool) {
    let w = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let n = toks.len();
    let mut i = 0;
    while i < n {
        // Most tokens open no mention: skip them with a look at their first byte and length.
        if skip_inert {
            i = next_live(toks, text, i);
            if i == n {
                break;
            }
        }
        let t = &toks[i];
        // ---- MONEY: sign/code + number [+ scale]
        let s = t.text(text);
        let dollar_prefix = t.kind == Kind::Word
            && matches!(
                s,
                "US" | "NZ"
                    | "A"
                    | "C"
                    | "HK"
                    | "S"
                    | "NT"
                    | "R"
                    | "Z"
                    | "BZ"
                    | "EC"
                    | "J"
                    | "TT"
                    | "N"
                    | "GH"
            )
            && toks
                .get(i + 1)
                .is_some_and(|x| x.kind == Kind::Punct && currency_sign(x.text(text)))
            && adjacent(t, &toks[i + 1]);
        let sign_here = dollar_prefix
            || (t.kind == Kind::Punct && currency_sign(s))
            || (t.kind == Kind::Word
                && currency_code(s)
                && toks.get(i + 1).is_some_and(|x| {
                    x.kind == Kind::Number || x.kind == Kind::Punct && currency_sign(x.text(text))
                }));
        if sign_here {
            let mut j = i + 1;
            // "US$": word "US" + punct "$"; "GH₵", "N$"
            if dollar_prefix {
                j += 1;
            }
            if j < n && is_number(&toks[j], text) {
                let mut last = amount_end(toks, text, j);
                if last + 1 < n && scale(w(last + 1)) {
                    last += 1;
                }
                // ranges "$1.2-1.4 trillion" are kept simple: stop at the number.
                out.push(NumMention {
                    first: i,
                    last,
                    label: Label::Money,
                });
                i = last + 1;
                continue;
            }
        }
        // "QR330.7mn", "Dh5.2 million", "BND1,000": a code glued to its amount.
        if t.kind == Kind::Word && s.as_bytes()[s.len() - 1].is_ascii_digit() {
            if let Some(k) = glued_code(s) {
                let mut last = i;
                while punct_is(toks.get(last + 1), text, ",")
                    || punct_is(toks.get(last + 1), text, ".")
                {
                    match toks.get(last + 2) {
                        Some(x)
                            if is_number(x, text)
                                && adjacent(&toks[last], &toks[last + 1])
                                && adjacent(&toks[last + 1], x) =>
                        {
                            last += 2;
                        }
                        _ => break,
                    }
                }
                if last == i && s.len() - k <= 3 {
                    last = thousands_apart(toks, text, i);
                }
                let scaled = last + 1 < n && scale(w(last + 1));
                if k > 1 || s.len() - k >= 3 || last > i || scaled {
                    if scaled {
                        last += 1;
                    }
                    out.push(NumMention {
                        first: i,
                        last,
                        label: Label::Money,
                    });
                    i = last + 1;
                    continue;
                }
            }
        }
        if is_number(t, text) {
            // ---- PERCENT
            if punct_is(toks.get(i + 1), text, "%") {
                out.push(NumMention {
                    first: i,
                    last: i + 1,
                    label: Label::Percent,
                });
                i += 2;
                continue;
            }
            if matches!(w(i + 1), "percent" | "per")
                && (w(i + 1) == "percent" || w(i + 2) == "cent")
            {
                let last = if w(i + 1) == "percent" { i + 1 } else { i + 2 };
                out.push(NumMention {
                    first: i,
                    last,
                    label: Label::Percent,
                });
                i = last + 1;
                continue;
            }
            // ---- MONEY: number [scale] currency-word
            let mut j = i + 1;
            if j < n && scale(w(j)) {
                j += 1;
            }
            let currency_end = if j >= n {
                None
            } else if w(j) == "won" && won_is_a_verb(w(j + 1)) {
                // "Team 2 won the final": the verb, not Korea's money.
                None
            } else if currency_word(w(j)) {
                Some(j)
            } else if matches!(w(j), "US" | "U.S.") && currency_word(w(j + 1)) {
                Some(j + 1)
            } else {
                // "280 billion Japanese yen", "75 million New Zealand dollars"
                named_currency(toks, text, j)
            };
            if let Some(last) = currency_end {
                out.push(NumMention {
                    first: i,
                    last,
                    label: Label::Money,
                });
                i = last + 1;
                continue;
            }
            // ---- DATE: day Month [year]; day to day Month [year] ("3-9 March", "5 and 6 April");
            // an ordinal day "of" the month ("the 13th of June 2031", "the 4th day of May, 1960")
            let month_at = if day(s) {
                ordinal_of_month(toks, text, i)
            } else {
                None
            };
            if let Some(m) = month_at {
                let mut last = m;
                if year(w(m + 1)).is_some_and(|(_, d)| !d) {
                    last = m + 1;
                } else if punct_is(toks.get(m + 1), text, ",")
                    && year(w(m + 2)).is_some_and(|(_, d)| !d)
                {
                    last = m + 2;
                }
                let first = first_day(toks, text, i)
                    .filter(|&f| out.last().is_none_or(|m| m.last < f))
                    .unwrap_or(i);
                out.push(NumMention {
                    first,
                    last,
                    label: Label::Date,
                });
                i = last + 1;
                continue;
            }
            // ---- DATE: a year before 1800 after "in", "from", "since"... ("in 1635,")
            if old_year(toks, text, i) {
                out.push(NumMention {
                    first: i,
                    last: i,
                    label: Label::Date,
                });
                i += 1;
                continue;
            }
            // ---- DATE: year, decade, year range
            if let Some((_, _decade)) = year(s) {
                let prev = i.checked_sub(1).map(|p| &toks[p]);
                let money_before =
                    prev.is_some_and(|p| p.kind == Kind::Punct && currency_sign(p.text(text)));
                let next_word = w(i + 1);
                let unit_after = scale(next_word)
                    || currency_word(next_word)
                    || matches!(
                        next_word,
                        "people"
                            | "km"
                            | "kilometres"
                            | "kilometers"
                            | "metres"
                            | "meters"
                            | "tonnes"
                            | "tons"
                            | "votes"
                            | "troops"
                            | "cases"
                            | "households"
                            | "families"
                            | "students"
                            | "workers"
                            | "hectares"
                            | "acres"
                            | "mw"
                            | "MW"
                            | "jobs"
                            | "members"
                            | "units"
                            | "%"
                    );
                // "Vela Pride 2027", "Harbour Vision 2030", "Tallinn 2029": a year right after
                // a capitalised word on its line (no month, weekday, function word, possessive
                // or abbreviation) ends the name of an event, a plan or a law: no date.
                let name_before = prev.is_some_and(|p| {
                    p.kind == Kind::Word
                        && p.first_byte().is_ascii_uppercase()
                        && !t.line_before
                        && !p.possessive
                        && !text[p.e()..].starts_with('.')
                        && {
                            let x = p.text(text);
                            !x.ends_with('.')
                                && month(x).is_none()
                                && !weekday(x)
                                && !super::lexicon::is_stopword(x)
                        }
                });
                if !money_before && !unit_after {
                    let mut last = i;
                    // 2019-20, 2019-2020, 2019/20
                    if let Some(nx) = toks.get(i + 1) {
                        let sep = nx.kind == Kind::Punct && matches!(nx.text(text), "/" | "–");
                        if nx.hyphen_before && nx.kind == Kind::Number {
                            let y2 = w(i + 1);
                            if (y2.len() == 2 || year(y2).is_some())
                                && y2.bytes().all(|b| b.is_ascii_digit())
                            {
                                last = i + 1;
                            }
                        } else if sep
                            && adjacent(&toks[i], nx)
                            && toks.get(i + 2).is_some_and(|x| adjacent(nx, x))
                        {
                            let y2 = w(i + 2);
                            if (y2.len() == 2 || year(y2).is_some())
                                && y2.bytes().all(|b| b.is_ascii_digit())
                            {
                                last = i + 2;
                            }
                        }
                    }
                    // (the name's years are skipped whole: "Programme 2022-2024")
                    if !name_before {
                        out.push(NumMention {
                            first: i,
                            last,
                            label: Label::Date,
                        });
                    }
                    i = last + 1;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // Capitalised words (most of those that get here) open a date only with the first letter
        // of a month or a weekday; the lower-case number words go on.
        if t.kind == Kind::Word && may_open_word_date(t.first_byte()) {
            // ---- DATE: Month [day][, year] | Month year | Month alone
            if let Some(m) = month(s) {
                let mut last = None;
                if day(w(i + 1)) && toks.get(i + 1).is_some_and(|x| x.kind == Kind::Number) {
                    // "March 3 to 9, 2031", "April 5-6", "May 1 and 2"
                    let d = second_day(toks, text, i + 1).unwrap_or(i + 1);
                    let mut l = d;
                    if punct_is(toks.get(d + 1), text, ",")
                        && year(w(d + 2)).is_some_and(|(_, d)| !d)
                    {
                        l = d + 2;
                    } else if year(w(d + 1)).is_some_and(|(_, d)| !d) {
                        l = d + 1;
                    }
                    last = Some(l);
                } else if year(w(i + 1)).is_some_and(|(_, d)| !d) {
                    last = Some(i + 1);
                } else if w(i + 1) == "of" && year(w(i + 2)).is_some_and(|(_, d)| !d) {
                    // "March of 2031"
                    last = Some(i + 2);
                } else {
                    // A month name alone: "May" needs a date-like word before it.
                    let prev = i.checked_sub(1).map_or("", |p| w(p));
                    let abbreviated =
                        s.ends_with('.') || (s.len() == 3 && s != "May") || s == "Sept";
                    let ok = if m == 5 || abbreviated {
                        matches!(
                            prev,
                            "in" | "In"
                                | "since"
                                | "until"
                                | "last"
                                | "next"
                                | "early"
                                | "late"
                                | "mid"
                                | "of"
                                | "through"
                                | "by"
                                | "from"
                                | "till"
                                | "this"
                                | "before"
                                | "after"
                                | "during"
                        ) && !abbreviated
                            || m == 5 && may_inside_sentence(toks, text, i)
                    } else if m == 3 {
                        // "March" is also a verb and a noun ("a march"); capitalised mid-sentence it is the month.
                        !t.sent_start
                    } else {
                        true
                    };
                    if ok {
                        last = Some(i);
                    }
                }
                if let Some(l) = last {
                    out.push(NumMention {
                        first: i,
                        last: l,
                        label: Label::Date,
                    });
                    i = l + 1;
                    continue;
                }
            } else if let Some((last, label)) = word_mention(toks, text, i) {
                out.push(NumMention {
                    first: i,
                    last,
                    label,
                });
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The token of the month after the day at token `d` (a [`day`]): right after it ("14 May"),
/// or, after an ordinal day, past "of" or "day of" ("the 14th of May", "the 14th day of May").
#[inline]
fn ordinal_of_month(toks: &[Tok], text: &str, d: usize) -> Option<usize> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let month_word =
        |i: usize| toks.get(i).is_some_and(|x| x.kind == Kind::Word) && month(w(i)).is_some();
    if month_word(d + 1) {
        return Some(d + 1);
    }
    if !toks[d]
        .text(text)
        .ends_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    match w(d + 1) {
        "of" => month_word(d + 2).then_some(d + 2),
        "day" if w(d + 2) == "of" => month_word(d + 3).then_some(d + 3),
        _ => None,
    }
}

/// The last token and the label of the mention that the word at token `i`, no month, opens: a
/// weekday, a [`holiday`], an amount in round words ("millions of dollars", "tens of billions
/// of dollars", [`vague_amount`]) or a number word with a scale and a currency ("two billion
/// dollars").
fn word_mention(toks: &[Tok], text: &str, i: usize) -> Option<(usize, Label)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let s = w(i);
    if weekday(s) || weekdays(s) {
        Some((i, Label::Date))
    } else if let Some(last) = holiday(toks, text, i) {
        Some((last, Label::Date))
    } else if let Some(last) = vague_amount(toks, text, i) {
        Some((last, Label::Money))
    } else if number_word(s) && scale(w(i + 1)) && currency_word(w(i + 2)) {
        Some((i + 2, Label::Money))
    } else {
        None
    }
}

/// The first words of the holidays [`holiday`] knows, for [`WORD_ENDS`].
const HOLIDAY_WORDS: [&str; 11] = [
    "Christmas",
    "Easter",
    "Eid",
    "Yom",
    "Rosh",
    "Diwali",
    "Hanukkah",
    "Passover",
    "Ramadan",
    "Thanksgiving",
    "Halloween",
];

/// The last token of the holiday whose name starts at token `i`, a date: "Christmas Eve",
/// "Easter Sunday", "Eid al-Adha", "Eid-ul-Fitr", "Yom Kippur", "Thanksgiving Day", or one of
/// the one-word names ("Diwali", "Ramadan") after a lower-case word ("during Ramadan").
/// A capitalised word right before the name or after it makes it part of another name
/// ("Christmas Island", "Tariq Ramadan", "Operation Passover"); "Eid" alone is left out (news
/// text marks it as a date only now and then).
fn holiday(toks: &[Tok], text: &str, i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let capitalised = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.first_byte().is_ascii_uppercase())
    };
    let t = &toks[i];
    let after_lower_word = i
        .checked_sub(1)
        .is_some_and(|p| toks[p].kind == Kind::Word && toks[p].first_byte().is_ascii_lowercase());
    if !t.sent_start && capitalised(i.wrapping_sub(1)) && !toks[i - 1].line_before {
        return None;
    }
    let next = w(i + 1);
    let pair = |seconds: &[&str]| seconds.contains(&next).then_some(i + 1);
    let last = match w(i) {
        "Christmas" => pair(&["Day", "Eve"]),
        "Easter" => pair(&["Sunday", "Monday"]),
        "Thanksgiving" => pair(&["Day"]),
        "Yom" => return pair(&["Kippur"]),
        "Rosh" => return pair(&["Hashanah"]),
        "Eid" => {
            let joined = matches!(next, "al" | "ul" | "el" | "Al" | "Ul")
                && matches!(w(i + 2), "Adha" | "Fitr" | "Azha");
            return joined.then_some(i + 2);
        }
        "Diwali" | "Hanukkah" | "Passover" | "Ramadan" | "Halloween" => None,
        _ => return None,
    };
    match last {
        Some(l) if !capitalised(l + 1) => Some(l),
        Some(_) => None,
        None => (after_lower_word && !capitalised(i + 1)).then_some(i),
    }
}

/// The token of a second day after the day at token `d`, which makes one date of the two: "3
/// to 9", "5-6", "1 and 2", "1st & 2nd". (Two full dates, "March 3 to April 9", stay two.)
#[cold]
#[inline(never)]
fn second_day(toks: &[Tok], text: &str, d: usize) -> Option<usize> {
    let c = toks.get(d + 1)?;
    if c.hyphen_before {
        // (a hyphen is no token: it marks the word after it)
        return (c.kind == Kind::Number && day(c.text(text))).then_some(d + 1);
    }
    let x = toks.get(d + 2)?;
    (joins_days(c, text) && x.kind == Kind::Number && day(x.text(text))).then_some(d + 2)
}

/// The token of a first day before the day at token `d` ("5 and 6 April", "3-9 March"): asked
/// only where a day and a month were found, so the numbers of running text cost nothing.
#[cold]
#[inline(never)]
fn first_day(toks: &[Tok], text: &str, d: usize) -> Option<usize> {
    let x = &toks[d];
    let f = if x.hyphen_before {
        d.checked_sub(1)?
    } else {
        let f = d.checked_sub(2)?;
        if !joins_days(&toks[f + 1], text) {
            return None;
        }
        f
    };
    (toks[f].kind == Kind::Number && day(toks[f].text(text))).then_some(f)
}

/// "to", "and", "&", a dash between two days.
fn joins_days(c: &Tok, text: &str) -> bool {
    match c.kind {
        Kind::Punct => matches!(c.text(text), "-" | "–" | "&"),
        Kind::Word => matches!(c.text(text), "to" | "and"),
        Kind::Number => false,
    }
}

/// The last token of a currency named with its country at token `j`, after an amount: a
/// country's adjective ("Korean won", "Egyptian pounds", "Kuwaiti dinars", "Turkish lira",
/// "Japanese yen") or "Hong Kong", "New Zealand" before a currency word. Not any capitalised
/// word ("in 2019 Ruiz won").
fn named_currency(toks: &[Tok], text: &str, j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    if t.kind != Kind::Word || !t.first_byte().is_ascii_uppercase() {
        return None;
    }
    let w = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let x = t.text(text);
    if ["an", "ese", "i", "ish"].iter().any(|e| x.ends_with(e)) && currency_word(w(j + 1)) {
        Some(j + 1)
    } else if matches!(w(j + 1), "Kong" | "Zealand") && currency_word(w(j + 2)) {
        Some(j + 2)
    } else {
        None
    }
}

/// The last token of an amount in round words that starts at token `i`: "millions of dollars",
/// "hundreds of millions of shekels", "tens of billions of dollars".
fn vague_amount(toks: &[Tok], text: &str, i: usize) -> Option<usize> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let big = |w: &str| matches!(w, "thousands" | "millions" | "billions");
    if !(big(w(i)) || matches!(w(i), "tens" | "hundreds")) || w(i + 1) != "of" {
        return None;
    }
    let mut k = i + 2;
    if big(w(k)) && w(k + 1) == "of" {
        k += 2;
    } else if !big(w(i)) {
        // "hundreds of dollars" is hardly a sum; "tens of" needs a scale after it.
        return None;
    }
    currency_word(w(k)).then_some(k)
}

/// The last token of the amount whose number is token `j`: a range ("$25-35", "$1.2–1.4") or
/// thousands written apart ("N$15 000").
fn amount_end(toks: &[Tok], text: &str, j: usize) -> usize {
    let mut last = j;
    let Some(x) = toks.get(j + 1) else {
        return last;
    };
    if x.kind == Kind::Number && x.hyphen_before {
        last = j + 1;
    } else if punct_is(Some(x), text, "–")
        && adjacent(&toks[j], x)
        && toks
            .get(j + 2)
            .is_some_and(|y| is_number(y, text) && adjacent(x, y))
    {
        last = j + 2;
    } else if toks[j].e() - toks[j].s() <= 3
        && toks[j].text(text).bytes().all(|b| b.is_ascii_digit())
    {
        last = thousands_apart(toks, text, j);
    }
    last
}

/// The last of the groups of exactly three digits that follow token `j` (an amount ending in at
/// most three digits), each after one space: "15 000", "R120 000".
fn thousands_apart(toks: &[Tok], text: &str, j: usize) -> usize {
    let mut last = j;
    while toks.get(last + 1).is_some_and(|y| {
        y.kind == Kind::Number
            && y.s() == toks[last].e() + 1
            && y.e() - y.s() == 3
            && text.as_bytes()[toks[last].e()] == b' '
            && y.text(text).bytes().all(|b| b.is_ascii_digit())
    }) {
        last += 1;
    }
    last
}

/// The first token from `from` on that is not [`inert`] (`toks.len()` if none): a tight loop of
/// its own over the stretches of tokens that open no mention, four flags at a time (one branch
/// for four tokens: most stretches of four have no flag set). In a stretch with flags, the
/// flagged tokens are taken from the four flags as bits, lowest first, instead of a branch on
/// each token's flag (mispredicted at about every flagged stretch).
#[inline(never)]
fn next_live(toks: &[Tok], text: &str, from: usize) -> usize {
    let live = |i: usize| toks[i].may_open_number && !inert(toks, i, text);
    let n = toks.len();
    let mut i = from;
    while let Some(four) = toks.get(i..i + 4) {
        let mut flags = u8::from(four[0].may_open_number)
            | u8::from(four[1].may_open_number) << 1
            | u8::from(four[2].may_open_number) << 2
            | u8::from(four[3].may_open_number) << 3;
        while flags != 0 {
            let k = i + flags.trailing_zeros() as usize;
            if !inert(toks, k, text) {
                return k;
            }
            flags &= flags - 1;
        }
        i += 4;
    }
    (i..n).find(|&k| live(k)).unwrap_or(n)
}

/// Whether the rules of [`find`] would only step over token `i`: it opens no mention. Most tokens
/// are lower-case words that open none unless they are a number word before a scale word ("two
/// billion dollars"); a capitalised word opens a date only as a month or a weekday, and money
/// only before a number or a sign; punctuation opens money only as a currency sign (`$` or a
/// non-ASCII sign).
#[inline]
fn inert(toks: &[Tok], i: usize, text: &str) -> bool {
    let t = &toks[i];
    let b = t.first_byte();
    match t.kind {
        Kind::Number => false,
        Kind::Punct => !sign_punct(t, text),
        Kind::Word if b.is_ascii_lowercase() => {
            !(may_open_alone(b, t.e() - t.s(), text.as_bytes()[t.e() - 1])
                && toks.get(i + 1).is_some_and(|x| {
                    maybe_scale(x, text) || x.first == b'o' && x.text(text) == "of"
                })
                && number_word(t.text(text)))
        }
        // No number word is capitalised; a currency code or dollar prefix ("US", "Rs") needs a
        // number or a sign after it.
        Kind::Word => {
            !may_open_alone(b, t.e() - t.s(), text.as_bytes()[t.e() - 1])
                && toks.get(i + 1).is_none_or(|x| !number_or_sign(x, text))
        }
    }
}

/// (session 34) "May" capitalised inside a sentence is the month ("its May report", "between
/// March and May", "Although May of this year"): the verb is capitalised only where a sentence
/// opens. Not next to a capitalised word, a name's part ("Theresa May", "Minister May", "May
/// Tolan", "Prices May Rise" in Title Case), unless the word before is a closed-class word opening
/// a sentence ("Although May", "Last May").
#[cold]
#[inline(never)]
fn may_inside_sentence(toks: &[Tok], text: &str, i: usize) -> bool {
    let t = &toks[i];
    if t.sent_start || t.line_before {
        return false;
    }
    let cap_word = |x: &Tok| x.kind == Kind::Word && x.first.is_ascii_uppercase();
    if toks
        .get(i + 1)
        .is_some_and(|n| cap_word(n) && !n.line_before)
    {
        return false;
    }
    match i.checked_sub(1).map(|p| &toks[p]) {
        Some(p) if cap_word(p) => {
            let w = p.text(text);
            matches!(
                w,
                "Last" | "Next" | "Early" | "Late" | "Since" | "Until" | "During"
            ) || super::lexicon::is_stopword(w) && w != "I"
        }
        _ => true,
    }
}

/// The [`month`] and [`weekday`] words, for [`WORD_ENDS`].
const DATE_WORDS: [&str; 43] = [
    "January",
    "Jan.",
    "Jan",
    "February",
    "Feb.",
    "Feb",
    "March",
    "Mar.",
    "Mar",
    "April",
    "Apr.",
    "Apr",
    "May",
    "June",
    "Jun.",
    "Jun",
    "July",
    "Jul.",
    "Jul",
    "August",
    "Aug.",
    "Aug",
    "September",
    "Sept.",
    "Sep.",
    "Sept",
    "Sep",
    "October",
    "Oct.",
    "Oct",
    "November",
    "Nov.",
    "Nov",
    "December",
    "Dec.",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The [`weekdays`] words, for [`WORD_ENDS`].
const WEEKDAYS: [&str; 7] = [
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
];

/// The [`number_word`]s, for [`WORD_ENDS`].
const NUMBER_WORDS: [&str; 18] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "a",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "several",
    "dozens",
    "tens",
];

/// The row of [`WORD_ENDS`] of a word or number starting with byte `b`: its letter (`b & 31`)
/// among the capitalised words, or among the lower-case ones, or the row of numbers.
static WORD_ROW: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            64
        } else if c.is_ascii_lowercase() {
            32 + (c & 31)
        } else {
            c & 31
        };
        b += 1;
    }
    t
};

/// Bit `LAST_BIT[last]` of `WORD_ENDS[WORD_ROW[b]][len.min(16)]` is set when a word or number of
/// `len` bytes from byte `b` to byte `last` may open a mention whatever follows it, as [`inert`]
/// reads it ([`may_open_alone`]).
static WORD_ENDS: [[u32; 17]; 65] = {
    let mut t = [[0; 17]; 65];
    add_ends(&mut t, &DATE_WORDS);
    add_ends(&mut t, &WEEKDAYS);
    add_ends(&mut t, &NUMBER_WORDS);
    add_ends(&mut t, &HOLIDAY_WORDS);
    // "QR330", "Dh800": a capitalised word of two bytes or more ending in a digit may be a
    // currency code glued to its amount ([`glued_code`]).
    let mut row = 1;
    while row <= 26 {
        let mut len = 2;
        while len <= 16 {
            t[row][len] |= 1 << DIGIT_BIT;
            len += 1;
        }
        row += 1;
    }
    t[64] = [u32::MAX; 17];
    t
};

/// The bit of [`WORD_ENDS`] for a last byte that is a digit (letters take `b & 31`, 1 to 26).
const DIGIT_BIT: u8 = 27;

/// The bit of a row of [`WORD_ENDS`] for a word's last byte: `b & 31`, or [`DIGIT_BIT`] for a
/// digit.
static LAST_BIT: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if (b as u8).is_ascii_digit() {
            DIGIT_BIT
        } else {
            (b as u8) & 31
        };
        b += 1;
    }
    t
};

/// Sets the bits of [`WORD_ENDS`] of each of `words` (all shorter than 16 bytes).
const fn add_ends(t: &mut [[u32; 17]; 65], words: &[&str]) {
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_bytes();
        assert!(!w.is_empty() && w.len() < 16 && !w[0].is_ascii_digit());
        t[WORD_ROW[w[0] as usize] as usize][w.len()] |= 1 << LAST_BIT[w[w.len() - 1] as usize];
        k += 1;
    }
}

/// Whether a word or number of `len` bytes from byte `b` to byte `last` may open a mention
/// whatever token follows it: a number always; a lower-case word when it may be a
/// [`number_word`], any other when it may be a [`month`] or a [`weekday`] (never false for one
/// of them). The tokenizer's [`Tok::may_open_number`] starts from it.
#[inline]
pub(crate) fn may_open_alone(b: u8, len: usize, last: u8) -> bool {
    WORD_ENDS[usize::from(WORD_ROW[usize::from(b)])][len.min(16)] >> LAST_BIT[usize::from(last)] & 1
        != 0
}

/// Whether token `x` (of `text`) is a number or a currency sign, after which a capitalised word
/// may open money.
#[inline]
fn number_or_sign(x: &Tok, text: &str) -> bool {
    match x.kind {
        Kind::Number => true,
        Kind::Punct => sign_punct(x, text),
        Kind::Word => false,
    }
}

/// Whether the punctuation token `t` (of `text`) is a [`currency_sign`]: `$`, or a non-ASCII
/// mark that is one (most non-ASCII marks are quotation marks and dashes). The tokenizer's
/// [`Tok::may_open_number`] of a punctuation mark.
#[inline]
pub(crate) fn sign_punct(t: &Tok, text: &str) -> bool {
    t.first == b'$' || t.first >= 0x80 && t.text(text).chars().next().is_some_and(is_currency_sign)
}

/// [`Tok::may_open_number`] of token `i` of a region's tokens `toks`, from its definition: false
/// only when [`inert`] holds whatever token follows it, or none (the tokenizer computes it as it
/// goes).
#[cfg(test)]
pub(crate) fn may_open(toks: &[Tok], i: usize, text: &str) -> bool {
    let t = &toks[i];
    let b = t.first_byte();
    let alone = may_open_alone(b, t.e() - t.s(), text.as_bytes()[t.e() - 1]);
    match t.kind {
        Kind::Number => true,
        Kind::Punct => sign_punct(t, text),
        Kind::Word if b.is_ascii_lowercase() => alone,
        Kind::Word => alone || toks.get(i + 1).is_some_and(|x| number_or_sign(x, text)),
    }
}

/// Whether a word starting with byte `b` may be a [`month`], a [`weekday`], a [`number_word`] or
/// the first word of a [`holiday`] (a test checks every one of them).
fn may_open_word_date(b: u8) -> bool {
    matches!(
        b,
        b'J' | b'F'
            | b'M'
            | b'A'
            | b'S'
            | b'O'
            | b'N'
            | b'D'
            | b'T'
            | b'W'
            | b'C'
            | b'E'
            | b'Y'
            | b'R'
            | b'H'
            | b'P'
    ) || b.is_ascii_lowercase()
}

/// [`scale`] of the token's text, after a cheap test of its first byte and length (most words
/// that start like a scale word, "the", "by", "have", are not one).
fn maybe_scale(t: &Tok, text: &str) -> bool {
    let len = t.e() - t.s();
    let plausible = match t.first_byte() {
        b'm' | b'b' => matches!(len, 1 | 2 | 7),
        b't' => matches!(len, 2 | 8),
        b'h' | b'M' | b'B' => len == 7,
        b'k' => len == 1,
        b'c' => matches!(len, 5 | 6),
        b'l' => matches!(len, 4 | 5),
        b'T' => len == 8,
        _ => false,
    };
    plausible && scale(t.text(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::tokenize;

    #[test]
    fn word_filters_let_every_date_and_number_word_through() {
        for w in DATE_WORDS.iter().chain(&WEEKDAYS) {
            assert!(month(w).is_some() || weekday(w) || weekdays(w), "{w}");
            let b = w.as_bytes()[0];
            assert!(may_open_word_date(b), "{w}");
            assert!(b.is_ascii_uppercase(), "{w}");
            assert!(may_open_alone(b, w.len(), w.as_bytes()[w.len() - 1]), "{w}");
        }
        for w in HOLIDAY_WORDS {
            let b = w.as_bytes()[0];
            assert!(may_open_word_date(b), "{w}");
            assert!(b.is_ascii_uppercase(), "{w}");
            assert!(may_open_alone(b, w.len(), w.as_bytes()[w.len() - 1]), "{w}");
        }
        for w in NUMBER_WORDS {
            assert!(number_word(w), "{w}");
            let b = w.as_bytes()[0];
            assert!(may_open_word_date(b), "{w}");
            // `inert` relies on this: no capitalised word is a number word.
            assert!(b.is_ascii_lowercase(), "{w}");
            assert!(may_open_alone(b, w.len(), w.as_bytes()[w.len() - 1]), "{w}");
        }
        // Every currency code and dollar prefix is capitalised, and every sign is `$` or
        // non-ASCII (`inert` relies on both).
        for w in ["US", "NZ", "Rs", "Ksh", "Tk", "Sh", "Dh", "Dhs", "NT"] {
            assert!(w.as_bytes()[0].is_ascii_uppercase());
        }
        for c in [
            "$", "€", "£", "¥", "₹", "₡", "₦", "₩", "₱", "₽", "₪", "₫", "₺", "฿", "₵",
        ] {
            assert!(
                currency_sign(c) && (c == "$" || c.as_bytes()[0] >= 0x80),
                "{c}"
            );
        }
    }

    #[test]
    fn the_currency_sign_of_a_char_is_that_of_its_string() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(
                is_currency_sign(c),
                currency_sign(c.encode_utf8(&mut [0; 4])),
                "{c:?}"
            );
        }
    }

    fn found(s: &str) -> String {
        let toks = tokenize(s, 0, s.len());
        let mut out = Vec::new();
        find(&toks, s, &mut out, &mut TextHits::of(s));
        out.iter()
            .map(|m| format!("{}:{}", m.label, &s[toks[m.first].s()..toks[m.last].e()]))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    macro_rules! t {
        ($($input:expr => $want:expr),* $(,)?) => {
            $( assert_eq!(found($input), $want, "input {:?}", $input); )*
        };
    }

    #[test]
    fn the_scale_prefilter_keeps_every_scale_word() {
        let words = "million billion trillion thousand hundred m bn b k mn crore crores lakh lakhs \
                     Million Billion Trillion tn the by have can like to that be more than half";
        let toks = tokenize(words, 0, words.len());
        for t in &toks {
            assert_eq!(
                maybe_scale(t, words),
                scale(t.text(words)),
                "{}",
                t.text(words)
            );
        }
        assert_eq!(toks.iter().filter(|t| scale(t.text(words))).count(), 18);
    }

    #[test]
    fn dates() {
        t! {
            "on Feb. 14, 2025 the" => "DATE:Feb. 14, 2025",
            "invasion in 2022, citing" => "DATE:2022",
            "last week he said" => "",
            "on 27 January a mob" => "DATE:27 January",
            "in June 2021 and on Monday" => "DATE:June 2021 | DATE:Monday",
            "the 1980s and 2019-20 season" => "DATE:1980s | DATE:2019-20",
            "May said she may go in May" => "DATE:May",
            "July 17 was hot" => "DATE:July 17",
            "2,022 people and 2022 people" => "",
        }
    }

    #[test]
    fn money_and_percent() {
        t! {
            "a $3.5 billion deal" => "MONEY:$3.5 billion",
            "raised €20m from" => "MONEY:€20m",
            "fined 25 million rubles for" => "MONEY:25 million rubles",
            "rose 4.5% or 3 percent or 2 per cent" => "PERCENT:4.5% | PERCENT:3 percent | PERCENT:2 per cent",
            "US$600 billion" => "MONEY:US$600 billion",
            "10,000 US dollars" => "MONEY:10,000 US dollars",
            "£420m" => "MONEY:£420m",
            "costs $2,000" => "MONEY:$2,000",
        }
    }

    fn found_with(s: &str, skip_inert: bool) -> Vec<NumMention> {
        let toks = tokenize(s, 0, s.len());
        let mut out = Vec::new();
        find_with(&toks, s, &mut out, skip_inert, &mut TextHits::of(s));
        out
    }

    /// Words and signs the rules read, and others around them.
    const PIECES: &[&str] = &[
        "$",
        "€",
        "£",
        "%",
        ",",
        "-",
        "/",
        "–",
        ".",
        "(",
        "US",
        "U.S.",
        "NZ",
        "Rs",
        "Rs.",
        "Ksh",
        "R",
        "A",
        "S",
        "US$",
        "HK$",
        "2022",
        "1980s",
        "2019",
        "20",
        "14",
        "3.5",
        "2,000",
        "20m",
        "14th",
        "1st",
        "31",
        "99",
        "7",
        "one",
        "two",
        "a",
        "hundreds",
        "several",
        "the",
        "to",
        "million",
        "billion",
        "m",
        "bn",
        "k",
        "crore",
        "Million",
        "thousand",
        "dollars",
        "euros",
        "rubles",
        "pounds",
        "Euros",
        "percent",
        "per",
        "cent",
        "people",
        "votes",
        "May",
        "may",
        "March",
        "march",
        "Feb.",
        "Sept.",
        "Jan",
        "June",
        "Monday",
        "Sunday",
        "in",
        "In",
        "since",
        "last",
        "Minister",
        "Said",
        "Tuesday's",
        "Année",
        "Étienne",
        "x",
    ];

    proptest::proptest! {
        /// Skipping the tokens `inert` names finds the same mentions as running every rule on
        /// every token.
        #[test]
        fn skipping_inert_tokens_finds_the_same(
            words in proptest::collection::vec(proptest::sample::select(PIECES), 0..24),
            seps in proptest::collection::vec(proptest::sample::select(&[" ", " ", "", "\n"][..]), 24),
        ) {
            let mut s = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                s.push_str(w);
                s.push_str(sep);
            }
            proptest::prop_assert_eq!(found_with(&s, true), found_with(&s, false), "{:?}", s);
            // The tokenizer's flag is its definition, and a token it rules out is inert.
            let toks = tokenize(&s, 0, s.len());
            for i in 0..toks.len() {
                proptest::prop_assert_eq!(toks[i].may_open_number, may_open(&toks, i, &s), "{:?} {}", s, i);
                proptest::prop_assert!(may_open(&toks, i, &s) || inert(&toks, i, &s), "{:?} {}", s, i);
            }
        }

        /// `trim_end_all` is `trim_end_matches` with a string suffix.
        #[test]
        fn trim_end_all_is_trim_end_matches(w in "[0-9stndrhaé]{0,12}", k in 0usize..4) {
            let suffix = ["st", "nd", "rd", "th"][k];
            proptest::prop_assert_eq!(trim_end_all(&w, suffix), w.trim_end_matches(suffix));
        }
    }
}
