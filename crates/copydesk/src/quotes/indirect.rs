//! Indirect speech: what someone said, reported without quotation marks.
//!
//! Each sentence with no quotation in it is read for one of these patterns (first match wins):
//! - `According to X, CONTENT.`
//! - `CONTENT, X said.`, `CONTENT, said X.`, `CONTENT, according to X.` (the attribution closes
//!   the sentence);
//! - `X said (that) CONTENT.`, `X told reporters CONTENT.`, `X …, saying CONTENT.`: the leftmost
//!   verb of indirect speech ([`cues::clause_verb`]) whose subject names a speaker, with the
//!   reported clause running from after the verb (its listener, a time, "that") to the end of
//!   the sentence;
//! - a transcript line, `WALLACE: CONTENT` (a name in capitals and a colon opening the
//!   paragraph).
//!
//! The speaker's words are resolved to an entity as for quotations. A wrong speaker is worse
//! than none: a subject that names no one (a time, a bare common noun, a relative pronoun) gives
//! no reported speech.

use super::attribution::{
    F_DETERMINERS, F_MODIFIERS, F_PRONOUNS, F_ROLES, F_SKIP, F_STOP, F_TIME, Found, Pattern,
    Reader, describes_people,
};
use super::cues::{self, Form, Strength};
use super::speaker;
use std::ops::Range;

/// Whether a lower-cased word ends in a possessive 's ("Trump's", "the mayor’s").
fn is_possessive_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}
use super::tokens::{Kind, TokExt};
use crate::Span;

/// A reported clause and its attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Reported {
    /// The reported words, without the sentence's final punctuation.
    pub content: Span,
    /// The reported words after an attribution standing inside them (`The museum, he said,
    /// would …`).
    pub more: Option<Span>,
    /// The speaker's words, the cue and the pattern.
    pub found: Found,
}

impl Reported {
    /// Reported words `content` whose speaker's words (`speaker`, a token range) and `cue`
    /// stand before them, `end` the first token after the attribution ([`Pattern::BeforeCue`]).
    fn before_cue(content: Span, speaker: (usize, usize), cue: Span, end: usize) -> Self {
        Reported {
            content,
            more: None,
            found: Found {
                speaker,
                cue: Some(cue),
                pattern: Pattern::BeforeCue,
                end,
            },
        }
    }
}

/// (session 27) Whether a sentence may open with a poll (`In a … poll …, …`), for
/// [`Reader::poll_opening`]: "In " and "poll" or "survey" in its first 160 bytes (a byte test).
pub(super) fn may_open_with_poll(sentence: &str) -> bool {
    let b = sentence.trim_start().as_bytes();
    if !b.starts_with(b"In ") {
        return false;
    }
    let head = &b[..b.len().min(160)];
    memchr::memmem::find(head, b" poll").is_some()
        || memchr::memmem::find(head, b" survey").is_some()
}

/// (session 28) The question put to someone in `Asked whether the fares would rise, Ann Roe
/// said …`, `… she said when asked if the pier was safe`: "Asked" opening the sentence, or
/// "asked" after "when", then at most five words (`on Monday`, `by a reporter`) before "if",
/// "whether", "about" or a question word, which opens the question; it runs to the next comma,
/// quotation mark or the sentence's end (a final stop left out). Returns the byte ranges,
/// within `sentence`, of "asked" and of the question. No one is named as its source. A scan
/// of the bytes, asked only of sentences holding "sked ".
pub(super) fn asked_question(sentence: &str) -> Option<(Range<usize>, Range<usize>)> {
    let b = sentence.as_bytes();
    let at = if b.starts_with(b"Asked ") {
        0
    } else {
        let w = sentence.find("hen asked ")?;
        if w == 0
            || !matches!(b[w - 1], b'w' | b'W')
            || (w >= 2 && b[w - 2].is_ascii_alphanumeric())
        {
            return None;
        }
        w + 4
    };
    let cue = at..at + 5;
    // the words after "asked", each a run of letters, digits, dots or apostrophes
    let mut i = cue.end;
    for _ in 0..6 {
        i += 1; // the space
        let len = b[i.min(b.len())..]
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'\'' | b'-'))
            .count();
        if len == 0 {
            return None;
        }
        let word = &sentence[i..i + len];
        let opens = matches!(
            word,
            "if" | "whether"
                | "about"
                | "what"
                | "who"
                | "whom"
                | "why"
                | "how"
                | "which"
                | "where"
        );
        if opens {
            let rest = &b[i..];
            // (a curly double quotation mark or a dash stops it too: E2 80 9C, 9D, 93, 94; not
            // the apostrophe E2 80 99 of "didn’t")
            let stop = (0..rest.len())
                .find(|&k| {
                    matches!(rest[k], b',' | b';' | b'"' | b':')
                        || (rest[k] == 0xE2
                            && rest.get(k + 1) == Some(&0x80)
                            && matches!(rest.get(k + 2), Some(0x9C | 0x9D | 0x93 | 0x94)))
                })
                .unwrap_or(rest.len());
            let mut end = i + stop;
            while end > i && matches!(b[end - 1], b' ' | b'.' | b'?' | b'!') {
                end -= 1;
            }
            // (a question of a few words: "if so" is none)
            if end - i < 12 || !sentence[i..end].contains(' ') {
                return None;
            }
            return Some((cue, i..end));
        }
        i += len;
        if b.get(i) != Some(&b' ') {
            return None;
        }
    }
    None
}

/// Whether the lower-cased word `w` opens a fronted clause of contrast or time whose report
/// is its own (session 24): `while`, `whereas`, `although`, `though`, `when`, `after`,
/// `before`, `as`, `once`.
pub(super) fn fronted_opener(w: &[u8]) -> bool {
    super::attribution::contrast_conjunction(w)
        || matches!(w, b"when" | b"after" | b"before" | b"as" | b"once")
}

/// (session 25) Whether the lower-cased word is a sentence adverb linking a sentence to the one
/// before (`Moreover,`, `Additionally,`, `Plus,`): alone, it names no speaker.
fn sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "additionally"
            | "moreover"
            | "furthermore"
            | "plus"
            | "also"
            | "however"
            | "meanwhile"
            | "besides"
            | "likewise"
            | "similarly"
            | "consequently"
            | "therefore"
            | "thus"
            | "hence"
            | "instead"
            | "indeed"
            | "nevertheless"
            | "nonetheless"
            | "otherwise"
            | "overall"
            | "lastly"
            | "finally"
            | "still"
    )
}

/// Whether a paragraph may be a transcript line: a word in capitals, then a colon within its
/// first few words (`WALLACE:`, `SEN. KAINE:`).
///
/// One pass over the bytes up to the colon, which stops at the first lower-case letter: most
/// paragraphs stop at their second byte ("The", "He").
pub(super) fn may_be_transcript(para: &str) -> bool {
    let head = para.get(..para.len().min(40)).unwrap_or(para);
    let mut capitals = 0;
    for &b in head.as_bytes() {
        match b {
            b':' => return capitals >= 2,
            b'a'..=b'z' => return false,
            b'A'..=b'Z' => capitals += 1,
            _ => {}
        }
    }
    false
}

/// Whether a headline (or an article's first paragraph) may be in the form `Name: what they
/// said` (`Mayor Roe: Ferry fares will rise`): a colon within its first 40 bytes, before it only
/// words opening with a capital (letters, dots, hyphens and apostrophes), the first of them no
/// page label (`Opinion:`, [`LABELS`], [`HEADLINE_LABELS`]); some words after it, and no double
/// quotation mark anywhere. A test of the bytes, before any token is made.
pub(super) fn may_be_headline(para: &str) -> bool {
    let b = para.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) || b.len() > 240 {
        return false;
    }
    let Some(colon) = memchr::memchr(b':', &b[..b.len().min(48)]) else {
        return false;
    };
    let mut first = colon;
    for (k, &c) in b[..colon].iter().enumerate() {
        match c {
            b' ' => {
                // every word before the colon opens with a capital, but "to", "on", "at" after
                // the first (session 24: `Mayor Roe to Riders: …`)
                first = first.min(k);
                if !b[k + 1].is_ascii_uppercase()
                    && b[k + 1] < 0x80
                    && !(k > 0 && matches!(&b[k + 1..(k + 4).min(colon)], b"to " | b"on " | b"at "))
                {
                    return false;
                }
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'.' | b'-' | b'\'' => {}
            _ if c >= 0x80 => {}
            _ => return false,
        }
    }
    // the first word no page label (`Opinion:`, `Review:`; a poll is a source), words after
    // the colon
    let word = &para[..first];
    b.len() > colon + 12
        && !LABELS
            .iter()
            .any(|&l| l != "poll" && l.eq_ignore_ascii_case(word))
        && !HEADLINE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
        && !para.contains(['"', '“', '”'])
}

/// Whether a headline may hold a report in Title Case ([`Reader::title_case_report`]): the
/// second to fifth word a capitalised present form in `-s` of a verb of indirect speech
/// (`Ann Roe Says …`), or the last word `Says` or `Said`. Looks at those words only.
pub(super) fn may_be_title_case_report(title: &str) -> bool {
    let b = title.as_bytes();
    let mut words = 0;
    let mut k = 0;
    while k + 3 < b.len() && words < 5 {
        if b[k] == b' ' && b[k + 1].is_ascii_uppercase() {
            words += 1;
            let start = k + 1;
            let end = start
                + b[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
            if end > start + 2 && end - start <= 16 && b[end - 1] == b's' {
                let mut low = [0u8; 16];
                let low = &mut low[..end - start];
                low.copy_from_slice(&b[start..end]);
                low.make_ascii_lowercase();
                let word = std::str::from_utf8(low).unwrap_or_default();
                if headline_present(word) {
                    return true;
                }
            }
            k = end;
        } else {
            words += usize::from(b[k] == b' ');
            k += 1;
        }
    }
    let t = title.trim_end_matches(['.', ' ', ';']);
    t.ends_with(" Says") || t.ends_with(" Said")
}

/// Whether the lower-cased headline word `word` is a present third person of a verb of indirect
/// speech (`says`, `endorses`): in `-s`, not a form as often a plural noun (`plans`, `claims`,
/// [`cues::NOUN_LIKE`]), nor `adds` (in a headline nearly always a thing added: `Airline Adds
/// Two Routes`). Asked by the byte test of a title and by the reader of its tokens.
fn headline_present(word: &str) -> bool {
    word.ends_with('s')
        && word != "adds"
        && cues::clause_verb(word) == Some(Form::Finite)
        && !cues::NOUN_LIKE.contains(&word)
}

/// How a verb of indirect speech takes what it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbClass {
    /// A clause, with or without "that": "said (that) the plan failed".
    Clause,
    /// A listener, then a clause: "told reporters (that) …".
    Listener,
    /// Only a clause with "that"; otherwise an object ("found dead", "felt the need",
    /// "maintained her lead", "responded enthusiastically").
    NeedsThat,
    /// "to" and an infinitive (or "that"): "plans to run", "declined to comment".
    To,
    /// A listener, then "to" or "whether" (or "that"): "urged voters to stay home", "asked
    /// him whether …".
    ListenerTo,
    /// "called for …", "called on X to …", or an object ("called the charges false").
    CallFor,
    /// Only with its particle (or "that"): "pointed to the vote", "pointed out …", "referred
    /// to …", "talked about …", "spoke of …", "worried about …"; never "talked for hours".
    Particle,
}

impl VerbClass {
    /// The class of a verb form (lower-cased).
    fn of(verb: &str) -> VerbClass {
        const NEEDS_THAT: &[&str] = &[
            "feel", "felt", "find", "found", "learn", "maintain", "declar", "respond", "repl",
            "observ",
        ];
        const TO: &[&str] = &[
            "promis", "vow", "pledg", "agree", "want", "plan", "expect", "intend", "declin",
            "refus",
        ];
        let has = |stems: &[&str]| stems.iter().any(|stem| verb.starts_with(stem));
        if matches!(verb, "told" | "tells" | "tell" | "telling")
            || has(&["inform", "assur", "remind"])
        {
            VerbClass::Listener
        } else if has(&["urg", "ask", "encourag", "order"]) {
            VerbClass::ListenerTo
        } else if verb.starts_with("call") {
            VerbClass::CallFor
        } else if has(&["point", "refer", "talk", "speak", "spok", "worr", "rail"]) {
            VerbClass::Particle
        } else if has(TO) {
            VerbClass::To
        } else if has(NEEDS_THAT) {
            VerbClass::NeedsThat
        } else {
            VerbClass::Clause
        }
    }
}

/// What may stand after the break before a second reported clause ([`Reader::second_break`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// A verb of the first speaker or a clause with its own subject (after `, and`).
    Either,
    /// A verb of the first speaker (`, saying`, `and said`).
    OwnVerb,
    /// A clause whose subject stands right after the break (`because she thinks`).
    Subject,
}

/// Page labels in capitals before a colon (`BREAKING:`, `WATCH:`), not transcript speakers.
const LABELS: &[&str] = &[
    "breaking",
    "watch",
    "look",
    "update",
    "updated",
    "video",
    "photos",
    "photo",
    "read",
    "more",
    "note",
    "exclusive",
    "alert",
    "related",
    "see",
    "listen",
    "click",
    "live",
    "editor's",
    "editor’s",
    "correction",
    "analysis",
    "opinion",
    "poll",
    "new",
    "just",
    "also",
    "graphic",
    "map",
    "audio",
    "warning",
    "sponsored",
    "advertisement",
    "ad",
];

/// Words before a headline's colon that label the page or the story, not a source
/// (`Revealed:`, `The Latest:`), beside [`LABELS`].
const HEADLINE_LABELS: &[&str] = &[
    "revealed",
    "wow",
    "boom",
    "bombshell",
    "latest",
    "byline",
    "notice",
    "leaked",
    "review",
    "interview",
    "explainer",
    "factbox",
    "timeline",
    "profile",
    "obituary",
    "editorial",
    "column",
    "commentary",
    "letters",
    "quiz",
    "recap",
    "preview",
    "briefing",
    "roundup",
    "update",
];

/// (session 21) Whether a word is a cardinal number in words from one to
/// ninety-nine (`five`, `Sixty-three`), for counts of people.
pub(super) fn cardinal_word(w: &str) -> bool {
    const UNITS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const TEENS: &[&str] = &[
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    // (first letters of the number words: most words stop here)
    if !(3..=13).contains(&w.len())
        || !matches!(
            w.as_bytes()[0] | 0x20,
            b'o' | b't' | b'f' | b's' | b'e' | b'n'
        )
    {
        return false;
    }
    // (any case: the speaker resolver asks it of words as written, `Nine`)
    let is = |list: &[&str], x: &str| list.iter().any(|l| l.eq_ignore_ascii_case(x));
    if !w.bytes().any(|b| b == b'-') {
        return is(UNITS, w) || is(TEENS, w) || is(TENS, w);
    }
    w.split_once('-')
        .is_some_and(|(t, u)| is(TENS, t) && is(UNITS, u))
}

/// Fewest tokens of a reported clause ("the plan failed" has three).
const MIN_CONTENT: usize = 3;

/// Stems of the verbs of indirect speech that take a stance on a name, which is then a report
/// of one or two words (`endorsed Ann Roe`; session 17).
/// (session 20) Verbs of saying and belief that a relative clause may hold with the subject of
/// their clause moved out (`what critics believe is …`), as stems ([`Reader::gap_relative`]).
const GAP_VERBS: &[&str] = &[
    "believ",
    "think",
    "claim",
    "argu",
    "estimat",
    "hope",
    "hoped",
    "fear",
    "expect",
    "insist",
    "contend",
    "predict",
    "conclud",
    "alleg",
    "suspect",
    "assert",
    "maintain",
    "warn",
    "suggest",
    "agree",
    "acknowledg",
    "admit",
    "conced",
    "doubt",
];

const STANCE: &[&str] = &["endors", "support", "back", "oppos"];

/// (session 22) Past participles that report a stance or a story in a passive with "by"
/// ([`Reader::passive_by`]).
const PASSIVE_STANCE: &[&str] = &[
    "endorsed",
    "backed",
    "supported",
    "opposed",
    "criticized",
    "criticised",
    "rejected",
    "praised",
    "condemned",
    "denounced",
    "echoed",
    "disputed",
    "questioned",
    "challenged",
    "dismissed",
];

impl Reader<'_> {
    /// Whether token `i` is a verb of indirect speech standing as a verb, and its form. A
    /// passive ("was told", "is said to be") reports no one's words.
    fn clause_cue(&self, i: usize) -> Option<Form> {
        self.clause_cue_memo(i, || self.find_clause_cue(i))
    }

    /// [`Reader::clause_cue`], worked out.
    fn find_clause_cue(&self, i: usize) -> Option<Form> {
        if !self.word(i) {
            return None;
        }
        let (form, noun_like) = if let Some(w) = self.ascii_word(i) {
            cues::clause_verb_at(self.text.as_bytes(), w.start, w.end)?
        } else if self.may_be_form(i, cues::clause_shapes()) {
            let form = cues::clause_verb(self.lower(i))?;
            (form, cues::NOUN_LIKE.contains(&self.lower(i)))
        } else {
            return None;
        };
        // "doubts persist", "the plans": a third-person form that is as often a plural noun
        // is a verb only right after a name, a pronoun, a role or a determined noun
        // ("Clinton plans", "the campaign hopes", "The county plans")
        // (session 29) "talks" is a verb only after a name or a pronoun, an adverb between
        // ("Ann Roe talks about …", "She often talks about …"; not "the peace talks about …")
        let talks = noun_like && self.toks[i].text(self.text).eq_ignore_ascii_case("talks");
        if talks {
            let mut j = i;
            if j > 1
                && self.word(j - 1)
                && (self.adverb_before_verb(j - 1)
                    || matches!(self.lower(j - 1), "often" | "also" | "still" | "rarely"))
            {
                j -= 1;
            }
            if !(j > 0 && self.word(j - 1) && (self.cap(j - 1) || self.is(j - 1, F_PRONOUNS))) {
                return None;
            }
        }
        if form == Form::Finite
            && noun_like
            && !talks
            && !(i > 0
                && self.word(i - 1)
                && !self.is(i - 1, F_DETERMINERS)
                && (self.cap(i - 1)
                    || self.is(i - 1, F_PRONOUNS | F_ROLES)
                    || (i > 1 && self.word(i - 2) && self.is(i - 2, F_DETERMINERS))
                    // (session 23) "Recent polling shows", "Exit poll shows"
                    || matches!(
                        self.lower(i - 1),
                        "poll" | "polling" | "survey" | "analysis" | "study" | "investigation" | "review" | "audit" | "data" | "research"
                    )))
        {
            return None;
        }
        if i > 0
            && self.word(i - 1)
            && matches!(
                self.lower(i - 1),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "it's" | "it’s"
            )
        {
            // "is calling for", "were hoping to", "has been saying": a progressive, whose
            // subject speaks as a finite verb's does
            let progressive = form == Form::Participle
                && matches!(
                    self.lower(i - 1),
                    "was" | "were" | "is" | "are" | "be" | "been"
                );
            return (progressive && self.in_verb_position(i)).then_some(Form::Finite);
        }
        // ("Two in three said": a number before "said" is its subject, not a determiner of a
        // noun)
        (self.in_verb_position(i)
            // (session 34) "Most believe", "But few think": after a quantifier standing alone
            || self.quantifier_alone(i)
            || (matches!(self.lower(i), "said" | "says" | "say")
                && i > 0
                && self.word(i - 1)
                && (self.lower(i - 1).bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        self.lower(i - 1),
                        "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                    ))))
        .then_some(form)
    }

    /// The cue's span for the verb at `c`: a progressive with its form of "be" ("are
    /// hoping", "been saying"), a negated base form with its auxiliary ("did not mention",
    /// "won't say"); the auxiliaries before it are added as for every cue.
    fn cue_span(&self, c: usize) -> Span {
        let from = match self.clause_cue(c) {
            // (a progressive is read as a finite verb)
            Some(Form::Finite)
                if c > 0
                    && self.word(c - 1)
                    && matches!(self.lower(c - 1), "are" | "were" | "been" | "be")
                    && self.lower(c).ends_with("ing") =>
            {
                c - 1
            }
            // "did not mention", "won't say": the auxiliary and its "not"
            Some(Form::Base) if self.negated_base(c) => {
                if self.contracted_not(c) || self.lower(c - 1) == "cannot" {
                    c - 1
                } else {
                    c - 2
                }
            }
            // "now says", "openly questioned"
            Some(Form::Finite | Form::Base) if c > 1 && self.adverb_before_verb(c - 1) => c - 1,
            _ => c,
        };
        Span::new(self.toks[from].span.start, self.toks[c].span.end)
    }

    /// Whether the word at `k`, between a subject and its verb, is an adverb: "now", "long",
    /// or a lower-case word of five letters or more in "-ly" after a word that is no
    /// determiner ("The mayor openly questioned"; not "The family said").
    fn adverb_before_verb(&self, k: usize) -> bool {
        if !self.word(k) || self.cap(k) {
            return false;
        }
        let w = self.lower(k);
        matches!(w, "now" | "long")
            // (session 20) "has since said"
            || (w == "since" && matches!(self.lower(k - 1), "has" | "have" | "had"))
            || (w.len() > 4
                && w.ends_with("ly")
                && self.word(k - 1)
                && !self.is(k - 1, F_DETERMINERS)
                && !is_possessive_word(self.lower(k - 1)))
    }

    /// Whether the base form at `c` follows a negated auxiliary: "did not mention", "would not
    /// say whether", "doesn't want", "won't confirm", "cannot support".
    fn negated_base(&self, c: usize) -> bool {
        if c == 0 || !self.word(c - 1) {
            return false;
        }
        match self.lower(c - 1) {
            "not" | "never" => {
                c > 1
                    && self.word(c - 2)
                    && matches!(
                        self.lower(c - 2),
                        "did"
                            | "does"
                            | "do"
                            | "would"
                            | "will"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                    )
            }
            "cannot" => true,
            _ => self.contracted_not(c),
        }
    }

    /// Whether the word before the base form at `c` is an auxiliary contracted with "not"
    /// ("doesn't", "won’t", "can't").
    fn contracted_not(&self, c: usize) -> bool {
        let w = self.lower(c - 1);
        let stem = w
            .strip_suffix("n't")
            .or_else(|| w.strip_suffix("n’t"))
            .unwrap_or("");
        matches!(
            stem,
            "did" | "does" | "do" | "would" | "wo" | "could" | "ca" | "should" | "must"
        )
    }

    /// Whether the base form at `c` is a noun after a determiner and "only" or "just" ("the
    /// only hope", "their only call"), not a verb after an adverb ("would only say").
    fn noun_after_only(&self, c: usize) -> bool {
        c >= 2
            && self.word(c - 2)
            && matches!(self.lower(c - 1), "only" | "just")
            && self.is(c - 2, F_DETERMINERS)
    }

    /// Whether the base form at `c` is a present tense after a plural subject ("experts say",
    /// "they say", "Mr. Abel and Ms. Quinn say"), not an infinitive ("to say", "not say").
    fn present_plural(&self, c: usize, s: usize) -> bool {
        // base forms that are as often nouns ("jobs report", "TV show", "the plan") are not read
        // as a present tense
        let more = !cues::PRESENT_PLURAL.contains(&self.lower(c));
        let v = c;
        // (session 22) "Others, however, say": the subject stands before an adverb set off by
        // commas
        let c = if c >= s + 4
            && self.aside_adverb(c - 2)
            && self.punct(c - 1, ",")
            && self.punct(c - 3, ",")
        {
            c - 3
        } else {
            c
        };
        (!more || cues::more_base_forms().any(|m| m == self.lower(v)))
            && c > s
            && ((self.word(c - 1)
            && (!matches!(self.lower(v), "show" | "find") || self.document_plural(c - 1))
            && match self.lower(c - 1) {
                // ("groups who say", a relative clause after a plural)
                // (not "voters who support the bill", a description more often than a report)
                "they" | "we" | "i" | "you" => true,
                "who" => !more,
                // (session 34) "Most believe …", "But few think …": a quantifier standing
                // alone as the subject
                _ if self.quantifier_subject(c, s).is_some() => true,
                // "Six in 10 say", "47 percent say", "61% say", "of those surveyed say"
                w if w.bytes().all(|b| b.is_ascii_digit())
                    || w.ends_with('%')
                    || matches!(w, "percent" | "surveyed" | "polled" | "interviewed") =>
                {
                    true
                }
                // "Republicans say", "experts say", "Police say", "Mr. Abel and Ms. Quinn say"
                w => {
                    !self.is(c - 1, F_STOP)
                        && ((w.ends_with('s') && !w.ends_with("ss") && !is_possessive_word(w))
                            // (session 31) "The police say", "Many people say": plurals
                            // without an "s"
                            || matches!(w, "people" | "police" | "men" | "women" | "children")
                            || (self.cap(c - 1) && !cues::PLURAL_ONLY.contains(&self.lower(v)))
                            || self.plural_before_modifier(c, s))
                }
            })
                // (session 21) "85% of riders say", "Nearly a quarter say", "Two in five say"
                || self.count_before(c, s))
    }

    /// (session 34) `Most believe …`, `But few think …`, `Many fear …`, `Some say …`, `Both
    /// think …`: a quantifier standing alone right before the verb at `c`, opening its clause
    /// (the sentence's start `s`, or after "but", "and", "yet" or a comma, semicolon or colon
    /// there), is the verb's subject: the people the sentences before counted speak through
    /// it. Not a quantifier before a noun (`Some riders say` is read as a plain subject).
    fn quantifier_subject(&self, c: usize, s: usize) -> Option<(usize, usize)> {
        let q = c.checked_sub(1)?;
        (q >= s
            && self.word(q)
            && matches!(
                self.lower(q),
                "most" | "many" | "few" | "some" | "both" | "others" | "several"
            )
            && (q == s
                || self.punct(q - 1, ",;:")
                || (q > s
                    && self.word(q - 1)
                    && matches!(self.lower(q - 1), "but" | "and" | "yet"))))
        .then_some((q, c))
    }

    /// (session 34) Whether the word before `i` is a quantifier that stands alone as a subject
    /// ([`Reader::quantifier_subject`]) opening a sentence or a clause: at the paragraph's
    /// start, after a sentence's end, a comma, a semicolon or a colon, or after "but", "and"
    /// or "yet" ("have some say" is a noun's phrase); not "most" before a form in "-ed" (`Most
    /// informed readers …`).
    #[cold]
    #[inline(never)]
    fn quantifier_alone(&self, i: usize) -> bool {
        i > 0
            && self.word(i - 1)
            && matches!(
                self.lower(i - 1),
                "most" | "many" | "few" | "some" | "both" | "others" | "several"
            )
            && (i == 1
                || self.punct(i - 2, ",;:")
                || self.ends_sentence(i - 2)
                || (self.word(i - 2) && matches!(self.lower(i - 2), "but" | "and" | "yet")))
            // ("Most informed readers …": "most" before a participle is an adverb)
            && !(self.lower(i - 1) == "most" && self.lower(i).ends_with("ed"))
    }

    /// (session 22) Whether the word at `k` is an adverb set off by commas between a subject and
    /// its verb: "however", "too", "though", "meanwhile", "instead", "also", or a lower-case
    /// word in "-ly" ("Others, however, say").
    fn aside_adverb(&self, k: usize) -> bool {
        self.word(k)
            && !self.cap(k)
            && (matches!(
                self.lower(k),
                "however" | "too" | "though" | "meanwhile" | "instead" | "also" | "likewise"
            ) || (self.lower(k).len() > 4 && self.lower(k).ends_with("ly")))
    }

    /// Whether the words before the verb at `c` are a plural noun and what modifies it, with
    /// no punctuation between: `sources close to the council say`, `people familiar with
    /// the plan say`, `supporters who came to the rally say`, `groups that endorsed him say`
    /// (the modifier's pronoun or its "close"/"familiar" within twelve words before the verb).
    fn plural_before_modifier(&self, c: usize, s: usize) -> bool {
        let lo = c.saturating_sub(12).max(s + 1);
        for k in (lo..c - 1).rev() {
            if !self.word(k) {
                return false;
            }
            let opens = match self.lower(k) {
                "who" | "that" | "whose" => true,
                // (session 30) "riders hoping to save the ferry say": after a plural only, else
                // read on ("dockers who have backed the strike say")
                _ if self.participle_word(k)
                    && k + 1 < c
                    && self.word(k + 1)
                    && (self.is(k + 1, F_DETERMINERS)
                        || matches!(self.lower(k + 1), "to" | "on" | "by" | "at" | "in")) =>
                {
                    (k - 1 == s || !self.cap(k - 1)) && self.plural_noun(k - 1)
                }
                "close" => self.lower(k + 1) == "to",
                "familiar" => self.lower(k + 1) == "with",
                // (session 22) "aides to the mayor say", "critics of the plan say", "pilots
                // from both islands say": after a plural only, else read on ("sources close to
                // …", "supporters who sailed from …")
                "to" | "of" | "from" | "in" | "at" | "for" => {
                    (k - 1 == s || !self.cap(k - 1)) && self.plural_noun(k - 1)
                }
                _ => false,
            };
            if opens {
                let w = self.lower(k - 1);
                // (a capital only where the sentence starts: "Sources close to …")
                return (k - 1 == s || !self.cap(k - 1))
                    && (w == "people" || self.plural_noun(k - 1));
            }
        }
        false
    }

    /// Whether the word at `k` is a plural of documents or counts, the subjects of "show" and
    /// "find" as a present tense ("polls show", "records show", "studies find").
    fn document_plural(&self, k: usize) -> bool {
        matches!(
            self.lower(k),
            "polls"
                | "surveys"
                | "studies"
                | "reports"
                | "records"
                | "documents"
                | "filings"
                | "emails"
                | "data"
                | "figures"
                | "numbers"
                | "statistics"
                | "results"
                | "estimates"
                | "projections"
                | "analyses"
                | "tests"
                | "images"
                | "photos"
                | "videos"
                | "logs"
                | "files"
                | "findings"
        )
    }

    /// A verb of indirect speech at `k` that takes the subject before it: "said", "says", and
    /// "say" after a plural ("experts say").
    fn finite_at(&self, k: usize, s: usize) -> bool {
        match self.clause_cue(k) {
            Some(Form::Finite) => true,
            Some(Form::Base) => self.present_plural(k, s),
            _ => false,
        }
    }

    /// Whether the phrase `(a, b)` can name a speaker: a name, a pronoun, a role ("aides"), or
    /// a phrase led by a determiner ("the campaign", "a new poll"); not a time.
    fn names_speaker(&self, (a, b): (usize, usize)) -> bool {
        !self.is_time((a, b))
            && !matches!(
                self.lower(a),
                "who" | "which" | "that" | "it" | "this" | "there"
                    // (session 25) an imperative: "Please note that …", "Stay informed about …"
                    | "please" | "stay"
            )
            // (session 25) a sentence adverb alone: "Moreover, a study …, indicates",
            // "Additionally, fees, set by builders, can add"
            && (b != a + 1 || !sentence_adverb(self.lower(a)))
            && (self.cap(a)
                || self.is(a, F_PRONOUNS | F_DETERMINERS)
                || (a..b).any(|k| self.is(k, F_ROLES))
                // "6 in 10 said"
                || self.count_subject(a, b)
                // "73 percent said", "Another 19 percent said", "Nearly half said"
                || ((a..b).any(|k| matches!(self.lower(k), "percent" | "half"))
                    && (self.lower(a).starts_with(|ch: char| ch.is_ascii_digit())
                        || matches!(self.lower(a), "another" | "nearly" | "about" | "almost"
                            | "roughly" | "only" | "just" | "half"))))
    }

    /// `…, donors said.`, `The plan, participants said, will cost more.`: in an attribution
    /// closing or standing inside the reported words, between a comma and the verb, a short
    /// lower-case phrase ending in a plural noun is a group of people speaking (`party
    /// donors`, `people close to the mayor`), whether or not its noun is one of the roles.
    /// The noun is a lower-case word of four letters or more ending in `s` but not `ss`, `us`,
    /// `is` or `'s`, and no stop word or verb of speech; the phrase has at most four words
    /// and no capitalised one before its noun (`…, Clinton voters said` is a name's).
    fn plural_speaker(&self, (a, b): (usize, usize)) -> bool {
        if b <= a || b - a > 4 || (a..b).any(|k| !self.word(k) || self.cap(k)) {
            return false;
        }
        // the phrase's noun: the last word, or the one before "close to X" / "of X"
        let noun = (a..b)
            .find(|&k| k + 1 < b && matches!(self.lower(k + 1), "close" | "familiar" | "of" | "in"))
            .unwrap_or(b - 1);
        self.plural_noun(noun)
    }

    /// Whether the word at `k` looks like a plural noun ([`speaker::plural_form`]) and is no stop
    /// word, time or verb of indirect speech.
    fn plural_noun(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.word(k)
            && w.is_ascii()
            && speaker::plural_form(w)
            && !self.is(k, F_STOP | F_PRONOUNS | F_TIME)
            && self.clause_cue(k).is_none()
    }

    /// The speaker's words `np` of a closing attribution run on to its verb at `c` over one
    /// or two lower-case nouns the phrase reader stopped at, a verb's base form that is a
    /// noun here: `…, the new report said`, `…, the latest poll shows`.
    fn to_verb(&self, (a, b): (usize, usize), c: usize) -> (usize, usize) {
        let nouns = b < c
            && c - b <= 2
            && (b..c).all(|k| {
                self.word(k)
                    && !self.cap(k)
                    && !self.is(k, F_STOP)
                    && self.clause_cue(k) == Some(Form::Base)
            });
        (a, if nouns { c } else { b })
    }

    /// The clause a quotation's own attribution goes on to report after it, in the tokens
    /// `s..e` that follow the sentence's last quotation: `…," he said, adding that the plan
    /// would fail.`, `…," said Ann Roe, noting the vote was close.` The attribution (a subject
    /// and a finite verb of saying, or the verb and its subject) stands before the comma and
    /// the participle, within nine tokens; nothing else is read there (the words after a
    /// quotation are its attribution, not a sentence of their own).
    pub(super) fn participle_after_quote(&self, s: usize, e: usize) -> Option<Reported> {
        let end = self.without_final_punct(s, e);
        // (verbs that take a clause, and "referring to", "citing", "describing", "mentioning";
        // not "pointing to his ears", "emphasizing those words", "echoing comments", nor
        // "repeating a line", annotated 3 times in 5 on PolNeAR train)
        let c = (s + 2..end.min(s + 40)).find(|&k| {
            self.word(k)
                && self.punct(k - 1, ",")
                && matches!(
                    self.lower(k),
                    "adding"
                        | "noting"
                        | "saying"
                        | "arguing"
                        | "explaining"
                        | "insisting"
                        | "warning"
                        | "claiming"
                        | "stressing"
                        | "suggesting"
                        | "acknowledging"
                        | "predicting"
                        | "asserting"
                        | "contending"
                        | "conceding"
                        | "recalling"
                        | "referring"
                        | "citing"
                        | "describing"
                        | "mentioning"
                        // (session 24)
                        | "calling"
                        | "asking"
                        | "referencing"
                        | "urging"
                        | "telling"
                        | "criticizing"
                        | "mocking"
                )
                // (session 24) "emphasizing" before a clause, not before the words it
                // stresses ("emphasizing those words")
                || (self.word(k)
                    && self.punct(k - 1, ",")
                    && self.lower(k) == "emphasizing"
                    && self.word(k + 1)
                    && !self.is(k + 1, F_DETERMINERS)
                    && !matches!(self.lower(k + 1), "those" | "these" | "his" | "her" | "their"))
                || self.who_says(k)
        })?;
        // (`…," said Ann Roe, who added that …`: "who" and its verb report, "who" speaking)
        let who = self.lower(c) == "who";
        let v = (s..c - 1).find(|&k| {
            self.word(k)
                && self.clause_cue(k) == Some(Form::Finite)
                && cues::verb(self.lower(k)).is_some_and(|(_, st)| st == Strength::Speech)
        })?;
        let speaker = if v > s {
            Some((s, v)).filter(|&np| self.names_speaker(np) && v - s <= 4 && c < s + 10)
        } else {
            // (`said Ann Roe, a lawyer for the county, noting …`: an apposition may stand
            // between the speaker and the participle's comma)
            self.np_forward(v + 1, c - 1).filter(|&np| {
                self.names_speaker(np)
                    && ((np.1 == c - 1 && c < s + 10) || self.apposition(np.1, c - 1))
            })
        }?;
        if who {
            let k = self.clause_start(c + 1, end)?;
            return Some(Reported::before_cue(
                self.span((k, end)),
                (c, c + 1),
                self.cue_span(c + 1),
                c + 2,
            ));
        }
        let k = self.clause_start(c, end)?;
        Some(Reported {
            content: self.span((k, end)),
            more: None,
            found: Found {
                speaker,
                cue: Some(self.toks[c].span),
                pattern: Pattern::Participle,
                end: c + 1,
            },
        })
    }

    /// Whether token `k` is "who" after a comma before a finite verb of speech (`, who said`,
    /// `, who added`).
    #[cold]
    fn who_says(&self, k: usize) -> bool {
        self.lower(k) == "who"
            && self.word(k + 1)
            && self.clause_cue(k + 1) == Some(Form::Finite)
            && cues::verb(self.lower(k + 1)).is_some_and(|(_, st)| st == Strength::Speech)
    }

    /// Whether the tokens `k..e` are a comma and an apposition to the phrase before it, the
    /// comma at `e` closing it: a role led by an article, a lower-case word or "who" (`, a
    /// lawyer for the county`, `, chairman of the board`, `, who runs the ferry`), with no
    /// other comma, in at most 24 tokens.
    fn apposition(&self, k: usize, e: usize) -> bool {
        k + 2 < e
            && e - k <= 24
            && self.punct(k, ",")
            && self.word(k + 1)
            && (!self.cap(k + 1) || matches!(self.lower(k + 1), "a" | "an" | "the"))
            && !(k + 1..e).any(|j| self.punct(j, ",;"))
    }

    /// The reported speech in the words `s..e` before a sentence's first quotation (session
    /// 15): `He said the plan would fail, adding: "…"`, `She backed the bill and said, "…"`.
    /// The words are read as a sentence of their own up to the first break after a verb of
    /// indirect speech that hands over to the quotation: a comma before a participle of
    /// indirect speech (`, saying`), "and"/"but" before a finite one (`and said`, `, but
    /// added`) or a personal pronoun (`, and he said`), a semicolon, or a comma before
    /// "while", "whereas", "although", "though". With no such break (`said the vote was "a
    /// farce"`) the words are the quotation's own clause and nothing is read.
    pub(super) fn before_quote(
        &self,
        s: usize,
        e: usize,
        opens: bool,
    ) -> (Option<Reported>, Option<Reported>) {
        let Some(c) = (s..e).find(|&k| self.clause_cue(k).is_some()) else {
            return (None, None);
        };
        // (the break: its comma, or the conjunction; the words read end before it)
        let bytes = self.text.as_bytes();
        // (session 24) a one-word name as the verb's object, then a comma before a participle
        // of its speaker: `She endorsed Roe, saying: "…"`
        let b = (c + 2..e.saturating_sub(2)).find_map(|k| {
            if k < c + MIN_CONTENT + 1
                && !(k == c + 2 && self.cap(c + 1) && self.comma_participle(k))
            {
                return None;
            }
            // (only a comma, a semicolon or a word of three letters may be a break: the others
            // are passed over without a look-up)
            let t = self.toks[k].span;
            if !(matches!(bytes[t.start], b',' | b';')
                || (t.len() == 3 && matches!(bytes[t.start] | 0x20, b'a' | b'b')))
            {
                return None;
            }
            // (a semicolon, or a comma before a conjunction of contrast: `…, while Ann Roe
            // said the vote was "…"`; the clause after it is not read here)
            if self.punct(k, ";")
                || (self.punct(k, ",")
                    && self.word(k + 1)
                    && super::attribution::contrast_conjunction(self.lower(k + 1).as_bytes()))
            {
                return Some(k);
            }
            let (b, s2, next) = self.second_break(k)?;
            (next != Next::Either
                || self.clause_cue(s2) == Some(Form::Finite)
                || matches!(self.lower(s2), "he" | "she" | "they" | "we" | "i"))
            .then_some(b)
        });
        match b {
            Some(b) => self.indirect_with_second(s, b, opens),
            None => (self.fronted_before_quote(s, e), None),
        }
    }

    /// (session 24) A report in a fronted clause of contrast or time before a sentence's first
    /// quotation, which belongs to the main clause: `While Ann Roe said the pier was safe, the
    /// board called it "a hazard"`, `When Tom Pike noted that fares rose, Roe said: "…"`. The
    /// clause runs from the word after the conjunction to its comma and is read as a sentence
    /// of its own.
    #[cold]
    #[inline(never)]
    fn fronted_before_quote(&self, s: usize, e: usize) -> Option<Reported> {
        if !(self.word(s) && fronted_opener(self.lower(s).as_bytes())) {
            return None;
        }
        let comma = (s + 1..e).find(|&k| self.punct(k, ","))?;
        let (found, n, _) = self.clause_words(s + 1, comma);
        if n == 0 {
            return None;
        }
        self.cue_then_clause(s + 1, comma, &found[..n])
    }

    /// The reported speech of the sentence of tokens `s..e`, which holds no quotation (the
    /// first of [`Reader::indirect_with_second`]).
    #[cfg(test)]
    pub(super) fn indirect(&self, s: usize, e: usize, opens: bool) -> Option<Reported> {
        self.indirect_with_second(s, e, opens).0
    }

    /// The reported speech of the sentence of tokens `s..e`, which holds no quotation, and a
    /// second reported clause after the first ([`Reader::second`]).
    pub(super) fn indirect_with_second(
        &self,
        s: usize,
        e: usize,
        opens: bool,
    ) -> (Option<Reported>, Option<Reported>) {
        let mut second = None;
        let first = self.indirect_into(s, e, opens, &mut second);
        (first, second)
    }

    /// [`Reader::indirect_with_second`]'s first clause, setting `second` to its second.
    fn indirect_into(
        &self,
        s: usize,
        e: usize,
        opens: bool,
        second: &mut Option<Reported>,
    ) -> Option<Reported> {
        let s = if opens { self.after_dateline(s, e) } else { s };
        let end = self.without_final_punct(s, e);
        // (three words at least: "Roe endorsed Poe")
        if end < s + 3 {
            return None;
        }
        // the verbs of indirect speech in the sentence, found once for every rule (a few)
        let (found, n, according) = self.clause_words(s, end);
        let cues = &found[..n];
        if cues.is_empty() && !according {
            return self
                .passive_by(s, end)
                .or_else(|| self.unspoken_source(s, end))
                .or_else(|| self.poll_opening(s, end));
        }
        let by_according = if according {
            self.according_first(s, end)
        } else if self.word(s) && self.lower(s) == "as" {
            self.as_reported_by(s, end)
        } else {
            None
        };
        // (with fewer than eight, `cues` are every token of the sentence `clause_cue` takes)
        let every_cue = (n < found.len()).then_some(cues);
        by_according
            .or_else(|| self.attribution_last(s, end, according, every_cue))
            .or_else(|| self.attribution_inside(s, end, cues))
            .or_else(|| {
                let Some(mut first) = self
                    .made_clear_first(s, end, cues)
                    .or_else(|| self.cue_then_clause(s, end, cues))
                else {
                    return self
                        .fronted_report(s, end, cues)
                        .or_else(|| self.poll_finds(s, end, cues))
                        .or_else(|| self.passive_by(s, end))
                        .or_else(|| self.unspoken_source(s, end))
                        .or_else(|| self.poll_opening(s, end));
                };
                *second = self
                    .second(&mut first, end, cues)
                    .or_else(|| self.relative_before(&first, s, cues))
                    .or_else(|| self.fronted_report(s, end, cues));
                Some(first)
            })
    }

    /// A report in a fronted clause of contrast (session 17): `While Ann Roe said the pier was
    /// safe, the board closed it`. The clause, read as a sentence of its own, runs from the
    /// word after the conjunction to the first comma; the rules reading the main clause pass
    /// over it ([`Reader::after_fronted_clause`]).
    #[cold]
    #[inline(never)]
    fn fronted_report(&self, s: usize, end: usize, cues: &[usize]) -> Option<Reported> {
        if !(self.word(s) && super::attribution::contrast_conjunction(self.lower(s).as_bytes())) {
            return None;
        }
        let comma = (s + 1..end).find(|&k| self.punct(k, ","))?;
        let inside = &cues[..cues.partition_point(|&c| c < comma)];
        if inside.is_empty() {
            return None;
        }
        self.cue_then_clause(s + 1, comma, inside)
    }

    /// (session 23) A poll's finding: `A Harbour Post poll released Monday found Ann Roe leading
    /// by six points`, `Recent polling shows the fares are too high`, `In May, a survey of
    /// riders showed a slim lead for the plan`. The verb ("show", "find", "suggest" in any
    /// tense but the participle) follows a poll ("poll", "polls", "polling", "survey",
    /// "surveys") or a study ("study", "studies", "analysis", "report", "research") at once
    /// or after what modifies it (a participle, "of", "by", "from", "in", "there", a time:
    /// eight words at most, no verb of speech, relative pronoun or
    /// punctuation but a slash); what follows the verb (after "that") is what the poll found,
    /// an object as well as a clause (not a possessive or a reflexive: `found its way`). The
    /// poll's phrase opens its clause (the sentence, a
    /// comma, a conjunction before it: not `Roe cited polls that show …`, `published its
    /// polling shows …`); it runs back over words that are no stop word to a determiner.
    #[cold]
    #[inline(never)]
    fn poll_finds(&self, s: usize, end: usize, cues: &[usize]) -> Option<Reported> {
        let poll = |k: usize| {
            self.word(k)
                && matches!(
                    self.lower(k),
                    "poll"
                        | "polls"
                        | "polling"
                        | "survey"
                        | "surveys"
                        | "study"
                        | "studies"
                        | "analysis"
                        | "report"
                        | "research"
                )
        };
        for &c in cues {
            if c < s + 1 || c + 1 + MIN_CONTENT > end {
                continue;
            }
            let v = self.lower(c);
            if !matches!(
                v,
                "show"
                    | "shows"
                    | "showed"
                    | "shown"
                    | "find"
                    | "finds"
                    | "found"
                    | "suggest"
                    | "suggests"
                    | "suggested"
            ) {
                continue;
            }
            // the poll: right before the verb ("also" between), or before its modifier
            let mut k = c - 1;
            if self.word(k) && self.lower(k) == "also" && k > s {
                k -= 1;
            }
            if !poll(k) {
                let lo = k.saturating_sub(8).max(s);
                let Some(p) = (lo..k).rev().find(|&j| poll(j)) else {
                    continue;
                };
                let fits = (p + 1..=k).all(|j| {
                    self.punct(j, "/")
                        || (self.word(j)
                            && !matches!(self.lower(j), "that" | "which" | "who" | "and" | "but")
                            && (self.clause_cue(j).is_none() || j == p + 1))
                }) && (self.is_time_word(p + 1)
                    || matches!(
                        self.lower(p + 1),
                        "released"
                            | "conducted"
                            | "taken"
                            | "published"
                            | "out"
                            | "of"
                            | "by"
                            | "from"
                            | "in"
                            | "on"
                            | "there"
                            | "this"
                            | "last"
                    ));
                if !fits {
                    continue;
                }
                k = p;
            }
            // the poll's phrase, back to a determiner (not one inside a name: "the Harbour and
            // the Fleet Poll") or over words that are no stop word
            let mut a = k;
            while a > s && k - a < 12 {
                let j = a - 1;
                if self.word(j) && self.is(j, F_DETERMINERS) {
                    a = j;
                    if !(j > s && self.cap(j + 1) && self.word(j - 1) && self.cap(j - 1)) {
                        break;
                    }
                    continue;
                }
                if self.punct(j, "/-") || (self.word(j) && !self.is(j, F_STOP)) {
                    a = j;
                } else {
                    break;
                }
            }
            let opens = a == s
                || self.punct(a - 1, ",:;—–")
                || (self.word(a - 1)
                    && matches!(
                        self.lower(a - 1),
                        "and"
                            | "but"
                            | "yet"
                            | "while"
                            | "as"
                            | "where"
                            | "because"
                            | "after"
                            | "since"
                    ));
            if !opens || !self.word(c + 1) {
                continue;
            }
            // ("The report found its way into the minutes": no finding)
            if matches!(
                self.lower(c + 1),
                "its" | "their" | "itself" | "themselves" | "his" | "her"
            ) {
                continue;
            }
            let from = if self.lower(c + 1) == "that" {
                c + 2
            } else {
                c + 1
            };
            if !self.word(from) || end < from + MIN_CONTENT {
                continue;
            }
            return Some(Reported::before_cue(
                self.span((from, end)),
                (a, k + 1),
                self.cue_span(c),
                c + 1,
            ));
        }
        None
    }

    /// (session 22) A passive of stance or report with its agent after "by": `The plan was
    /// backed by most pilots`, `The ferry deal was first backed by the Gazette`, `Ann Roe has
    /// been hotly criticized by several of her rivals`. The sentence's subject (a plain phrase before the
    /// auxiliary) is what is reported; the phrase after "by" speaks, up to the next punctuation
    /// or a preposition opening an adjunct (`… by her rivals for her votes`), twelve words at
    /// most, a name, a determined phrase or a count (not a margin: `by a two-vote margin`).
    #[cold]
    #[inline(never)]
    fn passive_by(&self, s: usize, end: usize) -> Option<Reported> {
        // (a byte test first: most sentences read hold no "…ed by ")
        let (lo, hi) = (self.toks[s].span.start, self.toks[end - 1].span.end);
        memchr::memmem::find(&self.text.as_bytes()[lo..hi], b"ed by ")?;
        let from = self.after_fronted_clause(s, end);
        let by = (from + 2..end.saturating_sub(1)).find(|&k| {
            self.word(k) && self.lower(k) == "by" && PASSIVE_STANCE.contains(&self.lower(k - 1))
        })?;
        let v = by - 1;
        // the auxiliary before the participle, one adverb between ("was first backed", "has
        // been hotly criticized")
        let mut a = v - 1;
        if a > from
            && self.word(a)
            && !self.cap(a)
            && (self.lower(a).ends_with("ly") || matches!(self.lower(a), "first" | "also"))
        {
            a -= 1;
        }
        if !self.word(a) || !matches!(self.lower(a), "was" | "were" | "is" | "are" | "been") {
            return None;
        }
        if self.lower(a) == "been"
            && a > from + 1
            && matches!(self.lower(a - 1), "has" | "have" | "had")
        {
            a -= 1;
        }
        let subject = self
            .plain_subject(from, a)
            .filter(|&(p, q)| q == a && p < q)?;
        let e = (by + 1..end)
            .find(|&k| {
                !self.word(k)
                    || matches!(
                        self.lower(k),
                        "for"
                            | "over"
                            | "because"
                            | "after"
                            | "as"
                            | "when"
                            | "while"
                            | "since"
                            | "during"
                            | "on"
                            | "at"
                            | "but"
                    )
            })
            .unwrap_or(end);
        if e == by + 1
            || e > by + 13
            || !self.names_speaker((by + 1, e))
            || (by + 1..e).any(|k| matches!(self.lower(k), "margin" | "vote" | "votes" | "points"))
        {
            return None;
        }
        Some(Reported::before_cue(
            self.span(subject),
            (by + 1, e),
            self.span((a, v + 1)),
            e,
        ))
    }

    /// (session 27) A prediction with no one named as its source: `Tomas Varik is expected to
    /// resign on Friday`, `The sale was not expected to close this year`. A finite "be" (an
    /// adverb or "not" between) and "expected to" before a verb: the sentence is reported with
    /// no speaker (the speaker's range is empty), the cue is "be" through "expected". When the
    /// verb after "to" is itself one of speech or stance (`Halden Works is expected to announce
    /// that …`, `… is expected to endorse Ann Roe`), the subject before "be" speaks it, with
    /// the words after that verb.
    #[cold]
    #[inline(never)]
    fn unspoken_source(&self, s: usize, end: usize) -> Option<Reported> {
        // (session 28: from the second word, a subject of one word before "seems"; "be"
        // before a participle stands after the first word at the earliest)
        (s + 1..end.saturating_sub(2)).find_map(|k| self.unspoken_at(s, end, k))
    }

    /// (session 28) An impression with no one named as its source: `The night ferry seems to
    /// be losing riders`, `Halden Works appeared to change course`. A plain subject right
    /// before "seems", "seem", "seemed", "appears", "appear" or "appeared", then "to" and a
    /// lower-case word: the clause from the subject to the sentence's end is reported with no
    /// speaker, the cue is the verb. Not a subject that is a relative or an empty "it", "this",
    /// "that", "there" (`what seemed to start …`, `it appears to …`), not after a modal, "not" or
    /// "did" (the subject is then no plain phrase). When the verb after "to" is one of speech
    /// or stance (`Tomas Varik seemed to suggest that …`), the subject speaks what follows it.
    fn seeming(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        if !(self.lower(k + 1) == "to" && self.word(k + 2) && !self.cap(k + 2)) {
            return None;
        }
        let (a, b) = self.plain_subject(s, k).filter(|&(a, b)| b == k && a < b)?;
        if b == a + 1 && self.is(a, F_STOP) && !self.is(a, F_PRONOUNS) {
            return None;
        }
        let v = k + 2;
        let speaks = cues::clause_verb(self.lower(v)).is_some()
            || STANCE.iter().any(|stem| self.lower(v).starts_with(stem));
        if speaks {
            let from = if self.word(v + 1) && self.lower(v + 1) == "that" {
                v + 2
            } else {
                v + 1
            };
            if from + MIN_CONTENT > end || !self.word(from) {
                return None;
            }
            return Some(Reported::before_cue(
                self.span((from, end)),
                (a, b),
                self.span((k, v + 1)),
                v + 1,
            ));
        }
        // (a few words after "to": "It seemed to work" is too little to report)
        if end < v + 2 {
            return None;
        }
        // a personal pronoun is the one whose bearing is reported: `She appeared to hint …`
        let speaker = if b == a + 1 && matches!(self.lower(a), "he" | "she" | "they" | "we") {
            (a, b)
        } else {
            (k, k)
        };
        Some(Reported {
            content: self.span((a, end)),
            more: None,
            found: Found {
                speaker,
                cue: Some(self.span((k, k + 1))),
                pattern: Pattern::BeforeCue,
                end: k + 1,
            },
        })
    }

    /// [`Reader::unspoken_source`] with its participle at `k`.
    fn unspoken_at(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        if !self.word(k) || !self.word(k + 1) {
            return None;
        }
        let next = self.lower(k + 1);
        let expected = match self.lower(k) {
            "expected" => next == "to" && self.word(k + 2) && !self.cap(k + 2),
            "seems" | "seem" | "seemed" | "appears" | "appear" | "appeared" => {
                return self.seeming(s, end, k);
            }
            "confident" | "convinced" | "hopeful" | "optimistic" | "concerned" | "worried"
            | "certain" => return self.be_confident(s, end, k),
            "clear" => return self.made_clear(s, end, k),
            "reportedly" => return self.reportedly(s, end, k),
            _ => return self.passive_report(s, end, k),
        };
        if !expected {
            return None;
        }
        let j = self.be_before(s, k)?;
        let v = k + 2;
        let speaks = cues::clause_verb(self.lower(v)).is_some()
            || STANCE.iter().any(|stem| self.lower(v).starts_with(stem));
        if speaks {
            // the subject speaks: `X is expected to announce (that) …`
            let subject = self.subject_up_to(s, j)?;
            if !self.names_speaker(subject) {
                return None;
            }
            let from = if self.word(v + 1) && self.lower(v + 1) == "that" {
                v + 2
            } else {
                v + 1
            };
            if from >= end || !self.word(from) {
                return None;
            }
            return Some(Reported::before_cue(
                self.span((from, end)),
                subject,
                self.span((j, v + 1)),
                v + 1,
            ));
        }
        self.unspoken_clause(s, end, j, k)
    }

    /// The report with no speaker of [`Reader::unspoken_source`]: "be" at `j`, its participle
    /// at `k`.
    fn unspoken_clause(&self, s: usize, end: usize, j: usize, k: usize) -> Option<Reported> {
        // (a clause of a few words at least: "He is expected to win")
        if end < k + 3 {
            return None;
        }
        // the clause holding "be": from a relative pronoun right before it to the next comma,
        // or from the last clause's opening before it (`…, but the sale was expected to …`)
        let (from, to) =
            if self.word(j - 1) && matches!(self.lower(j - 1), "who" | "which" | "that") {
                // (the comma closing the relative before the main clause's verb: `The plan, which
                // was expected to pass, would …`; not one inside it: `a long, dull speech`)
                let to = (k + 2..end.saturating_sub(1))
                    .find(|&t| {
                        self.punct(t, ";")
                            || (self.punct(t, ",")
                                && self.word(t + 1)
                                && matches!(
                                    self.lower(t + 1),
                                    "would"
                                        | "will"
                                        | "is"
                                        | "was"
                                        | "are"
                                        | "were"
                                        | "has"
                                        | "have"
                                        | "had"
                                        | "could"
                                        | "can"
                                        | "may"
                                        | "might"
                                        | "should"
                                ))
                    })
                    .unwrap_or(end);
                (j - 1, to)
            } else {
                let from = (s + 1..j)
                    .rev()
                    .find(|&t| {
                        self.punct(t, ";:—–")
                            || (self.word(t)
                                && (matches!(
                                    self.lower(t),
                                    "while" | "as" | "because" | "though" | "although" | "whereas"
                                ) || (matches!(self.lower(t), "and" | "but")
                                    && self.punct(t - 1, ","))))
                    })
                    .map_or(s, |t| t + 1);
                (from, end)
            };
        if from >= j || to < k + 3 {
            return None;
        }
        Some(Reported::before_cue(
            self.span((from, to)),
            (j, j),
            self.span((j, k + 1)),
            k + 1,
        ))
    }

    /// (session 28) A belief held by the subject: `Tomas Varik is confident that the vote will
    /// pass`, `Skippers were worried that the tolls would rise`. A plain subject naming a
    /// speaker, a finite "be" (an adverb or "not" between), "confident", "convinced",
    /// "hopeful", "optimistic", "concerned", "worried" or "certain", then "that" (or a personal
    /// pronoun opening the clause): the subject speaks the clause, "be" through the adjective is
    /// the cue. Not the adjective before a noun or "about" (`a confident speech`, `worried about
    /// the fares`).
    fn be_confident(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        let next = self.lower(k + 1);
        let from = if next == "that" {
            k + 2
        } else if matches!(next, "he" | "she" | "they" | "we" | "i" | "it") {
            k + 1
        } else {
            return None;
        };
        if from + MIN_CONTENT > end || !self.word(from) {
            return None;
        }
        let j = self.be_before(s, k)?;
        self.subject_reports(s, j, k, from, end)
    }

    /// (session 29) A report whose source is not named: `The harbour board has reportedly
    /// sold the pier`, `Ann Roe reportedly left early`. "reportedly" at `k` after a plain
    /// subject (its auxiliary between: "has", "is", "will" …), a lower-case word after it: the
    /// clause from the subject to the sentence's end is reported with no speaker, "reportedly"
    /// the cue, as `PolNeAR` marks it. Read only when no verb of speech reads the sentence
    /// (`reportedly argued that …` is the subject's).
    fn reportedly(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        if !self.word(k + 1) || self.cap(k + 1) || end < k + 3 {
            return None;
        }
        let mut j = k;
        if j > s + 1
            && self.word(j - 1)
            && matches!(
                self.lower(j - 1),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would"
            )
        {
            j -= 1;
        }
        let (a, _) = self.subject_up_to(s, j)?;
        Some(Reported {
            content: self.span((a, end)),
            more: None,
            found: Found {
                speaker: (k, k),
                cue: Some(self.span((k, k + 1))),
                pattern: Pattern::BeforeCue,
                end: k + 1,
            },
        })
    }

    /// (session 29) [`Reader::made_clear`] before the sentence's first verb of indirect speech,
    /// which then stands in the clause made clear (`Ann Roe made it clear that she wants …`):
    /// the outer report wins.
    fn made_clear_first(&self, s: usize, end: usize, cues: &[usize]) -> Option<Reported> {
        let first = cues.first().copied().unwrap_or(end).min(end);
        (s + 2..first)
            .find(|&k| self.word(k) && self.toks[k].text(self.text).eq_ignore_ascii_case("clear"))
            .and_then(|k| self.made_clear(s, end, k))
    }

    /// (session 29) A stand made known: `Ann Roe made it clear that she would not back the
    /// plan`, `The board has made clear Monday it will sell the pier`, `Tom Pike made it clear
    /// to the council that …`. "made" or "makes" (its auxiliaries and adverbs before it:
    /// `has also made`), "it" or nothing, "clear" at `k`, then the clause: after "that" (a time
    /// or a listener after "to" before it, eight words at most), or opening at once on a word
    /// that is no preposition. The plain subject before the verb speaks; the cue runs from the
    /// first auxiliary to "clear", as `PolNeAR` marks it.
    fn made_clear(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        let v = if self.word(k - 1) && self.lower(k - 1) == "it" {
            k.checked_sub(2)?
        } else {
            k - 1
        };
        if v <= s || !self.word(v) || !matches!(self.lower(v), "made" | "makes") {
            return None;
        }
        // the clause: after a time ("made clear Monday that …") or "to" and a listener
        // ("made it clear to the council that …", "that" within eight words), "that" or a
        // word opening a clause at once (no preposition: not "made clear in May")
        let mut f = k + 1;
        while f < end
            && self.word(f)
            && (self.is(f, F_TIME)
                || (matches!(self.lower(f), "on" | "last") && self.is(f + 1, F_TIME)))
        {
            f += 1;
        }
        if self.word(f) && self.lower(f) == "to" {
            f = (f + 1..end.min(f + 9))
                .take_while(|&j| self.word(j) && self.clause_cue(j).is_none())
                .find(|&j| self.lower(j) == "that")?;
        }
        let from = if self.word(f) && self.lower(f) == "that" {
            f + 1
        } else if !self.word(f)
            || (self.is(f, F_STOP)
                && !self.is(f, F_PRONOUNS | F_DETERMINERS)
                && !matches!(self.lower(f), "his" | "her" | "their" | "its"))
        {
            return None;
        } else {
            f
        };
        if from + MIN_CONTENT > end || !self.word(from) {
            return None;
        }
        // the subject before the verb's auxiliaries and adverbs: "has also made clear"
        let mut j = v;
        while j > s + 1
            && self.word(j - 1)
            && !self.cap(j - 1)
            && (matches!(
                self.lower(j - 1),
                "has" | "have" | "had" | "also" | "now" | "already" | "since" | "long"
            ) || (self.lower(j - 1).len() >= 5 && self.lower(j - 1).ends_with("ly")))
        {
            j -= 1;
        }
        self.subject_reports(s, j, k, from, end)
    }

    /// The finite "be" before the participle at `k` (an adverb or "not" between), past the
    /// clause's first word: `is expected`, `was not widely seen`.
    fn be_before(&self, s: usize, k: usize) -> Option<usize> {
        let mut j = k - 1;
        if j > s
            && self.word(j)
            && !self.cap(j)
            && (matches!(
                self.lower(j),
                "not" | "also" | "still" | "now" | "widely" | "often"
            ) || (self.lower(j).len() >= 5 && self.lower(j).ends_with("ly")))
        {
            j -= 1;
        }
        (j > s
            && self.word(j)
            && matches!(
                self.lower(j),
                "is" | "are"
                    | "was"
                    | "were"
                    | "isn't"
                    | "isn’t"
                    | "aren't"
                    | "aren’t"
                    | "wasn't"
                    | "wasn’t"
                    | "weren't"
                    | "weren’t"
            ))
        .then_some(j)
    }

    /// (session 27) A passive of report or judgment with no agent, read as
    /// [`Reader::unspoken_source`]: `Tomas Varik was asked about the fares`, `The yard is known
    /// for its cranes`, `The toll is seen as too high`, `Ann Roe is said to favour the
    /// plan`. "seen", "viewed", "regarded", "described" take "as"; "known" "as" or "for";
    /// "said" "to"; "asked", "reported", "accused", "criticized", "condemned", "blamed" any
    /// word but "by" (an agent). The subject before "be" is a plain phrase.
    fn passive_report(&self, s: usize, end: usize, k: usize) -> Option<Reported> {
        let next = self.lower(k + 1);
        let fits = match self.lower(k) {
            "seen" | "viewed" | "regarded" | "described" => next == "as",
            "known" => matches!(next, "as" | "for"),
            "said" => next == "to",
            "asked" | "reported" | "accused" | "criticized" | "criticised" | "condemned"
            | "blamed" => next != "by",
            _ => false,
        };
        if !fits {
            return None;
        }
        let j = self.be_before(s, k)?;
        // (a plain subject before "be", not a relative or a clause inside another report:
        // `Ann Roe, who was seen as …, said …`)
        self.subject_up_to(s, j)?;
        self.unspoken_clause(s, end, j, k)
    }

    /// (session 27) A poll's finding opened by the poll: `In a Harbour Post poll released
    /// Monday, Ann Roe led by six points`, `In the latest survey, most riders backed the fares`.
    /// "In", a determiner or a possessive (or a capitalised word), then words naming the poll
    /// ("poll", "polls", "polling", "survey", "surveys"; no preposition, relative or verb of
    /// speech before it: not `In a letter sent while polls were open`), what modifies it, a comma
    /// (sixteen words at most) and a clause of three words or more: the poll's phrase speaks,
    /// "In" is the cue. A fallback: a sentence read by another rule (`In a poll, most voters
    /// said …`) keeps that reading.
    #[cold]
    #[inline(never)]
    fn poll_opening(&self, s: usize, end: usize) -> Option<Reported> {
        if !(self.word(s) && self.lower(s) == "in" && self.word(s + 1)) {
            return None;
        }
        let first = self.lower(s + 1);
        if !(self.is(s + 1, F_DETERMINERS)
            || matches!(first, "this" | "that" | "its" | "their" | "his" | "her")
            || (self.cap(s + 1) && is_possessive_word(first)))
        {
            return None;
        }
        let mut comma =
            (s + 2..end.min(s + 18)).find(|&k| !self.word(k) && self.punct(k, ",;:"))?;
        if !self.punct(comma, ",") {
            return None;
        }
        // the poll's participle after a comma is the poll's (`In the latest poll, conducted in
        // May, …`)
        if self.word(comma + 1)
            && matches!(
                self.lower(comma + 1),
                "conducted" | "released" | "taken" | "published" | "completed"
            )
        {
            comma = (comma + 2..end.min(comma + 14)).find(|&k| self.punct(k, ","))?;
        }
        if comma + 1 + MIN_CONTENT > end || !self.word(comma + 1) {
            return None;
        }
        let p = (s + 2..comma).find(|&k| {
            self.word(k)
                && matches!(
                    self.lower(k),
                    "poll" | "polls" | "polling" | "survey" | "surveys"
                )
        })?;
        let plain = (s + 2..p).all(|k| {
            self.punct(k, "/-")
                || (self.word(k)
                    && !matches!(
                        self.lower(k),
                        "for"
                            | "about"
                            | "as"
                            | "of"
                            | "on"
                            | "at"
                            | "with"
                            | "to"
                            | "by"
                            | "from"
                            | "in"
                            | "while"
                            | "since"
                            | "if"
                            | "that"
                            | "which"
                            | "who"
                            | "when"
                            | "after"
                            | "before"
                            | "and"
                            | "or"
                    )
                    && self.clause_cue(k).is_none())
        });
        if !plain || (p + 1..comma).any(|k| self.clause_cue(k).is_some()) {
            return None;
        }
        Some(Reported::before_cue(
            self.span((comma + 1, end)),
            (s + 1, comma),
            self.toks[s].span,
            comma,
        ))
    }

    /// A second reported clause in the sentence of tokens `s..e`, after `first` (found by a verb
    /// and the clause after it): `He said X, and other leaders said Y`, `He called it lawful,
    /// and said Y` (a verb right after the "and" is the first speaker's), and (session 14) the
    /// first speaker's verb after "and"/"but" with no comma (`He praised the plan and said Y`)
    /// or a participle after a comma (`He defended the plan, saying Y`). `first` then ends
    /// before the break.
    /// `cues` are the sentence's verbs of indirect speech, `end` its end without its closing
    /// punctuation.
    fn second(&self, first: &mut Reported, end: usize, cues: &[usize]) -> Option<Reported> {
        // (a verb of indirect speech after the first one's, or no second clause)
        let &last = cues.last()?;
        if last < first.found.end + 2 {
            return None;
        }
        // the break `b` (the comma, or the "and") and the first token after it, and what may
        // follow; the first of three breaks that gives a clause
        let a = self.token_at(first.content.start)?;
        // (session 36) a poll's answer of one word: `46 percent said yes, but …`
        let answer = first.content.end == self.toks[a].span.end;
        let (b, rep) = (first.found.end..last.min(end.saturating_sub(MIN_CONTENT + 2)))
            .filter_map(|k| self.second_break(k))
            .take(3)
            .find_map(|(b, s2, next)| {
                // (`blasted the council and said …`: before "and" and the first speaker's own
                // verb, an object of one or two words is enough)
                // (session 24) `endorsed Roe, saying …`: a name before a comma and a participle
                // (session 30) `echoed those comments, saying …`, `declined to answer, adding
                // …`: any object of one or two words
                let least = if next == Next::OwnVerb
                    && (!self.punct(b, ",")
                        || (b == a + 1 && self.cap(a))
                        || (b <= a + 2 && (a..b).all(|k| self.word(k))))
                {
                    1
                } else {
                    MIN_CONTENT
                };
                let least = if answer { 1 } else { least };
                if b < a + least {
                    return None;
                }
                self.second_at(first, (b, s2, next), end, cues)
                    .map(|rep| (b, rep))
            })?;
        first.content = self.span((a, b));
        Some(rep)
    }

    /// The second reported clause after the break `b`, its first token `s2` and what may
    /// follow ([`Reader::second_break`]).
    fn second_at(
        &self,
        first: &Reported,
        (b, s2, next): (usize, usize, Next),
        end: usize,
        all: &[usize],
    ) -> Option<Reported> {
        if next == Next::OwnVerb && !self.goes_on_under(first.found.end - 1, b, all) {
            return None;
        }
        // "said the plan works, but that it costs too much": one report, under the first verb
        if self.word(s2) && self.lower(s2) == "that" {
            return None;
        }
        let cues = &all[all.partition_point(|&c| c < s2)..];
        let &c = cues.first()?;
        if next == Next::Subject || (next == Next::Either && c != s2) {
            // a clause with its own subject, right after the break
            return self.cue_then_clause(s2, end, cues).filter(|rep| {
                next == Next::Either
                    || (rep.found.speaker == (s2, s2 + 1)
                        && rep.found.pattern == Pattern::BeforeCue)
            });
        }
        if c != s2 || (next == Next::Either && self.clause_cue(c) != Some(Form::Finite)) {
            return None;
        }
        let k = self.clause_start(c, end)?;
        let participle = self.clause_cue(c) == Some(Form::Participle);
        Some(Reported {
            content: self.span((k, end)),
            more: None,
            found: Found {
                speaker: first.found.speaker,
                cue: Some(self.cue_span(c)),
                pattern: if participle {
                    Pattern::Participle
                } else {
                    Pattern::BeforeCue
                },
                end: c + 1,
            },
        })
    }

    /// A relative clause of saying inside the subject of `first`, whose verb stands after a
    /// comma (session 16): `Ann Roe, who said last week that the pier was safe, said …`. The
    /// relative verb is a finite verb of speech after ", who"; its clause ends at the comma
    /// right before `first`'s verb, and "who" speaks (it resolves to the name before it).
    fn relative_before(&self, first: &Reported, s: usize, cues: &[usize]) -> Option<Reported> {
        let v = first.found.end - 1;
        let &c = cues.first()?;
        if c + MIN_CONTENT + 1 >= v
            || c < s + 3
            || !self.punct(v - 1, ",")
            || !self.punct(c - 2, ",")
            || !self.who_says(c - 1)
        {
            return None;
        }
        let k = self.clause_start(c, v - 1)?;
        (k + MIN_CONTENT < v).then(|| {
            Reported::before_cue(self.span((k, v - 1)), (c - 1, c), self.cue_span(c), c + 1)
        })
    }

    /// Whether a verb of indirect speech after the break `b` (a participle after a comma, or a
    /// finite verb after "and") has the subject of the first verb, at `c`: no other verb of
    /// indirect speech stands between them (`… asked Ann to leave, it declined, citing …`:
    /// "citing" is its "it"'s), and a verb after "and" follows a verb with an object, not one
    /// of saying or thinking with a clause (`said she was tired and hoped to rest` is one
    /// report, whose "hoped" may be hers).
    fn goes_on_under(&self, c: usize, b: usize, cues: &[usize]) -> bool {
        if cues.iter().any(|&k| k > c && k < b) {
            return false;
        }
        if self.punct(b, ",") {
            return true;
        }
        let w = self.lower(c);
        if cues::verb(w).is_some_and(|(_, st)| st == Strength::Speech) {
            // (session 16) `blasted the council and said …`: an object, no clause (a
            // personal pronoun, "that", an auxiliary) between a verb of speech and the "and"
            // (session 24: forty words at most, not eight: `announced on Tuesday a sale of
            // the old mill by the river to a builder from the city and said …`)
            return b <= c + 40
                && (c + 1..b).all(|k| {
                    self.word(k)
                        && !self.is(k, F_PRONOUNS)
                        && self.lower(k) != "that"
                        && !cues::is_finite_auxiliary(self.lower(k))
                });
        }
        ![
            "think", "thought", "believ", "feel", "felt", "hop", "fear", "expect", "doubt",
            "learn", "find", "found",
        ]
        .iter()
        .any(|stem| w.starts_with(stem))
    }

    /// Whether token `k` is a comma before a participle of indirect speech (`, saying`).
    fn comma_participle(&self, k: usize) -> bool {
        self.punct(k, ",") && self.word(k + 1) && self.clause_cue(k + 1) == Some(Form::Participle)
    }

    /// Whether token `k` breaks a sentence before a second reported clause ([`Reader::second`]):
    /// `, and` or `, but` (the clause after it has a verb of the first speaker or a subject of
    /// its own), and (session 17) `, while`, `, whereas`, `, though`, `, although` (`Most
    /// riders said …, while the board said …`); a comma before a participle of indirect
    /// speech (`, saying`, `, noting`);
    /// "and" or "but" with no comma before a finite verb of indirect speech (`and said`, `but
    /// also noted`) or before a personal pronoun (`and he says`); a conjunction opening a
    /// clause with its own subject (`because she thinks`, `though he said`). Gives the break
    /// (a comma before the conjunction, or the conjunction), the token after it and what
    /// stands there.
    fn second_break(&self, k: usize) -> Option<(usize, usize, Next)> {
        if self.punct(k, ",") {
            if !self.word(k + 1) {
                return None;
            }
            let w = self.lower(k + 1);
            // (session 33) `, while saying …`, `, falsely suggesting …`: the first speaker's
            // participle after a word or two
            if let Some(p) = [k + 2, k + 3].into_iter().find(|&p| {
                p < self.toks.len()
                    && self.clause_cue(p) == Some(Form::Participle)
                    && self.comma_adverb(p, 0) == Some(k + 1)
            }) {
                return Some((k, p, Next::OwnVerb));
            }
            if matches!(w, "and" | "but") || super::attribution::contrast_conjunction(w.as_bytes())
            {
                return Some((k, k + 2, Next::Either));
            }
            return (self.clause_cue(k + 1) == Some(Form::Participle)).then_some((
                k,
                k + 1,
                Next::OwnVerb,
            ));
        }
        if !self.word(k) {
            return None;
        }
        let b = if self.punct(k - 1, ",") { k - 1 } else { k };
        match self.lower(k) {
            // (session 34) `defended the tolls by arguing that …`: the first speaker's
            // participle after "by"
            "by" if self.by_participle(k + 1) => Some((b, k + 1, Next::OwnVerb)),
            "and" | "but" => {
                let v = if self.lower(k + 1) == "also" {
                    k + 2
                } else {
                    k + 1
                };
                if self.clause_cue(v) == Some(Form::Finite) {
                    Some((b, v, Next::OwnVerb))
                } else if matches!(self.lower(k + 1), "he" | "she" | "they" | "we" | "i") {
                    Some((b, k + 1, Next::Subject))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// The first eight verbs of indirect speech among tokens `s..end` ([`Reader::clause_cue`])
    /// and how many there are, and whether "according" is among them. An ASCII word that is no
    /// verb form ([`cues::clause_verb_or_according_at`], the first test of `find_clause_cue`)
    /// nor "according" is passed over at once (whether it is ASCII is asked only of the words
    /// that are not, in a sentence that is not all ASCII).
    fn clause_words(&self, s: usize, end: usize) -> ([usize; 8], usize, bool) {
        let bytes = self.text.as_bytes();
        let keys = cues::word_keys();
        let mut found = [0usize; 8];
        let mut n = 0;
        let mut according = false;
        for k in s..end {
            let t = &self.toks[k];
            // One branch for most tokens, words and punctuation alike: the key filter turns
            // down nearly every token that is no verb form, and a token with a character
            // outside ASCII goes on to the tests below. (Asking the token's kind first, a
            // branch taken or not word after word, mispredicted often.)
            let len = t.span.end - t.span.start;
            let head = super::keys::head_key(crate::swar::load_padded(bytes, t.span.start), len);
            if !(keys.may_hold(head) | self.is_other(k)) || t.kind != Kind::Word {
                continue;
            }
            let w = &bytes[t.span.start..t.span.end];
            if !cues::clause_verb_or_according_at(bytes, t.span.start, t.span.end)
                && (self.ascii() || w.is_ascii())
            {
                continue;
            }
            if self.clause_cue(k).is_some() && n < found.len() {
                found[n] = k;
                n += 1;
            }
            according |= w.eq_ignore_ascii_case(b"according");
        }
        (found, n, according)
    }

    /// The end of tokens `s..e` without the sentence's closing punctuation (not a "%" or a
    /// closing parenthesis, which belong to the words).
    fn without_final_punct(&self, s: usize, e: usize) -> usize {
        let mut end = e;
        while end > s && self.punct(end - 1, ".!?;:,…—–-") {
            end -= 1;
        }
        end
    }

    /// Where a sentence starting at `s` begins once a wire dateline (`NAIROBI, Kenya —`,
    /// `LAGOS (Reuters) -`) and any leading punctuation (a list's dash) are skipped.
    fn after_dateline(&self, s: usize, e: usize) -> usize {
        let mut a = s;
        let upper = |k: usize| {
            self.word(k) && {
                let w = self.toks[k].text(self.text);
                w.len() >= 2 && !w.bytes().any(|b| b.is_ascii_lowercase())
            }
        };
        if upper(s) {
            if let Some(dash) = (s + 1..e.min(s + 10)).find(|&k| self.punct(k, "—–-―")) {
                a = dash + 1;
            }
        }
        while a < e && self.toks[a].kind == Kind::Punct {
            a += 1;
        }
        a
    }

    /// `According to X, CONTENT` (after a leading "But" or "And").
    fn according_first(&self, s: usize, end: usize) -> Option<Reported> {
        let mut a = if self.word(s) && matches!(self.lower(s), "but" | "and" | "yet") {
            s + 1
        } else {
            s
        };
        // "But, according to the poll, …"
        if a > s && self.punct(a, ",") {
            a += 1;
        }
        if let Some(rep) = self.that_according(s, end) {
            return Some(rep);
        }
        if !(self.word(a) && self.lower(a) == "according" && self.lower(a + 1) == "to") {
            return None;
        }
        let np = self
            .np_forward(a + 2, end)
            .or_else(|| self.words_to_comma(a + 2, end))
            .filter(|&np| !self.is_time(np))?;
        let mut k = np.1;
        // "according to a poll released Monday by Gallup," reads to its comma
        while k < end && k - np.1 < 16 && !self.punct(k, ",") {
            k += 1;
        }
        if !self.punct(k, ",") {
            return None;
        }
        self.opening_source(np, (a, a + 2), k, end)
    }

    /// The report of an opening source phrase (`According to X, …`, `As reported by X, …`):
    /// the source `np`, its cue words `cue`, the content from after the comma at `k` to `end`
    /// (none when it is shorter than [`MIN_CONTENT`] tokens).
    fn opening_source(
        &self,
        np: (usize, usize),
        cue: (usize, usize),
        k: usize,
        end: usize,
    ) -> Option<Reported> {
        if end < k + 1 + MIN_CONTENT {
            return None;
        }
        Some(Reported {
            more: None,
            content: self.span((k + 1, end)),
            found: Found {
                speaker: np,
                cue: Some(self.span(cue)),
                pattern: Pattern::BeforeAccordingTo,
                end: np.1,
            },
        })
    }

    /// (session 34) `As reported by X, CONTENT`, `As first reported by X, …`, `As noted by X,
    /// …`: the sentence's opening "as" (at `a`), an optional "first", "previously" or "earlier", a
    /// participle of reporting ("reported", "noted", "revealed") and "by" source the rest of
    /// the sentence to X, read as after "According to" (to its comma, sixteen words at most).
    /// The cue is the participle and "by" (the news corpus marks "reported" more often than "As").
    #[cold]
    #[inline(never)]
    fn as_reported_by(&self, a: usize, end: usize) -> Option<Reported> {
        if !(self.word(a) && self.lower(a) == "as") {
            return None;
        }
        let mut v = a + 1;
        if self.word(v) && matches!(self.lower(v), "first" | "previously" | "earlier") {
            v += 1;
        }
        if !(self.word(v)
            && matches!(self.lower(v), "reported" | "noted" | "revealed")
            && self.word(v + 1)
            && self.lower(v + 1) == "by")
        {
            return None;
        }
        let np = self
            .np_forward(v + 2, end)
            .filter(|&np| !self.is_time(np))?;
        let k = (np.1..end.min(np.1 + 16)).find(|&k| self.punct(k, ","))?;
        self.opening_source(np, (v, v + 2), k, end)
    }

    /// (session 33) `That's according to X.`, `That is according to X.`: the sentence opening
    /// with "That" or "This" and a form of "be" sources the one before it to X; "That" is the
    /// report (as the corpus marks it), X the speaker, "according to" the cue.
    #[cold]
    #[inline(never)]
    fn that_according(&self, s: usize, end: usize) -> Option<Reported> {
        if !self.word(s) {
            return None;
        }
        let k = match self.lower(s) {
            "that's" | "that’s" | "this's" | "this’s" => s + 1,
            "that" | "this" if self.word(s + 1) && self.lower(s + 1) == "is" => s + 2,
            _ => return None,
        };
        // (two words at least after "to": not `That is according to plan.`)
        if !(self.word(k) && self.lower(k) == "according" && self.lower(k + 1) == "to")
            || end < k + 4
        {
            return None;
        }
        let np = self
            .np_forward(k + 2, end)
            .or_else(|| self.words_to_comma(k + 2, end))
            .filter(|&np| !self.is_time(np))?;
        Some(Reported {
            more: None,
            content: self.span((s, s + 1)),
            found: Found {
                speaker: np,
                cue: Some(self.span((k, k + 2))),
                pattern: Pattern::BeforeAccordingTo,
                end: np.1,
            },
        })
    }

    /// `CONTENT, X said`, `CONTENT, said X`, `CONTENT, according to X`: the sentence's last
    /// comma opens its attribution. `according` tells whether "according" stands among tokens
    /// `s..end`; `every_cue`, when known, lists every token there that is a verb of indirect
    /// speech ([`Reader::clause_cue`]): a comma with none of them in the ten tokens after it
    /// opens no attribution, and is not read.
    fn attribution_last(
        &self,
        s: usize,
        end: usize,
        according: bool,
        every_cue: Option<&[usize]>,
    ) -> Option<Reported> {
        // ", according to X." (X may run on: "a poll released last week", "Ann Roe, a
        // former aide")
        // ("Ridership, according to the harbour board, doubled": after a word or two, when the
        // reported words go on after the attribution)
        if let Some(p) = (s + 1..end.saturating_sub(3))
            .filter(|_| according)
            .rev()
            .take(30)
            .find(|&k| {
                self.punct(k, ",")
                    && self.word(k + 1)
                    && self.lower(k + 1) == "according"
                    && self.lower(k + 2) == "to"
            })
        {
            let a = p + 1;
            let np = self
                .np_forward(a + 2, end)
                .or_else(|| self.words_to_comma(a + 2, end))
                .filter(|&np| !self.is_time(np))?;
            // "Since November, according to the group, police have arrested 30 people": a
            // short opening phrase, the reported words go on after the attribution
            let more = if p < s + 5 {
                let close = (np.1..end.min(np.1 + 12)).find(|&k| self.punct(k, ","))?;
                (end >= close + 1 + MIN_CONTENT).then(|| self.span((close + 1, end)))
            } else {
                None
            };
            if p < s + MIN_CONTENT && more.is_none() {
                return None;
            }
            return Some(Reported {
                content: self.span((s, p)),
                more,
                found: Found {
                    speaker: np,
                    cue: Some(self.span((a, a + 2))),
                    pattern: Pattern::AfterAccordingTo,
                    end,
                },
            });
        }
        // the attribution opens at one of the last commas: ", said Ann Roe, a former aide."
        // ([`Reader::attribution_at`] finds its verb within ten tokens after the comma)
        // (the commas read are among the 30 tokens before the last; none has a verb after it
        // when no verb stands after the first of them)
        let last = end.saturating_sub(1);
        let first = (s + MIN_CONTENT).max(last.saturating_sub(30));
        if every_cue.is_some_and(|cues| cues.iter().all(|&c| c <= first)) {
            return None;
        }
        let cue_after =
            |p: usize| every_cue.is_none_or(|cues| cues.iter().any(|&c| c > p && c <= p + 10));
        let commas = (s + MIN_CONTENT..last)
            .rev()
            .take(30)
            .filter(|&k| self.punct(k, ","))
            .take(3)
            .filter(|&p| cue_after(p));
        for p in commas {
            if let Some(rep) = self.attribution_at(s, p, end) {
                return Some(rep);
            }
        }
        None
    }

    /// After "according to", the words from `a` to the next comma or the end (at most eight,
    /// all words), when the phrase reader stops at once: "according to state law" ("state"
    /// is also a verb of saying).
    fn words_to_comma(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        let b = (a..end.min(a + 9))
            .find(|&k| !self.word(k))
            .unwrap_or(end.min(a + 9));
        (b > a
            && (b == end || self.punct(b, ","))
            && (!self.is(a, F_STOP) || self.is(a, F_DETERMINERS)))
        .then_some((a, b))
    }

    /// `CONTENT, said X` or `CONTENT, X said` with the attribution opening at the comma `p`.
    fn attribution_at(&self, s: usize, p: usize, end: usize) -> Option<Reported> {
        let content = self.span((s, p));
        let a = p + 1;
        let finite = |k: usize| self.finite_at(k, a);
        // ", said X." (a verb of saying: "…, criticized her state's gun laws" has its subject
        // before it; and not "Mary Roe, a nurse, said the ward needs beds", where the subject
        // and its apposition stand before the verb and a clause after it)
        // (session 31) ", say some residents.", ", say experts.": the present "say" before
        // the plural speaking
        if self.word(a) && self.lower(a) == "say" {
            let np = self.inverted_plural(a + 1, end)?;
            return Some(Reported {
                content,
                more: None,
                found: Found {
                    speaker: np,
                    cue: Some(self.toks[a].span),
                    pattern: Pattern::AfterCueFirst,
                    end,
                },
            });
        }
        if finite(a) {
            let np = self.inverted_at(s, a, end)?;
            return Some(Reported {
                content,
                more: None,
                found: Found {
                    speaker: np,
                    cue: Some(self.toks[a].span),
                    pattern: Pattern::AfterCueFirst,
                    end,
                },
            });
        }
        // ", X said." and ", X said on Monday."
        let c = (a + 1..end.min(a + 10)).find(|&k| !self.word(k) || finite(k))?;
        if !finite(c) {
            return None;
        }
        // ", a school spokesman told The Journal (on Monday)."
        // (the listener's common nouns too: "told a Senate panel Wednesday")
        let after = if VerbClass::of(self.lower(c)) == VerbClass::Listener {
            // (what is told is no listener: "told a joke", "told the story")
            if (c + 1..end.min(c + 4)).any(|k| {
                matches!(
                    self.lower(k),
                    "joke" | "jokes" | "story" | "stories" | "truth" | "lie" | "lies" | "tale"
                )
            }) {
                return None;
            }
            let mut k = self.listener(c + 1, end).unwrap_or(c + 1);
            while k < end
                && k < c + 6
                && self.word(k)
                && !self.cap(k)
                && !self.is(k, F_STOP | F_TIME)
            {
                k += 1;
            }
            k
        } else {
            c + 1
        };
        let tail_ok = self.attribution_tail(after, end);
        if !tail_ok {
            return None;
        }
        let np = self
            .np_forward(a, c)
            .map(|np| self.to_verb(np, c))
            .filter(|&(_, b)| b == c || self.is(b, F_SKIP))
            .filter(|&np| self.names_speaker(np) || self.plural_speaker(np))
            .or_else(|| self.document_attribution(a, c).then_some((a, c)))
            .or_else(|| self.qualified_source(a, c))?;
        Some(Reported {
            content,
            more: None,
            found: Found {
                speaker: np,
                cue: Some(self.cue_span(c)),
                pattern: Pattern::SentenceFinal,
                end,
            },
        })
    }

    /// (session 34) The words `a..c` of a closing attribution when they are a source qualified
    /// by its tie to someone or something: `…, people familiar with the matter said.`, `…, a
    /// source close to him said.`, `…, two aides briefed on the talks told CNN.` (the phrase
    /// reader stops at "close" or "familiar"). The head before the qualifier (four words at
    /// most) names a speaker as a closing attribution's phrase must; after the qualifier's
    /// preposition, one to six words reach the verb, none a verb of indirect speech. The whole
    /// phrase speaks, as it does before its verb (`People close to the mayor said …`).
    #[cold]
    #[inline(never)]
    fn qualified_source(&self, a: usize, c: usize) -> Option<(usize, usize)> {
        if c < a + 4 || c - a > 12 || (a..c).any(|k| !self.word(k)) {
            return None;
        }
        let q = (a + 1..c - 2).find(|&k| {
            matches!(
                (self.lower(k), self.lower(k + 1)),
                ("close" | "privy", "to")
                    | ("familiar", "with")
                    | ("briefed", "on")
                    | ("knowledgeable", "about")
            )
        })?;
        let head = (a, q);
        (q - a <= 4
            && self.np_forward(a, q) == Some(head)
            && (self.names_speaker(head) || self.plural_speaker(head))
            && c - (q + 2) <= 6
            && (q + 2..c).all(|k| self.clause_cue(k).is_none()))
        .then_some((a, c))
    }

    /// (session 23) Whether the words `a..c` of a closing attribution are a document or a
    /// study speaking through the verb at `c`, where the phrase reader stops short: `…, a
    /// Harbour Gazette analysis shows.`, `…, fundraising documents show.`, `…, a study by the
    /// Institute of Harbour Studies found.`, `…, disclosures filed in March revealed.` The
    /// document's noun ends the words, or comes before "by", "of", "from" or a participle
    /// ("filed", "released", "compiled"); six words at most before it, twelve in all, no stop
    /// word but a determiner before it, and a word before a singular noun.
    #[cold]
    #[inline(never)]
    fn document_attribution(&self, a: usize, c: usize) -> bool {
        let document = |k: usize| {
            self.document_plural(k)
                || matches!(
                    self.lower(k),
                    "analysis"
                        | "study"
                        | "investigation"
                        | "review"
                        | "audit"
                        | "report"
                        | "poll"
                        | "survey"
                        | "disclosures"
                        | "tallies"
                )
        };
        if c <= a || c - a > 12 || (a..c).any(|k| !(self.word(k) || self.punct(k, "/-"))) {
            return false;
        }
        let Some(n) = (a..c.min(a + 7)).find(|&k| {
            document(k)
                && (k + 1 == c
                    || matches!(
                        self.lower(k + 1),
                        "by" | "of" | "from" | "filed" | "released" | "compiled" | "published"
                    ))
        }) else {
            return false;
        };
        // (a singular noun has a word before it: not "…, analysis said."; "…, disclosures
        // filed … revealed" is a plural's)
        (n > a || (self.lower(n).ends_with('s') && !self.lower(n).ends_with("is")))
            && (a..n).all(|k| !self.word(k) || !self.is(k, F_STOP) || self.is(k, F_DETERMINERS))
    }

    /// The speaker of an inverted attribution `…, said X` with its verb at `a` in the sentence
    /// from `s`: a verb of saying ("…, criticized her state's gun laws" has its subject before
    /// it), and not "Mary Roe, a nurse, said the ward needs beds", where the subject and its
    /// apposition stand before the verb and a clause after it.
    fn inverted_at(&self, s: usize, a: usize, end: usize) -> Option<(usize, usize)> {
        let speech = cues::verb(self.lower(a)).is_some_and(|(_, st)| st == Strength::Speech);
        if !speech || (!self.cap(a + 1) && self.apposed_subject(s, a).is_some()) {
            return None;
        }
        self.inverted_speaker(a + 1, end)
    }

    /// The speaker of an inverted attribution, `…, said X` with X from token `a`: a phrase led
    /// by a name or a determiner ("one GOP source", "the company's chief executive, John
    /// Roe") reaching the sentence's end, a comma or a closing time or place. Not a clause
    /// ("said motorcycles account for …").
    fn inverted_speaker(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        self.np_forward(a, end).filter(|&np| {
            (np.1 == end || self.punct(np.1, ",") || self.attribution_tail(np.1, end))
                && (self.cap(a) || self.is(a, F_DETERMINERS))
                && self.names_speaker(np)
        })
    }

    /// (session 31) The speaker of `…, say X` with X from token `a`: at most five words
    /// reaching the sentence's end or a comma, their last a plural noun ("some residents",
    /// "local Democrats", "harbor pilots"), the first a determiner, a capital or no stop word.
    #[cold]
    #[inline(never)]
    fn inverted_plural(&self, a: usize, end: usize) -> Option<(usize, usize)> {
        let b = (a..end.min(a + 6)).find(|&k| !self.word(k)).unwrap_or(end);
        (b > a
            && b - a <= 5
            && (b == end || self.punct(b, ","))
            && (self.is(a, F_DETERMINERS) || !self.is(a, F_STOP | F_PRONOUNS | F_TIME))
            && (a + 1..b).all(|k| !self.is(k, F_STOP) && self.clause_cue(k).is_none())
            && self.plural_noun(b - 1))
        .then_some((a, b))
    }

    /// Whether the words `a..end` after a closing `X said` only say when or where: "Friday",
    /// "on Monday", "in an interview", "in a statement last week" (a few words, no verb).
    fn attribution_tail(&self, a: usize, end: usize) -> bool {
        if a == end {
            return true;
        }
        end - a <= 7
            && self.word(a)
            && (self.is(a, F_TIME)
                || matches!(
                    self.lower(a),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "last"
                        | "this"
                        | "earlier"
                        | "later"
                        | "after"
                        | "before"
                        | "while"
                        | "to"
                        | "from"
                        | "recently"
                        | "late"
                        | "early"
                        | "outside"
                        | "via"
                        | "through"
                ))
            && (a..end)
                .all(|k| (self.word(k) || self.punct(k, ",.()-")) && self.clause_cue(k).is_none())
    }

    /// `CONTENT, X said, CONTENT`: the attribution stands inside the reported words, between
    /// commas ("The bridge, Ms. Quinn said, would let lorries …"). `cues` are the sentence's
    /// verbs of indirect speech.
    fn attribution_inside(&self, s: usize, end: usize, cues: &[usize]) -> Option<Reported> {
        for &c in cues {
            // ", X said," with X a few words after a comma
            let Some(p) = (c.saturating_sub(9).max(s + 1)..c)
                .rev()
                .find(|&k| !self.word(k))
            else {
                continue;
            };
            let a = p + 1;
            if !self.punct(p, ",") || a >= c || !self.finite_at(c, a) {
                continue;
            }
            let Some(q) = (c + 1..end.min(c + 8)).find(|&k| self.punct(k, ",")) else {
                continue;
            };
            if !self.attribution_tail(c + 1, q) || end < q + 1 + MIN_CONTENT || !self.word(q + 1) {
                continue;
            }
            let Some(np) = self
                .np_forward(a, c)
                .map(|np| self.to_verb(np, c))
                .filter(|&(_, b)| b == c || self.is(b, F_SKIP))
                .filter(|&np| self.names_speaker(np) || self.plural_speaker(np))
            else {
                continue;
            };
            return Some(Reported {
                content: self.span((s, p)),
                more: Some(self.span((q + 1, end))),
                found: Found {
                    speaker: np,
                    cue: Some(self.cue_span(c)),
                    pattern: Pattern::SentenceFinal,
                    end: q,
                },
            });
        }
        None
    }

    /// `X said (that) CONTENT`: the leftmost verb of indirect speech with a speaker.
    /// A verb whose subject is a relative pronoun ("leaders who say …") is read only when no
    /// other verb of the sentence reports: a relative clause is most often an aside to the
    /// sentence's own attribution.
    fn cue_then_clause(&self, s: usize, end: usize, cues: &[usize]) -> Option<Reported> {
        let mut relative = None;
        self.cue_then_clause_with(s, end, cues, None, &mut relative)
            .or_else(|| {
                relative.and_then(|c| self.cue_then_clause_with(s, end, cues, Some(c), &mut None))
            })
    }

    /// [`Reader::cue_then_clause`] without relative pronouns as subjects (`only` is `None`;
    /// `relative` is set to the first verb passed over for one), or for the verb `only` with
    /// its relative pronoun.
    fn cue_then_clause_with(
        &self,
        s: usize,
        end: usize,
        cues: &[usize],
        only: Option<usize>,
        relative: &mut Option<usize>,
    ) -> Option<Reported> {
        let from = self.after_fronted_clause(s, end);
        let mut tried = 0;
        for &c in cues {
            // (a clause of fewer words only for a name after a verb of stance: `name_object`)
            if tried >= 2
                || (c + MIN_CONTENT >= end
                    && !(c + 1 < end && self.cap(c + 1))
                    && !self.short_report(c, end))
            {
                break;
            }
            if c < from || only.is_some_and(|o| o != c) {
                continue;
            }
            let Some(form) = self.clause_cue(c) else {
                continue;
            };
            match form {
                Form::Base
                    if !(self.base_is_reporting(c)
                        || self.present_plural(c, s)
                        || self.negated_base(c))
                        || self.noun_after_only(c) =>
                {
                    continue;
                }
                // ", saying the plan …" reports its clause's subject's words
                Form::Participle
                    if !((c > s && self.punct(c - 1, ","))
                        || self.with_saying(c, s)
                        || self.by_saying(c, s)
                        // (not before a finite verb of its own: `…, forcefully denouncing X
                        // after Roe said …` reports Roe's words)
                        || (self.comma_adverb(c, s).is_some()
                            && !cues
                                .iter()
                                .any(|&k| k > c && self.clause_cue(k) == Some(Form::Finite)))) =>
                {
                    continue;
                }
                _ => {}
            }
            tried += 1;
            // (session 20) the end of a relative clause whose verb's clause lacks its subject
            let mut gap = None;
            // `…, said X` is read by `attribution_last`; a comma right before the verb here
            // closes an apposition ("A lawyer for the papers, Rosa Ilves, said")
            let speaker = if form != Form::Participle && c > s && self.punct(c - 1, ",—–-") {
                // `…, said one source in the room`: an inverted attribution, not this rule's
                if self.inverted_at(s, c, end).is_some() {
                    continue;
                }
                // `Saiful Sarkar, the new managing director, said`: the nearest name in the
                // comma chain; else the plain subject and its apposition
                self.speaker_of_cue(c, form, s)
                    .filter(|&np| self.names_speaker(np) && self.cap(np.0))
                    .or_else(|| self.apposed_subject(s, c))
            } else {
                // ("Ann Roe won't confirm": the subject ends before the contraction; "The mayor
                // now says", "Ann Roe openly questioned": before an adverb)
                let mut c = if form == Form::Base && self.contracted_not(c) {
                    c - 1
                } else {
                    c
                };
                if form != Form::Participle && c > s + 1 && self.adverb_before_verb(c - 1) {
                    c -= 1;
                }
                // (session 33) ", falsely suggesting …": the participle's clause opens at the
                // adverb after the comma
                if form == Form::Participle {
                    if let Some(a) = self.comma_adverb(c, s) {
                        c = a;
                    }
                }
                let found = self.quantifier_subject(c, s).or_else(|| {
                    self.speaker_of_cue(c, form, s).filter(|&np| {
                        self.names_speaker(np)
                            || self.relative_subject(np)
                            || self.it_says(np, c, s)
                    })
                });
                gap = found.and_then(|f| self.gap_relative(f.0, c, end));
                // (the plain subject starts at `from` or after it: it is read only when it can
                // be the speaker)
                match found {
                    Some(f) if f.0 <= from || gap.is_some() => Some(f),
                    // "SurveyMonkey data from Iowa showed": the whole plain subject
                    // "Supporters who came to Philadelphia say": the phrase before the
                    // relative clause, not the name in it
                    Some(f) => match self.plain_subject(from, c) {
                        // (session 30) "Captains whose boats were seized say", "Riders
                        // hoping to save the ferry say": before "whose" or a participle
                        Some(p)
                            if p.0 < f.0
                                && (p.1 >= f.1
                                    || matches!(self.lower(p.1), "who" | "that" | "whose")
                                    || (p.1 < f.0 && self.participle_word(p.1))) =>
                        {
                            Some(p)
                        }
                        _ => Some(f),
                    },
                    None => self.plain_subject(from, c).or_else(|| {
                        // (session 20) "If costs rise, forecasters say …": a lower-case plural
                        // after a leading phrase's comma
                        // after a comma and a conjunction ("…, but analysts say"), no other
                        // stop word in it ("which skippers say" is an object's relative)
                        let mut k = (s..c).rev().find(|&k| self.punct(k, ","))? + 1;
                        if self.word(k)
                            && matches!(
                                self.lower(k),
                                "and" | "but" | "as" | "while" | "yet" | "so"
                            )
                        {
                            k += 1;
                        }
                        (form == Form::Base
                            && !(k..c).any(|j| self.is(j, F_STOP))
                            && self.plural_speaker((k, c)))
                        .then_some((k, c))
                    }),
                }
            };
            // the verb of a relative clause or of an object's clause ("which Quinn
            // admitted", "the mayor she wants to replace", "as they call each other")
            // (a time phrase may stand before it: "Late last year the coroner announced")
            let Some(speaker) = speaker
                // (session 21) "Everyone but Tom Pike said", "all but three said": the whole
                // phrase speaks, not the name after "but"
                .map(|(a, b)| {
                    if a > s + 1 && self.but_except(a - 1) {
                        (a - 2, b)
                    } else {
                        (a, b)
                    }
                })
                .filter(|&(a, b)| {
                    a == from
                        || gap.is_some()
                        || self.opens_clause(a - 1)
                        || (a > from && self.is_time_word(a - 1))
                        || (a > s && form == Form::Participle && self.lower(a - 1) == "with")
                        || self.relative_subject((a, b))
                })
                .map(|np| {
                    if form == Form::Participle {
                        self.cut_at_verb(np)
                    } else {
                        self.document_cut(np)
                    }
                })
            else {
                continue;
            };
            if self.relative_subject(speaker) {
                if only.is_none() {
                    relative.get_or_insert(c);
                    tried -= 1;
                    continue;
                }
                // "Parents who opposed the plan said …": the relative clause is in the subject
                // of a later verb
                if !self.relative_speaks(speaker.0, c)
                    || cues.iter().any(|&k| {
                        k > c
                            && self.clause_cue(k) == Some(Form::Finite)
                            && !self.inside_relative_report(speaker.0, c, k)
                    })
                {
                    continue;
                }
            }
            let (k, end) = match gap {
                Some(e) => (c + 1, e),
                None => match self.clause_start(c, end) {
                    Some(k) => (k, self.relative_in_subject_end(speaker, from, k, end)),
                    // (session 36) `46 percent said yes, while …`
                    None if self.poll_answer(speaker, c, end) => (c + 1, c + 2),
                    None => continue,
                },
            };
            return Some(Reported {
                content: self.span((k, end)),
                more: None,
                found: Found {
                    speaker,
                    cue: Some(self.cue_span(c)),
                    pattern: if form == Form::Participle {
                        Pattern::Participle
                    } else {
                        Pattern::BeforeCue
                    },
                    end: c + 1,
                },
            });
        }
        None
    }

    /// (session 20) A verb of indirect speech inside a relative clause whose reported clause
    /// lacks its subject, the relative pronoun before the speaker standing for it: `the
    /// fares, which the mayor said were too high`, `what critics say is a mistake`, `a
    /// pier that engineers believe will fail`. The speaker at `a` follows the pronoun, and
    /// an auxiliary or a form of "be" follows the verb at `c`. Gives the reported clause's
    /// end: the comma closing the relative clause when a comma opened it, else `end`.
    #[cold]
    #[inline(never)]
    fn gap_relative(&self, a: usize, c: usize, end: usize) -> Option<usize> {
        if a == 0
            || c + 1 + MIN_CONTENT > end
            || !self.word(a - 1)
            || !self.word(c + 1)
            || !matches!(
                self.lower(a - 1),
                "which" | "that" | "what" | "who" | "whom"
            )
            || !matches!(
                self.lower(c + 1),
                "is" | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "should"
                    | "might"
                    | "may"
                    | "must"
                    | "has"
                    | "had"
                    | "have"
            )
        {
            return None;
        }
        // a verb of saying or belief that takes a clause ("the records that Ann Roe questioned
        // are stored" is the main clause's verb); "who" only after a comma (`asked voters who
        // they think is ahead`: a question); a personal pronoun as speaker stands for a name
        // the sentence has already given (`He praised the ferry, which he thought ran …`): left
        let w = self.lower(c);
        let comma = a >= 2 && self.punct(a - 2, ",");
        if !(matches!(w, "say" | "says" | "said" | "thought" | "knew")
            || GAP_VERBS.iter().any(|stem| w.starts_with(stem)))
            || (matches!(self.lower(a - 1), "who" | "whom") && !comma)
            || matches!(self.lower(a), "he" | "she" | "they" | "it")
            || (a.saturating_sub(8)..a).any(|k| self.word(k) && self.lower(k).starts_with("ask"))
        {
            return None;
        }
        let e = if comma {
            (c + 2..end).find(|&k| self.punct(k, ",")).unwrap_or(end)
        } else {
            end
        };
        (e >= c + 1 + MIN_CONTENT).then_some(e)
    }

    /// (session 22) Whether the finite verb at `k`, after the verb at `c` of a relative clause
    /// whose pronoun at `a` follows a comma, stands inside that verb's own report: `The board
    /// met Tom Pike, who said the crew believes the ferry will run` ("believes" is Pike's report, not the
    /// sentence's main verb, which would stand after the comma closing the relative clause:
    /// `Ann Roe, who backed the plan, said …`). No comma between `c` and `k`.
    fn inside_relative_report(&self, a: usize, c: usize, k: usize) -> bool {
        a > 0 && self.punct(a - 1, ",") && !(c + 1..k).any(|j| self.punct(j, ",;:—–-("))
    }

    /// (session 22) The end of the report of a relative clause standing inside the sentence's
    /// subject (`The Harbour Trust, which has endorsed Ann Roe, printed …`: the pronoun after
    /// the subject's first comma, a plain phrase from the clause's start `from` before it): the
    /// comma closing the relative clause, after the report's start `k`; else `end`.
    fn relative_in_subject_end(
        &self,
        (a, b): (usize, usize),
        from: usize,
        k: usize,
        end: usize,
    ) -> usize {
        if !self.relative_subject((a, b))
            || a < from + 2
            || !self.punct(a - 1, ",")
            || !self.plain_phrase(from, a - 1)
        {
            return end;
        }
        (k + 1..end).find(|&j| self.punct(j, ",")).unwrap_or(end)
    }

    /// (session 33) `…, falsely suggesting that …`, `…, while saying …`, `…, while also
    /// noting …`: one or two words between a comma and the participle of a verb of saying at
    /// `c`, each "while", "also", "then", "even", "again" or an adverb in "-ly"; gives the first
    /// of them, where the participle's clause opens (its subject is the sentence's, as after
    /// the comma alone). Not "…, substantially adding to his lead" ("adding to" is no report).
    #[cold]
    #[inline(never)]
    fn comma_adverb(&self, c: usize, s: usize) -> Option<usize> {
        let linking = |k: usize| {
            self.word(k) && !self.cap(k) && {
                let w = self.lower(k);
                matches!(w, "while" | "also" | "then" | "even" | "again")
                    || (w.len() > 4 && w.ends_with("ly"))
            }
        };
        if c < s + 3
            || !linking(c - 1)
            || (self.lower(c) == "adding" && self.lower(c + 1) == "to")
            || !cues::verb(self.lower(c)).is_some_and(|(_, st)| st == Strength::Speech)
        {
            return None;
        }
        let a = if self.punct(c - 2, ",") {
            c - 1
        } else if c >= s + 4 && linking(c - 2) && self.punct(c - 3, ",") {
            c - 2
        } else {
            return None;
        };
        Some(a)
    }

    /// (session 34) `Ann Roe answered by saying the pier will reopen`, `…, defended the plan
    /// by arguing that …`: the participle of a verb of saying at `c` right after "by" (one of
    /// twelve: "saying", "telling", "arguing", "suggesting", …; not "claiming" (a route, a
    /// prize), "questioning", "proposing", "admitting", "demanding" or "asserting", whose
    /// objects the news corpus rarely marks as reports) reports the words of the sentence's
    /// subject, as after a comma; not when a subordinate or relative clause opens before it.
    /// Not after a passive's "by" (`is often justified by arguing …`: a form of "be" two or
    /// three words before a participle ending in "-ed" right before "by"), nor after a copula
    /// (`The best way is by saying …`), nor "by saying" before a quotation or a colon (the
    /// marks' rules read it).
    #[cold]
    #[inline(never)]
    fn by_saying(&self, c: usize, s: usize) -> bool {
        c >= s + 3
            && self.by_participle(c)
            // (the sentence's subject speaks: not a subordinate clause's or a relative's,
            // `…, while her rival has soared in the polls by saying …`)
            && !(s..c - 1).any(|k| {
                self.word(k)
                    && matches!(
                        self.lower(k),
                        "while"
                            | "whereas"
                            | "although"
                            | "though"
                            | "because"
                            | "since"
                            | "when"
                            | "who"
                            | "whom"
                            | "whose"
                            | "which"
                    )
            })
            // (`The easiest way is by claiming routes`: "by" after a copula)
            && !matches!(self.lower(c - 2), "is" | "was" | "are" | "were" | "be")
            && !(self.lower(c - 2).ends_with("ed")
                && (c.saturating_sub(4).max(s)..c - 2).any(|k| {
                    self.word(k)
                        && matches!(
                            self.lower(k),
                            "is" | "are" | "was" | "were" | "be" | "been" | "being"
                        )
                }))
    }

    /// (session 34) Whether the token at `c` is one of the participles [`Reader::by_saying`]
    /// reads, right after "by" and before a word.
    fn by_participle(&self, c: usize) -> bool {
        c > 0
            && self.word(c)
            && self.word(c - 1)
            && self.lower(c - 1) == "by"
            && matches!(
                self.lower(c),
                "saying"
                    | "telling"
                    | "arguing"
                    | "suggesting"
                    | "insisting"
                    | "noting"
                    | "warning"
                    | "asking"
                    | "announcing"
                    | "promising"
                    | "pointing"
                    | "emphasizing"
            )
            && self.word(c + 1)
    }

    /// (session 23) Whether the participle at `c` is "saying" in an absolute phrase opened by
    /// ", with" at most five words before it: `…, with 30 percent of riders saying they want a
    /// later boat`, `…, with Ann Roe saying …` (the words between are its subject). Not other
    /// participles: `with 30 percent backing her` is a share of a poll, not a report.
    #[cold]
    #[inline(never)]
    fn with_saying(&self, c: usize, s: usize) -> bool {
        if self.lower(c) != "saying" {
            return false;
        }
        let lo = c.saturating_sub(6).max(s + 1);
        (lo..c.saturating_sub(1)).rev().any(|w| {
            self.word(w)
                && self.lower(w) == "with"
                && self.punct(w - 1, ",")
                && (w + 1..c).all(|k| self.word(k))
        })
    }

    /// (session 23) Whether "It" opening the sentence `s` speaks through the verb at `c` right
    /// after it, a verb of saying ("said", "says", "added", "announced", "stated"): a body
    /// named in the sentence before (`The agency wrote to the court. It said the files were
    /// lost.`). Not a phrase that tells what something shows: `It says a good deal about him`,
    /// `It says something`.
    #[cold]
    #[inline(never)]
    fn it_says(&self, (a, b): (usize, usize), c: usize, s: usize) -> bool {
        // (session 33) an adverb may stand before the verb: `It also said …`
        let adverb = c == b + 1 && matches!(self.lower(b), "also" | "later" | "further");
        a == s
            && b == a + 1
            && (c == b || adverb)
            && self.lower(a) == "it"
            && matches!(
                self.lower(c),
                "said" | "says" | "added" | "announced" | "stated"
            )
            // (session 33) `It said it would …` reports; `It says it all` does not
            && !(self.lower(c + 1) == "it" && matches!(self.lower(c + 2), "all" | "best"))
            && !matches!(
                self.lower(c + 1),
                "a" | "something"
                    | "much"
                    | "everything"
                    | "nothing"
                    | "more"
                    | "volumes"
                    | "little"
                    | "lots"
                    | "so"
                    | "what"
            )
    }

    /// Whether the speaker's words are a relative pronoun standing as its verb's subject
    /// ("business leaders who say …", "the agency, which found …"): it speaks for the phrase
    /// before it. (`speaker_of_cue` gives one only right before its verb.)
    fn relative_subject(&self, (a, b): (usize, usize)) -> bool {
        b == a + 1 && a > 0 && matches!(self.lower(a), "who" | "which")
    }

    /// Whether the relative pronoun at `a` may speak through the verb at `c`: "who" through
    /// any, "which" (a body, a paper) only through a verb of saying ("the agency, which said
    /// …"; not "shrimp, which once supported a fleet").
    fn relative_speaks(&self, a: usize, c: usize) -> bool {
        self.lower(a) == "who"
            || cues::verb(self.lower(c)).is_some_and(|(_, st)| st == Strength::Speech)
            // (session 22) a named body before the comma speaks through any verb: "the Harbour
            // Trust, which endorsed Ann Roe, …" (not a time: "in May, which showed …"; not a
            // capital opening the sentence: "Shrimp, which once supported a fleet")
            || (a >= 3
                && self.punct(a - 1, ",")
                && self.word(a - 2)
                && self.word(a - 3)
                && self.cap(a - 2)
                && !self.is_time_word(a - 2))
    }

    /// Whether token `k`, right before a speaker, lets a new clause with its own subject begin
    /// there: punctuation, a conjunction ("and", "but", "because", "when", "that", "as"); not
    /// a relative pronoun standing for the verb's object ("which Quinn admitted", "what he
    /// called"), a preposition or a noun ("the mayor she wants to replace").
    fn opens_clause(&self, k: usize) -> bool {
        self.punct(k, ",;:—–-(")
            || (self.word(k)
                && matches!(
                    self.lower(k),
                    "and"
                        | "but"
                        | "because"
                        | "while"
                        | "although"
                        | "though"
                        | "so"
                        | "yet"
                        | "since"
                        | "now"
                        | "then"
                        | "also"
                        | "meanwhile"
                        | "however"
                        | "that"
                        | "as"
                        | "when"
                        | "after"
                        | "before"
                        | "where"
                        | "even"
                        | "if"
                        | "than"
                        | "why"
                        | "how"
                        | "until"
                        | "once"
                        | "whether"
                        | "unless"
                ))
    }

    /// The clause from word `from` to `end` reported by the plain subject that reaches word `j`
    /// ([`subject_up_to`](Self::subject_up_to)), words `j` through `k` the cue.
    fn subject_reports(
        &self,
        s: usize,
        j: usize,
        k: usize,
        from: usize,
        end: usize,
    ) -> Option<Reported> {
        let subject = self.subject_up_to(s, j)?;
        Some(Reported::before_cue(
            self.span((from, end)),
            subject,
            self.span((j, k + 1)),
            k + 1,
        ))
    }

    /// [`plain_subject`](Self::plain_subject) when it is not empty and reaches word `j` (the
    /// first word of the cue) with nothing between.
    fn subject_up_to(&self, s: usize, j: usize) -> Option<(usize, usize)> {
        self.plain_subject(s, j).filter(|&(a, b)| b == j && a < b)
    }

    /// The words from the clause's start `s` (after a leading phrase closed by a comma) to the
    /// verb at `c`, when they are a plain noun phrase: "The NFL legend said", "Some party
    /// strategists said", "Experts on North Korea said" (no verb, no clause word in them).
    fn plain_subject(&self, s: usize, c: usize) -> Option<(usize, usize)> {
        let mut b = c;
        while b > s && self.word(b - 1) && self.is(b - 1, F_SKIP) {
            b -= 1;
        }
        let mut a = (s..b)
            .rev()
            .find(|&k| self.punct(k, ",;:—–-("))
            .map_or(s, |k| k + 1);
        while a < b && self.word(a) && matches!(self.lower(a), "and" | "but" | "or" | "so" | "yet")
        {
            a += 1;
        }
        // a leading time: "Late last year the coroner announced", "In May 2019 a branch of …"
        let mut t = a;
        if self.word(t) && matches!(self.lower(t), "in" | "on" | "at" | "during" | "by") {
            t += 1;
        }
        let timed = t;
        while t < b && self.word(t) && self.is_time_word(t) && !self.count_subject(t, b) {
            t += 1;
        }
        if t > timed {
            a = t;
        }
        if self.plain_phrase(a, b) || self.count_phrase(a, b) {
            return Some((a, b));
        }
        self.subject_before_relative(a, b)
            .or_else(|| self.subject_before_participle(a, b))
    }

    /// (session 30) `Riders hoping to save the ferry say …`, `A letter posted on the town's
    /// website said …`: the subject `a..b` of a verb holds a participle phrase (a lower-case
    /// word in "-ing" after a noun, then "to", a determiner or a preposition; or one in "-ed",
    /// or "seen", then "by", "on", "in", "at", "to" or a time; ten words
    /// at most to the verb, none a personal pronoun, a relative pronoun, "that", "and", "but",
    /// an auxiliary or a finite verb of speech); the plain phrase before the participle speaks.
    #[cold]
    #[inline(never)]
    fn subject_before_participle(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // (not after a leading phrase: "In a March meeting with the board Ann Roe said")
        if matches!(
            self.lower(a),
            "in" | "on" | "at" | "during" | "by" | "after" | "before" | "for" | "with" | "from"
        ) {
            return None;
        }
        let p = (a + 1..b.min(a + 8)).find(|&k| {
            // after a noun (not "a 2016 meeting", "the planning"); a past form only before
            // "by", "on", "in", "at", "to" or a time ("a letter posted on …", "the hour of
            // the forum devoted to fares"; not the finite "responded with")
            let w = self.lower(k);
            self.participle_word(k)
                && !self.is(k - 1, F_DETERMINERS)
                && !self.is_time_word(k - 1)
                && k + 1 < b
                && self.word(k + 1)
                && if w.ends_with("ing") {
                    self.is(k + 1, F_DETERMINERS)
                        || matches!(
                            self.lower(k + 1),
                            "to" | "on" | "by" | "at" | "in" | "for" | "from" | "with" | "about"
                        )
                } else {
                    matches!(self.lower(k + 1), "by" | "on" | "in" | "at" | "to")
                        // "records released this week"
                        || self.is_time_word(k + 1)
                }
        })?;
        if b > p + 10
            || !(p + 1..b).all(|k| {
                self.word(k)
                    && !self.is(k, F_PRONOUNS)
                    && !matches!(
                        self.lower(k),
                        "that" | "who" | "which" | "whom" | "whose" | "what" | "and" | "but"
                    )
                    && !cues::is_finite_auxiliary(self.lower(k))
                    && self.clause_cue(k) != Some(Form::Finite)
            })
        {
            return None;
        }
        self.plain_phrase(a, p).then_some((a, p))
    }

    /// `Supporters who came to the rally say …`, `Groups that have endorsed him say …`: the
    /// subject `a..b` of a verb holds a relative clause (a few words, no verb of indirect
    /// speech); the phrase before its pronoun speaks. "that" is a relative pronoun only after
    /// a plural noun or a role (not "the fact that …", "the idea that …").
    /// (session 30) "whose" opens one too (`Captains whose boats were seized say …`), and a
    /// verb of indirect speech may stand in it with a plain object ([`Reader::plain_relative`]:
    /// `Parents who opposed the plan said …`, `Officials who spoke with reporters said …`).
    fn subject_before_relative(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let rel =
            (a + 1..b.min(a + 11)).find(|&k| matches!(self.lower(k), "who" | "that" | "whose"))?;
        if b - rel > 12
            || b < rel + 2
            || ((rel..b).any(|k| self.clause_cue(k).is_some()) && !self.plain_relative(rel, b))
        {
            return None;
        }
        if self.lower(rel) == "that" && !(self.is(rel - 1, F_ROLES) || self.plural_noun(rel - 1)) {
            return None;
        }
        self.plain_phrase(a, rel).then_some((a, rel))
    }

    /// (session 30) Whether word `k` may be a participle opening a phrase after a noun: lower
    /// case, ending in "-ing" or "-ed", or "seen".
    fn participle_word(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.word(k) && !self.cap(k) && (w.ends_with("ing") || w.ends_with("ed") || w == "seen")
    }

    /// (session 30) Whether the relative clause of words `rel..b` (its pronoun at `rel`, the
    /// main verb at `b`) holds no clause of its own: words only, no subject pronoun, no
    /// "that", "if", "whether" or other relative pronoun (an object pronoun may stand: `who
    /// backed her`), no auxiliary but one right after
    /// the pronoun (`who have backed the plan`). Its verb of speech then takes an object, not a
    /// reported clause whose end the sentence's own verb could be.
    fn plain_relative(&self, rel: usize, b: usize) -> bool {
        (rel + 1..b).all(|k| {
            self.word(k)
                && !matches!(
                    self.lower(k),
                    "he" | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "it"
                        | "that"
                        | "if"
                        | "whether"
                        | "who"
                        | "which"
                        | "what"
                        | "whom"
                        | "whose"
                )
                && (k == rel + 1 || !cues::is_finite_auxiliary(self.lower(k)))
        })
    }

    /// The phrase `(a, b)` cut before its first lower-case past form after the first word: a
    /// clause's subject read forward runs on into its verb ("the two families reached a deal"
    /// is "the two families"); not a modifier ("retired"), not after an adverb ("newly
    /// elected").
    fn cut_at_verb(&self, (a, b): (usize, usize)) -> (usize, usize) {
        let cut = (a + 1..b).find(|&k| {
            let w = self.lower(k);
            w.ends_with("ed")
                && !self.cap(k)
                && !self.is(k, F_ROLES | F_MODIFIERS)
                && !self.lower(k - 1).ends_with("ly")
        });
        (a, cut.unwrap_or(b))
    }

    /// Whether token `k` is a word of a time phrase: a time word ("Monday", "year"), a number,
    /// or "late", "early", "last", "this", "next", "earlier".
    fn is_time_word(&self, k: usize) -> bool {
        self.is(k, F_TIME)
            || matches!(
                self.lower(k),
                "late" | "early" | "last" | "this" | "next" | "earlier" | "later"
            )
            || self.lower(k).bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether the number at `a` opens a count of people, not a time: "47 percent", "6 in
    /// 10" (within the phrase ending at `b`).
    fn count_subject(&self, a: usize, b: usize) -> bool {
        a + 1 < b
            && self.lower(a).bytes().all(|x| x.is_ascii_digit())
            // (session 21: and "%", a token of its own: "85% of riders")
            && (matches!(self.lower(a + 1), "percent" | "in") || self.punct(a + 1, "%"))
    }

    /// (session 21) Whether tokens `a..b` are a count of people, a poll's share of those it
    /// asked, standing as a verb's subject: `85% of riders`, `Sixty-three percent of
    /// the islanders`, `Nearly a quarter`, `Two in five`, `three-quarters of all islanders`,
    /// `A third of pilots, 33%,`, `most of the crew`. A qualifier or two (`about`, `more than`,
    /// `as many as`, `a`), a count ([`Reader::count_head`]), an apposed count between commas,
    /// then nothing or the people counted: a short phrase (after "of", "among" or "in", or
    /// right after the count) of words, determiners and a few prepositions, no verb of
    /// indirect speech, no "-ing" word, no clause word.
    #[cold]
    #[inline(never)]
    fn count_phrase(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 16 {
            return false;
        }
        let q = self.after_count_qualifiers(a, b);
        // "Most said", "most of the crew", "most islanders" ("most" opening the phrase)
        let head = if q == a && self.lower(a) == "most" {
            Some(a + 1)
        } else {
            self.count_head(q, b)
        };
        let Some(mut k) = head else {
            return false;
        };
        // an apposed count: "A third of pilots, 33%, say" (before or after the people)
        let apposed = |k: usize| -> Option<usize> {
            if !self.punct(k, ",") {
                return None;
            }
            self.count_head(self.after_count_qualifiers(k + 1, b), b)
                .filter(|&e| e + 1 == b && self.punct(e, ","))
                .map(|e| e + 1)
        };
        if let Some(e) = apposed(k) {
            k = e;
        }
        if k == b {
            return true;
        }
        if self.word(k) && matches!(self.lower(k), "of" | "among" | "in") {
            k += 1;
        }
        let mut people = k;
        while people < b && self.word(people) {
            let w = self.lower(people);
            let plain = !self.is(people, F_STOP)
                || self.is(people, F_DETERMINERS)
                || matches!(
                    w,
                    "of" | "in" | "at" | "on" | "and" | "from" | "those" | "them" | "us" | "these"
                );
            if !plain
                || self.clause_cue(people).is_some()
                || (w.ends_with("ing") && !self.cap(people))
                || matches!(w, "who" | "that" | "which")
            {
                return false;
            }
            people += 1;
        }
        people > k && (people == b || apposed(people) == Some(b))
    }

    /// The token after the qualifiers that may open a count at `a` (before `b`): "about",
    /// "nearly", "more than", "at least", "as many as", "just over", and a determiner with an
    /// adjective of size before a share ("a slim majority", "the vast majority").
    fn after_count_qualifiers(&self, a: usize, b: usize) -> usize {
        let mut k = a;
        while k + 1 < b && self.word(k) {
            let step = match (self.lower(k), self.lower(k + 1)) {
                ("more" | "fewer" | "less", "than")
                | ("at", "least")
                | ("just" | "well", "over" | "under") => 2,
                ("as", "many" | "few") if self.lower(k + 2) == "as" => 3,
                (
                    "about" | "nearly" | "almost" | "roughly" | "only" | "just" | "some" | "over"
                    | "under" | "another" | "fully" | "around" | "approximately" | "barely" | "a"
                    | "an" | "the" | "large" | "vast" | "slim" | "narrow" | "clear" | "solid"
                    | "overwhelming" | "small" | "bare",
                    _,
                ) => 1,
                _ => 0,
            };
            if step == 0 {
                break;
            }
            k += step;
        }
        k
    }

    /// The token after a count of people at `k` (before `b`): a number and "%" or "percent"
    /// (`85%`, `Sixty-three percent`), a number "in" or "out of" a number (`Two in five`,
    /// `6 in 10`), a share (`half`, `a third`, `two-thirds`, `three-quarters`, `a
    /// majority`, `majorities`). A bare number is no count
    /// (`2019`, `10` may be times or things).
    fn count_head(&self, k: usize, b: usize) -> Option<usize> {
        if k >= b || !self.word(k) {
            return None;
        }
        let w = self.lower(k);
        let number = |j: usize| {
            self.word(j) && {
                let x = self.lower(j);
                if x.as_bytes()[0].is_ascii_digit() {
                    x.bytes()
                        .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
                } else {
                    cardinal_word(x)
                }
            }
        };
        if number(k) {
            if k + 1 < b && (self.punct(k + 1, "%") || self.lower(k + 1) == "percent") {
                return Some(k + 2);
            }
            if k + 2 < b && self.lower(k + 1) == "in" && number(k + 2) {
                return Some(k + 3);
            }
            if k + 3 < b && self.lower(k + 1) == "out" && self.lower(k + 2) == "of" && number(k + 3)
            {
                return Some(k + 4);
            }
            return None;
        }
        let share = matches!(
            w,
            "half" | "thirds" | "quarters" | "fifths" | "majorities" | "pluralities"
        ) || (matches!(
            w,
            "third" | "quarter" | "fifth" | "majority" | "plurality" | "minority"
        ) && k > 0
            && matches!(self.lower(k - 1), "a" | "the" | "one")
            || (w.len() > 8
                && w.bytes().any(|b| b == b'-')
                && w.split_once('-').is_some_and(|(n, f)| {
                    cardinal_word(n)
                        && matches!(
                            f,
                            "third" | "thirds" | "quarter" | "quarters" | "fourths" | "fifths"
                        )
                })));
        share.then_some(k + 1)
    }

    /// Whether a count of people ([`Reader::count_phrase`]) ends right before the verb at
    /// `c`, opening the clause (at `s`, or after a comma or a conjunction), and the verb is
    /// one of saying or belief: a poll's "40% support the plan" names the people it counts
    /// (the poll is the source), and is read only when a finite verb gives it.
    #[cold]
    #[inline(never)]
    fn count_before(&self, c: usize, s: usize) -> bool {
        // (most verbs asked here follow "to", "would", "not": no count ends there)
        if c == 0
            || (self.word(c - 1)
                && self.is(c - 1, F_STOP)
                && !matches!(self.lower(c - 1), "them" | "us"))
            || !(self.word(c - 1) || self.punct(c - 1, "%,"))
        {
            return false;
        }
        let w = self.lower(c);
        if !(cues::verb(w).is_some_and(|(_, st)| st == Strength::Speech)
            || matches!(
                w,
                "think" | "believe" | "expect" | "feel" | "agree" | "disagree" | "predict" | "fear"
            ))
        {
            return false;
        }
        let lo = c.saturating_sub(16).max(s);
        (lo..c).any(|a| (a == s || self.opens_clause(a - 1)) && self.count_phrase(a, c))
    }

    /// Whether tokens `a..b` are a plain noun phrase naming a speaker: ten words at most, no
    /// clause word ("who", "is", "to") but determiners and "of", "for", "in", "at", "on",
    /// "and", "from", no finite verb of saying, no "-ing" word.
    fn plain_phrase(&self, a: usize, b: usize) -> bool {
        b > a
            && b - a <= 10
            // "Finally", "However": an adverb opening the sentence names no one
            && (!self.lower(a).ends_with("ly")
                || self.is(a, F_ROLES)
                // "Nearly half", "Only 12 percent", "Only three senators" (not "Only time")
                || (matches!(self.lower(a), "nearly" | "only")
                    && (self.lower(a + 1).starts_with(|ch: char| ch.is_ascii_digit())
                        || matches!(
                            self.lower(a + 1),
                            "half" | "a" | "one" | "two" | "three" | "four" | "five" | "six"
                                | "seven" | "eight" | "nine" | "ten" | "twenty" | "third"
                        ))))
            && (!self.is_time_word(a) || self.count_subject(a, b))
            && (a..b).all(|k| {
                self.word(k)
                    && (!self.is(k, F_STOP)
                        || self.is(k, F_DETERMINERS)
                        || matches!(
                            self.lower(k),
                            "of" | "for" | "in" | "at" | "on" | "and" | "from"
                                // "About 40 percent said", "Nearly half of them said"
                                | "about" | "nearly" | "almost" | "roughly" | "only" | "just"
                        )
                        // "a survey conducted by the network"
                        || (k > a && self.lower(k) == "by" && self.after_document(a, k - 1))
                        // (session 22) "aides to the mayor", "advisers to Ann Roe"
                        || (k > a
                            && self.lower(k) == "to"
                            && (self.is(k - 1, F_ROLES) || self.plural_noun(k - 1)))
                        // (session 30) "skippers with knowledge of the talks": "with" after a
                        // noun
                        || (k > a && self.lower(k) == "with" && !self.is(k - 1, F_STOP))
                        // "people close to the mayor", "sources familiar with the talks"
                        || (k > a
                            && matches!(
                                (self.lower(k - 1), self.lower(k)),
                                ("close", "to") | ("familiar", "with")
                            )))
                    && self.clause_cue(k) != Some(Form::Finite)
                    && !self.lower(k).ends_with("ing")
                    && (self.cap(k)
                        || !self.lower(k).ends_with("ed")
                        || self.after_document(a, k)
                        // a participle that describes people, between a determiner and the
                        // noun, is an adjective: "The retired banker said", "An injured nurse
                        // said" (not any participle: "The bundled strap adds …", "the folded
                        // map shows …" are things)
                        || (k > a
                            && k + 1 < b
                            && self.is(k - 1, F_DETERMINERS)
                            && describes_people(self.lower(k))))
            })
            && self.names_speaker((a, b))
    }

    /// `A Register poll released Saturday`: the document speaks, not its participle phrase
    /// (whose "Saturday" would be taken for the speaker's name).
    fn document_cut(&self, (a, b): (usize, usize)) -> (usize, usize) {
        let cut = (a + 1..b)
            .find(|&k| self.after_document(a, k) && !self.cap(k) && self.lower(k).ends_with("ed"));
        (a, cut.unwrap_or(b))
    }

    /// Whether the participle at `k` modifies a poll, survey or study named right before it, or
    /// one word before ("A poll released Saturday found", "a survey conducted by X found",
    /// "Research conducted for the center showed"): the phrase from `a` goes on.
    fn after_document(&self, a: usize, k: usize) -> bool {
        k > a
            && matches!(
                self.lower(k - 1),
                "poll"
                    | "survey"
                    | "study"
                    | "research"
                    | "analysis"
                    | "report"
                    | "audit"
                    | "review"
                    | "investigation"
                    | "census"
                    // (session 24) "A county memo released Tuesday says"
                    | "document"
                    | "memo"
                    | "complaint"
            )
    }

    /// `A lawyer for the papers, Rosa Ilves, said`, `Kall -- co-editor of a book -- said`:
    /// with an apposition closing right before the finite verb at `c`, the sentence's subject
    /// (a plain phrase) and its apposition speak.
    fn apposed_subject(&self, s: usize, c: usize) -> Option<(usize, usize)> {
        if c < s + 3 || !self.punct(c - 1, ",—–-") {
            return None;
        }
        // (session 20) a conjunction opening the sentence is no part of the subject: "But Ann
        // Roe, a pilot, said"
        let mut s = s;
        while s + 3 < c && self.word(s) && matches!(self.lower(s), "and" | "but" | "yet" | "so") {
            s += 1;
        }
        let open = (s + 1..c - 1).find(|&k| self.punct(k, ",—–-("))?;
        // the whole phrase speaks: its name is the apposition's when that names someone
        (open + 1 < c - 1
            && c - open <= 30
            && (self.plain_phrase(s, open) || self.count_phrase(s, open)))
        .then_some((s, c - 1))
    }

    /// (session 21) Whether the "but" at `k` means "except" after a word for everyone or no
    /// one (`Everyone but Tom Pike said yes`): the name after it is no subject of its own.
    fn but_except(&self, k: usize) -> bool {
        k > 0
            && self.lower(k) == "but"
            && matches!(
                self.lower(k - 1),
                "everyone" | "everybody" | "all" | "nobody" | "none" | "anyone" | "anybody"
            )
    }

    /// (session 21) Whether the verb at `c` reports a short answer that ends the sentence at
    /// `end` (session 23: or "declined to comment"): `said yes`, `said no`, `says so`, `said the same`, `said the same` with a name after `of`
    /// (a poll's `46 percent said yes`, `Asked if he agreed, the mayor said no`). Only
    /// `said`, `says` and `say` not after a modal, "to" or a negation (`would not say so`
    /// reports nothing).
    #[cold]
    #[inline(never)]
    fn short_answer(&self, c: usize, end: usize) -> bool {
        let verb = self.lower(c);
        // (session 23) "declined to comment", "refused comment" closing the sentence: a report
        // of nothing said, annotated as one ("The port authority declined to comment.")
        if (verb.starts_with("declin") || verb.starts_with("refus")) && c + 1 < end && end <= c + 3
        {
            return self.lower(end - 1) == "comment" && (end == c + 2 || self.lower(c + 1) == "to");
        }
        if c + 1 >= end
            || end - c > 7
            || !matches!(verb, "said" | "says" | "say")
            || (verb == "say"
                && c > 0
                && matches!(
                    self.lower(c - 1),
                    "would"
                        | "will"
                        | "could"
                        | "can"
                        | "might"
                        | "may"
                        | "must"
                        | "should"
                        | "to"
                        | "not"
                        | "n't"
                        | "did"
                        | "does"
                        | "do"
                        | "never"
                ))
        {
            return false;
        }
        match self.lower(c + 1) {
            "yes" | "no" | "so" => end == c + 2,
            "the" => {
                self.lower(c + 2) == "same"
                    && (end == c + 3
                        || (end > c + 4
                            && matches!(self.lower(c + 3), "of" | "for" | "about")
                            && self.cap(c + 4)
                            && (c + 4..end).all(|k| self.word(k))))
            }
            _ => false,
        }
    }

    /// A report shorter than [`MIN_CONTENT`] words after the verb at `c`: a short answer
    /// ([`Reader::short_answer`]) or a stance on a short object ([`Reader::short_object`]).
    fn short_report(&self, c: usize, end: usize) -> bool {
        self.short_answer(c, end) || self.short_object(c, end)
    }

    /// (session 33) A stance or an announcement whose object of two words closes the sentence:
    /// `Ann Roe announced her resignation.`, `The union opposed the plan.`, `Tom Pike has
    /// defended the board.` The finite verb at `c` (announced, endorsed, backed, supported,
    /// opposed, rejected, criticized, praised, defended, denounced, condemned, welcomed, in the
    /// past or the third person) is followed by a determiner or a possessive and one lower-case
    /// word, then `end`; not after a negation (`has not endorsed a candidate` reports no stance).
    /// The object is the report (as the corpus marks it). Asked only of a verb two words before a
    /// sentence's end.
    #[cold]
    #[inline(never)]
    fn short_object(&self, c: usize, end: usize) -> bool {
        const VERBS: &[&str] = &[
            "announced",
            "announces",
            "endorsed",
            "endorses",
            "backed",
            "backs",
            "supported",
            "supports",
            "opposed",
            "opposes",
            "rejected",
            "rejects",
            "criticized",
            "criticizes",
            "criticised",
            "criticises",
            "praised",
            "praises",
            "defended",
            "defends",
            "denounced",
            "denounces",
            "condemned",
            "condemns",
            "welcomed",
            "welcomes",
        ];
        end == c + 3
            && c > 0
            && self.word(c + 1)
            && self.word(c + 2)
            && !self.cap(c + 2)
            && matches!(
                self.lower(c + 1),
                "his" | "her" | "their" | "its" | "my" | "our" | "the" | "a" | "an" | "this"
            )
            && VERBS.contains(&self.lower(c))
            && !matches!(self.lower(c - 1), "not" | "n't" | "never" | "yet")
    }

    /// Where the clause reported by the verb at `c` begins: after its listener ("told
    /// reporters"), a time ("said Monday"), a comma and "that"; `None` when what follows is no
    /// clause ("said in a statement", "found dead").
    fn clause_start(&self, c: usize, end: usize) -> Option<usize> {
        if c + MIN_CONTENT >= end && self.short_report(c, end) {
            return Some(c + 1);
        }
        let verb = self.lower(c);
        let class = VerbClass::of(verb);
        let mut k = c + 1;
        // "said that …", "said in a statement on Monday that …": "that" within a few words
        // (not after a verb needing its particle: "pointed at the boats that …")
        if let Some(that) = (k..end.min(k + 10))
            .filter(|_| class != VerbClass::Particle)
            .take_while(|&j| self.word(j) || self.punct(j, ","))
            // (`lower(j) == "that"` of a word, without lower-casing: no character outside
            // ASCII lower-cases to one of its letters)
            .find(|&j| self.word(j) && self.toks[j].text(self.text).eq_ignore_ascii_case("that"))
        {
            // (session 23) not a relative pronoun, a verb after it: "said officials hid files
            // that were sought" reports from "officials" (a verb that needs its "that"
            // or takes "to" keeps it)
            // (session 29: not a relative after "reminded X of …": "reminded the mayor of the
            // storm that flooded the pier")
            let between_ok = (k..that).all(|j| {
                !self.word(j)
                    || (self.clause_cue(j).is_none()
                        && !(verb.starts_with("remind") && matches!(self.lower(j), "of" | "about"))
                        // (session 33) a clause already begun: "said it had hired the crews
                        // that inspect the boats" reports from "it"
                        && !matches!(
                            self.lower(j),
                            "he" | "she" | "it" | "they" | "we" | "i"
                        ))
            }) && !(that > k
                && matches!(class, VerbClass::Clause | VerbClass::Listener)
                && self.word(that + 1)
                && matches!(
                    self.lower(that + 1),
                    "had" | "has" | "have" | "was" | "were" | "is" | "are" | "will" | "would"
                ));
            // "said that, in general, …": the clause starts after the comma
            let k = if self.punct(that + 1, ",") {
                that + 2
            } else {
                that + 1
            };
            if between_ok && end >= k + MIN_CONTENT && self.word(k) {
                return Some(k);
            }
        }
        if class == VerbClass::NeedsThat {
            return None;
        }
        // an indirect question: "asked whether …", "asked Trump how high …", "asked the
        // candidate if …" (the question word within eight words, none of them a verb of
        // speech or punctuation)
        if class == VerbClass::ListenerTo && verb.starts_with("ask") {
            let q = (k..end.min(k + 8))
                .take_while(|&j| self.word(j) && self.clause_cue(j).is_none())
                .find(|&j| {
                    matches!(
                        self.lower(j),
                        "whether" | "if" | "how" | "why" | "what" | "when" | "where" | "which"
                    )
                });
            if let Some(q) = q {
                return (end >= q + 1 + MIN_CONTENT).then_some(q);
            }
            // (session 16) "asked for a recount of the ballots"
            if self.word(k) && self.lower(k) == "for" {
                return (end >= k + 1 + MIN_CONTENT).then_some(k + 1);
            }
        }
        // the listener: "told him", "told reporters", "told The Post", "urged voters to"
        if matches!(class, VerbClass::Listener | VerbClass::ListenerTo) {
            k = self.listener(k, end)?;
        }
        // a time: "said Monday", "said on Friday", "said last week"
        while k < end
            && self.word(k)
            && (self.is(k, F_TIME)
                || (matches!(self.lower(k), "on" | "last") && self.is(k + 1, F_TIME)))
        {
            k += 1;
        }
        if self.punct(k, ",") {
            k += 1;
        }
        if end < k + MIN_CONTENT || !self.word(k) {
            // (session 17) "endorsed Ann Roe.": a stance taken on a name
            return self.name_object(c, k, end).then_some(k);
        }
        let first = self.lower(k);
        // "said, adding that …": the participle reports, not "said"
        if self.clause_cue(k) == Some(Form::Participle) && self.punct(k - 1, ",") {
            return None;
        }
        // "told the crowd gathered outside": a participle after the listener is no clause
        if class == VerbClass::Listener && first.ends_with("ed") && !self.cap(k) {
            return None;
        }
        match class {
            // "called for more investment", "called on Trump to apologize"
            VerbClass::CallFor if matches!(first, "for" | "on") => {
                return (end >= k + 1 + MIN_CONTENT).then_some(k + 1);
            }
            VerbClass::Particle => {
                let fits = match verb.as_bytes()[0] {
                    b'p' => matches!(first, "to" | "out"),
                    // (session 17) "railed against …", "rails at …"
                    b'r' if verb.starts_with("rail") => {
                        matches!(first, "against" | "at" | "about")
                    }
                    b'r' => first == "to",
                    b'w' => first == "about",
                    _ => matches!(first, "about" | "of"),
                };
                // "pointed out that …"
                let k = if self.word(k + 1) && self.lower(k + 1) == "that" {
                    k + 2
                } else {
                    k + 1
                };
                return (fits && end >= k + MIN_CONTENT).then_some(k);
            }
            // (session 29) "reminded voters of the plan", "reminded the crowd about …"
            VerbClass::Listener
                if matches!(first, "of" | "about") && verb.starts_with("remind") =>
            {
                return (end >= k + 1 + MIN_CONTENT).then_some(k + 1);
            }
            // (session 16) "asked the mayor about the budget"
            VerbClass::ListenerTo if first == "about" && verb.starts_with("ask") => {
                return (end >= k + 1 + MIN_CONTENT).then_some(k + 1);
            }
            // "plans to build", "asked him whether …"; not an object ("plans a new park")
            // (session 31) "wants the council to reopen the pier": after "want" or "expect",
            // an object and its infinitive
            VerbClass::To | VerbClass::ListenerTo => {
                if matches!(first, "to" | "whether" | "if") {
                    return Some(k);
                }
                return (class == VerbClass::To && self.object_then_to(verb, k, end)).then_some(k);
            }
            // "sought to rally", "offered to debate" (or an object: "offered advice"); "hopes
            // to win" (or a clause: "hopes riders find it easy")
            _ if first == "to"
                && (verb.starts_with("seek")
                    || verb == "sought"
                    || verb.starts_with("offer")
                    || verb.starts_with("hop")) =>
            {
                return Some(k);
            }
            _ => {}
        }
        if matches!(
            first,
            "by" | "of" | "for" | "with" | "about" | "in" | "on" | "at" | "from" | "as" | "so"
                | "to" | "and" | "but" | "or" | "up" | "out" | "into" | "over" | "back"
                | "during" | "after" | "before" | "when" | "while" | "since" | "until"
                | "through" | "across" | "under" | "against" | "without" | "within" | "via"
                | "off" | "away" | "down"
                | "amid" | "despite" | "like" | "among" | "according" | "goodbye" | "hello"
                | "yes" | "no" | "nothing" | "something" | "anything" | "enthusiastically"
                // a clause missing its subject: the verb's own subject was moved out ("a
                // project his office says will cost …")
                | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must"
                | "is" | "are" | "was" | "were" | "has" | "have" | "had"
        ) {
            // "said about half of …" is a clause; "said about the plan" is not
            let quantity = first == "about"
                && (self
                    .lower(k + 1)
                    .starts_with(|ch: char| ch.is_ascii_digit())
                    || matches!(self.lower(k + 1), "half" | "a" | "one" | "two" | "three"));
            // "said no decision had been made" is; "said no" and "said no to it" are not
            let determiner = first == "no"
                && self.word(k + 1)
                && !matches!(self.lower(k + 1), "to" | "and" | "or" | "one" | "comment");
            if !(quantity || determiner) {
                return None;
            }
        }
        Some(k)
    }

    /// (session 31) Whether the words from `k` after a form of "want" or "expect" (`verb`) are
    /// its object and then "to" and a verb: `wants the council to reopen the pier`, `expects
    /// them to vote`. The object is a pronoun or at most five words (no punctuation, no stop
    /// word but a determiner, no verb of speech), and a word follows "to".
    #[cold]
    #[inline(never)]
    fn object_then_to(&self, verb: &str, k: usize, end: usize) -> bool {
        if !(verb.starts_with("want") || verb.starts_with("expect")) {
            return false;
        }
        let Some(to) = (k + 1..end.min(k + 6)).find(|&j| !self.word(j) || self.lower(j) == "to")
        else {
            return false;
        };
        self.word(to)
            && self.lower(to) == "to"
            && to + 1 < end
            && self.word(to + 1)
            && !self.is(to + 1, F_STOP | F_DETERMINERS | F_PRONOUNS)
            // (a verb after "to", not a noun: "want quick access to ferries")
            && !self.cap(to + 1)
            && !speaker::plural_form(self.lower(to + 1))
            && end >= to + MIN_CONTENT
            && (matches!(self.lower(k), "him" | "her" | "them" | "us" | "me" | "you")
                || (k..to).all(|j| {
                    (!self.is(j, F_STOP | F_PRONOUNS) || self.is(j, F_DETERMINERS))
                        && self.clause_cue(j).is_none()
                }))
    }

    /// Whether the one or two tokens `k..end` closing the sentence are a name (capitalised
    /// words, a title's dot kept) that the verb at `c` takes a stance on: `endorsed Ann Roe`,
    /// `backed Mr. Pike` (session 17). Such a short object is a report only after a verb of
    /// support or opposition.
    #[cold]
    #[inline(never)]
    fn name_object(&self, c: usize, k: usize, end: usize) -> bool {
        k < end
            && end <= k + 2
            && (k..end).all(|j| self.word(j) && self.cap(j))
            && STANCE.iter().any(|stem| self.lower(c).starts_with(stem))
    }

    /// The end of the listener starting at `k` ("told him", "told reporters", "told The New
    /// York Times", "told the crowd"): a pronoun, or a determiner then a run of capitalised
    /// words or one word.
    fn listener(&self, k: usize, end: usize) -> Option<usize> {
        if !self.word(k) {
            return None;
        }
        if matches!(self.lower(k), "him" | "her" | "them" | "us" | "me" | "you") {
            return Some(k + 1);
        }
        let a = if self.is(k, F_DETERMINERS) { k + 1 } else { k };
        if !self.word(a) || a >= end {
            return None;
        }
        let mut b = a;
        while b < end && b - a < 6 && self.word(b) && self.cap(b) {
            b += 1;
        }
        Some(if b > a { b } else { a + 1 })
    }

    /// The words after a speaker and a colon ending at token `colon` (`NAME: words`), to token
    /// `n`, without a final mark: the speaker the tokens before the colon, the colon the cue;
    /// `None` when fewer than [`MIN_CONTENT`] words are left. (A transcript's line and a
    /// headline's `Name: what they said`.)
    fn words_after_speaker_colon(&self, colon: usize, n: usize) -> Option<Reported> {
        let end = self.without_final_punct(colon + 1, n);
        if end < colon + 1 + MIN_CONTENT {
            return None;
        }
        Some(Reported {
            content: self.span((colon + 1, end)),
            more: None,
            found: Found {
                speaker: (0, colon),
                cue: Some(self.toks[colon].span),
                pattern: Pattern::SpeakerColon,
                end: colon + 1,
            },
        })
    }

    /// A transcript line: the paragraph opens with a name in capitals and a colon
    /// (`WALLACE: …`, `SEN. KAINE: …`); its words are that speaker's.
    pub(super) fn transcript_line(&self) -> Option<Reported> {
        let n = self.toks.len();
        let colon = (0..n.min(4)).find(|&k| self.punct(k, ":"))?;
        if colon == 0 || n < colon + 1 + MIN_CONTENT {
            return None;
        }
        let caps = |k: usize| {
            self.word(k) && {
                let w = self.toks[k].text(self.text);
                let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
                letters >= 2 && !w.bytes().any(|b| b.is_ascii_lowercase())
            }
        };
        let all_caps = (0..colon).all(caps);
        if !all_caps || (colon + 1..n).any(|k| matches!(self.toks[k].kind, Kind::Quote(_))) {
            return None;
        }
        // (session 25) a second label in capitals and its colon in the line: a sheet of
        // specifications (`CPU: … | RAM: 16 GB | SSD: …`), not a speaker's words
        if (colon + 2..n).any(|k| self.punct(k, ":") && caps(k - 1)) {
            return None;
        }
        // page labels, not speakers: "BREAKING:", "WATCH:", "UPDATE:"
        if (0..colon).any(|k| LABELS.contains(&self.lower(k))) {
            return None;
        }
        self.words_after_speaker_colon(colon, n)
    }

    /// A headline in Title Case with a verb of indirect speech in the present after one to four
    /// capitalised words (`Ann Roe Says Ferry Will Run All Winter`, `Harbour Board Endorses Ann
    /// Roe`), or closing it after a comma (`Ferry Will Run All Winter, Ann Roe Says`): the words
    /// are the speaker, the verb the cue, the rest what they said. The rules for sentences
    /// take a capitalised verb for part of a name.
    #[cold]
    pub(super) fn title_case_report(&self) -> Option<Reported> {
        let n = self.toks.len();
        let end = self.without_final_punct(0, n);
        let name = |a: usize, b: usize| {
            b > a
                && b - a <= 4
                && (a..b).all(|k| {
                    self.word(k)
                        && self.cap(k)
                        && !self.is(k, F_DETERMINERS | F_PRONOUNS | F_TIME)
                        && !is_possessive_word(self.lower(k))
                        && !matches!(
                            self.lower(k),
                            "how"
                                | "why"
                                | "what"
                                | "when"
                                | "where"
                                | "who"
                                | "which"
                                | "whose"
                                | "is"
                                | "are"
                                | "does"
                                | "do"
                                | "did"
                                | "can"
                                | "will"
                        )
                })
        };
        // a present third person ("Says", "Endorses"), not a plural noun ("Plans", "Claims")
        // nor "Adds" (in a headline nearly always a thing added: `Airline Adds Two Routes`)
        let present = |k: usize| self.word(k) && self.cap(k) && headline_present(self.lower(k));
        let found = |speaker: (usize, usize), cue: usize, content: (usize, usize)| Reported {
            content: self.span(content),
            more: None,
            found: Found {
                speaker,
                cue: Some(self.toks[cue].span),
                pattern: if cue < content.0 {
                    Pattern::BeforeCue
                } else {
                    Pattern::AfterSpeakerFirst
                },
                end: cue + 1,
            },
        };
        if let Some(k) = (1..n.min(5)).find(|&k| present(k)) {
            let opens = self.word(k + 1) || self.punct(k + 1, "‘");
            if name(0, k) && opens && end >= k + 3 {
                return Some(found((0, k), k, (k + 1, end)));
            }
            return None;
        }
        // `…, Ann Roe Says`
        let verb = end.checked_sub(1)?;
        if matches!(self.lower(verb), "says" | "said") && self.cap(verb) {
            let comma = (verb.saturating_sub(5)..verb)
                .rev()
                .find(|&k| self.punct(k, ","))?;
            if name(comma + 1, verb) && comma >= MIN_CONTENT {
                return Some(found((comma + 1, verb), verb, (0, comma)));
            }
        }
        None
    }

    /// A headline opening the article in the form `Name: CONTENT` (`Mayor Roe: Fares will
    /// rise`, `Harbour Board: The pier stays shut`): one to four capitalised words, none a page
    /// label (`Revealed:`, `The Latest:`), a preposition or a possessive, then a clause of three
    /// words or more that is not a question. The name is the speaker, the colon the cue.
    #[cold]
    pub(super) fn headline_line(&self) -> Option<Reported> {
        let n = self.toks.len();
        let colon = (1..n.min(10)).find(|&k| self.punct(k, ":"))?;
        // (session 24) `Mayor Roe to Riders: …`, `Ann Roe on Fares: …`, `Ann Roe at Harbour
        // Hall: …`: the words before "to", "on" or "at" speak; capitalised words follow it
        let name_end = (1..colon)
            .find(|&k| self.word(k) && matches!(self.lower(k), "to" | "on" | "at"))
            .filter(|&p| colon - p <= 7 && (p + 1..colon).all(|k| self.word(k) && self.cap(k)))
            .unwrap_or(colon);
        if name_end > 4 || (name_end == colon && colon > 4) {
            return None;
        }
        if (0..name_end).any(|k| {
            !self.word(k)
                || !self.cap(k)
                // (session 25) `How To Plant A Garden: A Guide`: a question word names no one
                || (k == 0
                    && matches!(
                        self.lower(k),
                        "how" | "why" | "what" | "when" | "where" | "which" | "who"
                    ))
                || self.is(k, F_DETERMINERS | F_PRONOUNS | F_TIME)
                || matches!(
                    self.lower(k),
                    "for"
                        | "on"
                        | "in"
                        | "of"
                        | "over"
                        | "to"
                        | "at"
                        | "by"
                        | "from"
                        | "with"
                        | "and"
                        | "or"
                        | "vs"
                        | "vs."
                        | "is"
                        | "are"
                        | "was"
                )
                || is_possessive_word(self.lower(k))
                || (k == 0 && LABELS.iter().any(|&l| l != "poll" && l == self.lower(k)))
                || HEADLINE_LABELS.contains(&self.lower(k))
        }) {
            return None;
        }
        if (colon + 1..n).any(|k| matches!(self.toks[k].kind, Kind::Quote(_)) || self.punct(k, ":"))
            || self.punct(n - 1, "?")
            || !(self.word(colon + 1) || self.punct(colon + 1, "‘") || self.punct(colon + 1, "'"))
        {
            return None;
        }
        let mut rep = self.words_after_speaker_colon(colon, n)?;
        rep.found.speaker = (0, name_end);
        Some(rep)
    }
}

/// Reports added in session 36 (helper speech), kept apart so that they merge cleanly.
impl Reader<'_> {
    /// (session 36) The words after a sentence's last quotation when they open with a verb of
    /// indirect speech that goes on under the quotation's own attribution: `Ann Roe called the
    /// pier “a hazard,” noting that it was built in 1920.`, `… “a hazard,” and said the board
    /// would close it.` A participle first, or "and"/"but" (and "also") before a finite verb;
    /// the clause after it (as [`Reader::clause_start`] finds it) is the report. Its speaker is
    /// the quotation's, which the caller gives (the range here is the verb's, a placeholder).
    pub(super) fn report_opening_tail(&self) -> Option<Reported> {
        let n = self.toks.len();
        let end = self.without_final_punct(0, n);
        let and = self.word(0) && matches!(self.lower(0), "and" | "but");
        let mut c = usize::from(and);
        if and && self.word(c) && self.lower(c) == "also" {
            c += 1;
        }
        if c + MIN_CONTENT >= end || !self.word(c) {
            return None;
        }
        match self.clause_cue(c)? {
            Form::Participle if !and => {}
            Form::Finite if and => {}
            _ => return None,
        }
        let k = self.clause_start(c, end)?;
        // (not a clause closed by an attribution of its own: `…, CNN reported`)
        if self.clause_cue(end - 1) == Some(Form::Finite)
            && (end.saturating_sub(7).max(k)..end - 1).any(|j| self.punct(j, ","))
        {
            return None;
        }
        (k + 2 <= end).then(|| Reported {
            content: self.span((k, end)),
            more: None,
            found: Found {
                speaker: (c, c + 1),
                cue: Some(self.cue_span(c)),
                pattern: Pattern::Participle,
                end: c + 1,
            },
        })
    }
}

impl Reader<'_> {
    /// (session 36) A poll's answer in a longer sentence: `46 percent of riders said yes, compared
    /// with …`, `72 percent said no while …`, `after half said so in May`. The speaker's words
    /// `(a, b)` are a count of people ([`Reader::count_phrase`]), the verb at `c` is "said",
    /// "says" or "say", and "yes", "no" or "so" after it is followed by a break (a comma, a
    /// semicolon, "while", "whereas", "but"; for "so", a time: "in May", "last year"). The
    /// answer alone is the report. (A short sentence closed by the answer is
    /// [`Reader::short_answer`]'s.)
    #[cold]
    #[inline(never)]
    fn poll_answer(&self, (a, b): (usize, usize), c: usize, end: usize) -> bool {
        if c + 2 >= end
            || b != c
            || !matches!(self.lower(c), "said" | "says" | "say")
            || !self.word(c + 1)
            || !matches!(self.lower(c + 1), "yes" | "no" | "so")
        {
            return false;
        }
        let next = c + 2;
        let breaks = self.punct(next, ",;")
            || (self.word(next) && matches!(self.lower(next), "while" | "whereas" | "but"))
            || (self.lower(c + 1) == "so"
                && self.word(next)
                && (matches!(self.lower(next), "in" | "last" | "earlier")
                    || self.is(next, F_TIME)));
        breaks && self.count_phrase(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_be_transcript`] as first written: the text before the first colon in the first 40
    /// bytes, counted and searched.
    fn may_be_transcript_reference(para: &str) -> bool {
        let head = para.get(..para.len().min(40)).unwrap_or(para);
        head.find(':').is_some_and(|colon| {
            let name = &head[..colon];
            name.bytes().filter(u8::is_ascii_uppercase).count() >= 2
                && !name.bytes().any(|b| b.is_ascii_lowercase())
        })
    }

    proptest::proptest! {
        /// The one-pass test agrees with counting and searching the name before the colon.
        #[test]
        fn may_be_transcript_is_the_reference(para in "[A-Ca-c :.’é—]{0,50}") {
            proptest::prop_assert_eq!(may_be_transcript(&para), may_be_transcript_reference(&para));
        }
    }
    use crate::quotes::attribution::Buffers;
    use crate::quotes::tokens::tokenize;

    /// The reader of `text` as one paragraph with no quotation in it.
    fn plain_reader(text: &str) -> Reader<'_> {
        let para = Span::new(0, text.len());
        let mut bufs = Buffers::default();
        bufs.toks = tokenize(text, para, &[]);
        Reader::new(text, para, &|_: usize| "", bufs)
    }

    /// The reported words and the speaker's words of a one-sentence paragraph with no quotation.
    fn reported(text: &str) -> Option<(String, String)> {
        let r = plain_reader(text);
        let rep = r.indirect(0, r.toks.len(), true)?;
        let mut content = rep.content.as_str(text).to_string();
        if let Some(more) = rep.more {
            content.push_str(" | ");
            content.push_str(more.as_str(text));
        }
        // (session 27: an empty speaker's range, a report with no source named, gives "")
        let (a, b) = rep.found.speaker;
        let speaker = if a < b {
            r.span((a, b)).as_str(text).to_string()
        } else {
            String::new()
        };
        Some((content, speaker))
    }

    #[test]
    fn reads_the_clause_and_the_speakers_words() {
        let rows = [
            // a participle between the determiner and the noun is an adjective (session 14:
            // "retired" ended the phrase, and no one was the speaker)
            (
                "The retired banker said the plan would fail.",
                Some(("the plan would fail", "The retired banker")),
            ),
            ("The bundled strap adds some bulk to the case.", None),
            (
                "The old goalkeeper said people misjudge the mayor.",
                Some(("people misjudge the mayor", "The old goalkeeper")),
            ),
            (
                "The audit office said about a third of the overspend came from repairs.",
                Some((
                    "about a third of the overspend came from repairs",
                    "The audit office",
                )),
            ),
            (
                "The county’s party treasurer, Ivo Marsh, said he cannot discuss the invoice.",
                Some(("he cannot discuss the invoice", "Ivo Marsh")),
            ),
            // "about" before no quantity, a clause missing its subject, a time as the subject
            ("The mayor said about the same as last year.", None),
            ("It is a project his office says will cost a fortune.", None),
            ("Friday said little about the vote.", None),
            // stances reported through their object, and verbs that need their particle
            (
                "The teachers union endorsed the school levy on Tuesday.",
                Some(("the school levy on Tuesday", "The teachers union")),
            ),
            (
                "The mayor pointed to the new bus lanes as proof.",
                Some(("the new bus lanes as proof", "The mayor")),
            ),
            ("The mayor talked for hours with the crowd.", None),
            ("The county board backed down after the vote.", None),
            ("The Paris attacks shook the whole region.", None),
            // a relative pronoun speaks when no other verb of the sentence reports
            (
                "Farmers who say the new dam will flood their land marched to the capitol.",
                Some((
                    "the new dam will flood their land marched to the capitol",
                    "who",
                )),
            ),
            // (session 30) ... and the phrase before a relative clause holding a verb of stance
            // with a plain object speaks through the sentence's verb
            (
                "Parents who opposed the plan said the bus was late.",
                Some(("the bus was late", "Parents")),
            ),
            // a number as the subject
            (
                "Two in three said the bus was late.",
                Some(("the bus was late", "Two in three")),
            ),
            (
                "About 40 percent said the bus was late.",
                Some(("the bus was late", "About 40 percent")),
            ),
            (
                "The mayor sought to calm the angry farmers.",
                Some(("to calm the angry farmers", "The mayor")),
            ),
            (
                "Shrimp, which once supported a fleet of boats, need cold water.",
                None,
            ),
            ("The mayor pointed at the boats that have not moved.", None),
            (
                "The mayor pointed out that the boats have not moved.",
                Some(("the boats have not moved", "The mayor")),
            ),
            (
                "The coach, who backed the plan, said the team needs a new field.",
                Some(("the team needs a new field", "The coach")),
            ),
        ];
        check(&rows);
    }

    /// Asserts [`reported`] of every row's text: its reported words and its speaker's words.
    fn check(rows: &[(&str, Option<(&str, &str)>)]) {
        for &(text, want) in rows {
            let got = reported(text);
            assert_eq!(
                got.as_ref().map(|(c, s)| (c.as_str(), s.as_str())),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn a_plural_noun_closing_the_sentence_speaks() {
        let rows = [
            (
                "The ferry will run again in May, harbour pilots said.",
                Some(("The ferry will run again in May", "harbour pilots")),
            ),
            (
                "The ferry, passengers said on Monday, was an hour late.",
                Some(("The ferry | was an hour late", "passengers")),
            ),
            // no plural noun: a word ending in -ss, -us or -is
            ("The ferry will run again in May, harbour boss said.", None),
            ("The ferry will run again in May, census said.", None),
            ("The ferry will run again in May, analysis said.", None),
            // a capitalised word before the noun is left to the rules for names (one capital
            // word leading common nouns is no name)
            (
                "The ferry will run again in May, Harbour pilots said.",
                None,
            ),
        ];
        check(&rows);
    }

    #[test]
    fn a_plural_subject_with_its_modifier_speaks() {
        let rows = [
            (
                "Sources close to the harbour board say the cranes will move.",
                Some(("the cranes will move", "Sources close to the harbour board")),
            ),
            (
                "Rather, people familiar with the port say the cranes will move.",
                Some(("the cranes will move", "people familiar with the port")),
            ),
            // the phrase before a relative clause, not the name inside it
            (
                "Many pilots who sailed with Ann Roe say the cranes will move.",
                Some(("the cranes will move", "Many pilots")),
            ),
            // no plural noun before the modifier: "say" is no present tense here
            ("The idea that the board say no is odd.", None),
            ("A pilot close to the board say the cranes will move.", None),
        ];
        check(&rows);
    }

    #[test]
    fn a_noun_that_is_also_a_verb_ends_the_speakers_words() {
        let rows = [
            (
                "Ferry fares rose by a third, the new harbour report said.",
                Some(("Ferry fares rose by a third", "the new harbour report")),
            ),
            (
                "Ferry fares rose by a third, the latest city survey shows.",
                Some(("Ferry fares rose by a third", "the latest city survey")),
            ),
            // an adverb in -ly opens no speaker, but "Nearly half" and "Only 12 percent" do
            (
                "Nearly half said the ferry was late.",
                Some(("the ferry was late", "Nearly half")),
            ),
            (
                "Only 12 percent said the ferry was late.",
                Some(("the ferry was late", "Only 12 percent")),
            ),
            ("Finally said the ferry was late.", None),
        ];
        check(&rows);
    }

    #[test]
    fn closing_told_and_according_to() {
        let rows = [
            (
                "The ferry will run again in May, a harbour spokesman told The Coast Herald.",
                Some(("The ferry will run again in May", "a harbour spokesman")),
            ),
            (
                "The ferry will run again in May, Mayor Ann Roe told a Senate panel Wednesday.",
                Some(("The ferry will run again in May", "Mayor Ann Roe")),
            ),
            // what is told is no listener; a participle after the listener is no clause
            (
                "On Friday, in the third day of the trip, the mayor told a joke.",
                None,
            ),
            ("The mayor told the crowd gathered outside the hall.", None),
            // "state" is also a verb; a comma after the opening "But"
            (
                "According to state law, no ferry may sail without a pilot.",
                Some(("no ferry may sail without a pilot", "state law")),
            ),
            (
                "But, according to the poll, most riders want a later ferry.",
                Some(("most riders want a later ferry", "the poll")),
            ),
            ("Only time will tell whether the ferry runs.", None),
        ];
        check(&rows);
    }

    #[test]
    fn documents_show_and_find_in_the_present() {
        let rows = [
            (
                "Polls show the harbour plan ahead by ten points.",
                Some(("the harbour plan ahead by ten points", "Polls")),
            ),
            (
                "Port records show the ferry sailed empty in May.",
                Some(("the ferry sailed empty in May", "Port records")),
            ),
            (
                "Studies find that the ferry saves time.",
                Some(("the ferry saves time", "Studies")),
            ),
            // a poll with its participle phrase: the poll speaks
            (
                "A harbour board poll released Monday found that most riders want a later ferry.",
                Some(("most riders want a later ferry", "A harbour board poll")),
            ),
            (
                "A survey conducted by the port found that most riders want a later ferry.",
                Some(("most riders want a later ferry", "A survey")),
            ),
            // after any other plural, "show" and "find" are no present tense
            ("Ferry pilots show the new crews around the port.", None),
            ("Most tourists find the ferry slow.", None),
        ];
        check(&rows);
    }

    #[test]
    fn a_progressive_reports_as_a_finite_verb() {
        let rows = [
            (
                "The mayor is calling for a new vote on the budget.",
                Some(("a new vote on the budget", "The mayor")),
            ),
            (
                "Farm groups were hoping to delay the vote until spring.",
                Some(("to delay the vote until spring", "Farm groups")),
            ),
            (
                "The council has been saying the bridge will reopen in May.",
                Some(("the bridge will reopen in May", "The council")),
            ),
            // a passive still reports nothing
            ("The board was told the bridge will reopen in May.", None),
        ];
        check(&rows);
    }

    #[test]
    fn a_progressive_cue_keeps_its_be() {
        for (text, cue) in [
            ("Farm groups are hoping to delay the vote.", "are hoping"),
            (
                "The council has been saying the bridge will reopen.",
                "been saying",
            ),
            (
                "The mayor is calling for a new vote on the budget.",
                "calling",
            ),
        ] {
            let r = plain_reader(text);
            let rep = r.indirect(0, r.toks.len(), true).expect(text);
            assert_eq!(rep.found.cue.map(|c| c.as_str(text)), Some(cue), "{text}");
        }
    }

    #[test]
    fn a_negated_base_form_reports() {
        let rows = [
            (
                "The mayor did not mention the bridge in her speech.",
                Some(("the bridge in her speech", "The mayor")),
            ),
            (
                "Ann Roe won't confirm the date of the ferry strike.",
                Some(("the date of the ferry strike", "Ann Roe")),
            ),
            (
                "The mayor wouldn’t say whether the bridge will close in May.",
                Some(("whether the bridge will close in May", "The mayor")),
            ),
            // no negation, no auxiliary: a base form that reports nothing
            (
                "Not mention the bridge in her speech, they said nothing.",
                None,
            ),
        ];
        check(&rows);
        for (text, cue) in [
            (
                "The mayor did not mention the bridge in her speech.",
                "did not mention",
            ),
            (
                "Ann Roe won't confirm the date of the ferry strike.",
                "won't confirm",
            ),
        ] {
            let r = plain_reader(text);
            let rep = r.indirect(0, r.toks.len(), true).expect(text);
            assert_eq!(rep.found.cue.map(|c| c.as_str(text)), Some(cue), "{text}");
        }
    }

    #[test]
    fn but_that_goes_on_under_the_first_verb() {
        let text = "The mayor said the old bridge over the river will reopen early in May, but \
                    that she would not support a new toll on it.";
        let r = plain_reader(text);
        let (first, second) = r.indirect_with_second(0, r.toks.len(), true);
        assert_eq!(
            first.map(|rep| rep.content.as_str(text)),
            Some(
                "the old bridge over the river will reopen early in May, but that she would not \
                 support a new toll on it"
            )
        );
        assert_eq!(second, None);
    }

    /// The first and the second reported clause of a one-sentence paragraph: the first's words,
    /// and the second's words, speaker's words and cue, joined by " | ".
    fn both(text: &str) -> (Option<String>, Option<String>) {
        let r = plain_reader(text);
        let (first, second) = r.indirect_with_second(0, r.toks.len(), true);
        (
            first.map(|rep| rep.content.as_str(text).to_string()),
            second.map(|rep| {
                let cue = rep.found.cue.map_or("", |c| c.as_str(text));
                [
                    rep.content.as_str(text),
                    r.span(rep.found.speaker).as_str(text),
                    cue,
                ]
                .join(" | ")
            }),
        )
    }

    /// Asserts [`both`] of every row.
    fn check_both(rows: &[(&str, &str, Option<&str>)]) {
        for &(text, first, second) in rows {
            let (got_first, got_second) = both(text);
            assert_eq!(got_first.as_deref(), Some(first), "{text}");
            assert_eq!(got_second.as_deref(), second, "{text}");
        }
    }

    #[test]
    fn a_participle_or_a_verb_after_and_goes_on_under_the_first_speaker() {
        let rows = [
            (
                "The mayor defended the new toll on Monday, saying the bridge needs repairs.",
                "the new toll on Monday",
                Some("the bridge needs repairs | The mayor | saying"),
            ),
            (
                "The mayor praised the harbour pilots and said the ferry would run again in May.",
                "the harbour pilots",
                Some("the ferry would run again in May | The mayor | said"),
            ),
            (
                "The mayor criticized the new toll but also noted that the bridge needs repairs.",
                "the new toll",
                Some("the bridge needs repairs | The mayor | noted"),
            ),
            // "and" with no comma before a personal pronoun and its own verb
            (
                "The mayor praised the harbour pilots and she says the ferry will run in May.",
                "the harbour pilots",
                Some("the ferry will run in May | she | says"),
            ),
            // (a subordinate clause's verb is not read as a second report)
            (
                "The mayor criticized the new toll because she thinks the bridge is safe.",
                "the new toll because she thinks the bridge is safe",
                None,
            ),
            // after a verb of saying with its clause, "and hoped" may be the clause's subject's
            (
                "The mayor said the pilots were tired and hoped the council would wait.",
                "the pilots were tired and hoped the council would wait",
                None,
            ),
            // another verb of indirect speech between: the participle is its subject's
            (
                "The mayor praised the pilots who rejected the offer, citing the cost of the \
                 repairs.",
                "the pilots who rejected the offer, citing the cost of the repairs",
                None,
            ),
        ];
        check_both(&rows);
    }

    #[test]
    fn according_to_after_a_word_or_a_long_source() {
        let rows = [
            (
                "Ridership, according to the harbour board, doubled over the summer.",
                Some(("Ridership | doubled over the summer", "the harbour board")),
            ),
            (
                "According to a count of ferry tickets made for the harbour board by two \
                 students last spring, ridership rose in every month.",
                Some(("ridership rose in every month", "a count of ferry tickets")),
            ),
            // a word or two before it and nothing reported after it
            ("Ridership, according to the harbour board.", None),
        ];
        check(&rows);
    }

    #[test]
    fn counts_of_people_speak() {
        let rows = [
            (
                "Of the riders asked, 64 percent said the ferry is too slow.",
                Some(("the ferry is too slow", "64 percent")),
            ),
            (
                "Among women, 6 in 10 say the mayor is doing well.",
                Some(("the mayor is doing well", "6 in 10")),
            ),
            (
                "Of the riders polled, 61 percent say the ferry is late.",
                Some(("the ferry is late", "61 percent")),
            ),
        ];
        check(&rows);
    }

    #[test]
    fn an_adverb_between_the_subject_and_its_verb() {
        let rows = [
            (
                "The mayor now says the bridge will reopen in May.",
                Some(("the bridge will reopen in May", "The mayor")),
            ),
            (
                "Ann Roe openly questioned the plan for the bridge.",
                Some(("the plan for the bridge", "Ann Roe")),
            ),
            // a noun in -ly after a determiner is the subject
            (
                "The family said the bridge will reopen in May.",
                Some(("the bridge will reopen in May", "The family")),
            ),
        ];
        check(&rows);
        for (text, cue) in [
            (
                "The mayor now says the bridge will reopen in May.",
                "now says",
            ),
            (
                "Ann Roe openly questioned the plan for the bridge.",
                "openly questioned",
            ),
        ] {
            let r = plain_reader(text);
            let rep = r.indirect(0, r.toks.len(), true).expect(text);
            assert_eq!(rep.found.cue.map(|c| c.as_str(text)), Some(cue), "{text}");
        }
    }

    #[test]
    fn hope_takes_to_or_a_clause() {
        let rows = [
            (
                "The harbour board hopes riders find the new timetable easy.",
                Some(("riders find the new timetable easy", "The harbour board")),
            ),
            (
                "The mayor hoped to open the bridge in May.",
                Some(("to open the bridge in May", "The mayor")),
            ),
        ];
        check(&rows);
    }

    #[test]
    fn an_indirect_question_after_asked() {
        let rows = [
            (
                "The pilot asked whether the harbour would reopen.",
                Some(("whether the harbour would reopen", "The pilot")),
            ),
            (
                "A reporter asked the mayor how long the works would last.",
                Some(("how long the works would last", "A reporter")),
            ),
            (
                "The pilot asked the new harbour master if the cranes would move.",
                Some(("if the cranes would move", "The pilot")),
            ),
            (
                "The pilot asked the crew to stay on board.",
                Some(("to stay on board", "The pilot")),
            ),
            // a request for something reports it (session 16; was nothing), a passive no
            // one's words (session 27: a report with no speaker, as "X is expected to")
            (
                "The pilot asked for two people to swap seats.",
                Some(("two people to swap seats", "The pilot")),
            ),
            (
                "The pilot was asked whether the harbour would reopen.",
                Some(("The pilot was asked whether the harbour would reopen", "")),
            ),
        ];
        check(&rows);
    }

    #[test]
    fn remembered_clause_cues_are_the_worked_out_ones() {
        let text =
            "Critics say the mayor told reporters, saying he said no, that the plan was found.";
        let r = plain_reader(text);
        let n = r.toks.len();
        // the quotation cue first on half the tokens: the two memos share a byte per token
        let cues: Vec<bool> = (0..n).step_by(2).map(|k| r.is_finite_cue(k)).collect();
        for _ in 0..2 {
            for k in 0..n {
                assert_eq!(r.clause_cue(k), r.find_clause_cue(k), "{k}");
            }
        }
        let again: Vec<bool> = (0..n).step_by(2).map(|k| r.is_finite_cue(k)).collect();
        assert_eq!(cues, again);
        assert!(r.clause_cue(1).is_some() && r.is_finite_cue(4));
    }

    /// [`Reader::clause_words`] asking every token, as it was before its quick refusal.
    fn clause_words_asking_all(r: &Reader<'_>, s: usize, end: usize) -> ([usize; 8], usize, bool) {
        let mut found = [0usize; 8];
        let mut n = 0;
        let mut according = false;
        for k in s..end {
            if r.clause_cue(k).is_some() && n < found.len() {
                found[n] = k;
                n += 1;
            }
            according |= r.word(k) && r.toks[k].text(r.text).eq_ignore_ascii_case("according");
        }
        (found, n, according)
    }

    proptest::proptest! {
        /// `attribution_last` told the sentence's verbs and whether "according" is among them
        /// finds what it finds reading every comma and looking for "according" everywhere.
        #[test]
        fn attribution_last_told_the_verbs_agrees_with_reading_every_comma(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "said", "says", "told", "according", "to", "the", "mayor", "Ann", "Roe",
                    "a", "former", "aide", "he", "experts", "say", "on", "Monday", "plan",
                    "would", "fail", ",", ",", ",", "police", "group", "in", "statement",
                    "saying", "warned", "is", "it", "Trump", "officials",
                ]),
                0..40,
            ),
        ) {
            let text = words.join(" ");
            let r = plain_reader(&text);
            let n = r.toks.len();
            for s in 0..=n.min(2) {
                let (found, k, according) = r.clause_words(s, n);
                let every_cue = (k < found.len()).then_some(&found[..k]);
                proptest::prop_assert_eq!(
                    r.attribution_last(s, n, according, every_cue),
                    r.attribution_last(s, n, true, None)
                );
            }
        }
    }

    proptest::proptest! {
        /// The quick refusal of `clause_words` passes over no verb and no "according".
        #[test]
        fn clause_words_agree_with_asking_every_token(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "said", "Says", "SAID", "told", "telling", "according", "ACCORDING", "to",
                    "the", "plans", "hopes", "was", "he", "experts", "say", "would", "found",
                    "Kelvin", "a\u{212A}s", "as\u{212A}", "x-said", "U.S.", "said.", ",", "—", "é",
                    "“", "3said", "reports", "Mr.", "calls", "on", "warned", "is",
                ]),
                0..24,
            ),
        ) {
            let text = words.join(" ");
            let r = plain_reader(&text);
            let n = r.toks.len();
            for s in 0..=n.min(3) {
                proptest::prop_assert_eq!(
                    r.clause_words(s, n),
                    clause_words_asking_all(&r, s, n)
                );
            }
        }
    }

    #[test]
    fn transcripts_are_capitals_and_a_colon() {
        assert!(may_be_transcript("WALLACE: Do you think so?"));
        assert!(may_be_transcript("SEN. KAINE: We do."));
        assert!(!may_be_transcript("Wallace: Do you think so?"));
        assert!(!may_be_transcript("A: yes"));
        assert!(!may_be_transcript("The plan: build it."));
    }
}
