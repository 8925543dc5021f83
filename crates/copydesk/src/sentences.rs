//! Sentence boundaries inside a paragraph.
//!
//! A boundary is a `.`, `!`, `?` or `…` (or `...`), maybe followed by closing quotation marks
//! and brackets, then white space, then the start of a sentence: an upper-case letter, a digit,
//! or an opening quotation mark or bracket. It is not a boundary after:
//! - a title or other abbreviation that never ends a sentence ("Mr.", "Dr.", "Sen.", "Sens.",
//!   "St.", "Gen."), nor a single-letter initial ("J. R. R. Tolkien") unless a common sentence
//!   opener follows it ("without part K. The ...");
//! - an abbreviation that numbers what follows, before a number ("No. 5", "Fig. 2");
//! - the number or letter of a list item ("1. ...", "b. ...");
//! - a month abbreviation before a number ("Jan. 5");
//! - a `?` or `!` closing a quotation that its attribution follows (`“Why?” Ann Roe asked.`);
//! - an abbreviation that can end a sentence ("U.S.", "Inc.", "Jan.") unless the next word is a
//!   common sentence opener ("The", "He", "But", ...).
//!
//! Decimals and money ("$3.5 billion") have no space after the point; em dashes never split.
//! One pass over the paragraph's bytes: linear time.

use crate::Span;

/// Sentences of the paragraph `para` of `text`, in order, trimmed, covering its words.
#[allow(clippy::many_single_char_names)]
pub fn split(text: &str, para: Span) -> Vec<Span> {
    let s = para.as_str(text);
    let b = s.as_bytes();
    // Room for the sentences of most paragraphs.
    let mut out = Vec::with_capacity(4);
    let mut start = 0;
    let mut i = 0;
    // Jump from mark to mark; the rare "…" is looked for only when the paragraph has one.
    let has_ellipsis_char = has_ellipsis(b);
    while i < b.len() {
        if !has_ellipsis_char {
            match memchr::memchr3(b'.', b'!', b'?', &b[i..]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let c = b[i];
        let is_ellipsis = c == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6);
        if !(matches!(c, b'.' | b'!' | b'?') || is_ellipsis) {
            i += 1;
            continue;
        }
        // The end of the mark run: "?!", "...", "…", then closing quotes and brackets.
        let mut j = i;
        while let Some(&x) = b.get(j) {
            if matches!(x, b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
                j += 1;
                continue;
            }
            // The other closing marks are not ASCII.
            let closing = (x >= 0x80)
                .then(|| s[j..].chars().next())
                .flatten()
                .filter(|ch| matches!(ch, '…' | '”' | '’' | '»'));
            match closing {
                Some(ch) => j += ch.len_utf8(),
                None => break,
            }
        }
        // White space must follow (ASCII white space answered without decoding).
        let mut k = j;
        while let Some(&x) = b.get(k) {
            if matches!(x, b'\t'..=b'\r' | b' ') {
                k += 1;
                continue;
            }
            if x < 0x80 {
                break;
            }
            match s[k..].chars().next() {
                Some(ch) if ch.is_whitespace() => k += ch.len_utf8(),
                _ => break,
            }
        }
        if k == j || k >= b.len() {
            i = j.max(i + 1);
            continue;
        }
        let next = &s[k..];
        // "..." is read only here, where it can matter (a point before a capital).
        let ellipsis3 = || b.get(i + 1) == Some(&b'.') && b.get(i + 2) == Some(&b'.');
        // a period that an abbreviation or a list item's number keeps
        let period_holds = || abbreviation_holds(&s[..i], next) || is_list_marker(&s[start..i]);
        // a `?` or `!` closing a quotation that its attribution follows
        let attributed =
            || c != b'.' && j > i + 1 && quote_closed(&b[i + 1..j]) && attribution_follows(next);
        let is_break =
            starts_sentence(next) && (c != b'.' || ellipsis3() || !period_holds()) && !attributed();
        if is_break {
            // Past the first sentence, `start` is past white space and `j` past a mark:
            // nothing to trim.
            let sent = Span::new(para.start + start, para.start + j);
            let sent = if start == 0 {
                trimmed(text, sent)
            } else {
                sent
            };
            if !sent.is_empty() {
                out.push(sent);
            }
            start = k;
        }
        i = j.max(i + 1);
    }
    let last = trimmed(text, Span::new(para.start + start, para.end));
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Whether the closing run after a `?` or `!` closes a quotation (`?”`, `!"`).
fn quote_closed(run: &[u8]) -> bool {
    run.iter().any(|&x| matches!(x, b'"' | b'\'' | 0x9D | 0x99))
}

/// Whether `next` opens with the attribution of the quotation before it: one to three
/// capitalised words, then a verb of saying in a finite form (`“Why?” Ann Roe asked.`,
/// `“Now!” He said on air.`); the question and its attribution are one sentence.
fn attribution_follows(next: &str) -> bool {
    for (k, w) in next.split_ascii_whitespace().take(4).enumerate() {
        let w = w.trim_end_matches(['.', ',', ';', ':']);
        if w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        return k > 0
            && w.bytes().all(|x| x.is_ascii_lowercase())
            && matches!(
                crate::quotes::cues::verb(w),
                Some((crate::quotes::cues::Form::Finite, _))
            );
    }
    false
}

/// Whether `head`, all the sentence holds before a period, is the number or letter of a list
/// item ("1. The first ...", "b. Robots ...", "Q. What ..."): the period ends no sentence there.
/// (The length is tested first: it goes the same way at nearly every period.)
fn is_list_marker(head: &str) -> bool {
    if head.len() > 4 {
        return false;
    }
    let w = head.trim_start().as_bytes();
    match w {
        [x] => x.is_ascii_alphanumeric(),
        [_, _] | [_, _, _] => w.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// `span.trim(text)`, answered without decoding when both ends are visible ASCII characters.
fn trimmed(text: &str, span: Span) -> Span {
    let b = span.as_str(text).as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => span,
        _ => span.trim(text),
    }
}

/// Whether the UTF-8 bytes hold "…" (E2 80 A6), found by its last byte: the lead byte 0xE2
/// starts every curly quote and dash too. (`str::contains('…')`, without decoding.)
fn has_ellipsis(b: &[u8]) -> bool {
    memchr::memchr_iter(0xA6, b).any(|p| p >= 2 && b[p - 2] == 0xE2 && b[p - 1] == 0x80)
}

/// An upper-case letter, a digit, or an opening mark before one.
fn starts_sentence(next: &str) -> bool {
    // an ASCII byte that is no opening mark answers alone
    if let Some(&x) = next.as_bytes().first() {
        if x < 0x80 && !matches!(x, b'"' | b'\'' | b'(' | b'[') {
            return x.is_ascii_uppercase() || x.is_ascii_digit();
        }
    }
    starts_sentence_chars(next)
}

/// [`starts_sentence`], character by character.
fn starts_sentence_chars(next: &str) -> bool {
    let t = next.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«', '¿', '¡']);
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True when the `.` that ends `before` belongs to an abbreviation that does not end the
/// sentence here, given the text `next` after the space.
fn abbreviation_holds(before: &str, next: &str) -> bool {
    let word = &before[word_start(before)..];
    // Single initials: "J." in "J. R. R. Tolkien"; but a letter that ends a sentence before a
    // common opener ("without part K. The ...", "from gate A to gate C. It ...") does end it,
    // unless the opener is an initial itself ("J. A. Roe").
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return false,
        (Some(c), None) if c.is_alphabetic() && c.is_uppercase() => {
            let next_word = first_word(next);
            let initial = next_word.len() == 1 && next.as_bytes().get(1) == Some(&b'.');
            return initial || !is_opener(next_word);
        }
        _ => {}
    }
    // The word without its currency sign, lower-cased (ASCII) and packed, looked up in the
    // packed lists; a longer word is in none of them.
    let key = packed_lower(without_currency(word));
    let listed = |list: &[u64]| key.is_some_and(|k| list.contains(&k));
    if listed(&NEVER_END) {
        return true;
    }
    let next_word = first_word(next);
    if listed(&NUMBERING) {
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    let opener = is_opener(next_word);
    if listed(&MONTHS) {
        return next_word.starts_with(|c: char| c.is_ascii_digit()) || !opener;
    }
    // Dotted acronyms ("U.S", "a.m", "D.C") and company suffixes.
    let dotted = word.contains('.') && word.len() <= 8;
    if dotted || listed(&MAY_END) {
        return !opener;
    }
    false
}

/// `word` without the currency signs it opens with; a word opening with another ASCII
/// character (most) is answered without decoding.
fn without_currency(word: &str) -> &str {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii() && b != b'$' => word,
        _ => word.trim_start_matches(['$', '€', '£']),
    }
}

/// The first word of `next` (letters and digits) after its opening marks. A text opening with
/// an ASCII letter or digit whose word ends at an ASCII byte (most) is read byte by byte.
fn first_word(next: &str) -> &str {
    let b = next.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric) {
        let end = b
            .iter()
            .position(|x| !x.is_ascii_alphanumeric())
            .unwrap_or(b.len());
        if b.get(end).is_none_or(u8::is_ascii) {
            return &next[..end];
        }
    }
    first_word_chars(next)
}

/// [`first_word`], character by character.
fn first_word_chars(next: &str) -> &str {
    next.trim_start_matches(['"', '\'', '“', '‘', '('])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Where the word ending `before` starts: after the last white space, `(`, `"`, `“`, `[`, `—` or
/// `–`, or at 0.
///
/// Read backwards a byte at a time while the bytes are ASCII (a word before a point mostly is);
/// the first other byte hands over to the general search by character.
fn word_start(before: &str) -> usize {
    let b = before.as_bytes();
    let mut q = b.len();
    // Eight bytes at a time while eight remain: the last byte among them that ends the search
    // (a delimiter or a non-ASCII byte) found by one test of the eight, without a branch per
    // byte whose exit mispredicted with the word's length.
    while let Some(eight) = q.checked_sub(8).and_then(|from| b.get(from..q)) {
        let flags = word_start_flags(u64::from_le_bytes(eight.try_into().unwrap_or_default()));
        if flags != 0 {
            let at = q - 8 + (63 - flags.leading_zeros() as usize) / 8;
            if b[at] >= 0x80 {
                return word_start_chars(before);
            }
            return at + 1;
        }
        q -= 8;
    }
    while q > 0 {
        let x = b[q - 1];
        if x >= 0x80 {
            return word_start_chars(before);
        }
        if matches!(x, b'\t'..=b'\r' | b' ' | b'(' | b'"' | b'[') {
            return q;
        }
        q -= 1;
    }
    0
}

/// The high bit of every byte of `w` that stops [`word_start`]'s byte loop: a byte from 0x80,
/// ASCII white space (`\t` to `\r`, space), `(`, `"` or `[`. Exact for every byte (the tests
/// add to 7-bit values, which never carry into the next byte), so the highest flag is the
/// last such byte.
#[inline]
fn word_start_flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = w & !HIGH;
    // High bit set where a 7-bit byte of `t` is zero.
    let zero = |t: u64| !((t + 0x7F * ONES) | t) & HIGH;
    let is = |c: u8| zero(low ^ (u64::from(c) * ONES));
    let space_range = (low + (0x80 - 0x09) * ONES) & !(low + (0x7F - 0x0D) * ONES) & HIGH;
    w & HIGH | is(b' ') | is(b'(') | is(b'"') | is(b'[') | space_range
}

/// [`word_start`], character by character.
fn word_start_chars(before: &str) -> usize {
    before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—' | '–'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        })
}

/// A word of at most 7 bytes, ASCII lower-cased, packed into a `u64` after a leading 1 (so that
/// words of different lengths differ).
fn packed_lower(word: &str) -> Option<u64> {
    (word.len() <= 7).then(|| {
        word.bytes()
            .fold(1, |k, b| (k << 8) | u64::from(b.to_ascii_lowercase()))
    })
}

/// [`packed_lower`] of every word of a list, by the compiler (the words are lower-case).
const fn packed<const N: usize>(list: [&str; N]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        let b = list[i].as_bytes();
        assert!(b.len() <= 7, "listed words have at most 7 bytes");
        let mut k = 1u64;
        let mut j = 0;
        while j < b.len() {
            k = (k << 8) | b[j] as u64;
            j += 1;
        }
        out[i] = k;
        i += 1;
    }
    out
}

const NEVER_END: [u64; 52] = packed([
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "rev", "hon", "pres", "st", "mt", "ft", "vs", "v", "messrs", "mme",
    "mlle", "sr", "jr", "supt", "insp", "det", "cpl", "pvt", "gov", "atty", "lt.col", "approx",
    "dept", "est", "e.g", "i.e", "cf", "ave", "blvd", "rd",
    // plural titles before a list of names ("Sens. Ann Roe and Tom Poe")
    "sens", "reps", "govs", "drs", "profs", "gens",
]);

/// Abbreviations that number what follows ("No. 5", "Fig. 2", "pp. 10-12"): they hold before a
/// number only, as the words "no" and "op" end sentences ("He said no. Then ...").
const NUMBERING: [u64; 6] = packed(["no", "nos", "fig", "vol", "pp", "op"]);

const MAY_END: [u64; 11] = packed([
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "al", "jr", "sr",
]);

const MONTHS: [u64; 12] = packed([
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/// Common sentence openers: after an abbreviation that may end a sentence, they start one.
/// (A `match`, which compiles to a test of the length and then of the bytes.)
fn is_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "As"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "For"
            | "So"
            | "Yet"
            | "Still"
            | "Now"
            | "Then"
            | "Some"
            | "Many"
            | "Most"
            | "Officials"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Under"
            | "With"
            | "By"
            | "From"
            | "Meanwhile"
            | "However"
            | "Also"
            | "Last"
            | "Next"
            | "One"
            | "Two"
            | "Three"
    )
}

#[cfg(test)]
mod tests {
    /// [`super::word_start`] as first written, a byte at a time.
    fn word_start_bytewise(before: &str) -> usize {
        let b = before.as_bytes();
        let mut q = b.len();
        while q > 0 {
            let x = b[q - 1];
            if x >= 0x80 {
                return super::word_start_chars(before);
            }
            if matches!(x, b'\t'..=b'\r' | b' ' | b'(' | b'"' | b'[') {
                return q;
            }
            q -= 1;
        }
        0
    }

    #[test]
    fn word_start_flags_every_stopping_byte_alone() {
        for x in 0..=255u8 {
            let stops = x >= 0x80 || matches!(x, b'\t'..=b'\r' | b' ' | b'(' | b'"' | b'[');
            for at in 0..8 {
                // Every other byte a letter, which never stops.
                let mut bytes = [b'a'; 8];
                bytes[at] = x;
                let want = if stops { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(
                    super::word_start_flags(u64::from_le_bytes(bytes)),
                    want,
                    "{x:#x} at {at}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_start_agrees_with_the_byte_loop(s in "[a-z.A-Z\\t\\n\\r (\"\\[’—é$0-9]{0,40}") {
            proptest::prop_assert_eq!(super::word_start(&s), word_start_bytewise(&s));
        }
    }

    use super::*;

    macro_rules! t {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                let text: &str = $input;
                let got: Vec<&str> = split(text, Span::new(0, text.len())).iter().map(|s| s.as_str(text)).collect();
                let want: Vec<&str> = $want;
                assert_eq!(got, want);
            }
        )*};
    }

    proptest::proptest! {
        /// Each fast path of the splitter (ASCII answered without decoding, the ellipsis found
        /// by its last byte) agrees with the general path it stands in for, on every suffix and
        /// prefix of text mixing marks, abbreviations and characters outside ASCII.
        #[test]
        fn fast_paths_agree_with_general_paths(
            text in "([A-Za-z0-9 .!?'\"()\\[\\]$€“”‘’«¿…—–\u{a0}\u{2003}\n\tÉéΣσæⒶ東]|Mr|U\\.S|Jan|Inc|The|e\\.g){0,40}",
        ) {
            proptest::prop_assert_eq!(has_ellipsis(text.as_bytes()), text.contains('…'));
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                proptest::prop_assert_eq!(starts_sentence(&text[i..]), starts_sentence_chars(&text[i..]));
                proptest::prop_assert_eq!(word_start(&text[..i]), word_start_chars(&text[..i]));
            }
        }
    }

    #[test]
    fn packed_lists_match_whole_words_in_any_case() {
        let listed = |w: &str, list: &[u64]| packed_lower(w).is_some_and(|k| list.contains(&k));
        for w in ["mr", "Mr", "MRS", "approx", "Lt.Col", "e.g", "v"] {
            assert!(listed(w, &NEVER_END), "{w}");
        }
        for w in [
            "m",
            "mrx",
            "\0mr",
            "r",
            "approxi",
            "approximately",
            "Ms.",
            "",
        ] {
            assert!(!listed(w, &NEVER_END), "{w}");
        }
        assert!(listed("Sept", &MONTHS) && listed("dec", &MONTHS) && !listed("may", &MONTHS));
        assert!(listed("Inc", &MAY_END) && !listed("incs", &MAY_END));
    }

    proptest::proptest! {
        #[test]
        fn trimmed_agrees_with_trim(text in "[ a.\u{a0}\u{2003}\u{85}\n\t]{0,12}") {
            let span = Span::new(0, text.len());
            proptest::prop_assert_eq!(trimmed(&text, span), span.trim(&text));
        }

        #[test]
        fn word_fast_paths_agree_with_chars(text in "[$€£\"'“‘(aZ09 .,é’\u{2003}-]{0,10}") {
            proptest::prop_assert_eq!(first_word(&text), first_word_chars(&text));
            proptest::prop_assert_eq!(without_currency(&text), text.trim_start_matches(['$', '€', '£']));
        }
    }

    t! {
        empty: "" => vec![];
        one: "One sentence." => vec!["One sentence."];
        two: "One sentence. Two sentences." => vec!["One sentence.", "Two sentences."];
        question_exclaim: "Why now? Because! Yes." => vec!["Why now?", "Because!", "Yes."];
        us_mid: "Talks between Russia and the U.S. Treasury went on." => vec!["Talks between Russia and the U.S. Treasury went on."];
        us_end: "He flew to the U.S. The talks began." => vec!["He flew to the U.S.", "The talks began."];
        titles: "Mr. Lopez met Dr. Roe and Sen. Ortiz on St. Mary's Street." => vec!["Mr. Lopez met Dr. Roe and Sen. Ortiz on St. Mary's Street."];
        number_sign: "The song reached No. 3 in May. Fans said no. They wanted more." => vec!["The song reached No. 3 in May.", "Fans said no.", "They wanted more."];
        letter_end: "The kit ships without part K. The rest comes later. J. A. Roe and Harry S. Lane agree." => vec!["The kit ships without part K.", "The rest comes later.", "J. A. Roe and Harry S. Lane agree."];
        list_items: "1. Ports reopen. 12. Rail strike ends." => vec!["1. Ports reopen.", "12. Rail strike ends."];
        list_letter: "b. The budget grows. Q. What next?" => vec!["b. The budget grows.", "Q. What next?"];
        attributed_question: "“Why now?” Ann Roe asked. “Stop!” he said. “Who?” The crowd left." => vec!["“Why now?” Ann Roe asked.", "“Stop!” he said.", "“Who?”", "The crowd left."];
        plural_titles: "The bill has backers, notably Sens. Ana Ruiz and Tom Poe. Reps. Jo Lane and Al Hart oppose it." => vec!["The bill has backers, notably Sens. Ana Ruiz and Tom Poe.", "Reps. Jo Lane and Al Hart oppose it."];
        month_day: "It happened on Jan. 5 in the capital. Then it rained." => vec!["It happened on Jan. 5 in the capital.", "Then it rained."];
        inc_mid: "Acme Inc. Chief Jane Roe spoke." => vec!["Acme Inc. Chief Jane Roe spoke."];
        inc_end: "She works at Acme Inc. The firm is small." => vec!["She works at Acme Inc.", "The firm is small."];
        initials: "The books of J. R. R. Tolkien sold well. Fans agree." => vec!["The books of J. R. R. Tolkien sold well.", "Fans agree."];
        money: "The plan costs $3.5 billion. It passed." => vec!["The plan costs $3.5 billion.", "It passed."];
        decimal: "Growth was 2.7 percent in 2024. Analysts expected 3.1." => vec!["Growth was 2.7 percent in 2024.", "Analysts expected 3.1."];
        ellipsis_lower: "He paused … and went on. Then he left." => vec!["He paused … and went on.", "Then he left."];
        ellipsis_upper: "I don't know... We will see." => vec!["I don't know...", "We will see."];
        inside_quotes: "\"We cannot wait,\" she said. \"This is the year.\" He agreed." => vec!["\"We cannot wait,\" she said.", "\"This is the year.\"", "He agreed."];
        curly_quotes: "He said, “It is over.” The crowd left." => vec!["He said, “It is over.”", "The crowd left."];
        em_dash: "There’s a gentleman from Russia—his name is Kirill—and he was important." => vec!["There’s a gentleman from Russia—his name is Kirill—and he was important."];
        lowercase_after: "The e.g. case is fine. Next one." => vec!["The e.g. case is fine.", "Next one."];
        time: "They met at 3 p.m. on Friday. Nothing came of it." => vec!["They met at 3 p.m. on Friday.", "Nothing came of it."];
        newline_inside: "The council voted\nto approve it. The mayor\nagreed." => vec!["The council voted\nto approve it.", "The mayor\nagreed."];
        digit_start: "The vote was close. 12 members abstained." => vec!["The vote was close.", "12 members abstained."];
        only_punct: "... !!! ???" => vec!["... !!! ???"];
        only_marks: "?" => vec!["?"];
        trailing_space: "Done.  " => vec!["Done."];
        paren_close: "The plan passed (narrowly.) Critics objected." => vec!["The plan passed (narrowly.)", "Critics objected."];
        non_ascii: "Zoë Łukasz left. Émile stayed." => vec!["Zoë Łukasz left.", "Émile stayed."];
    }
}
