//! Attribution patterns: where the cue and the speaker's words stand around a quotation.
//!
//! Every function looks at the tokens of one paragraph (quotations are single tokens) and returns
//! the token range naming the speaker, the cue, and the [`Pattern`] that fired. Each function
//! looks at a bounded window of tokens, so the whole stage stays linear.

use super::cues::{self, Form};
use super::keys::{self, Keys};
use super::tokens::{self, Kind, Tok, TokExt};
use super::wordset::WordFlags;
use crate::Span;
use std::cell::{Cell, OnceCell};
use std::sync::OnceLock;

/// Which rule found the speaker; it sets the quote's confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// `"…," said X`
    AfterCueFirst,
    /// `"…," X said`
    AfterSpeakerFirst,
    /// `"…," according to X`
    AfterAccordingTo,
    /// `"…" — X`
    DashSignOff,
    /// `"…" to drive up the price, she said.`
    SentenceFinal,
    /// `X said: "…"`
    BeforeColon,
    /// `X said, "…"`, `X said the plan was "…"`
    BeforeCue,
    /// `According to X, "…"`
    BeforeAccordingTo,
    /// `X did something, stating "…"`
    Participle,
    /// `X’s claim that "…"`
    Possessive,
    /// `X: "…"` (a colon after a speaker, no verb)
    SpeakerColon,
    /// `X retorted: "…"` (the sentence's subject and a verb outside the lexicon before a colon)
    VerbColon,
    /// The previous paragraph ends `X said:`
    IntroParagraph,
    /// A quote paragraph with no attribution, continuing the previous speaker.
    Continuation,
    /// A quotation opening a sentence with no attribution, after a sentence of its paragraph
    /// whose subject is someone other than the previous speaker (`Roe agreed. “…”`)
    PreviousSentence,
    /// The subject of the quote's sentence, with no cue at all.
    Subject,
    /// (session 36) `“…!” beamed Ada Kovic.`: a past-tense verb outside the lexicon right
    /// after the quotation that opens its sentence, then a name ending the sentence.
    InvertedVerb,
}

impl Pattern {
    /// How often this pattern names the right speaker, roughly: the quote's confidence.
    pub(crate) fn confidence(self) -> f32 {
        match self {
            Pattern::AfterCueFirst | Pattern::AfterSpeakerFirst => 0.95,
            Pattern::BeforeColon | Pattern::AfterAccordingTo | Pattern::BeforeAccordingTo => 0.9,
            Pattern::BeforeCue => 0.85,
            Pattern::DashSignOff
            | Pattern::IntroParagraph
            | Pattern::SentenceFinal
            | Pattern::VerbColon => 0.8,
            Pattern::Participle | Pattern::InvertedVerb => 0.75,
            Pattern::SpeakerColon | Pattern::Continuation | Pattern::PreviousSentence => 0.7,
            Pattern::Possessive => 0.6,
            Pattern::Subject => 0.4,
        }
    }
}

/// What an attribution rule found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Token range (start, end exclusive) of the words naming the speaker.
    pub speaker: (usize, usize),
    pub cue: Option<Span>,
    pub pattern: Pattern,
    /// Index of the first token after the attribution (for `after`).
    pub end: usize,
}

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
/// Words after which a pronoun opens a clause of its own (`…, and she has called …`).
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "because", "although", "though", "while", "as", "when", "since", "after",
    "before", "if", "until", "who", "whom", "which", "where", "so",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "two",
    "three", "four", "five", "six", "several", "some", "many", "other", "another", "both", "all",
    "one", "most", "few", "each", "every",
];
const STOP: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "or", "but", "to", "in", "on", "at", "by",
    "with", "from", "as", "is", "was", "were", "are", "be", "been", "being", "having", "has",
    "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did",
    "does", "do", "not", "also", "then", "later", "when", "while", "after", "before", "if",
    "because", "than", "so", "there", "here", "about", "into", "over", "under", "during", "since",
    "until", "again", "just", "still", "only", "even", "now", "however", "yet", "what", "where",
    "why", "how", "it's", "he's", "she's", "they're", "i", "we", "you", "me", "him", "them", "us",
    "said", "against", "without", "through", "like", "no", "not", "never", "for", "of", "if",
    "whether",
];
/// Irregular past forms, which end a phrase of lower-case words as "-ed" does ("The candidate
/// began …"); not stop words, since capitalised they name things ("the Met Office").
const PAST_FORMS: &[&str] = &[
    "began", "came", "took", "made", "went", "gave", "got", "saw", "ran", "met", "sent", "spent",
    "brought", "kept", "held", "stood", "became", "knew", "felt", "grew", "fell", "seemed",
];
/// (session 24) Irregular past participles, after which a contracted `’d` is "had"
/// ([`Reader::auxiliary`]).
const PARTICIPLES: &[&str] = &[
    "said", "told", "written", "been", "seen", "known", "taken", "given", "thought", "heard",
    "spoken", "made", "done", "gone", "got", "gotten", "come", "become", "shown", "found", "put",
    "kept", "left", "felt", "meant", "sent", "spent", "brought", "bought", "caught", "taught",
    "had", "already", "never", "just", "long", "always",
];
/// Adverbs and auxiliaries that may stand between a speaker and the cue.
const SKIP: &[&str] = &[
    "only",
    "also",
    "later",
    "then",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "would",
    "will",
    "previously",
    "reportedly",
    "recently",
    "once",
    "again",
    "further",
    "publicly",
    "repeatedly",
    "been",
    "not",
    "did",
    "does",
    "do",
    "never",
    "often",
    "even",
    "just",
    "still",
    "already",
    "separately",
    "simply",
    "first",
    "initially",
    "earlier",
    "can",
    "could",
    "might",
    "may",
    "should",
    "must",
    "has",
    "privately",
    "himself",
    "herself",
    "themselves",
    "itself",
    "last",
    "once",
    "always",
    "frequently",
    "finally",
    "ultimately",
    "flatly",
    "in",
    "an",
    "interview",
    "statement",
    "a",
];
/// Auxiliaries, negations and adverbs that belong to the cue after them ("has said", "would
/// not comment", "could only quip"); adverbs in `-ly` are read by their ending
/// ([`Reader::cue_group`]).
const LEADS_CUE: &[&str] = &[
    "has", "had", "have", "also", "later", "would", "will", "then", "was", "is", "are", "were",
    "again", "once", "further", "earlier", "did", "does", "do", "not", "never", "could", "can",
    "may", "might", "should", "must", "even", "already", "always", "often", "now", "still", "just",
    "only", "first", "since", "soon", "ever",
];
/// Nouns naming people by their role, allowed after a name ("Clinton spokesman Nick Merrill").
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "official",
    "officials",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "manager",
    "secretary",
    "president",
    "leader",
    "head",
    "chief",
    "attorney",
    "lawyer",
    "candidate",
    "nominee",
    "governor",
    "senator",
    "representative",
    "mayor",
    "minister",
    "envoy",
    "ambassador",
    "member",
    "members",
    "campaign",
    "staffer",
    "strategist",
    "pollster",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "economist",
    "professor",
    "researcher",
    "executive",
    "founder",
    "ceo",
    "owner",
    "commissioner",
    "judge",
    "sheriff",
    "officer",
    "police",
    "source",
    "sources",
    "people",
    "residents",
    "voters",
    "supporters",
    "critics",
    "lawmakers",
    "host",
    "anchor",
    "reporter",
    "writer",
    "author",
    "editor",
    "columnist",
    "correspondent",
    "counsel",
    "press",
    "mate",
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "friend",
    "colleague",
    "doctor",
    "agency",
    "department",
    "ministry",
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "committee",
    "commission",
    "office",
    "administration",
    "government",
    "team",
    "court",
    "board",
    "council",
    "union",
    "party",
    "newspaper",
    "report",
    "poll",
    "survey",
    "study",
    "ad",
    "article",
    "website",
    "piece",
    "announcer",
    "narrator",
    "operative",
    "activist",
    "activists",
    "organizer",
    "organizers",
    "chairs",
    "co-founder",
    "fellow",
    "scientist",
    "scientists",
    "historian",
    "investigator",
    "prosecutor",
    "prosecutors",
    "investigators",
    "delegate",
    "delegates",
    "coach",
    "player",
    "worker",
    "workers",
    "employee",
    "employees",
    "student",
    "students",
    "teacher",
    "official's",
    "staff",
    "spokesmen",
    "spokeswomen",
    "advisers",
    "advisors",
    "leaders",
    "executives",
    "observers",
    "insiders",
    "citizens",
    "protesters",
    "demonstrators",
    "witnesses",
    "witness",
    "neighbor",
    "neighbour",
    "victim",
    "victims",
    "family",
    "parents",
    "officers",
    "chairperson",
    "governors",
    "senators",
    "representatives",
    "mayors",
    "ministers",
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "economists",
    "surrogate",
    "surrogates",
    "allies",
    "ally",
    "opponent",
    "opponents",
    "rival",
    "rivals",
    "backers",
    // the plurals of the roles above that name a body or a trade ("Business groups welcomed
    // it, saying …", "Farm unions said", "Defense lawyers argued")
    "groups",
    "companies",
    "firms",
    "organizations",
    "organisations",
    "unions",
    "agencies",
    "committees",
    "councils",
    "parties",
    "lawyers",
    "attorneys",
    "candidates",
    "judges",
    "owners",
    "researchers",
    "strategists",
    "pollsters",
    "reporters",
    "editors",
    "doctors",
    "teachers",
    "players",
];
/// Lower-case modifiers allowed before a role ("senior administration official").
const MODIFIERS: &[&str] = &[
    "senior",
    "former",
    "top",
    "chief",
    "deputy",
    "acting",
    "longtime",
    "new",
    "vice",
    "general",
    "executive",
    "political",
    "presidential",
    "federal",
    "state",
    "local",
    "national",
    "foreign",
    "press",
    "campaign",
    "administration",
    "senate",
    "house",
    "city",
    "county",
    "police",
    "military",
    "intelligence",
    "security",
    "health",
    "party",
    "election",
    "public",
    "defense",
    "justice",
    "policy",
    "communications",
    "digital",
    "international",
    "assistant",
    "associate",
    "special",
    "independent",
    "white",
    "veteran",
    "prominent",
    "leading",
    "outside",
    "independent",
    "unnamed",
    "anonymous",
    "government",
    "company",
    "agency",
    "department",
    "ministry",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "progressive",
    "majority",
    "minority",
    "communications",
    "media",
    "spokes",
    "running",
    "former",
    "current",
    "then",
    "prime",
    "senior",
    "legal",
    "financial",
    "economic",
    "retired",
    "outgoing",
    "incoming",
    "interim",
];
/// Cue forms that are also plural nouns ("reports", "claims").
/// Documents and messages that "say" things, as the subject of a cue that could be a plural
/// noun ("The ad claims", "the memo notes").
const DOCUMENTS: &[&str] = &[
    "ad",
    "report",
    "statement",
    "letter",
    "memo",
    "study",
    "survey",
    "poll",
    "document",
    "lawsuit",
    "complaint",
    "filing",
    "release",
    "email",
    "editorial",
    "article",
    "column",
    "post",
    "website",
    "video",
    "book",
    "bill",
    "resolution",
    "indictment",
    "ruling",
    "order",
    "petition",
    "message",
    "announcement",
    "analysis",
    "audit",
    "review",
    "investigation",
    "advertisement",
    "commercial",
];

const NOUNISH: &[&str] = &[
    "reports",
    "claims",
    "notes",
    "tweets",
    "posts",
    "calls",
    "charges",
    "comments",
    "answers",
    "questions",
    "orders",
    "remarks",
    "quotes",
    "statements",
    "promises",
    "warnings",
    "texts",
    "emails",
    "chants",
    "objects",
    "signals",
    "highlights",
    "pledges",
    "vows",
    "demands",
    "estimates",
    "forecasts",
    "protests",
    "challenges",
    "commands",
    "reads",
    "points",
    "states",
    "reasons",
    "laughs",
    "cries",
    "sighs",
    "answers",
    "replies",
    "responses",
    "counters",
    "attacks",
];
const TIME: &[&str] = &[
    "past",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
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
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "last",
    "next",
    "early",
    "late",
    "weekend",
    "day",
    "hours",
    "minutes",
    "time",
];
/// Verbs of saying and showing in the present plural, which a plural noun before them takes as
/// its verb ("TV shows show", "polls suggest", "court papers say").
const PLURAL_CUES: &[&str] = &[
    "say",
    "show",
    "suggest",
    "claim",
    "indicate",
    "find",
    "warn",
    "note",
    "argue",
    "predict",
    "reveal",
    "confirm",
    "insist",
    "contend",
    "allege",
    "estimate",
    "state",
    "tell",
    "read",
    "describe",
    "call",
    "accuse",
    "believe",
    "think",
    "fear",
    "expect",
    "worry",
    "agree",
    "admit",
    "acknowledge",
    "complain",
    "recall",
    "question",
];
const SUBORDINATORS: &[&str] = &[
    "before", "after", "while", "by", "when", "in", "without", "also", "and", "then", "even",
];
const LEADING: &[&str] = &[
    "but",
    "and",
    "still",
    "however",
    "meanwhile",
    "instead",
    "yet",
    "so",
    "now",
    "then",
    "also",
    "later",
    "earlier",
    "separately",
    "indeed",
    "moreover",
    // (session 25) more sentence adverbs: "Likewise, Ann Roe … and called for …"
    "additionally",
    "furthermore",
    "likewise",
    "similarly",
    "plus",
    "but,",
    "yesterday",
    "today",
];
const PREPOSITIONS_LEADING: &[&str] = &[
    "contrary",
    "regarding",
    "asked",
    "pressed",
    "citing",
    "noting",
    "in",
    "in",
    "on",
    "at",
    "after",
    "during",
    "speaking",
    "following",
    "asked",
    "when",
    "while",
    "before",
    "since",
    "with",
    "for",
    "from",
    "under",
    "as",
    "despite",
    "by",
    "through",
    "last",
    "this",
    "earlier",
    "later",
    "writing",
    "responding",
    "addressing",
    "according",
    "over",
    "amid",
    "like",
    "unlike",
    "if",
    "although",
    "though",
    "because",
    "once",
    "upon",
    "within",
    "besides",
    "without",
    "among",
    "against",
    "throughout",
    "beyond",
    "outside",
    "until",
    "toward",
    "towards",
    "back",
];

#[cfg(test)]
pub(crate) fn is_pronoun(lower: &str) -> bool {
    has(F_PRONOUNS, lower)
}

pub(super) const F_DETERMINERS: u16 = 1 << 0;
pub(super) const F_LEADING: u16 = 1 << 1;
pub(super) const F_MODIFIERS: u16 = 1 << 2;
pub(super) const F_NOUNISH: u16 = 1 << 3;
pub(super) const F_PREPOSITIONS_LEADING: u16 = 1 << 4;
pub(super) const F_ROLES: u16 = 1 << 5;
pub(super) const F_SKIP: u16 = 1 << 6;
pub(super) const F_STOP: u16 = 1 << 7;
pub(super) const F_SUBORDINATORS: u16 = 1 << 8;
pub(super) const F_TIME: u16 = 1 << 9;
pub(super) const F_PRONOUNS: u16 = 1 << 10;
const F_PAST: u16 = 1 << 11;
const F_DOCUMENTS: u16 = 1 << 12;
const F_PLURAL_CUES: u16 = 1 << 13;
const F_LEADS_CUE: u16 = 1 << 14;

/// Whether a lower-cased word is in the list of roles ("spokesman", "aide", "senator").
pub(super) fn is_role(w: &str) -> bool {
    has(F_ROLES, w)
}

/// Whether a lower-cased word is in the list of time words ("today", "night", "week").
pub(super) fn is_time_word(w: &str) -> bool {
    has(F_TIME, w)
}

/// Whether a lower-cased word is in one of the word lists `flag`.
fn has(flag: u16, w: &str) -> bool {
    lists_of(w) & flag != 0
}

/// The word lists, each with its flag, as one table hashed at compile time.
const LISTS: &[(&[&str], u16)] = &[
    (DETERMINERS, F_DETERMINERS),
    (LEADING, F_LEADING),
    (MODIFIERS, F_MODIFIERS),
    (NOUNISH, F_NOUNISH),
    (PREPOSITIONS_LEADING, F_PREPOSITIONS_LEADING),
    (ROLES, F_ROLES),
    (SKIP, F_SKIP),
    (STOP, F_STOP),
    (SUBORDINATORS, F_SUBORDINATORS),
    (TIME, F_TIME),
    (PRONOUNS, F_PRONOUNS),
    (PAST_FORMS, F_PAST),
    (DOCUMENTS, F_DOCUMENTS),
    (PLURAL_CUES, F_PLURAL_CUES),
    (LEADS_CUE, F_LEADS_CUE),
];
/// (2048 slots for the 622 words: at a quarter full most words that are in no list stop at an
/// empty first slot; at 1024 half the look-ups went on probing, a branch often mispredicted)
static LIST_TABLE: WordFlags<2048> = WordFlags::new(LISTS);

/// Which of the word lists a lower-cased word is in, as bit flags: one lookup for them all.
fn lists_of(w: &str) -> u16 {
    LIST_TABLE.get(w)
}

/// Words that open a clause with its own subject after a comma, beside the conjunctions of
/// [`contrast_conjunction`]: subordinators of cause and time, and a relative pronoun standing as
/// the clause's object (`…, whom she described as “…”`).
fn later_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "because"
            | "when"
            | "as"
            | "where"
            | "since"
            | "whom"
            | "who"
            | "which"
            | "after"
            | "before"
            | "if"
            | "until"
    )
}

/// A conjunction of contrast, which opens a clause of its own after a comma (`…, while Roe
/// said …`): the speaker's phrase and reported speech break there.
pub(super) fn contrast_conjunction(w: &[u8]) -> bool {
    matches!(w, b"while" | b"whereas" | b"although" | b"though")
}

/// [`LISTS`] as exact keys ([`Keys`]): the lists of an ASCII word token as it stands. A listed
/// word a word token cannot spell (a capital, a byte outside `' - . &`, more than 16 bytes) is
/// left out: no ASCII word token of up to 16 bytes lower-cases to it.
fn list_keys() -> &'static Keys<u16> {
    static KEYS: std::sync::OnceLock<Keys<u16>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        Keys::new(LISTS.iter().flat_map(|&(words, flag)| {
            words
                .iter()
                .map(|w| w.as_bytes())
                .filter(|w| keys::listable(w))
                .map(move |w| (w, flag))
        }))
    })
}

/// A word that describes a person before the noun naming them ("the old banker", "a retired
/// nurse", "an unnamed official"): the phrase goes on over it to its determiner. Reported
/// speech asks it of the participles (the words in -ed) of a speaker's phrase.
pub(super) fn describes_people(w: &str) -> bool {
    matches!(
        w,
        "old"
            | "young"
            | "elderly"
            | "veteran"
            | "longtime"
            | "retired"
            | "injured"
            | "wounded"
            | "elected"
            | "jailed"
            | "detained"
            | "accused"
            | "ousted"
            | "disgraced"
            | "embattled"
            | "exiled"
            | "unnamed"
            | "unidentified"
            | "bereaved"
            | "concerned"
            | "worried"
            | "frustrated"
            | "outraged"
            | "renowned"
            | "respected"
    )
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// A reader over one paragraph's tokens.
pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// The inner text of every quotation piece, by piece number.
    pub inner: &'a dyn Fn(usize) -> &'a str,
    /// [`Reader::cue`] of every token once asked (the rules ask it of the same words again and
    /// again), in the low four bits; the reported-speech rules' clause cue in the high four.
    cues: Vec<Cell<u8>>,
    /// [`lists_of`] every token once asked, with [`LISTS_KNOWN`] set (the rules ask whether the
    /// same words are stop words, roles, determiners... again and again).
    lists: Vec<Cell<u16>>,
    /// The whole text with its ASCII letters lower-cased (made once per article): an ASCII token
    /// lower-cases in place (same length), so its lower-cased text is read straight out of it.
    low: &'a str,
    /// [`Reader::lower`] of every token that lower-cases in place, sliced out of `low` the first
    /// time a rule asks (the rules ask of the same words again and again); `""` until then, and
    /// for the others (no token is empty).
    lows: Vec<Cell<&'a str>>,
    /// Whether every word and punctuation token is ASCII (the white space and the quotations
    /// may not be): then every word token lower-cases in place and is capitalised when its
    /// first byte is, without a look at its characters.
    ascii: bool,
    /// One bit a token, set for the tokens that do not lower-case in place in `low`
    /// (quotations, tokens with a character outside ASCII): see [`tokens::tokenize_into`].
    other: Vec<u64>,
    /// Every other token (quotations, words with a letter outside ASCII) lower-cased when a rule
    /// first asks, by token index: quotations are long and the rules read the words around them.
    /// The table itself is made on the first such question (most paragraphs never ask).
    lazy: OnceCell<Vec<OnceCell<String>>>,
    /// The last [`Reader::sentence_start`] asked, as `(end, start)`: the stage asks it of the
    /// same quotation token up to four times (its kind, `before`, the subject rule).
    last_sentence: Cell<Option<(usize, usize)>>,
}

impl<'a> Reader<'a> {
    /// [`Reader::with_lower`], lower-casing `text` itself (for tests: the copy is leaked).
    #[cfg(test)]
    pub(crate) fn new(
        text: &'a str,
        _para: Span,
        inner: &'a dyn Fn(usize) -> &'a str,
        bufs: Buffers,
    ) -> Self {
        let low: &'a str = Box::leak(text.to_ascii_lowercase().into_boxed_str());
        Self::with_lower(text, low, inner, bufs)
    }

    /// The reader of the words `bufs.toks` of `text` (a paragraph, a sentence, a headline);
    /// `low` is `text` with its ASCII letters lower-cased (`str::to_ascii_lowercase`, made once
    /// for the article); the other buffers are reused, whatever they hold.
    pub(crate) fn with_lower(
        text: &'a str,
        low: &'a str,
        inner: &'a dyn Fn(usize) -> &'a str,
        bufs: Buffers,
    ) -> Self {
        debug_assert_eq!(text.len(), low.len());
        let Buffers {
            toks,
            lows,
            mut cues,
            mut lists,
            mut other,
            other_known,
        } = bufs;
        // (the tokenizer's bits, or for tokens made otherwise, worked out here)
        let ascii = !match other_known {
            Some(any) => any,
            None => tokens::other_bits(text, &toks, &mut other),
        };
        // (the emptied buffer of the last reader, taken back to this lifetime in place)
        let mut lows: Vec<Cell<&'a str>> = lows.into_iter().map(|_| Cell::new("")).collect();
        lows.resize(toks.len(), Cell::new(""));
        cues.clear();
        cues.resize(toks.len(), Cell::new(CUE_UNKNOWN));
        lists.clear();
        lists.resize(toks.len(), Cell::new(0));
        Reader {
            text,
            toks,
            inner,
            low,
            lows,
            ascii,
            other,
            lazy: OnceCell::new(),
            cues,
            lists,
            last_sentence: Cell::new(None),
        }
    }
}

/// The buffers of a [`Reader`], kept to serve paragraph after paragraph.
#[derive(Default)]
pub(crate) struct Buffers {
    pub toks: Vec<Tok>,
    /// [`Reader::lows`], emptied.
    lows: Vec<Cell<&'static str>>,
    cues: Vec<Cell<u8>>,
    lists: Vec<Cell<u16>>,
    /// The tokenizer's bits of `toks` ([`tokens::tokenize_into`]), when `other_known` holds
    /// whether a word or punctuation token is not ASCII; with `None` (`toks` made otherwise),
    /// [`Reader::new`] works them out.
    other: Vec<u64>,
    other_known: Option<bool>,
}

impl Buffers {
    /// `toks` (and their bits) made from `text[span]` with its quotation `pieces`
    /// ([`tokens::tokenize_into`]), telling `quote(n, k)` that piece `n` is token `k`.
    pub(crate) fn tokenize(
        &mut self,
        text: &str,
        span: Span,
        pieces: &[(Span, usize)],
        quote: impl FnMut(usize, usize),
    ) {
        let any = tokens::tokenize_into(text, span, pieces, &mut self.toks, &mut self.other, quote);
        self.other_known = Some(any);
    }

    /// The paragraph size these buffers have room for.
    pub(crate) fn bytes(&self) -> usize {
        self.toks.capacity().saturating_sub(8) * 5
    }

    /// Buffers for paragraphs of up to `bytes` bytes (the token buffers sized as
    /// [`super::tokens::tokenize_into`] reserves them).
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        let toks = bytes / 5 + 8;
        Buffers {
            toks: Vec::with_capacity(toks),
            lows: Vec::with_capacity(toks),
            cues: Vec::with_capacity(toks),
            lists: Vec::with_capacity(toks),
            other: Vec::with_capacity(toks / 64 + 1),
            other_known: None,
        }
    }
}

/// [`Reader::cue`] of a token, remembered: not asked yet, or the answer.
const CUE_UNKNOWN: u8 = 0;
const CUE_NONE: u8 = 1;
const CUE_FINITE: u8 = 2;
const CUE_PARTICIPLE: u8 = 3;
const CUE_BASE: u8 = 4;

/// A remembered cue (never [`CUE_UNKNOWN`]).
fn decode_cue(memo: u8) -> Option<Form> {
    match memo {
        CUE_FINITE => Some(Form::Finite),
        CUE_PARTICIPLE => Some(Form::Participle),
        CUE_BASE => Some(Form::Base),
        _ => None,
    }
}

/// A cue to remember (never [`CUE_UNKNOWN`]).
fn encode_cue(form: Option<Form>) -> u8 {
    match form {
        None => CUE_NONE,
        Some(Form::Finite) => CUE_FINITE,
        Some(Form::Participle) => CUE_PARTICIPLE,
        Some(Form::Base) => CUE_BASE,
    }
}

/// Set in a token's remembered [`lists_of`] once it is known (the lists use the lower bits).
const LISTS_KNOWN: u16 = 1 << 15;

impl Reader<'_> {
    /// The reader's buffers, to serve another paragraph.
    pub(crate) fn into_buffers(self) -> Buffers {
        Buffers {
            toks: self.toks,
            lows: {
                let mut lows = self.lows;
                lows.clear();
                // (in place: the same allocation, for the next reader)
                lows.into_iter().map(|_| Cell::new("")).collect()
            },
            cues: self.cues,
            lists: self.lists,
            other: self.other,
            other_known: None,
        }
    }

    /// Token `i` lower-cased, curly apostrophes made straight ([`TokExt::lower`]); `""` past
    /// the end.
    ///
    /// The common case, an ASCII word asked before, is remembered in [`Reader::lows`]; the
    /// first question, and the tokens that do not lower-case in place, go
    /// [`Reader::lower_first`].
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &str {
        match self.lows.get(i).map(Cell::get) {
            Some(s) if !s.is_empty() => s,
            _ => self.lower_first(i),
        }
    }

    /// [`Reader::lower`] of a token not asked before, of one that does not lower-case in place
    /// (remembered by [`Reader::lower_other`]), or past the end.
    #[inline(never)]
    fn lower_first(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if !self.is_other(i) => {
                let s = &self.low[t.span.start..t.span.end];
                self.lows[i].set(s);
                s
            }
            _ => self.lower_other(i),
        }
    }

    /// Whether token `i` (one of the reader's) is a quotation or holds a character outside
    /// ASCII: one bit the tokenizer set ([`Reader::other`]).
    #[inline]
    pub(super) fn is_other(&self, i: usize) -> bool {
        self.other[i / 64] >> (i % 64) & 1 != 0
    }

    /// [`Reader::lower`] of a quotation, a token with characters outside ASCII, or past the end.
    #[inline(never)]
    fn lower_other(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        if t.kind == Kind::Word && tokens::is_contracted_auxiliary(t.text(self.text)) {
            return self.auxiliary(i);
        }
        let lazy = self.lazy.get_or_init(|| {
            std::iter::repeat_with(OnceCell::new)
                .take(self.toks.len())
                .collect()
        });
        lazy[i].get_or_init(|| {
            let mut s = String::new();
            t.lower_into(self.text, &mut s);
            s
        })
    }
    /// (session 24) The auxiliary that the contracted one at `i` stands for, after a pronoun
    /// ([`tokens::is_contracted_auxiliary`]), as every word list knows it: `’ve` "have", `’ll`
    /// "will", `’re` "are", `’m` "am", and `’d` "had" before a past participle (`he’d said`)
    /// or else "would" (`I’d argue`).
    #[cold]
    #[inline(never)]
    fn auxiliary(&self, i: usize) -> &'static str {
        let aux = self.toks[i].text(self.text).trim_start_matches(['\'', '’']);
        match aux.as_bytes()[0].to_ascii_lowercase() {
            b'v' => "have",
            b'l' => "will",
            b'r' => "are",
            b'm' => "am",
            _ => {
                let next = self.lower(i + 1);
                if next.ends_with("ed") || PARTICIPLES.contains(&next) {
                    "had"
                } else {
                    "would"
                }
            }
        }
    }
    /// Whether token `i`, lower-cased, is in one of the word lists `flag`:
    /// `has(flag, self.lower(i))`, the lists of each token looked up once.
    #[inline]
    pub(super) fn is(&self, i: usize, flag: u16) -> bool {
        let Some(memo) = self.lists.get(i) else {
            return has(flag, self.lower(i));
        };
        let mut lists = memo.get();
        if lists & LISTS_KNOWN == 0 {
            lists = self.find_lists(i) | LISTS_KNOWN;
            memo.set(lists);
        }
        lists & flag != 0
    }
    /// [`lists_of`] token `i` lower-cased: an ASCII word of up to 16 bytes by its exact key
    /// ([`list_keys`]), without its lower-cased text or a hash of it. (Out of line: inlined,
    /// it kept [`Reader::is`] from being inlined at its callers.)
    #[inline(never)]
    fn find_lists(&self, i: usize) -> u16 {
        let lists = self.listed(i);
        if lists & (F_SKIP | F_STOP | F_LEADS_CUE) != 0 && self.modal_as_name(i) {
            // (the month "May" stays a time word)
            return lists & !(F_SKIP | F_STOP | F_LEADS_CUE);
        }
        lists
    }

    /// [`lists_of`] token `i` lower-cased, as the word lists have it (before
    /// [`Reader::modal_as_name`]).
    #[inline]
    fn listed(&self, i: usize) -> u16 {
        let t = &self.toks[i];
        if t.kind == Kind::Word && !self.is_other(i) && t.span.end - t.span.start <= 16 {
            list_keys().get(self.text.as_bytes(), t.span.start, t.span.end)
        } else {
            lists_of(self.lower(i))
        }
    }

    /// (session 33) Whether token `i` is "Will" or "May" written as a name, not the modal:
    /// before a verb of saying in the past (`“…,” May said`, `May wrote`), where no modal can
    /// stand; "Will" capitalised inside a sentence (`Later, Will wrote`, `Chairman Will
    /// Rogers`); "May" after a capitalised word that is no possessive or preposition
    /// (`Theresa May`, `Ms. May`; but `In May`, `the Office's May report` are the month).
    fn modal_as_name(&self, i: usize) -> bool {
        if !self.cap(i) {
            return false;
        }
        let will = match self.lower(i) {
            "will" => true,
            "may" => false,
            _ => return false,
        };
        if self.word(i + 1) && cues::verb(self.lower(i + 1)).is_some_and(|(f, _)| f == Form::Finite)
        {
            return true;
        }
        if i == 0 || self.ends_sentence(i - 1) {
            return false;
        }
        will || {
            let p = i - 1;
            self.word(p)
                && self.cap(p)
                && !is_possessive(self.lower(p))
                && !matches!(
                    self.lower(p),
                    "in" | "since"
                        | "by"
                        | "until"
                        | "till"
                        | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "through"
                        | "during"
                        | "before"
                        | "after"
                        | "on"
                        | "from"
                        | "of"
                        | "for"
                        | "that"
                        | "each"
                        | "every"
                        | "the"
                )
        }
    }
    /// Whether the paragraph is all ASCII (see the field).
    #[inline]
    pub(super) fn ascii(&self) -> bool {
        self.ascii
    }
    pub(super) fn punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len() && self.toks[i].is_punct(self.text, p)
    }
    /// Whether token `i` opens with an ASCII digit (a number, "50", "2019").
    fn opens_with_digit(&self, i: usize) -> bool {
        self.toks[i]
            .span
            .as_str(self.text)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
    }
    pub(super) fn word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].is_word()
    }
    pub(super) fn cap(&self, i: usize) -> bool {
        i < self.toks.len() && self.tok_cap(&self.toks[i])
    }
    /// [`TokExt::is_cap`] of a token of this paragraph: for a token opening with an ASCII
    /// character, whether it is a word opening with an ASCII capital (the only ASCII characters
    /// that are upper-case, or alphabetic and not lower-case).
    fn tok_cap(&self, t: &Tok) -> bool {
        let first = self.text.as_bytes()[t.span.start];
        if self.ascii || first < 0x80 {
            t.kind == Kind::Word && first.is_ascii_uppercase()
        } else {
            t.is_cap(self.text)
        }
    }
    /// Whether word token `i`, as it stands, may lower-case to one of the forms of `shapes`
    /// ([`cues::Shapes::may_be`]): in an ASCII paragraph, its shape alone (the word is ASCII).
    // inlined into the two cue tests: left to itself the compiler calls it, and the call cost
    // as much as the test on every word (callgrind, typ100: -0.5 M instructions inlined)
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(super) fn may_be_form(&self, i: usize, shapes: &cues::Shapes) -> bool {
        let t = &self.toks[i];
        if self.ascii {
            // (its bytes: no look for character boundaries in an ASCII text)
            shapes.admit(&self.text.as_bytes()[t.span.start..t.span.end])
        } else {
            shapes.may_be(t.text(self.text))
        }
    }
    /// The span of token `i` when its text is all ASCII (every token of an ASCII paragraph).
    #[inline]
    pub(super) fn ascii_word(&self, i: usize) -> Option<Span> {
        let t = self.toks.get(i)?;
        let ascii = match t.kind {
            Kind::Quote(_) => self.text.as_bytes()[t.span.start..t.span.end].is_ascii(),
            _ => !self.is_other(i),
        };
        ascii.then_some(t.span)
    }
    /// Whether token `i` is written in capitals, two or more ("US", "IT"): an acronym, not the
    /// stop word its letters spell.
    pub(super) fn acronym(&self, i: usize) -> bool {
        i < self.toks.len() && {
            let b = self.toks[i].span.as_str(self.text).as_bytes();
            b.len() >= 2 && b.iter().all(u8::is_ascii_uppercase)
        }
    }
    /// Whether token `i` is a cue verb (in verb position).
    fn cue(&self, i: usize) -> Option<Form> {
        let Some(memo) = self.cues.get(i) else {
            return self.find_cue(i);
        };
        let known = memo.get();
        if known & 0x0F != CUE_UNKNOWN {
            return decode_cue(known & 0x0F);
        }
        let form = self.find_cue(i);
        memo.set((known & 0xF0) | encode_cue(form));
        form
    }

    /// `find(i)` for token `i`, remembered: the reported-speech rules ask the same words again
    /// and again whether they are verbs of indirect speech. (Kept in the high half of the
    /// [`Reader::cue`] memo, so a reader sets up no other.)
    pub(super) fn clause_cue_memo(
        &self,
        i: usize,
        find: impl FnOnce() -> Option<Form>,
    ) -> Option<Form> {
        let Some(memo) = self.cues.get(i) else {
            return find();
        };
        let known = memo.get();
        if known >> 4 != CUE_UNKNOWN {
            return decode_cue(known >> 4);
        }
        let form = find();
        memo.set((known & 0x0F) | (encode_cue(form) << 4));
        form
    }

    /// [`Reader::cue`], worked out.
    fn find_cue(&self, i: usize) -> Option<Form> {
        if !self.word(i) {
            return None;
        }
        // most words cannot be a cue: tell them on their own bytes, without lower-casing (an
        // ASCII word by its key, the others by their shape)
        let ascii = self.ascii_word(i);
        let known = ascii.and_then(|w| cues::verb_at(self.text.as_bytes(), w.start, w.end));
        let may_be = match ascii {
            Some(_) => known.is_some(),
            None => self.may_be_form(i, cues::shapes()),
        };
        if !may_be && !self.put_form(i) {
            return None;
        }
        let w = self.lower(i);
        // "as she put it", "as Roe puts it"
        if (w == "put" || w == "puts") && self.word(i + 1) && self.lower(i + 1) == "it" {
            return Some(Form::Finite);
        }
        let (form, _) = match ascii {
            Some(_) => known?,
            None => cues::verb(w)?,
        };
        self.in_verb_position(i).then_some(form)
    }

    /// Whether token `i` is "put" or "puts" in any case (`as she put it`), a cue the lexicon
    /// leaves out.
    ///
    /// Its first bytes with bit 0x20 set (a byte with it set is `p` only when it was `p` or
    /// `P`) as one number, compared with the length: no chain of branches on the length and
    /// the bytes, which is asked of every word that is no cue.
    fn put_form(&self, i: usize) -> bool {
        let t = self.toks[i].span;
        let len = t.end - t.start;
        // its first bytes (at most eight), bit 0x20 set
        let x = (crate::swar::load_padded(self.text.as_bytes(), t.start) | 0x2020_2020_2020_2020)
            & (u64::MAX >> (64 - 8 * len.clamp(1, 8)));
        // "put" and "puts", little-endian
        matches!((len, x), (3, 0x0074_7570) | (4, 0x7374_7570))
    }

    /// Whether the word at `i`, a verb form, stands as a verb: not a noun after a determiner
    /// or a possessive, not a capitalised name mid-sentence, not a plural noun.
    pub(super) fn in_verb_position(&self, i: usize) -> bool {
        // "a post", "the call", "her answer": a noun after a determiner.
        if i > 0 && self.word(i - 1) && self.is(i - 1, F_DETERMINERS) {
            // ("Another said", "some argued": a past form after a determiner that can stand
            // alone is its verb)
            let past = {
                let t = self.toks[i].text(self.text).as_bytes();
                t.last() == Some(&b'd') || t.eq_ignore_ascii_case(b"wrote")
            };
            let alone =
                past && matches!(self.lower(i - 1), "another" | "many" | "some" | "several") && {
                    let w = self.lower(i);
                    w.ends_with("ed") || matches!(w, "said" | "told" | "wrote")
                };
            // (session 35) or "her"/"his" closing a phrase: `a source close to her said`
            if !(alone || self.object_pronoun_before(i)) {
                return false;
            }
        }
        // "Mayor Dunn’s charge", "the senators’ claims": a noun after a possessive (not "he's
        // said", where the 's is "has").
        if i > 0 && self.word(i - 1) && is_possessive(self.lower(i - 1)) {
            let prev = self.lower(i - 1);
            let stem = prev
                .trim_end_matches(['s', '’', '\''])
                .trim_end_matches(['’', '\'']);
            let contraction = prev.ends_with('s')
                && matches!(
                    stem,
                    "he" | "she" | "it" | "that" | "there" | "who" | "what" | "where" | "here"
                );
            if !contraction {
                return false;
            }
        }
        // Capitalised mid-sentence it is a name ("Read", "Post"), unless after a quote or comma.
        if self.cap(i) && i > 0 && self.word(i - 1) {
            return false;
        }
        // "TV shows show", "FEC reports say": a form in -s right before the base form of a cue
        // is the subject's plural noun; the verb comes after it
        if self.next_is_base_cue(i) {
            return false;
        }
        // "initial reports", "of Republican claims": a plural noun, not a verb
        if self.is(i, F_NOUNISH) && i > 0 {
            let before2 = if i > 1 && self.word(i - 2) {
                self.lower(i - 2)
            } else {
                ""
            };
            // (or a document, after its determiner: "The ad claims", "the report notes")
            let document = self.word(i - 1) && self.is(i - 1, F_DOCUMENTS);
            let named_subject = (self.word(i - 1) && self.is(i - 1, F_PRONOUNS | F_ROLES))
                || (self.cap(i - 1) && i > 1 && !self.ends_sentence(i - 2))
                || document;
            if !named_subject
                || matches!(
                    before2,
                    "of" | "the" | "a" | "an" | "his" | "her" | "their" | "its"
                ) && !document
                || before2.chars().next().is_some_and(char::is_numeric)
            {
                return false;
            }
        }
        true
    }

    /// (session 35) Whether the verb form at `i` follows "her" or "his" standing as a pronoun
    /// that closes a phrase after a preposition: `a source close to her said`, `a friend of his
    /// said` (not a determiner before a noun: `according to her stated goal`, `one of his
    /// claims`). Only "her" after to, with, near or about and "his" after "of"; the form is
    /// said, says, told, tells, wrote or writes, or a past in -ed closing its clause (a comma,
    /// a period, a quotation mark or the end after it). Asked only of a cue form after a
    /// determiner.
    fn object_pronoun_before(&self, i: usize) -> bool {
        if i < 2 || !self.word(i - 2) {
            return false;
        }
        let pronoun = match self.lower(i - 1) {
            "her" => matches!(self.lower(i - 2), "to" | "with" | "near" | "about"),
            "his" => self.lower(i - 2) == "of",
            _ => false,
        };
        pronoun && {
            let w = self.lower(i);
            matches!(w, "said" | "says" | "told" | "tells" | "wrote" | "writes")
                || (w.ends_with("ed") && !self.toks.get(i + 1).is_some_and(Tok::is_word))
        }
    }

    /// Whether the word at `i` ends in `s` and the next token is a lower-case word that is the
    /// present plural of a verb of saying or showing (`shows show`, `polls suggest`, the list
    /// `PLURAL_CUES`): then `i` is a plural noun.
    fn next_is_base_cue(&self, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        let t = self.toks[i].span;
        // (a noun of a compound, with a word before it; "says" is no noun)
        if t.end <= t.start
            || bytes[t.end - 1] != b's'
            || i == 0
            || !self.word(i - 1)
            || !self.word(i + 1)
            || self.cap(i + 1)
            || bytes[t.start..t.end].eq_ignore_ascii_case(b"says")
        {
            return false;
        }
        self.is(i + 1, F_PLURAL_CUES)
    }

    /// A base-form verb reports only after an auxiliary or "went on to", "continued to".
    pub(super) fn base_is_reporting(&self, c: usize) -> bool {
        if c == 0 || !self.word(c - 1) {
            return false;
        }
        let p = self.lower(c - 1);
        if matches!(
            p,
            "would"
                | "will"
                | "did"
                | "does"
                | "do"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "to"
                | "also"
                | "later"
                | "then"
                | "only"
                | "just"
                | "simply"
        ) {
            if p == "to" {
                return c >= 2
                    && self.word(c - 2)
                    && matches!(
                        self.lower(c - 2),
                        "on" | "continued"
                            | "went"
                            | "began"
                            | "wanted"
                            | "going"
                            | "had"
                            | "has"
                            | "have"
                    );
            }
            return true;
        }
        false
    }

    /// (session 34) Whether the base form at `c` is a verb of saying in the present after a
    /// plural subject: a plural noun ([`super::speaker::plural_form`]) or "they", "we", "you"
    /// right before it (`The two experts argue that “…”`, `they contend that “…”`). The verbs
    /// are [`cues::PRESENT_PLURAL`]'s verbs of saying proper: not its documents' verbs ("show",
    /// "find": `TV shows show`) nor its stances ("think", "want", "fear" …).
    fn plural_present(&self, c: usize) -> bool {
        if c == 0 || !self.word(c - 1) || !self.word(c) {
            return false;
        }
        let v = self.lower(c);
        let verb = cues::PRESENT_PLURAL.contains(&v)
            && !matches!(
                v,
                "think"
                    | "believe"
                    | "agree"
                    | "suggest"
                    | "want"
                    | "expect"
                    | "feel"
                    | "fear"
                    | "show"
                    | "find"
            );
        let p = self.lower(c - 1);
        verb && (matches!(p, "they" | "we" | "you")
            || (super::speaker::plural_form(p)
                && !is_possessive(p)
                && !self.is(c - 1, F_STOP | F_DETERMINERS | F_PRONOUNS | F_TIME)))
    }

    pub(crate) fn quote_ends_with_comma(&self, k: usize) -> bool {
        match self.toks[k].kind {
            Kind::Quote(n) => (self.inner)(n as usize).ends_with(','),
            _ => false,
        }
    }

    pub(crate) fn is_finite_cue(&self, i: usize) -> bool {
        self.cue(i).is_some_and(|f| f != Form::Participle)
    }

    /// Whether token `i` is a participle cue verb ("adding", "noting").
    pub(crate) fn is_participle_cue(&self, i: usize) -> bool {
        self.cue(i) == Some(Form::Participle)
    }

    /// The index of the token that starts at text offset `start`, if one does.
    pub(crate) fn token_at(&self, start: usize) -> Option<usize> {
        self.toks
            .binary_search_by_key(&start, |t| t.span.start)
            .ok()
    }

    /// The cue with the auxiliaries and adverbs right before it, after the speaker's words:
    /// "has said", "also told", "would later say", "recently wrote", "could only quip", "is
    /// already claiming", "would not comment" (session 16: the annotated cue starts right after
    /// the speaker; an adverb in `-ly` or a modal was the largest group of wrong cues).
    pub(crate) fn cue_group(&self, cue: Span, (_, speaker_end): (usize, usize)) -> Span {
        let Some(c) = self.token_at(cue.start) else {
            return cue;
        };
        let mut a = c;
        while a > speaker_end && a > 0 && c - a < 4 && self.word(a - 1) && self.leads_cue(a - 1) {
            a -= 1;
        }
        Span::new(self.toks[a].span.start, cue.end)
    }

    /// An auxiliary, a negation or an adverb that belongs to the cue after it: a word of
    /// [`LEADS_CUE`], or one of five letters or more in `-ly` or `-n't`.
    /// (Never a capital: "Councillor Ann May said" is no modal.)
    fn leads_cue(&self, k: usize) -> bool {
        if self.cap(k) {
            return false;
        }
        if self.is(k, F_LEADS_CUE) {
            return true;
        }
        let t = self.toks[k].span;
        let last = self.text.as_bytes()[t.end - 1];
        if t.end - t.start < 5 || !matches!(last, b'y' | b'Y' | b't' | b'T') {
            return false;
        }
        let w = self.lower(k);
        // (a hyphenated word is no adverb: `al-Nakhly` is a name's last part)
        (w.ends_with("ly")
            && !w.contains('-')
            && !matches!(w, "family" | "rally" | "assembly" | "supply"))
            || w.ends_with("n't")
            || w.ends_with("n’t")
    }

    pub(crate) fn span(&self, (a, b): (usize, usize)) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    pub(super) fn ends_sentence(&self, i: usize) -> bool {
        match self.toks[i].kind {
            // (by the token's first byte: most punctuation, commas and dashes, is none of these)
            Kind::Punct => match self.text.as_bytes()[self.toks[i].span.start] {
                b'!' | b'?' | b';' => self.punct(i, "!?;"),
                b'.' => {
                    self.punct(i, ".")
                        && !(i + 1 < self.toks.len()
                            && (self.punct(i + 1, "),") || (self.word(i + 1) && !self.cap(i + 1))))
                }
                _ => false,
            },
            Kind::Quote(n) => {
                let s = (self.inner)(n as usize).trim_end_matches(['”', '’', '"', '\'', ')']);
                s.ends_with(['.', '!', '?', '…'])
                    && (i + 1 >= self.toks.len()
                        || self.cap(i + 1)
                        || matches!(self.toks[i + 1].kind, Kind::Quote(_)))
                    && !(i + 1 < self.toks.len() && self.cue(i + 1).is_some())
            }
            Kind::Word => false,
        }
    }

    /// The first token of the sentence holding token `end` (exclusive bound `end`).
    pub(crate) fn sentence_start(&self, end: usize) -> usize {
        if let Some((e, start)) = self.last_sentence.get() {
            if e == end {
                return start;
            }
        }
        let start = self.find_sentence_start(end);
        self.last_sentence.set(Some((end, start)));
        start
    }

    /// [`Reader::sentence_start`], worked out.
    fn find_sentence_start(&self, end: usize) -> usize {
        let floor = end.saturating_sub(160);
        let mut k = end;
        while k > floor {
            if self.ends_sentence(k - 1) {
                return k;
            }
            k -= 1;
        }
        k
    }

    /// (session 33) Whether the lower-case word at `j`, right after a capitalised word, reads as
    /// a singular noun heading the phrase: a noun ([`Reader::noun_after`]) of three ASCII
    /// letters or more that is no past form, -ly adverb, -ing form, time word or preposition,
    /// no adjective taking "with" or "to", and not followed by another noun that would be the
    /// head instead.
    fn noun_head_after_name(&self, j: usize) -> bool {
        if !self.cap(j - 1) || !self.noun_after(j) {
            return false;
        }
        let w = self.lower(j);
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with("ly")
            && !w.ends_with("ing")
            && !self.is(j, F_PAST | F_TIME | F_PREPOSITIONS_LEADING)
            && !self.takes_with_or_to(j)
            && !self.noun_after(j + 1)
    }

    /// Whether "with" or "to" follows token `j`: an adjective taking its phrase ("a Democrat
    /// familiar with", "close to").
    fn takes_with_or_to(&self, j: usize) -> bool {
        self.word(j + 1) && matches!(self.lower(j + 1), "with" | "to")
    }

    /// Whether token `k` is a lower-case word that may be a noun (no stop or skip word, -ed or
    /// -s form, or verb of saying): then it, not the word before, heads the phrase.
    fn noun_after(&self, k: usize) -> bool {
        if !self.word(k) || self.cap(k) || self.is(k, F_STOP | F_SKIP) {
            return false;
        }
        let n = self.lower(k);
        !n.ends_with("ed") && !n.ends_with('s') && self.cue(k).is_none()
    }

    /// A noun phrase starting at token `i`, ending before `end`: (start, end exclusive).
    pub(crate) fn np_forward(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        if i >= end || !self.word(i) {
            return None;
        }
        let first = self.lower(i);
        if self.is(i, F_PRONOUNS) {
            return Some((i, i + 1));
        }
        // ("said Will Pike": a capitalised "Will" or "May" inside a sentence, before another
        // capitalised word, is a first name)
        let first_name = matches!(first, "will" | "may")
            && i > 0
            && self.cap(i)
            && !self.ends_sentence(i - 1)
            && self.word(i + 1)
            && self.cap(i + 1);
        if (self.is(i, F_STOP) && !self.is(i, F_DETERMINERS) && !first_name)
            || self.cue(i).is_some()
        {
            return None;
        }
        if !self.cap(i)
            && (first.ends_with("ed") || first.ends_with("ing"))
            && !self.is(i, F_ROLES | F_MODIFIERS)
        {
            return None;
        }
        let mut j = i;
        let mut seen_cap = false;
        while j < end && j - i < 14 {
            let t = self.toks[j];
            match t.kind {
                Kind::Quote(_) => break,
                Kind::Punct => {
                    // a parenthesis after a name: (R-Ohio)
                    if self.punct(j, "(") && seen_cap {
                        let mut k = j + 1;
                        while k < end && k - j < 8 && !self.punct(k, ")") {
                            k += 1;
                        }
                        if self.punct(k, ")") {
                            j = k + 1;
                            continue;
                        }
                    }
                    break;
                }
                Kind::Word => {}
            }
            let w = self.lower(j);
            if j > i && (w == "of" || w == "for" || w == "at") {
                if self.word(j + 1)
                    && j + 1 < end
                    && (!self.is(j + 1, F_STOP) || self.is(j + 1, F_DETERMINERS))
                    && self.cue(j + 1).is_none()
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "and" && seen_cap && self.cap(j + 1) {
                j += 1;
                continue;
            }
            if j > i && (self.is(j, F_STOP) && !self.is(j, F_DETERMINERS)) {
                break;
            }
            // (session 23) "a recent report", "the poll": a document's name that is also a cue
            // form, right after a determiner and at most one lower-case word, is the phrase's
            // head ("according to a new survey by the agency" named "a new")
            let document_head = j > i
                && !seen_cap
                && self.is(j, F_DOCUMENTS)
                && (self.is(j - 1, F_DETERMINERS)
                    || (j >= i + 2
                        && !self.tok_cap(&self.toks[j - 1])
                        && self.is(j - 2, F_DETERMINERS)));
            if j > i && self.cue(j).is_some() && !document_head {
                break;
            }
            // "The billionaire businessman compared …": a verb's past form after the noun ends
            // a phrase of lower-case words
            // (after a modifier, an -ed word before a name, a determiner or a pronoun is the
            // verb too: "The former governor of the state endorsed Venn", session 24)
            if j > i
                && !seen_cap
                && !self.tok_cap(&t)
                && (w.ends_with("ed") || self.is(j, F_PAST))
                && !self.is(j, F_ROLES | F_MODIFIERS)
                && !self.is(j - 1, F_DETERMINERS)
                && (!self.is(j - 1, F_MODIFIERS)
                    || (self.word(j + 1)
                        && !self.is(j + 1, F_TIME)
                        && (self.cap(j + 1)
                            || self.is(j + 1, F_DETERMINERS | F_PRONOUNS)
                            // (session 34) a particle: "his campaign sent out a text"
                            || matches!(self.lower(j + 1), "out" | "up" | "off" | "down"))))
            {
                break;
            }
            // "Kenya's central bank cut its rate": a lower-case word before a determiner is
            // the verb taking its object
            if j > i
                && !seen_cap
                && !self.tok_cap(&t)
                && !self.is(j - 1, F_DETERMINERS)
                && self.word(j + 1)
                && self.is(j + 1, F_DETERMINERS)
            {
                break;
            }
            // (a capitalised determiner opening the sentence is no name: "The billionaire …")
            if self.tok_cap(&t) && !(j == i && self.is(j, F_DETERMINERS)) {
                seen_cap = true;
            } else if seen_cap && self.next_is_base_cue(j) {
                // "Local TV shows show …", "Senate aides say …": the plural noun after the
                // name ends the phrase, the verb after it is the predicate
                j += 1;
                break;
            } else if seen_cap
                && !self.is(j, F_ROLES)
                && !self.is(j, F_MODIFIERS)
                && !self.is(j, F_DETERMINERS)
                && !w.contains('-')
            {
                // (session 33) "the Ruiz supporter retorted", "a Lopez aide": after a
                // determiner and a name, one lower-case noun is the phrase's head; the name
                // only qualifies it (not a verb, an adverb or a plural: "the Senate passed",
                // "the Senate votes")
                if self.is(i, F_DETERMINERS) && self.noun_head_after_name(j) {
                    j += 1;
                }
                break;
            }
            j += 1;
            if is_possessive(w) {
                if !self.word(j) {
                    break;
                }
                // "Kenya's central bank", "the mayor's spokeswoman": the possessor's
                // organisation or role follows in lower case, and is the speaker; any other
                // noun ("Trump's gloomy tone") leaves the possessor
                let org_or_role = (j..end.min(j + 4))
                    .take_while(|&k| self.word(k) && !self.cap(k))
                    .any(|k| {
                        self.is(k, F_ROLES) || super::speaker::ORG_HEADS.contains(&self.lower(k))
                    });
                if !self.cap(j) {
                    if !org_or_role {
                        break;
                    }
                    seen_cap = false;
                }
            }
        }
        // (session 23: and a determiner the phrase stopped after, when two words stay before
        // it: "said Rep. Ann Roe at the time", "wrote the editors of the “…”")
        while j > i
            && (matches!(self.lower(j - 1), "of" | "for" | "at")
                || (j > i + 2
                    && matches!(
                        self.lower(j - 1),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this"
                    )))
        {
            j -= 1;
        }
        (j > i).then_some((i, j))
    }

    /// A noun phrase ending just before token `end`, not before `floor`; with the words it
    /// qualifies when it follows "familiar with", "close to" and the like ("a source familiar
    /// with the talks said": the source speaks, not the talks).
    pub(crate) fn np_backward(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let (a, b) = self.np_backward_plain(end, floor)?;
        if a >= floor + 3
            && self.word(a - 1)
            && self.word(a - 2)
            && matches!(self.lower(a - 1), "with" | "to" | "about" | "on" | "in")
            && matches!(
                self.lower(a - 2),
                "familiar" | "close" | "knowledgeable" | "briefed" | "involved" | "privy" | "near"
            )
        {
            if let Some((a2, b2)) = self.np_backward_plain(a - 2, floor) {
                if b2 == a - 2 {
                    return Some((a2, b));
                }
            }
        }
        Some((a, b))
    }

    /// [`Reader::np_backward`] without the qualifying phrase.
    fn np_backward_plain(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut j = end;
        loop {
            while j > floor && self.word(j - 1) && {
                let w = self.lower(j - 1);
                // (an -ly word after a determiner is a noun: "The family said")
                self.skippable_back(j - 1)
                    || (w.ends_with("ly")
                        && !self.cap(j - 1)
                        && w.len() > 4
                        && !(j >= 2 && self.word(j - 2) && self.is(j - 2, F_DETERMINERS)))
            } {
                j -= 1;
            }
            // "who in the past said", "who over the years said"
            if j >= floor + 4 && self.the_time_before(j) {
                j -= 3;
                continue;
            }
            // "who in 2010 said", "Lopez on Monday said"
            if j >= floor + 3
                && self.word(j - 1)
                && self.word(j - 2)
                && {
                    let w = self.lower(j - 1);
                    self.is(j - 1, F_TIME) || w.chars().all(char::is_numeric)
                }
                && matches!(
                    self.lower(j - 2),
                    "in" | "on" | "at" | "last" | "this" | "earlier" | "later" | "early" | "late"
                )
            {
                j -= 2;
                continue;
            }
            break;
        }
        if j <= floor {
            return None;
        }
        // `X, who replaced Y in July, said` / `the mayor, Ana Lopez, said` /
        // `Ada Finch, 71, of Dunmore, Pa., who voted, said`: a chain of comma-separated
        // chunks; the speaker is the farthest chunk naming someone (else the farthest phrase).
        // (session 33) `Ann Roe, the author of “Low Tide,” said`: a title in marks closing on
        // its comma ends the apposition as the comma would
        // (a title: two words or more in title case, not someone's words as in `his call for a
        // federal “deportation force,” Will described`)
        let title_comma = j - 1 > floor
            && match self.toks[j - 1].kind {
                Kind::Quote(n) => {
                    let inner = (self.inner)(n as usize);
                    inner.ends_with(',') && {
                        let t = inner.trim_end_matches(',').trim();
                        t.contains(' ') && super::kinds::title_case(t)
                    }
                }
                _ => false,
            };
        if self.punct(j - 1, ",—–") || title_comma {
            // (six at most: a fixed array, no allocation per speaker asked)
            let mut chain = [(0usize, 0usize); 6];
            let mut n = 0;
            let mut close = j - 1;
            while n < chain.len() {
                let mut k = close;
                while k > floor && !self.punct(k - 1, ",—–;:") && close - k < 25 {
                    k -= 1;
                }
                if k == close {
                    break;
                }
                chain[n] = (k, close);
                n += 1;
                if k > floor && self.punct(k - 1, ",—–") && k - 1 > floor {
                    close = k - 1;
                } else {
                    break;
                }
            }
            let chunks = &chain[..n];
            let mut named = None;
            let mut phrase = None;
            for (ci, &(k, close)) in chunks.iter().enumerate() {
                // (session 33) `As Ann Roe, a law professor, put it`, `But as Roe, …, said`:
                // the subordinator and conjunctions opening the sentence are not the name's
                let mut k = k;
                if k + 2 < close
                    && self.word(k)
                    && matches!(self.lower(k), "but" | "and" | "yet" | "so")
                    && self.lower(k + 1) == "as"
                {
                    k += 1;
                }
                if k + 1 < close && self.word(k) && self.lower(k) == "as" {
                    k += 1;
                }
                // (`Even Rendell, a stalwart Lopez supporter, said`: an adverb opening the
                // sentence is not the name's either)
                if k + 1 < close
                    && self.word(k)
                    && matches!(self.lower(k), "even" | "only" | "also" | "still" | "just")
                {
                    k += 1;
                }
                let head = self.lower(k);
                if matches!(head, "who" | "which" | "whose" | "where" | "whom" | "when")
                    || self.is(k, F_PREPOSITIONS_LEADING)
                    || matches!(head, "of" | "to" | "and" | "but")
                    || head.chars().next().is_some_and(char::is_numeric)
                {
                    continue;
                }
                let Some(np) = self.np_forward(k, close).filter(|&(_, b)| b == close) else {
                    continue;
                };
                if self.is_time(np) {
                    continue;
                }
                // "Roe, whose company, Harbourline, builds ferries, said": a name after "whose
                // …" is that noun's apposition; "Roe, the editor of the town's weekly, The
                // Gazette, said": so is a name after a description of someone named before it
                let apposed = chunks.get(ci + 1).is_some_and(|&(pk, _)| {
                    self.lower(pk) == "whose"
                        || (self.is(pk, F_DETERMINERS)
                            && !self.cap(pk)
                            && chunks.get(ci + 2).is_some_and(|&(nk, _)| {
                                self.cap(nk)
                                    && !self
                                        .is(nk, F_DETERMINERS | F_PREPOSITIONS_LEADING | F_LEADING)
                                    && !self.lower(nk).ends_with("ly")
                                    && !is_possessive(self.lower(nk))
                            }))
                });
                // (a possessor opens no name: "…, Germany's largest bank, said")
                if self.cap(k) && !self.is(k, F_DETERMINERS) && !is_possessive(head) && !apposed {
                    // "…, of Ashton, Md., who …": a place after "of"/"from" is not the speaker
                    let place = chunks.get(ci + 1).is_some_and(|&(pk, pclose)| {
                        matches!(self.lower(pk), "of" | "from" | "in")
                            || self.state_after_town((pk, pclose), (k, close))
                    });
                    if !place {
                        named = Some(np);
                        break;
                    }
                } else if phrase.is_none() {
                    phrase = Some(np);
                }
            }
            if named.is_none() {
                // (session 34) `… charges that Tom Ruiz, for one, called “…”`: a short phrase a
                // preposition opens, set off right before the verb, is an aside; the subject
                // of a clause closing the words before it speaks (after "that", "and" …; not
                // the object of a preposition: `The mayor, of Elm Bay, in a statement, said`)
                if let [(k0, c0), (k1, c1), ..] = *chunks {
                    let aside = c0 - k0 <= 3 && self.is(k0, F_PREPOSITIONS_LEADING);
                    if aside {
                        if let Some(np) = self.np_plain_back(c1, k1).filter(|&(a, b)| {
                            b == c1
                                && a > k1
                                && self.word(a - 1)
                                && matches!(
                                    self.lower(a - 1),
                                    "that"
                                        | "which"
                                        | "whom"
                                        | "and"
                                        | "but"
                                        | "because"
                                        | "while"
                                        | "as"
                                )
                                && ((self.cap(a) && !self.is(a, F_DETERMINERS | F_LEADING))
                                    || self.is(a, F_PRONOUNS | F_ROLES))
                                && !self.is_time((a, b))
                        }) {
                            return Some(np);
                        }
                    }
                }
                // no name: the farthest phrase
                for &(k, close) in chunks.iter().rev() {
                    let head = self.lower(k);
                    if self.is(k, F_PREPOSITIONS_LEADING)
                        || matches!(head, "who" | "which" | "of" | "to" | "and" | "but")
                        // (session 34) never a number: `before the March 4, 2019, floods, …`
                        || head.chars().next().is_some_and(char::is_numeric)
                    {
                        continue;
                    }
                    if let Some(np) = self.np_forward(k, close).filter(|&(_, b)| b == close) {
                        if !self.is_time(np) {
                            phrase = Some(np);
                            break;
                        }
                    }
                }
            }
            if let Some(np) = named.or(phrase) {
                return Some(np);
            }
            // the first chunk may end in a phrase: "In Ohio on Friday the mayor, 45, said"
            if let Some(&(k, close)) = chunks.last() {
                return self.np_plain_back(close, k.max(floor));
            }
            return None;
        }
        self.np_plain_back(j, floor)
    }

    /// (session 21) Whether the comma chunk `(k, close)` is the second part of a place, "Town,
    /// State", whose first half closes the chunk `(pk, pclose)` before it after "in", "from",
    /// "near" or "outside": `Ann Roe, at a harbour forum in Elm Bay, Maine, said`, `…, speaking in
    /// Dunmore, Pa., said`. The chunk is one to three capitalised words (or two places joined
    /// by "and"); it names no speaker.
    fn state_after_town(&self, (pk, pclose): (usize, usize), (k, close): (usize, usize)) -> bool {
        if close <= k
            || close - k > 3
            || !(k..close).all(|j| self.cap(j) || (j > k && self.lower(j) == "and"))
        {
            return false;
        }
        let mut j = pclose;
        while j > pk && self.cap(j - 1) {
            j -= 1;
        }
        j < pclose
            && j > pk
            && self.word(j - 1)
            && matches!(self.lower(j - 1), "in" | "from" | "near" | "outside")
    }

    fn np_plain_back(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut a = end;
        while a > floor && end - a < 12 {
            let t = self.toks[a - 1];
            if t.kind == Kind::Punct {
                if self.punct(a - 1, ")") {
                    let mut k = a - 1;
                    while k > floor && a - 1 - k < 8 && !self.punct(k, "(") {
                        k -= 1;
                    }
                    if self.punct(k, "(") && k > floor {
                        a = k;
                        continue;
                    }
                }
                break;
            }
            if !t.is_word() {
                break;
            }
            let w = self.lower(a - 1);
            // (session 34) an object pronoun closing a phrase after "to", "with", "of":
            // `a source close to him said`, `a friend of his said` (a stop word otherwise)
            // (after "of" only "them", "his", "hers": `One of them said`; `those of us who
            // wanted` is no phrase of "us")
            if a == end
                && a >= floor + 2
                && self.word(a - 2)
                && match self.lower(a - 2) {
                    "to" | "with" | "near" => {
                        matches!(w, "him" | "her" | "them" | "us" | "me")
                    }
                    "of" => matches!(w, "them" | "his" | "hers"),
                    _ => false,
                }
            {
                a -= 1;
                continue;
            }
            if self.is(a - 1, F_PRONOUNS) {
                if a == end {
                    a -= 1;
                }
                break;
            }
            if self.is(a - 1, F_DETERMINERS) && !self.tok_cap(&t) || (w == "the") {
                a -= 1;
                // "a spokesman for the agency": keep going over "for"/"of" after a role
                if a > floor + 1
                    && matches!(self.lower(a - 1), "for" | "of" | "at")
                    && self.word(a - 2)
                    && (self.cap(a - 2) || self.is(a - 2, F_ROLES))
                {
                    a -= 1;
                    continue;
                }
                break;
            }
            if matches!(w, "of" | "for" | "at" | "along" | "in" | "from" | "near") {
                if a < end
                    && a > floor + 1
                    && self.word(a - 2)
                    && (self.cap(a - 2) || self.is(a - 2, F_ROLES))
                {
                    a -= 1;
                    continue;
                }
                break;
            }
            if w == "and" && a < end && a >= 2 && self.cap(a) && self.cap(a - 2) {
                a -= 1;
                continue;
            }
            if self.is(a - 1, F_STOP) || self.cue(a - 1).is_some() {
                break;
            }
            let ok = self.tok_cap(&t)
                || self.is(a - 1, F_ROLES)
                || self.is(a - 1, F_MODIFIERS)
                || w.contains('-')
                || w.ends_with("al")
                || w.ends_with("ic")
                || w.ends_with("an");
            // "the letter", "a narrator": a noun right after a determiner; also after one
            // describing word that follows the determiner ("The old banker", "the retired
            // nurse")
            let after_det = !self.is(a - 1, F_STOP)
                && ((a >= floor + 2 && self.word(a - 2) && self.is(a - 2, F_DETERMINERS))
                    || (a >= floor + 3
                        && self.word(a - 3)
                        && self.is(a - 3, F_DETERMINERS)
                        && !self.tok_cap(&self.toks[a - 2])
                        && describes_people(self.lower(a - 2))
                        // (not before the noun "saying": "the old village saying: “…”")
                        && !(self.word(end) && self.lower(end) == "saying")));
            if !ok && !after_det {
                break;
            }
            // a possessive ends the phrase only at its own end ("Trump’s campaign")
            a -= 1;
        }
        // trim a leading preposition
        while a < end && matches!(self.lower(a), "of" | "for" | "at" | "and") {
            a += 1;
        }
        (a < end).then_some((a, end))
    }

    /// Whether the word `p` is a preposition opening the sentence that starts at `s` (after
    /// "but", "still" and the like).
    fn opening_preposition(&self, s: usize, p: usize) -> bool {
        self.word(p)
            && self.is(p, F_PREPOSITIONS_LEADING)
            && (s..p).all(|k| self.word(k) && self.is(k, F_LEADING))
    }

    /// Whether the words from `i` up to the first comma are a time phrase ending in "later" or
    /// "ago" ("A month later,", "Two years ago,"); the comma's index if so.
    fn time_phrase_comma(&self, i: usize, limit: usize) -> Option<usize> {
        let k = (i..limit.min(i + 6)).find(|&k| !self.word(k))?;
        (k > i + 1
            && self.punct(k, ",")
            && matches!(self.lower(k - 1), "later" | "ago" | "earlier"))
        .then_some(k)
    }

    /// The subject of the clause starting at `s`, before `limit`.
    pub(crate) fn subject(&self, s: usize, limit: usize) -> Option<(usize, usize)> {
        let mut i = self.dateline_end(s, limit).unwrap_or(s);
        while i < limit && self.word(i) && self.is(i, F_LEADING) {
            i += 1;
            if self.punct(i, ",") {
                i += 1;
            }
        }
        // skip leading phrases up to their comma: "On Thursday, after a long wait, Warren ...",
        // "A month later, he ..."
        let mut rounds = 0;
        while rounds < 3 && i < limit && self.word(i) {
            let lead = i;
            let k = if let Some(k) = self.time_phrase_comma(i, limit) {
                k
            } else {
                let w = self.lower(i);
                let leading = self.is(i, F_PREPOSITIONS_LEADING)
                    || w.ends_with("ing")
                    // (session 34) `Ever since she joined, …`, `Shortly after the vote, …`
                    || (matches!(
                        w,
                        "ever" | "even" | "just" | "shortly" | "soon" | "long" | "right" | "only"
                    ) && i + 1 < limit
                        && self.word(i + 1)
                        && !self.cap(i + 1)
                        && matches!(
                            self.lower(i + 1),
                            "since" | "after" | "before" | "as" | "though" | "if" | "when"
                                | "while" | "once" | "until"
                        ))
                    || (w.ends_with("ly") && i + 1 < limit && self.cue(i + 1).is_none())
                    || self.participle_phrase(i, limit);
                if !leading {
                    break;
                }
                let mut k = i;
                while k < limit && !self.punct(k, ",") && !self.quote_ends_with_comma(k) {
                    k += 1;
                }
                if k >= limit {
                    // (session 34) a capitalised "-ing" word with no comma after it and a
                    // verb in the past right after it is a name, not a participle's phrase:
                    // "King smiled and said", "Ebeling has said" (a gerund leads its own
                    // phrase: "Using a filter adds …")
                    if self.cap(i)
                        && w.ends_with("ing")
                        && !self.is(i, F_PREPOSITIONS_LEADING)
                        && self.word(i + 1)
                        && !self.cap(i + 1)
                        && (self.lower(i + 1).ends_with("ed")
                            || self.is(i + 1, F_PAST | F_SKIP)
                            || self.is_finite_cue(i + 1))
                    {
                        break;
                    }
                    return None;
                }
                k
            };
            i = k + 1;
            rounds += 1;
            // "… in Salem, New Hampshire, Trump …": a place's state or country after the
            // phrase's last name, set off by commas, belongs to the phrase
            if k > 0 && self.word(k - 1) && self.cap(k - 1) {
                let mut j = i;
                while j < limit && j - i < 3 && self.word(j) && self.cap(j) {
                    j += 1;
                }
                // (then a name or a preposition: "In Washington, Senator Lee, a Democrat, …"
                // keeps its subject)
                let then_named =
                    self.word(j + 1) && (self.cap(j + 1) || self.is(j + 1, F_PREPOSITIONS_LEADING));
                if j > i && j + 1 < limit && self.punct(j, ",") && then_named {
                    i = j + 1;
                }
                // "Greeted by Ann Roe, the harbour master, Pike …": the name's apposition
                // belongs to the phrase
                if self.participle_phrase(lead, limit) {
                    i = self.past_apposition(i, limit);
                }
            }
            while i < limit && self.word(i) && self.is(i, F_LEADING) {
                i += 1;
            }
        }
        let np = self.np_forward(i, limit)?;
        // a determiner alone ("The" of "The remarks suggest …", where the noun reads as a
        // verb) names nobody
        (!(np.1 == np.0 + 1 && self.is(np.0, F_DETERMINERS))).then_some(np)
    }

    /// After a name's comma at token `i`: past an apposition led by "the", "a" or "an" up to
    /// its comma when a capitalised word follows that comma; else `i`.
    fn past_apposition(&self, i: usize, limit: usize) -> usize {
        if !(self.word(i) && matches!(self.lower(i), "the" | "a" | "an")) {
            return i;
        }
        (i + 1..limit.min(i + 14))
            .take_while(|&m| self.word(m) || self.punct(m, ","))
            .find(|&m| self.punct(m, ","))
            .filter(|&m| m + 1 < limit && self.word(m + 1) && self.cap(m + 1))
            .map_or(i, |m| m + 1)
    }

    /// Whether a past participle and a preposition open a phrase at token `i`: "Angered by the
    /// vote, …", "Preceded at the podium by …" (a name never: "United Airlines", "Ted Pike").
    fn participle_phrase(&self, i: usize, limit: usize) -> bool {
        i + 1 < limit
            && self.word(i + 1)
            && !self.cap(i + 1)
            && self.lower(i).ends_with("ed")
            && matches!(
                self.lower(i + 1),
                "at" | "by" | "with" | "about" | "in" | "on" | "over" | "from" | "to" | "for"
            )
    }

    /// The token after a dateline that opens the paragraph at `s`: "WASHINGTON, Dec. 8 (UPI) —",
    /// "Washington (AFP) –", "CAIRO – 26 July 2022:": capitalised words, numbers, commas,
    /// periods and brackets up to a dash (and a date after it up to a colon), the first word in
    /// capitals or an agency's acronym in brackets. The place is no subject of the sentence that
    /// follows.
    fn dateline_end(&self, s: usize, limit: usize) -> Option<usize> {
        if s != 0 || !self.cap(s) {
            return None;
        }
        let limit = limit.min(self.toks.len());
        let mut agency = false;
        for j in s + 1..limit.min(s + 14) {
            let t = self.toks[j].span.as_str(self.text);
            if matches!(t, "—" | "–" | "-" | "--") {
                if !(self.acronym(s) || agency) {
                    return None;
                }
                // "CAIRO – 26 July 2022: …": the date after the dash goes too
                let date_end = (j + 1..limit.min(j + 7))
                    .take_while(|&k| self.cap(k) || self.punct(k, ",") || self.opens_with_digit(k))
                    .last()
                    .filter(|&k| self.punct(k + 1, ":"));
                return Some(date_end.map_or(j + 1, |k| k + 2));
            }
            if t == "(" && self.acronym(j + 1) && self.punct(j + 2, ")") {
                agency = true;
            }
            let fits = self.cap(j)
                || self.acronym(j)
                || t.as_bytes().first().is_some_and(u8::is_ascii_digit)
                || matches!(t, "," | "." | "(" | ")" | "/");
            if !fits {
                return None;
            }
        }
        None
    }

    /// Attribution after the quote token `q`: `"…," X said`, `"…," said X`, `"…" — X`.
    pub(crate) fn after(&self, q: usize) -> Option<Found> {
        let n = self.toks.len();
        let mut i = q + 1;
        if i >= n {
            return None;
        }
        let Kind::Quote(piece) = self.toks[q].kind else {
            return None;
        };
        let inner = (self.inner)(piece as usize).trim_end_matches(['”', '’', '"', '\'']);
        let last = inner.chars().last().unwrap_or(' ');
        // dash sign-off: `"…" — Commissioner Jane Roe`
        if self.punct(i, "—–--―") {
            let a = i + 1;
            let mut b = a;
            while b < n && b - a < 10 && self.word(b) && self.cue(b).is_none() {
                b += 1;
            }
            let tail_ok =
                b == n || self.punct(b, ".,(") || matches!(self.toks[b].kind, Kind::Quote(_));
            // (a name opens and closes the phrase: `"…" - just as she did in 2012.` and `"…" -
            // Spanish for "…"` go on with the sentence)
            if b > a && tail_ok && self.cap(a) && self.cap(b - 1) {
                return Some(Found {
                    speaker: (a, b),
                    cue: Some(self.toks[i].span),
                    pattern: Pattern::DashSignOff,
                    end: b,
                });
            }
            return self.dash_aside_then_quote(i);
        }
        let comma_after = self.punct(i, ",");
        if comma_after {
            i += 1;
        }
        let direct_end = matches!(last, ',' | '?' | '!' | '—' | '–' | '-' | '…' | ':');
        let period_end = matches!(last, '.');
        // `"…" said X`: a cue right after the closing mark, with no comma in between, when the
        // quotation opens its sentence (`the "sharing economy" reflects …` is a scare quote).
        let cue_next =
            !period_end && self.word(i) && self.cue(i).is_some() && self.sentence_start(q) == q;
        let tight = direct_end
            || comma_after
            || cue_next
            || (period_end && !self.cap(i))
            || (period_end && self.cue_ahead(i));
        if tight {
            if let Some(f) = self.after_tight(i) {
                // `"…." Tom Pike said: "…"`: after a closed sentence, an attribution ending in a
                // colon before the next quotation introduces that one, not this one
                let introduces_next = period_end
                    && self.punct(f.end, ":")
                    && f.end + 1 < n
                    && matches!(self.toks[f.end + 1].kind, Kind::Quote(_));
                if introduces_next {
                    return None;
                }
                return Some(f);
            }
        }
        if direct_end && self.word(i) && self.sentence_start(q) == q {
            if let Some(f) = self.inverted_unknown_verb(i) {
                return Some(f);
            }
        }
        if period_end || matches!(last, '?' | '!') {
            return None;
        }
        self.sentence_final(i)
    }

    /// (session 36) `“This is fantastic!” beamed Ada Kovic of Millport, who …`, `“…,”
    /// reacted Mayor Lena Ortiz.`: right after a quotation that opens its sentence, a
    /// lower-case past-tense verb outside the lexicon and a phrase with a name in it, which
    /// ends the sentence or a clause (a comma). The verb takes no object there, so the name is
    /// its inverted subject (`“…,” thanked Roe for …` goes on, and is not read).
    #[cold]
    #[inline(never)]
    fn inverted_unknown_verb(&self, i: usize) -> Option<Found> {
        let n = self.toks.len();
        let w = self.lower(i);
        if self.cap(i)
            || w.len() < 5
            || !w.ends_with("ed")
            || self.cue(i).is_some()
            || self.is(i, F_STOP | F_DETERMINERS)
        {
            return None;
        }
        let (a, b) = self.np_forward(i + 1, n)?;
        let named = (a..b).any(|k| self.cap(k) && !self.is(k, F_DETERMINERS | F_PRONOUNS));
        let closes = b >= n || self.punct(b, ".,;!?");
        if !named || !closes || self.is_time((a, b)) || takes_person_object(w) {
            return None;
        }
        Some(Found {
            speaker: (a, b),
            cue: Some(self.toks[i].span),
            pattern: Pattern::InvertedVerb,
            end: b,
        })
    }

    /// (session 35) An aside between two dashes right after the quotation, then the quotation
    /// goes on: `“I don’t think the old plan” -- that the port would close -- “is going to
    /// last,” Ruiz says.` The first piece is the speaker's of the second (its attribution right
    /// after it, [`Reader::after`]); `dash` is the opening dash's token. The aside is words and
    /// commas only, 24 tokens at most; a second aside after the next quotation is not followed
    /// (one step, no chain).
    #[cold]
    #[inline(never)]
    fn dash_aside_then_quote(&self, dash: usize) -> Option<Found> {
        let n = self.toks.len();
        let mut j = dash + 1;
        while j < n && j - dash <= 24 && (self.word(j) || self.punct(j, ",")) {
            j += 1;
        }
        if j == dash + 1 || !self.punct(j, "—–--―") {
            return None;
        }
        let next = j + 1;
        if !matches!(self.toks.get(next).map(|t| t.kind), Some(Kind::Quote(_)))
            || self.punct(next + 1, "—–--―")
        {
            return None;
        }
        self.after(next)
    }

    /// Where the main clause of the sentence starting at token `s` begins, when the sentence
    /// opens with a subordinate clause closed by a comma ("While not everything Ball says is
    /// true, Reyes said …": that clause's verb is not the attribution); else `s`.
    pub(super) fn after_fronted_clause(&self, s: usize, end: usize) -> usize {
        const OPENERS: &[&str] = &[
            "while", "although", "though", "because", "if", "whereas", "unless", "since", "even",
        ];
        if !(self.word(s) && OPENERS.contains(&self.lower(s))) {
            return s;
        }
        (s + 1..end)
            .find(|&k| self.punct(k, ","))
            .map_or(s, |k| k + 1)
    }

    /// Like [`Reader::after_fronted_clause`], and also past a fronted clause of time ("When
    /// Roe took the stage, Poe said she was “…”", "After the vote ended, …"): a quotation after
    /// the clause's comma is the main clause's, not the one of the clause's verb.
    fn after_fronted_time_clause(&self, s: usize, end: usize) -> usize {
        if self.word(s) && matches!(self.lower(s), "when" | "after" | "before" | "once") {
            return (s + 1..end)
                .find(|&k| self.punct(k, ","))
                .map_or(s, |k| k + 1);
        }
        let from = self.after_fronted_clause(s, end);
        if from > s {
            return from;
        }
        // "Later that evening, after Pike testified, Roe said …": the same clause behind a
        // short opening phrase with no verb of saying in it
        let Some(k) = (s + 1..end.min(s + 8)).find(|&k| self.punct(k, ",")) else {
            return s;
        };
        let opener = self.word(k + 1)
            && matches!(
                self.lower(k + 1),
                "when" | "after" | "before" | "once" | "while" | "although" | "though" | "whereas"
            );
        if !opener || (s..k).any(|j| self.cue(j).is_some()) {
            return s;
        }
        (k + 2..end)
            .find(|&j| self.punct(j, ","))
            .map_or(s, |j| j + 1)
    }

    /// Whether the words `(a, b)` are one word naming no kind of speaker: not a role
    /// ("aides"), a pronoun or a determiner. A sentence's subject of that kind ("Hours after
    /// the vote, …", "Thirteen years earlier, …") is no speaker unless it names an entity.
    pub(crate) fn bare_word(&self, (a, b): (usize, usize)) -> bool {
        b == a + 1 && !self.is(a, F_ROLES | F_PRONOUNS | F_DETERMINERS)
    }

    /// (session 33) Whether the words `(a, b)` are the lone pronoun "it". Without a verb of
    /// saying it is an empty subject (`it gets better: “…”`, `It was the mayor’s “…”`), and
    /// after a verb it is the object (`as Roe put it, “…”`, `said it`), never a speaker.
    pub(crate) fn lone_it(&self, (a, b): (usize, usize)) -> bool {
        b == a + 1 && self.word(a) && self.lower(a) == "it"
    }

    /// Whether the sentence goes on after the quote token `q`, which closes on a comma:
    /// `"…," an angry Hollande retaliated`. The words after it are the quotation's own
    /// attribution, even when no rule reads them.
    pub(crate) fn clause_goes_on(&self, q: usize) -> bool {
        let Kind::Quote(piece) = self.toks[q].kind else {
            return false;
        };
        (self.inner)(piece as usize)
            .trim_end_matches(['”', '’', '"', '\''])
            .ends_with(',')
            && self.word(q + 1)
    }

    /// Whether a reporting verb follows the quote token `q` at once (after its comma, if any):
    /// `"…," said …`. Such a quote names its own speaker, even when the phrase after the verb
    /// is one [`Reader::after`] cannot read; it must not be taken for the previous speaker's.
    pub(crate) fn cue_right_after(&self, q: usize) -> bool {
        let mut i = q + 1;
        if self.punct(i, ",") {
            i += 1;
        }
        i < self.toks.len() && self.word(i) && self.cue(i).is_some_and(|f| f != Form::Participle)
    }

    /// `X said` or `said X` right after the quotation (and its comma).
    fn after_tight(&self, i: usize) -> Option<Found> {
        let n = self.toks.len();
        // "according to X"
        if self.word(i)
            && self.lower(i) == "according"
            && self.word(i + 1)
            && self.lower(i + 1) == "to"
        {
            let np = self.np_forward(i + 2, n)?;
            return Some(Found {
                speaker: np,
                cue: Some(Span::new(
                    self.toks[i].span.start,
                    self.toks[i + 1].span.end,
                )),
                pattern: Pattern::AfterAccordingTo,
                end: np.1,
            });
        }
        // cue first: said X
        if let Some(form) = self.cue(i) {
            if form != Form::Participle {
                let (a, b) = self.np_forward(i + 1, n)?;
                // `said former city engineer Ann Lee`: a modifier may lead, when a name or a
                // role follows in the phrase.
                let led_by_modifier =
                    self.is(a, F_MODIFIERS) && (a..b).any(|k| self.cap(k) || self.is(k, F_ROLES));
                // `said master of ceremonies Lina Sorvik`: a lower-case title before a name
                let titled_name = b - a <= 8 && (a + 1..b).any(|k| self.cap(k));
                // `“…,” described the impact as`, `said the mayor could`: the phrase is the
                // verb's object or the subject of a clause, not an inverted speaker (but `said
                // the harbour master known as Bob`)
                let object = b < n
                    && self.word(b)
                    && match self.lower(b) {
                        "as" => {
                            !(self.lower(b - 1) == "known" || self.lower(b - 1).ends_with("ed"))
                        }
                        w => matches!(
                            w,
                            "could"
                                | "would"
                                | "will"
                                | "should"
                                | "can"
                                | "may"
                                | "might"
                                | "must"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "has"
                                | "have"
                                | "had"
                        ),
                    };
                // (`put it`, `called it`: "it" after the verb is its object)
                if object || self.lone_it((a, b)) {
                    return None;
                }
                if self.cap(a)
                    || titled_name
                    || self.is(a, F_DETERMINERS)
                    || self.is(a, F_PRONOUNS)
                    || self.is(a, F_ROLES)
                    || led_by_modifier
                {
                    return Some(Found {
                        speaker: (a, b),
                        cue: Some(self.toks[i].span),
                        pattern: Pattern::AfterCueFirst,
                        end: b,
                    });
                }
            }
            return None;
        }
        // speaker first: X said
        let limit = (i + 30).min(n);
        let mut c = i;
        let mut depth = 0u32;
        // inside `, who …,` after the speaker's words: a verb there is the relative clause's
        // (`one official, who asked that her name be withheld, said`), not the attribution's
        let mut relative = false;
        while c < limit {
            if self.punct(c, "(") {
                depth += 1;
            } else if self.punct(c, ")") {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && relative {
                if self.punct(c, ",") {
                    relative = false;
                } else if self.toks[c].kind != Kind::Word {
                    return None;
                }
            } else if depth == 0
                && c > i
                && self.punct(c - 1, ",")
                && self.word(c)
                && self.lower(c) == "who"
            {
                relative = true;
            } else if depth == 0 {
                let abbrev_dot = self.punct(c, ".")
                    && c + 1 < n
                    && (self.punct(c + 1, ",") || (self.word(c + 1) && !self.cap(c + 1)));
                if self.toks[c].kind != Kind::Word && !self.punct(c, ",-") && !abbrev_dot {
                    return None;
                }
                if let Some(form) = self.cue(c) {
                    if form == Form::Participle {
                        return None;
                    }
                    break;
                }
            }
            c += 1;
        }
        if c >= limit || c == i {
            return None;
        }
        let mut e = c;
        while e > i + 1 && self.skippable_back(e - 1) {
            e -= 1;
        }
        let has_comma = (i..e).any(|k| self.punct(k, ","));
        // `"…," former aide Ann Lee wrote`: a modifier may lead, when a name or a role follows
        let led_by_modifier =
            self.is(i, F_MODIFIERS) && (i..e).any(|k| self.cap(k) || self.is(k, F_ROLES));
        let speaker = if !has_comma
            && e - i <= 10
            && (self.cap(i)
                || self.is(i, F_DETERMINERS)
                || self.is(i, F_PRONOUNS)
                || self.is(i, F_ROLES)
                || led_by_modifier)
            && (i..e).all(|k| {
                !self.word(k) || {
                    let w = self.lower(k);
                    !self.is(k, F_STOP)
                        || self.acronym(k)
                        || matches!(
                            w,
                            "of" | "for" | "at" | "in" | "with" | "from" | "and" | "on"
                        )
                        || (k == i && self.is(k, F_PRONOUNS))
                }
            }) {
            (i, e)
        } else {
            let (a, b) = self.np_backward(c, i)?;
            if a != i && !self.np_covers_from(i, a) {
                return None;
            }
            (a, b)
        };
        if self.is_time(speaker) {
            return None;
        }
        Some(Found {
            speaker,
            cue: Some(self.toks[c].span),
            pattern: Pattern::AfterSpeakerFirst,
            end: c + 1,
        })
    }

    /// `"…" to drive up the price, she said.`: the sentence ends with `, X said`.
    fn sentence_final(&self, i: usize) -> Option<Found> {
        let n = self.toks.len();
        let limit = (i + 40).min(n);
        let mut c = i;
        while c < limit && !self.punct(c, ".!?;:") {
            // (session 34) a later quotation of the sentence closing on its comma stands for the
            // comma: `“They cost a lot” but are needed “for the long run,” she said.`
            // (no verb of saying before it: `“bristled” and said, “No comment,” the paper
            // reported` is the paper's report of the quotation's speaker)
            let quote_comma = c > i
                && self.quote_ends_with_comma(c)
                && !(i..c).any(|j| self.word(j) && self.cue(j).is_some());
            if (self.punct(c, ",") || quote_comma) && c + 2 < n {
                // ", X said" / ", X said Friday" then the sentence's end
                let mut k = c + 1;
                while k < limit && k - c <= 8 && self.word(k) && self.cue(k).is_none() {
                    k += 1;
                }
                if k < limit && k > c + 1 {
                    if let Some(form) = self.cue(k) {
                        // (after the verb, up to four words, or a phrase that a preposition
                        // opens: `…, she said in a note to the harbour board.`)
                        let span = if k + 1 < n
                            && self.word(k + 1)
                            && matches!(
                                self.lower(k + 1),
                                "in" | "on" | "at" | "during" | "to" | "after" | "before" | "of"
                            ) {
                            10
                        } else {
                            4
                        };
                        let mut e = k + 1;
                        while e < n && e - k <= span && self.word(e) {
                            e += 1;
                        }
                        // (session 34) or a comma right after the verb, the sentence going
                        // on: `“Most of it comes from measuring” income, she said, rather than
                        // from …`
                        let ends = e >= n
                            || self.punct(e, ".!?")
                            || (e == k + 1
                                && self.punct(e, ",")
                                && (self.is(c + 1, F_PRONOUNS) || self.cap(c + 1))
                                // (`…, he said, “…”` introduces the next quotation)
                                && !matches!(
                                    self.toks.get(e + 1).map(|t| t.kind),
                                    Some(Kind::Quote(_))
                                ));
                        if form == Form::Finite && ends {
                            let np = self
                                .np_forward(c + 1, k)
                                .filter(|&(_, b)| b == k || (b < k && self.is(b, F_SKIP)))?;
                            if !(self.cap(np.0)
                                || self.is(np.0, F_PRONOUNS)
                                || self.is(np.0, F_DETERMINERS))
                                || self.is_time(np)
                            {
                                return None;
                            }
                            return Some(Found {
                                speaker: np,
                                cue: Some(self.toks[k].span),
                                pattern: Pattern::SentenceFinal,
                                end: k + 1,
                            });
                        }
                    }
                }
            }
            c += 1;
        }
        None
    }

    fn cue_ahead(&self, i: usize) -> bool {
        // "X said" right after a quote ending in a period: `"…." Lopez said.`
        let mut k = i;
        while k < self.toks.len() && k < i + 6 && self.word(k) {
            if self.cue(k).is_some_and(|f| f != Form::Participle) {
                return k > i;
            }
            k += 1;
        }
        false
    }

    fn np_covers_from(&self, i: usize, a: usize) -> bool {
        // between i and a there may be an apposition: "the mayor of Springfield, Ana Lopez,"
        self.np_forward(i, a)
            .is_some_and(|(_, b)| b == a || (b < a && self.punct(b, ",")))
    }

    /// Whether the quote token `end` follows `what X called` (see [`Reader::what_x_calls`]):
    /// the quotation is X's, whatever follows it.
    pub(crate) fn called_right_before(&self, end: usize) -> bool {
        let s = self.sentence_start(end);
        s < end && self.what_x_calls(s, end).is_some()
    }

    /// `…, said Ann Roe, who thinks the board “…”`, `Roe praised Tom Pike, who has also
    /// vowed to “…”`: a relative clause after a comma and a name, still open at the quotation
    /// (no comma after "who"), its verb one of saying or thinking right after "who" (past
    /// auxiliaries and adverbs), carries the quotation; "who" is the speaker (the antecedent's
    /// name).
    fn relative_cue_before(&self, from: usize, end: usize) -> Option<Found> {
        static FINDER: OnceLock<memchr::memmem::FinderRev<'static>> = OnceLock::new();
        // (one search of the lower-cased words back from the quotation first, the tokens only
        // after a hit; after a comma and a name: `any rider who grumbles …` and `told a voter
        // who asked …` are within the attribution's words)
        if from >= end {
            return None;
        }
        let lo = self.toks[from].span.start;
        let hi = self.toks[end].span.start;
        let finder = FINDER.get_or_init(|| memchr::memmem::FinderRev::new(b", who "));
        let at = lo + finder.rfind(&self.low.as_bytes()[lo..hi])? + 2;
        let w = self.toks.partition_point(|t| t.span.start < at);
        // (the clause still open at the quotation; `Ann Roe, a pilot for the line the board
        // runs, who` is read no further back than the board)
        if w >= end
            || self.toks[w].span.start != at
            || (w + 1..end).any(|k| self.toks[k].kind != Kind::Word)
            || !self
                .antecedent(w)
                .is_some_and(|(a, b)| (a..b).any(|k| self.cap(k) && !self.is(k, F_DETERMINERS)))
        {
            return None;
        }
        let mut v = w + 1;
        while v < end && self.word(v) && (self.is(v, F_SKIP) || self.lower(v).ends_with("ly")) {
            v += 1;
        }
        if v >= end || !self.word(v) || self.cue(v) != Some(Form::Finite) {
            return None;
        }
        Some(Found {
            speaker: (w, w + 1),
            cue: Some(self.toks[v].span),
            pattern: Pattern::BeforeCue,
            end,
        })
    }

    /// Attribution before token `end` in its sentence: `X said: "…"`, `X said, "…"`,
    /// `According to X, "…"`, `X …, stating "…"`, `X’s claim that "…"`, `X: "…"`; a relative
    /// clause open at the quotation is its own (see [`Reader::relative_cue_before`]).
    pub(crate) fn before(&self, end: usize) -> Option<Found> {
        let s = self.sentence_start(end);
        if s >= end {
            return None;
        }
        let colon = self.punct(end - 1, ":");
        // "against what they call the “fraudulent” nomination", "what Trump calls “…”": the
        // words between "what" and the verb name the speaker
        if let Some(f) = self.what_x_calls(s, end) {
            return Some(f);
        }
        // A participle introducing the quote ("…, stating, “…”") takes its clause's subject.
        let mut c = end;
        while c > s && end - c < 4 {
            c -= 1;
            let adjacent = c + 1 == end
                || (c + 2 == end && self.punct(c + 1, ",:"))
                || (c + 3 == end
                    && self.word(c + 1)
                    && self.lower(c + 1) == "it"
                    && self.punct(c + 2, ",:"));
            // (a base form only after an auxiliary: "the crowd reprised the caustic chant “…”";
            // but "read" is its own past: "One message read “…”")
            if adjacent
                && self.cue(c).is_some_and(|f| {
                    f == Form::Finite
                        || (f == Form::Base
                            && (self.base_is_reporting(c) || self.lower(c) == "read"))
                })
            {
                if let Some(sp) = self.speaker_of_cue(c, Form::Finite, s) {
                    return Some(Found {
                        speaker: self.whole_subject(s, c, sp),
                        cue: Some(self.toks[c].span),
                        pattern: if colon {
                            Pattern::BeforeColon
                        } else {
                            Pattern::BeforeCue
                        },
                        end,
                    });
                }
            }
            if self.cue(c) == Some(Form::Participle) && c > s && self.punct(c - 1, ",;—–") {
                if let Some(sp) = self.speaker_of_cue(c, Form::Participle, s) {
                    return Some(Found {
                        speaker: sp,
                        cue: Some(self.participle_cue(c, s)),
                        pattern: Pattern::Participle,
                        end,
                    });
                }
            }
        }
        // `When Pike said X, Roe shot back: “…”`: the clause before the colon speaks.
        if colon {
            let clause = (s..end - 1)
                .rev()
                .find(|&k| self.punct(k, ",;") || self.quote_ends_with_comma(k))
                .map_or(s, |k| k + 1);
            if clause > s {
                if let Some(c) = (clause..end - 1).find(|&c| self.cue(c).is_some()) {
                    let form = self.cue(c).unwrap_or(Form::Finite);
                    if let Some(sp) = self.speaker_of_cue(c, form, s) {
                        return Some(Found {
                            speaker: sp,
                            cue: Some(self.toks[c].span),
                            pattern: Pattern::BeforeColon,
                            end,
                        });
                    }
                } else if let Some(sp) = self.subject(clause, end - 1).filter(|&(a, b)| {
                    (self.cap(a) || self.is(a, F_PRONOUNS)) && !self.lone_it((a, b))
                }) {
                    // `Roe shot back quickly: “…”`, `He paid the ferryman a compliment: “…”`:
                    // the words from the verb after the subject to the colon are the cue
                    let v = sp.1;
                    let from = if v + 1 < end
                        && self.word(v)
                        && !self.cap(v)
                        && (!self.is(v, F_STOP | F_DETERMINERS) || self.leads_cue(v))
                    {
                        v
                    } else {
                        end - 1
                    };
                    return Some(Found {
                        speaker: sp,
                        cue: Some(Span::new(
                            self.toks[from].span.start,
                            self.toks[end - 1].span.end,
                        )),
                        pattern: Pattern::SpeakerColon,
                        end,
                    });
                }
            }
        }
        // Otherwise the outermost (leftmost) reporting verb of the sentence names the speaker:
        // "Clinton says Trump’s tweets were “…”" is Clinton’s, not the tweets’; but after an
        // earlier quotation in the sentence, the clause after it comes first ("Critics called it
        // “…,” and its star, Nadia Karim, said “…”"). (A title in marks is no earlier quotation:
        // "Roe told “Harbour Hour Live” that she insists …" is the verb before it.)
        if let Some(last_q) = (s..end).rev().find(|&k| match self.toks[k].kind {
            Kind::Quote(n) => !self.title_in_marks(n as usize),
            _ => false,
        }) {
            for c in last_q + 1..end {
                if let Some(form) = self.cue(c) {
                    if let Some(sp) = self
                        .speaker_of_cue(c, form, last_q + 1)
                        .filter(|&(a, _)| {
                            let w = self.lower(a);
                            self.cap(a)
                                || self.is(a, F_PRONOUNS)
                                || self.is(a, F_DETERMINERS)
                                || self.is(a, F_ROLES)
                                || matches!(w, "who" | "which" | "his" | "her" | "their" | "its")
                        })
                        .or_else(|| {
                            // "… “reckless” and urged voters to “say no”": the sentence's subject
                            let coordinated = c > last_q + 1
                                && matches!(self.lower(c - 1), "and" | "but" | "then");
                            if coordinated {
                                self.speaker_of_cue(c, form, s)
                            } else {
                                None
                            }
                        })
                    {
                        // "“…,” said Ann Roe, the group's head, who added that it was “…”": the
                        // inverted verb names the earlier quotation's speaker; a relative clause
                        // after that speaker, with its own cue, introduces this one
                        if let Some((r, rf)) =
                            (sp.0 > c).then(|| self.relative_cue(sp.1, end)).flatten()
                        {
                            return Some(Found {
                                speaker: (r, r + 1),
                                cue: Some(self.toks[rf.0].span),
                                pattern: if rf.1 == Form::Participle {
                                    Pattern::Participle
                                } else {
                                    Pattern::BeforeCue
                                },
                                end,
                            });
                        }
                        // "“…,” Roe says, but she cautions that it is “…”": after the earlier
                        // quotation's own attribution, a clause opened by a conjunction has its
                        // own speaker and verb
                        if sp.0 > c || sp.0 <= last_q + 2 {
                            if let Some((np, c2)) = self.next_clause_cue(sp.1.max(c + 1), end) {
                                return Some(Found {
                                    speaker: np,
                                    cue: Some(self.toks[c2].span),
                                    pattern: Pattern::BeforeCue,
                                    end,
                                });
                            }
                        }
                        if form != Form::Participle && !colon {
                            if let Some(r) = self.relative_cue_before(sp.1.max(c + 1), end) {
                                return Some(r);
                            }
                        }
                        return Some(Found {
                            speaker: sp,
                            cue: Some(self.toks[c].span),
                            pattern: if form == Form::Participle {
                                Pattern::Participle
                            } else if colon {
                                Pattern::BeforeColon
                            } else {
                                Pattern::BeforeCue
                            },
                            end,
                        });
                    }
                    break;
                }
            }
        }
        let mut tried = 0;
        for c in self.after_fronted_time_clause(s, end)..end {
            if tried >= 3 {
                break;
            }
            if !self.word(c) {
                continue;
            }
            // (`lower(c) == "according"`, without lower-casing: no character outside ASCII
            // lower-cases to one of its letters)
            if self.toks[c]
                .text(self.text)
                .eq_ignore_ascii_case("according")
                && self.word(c + 1)
                && self.lower(c + 1) == "to"
            {
                if let Some(np) = self.np_forward(c + 2, end).filter(|&np| !self.is_time(np)) {
                    return Some(Found {
                        speaker: np,
                        cue: Some(Span::new(
                            self.toks[c].span.start,
                            self.toks[c + 1].span.end,
                        )),
                        pattern: Pattern::BeforeAccordingTo,
                        end,
                    });
                }
                continue;
            }
            let Some(form) = self.cue(c) else { continue };
            // (a plural's present only when no other verb of saying stands between it and
            // the quotation: `prosecutors say that he told an agent, “…”` is his)
            let plural = || {
                self.plural_present(c)
                    && (c + 1..end).all(|k| !self.word(k) || self.cue(k).is_none())
            };
            if form == Form::Base && !self.base_is_reporting(c) && !plural() {
                continue;
            }
            // "Besides attacking the mayor, Pell asserted …", "After saying …, she added": a
            // gerund after the preposition opening the sentence is no attribution
            if form == Form::Participle && c > s && self.opening_preposition(s, c - 1) {
                continue;
            }
            tried += 1;
            if let Some(sp) = self.speaker_of_cue(c, form, s) {
                // "Roe said the timetable was fine, but Pike called the fares “…”": a later
                // clause with its own subject and verb of saying introduces the quotation
                if let Some((np, c2)) = self.later_clause_cue(c.max(sp.1), end) {
                    return Some(Found {
                        speaker: np,
                        cue: Some(self.toks[c2].span),
                        pattern: Pattern::BeforeCue,
                        end,
                    });
                }
                let pattern = if form == Form::Participle {
                    Pattern::Participle
                } else if colon {
                    Pattern::BeforeColon
                } else {
                    if let Some(r) = self.relative_cue_before(sp.1, end) {
                        return Some(r);
                    }
                    Pattern::BeforeCue
                };
                return Some(Found {
                    speaker: sp,
                    cue: Some(if form == Form::Participle {
                        self.participle_cue(c, s)
                    } else {
                        self.toks[c].span
                    }),
                    pattern,
                    end,
                });
            }
        }
        // "Trump’s claim that “…”", "his remarks": a noun carrying someone's words
        for c in s..end {
            if !self.word(c) {
                continue;
            }
            let w = self.lower(c);
            if cues::noun(w) && c > s && self.word(c - 1) {
                // (session 35) not the words that someone else sums up: `Roe played down
                // Pike's remarks as “…”` is Roe's phrase; nor past another verb of saying
                // (`… Pike's comments in May, Roe said in a statement that he had “…”`)
                if (self.word(c + 1) && self.lower(c + 1) == "as")
                    || (c + 1..end).any(|k| self.word(k) && self.cue(k).is_some())
                {
                    continue;
                }
                let p = self.lower(c - 1);
                if is_possessive(p) || matches!(p, "his" | "her" | "their" | "its") {
                    let np = if is_possessive(p) {
                        self.np_plain_back(c, s)
                    } else {
                        Some((c - 1, c))
                    };
                    if let Some(np) = np {
                        return Some(Found {
                            speaker: np,
                            cue: Some(self.toks[c].span),
                            pattern: Pattern::Possessive,
                            end,
                        });
                    }
                }
            }
        }
        if colon {
            if let Some(f) = self.subject_verb_colon(s, end) {
                return Some(f);
            }
            if let Some((a, b)) = self.np_plain_back(end - 1, s) {
                if (a == s || self.punct(a - 1, "—–--―"))
                    && (a..b).any(|k| self.cap(k))
                    && b - a <= 6
                {
                    return Some(Found {
                        speaker: (a, b),
                        cue: Some(self.toks[end - 1].span),
                        pattern: Pattern::SpeakerColon,
                        end,
                    });
                }
            }
        }
        None
    }

    /// `Ann Roe retorted: “…”`, `The footnote makes that clear: “…”`, `Pike then boomed: “…”`:
    /// a sentence ending in the colon before the quotation (`end - 1`), whose subject (a name,
    /// a pronoun or a determiner's phrase) is followed at once (past an auxiliary or adverb) by
    /// a lower-case verb in the past (`-ed`, `began`) or the present (`-s`), one outside the
    /// lexicon. No other quotation stands in the sentence.
    fn subject_verb_colon(&self, s: usize, end: usize) -> Option<Found> {
        let colon = end - 1;
        if colon - s > 30 || (s..colon).any(|k| matches!(self.toks[k].kind, Kind::Quote(_))) {
            return None;
        }
        let (a, b) = self.subject(s, colon)?;
        let named = (a..b).any(|k| self.cap(k) && !self.is(k, F_DETERMINERS));
        if !(named || self.is(a, F_PRONOUNS | F_DETERMINERS | F_ROLES))
            || self.is_time((a, b))
            || self.lone_it((a, b))
        {
            return None;
        }
        let mut v = b;
        while v < colon && v - b < 2 && self.word(v) && self.is(v, F_SKIP) {
            v += 1;
        }
        if v >= colon || !self.word(v) || self.cap(v) || self.is(v, F_STOP | F_DETERMINERS) {
            return None;
        }
        let w = self.lower(v);
        let verb = (w.len() >= 4 && w.ends_with("ed"))
            || self.is(v, F_PAST)
            || (w.len() >= 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is"));
        // (a passive names no speaker: "The problem is shown by this finding:")
        let passive =
            (b..v).any(|k| matches!(self.lower(k), "is" | "was" | "are" | "were" | "been"));
        if !verb || passive {
            return None;
        }
        Some(Found {
            speaker: (a, b),
            cue: Some(Span::new(self.toks[b].span.start, self.toks[v].span.end)),
            pattern: Pattern::VerbColon,
            end,
        })
    }

    /// `what X call(s|ed) [the|a] “…”`: X (a pronoun or a capitalised name) names the quote.
    fn what_x_calls(&self, s: usize, end: usize) -> Option<Found> {
        let mut c = end;
        // at most a determiner between the verb and the quote
        if c > s && self.word(c - 1) && self.is(c - 1, F_DETERMINERS) {
            c -= 1;
        }
        let c = c.checked_sub(1)?;
        if c < s + 2 || !self.word(c) || self.cue(c).is_none() {
            return None;
        }
        let mut a = c - 1;
        while a > s && c - a < 3 && self.word(a) && self.cap(a) && !self.is(a, F_PRONOUNS) {
            a -= 1;
        }
        // `a` is now "what", or the pronoun's place
        let (what, speaker) = if self.word(c - 1) && self.is(c - 1, F_PRONOUNS) {
            (c - 2, (c - 1, c))
        } else {
            (a, (a + 1, c))
        };
        // ("they" and "it" are left alone: a group the article may not name)
        let person_pronoun = self.is(speaker.0, F_PRONOUNS)
            && matches!(self.lower(speaker.0), "he" | "she" | "i" | "we");
        (speaker.0 < speaker.1
            && self.word(what)
            && self.lower(what) == "what"
            && (person_pronoun
                || (!self.is(speaker.0, F_PRONOUNS)
                    && (speaker.0..speaker.1).all(|k| self.cap(k)))))
        .then_some(Found {
            speaker,
            cue: Some(self.toks[c].span),
            pattern: Pattern::BeforeCue,
            end,
        })
    }

    /// A relative clause `who VERB` (a reporting verb) standing between token `from` (the end of
    /// a speaker's words) and the quote token `end`, with no quotation between: the token of
    /// "who", and the verb's token and form.
    fn relative_cue(&self, from: usize, end: usize) -> Option<(usize, (usize, Form))> {
        let mut k = from;
        while k < end && k < from + 24 {
            if matches!(self.toks[k].kind, Kind::Quote(_)) {
                return None;
            }
            if self.word(k) && self.lower(k) == "who" {
                // the verb within a few words ("who also said", "who has in the past said")
                let c = (k + 1..end.min(k + 7)).find(|&c| self.cue(c).is_some())?;
                let form = self.cue(c)?;
                let reports = form != Form::Base || self.base_is_reporting(c);
                return (reports && self.speaker_of_cue(c, form, from) == Some((k, k + 1)))
                    .then_some((k, (c, form)));
            }
            k += 1;
        }
        None
    }

    /// The first reporting verb between token `from` and the quote token `end` (with no quotation
    /// between), when its speaker's words follow a conjunction opening a clause ("but she
    /// cautions", "after Ann Roe said"): the speaker's words and the verb's token.
    fn next_clause_cue(&self, from: usize, end: usize) -> Option<((usize, usize), usize)> {
        let c = (from..end.min(from + 24)).find(|&c| self.cue(c).is_some())?;
        let form = self.cue(c)?;
        if form == Form::Participle || (form == Form::Base && !self.base_is_reporting(c)) {
            return None;
        }
        let np = self.speaker_of_cue(c, form, from)?;
        let a = np.0;
        let opened = a > from
            && self.word(a - 1)
            && matches!(
                self.lower(a - 1),
                "but" | "and" | "after" | "when" | "while" | "before" | "although" | "though"
            );
        (opened && (self.cap(a) || self.is(a, F_PRONOUNS) || self.is(a, F_DETERMINERS)))
            .then_some((np, c))
    }

    /// Whether quotation piece `n` holds a title of two words or more in title case with no
    /// punctuation closing it (`“Harbour Hour Live”`), not someone's words.
    fn title_in_marks(&self, n: usize) -> bool {
        let inner = (self.inner)(n);
        !inner.ends_with([',', '.', '!', '?', ':', ';'])
            && inner.trim().contains(' ')
            && super::kinds::title_case(inner)
    }

    /// After the leftmost reporting verb's clause (from token `from` on), a clause opened by a
    /// comma and a conjunction (`but`, `and`, `while`, `whereas`, `although`, `though`) whose subject (a
    /// name, a pronoun or a determiner's phrase) stands right after the conjunction and whose
    /// verb of saying introduces the quotation at `end` with nothing but words in between (no
    /// comma, no other quotation): its subject and verb.
    fn later_clause_cue(&self, from: usize, end: usize) -> Option<((usize, usize), usize)> {
        // (the clause follows a comma: the scan asks each token its kind only, and reads the
        // word after a comma)
        (from + 1..end.saturating_sub(3)).find_map(|j| {
            if !self.punct(j, ",") {
                return None;
            }
            let k = j + 1;
            if !(self.word(k)
                && (matches!(self.lower(k), "but" | "and")
                    || contrast_conjunction(self.lower(k).as_bytes())
                    || later_clause_opener(self.lower(k))))
            {
                return None;
            }
            let c2 = (k + 2..end.min(k + 10)).find(|&c| self.cue(c).is_some())?;
            let form = self.cue(c2)?;
            if form == Form::Participle || (form == Form::Base && !self.base_is_reporting(c2)) {
                return None;
            }
            if (c2 + 1..end).any(|j| !self.word(j)) {
                return None;
            }
            let np = self.speaker_of_cue(c2, form, k + 1)?;
            (np.0 == k + 1
                && (self.cap(np.0) || self.is(np.0, F_PRONOUNS) || self.is(np.0, F_DETERMINERS))
                && !self.is_time(np))
            .then_some((np, c2))
        })
    }

    /// The subject of a clause opened by `when`, `where`, `as` or `while` that runs, with no
    /// punctuation, up to token `lim` (a participle's comma) and starts at `floor` or later:
    /// "…, as the clerk rose, saying", "where pickets stood, chanting". The subject
    /// must be a name, a pronoun or a determiner's phrase with a verb after it.
    #[cold]
    fn subordinate_subject(&self, floor: usize, lim: usize) -> Option<(usize, usize)> {
        let mut k = lim;
        while k > floor && lim - k < 16 {
            k -= 1;
            if !self.word(k) {
                return None;
            }
            if matches!(self.lower(k), "when" | "where" | "as" | "while") {
                if k > floor
                    && self.word(k - 1)
                    && matches!(self.lower(k - 1), "such" | "well" | "just" | "so")
                {
                    return None;
                }
                // (session 35: a count of people after "about", "some", "nearly":
                // `where about 50 fishermen had gathered, chanting`)
                let from = if self.word(k + 2)
                    && matches!(self.lower(k + 1), "about" | "some" | "nearly" | "around")
                    && self.opens_with_digit(k + 2)
                {
                    k + 2
                } else {
                    k + 1
                };
                let np = self.np_forward(from, lim)?;
                let np = (if from == k + 2 { k + 1 } else { np.0 }, np.1);
                let a = np.0;
                // (session 35: or a count of people, `where about 50 fishermen had gathered`)
                let counted = (a..np.1).any(|j| self.opens_with_digit(j)) && {
                    // (people: a role's plural, "people", "-men"; not `about 50 crates`)
                    let head = self.lower(np.1 - 1);
                    self.is(np.1 - 1, F_ROLES)
                        || head.ends_with("men")
                        || matches!(head, "people" | "residents" | "workers" | "students")
                };
                let named =
                    self.cap(a) || self.is(a, F_PRONOUNS) || self.is(a, F_DETERMINERS) || counted;
                // (a verb after it: "-ed", an irregular past, an auxiliary or a cue; not
                // "as a bridge to …")
                let v = np.1;
                let verb = v < lim
                    && self.word(v)
                    && !self.cap(v)
                    && (self.lower(v).ends_with("ed")
                        || self.is(v, F_PAST)
                        || self.cue(v).is_some_and(|x| x != Form::Participle)
                        || matches!(
                            self.lower(v),
                            "had"
                                | "has"
                                | "have"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "would"
                                | "could"
                                | "will"
                                | "did"
                        ));
                return (named && verb && !self.is_time(np)).then_some(np);
            }
        }
        None
    }

    /// "The club released a statement saying …", "the clerk sent a memo asking …": right before
    /// the participle at `c`, a document led by a determiner or a possessive after a verb of
    /// issuing; the clause's subject speaks, not the document.
    #[cold]
    fn issuer_of(&self, c: usize, s: usize) -> Option<((usize, usize), usize)> {
        let mut d = c.checked_sub(1)?;
        // (a day may follow it: "a statement Friday saying")
        if d > s && self.word(d) && self.is(d, F_TIME) {
            d -= 1;
        }
        if d <= s + 2 || !self.word(d) || !self.is(d, F_DOCUMENTS) {
            return None;
        }
        // (an adjective or two may stand before the document: "a short statement")
        let mut a = d;
        while a > s + 1 && d - a < 3 && self.word(a - 1) && !self.cap(a - 1) {
            a -= 1;
            if self.is(a, F_DETERMINERS | F_PRONOUNS) {
                break;
            }
        }
        if !self.is(a, F_DETERMINERS | F_PRONOUNS) || self.cap(a) {
            return None;
        }
        let v = a - 1;
        let issued = self.word(v)
            && matches!(
                self.lower(v),
                "released" | "issued" | "sent" | "posted" | "published" | "circulated"
            );
        if !issued {
            return None;
        }
        self.subject(s, v)
            .filter(|&np| np.1 <= v && !self.is_time(np))
            .map(|np| (np, v))
    }

    /// The cue of the participle of saying at `c` (sentence start `s`): the words from the
    /// verb of issuing when a document was issued "saying" ([`Reader::issuer_of`]: `issued a
    /// statement saying`, as a reader quotes the cue), else the participle.
    fn participle_cue(&self, c: usize, s: usize) -> Span {
        match self.issuer_of(c, s) {
            Some((_, v)) => Span::new(self.toks[v].span.start, self.toks[c].span.end),
            None => self.toks[c].span,
        }
    }

    /// The speaker of the cue verb at `c`, in the sentence starting at `s`.
    pub(super) fn speaker_of_cue(&self, c: usize, form: Form, s: usize) -> Option<(usize, usize)> {
        let clause_break =
            |k: usize| self.punct(k, ",;—–") || (self.word(k) && self.is(k, F_SUBORDINATORS));
        let sp = if form == Form::Participle && (c == s || clause_break(c - 1)) {
            let mut lim = c;
            while lim > s && clause_break(lim - 1) {
                lim -= 1;
            }
            // "Nefzi said, adding, “…”": the finite cue's speaker
            let mut f = lim;
            let mut from_cue = None;
            while f > s && lim - f < 12 {
                f -= 1;
                // a base form reports only after an auxiliary: "launched a pre-emptive attack
                // on the council, calling it …" has no finite cue before the participle
                if self.cue(f).is_some_and(|x| {
                    x == Form::Finite || (x == Form::Base && self.base_is_reporting(f))
                }) {
                    from_cue = self.np_backward(f, s);
                    break;
                }
            }
            // "…, when pickets blocked the gate, chanting": the clause a subordinator opens
            // right before the participle (after the finite cue, if any) speaks
            let floor = if from_cue.is_some() { f + 1 } else { s };
            self.subordinate_subject(floor, lim)
                .or(from_cue)
                .or_else(|| self.subject(s, lim))
        } else if form == Form::Participle {
            // "footage of Hillary Clinton asking"; "is calling": the clause's subject
            let mut k = c;
            while k > s && self.skippable_back(k - 1) {
                k -= 1;
            }
            // (session 35: the issuer first; "a statement" is skippable, so the walk back over
            // "issued a statement saying" stopped at the verb and named no one)
            if let Some((sp, _)) = self.issuer_of(c, s) {
                Some(sp)
            } else if k < c {
                self.np_backward(k, s)
            } else {
                match self.np_plain_back(c, s).filter(|&np| !self.is_time(np)) {
                    Some((a, b))
                        if self.cap(a) || self.is(a, F_PRONOUNS) || self.is(a, F_DETERMINERS) =>
                    {
                        // "at one point calling": no subject after a preposition
                        let after_preposition = a > s
                            && self.word(a - 1)
                            && matches!(
                                self.lower(a - 1),
                                "at" | "in" | "on" | "for" | "from" | "to" | "by"
                            );
                        if after_preposition {
                            self.subject(s, c)
                        } else {
                            Some((a, b))
                        }
                    }
                    // "…, with pickets and clerks chanting": the words after "with" are the
                    // absolute phrase's subject
                    _ => self.with_subject(c, s).or_else(|| self.subject(s, c)),
                }
            }
        } else {
            // "Ruiz was asked by the host Dana Pratt": the agent speaks
            if self.word(c + 1)
                && self.lower(c + 1) == "by"
                && c > s
                && self.word(c - 1)
                && matches!(
                    self.lower(c - 1),
                    "was" | "were" | "is" | "are" | "been" | "being"
                )
            {
                return self
                    .np_forward(c + 2, (c + 16).min(self.toks.len()))
                    .filter(|&np| !self.is_time(np));
            }
            // "Said Ellis: “…”": the verb first, at the sentence start (session 34: or after
            // a conjunction or sentence adverb and its comma: "But, said Ellis, “…”")
            if c == s
                || (c < s + 3
                    && self.punct(c - 1, ",")
                    && (s..c - 1).all(|k| self.word(k) && self.is(k, F_LEADING)))
            {
                // (session 35) a verb whose object is a person is never inverted: after a
                // title in marks, `Roe, host of “Harbour Hour,” thanked Ellis for “…”` is no
                // `thanked Ellis` said by Ellis
                if takes_person_object(self.lower(c)) {
                    return None;
                }
                return self
                    .np_forward(c + 1, (c + 12).min(self.toks.len()))
                    .filter(|&(a, _)| self.cap(a))
                    .filter(|&np| !self.is_time(np));
            }
            // "Stevie Wonder, who joked": the relative pronoun stands for the phrase before it
            // (also past "in the past": "Beck, who has in the past called")
            let mut k = c;
            loop {
                while k > s && self.skippable_back(k - 1) {
                    k -= 1;
                }
                if k >= s + 3 && self.the_time_before(k) {
                    k -= 3;
                    continue;
                }
                break;
            }
            if k > s && self.word(k - 1) && matches!(self.lower(k - 1), "who" | "which") {
                return Some((k - 1, k));
            }
            // "X looked up and said": the clause's subject
            if k > s && self.word(k - 1) && matches!(self.lower(k - 1), "and" | "but") {
                return self.subject(s, k - 1).filter(|&np| !self.is_time(np));
            }
            // "The email went on to say", "declined to say" (the walk back over the verbs
            // before "to" stops at a noun after a determiner: "The mayor went on to say" is
            // said by "The mayor", not by "The")
            if form == Form::Base && k > s && self.word(k - 1) && self.lower(k - 1) == "to" {
                let mut m = k - 1;
                while m > s
                    && k - 1 - m < 3
                    && self.word(m - 1)
                    && !self.cap(m - 1)
                    && !self.is(m - 1, F_DETERMINERS)
                    && !(m - 1 > s && self.word(m - 2) && self.is(m - 2, F_DETERMINERS))
                {
                    m -= 1;
                }
                return self.np_backward(m, s);
            }
            // "Another said, “…”", "Yet some argued …": a determiner standing alone as the
            // subject, opening its clause
            if k > s
                && self.word(k - 1)
                && self.is(k - 1, F_DETERMINERS)
                && matches!(self.lower(k - 1), "another" | "many" | "some" | "several")
                && (k - 1 == s
                    || self.punct(k - 2, ",;")
                    || (self.word(k - 2) && matches!(self.lower(k - 2), "and" | "but" | "yet")))
            {
                return Some((k - 1, k));
            }
            self.np_backward(c, s)
        };
        sp.filter(|&np| !self.is_time(np))
    }

    /// (session 31) `Two aides to Mayor Ana Ruiz said, “…”`, `One official who met Ana Ruiz
    /// said, “…”`: the phrase `sp` found right before the verb at `c` is the object of a
    /// preposition, or of a verb in a relative clause, inside the subject of the clause that
    /// starts at `s` ([`Reader::inside_subject`]). The subject speaks: its head when it ends
    /// before `sp` ("One official"), else the whole phrase up to the verb; `sp` when no subject
    /// is read.
    fn whole_subject(&self, s: usize, c: usize, sp: (usize, usize)) -> (usize, usize) {
        if sp.0 <= s || sp.1 != c || !self.inside_subject(s, sp.0) {
            return sp;
        }
        match self.subject(s, c) {
            Some((x, y)) if x < sp.0 && y <= sp.0 => (x, y),
            Some((x, _)) if x < sp.0 => (x, sp.1),
            _ => sp,
        }
    }

    /// (session 31) Whether the phrase at token `a` (after the clause's start `s`) is an object
    /// inside a longer subject: a lower-case preposition stands right before it ("aides to
    /// Ana Ruiz", "residents near the plant"), or a verb whose "who" stands one or two words
    /// before it ("official who met Ana Ruiz", "who has met"). Never a pronoun: "he" is a
    /// clause's own subject ("the congressman who gained fame when he yelled").
    fn inside_subject(&self, s: usize, a: usize) -> bool {
        if !self.word(a - 1) || self.cap(a - 1) || self.is(a, F_PRONOUNS) {
            return false;
        }
        if matches!(
            self.lower(a - 1),
            "to" | "near"
                | "with"
                | "of"
                | "for"
                | "at"
                | "from"
                | "in"
                | "on"
                | "about"
                | "behind"
                | "against"
                | "like"
                | "outside"
                | "inside"
                | "around"
                | "without"
                | "under"
                // (session 36) `Protesters marching through the streets chanted “…”`
                | "through"
                | "across"
                | "along"
                | "throughout"
        ) {
            return true;
        }
        // "who met Ana Ruiz", "who has met Ana Ruiz": the verb right before the phrase, the
        // pronoun right before the verb or its auxiliary
        !self.is(a - 1, F_STOP)
            && (a.saturating_sub(3).max(s)..a - 1).any(|k| self.word(k) && self.lower(k) == "who")
    }

    /// The words between "with" and the participle at token `c` (at most five words, no
    /// punctuation, "with" after a comma): "…, with Ann Roe telling", "…, with pickets and
    /// clerks chanting".
    #[cold]
    fn with_subject(&self, c: usize, s: usize) -> Option<(usize, usize)> {
        let mut w = c;
        while w > s + 1 && c - w < 5 && self.word(w - 1) {
            w -= 1;
            if self.lower(w) == "with" {
                // (after a comma: "swapped it with milder wording asking for" is a noun and
                // its participle)
                if !self.punct(w - 1, ",") {
                    return None;
                }
                let a = w + 1;
                let named = self.cap(a)
                    || self.is(a, F_DETERMINERS)
                    || !self.is(a, F_STOP | F_PRONOUNS | F_TIME);
                return (a < c && named && !self.is_time((a, c))).then_some((a, c));
            }
        }
        None
    }

    /// Whether word `k`, read backward from a cue, may be passed over as an adverb, an
    /// auxiliary or a piece of "in a statement" / "in an interview" between a speaker and the
    /// cue. "statement" and "interview" after "the" are the speaker's own head: "the statement
    /// said", "The interview added" (session 23: the speaker was the bare "the"). After "a" they
    /// stay passed over, as in "Ann Roe issued a statement saying", whose speaker is Ann Roe.
    fn skippable_back(&self, k: usize) -> bool {
        self.word(k)
            && self.is(k, F_SKIP)
            && !(matches!(self.lower(k), "statement" | "interview")
                && k > 0
                && self.word(k - 1)
                && self.lower(k - 1) == "the")
    }

    /// Whether the three words before token `k` (at least three) are "in the past", "over the
    /// years", "during the week": a time phrase between a speaker and the cue.
    fn the_time_before(&self, k: usize) -> bool {
        self.word(k - 1)
            && self.is(k - 1, F_TIME)
            && self.word(k - 2)
            && self.lower(k - 2) == "the"
            && self.word(k - 3)
            && matches!(self.lower(k - 3), "in" | "over" | "during")
    }

    /// Whether a phrase is only a time expression ("Friday", "last week"): never a speaker.
    /// "Day" written capitalised alone is a surname ("“…,” Day said"; session 32), not the
    /// time word "day".
    pub(crate) fn is_time(&self, (a, b): (usize, usize)) -> bool {
        (a..b).any(|k| self.is(k, F_TIME))
            && !(b == a + 1 && self.cap(a) && self.lower(a) == "day")
            // (session 33) `“…,” May said`: the month does not speak; the name does
            && !(b == a + 1 && self.cap(a) && self.lower(a) == "may" && self.is_finite_cue(b))
            && (a..b).all(|k| {
                let w = self.lower(k);
                self.is(k, F_TIME) || self.is(k, F_DETERMINERS) || w.chars().all(char::is_numeric)
            })
    }

    /// The phrase a relative pronoun at `k` stands for: "Stevie Wonder, who ...".
    pub(crate) fn antecedent(&self, k: usize) -> Option<(usize, usize)> {
        if k == 0 {
            return None;
        }
        let end = if self.punct(k - 1, ",") { k - 1 } else { k };
        let np = self.np_plain_back(end, end.saturating_sub(12))?;
        // "Tom Brandt, a spokesman for the county, who": the name the apposition describes
        let a = np.0;
        if !self.cap(a) && a > 1 && self.punct(a - 1, ",") {
            if let Some(name) =
                self.np_plain_back(a - 1, (a - 1).saturating_sub(8))
                    .filter(|&(n, m)| {
                        m == a - 1 && self.cap(n) && !self.is(n, F_PRONOUNS | F_DETERMINERS)
                    })
            {
                return Some(name);
            }
        }
        Some(np)
    }

    /// The subject of the quote's sentence, as a last resort (names and pronouns only).
    /// The subject of the sentence that ends right before the quotation at token `q` in its
    /// paragraph (`Ann Roe agreed. “…”`, `Roe praised the pier crew. “…”`): a name
    /// and a word after it, in a sentence with no quotation of its own and not closed
    /// by an attribution (`Also, the plan is late, he said. “…”` is his).
    pub(crate) fn previous_sentence_subject(&self, q: usize) -> Option<Found> {
        if q < 3 || !self.punct(q - 1, ".") {
            return None;
        }
        let end = q - 1;
        let s = self.sentence_start(end);
        if s + 2 > end
            || (s..end).any(|k| matches!(self.toks[k].kind, Kind::Quote(_)))
            || self.dateline_end(s, end).is_some()
        {
            return None;
        }
        if (s..end)
            .rev()
            .find(|&k| self.punct(k, ","))
            .is_some_and(|k| end - k <= 6 && self.is_finite_cue(end - 1))
        {
            return None;
        }
        // (a pronoun there is mostly the previous speaker: "He did not say more. “…”"); the
        // subject opens the sentence, and no verb of saying stands further on ("Ashton has
        // the most ferry trips, as the mayor confirmed. “…”" is not Ashton's)
        let (a, b) = self.subject(s, end)?;
        let named = (a..b).any(|k| self.cap(k) && !self.is(k, F_DETERMINERS | F_PRONOUNS))
            || self.says_after_pronoun(a, b, end);
        if !named || a != s || b >= end {
            return None;
        }
        if self.toks[b].kind != Kind::Word {
            // `Ann Roe, the board's lawyer, argues that …. “…”`: a name and its apposition
            // before the sentence's one verb of saying
            return self.apposed_subject_says(s, end);
        }
        if (b + 2..end).any(|k| self.cue(k) == Some(Form::Finite)) {
            return None;
        }
        Some(Found {
            speaker: (a, b),
            cue: None,
            pattern: Pattern::PreviousSentence,
            end,
        })
    }

    /// The attribution closing the sentence right before the quotation at token `q` in its
    /// paragraph, a comma and the speaker and verb ending it (`The board may wait, Ann Roe
    /// said. “…”`): the quotation goes on with that speaker's words.
    pub(crate) fn closing_attribution_before(&self, q: usize) -> Option<Found> {
        if q < 4 || !self.punct(q - 1, ".") {
            return None;
        }
        let end = q - 1;
        let s = self.sentence_start(end);
        let c = end - 1;
        if c <= s || !self.is_finite_cue(c) {
            return None;
        }
        let k = (s..c).rev().find(|&k| !self.word(k))?;
        if !self.punct(k, ",") || c - k > 6 {
            return None;
        }
        let np = self.speaker_of_cue(c, Form::Finite, k + 1)?;
        // (session 36: or up to three lower-case words of a role before a name, `city
        // planner Joan Fisk`)
        let role_then_name = np.0 > k + 1
            && np.0 - (k + 1) <= 3
            && self.cap(np.0)
            && !self.is(np.0, F_DETERMINERS | F_PRONOUNS)
            && (k + 1..np.0).all(|j| self.word(j) && !self.cap(j) && !self.is(j, F_STOP));
        (role_then_name || (np.0 == k + 1 && (self.cap(np.0) || self.is(np.0, F_PRONOUNS))))
            .then_some(Found {
                speaker: np,
                cue: Some(self.toks[c].span),
                pattern: Pattern::PreviousSentence,
                end,
            })
    }

    /// (session 36) [`Reader::closing_attribution_before`] when its speaker is named (a
    /// capitalised word that is no pronoun): `Or the board may wait, city planner Joan Fisk
    /// says. “…”` after someone else's quotation is Fisk's, not a continuation of the
    /// previous speaker (`…, he said. “…”` stays with the previous speaker's reading).
    #[cold]
    pub(crate) fn named_closing_attribution_before(&self, q: usize) -> Option<Found> {
        self.closing_attribution_before(q).filter(|f| {
            (f.speaker.0..f.speaker.1)
                .any(|k| self.cap(k) && !self.is(k, F_DETERMINERS | F_PRONOUNS))
        })
    }

    /// The speaker of the one finite verb of saying in the sentence `s..end` when its words
    /// open the sentence with a name (`Ann Roe, the board's lawyer, argues …`).
    #[cold]
    fn apposed_subject_says(&self, s: usize, end: usize) -> Option<Found> {
        let c = (s + 2..end.min(s + 32)).find(|&c| self.cue(c).is_some())?;
        if self.cue(c) != Some(Form::Finite)
            || (c + 1..end).any(|k| self.cue(k) == Some(Form::Finite))
        {
            return None;
        }
        let (a, b) = self.speaker_of_cue(c, Form::Finite, s)?;
        (a == s && self.cap(a) && !self.is(a, F_DETERMINERS | F_PRONOUNS)).then_some(Found {
            speaker: (a, b),
            cue: Some(self.toks[c].span),
            pattern: Pattern::PreviousSentence,
            end,
        })
    }

    /// Whether the subject `(a, b)` is "he", "she" or "they" and a finite verb of saying
    /// follows it at once (`She says the ferry is late. “…”`, `He warned that …`): that
    /// sentence introduces the quotation after it, whoever spoke before.
    fn says_after_pronoun(&self, a: usize, b: usize, end: usize) -> bool {
        b == a + 1
            && b < end
            && matches!(self.lower(a), "he" | "she" | "they")
            && self.word(b)
            && self.cue(b) == Some(Form::Finite)
    }

    pub(crate) fn sentence_subject(&self, end: usize) -> Option<Found> {
        let s = self.sentence_start(end);
        // (a sentence after a dateline is the story's first: no guess without a cue)
        if s >= end || self.dateline_end(s, end).is_some() {
            return None;
        }
        let (a, b) = self.subject(s, end)?;
        let named = (a..b).any(|k| self.cap(k) && !self.is(k, F_DETERMINERS));
        if !(named || self.is(a, F_PRONOUNS)) || b >= end {
            return None;
        }
        // the word after the subject should not be a preposition or the quote itself
        if self.toks[b].kind != Kind::Word {
            return None;
        }
        // "it seems", "it appears": no one
        if b == a + 1
            && self.lower(a) == "it"
            && matches!(self.lower(b), "seems" | "seemed" | "appears" | "appeared")
        {
            return None;
        }
        // `Roe chairs the board, and she has long called the pier “…”`, `… although he
        // saw “…”`: a later clause whose subject is "he", "she" or "they" carries the
        // quotation (the last such before it; not after "that": `saying that she felt …` is the
        // saying verb's subject's)
        let speaker = (b + 1..end.saturating_sub(1))
            .rev()
            .find(|&k| {
                self.word(k)
                    && matches!(self.lower(k), "he" | "she" | "they")
                    && (self.punct(k - 1, ",")
                        || (self.word(k - 1) && CLAUSE_OPENERS.contains(&self.lower(k - 1))))
                    && self.word(k + 1)
                    && !self.cap(k + 1)
            })
            .map_or((a, b), |k| (k, k + 1));
        // `It was the mayor’s “…”`, `It has not helped that …`, `It sends a message that
        // the “…”`: "it" before a copula, an auxiliary or a light verb, with no verb of saying
        // after, is empty (but `It also points out that “…”`, `it referenced “…”`: a document)
        if self.lone_it(speaker)
            && self.word(speaker.1)
            && matches!(
                self.lower(speaker.1),
                "is" | "was"
                    | "isn't"
                    | "wasn't"
                    | "has"
                    | "had"
                    | "hasn't"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "will"
                    | "can"
                    | "must"
                    | "gets"
                    | "got"
                    | "takes"
                    | "took"
                    | "sends"
                    | "sent"
                    | "makes"
                    | "made"
                    | "becomes"
                    | "became"
                    | "remains"
                    | "remained"
            )
            && !(speaker.1..end).any(|k| self.is_finite_cue(k))
        {
            return None;
        }
        Some(Found {
            speaker,
            cue: None,
            pattern: Pattern::Subject,
            end,
        })
    }
}

/// (session 35) A verb of saying whose object is the person spoken to or about (`thanked Ellis`,
/// `told Ellis`, `called Ellis`): the name after it is never its subject inverted (`said Ellis`).
fn takes_person_object(verb: &str) -> bool {
    matches!(
        verb,
        "thanked"
            | "thanks"
            | "thank"
            | "told"
            | "tells"
            | "tell"
            | "called"
            | "calls"
            | "urged"
            | "urges"
            | "praised"
            | "praises"
            | "blamed"
            | "blames"
            | "accused"
            | "accuses"
            | "criticized"
            | "criticised"
            | "described"
            | "dubbed"
            | "labeled"
            | "labelled"
            | "branded"
            | "congratulated"
            | "reminded"
            | "reminds"
            | "assured"
            | "assures"
            | "invited"
            | "welcomed"
            | "slammed"
            | "blasted"
            | "attacked"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    /// The flags of `w` as read from the lists one by one.
    fn scanned(w: &str) -> u16 {
        LISTS
            .iter()
            .filter(|(list, _)| list.contains(&w))
            .fold(0, |f, (_, flag)| f | flag)
    }

    /// The compile-time table answers as the lists for every listed word and its near misses
    /// (a byte dropped, changed or added, upper case), the speaker's lists' words too.
    #[test]
    fn lists_of_answers_as_the_lists() {
        let words = LISTS.iter().flat_map(|(list, _)| list.iter());
        let others = [
            super::super::speaker::TITLES,
            super::super::speaker::ORG_HEADS,
        ];
        for w in words.chain(others.iter().flat_map(|l| l.iter())) {
            let mut asked = vec![w.to_string(), w.to_uppercase(), format!("{w}s")];
            for i in 0..w.len() {
                let (a, b) = w.split_at(i);
                asked.push(format!("{a}{}", &b[1..]));
                asked.push(format!("{a}x{}", &b[1..]));
                asked.push(format!("{a}.{b}"));
            }
            for q in asked {
                assert_eq!(lists_of(&q), scanned(&q), "{q:?}");
            }
        }
        for q in ["", ".", "x", "é", "\u{212A}"] {
            assert_eq!(lists_of(q), scanned(q), "{q:?}");
        }
    }

    /// The reader of paragraph `para` of `text`, whose quotation runs from its first '“' to its
    /// first '”', and the tokens it reads.
    fn reader_with_quote(text: &str, para: Span) -> (Vec<Tok>, Reader<'_>) {
        let open = text.find('“').unwrap();
        let close = text.find('”').unwrap() + '”'.len_utf8();
        let toks = tokenize(text, para, &[(Span::new(open, close), 0)]);
        let bufs = Buffers {
            toks: toks.clone(),
            ..Buffers::default()
        };
        (toks, Reader::new(text, para, &|_: usize| "", bufs))
    }

    proptest::proptest! {
        /// Only a punctuation token of one byte `.`, `!`, `?` or `;` ends a sentence: the
        /// reported-speech pass asks no other.
        #[test]
        fn only_four_punctuation_marks_end_a_sentence(
            text in "[a-zA-Z .!?;:,…—–()\"'’\\-]{0,60}",
        ) {
            let para = Span::new(0, text.len());
            let toks = tokenize(&text, para, &[]);
            let bufs = Buffers {
                toks: toks.clone(),
                ..Buffers::default()
            };
            let r = Reader::new(&text, para, &|_: usize| "", bufs);
            for (i, t) in toks.iter().enumerate() {
                if t.kind == Kind::Punct && r.ends_sentence(i) {
                    proptest::prop_assert!(matches!(t.text(&text), "." | "!" | "?" | ";"));
                }
                // and `ends_sentence`, which looks at a punctuation token's first byte first,
                // answers as its test of the token's text alone
                if t.kind == Kind::Punct {
                    let by_text = r.punct(i, "!?;")
                        || (r.punct(i, ".")
                            && !(i + 1 < toks.len()
                                && (r.punct(i + 1, "),") || (r.word(i + 1) && !r.cap(i + 1)))));
                    proptest::prop_assert_eq!(r.ends_sentence(i), by_text);
                }
            }
        }
    }

    /// `Reader::lower` reads ASCII tokens out of the lower-cased paragraph and makes the others
    /// apart: both must give `Tok::lower`.
    #[test]
    fn reader_lower_is_token_lower() {
        let text = "x\n\nSaid MAYOR’s O'Neil ΣΟΦΟΣ Σ İstanbul — Straße ÉCOLE “Quoted, TEXT’s” 東京 U.S. Sen. done.";
        let (toks, r) = reader_with_quote(text, Span::new(3, text.len()));
        for (i, t) in toks.iter().enumerate() {
            assert_eq!(r.lower(i), t.lower(text), "{}", t.text(text));
        }
        assert_eq!(r.lower(toks.len()), "");
    }

    /// In a paragraph of ASCII words `Reader::lower`, `Reader::cap` and the verb-shape
    /// prefilter skip their look at the characters: they must answer as the general tests do.
    #[test]
    fn ascii_paragraphs_read_as_any_other() {
        let text = "Said the MAYOR's O'Neil, 42 U.S. Sen. Ed Roe: \"we'll SAY no,\" he told \
                    reporters, asking 3rd-quarter co-op $5 x.y. A b AsK toLD; said-so (done).";
        let para = Span::new(0, text.len());
        let toks = tokenize(text, para, &[]);
        let bufs = Buffers {
            toks: toks.clone(),
            ..Buffers::default()
        };
        let r = Reader::new(text, para, &|_: usize| "", bufs);
        assert!(r.ascii);
        for (i, t) in toks.iter().enumerate() {
            // (a contracted auxiliary reads as the word it stands for: `we'll` is "we will")
            if tokens::is_contracted_auxiliary(t.text(text)) {
                assert_eq!(r.lower(i), "will", "{}", t.text(text));
            } else {
                assert_eq!(r.lower(i), t.lower(text), "{}", t.text(text));
            }
            assert_eq!(r.cap(i), t.is_cap(text), "{}", t.text(text));
            for shapes in [cues::shapes(), cues::clause_shapes()] {
                assert_eq!(
                    r.may_be_form(i, shapes),
                    shapes.may_be(t.text(text)),
                    "{}",
                    t.text(text)
                );
            }
        }
        // (what counts is the words and punctuation: a quotation's marks and words may be
        // anything)
        let (_, r) = reader_with_quote(
            "He said “yes” to it.",
            Span::new(0, "He said “yes” to it.".len()),
        );
        assert!(r.ascii);
        let (_, r) = reader_with_quote(
            "He said “yes” to Zoë.",
            Span::new(0, "He said “yes” to Zoë.".len()),
        );
        assert!(!r.ascii);
    }

    /// `Reader::is` remembers each token's lists: asked twice, in any order, it answers as the
    /// word-list lookup of the lower-cased token does.
    #[test]
    fn reader_is_is_has_of_lower() {
        let text = "Sen. Ana Lopez, the senior White House official, also said THEY would \
                    not go in March; “Quoted words” his aides’ Reports, 東京 of the press.";
        let (toks, r) = reader_with_quote(text, Span::new(0, text.len()));
        let flags = [
            F_DETERMINERS,
            F_LEADING,
            F_MODIFIERS,
            F_NOUNISH,
            F_PREPOSITIONS_LEADING,
            F_ROLES,
            F_SKIP,
            F_STOP,
            F_SUBORDINATORS,
            F_TIME,
            F_PRONOUNS,
            F_PAST,
            F_DOCUMENTS,
            F_PRONOUNS | F_ROLES,
        ];
        for _ in 0..2 {
            for i in (0..=toks.len()).rev() {
                for &f in &flags {
                    assert_eq!(r.is(i, f), has(f, r.lower(i)), "{i} {f}");
                }
            }
        }
    }

    #[test]
    fn put_form_is_put_or_puts_in_any_case() {
        let text = "put Put PUTS puts pUt putS pu puT. putt put' ut x-put put-in p\u{fa}t";
        let mut bufs = Buffers::default();
        bufs.tokenize(text, Span::new(0, text.len()), &[], |_, _| {});
        let r = Reader::new(text, Span::new(0, text.len()), &|_: usize| "", bufs);
        for (i, t) in r.toks.iter().enumerate() {
            let w = t.text(text).as_bytes();
            let want = (w.len() == 3 || (w.len() == 4 && w[3] | 0x20 == b's'))
                && w[..3].eq_ignore_ascii_case(b"put");
            assert_eq!(r.put_form(i), want, "{}", t.text(text));
        }
    }

    /// Every listed word, in three cases and with a letter dropped or added, has by its exact
    /// key the lists of its lower case.
    #[test]
    fn list_keys_are_the_lists_of_the_lower_case() {
        let mut words = Vec::new();
        for (list, _) in LISTS {
            for w in *list {
                words.push(w.to_string());
                words.push(w.to_uppercase());
                words.push(format!("{}{}", w[..1].to_uppercase(), &w[1..]));
                words.push(format!("{w}s"));
                words.push(w[1..].to_string());
            }
        }
        words.extend(
            [
                "x",
                "THE-END",
                "U.S.",
                "AT&T",
                "o'neil",
                "abcdefghijklmnopq",
            ]
            .map(String::from),
        );
        words.retain(|w| !w.is_empty());
        let text = words.join(" ");
        let mut bufs = Buffers::default();
        bufs.tokenize(&text, Span::new(0, text.len()), &[], |_, _| {});
        let r = Reader::new(&text, Span::new(0, text.len()), &|_: usize| "", bufs);
        let mut read = 0;
        for (i, t) in r.toks.iter().enumerate() {
            assert_eq!(r.listed(i), lists_of(r.lower(i)), "{}", t.text(&text));
            read += usize::from(t.kind == Kind::Word);
        }
        // (every word read, bar the few that are punctuation)
        assert!(2 * read >= words.len());
    }
}
