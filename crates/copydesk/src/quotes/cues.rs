//! The reporting words: verbs of saying in all their forms, and nouns that carry a quotation.

use std::ops::Range;
use std::sync::OnceLock;

/// A map keyed by words (or small integers): the crate's Fx-style hash, since `SipHash` cost more
/// than the rest of a lookup.
pub(crate) type WordMap<K, V> = crate::fxhash::FxMap<K, V>;

/// How a cue verb stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// `said`, `says`, `told`, `wrote`: takes the subject before it.
    Finite,
    /// `saying`, `stating`, `calling`: takes the subject of its clause.
    Participle,
    /// `say`, `tell` after an auxiliary (`would later say`).
    Base,
}

/// How strongly a verb signals a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// A verb of saying (said, told, wrote, tweeted, added, asked...).
    Speech,
    /// A verb that often frames quoted words (called, described, cited, labeled...).
    Framing,
}

/// Verbs of saying, as `base` or `base:3rd:past:participle`, for the irregular or doubled ones.
const SPEECH: &[&str] = &[
    "say:says:said:saying",
    "tell:tells:told:telling",
    "write:writes:wrote:writing",
    "sing:sings:sang:singing",
    "admit:admits:admitted:admitting",
    "quip:quips:quipped:quipping",
    "chat:chats:chatted:chatting",
    "add",
    "state",
    "tweet",
    "post",
    "note",
    "explain",
    "argue",
    "ask",
    "warn",
    "insist",
    "acknowledge",
    "claim",
    "declare",
    "announce",
    "reply",
    "respond",
    "continue",
    "recall",
    "remark",
    "observe",
    "suggest",
    "contend",
    "conclude",
    "caution",
    "complain",
    "emphasize",
    "emphasise",
    "stress",
    "concede",
    "predict",
    "promise",
    "vow",
    "urge",
    "report",
    "confirm",
    "deny",
    "charge",
    "allege",
    "counter",
    "joke",
    "shout",
    "yell",
    "scream",
    "chant",
    "testify",
    "maintain",
    "assert",
    "recount",
    "text",
    "email",
    "lament",
    "boast",
    "brag",
    "reflect",
    "wonder",
    "demand",
    "proclaim",
    "pledge",
    "repeat",
    "retort",
    "tout",
    "thunder",
    "whisper",
    "agree",
    "reiterate",
    "advise",
    "assure",
    "interject",
    "exclaim",
    "mutter",
    "answer",
    "opine",
    "speculate",
    "estimate",
    "indicate",
    "clarify",
    "elaborate",
    "point",
    "affirm",
    "inform",
    "recommend",
    "propose",
    "pronounce",
    "disclose",
    "reveal",
    "comment",
    "reason",
    "acknowledge",
    "surmise",
    "marvel",
    "muse",
    "plead",
    "beg",
    "groan",
    "sigh",
    "scoff",
    "laugh",
    "cry",
    "recommend",
    "signal",
    "underscore",
    "highlight",
    "predict",
    "forecast",
    "attest",
    "summarize",
    "summarise",
    "announce",
    "hint",
    "grumble",
    "protest",
    "object",
    "rail",
    "fume",
    "rage",
    "gush",
    "rave",
    "crow",
    "ponder",
    "apologize",
    "apologise",
    "challenge",
    "question",
    "command",
    "order",
    "instruct",
    "quote",
    "read",
];

/// Verbs that frame quoted words without always being speech.
const FRAMING: &[&str] = &[
    "call",
    "cite",
    "describe",
    "label",
    "dub",
    "term",
    "characterize",
    "characterise",
    "mock",
    "accuse",
    "blast",
    "slam",
    "criticize",
    "criticise",
    "praise",
    "dismiss",
    "decry",
    "denounce",
    "hail",
    "brand",
    "deride",
    "nickname",
    "refer",
    "tout",
    "condemn",
    "ridicule",
    "attack",
    "defend",
    "thank",
    "congratulate",
    "encourage",
    "invite",
    "threaten",
];

/// Verbs that report a clause without quotation marks (`said the plan would fail`, `argued
/// that …`, `a poll shows Clinton ahead`): the verbs of indirect speech. Narrower than
/// [`SPEECH`] where a verb rarely takes a reported clause ("asked", "shouted", "laughed"), wider
/// where one reports a belief or a finding ("thinks", "believes", "found", "shows").
const CLAUSE: &[&str] = &[
    "say:says:said:saying",
    "tell:tells:told:telling",
    "write:writes:wrote:writing",
    "think:thinks:thought:thinking",
    "find:finds:found:finding",
    "show:shows:showed:showing",
    "admit:admits:admitted:admitting",
    "add",
    "note",
    "argue",
    "claim",
    "warn",
    "explain",
    "insist",
    "acknowledge",
    "announce",
    "report",
    "contend",
    "suggest",
    "predict",
    "state",
    "assert",
    "maintain",
    "recall",
    "estimate",
    "concede",
    "allege",
    "testify",
    "emphasize",
    "emphasise",
    "stress",
    "confirm",
    "deny",
    "indicate",
    "reveal",
    "disclose",
    "declare",
    "conclude",
    "caution",
    "complain",
    "agree",
    "reiterate",
    "assure",
    "inform",
    "speculate",
    "counter",
    "believe",
    "hint",
    "boast",
    "brag",
    "observe",
    "promise",
    "vow",
    "pledge",
    "charge",
    "signal",
    "respond",
    "reply",
    "forecast",
    "remind",
    // intentions, beliefs and findings, reported as someone's position
    "feel:feels:felt:feeling",
    "learn:learns:learned:learning",
    "want",
    "plan:plans:planned:planning",
    "hope",
    "expect",
    "fear",
    "doubt",
    "demand",
    "urge",
    "intend",
    "decline",
    "refuse",
    "call",
    "ask",
    // positions reported through their object: "cited the poll", "criticized the plan"
    "cite",
    "mention",
    "question",
    "recommend",
    "propose",
    "criticize",
    "criticise",
    "accuse",
    "blame",
];

/// Appends the regular third person, past and participle of `base` to `forms`, and returns
/// where each lies in it.
fn push_regular_forms(base: &str, forms: &mut String) -> [Range<usize>; 3] {
    let mut push = |stem: &str, suffix: &str| {
        let start = forms.len();
        forms.push_str(stem);
        forms.push_str(suffix);
        start..forms.len()
    };
    let y_stem = (base.ends_with('y') && !base.ends_with("ay") && !base.ends_with("ey"))
        .then(|| &base[..base.len() - 1]);
    let third = if let Some(stem) = y_stem {
        push(stem, "ies")
    } else if base.ends_with('s')
        || base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('x')
    {
        push(base, "es")
    } else {
        push(base, "s")
    };
    let past = if base.ends_with('e') {
        push(base, "d")
    } else if let Some(stem) = y_stem {
        push(stem, "ied")
    } else {
        push(base, "ed")
    };
    let ing = if base.ends_with("ee") {
        push(base, "ing")
    } else if let Some(stem) = base.strip_suffix('e') {
        push(stem, "ing")
    } else {
        push(base, "ing")
    };
    [third, past, ing]
}

/// Every form of every cue verb, with its form and strength.
///
/// Its keys are `'static` slices: the listed forms are the lists' own, and the regular forms
/// are written into one string, kept for the life of the process, instead of one `String`
/// each (some 600 allocations at start-up, which every run pays).
fn table() -> &'static WordMap<&'static str, (Form, Strength)> {
    static TABLE: OnceLock<WordMap<&'static str, (Form, Strength)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lists = [(SPEECH, Strength::Speech), (FRAMING, Strength::Framing)];
        // The regular forms first, as ranges of `regular`: every entry with no listed forms
        // takes three, none longer than its base plus three bytes.
        let mut regular = String::with_capacity(
            lists
                .iter()
                .flat_map(|(list, _)| list.iter())
                .map(|e| 3 * (e.len() + 3))
                .sum(),
        );
        let mut entries = Vec::with_capacity(SPEECH.len() + FRAMING.len());
        for (list, strength) in lists {
            for &entry in list {
                let mut parts = entry.split(':');
                let base = parts.next().unwrap_or(entry);
                let forms = match (parts.next(), parts.next(), parts.next()) {
                    (Some(t), Some(p), Some(i)) => Ok([t, p, i]),
                    _ => Err(push_regular_forms(base, &mut regular)),
                };
                entries.push((base, forms, strength));
            }
        }
        let regular: &'static str = regular.leak();
        // four forms per entry and the two extra ones, so the map never grows
        let mut m = WordMap::with_capacity_and_hasher(
            4 * entries.len() + 2,
            std::hash::BuildHasherDefault::default(),
        );
        for (base, forms, strength) in entries {
            let [third, past, ing] = match forms {
                Ok(listed) => listed,
                Err(ranges) => ranges.map(|r| &regular[r]),
            };
            m.entry(base).or_insert((Form::Base, strength));
            m.entry(third).or_insert((Form::Finite, strength));
            m.entry(past).or_insert((Form::Finite, strength));
            m.entry(ing).or_insert((Form::Participle, strength));
        }
        m.insert("written", (Form::Finite, Strength::Speech));
        m.insert("sang", (Form::Finite, Strength::Speech));
        m
    })
}

/// The cue form of a lower-cased word, if it is a cue verb.
pub(crate) fn verb(lower: &str) -> Option<(Form, Strength)> {
    table().get(lower).copied()
}

/// Whether a word, as it stands in the text, may be a cue verb once lower-cased: `false` only
/// when [`verb`] of its lower-cased form is surely `None`, tested on its own bytes. Every verb
/// form is ASCII letters, so an ASCII word must be as long as one and begin and end with the
/// same letters (ignoring case); a word with other characters may lower-case to ASCII (the
/// Kelvin sign does), so it may be one. Most words fail this test, and are neither lower-cased
/// nor looked up.
pub(crate) fn may_be_verb(word: &str) -> bool {
    may_be_in(word, ends())
}

/// [`may_be_verb`] for the verb forms whose lengths by first and last letter are `ends`.
#[inline]
fn may_be_in(word: &str, ends: &[u16; 26 * 26]) -> bool {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if !b.is_ascii() {
        // `’` and the rest of General Punctuation (U+2000 to U+203F, bytes E2 80 and one more)
        // have no case: a word holding one lower-cases to no run of ASCII letters (`’` turns
        // into `'`, no letter either). News text has them in "Trump’s", "don’t".
        return !b.windows(2).any(|w| w == [0xE2, 0x80]);
    }
    let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    if b.len() >= 16 || !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
        return false;
    }
    ends[end_index(first, last)] & (1 << b.len()) != 0
}

/// The forms of the verbs of indirect speech ([`CLAUSE`]), with the lengths of their forms by
/// first and last letter (as in [`ends`]).
struct ClauseTable {
    forms: WordMap<&'static str, Form>,
    ends: [u16; 26 * 26],
}

fn clause_table() -> &'static ClauseTable {
    static TABLE: OnceLock<ClauseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut regular = String::with_capacity(CLAUSE.iter().map(|e| 3 * (e.len() + 3)).sum());
        let mut entries = Vec::with_capacity(CLAUSE.len());
        for &entry in CLAUSE {
            let mut parts = entry.split(':');
            let base = parts.next().unwrap_or(entry);
            let forms = match (parts.next(), parts.next(), parts.next()) {
                (Some(t), Some(p), Some(i)) => Ok([t, p, i]),
                _ => Err(push_regular_forms(base, &mut regular)),
            };
            entries.push((base, forms));
        }
        let regular: &'static str = regular.leak();
        let mut forms = WordMap::with_capacity_and_hasher(
            4 * entries.len(),
            std::hash::BuildHasherDefault::default(),
        );
        for (base, listed) in entries {
            let [third, past, ing] = match listed {
                Ok(listed) => listed,
                Err(ranges) => ranges.map(|r| &regular[r]),
            };
            forms.entry(base).or_insert(Form::Base);
            forms.entry(third).or_insert(Form::Finite);
            forms.entry(past).or_insert(Form::Finite);
            forms.entry(ing).or_insert(Form::Participle);
        }
        let ends = ends_of(forms.keys().copied());
        ClauseTable { forms, ends }
    })
}

/// The form of a lower-cased word if it is a verb of indirect speech ([`CLAUSE`]).
pub(crate) fn clause_verb(lower: &str) -> Option<Form> {
    clause_table().forms.get(lower).copied()
}

/// Third-person forms of verbs of indirect speech that are as often plural nouns ("doubts
/// persist", "his plans", "the reports"): read as verbs only right after their subject.
pub(crate) const NOUN_LIKE: &[&str] = &[
    "doubts",
    "fears",
    "hopes",
    "plans",
    "claims",
    "calls",
    "reports",
    "shows",
    "questions",
    "charges",
    "notes",
    "demands",
    "signals",
    "pledges",
    "promises",
    "vows",
    "estimates",
    "states",
    "cites",
    "mentions",
    "forecasts",
    "counters",
    "replies",
    "responds",
    "findings",
];

/// Base forms of verbs of indirect speech read as a present tense after a plural subject
/// ("experts say", "critics argue"); the other base forms are as often nouns ("the jobs
/// report", "a TV show") and report only after an auxiliary.
pub(crate) const PRESENT_PLURAL: &[&str] = &[
    "say",
    "tell",
    "think",
    "believe",
    "argue",
    "warn",
    "insist",
    "agree",
    "contend",
    "predict",
    "suggest",
    "maintain",
    "acknowledge",
    "admit",
    "explain",
    "want",
    "expect",
    "feel",
    "write",
    "note",
    "fear",
];

/// Whether a text may report speech: it holds a word that is a verb of indirect speech in a
/// form that can carry a report (any form but a base form outside [`PRESENT_PLURAL`]; "say"
/// after "would" is in it), or "according". A byte scan with no tokens made, so that the many
/// sentences that report nothing cost one quick pass.
pub(crate) fn may_report(text: &str) -> bool {
    let b = text.as_bytes();
    let table = clause_table();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let end = i + crate::swar::ascii_alnum_run(&b[i..]);
        let len = end - i;
        // a run glued to a letter outside ASCII is part of a longer word
        let whole = b.get(end).is_none_or(|&x| x < 0x80) && (i == 0 || b[i - 1] < 0x80);
        if whole && (3..16).contains(&len) {
            let (first, last) = (b[i].to_ascii_lowercase(), b[end - 1].to_ascii_lowercase());
            if last.is_ascii_lowercase() && table.ends[end_index(first, last)] & (1 << len) != 0 {
                let mut buf = [0u8; 16];
                let low = &mut buf[..len];
                low.copy_from_slice(&b[i..end]);
                low.make_ascii_lowercase();
                if let Ok(w) = std::str::from_utf8(low) {
                    match clause_verb(w) {
                        Some(Form::Base) if !PRESENT_PLURAL.contains(&w) => {}
                        // nouns far more often than verbs ("the United States")
                        Some(_) if matches!(w, "states" | "questions") => {}
                        Some(_) => return true,
                        None => {}
                    }
                }
            }
            if len == 9 && b[i..end].eq_ignore_ascii_case(b"according") {
                return true;
            }
        }
        i = end;
    }
    false
}

/// Whether a word, as it stands in the text, may be a verb of indirect speech once
/// lower-cased: [`may_be_verb`] for [`clause_verb`].
pub(crate) fn may_be_clause_verb(word: &str) -> bool {
    may_be_in(word, &clause_table().ends)
}

/// The slot of a word's first and last letters (ASCII lower-case) in [`ends`].
fn end_index(first: u8, last: u8) -> usize {
    usize::from(first - b'a') * 26 + usize::from(last - b'a')
}

/// For every first and last letter, the lengths (as bits) of the verb forms with them.
fn ends() -> &'static [u16; 26 * 26] {
    static ENDS: OnceLock<[u16; 26 * 26]> = OnceLock::new();
    ENDS.get_or_init(|| ends_of(table().keys().copied()))
}

/// For every first and last letter, the lengths (as bits) of the `forms` with them.
fn ends_of<'w>(forms: impl Iterator<Item = &'w str>) -> [u16; 26 * 26] {
    let mut ends = [0u16; 26 * 26];
    for w in forms {
        let b = w.as_bytes();
        // every form is 3 to 14 ASCII letters (checked by a test)
        if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
            if b.len() < 16 && f.is_ascii_lowercase() && l.is_ascii_lowercase() {
                ends[end_index(f, l)] |= 1 << b.len();
            }
        }
    }
    ends
}

/// Whether a lower-cased word is a noun carrying someone's words: "Trump’s claim that ...".
/// (A `match`: compiled to a switch on the length, then a few comparisons; the rules ask it of
/// every word of a sentence before a quotation.)
pub(crate) fn noun(lower: &str) -> bool {
    matches!(
        lower,
        "claim"
            | "claims"
            | "statement"
            | "statements"
            | "remark"
            | "remarks"
            | "comment"
            | "comments"
            | "words"
            | "tweet"
            | "tweets"
            | "description"
            | "promise"
            | "promises"
            | "assertion"
            | "warning"
            | "testimony"
            | "message"
            | "speech"
            | "letter"
            | "post"
            | "declaration"
            | "pledge"
            | "vow"
            | "assessment"
            | "argument"
            | "accusation"
            | "allegation"
            | "charge"
            | "characterization"
            | "suggestion"
            | "insistence"
            | "response"
            | "answer"
            | "reply"
            | "question"
            | "plea"
            | "call"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($word:expr => $want:expr,)*) => {
            #[test]
            fn forms() {
                $(assert_eq!(verb($word).map(|v| v.0), $want, "{}", $word);)*
            }
        };
    }

    #[test]
    fn every_verb_form_may_be_a_verb() {
        for w in table().keys() {
            assert!(
                w.len() < 16 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(may_be_verb(w), "{w}");
            assert!(may_be_verb(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["", "a", "of", "2016", "U.S.", "x-ray"] {
            assert!(!may_be_verb(w), "{w}");
        }
        // not ASCII: it may lower-case to a verb form (a Kelvin sign for the k)
        assert!(may_be_verb("as\u{212A}"));
        for w in ["Trump’s", "don’t", "said—", "‘said", "said\u{2009}"] {
            assert!(!may_be_verb(w), "{w}");
        }
    }

    #[test]
    fn every_clause_verb_form_may_be_one() {
        for w in clause_table().forms.keys() {
            assert!(
                w.len() < 16 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(may_be_clause_verb(w), "{w}");
            assert!(may_be_clause_verb(&w.to_ascii_uppercase()), "{w}");
        }
        assert_eq!(clause_verb("said"), Some(Form::Finite));
        assert_eq!(clause_verb("believes"), Some(Form::Finite));
        assert_eq!(clause_verb("found"), Some(Form::Finite));
        assert_eq!(clause_verb("saying"), Some(Form::Participle));
        assert_eq!(clause_verb("say"), Some(Form::Base));
        // speech, but not of a reported clause
        assert_eq!(clause_verb("shouted"), None);
        assert_eq!(clause_verb("laughed"), None);
        assert!(!may_be_clause_verb("table"));
        assert!(may_report(
            "The mayor said on Monday the plan would go ahead."
        ));
        assert!(may_report("Experts SAY it will rain."));
        assert!(may_report("It would rain, according to the forecast."));
        // a base form that is as often a noun, a verb inside a longer word, a word outside ASCII
        assert!(!may_report("The jobs report came out."));
        assert!(!may_report("Her essays sold well."));
        assert!(!may_report("Ésaid and saidé are no words."));
        assert!(!may_report(""));
    }

    proptest::proptest! {
        /// `may_be_verb` never turns down a word that lower-cases to a verb form.
        #[test]
        fn may_be_verb_keeps_every_verb(w in "[a-zA-Z\u{212A}é’‘—\u{2009}.-]{0,16}") {
            if verb(&w.to_lowercase()).is_some() || verb(&w.to_lowercase().replace('’', "'")).is_some() {
                proptest::prop_assert!(may_be_verb(&w));
            }
        }
    }

    t! {
        "said" => Some(Form::Finite),
        "says" => Some(Form::Finite),
        "told" => Some(Form::Finite),
        "stating" => Some(Form::Participle),
        "stated" => Some(Form::Finite),
        "calling" => Some(Form::Participle),
        "citing" => Some(Form::Participle),
        "denied" => Some(Form::Finite),
        "testifies" => Some(Form::Finite),
        "wrote" => Some(Form::Finite),
        "tweeted" => Some(Form::Finite),
        "acknowledged" => Some(Form::Finite),
        "agreeing" => Some(Form::Participle),
        "say" => Some(Form::Base),
        "table" => None,
        "mayor" => None,
    }
}
