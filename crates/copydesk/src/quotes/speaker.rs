//! From the words naming a speaker to a [`Speaker`]: its name, and the entity it resolves to.
//!
//! A mention resolves to the entity whose mention it overlaps; else to the entity sharing its
//! surname; a pronoun to the latest fitting candidate before it (the previous quote's speaker or
//! an entity mention standing as a subject): a PERSON for he/she, an organisation or group for
//! they/it/we. A definite description ("the Vermont senator", "the former governor") resolves to
//! the one person the article described so ("Vermont Sen. ..."); a nationality or a place that
//! only modifies the words ("A Chinese official") is never the speaker. An unresolved speaker
//! keeps its own words as `name`, with no entity. "He" and
//! "she" skip a person whose first name the census gives to the other sex ([`agrees`]) or whom
//! the article itself calls "Mr." or "Ms." ([`honorific_sex`]), and a name that modifies a
//! noun ("the Roe hearing"). "I" outside the marks is the writer: it
//! resolves to no entity.

use super::wordset::WordFlags;
use crate::Span;
use crate::article::{Article, Entity, Label, Speaker};
use crate::fxhash::{FxHasher, load_padded};
use crate::gender::sex_of;
use std::hash::Hasher;

/// Whether a person named `name` may be what `pronoun` (lower-cased) refers to: false only for
/// "he" or "she" and a full name (two words or more) whose first name [`sex_of`] gives to the
/// other sex. A one-word name may be a surname, which says nothing of sex.
fn agrees(pronoun: &str, name: &str) -> bool {
    let want = match pronoun {
        "he" => b'm',
        "she" => b'f',
        _ => return true,
    };
    let mut words = name.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => sex_of(first).is_none_or(|s| s == want),
        _ => true,
    }
}

/// Whether the word at byte `at` of `text` ends in "s" ("Democrats", not "Democrat" in
/// "Democrat leaders").
fn plural_word(text: &str, at: usize) -> bool {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let end = (rest.iter())
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    end > 2 && rest[end - 1] == b's'
}

/// [`Resolver::sexes`] of an entity not asked about yet.
const NOT_ASKED: u8 = u8::MAX;

/// The sex the article's own honorifics give a person: "Mr." before one of its mentions (or
/// opening it) says a man, "Mrs.", "Ms." or "Miss" a woman; `None` when the article uses none,
/// or both (two people of one surname merged).
fn honorific_sex(text: &str, e: &Entity) -> Option<u8> {
    let mut found = None;
    for m in &e.mentions {
        let Some(sex) = honorific_at(text, *m) else {
            continue;
        };
        if found.is_some_and(|f| f != sex) {
            return None;
        }
        found = Some(sex);
    }
    found
}

/// [`honorific_sex`] of one mention: the honorific that opens it or stands right before it
/// (after a space, a line break, a bracket or a quotation mark). Bytes only: the honorifics
/// are ASCII, and the words around a mention are not decoded.
fn honorific_at(text: &str, m: Span) -> Option<u8> {
    let b = text.as_bytes();
    let own = b.get(m.start..m.end)?;
    if let Some(word) = own
        .split(|&c| c == b' ')
        .next()
        .filter(|w| w.len() < own.len())
    {
        if let Some(sex) = honorific_sex_of(word) {
            return Some(sex);
        }
    }
    // the word before the mention and its space: at most "Miss " or "Mrs. "
    let before = b.get(..m.start)?.strip_suffix(b" ")?;
    let from = before.len().saturating_sub(5);
    let tail = &before[from..];
    let word = match tail
        .iter()
        .rposition(|&c| !(c.is_ascii_alphabetic() || c == b'.'))
    {
        Some(i) => &tail[i + 1..],
        // five honorific bytes or fewer from the text's start, or a longer word
        None if from == 0 => tail,
        None => return None,
    };
    let boundary = tail.len() - word.len() + from;
    if boundary > 0 && !matches!(b[boundary - 1], b' ' | b'\n' | b'(' | b'"' | 0x9C) {
        // (0x9C: the last byte of a left double quotation mark, U+201C)
        return None;
    }
    honorific_sex_of(word)
}

/// The sex an honorific gives: "Mr." a man; "Mrs.", "Ms.", "Miss" a woman (with or without the
/// period, or in capitals).
fn honorific_sex_of(word: &[u8]) -> Option<u8> {
    match word {
        b"Mr." | b"Mr" | b"MR." => Some(b'm'),
        b"Mrs." | b"Mrs" | b"Ms." | b"Ms" | b"Miss" | b"MRS." | b"MS." => Some(b'f'),
        _ => None,
    }
}

pub(super) const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gov.",
    "sen.",
    "rep.",
    "gen.",
    "col.",
    "lt.",
    "sgt.",
    "capt.",
    "prof.",
    "rev.",
    "adm.",
    "president",
    "vice",
    "mayor",
    "secretary",
    "senator",
    "governor",
    "representative",
    "minister",
    "prime",
    "chairman",
    "chairwoman",
    "commissioner",
    "judge",
    "justice",
    "chief",
    "director",
    "ambassador",
    "envoy",
    "prince",
    "king",
    "queen",
    "crown",
    "pope",
    "sheikh",
    "speaker",
    "leader",
    "majority",
    "minority",
    "general",
    "attorney",
    "spokesman",
    "spokeswoman",
    "press",
    "state",
    "of",
    "sens.",
    "reps.",
    "former",
    "deputy",
    "councilman",
    "councilwoman",
    "councillor",
    "sheriff",
    "officer",
    "detective",
    "coach",
    "professor",
    "senior",
    "adviser",
    "advisor",
    "nominee",
    "candidate",
    "sir",
    "dame",
    "lord",
    "lady",
    "house",
    "white",
];
pub(super) const ORG_HEADS: &[&str] = &[
    "department",
    "ministry",
    "agency",
    "commission",
    "committee",
    "party",
    "office",
    "house",
    "council",
    "court",
    "bank",
    "fund",
    "university",
    "campaign",
    "times",
    "post",
    "news",
    "inc.",
    "corp.",
    "co.",
    "ltd.",
    "association",
    "institute",
    "foundation",
    "board",
    "service",
    "administration",
    "police",
    "government",
    "company",
    "group",
    "network",
    "journal",
    "reuters",
    "press",
    "congress",
    "senate",
    "pentagon",
    "kremlin",
    "cnn",
    "fbi",
    "cia",
    "nato",
    "treasury",
    "center",
    "centre",
    "union",
    "organization",
    "organisation",
    "bureau",
    "authority",
    "council",
    "tribune",
    "herald",
    "gazette",
    "magazine",
    "daily",
    "politifact",
];
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "the",
];
const PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against", "and",
];

/// Prepositions of place before a name: the name is where the speaker is, not the speaker.
const PLACE_PREPOSITIONS: &[&str] = &[
    "along", "near", "outside", "inside", "across", "in", "from", "at", "with", "to", "by", "on",
    "about", "against",
];

/// The lists above as tables hashed at compile time (a word is asked with
/// [`WordFlags::has_lower`]): scanning a long list with [`lower_in`] cost hundreds of
/// instructions a word. Each is at most a quarter full, so that a word in no list mostly
/// stops at an empty first slot (at half full and more, probing went on, a branch often
/// mispredicted).
static TITLE_SET: WordFlags<512> = WordFlags::new(&[(TITLES, 1)]);
static ORG_HEAD_SET: WordFlags<256> = WordFlags::new(&[(ORG_HEADS, 1)]);
static PREPOSITION_SET: WordFlags<64> = WordFlags::new(&[(PREPOSITIONS, 1)]);
static PLACE_PREPOSITION_SET: WordFlags<64> = WordFlags::new(&[(PLACE_PREPOSITIONS, 1)]);

/// The words before a "but" that means "except" ("Everyone but Tom Pike"): the name after it
/// is no speaker.
const ALL_BUT: &[&str] = &["everyone", "everybody", "all", "nobody", "none"];

/// Whether `w.to_lowercase()` is one of `words` (all lower-case: checked by a test), without
/// making the string when `w` is ASCII.
fn lower_in(w: &str, words: &[&str]) -> bool {
    if w.is_ascii() {
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    } else {
        words.contains(&w.to_lowercase().as_str())
    }
}

/// A hash of `w.to_lowercase()`, without making the string when `w` is ASCII (most names).
/// Eight bytes at a time with bit 0x20 set in each, which makes an ASCII capital its small
/// letter (the few other bytes it merges only share a hash: callers compare the words).
fn lower_hash(w: &str) -> u64 {
    const SMALL: u64 = 0x2020_2020_2020_2020;
    let lower;
    let bytes = if w.is_ascii() {
        w.as_bytes()
    } else {
        lower = w.to_lowercase();
        lower.as_bytes()
    };
    let mut h = FxHasher::default();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h.write_u64(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) | SMALL);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h.write_u64(load_padded(rest) | SMALL >> (8 * (8 - rest.len())));
    }
    h.finish()
}

/// Whether `a.to_lowercase() == b.to_lowercase()`, without making the strings when both are
/// ASCII.
fn same_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// The words of `s`, split at white space and commas. An ASCII `s` is read byte by byte (the
/// ASCII white space of `char::is_whitespace`), not decoded character by character; the list
/// is made once at the size it may reach.
fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(s.len() / 2 + 1);
    if !s.is_ascii() {
        out.extend(
            s.split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty()),
        );
        return out;
    }
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ' | b',') {
            if start < i {
                out.push(&s[start..i]);
            }
            start = i + 1;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn cap(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

fn strip_possessive(w: &str) -> &str {
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(s) = w.strip_suffix(suf) {
            return s;
        }
    }
    w
}

/// The name in the words of a mention: the last run of capitalised words, titles dropped
/// ("U.S. Middle East envoy Steve Witkoff" -> "Steve Witkoff"); `None` when the words name no
/// one ("a spokesman for the agency", a name after a preposition, a possessive).
pub(crate) fn name_in(mention: &str) -> Option<String> {
    // drop parentheticals: (R-Ohio)
    let clean: std::borrow::Cow<'_, str> = if mention.contains(['(', ')']) {
        let mut clean = String::with_capacity(mention.len());
        let mut depth = 0u32;
        for c in mention.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => clean.push(c),
                _ => {}
            }
        }
        clean.into()
    } else {
        mention.into()
    };
    let ws = words(&clean);
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < ws.len() {
        if !cap(ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len()
            && (cap(ws[j]) || (CONNECTORS.contains(&ws[j]) && j + 1 < ws.len() && cap(ws[j + 1])))
        {
            j += 1;
        }
        best = Some((i, j));
        i = j;
    }
    let (a, b) = best?;
    // "The company", "Several residents", "State officials", "Trump aides": one capitalised
    // word opening a phrase of common nouns is a sentence's capital or a modifier, not a name
    // (session 24) so is one after an article: "The Democratic presidential candidate", "a
    // Kremlin spokesman" (the article's noun phrase is the speaker's words, not a name)
    let article = |w: &str| matches!(w, "The" | "the" | "A" | "a" | "An" | "an");
    let one = (b == a + 1 && (a == 0 || (a == 1 && article(ws[0]))))
        || (b == a + 2 && a == 0 && article(ws[0]));
    if one && b < ws.len() && ws[b..].iter().all(|w| !cap(w)) {
        return None;
    }
    // (session 24) a day of the week alone names no one ("His fact-check Wednesday")
    if b == a + 1 && crate::entities::weekday(ws[a]) {
        return None;
    }
    if a > 0
        && (PREPOSITION_SET.has_lower(ws[a - 1])
            || matches!(
                ws[a - 1],
                "along" | "near" | "outside" | "inside" | "across"
            )
            // (session 21) "Everyone but Tom Pike": "but" meaning "except"
            || (a > 1
                && ws[a - 1] == "but"
                && lower_in(ws[a - 2], ALL_BUT)))
    {
        return None;
    }
    if is_possessive_word(ws[b - 1]) && b < ws.len() {
        return None;
    }
    // (session 23) "The April survey", "a June poll": a month or a day before a common noun
    // dates the thing, and names no one
    let first = usize::from(b > a + 1 && matches!(ws[a], "The" | "A" | "An")) + a;
    if b == first + 1
        && b < ws.len()
        && !cap(ws[b])
        && (crate::entities::month(ws[first]).is_some() || crate::entities::weekday(ws[first]))
    {
        return None;
    }
    let run = &ws[a..b];
    // "Miller's Road", "Trump's campaign": something owned, not someone
    if run[..run.len() - 1].iter().any(|w| is_possessive_word(w)) {
        return None;
    }
    let org = ORG_HEAD_SET.has_lower(run[run.len() - 1]);
    let mut start = 0;
    if !org {
        while start + 1 < run.len() && TITLE_SET.has_lower(run[start]) {
            start += 1;
        }
    }
    // (the words joined by spaces straight into the one string returned)
    let mut name = String::with_capacity(clean.len());
    for (k, w) in run[start..].iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(strip_possessive(w.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '.' && c != '’' && c != '\''
        })));
    }
    let the = name.len() - name.trim_start_matches("The ").len();
    name.drain(..the);
    (!name.is_empty()).then_some(name)
}

/// (session 21) Whether a speaker's words open with a count of people (`85% of riders`, `Nine
/// in 10 Labour voters`, `Two-thirds of all members`, `a third of them`), after up to three
/// qualifiers (`about`, `more than`, `a`): a number with `%`, `percent`, `in` or `out` after
/// it, or a share. No allocation: the words are read as they come.
fn count_of_people(words: &str) -> bool {
    // a word lower-cased into a buffer on the stack (16 bytes at most; else empty)
    fn low(w: &[u8], buf: &mut [u8; 16]) -> usize {
        if w.len() > 16 {
            return 0;
        }
        buf[..w.len()].copy_from_slice(w);
        buf[..w.len()].make_ascii_lowercase();
        w.len()
    }
    let b = words.as_bytes();
    // (one word names no one inside it: "Trump", "42%")
    if !b.contains(&b' ') {
        return false;
    }
    // the words one by one, as bytes (a word ends at a space; a closing comma dropped)
    let mut at = 0;
    let mut next = || -> &[u8] {
        while at < b.len() && b[at] == b' ' {
            at += 1;
        }
        let start = at;
        while at < b.len() && b[at] != b' ' {
            at += 1;
        }
        let w = &b[start..at];
        w.strip_suffix(b",").unwrap_or(w)
    };
    let counted = |w: &[u8]| matches!(w, b"percent" | b"in" | b"out");
    let mut buf = [0u8; 16];
    let mut det = false;
    let mut w = next();
    for _ in 0..3 {
        if !w.first().is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        let n = low(w, &mut buf);
        if !matches!(
            &buf[..n],
            b"about"
                | b"nearly"
                | b"almost"
                | b"roughly"
                | b"only"
                | b"just"
                | b"some"
                | b"more"
                | b"fewer"
                | b"less"
                | b"than"
                | b"as"
                | b"many"
                | b"over"
                | b"under"
                | b"a"
                | b"the"
                | b"another"
                | b"fully"
                | b"mere"
                | b"full"
        ) {
            break;
        }
        det = matches!(&buf[..n], b"a" | b"the");
        w = next();
    }
    let Some(&first) = w.first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return w.ends_with(b"%") || counted(next());
    }
    let n = low(w, &mut buf);
    let lw = &buf[..n];
    if matches!(lw, b"half" | b"thirds" | b"quarters" | b"majorities")
        || (det
            && matches!(
                lw,
                b"third" | b"quarter" | b"majority" | b"plurality" | b"minority"
            ))
    {
        return true;
    }
    // (the first letters of the number words)
    if !matches!(first | 0x20, b'o' | b't' | b'f' | b's' | b'e' | b'n') {
        return false;
    }
    let Ok(lw) = std::str::from_utf8(lw) else {
        return false;
    };
    if let Some((n, f)) = lw.split_once('-') {
        return super::indirect::cardinal_word(n)
            && matches!(f, "third" | "thirds" | "quarter" | "quarters");
    }
    super::indirect::cardinal_word(lw) && counted(next())
}

fn is_possessive_word(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// Whether a name looks like an organisation rather than a person.
pub(crate) fn looks_like_org(name: &str) -> bool {
    let ws = words(name);
    ws.iter().any(|w| ORG_HEAD_SET.has_lower(w))
        || (ws.len() == 1 && ws[0].len() > 1 && ws[0].chars().all(|c| c.is_uppercase() || c == '.'))
}

/// The forms a description may give a role in ("the Vermont senator" is whom the article
/// called "Vermont Sen." or "Senator"); any other role is matched as itself.
const ROLE_FORMS: &[(&str, &[&str])] = &[
    ("senator", &["sen.", "senator"]),
    ("governor", &["gov.", "governor"]),
    ("congressman", &["rep.", "representative", "congressman"]),
    (
        "congresswoman",
        &["rep.", "representative", "congresswoman"],
    ),
    ("representative", &["rep.", "representative"]),
    ("general", &["gen.", "general"]),
    ("reverend", &["rev.", "reverend"]),
    ("professor", &["prof.", "professor"]),
];

/// Party members named by their party, who head a description as a noun ("the Wisconsin
/// Republican") where other capitalised words only modify.
const PARTY_NOUNS: &[&str] = &[
    "republican",
    "democrat",
    "independent",
    "conservative",
    "liberal",
];

/// Words that end the part of a description that holds its head ("the head of the fund",
/// "the top Republican in the House").
const HEAD_ENDS: &[&str] = &[
    "of", "for", "in", "at", "on", "from", "with", "who", "and", "to",
];

/// A word without the punctuation around it, keeping an abbreviation's period ("Sen.") and a
/// hyphen inside it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
}

/// Words that make another role of the role after them: a vice president is not the president.
const ROLE_PREFIXES: &[&str] = &[
    "vice",
    "deputy",
    "assistant",
    "lieutenant",
    "chief",
    "majority",
    "minority",
    "first",
];

/// The head word of a description or of a speaker's words: the last word before any
/// prepositional phrase or relative clause ("former Florida governor" -> "governor", "the top
/// Republican in the Kentucky House" -> "Republican"), and the words before it.
fn head_and_modifiers<'a, 'w>(ws: &'a [&'w str]) -> Option<(&'w str, &'a [&'w str])> {
    let cut = ws
        .iter()
        .position(|w| lower_in(w, HEAD_ENDS))
        .unwrap_or(ws.len());
    let (head, modifiers) = ws[..cut].split_last()?;
    Some((bare(head), modifiers))
}

/// The word before the head when it makes another role of it ("vice" in "Vice President").
fn role_prefix<'w>(modifiers: &[&'w str]) -> Option<&'w str> {
    modifiers
        .last()
        .map(|w| bare(w))
        .filter(|w| lower_in(w, ROLE_PREFIXES))
}

/// Whether the role word `head` (lower-cased, from a speaker's words) is what `description`
/// says its person is: the description's own head in one of the role's forms, or, for a party
/// noun, the party anywhere in it ("Republican Sen." is a Republican).
fn description_fits(
    head: &str,
    prefix: Option<&str>,
    former: bool,
    description: &str,
    described_former: bool,
) -> bool {
    let ws = words(description);
    // the former president is not the president
    if (described_former || ws.iter().any(|w| is_former(w))) != former {
        return false;
    }
    if lower_in(head, PARTY_NOUNS) {
        return ws.iter().any(|w| same_lower(bare(w), head));
    }
    let Some((their_head, their_modifiers)) = head_and_modifiers(&ws) else {
        return false;
    };
    let same_prefix = match (prefix, role_prefix(their_modifiers)) {
        (None, None) => true,
        (Some(a), Some(b)) => same_lower(a, b),
        _ => false,
    };
    if !same_prefix {
        return false;
    }
    match ROLE_FORMS.iter().find(|(role, _)| *role == head) {
        Some((_, forms)) => lower_in(their_head, forms),
        None => same_lower(their_head, head),
    }
}

/// A definite description naming one person by a role: "the former Vermont senator".
struct Role<'w> {
    /// The role, lower-cased: "senator".
    head: String,
    /// A word before it that makes another role of it ("vice").
    prefix: Option<&'w str>,
    /// Whether the person no longer holds it.
    former: bool,
    /// The capitalised words that modify it ("Vermont").
    capitalised: Vec<&'w str>,
}

/// "former", "ex-president": a role its person no longer holds.
/// Whether the ASCII word `w` has the form of a plural noun: four letters or more ending in `s`
/// but not `ss`, `us`, `is` or `'s` (`donors`, `aides`; not `boss`, `census`, `analysis`).
pub(super) fn plural_form(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s"))
}

/// Whether the speaker's words end in a lower-case plural noun or a word for a person's staff
/// (`Clinton aides`, `Sanders supporters`, `the Cruz campaign staff`): a group, whatever
/// name stands before it.
fn ends_in_group_noun(words: &str) -> bool {
    let Some(last) = words.split_whitespace().last() else {
        return false;
    };
    (last.bytes().all(|b| b.is_ascii_lowercase()) && plural_form(last))
        || matches!(
            last,
            "staff" | "team" | "camp" | "aide" | "adviser" | "advisor"
        )
        // (session 24) "The Pike administration", "the Roe campaign": a body named after the
        // person, not the person
        || matches!(last, "administration" | "campaign" | "government")
}

/// (session 33) Whether the speaker's words end in a lower-case noun right after a capitalised
/// word that is no role (`the Ruiz supporter`, `a Lopez voter`): the noun speaks, the name only
/// says whose; a role (`a Ruiz spokesman`, `the Lopez aide`) is left to the other rules.
fn ends_in_noun_after_name(words: &str) -> bool {
    let ws: Vec<&str> = words.split_whitespace().collect();
    let [.., before, last] = ws.as_slice() else {
        return false;
    };
    last.len() >= 3
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && cap(before)
        && !super::attribution::is_role(last)
        // (a time after the name is no head: `Ann Roe yesterday`, `Roe Sunday night`; nor a
        // noun after a preposition: `Jeb Bush in a Medium post`)
        && !super::attribution::is_time_word(last)
        && !ws.iter().any(|w| lower_in(w, &["in", "on", "at", "of", "for", "to", "with", "from", "by"]))
}

/// (session 31) Whether the speaker's words name someone by their tie to a person: a noun, then
/// "of", "for" or "to", then the person ("Friends of Ana Ruiz", "the mother of Tom Pike",
/// "Critics of Ruiz", "aides to the mayor"). They speak, not the person. A voice of the person
/// ("a spokesman for Ana Ruiz", "lawyers for Pike") is left to the rules after this one.
fn someone_of(words: &str) -> bool {
    let ws: Vec<&str> = words.split_whitespace().collect();
    (1..ws.len().saturating_sub(1)).any(|i| {
        lower_in(ws[i], &["of", "for", "to"])
            && ws[i + 1].chars().next().is_some_and(char::is_uppercase)
            && ws[i - 1].chars().all(char::is_alphabetic)
            // (a lower-case noun, or a sentence's first word that is a plural or a count: not
            // a title, even a misspelt one, "Former Security of State Ana Ruiz")
            && (!cap(ws[i - 1])
                || (i == 1
                    && ((ws[0].len() > 3 && ws[0].ends_with('s') && !ws[0].ends_with("ss"))
                        || lower_in(
                            ws[0],
                            &["most", "many", "some", "several", "few", "all", "both", "none"],
                        ))))
            && !lower_in(
                ws[i - 1],
                &[
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "spokespeople",
                    "spokesmen",
                    "spokeswomen",
                    "representative",
                    "representatives",
                    "lawyer",
                    "lawyers",
                    "attorney",
                    "attorneys",
                    "counsel",
                    "secretary",
                    "state",
                ],
            )
    })
}

/// (session 24) Whether the speaker's words end with a person's part that is not the voice of
/// the organisation before it: "The GOP presidential nominee", "the Senate minority leader", "a
/// Supreme Court justice", "RNC members". (A spokesman, an official or an executive speaks for
/// the organisation, which stays the speaker.)
fn ends_in_person_role(words: &str) -> bool {
    // (not past a comma: "An Associated Press survey of superdelegates, who are influential in
    // picking the nominee" ends in a clause of its own)
    let Some(last) = words
        .split_whitespace()
        .last()
        .filter(|_| !words.contains(','))
    else {
        return false;
    };
    matches!(
        last.to_ascii_lowercase().as_str(),
        "nominee"
            | "candidate"
            | "front-runner"
            | "frontrunner"
            | "hopeful"
            | "contender"
            | "leader"
            | "member"
            | "members"
            | "justice"
            | "judge"
            | "senator"
            | "governor"
            | "lawmaker"
            | "lawmakers"
            | "strategist"
            | "donor"
            | "donors"
            | "supporter"
            | "supporters"
            | "voter"
            | "voters"
            | "delegate"
            | "delegates"
    )
}

fn is_former(w: &str) -> bool {
    same_lower(w, "former") || w.get(..3).is_some_and(|p| same_lower(p, "ex-"))
}

/// The role and the capitalised words of a definite description naming one person: "the
/// Vermont senator" gives the role "senator" modified by "Vermont", "The Wisconsin Republican"
/// the party member "republican" modified by "Wisconsin". `None` for anything else: no "the"
/// first, a plural, a name ("The New York Times"), an organisation ("the company"), a
/// possessive ("the senator's office").
fn definite_role(words_of: &str) -> Option<Role<'_>> {
    // (most speakers' words do not open with "the": told without the list of words)
    let mut split = words_of
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    if !split.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) || split.next().is_none() {
        return None;
    }
    let ws = words(words_of);
    let (first, rest) = ws.split_first()?;
    if !first.eq_ignore_ascii_case("the") || rest.is_empty() {
        return None;
    }
    let (head, modifiers) = head_and_modifiers(rest)?;
    if head.is_empty() || is_possessive_word(head) || !head.chars().all(char::is_alphabetic) {
        return None;
    }
    let lower = head.to_lowercase();
    if cap(head) && !lower_in(&lower, PARTY_NOUNS) {
        return None;
    }
    if (lower.ends_with('s') && !lower.ends_with("ss")) || ORG_HEAD_SET.has_lower(&lower) {
        return None;
    }
    let prefix = role_prefix(modifiers);
    let capitalised = modifiers
        .iter()
        .map(|w| bare(w))
        .filter(|w| cap(w) && !is_possessive_word(w) && Some(*w) != prefix)
        .collect();
    Some(Role {
        head: lower,
        prefix,
        former: ws.iter().any(|w| is_former(w)),
        capitalised,
    })
}

/// Nouns that "the <noun>" uses for an organisation named before (session 22): the noun as
/// the speaker's words hold it, lower-cased.
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "agency",
    "union",
    "group",
    "bank",
    "ministry",
    "department",
    "council",
    "commission",
    "committee",
    "board",
    "newspaper",
    "network",
    "foundation",
    "institute",
    "airline",
    "university",
    "court",
    "authority",
    "regulator",
    "party",
    "platform",
    "charity",
    "coalition",
    "organization",
    "organisation",
    "association",
    "federation",
    "league",
    "broadcaster",
    "publisher",
    "automaker",
    "carmaker",
    "retailer",
    "lender",
    "insurer",
];

/// The legal endings of a business's name, which "the company" and "the firm" refer to.
const BUSINESS_ENDINGS: &[&str] = &[
    "company",
    "co",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "plc",
    "holdings",
    "group",
    "industries",
    "enterprises",
    "limited",
];

/// The organisation noun of speaker words that are exactly "the <noun>" ("the company", "The
/// agency"), lower-cased.
fn org_noun(words_of: &str) -> Option<&'static str> {
    let rest = words_of
        .strip_prefix("the ")
        .or_else(|| words_of.strip_prefix("The "))?;
    ORG_NOUNS
        .iter()
        .find(|n| rest.eq_ignore_ascii_case(n))
        .copied()
}

/// The last word of a name, without a final period ("Inc." -> "Inc").
fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or("").trim_end_matches('.')
}

/// Whether an organisation's name says what kind it is: its last word is an organisation's
/// head word ("Union", "Ministry") or a business's legal ending ("Inc.", "Ltd.").
fn typed_by_name(name: &str) -> bool {
    let last = last_word(name);
    ORG_HEAD_SET.has_lower(last)
        || BUSINESS_ENDINGS
            .iter()
            .any(|b| last.eq_ignore_ascii_case(b))
}

/// Whether the organisation `e` is what "the <noun>" names: its name ends in the noun (or,
/// for "company" and "firm", in a business's legal ending), or one of its descriptions has
/// the noun for its head ("a Tolan freight firm", "the agency that ...").
fn org_fits(e: &Entity, noun: &str) -> bool {
    let business = matches!(noun, "company" | "firm");
    let fits = |w: &str| {
        w.eq_ignore_ascii_case(noun)
            || business && BUSINESS_ENDINGS.iter().any(|b| w.eq_ignore_ascii_case(b))
    };
    fits(last_word(&e.name))
        || e.descriptions.iter().any(|d| {
            let ws = words(d);
            head_and_modifiers(&ws).is_some_and(|(head, _)| fits(head))
        })
}

/// The speaker of the previous quote, for pronouns and continuation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prev<'a> {
    pub speaker: &'a Speaker,
    pub person: bool,
    pub para: usize,
    pub at: usize,
    /// The cue of the quote that named the speaker.
    pub cue: Option<Span>,
}

/// Possessives standing for their pronoun ("his spokesman" speaks for him).
const POSSESSIVES: &[(&str, &str)] = &[
    ("his", "he"),
    ("her", "she"),
    ("their", "they"),
    ("its", "it"),
];

/// The pronoun that speaker words are (a possessive as its pronoun), lower-cased: what
/// `is_pronoun` says of `words.to_lowercase()`, without the lower-casing. Every pronoun is
/// ASCII and has no `k`, and the only characters that lower-case to ASCII letters are the ASCII
/// capitals and the Kelvin sign (to `k`), so an ASCII comparison that ignores case is the same
/// test (`pronoun_of_agrees_with_lower_casing` checks it).
fn pronoun_of(words: &str) -> Option<&'static str> {
    if let Some(&(_, p)) = POSSESSIVES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(words))
    {
        return Some(p);
    }
    super::attribution::PRONOUNS
        .iter()
        .find(|p| p.eq_ignore_ascii_case(words))
        .copied()
}

/// Every mention of `entities` as `(span, entity index)`, sorted.
///
/// Each mention is packed into one `u64` that sorts the same way (start, then length, then
/// entity), when they fit (starts below 4 GiB, mentions shorter than 64 KiB, fewer than 65,536
/// entities: every article but a freak): sorting the integers costs a fraction of sorting the
/// tuples, which was most of the resolver's set-up. Equal keys are equal tuples, so the
/// unstable sort gives the order of the stable one.
fn sorted_mentions(entities: &[Entity]) -> Vec<(Span, usize)> {
    let n = entities.iter().map(|e| e.mentions.len()).sum();
    let mut keys: Vec<u64> = Vec::with_capacity(n);
    let fits = entities.len() <= 0xFFFF
        && entities.iter().enumerate().all(|(i, e)| {
            e.mentions.iter().all(|m| {
                let len = m.end.checked_sub(m.start).map(u16::try_from);
                let (Ok(start), Some(Ok(len))) = (u32::try_from(m.start), len) else {
                    return false;
                };
                keys.push((u64::from(start) << 32) | (u64::from(len) << 16) | i as u64);
                true
            })
        });
    if fits {
        keys.sort_unstable();
        let mut mentions: Vec<(Span, usize)> = Vec::with_capacity(n);
        mentions.extend(keys.iter().map(|&k| {
            let start = (k >> 32) as usize;
            let len = ((k >> 16) & 0xFFFF) as usize;
            (Span::new(start, start + len), (k & 0xFFFF) as usize)
        }));
        return mentions;
    }
    let mut mentions: Vec<(Span, usize)> = Vec::with_capacity(n);
    mentions.extend(
        entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i))),
    );
    mentions.sort_unstable();
    mentions
}

/// Resolves speaker mentions against the article's entities.
pub(crate) struct Resolver<'a> {
    article: &'a Article,
    /// Every entity mention, sorted: (span, entity index).
    mentions: Vec<(Span, usize)>,
    /// The PERSON and ORG entities by the last word of their name or an alias, lower-cased,
    /// as `(lower_hash(word), entity)`, sorted, each pair once: made on the first surname
    /// asked, so that a lookup costs the entities sharing the word, not every entity (reported
    /// speech asks once a sentence; a long article has many entities). A hash, not the word,
    /// so that no string is made per name; a lookup checks the word of each entity it finds.
    by_last_word: std::cell::OnceCell<Vec<(u64, usize)>>,
    /// [`honorific_sex`] of each entity, found when first asked (0 for none, [`NOT_ASKED`]
    /// before): a few persons an article are asked about.
    sexes: std::cell::OnceCell<Vec<std::cell::Cell<u8>>>,
    /// Every sentence of the body, in order, made on the first "it" or "they" asked.
    sentences: std::cell::OnceCell<Vec<Span>>,
    /// (session 24) The initials and the last words (in ASCII capitals) of the names of the
    /// persons and organisations, each sorted, made on the first transcript label asked
    /// ([`Resolver::labels_person`]).
    labels: std::cell::OnceCell<(Vec<String>, Vec<String>)>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(article: &'a Article) -> Resolver<'a> {
        Resolver {
            article,
            mentions: sorted_mentions(&article.entities),
            by_last_word: std::cell::OnceCell::new(),
            sexes: std::cell::OnceCell::new(),
            sentences: std::cell::OnceCell::new(),
            labels: std::cell::OnceCell::new(),
        }
    }

    fn entity(&self, i: usize) -> &'a Entity {
        &self.article.entities[i]
    }

    /// Whether "he" or "she" (`pronoun`, lower-cased) may stand for entity `e` by the
    /// honorifics the article gives it ([`honorific_sex`]): "she" is not "Mr. Adler", "he" not
    /// "Ms. Adler". Other pronouns, and a person with no honorific, always may.
    fn agrees_in_text(&self, pronoun: &str, e: usize) -> bool {
        let want = match pronoun {
            "he" => b'm',
            "she" => b'f',
            _ => return true,
        };
        let sexes = self.sexes.get_or_init(|| {
            let n = self.article.entities.len();
            std::iter::repeat_with(|| std::cell::Cell::new(NOT_ASKED))
                .take(n)
                .collect()
        });
        let Some(cell) = sexes.get(e) else {
            return true;
        };
        if cell.get() == NOT_ASKED {
            let ent = self.entity(e);
            cell.set(match ent.label {
                Label::Person => honorific_sex(&self.article.text, ent).unwrap_or(0),
                _ => 0,
            });
        }
        let sex = cell.get();
        sex == 0 || sex == want
    }

    /// The speaker entity `i` named at `span`.
    fn named(&self, i: usize, span: Span) -> Speaker {
        let ent = self.entity(i);
        Speaker {
            entity: Some(ent.id.clone()),
            name: ent.name.clone(),
            mention: Some(span),
        }
    }

    /// The speaking entity (PERSON, ORG, NORP, GPE) whose mention overlaps `span` most, and
    /// whether that mention heads the words (false: it only modifies a word after it, as
    /// "Republican" in "the Republican nominee").
    fn by_overlap(&self, span: Span) -> Option<(usize, bool)> {
        let from = self
            .mentions
            .partition_point(|(m, _)| m.start < span.start.saturating_sub(200));
        let mut best: Option<(usize, usize)> = None;
        for &(m, e) in &self.mentions[from..] {
            if m.start >= span.end {
                break;
            }
            if !m.overlaps(span) {
                continue;
            }
            if !matches!(
                self.entity(e).label,
                Label::Person | Label::Org | Label::Norp | Label::Gpe
            ) {
                continue;
            }
            // "Residents along Miller's Road", "a spokesman for Acme", "Trump's campaign": a name
            // inside a prepositional phrase or a possessive is not the speaker
            if !self.heads(span, m) {
                continue;
            }
            // "Residents of Ikeja and Lekki", "the people of Kenya": a place named after "of"
            // or "for" is where the speakers are from, not who speaks
            if self.entity(e).label == Label::Gpe
                && self
                    .article
                    .text
                    .get(span.start..m.start.max(span.start))
                    .is_some_and(|before| {
                        before
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for"))
                    })
            {
                continue;
            }
            // The head is the first name not used as a modifier: "Renée Okafor of Acme" is
            // Okafor; in "Clinton spokesman Nick Merrill" Clinton modifies, Merrill heads, and
            // so in "Navy Capt. Owen Pike", where a title or a name follows Navy.
            let rest = self
                .article
                .text
                .get(m.end.min(span.end)..span.end)
                .unwrap_or("");
            let modifier = rest.split_whitespace().next().is_some_and(|w| {
                w.chars().next().is_some_and(|c| {
                    (c.is_lowercase() && !matches!(w, "of" | "for" | "at" | "and"))
                        || c.is_uppercase()
                })
            });
            if !modifier {
                return Some((e, true));
            }
            best = Some((m.end, e));
        }
        best.map(|(_, e)| (e, false))
    }

    /// Whether the entity mention `m` heads the speaker words `span` (not after a preposition,
    /// not a possessive followed by more words).
    fn heads(&self, span: Span, m: Span) -> bool {
        let text = &self.article.text;
        let (Some(before), Some(after)) = (
            text.get(span.start..m.start.max(span.start)),
            text.get(m.end.min(span.end)..span.end),
        ) else {
            return true;
        };
        let owned = (after.starts_with("’s") || after.starts_with("'s"))
            && !after.trim_start_matches(['’', '\'', 's']).trim().is_empty();
        // any place preposition before it, or "of"/"for" after a common noun ("the mayor of
        // Springfield"; but "Secretary of State Ana Ruiz" keeps its name)
        let mut prev: Option<&str> = None;
        // (session 31) a capitalised plural opening the words is a common noun capitalised
        // as a sentence's first word ("Friends of Ana Ruiz", "Lawyers for Acme"), unless a
        // title ("Secretaries of State")
        let first = before.split_whitespace().next();
        let common = |p: &str| {
            !cap(p)
                || (Some(p) == first
                    && p.len() > 3
                    && p.ends_with('s')
                    && !p.ends_with("ss")
                    && !lower_in(p.trim_end_matches('s'), TITLES))
        };
        // (session 21) and "but" meaning "except": "Everyone but Tom Pike"
        let in_phrase = before.split_whitespace().any(|w| {
            let hit = PLACE_PREPOSITION_SET.has_lower(w)
                || (lower_in(w, &["of", "for"]) && prev.is_some_and(common))
                || (w == "but" && prev.is_some_and(|p| lower_in(p, ALL_BUT)));
            prev = Some(w);
            hit
        });
        !(in_phrase || owned)
    }

    /// The PERSON or ORG entity whose name or alias ends with the same word as `name`.
    fn by_surname(&self, name: &str) -> Option<usize> {
        let last = strip_possessive(name.split_whitespace().last()?);
        let key = lower_hash(last);
        let last_words = |e: &'a Entity| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter_map(|n| n.split_whitespace().last())
        };
        let index = self.by_last_word.get_or_init(|| {
            let entities = &self.article.entities;
            let names = entities.iter().map(|e| 1 + e.aliases.len()).sum();
            let mut index: Vec<(u64, usize)> = Vec::with_capacity(names);
            for (i, e) in entities.iter().enumerate() {
                if matches!(e.label, Label::Person | Label::Org) {
                    index.extend(last_words(e).map(|w| (lower_hash(w), i)));
                }
            }
            index.sort_unstable();
            index.dedup();
            index
        });
        let from = index.partition_point(|&(h, _)| h < key);
        let mut found = None;
        for &(_, i) in index[from..].iter().take_while(|&&(h, _)| h == key) {
            // (an entity whose word only shares the hash is not one)
            if !last_words(self.entity(i)).any(|w| same_lower(w, last)) {
                continue;
            }
            // the surname-only entity itself is no evidence for a full name
            if self.entity(i).name.contains(' ') {
                if found.is_some() {
                    return None; // ambiguous: two entities share the surname
                }
                found = Some(i);
            }
        }
        found
    }

    fn subject_like(&self, m: Span) -> bool {
        let text = &self.article.text;
        if m.end > text.len() || !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
            return false;
        }
        let mut from = m.start.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..m.start];
        let prev_word = before.split_whitespace().last().unwrap_or("");
        let after = &text[m.end..];
        !PREPOSITION_SET.has_lower(prev_word)
            && !after.starts_with("’s")
            && !after.starts_with("'s")
    }

    /// Whether the person's mention `m` modifies the noun after it ("after the Roe hearing
    /// ended", "a Pike rally"): an article before the name and a lower-case word right after.
    /// Such a name is no one a later "he" or "she" can be.
    fn modifies_a_noun(&self, m: Span) -> bool {
        let text = &self.article.text;
        let (Some(before), Some(after)) = (text.get(..m.start), text.get(m.end..)) else {
            return false;
        };
        let article = before
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .is_some_and(|w| matches!(w, "the" | "The" | "a" | "A" | "an" | "An"));
        article
            && after
                .strip_prefix(' ')
                .is_some_and(|a| a.as_bytes().first().is_some_and(u8::is_ascii_lowercase))
    }

    /// Whether the mention starting at byte `mention` opens the sentence right before the one
    /// holding byte `at` (in the same paragraph or the one before), or follows at most three
    /// words there ("The mining firm Copperline met ..."), as its first name: that sentence's
    /// subject.
    fn subject_of_sentence_before(&self, mention: usize, at: usize) -> bool {
        let sentences = self.sentences.get_or_init(|| {
            (self.article.sections.iter())
                .flat_map(|s| &s.paragraphs)
                .flat_map(|p| p.sentences.iter().copied())
                .collect()
        });
        let k = sentences.partition_point(|s| s.start <= at);
        // `k - 1` holds `at` (or is the last before it); the one before that is asked about
        let Some(before) = k.checked_sub(2).and_then(|i| sentences.get(i)) else {
            return false;
        };
        if !(before.start <= mention && mention < before.end) {
            return false;
        }
        let words_before = self.article.text[before.start..mention]
            .split_whitespace()
            .count();
        // ... and the first name there ("Republicans say Democrats stall. They say ...": the
        // Republicans)
        let first = self
            .mentions
            .partition_point(|(m, _)| m.start < before.start);
        words_before <= 3
            && self
                .mentions
                .get(first)
                .is_some_and(|(m, _)| m.start == mention)
    }

    /// The latest subject-like mention of an entity with one of `labels` before byte `at`, whose
    /// entity (its index) `fits`.
    fn latest_before(
        &self,
        at: usize,
        labels: &[Label],
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let end = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .take(200)
            .filter(|&&(m, e)| {
                m.end <= at
                    && labels.contains(&self.entity(e).label)
                    && self.subject_like(m)
                    && !(self.entity(e).label == Label::Person && self.modifies_a_noun(m))
                    && fits(e)
            })
            .map(|&(m, e)| (m.start, e))
            .next()
    }

    /// The person a definite description among a speaker's words refers back to: the one
    /// PERSON named before `at` whose descriptions give the description's role and its
    /// capitalised words ("the Vermont senator" after "Vermont Sen. Bernie Sanders", "the
    /// Republican nominee" after "Republican nominee Ana Ruiz"). `None` when no one or more than
    /// one person fits: a wrong speaker is worse than none.
    fn by_description(&self, words_of: &str, at: usize) -> Option<usize> {
        let role = definite_role(words_of)?;
        // Someone named since, of whom the article says nothing, may be the one meant ("...
        // Joe Biden, the U.S. President. ... Julian Assange ... The president said", in a story
        // about another president): only the last person named, or one named after it whom
        // the article describes as something else, lets the description stand.
        self.the_one_named_before(
            at,
            Label::Person,
            |e| {
                e.descriptions.iter().any(|d| {
                    description_fits(
                        &role.head,
                        role.prefix,
                        role.former,
                        d,
                        self.former_before(e, d),
                    )
                }) && role.capitalised.iter().all(|c| {
                    e.descriptions
                        .iter()
                        .any(|d| words(d).iter().any(|w| same_lower(bare(w), c)))
                })
            },
            |other| other.descriptions.is_empty(),
        )
    }

    /// The one entity labelled `label`, named before byte `at`, that `fits`, unless another of
    /// that label that `may_be_meant` is named between its last mention and `at`; `None` when
    /// none or more than one fits (a wrong speaker is worse than none). The shared reading of
    /// [`Self::by_description`] and [`Self::by_org_noun`].
    fn the_one_named_before(
        &self,
        at: usize,
        label: Label,
        fits: impl Fn(&Entity) -> bool,
        may_be_meant: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let mut found = None;
        for (i, e) in self.article.entities.iter().enumerate() {
            if e.label != label || e.mentions.first().is_none_or(|m| m.start >= at) || !fits(e) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
        let found = found?;
        let end = self.mentions.partition_point(|(m, _)| m.start < at);
        let since = self.mentions[..end]
            .iter()
            .rposition(|&(_, e)| e == found)?;
        let blocked = self.mentions[since + 1..end].iter().any(|&(_, e)| {
            e != found && self.entity(e).label == label && may_be_meant(self.entity(e))
        });
        (!blocked).then_some(found)
    }

    /// The organisation that "the company", "the agency", "the union" refers back to (session
    /// 22): the one ORG named before `at` whose name ends in the noun ("the Varen Shipping
    /// Company", a business's legal ending for "company" and "firm") or whose description's
    /// head is the noun ("Acme, a Tolan freight firm"). `None` when no organisation or more
    /// than one fits, or when another organisation of no known kind ([`typed_by_name`]) is
    /// named between the last mention of the one that fits and `at` (it may be the one meant):
    /// a wrong speaker is worse than none.
    fn by_org_noun(&self, words_of: &str, at: usize) -> Option<usize> {
        let noun = org_noun(words_of)?;
        self.the_one_named_before(
            at,
            Label::Org,
            |e| org_fits(e, noun),
            |other| other.descriptions.is_empty() && !typed_by_name(&other.name),
        )
    }

    /// Whether the role `description` stands right before a mention of `e` after "former"
    /// ("former Gov. Hugo Brandt": the description holds only "Gov.").
    fn former_before(&self, e: &Entity, description: &str) -> bool {
        let text = &self.article.text;
        e.mentions.iter().any(|m| {
            text.get(..m.start)
                .map(str::trim_end)
                .and_then(|before| before.strip_suffix(description))
                .and_then(|rest| rest.split_whitespace().next_back())
                .is_some_and(is_former)
        })
    }

    /// Whether a personal name seems to stand between two points of the text (two capitalised
    /// words in a row, or a title and a capitalised word), outside quotation marks.
    fn name_between(&self, from: usize, to: usize) -> bool {
        let text = &self.article.text;
        if from >= to
            || to > text.len()
            || !text.is_char_boundary(from)
            || !text.is_char_boundary(to)
        {
            return false;
        }
        let mut inside = false;
        let mut prev_cap = false;
        let mut prev_title = false;
        for w in text[from..to].split_whitespace() {
            let opens = w.starts_with(['“', '"']);
            let closes =
                w.ends_with(['”', '"']) || w.trim_end_matches([',', '.']).ends_with(['”', '"']);
            if opens {
                inside = true;
            }
            if !inside {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                let cap = core.chars().next().is_some_and(char::is_uppercase);
                let title = TITLE_SET.has_lower(core);
                if cap && (prev_cap || prev_title) && !title {
                    return true;
                }
                let ends = w.ends_with(['.', '!', '?', ',']);
                prev_cap = cap && !ends;
                prev_title = title && !w.ends_with(',');
            }
            if closes {
                inside = false;
            }
        }
        false
    }

    /// Resolve a speaker mention (`words` at `span`) to a [`Speaker`].
    /// (session 24) Whether the capitals `label` of a transcript line (`JN:`, `CANTWELL:`) are
    /// the initials of a person or an organisation the article names (the interviewer's
    /// publication), or the last word of the name or of an alias, in any case.
    pub(crate) fn labels_person(&self, label: &str) -> bool {
        // (made on the first label asked, once an article: each later label is two searches,
        // not a walk over every entity)
        let (initials, last_words) = self.labels.get_or_init(|| {
            let mut initials = Vec::new();
            let mut last_words = Vec::new();
            for e in &self.article.entities {
                if !matches!(e.label, crate::Label::Person | crate::Label::Org) {
                    continue;
                }
                initials.push(
                    e.name
                        .split_whitespace()
                        .filter_map(|w| w.chars().next())
                        .filter(|c| c.is_uppercase())
                        .collect::<String>(),
                );
                for n in std::iter::once(&e.name).chain(&e.aliases) {
                    if let Some(w) = n.split_whitespace().last() {
                        last_words.push(w.to_ascii_uppercase());
                    }
                }
            }
            initials.sort_unstable();
            last_words.sort_unstable();
            (initials, last_words)
        });
        (label.len() >= 2 && initials.binary_search_by(|x| x.as_str().cmp(label)).is_ok())
            || last_words
                .binary_search(&label.to_ascii_uppercase())
                .is_ok()
    }

    pub(crate) fn resolve(
        &self,
        span: Span,
        prev: Option<&Prev<'_>>,
        para: usize,
    ) -> (Speaker, bool) {
        let text = &self.article.text;
        let words = span.as_str(text);
        if let Some(p) = pronoun_of(words) {
            if matches!(p, "he" | "she") && !words.eq_ignore_ascii_case(p) {
                if let Some(e) = self.person_earlier_in_sentence(p, span) {
                    return (self.named(e, span), true);
                }
            }
            return self.pronoun(p, span, prev, para);
        }
        // (session 21) "Two in seven riders in a Gazette poll", "Nine in 10 Labour voters": a
        // count of people names no one in it
        if count_of_people(words) {
            return (self.unresolved(span), false);
        }
        let overlap = self.by_overlap(span);
        // "the Vermont senator", "A Chinese official", "the presumptive Republican nominee": a
        // nationality or a place only modifies the speaker's words; the speaker is the person
        // the article described so, or no entity (never the nationality or the place)
        // "Clinton aides", "Former Carson advisers", "Sanders supporters": a person's name
        // modifying a group of people names whose they are, not who speaks
        let modifier_only = overlap.is_some_and(|(e, heads)| {
            !heads
                && match self.entity(e).label {
                    Label::Norp | Label::Gpe => true,
                    Label::Person => ends_in_group_noun(words) || ends_in_noun_after_name(words),
                    Label::Org => ends_in_person_role(words),
                    _ => false,
                }
        });
        if modifier_only || overlap.is_none() {
            if let Some(e) = self.by_description(words, span.start) {
                return (self.named(e, span), true);
            }
        }
        if overlap.is_none() {
            if let Some(e) = self.by_org_noun(words, span.start) {
                return (self.named(e, span), false);
            }
        }
        if modifier_only {
            // (`false`: as before, when the nationality or place was the speaker: a later "he"
            // looks for a named person, not for these words)
            return (self.unresolved(span), false);
        }
        if let Some((mut e, _)) = overlap {
            // a surname-only entity beside the full name: take the full name
            if self.entity(e).label == Label::Person && !self.entity(e).name.contains(' ') {
                if let Some(full) = self.by_surname(&self.entity(e).name) {
                    e = full;
                }
            }
            return (self.named(e, span), self.entity(e).label == Label::Person);
        }
        // (session 31) "Friends of Ana Ruiz", "Critics of Tom Keane": someone tied to the person
        // speaks, never the person
        if someone_of(words) {
            return (self.unresolved(span), false);
        }
        let name = name_in(words);
        if let Some(n) = &name {
            if let Some(e) = self.by_surname(n) {
                return (self.named(e, span), self.entity(e).label == Label::Person);
            }
        }
        let person = name.as_deref().is_some_and(|n| !looks_like_org(n));
        (
            Speaker {
                entity: None,
                name: name.unwrap_or_else(|| words.to_string()),
                mention: Some(span),
            },
            person,
        )
    }

    fn pronoun(
        &self,
        lower: &str,
        span: Span,
        prev: Option<&Prev<'_>>,
        para: usize,
    ) -> (Speaker, bool) {
        let personal = matches!(lower, "he" | "she" | "i");
        // "I" outside the quotation marks is the writer (an essay, a memoir, a blog, a
        // reporter's own account), whom the article rarely names as an entity: the latest
        // person named before it is almost never the one (PolNeAR train: about 15 right of 72).
        // The speaker stays the pronoun, with no entity.
        if lower == "i" {
            return (self.unresolved(span), personal);
        }
        // "it" is a body or a country; a nationality or a party ("Republicans") is "they"
        let labels: &[Label] = match lower {
            _ if personal => &[Label::Person],
            "it" => &[Label::Org, Label::Gpe],
            _ => &[Label::Org, Label::Norp, Label::Gpe],
        };
        let from_prev = prev.filter(|p| {
            p.person == personal
                // the writer's "I" is no one a "he" or "she" after it can be
                && !p.speaker.name.eq_ignore_ascii_case("i")
                && para.saturating_sub(p.para) <= 1
                && agrees(lower, &p.speaker.name)
                && p.speaker.entity.as_ref().is_none_or(|id| {
                    self.article
                        .entities
                        .iter()
                        .position(|e| &e.id == id)
                        .is_none_or(|i| {
                            let e = self.entity(i);
                            (e.label == Label::Person || labels.contains(&e.label))
                                && self.agrees_in_text(lower, i)
                        })
                })
        });
        // An entity named before it, when no quotation before it spoke: a person for "he" or
        // "she". "It" and "they" take a body (or, for "they", a nationality or a party in the
        // plural: "Democrats") only as the subject of the sentence right before theirs
        // ([`Resolver::subject_of_sentence_before`]): "Acme cut 40 jobs. “We regret it,” they
        // said." Further back, or deeper in a sentence, they stand for the people of a story, a
        // report, an email or an affidavit far more often than for a body named there, and
        // never for a place. "We" takes no entity (the writer, or a group the article does not
        // name). PolNeAR train and worldwide dev, by eye, with any entity before them: "they"
        // took a place or a body right in none of 40 cases, a plural nationality or party in 5
        // of 19; "it" a body in 7 of 19. A wrong speaker is worse than none: these stay the
        // pronoun, with no entity (a quotation's speaker still goes on: `"...," the agency
        // said. "...," it added.`).
        let entity_labels: &[Label] = match lower {
            _ if personal => &[Label::Person],
            "it" => &[Label::Org],
            "they" => &[Label::Org, Label::Norp],
            _ => &[],
        };
        let mut from_entities = self.latest_before(span.start, entity_labels, |e| {
            agrees(lower, &self.entity(e).name) && self.agrees_in_text(lower, e)
        });
        if !personal {
            from_entities = from_entities.filter(|&(at, e)| {
                self.subject_of_sentence_before(at, span.start)
                    && (self.entity(e).label == Label::Org || plural_word(&self.article.text, at))
            });
        }
        let use_prev = match (from_prev, from_entities) {
            (Some(p), Some((at, _))) => {
                p.at >= at
                    || p.speaker
                        .entity
                        .is_some_and_eq(from_entities.map(|x| x.1), self)
            }
            // no entities to compare with: only when no other name stands in between
            (Some(p), None) => !self.name_between(p.at, span.start),
            _ => false,
        };
        if use_prev {
            let p = from_prev.expect("checked above");
            return (
                Speaker {
                    entity: p.speaker.entity.clone(),
                    name: p.speaker.name.clone(),
                    mention: Some(span),
                },
                personal,
            );
        }
        if let Some((_, e)) = from_entities {
            return (self.named(e, span), personal);
        }
        (self.unresolved(span), personal)
    }

    /// (session 35) The person a possessive "his" or "her" at `span` stands for when the same
    /// sentence names one before it: the latest person mention there whose sex may be the
    /// pronoun's (`pronoun`, "he" or "she"), not a name modifying a noun. `Lopez stood by
    /// her comment that “…”` is Lopez's, whoever spoke in the paragraph before; `Pike faulted
    /// Lopez for her comment` is Lopez's too, the nearer one. (Subject pronouns keep the wider
    /// search: "he" in `Pike met Roe, and he said` is no one this can tell.)
    fn person_earlier_in_sentence(&self, pronoun: &str, span: Span) -> Option<usize> {
        let text = &self.article.text;
        let end = self.mentions.partition_point(|(m, _)| m.start < span.start);
        let &(m, e) = self.mentions[..end]
            .iter()
            .rev()
            .take(40)
            .find(|&&(m, e)| m.end <= span.start && self.entity(e).label == Label::Person)?;
        let between = text.get(m.end..span.start)?;
        let same_sentence =
            between.len() <= 160 && !between.contains(['.', '!', '?', ';', '\n', '“', '”', '"']);
        (same_sentence
            && !self.modifies_a_noun(m)
            && agrees(pronoun, &self.entity(e).name)
            && self.agrees_in_text(pronoun, e))
        .then_some(e)
    }

    /// The words at `span` (a pronoun, a count of people, words a place only modifies) as their
    /// own speaker, resolved to no entity.
    fn unresolved(&self, span: Span) -> Speaker {
        Speaker {
            entity: None,
            name: span.as_str(&self.article.text).to_string(),
            mention: Some(span),
        }
    }
}

trait SameEntity {
    fn is_some_and_eq(&self, other: Option<usize>, r: &Resolver<'_>) -> bool;
}

impl SameEntity for Option<String> {
    fn is_some_and_eq(&self, other: Option<usize>, r: &Resolver<'_>) -> bool {
        match (self, other) {
            (Some(id), Some(e)) => &r.entity(e).id == id,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($m:expr => $want:expr,)*) => {
            #[test]
            fn names() {
                $(assert_eq!(name_in($m).as_deref(), $want, "{}", $m);)*
            }
        };
    }

    #[test]
    fn pronouns_agree_with_first_names() {
        assert!(!agrees("she", "Robert Grant"));
        assert!(agrees("he", "Robert Grant"));
        assert!(!agrees("he", "Maria Lopez"));
        assert!(agrees("she", "Maria Lopez"));
        // a name the census gives to both sexes, a one-word name (maybe a surname), and
        // surname-first names whose surname is a rare census first name: no verdict
        assert!(agrees("she", "Jordan Reyes") && agrees("he", "Jordan Reyes"));
        assert!(agrees("she", "Robert"));
        assert!(agrees("he", "Li Jie") && agrees("he", "Yang Wei"));
        // other pronouns say nothing of sex
        assert!(agrees("they", "Maria Lopez") && agrees("i", "Robert Grant"));
    }

    #[test]
    fn honorifics_before_or_opening_a_mention() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).expect("name in text");
            honorific_at(text, Span::new(start, start + name.len()))
        };
        assert_eq!(at("Then Mr. Adler spoke.", "Adler"), Some(b'm'));
        assert_eq!(at("Then Mrs Adler spoke.", "Adler"), Some(b'f'));
        assert_eq!(at("Miss Adler spoke.", "Adler"), Some(b'f'));
        assert_eq!(at("(Ms. Adler spoke.)", "Adler"), Some(b'f'));
        assert_eq!(at("“Mr. Adler spoke.”", "Adler"), Some(b'm'));
        assert_eq!(at("Then Mr. Adler spoke.", "Mr. Adler"), Some(b'm'));
        // no honorific, or only a word ending like one
        assert_eq!(at("Then Adler spoke.", "Adler"), None);
        assert_eq!(at("Then Dr. Adler spoke.", "Adler"), None);
        assert_eq!(at("Then Amr. Adler spoke.", "Adler"), None);
        assert_eq!(at("The Summers Adler spoke.", "Adler"), None);
        assert_eq!(at("Mr.Adler spoke.", "Adler"), None);
        assert_eq!(at("Adler", "Adler"), None);
    }

    /// The lower-casing path `pronoun_of` replaced.
    fn pronoun_by_lower_casing(words: &str) -> Option<String> {
        let mut lower = words.to_lowercase();
        if let Some(&(_, p)) = POSSESSIVES.iter().find(|(w, _)| *w == lower) {
            lower = p.to_string();
        }
        super::super::attribution::is_pronoun(&lower).then_some(lower)
    }

    #[test]
    fn pronoun_of_agrees_with_lower_casing() {
        for w in [
            "he",
            "He",
            "HE",
            "she",
            "SHE",
            "They",
            "it",
            "We",
            "I",
            "i",
            "His",
            "HER",
            "their",
            "Its",
            "him",
            "the",
            "Kelvin",
            "\u{212A}",
            "H\u{212A}",
            "İt",
            "hé",
            "",
            "he ",
            "hes",
        ] {
            assert_eq!(
                pronoun_of(w),
                pronoun_by_lower_casing(w).as_deref(),
                "{w:?}"
            );
        }
    }

    /// `by_surname` without its quick refusal on the names' last bytes.
    fn by_surname_splitting_every_name(entities: &[Entity], name: &str) -> Option<usize> {
        let last = strip_possessive(name.split_whitespace().last()?).to_lowercase();
        let mut found = None;
        for (i, e) in entities.iter().enumerate() {
            let hit = matches!(e.label, Label::Person | Label::Org)
                && std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .filter_map(|n| n.split_whitespace().last())
                    .any(|w| w.to_lowercase() == last);
            if hit && e.name.contains(' ') {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    proptest::proptest! {
        /// `lower_in` is lower-casing the word and looking it up.
        #[test]
        fn lower_in_is_lower_casing(w in "[aAbBoOfFrRtTiInNkKmM.\u{212A}\u{130}é ]{0,5}") {
            for list in [PLACE_PREPOSITIONS, PREPOSITIONS, TITLES, ORG_HEADS, ALL_BUT, &["of", "for"][..]] {
                proptest::prop_assert_eq!(
                    lower_in(&w, list),
                    list.contains(&w.to_lowercase().as_str())
                );
            }
            for (list, has) in sets() {
                proptest::prop_assert_eq!(has(&w), list.contains(&w.to_lowercase().as_str()));
            }
        }
    }

    type Lookup = fn(&str) -> bool;

    /// The word sets, with the lists they are made from.
    fn sets() -> [(&'static [&'static str], Lookup); 4] {
        [
            (TITLES, |w| TITLE_SET.has_lower(w)),
            (ORG_HEADS, |w| ORG_HEAD_SET.has_lower(w)),
            (PREPOSITIONS, |w| PREPOSITION_SET.has_lower(w)),
            (PLACE_PREPOSITIONS, |w| PLACE_PREPOSITION_SET.has_lower(w)),
        ]
    }

    /// Every listed word, in any case, is in its set; and so is no near miss (a byte dropped,
    /// changed or added, a word of another list) that the list does not hold.
    #[test]
    fn word_sets_answer_as_their_lists() {
        let all: Vec<&str> = sets()
            .iter()
            .flat_map(|(list, _)| list.iter().copied())
            .collect();
        for (list, has) in sets() {
            for w in &all {
                let mut asked = vec![w.to_string(), w.to_uppercase(), format!("{w}s")];
                asked.push(w.replace('k', "\u{212A}"));
                for i in 0..w.len() {
                    let (a, b) = w.split_at(i);
                    asked.push(format!("{a}{}", &b[1..]));
                    asked.push(format!("{a}x{}", &b[1..]));
                    asked.push(format!("{a}.{b}"));
                    asked.push(format!("{}{}", a.to_uppercase(), b));
                }
                for q in asked {
                    assert_eq!(has(&q), lower_in(&q, list), "{q:?} in {list:?}");
                }
            }
            assert!(list.iter().all(|w| has(w)));
            for q in ["", ".", "x", "of ", " of", "\u{130}", "é", "mr.é"] {
                assert_eq!(has(q), lower_in(q, list), "{q:?} in {list:?}");
            }
        }
    }

    proptest::proptest! {
        /// Words the same lower-cased hash alike (what `by_surname`'s index needs).
        #[test]
        fn lower_hash_is_the_same_for_the_same_lower_case(
            w in "[aAkKzZ@`.\u{212A}é’ ]{0,20}",
            flips in proptest::collection::vec(proptest::bool::ANY, 20),
        ) {
            let other: String = w
                .chars()
                .zip(flips.iter().cycle())
                .map(|(c, &f)| if f { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .collect();
            proptest::prop_assert!(same_lower(&w, &other));
            proptest::prop_assert_eq!(lower_hash(&w), lower_hash(&other));
            proptest::prop_assert_eq!(lower_hash(&w), lower_hash(&w.to_lowercase()));
        }
    }

    proptest::proptest! {
        /// `words` splits as `char::is_whitespace` and commas do, ASCII or not.
        #[test]
        fn words_split_at_white_space_and_commas(
            s in "[ab,\t\n\u{0B}\u{0C}\r \u{85}\u{A0}\u{2009}\u{3000}é’.]{0,12}",
        ) {
            let want: Vec<&str> = s
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words(&s), want);
            let ascii: String = s.chars().filter(char::is_ascii).collect();
            let want: Vec<&str> = ascii
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words(&ascii), want);
        }
    }

    #[test]
    fn definite_roles_name_one_person() {
        let role = definite_role("the former Vermont senator").expect("a role");
        assert_eq!(
            (
                role.head.as_str(),
                role.prefix,
                role.former,
                role.capitalised
            ),
            ("senator", None, true, vec!["Vermont"])
        );
        let role = definite_role("The vice president of the bank").expect("a role");
        assert_eq!(
            (role.head.as_str(), role.prefix),
            ("president", Some("vice"))
        );
        let role = definite_role("the Wisconsin Republican").expect("a party member");
        assert_eq!(
            (role.head.as_str(), role.capitalised),
            ("republican", vec!["Wisconsin"])
        );
        for not_one in [
            "a senator",
            "the senators",
            "the senator's office",
            "The New York Times",
            "the company",
            "the",
        ] {
            assert!(definite_role(not_one).is_none(), "{not_one}");
        }
        assert!(description_fits(
            "senator",
            None,
            false,
            "Vermont Sen.",
            false
        ));
        assert!(!description_fits(
            "senator",
            None,
            true,
            "Vermont Sen.",
            false
        ));
        assert!(description_fits(
            "senator",
            None,
            true,
            "Vermont Sen.",
            true
        ));
        assert!(!description_fits(
            "president",
            None,
            false,
            "Vice President",
            false
        ));
        assert!(description_fits(
            "president",
            Some("vice"),
            false,
            "Vice President",
            false
        ));
        assert!(description_fits(
            "republican",
            None,
            false,
            "Republican Sen.",
            false
        ));
        assert!(!description_fits(
            "judge",
            None,
            false,
            "the judge's lawyer",
            false
        ));
    }

    #[test]
    fn listed_words_are_lower_case() {
        for list in [
            PLACE_PREPOSITIONS,
            PREPOSITIONS,
            TITLES,
            ORG_HEADS,
            ROLE_PREFIXES,
            PARTY_NOUNS,
            HEAD_ENDS,
        ] {
            assert!(
                list.iter().all(|w| w.is_ascii() && w.to_lowercase() == *w),
                "{list:?}"
            );
        }
        assert!(lower_in("ACROSS", PLACE_PREPOSITIONS));
        assert!(lower_in("Ban\u{212A}", ORG_HEADS) == ORG_HEADS.contains(&"bank"));
        assert!(!lower_in("acrosss", PLACE_PREPOSITIONS));
    }

    proptest::proptest! {
        /// The quick refusal turns down no name whose last word matches.
        #[test]
        fn by_surname_agrees_with_splitting_every_name(
            names in proptest::collection::vec(
                ("[aAbB \u{212A}é’'.\t]{0,6}", proptest::collection::vec("[aAbB \u{212A}é]{0,4}", 0..3), proptest::bool::ANY),
                0..5,
            ),
            asked in "[aAbB \u{212A}é’'s]{0,6}",
        ) {
            let entities: Vec<Entity> = names
                .into_iter()
                .map(|(name, aliases, person)| Entity {
                    id: String::new(),
                    label: if person { Label::Person } else { Label::Gpe },
                    name,
                    aliases,
                    mentions: Vec::new(),
                    descriptions: Vec::new(),
                })
                .collect();
            let article = Article { entities, ..Article::default() };
            proptest::prop_assert_eq!(
                Resolver::new(&article).by_surname(&asked),
                by_surname_splitting_every_name(&article.entities, &asked)
            );
        }
    }

    fn entities_with(mentions: Vec<Vec<Span>>) -> Vec<Entity> {
        mentions
            .into_iter()
            .map(|mentions| Entity {
                id: String::new(),
                label: Label::Person,
                name: String::new(),
                aliases: Vec::new(),
                mentions,
                descriptions: Vec::new(),
            })
            .collect()
    }

    /// The sort `sorted_mentions` packs into integers: of the tuples themselves.
    fn sorted_by_tuples(entities: &[Entity]) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .collect();
        all.sort();
        all
    }

    #[test]
    fn mentions_too_large_to_pack_sort_as_tuples() {
        let huge = usize::MAX - 10;
        let entities = entities_with(vec![
            vec![Span::new(5, 9), Span::new(huge, huge + 3)],
            vec![Span::new(5, 7), Span::new(5, 70_000)],
            vec![Span::new(9, 3), Span::new(5, 9)],
        ]);
        assert_eq!(sorted_mentions(&entities), sorted_by_tuples(&entities));
    }

    proptest::proptest! {
        /// Packed into integers, the mentions sort as the tuples do.
        #[test]
        fn packed_mentions_sort_as_tuples(
            raw in proptest::collection::vec(
                proptest::collection::vec((0usize..300, 0usize..20), 0..8),
                0..8,
            ),
        ) {
            let entities = entities_with(
                raw.into_iter()
                    .map(|ms| ms.into_iter().map(|(a, l)| Span::new(a, a + l)).collect())
                    .collect(),
            );
            proptest::prop_assert_eq!(sorted_mentions(&entities), sorted_by_tuples(&entities));
        }

        #[test]
        fn pronoun_of_agrees_on_any_word(w in "[hHeEsStTyYiIwWrRkK\u{212A}\u{130}é ]{0,6}") {
            let general = pronoun_by_lower_casing(&w);
            proptest::prop_assert_eq!(pronoun_of(&w), general.as_deref());
        }
    }

    t! {
        "Mayor Linda Haverford" => Some("Linda Haverford"),
        "U.S. Middle East envoy Steve Witkoff" => Some("Steve Witkoff"),
        "the Treasury Department" => Some("Treasury Department"),
        "the U.S. Treasury Department" => Some("U.S. Treasury Department"),
        "a spokesman for the agency" => None,
        "a spokesman for Acme" => None,
        "Gov. Mike Pence (R-Ind.)" => Some("Mike Pence"),
        "Secretary of State Ana Ruiz" => Some("Ana Ruiz"),
        "officials" => None,
        "Lopez" => Some("Lopez"),
        "Trump’s campaign" => None,
    }
}
