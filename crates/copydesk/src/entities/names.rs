//! Names: capitalised sequences as candidates, split and typed by titles, organisation heads,
//! gazetteers, first-name and surname lists and the words around them.

use std::cell::OnceCell;

use super::lexicon::{self, Lexicon, class};
use super::tokens::{Kind, Tok, is_acronym_shape, is_all_caps, is_cap, is_initial};
use super::{Vocabulary, initial_word};
use crate::Span;
use crate::article::Label;
use crate::fxhash::load_padded;

/// How sure a candidate's label is.
pub(crate) const USER: u8 = 5;
pub(crate) const GAZ: u8 = 4;
pub(crate) const STRONG: u8 = 3;
pub(crate) const MEDIUM: u8 = 2;
pub(crate) const WEAK: u8 = 1;
pub(crate) const NONE: u8 = 0;

/// A mention candidate.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'a> {
    pub span: Span,
    /// `None` while the type is unknown.
    pub label: Option<Label>,
    pub strength: u8,
    /// Canonical name for gazetteer aliases and user entries ("United States" for "U.S.").
    /// Borrowed from the article, the gazetteers or the user's list.
    pub canonical: Option<&'a str>,
    /// The country a capital stands for.
    pub capital_of: Option<&'static str>,
    /// Number of word tokens.
    pub words: usize,
    /// First word of its sentence.
    pub sent_start: bool,
    /// Found in a Title Case headline or heading.
    pub headline: bool,
    /// A title or role stood before it ("President", "envoy"), given as text.
    pub role: Option<Span>,
    /// Preceded by a place preposition (in, at, from, near).
    pub place_prep: bool,
    /// Bytes from a "The" before the name to the name ("told The Jerusalem Post": 4), 0 if none:
    /// the "The" joins the mention if the document makes it an organisation.
    pub the_before: u8,
    /// An organisation's name ending in an abbreviated legal form ("Harbourline Shipping
    /// Ltd."): the mention leaves the period out, the entity's name keeps it (`take_the`).
    pub legal_point: bool,
}

impl Cand<'_> {
    pub fn new(span: Span, label: Option<Label>, strength: u8) -> Self {
        Cand {
            span,
            label,
            strength,
            canonical: None,
            capital_of: None,
            words: 1,
            sent_start: false,
            headline: false,
            role: None,
            place_prep: false,
            the_before: 0,
            legal_point: false,
        }
    }
}

/// A lower-case word that qualifies a role noun before a name and belongs to the description:
/// an adjective of rank or standing ("former", "acting", "ousted"), a noun naming the field or
/// body the role is in ("campaign", "opposition", "junta", "services"), a lower-case compound
/// ("award-winning", "hedge-fund", "co-owner"), or an adjective by its ending ("technical",
/// "clinical", "revolutionary", "indigenous", "legislative", "economic"). Verbs ("said",
/// "named", "met") are none of these, and end the role.
pub(crate) fn is_role_modifier(w: &str) -> bool {
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return false;
    }
    if w.contains('-') {
        // a compound of lower-case words ("long-time", "hedge-fund"), not a dash
        return !w.starts_with('-') && !w.ends_with('-') && !w.contains("--");
    }
    if w.len() > 4
        && ["al", "ic", "ive", "ous", "ary"]
            .iter()
            .any(|end| w.ends_with(end))
        // (verbs with such an ending: "arrive", "receive", "survive", "drive")
        && !["rive", "eive", "vive"].iter().any(|end| w.ends_with(end))
    {
        return true;
    }
    matches!(
        w,
        "former"
            | "deputy"
            | "acting"
            | "senior"
            | "top"
            | "special"
            | "chief"
            | "foreign"
            | "vice"
            | "veteran"
            | "prime"
            | "general"
            | "executive"
            | "lead"
            | "local"
            | "state"
            | "national"
            | "regional"
            | "junior"
            | "assistant"
            | "ousted"
            | "exiled"
            | "jailed"
            | "slain"
            | "outgoing"
            | "incoming"
            | "longtime"
            | "retired"
            | "interim"
            | "campaign"
            | "opposition"
            | "party"
            | "expedition"
            | "cartel"
            | "junta"
            | "rebel"
            | "militia"
            | "army"
            | "police"
            | "union"
            | "labor"
            | "labour"
            | "business"
            | "communications"
            | "press"
            | "policy"
            | "security"
            | "defense"
            | "defence"
            | "finance"
            | "health"
            | "education"
            | "energy"
            | "trade"
            | "intelligence"
            | "division"
            | "rights"
            | "civil"
            | "human"
            | "services"
            | "sales"
            | "marketing"
            | "operations"
            | "research"
            | "team"
            | "club"
            | "government"
            | "city"
            | "county"
            | "district"
            | "village"
            | "community"
            | "church"
            | "company"
            | "bank"
            | "fund"
            | "investment"
            | "project"
            | "program"
            | "programme"
            | "news"
            | "film"
            | "music"
            | "theatre"
            | "theater"
            | "council"
            | "committee"
            | "board"
            | "school"
            | "hospital"
            | "court"
            | "prison"
            | "tax"
            | "budget"
            | "climate"
            | "housing"
            | "transport"
            | "tourism"
            | "industry"
            | "technology"
            | "family"
    )
}

/// Lower-case role nouns that, right before a name, say the name is a person.
pub(crate) fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "envoy"
            | "teacher"
            | "adviser"
            | "advisor"
            | "minister"
            | "president"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "activist"
            | "official"
            | "director"
            | "chief"
            | "leader"
            | "lawyer"
            | "attorney"
            | "judge"
            | "professor"
            | "researcher"
            | "scientist"
            | "economist"
            | "analyst"
            | "journalist"
            | "reporter"
            | "correspondent"
            | "editor"
            | "author"
            | "writer"
            | "novelist"
            | "poet"
            | "artist"
            | "singer"
            | "actor"
            | "actress"
            | "player"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "captain"
            | "chairman"
            | "chairwoman"
            | "founder"
            | "co-founder"
            | "owner"
            | "billionaire"
            | "businessman"
            | "businesswoman"
            | "entrepreneur"
            | "executive"
            | "ceo"
            | "cofounder"
            | "governor"
            | "mayor"
            | "senator"
            | "lawmaker"
            | "legislator"
            | "politician"
            | "candidate"
            | "diplomat"
            | "ambassador"
            | "commander"
            | "general"
            | "officer"
            | "secretary"
            | "deputy"
            | "colleague"
            | "counterpart"
            | "successor"
            | "predecessor"
            | "rival"
            | "opponent"
            | "ally"
            | "friend"
            | "student"
            | "doctor"
            | "nurse"
            | "farmer"
            | "resident"
            | "pastor"
            | "priest"
            | "cleric"
            | "imam"
            | "rabbi"
            | "monk"
            | "photographer"
            | "filmmaker"
            | "director-general"
            | "head"
            | "manager"
            | "prosecutor"
            | "investigator"
            | "spokesman,"
            | "negotiator"
            | "mediator"
            | "premier"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "dissident"
            | "blogger"
            | "influencer"
            | "star"
            | "champion"
            | "chancellor"
            | "commissioner"
            | "inspector"
            | "superintendent"
            | "pilot"
            | "engineer"
            | "architect"
            | "designer"
            | "historian"
            | "expert"
            | "specialist"
            | "fellow"
            | "lecturer"
            | "dean"
            | "principal"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "mp"
            | "sheikh"
            | "emir"
            | "president-elect"
            | "vice-president"
            | "footballer"
            | "athlete"
            | "boxer"
            | "runner"
            | "cyclist"
            | "driver"
            | "musician"
            | "rapper"
            | "comedian"
            | "presenter"
            | "host"
            | "anchor"
            | "columnist"
            | "blogger,"
    ) || is_close_kin(w)
}

/// Words for the people, parts or property of an organisation, which make the unknown name
/// right before them an organisation ("Ahlibank chairman", "Orbit shares").
fn is_org_member_noun(w: &str) -> bool {
    matches!(
        w,
        "chairman"
            | "chairwoman"
            | "chairperson"
            | "CEO"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "executives"
            | "officials"
            | "staff"
            | "employees"
            | "workers"
            | "shareholders"
            | "shares"
            | "subsidiary"
            | "headquarters"
            | "stores"
            | "outlets"
            | "branches"
            | "factory"
            | "customers"
            | "founder"
            | "co-founder"
    )
}

/// A lone unknown name at `a` typed by the lower-case word before it: a word for a company or a
/// body ("chipmaker Varnex", "the daily Ostra"; as `employer` does before several words) makes
/// it an organisation, a speech verb after a closing quote or a comma and before a point or a
/// comma a person (`..." said Varo.`). Asked only after a lower-case word of four letters or
/// more, so that the many lone words opening a sentence or after "the" pay one or two tests.
#[inline]
fn lone_after_lower_word(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    prev: &str,
    next: &str,
) -> Option<(Option<Label>, u8)> {
    // Every word of either list has four letters or more: "the", "of", "and", "in" stop here.
    if prev.len() < 4 || !prev.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    let plain = || {
        !ctx.is(
            toks,
            a,
            class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD,
        )
    };
    if is_org_noun(prev) {
        let first = toks[a].text(ctx.text);
        (plain() && !ctx.lex.first_names.contains(first)).then_some((Some(Label::Org), MEDIUM))
    } else if matches!(
        prev,
        "said" | "says" | "added" | "explained" | "noted" | "recalled" | "recalls"
    ) && matches!(next, "." | ",")
        && plain()
        && toks[a - 1].s() >= 2
        && matches!(
            ctx.text.as_bytes()[toks[a - 1].s() - 2],
            b',' | b'"' | 0x9D | 0x99
        )
    {
        Some((Some(Label::Person), WEAK))
    } else {
        None
    }
}

/// (session 33) A noun for a relative, which before "of" or "to" names a person ("the son of
/// ...", "a half-brother of ...", "father to ...").
fn is_kin_noun(w: &str) -> bool {
    is_close_kin(w)
        || matches!(
            w,
            "widow"
                | "widower"
                | "grandson"
                | "granddaughter"
                | "grandfather"
                | "grandmother"
                | "stepson"
                | "stepdaughter"
                | "stepfather"
                | "stepmother"
                | "fiance"
                | "fiancé"
                | "fiancee"
                | "fiancée"
        )
}

/// A spouse, a parent, a child, a sibling or a close relative: a role noun ([`is_role_noun`])
/// and a relative ([`is_kin_noun`]).
fn is_close_kin(w: &str) -> bool {
    matches!(
        w,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "mother"
            | "father"
            | "uncle"
            | "aunt"
            | "cousin"
            | "nephew"
            | "niece"
    )
}

/// "CEO of", "co-founder of", "spokeswoman for" before token `a`: a company's post and "of",
/// "for" or "at" (not a post that also holds in a place: "mayor of", "director of").
fn employer_before(toks: &[Tok], text: &str, a: usize, prev: &str) -> bool {
    a > 1 && matches!(prev, "of" | "for" | "at") && toks[a - 2].kind == Kind::Word && {
        let r = toks[a - 2].text(text);
        let r = if toks[a - 2].hyphen_before && a > 2 {
            // "co-founder": the compound from its first part
            &text[toks[a - 3].s()..toks[a - 2].e()]
        } else {
            r
        };
        is_company_post(r)
    }
}

/// Posts in a company or a charity, lower case or in Title Case ("CEO", "Chairman", "co-founder"):
/// no post in a government, whose "of" is followed by a place ("President of", "Governor of").
fn is_company_post(w: &str) -> bool {
    matches!(
        w,
        "CEO"
            | "COO"
            | "CFO"
            | "CTO"
            | "chairman"
            | "Chairman"
            | "chairwoman"
            | "Chairwoman"
            | "chairperson"
            | "Chairperson"
            | "founder"
            | "Founder"
            | "co-founder"
            | "Co-founder"
            | "Co-Founder"
            | "cofounder"
            | "owner"
            | "shareholder"
            | "employee"
            | "employees"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}

/// Lower-case words for a settlement or an administrative division, which before "of" make the
/// unknown name after them a place ("the town of Varsel", "the district of Oruno").
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "towns"
            | "city"
            | "cities"
            | "village"
            | "villages"
            | "hamlet"
            | "municipality"
            | "community"
            | "province"
            | "provinces"
            | "district"
            | "districts"
            | "region"
            | "regions"
            | "county"
            | "island"
            | "islands"
            | "capital"
            | "port"
            | "department"
            | "governorate"
            | "prefecture"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "settlement"
    )
}

fn is_place_prep(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "from"
            | "near"
            | "across"
            | "outside"
            | "inside"
            | "throughout"
            | "to"
            | "into"
            | "towards"
            | "toward"
            | "around"
            | "via"
    )
}

/// ", a nurse", ", the director", ", 34,": a comma at `e`, then a lower-case word or a number
/// (an appositive of a person, or the end of a list of names: ", both nurses"); not a clause
/// about a thing (", which", ", that").
fn appositive_after(text: &str, e: usize) -> bool {
    text[e..].strip_prefix(", ").is_some_and(|r| {
        r.starts_with(|ch: char| ch.is_lowercase() || ch.is_ascii_digit())
            && !r.starts_with("which ")
            && !r.starts_with("that ")
    })
}

fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "explained"
            | "noted"
            | "argued"
            | "stated"
            | "wrote"
            | "tweeted"
            | "insisted"
            | "warned"
            | "claimed"
            | "admitted"
            | "recalled"
            | "acknowledged"
            | "asked"
            | "replied"
            | "announced"
            | "believes"
            | "thinks"
            | "urged"
            | "stressed"
            | "emphasised"
            | "emphasized"
            | "pointed"
            | "described"
            | "agreed"
            | "confirmed"
            | "denied"
            | "revealed"
            | "suggested"
            | "continued"
            | "concluded"
            | "tells"
            | "adds"
            | "explains"
            | "argues"
            | "writes"
            | "insists"
            | "warns"
            | "claims"
            | "admits"
            | "recalls"
            | "asks"
            | "replies"
            | "recounts"
            | "concludes"
            | "who"
            | "himself"
            | "herself"
    )
}

/// The context the classifier needs besides the tokens.
pub(crate) struct Ctx<'a, 'v> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    /// Words of the document ("march", "bill") used to doubt sentence-initial words.
    pub vocab: &'a Vocabulary<'v>,
    /// [`lexicon::token_class`] of the tokens `class_base..` of the run being classified, computed
    /// once per token by [`classify_run`] (empty outside it; tokens outside are looked up).
    pub classes: &'a [u16],
    pub class_base: usize,
}

impl Ctx<'_, '_> {
    #[allow(clippy::unused_self)]
    fn span(&self, toks: &[Tok], a: usize, b: usize) -> Span {
        Span::new(toks[a].s(), toks[b].e())
    }

    /// [`lexicon::token_class`] of token `i`: from the run's table when `i` is in the run.
    #[inline]
    fn class(&self, toks: &[Tok], i: usize) -> u16 {
        match i
            .checked_sub(self.class_base)
            .and_then(|k| self.classes.get(k))
        {
            Some(&c) => c,
            None => self.class_outside(toks, i),
        }
    }

    /// [`Ctx::class`] of a token outside the run (seldom asked): a lookup.
    #[inline(never)]
    fn class_outside(&self, toks: &[Tok], i: usize) -> u16 {
        lexicon::token_class(toks[i].text(self.text))
    }

    /// Whether token `i` belongs to any of the classes `bits`.
    #[inline]
    fn is(&self, toks: &[Tok], i: usize, bits: u16) -> bool {
        self.class(toks, i) & bits != 0
    }

    /// [`lexicon::connector`] of token `i`.
    #[inline]
    fn connector(&self, toks: &[Tok], i: usize) -> Option<bool> {
        lexicon::connector_of(self.class(toks, i))
    }

    fn first_name(&self, w: &str) -> bool {
        self.lex.first_names.contains(w) || (is_initial(w))
    }
}

/// The classes of words that may stand in a title phrase: title heads and their modifiers.
const TITLE_WORD: u16 = class::TITLE_HEAD | class::TITLE_MODIFIER;

/// A token that can be part of a name run.
fn capword(t: &Tok, text: &str) -> bool {
    // "G7", "F1" start with a letter so are words; bare numbers never start names.
    t.kind == Kind::Word && t.is_cap(text)
}

/// 1 if the token may be a [`capword`] (a word whose first byte is an ASCII capital or a
/// non-ASCII byte), else 0: a bit, with no branch. Most tokens fail this, so the scan for the
/// next run tests it before anything else.
#[inline]
fn may_be_capword(t: &Tok) -> u64 {
    u64::from(MAY_BE_CAPWORD[usize::from(t.first)]) & u64::from(t.kind == Kind::Word)
}

/// The tokens of a region that may be capitalised words ([`may_be_capword`]), as the bits of
/// one block of 64 tokens at a time: the scan for the next run takes the lowest bit from a
/// token on, where a loop over the tokens took a branch (mispredicted at every capitalised
/// word) for every four of them.
struct CapScan<'a> {
    toks: &'a [Tok],
    /// The first token of the block (a multiple of 64), or `usize::MAX` before the first.
    base: usize,
    /// Bit `k`: token `base + k` may be a capitalised word.
    mask: u64,
}

impl<'a> CapScan<'a> {
    fn new(toks: &'a [Tok]) -> Self {
        CapScan {
            toks,
            base: usize::MAX,
            mask: 0,
        }
    }

    /// The bits of the block at `base`.
    #[inline]
    fn block(toks: &[Tok], base: usize) -> u64 {
        let end = toks.len().min(base + 64);
        toks[base..end]
            .iter()
            .enumerate()
            .fold(0, |m, (k, t)| m | may_be_capword(t) << k)
    }

    /// The first token from `from` on for which [`may_be_capword`] holds.
    #[inline]
    fn next(&mut self, mut from: usize) -> Option<usize> {
        loop {
            let base = from & !63;
            if base >= self.toks.len() {
                return None;
            }
            if base != self.base {
                self.base = base;
                self.mask = Self::block(self.toks, base);
            }
            let m = self.mask & (u64::MAX << (from - base));
            if m != 0 {
                return Some(base + m.trailing_zeros() as usize);
            }
            from = base + 64;
        }
    }
}

/// Whether a first byte allows [`capword`]: an ASCII capital or a non-ASCII byte.
static MAY_BE_CAPWORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_uppercase() || b >= 0x80;
        b += 1;
    }
    t
};

fn w_of<'t>(toks: &[Tok], text: &'t str, i: usize) -> &'t str {
    toks[i].text(text)
}

/// Whether token `t`'s text is `s`, comparing lengths first (no `&str` slicing of the text);
/// a short `s` (every caller's) in one zero-padded eight-byte load of each, not a call to
/// `bcmp`.
#[inline]
fn tok_is(t: &Tok, text: &str, s: &str) -> bool {
    let (s, n) = (s.as_bytes(), t.e() - t.s());
    n == s.len()
        && if n <= 8 {
            load_padded(&text.as_bytes()[t.s()..t.e()]) == load_padded(s)
        } else {
            &text.as_bytes()[t.s()..t.e()] == s
        }
}

/// Maximal runs of capitalised words (with connectors between them), as inclusive token ranges.
/// `claimed[i]` marks tokens already taken by numbers or user lists.
/// The runs are appended to `out`.
pub(crate) fn runs(toks: &[Tok], text: &str, claimed: &[bool], out: &mut Vec<(usize, usize)>) {
    let n = toks.len();
    let mut i = 0;
    let mut scan = CapScan::new(toks);
    while i < n {
        // The next capitalised word that no number or user list took: a scan of bits made from
        // the tokens' first bytes (most tokens are lower-case words), then the full test.
        match scan.next(i) {
            Some(k) => i = k,
            None => break,
        }
        if claimed[i] || !capword(&toks[i], text) {
            i += 1;
            continue;
        }
        // "al-Hassan": a lower-case particle joined by a hyphen starts the name; so does the
        // prefix of "sub-Saharan Africa".
        let a = if i > 0
            && toks[i].hyphen_before
            && toks[i - 1].kind == Kind::Word
            && (lexicon::connector(toks[i - 1].text(text)) == Some(true)
                || toks[i - 1].text(text) == "sub")
            && !claimed[i - 1]
        {
            i - 1
        } else {
            i
        };
        let mut b = i;
        // The rest of a capitalised sequence whose start a user list claimed is no name; a
        // date's day or month before it is no start ("On Monday President Ana Ruiz said").
        let tail_of_claimed = i > 0
            && claimed[i - 1]
            && capword(&toks[i - 1], text)
            && !toks[i - 1].possessive
            && !{
                let prev = toks[i - 1].text(text);
                super::numbers::weekday(prev) || super::numbers::month(prev).is_some()
            };
        loop {
            if b - a > 12 {
                break;
            }
            let j = b + 1;
            // "People's Liberation Army", "Supreme People's Court", "Workers' Party": the
            // possessive of a word for the people a body stands for is inside its name.
            if toks[b].possessive {
                let joins = j < n
                    && !claimed[j]
                    && !toks[j].line_before
                    && (matches!(
                        toks[b].text(text),
                        "People" | "Peoples" | "Workers" | "Farmers" | "Teachers" | "Children"
                    ) || plural_possessive_in_org(toks, text, b, claimed)
                        || office_possessive_in_org(toks, text, b, claimed))
                    && capword(&toks[j], text);
                if !joins {
                    break;
                }
                b = j;
                continue;
            }
            if j >= n || claimed[j] || toks[j].line_before {
                break;
            }
            if capword(&toks[j], text) {
                b = j;
                continue;
            }
            // "Suk-yeol": a short lower-case part joined by a hyphen belongs to the name.
            if toks[j].hyphen_before && toks[j].kind == Kind::Word {
                let x = toks[j].text(text);
                // "Yiu-chung", "Mo-sheung", "Sam-yeong": longer parts when they read as one
                // romanised syllable.
                if (x.chars().count() <= 4 || is_one_syllable(x))
                    && x.chars().all(char::is_lowercase)
                    && !lexicon::is_hyphen_suffix(x)
                {
                    b = j;
                    continue;
                }
            }
            // connector(s) followed by a capitalised word: "bin Salman", "Bank of England",
            // "Ministry of the Interior", "al-Assad".
            let wj = toks[j].text(text);
            if toks[j].kind == Kind::Word && lexicon::connector(wj).is_some() {
                let mut k = j + 1;
                if k < n
                    && toks[k].kind == Kind::Word
                    && lexicon::connector(toks[k].text(text)) == Some(false)
                    && toks[k].text(text) == "the"
                    && (wj == "of"
                        || wj == "for"
                            && lexicon::token_class(toks[b].text(text)) & class::ORG_HEAD != 0)
                {
                    // "of the"; "for the" after an organisation's head ("Centre for the
                    // Study of ...", not "Spokesperson for the Ministry")
                    k += 1;
                } else if k < n
                    && matches!(wj, "de" | "del" | "da")
                    && matches!(toks[k].text(text), "la" | "las" | "los" | "le" | "les")
                {
                    // (session 28) a Romance particle and its article: "Cerro de la Tolva",
                    // "San Mateo de las Lomas", "Ignacio de la Varga".
                    k += 1;
                }
                if k < n && !claimed[k] && !toks[k].line_before && capword(&toks[k], text) {
                    b = k;
                    continue;
                }
            }
            if toks[j].kind == Kind::Punct
                && toks[j].text(text) == "&"
                && j + 1 < n
                && capword(&toks[j + 1], text)
                && !claimed[j + 1]
            {
                b = j + 1;
                continue;
            }
            // "Ministry of Fisheries, Ports and Culture": the fields a body is of or for, listed
            // with commas and closed by "and", are inside its name.
            if toks[j].kind == Kind::Punct && toks[j].first == b',' {
                if let Some(e) = field_list_end(toks, text, claimed, a, b) {
                    b = e;
                    continue;
                }
            }
            break;
        }
        if !tail_of_claimed {
            out.push((a, b));
        }
        i = b + 1;
    }
}

/// The last token of a list of fields after the run `a..=b` and the comma at `b + 1`, when the
/// run is a body "of" or "for" something ("Ministry of Fisheries, Ports and Culture", "Authority
/// for Roads, Ports, and Inland Waters"): one to three capitalised words an item, commas
/// between, "and" before the last item; no item word is a place, a given name, a legal form or
/// a word that ends a body's name on its own ("Bank of Tolan, Varomax and Rell Bank" is three
/// bodies).
#[cold]
#[inline(never)]
fn field_list_end(toks: &[Tok], text: &str, claimed: &[bool], a: usize, b: usize) -> Option<usize> {
    let n = toks.len();
    if !(a + 1..b).any(|i| {
        of_or_for(&toks[i], text)
            && lexicon::token_class(toks[i - 1].text(text)) & class::ORG_HEAD != 0
    }) {
        return None;
    }
    let lex = Lexicon::get();
    let field_word = |k: usize| {
        k < n
            && !claimed[k]
            && !toks[k].line_before
            && !toks[k].possessive
            && capword(&toks[k], text)
            && {
                let w = toks[k].text(text);
                lexicon::token_class(w)
                    & (class::COMPANY_SUFFIX
                        | class::BARE_ORG
                        | class::STOPWORD
                        | class::PLACE_HEAD)
                    == 0
                    && !is_all_caps(w)
                    && lex.gazetteer(w).is_none()
                    && !lex.first_names.contains(w)
            }
    };
    // One item from `k`: its last token.
    let item = |k: usize| -> Option<usize> {
        if !field_word(k) {
            return None;
        }
        let mut e = k;
        while e + 1 < n && e < k + 2 && field_word(e + 1) {
            e += 1;
        }
        // No name of several words the gazetteer knows ("New Zealand"), no body's head last
        // unless also an everyday word or a field ("Rell Bank"; not "Water Industries").
        let c = lexicon::token_class(toks[e].text(text));
        let field = if e == k {
            class::COMMON | class::TITLE_MODIFIER | class::THING_HEAD
        } else {
            class::TITLE_MODIFIER | class::THING_HEAD
        };
        if c & class::ORG_HEAD != 0 && c & field == 0
            || e > k && lex.gazetteer(&text[toks[k].s()..toks[e].e()]).is_some()
        {
            return None;
        }
        Some(e)
    };
    let mut k = b + 1;
    loop {
        // `k` is a comma.
        let mut next = k + 1;
        let mut last = false;
        if next < n && tok_is(&toks[next], text, "and") {
            // ", and Culture"
            last = true;
            next += 1;
        }
        let e = item(next)?;
        // The last item ends the capitalised words.
        let ends = |e: usize| e + 1 >= n || !capword(&toks[e + 1], text);
        if last {
            return Some(e).filter(|&e| ends(e));
        }
        if e + 1 >= n {
            return None;
        }
        if tok_is(&toks[e + 1], text, "and") {
            return item(e + 2).filter(|&e| ends(e));
        }
        if toks[e + 1].kind == Kind::Punct && toks[e + 1].first == b',' {
            k = e + 1;
            continue;
        }
        return None;
    }
}

/// Title heads that name a post in a body, never a family name: the last word of a run that
/// is a role, not a name ("VFA Director").
fn is_job_title(w: &str) -> bool {
    matches!(
        w,
        "CEO"
            | "Director"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "Officer"
            | "Manager"
            | "Secretary"
            | "Spokesperson"
            | "Spokesman"
            | "Spokeswoman"
            | "Minister"
            | "President"
            | "MP"
            | "PM"
            | "Ambassador"
            | "Commissioner"
            | "Coordinator"
            | "Administrator"
    )
}

/// "Harbour Pilots’ Office", "Ferry Owners' Association": a plural's possessive (a word in -s
/// and a bare apostrophe) inside an organisation's name, whose capitalised words go on to an
/// organisation head within four words ("the Philippines' Ana Ruiz" stays apart).
#[cold]
#[inline(never)]
fn plural_possessive_in_org(toks: &[Tok], text: &str, b: usize, claimed: &[bool]) -> bool {
    let t = &toks[b];
    if !t.text(text).ends_with('s') {
        return false;
    }
    let rest = &text.as_bytes()[t.e()..];
    let ([b'\'', after @ ..] | [0xE2, 0x80, 0x99, after @ ..]) = rest else {
        return false;
    };
    if after.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    org_head_follows(toks, text, b, claimed)
}

/// "Public Prosecutor's Office", "Harbour Magistrate's Court", "Attorney General's Office",
/// "Tolan Women's Association": the possessive of an office holder whose office is a body, or
/// of women, inside an organisation's name, whose capitalised words go on to an organisation
/// head within four words (not "the Minister's Office", nor "the Magistrate's ruling").
#[cold]
#[inline(never)]
fn office_possessive_in_org(toks: &[Tok], text: &str, b: usize, claimed: &[bool]) -> bool {
    if !matches!(
        toks[b].text(text),
        "Prosecutor"
            | "Magistrate"
            | "Magistrates"
            | "General"
            | "Ombudsman"
            | "Comptroller"
            | "Registrar"
            | "Spokesperson"
            | "Women"
    ) {
        return false;
    }
    org_head_follows(toks, text, b, claimed)
}

/// Whether the capitalised words after token `b` (unclaimed, on its line) go on to an
/// organisation's head word within four words: the test of a possessive inside an
/// organisation's name ([`plural_possessive_in_org`], [`office_possessive_in_org`]).
fn org_head_follows(toks: &[Tok], text: &str, b: usize, claimed: &[bool]) -> bool {
    let mut k = b + 1;
    while k < toks.len() && k <= b + 4 && !claimed[k] && !toks[k].line_before {
        if !capword(&toks[k], text) {
            return false;
        }
        if lexicon::token_class(toks[k].text(text)) & class::ORG_HEAD != 0 {
            return true;
        }
        k += 1;
    }
    false
}

/// A lower-case word of five or six ASCII letters that reads as one romanised Chinese or Korean
/// syllable: consonants, then vowels, then nothing, `n` or `ng` ("chung", "sheung", "kyoon";
/// not "class", "level", "based").
fn is_one_syllable(x: &str) -> bool {
    let b = x.as_bytes();
    if !(5..=6).contains(&b.len()) || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut i = 0;
    while i < b.len() && !vowel(b[i]) {
        i += 1;
    }
    if i == 0 || i == b.len() {
        return false;
    }
    while i < b.len() && vowel(b[i]) {
        i += 1;
    }
    matches!(&b[i..], b"" | b"n" | b"ng")
}

/// Split a run and type its parts.
/// `classes` is scratch space for the class bits of the run's tokens.
pub(crate) fn classify_run(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    b: usize,
    classes: &mut Vec<u16>,
    out: &mut Vec<Cand>,
) {
    let text = ctx.text;
    // Each token's word classes, looked up once here instead of by every rule that asks.
    classes.clear();
    classes.extend(
        toks[a..=b]
            .iter()
            .map(|t| lexicon::token_class(t.text(text))),
    );
    let ctx = &Ctx {
        classes,
        class_base: a,
        ..*ctx
    };
    let mut a = a;
    // A leading "The" stripped below: kept when what follows is an organisation and the "The" is
    // capitalised mid-sentence or opens a newspaper's name ("reported The Jerusalem Post").
    let the_at = (a < b && tok_is(&toks[a], text, "The")).then_some(a);
    // Leading stopwords and doubtful sentence-initial words, unless a gazetteer entry starts
    // there ("New Zealand", "Al Jazeera", "The Hague").
    while a <= b {
        let w = toks[a].text(text);
        // Whether a gazetteer entry of several words starts at `a`: asked only of a word that
        // would be stripped, after the bit tests (most runs keep their first word, and the
        // lookup of `gaz_first_words` was made for every run of two words or more).
        // (of a run of two words or more: the callers test `a < b` first, in place, as most
        // stripped words are a one-word run's "The", "But", "He")
        let gaz_starts = || {
            ctx.lex.gaz_first_words.contains(w) && {
                let run_text = &text[toks[a].s()..toks[b].e()];
                let gaz_ends_at_token = |m: lexicon::GazMatch| {
                    toks[a..=b].iter().any(|t| t.e() == toks[a].s() + m.end())
                };
                ctx.lex
                    .find_gaz_at_start(run_text)
                    .is_some_and(gaz_ends_at_token)
            }
        };
        // Asked last: the bit tests below settle most words.
        let doubtful_initial = || {
            // "President Ana Ruiz spoke ...": a title before a short name is the name's role
            // even where the article also writes "the president" (a long run is a Title Case
            // headline: "Baker Wants Town Council Members To Be ...")
            !(ctx.is(toks, a, class::TITLE_HEAD)
                && (b - a <= 4 || title_of_opens_run(toks, text, a, b)))
                && ctx.lex.gazetteer(w).is_none()
                && !ctx.lex.first_names.contains(w)
                && with_lower(w, |l| {
                    // The word itself is noted as a sentence-initial word when the vocabulary
                    // notes it here (`toks` are its region's): then only its lower case is in
                    // question.
                    let noted = toks[a].kind == Kind::Word && initial_word(text, toks, a).is_some();
                    ctx.vocab.is_common(l, noted)
                })
        };
        // "Fortunately Abebe Girma", "Similarly, ...": an adverb opening the sentence.
        let initial_adverb = || {
            w.len() > 4
                && w.ends_with("ly")
                && ctx.lex.gazetteer(w).is_none()
                && !ctx.lex.first_names.contains(w)
        };
        // "Noting Ana Ruiz's remarks, ...", "Asking Tom Hale to wait, ...": a participle opening
        // the sentence (no family name in -ing: "Manning", "Keating"; no title in quotation
        // marks: "“Crossing Lines”"; no body's trade: "Broadcasting Corp", "Mining Company").
        let initial_participle = || {
            w.len() > 5
                && w.ends_with("ing")
                && w.is_ascii()
                && !(a > 0 && toks[a - 1].kind == Kind::Punct)
                && ctx.lex.gazetteer(w).is_none()
                && !ctx.lex.first_names.contains(w)
                && !ctx.lex.surnames.contains(w)
                && !(a + 1..=b).any(|i| ctx.is(toks, i, class::ORG_HEAD | class::COMPANY_SUFFIX))
        };
        let particle = a < b && toks[a + 1].hyphen_before;
        let c = ctx.class(toks, a);
        let (stopword, connector) = (c & class::STOPWORD != 0, lexicon::connector_of(c));
        // The word is stripped when one of the tests holds and no gazetteer entry starts there
        // (the tests are pure: asked in this order, they give what asking the gazetteer first
        // gave). The sentence-initial tests hold only for the first word of a sentence with
        // more after it.
        let strip = if stopword || (connector.is_some() && !is_cap(w) && !particle) {
            !(a < b && gaz_starts()
                || opens_body_name(ctx, toks, a, b)
                || first_nation(toks, text, a, b))
        } else if toks[a].sent_start && a < b {
            !gaz_starts() && (initial_adverb() || initial_participle() || doubtful_initial())
        } else {
            false
        };
        if strip {
            a += 1;
        } else {
            break;
        }
    }
    // Trailing connectors are never part of a name.
    let mut b = b;
    while b >= a && b < toks.len() && toks[b].kind == Kind::Word && ctx.connector(toks, b).is_some()
    {
        if b == 0 {
            return;
        }
        b -= 1;
    }
    // (session 35) "when I reached Tolan Minch I didn't stop", "at the Varo Institute I met":
    // a run's last word "I" before a lower-case word is the pronoun opening the next clause, no
    // regnal number (a rare "Elizabeth I was" loses its numeral, and stays a person).
    if a < b && pronoun_i_last(toks, b) {
        b -= 1;
    }
    if a > b {
        return;
    }
    let before = out.len();
    // "HE Tavel Orrin", "H E Ana Ruiz": "His Excellency" written in capitals before a name.
    if let Some((h, n)) = (a..b)
        .filter(|&i| toks[i].first == b'H')
        .find_map(|i| excellency_at(toks, text, i, b))
    {
        if h > a {
            classify_inner(ctx, toks, a, h - 1, out);
        }
        classify_inner(ctx, toks, h + n, b, out);
        return;
    }
    // "the NGO Varo Kinta", "Tolanese NGO Casa Verde": the word for a non-governmental
    // organisation in capitals before its name is no part of it, and makes the name a body.
    // (Not inside a body's name: "Council of Tolan NGOs".)
    if let Some(k) = (a..b)
        .find(|&i| toks[i].first == b'N' && matches!(w_of(toks, text, i), "NGO" | "NGOs"))
        .filter(|&k| {
            (a..k).all(|i| !ctx.is(toks, i, class::ORG_HEAD) && ctx.connector(toks, i).is_none())
        })
    {
        if k > a {
            classify_inner(ctx, toks, a, k - 1, out);
        }
        let first = out.len();
        classify_inner(ctx, toks, k + 1, b, out);
        let rest = ctx.span(toks, k + 1, b);
        match out.len() - first {
            0 => {
                push(ctx, toks, k + 1, b, Some(Label::Org), MEDIUM, out);
            }
            1 if out[first].span == rest
                && matches!(out[first].label, None | Some(Label::Person | Label::Org))
                && out[first].strength < GAZ =>
            {
                out[first].label = Some(Label::Org);
                out[first].strength = out[first].strength.max(MEDIUM);
            }
            _ => {}
        }
        return;
    }
    classify_inner(ctx, toks, a, b, out);
    if let Some(t) = the_at.filter(|&t| t + 1 == a) {
        // (session 35) "told The Varo Courier", "a survey by The Tolan Herald": a capitalised
        // "The" mid-sentence after "told", or after "by" that follows a word for a report,
        // opens the name of the medium the source spoke to or the body that reported, typed
        // a body even when its words say nothing (a title of a work comes after other words:
        // "the novel The ...", "author of The ...").
        if b - a < 4
            && toks[a..=b].iter().all(|t| t.kind == Kind::Word)
            && reported_to_before(toks, text, t)
        {
            match out.len() - before {
                0 => {
                    push(ctx, toks, a, b, Some(Label::Org), MEDIUM, out);
                }
                1 if out[before].label.is_none() && out[before].span == ctx.span(toks, a, b) => {
                    out[before].label = Some(Label::Org);
                    out[before].strength = out[before].strength.max(MEDIUM);
                }
                _ => {}
            }
        }
        if let Some(c) = out.get_mut(before) {
            let name = &text[c.span.start..c.span.end];
            let last = name.rsplit(' ').next().unwrap_or(name);
            // Mid-sentence: after a lower-case word or a comma ("told The Jordan Times").
            let mid_sentence = t > 0 && {
                let p = &toks[t - 1];
                p.kind == Kind::Word && p.first_byte().is_ascii_lowercase() || tok_is(p, text, ",")
            };
            if c.span.start == toks[a].s()
                && c.strength < GAZ
                && (mid_sentence || lexicon::is_newspaper_head(last))
            {
                c.the_before = u8::try_from(toks[a].s() - toks[t].s()).unwrap_or(0);
            }
        }
    }
}

/// "the New Tolan Bank", "with First Varo Trust Bank", "All Tolan Radio", "the Three Rivers
/// Learning Group" (session 28): a capitalised "New", "Old", "First", "All" or number word that
/// opens a run of three words or more ending in an organisation's head or a legal form is the
/// first word of the body's name, not a stopword to strip. "All" and the numbers only inside a
/// sentence ("Three Tolan Bank managers resigned" opens with a count).
fn opens_body_name(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let w = w_of(toks, ctx.text, a);
    let count = matches!(
        w,
        "All"
            | "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
    );
    (count && !toks[a].sent_start || matches!(w, "New" | "Old" | "First"))
        && a + 2 <= b
        && ctx.is(toks, b, class::ORG_HEAD | class::COMPANY_SUFFIX)
        && toks[a + 1].kind == Kind::Word
        && capword(&toks[a + 1], ctx.text)
        && !ctx.is(toks, a + 1, class::STOPWORD | class::TITLE_HEAD)
        && ctx.connector(toks, a + 1).is_none()
}

/// Words that end the name of a body standing on its own (a school, a party, a bank, a
/// council...), not a field a ministry is "of" ("Renewable Energy", "Public Services").
fn is_body_end(w: &str) -> bool {
    matches!(
        w,
        "University"
            | "College"
            | "Polytechnic"
            | "Institute"
            | "School"
            | "Academy"
            | "Hospital"
            | "Party"
            | "Dal"
            | "Bank"
            | "Company"
            | "Corporation"
            | "Authority"
            | "Commission"
            | "Council"
            | "Agency"
            | "Association"
            | "Federation"
            | "Foundation"
            | "Society"
            | "Union"
            | "League"
            | "Alliance"
            | "Coalition"
            | "Ministry"
            | "Department"
            | "Bureau"
            | "Court"
            | "Tribunal"
            | "Trust"
            | "Club"
            | "Limited"
            | "Ltd"
            | "Inc"
    )
}

/// The "and" of the run `a..=b` that joins two bodies: the left part holds an organisation's
/// head and its "of" or "for" before the "and" ("Tolan University of Arts and Crafts"),
/// the right part is two words or more, opens with a capitalised word and ends in the name of
/// a body standing on its own ("Varo Polytechnic") or holds one with its "of" ("University of
/// Varo"); or the left part ends in such a name ("Tolan Jatiya Dal and Varo People's Party").
/// The last such "and": an "and" inside the left body's field stays.
#[cold]
#[inline(never)]
fn second_body_after_and(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    let text = ctx.text;
    let joins = |k: usize| {
        let first = &toks[k + 1];
        let right_ok = first.kind == Kind::Word
            && capword(first, text)
            && ctx.connector(toks, k + 1).is_none()
            && (is_body_end(w_of(toks, text, b))
                || (k + 1..b)
                    .any(|i| is_body_end(w_of(toks, text, i)) && of_or_for(&toks[i + 1], text)));
        right_ok
            && ((a..k - 1)
                .any(|i| ctx.is(toks, i, class::ORG_HEAD) && of_or_for(&toks[i + 1], text))
                || k - 1 > a && is_body_end(w_of(toks, text, k - 1)))
    };
    (a + 2..b.saturating_sub(1))
        .rev()
        .filter(|&k| matches!(toks[k].text(text), "and" | "&"))
        .find(|&k| joins(k))
}

/// The bracket after a person's name in a roster ("GOALKEEPERS: Tomas Varik (Halden Rovers),
/// Arvo Kask (Tolan City)", "Ana Ruiz (TDP) and Li Wen (KLP) voted"): when a paragraph holds two
/// such pairs or more, each bracket names the body the person plays or sits for (session 28).
/// The candidates from `first` on are the paragraph's; a bracket already typed a place, a
/// people or a date keeps its type, one in capitals with no candidate stays none (a country's
/// code: "(TLN)"), and one of capitalised words with no candidate becomes a body. A bracket
/// opening with an honorific or (of two words or more) a listed given name is the person's
/// other name.
#[cold]
#[inline(never)]
pub(crate) fn roster_affiliations(lex: &Lexicon, text: &str, first: usize, cands: &mut Vec<Cand>) {
    let mut pairs: Vec<Span> = Vec::new();
    for c in &cands[first..] {
        if !matches!(c.label, None | Some(Label::Person)) || c.words < 2 {
            continue;
        }
        // ("Kofi Mensah (Nana Esi Kum)": a person's other name in brackets is no body)
        let Some(inner) = roster_bracket(text, c.span) else {
            continue;
        };
        let s = inner.as_str(text);
        let head = s.split(' ').next().unwrap_or(s);
        if lexicon::is_honorific(head) || s.contains(' ') && lex.first_names.contains(head) {
            continue;
        }
        pairs.push(inner);
    }
    if pairs.len() < 2 {
        return;
    }
    for inner in pairs {
        let found = (first..cands.len()).find(|&i| cands[i].span == inner);
        if let Some(i) = found {
            let c = &mut cands[i];
            if matches!(c.label, None | Some(Label::Person | Label::Org)) && c.strength < GAZ {
                c.label = Some(Label::Org);
                c.strength = STRONG;
            }
        } else {
            let s = inner.as_str(text);
            if !is_all_caps(s) && !cands[first..].iter().any(|c| c.span.overlaps(inner)) {
                let mut c = Cand::new(inner, Some(Label::Org), STRONG);
                c.words = s.split_whitespace().count();
                cands.push(c);
            }
        }
    }
}

/// "Ana Ruiz (ESP)", "Kofi Mensah (GHA)/Ama Owusu (GHA)": a country code in brackets right after
/// a person's name (results, rankings, squads) is the country the person stands for, a place
/// (the gold types it so); it was left untyped or made an acronym of a body. Run once the
/// document has typed its names, headlines included (results lines read as Title Case).
pub(crate) fn country_codes_after_people(text: &str, cands: &mut Vec<Cand>) {
    let n = cands.len();
    for k in 0..n {
        let c = &cands[k];
        if c.label != Some(Label::Person) {
            continue;
        }
        let end = c.span.end;
        let Some(code) = text[end..]
            .strip_prefix(" (")
            .and_then(|r| r.get(..4))
            .and_then(|r| r.strip_suffix(')'))
        else {
            continue;
        };
        if !lexicon::is_country_code(code) {
            continue;
        }
        let span = Span::new(end + 2, end + 5);
        if let Some(i) = cands.iter().position(|o| o.span.overlaps(span)) {
            let o = &mut cands[i];
            if o.span == span && o.strength < USER {
                o.label = Some(Label::Gpe);
                o.strength = STRONG;
                o.canonical = None;
            }
        } else {
            let mut o = Cand::new(span, Some(Label::Gpe), STRONG);
            o.words = 1;
            cands.push(o);
        }
    }
}

/// (session 35) The run `a..=b` ends in "Nation" after a people's name the gazetteer lists or,
/// with a word before them, after "First" ("Varo Lake First Nation"; "First Nation" alone is
/// [`first_nation`]'s), and no word of it is a connector or a title.
fn band_nation(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let text = ctx.text;
    if toks[b].text(text) != "Nation" || toks[b].hyphen_before {
        return false;
    }
    let p = toks[b - 1].text(text);
    let people = if p == "First" {
        b - 1 > a
    } else {
        ctx.lex.gazetteer(p).is_some_and(|e| e.label == Label::Norp)
    };
    people
        && (a..b).all(|i| {
            toks[i].kind == Kind::Word
                && ctx.connector(toks, i).is_none()
                && !ctx.is(toks, i, TITLE_WORD)
        })
}

/// The run `a..=b` is "First Nation" and nothing else: the singular of the gazetteer's "First
/// Nations" (NORP), which the gold types alike ("the First Nation said"); the stopword "First"
/// stays. A longer run is a band's name ("Varo Lake First Nation"), left to the other rules.
fn first_nation(toks: &[Tok], text: &str, a: usize, b: usize) -> bool {
    a + 1 == b
        && toks[a].first == b'F'
        && toks[a].text(text) == "First"
        && toks[b].text(text) == "Nation"
        && !toks[b].hyphen_before
}

/// The words in brackets right after the person's name at `span`, when the pair stands as an
/// item of a list: the name opens its line or follows a comma, a colon or "and"; the bracket
/// holds one to four words, the first capitalised, no digit; a comma, a semicolon, a full stop,
/// "and" or the line's end follows it.
fn roster_bracket(text: &str, span: Span) -> Option<Span> {
    let before = text[..span.start].trim_end_matches(' ');
    let opens_item = before.is_empty()
        || before.ends_with(['\n', '\r', ',', ':', ';'])
        || before.ends_with(" and");
    if !opens_item {
        return None;
    }
    let rest = text[span.end..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    if inner.is_empty()
        || inner.len() > 40
        || !inner.chars().next().is_some_and(char::is_uppercase)
        || inner
            .contains(|c: char| c.is_ascii_digit() || matches!(c, '\n' | '\r' | ',' | '(' | ':'))
        || inner.split_whitespace().count() > 4
        || inner.trim() != inner
    {
        return None;
    }
    let after = &rest[close + 1..];
    let closes_item = after.is_empty()
        || after.starts_with([',', ';', '.', '\n', '\r'])
        || after.starts_with(" and ");
    let start = span.end + 2;
    closes_item.then(|| Span::new(start, start + inner.len()))
}

/// "HE" or "H E" (the Gulf press's "His Excellency") at token `i`, before a word in Title Case
/// within the run `..=b`: its token and length.
#[cold]
#[inline(never)]
fn excellency_at(toks: &[Tok], text: &str, i: usize, b: usize) -> Option<(usize, usize)> {
    let title_case = |j: usize| {
        j <= b && toks[j].kind == Kind::Word && {
            let x = toks[j].text(text).as_bytes();
            x.len() >= 2 && x[0].is_ascii_uppercase() && x[1].is_ascii_lowercase()
        }
    };
    let n = match toks[i].text(text) {
        "HE" => 1,
        "H" if i < b && tok_is(&toks[i + 1], text, "E") => 2,
        _ => return None,
    };
    title_case(i + n).then_some((i, n))
}

/// `f` of `w` lower-cased ([`str::to_lowercase`]), in a buffer on the stack for a short ASCII
/// word (most words) instead of a new `String`.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(buf) {
            return f(l);
        }
    }
    f(&w.to_lowercase())
}

fn push(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    b: usize,
    label: Option<Label>,
    strength: u8,
    out: &mut Vec<Cand>,
) -> usize {
    let mut c = Cand::new(ctx.span(toks, a, b), label, strength);
    c.words = toks[a..=b]
        .iter()
        .filter(|t| t.kind == Kind::Word && !t.hyphen_before)
        .count();
    c.sent_start = toks[a].sent_start;
    if a > 0 {
        let prep = toks[a - 1].text(ctx.text);
        // "joined Harbourline from Maersk": "from" after a move between employers.
        let employer_move = prep == "from"
            && a > 2
            && matches!(
                toks[a - 3].text(ctx.text),
                "joined"
                    | "joins"
                    | "hired"
                    | "poached"
                    | "moved"
                    | "came"
                    | "defected"
                    | "switched"
                    | "transferred"
                    | "recruited"
                    | "arrived"
                    | "signed"
            );
        c.place_prep = is_place_prep(prep) && !employer_move;
    }
    out.push(c);
    out.len() - 1
}

fn push_gaz(
    ctx: &Ctx,
    toks: &[Tok],
    a: usize,
    b: usize,
    e: &lexicon::GazEntry,
    out: &mut Vec<Cand>,
) {
    // "Sichuan province": the division's word in lower case after a place is part of its name
    // (the entity's name stays the place's).
    // (the rare word first: a test of the label at every place was a mispredicted branch)
    let province = toks
        .get(b + 1)
        .is_some_and(|t| t.first == b'p' && t.text(ctx.text) == "province" && !t.line_before)
        && e.label == Label::Gpe;
    let i = push(
        ctx,
        toks,
        a,
        b + usize::from(province),
        Some(e.label),
        GAZ,
        out,
    );
    if e.canonical != e.name || province {
        out[i].canonical = Some(e.canonical);
    }
    // "Vientiane, Laos": a capital followed by a place is a place.
    let followed_by_place = toks.get(b + 1).is_some_and(|t| t.text(ctx.text) == ",")
        && toks.get(b + 2).is_some_and(|t| {
            ctx.lex
                .gazetteer(t.text(ctx.text))
                .is_some_and(|g| g.label == Label::Gpe)
        });
    if !followed_by_place {
        out[i].capital_of = e.capital_of;
    }
}

fn has_weak_and(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    (a..=b).find(|&i| {
        matches!(
            toks[i].text(ctx.text),
            "and" | "&" | "the" | "in" | "on" | "for"
        )
    })
}

/// Classify the run `from..=b` after skipping the connector words ("and", "of", "the") it opens
/// with: the right-hand part of a run split at a connector.
fn classify_after_connectors(ctx: &Ctx, toks: &[Tok], from: usize, b: usize, out: &mut Vec<Cand>) {
    let mut k = from;
    // (a capitalised strong connector opens the name after it: "Ann Ruiz and Al Roker")
    while k <= b
        && match ctx.connector(toks, k) {
            Some(strong) => !(strong && toks[k].is_cap(ctx.text)),
            None => false,
        }
    {
        k += 1;
    }
    if k <= b {
        if title_and_of_before(ctx, toks, k) && title_field_then_name(ctx, toks, k, b, out) {
            return;
        }
        classify_inner(ctx, toks, k, b, out);
    }
}

/// Whether token `b` is the word "I" with a lower-case word right after it (see
/// [`classify_run`]). The first byte settles most runs' last tokens.
fn pronoun_i_last(toks: &[Tok], b: usize) -> bool {
    toks[b].first == b'I'
        && toks[b].e() - toks[b].s() == 1
        && !toks[b].possessive
        && toks.get(b + 1).is_some_and(|t| {
            t.kind == Kind::Word && t.first.is_ascii_lowercase() && !t.hyphen_before
        })
}

/// Whether the words before the "The" at `t` are "told" or a report's "by" ("cited by", "a
/// survey by"): see [`classify_run`].
fn reported_to_before(toks: &[Tok], text: &str, t: usize) -> bool {
    t > 0
        && toks[t - 1].kind == Kind::Word
        && match toks[t - 1].text(text) {
            "told" => true,
            "by" => {
                t > 1 && {
                    matches!(
                        toks[t - 2].text(text),
                        "cited"
                            | "quoted"
                            | "reported"
                            | "published"
                            | "conducted"
                            | "commissioned"
                            | "interviewed"
                            | "survey"
                            | "poll"
                            | "report"
                            | "investigation"
                            | "analysis"
                    )
                }
            }
            _ => false,
        }
}

/// (session 35) "Minister of Foreign Affairs Tavel Orrin met ...": a title with its lower-case
/// "of" or "for" right after it opens a longer run at a sentence's start (a Title Case headline
/// writes "Of"), so the title is no doubtful sentence-initial word even where the article also
/// writes "the minister": stripped, it left the field and the holder's name one body.
fn title_of_opens_run(toks: &[Tok], text: &str, a: usize, b: usize) -> bool {
    a + 2 < b && of_or_for(&toks[a + 1], text)
}

/// Whether a title and its "of" or "for" stand right before token `k`, or before a "the" there:
/// "Minister of |", "President of the |".
fn title_and_of_before(ctx: &Ctx, toks: &[Tok], k: usize) -> bool {
    let Some(mut j) = k.checked_sub(1) else {
        return false;
    };
    if j >= 2 && tok_is(&toks[j], ctx.text, "the") {
        j -= 1;
    }
    j >= 1
        && of_or_for(&toks[j], ctx.text)
        && (ctx.is(toks, j - 1, class::TITLE_HEAD) || toks[j - 1].text(ctx.text) == "Head")
}

/// Whether token `i` is a word that may be part of a person's name after a title or an
/// acronym ([`title_field_then_name`], [`acronym_then_name`]): no connector, and no everyday,
/// organisation, thing, place or title word.
fn plain_name_word(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    toks[i].kind == Kind::Word
        && ctx.connector(toks, i).is_none()
        && !ctx.is(
            toks,
            i,
            class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD | TITLE_WORD,
        )
}

/// (session 29) "TR Varanth", "KP Olanrewaju": capitals run together before a plain name are a
/// person's initials (the South Asian press writes them so) when the document never writes
/// them without that name after them (a body's acronym stands alone somewhere: "TRT Haber" and
/// "TRT") and they are no listed name or common acronym; the caller leaves out a name after
/// "the" ("the USS Tolan", a ship; "the UAQ Ruler", a post) and one before a word ("the new
/// TRV Olanwick plant": a body), taking only a name before a comma, a stop or "and". One search
/// of the text for each such two-word run.
fn initials_never_alone(ctx: &Ctx, initials: &str, name: &str) -> bool {
    // (Sports clubs' prefixes: "CR Varo", "FC Tolan", "JS Halden".)
    if !(2..=3).contains(&initials.len())
        || matches!(
            initials,
            "FC" | "AC"
                | "AS"
                | "CA"
                | "CD"
                | "CF"
                | "CR"
                | "CS"
                | "ES"
                | "JS"
                | "MC"
                | "RC"
                | "SC"
                | "SD"
                | "SV"
                | "UD"
                | "US"
                | "USM"
                | "SK"
                | "FK"
                | "BK"
                | "IF"
        )
        || lexicon::is_common_acronym(initials)
        || ctx.lex.gazetteer(initials).is_some()
    {
        return false;
    }
    let text = ctx.text;
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, initials.as_bytes()).all(|p| {
        let end = p + initials.len();
        let word_before = p > 0 && bytes[p - 1].is_ascii_alphanumeric();
        let word_after = bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        word_before
            || word_after
            || text[end..]
                .strip_prefix(' ')
                .and_then(|r| r.strip_prefix(name))
                .is_some_and(|r| !r.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric))
    })
}

/// "Minister of Coastal Affairs Tomas Varga", "Director of Fisheries Ana Lim Kar-wai", "CEO of
/// ACX Hassan Tarek", "Commissioner for Inland Waters Ana Ruiz": after a title and its "of" or
/// "for" (`a` the token after it), the field or the body of the post, then the holder's name
/// (two to four plain words, no listed place or body among them). The holder is a person; a
/// body named by an acronym or a listed name before it is typed alone, a field ("Foreign
/// Affairs", "Fisheries") belongs to the title. `false`: no such name, nothing pushed.
#[cold]
#[inline(never)]
fn title_field_then_name(ctx: &Ctx, toks: &[Tok], a: usize, b: usize, out: &mut Vec<Cand>) -> bool {
    let text = ctx.text;
    let plain = |i: usize| {
        let x = toks[i].text(text);
        plain_name_word(ctx, toks, i)
            && !(x.len() >= 2 && is_all_caps(x))
            && ctx.lex.gazetteer(x).is_none()
    };
    let Some(last_field) = (a..=b).rev().find(|&i| !toks[i].hyphen_before && !plain(i)) else {
        return false;
    };
    // ("Director of Tolan Research Institute Dr. Ana Lim": the title rule's)
    if (a..=last_field).any(|i| ctx.is(toks, i, class::TITLE_HEAD)) {
        return false;
    }
    let mut p = last_field + 1;
    if matches!(toks[last_field].text(text), "and" | "&") {
        // "Minister of Trade and Coastal Industry Tomas Varga": a field goes on past its "and",
        // so the name starts after one word at least: at a listed first name, else it is the
        // last two words.
        let starts = |i: usize| toks[i].kind == Kind::Word && !toks[i].hyphen_before;
        let first =
            (p + 1..=b).find(|&i| starts(i) && ctx.lex.first_names.contains(toks[i].text(text)));
        let last_two = (p + 1..=b).rev().filter(|&i| starts(i)).nth(1);
        match first.or(last_two) {
            Some(q) => p = q,
            None => return false,
        }
    }
    let name_words = (p..=b)
        .filter(|&i| toks[i].kind == Kind::Word && !toks[i].hyphen_before)
        .count();
    if p > b || toks[p].hyphen_before || !(2..=4).contains(&name_words) {
        return false;
    }
    let name = &text[toks[p].s()..toks[b].e()];
    if ctx.lex.find_gaz_iter(name).next().is_some() {
        return false;
    }
    let field = &text[toks[a].s()..toks[p - 1].e()];
    if ctx.lex.gazetteer(field).is_some()
        || (a + 1 == p && is_all_caps(field))
        || ctx.is(toks, p - 1, class::ORG_HEAD | class::COMPANY_SUFFIX)
    {
        classify_inner(ctx, toks, a, p - 1, out);
    }
    let i = push(ctx, toks, p, b, Some(Label::Person), STRONG, out);
    out[i].sent_start = false;
    true
}

fn classify_inner(ctx: &Ctx, toks: &[Tok], a: usize, b: usize, out: &mut Vec<Cand>) {
    let text = ctx.text;
    let span_text = &text[toks[a].s()..toks[b].e()];
    let w = |i: usize| toks[i].text(text);
    // "Miss Varenia", "Miss Teen Varenia": a beauty pageant named after a country, no woman.
    if a < b && toks[a].first == b'M' && w(a) == "Miss" && miss_country(ctx, toks, a, b) {
        push(ctx, toks, a, b, Some(Label::Org), MEDIUM, out);
        return;
    }
    // 1. The whole run is a gazetteer entry.
    if let Some(e) = ctx.lex.gazetteer(span_text) {
        push_gaz(ctx, toks, a, b, e, out);
        return;
    }
    // (session 35) "Okemasis Cree Nation", "the Tolan Lake First Nation": a people's name (or
    // "First") before a capitalised "Nation" ends a band's name, one body with the words before.
    if a < b && toks[b].first == b'N' && band_nation(ctx, toks, a, b) {
        push(ctx, toks, a, b, Some(Label::Org), MEDIUM, out);
        return;
    }
    // (session 29) "the First Nation": one of the "First Nations", a people like them.
    if first_nation(toks, text, a, b) {
        push(ctx, toks, a, b, Some(Label::Norp), GAZ, out);
        return;
    }
    // (session 28) "Punta Tolan National Park", "Mount Varo Game Reserve": a protected
    // area's two-word designator last makes the whole run one place, whatever its words
    // name alone (a company, a mountain, a given name).
    if b >= a + 2 && protected_area_end(w(b - 1), w(b)) && plain_name_words(ctx, toks, a, b - 2) {
        push(ctx, toks, a, b, Some(Label::Loc), MEDIUM, out);
        return;
    }
    // "KUALA LUMPUR, July 26": a place of several words in capitals (datelines).
    if a < b
        && toks[a]
            .text(text)
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_uppercase)
        && toks[a..=b]
            .iter()
            .all(|t| t.kind == Kind::Word && is_all_caps(t.text(text)))
    {
        if let Some(e) = with_title_case(span_text, |t| ctx.lex.gazetteer(t))
            .filter(|e| matches!(e.label, Label::Gpe | Label::Loc))
        {
            let i = push(ctx, toks, a, b, Some(e.label), GAZ, out);
            out[i].canonical = Some(e.canonical);
            return;
        }
    }
    // "State of Qatar", "Republic of Korea", "City of Windhoek": the place itself.
    if let Some(k) = (a + 1..b).find(|&i| tok_is(&toks[i], text, "of")) {
        let head = &text[toks[a].s()..toks[k - 1].e()];
        let place = &text[toks[k + 1].s()..toks[b].e()];
        if lexicon::is_polity_head(head) {
            if let Some(e) = ctx.lex.gazetteer(place).filter(|e| e.label == Label::Gpe) {
                let i = push(ctx, toks, a, b, Some(Label::Gpe), GAZ, out);
                out[i].canonical = Some(e.canonical);
                return;
            }
        }
        if k == a + 1 {
            // "Port of Elston": a facility, which like an airport is none of the labels (nor
            // are its pieces).
            if head == "Port" {
                return;
            }
            if let Some(label) = place_of_head(ctx, toks, head, k + 1, b) {
                push(ctx, toks, a, b, Some(label), MEDIUM, out);
                return;
            }
        }
    }
    // "VFA Director", "Harbour Council Chairman", "Executive Officer": a job title last, with
    // no name after it, names the holder's role; the name before the title phrase is the body
    // the holder serves, typed alone, and a title phrase alone is no one (a first name first
    // keeps a person: "Peter King"; a title after "of" is part of the body's name: "Office of
    // the Prime Minister").
    if a < b && ctx.is(toks, b, class::TITLE_HEAD) && is_job_title(w(b)) && !ctx.first_name(w(a)) {
        let mut p = b;
        while p > a && ctx.is(toks, p - 1, TITLE_WORD) {
            p -= 1;
        }
        if p == a || ctx.connector(toks, p - 1).is_none() {
            if p > a {
                classify_inner(ctx, toks, a, p - 1, out);
            }
            return;
        }
    }
    // "Tolan Inland Port", "Varo Nuclear Power Plant", "Tolan Museum", "Varo Bay Resort": a
    // facility named after a place or a body is, like an airport, none of the labels, nor are
    // its pieces (session 27; "Tolan Port Authority" ends in a body's head and stays one).
    if a < b && is_facility_head(w(b)) {
        return;
    }
    // 2. Organisation: a head word at the end ("Treasury Department"), or a head word followed
    // by "of" ("Ministry of Health", "Bank of England").
    let org_end = ctx.is(toks, b, class::ORG_HEAD) && (a < b || ctx.is(toks, b, class::BARE_ORG))
        // "Hong Kong Mortgage Corporation Limited", "Mistry Ventures LLP", "Huawei Technologies
        // Co": a legal form last ("Holding" is also a family name)
        || a < b
            && ctx.is(toks, b, class::COMPANY_SUFFIX)
            && !(w(b) == "Co" && toks.get(b + 1).is_some_and(|t| t.hyphen_before));
    // ... or by "for" ("Agency for Civil Aviation", "Research Unit for Indigenous Languages").
    let org_of = (a..b).any(|i| ctx.is(toks, i, class::ORG_HEAD) && of_or_for(&toks[i + 1], text));
    if org_end || org_of {
        // "Ana Ruiz of Tolan Shipping", "Dr Ana Ruiz of the University of Varen": a person's
        // name (a listed given name first, after an honorific if any, and no organisation,
        // place or everyday word) and "of" before the body are the person and the body.
        if let Some(k) = (a + 2..b).find(|&i| tok_is(&toks[i], text, "of")) {
            let p = if lexicon::is_honorific(w(a)) {
                a + 1
            } else {
                a
            };
            let person = k >= p + 2
                && k <= p + 4
                && ctx.lex.first_names.contains(w(p))
                && (p..k).all(|i| {
                    toks[i].kind == Kind::Word
                        && is_cap(w(i))
                        && !ctx.is(
                            toks,
                            i,
                            class::COMMON
                                | class::ORG_HEAD
                                | class::PLACE_HEAD
                                | class::STOPWORD
                                | TITLE_WORD,
                        )
                        && ctx.connector(toks, i).is_none()
                });
            if person {
                classify_inner(ctx, toks, a, k - 1, out);
                classify_after_connectors(ctx, toks, k + 1, b, out);
                return;
            }
        }
        // "Executive Director of the Harbour Fishing Association", "Chairman of the
        // Board": a title and its "of" before the organisation are the holder's role, not part
        // of the body's name (two words at most before the title head, none of them a head).
        // "Member of Parliament", "Members of the Assembly" (session 27): a seat is a post
        // too, and the one word after it names the house only as part of the post (the place
        // of "Member of Parliament for Tolan" is typed alone).
        let member = |i: usize| matches!(w(i), "Member" | "Members");
        if let Some(h) = (a..b).find(|&i| {
            (ctx.is(toks, i, class::TITLE_HEAD) || member(i)) && of_or_for(&toks[i + 1], text)
        }) {
            if h - a <= 2
                && (a..=h).all(|i| {
                    toks[i].kind == Kind::Word
                        && !ctx.is(toks, i, class::ORG_HEAD)
                        && ctx.connector(toks, i).is_none()
                })
            {
                let mut k = h + 2;
                if k < b && tok_is(&toks[k], text, "the") {
                    k += 1;
                }
                if member(h) && k == b {
                    return;
                }
                // "Member of Parliament for Tolan": the seat's place after "for" is typed alone.
                if member(h) && k + 1 < b && tok_is(&toks[k + 1], text, "for") {
                    classify_inner(ctx, toks, k + 2, b, out);
                    return;
                }
                if k <= b {
                    classify_inner(ctx, toks, k, b, out);
                    return;
                }
            }
        }
        // "Head of the Tolan Projects Department", "Operations of Tolan World Group": words
        // with no organisation's head before "of" and a body named whole after it are no part
        // of the body's name (session 25).
        // Once: the body's own name may read so ("Lead Engineer of the Tidal Mapping of
        // Coastal Systems").
        // A person's name before "of" ("Mr. Hale of the Varo Club", "Ana Ruiz of the Tolan
        // Club", "Dana Varsi of the Tolan Group": an honorific, a listed given name first, or
        // a listed family name last after a word that is no title) is the person's.
        if let Some(k) = thing_of_body(ctx, toks, a, b, org_end) {
            let of = if tok_is(&toks[k - 1], text, "the") {
                k - 2
            } else {
                k - 1
            };
            if lexicon::is_honorific(w(a))
                || ctx.lex.first_names.contains(w(a))
                || of - 1 > a
                    && !ctx.is(toks, a, TITLE_WORD)
                    && ctx.lex.surnames.contains(w(of - 1))
                || plain_name_before_of(ctx, toks, a, of)
            {
                classify_inner(ctx, toks, a, of - 1, out);
            }
            if thing_of_body(ctx, toks, k, b, org_end).is_some() {
                push(ctx, toks, k, b, Some(Label::Org), MEDIUM, out);
            } else {
                classify_inner(ctx, toks, k, b, out);
            }
            return;
        }
        // Split "Russia and the Foreign Ministry" at "and" when the left part is a known place.
        if let Some(k) = has_weak_and(ctx, toks, a, b) {
            if k > a && (w(k) == "and" || w(k) == "&") {
                let left = &text[toks[a].s()..toks[k - 1].e()];
                // "Eastport Harbor Authority and Trident Shipping Inc.": two organisations.
                let left_is_org = k - 1 > a
                    && (ctx.is(toks, k - 1, class::ORG_HEAD)
                        || lexicon::is_company_suffix(w(k - 1)));
                // "Ministry of Fisheries and Coastal Affairs": an "and" after the
                // head's "of" or "for" joins what the body is of, unless what follows has a head
                // of its own ("University of Lagos and Ashesi University").
                let inside_of_phrase = || {
                    (a + 1..k)
                        .any(|i| of_or_for(&toks[i], text) && ctx.is(toks, i - 1, class::ORG_HEAD))
                        && !(k + 1..=b).any(|i| {
                            ctx.is(toks, i, class::ORG_HEAD) || lexicon::is_company_suffix(w(i))
                        })
                };
                // "Latin American and Caribbean Housing Institute": a people's adjective before
                // "and" is part of the name.
                let left_place = ctx
                    .lex
                    .gazetteer(left)
                    .is_some_and(|e| e.label != Label::Norp);
                // "TVR and Harbour Shipping Ltd": an acronym before "and" is a body of its own.
                let left_acronym = || {
                    k == a + 1
                        && is_acronym_shape(w(a).as_bytes())
                        && !lexicon::is_common_acronym(w(a))
                };
                if (left_place || left_is_org && !inside_of_phrase())
                    || k + 1 > b
                    || left_acronym() && !inside_of_phrase()
                {
                    classify_inner(ctx, toks, a, k - 1, out);
                    classify_after_connectors(ctx, toks, k + 1, b, out);
                    return;
                }
            }
        }
        // "Tolan University of Arts and Crafts and Varo Polytechnic", "Ministry of Health
        // and Tolan Medical Council": a body named with its head's "of" or "for", then "and" and
        // a second body with a head of its own, are two (session 28).
        if let Some(k) = second_body_after_and(ctx, toks, a, b) {
            classify_inner(ctx, toks, a, k - 1, out);
            classify_after_connectors(ctx, toks, k + 1, b, out);
            return;
        }
        // "Cabinet of Prime Minister Ana Ruiz", "Foreign Ministry spokesman"-like runs: an
        // organisation, a title, then a short name with no organisation word is the
        // organisation and a person.
        if let Some(h) = (a + 1..b)
            .rev()
            .find(|&i| ctx.is(toks, i, class::TITLE_HEAD) && !ctx.is(toks, i + 1, TITLE_WORD))
        {
            let name_plain = b - h <= 3
                && (h + 1..=b).all(|i| {
                    toks[i].kind == Kind::Word
                        && !ctx.is(toks, i, class::ORG_HEAD | class::STOPWORD)
                        && ctx.connector(toks, i).is_none()
                });
            if name_plain
                && (a..h).any(|i| ctx.is(toks, i, class::ORG_HEAD))
                && ctx
                    .lex
                    .gazetteer(&text[toks[h + 1].s()..toks[b].e()])
                    .is_none()
            {
                let mut p = h;
                while p > a && ctx.is(toks, p - 1, TITLE_WORD) {
                    p -= 1;
                }
                let mut e = p;
                while e > a && ctx.connector(toks, e - 1).is_some() {
                    e -= 1;
                }
                if e > a {
                    classify_inner(ctx, toks, a, e - 1, out);
                    let i = push(ctx, toks, h + 1, b, Some(Label::Person), STRONG, out);
                    out[i].role = Some(Span::new(toks[p].s(), toks[h].e()));
                    out[i].sent_start = false;
                    return;
                }
            }
        }
        // A title before an organisation is not part of it, except title words that belong to
        // the name itself; keep the run whole.
        let i = push(ctx, toks, a, b, Some(Label::Org), STRONG, out);
        if org_end && a < b && matches!(w(b), "Ltd." | "Inc." | "Corp." | "Co.") {
            out[i].legal_point = true;
        }
        return;
    }
    // "Coastal Road Initiative", "Harbour Cup", "Port Elston
    // International Airport": an event, a plan, a law or a facility named after a place
    // or a body is none of its pieces.
    if a < b
        && ctx.is(toks, b, class::THING_HEAD)
        && is_named_thing_head(w(b))
        && !surname_day(ctx, toks, a, b)
    {
        // ("and Qatar the Asian Games": a bare "the" starts the thing's name)
        if let Some(k) = (a + 1..b)
            .rev()
            .find(|&i| tok_is(&toks[i], text, "the") && !of_or_for(&toks[i - 1], text))
        {
            classify_inner(ctx, toks, a, k - 1, out);
        }
        return;
    }
    // 3. Weak connectors ("and", "of", "the") outside organisations split the run.
    if let Some(k) = (a..=b).find(|&i| {
        toks[i].kind == Kind::Word && ctx.connector(toks, i) == Some(false)
            || tok_is(&toks[i], text, "&")
    }) {
        if k > a {
            classify_inner(ctx, toks, a, k - 1, out);
        }
        classify_after_connectors(ctx, toks, k + 1, b, out);
        return;
    }
    // 4. Titles: "President Ana Ruiz", "Jordanian Crown Prince Hamid bin Aziz".
    if let Some(h) = (a..b)
        .rev()
        .find(|&i| ctx.is(toks, i, class::TITLE_HEAD) && !ctx.is(toks, i + 1, class::TITLE_HEAD))
    {
        let mut p = h;
        while p > a && ctx.is(toks, p - 1, TITLE_WORD) {
            p -= 1;
        }
        // (session 30) "Chief Executive Ana Ruiz": title words after the last title head
        // ("Executive", "General") are the title's too, when a name follows them.
        let mut name_start = h + 1;
        while name_start < b
            && ctx.is(toks, name_start, TITLE_WORD)
            && !ctx.first_name(w(name_start))
            && toks[name_start].kind == Kind::Word
        {
            name_start += 1;
        }
        let rest = &text[toks[name_start].s()..toks[b].e()];
        // "Gen Z", "Gen Xers": a generation, not a general.
        if w(h) == "Gen" && name_start == b && is_generation_letter(rest) {
            if p > a {
                classify_inner(ctx, toks, a, p - 1, out);
            }
            return;
        }
        // (session 30) "Chief Executive", "Chief Guest", "General Public", "head Priest": one
        // word after the title that is itself a title word or a noun for a post or a person is
        // the rest of the title, no one's name.
        if name_start == b && post_noun(ctx, toks, b) {
            if p > a {
                classify_inner(ctx, toks, a, p - 1, out);
            }
            return;
        }
        if ctx.lex.gazetteer(rest).is_none() {
            if p > a {
                classify_inner(ctx, toks, a, p - 1, out);
            }
            let i = push(ctx, toks, name_start, b, Some(Label::Person), STRONG, out);
            // The role: the title phrase, with a place or group word before it; honorifics
            // alone ("Mr.", "Dr") describe no one.
            let mut role_start = if p > a { a } else { p };
            // with the first parts of a compound the run leaves out ("Editor-in-Chief")
            while role_start > 0
                && toks[role_start].hyphen_before
                && toks[role_start - 1].kind == Kind::Word
            {
                role_start -= 1;
            }
            // (session 23) and a capitalised title word right before the run, which the run
            // left out as a sentence's first word the article also writes in lower case ("Vice
            // President Ann Roe ... The vice president will": the role was "President")
            if role_start == a
                && a > 0
                && toks[a - 1].kind == Kind::Word
                && toks[a - 1].e() + 1 == toks[a].s()
                && text.as_bytes()[toks[a - 1].e()] == b' '
                && text[toks[a - 1].s()..].starts_with(|ch: char| ch.is_uppercase())
                && ctx.is(toks, a - 1, TITLE_WORD)
            {
                role_start = a - 1;
            }
            if !(role_start == h && lexicon::is_honorific(w(h))) {
                out[i].role = Some(Span::new(toks[role_start].s(), toks[name_start - 1].e()));
            }
            out[i].sent_start = false;
            return;
        }
    }
    // "South American", "West African": a compass word before a people's name is a group of
    // peoples (the gazetteer's "South America" would otherwise hide "American").
    if a + 1 == b
        && is_compass(w(a))
        && ctx
            .lex
            .gazetteer(w(b))
            .is_some_and(|e| e.label == Label::Norp)
    {
        push(ctx, toks, a, b, Some(Label::Norp), STRONG, out);
        return;
    }
    // 5. Gazetteer entries inside the run: "U.S. Middle East", "US-Russia".
    if a < b && !ctx.first_name(w(a)) {
        let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
        for m in ctx.lex.find_gaz_iter(span_text) {
            let (s, e) = (toks[a].s() + m.start(), toks[a].s() + m.end());
            let ta = (a..=b).find(|&i| toks[i].s() == s);
            let tb = (a..=b).find(|&i| toks[i].e() == e);
            if let (Some(ta), Some(tb)) = (ta, tb) {
                pieces.push((ta, tb, m.index()));
            }
        }
        // "West Europe", "North Idaho": compass words before one place name a part of it, also
        // those that are family names ("West", "South"), which keep the next test from seeing it.
        // A region word that is listed itself (a province named "Southern") is no place of its
        // own before another place: "Southern Varen", "Central Tolan".
        let lead = pieces
            .iter()
            .take_while(|&&(ta, tb, _)| ta == tb && ctx.is(toks, ta, class::REGION))
            .count();
        let last_places = if lead < pieces.len() {
            &pieces[lead..]
        } else {
            &pieces[..]
        };
        if let [(ta, tb, pat)] = last_places[..] {
            let label = ctx.lex.gaz[pat].label;
            if ta > a
                && tb == b
                && matches!(label, Label::Gpe | Label::Loc)
                && (a..ta).all(|i| ctx.is(toks, i, class::REGION))
            {
                push(ctx, toks, a, b, Some(label), MEDIUM, out);
                return;
            }
            if ta == a && tb + 1 == b && matches!(label, Label::Gpe | Label::Loc) {
                if let Some(label) = place_kind_head(ctx, toks, b) {
                    push(ctx, toks, a, b, Some(label), MEDIUM, out);
                    return;
                }
            }
        }
        if b > a && lead > 0 {
            // ... nor when other words follow it ("Central Harbour Authority").
            pieces.drain(..lead);
        }
        if !pieces.is_empty() {
            // "Movistar Venezuela", "Bangladesh Railway": a place with unknown words that are no
            // person's names is an organisation named after the place.
            let covered: usize = pieces.iter().map(|&(ta, tb, _)| tb + 1 - ta).sum();
            let one_place = pieces.len() == 1 && ctx.lex.gaz[pieces[0].2].label == Label::Gpe;
            let leftovers_plain = (a..=b)
                .filter(|&i| !pieces.iter().any(|&(ta, tb, _)| ta <= i && i <= tb))
                .all(|i| {
                    let x = w(i);
                    toks[i].kind == Kind::Word
                        && is_cap(x)
                        && !ctx.lex.first_names.contains(x)
                        && !ctx.lex.surnames.contains(x)
                        && !ctx.is(toks, i, TITLE_WORD | class::STOPWORD)
                        && !lexicon::never_alone_of(x, ctx.class(toks, i))
                });
            if one_place
                && pieces[0].0 == a
                && pieces[0].1 == a
                && b - a <= 2
                && matches!(
                    w(a),
                    "Van" | "Von" | "De" | "Del" | "Da" | "Di" | "Du" | "Dos"
                )
                && leftovers_plain
                && (a + 1..=b).all(|i| !ctx.is(toks, i, class::PLACE_HEAD | class::COMMON))
            {
                // "Van Loon", "Van Dorsten": a name particle that also names a place opens a
                // family name.
                push(ctx, toks, a, b, Some(Label::Person), WEAK, out);
                return;
            }
            if one_place
                && pieces[0].0 == a
                && pieces[0].1 == a
                && a + 1 == b
                && leftovers_plain
                && !ctx.is(toks, b, class::PLACE_HEAD | class::COMMON)
                && (a > 0 && {
                    let p = w(a - 1);
                    lexicon::is_honorific(p) || is_role_noun(p)
                } || toks
                    .get(b + 1)
                    .is_some_and(|t| is_speech_verb(t.text(text)))
                    || lexicon::is_place_given_name(w(a)) && appositive_after(text, toks[b].e()))
            {
                // "Dr Stanley Varo", "Sofia Tamm said": a place that is also a given name, then
                // one plain word, with a person's title before or a verb of saying after; or,
                // for the places that are common given names, an appositive after ("Sofia
                // Tamm, a nurse", "Sofia Tamm, 34,": session 27).
                push(ctx, toks, a, b, Some(Label::Person), MEDIUM, out);
                return;
            }
            if one_place && a + 1 == b && pieces[0].0 == a && pieces[0].1 == a && {
                let x = w(b);
                // (not a place in capitals: "US Dollar")
                w(a).as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)
                    && toks[b].kind == Kind::Word
                    && is_cap(x)
                    && !ctx.is(toks, b, class::PLACE_HEAD | class::COMMON | TITLE_WORD)
                    && ctx.lex.surnames.contains(x)
                    && ctx.lex.gazetteer(x).is_none()
            } {
                // "Orla Brennick" where the given name is also a town's: a place with one listed
                // family name after it is a person's full name.
                push(ctx, toks, a, b, Some(Label::Person), MEDIUM, out);
                return;
            }
            if one_place && covered <= b - a && leftovers_plain {
                // "Ehime Prefecture", "Volta Lake", "Lake Nicaragua": a place word with the place
                // makes a place, not an organisation.
                let place_word = (a..=b)
                    .filter(|&i| !pieces.iter().any(|&(ta, tb, _)| ta <= i && i <= tb))
                    .find(|&i| ctx.is(toks, i, class::PLACE_HEAD | class::PLACE_FIRST));
                // "Upper Egypt", "Greater China", "Southern Varen": a part of the place.
                let region = (a..=b)
                    .filter(|&i| !pieces.iter().any(|&(ta, tb, _)| ta <= i && i <= tb))
                    .all(|i| ctx.is(toks, i, class::REGION));
                let label = match place_word.map(w) {
                    None if region => Label::Gpe,
                    None => Label::Org,
                    Some(x) if lexicon::is_admin_head(x) => Label::Gpe,
                    Some(_) => Label::Loc,
                };
                push(ctx, toks, a, b, Some(label), MEDIUM, out);
                return;
            }
            // "Palestinian Red Crescent", "Tolanese Federation of Dockers": a people's name
            // before an organisation of two words or more opens the organisation's name.
            let people_first = match pieces[..] {
                [(ta, tb, pat)] if ta == a && tb + 2 <= b => {
                    (ctx.lex.gaz[pat].label == Label::Norp).then_some(tb + 1)
                }
                // (a listed organisation of two words or more: "Tolanese Red Cross")
                [(ta, tb, p), (tc, td, q)]
                    if ta == a
                        && tc == tb + 1
                        && td == b
                        && tc < td
                        && ctx.lex.gaz[p].label == Label::Norp
                        && ctx.lex.gaz[q].label == Label::Org =>
                {
                    push(ctx, toks, a, b, Some(Label::Org), MEDIUM, out);
                    return;
                }
                _ => None,
            };
            let before = out.len();
            let mut pos = a;
            for (ta, tb, pat) in pieces {
                if ta > pos {
                    classify_unknown(ctx, toks, pos, ta - 1, out);
                }
                push_gaz(ctx, toks, ta, tb, &ctx.lex.gaz[pat], out);
                pos = tb + 1;
            }
            if pos <= b {
                classify_unknown(ctx, toks, pos, b, out);
            }
            if let Some(r) = people_first {
                if out.len() == before + 2
                    && out[before + 1].label == Some(Label::Org)
                    && out[before + 1].span == ctx.span(toks, r, b)
                {
                    let strength = out[before + 1].strength;
                    out.truncate(before);
                    push(ctx, toks, a, b, Some(Label::Org), strength, out);
                }
            }
            return;
        }
    }
    classify_unknown(ctx, toks, a, b, out);
}

/// A number of one to three digits right after token `b`, on its line ("Channel 13").
#[cold]
#[inline(never)]
fn channel_number(ctx: &Ctx, toks: &[Tok], b: usize) -> bool {
    toks.get(b + 1).is_some_and(|t| {
        let x = t.text(ctx.text);
        !t.line_before && (1..=3).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit())
    })
}

/// A number right after token `b` on its line, after a space or a hyphen ("COP 27", "KF-21").
#[cold]
#[inline(never)]
fn number_after(toks: &[Tok], text: &str, b: usize) -> bool {
    toks.get(b + 1).is_some_and(|t| {
        !t.line_before
            && t.first_byte().is_ascii_digit()
            && matches!(&text[toks[b].e()..t.s()], " " | "-")
    })
}

/// After "Miss" (token `a`): a country last, with at most two words before it ("Teen",
/// "Universe", "Tourism").
#[cold]
#[inline(never)]
fn miss_country(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    b <= a + 3
        && ctx
            .lex
            .gazetteer(toks[b].text(ctx.text))
            .is_some_and(|e| e.label == Label::Gpe && e.capital_of.is_none())
        && (a + 1..b).all(|i| {
            toks[i].kind == Kind::Word && !ctx.lex.first_names.contains(toks[i].text(ctx.text))
        })
}

/// A place word and "of" before a name: "Gulf of Tolan", "Strait of Varen", "Sea of Marun" (a
/// body of water, LOC), "City of Varsel", "Town of Dunmore" (a settlement the lists do not
/// know, GPE). `None`: no such name, the run's other rules decide. `from` is the token after
/// "of".
#[cold]
#[inline(never)]
fn place_of_head(ctx: &Ctx, toks: &[Tok], head: &str, from: usize, b: usize) -> Option<Label> {
    let label = match head {
        "Gulf" | "Sea" | "Bay" | "Strait" | "Straits" | "Isthmus" => Label::Loc,
        "City" | "Town" | "Municipality" => Label::Gpe,
        _ => return None,
    };
    let text = ctx.text;
    let from = if from < b && tok_is(&toks[from], text, "the") {
        from + 1
    } else {
        from
    };
    let plain = from <= b
        && b - from < 3
        && (from..=b).all(|i| {
            let t = &toks[i];
            t.kind == Kind::Word && is_cap(t.text(text)) && !ctx.is(toks, i, class::STOPWORD)
        });
    if !plain {
        return None;
    }
    if label == Label::Gpe
        && ctx
            .lex
            .gazetteer(&text[toks[from].s()..toks[b].e()])
            .is_some()
    {
        // "City of Lima" is the polity rule's; "City of Europe" is no settlement.
        return None;
    }
    Some(label)
}

/// "Nairobi, Kenya", "a village near Tolan, Peru", "Tolan, Varen Province": a place, a comma and
/// the larger place it lies in are one place (the first place's entity). The larger place is a
/// country, a division by its word ("Province", "Prefecture", "State"), or a place the lists
/// know (no capital) after one they do not know ("Tolan, Alberta"). Not in a list of places
/// ("Kenya, Peru and Chile", "from Tolan, Varen, Peru"), not when the first is itself a country,
/// not before a possessive ("Tolan, Peru's capital"). Runs once the document has typed its
/// candidates; the larger place's own candidate is dropped.
#[cold]
#[inline(never)]
pub(crate) fn join_place_and_country<'t>(lex: &Lexicon, text: &'t str, cands: &mut [Cand<'t>]) {
    // The candidates after a comma, 64 at a time as bits of a mask set without a branch (a test
    // of each candidate in turn went as the text did, and was mispredicted).
    let bytes = text.as_bytes();
    let mut base = 0;
    while base < cands.len() {
        let end = (base + 64).min(cands.len());
        let mut after_comma = 0u64;
        for (j, c) in cands[base..end].iter().enumerate() {
            let comma = bytes.get(c.span.start.wrapping_sub(2)).copied() == Some(b',');
            after_comma |= u64::from(comma) << j;
        }
        while after_comma != 0 {
            let q = base + after_comma.trailing_zeros() as usize;
            after_comma &= after_comma - 1;
            join_at(lex, text, cands, q);
        }
        base = end;
    }
}

/// (session 30) "Varen's Oskarby", "Tolan’s Brisk": a place, its possessive and one unknown
/// capitalised word that nothing typed name a part of the place (a district, a suburb), one
/// place in the news agencies' way. The word must be plain: not in capitals, no everyday, title
/// or function word, no listed given or family name, and no capitalised word after it
/// ("Tolan's Harbor Authority" is a body; "Varen's Prime Minister" a title), and only after a
/// place preposition ("in", "from", "to"). Runs after the document typed its candidates; the
/// word's own untyped candidate stays untyped.
#[cold]
#[inline(never)]
pub(crate) fn places_in_places<'t>(lex: &Lexicon, text: &'t str, cands: &mut [Cand<'t>]) {
    let bytes = text.as_bytes();
    for p in 0..cands.len() {
        let c = &cands[p];
        if c.headline || !matches!(c.label, Some(Label::Gpe | Label::Loc)) {
            continue;
        }
        // after a place preposition ("from Varen's Oskarby"): a thing or a body the place owns
        // ("of Tolan's Norvik drone", "Varen's Fest is run by") stands elsewhere
        let before = text[..c.span.start].strip_suffix(' ').unwrap_or("");
        let prep = &before[before.rfind(' ').map_or(0, |k| k + 1)..];
        if !is_place_prep(prep) {
            continue;
        }
        let e = c.span.end;
        // the possessive: "'s " or "’s " (3 bytes for the curly apostrophe)
        let after = match bytes.get(e) {
            Some(b'\'') => e + 1,
            Some(0xE2) if bytes.get(e..e + 3) == Some("’".as_bytes()) => e + 3,
            _ => continue,
        };
        if bytes.get(after..after + 2) != Some(b"s ".as_slice()) {
            continue;
        }
        let ws = after + 2;
        let rest = &text[ws..];
        let wlen = rest
            .find(|ch: char| !(ch.is_alphabetic() || ch == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..wlen];
        let mut chars = word.chars();
        let plain_cap = chars.next().is_some_and(char::is_uppercase)
            && word.len() >= 3
            && chars.all(|ch| ch.is_lowercase() || ch == '-');
        if !plain_cap || word.ends_with('-') {
            continue;
        }
        // what follows the word: punctuation, or a space and a word that is not capitalised
        let next = &rest[wlen..];
        let ends = match next.as_bytes().first() {
            None => true,
            Some(b' ') => !next[1..].starts_with(|ch: char| ch.is_uppercase()),
            Some(b'\'') => false,
            Some(&x) => {
                x.is_ascii_punctuation() && x != b'&' || x >= 0x80 && !next.starts_with('’')
            }
        };
        if !ends
            || lexicon::word_class(word) != 0
            || lex.first_names.contains(word)
            || lex.surnames.contains(word)
            || lex.gazetteer(word).is_some()
        {
            continue;
        }
        // the word's own candidate, if any, is untyped (the document gave it no reading)
        let we = ws + wlen;
        // (numbers come first in their region's candidates: "Tolan's July 5 vote")
        let typed = cands[p.saturating_sub(16)..cands.len().min(p + 8)]
            .iter()
            .any(|o| o.span.start < we && ws < o.span.end && o.label.is_some());
        if typed {
            continue;
        }
        let c = &mut cands[p];
        c.span = Span::new(c.span.start, we);
        c.canonical = None;
        c.capital_of = None;
        c.words += 1;
    }
}

/// (session 30) "the governor of Varo", "Ruler of Tolan Bay": what a mayor, governor or ruler
/// is of, when the document gave it no reading or only a guess at a person, is a place
/// ([`ruled_place`]). Runs after the document typed its candidates.
#[cold]
#[inline(never)]
pub(crate) fn ruled_places(lex: &Lexicon, text: &str, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if !c.headline
            && (c.label.is_none() || c.label == Some(Label::Person) && c.strength <= WEAK)
            && ruled_place(lex, text, c)
        {
            c.label = Some(Label::Gpe);
            c.strength = MEDIUM;
        }
    }
}

/// Whether `c` stands right after "mayor of", "governor of" or "ruler of" (any case, also
/// plural) and opens with no listed given name.
pub(crate) fn ruled_place(lex: &Lexicon, text: &str, c: &Cand) -> bool {
    let Some(before) = text[..c.span.start].strip_suffix(" of ") else {
        return false;
    };
    let word = &before[before.rfind(' ').map_or(0, |k| k + 1)..];
    let ruler = matches!(
        word,
        "Mayor"
            | "mayor"
            | "mayors"
            | "Governor"
            | "governor"
            | "governors"
            | "Ruler"
            | "ruler"
            | "rulers"
    );
    ruler && {
        let s = c.span.as_str(text);
        !lex.first_names.contains(s.split(' ').next().unwrap_or(s))
    }
}

/// [`join_place_and_country`] at the candidate `q`, which follows a comma.
fn join_at<'t>(lex: &Lexicon, text: &'t str, cands: &mut [Cand<'t>], q: usize) {
    let is_place = |c: &Cand| matches!(c.label, Some(Label::Gpe | Label::Loc));
    let name_of = |c: &Cand<'t>| c.canonical.unwrap_or_else(|| c.span.as_str(text));
    let qs = cands[q].span.start;
    // "Tolanville, Calif.", "Washington, D.C.", "Brenton, VA", "Tolan, N.L.": a US state's or a
    // Canadian province's abbreviation (typed a place, an acronym's organisation or nothing).
    let abbrev = state_abbrev(cands[q].span.as_str(text));
    if q == 0 || !(is_place(&cands[q]) || abbrev.is_some()) || text.as_bytes()[qs - 1] != b' ' {
        return;
    }
    // The candidates are in the order of the text but for the numbers of each region, found
    // first: a neighbour in the text is among the few candidates either side.
    let lo = q.saturating_sub(8);
    let hi = (q + 8).min(cands.len());
    let place_at = |cands: &[Cand], at: usize, end: bool| {
        cands[lo..hi].iter().any(|c| {
            is_place(c)
                && if end {
                    c.span.end == at
                } else {
                    c.span.start == at
                }
        })
    };
    let Some(p) = (lo..q)
        .rev()
        .find(|&i| is_place(&cands[i]) && cands[i].span.end + 2 == qs)
    else {
        return;
    };
    // Whether `q` is the larger place `p` lies in.
    let larger = {
        let (first, c) = (&cands[p], &cands[q]);
        let surface = c.span.as_str(text);
        let last = surface.rsplit(' ').next().unwrap_or(surface);
        let gpe = c.label == Some(Label::Gpe);
        abbrev.is_some()
            || gpe && lex.countries.contains(name_of(c))
            || matches!(
                last,
                "Province"
                    | "province"
                    | "Prefecture"
                    | "Governorate"
                    | "State"
                    | "Region"
                    | "County"
                    | "District"
                    | "Territory"
            ) && surface.len() > last.len()
            || gpe
                && lex
                    .gazetteer(surface)
                    .is_some_and(|e| e.capital_of.is_none())
                && lex.gazetteer(first.span.as_str(text)).is_none()
    };
    if !larger || lex.countries.contains(name_of(&cands[p])) {
        return;
    }
    let (start, mut end) = (cands[p].span.start, cands[q].span.end);
    // ("Calif." keeps its period, which the token left out)
    if abbrev == Some(true) && text.as_bytes().get(end) == Some(&b'.') {
        end += 1;
    }
    let before = &text[..start];
    let after = &text[end..];
    let listed_before = before.ends_with(" and ")
        || before.ends_with(" or ")
        || before
            .strip_suffix(", ")
            .is_some_and(|b| place_at(cands, b.len(), true));
    let listed_after = [", and ", ", or ", " and ", " or ", ", "]
        .iter()
        .find(|sep| after.starts_with(**sep))
        .is_some_and(|sep| place_at(cands, end + sep.len(), false));
    let possessive = after.starts_with("’s") || after.starts_with("'s");
    if listed_before || listed_after || possessive {
        return;
    }
    let first = name_of(&cands[p]);
    let strength = cands[p].strength.max(cands[q].strength);
    let words = cands[q].words;
    let c = &mut cands[p];
    c.canonical = Some(first);
    c.span = Span::new(start, end);
    c.capital_of = None;
    c.strength = strength;
    c.words += words;
    cands[q].label = None;
}

/// A US state's or a Canadian province's abbreviation after a place and a comma: `Some(true)`
/// for the news agencies' forms written without their period in the token ("Calif", "Wash"),
/// `Some(false)` for those with their dots ("D.C.", "N.W.T.") and the postal codes ("VA").
fn state_abbrev(s: &str) -> Option<bool> {
    match s {
        "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Fla" | "Ill" | "Ind" | "Kan"
        | "Mass" | "Mich" | "Minn" | "Mont" | "Neb" | "Nev" | "Okla" | "Ore" | "Tenn" | "Wash"
        | "Wis" | "Wyo" | "Ont" | "Que" | "Alta" | "Sask" => Some(true),
        "D.C." | "D.C" | "N.Y." | "N.J." | "N.H." | "N.M." | "N.C." | "N.D." | "S.C." | "S.D."
        | "R.I." | "W.Va." | "N.W.T." | "N.L." | "N.S." | "N.B." | "B.C." | "P.E.I." | "AL"
        | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "IA" | "KS"
        | "KY" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ"
        | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX"
        | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "NU" | "NT" | "YT" | "BC"
        | "QC" | "AB" | "SK" | "MB" | "NS" | "NB" | "PE" | "NL" => Some(false),
        _ => None,
    }
}

/// "Cebu City", "Kaduna State", "Hebei Province", "Danube River": a capitalised word for the
/// kind of place right after a known place's name, last in the run, belongs to the name (these
/// words never stand alone, so the place was typed alone and the word dropped). The label of
/// the whole: a division's word ("Province", "City", "State") makes a GPE, a natural feature's
/// ("River", "Islands", "Peninsula") a LOC.
#[cold]
#[inline(never)]
fn place_kind_head(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<Label> {
    let t = &toks[i];
    if t.kind != Kind::Word || t.hyphen_before {
        return None;
    }
    let x = t.text(ctx.text);
    if matches!(x, "City" | "State") || lexicon::is_admin_head(x) {
        Some(Label::Gpe)
    } else {
        ctx.is(toks, i, class::PLACE_HEAD).then_some(Label::Loc)
    }
}

/// The word after "Gen" that makes it a generation: "Gen X", "Gen Z", "Gen Zers", "Gen Alpha".
fn is_generation_letter(w: &str) -> bool {
    matches!(
        w,
        "X" | "Y" | "Z" | "Xer" | "Xers" | "Zer" | "Zers" | "Zs" | "Xs" | "Alpha"
    )
}

/// (session 30) Whether the word at `i`, after a title, is the rest of a post rather than a
/// name: a title word ("Chief Executive", "General Public"), a role noun ("Chief Guest" is a
/// guest; "Mr Driver" is not asked: an honorific before keeps the family name), or one of a few
/// nouns for the people a title heads ("Chief of Staff").
fn post_noun(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    if i == 0 || lexicon::is_honorific(w_of(toks, ctx.text, i - 1)) {
        return false;
    }
    let t = &toks[i];
    t.kind == Kind::Word
        && (ctx.is(toks, i, TITLE_WORD)
            || with_lower(t.text(ctx.text), |l| {
                is_role_noun(l)
                    || matches!(
                        l,
                        "guest" | "staff" | "rector" | "trainer" | "geologist" | "ruler" | "public"
                    )
            }))
}

fn classify_unknown(ctx: &Ctx, toks: &[Tok], a: usize, b: usize, out: &mut Vec<Cand>) {
    let text = ctx.text;
    let w = |i: usize| toks[i].text(text);
    let mut a = a;
    while a <= b
        && (ctx.is(toks, a, class::STOPWORD)
            || (ctx.connector(toks, a).is_some()
                && !is_cap(w(a))
                && !(a < b && toks[a + 1].hyphen_before)))
    {
        a += 1;
    }
    if a > b {
        return;
    }
    let words = toks[a..=b]
        .iter()
        .filter(|t| t.kind == Kind::Word && !t.hyphen_before)
        .count();
    let first = w(a);
    let lastw = w(b);
    let prev = if a > 0 { w(a - 1) } else { "" };
    let next = toks.get(b + 1).map_or("", |t| t.text(text));
    let next2 = toks.get(b + 2).map_or("", |t| t.text(text));
    let role_before = a > 0 && is_role_noun(prev);
    // "a spokeswoman for Valley Electric", "the director of Acme Labs": an employer.
    // (session 33) "the son of", "a cousin of": a relative's noun before "of" or "to" is
    // followed by a person, never an employer ("son of Kajol Tamsi" was a body).
    let kin_of = || a > 1 && matches!(prev, "of" | "to") && is_kin_noun(w(a - 2));
    let employer = (a > 1
        && matches!(prev, "for" | "of" | "at" | "with")
        && is_role_noun(w(a - 2).trim_end_matches(','))
        && !kin_of())
        || (a > 0 && is_org_noun(prev))
        || words > 1 && employer_before(toks, text, a, prev);
    // "Acme Widgets": a plural common noun last, no first name first.
    // Asked by several rules below, each answered once when first asked.
    let (caps, listed, name) = (OnceCell::new(), OnceCell::new(), OnceCell::new());
    // A lower-case second letter settles `is_all_caps` for most words without reading them.
    let first_caps = || {
        *caps.get_or_init(|| {
            !first.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && is_all_caps(first)
        })
    };
    let first_listed = || *listed.get_or_init(|| ctx.lex.first_names.contains(first));
    // `Ctx::first_name`, its lookup shared with `first_listed`.
    let first_name = || *name.get_or_init(|| first_listed() || is_initial(first));
    let plural_thing = words >= 2
        && lastw.ends_with('s')
        && !lastw.ends_with("ss")
        && !name_like_s_ending(lastw)
        && !ctx.lex.surnames.contains(lastw)
        && !first_name();
    let speaks = is_speech_verb(next) || (next == "," && next2 == "who");
    // "the town of Varsel", "the provinces of Tolano and ...": a word for a settlement or a
    // division and "of" before the name.
    let place_of = || a > 1 && prev == "of" && is_place_noun(w(a - 2));
    // Unknown words that hold no everyday, organisation, thing or place word.
    let plain = |i: usize| {
        !ctx.is(
            toks,
            i,
            class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD,
        )
    };
    // "Ahlibank chairman", "Orbit shares", "Bajrang Dal workers": a word for the people or the
    // property of an organisation right after the name.
    let org_member = is_org_member_noun(next) && toks.get(b + 1).is_some_and(|t| !t.hyphen_before);
    // "Varo, a Norwegian subsidiary of ...", "Tolan Works, the largest private group,": an
    // appositive whose head is a word for an organisation.
    let appositive_org = || next == "," && org_appositive(ctx, toks, b + 2);
    if words >= 3 && first_caps() && acronym_then_name(ctx, toks, a, b, out) {
        return;
    }
    if words == 2 && a + 1 == b && first.len() <= 3 && first_caps() && {
        // "KV Ramesh said", "Dr MK Raghavan", "RK Anand, a lawyer": a person's initials run
        // together before a listed family name, or before a plain name with a person's role or
        // speech around it.
        let x = lastw;
        x.len() > 3
            && !is_all_caps(x)
            && plain_name_word(ctx, toks, b)
            && !x.ends_with('s')
            && ctx.lex.gazetteer(x).is_none()
            && (ctx.lex.surnames.contains(x)
                || role_before
                || lexicon::is_honorific(prev)
                || speaks
                || next == "," && matches!(next2, "a" | "an")
                || !matches!(prev, "the" | "The")
                    && matches!(next, "," | "." | ";" | ":" | ")" | "and" | "")
                    && initials_never_alone(ctx, first, x))
    } {
        push(ctx, toks, a, b, Some(Label::Person), MEDIUM, out);
        return;
    }
    let (label, strength) = if words == 1 {
        if lexicon::never_alone_of(first, ctx.class(toks, a)) || ctx.is(toks, a, TITLE_WORD) {
            if first == "Day"
                && (speaks || matches!(prev, "said" | "says") || lexicon::is_honorific(prev))
            {
                // (session 32) A lone "Day" is untyped, for the document to type: the surname
                // of a "Robert Day" it names in full ("Day said", "said Day", "Ms. Day"), else
                // dropped as never alone; only where it speaks or has an honorific, so that no
                // "the Day was", "Mother's Day" or "Day after day" joins a Robert Day.
                let i = push(ctx, toks, a, b, None, NONE, out);
                out[i].place_prep = false;
            }
            return;
        } else if is_people_noun(next) && people_word(ctx, toks, a, b) {
            // (session 34) "the Tavrani community", "the Olumbe language", "the Berti ethnic
            // group": a people the lists do not know, named by the noun after it. STRONG, so
            // that the article's other mentions of the word (and its plural, `resolve`) follow.
            (Some(Label::Norp), STRONG)
        } else if (first.ends_with('s')
            || (toks.get(b + 1).is_some_and(|t| {
                t.kind == Kind::Word && !t.hyphen_before && t.first.is_ascii_lowercase()
            }) && !is_speech_verb(next)))
            && plain(a)
            && super::demonyms::place_of(ctx.lex, first).is_some()
            && !first_listed()
            && !ctx.lex.surnames.contains(first)
        {
            // (session 31) "Okinawan officials", "Tasmanians": the people of a place the
            // gazetteers know, by its word's ending.
            (Some(Label::Norp), MEDIUM)
        } else if first.as_bytes().ends_with(b".com") {
            // "Varomart.com": a name and ".com" (one word since session 31) is a company.
            (Some(Label::Org), MEDIUM)
        } else if first == "Channel" && channel_number(ctx, toks, b) {
            // "Channel 9", "Channel 4 News": a broadcaster, with its number (and "News").
            let mut e = b + 1;
            if toks
                .get(e + 1)
                .is_some_and(|t| t.text(text) == "News" && !t.line_before)
            {
                e += 1;
            }
            push(ctx, toks, a, e, Some(Label::Org), MEDIUM, out);
            return;
        } else if let Some(state) = dateline_state(ctx, toks, a) {
            // "WENATCHEE, Wash.": a state written the news-agency way after a place.
            let i = push(ctx, toks, a, b, Some(Label::Gpe), GAZ, out);
            out[i].canonical = Some(state);
            return;
        } else if let Some(e) = all_caps_place(ctx, first, first_caps()) {
            // Datelines in capitals: "CAIRO -", "NAIROBI, Kenya".
            // A dateline names the place, never the government: no capital_of here.
            let i = push(ctx, toks, a, b, Some(e.label), GAZ, out);
            out[i].canonical = Some(e.canonical);
            return;
        } else if first_caps() && first.chars().count() <= 10 {
            if number_after(toks, text, b) {
                // "COP 27", "KF-21", "NH 9", "UO 804": an acronym before a number names an
                // event, a model, a road or a flight; a body with a number ("Tolan FC 2") is
                // the body and its number, which this rule does not know.
                return;
            }
            (Some(Label::Org), WEAK)
        } else if place_of() && plain(a) {
            (Some(Label::Gpe), MEDIUM)
        } else if let Some(typed) = lone_after_lower_word(ctx, toks, a, prev, next) {
            typed
        } else if employer_before(toks, text, a, prev) && plain(a) && !first_listed() {
            // "the director of Varomax", "Tom Hale, CEO of Brightwell": the body a post is in.
            (Some(Label::Org), MEDIUM)
        } else if !role_before && plain(a) && place_noun_after(ctx, toks, b) {
            // "the Varsoni district", "Tolmaki county", "residents of Olbaro area".
            (Some(Label::Gpe), WEAK)
        } else if !role_before
            && appositive_org()
            && plain(a)
            && !(toks[a].sent_start && first.ends_with("ly"))
        {
            // (Not an adverb opening the sentence: "Lately, the group has".)
            (Some(Label::Org), MEDIUM)
        } else if org_member
            && !role_before
            && !ctx.is(
                toks,
                a,
                class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD,
            )
            && !first.ends_with("an")
            && !first.ends_with("ese")
            && !first.ends_with("al")
            && !first.ends_with("ive")
        {
            // Not "Museum staff", "Ecuadorian officials", "Medical workers"; a sentence's first
            // word only if the document confirms it.
            (
                Some(Label::Org),
                if toks[a].sent_start { WEAK } else { MEDIUM },
            )
        } else if role_before {
            (Some(Label::Person), MEDIUM)
        } else if prev == "in" && !toks[b].possessive && !speaks {
            // "in Oxford", "in Margarita": a lone name right after "in" is a place, unless the
            // document makes it part of a person's name.
            (Some(Label::Gpe), WEAK)
        } else if (first_listed() || speaks)
            && !ctx.is(
                toks,
                a,
                class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD,
            )
        {
            // Not "the Chamber stressed", "the Embassy said".
            (Some(Label::Person), WEAK)
        } else if next == "-" || next == "based" {
            (Some(Label::Gpe), WEAK)
        } else {
            (None, NONE)
        }
    } else if (a..=b).all(|i| toks[i].kind != Kind::Word || ctx.is(toks, i, TITLE_WORD))
        || first == "Best"
    {
        // A title alone ("Prime Minister") names no one; nor does a prize's category ("Best
        // Supporting Actor", "Best New Venue").
        return;
    } else if ctx.is(toks, b, class::PLACE_HEAD) {
        (Some(Label::Loc), WEAK)
    } else if ctx.is(toks, b, class::THING_HEAD) && !surname_day(ctx, toks, a, b) {
        return;
    } else if a > 0
        && is_org_noun(prev)
        && !matches!(
            prev,
            "broadcaster"
                | "producer"
                | "developer"
                | "operator"
                | "publisher"
                | "broker"
                | "manufacturer"
        )
        && !toks[a - 1].possessive
        && !toks[a].line_before
        && (words > 2 || !first_name())
    {
        // "the newspaper El Tiempo", "the firm Willis Varo Dunn", "the airline Tolan Express": a
        // noun for a body (no person's job, not a possessive: "the network's Ana Ruiz") right
        // before the name types it, over a place word, or a given name first in three words or
        // more ("a group Ana Ruiz won" is a person in a relative clause) (session 25).
        (Some(Label::Org), MEDIUM)
    } else if ctx.is(toks, a, class::PLACE_FIRST) && !role_before && !speaks {
        // "San Borja", "La Ceiba", "Mount Tabor": a place word first.
        if lexicon::is_feature_first(first) {
            (Some(Label::Loc), WEAK)
        } else {
            (Some(Label::Gpe), WEAK)
        }
    } else if ctx.is(toks, a, class::REGION)
        && !role_before
        && !speaks
        && !first_caps()
        && (a + 1..=b).all(|i| {
            !ctx.is(toks, i, class::COMMON)
                && ctx
                    .lex
                    .gazetteer(w(i))
                    .is_none_or(|e| e.label != Label::Norp)
        })
    {
        // "North Varen", "West Dunmore", "Upper Tolan": a compass word first (not "Upper
        // House", "East African Community").
        (Some(Label::Gpe), WEAK)
    } else if place_of() && words <= 3 && !first_caps() && (a..=b).all(plain) {
        // "the town of Deir Varsa": a place even with a first name in it.
        (Some(Label::Gpe), MEDIUM)
    } else if (employer || (org_member || appositive_org()) && !role_before) && !first_name() {
        (Some(Label::Org), MEDIUM)
    } else if plural_thing && !role_before && !matches!(prev, "said" | "says") && !kin_of() {
        // ("said Ana Kovics,": a name in -s right after the speech verb is a person's.)
        (Some(Label::Org), NONE)
    } else if words <= 3
        && !role_before
        && !speaks
        && !first_caps()
        && !toks[b].possessive
        && (a..=b).all(|i| toks[i].kind == Kind::Word && plain(i))
        && place_noun_after_run(ctx, toks, b)
    {
        // "Tolvi Banda village", "the Mae Varo district", "Chiang Osa and Nam Kiri districts":
        // two or three plain name words before a word for a settlement or a division are the
        // place's name, even with a given name first (session 31).
        (Some(Label::Gpe), WEAK)
    } else if (first_name() || kin_of() && (a..=b).all(plain)) && !first_caps()
        || role_before
        || speaks
    {
        (Some(Label::Person), MEDIUM)
    } else if words <= 3
        && !first_name()
        && !first_caps()
        && (a..=b).any(|i| ctx.is(toks, i, class::COMMON) || abstract_noun(w(i)))
    {
        // "Afro Nation", "National Theatre", "Rolling Stone": an everyday word in a short unknown
        // name with no first name, role or speech verb is no person, and its type is unknown:
        // left untyped for the document to type ("Harbourline Shipping" before "Harbourline
        // Shipping Ltd."), and dropped if it does not, even after "in" or "at".
        let i = push(ctx, toks, a, b, None, NONE, out);
        out[i].place_prep = false;
        return;
    } else if words <= 3 && !first_caps() && matches!(prev, "the" | "The" | "a" | "an") {
        // "the Sofia Synagogue", "the Maya Train": a determiner before unknown words with no
        // first name, role or speech verb names a thing, a place or a body, hardly a person:
        // untyped, for the document to type.
        let i = push(ctx, toks, a, b, None, NONE, out);
        out[i].place_prep = false;
        return;
    } else if words <= 3 && !first_caps() && matches!(prev, "in" | "at") && !toks[b].possessive {
        // "in La Plancha", "in Yau Ma Tei": unknown words with no first name, role or speech
        // verb right after "in" name a place far more often than a person.
        // So after "at" ("at Tolan Heights"), not before a possessive ("at Varo's house").
        (Some(Label::Gpe), WEAK)
    } else if ctx.lex.surnames.contains(lastw) && words <= 3 {
        (Some(Label::Person), WEAK)
    } else if prev == "(" && next == ")" {
        // "(Coastal Wire)": a bracketed name after another is an agency or an organisation.
        (Some(Label::Org), NONE)
    } else if words <= 3 && !first_caps() {
        (Some(Label::Person), NONE)
    } else if !first_caps() && particle_inside(ctx, toks, a, b) {
        // "Karim Khalil Al Varsi", "Nasser bin Talal al-Varsi", "Tamer Abou Al Kell": four or
        // more plain words with an Arabic name particle inside are one person's names.
        (Some(Label::Person), NONE)
    } else {
        (Some(Label::Org), NONE)
    };
    let i = push(ctx, toks, a, b, label, strength, out);
    if role_before && label == Some(Label::Person) {
        // Extend the role leftwards over capitalised words, role nouns and the lower-case words
        // that qualify a role ("U.S. Middle East envoy", "Clinton campaign manager", "junta
        // leader", "acting clinical services director"): at most three of those lower-case
        // words, so that a clause's words are not taken in.
        // The role stays on the name's line, and a compound's parts go together ("co-owner",
        // "hedge-fund manager").
        let mut r = a - 1;
        let mut lower = 0;
        while r > 0 && !toks[r].line_before {
            let t = &toks[r - 1];
            let tw = t.text(text);
            if t.kind != Kind::Word || t.possessive {
                break;
            }
            if toks[r].hyphen_before {
                r -= 1;
                continue;
            }
            if is_cap(tw) && !lexicon::is_stopword(tw) || is_role_noun(tw) {
                r -= 1;
            } else if lower < 3 && is_role_modifier(tw) {
                lower += 1;
                r -= 1;
            } else {
                break;
            }
        }
        out[i].role = Some(Span::new(toks[r].s(), toks[a - 1].e()));
    }
}

/// The start of the body in a run `a..=b` typed an organisation (`org_end`: by its last word)
/// that reads "<words> of [the] <body>": one word before the first "of" (up to three if "the"
/// follows it), none of them an organisation's head, a legal form, a connector, a part of a
/// body ("Campus", "Faculty", "Branch", "Chapter") or "House" ("House of Tolan Committee"),
/// and after it two words or more that are a body by themselves (a head last, or a head and
/// "of"/"for"). `None` for any other run.
#[cold]
#[inline(never)]
fn thing_of_body(ctx: &Ctx, toks: &[Tok], a: usize, b: usize, org_end: bool) -> Option<usize> {
    let text = ctx.text;
    let k = (a + 1..(a + 4).min(b)).find(|&i| tok_is(&toks[i], text, "of"))?;
    if (a..k).any(|i| {
        toks[i].kind != Kind::Word
            || ctx.is(toks, i, class::ORG_HEAD | class::COMPANY_SUFFIX)
            || ctx.connector(toks, i).is_some()
            || matches!(
                toks[i].text(text),
                "Campus" | "Faculty" | "Branch" | "Chapter" | "House"
            )
    }) {
        return None;
    }
    let mut q = k + 1;
    if q < b && tok_is(&toks[q], text, "the") {
        q += 1;
    } else if k > a + 1 {
        // ("Tidal Mapping of Coastal Systems": several words before "of" and no "the"
        // after it are the body's own name)
        return None;
    }
    let body_of = (q..b).any(|i| ctx.is(toks, i, class::ORG_HEAD) && of_or_for(&toks[i + 1], text));
    (q < b && (org_end || body_of)).then_some(q)
}

/// "Varun Kelkarji of the Tolan Janata Dal" (session 28): two or three words before the "of"
/// at `of`, each a plain name word ([`plain_name_word`]) that the article never writes in
/// lower case, no role noun ("Principal Investigator of the ...") and no abstract noun, read as
/// a name even when no list knows them.
fn plain_name_before_of(ctx: &Ctx, toks: &[Tok], a: usize, of: usize) -> bool {
    (a + 2..=a + 3).contains(&of)
        && (a..of).all(|i| {
            let x = toks[i].text(ctx.text);
            plain_name_word(ctx, toks, i)
                && !toks[i].hyphen_before
                && !abstract_noun(x)
                && !is_all_caps(x)
                && !with_lower(x, |l| ctx.vocab.is_common(l, false) || is_role_noun(l))
        })
}

/// A capitalised word whose ending makes it an abstract noun of everyday English
/// ("Detention", "Assessment", "Partnership", "Violence", "Mobility"), which no person's
/// name ends with: such a word in a short unknown name makes it no person (session 25).
fn abstract_noun(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 7
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && [
            "tion", "sion", "ment", "ness", "ship", "ism", "ity", "ance", "ence", "ology",
        ]
        .iter()
        .any(|end| w.ends_with(end))
}

/// "MK Dana Varsi", "DG Tom Hale", "CAM Hector Llanos": a short acronym (a title or a body
/// written in capitals) before two or three plain words is no part of the name after it: the
/// words are a person, the acronym is left untyped for the document to type (a body typed
/// elsewhere, a title not). `false`: no such run, nothing pushed.
#[cold]
#[inline(never)]
fn acronym_then_name(ctx: &Ctx, toks: &[Tok], a: usize, b: usize, out: &mut Vec<Cand>) -> bool {
    let text = ctx.text;
    if toks[a].text(text).len() > 5 || toks[a + 1].hyphen_before {
        return false;
    }
    let name_words = (a + 1..=b)
        .filter(|&i| toks[i].kind == Kind::Word && !toks[i].hyphen_before)
        .count();
    let plain = |i: usize| {
        let x = toks[i].text(text);
        plain_name_word(ctx, toks, i) && !is_all_caps(x)
    };
    // ("FIA Rally Drivers": a plural last names a body's members)
    let last = toks[b].text(text);
    let plural = last.ends_with('s') && !last.ends_with("ss") && !name_like_s_ending(last);
    if !(2..=3).contains(&name_words)
        || plural
        || !(a + 1..=b).all(plain)
        || ctx
            .lex
            .find_gaz_iter(&text[toks[a + 1].s()..toks[b].e()])
            .next()
            .is_some()
    {
        return false;
    }
    let i = push(ctx, toks, a, a, None, NONE, out);
    out[i].place_prep = false;
    let i = push(ctx, toks, a + 1, b, Some(Label::Person), MEDIUM, out);
    out[i].sent_start = false;
    true
}

/// An Arabic name particle ("Al", "bin", "ibn", "Abu", "El") inside the run `a..=b` (not
/// first, not last) and no everyday, organisation, thing or place word in it: the words of a
/// long name that is a person's. (Not "de", "del": "Consejo Regional de Tolan".)
#[cold]
#[inline(never)]
fn particle_inside(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let text = ctx.text;
    (a + 1..b).any(|i| {
        matches!(
            toks[i].text(text),
            "Al" | "al"
                | "El"
                | "el"
                | "bin"
                | "Bin"
                | "ibn"
                | "Ibn"
                | "bint"
                | "binti"
                | "Abu"
                | "Abou"
        )
    }) && (a..=b).all(|i| {
        toks[i].kind != Kind::Word
            || !ctx.is(
                toks,
                i,
                class::COMMON | class::ORG_HEAD | class::THING_HEAD | class::PLACE_HEAD,
            )
    })
}

/// "Senakis", "Kalamos", "Dravus", "Varas": a consonant, one of `a i o u` and a final `s` end
/// family names far more often than English plurals (which end in a consonant or `e` before
/// the `s`: "Widgets", "Times", "Areas", "Studios").
fn name_like_s_ending(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && matches!(b[b.len() - 2], b'a' | b'i' | b'o' | b'u')
        && !matches!(b[b.len() - 3], b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The token is "of" or "for": the words that join an organisation's head to its field.
fn of_or_for(t: &Tok, text: &str) -> bool {
    tok_is(t, text, "of") || tok_is(t, text, "for")
}

/// (session 28) The two last words of a protected area's name: "National Park", "Game
/// Reserve", "Wildlife Sanctuary", "Conservation Area" (one word alone, "Park", is also a
/// family name, so it does not count here).
pub(crate) fn protected_area_end(kind: &str, head: &str) -> bool {
    matches!(
        kind,
        "National"
            | "State"
            | "Provincial"
            | "Marine"
            | "Nature"
            | "Game"
            | "Wildlife"
            | "Forest"
            | "Biosphere"
            | "Conservation"
    ) && matches!(
        head,
        "Park" | "Parks" | "Reserve" | "Sanctuary" | "Refuge" | "Area" | "Forest"
    )
}

/// (session 28) Whether tokens `a..=b` are plain capitalised words that can open a place's
/// name: capitalised words and the particles between them ("de la", "of"; not "and", which
/// joins two names), no function word, pronoun, title or particle first.
fn plain_name_words(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let text = ctx.text;
    !ctx.is(toks, a, class::STOPWORD | TITLE_WORD)
        && ctx.connector(toks, a).is_none()
        && toks[a..=b].iter().all(|t| {
            let x = t.text(text);
            t.kind == Kind::Word && (is_cap(x) || lexicon::connector(x) == Some(true) || x == "of")
        })
}

/// (session 32) Whether tokens `a..=b` are a first name and the surname "Day" ("Robert Day"),
/// or an honorific and "Day" ("Ms. Day"), not a day of observance ("Labor Day", "Victory Day",
/// "Mother's Day"): two words, the first an honorific or a known first name that is no everyday,
/// place, body, thing or title word, and no possessive.
fn surname_day(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let first = toks[a].text(ctx.text);
    b == a + 1
        && toks[b].text(ctx.text) == "Day"
        && toks[a].kind == Kind::Word
        && !toks[a].possessive
        && (lexicon::is_honorific(first)
            || ctx.lex.first_names.contains(first)
                && !ctx.is(
                    toks,
                    a,
                    class::COMMON
                        | class::ORG_HEAD
                        | class::THING_HEAD
                        | class::PLACE_HEAD
                        | TITLE_WORD,
                ))
}

/// Last words of facilities' names, which news corpora leave out (a port, a plant, a museum).
fn is_facility_head(w: &str) -> bool {
    matches!(w, "Port" | "Plant" | "Resort" | "Mosque" | "Museum")
}

/// Heads of the names of events, plans, laws and facilities (a subset of the thing heads, not
/// the fields of study or policy such as "Health" or "Security", which end organisations' names
/// in running text too).
fn is_named_thing_head(w: &str) -> bool {
    matches!(
        w,
        "Airport"
            | "Cup"
            | "Games"
            | "Olympics"
            | "Championship"
            | "Championships"
            | "Tournament"
            | "Festival"
            | "Expo"
            | "Award"
            | "Awards"
            | "Prize"
            | "Initiative"
            | "Project"
            | "Agreement"
            | "Treaty"
            | "Accord"
            | "Accords"
            | "Convention"
            | "Declaration"
            | "Charter"
            | "Protocol"
            | "Framework"
            | "Summit"
            | "Day"
            | "Act"
            | "Bill"
            | "Stadium"
            | "Bridge"
    )
}

/// Compass words that make a region of peoples out of a demonym ("North African").
pub(crate) fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Central"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "North-East"
            | "North-West"
            | "South-East"
            | "South-West"
    )
}

/// "CAIRO" for Cairo: a place written in capitals (datelines). `all_caps` is
/// [`is_all_caps`]`(w)`.
fn all_caps_place<'l>(ctx: &Ctx<'l, '_>, w: &str, all_caps: bool) -> Option<&'l lexicon::GazEntry> {
    if !all_caps || w.len() < 4 {
        return None;
    }
    with_title_case(w, |t| ctx.lex.gazetteer(t))
        .filter(|e| matches!(e.label, Label::Gpe | Label::Loc))
}

/// `f` of `w` with each word's first letter kept and its other characters lower-cased ("CAIRO"
/// -> "Cairo", "ABU-DHABI" -> "Abu-Dhabi"): in a buffer on the stack for a short ASCII word
/// (datelines nearly always), else in a new `String`.
fn with_title_case<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let buf = &mut buf[..w.len()];
        let mut first = true;
        for (out, &b) in buf.iter_mut().zip(w.as_bytes()) {
            *out = if first { b } else { b.to_ascii_lowercase() };
            first = !b.is_ascii_alphabetic();
        }
        if let Ok(t) = std::str::from_utf8(buf) {
            return f(t);
        }
    }
    f(&title_case_by_chars(w))
}

/// [`with_title_case`] by characters: each letter after another lower-cased (the words outside
/// ASCII or longer than the buffer, and the tests' reference for the ASCII path).
fn title_case_by_chars(w: &str) -> String {
    let mut t = String::with_capacity(w.len());
    let mut first = true;
    for c in w.chars() {
        if first {
            t.push(c);
        } else {
            t.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    t
}

/// Whether a lower-case word for a division or a settlement follows the name at `b` and ends the
/// phrase ("the Varsoni district", "Tolmaki county,"; not "Tolmaki district Farmers Union").
fn place_noun_after(ctx: &Ctx, toks: &[Tok], b: usize) -> bool {
    let text = ctx.text;
    let Some(t) = toks.get(b + 1) else {
        return false;
    };
    // Bytes and lengths first: the words are 4, 6-8 or 10-13 bytes long, and most words after a
    // name ("and", "said", "has", "of") are not.
    let n = t.e() - t.s();
    if t.kind != Kind::Word
        || t.hyphen_before
        || !(4..=13).contains(&n)
        || matches!(n, 5 | 9)
        || !text.as_bytes()[t.s()].is_ascii_lowercase()
    {
        return false;
    }
    place_noun_after_slow(ctx, toks, b)
}

#[cold]
#[inline(never)]
fn place_noun_after_slow(ctx: &Ctx, toks: &[Tok], b: usize) -> bool {
    let text = ctx.text;
    matches!(
        toks[b + 1].text(text),
        "town"
            | "city"
            | "village"
            | "hamlet"
            | "municipality"
            | "province"
            | "district"
            | "region"
            | "county"
            | "sub-county"
            | "governorate"
            | "prefecture"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "upazila"
            | "area"
    ) && toks
        .get(b + 2)
        .is_none_or(|n| !is_cap(n.text(text)) || n.kind != Kind::Word)
}

/// (session 34) A word for a people or its speech after a name: "community", "communities",
/// "language", "ethnic". Compared by length first: most words after a name are none of them.
#[inline]
fn is_people_noun(next: &str) -> bool {
    matches!(next.len(), 6 | 8 | 9 | 11)
        && matches!(next, "community" | "communities" | "language" | "ethnic")
}

/// (session 34) The lone word `toks[a]` (`a == b`) before [`is_people_noun`] may name a people:
/// inside a sentence (an opening capital proves nothing), joined to the noun by a space alone,
/// no possessive, three letters or more with a lower-case one after the first (no acronym), and
/// in none of the closed classes ("Indigenous", "Local", "Rural" are everyday words there).
#[cold]
#[inline(never)]
fn people_word(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let t = &toks[a];
    let w = t.text(ctx.text);
    a == b
        && !t.sent_start
        && !t.possessive
        && toks
            .get(b + 1)
            .is_some_and(|n| !n.hyphen_before && !n.line_before && n.kind == Kind::Word)
        && w.len() >= 3
        && w.bytes().skip(1).any(|c| c.is_ascii_lowercase())
        && ctx.class(toks, a) == 0
}

/// [`place_noun_after`] after a run of several words, or a plural of such a word after the last
/// name of a list ("Chiang Osa and Nam Kiri districts").
#[cold]
#[inline(never)]
fn place_noun_after_run(ctx: &Ctx, toks: &[Tok], b: usize) -> bool {
    let text = ctx.text;
    place_noun_after(ctx, toks, b)
        || toks.get(b + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.hyphen_before
                && matches!(
                    t.text(text),
                    "districts" | "villages" | "towns" | "provinces" | "counties" | "areas"
                )
        }) && toks
            .get(b + 2)
            .is_none_or(|n| !is_cap(n.text(text)) || n.kind != Kind::Word)
}

/// Whether the tokens from `i` are an appositive naming an organisation: "a", "an" or "the", at
/// most three words, then a word for an organisation ([`is_org_noun`], "subsidiary", "maker",
/// "NGO") that ends the phrase: a comma, a point, or "of", "that", "which", "whose", "based",
/// "in", "with", "for", "founded", a participle in -ing ("a Norwegian subsidiary of", "the
/// largest private group,", "an organisation helping farmers"), not a noun after it ("the party
/// leader").
#[cold]
#[inline(never)]
fn org_appositive(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    let text = ctx.text;
    if !toks
        .get(i)
        .is_some_and(|t| matches!(t.text(text), "a" | "an" | "the"))
    {
        return false;
    }
    for h in i + 1..(i + 5).min(toks.len()) {
        let t = &toks[h];
        let x = t.text(text);
        if t.kind != Kind::Word || t.possessive {
            return false;
        }
        if is_org_noun(x) || matches!(x, "subsidiary" | "maker" | "NGO" | "nonprofit") {
            // ("at Varo Hall, a group of farmers": a group of people, not a name's.)
            return toks.get(h + 1).is_none_or(|n| {
                let y = n.text(text);
                if y == "of" && matches!(x, "group" | "chain") {
                    return false;
                }
                matches!(y, "," | "." | ";" | ":" | ")")
                    || matches!(
                        y,
                        "of" | "that"
                            | "which"
                            | "whose"
                            | "based"
                            | "in"
                            | "with"
                            | "for"
                            | "has"
                            | "is"
                            | "was"
                            | "founded"
                            | "dedicated"
                            | "run"
                            | "led"
                            | "owned"
                    )
                    // "an organisation supporting farmers" (session 27)
                    || y.len() > 5
                        && y.ends_with("ing")
                        && y.as_bytes()[0].is_ascii_lowercase()
                        && y != "during"
            });
        }
        if x.as_bytes()[0].is_ascii_uppercase()
            && h > i + 1
            && ctx.lex.gazetteer(x).is_none_or(|e| e.label != Label::Norp)
            || is_role_noun(x)
            || ctx.is(
                toks,
                h,
                class::STOPWORD | class::WEAK_CONNECTOR | class::STRONG_CONNECTOR,
            )
            || matches!(x, "for" | "at" | "in" | "on" | "to" | "by" | "with")
        {
            // "a Tolan Works company" would be a second name; "a spokeswoman for the ferry line",
            // "a chemist and inventor" a person.
            return false;
        }
    }
    false
}

/// Lower-case nouns that, right before a name, say it names an organisation ("the passenger
/// group Pro Bahn", "the carrier Kenya Airways").
pub(crate) fn is_org_noun(w: &str) -> bool {
    matches!(
        w,
        "group"
            | "company"
            | "firm"
            | "party"
            | "organisation"
            | "organization"
            | "agency"
            | "charity"
            | "union"
            | "association"
            | "network"
            | "coalition"
            | "lender"
            | "carrier"
            | "airline"
            | "startup"
            | "start-up"
            | "retailer"
            | "insurer"
            | "broadcaster"
            | "newspaper"
            | "outlet"
            | "club"
            | "conglomerate"
            | "automaker"
            | "carmaker"
            | "manufacturer"
            | "producer"
            | "operator"
            | "developer"
            | "publisher"
            | "movement"
            | "alliance"
            | "federation"
            | "ngo"
            | "nonprofit"
            | "non-profit"
            | "bank"
            | "broker"
            | "brokerage"
            | "consultancy"
            | "chain"
            | "label"
            | "studio"
            | "giant"
            | "daily"
            | "chipmaker"
            | "weekly"
            | "band"
            | "duo"
            | "trio"
            | "quartet"
            | "platform"
    )
}

/// A US state abbreviated the news-agency way ("Wash.", "Calif.") right after "PLACE,".
fn dateline_state(ctx: &Ctx, toks: &[Tok], a: usize) -> Option<&'static str> {
    let text = ctx.text;
    let w = toks[a].text(text);
    let period_after = text[toks[a].e()..].starts_with('.');
    if !period_after || a < 2 || toks[a - 1].text(text) != "," {
        return None;
    }
    let place = toks[a - 2].text(text);
    if !(is_all_caps(place) || ctx.lex.gazetteer(place).is_some()) {
        return None;
    }
    Some(match w {
        "Ala" => "Alabama",
        "Ariz" => "Arizona",
        "Ark" => "Arkansas",
        "Calif" => "California",
        "Colo" => "Colorado",
        "Conn" => "Connecticut",
        "Del" => "Delaware",
        "Fla" => "Florida",
        "Ga" => "Georgia",
        "Ill" => "Illinois",
        "Ind" => "Indiana",
        "Kan" => "Kansas",
        "Ky" => "Kentucky",
        "La" => "Louisiana",
        "Md" => "Maryland",
        "Mass" => "Massachusetts",
        "Mich" => "Michigan",
        "Minn" => "Minnesota",
        "Miss" => "Mississippi",
        "Mo" => "Missouri",
        "Mont" => "Montana",
        "Neb" => "Nebraska",
        "Nev" => "Nevada",
        "Okla" => "Oklahoma",
        "Ore" => "Oregon",
        "Pa" => "Pennsylvania",
        "Tenn" => "Tennessee",
        "Vt" => "Vermont",
        "Va" => "Virginia",
        "Wash" => "Washington",
        "Wis" => "Wisconsin",
        "Wyo" => "Wyoming",
        _ => return None,
    })
}

#[cfg(test)]
mod fast_path_tests {
    //! The shortcuts of the rules against what they stand for.

    use proptest::prelude::*;

    use super::{is_all_caps, title_case_by_chars, with_lower, with_title_case};

    proptest! {
        #[test]
        fn with_title_case_is_title_case_by_chars(w in "[A-Za-zÉéİß'’. 0-9-]{0,40}") {
            prop_assert_eq!(with_title_case(&w, str::to_owned), title_case_by_chars(&w));
        }

        #[test]
        fn with_lower_is_to_lowercase(w in "[A-Za-zÉéİß'’. -]{0,40}") {
            prop_assert_eq!(with_lower(&w, str::to_owned), w.to_lowercase());
        }

        /// `classify_unknown` takes a word whose second byte is an ASCII lower-case letter as not
        /// all in capitals without asking `is_all_caps`.
        #[test]
        fn a_lower_case_second_byte_is_no_all_caps_word(w in "[A-Za-zÉéİ.-]{0,12}") {
            if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
                prop_assert!(!is_all_caps(&w));
            }
        }
    }
}

#[cfg(test)]
mod qual_tests {
    //! The rules that ask for real evidence of a person, over short texts written here.

    /// "LABEL:mention" for every mention of the one-paragraph article `body`, in text order.
    fn mentions(body: &str) -> String {
        crate::entities::tests::mentions(&format!("Headline\n\n{body}\n"))
    }

    #[test]
    fn everyday_words_in_short_unknown_names_are_no_person() {
        for (body, want) in [
            // An everyday word in a short name with no first name: no person, and no guess.
            ("Thousands danced at Afro Nation on the beach.", ""),
            ("The play opened at the Kwetu Theatre last month.", ""),
            ("Fans of Rolling Stone bought the new issue.", ""),
            ("The National Lottery paid out less this year.", ""),
            // Person evidence still wins: a first name, a role before, a speech verb after.
            ("Emma Stone arrived late.", "PERSON:Emma Stone"),
            (
                "The lawyer Kwesi Nation spoke first.",
                "PERSON:Kwesi Nation",
            ),
            (
                "Ofosu Nation said the vote was fair.",
                "PERSON:Ofosu Nation",
            ),
            // Unknown names without everyday words keep the old default.
            ("Adjoa Mensimah arrived late.", "PERSON:Adjoa Mensimah"),
        ] {
            assert_eq!(mentions(body), want, "{body:?}");
        }
    }

    #[test]
    fn a_compass_word_and_a_demonym_are_a_group() {
        for (body, want) in [
            (
                "Many South American farmers sold early.",
                "NORP:South American",
            ),
            ("The West African bloc met again.", "NORP:West African"),
            (
                "Two Southeast Asian airlines merged.",
                "NORP:Southeast Asian",
            ),
            // A compass word before a place stays a place.
            ("Rain fell across South Africa.", "GPE:South Africa"),
        ] {
            assert_eq!(mentions(body), want, "{body:?}");
        }
    }

    #[test]
    fn military_and_police_ranks_without_a_period_are_titles() {
        for (body, want) in [
            (
                "The raid was led by Supt Kwame Adjei.",
                "PERSON:Kwame Adjei",
            ),
            (
                "Lt Oduya Kerama reached the camp first.",
                "PERSON:Oduya Kerama",
            ),
            (
                "A letter from Prof Ines Varga arrived.",
                "PERSON:Ines Varga",
            ),
        ] {
            assert_eq!(mentions(body), want, "{body:?}");
        }
    }

    #[test]
    fn family_names_that_are_everyday_words_need_a_full_name() {
        for (body, want) in [
            // Alone, "House" and "Channel" are in the family-name list but name no one here.
            ("The House voted on the budget.", ""),
            ("Ferries crossed the Channel despite the wind.", ""),
            // After the full name, the surname alone is still the person.
            (
                "Emma Stone arrived late. Later Stone left early.",
                "PERSON:Emma Stone | PERSON:Stone",
            ),
            // A family name that is no everyday word still makes a lone word a person.
            ("Later Smith left early.", "PERSON:Smith"),
        ] {
            assert_eq!(mentions(body), want, "{body:?}");
        }
    }

    #[test]
    fn the_surname_list_drops_only_everyday_words() {
        let lex = super::Lexicon::get();
        for (w, listed, evidence) in [
            ("Smith", true, true),
            ("House", true, false),
            ("Stone", true, false),
            ("Nation", true, false),
            ("Theatre", false, false),
        ] {
            assert_eq!(lex.surnames.table().contains(w), listed, "{w}");
            assert_eq!(lex.surnames.contains(w), evidence, "{w}");
        }
    }
}
