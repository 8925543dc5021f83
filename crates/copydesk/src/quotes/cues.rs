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
    // (session 29) a listener, then "to" or "that": "encouraged voters to …", "ordered the
    // agency to …", "ordered that …"
    "encourage",
    "order",
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
    // stances reported through their object: "endorsed Cruz", "defended the plan"
    "endorse",
    "support",
    "oppose",
    "back",
    "praise",
    "defend",
    // ("attacks", "talks" are plural nouns far more often than verbs: no third person)
    "attack:attacked:attacked:attacking",
    "blast",
    // (doubled: "slammed", "slamming")
    "slam:slams:slammed:slamming",
    "condemn",
    "denounce",
    "decry",
    "reject",
    "dismiss",
    "tout",
    "echo:echoes:echoed:echoing",
    "express",
    "seek:seeks:sought:seeking",
    "offer",
    "mock",
    "recount",
    "describe",
    "discuss",
    // with a particle: "pointed to", "pointed out", "referred to", "talked about"
    "point",
    "refer:refers:referred:referring",
    "talk:talks:talked:talking",
    "speak:speaks:spoke:speaking",
    "worry",
    // (session 17) "railed against the plan", "rails at the council"
    "rail",
    // (session 17) "tweeted that …", "tweeted a photo of …" ("tweets" is as often a plural noun)
    "tweet:tweeted:tweeted:tweeting",
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
        let entries = forms_of(&[SPEECH, FRAMING]);
        // four forms per entry and the two extra ones, so the map never grows
        let mut m = WordMap::with_capacity_and_hasher(
            4 * entries.len() + 2,
            std::hash::BuildHasherDefault::default(),
        );
        for (k, [base, third, past, ing]) in entries.into_iter().enumerate() {
            let strength = if k < SPEECH.len() {
                Strength::Speech
            } else {
                Strength::Framing
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

/// Every entry of `lists`, in order, as its base, third person, past and participle: the listed
/// forms (`base:3rd:past:participle`) as they are, the regular ones written into one string
/// kept for the life of the process.
fn forms_of(lists: &[&'static [&'static str]]) -> Vec<[&'static str; 4]> {
    let all = || lists.iter().flat_map(|list| list.iter());
    // every entry with no listed forms takes three, none longer than its base plus three bytes
    let mut regular = String::with_capacity(all().map(|e| 3 * (e.len() + 3)).sum());
    let mut entries = Vec::with_capacity(all().count());
    for &entry in all() {
        let mut parts = entry.split(':');
        let base = parts.next().unwrap_or(entry);
        let forms = match (parts.next(), parts.next(), parts.next()) {
            (Some(t), Some(p), Some(i)) => Ok([t, p, i]),
            _ => Err(push_regular_forms(base, &mut regular)),
        };
        entries.push((base, forms));
    }
    let regular: &'static str = regular.leak();
    entries
        .into_iter()
        .map(|(base, forms)| {
            let [third, past, ing] = match forms {
                Ok(listed) => listed,
                Err(ranges) => ranges.map(|r| &regular[r]),
            };
            [base, third, past, ing]
        })
        .collect()
}

/// Whether the lower-cased word is a finite auxiliary or modal ("is", "was", "has", "would",
/// "did"): a clause's verb, where it stands.
pub(crate) fn is_finite_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "does"
            | "did"
    )
}

/// The cue form of a lower-cased word, if it is a cue verb.
pub(crate) fn verb(lower: &str) -> Option<(Form, Strength)> {
    table().get(lower).copied()
}

/// The forms of the verbs of indirect speech ([`CLAUSE`]), with their [`Shapes`].
struct ClauseTable {
    /// Keyed by bytes, so that a word lower-cased into a byte buffer is looked up as it is.
    forms: WordMap<&'static [u8], Form>,
    shapes: Shapes,
}

fn clause_table() -> &'static ClauseTable {
    static TABLE: OnceLock<ClauseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let entries = forms_of(&[CLAUSE]);
        let mut forms = WordMap::with_capacity_and_hasher(
            4 * entries.len(),
            std::hash::BuildHasherDefault::default(),
        );
        for [base, third, past, ing] in entries {
            forms.entry(base.as_bytes()).or_insert(Form::Base);
            forms.entry(third.as_bytes()).or_insert(Form::Finite);
            forms.entry(past.as_bytes()).or_insert(Form::Finite);
            forms.entry(ing.as_bytes()).or_insert(Form::Participle);
        }
        let shapes = Shapes::of(forms.keys().copied());
        ClauseTable { forms, shapes }
    })
}

/// The form of a lower-cased word if it is a verb of indirect speech ([`CLAUSE`]).
pub(crate) fn clause_verb(lower: &str) -> Option<Form> {
    clause_table().forms.get(lower.as_bytes()).copied()
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
    "supports",
    "backs",
    "orders",
    // (session 29) "the talks": a verb only after its subject ("Ann Roe talks about …")
    "talks",
    "offers",
    "echoes",
    "points",
    "worries",
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
    // only after a document or a count ("polls show", "studies find"; not "TV shows show")
    "show",
    "find",
];

/// (Session 18) More base forms read as a present tense after a plural subject, as
/// [`PRESENT_PLURAL`], but not asked of every sentence ([`may_report`] does not look for them:
/// they are common as infinitives and nouns, and reading every sentence holding one cost more
/// than it found): stances and complaints ("critics oppose the plan", "residents complain that
/// …"), read where another word made the sentence worth reading.
pub(crate) const PRESENT_PLURAL_MORE: &[&str] = &[
    "oppose",
    "criticize",
    "defend",
    "reject",
    "urge",
    "complain",
    "deny",
    "dismiss",
    "condemn",
    "denounce",
    "endorse",
    "recall",
    "concede",
    "stress",
    "emphasize",
    "mention",
    "accuse",
    "propose",
    "recommend",
];

/// More base forms as [`PRESENT_PLURAL_MORE`], but as often nouns ("Republican support", "his
/// call", "a point"): a present tense only after a pronoun, a count or a word in `-s` ("critics
/// call it …", "they hope …"), never after a capitalised singular ("Clinton support").
pub(crate) const PLURAL_ONLY: &[&str] = &[
    "hope", "support", "call", "point", "claim", "blame", "doubt", "worry",
];

/// Every base form read as a present tense only where the word before allows it:
/// [`PRESENT_PLURAL_MORE`] and [`PLURAL_ONLY`].
pub(crate) fn more_base_forms() -> impl Iterator<Item = &'static str> {
    PRESENT_PLURAL_MORE.iter().chain(PLURAL_ONLY).copied()
}

/// Whether a text may report speech: it holds a word that is a verb of indirect speech in a
/// form that can carry a report (any form but a base form outside [`PRESENT_PLURAL`]; "say"
/// after "would" is in it), or "according". A byte scan with no tokens made, so that the many
/// sentences that report nothing cost one quick pass: eight bytes at a time to the next letter
/// and to the end of its run, and one exact look-up of the run as it stands ([`word_keys`]).
pub(crate) fn may_report(text: &str) -> bool {
    let b = text.as_bytes();
    let keys = word_keys();
    let whole = |i: usize, end: usize| {
        (b.get(end).is_none_or(|&x| x < 0x80) && (i == 0 || b[i - 1] < 0x80))
            || whole_run(text, i, end)
    };
    // The next run of ASCII letters and digits starts at the first letter from `i` on.
    let mut i = 0;
    while i < b.len() {
        // The common case: eight bytes loaded hold the run's first letter and its end, and
        // make its key. One test of the key turns down most runs, a branch rarely taken; a
        // run glued to a letter outside ASCII is part of a longer word.
        let x = crate::swar::load_padded(b, i);
        let letters = crate::swar::letter_bytes(x);
        if letters == 0 {
            i += 8;
            continue;
        }
        let s = (letters.trailing_zeros() / 8) as usize;
        let stop = !crate::swar::alnum_bytes(x) & crate::swar::HIGH_BITS & (u64::MAX << (8 * s));
        if stop != 0 {
            // (past the text's end the chunk holds zeros, which stop a run: `e` is then at
            // most the text's length)
            let e = (stop.trailing_zeros() / 8) as usize;
            if keys.may_hold(super::keys::head_key(x >> (8 * s), e - s)) {
                let f = keys.find(b, i + s, i + e, x >> (8 * s));
                if f & REPORTS != 0 && whole(i + s, i + e) && reports_here(f, b, i + s, i + e) {
                    return true;
                }
            }
            // the byte ending the run is no letter: the next run starts after it at the earliest
            i += e + 1;
            continue;
        }
        // a run going on past the eight bytes
        let start = i + s;
        let end = start + crate::swar::ascii_alnum_run(&b[start..]);
        let f = keys.get(b, start, end);
        if f & REPORTS != 0 && whole(start, end) && reports_here(f, b, start, end) {
            return true;
        }
        i = end + 1;
    }
    false
}

/// [`CLAUSE_FORM`] bits of a base form.
const BASE_BITS: u8 = 3;

/// Whether a word with [`REPORTS`] among its flags `f` makes its sentence worth reading: any
/// but a base form of [`more_base_forms`] (flagged [`NOUN_LIKE_WORD`] too), which needs the
/// word before it ([`base_reports`]).
#[inline]
fn reports_here(f: u8, b: &[u8], start: usize, end: usize) -> bool {
    f & (CLAUSE_FORM | NOUN_LIKE_WORD) != (BASE_BITS | NOUN_LIKE_WORD)
        || base_reports(b, start, end)
}

/// Whether the base form `b[start..end]` is one of [`more_base_forms`] after a word that
/// may make it a present tense or a verb after its auxiliary (session 18): a modal or "did",
/// "not" or a contracted one, a count, a word in `-s` (`would oppose`, `didn't support`,
/// `critics call`; not a pronoun, `we support`, most often inside someone's own words). Asked only of the base forms [`may_report`] does not
/// take at once, so that sentences holding "support" or "hope" as nouns stay unread.
#[cold]
#[inline(never)]
fn base_reports(b: &[u8], start: usize, end: usize) -> bool {
    let w = &b[start..end];
    if !more_base_forms().any(|m| m.as_bytes().eq_ignore_ascii_case(w)) {
        return false;
    }
    // the word before, after one space
    let Some(e) = start.checked_sub(1).filter(|&e| b[e] == b' ') else {
        return false;
    };
    let a = b[..e]
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'%' | 0x80..)))
        .map_or(0, |p| p + 1);
    let prev = &b[a..e];
    let is = |x: &[u8]| prev.eq_ignore_ascii_case(x);
    // a plural ("critics", not "his", "this", "Roe's"), a count, a contracted "not"
    let plural = prev.len() >= 4
        && prev.ends_with(b"s")
        && !(prev.ends_with(b"ss")
            || prev.ends_with(b"us")
            || prev.ends_with(b"is")
            || prev.ends_with(b"'s")
            || prev.ends_with("’s".as_bytes()));
    plural
        || matches!(prev.last(), Some(b'%' | b'0'..=b'9'))
        || prev.ends_with(b"n't")
        || prev.ends_with("n’t".as_bytes())
        || [
            &b"would"[..],
            b"will",
            b"did",
            b"does",
            b"do",
            b"can",
            b"could",
            b"may",
            b"might",
            b"must",
            b"should",
            b"not",
            b"never",
            b"also",
            b"still",
        ]
        .iter()
        .any(|x| is(x))
}

/// Whether the run of ASCII letters and digits `text[i..end]` is a whole word: no letter or
/// digit outside ASCII glued to it ("Ésaid", "saidé"). A no-break space, a dash or a curly
/// quotation mark next to it ends the word, as it does for the tokenizer ("The star\u{a0}noted
/// …" has the word "noted"). Asked only of the few runs that are verb forms.
#[cold]
#[inline(never)]
fn whole_run(text: &str, i: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (b.get(end).is_none_or(|&x| x < 0x80) || !letter(text[end..].chars().next()))
        && (i == 0 || b[i - 1] < 0x80 || !letter(text[..i].chars().next_back()))
}

/// [`word_keys`] flags: the form of a verb of indirect speech ([`clause_verb`]), in the low
/// two bits (0 for none).
pub(crate) const CLAUSE_FORM: u8 = 0b11;
/// (session 28) Forms of "seem" and "appear", which make [`may_report`] true: `The plan seems
/// to be failing` is an impression the sentence reports with no speaker.
/// (and session 28) adjectives of belief after "be" (`is confident that …`), and the
/// participles of a passive of judgment (`is seen as …`, `is known for …`).
pub(crate) const SEEMING: &[&str] = &[
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "confident",
    "convinced",
    "hopeful",
    "optimistic",
    "concerned",
    "worried",
    "certain",
    "seen",
    "viewed",
    "regarded",
    "known",
    // (session 29) `made (it) clear that …`: a stand the subject makes known
    "clear",
    // (session 29) `The board has reportedly sold the pier`: a report with no source named
    "reportedly",
];

/// [`word_keys`] flag: a word that makes [`may_report`] true.
const REPORTS: u8 = 1 << 2;
/// [`word_keys`] flags: the form of a cue verb ([`verb`]), in two bits (0 for none).
const CUE_FORM: u8 = 0b11 << 3;
/// [`word_keys`] flag: a cue verb of [`Strength::Framing`].
const FRAMING_CUE: u8 = 1 << 5;
/// [`word_keys`] flag: "according".
const ACCORDING: u8 = 1 << 6;
/// [`word_keys`] flag: one of [`NOUN_LIKE`].
const NOUN_LIKE_WORD: u8 = 1 << 7;

fn form_bits(form: Form) -> u8 {
    match form {
        Form::Finite => 1,
        Form::Participle => 2,
        Form::Base => 3,
    }
}

fn form_of_bits(bits: u8) -> Option<Form> {
    match bits {
        1 => Some(Form::Finite),
        2 => Some(Form::Participle),
        3 => Some(Form::Base),
        _ => None,
    }
}

/// Every cue verb form ([`verb`]) and every form of a verb of indirect speech ([`clause_verb`])
/// in one table of exact keys, with what each is, and "according": one look-up of a word as it
/// stands in the text, instead of a shape test, a lower-cased copy and a hash of its bytes.
pub(crate) fn word_keys() -> &'static super::keys::Keys {
    static KEYS: OnceLock<super::keys::Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let cue = table().iter().map(|(w, &(form, strength))| {
            let framing = if strength == Strength::Framing {
                FRAMING_CUE
            } else {
                0
            };
            (w.as_bytes(), (form_bits(form) << 3) | framing)
        });
        let clause = clause_table().forms.iter().map(|(&w, &form)| {
            // as `may_report` was first written: a form of 3 to 15 letters, not a base form
            // that is as often a noun, not "states" or "questions"
            let base_noun = form == Form::Base && !PRESENT_PLURAL.iter().any(|p| p.as_bytes() == w);
            let reports =
                (3..16).contains(&w.len()) && !base_noun && !matches!(w, b"states" | b"questions");
            (w, form_bits(form) | if reports { REPORTS } else { 0 })
        });
        let according: [(&[u8], u8); 1] = [(b"according", REPORTS | ACCORDING)];
        let noun_like = NOUN_LIKE.iter().map(|w| (w.as_bytes(), NOUN_LIKE_WORD));
        // (session 18) a base form of `more_base_forms` reports after the right word
        // only (`reports_here`): both flags, so that the scan's one test of a key stays one
        let more = more_base_forms().map(|w| (w.as_bytes(), REPORTS | NOUN_LIKE_WORD));
        // (session 28) "seems", "appeared": an impression reported with no speaker
        let seeming = SEEMING.iter().map(|w| (w.as_bytes(), REPORTS));
        super::keys::Keys::new(
            cue.chain(clause)
                .chain(according)
                .chain(noun_like)
                .chain(more)
                .chain(seeming),
        )
    })
}

/// Whether the ASCII word `text[start..end]` as it stands, ignoring case, is a form of a verb of
/// indirect speech ([`clause_verb`]) or "according".
#[inline]
pub(crate) fn clause_verb_or_according_at(text: &[u8], start: usize, end: usize) -> bool {
    word_keys().get(text, start, end) & (CLAUSE_FORM | ACCORDING) != 0
}

/// [`clause_verb`] of the ASCII word `text[start..end]` as it stands, ignoring case, and
/// whether the word is one of [`NOUN_LIKE`].
#[inline]
pub(crate) fn clause_verb_at(text: &[u8], start: usize, end: usize) -> Option<(Form, bool)> {
    let flags = word_keys().get(text, start, end);
    form_of_bits(flags & CLAUSE_FORM).map(|f| (f, flags & NOUN_LIKE_WORD != 0))
}

/// The lower-case word of `b` after the white space at `p`: its start and end (empty when no
/// lower-case letter follows the white space). The byte scans' look at the word after a
/// candidate break, before anything is tokenised.
pub(crate) fn lower_word_at(b: &[u8], p: usize) -> (usize, usize) {
    let i = p + b[p..]
        .iter()
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    (
        i,
        i + b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count(),
    )
}

/// Whether the bytes `b` hold " and " or " but " before a finite verb of indirect speech
/// (`and said`, `but also noted`) or, if `pronoun`, a personal pronoun (`and he`, `but I`): a scan for the two
/// words and one look-up of the word after each, before any token is made (the break that
/// hands over to a quotation after it, or goes on after one).
pub(crate) fn and_but_then_verb(b: &[u8], pronoun: bool) -> bool {
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
    let word = |p: usize| lower_word_at(b, p);
    let finders = FINDERS.get_or_init(|| {
        [
            memchr::memmem::Finder::new(b" and "),
            memchr::memmem::Finder::new(b" but "),
        ]
    });
    finders.iter().any(|f| {
        f.find_iter(b).any(|p| {
            let (mut i, mut e) = word(p + 5);
            if &b[i..e] == b"also" {
                (i, e) = word(e);
            }
            (pronoun
                && (matches!(&b[i..e], b"he" | b"she" | b"they" | b"we")
                    || b[i..].starts_with(b"I ")))
                || (e > i && clause_verb_at(b, i, e).is_some_and(|(f, _)| f == Form::Finite))
        })
    })
}

/// Whether the bytes `b` hold ", who " before a finite verb of indirect speech (`, who said`,
/// `, who added`): a scan and one look-up of the word after each, before any token is made.
pub(crate) fn who_then_verb(b: &[u8]) -> bool {
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new(b", who "));
    finder.find_iter(b).any(|p| {
        let i = p + 6;
        let e = i + b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        e > i && clause_verb_at(b, i, e).is_some_and(|(f, _)| f == Form::Finite)
    })
}

/// [`verb`] of the ASCII word `text[start..end]` as it stands, ignoring case.
#[inline]
pub(crate) fn verb_at(text: &[u8], start: usize, end: usize) -> Option<(Form, Strength)> {
    let flags = word_keys().get(text, start, end);
    let strength = if flags & FRAMING_CUE != 0 {
        Strength::Framing
    } else {
        Strength::Speech
    };
    form_of_bits((flags & CUE_FORM) >> 3).map(|f| (f, strength))
}

/// The shapes of the forms of the verbs of indirect speech ([`clause_verb`]).
pub(crate) fn clause_shapes() -> &'static Shapes {
    &clause_table().shapes
}

/// The shapes of the cue verb forms ([`verb`]).
pub(crate) fn shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| Shapes::of(table().keys().map(|w| w.as_bytes())))
}

/// For three pairs of letters of a word (first and last, first and second, second-to-last and
/// last), the lengths (as bits) of the forms with that pair: a quick refusal of most words
/// that are no form, before any lower-casing or lookup. A form has each of its pairs set, so
/// no form is refused; three pairs turn down about three in five of the words that the first
/// and last letters alone let through ("and" for "add", "have" for "hope").
pub(crate) struct Shapes {
    ends: [u16; 26 * 26],
    heads: [u16; 26 * 26],
    tails: [u16; 26 * 26],
}

impl Shapes {
    /// Whether a word, as it stands in the text, may be one of the forms once lower-cased:
    /// `false` only when its lower-cased form is surely none of them, tested on its own bytes.
    /// Every form is ASCII letters, so an ASCII word must be as long as one and begin and end
    /// with the same letters (ignoring case); a word with other characters may lower-case to
    /// ASCII (the Kelvin sign does), so it may be one. Most words fail this test, and are
    /// neither lower-cased nor looked up.
    #[inline]
    pub(crate) fn may_be(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if !b.is_ascii() {
            // `’` and the rest of General Punctuation (U+2000 to U+203F, bytes E2 80 and one
            // more) have no case: a word holding one lower-cases to no run of ASCII letters
            // (`’` turns into `'`, no letter either). News text has them in "Trump’s", "don’t".
            return !b.windows(2).any(|w| w == [0xE2, 0x80]);
        }
        self.admit(b)
    }

    /// The shapes of `forms`, each 2 to 15 ASCII lower-case letters (checked by a test).
    fn of<'w>(forms: impl Iterator<Item = &'w [u8]>) -> Shapes {
        let mut shapes = Shapes {
            ends: [0; 26 * 26],
            heads: [0; 26 * 26],
            tails: [0; 26 * 26],
        };
        for b in forms {
            if let Some([f, s, p, l]) = Self::letters(b) {
                let bit = 1 << b.len();
                shapes.ends[pair(f, l)] |= bit;
                shapes.heads[pair(f, s)] |= bit;
                shapes.tails[pair(p, l)] |= bit;
            }
        }
        shapes
    }

    /// The first, second, second-to-last and last letters of an ASCII word of 2 to 15 bytes,
    /// lower-cased, when all four are letters.
    fn letters(b: &[u8]) -> Option<[u8; 4]> {
        if !(2..16).contains(&b.len()) {
            return None;
        }
        let four = [b[0], b[1], b[b.len() - 2], b[b.len() - 1]].map(|x| x.to_ascii_lowercase());
        four.iter().all(u8::is_ascii_lowercase).then_some(four)
    }

    /// Whether the ASCII word `b` may be one of the forms once lower-cased (`false` only when
    /// it surely is not). The first and last letters first: most words stop there.
    #[inline]
    pub(crate) fn admit(&self, b: &[u8]) -> bool {
        let n = b.len();
        if !(2..16).contains(&n) {
            return false;
        }
        let (f, l) = (b[0].to_ascii_lowercase(), b[n - 1].to_ascii_lowercase());
        if !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
            return false;
        }
        let bit = 1u16 << n;
        if self.ends[pair(f, l)] & bit == 0 {
            return false;
        }
        let (s, p) = (b[1].to_ascii_lowercase(), b[n - 2].to_ascii_lowercase());
        s.is_ascii_lowercase()
            && p.is_ascii_lowercase()
            && self.heads[pair(f, s)] & self.tails[pair(p, l)] & bit != 0
    }
}

/// The slot of two ASCII lower-case letters in a [`Shapes`] table.
#[inline]
fn pair(a: u8, b: u8) -> usize {
    usize::from(a - b'a') * 26 + usize::from(b - b'a')
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
    use proptest::strategy::Strategy;

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
                (2..16).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(shapes().may_be(w), "{w}");
            assert!(shapes().may_be(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["", "a", "of", "2016", "U.S.", "x-ray"] {
            assert!(!shapes().may_be(w), "{w}");
        }
        // not ASCII: it may lower-case to a verb form (a Kelvin sign for the k)
        assert!(shapes().may_be("as\u{212A}"));
        for w in ["Trump’s", "don’t", "said—", "‘said", "said\u{2009}"] {
            assert!(!shapes().may_be(w), "{w}");
        }
    }

    #[test]
    fn every_clause_verb_form_may_be_one() {
        for w in clause_table().forms.keys() {
            let w = std::str::from_utf8(w).expect("a form is ASCII");
            assert!(
                (2..16).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            assert!(clause_shapes().may_be(w), "{w}");
            assert!(clause_shapes().may_be(&w.to_ascii_uppercase()), "{w}");
        }
        assert_eq!(clause_verb("said"), Some(Form::Finite));
        assert_eq!(clause_verb("believes"), Some(Form::Finite));
        assert_eq!(clause_verb("found"), Some(Form::Finite));
        assert_eq!(clause_verb("saying"), Some(Form::Participle));
        assert_eq!(clause_verb("say"), Some(Form::Base));
        // speech, but not of a reported clause
        assert_eq!(clause_verb("shouted"), None);
        assert_eq!(clause_verb("laughed"), None);
        assert!(!clause_shapes().may_be("table"));
        assert!(may_report(
            "The mayor said on Monday the plan would go ahead."
        ));
        assert!(may_report("Experts SAY it will rain."));
        assert!(may_report("It would rain, according to the forecast."));
        // a base form that is as often a noun, a verb inside a longer word, a word outside ASCII
        assert!(!may_report("The jobs report came out."));
        assert!(!may_report("Her essays sold well."));
        assert!(!may_report("Ésaid and saidé are no words."));
        // a no-break space or a dash next to a word ends it, as for the tokenizer
        assert!(may_report("The mayor\u{a0}said the plan would go ahead."));
        assert!(may_report("The mayor said\u{a0}the plan would go ahead."));
        assert!(may_report(
            "The mayor—who said the plan would go ahead—left."
        ));
        assert!(!may_report(""));
    }

    /// [`may_report`] as first written: the first and last letters alone, then the word
    /// lower-cased into a `str` and looked up.
    fn may_report_reference(text: &str) -> bool {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let end = i + b[i..]
                .iter()
                .take_while(|x| x.is_ascii_alphanumeric())
                .count();
            let len = end - i;
            let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let whole =
                !letter(text[end..].chars().next()) && !letter(text[..i].chars().next_back());
            if whole && (3..16).contains(&len) {
                let w = text[i..end].to_ascii_lowercase();
                match clause_verb(&w) {
                    Some(Form::Base)
                        if !PRESENT_PLURAL.contains(&w.as_str()) && !base_reports(b, i, end) => {}
                    Some(_) if matches!(w.as_str(), "states" | "questions") => {}
                    Some(_) => return true,
                    None => {}
                }
                if w == "according" || SEEMING.contains(&w.as_str()) {
                    return true;
                }
            }
            i = end;
        }
        false
    }

    proptest::proptest! {
        /// `clause_shapes().may_be` never turns down a word that lower-cases to a form.
        #[test]
        fn may_be_clause_verb_keeps_every_form(w in "[a-zA-Z\u{212A}é’‘—\u{2009}.-]{0,16}") {
            if clause_verb(&w.to_lowercase()).is_some() {
                proptest::prop_assert!(clause_shapes().may_be(&w));
            }
        }

        /// `may_report` agrees with a plain scan that looks every word up, on text made of
        /// verb forms, near misses and other words.
        #[test]
        fn may_report_agrees_with_looking_every_word_up(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "said", "SAYS", "Say", "states", "questions", "report", "reports",
                        "according", "and", "add", "have", "hope", "hopes", "plan", "planned",
                        "saying", "told", "thinks", "feel", "finding", "Ésaid", "saidé",
                    ]).prop_map(String::from),
                    "[a-zA-Z0-9]{1,17}",
                ],
                0..8,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![" ", ", ", ".", "-", "’", " \u{a0}", "\u{a0}", "—", "é"]),
                8,
            ),
        ) {
            let mut text = String::new();
            for (k, w) in words.iter().enumerate() {
                text.push_str(w);
                text.push_str(seps[k]);
            }
            proptest::prop_assert_eq!(may_report(&text), may_report_reference(&text), "{}", text);
        }

        /// `shapes().may_be` never turns down a word that lower-cases to a verb form.
        #[test]
        fn may_be_verb_keeps_every_verb(w in "[a-zA-Z\u{212A}é’‘—\u{2009}.-]{0,16}") {
            if verb(&w.to_lowercase()).is_some() || verb(&w.to_lowercase().replace('’', "'")).is_some() {
                proptest::prop_assert!(shapes().may_be(&w));
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
