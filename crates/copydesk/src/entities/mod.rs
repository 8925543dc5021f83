//! Entities: mentions found by rules and gazetteers, clustered one entity per real-world thing.
//!
//! The stage runs in passes over the article's title, subtitle, headings and paragraphs (never
//! over removed page furniture):
//!
//! 1. user lists (aho-corasick, leftmost-longest, on word boundaries) claim their spans first;
//! 2. [`numbers`] finds DATE, MONEY and PERCENT;
//! 3. in running text, [`names`] takes capitalised sequences as candidates and types them by
//!    titles, organisation heads, gazetteers, first-name lists and the words around them;
//! 4. the whole document then settles what single words could not: a name typed once keeps its
//!    type, surname-only and first-name-only mentions join the full name, acronyms join their
//!    expansion, capitals used for their governments join the country;
//! 5. Title Case headlines and headings only yield names the gazetteers or the body know;
//! 6. mentions are clustered into entities with a name, aliases and descriptions.
//!
//! See `docs/design/entities.md` for the rules and their limits.

// Token-index code reads best with short names (a..b runs, i/j/k cursors); tokens carry flags.
#![allow(clippy::many_single_char_names, clippy::struct_excessive_bools)]

mod demonyms;
mod describe;
mod lexicon;
mod names;
mod numbers;
mod tokens;

// (month and day names, for the quote stage's speaker names)
pub(crate) use numbers::{month, weekday};

use crate::fxhash::{FxMap, FxSet, Interner, str_eq};

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::hash::{Hash, Hasher};
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::article::{Article, Entity, Label};
use crate::{Error, Span};
use lexicon::Lexicon;
use names::{Cand, Ctx};
use tokens::{Kind, Tok};

/// The entity recogniser: compiled gazetteers and user lists.
///
/// Built once per [`Parser`](crate::Parser) and shared between threads. The built-in lists are
/// compiled once per process, on first use.
#[derive(Debug)]
pub struct Recognizer {
    user: Option<(AhoCorasick, Vec<(String, Label)>)>,
    lex: &'static Lexicon,
    /// [`KEEP_TOKENS_UP_TO`], or another size in tests of the path for long articles.
    keep_tokens_up_to: usize,
}

/// One region of the article the stage reads.
struct Region {
    span: Span,
    /// Title Case headline or heading: capitalisation is no evidence there.
    headline: bool,
    /// Where its tokens are in the kept tokens, if they are kept (see [`KEEP_TOKENS_UP_TO`]).
    toks: Option<Range<usize>>,
}

impl Region {
    /// The region's tokens, if they are kept (or what is noted of each token of `kept`).
    fn toks_in<'k, T>(&self, kept: &'k [T]) -> Option<&'k [T]> {
        self.toks.clone().map(|range| &kept[range])
    }
}

/// Articles up to this many bytes keep the tokens of every region from the first pass (which
/// collects the vocabulary) for the second; longer ones keep only their headlines' and
/// tokenise each body region again, so that memory stays bounded by a region's tokens.
const KEEP_TOKENS_UP_TO: usize = 1 << 20;

impl Recognizer {
    /// Build the recogniser with the built-in gazetteers and the user's own `(name, label)` list.
    /// User entries take precedence over everything built in.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] for an empty name.
    pub fn new(user: &[(String, Label)]) -> Result<Recognizer, Error> {
        for (index, (name, _)) in user.iter().enumerate() {
            if name.trim().is_empty() {
                return Err(Error::Gazetteer {
                    index,
                    reason: "empty name".into(),
                });
            }
        }
        let user = if user.is_empty() {
            None
        } else {
            let list: Vec<(String, Label)> = user
                .iter()
                .map(|(n, l)| (n.trim().to_string(), *l))
                .collect();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(list.iter().map(|(n, _)| n.as_str()))
                .map_err(|e| Error::Build(e.to_string()))?;
            Some((ac, list))
        };
        Ok(Recognizer {
            user,
            lex: Lexicon::get(),
            keep_tokens_up_to: KEEP_TOKENS_UP_TO,
        })
    }

    /// Entities of an article whose structure is already known.
    #[inline(never)] // once per article: out of line, so that profiles show the stage
    pub fn extract(&self, article: &Article) -> Vec<Entity> {
        if u32::try_from(article.text.len()).is_err() {
            return Vec::new(); // token offsets are u32
        }
        // The thread's buffers, borrowed for the document (in place: taking them out of the
        // cell and putting them back copied the 240-byte struct twice a document); an `extract`
        // inside this one, which nothing makes, would start from empty ones.
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                let entities = self.extract_with(article, &mut scratch);
                scratch.empty();
                entities
            }
            Err(_) => self.extract_with(article, &mut Scratch::default()),
        })
    }

    /// [`Recognizer::extract`] with the buffers of `scratch` (empty, their room kept).
    fn extract_with(&self, article: &Article, scratch: &mut Scratch) -> Vec<Entity> {
        let text = article.text.as_str();
        let keep_body = text.len() <= self.keep_tokens_up_to;
        let Scratch {
            kept,
            regions,
            spans,
            cands: scratch_cands,
            retokenised,
            claimed,
            headline_claimed,
            numeric,
            runs,
            run_classes,
        } = scratch;
        let built = regions_of(article, keep_body, kept, regions, spans);
        let (kept, regions): (&[Tok], &[Region]) = (kept, regions);
        let vocab = match built {
            Some(vocab) => Vocabulary::Built(vocab),
            None => Vocabulary::Lazy(LazyVocab::new(text, kept, regions)),
        };
        // About one candidate for every 50 bytes of news text; a huge article grows the vector
        // as it needs rather than reserving for the worst case.
        let mut cands: Vec<Cand> = recycle(std::mem::take(scratch_cands));
        room_for(&mut cands, (text.len() / 32).min(4096) + 8);

        // 1. User lists.
        let mut user_spans: Vec<Span> = Vec::new();
        if let Some((ac, list)) = &self.user {
            for r in regions {
                let s = r.span.as_str(text);
                for m in ac.find_iter(s) {
                    let span = Span::new(r.span.start + m.start(), r.span.start + m.end());
                    if !on_word_boundaries(text, span) {
                        continue;
                    }
                    let (name, label) = &list[m.pattern().as_usize()];
                    let mut c = Cand::new(span, Some(*label), names::USER);
                    c.canonical = Some(name);
                    c.words = name.split_whitespace().count();
                    cands.push(c);
                    user_spans.push(span);
                }
            }
        }

        let ctx = Ctx {
            text,
            lex: self.lex,
            vocab: &vocab,
            classes: &[],
            class_base: 0,
        };

        // 2-3. Numbers everywhere, names in running text. The tokens a headline's numbers or
        // user lists claimed are noted in `headline_claimed`, by their place in `kept`, for the
        // headline pass.
        let mut acronym_pairs: Vec<(usize, usize, bool)> = Vec::new();
        headline_claimed.resize(kept.len(), false);
        let mut number_hits = numbers::TextHits::of(text);
        for r in regions {
            let toks: &[Tok] = if let Some(toks) = r.toks_in(kept) {
                toks
            } else {
                retokenised.clear();
                // As tokenize_into reserves.
                room_for(retokenised, r.span.len() / 4 + 1);
                tokens::tokenize_into(text, r.span.start, r.span.end, retokenised);
                retokenised
            };
            claimed.clear();
            claimed.resize(toks.len(), false);
            if !user_spans.is_empty() {
                for (i, t) in toks.iter().enumerate() {
                    let ts = Span::new(t.s(), t.e());
                    // user spans are few; a binary search keeps this linear-ish
                    let k = user_spans.partition_point(|u| u.end <= ts.start);
                    if user_spans.get(k).is_some_and(|u| u.overlaps(ts)) {
                        claimed[i] = true;
                    }
                }
            }
            numeric.clear();
            numbers::find(toks, text, numeric, &mut number_hits);
            for m in numeric.iter() {
                if claimed[m.first..=m.last].iter().any(|&c| c) {
                    continue;
                }
                if m.first == m.last
                    && m.label == Label::Date
                    && month_as_surname(&ctx, toks, text, m.first)
                {
                    // "Anne March said", "Ms. May": a family name, left to the name rules.
                    continue;
                }
                for c in &mut claimed[m.first..=m.last] {
                    *c = true;
                }
                if m.first == m.last
                    && m.label == Label::Date
                    && part_of_day_after(toks, text, m.last)
                {
                    // "on Sunday evening", "Tuesday night", "early Monday", "late on Friday": a
                    // time, not a date (news corpora leave it out, the weekday with it); the
                    // weekday stays claimed, no name.
                    continue;
                }
                let span = Span::new(toks[m.first].s(), toks[m.last].e());
                let mut c = Cand::new(span, Some(m.label), names::GAZ);
                c.headline = r.headline;
                cands.push(c);
            }
            if r.headline {
                // A headline's tokens are always kept.
                if let Some(range) = r.toks.clone() {
                    headline_claimed[range].copy_from_slice(claimed);
                }
            } else {
                runs.clear();
                let region_first = cands.len();
                names::runs(toks, text, claimed, runs);
                for &(a, b) in runs.iter() {
                    let before = cands.len();
                    names::classify_run(&ctx, toks, a, b, run_classes, &mut cands);
                    // An acronym in brackets right after a name: "Fund (IMF)".
                    if cands.len() > before {
                        let last = cands.len() - 1;
                        let after = &text[cands[last].span.end..];
                        if let Some(rest) = after.strip_prefix(" (") {
                            let acr: String = rest
                                .chars()
                                .take_while(|c| {
                                    c.is_alphanumeric() || *c == '.' || *c == '-' || *c == '&'
                                })
                                .collect();
                            let close = rest[acr.len()..].starts_with(')');
                            let caps = tokens::is_all_caps(&acr);
                            if close && acr.len() <= 12 && (caps || short_name_in_brackets(&acr)) {
                                acronym_pairs.push((last, cands[last].span.end + 2, caps));
                            }
                        }
                    }
                }
                // "Tomas Varik (Halden Rovers), Arvo Kask (Tolan City)": a roster's bodies.
                names::roster_affiliations(ctx.lex, text, region_first, &mut cands);
            }
        }

        // 4. The whole document as context.
        resolve(&ctx, &mut cands, &acronym_pairs);
        drop_common_acronyms(text, &mut cands);
        take_the(text, &mut cands);

        // 5. Headlines: only what the gazetteers or the body know.
        let known = if regions.iter().any(|r| r.headline) {
            known_surfaces(text, &cands, headline_shapes(kept, regions))
        } else {
            Known::default()
        };
        for r in regions {
            if r.headline {
                let toks = r.toks_in(kept).unwrap_or_default();
                let claimed = r.toks_in(headline_claimed).unwrap_or_default();
                headline_names(&ctx, toks, claimed, &known, &mut cands);
            }
        }

        // "Ana Ruiz (ESP)": a country code after a person, in the body or a results line.
        names::country_codes_after_people(text, &mut cands);

        // 6. Entities.
        names::ruled_places(ctx.lex, text, &mut cands);
        names::places_in_places(ctx.lex, text, &mut cands);
        names::join_place_and_country(ctx.lex, text, &mut cands);
        demonyms::with_ultra(text, &mut cands);
        let entities = cluster(text, &cands, regions);
        *scratch_cands = recycle(cands);
        entities
    }
}

/// Buffers of the stage kept from one document to the next by each thread (emptied, their room
/// kept): the tokens, regions and candidates of an article and the scratch of its passes were
/// allocated anew for every article, and a token vector has room for a quarter of the text.
#[derive(Default)]
struct Scratch {
    kept: Vec<Tok>,
    regions: Vec<Region>,
    spans: Vec<(Span, bool)>,
    /// Always empty: the candidates borrow their article's text; see [`recycle`].
    cands: Vec<Cand<'static>>,
    retokenised: Vec<Tok>,
    claimed: Vec<bool>,
    headline_claimed: Vec<bool>,
    numeric: Vec<numbers::NumMention>,
    runs: Vec<(usize, usize)>,
    run_classes: Vec<u16>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Scratch {
    /// Every buffer emptied ([`crate::scratch::empty`]: one that a long article grew too far is
    /// let go).
    fn empty(&mut self) {
        use crate::scratch::empty as keep;
        keep(&mut self.kept);
        keep(&mut self.regions);
        keep(&mut self.spans);
        keep(&mut self.cands);
        keep(&mut self.retokenised);
        keep(&mut self.claimed);
        keep(&mut self.headline_claimed);
        keep(&mut self.numeric);
        keep(&mut self.runs);
        keep(&mut self.run_classes);
    }
}

/// Room for `n` items in the empty vector `v`. Its room from the last article is kept when it
/// is enough; else it is let go for a new vector twice as large or of `n` (growing it would copy
/// the old room's bytes, which are of no use).
fn room_for<T>(v: &mut Vec<T>, n: usize) {
    debug_assert!(v.is_empty());
    if v.capacity() < n {
        *v = Vec::with_capacity(n.max(2 * v.capacity()));
    }
}

/// `v` emptied, as a vector of candidates of another lifetime, with its room: collected in place
/// from an empty iterator (the standard library reuses the allocation of a vector collected
/// into one of the same layout).
fn recycle<'b>(mut v: Vec<Cand<'_>>) -> Vec<Cand<'b>> {
    v.clear();
    v.into_iter()
        .map(|_| unreachable!("emptied above"))
        .collect()
}

fn on_word_boundaries(text: &str, s: Span) -> bool {
    let before = text[..s.start].chars().next_back();
    let after = text[s.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Words of the whole document the rules consult: sentence-initial capitalised words that the
/// document also writes in lower case ("Sanctions" / "sanctions") are common words.
pub(crate) struct Vocab<'t> {
    /// Sentence-initial capitalised words, lower-cased, and whether the document also writes
    /// them in lower case.
    initial: FxMap<Folded<'t>, bool>,
    /// A quick test before the map: bit `len % 64` of `filter[first byte % 32]` (of the
    /// lower-cased word) is set for the words in it. Most lower-case words of a document are
    /// not there.
    filter: [u64; 32],
    /// The same by last byte: both bits must be set (a third of the document's lower-case
    /// words pass the first filter alone).
    filter_last: [u64; 32],
    /// The last lower-case word looked up in the map in each of [`LOOKED_UP_SLOTS`] slots (by
    /// first and last byte and length; empty for none), found there or not: "the" or "but"
    /// come again and again, and comparing with the word there is cheaper than the map. Once
    /// the lower-case words are being noted the map gains no key, so a word looked up answers
    /// the same the next time; [`Vocab::add_initial`] empties the slots.
    looked_up: [&'t str; LOOKED_UP_SLOTS],
    /// Whether any slot of [`Vocab::looked_up`] holds a word.
    any_looked_up: bool,
}

/// The slots of [`Vocab::looked_up`].
const LOOKED_UP_SLOTS: usize = 128;

impl Default for Vocab<'_> {
    fn default() -> Self {
        Self {
            initial: FxMap::default(),
            filter: [0; 32],
            filter_last: [0; 32],
            looked_up: [""; LOOKED_UP_SLOTS],
            any_looked_up: false,
        }
    }
}

/// A word in lower case as [`Vocab`] keeps it: an ASCII word as the text writes it (no
/// allocation), any other word lower-cased. Keys are compared and hashed ignoring ASCII case,
/// so "The" is the key "the"; a word looked up must have no ASCII capital (see
/// [`Vocab::get_mut`]) for that to be the same as comparing lower-case strings.
struct Folded<'t>(Cow<'t, str>);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    /// The hash of the ASCII-lower-cased bytes, eight at a time.
    fn hash<H: Hasher>(&self, state: &mut H) {
        for chunk in self.0.as_bytes().chunks(8) {
            state.write_u64(ascii_lower_8(crate::fxhash::load_padded(chunk)));
        }
    }
}

/// Eight bytes ASCII-lower-cased at once: 0x20 added to each byte from `A` to `Z`.
fn ascii_lower_8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & LOW7;
    // The high bit of each byte: its low seven bits are at least `A` (0x41), not above `Z`
    // (0x5a), and the byte is ASCII.
    let from_a = low7 + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low7 + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

impl<'t> Vocab<'t> {
    /// Note a sentence-initial capitalised word.
    fn add_initial(&mut self, w: &'t str) {
        let key = if w.is_ascii() {
            Cow::Borrowed(w) // lower-cased by `Folded`'s comparison
        } else {
            Cow::Owned(w.to_lowercase())
        };
        let b = key.as_bytes();
        let (Some(first), Some(last)) = (b.first(), b.last()) else {
            return;
        };
        let (slot, slot_last, bit) = Self::filter_bit(
            first.to_ascii_lowercase(),
            last.to_ascii_lowercase(),
            b.len(),
        );
        self.filter[slot] |= bit;
        self.filter_last[slot_last] |= bit;
        // A word looked up before may be a key now (not so in `regions_of` or
        // `Vocab::of_tokens`, which note every initial word first).
        if self.any_looked_up {
            self.looked_up = [""; LOOKED_UP_SLOTS];
            self.any_looked_up = false;
        }
        self.initial.entry(Folded(key)).or_insert(false);
    }

    /// The filter slots and bit of a lower-case word by its first and last byte and its
    /// length.
    #[inline]
    fn filter_bit(first: u8, last: u8, len: usize) -> (usize, usize, u64) {
        (
            usize::from(first % 32),
            usize::from(last % 32),
            1 << (len % 64),
        )
    }

    /// The entry of a word with no ASCII capital (`Folded` equality is then the equality of
    /// the lower-case strings).
    fn get_mut(&mut self, lower: &'t str) -> Option<&mut bool> {
        let also_lower = self.initial.get_mut(&Folded(Cow::Borrowed(lower)))?;
        // Checked on a hit only: "iPhone" is no key "iphone".
        (!lower.bytes().any(|b| b.is_ascii_uppercase())).then_some(also_lower)
    }

    /// Note a word the document writes in lower case.
    #[inline]
    fn add_lower(&mut self, w: &'t str) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            self.add_lower_at(w, 0, first, last, b.len());
        }
    }

    /// Note every word token of `toks` (tokens of `text`) that starts with a lower-case ASCII
    /// letter, as [`Vocab::add_lower`] would one by one.
    ///
    /// Whether a token passes the filter is hard to predict (a quarter of the lower-case words
    /// do, in no pattern), so a branch per token cost more than the test: the filter is
    /// applied to a block of tokens first without branching, noting the ones that pass, and
    /// only those are then looked up.
    fn add_lower_tokens(&mut self, text: &'t str, toks: &[Tok]) {
        const BLOCK: usize = 64;
        let bytes = text.as_bytes();
        let mut passed = [0u8; BLOCK];
        for block in toks.chunks(BLOCK) {
            let mut n = 0;
            for (i, t) in block.iter().enumerate() {
                // The filter of every token, lower-case word or not (a token is never empty).
                let last = bytes[t.e() - 1];
                let (slot, slot_last, bit) = Self::filter_bit(t.first, last, t.e() - t.s());
                let in_filter = self.filter[slot] & self.filter_last[slot_last] & bit != 0;
                let lower_word = (t.kind == Kind::Word) & t.first.is_ascii_lowercase();
                // Written always, kept only when the token passes (`n <= i < BLOCK`).
                passed[n % BLOCK] = i as u8;
                n += usize::from(lower_word & in_filter);
            }
            for &i in &passed[..n] {
                let t = &block[usize::from(i)];
                let seen = Self::looked_up_slot(t.first, bytes[t.e() - 1], t.e() - t.s());
                self.add_lower_filtered(&text[t.s()..t.e()], seen);
            }
        }
    }

    /// [`Vocab::add_lower`] of `text[start..start + len]`, whose first and last bytes are given.
    #[inline]
    fn add_lower_at(&mut self, text: &'t str, start: usize, first: u8, last: u8, len: usize) {
        // The filter inline (called for every lower-case word; most stop here), the rest not.
        let (slot, slot_last, bit) = Self::filter_bit(first, last, len);
        if self.filter[slot] & bit != 0 && self.filter_last[slot_last] & bit != 0 {
            let seen = Self::looked_up_slot(first, last, len);
            self.add_lower_filtered(&text[start..start + len], seen);
        }
    }

    /// The slot of [`Vocab::looked_up`] of a lower-case word by its first and last byte and
    /// its length.
    #[inline]
    fn looked_up_slot(first: u8, last: u8, len: usize) -> usize {
        let key = u32::from(first) | u32::from(last) << 8 | (len as u32) << 16;
        (key.wrapping_mul(0x9e37_79b1) >> 25) as usize % LOOKED_UP_SLOTS
    }

    /// [`Vocab::add_lower`] of a word that passed the filter, whose slot of
    /// [`Vocab::looked_up`] is `seen`.
    #[inline(never)]
    fn add_lower_filtered(&mut self, w: &'t str, seen: usize) {
        if str_eq(self.looked_up[seen], w) {
            return;
        }
        if let Some(also_lower) = self.get_mut(w) {
            *also_lower = true;
        }
        self.looked_up[seen] = w;
        self.any_looked_up = true;
    }

    /// True when `lower` is a sentence-initial word (lower-cased) that the document also
    /// writes in lower case.
    pub(crate) fn is_common(&self, lower: &str) -> bool {
        !lower.bytes().any(|b| b.is_ascii_uppercase())
            && self.initial.get(&Folded(Cow::Borrowed(lower))) == Some(&true)
    }
}

impl<'t> Vocab<'t> {
    /// Room in the map for the initial words of `text`: about one sentence-initial word for
    /// every 200 bytes; room for them from the start saves the map's growing (its rehashing
    /// was half the cost of the insertions).
    fn reserve_for(&mut self, text: &str) {
        self.initial.reserve((text.len() / 128).min(1024));
    }

    /// The vocabulary of the regions `regions` whose tokens are all in `kept`: first every
    /// sentence-initial word, then every lower-case word.
    fn of_tokens(text: &'t str, kept: &[Tok], regions: &[Region]) -> Self {
        let mut vocab = Vocab::default();
        vocab.reserve_for(text);
        for r in regions {
            let toks = r.toks_in(kept).unwrap_or_default();
            for (i, t) in toks.iter().enumerate() {
                if t.sent_start && t.kind == Kind::Word {
                    if let Some(w) = initial_word(text, toks, i) {
                        vocab.add_initial(w);
                    }
                }
            }
        }
        vocab.add_lower_tokens(text, kept);
        vocab
    }
}

/// The vocabulary as the rules ask it ([`Vocabulary::is_common`]): built in full while the
/// regions are read (long articles, whose body tokens are not kept), or read from the kept
/// tokens when asked.
pub(crate) enum Vocabulary<'t> {
    Built(Vocab<'t>),
    Lazy(LazyVocab<'t>),
}

impl Vocabulary<'_> {
    /// [`Vocab::is_common`]: `lower` is a sentence-initial word (lower-cased) that the
    /// document also writes in lower case. `noted_initial`: `lower` is known to be the lower
    /// case of a sentence-initial word the vocabulary notes (the question is then only whether
    /// the document writes it in lower case); false when not known.
    pub(crate) fn is_common(&self, lower: &str, noted_initial: bool) -> bool {
        match self {
            Vocabulary::Built(v) => v.is_common(lower),
            Vocabulary::Lazy(v) => v.is_common(lower, noted_initial),
        }
    }
}

/// The vocabulary of a document whose tokens are all kept, answered from the tokens.
///
/// The rules ask it about a few words a document (the sentence-initial words of some names;
/// under three different words in a news article on average), where building it in full read
/// every token twice and put every sentence-initial word in a map: each of the first
/// [`LazyVocab::SEARCHES`] different words asked is looked for in the tokens, and the full
/// [`Vocab`] is built only for a document that asks about more.
pub(crate) struct LazyVocab<'t> {
    text: &'t str,
    kept: &'t [Tok],
    regions: &'t [Region],
    /// The words searched for so far, and the answers (the same word is often asked again:
    /// "Mr." before every name that opens a sentence).
    answers: RefCell<Vec<(String, bool)>>,
    built: OnceCell<Vocab<'t>>,
}

impl<'t> LazyVocab<'t> {
    /// Words searched for in the tokens before the full vocabulary is built.
    const SEARCHES: usize = 8;

    /// Words of this many bytes or more are looked for in the text, shorter ones (found too
    /// often inside other words) in the tokens.
    const FIND_FROM_LEN: usize = 3;

    fn new(text: &'t str, kept: &'t [Tok], regions: &'t [Region]) -> Self {
        LazyVocab {
            text,
            kept,
            regions,
            answers: RefCell::new(Vec::new()),
            built: OnceCell::new(),
        }
    }

    /// [`Vocabulary::is_common`].
    fn is_common(&self, lower: &str, noted_initial: bool) -> bool {
        if let Some(v) = self.built.get() {
            return v.is_common(lower);
        }
        let mut answers = self.answers.borrow_mut();
        if let Some(&(_, answer)) = answers.iter().find(|(w, _)| w == lower) {
            return answer;
        }
        if answers.len() >= Self::SEARCHES {
            return self
                .built
                .get_or_init(|| Vocab::of_tokens(self.text, self.kept, self.regions))
                .is_common(lower);
        }
        let answer = self.search(lower, noted_initial);
        answers.push((lower.to_string(), answer));
        answer
    }

    /// [`Vocab::is_common`] of the vocabulary of the tokens, by a search of them: a lower-case
    /// word token that is `lower`, and (unless `noted_initial` says there is one) a
    /// sentence-initial word whose key ([`Vocab::add_initial`]) is `lower` ignoring ASCII case.
    fn search(&self, lower: &str, noted_initial: bool) -> bool {
        let text = self.text;
        let l = lower.as_bytes();
        // A noted lower-case word starts with an ASCII lower-case letter and has no ASCII
        // capital (`Vocab::get_mut`): equal to `lower`, so must `lower` be.
        let Some(&first) = l.first() else {
            return false;
        };
        if !first.is_ascii_lowercase() || l.iter().any(u8::is_ascii_uppercase) {
            return false;
        }
        let word_token = |t: &Tok| {
            t.first == first
                && t.e() - t.s() == l.len()
                && t.kind == Kind::Word
                && &text.as_bytes()[t.s()..t.e()] == l
        };
        let written_lower = if l.len() < Self::FIND_FROM_LEN {
            self.kept.iter().any(word_token)
        } else {
            // The word in the text (a fast search; seldom found but as a token), and the
            // token there found by its start (the kept tokens are in text order). Every
            // place, overlapping ones too: in "bbbb" a token "bbb" may start after the first
            // "bbb" (where a region starts).
            let finder = memchr::memmem::Finder::new(l);
            let bytes = text.as_bytes();
            let mut from = 0;
            let mut found = false;
            while let Some(k) = finder.find(&bytes[from..]) {
                let at = from + k;
                let i = self.kept.partition_point(|t| t.s() < at);
                if self
                    .kept
                    .get(i)
                    .is_some_and(|t| t.s() == at && word_token(t))
                {
                    found = true;
                    break;
                }
                from = at + 1;
            }
            found
        };
        if !written_lower || noted_initial {
            return written_lower;
        }
        self.regions.iter().any(|r| {
            let toks = r.toks_in(self.kept).unwrap_or_default();
            toks.iter().enumerate().any(|(i, t)| {
                t.sent_start
                    && t.kind == Kind::Word
                    && initial_word(text, toks, i).is_some_and(|w| initial_key_is(w, lower))
            })
        })
    }
}

/// Whether the key [`Vocab::add_initial`] makes of the initial word `w` is `lower` ignoring
/// ASCII case (as [`Folded`] compares keys).
fn initial_key_is(w: &str, lower: &str) -> bool {
    if w.is_ascii() {
        w.eq_ignore_ascii_case(lower)
    } else {
        w.to_lowercase().eq_ignore_ascii_case(lower)
    }
}

/// The parts of the article the stage reads, in text order, appended to `out` (empty), with
/// their tokens appended to `kept` (empty; every region's when `keep_body`, else only the
/// headlines'); and, unless `keep_body`, the vocabulary (with every token kept, [`LazyVocab`]
/// reads it from the tokens when asked). `spans` is scratch space.
fn regions_of<'t>(
    article: &'t Article,
    keep_body: bool,
    kept: &mut Vec<Tok>,
    out: &mut Vec<Region>,
    spans: &mut Vec<(Span, bool)>,
) -> Option<Vocab<'t>> {
    let text = article.text.as_str();
    let most = 2 + article
        .sections
        .iter()
        .map(|s| 1 + s.paragraphs.len())
        .sum::<usize>();
    spans.clear();
    spans.reserve(most);
    for (s, head) in [(article.title, true), (article.subtitle, false)] {
        if let Some(s) = s {
            spans.push((s, head));
        }
    }
    for section in &article.sections {
        if let Some(h) = section.heading {
            spans.push((h, true));
        }
        for p in &section.paragraphs {
            spans.push((p.span, false));
        }
    }
    spans.sort_by_key(|(s, _)| s.start);
    if keep_body {
        // At most one token for every four bytes of a region, as tokenize_into reserves.
        room_for(kept, text.len() / 4 + spans.len());
    }
    // Every lower-case word (collected only when the tokens are not kept: they are looked up
    // from the kept tokens otherwise).
    let mut lower: FxSet<&str> = FxSet::default();
    // Made only for a long article: a vocabulary's slots and filters are 2.5 kB to fill, which
    // every short document paid for nothing.
    let mut vocab = (!keep_body).then(|| {
        let mut vocab = Vocab::default();
        vocab.reserve_for(text);
        vocab
    });
    out.clear();
    out.reserve(spans.len());
    let mut last_end = 0;
    for &(span, head) in spans.iter() {
        if span.start < last_end || span.is_empty() || span.end > text.len() {
            continue;
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            continue;
        }
        last_end = span.end;
        let from = kept.len();
        tokens::tokenize_into(text, span.start, span.end, kept);
        let toks = &kept[from..];
        // (the article's first line when no title was found: a headline that ends with a
        // point, "Harbor Town Says Mayor Should Get Third Term.")
        let first_line =
            out.is_empty() && article.title.is_none() && !span.as_str(text).contains('\n');
        let headline = is_title_case(text, toks, head, first_line);
        if let Some(vocab) = vocab.as_mut() {
            for (i, t) in toks.iter().enumerate() {
                if t.kind != Kind::Word {
                    continue;
                }
                if t.first_byte().is_ascii_lowercase() {
                    lower.insert(t.text(text));
                } else if t.sent_start {
                    if let Some(w) = initial_word(text, toks, i) {
                        vocab.add_initial(w);
                    }
                }
            }
        }
        // Unless the article is short, body tokens are made again, one region at a time, so
        // that a long article never holds all its tokens at once; headline tokens are kept
        // for the last pass.
        let keep = keep_body || headline;
        if !keep {
            kept.truncate(from);
        }
        out.push(Region {
            span,
            headline,
            toks: keep.then_some(from..kept.len()),
        });
    }
    let mut vocab = vocab?;
    for w in lower {
        vocab.add_lower(w);
    }
    Some(vocab)
}

/// The text of the sentence-initial word token `toks[i]` if the vocabulary notes it: a
/// capitalised word (not all capitals) followed by another word.
fn initial_word<'t>(text: &'t str, toks: &[Tok], i: usize) -> Option<&'t str> {
    let t = &toks[i];
    if t.first_byte().is_ascii_lowercase() || !toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word)
    {
        return None;
    }
    let w = t.text(text);
    (tokens::is_cap(w) && !tokens::is_all_caps(w)).then_some(w)
}

/// A short line in Title Case ("Kremlin Assembles Negotiation Team For US Talks").
/// `first_line`: the line opens an article that has no title, where a headline may end with a
/// point; such a line is one only with three content words or more, all capitalised.
fn is_title_case(text: &str, toks: &[Tok], declared_heading: bool, first_line: bool) -> bool {
    let ends_sentence = toks.last().is_some_and(|t| {
        t.kind == Kind::Punct && matches!(t.text(text), "." | "!" | "?" | "\"" | "”" | ":")
    });
    // A paragraph that ends like a sentence is no headline, whatever its words (the common case:
    // decided before counting them).
    let pointed_first_line = !declared_heading && ends_sentence && first_line;
    if !declared_heading && ends_sentence && !first_line {
        return false;
    }
    // One pass, no allocation: count words, and capitalised ones among the content words
    // (four letters or more, the first word aside).
    let (mut words, mut content, mut caps, mut all_cap) = (0usize, 0usize, 0usize, true);
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = t.text(text);
        let cap = tokens::is_cap(w);
        all_cap &= cap;
        if words > 0 && w.len() >= 4 && w.chars().nth(3).is_some() {
            content += 1;
            caps += usize::from(cap);
        }
        words += 1;
        if words > 20 && !declared_heading {
            return false;
        }
    }
    if words < 2 {
        return declared_heading;
    }
    if content == 0 {
        return all_cap && !pointed_first_line;
    }
    // (a pointed first line only with every content word capitalised: "Dunmore: The Town
    // Spice Fair was opened at …" is a sentence)
    if pointed_first_line {
        return content >= 3 && caps == content;
    }
    caps * 10 >= content * 7
}

/// Calls `each` with the parts of a person's name that may stand alone: its capitalised words
/// (no initials or suffixes), and a hyphenated word whole and in capitalised pieces.
fn person_parts<'t>(text: &'t str, c: &Cand, mut each: impl FnMut(&'t str)) {
    let part = |p: &&str| {
        tokens::is_cap(p)
            && !tokens::is_initial(p)
            && !matches!(
                *p,
                "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV" | "Al" | "El"
            )
    };
    let mut one = |word: &'t str| {
        if !word.bytes().any(|b| b == b'-') {
            // The common case: the word is its only piece.
            if part(&word) {
                each(word);
            }
            return;
        }
        // "Owusu-Ansah" and "al-Hassan" whole, and their capitalised pieces.
        if word.split('-').any(tokens::is_cap) {
            each(word);
        }
        word.split('-').filter(part).for_each(&mut each);
    };
    for_each_word(c.span.as_str(text), &mut one);
}

/// Calls `each` with the pieces of `name.split(char::is_whitespace)`. Names are nearly always
/// printable ASCII and spaces: those are split on the space byte rather than by decoding
/// every character.
fn for_each_word<'t>(name: &'t str, mut each: impl FnMut(&'t str)) {
    if name.bytes().all(|b| b == b' ' || (0x21..0x80).contains(&b)) {
        // `name.split(' ')` byte by byte: names are short, and the char searcher costs more.
        let mut start = 0;
        for (i, &b) in name.as_bytes().iter().enumerate() {
            if b == b' ' {
                each(&name[start..i]);
                start = i + 1;
            }
        }
        each(&name[start..]);
    } else {
        name.split(char::is_whitespace).for_each(each);
    }
}

/// `s.split_whitespace().count()`, with ASCII text (nearly every name) read byte by byte
/// rather than decoded character by character.
fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    // A word starts at each byte that is no white space after one that is (or at the start).
    let mut words = 0;
    let mut space = true;
    for &b in s.as_bytes() {
        let is_space = matches!(b, b' ' | b'\t'..=b'\r');
        words += usize::from(space && !is_space);
        space = is_space;
    }
    words
}

/// Short forms of company names: "Harbourline Shipping Ltd." is also "Harbourline Shipping"
/// and "Harbourline".
fn company_short_forms<'t>(text: &'t str, c: &Cand) -> Vec<&'t str> {
    let s = c.span.as_str(text);
    let Some((stem, suffix)) = s.rsplit_once(' ') else {
        return Vec::new();
    };
    if !lexicon::is_company_suffix(suffix) {
        return Vec::new();
    }
    let mut out = vec![stem];
    if let Some((first, _)) = stem.split_once(' ') {
        if first.len() >= 4 && !lexicon::is_stopword(first) {
            out.push(first);
        }
    }
    out
}

/// (session 33) A month's name at `i` that is a family name: right after a listed given name or
/// an honorific, one space between, on the line ("Anne March said", "Ms. May", "Tom June's
/// book" reads the same), with no number after it ("Anne March 5" stays a date) and no
/// possessive before it ("Anne's March trip").
fn month_as_surname(ctx: &Ctx, toks: &[Tok], text: &str, i: usize) -> bool {
    let t = &toks[i];
    if i == 0 || t.line_before || !t.first.is_ascii_uppercase() {
        return false;
    }
    let p = &toks[i - 1];
    let w = t.text(text);
    if p.kind != Kind::Word || p.possessive || p.e() + 1 != t.s() || w.len() < 3 || w.ends_with('.')
    {
        return false;
    }
    let prev = p.text(text);
    numbers::month(w).is_some()
        && !matches!(w, "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept")
        // ("In March": a given name of two letters is as often a word)
        && (prev.len() >= 3 && !lexicon::is_stopword(prev) && ctx.lex.first_names.contains(prev)
            || lexicon::is_honorific(prev))
        && toks.get(i + 1).is_none_or(|n| n.kind != Kind::Number)
}

/// A weekday at `i` that names a time of that day: a part of the day follows it ("Sunday
/// evening"), or "early" or "late" comes before it, "on" between them or not ("early Monday",
/// "late on Friday").
fn part_of_day_after(toks: &[Tok], text: &str, i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let part_after = matches!(
        w(i + 1),
        "morning" | "afternoon" | "evening" | "night" | "midnight"
    );
    let edge_before =
        |k: Option<usize>| k.is_some_and(|k| matches!(w(k), "early" | "late" | "Early" | "Late"));
    let before = i.checked_sub(1);
    let edge = edge_before(before)
        || (before.is_some_and(|b| w(b) == "on") && edge_before(i.checked_sub(2)));
    (part_after || edge) && numbers::weekday(w(i))
}

/// A short name in brackets after a name that is no acronym in capitals but may stand for the
/// name ("Institute of Tidal Studies (Tidestu)", "Ministry of Trade (`MoT`)"): one capitalised word
/// of three letters or more with a lower-case letter, no dot, no closed-class word. The plural
/// of an acronym ("Impact Assessments (EIAs)") names things, and is left out.
fn short_name_in_brackets(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(u8::is_ascii_lowercase)
        && (b[b.len() - 1] != b's' || b[1..b.len() - 1].iter().any(u8::is_ascii_lowercase))
        && !b.contains(&b'.')
        && !b.contains(&b'&')
        && lexicon::word_class(w) == 0
}

/// "new energy vehicles (NEV)", "mobile financial service (MFS)", "NPLs (non-performing loans)":
/// an acronym the article spells out in lower-case words, one word for each of its letters,
/// names a thing, not an organisation, and none of its mentions is an entity. An expansion with a word for a body in it ("special
/// investigation team (SIT)", "ministry of health (MOH)") is an organisation all the same, and
/// stays.
fn drop_common_acronyms(text: &str, cands: &mut Vec<Cand>) {
    if !cands.iter().any(|c| c.words == 1) {
        return;
    }
    let bytes = text.as_bytes();
    let mut common: Vec<&str> = Vec::new();
    for p in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = bytes[p..].iter().take(82).position(|&b| b == b')') else {
            continue;
        };
        let inner = &text[p + 1..p + close];
        let acronym = |w: &'_ str| -> bool {
            (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        // "vehicles (NEV)", "loans (NPLs)": the expansion before the brackets.
        let inside = inner.strip_suffix('s').unwrap_or(inner);
        if acronym(inside) {
            if (lower_case_expansion_of(&text[..p], inside)
                || post_expansion_of(&text[..p], inside))
                && !common.contains(&inside)
            {
                common.push(inside);
            }
            continue;
        }
        // "NPLs (non-performing loans)": the expansion inside them.
        let Some(before) = text[..p].strip_suffix(' ') else {
            continue;
        };
        let word_start = before
            .bytes()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let word = word.strip_suffix('s').unwrap_or(word);
        if acronym(word) && lower_case_expansion_of(inner, word) && !common.contains(&word) {
            common.push(word);
        }
    }
    if common.is_empty() {
        return;
    }
    cands.retain(|c| c.strength >= names::USER || !common.contains(&c.span.as_str(text)));
}

/// `rest` ends in lower-case words whose first letters spell `acronym` (ASCII capitals), "of",
/// "and", "the" ... skipped inside it, and none of them is a word for a body of people ("special
/// investigation team", "ministry of health").
fn lower_case_expansion_of(rest: &str, acronym: &str) -> bool {
    // Words are runs of letters and apostrophes; hyphens, spaces and quotation marks part them
    // ("non-performing loans" gives "loans", "performing", "non").
    spelled_by(
        rest,
        acronym,
        |c| c.is_alphabetic() || c == '\'' || c == '’',
        |w| {
            matches!(
                w,
                "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a" | "an"
            )
        },
        |_, word, letter| !is_body_word(word) && word.as_bytes()[0] == letter.to_ascii_lowercase(),
    )
}

/// `rest` ends in capitalised words whose first letters spell `acronym`, the last of them a
/// post ("Municipal Chief Executive (MCE)", "Vice-Prime Minister (VPM)", "District Police
/// Officer (DPO)"): the acronym names the post and its holder, not a body (session 27).
fn post_expansion_of(rest: &str, acronym: &str) -> bool {
    spelled_by(
        rest,
        acronym,
        char::is_alphabetic,
        |w| matches!(w, "of" | "and" | "the" | "for"),
        |last, word, letter| {
            (!last
                || matches!(
                    word,
                    "Officer"
                        | "Executive"
                        | "Minister"
                        | "Secretary"
                        | "Commissioner"
                        | "Superintendent"
                        | "Inspector"
                        | "Governor"
                        | "Chairman"
                        | "Chairperson"
                        | "Councillor"
                        | "Magistrate"
                        | "President"
                        | "Member"
                ))
                && word.as_bytes()[0] == letter
        },
    )
}

/// The walk both expansions share: the words at the end of `rest` (runs of `in_word`
/// characters), last first, one per letter of `acronym` (two or more), words that `skip` inside
/// the run passed over, each word `fits` its letter (`last`: the run's last word).
fn spelled_by(
    rest: &str,
    acronym: &str,
    in_word: impl Fn(char) -> bool,
    skip: impl Fn(&str) -> bool,
    fits: impl Fn(bool, &str, u8) -> bool,
) -> bool {
    let letters = acronym.as_bytes();
    if letters.len() < 2 {
        return false;
    }
    let mut words = rest
        .trim_end_matches(' ')
        .rsplit(|c: char| !in_word(c))
        .filter(|w| !w.is_empty());
    let mut last = true;
    for &letter in letters.iter().rev() {
        let Some(word) = words.find(|&w| last || !skip(w)) else {
            return false;
        };
        if !fits(last, word, letter) {
            return false;
        }
        last = false;
    }
    true
}

/// A lower-case noun for a body of people: "team" in "special investigation team".
fn is_body_word(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "teams"
            | "committee"
            | "commission"
            | "council"
            | "board"
            | "agency"
            | "authority"
            | "bureau"
            | "department"
            | "ministry"
            | "office"
            | "court"
            | "tribunal"
            | "police"
            | "force"
            | "forces"
            | "guard"
            | "army"
            | "navy"
            | "party"
            | "union"
            | "bank"
            | "company"
            | "corporation"
            | "association"
            | "federation"
            | "organisation"
            | "organization"
            | "group"
            | "alliance"
            | "movement"
            | "institute"
            | "university"
            | "college"
            | "school"
            | "hospital"
            | "club"
            | "league"
            | "society"
            | "foundation"
            | "trust"
            | "squad"
            | "brigade"
            | "wing"
            | "directorate"
            | "secretariat"
            | "assembly"
            | "parliament"
            | "senate"
            | "congress"
            | "cabinet"
            | "government"
            | "administration"
            | "centre"
            | "center"
            | "coalition"
            | "consortium"
            | "firm"
            | "agencies"
            | "regiment"
            | "battalion"
            | "division"
            | "corps"
            | "mission"
    )
}

/// Settle labels and keys with the whole document as context.
#[inline(never)] // once per article: out of line, so that profiles show it
fn resolve<'t>(
    ctx: &Ctx<'t, '_>,
    cands: &mut Vec<Cand<'t>>,
    acronym_pairs: &[(usize, usize, bool)],
) {
    let text = ctx.text;
    // Each surface is hashed once: it gets a number, and the tables below (acronyms, short
    // forms of companies, parts of people's names) are vectors by that number. A key of theirs
    // that is no candidate's surface is never asked about, and is left out.
    let mut surfaces = Interner::with_capacity(cands.len());
    let surface_of: Vec<usize> = cands
        .iter()
        .map(|c| surfaces.intern(0, c.span.as_str(text)))
        .collect();
    let n_surfaces = surfaces.len();
    // Acronyms take their expansion's label and name (the first expansion of each).
    // A short name in brackets that is no acronym ("Board of Tides (Tidebo)") follows only an
    // organisation, and does not retype a name the lists know (`caps` false).
    let mut acronyms: Vec<Option<(Label, &str, bool)>> = Vec::new();
    for &(i, acr_start, caps) in acronym_pairs {
        let Some(label) = cands[i].label else {
            continue;
        };
        let person = label == Label::Person;
        if !(matches!(label, Label::Org | Label::Gpe | Label::Loc | Label::Norp) || person && caps)
            || !(caps || label == Label::Org)
        {
            continue;
        }
        let acr: &str = {
            let rest = &text[acr_start..];
            let n = rest.find(')').unwrap_or(0);
            &rest[..n]
        };
        if acr.is_empty() {
            continue;
        }
        // "Ana Maria Ruiz Tamm (AMRT)": the initials of a person (typed from more than the
        // name's shape) in brackets are the person (session 27); other capitals after a
        // person's name are a body or a credit ("(AFP)").
        if person
            && (cands[i].strength < names::MEDIUM
                || !initials_spell(cands[i].span.as_str(text), acr))
        {
            continue;
        }
        let Some(n) = surfaces.get(0, acr) else {
            continue;
        };
        let mut key = cands[i]
            .canonical
            .unwrap_or_else(|| cands[i].span.as_str(text));
        // (session 30) "the Tolan Chamber of Commerce in Varen (TCCV)": four capitals or more
        // after a place that do not spell it are the body whose name ends in the place, named
        // by its acronym; a place's own short form has its letters in order ("Varen Lowlands
        // (VLL)"). Three are as often a code of the place (an airport's: "Varen City (VRC)").
        let mut label = label;
        if matches!(label, Label::Gpe | Label::Loc)
            && caps
            && acr.len() >= 4
            && !letters_in_order(key, acr)
        {
            label = Label::Org;
            key = acr;
        }
        acronyms.resize(n_surfaces, None);
        acronyms[n].get_or_insert((label, key, caps));
    }
    if !acronyms.is_empty() {
        for (c, &n) in cands.iter_mut().zip(&surface_of) {
            if c.strength >= names::USER {
                continue;
            }
            if let Some((label, key, caps)) = acronyms[n] {
                if (!caps || label == Label::Person) && c.strength >= names::GAZ {
                    continue;
                }
                c.label = Some(label);
                c.canonical = Some(key);
                c.strength = c.strength.max(names::MEDIUM);
            }
        }
    }
    // A name typed once keeps its type: the strongest evidence for each surface wins: the best
    // candidate per surface number.
    let mut best: Vec<Option<usize>> = vec![None; n_surfaces];
    // (session 34) Per surface number, whether a lone word is typed a person inside a sentence
    // (set as the labels spread, below): the article's own evidence for the same word opening
    // one (see the drop of doubtful names at the end). And the plurals in -s of the peoples
    // `names` typed by the noun after them ("the Tavrani community", STRONG): (surface number
    // of the plural, the people's word).
    let mut person_inside: Vec<bool> = Vec::new();
    let mut plurals: Vec<(usize, &'t str)> = Vec::new();
    for (i, (c, &n)) in cands.iter().zip(&surface_of).enumerate() {
        if c.label.is_none() {
            continue;
        }
        if c.label == Some(Label::Norp)
            && c.strength == names::STRONG
            && c.words == 1
            && !c.sent_start
            && !c.headline
        {
            let w = c.span.as_str(text);
            if !w.ends_with('s') {
                if let Some(p) = surfaces.get(0, &format!("{w}s")) {
                    plurals.push((p, w));
                }
            }
        }
        match best[n] {
            Some(j) if c.strength <= cands[j].strength => {}
            _ => best[n] = Some(i),
        }
    }
    if !plurals.is_empty() {
        // "the Tavranis": the plural of a people is that people (its own best candidate, if any,
        // is weaker: the people's word is STRONG).
        for (c, n) in cands.iter_mut().zip(&surface_of) {
            if c.words == 1 && c.strength < names::STRONG {
                if let Some(&(_, w)) = plurals.iter().find(|p| p.0 == *n) {
                    c.label = Some(Label::Norp);
                    c.strength = names::STRONG;
                    c.canonical = Some(w);
                }
            }
        }
    }
    // In place: a best candidate is never updated itself (it has a label, and none of its
    // surface is stronger), so each update reads what the pass before the updates would.
    for (i, &n) in surface_of.iter().enumerate() {
        if let Some(j) = best[n] {
            let (label, strength, canonical) =
                (cands[j].label, cands[j].strength, cands[j].canonical);
            let c = &mut cands[i];
            if strength > c.strength || c.label.is_none() {
                c.label = label;
                c.strength = strength;
                if canonical.is_some() {
                    c.canonical = canonical;
                }
            }
            if c.label == Some(Label::Person) && c.words == 1 && !c.sent_start && !c.headline {
                person_inside.resize(n_surfaces, false);
                person_inside[n] = true;
            }
        }
    }
    // Short forms of company names join the full name: per surface number, unset, the
    // company's candidate, or `Some(None)` for a short form two companies share ("Trident"),
    // which joins neither.
    let mut companies: Vec<Option<Option<usize>>> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if c.label == Some(Label::Org) && c.words >= 2 {
            let full = c.canonical.unwrap_or_else(|| c.span.as_str(text));
            for f in company_short_forms(text, c) {
                let Some(n) = surfaces.get(0, f) else {
                    continue;
                };
                companies.resize(n_surfaces, None);
                let e = companies[n].get_or_insert(Some(i));
                if let Some(j) = *e {
                    let other = cands[j]
                        .canonical
                        .unwrap_or_else(|| cands[j].span.as_str(text));
                    if other != full {
                        *e = None;
                    }
                }
            }
        }
    }
    if !companies.is_empty() {
        let mut links: Vec<(usize, usize)> = Vec::new();
        for (i, (c, &n)) in cands.iter().zip(&surface_of).enumerate() {
            if c.strength < names::GAZ {
                if let Some(Some(j)) = companies[n] {
                    links.push((i, j));
                }
            }
        }
        for (i, j) in links {
            let full = cands[j]
                .canonical
                .unwrap_or_else(|| cands[j].span.as_str(text));
            let c = &mut cands[i];
            c.label = Some(Label::Org);
            c.canonical = Some(full);
            c.strength = c.strength.max(names::STRONG);
        }
    }
    place_short_forms(text, cands, &surfaces, &surface_of);
    join_middle_initials(text, cands);
    // Surname-only and first-name-only mentions join the full name.
    let parts = PersonParts::of(text, cands, &surfaces);
    let mut links: Vec<(usize, &str)> = Vec::new();
    // The mentions after "Mr.", "Mrs.", "Ms.": (surface number, position, whether it joined no
    // full name). One that joined none ("Mr. Varo" where the only full name is "Ana Varo") is a
    // person of that surname the article never names in full (see
    // `drop_links_nearer_orphans`).
    let mut sexed: Vec<(usize, usize, bool)> = Vec::new();
    let mut any_orphan = false;
    // The links of bare surnames (no honorific): (index in `links`, surface number, position,
    // position of the full name).
    let mut bare: Vec<(usize, usize, usize, usize)> = Vec::new();
    // Per surface number, how many of its mentions are places after a place preposition; made
    // when first asked.
    let mut placed: Option<Vec<u8>> = None;
    for (i, (c, &n)) in cands.iter().zip(&surface_of).enumerate() {
        // A surface that is part of no full name joins none: asked first, as most surfaces
        // (every name of several words, most single words) are no part of a person's full
        // name, a branch taken the same way nearly every time where the tests below went either
        // way; and before the honorific is read.
        if !parts.has(n) {
            continue;
        }
        // (a town or a nationality the gazetteers typed, which may still be a surname)
        let over_place = c.strength >= names::GAZ && c.label != Some(Label::Person);
        if c.words != 1 || over_place && !surname_over_place(ctx, text, c) {
            continue;
        }
        if c.strength >= names::USER
            || matches!(c.label, Some(Label::Date | Label::Money | Label::Percent))
        {
            continue;
        }
        // "Mr. Trump", "Ms. Trump": the full name whose first name is of that sex, else one
        // whose first name the census does not know (never one of the other sex)
        let sex = honorific_sex(text, c.span.start);
        let sex_of_full = |j: usize| {
            let full = cands[j]
                .canonical
                .unwrap_or_else(|| cands[j].span.as_str(text));
            full.split_whitespace()
                .next()
                .and_then(crate::gender::sex_of)
        };
        let picked = match sex {
            None => parts.pick(n, c.span.start, |_| true),
            Some(want) => parts
                .pick(n, c.span.start, |j| sex_of_full(j) == Some(want))
                .or_else(|| parts.pick(n, c.span.start, |j| sex_of_full(j).is_none())),
        };
        if let Some(j) = picked {
            // (session 33) "Venture Tolvik ... in Tolvik ... throughout Tolvik": a word the
            // document places twice after a place preposition ("in", "throughout") joins no name
            // typed from its shape alone (once is as often "trust in Tolvik", a surname).
            let mut placed_word = || {
                let placed = placed.get_or_insert_with(|| {
                    let mut v = vec![0u8; n_surfaces];
                    for (c, &m) in cands.iter().zip(&surface_of) {
                        if c.place_prep && c.words == 1 && c.label == Some(Label::Gpe) {
                            v[m] = v[m].saturating_add(1);
                        }
                    }
                    v
                });
                placed[n] >= 2
            };
            if j != i && !(cands[j].strength < names::WEAK && placed_word()) {
                let full = cands[j]
                    .canonical
                    .unwrap_or_else(|| cands[j].span.as_str(text));
                // a town or a nationality joins only as the full name's last word, its surname
                // ("America Ruiz" is no reason to make "America" hers)
                if !over_place || full.rsplit(' ').next() == Some(c.span.as_str(text)) {
                    if sex.is_none() {
                        bare.push((links.len(), n, c.span.start, cands[j].span.start));
                    }
                    links.push((i, full));
                }
            }
        }
        if sex.is_some() {
            sexed.push((n, c.span.start, picked.is_none()));
            any_orphan |= picked.is_none();
        }
    }
    if any_orphan {
        drop_links_nearer_orphans(&mut links, &bare, &sexed);
    }
    for (i, full) in links {
        cands[i].label = Some(Label::Person);
        cands[i].canonical = Some(full);
        cands[i].strength = cands[i].strength.max(names::MEDIUM);
    }
    // Full names that are a shorter form of a longer full name ("Vladimir Putin" and
    // "Vladimir Vladimirovich Putin") are left apart: rare, and risky to join.
    places_in_lists(text, cands);
    let mut at = 0usize;
    // Unknown single words: decide, or drop.
    cands.retain_mut(|c| {
        let n = surface_of.get(at).copied().unwrap_or(usize::MAX);
        at += 1;
        if c.label.is_some() {
            if era_after_year(text, c.span) {
                return false;
            }
            // A person guessed only from shape at a sentence start is doubtful; so is one that
            // fills a quotation: a work's or a slogan's title ("“Winter Harbour Nocturne”", "‘Ruta
            // Maro’").
            // A person after an article and before no lower-case word names a thing, a work or
            // a body ("the Tolan Sound.", "a Varo, ..."; not "the Varo family").
            // A lone name that opens a sentence and speaks is a person ("Tolan said"), unless
            // it reads as a plural ("Sources said"; "Varos" only if the lists know it).
            // (session 34) "Miguel has been ...", where the article writes "the guards ignored
            // Miguel" too: its own evidence, from inside a sentence.
            let person_typed_inside =
                |c: &Cand| c.label == Some(Label::Person) && person_inside.get(n) == Some(&true);
            if c.strength < names::MEDIUM
                && (matches!((c.sent_start, c.words), (true, 0 | 1))
                    && !speaking_name(ctx, text, c)
                    && !person_typed_inside(c)
                    && !acronym_opens_clause(text, c)
                    && !agency_credit_at_end(text, c)
                    || c.label == Some(Label::Person) && fills_quotation(text, c.span))
            {
                return false;
            }
            if c.label == Some(Label::Person) && c.strength < names::GAZ {
                // "the Tolan Council said", "the Varo League will": a name after "the" that
                // speaks or acts is a body; one before "of" or another verb ("the Tolan of",
                // "the Varo was") no one, unless it is part of a person's full name ("the Ruiz
                // of old").
                return match article_before(text, c.span) {
                    AfterArticle::No | AfterArticle::Noun => true,
                    AfterArticle::NoWord => false,
                    AfterArticle::Word(e) => {
                        if the_body_acts(text, c.span, e) {
                            c.label = Some(Label::Org);
                            true
                        } else {
                            c.canonical.is_some()
                        }
                    }
                };
            }
            return true;
        }
        if c.sent_start || c.headline {
            return false;
        }
        let s = c.span.as_str(text);
        if lexicon::is_org_head(s)
            || lexicon::is_thing_head(s)
            || lexicon::is_place_head(s)
            || lexicon::never_alone(s)
        {
            return false;
        }
        c.label = Some(
            if ctx.lex.surnames.contains(s) || ctx.lex.first_names.contains(s) {
                Label::Person
            } else if c.place_prep || names::ruled_place(ctx.lex, text, c) {
                // (session 30: also "the governor of Varo")
                Label::Gpe
            } else {
                // A lone capitalised word with no evidence: too often a common noun in Title
                // Case, a product or a slogan to call it an organisation.
                return false;
            },
        );
        true
    });
}

/// Whether the letters of `acr` (dots left out) stand in `name` in the same order, case aside.
fn letters_in_order(name: &str, acr: &str) -> bool {
    let mut rest = name.bytes();
    acr.bytes()
        .filter(u8::is_ascii_alphabetic)
        .all(|x| rest.any(|y| y.eq_ignore_ascii_case(&x)))
}

/// Whether the capitals of `acr` are the first letters of the words of `name`, every word's or
/// only the capitalised words' ("Ana bin Tamm" gives "ABT" or "AT").
fn initials_spell(name: &str, acr: &str) -> bool {
    let letters = || {
        acr.bytes()
            .filter(|b| *b != b'.')
            .map(|b| b.to_ascii_uppercase())
    };
    if letters().count() < 2 {
        return false;
    }
    let firsts = |caps_only: bool| {
        name.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(move |ch| !caps_only || ch.is_uppercase())
            .map(|ch| ch.to_uppercase().next().unwrap_or(ch))
    };
    let same = |caps_only: bool| {
        firsts(caps_only)
            .map(Some)
            .eq(letters().map(|b| Some(char::from(b))))
    };
    same(false) || same(true)
}

/// "the Varen Heights" ... "the Varen", "Tolan County" ... "in Tolan": a place named by a
/// word and a place head (`Heights`, `County`, `Peninsula`, `River`) is also named by the word
/// alone. A mention of that word the rules left untyped, or typed a person from its shape alone,
/// is the place. Not a stem that is an everyday word or a compass word ("National Park",
/// "North Island").
fn place_short_forms<'t>(
    text: &'t str,
    cands: &mut [Cand<'t>],
    surfaces: &Interner<'t>,
    surface_of: &[usize],
) {
    let mut places: Vec<(usize, usize)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if !matches!((c.label, c.words), (Some(Label::Gpe | Label::Loc), 2)) {
            continue;
        }
        let s = c.span.as_str(text);
        let Some((stem, head)) = s.rsplit_once(' ') else {
            continue;
        };
        if stem.len() < 3
            || !lexicon::is_place_head(head)
            || !stem.as_bytes()[0].is_ascii_uppercase()
            || lexicon::word_class(stem) != 0
            || names::is_compass(stem)
        {
            continue;
        }
        if let Some(n) = surfaces.get(0, stem) {
            places.push((n, i));
        }
    }
    if places.is_empty() {
        return;
    }
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.words != 1
            || c.strength >= names::MEDIUM
            || !(c.label.is_none() || c.label == Some(Label::Person))
        {
            continue;
        }
        let Some(&(_, i)) = places.iter().find(|&&(n, _)| n == surface_of[k]) else {
            continue;
        };
        let label = cands[i].label;
        let c = &mut cands[k];
        c.label = label;
        c.strength = names::MEDIUM;
    }
}

/// (session 23) A single word the gazetteers call a town or a nationality that is also the
/// surname of a person the article names in full ("Ann Bolton ... Bolton said", "Luis Cuban
/// ... Cuban's fund"): the person, unless a place preposition or "the" stands before it, it is
/// a country or a capital, or a capitalised word follows it ("Bolton Wanderers", "Cuban
/// Americans", "Bolton, England"). A nationality, which usually modifies a noun ("Cuban
/// exiles"), only when the surname list knows the word, and before a speech verb, a possessive
/// or punctuation. Asked only of surfaces that are part of a full name; the word joins only a
/// full name it ends.
#[cold]
#[inline(never)]
fn surname_over_place(ctx: &Ctx, text: &str, c: &Cand) -> bool {
    let nationality = match c.label {
        Some(Label::Gpe) => false,
        Some(Label::Norp) => true,
        _ => return false,
    };
    let w = c.span.as_str(text);
    if c.place_prep
        || c.capital_of.is_some()
        || ctx.lex.countries.contains(w)
        || c.canonical.is_some_and(|k| ctx.lex.countries.contains(k))
        || nationality && !ctx.lex.surnames.contains(w)
    {
        return false;
    }
    if !matches!(article_before(text, c.span), AfterArticle::No) {
        return false;
    }
    // "the Republic of Korea", "his Tata years": a place or a thing's modifier
    let before = text[..c.span.start].trim_end_matches(' ');
    let word_before = &before[before
        .char_indices()
        .rev()
        .find(|&(_, ch)| !ch.is_alphabetic())
        .map_or(0, |(k, ch)| k + ch.len_utf8())..];
    if matches!(
        word_before,
        "of" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
    ) {
        return false;
    }
    let rest = &text[c.span.end..];
    if rest.starts_with("'s") || rest.starts_with("\u{2019}s") {
        return true;
    }
    let Some(after) = rest.strip_prefix(' ') else {
        // punctuation or the end: a comma (not "Bolton, England"), a full stop
        return rest.is_empty()
            || rest.starts_with(['.', ';', ':', ')'])
            || rest
                .strip_prefix(", ")
                .is_some_and(|a| !a.starts_with(|ch: char| ch.is_uppercase()));
    };
    let next: &str = after
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    if next.is_empty() || next.starts_with(|ch: char| !ch.is_lowercase()) {
        return false;
    }
    !nationality
        || matches!(
            next,
            "said" | "says" | "told" | "added" | "wrote" | "argued" | "noted" | "tweeted" | "asked"
        )
}

/// A lone sentence-initial person typed by the speech verb after it: "Tolan said", not a plural
/// ("Sources said") unless the surname list knows it ("Varos said"), nor a pronoun ("Someone
/// said").
#[cold]
#[inline(never)]
fn speaking_name(ctx: &names::Ctx, text: &str, c: &Cand) -> bool {
    if c.label != Some(Label::Person) || c.strength != names::WEAK || c.words != 1 {
        return false;
    }
    let b = text.as_bytes();
    if b.get(c.span.end) != Some(&b' ') {
        return false;
    }
    let s = c.span.end + 1;
    let mut t = s;
    while t < b.len() && b[t].is_ascii_lowercase() {
        t += 1;
    }
    if !matches!(
        &text[s..t],
        "said" | "says" | "added" | "noted" | "explained" | "stressed" | "insisted" | "recalled"
    ) {
        return false;
    }
    let w = c.span.as_str(text);
    !(w.ends_with('s') && !ctx.lex.surnames.contains(w)
        || matches!(
            w,
            "Anyone"
                | "Someone"
                | "Everyone"
                | "Anybody"
                | "Somebody"
                | "Everybody"
                | "Nobody"
                | "Anything"
                | "Something"
                | "Everything"
                | "Nothing"
                | "None"
                | "One"
                | "Each"
                | "Both"
                | "All"
                | "Many"
                | "Most"
                | "Some"
                | "Few"
        ))
}

/// "TVR reckons ...", "TVR leaders met", "TVR’s plant": a body's acronym (two to six capitals)
/// that opens a sentence before a lower-case word, a possessive or ", which" is the body, not a capitalised common word (a line
/// in capitals has no lower-case word after its first).
#[inline]
fn acronym_opens_clause(text: &str, c: &Cand) -> bool {
    let b = text.as_bytes();
    let rest = &b[c.span.end..];
    c.label == Some(Label::Org)
        && (rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_lowercase)
            // "TVR’s new plant", "TVR, which ...": a possessive or a clause about it (session 27)
            || rest.starts_with(b"'s ")
            || rest.starts_with("\u{2019}s ".as_bytes())
            || rest.starts_with(b", which "))
        // Not a word in capitals that opens a paragraph ("THE court", "IN June", "THREE men"):
        // its Title Case is no function or everyday word.
        && acronym_not_of(b, c.span, lexicon::class::STOPWORD | lexicon::class::COMMON)
}

/// Whether the span is an acronym of two to six capitals whose Title Case is in none of the
/// word classes `bits` and whose lower case is no number word.
fn acronym_not_of(b: &[u8], span: Span, bits: u16) -> bool {
    let len = span.end.wrapping_sub(span.start);
    tokens::is_acronym_shape(&b[span.start..span.end]) && {
        let mut title = [0u8; 6];
        title[..len].copy_from_slice(&b[span.start..span.end]);
        title[1..len].make_ascii_lowercase();
        let mut lower = title;
        lower[0].make_ascii_lowercase();
        std::str::from_utf8(&title[..len]).is_ok_and(|t| lexicon::token_class(t) & bits == 0)
            && std::str::from_utf8(&lower[..len]).is_ok_and(|l| !numbers::number_word(l))
    }
}

/// "... the port opened on Sunday. (TNA)", "... on Sunday. — TNA": a news agency's acronym of
/// three capitals or more credited as the article's last word, in brackets or after a
/// dash that follows the last sentence (an everyday word in capitals too, not the wire's
/// "END" or "MORE").
#[cold]
#[inline(never)]
fn agency_credit_at_end(text: &str, c: &Cand) -> bool {
    let after = text[c.span.end..].trim_end();
    let before = text[..c.span.start].trim_end();
    c.label == Some(Label::Org)
        && c.span.end - c.span.start >= 3
        && (after.is_empty() || after == ")")
        && {
            let inner = if after == ")" {
                before.strip_suffix('(')
            } else {
                before
                    .strip_suffix('—')
                    .or_else(|| before.strip_suffix('–'))
                    .or_else(|| before.strip_suffix('-'))
            };
            inner.is_some_and(|x| x.trim_end().ends_with(['.', '!', '?', '"', '”', '\'']))
        }
        && !matches!(&text[c.span.start..c.span.end], "END" | "ENDS" | "MORE")
        && acronym_not_of(text.as_bytes(), c.span, lexicon::class::STOPWORD)
}

/// "500 B.C.", "the first century A.D.": an era's letters after a year or a century are no
/// name ("B.C." alone is the province).
#[inline]
fn era_after_year(text: &str, span: Span) -> bool {
    // Bytes only (no string slice) on this path, taken for every typed name.
    let len = span.end.wrapping_sub(span.start);
    (4..=6).contains(&len)
        && text.as_bytes().get(span.end.wrapping_sub(1)) == Some(&b'.')
        && era_after_year_slow(text, span)
}

#[cold]
#[inline(never)]
fn era_after_year_slow(text: &str, span: Span) -> bool {
    if !matches!(span.as_str(text), "B.C." | "A.D." | "B.C.E." | "C.E.") {
        return false;
    }
    let before = text[..span.start].trim_end_matches(' ');
    before.ends_with(|c: char| c.is_ascii_digit())
        || before.ends_with("century")
        || before.ends_with("centuries")
        || before.ends_with("millennium")
}

/// What follows a name with a lower-case article ("the", "a", "an") and a space right before it.
enum AfterArticle {
    /// No article before the name.
    No,
    /// No lower-case word after it: "the Tolan Sound.", "for the Varo, who".
    NoWord,
    /// A lower-case word at this byte that is no verb or preposition the rules know: the name
    /// qualifies it ("the Varo family").
    Noun,
    /// A lower-case word at this byte that may end the phrase.
    Word(usize),
}

fn article_before(text: &str, span: Span) -> AfterArticle {
    let b = text.as_bytes();
    let s = span.start;
    if s < 2 || b[s - 1] != b' ' {
        return AfterArticle::No;
    }
    let head = &b[..s - 1];
    let n = if head.ends_with(b"the") {
        3
    } else if head.ends_with(b"an") {
        2
    } else if head.ends_with(b"a") {
        1
    } else {
        return AfterArticle::No;
    };
    if head.len() > n && head[head.len() - n - 1].is_ascii_alphanumeric() {
        return AfterArticle::No;
    }
    let mut e = span.end;
    while e < b.len() && b[e] == b' ' {
        e += 1;
    }
    if !(e > span.end && e < b.len() && b[e].is_ascii_lowercase()) {
        AfterArticle::NoWord
    } else if verb_or_preposition_at(b, e) {
        AfterArticle::Word(e)
    } else {
        AfterArticle::Noun
    }
}

/// Whether "the" and a name (`span`) are the subject of a verb of saying, "has" or a modal at
/// byte `e`: "the Tolan Council said", "the Varo League will".
#[cold]
#[inline(never)]
fn the_body_acts(text: &str, span: Span, e: usize) -> bool {
    text[..span.start].trim_end_matches(' ').ends_with("the")
        && matches!(
            word_at(text.as_bytes(), e),
            b"said" | b"says" | b"has" | b"have" | b"will" | b"would" | b"could" | b"can"
        )
}

/// The run of lower-case ASCII letters at byte `e`.
fn word_at(b: &[u8], e: usize) -> &[u8] {
    let n = b[e..]
        .iter()
        .position(|c| !c.is_ascii_lowercase())
        .unwrap_or(b.len() - e);
    &b[e..e + n]
}

/// Whether the lower-case word at `e` is a verb or a preposition a noun phrase ends before ("the
/// Tolan said", "the Varo has", "the Tolan of"), not a noun the name qualifies ("the Varo
/// family").
#[cold]
#[inline(never)]
fn verb_or_preposition_at(b: &[u8], e: usize) -> bool {
    matches!(
        word_at(b, e),
        b"of"
            | b"in"
            | b"that"
            | b"from"
            | b"is"
            | b"was"
            | b"are"
            | b"were"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"could"
            | b"can"
            | b"should"
            | b"may"
            | b"must"
            | b"said"
            | b"says"
            | b"which"
    )
}

/// Whether the span is the whole of a quotation: an opening quotation mark right before it and a
/// closing one right after it, with no letter after that ("‘Halal’", not "David's"). A comma or a
/// full stop may stand inside the closing mark (session 27: "a film called “Varen,” which ...").
fn fills_quotation(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let mut after = text[span.end..].chars();
    let mut close = after.next();
    if matches!(close, Some(',' | '.')) {
        close = after.next();
    }
    matches!(before, Some('"' | '“' | '‘' | '\''))
        && matches!(close, Some('"' | '”' | '’' | '\''))
        && !after.next().is_some_and(char::is_alphanumeric)
}

/// "Marsabit, Garissa, Kilifi and Wajir": an unknown single word listed with a place, in a list
/// of three or more or joined by "and"/"or", is a place.
///
/// (session 33) So is a person of two or three words typed from its shape alone ("Mae Tolan,
/// Chiang Osa and Varsel"): a list holds things of one kind.
fn places_in_lists(text: &str, cands: &mut [Cand]) {
    let open = |c: &Cand| {
        !c.sent_start
            && !c.headline
            && (c.label.is_none() && c.words == 1
                || c.label == Some(Label::Person)
                    && c.strength == names::NONE
                    && matches!(c.words, 2 | 3)
                    && c.role.is_none())
    };
    let mut order: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].label == Some(Label::Gpe) || open(&cands[i]))
        .collect();
    if order.len() < 2 || !order.iter().any(|&i| cands[i].label != Some(Label::Gpe)) {
        return;
    }
    order.sort_unstable_by_key(|&i| cands[i].span.start);
    let sep = |a: usize, b: usize| -> Option<bool> {
        // Some(true) for "and"/"or", Some(false) for a comma.
        match text.get(a..b)? {
            ", " => Some(false),
            " and " | ", and " | " or " | ", or " => Some(true),
            _ => None,
        }
    };
    let comma_at = |at: usize| text.get(at..).is_some_and(|r| r.starts_with(", "));
    let comma_before = |at: usize| text.get(..at).is_some_and(|r| r.ends_with(", "));
    let and_at = |at: usize| {
        text.get(at..)
            .is_some_and(|r| r.starts_with(" and ") || r.starts_with(", and "))
    };
    for pass in 0..2 {
        for k in 0..order.len() - 1 {
            let (p, q) = if pass == 0 {
                (order[k], order[k + 1])
            } else {
                let k = order.len() - 2 - k;
                (order[k + 1], order[k])
            };
            // `p` is the place, `q` the unknown word next to it in the list.
            if cands[p].label != Some(Label::Gpe) || cands[q].label.is_some() {
                continue;
            }
            let (first, second) = if pass == 0 { (p, q) } else { (q, p) };
            let Some(joined) = sep(cands[first].span.end, cands[second].span.start) else {
                continue;
            };
            let listed = joined
                || comma_before(cands[first].span.start)
                || comma_at(cands[second].span.end)
                || and_at(cands[second].span.end);
            let w = cands[q].span.as_str(text);
            // Not "Embassy", "Ruler of", "Apr": everyday heads, titles and the like.
            let plain = !(lexicon::is_org_head(w)
                || lexicon::is_thing_head(w)
                || lexicon::is_place_head(w)
                || lexicon::never_alone(w)
                || lexicon::is_common_word(w)
                || numbers::month(w).is_some()
                || text[cands[q].span.end..].starts_with(" of "));
            if listed && plain {
                cands[q].label = Some(Label::Gpe);
                cands[q].strength = names::WEAK;
            }
        }
    }
    // A person from shape alone only in a list that ends in a plural word for places ("Mae
    // Tolan, Chiang Osa and Nam Kiri districts"), read back from that end: a list's items may be
    // people and places otherwise ("players Ana Tolan and Varsel").
    // (Weak people are few: the walk starts only from one.)
    for k in (0..order.len() - 1).rev() {
        let q = order[k];
        if cands[q].label != Some(Label::Person) {
            continue;
        }
        let mut end = cands[q].span.end;
        let mut j = k + 1;
        let placed = loop {
            let Some(&r) = order.get(j) else {
                break false;
            };
            if cands[r].label != Some(Label::Gpe) || sep(end, cands[r].span.start).is_none() {
                break false;
            }
            end = cands[r].span.end;
            if plural_place_word_at(text, end) {
                break true;
            }
            j += 1;
        };
        if placed {
            cands[q].label = Some(Label::Gpe);
            cands[q].strength = names::WEAK;
        }
    }
}

/// " districts", " villages" ...: a plural word for places right after byte `at`.
fn plural_place_word_at(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "districts" | "villages" | "towns" | "provinces" | "counties" | "areas" | "regions"
    )
}

/// "The Jerusalem Post": an organisation's mention takes the "The" noted before it
/// ([`Cand::the_before`]), keeping the name without it as the entity's name.
///
/// The same pass leaves the period of an abbreviated legal form last out of an organisation's
/// mention ([`Cand::legal_point`]: "Harbourline Shipping Ltd. said" marks "Harbourline Shipping
/// Ltd"), keeping it in the entity's name. The point also ends the sentence as often as not, and
/// the annotated news corpus leaves it out of the span (10 of 11 such mentions of worldwide
/// dev, session 16).
fn take_the<'t>(text: &'t str, cands: &mut [Cand<'t>]) {
    for c in cands {
        if c.legal_point && c.label == Some(Label::Org) {
            if c.canonical.is_none() {
                c.canonical = Some(c.span.as_str(text));
            }
            c.span.end -= 1;
        }
        if c.the_before > 0 && c.label == Some(Label::Org) {
            if c.canonical.is_none() {
                c.canonical = Some(c.span.as_str(text));
            }
            c.span.start -= usize::from(c.the_before);
            c.words += 1;
        }
    }
}

/// (session 25) "Ana J. Varo" and "Ana Varo" in one article are one person: a name of three
/// words whose middle one is an initial ("J." or "J") keys with the person's name of its first
/// and last words, when the article writes that name too, and is a person whatever the rules
/// typed it (an unknown first name before an initial had made one an organisation). Before the
/// surnames join their full names, so that "Varo" joins the one person whichever form is
/// nearer. Names the user's gazetteer typed are left as they are.
fn join_middle_initials<'t>(text: &'t str, cands: &mut [Cand<'t>]) {
    let person = |c: &Cand, words: usize| c.label == Some(Label::Person) && c.words == words;
    let candidate = |c: &Cand| {
        c.words == 3
            && c.strength < names::USER
            && c.canonical.is_none()
            && matches!(c.label, None | Some(Label::Person | Label::Org))
            && middle_initial(c.span.as_str(text)).is_some()
    };
    if !cands.iter().any(candidate) {
        return;
    }
    let mut short: crate::fxhash::FxMap<(&str, &str), &'t str> = crate::fxhash::FxMap::default();
    for c in cands.iter().filter(|c| person(c, 2)) {
        let s = c.span.as_str(text);
        if let Some(first_last) = s.split_once(' ') {
            short
                .entry(first_last)
                .or_insert_with(|| c.canonical.unwrap_or(s));
        }
    }
    if short.is_empty() {
        return;
    }
    for c in cands.iter_mut() {
        if candidate(c) {
            if let Some(key) = middle_initial(c.span.as_str(text)).and_then(|fl| short.get(&fl)) {
                c.canonical = Some(key);
                c.label = Some(Label::Person);
                c.strength = c.strength.max(names::MEDIUM);
            }
        }
    }
}

/// The first and last words of a name of three words whose middle one is a capital initial,
/// with or without its period ("Ana J. Varo").
fn middle_initial(name: &str) -> Option<(&str, &str)> {
    let mut words = name.split(' ');
    let (first, middle, last) = (words.next()?, words.next()?, words.next()?);
    let m = middle.as_bytes();
    (words.next().is_none()
        && matches!(m, [c] | [c, b'.'] if c.is_ascii_uppercase())
        && !first.is_empty()
        && !last.is_empty())
    .then_some((first, last))
}

/// "President Varo ... Mr. Varo ... Ana Varo, his wife": a bare surname (`bare`: index in
/// `links`, surface number, position, position of the full name it joined) whose nearest
/// mention before it (else after it), among the full name and the surname's mentions after an
/// honorific (`sexed`: surface number, position, whether it joined no full name), is one after
/// an honorific that joined no full name ("Mr. Varo" when the only full name is a woman's), is
/// that other person's: its link is dropped, and it keys with "Mr. Varo".
#[cold]
#[inline(never)]
fn drop_links_nearer_orphans(
    links: &mut Vec<(usize, &str)>,
    bare: &[(usize, usize, usize, usize)],
    sexed: &[(usize, usize, bool)],
) {
    let mut drop = vec![false; links.len()];
    // The honorific mentions by surface, then position: each bare surname finds its nearest
    // ones by binary search (a walk over all of them for each was quadratic in an article of
    // many mentions of one surname; session 25's before-stop read).
    let mut sexed = sexed.to_vec();
    sexed.sort_unstable();
    for &(k, n, pos, full_at) in bare {
        // The nearest anchor before and after `pos`: (position, whether an orphan).
        let group = &sexed[sexed.partition_point(|s| s.0 < n)..sexed.partition_point(|s| s.0 <= n)];
        let split = group.partition_point(|s| s.1 < pos);
        let mut before = split.checked_sub(1).map(|i| (group[i].1, group[i].2));
        let mut after = group[split..]
            .iter()
            .find(|s| s.1 > pos)
            .map(|s| (s.1, s.2));
        // the full name the surname joined is one more anchor (a mention after an honorific
        // at the same place comes first)
        if full_at < pos {
            if before.is_none_or(|(b, _)| full_at > b) {
                before = Some((full_at, false));
            }
        } else if full_at > pos && after.is_none_or(|(a, _)| full_at < a) {
            after = Some((full_at, false));
        }
        drop[k] = before.or(after).is_some_and(|(_, orphan)| orphan);
    }
    let mut k = 0;
    links.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// The sex "Mr.", "Mrs.", "Ms." or "Miss" right before byte `at` of `text` gives ("Mr. Trump"),
/// if one stands there.
fn honorific_sex(text: &str, at: usize) -> Option<u8> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    // (after the character ending the word before, which may be wider than a byte: "” Trump")
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| !ch.is_ascii_alphabetic() && ch != '.')
        .map_or(0, |(k, ch)| k + ch.len_utf8());
    match &before[word_start..] {
        "Mr." | "Mr" => Some(b'm'),
        "Mrs." | "Mrs" | "Ms." | "Ms" | "Miss" => Some(b'f'),
        _ => None,
    }
}

/// "Al-Varsi" for a part "al-Varsi" (and "El-", "Ad-", "Ed-" likewise): the particle
/// capitalised, as a sentence's first word writes it; `None` for a part with no such particle.
#[cold]
#[inline(never)]
fn capitalised_particle(p: &str) -> Option<String> {
    let b = p.as_bytes();
    let particle = b.len() > 3
        && b[2] == b'-'
        && matches!(&b[..2], b"al" | b"el" | b"ad" | b"ed")
        && b[3].is_ascii_uppercase();
    particle.then(|| {
        let mut v = p.to_string();
        v[..1].make_ascii_uppercase();
        v
    })
}

/// The parts of the full names of people (see [`person_parts`]) that are some candidate's
/// surface, each with the full names it is part of, in the order of the candidates.
struct PersonParts {
    /// Surface number -> the first and last entry of that part in `entries`.
    ends: Vec<Option<(usize, usize)>>,
    /// (position of the full name, its candidate, the entry before of the same part).
    entries: Vec<(usize, usize, Option<usize>)>,
}

impl PersonParts {
    /// The parts of `cands`, numbered as `surfaces` numbers the candidates' surfaces.
    fn of<'t>(text: &'t str, cands: &[Cand<'t>], surfaces: &Interner<'t>) -> Self {
        let mut ends: Vec<Option<(usize, usize)>> = vec![None; surfaces.len()];
        let mut entries = Vec::new();
        for (i, c) in cands.iter().enumerate() {
            if c.label == Some(Label::Person) && c.words >= 2 {
                person_parts(text, c, |p| {
                    // A part that is no candidate's surface is never asked about.
                    // "al-Varsi" is also "Al-Varsi" opening a sentence (session 25).
                    let n = match surfaces.get(0, p) {
                        Some(n) => n,
                        None => match capitalised_particle(p) {
                            Some(v) => match surfaces.get(0, &v) {
                                Some(n) => n,
                                None => return,
                            },
                            None => return,
                        },
                    };
                    let new = entries.len();
                    let before = match &mut ends[n] {
                        Some(e) => Some(std::mem::replace(&mut e.1, new)),
                        none => {
                            *none = Some((new, new));
                            None
                        }
                    };
                    entries.push((c.span.start, i, before));
                });
            }
        }
        PersonParts { ends, entries }
    }

    /// Whether surface number `part` is part of some full name ([`PersonParts::pick`] finds
    /// none for it otherwise).
    fn has(&self, part: usize) -> bool {
        self.ends[part].is_some()
    }

    /// The candidate of the full name a mention of the part of surface number `part` at `pos`
    /// joins: the nearest full name before, else the first after.
    ///
    /// Only full names `fits` lets through count ("Mr. Trump" joins Donald, not Ivana).
    fn pick(&self, part: usize, pos: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let (_, last) = self.ends[part]?;
        let mut at = Some(last);
        let mut first_after = None;
        while let Some(k) = at {
            let (p, cand, before) = self.entries[k];
            if fits(cand) {
                if p < pos {
                    return Some(cand);
                }
                first_after = Some(cand);
            }
            at = before;
        }
        first_after
    }
}

/// The [`Known::filter`] bits of every stretch of up to six tokens from a word of a headline: a
/// superset of the surfaces [`headline_names`] asks [`Known::get`] about, so that
/// [`known_surfaces`] leaves out the others (most of the body's names).
fn headline_shapes(kept: &[Tok], regions: &[Region]) -> [u64; 32] {
    let mut wanted = [0; 32];
    for r in regions.iter().filter(|r| r.headline) {
        let toks = r.toks_in(kept).unwrap_or_default();
        for (i, t) in toks.iter().enumerate() {
            if t.kind != Kind::Word {
                continue;
            }
            for u in &toks[i..toks.len().min(i + 6)] {
                let (slot, bit) = Known::shape_bit(t.first, u.e() - t.s());
                wanted[slot] |= bit;
            }
        }
    }
    wanted
}

/// Surfaces the body named, with their label and canonical key, for headlines: those of the
/// shapes `wanted` ([`headline_shapes`]).
fn known_surfaces<'t>(text: &'t str, cands: &[Cand<'t>], wanted: [u64; 32]) -> Known<'t> {
    let named = |c: &&Cand| {
        c.label
            .is_some_and(|l| !matches!(l, Label::Date | Label::Money | Label::Percent))
    };
    let full_name = |c: &Cand| c.label == Some(Label::Person) && c.words >= 2;
    // Room for the surfaces from the start (about one for each name and each word of a full
    // name): growing the table from empty rehashed it four or five times an article, most of
    // the cost of this.
    let most: usize = cands
        .iter()
        .filter(named)
        .map(|c| 1 + if full_name(c) { c.words } else { 0 })
        .sum();
    let mut known = Known::with_capacity(most);
    known.wanted = wanted;
    for c in cands.iter().filter(named) {
        let Some(label) = c.label else { continue };
        let s = c.span.as_str(text);
        if full_name(c) {
            let key = c.canonical.unwrap_or(s);
            person_parts(text, c, |p| {
                known.add(p, (label, Some(key)));
            });
        }
        known.add(s, (label, c.canonical));
    }
    known
}

/// Surfaces with their label and canonical key; the first given for a surface stays.
struct Known<'t> {
    surfaces: Interner<'t>,
    values: Vec<(Label, Option<&'t str>)>,
    /// A quick test before the table: bit `len % 64` of `filter[first byte % 32]` is set for
    /// each surface. The headline pass asks about every stretch of up to six words from each
    /// capitalised word, and most are no surface.
    filter: [u64; 32],
    /// The same bits of the surfaces that may be asked about: others are not added (the
    /// headline pass asks only about stretches of headline words).
    wanted: [u64; 32],
}

impl Default for Known<'_> {
    fn default() -> Self {
        Known::with_capacity(0)
    }
}

impl<'t> Known<'t> {
    fn with_capacity(n: usize) -> Self {
        Known {
            surfaces: Interner::with_capacity(n),
            values: Vec::with_capacity(n),
            filter: [0; 32],
            wanted: [u64::MAX; 32],
        }
    }

    /// The filter's slot and bit for a surface.
    fn filter_bit(surface: &str) -> (usize, u64) {
        let first = surface.as_bytes().first().copied().unwrap_or(0);
        Self::shape_bit(first, surface.len())
    }

    /// [`Known::filter_bit`] of a surface of `len` bytes whose first byte is `first`.
    fn shape_bit(first: u8, len: usize) -> (usize, u64) {
        (usize::from(first % 32), 1 << (len % 64))
    }

    fn add(&mut self, surface: &'t str, value: (Label, Option<&'t str>)) {
        let (slot, bit) = Self::filter_bit(surface);
        if self.wanted[slot] & bit == 0 {
            return; // never asked about
        }
        self.filter[slot] |= bit;
        if self.surfaces.intern(0, surface) == self.values.len() {
            self.values.push(value);
        }
    }

    fn get(&self, surface: &str) -> Option<(Label, Option<&'t str>)> {
        let (slot, bit) = Self::filter_bit(surface);
        if self.filter[slot] & bit == 0 {
            return None;
        }
        self.surfaces.get(0, surface).map(|n| self.values[n])
    }
}

fn headline_names<'t>(
    ctx: &Ctx<'t, '_>,
    toks: &[Tok],
    claimed: &[bool],
    known: &Known<'t>,
    out: &mut Vec<Cand<'t>>,
) {
    let text = ctx.text;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if claimed[i] || toks[i].kind != Kind::Word || !tokens::is_cap(toks[i].text(text)) {
            i += 1;
            continue;
        }
        // "Punta Varo National Park" opening a line: a protected area's name by its shape,
        // as in running text (a guide's list of parks reads as Title Case lines).
        // "1. Ana Ruiz (ESP)/Maria Lopes (PRT)": a results line's competitor, before any
        // look-up (a given name that is also a town would take the first word).
        let by_shape = line_opening_protected_area(text, toks, claimed, i)
            .map(|j| (j, Label::Loc))
            .or_else(|| results_line_person(text, toks, claimed, i).map(|j| (j, Label::Person)));
        if let Some((j, label)) = by_shape {
            let mut c = Cand::new(
                Span::new(toks[i].s(), toks[j].e()),
                Some(label),
                names::MEDIUM,
            );
            c.headline = true;
            c.words = toks[i..=j].iter().filter(|t| !t.hyphen_before).count();
            out.push(c);
            i = j + 1;
            continue;
        }
        let mut matched = false;
        // The longest stretch from `i` of up to six tokens with no token claimed and no
        // possessive before its last token: each shorter one is such a stretch too.
        let limit = (i + 6).min(n);
        let first_claimed = (i..limit).find(|&k| claimed[k]).unwrap_or(limit);
        let first_possessive = (i..limit).find(|&k| toks[k].possessive).unwrap_or(limit);
        let max = first_claimed.min(first_possessive.max(i) + 1) - i;
        // A gazetteer name of several tokens from token `i` opens with a word of
        // `gaz_first_words` (its text up to the first space or hyphen), which is token `i`'s
        // text when a space or a hyphen follows it: when that word is not one, no stretch of
        // several tokens from it is looked up. Asked once, when a stretch first needs it.
        let mut opens_gaz_name: Option<bool> = None;
        let mut may_open_gaz_name = || {
            *opens_gaz_name.get_or_insert_with(|| {
                !matches!(text.as_bytes().get(toks[i].e()), Some(b' ' | b'-'))
                    || ctx.lex.gaz_first_words.contains(toks[i].text(text))
            })
        };
        for len in (1..=max).rev() {
            let j = i + len - 1;
            if toks[j].kind != Kind::Word {
                continue;
            }
            let span = Span::new(toks[i].s(), toks[j].e());
            let s = span.as_str(text);
            let found = known
                .get(s)
                .map(|(l, k)| (l, k, names::MEDIUM))
                .or_else(|| {
                    if len > 1 && !may_open_gaz_name() {
                        return None;
                    }
                    ctx.lex.gazetteer(s).map(|e| {
                        (
                            e.label,
                            (e.canonical != e.name).then_some(e.canonical),
                            names::GAZ,
                        )
                    })
                });
            if let Some((label, canonical, strength)) = found {
                if len == 1 && lexicon::is_stopword(s) {
                    continue;
                }
                let mut c = Cand::new(span, Some(label), strength);
                c.canonical = canonical;
                c.headline = true;
                c.words = len;
                if let Some(e) = ctx.lex.gazetteer(s) {
                    c.capital_of = e.capital_of;
                }
                out.push(c);
                i = j + 1;
                matched = true;
                break;
            }
        }
        if !matched {
            i += 1;
        }
    }
}

/// The last token of a protected area's name opening a line of a Title Case region at token
/// `i` ("Cerro de la Tolva National Park", "Punta Varo Game Reserve (Sector Norte)"): capitalised
/// words and name particles joined by one space or a hyphen, none claimed, the first no
/// function word, the two last a protected area's designator
/// ([`names::protected_area_end`]), and no word right after.
fn line_opening_protected_area(
    text: &str,
    toks: &[Tok],
    claimed: &[bool],
    i: usize,
) -> Option<usize> {
    if !(i == 0 || toks[i].line_before) || lexicon::is_stopword(toks[i].text(text)) {
        return None;
    }
    let limit = (i + 10).min(toks.len());
    for j in i..limit {
        let w = run_word(text, toks, claimed, i, j)?;
        if !(tokens::is_cap(w)
            || lexicon::connector(w) == Some(true)
            || matches!(w, "la" | "las" | "los" | "le" | "les"))
        {
            return None;
        }
        if j >= i + 2 && names::protected_area_end(toks[j - 1].text(text), w) {
            let next = toks.get(j + 1);
            let ends = next.is_none_or(|n| n.kind == Kind::Punct || n.line_before);
            return ends.then_some(j);
        }
    }
    None
}

/// The text of token `j` of a run of words from token `i` on ([`line_opening_protected_area`],
/// [`results_line_person`]): a word, not claimed, joined to the one before by one space or a
/// hyphen; `None` where the run breaks.
fn run_word<'t>(
    text: &'t str,
    toks: &[Tok],
    claimed: &[bool],
    i: usize,
    j: usize,
) -> Option<&'t str> {
    let t = &toks[j];
    if claimed[j] || t.kind != Kind::Word {
        return None;
    }
    if j > i {
        let gap = &text[toks[j - 1].e()..t.s()];
        if gap != " " && gap != "-" {
            return None;
        }
    }
    Some(t.text(text))
}

/// The last token of a competitor's name opening an item of a results line in a Title Case
/// region at token `i` ("1. Ana Ruiz (ESP)", "/Maria de Lopes (PRT)"): two to five words, each
/// capitalised or a name particle ("al", "de"), joined by one space or a hyphen, none claimed,
/// the first at the line's start, after a rank ("1.") or after "/", ",", ";", and a country
/// code in brackets right after the last ([`lexicon::is_country_code`]).
fn results_line_person(text: &str, toks: &[Tok], claimed: &[bool], i: usize) -> Option<usize> {
    let punct = |k: usize, p: &str| toks[k].kind == Kind::Punct && toks[k].text(text) == p;
    let opens_item = i == 0
        || toks[i].line_before
        || matches!(toks[i - 1].text(text), "/" | "," | ";") && toks[i - 1].kind == Kind::Punct
        || i >= 2
            && punct(i - 1, ".")
            && toks[i - 2].kind == Kind::Number
            && (i == 2 || toks[i - 2].line_before);
    if !opens_item {
        return None;
    }
    let limit = (i + 6).min(toks.len());
    for j in i..limit {
        let w = run_word(text, toks, claimed, i, j)?;
        let t = &toks[j];
        let cap = tokens::is_cap(w);
        if !cap && lexicon::connector(w) != Some(true) {
            return None;
        }
        let code = text[t.e()..]
            .strip_prefix(" (")
            .and_then(|r| r.get(..4))
            .and_then(|r| r.strip_suffix(')'));
        if let Some(code) = code {
            let words = toks[i..=j].iter().filter(|t| !t.hyphen_before).count();
            return (cap && words >= 2 && lexicon::is_country_code(code)).then_some(j);
        }
    }
    None
}

/// The key that orders candidate `i` of span `span` as `(span.start, Reverse(span.end), i)`
/// would, for offsets that fit in 32 bits; the low 64 bits are `i`.
fn order_key(span: Span, i: usize) -> u128 {
    let (start, end) = (span.start as u32, span.end as u32);
    u128::from(start) << 96 | u128::from(!end) << 64 | i as u128
}

/// `keys` sorted (they are distinct). The candidates come nearly in text order (each region's
/// numbers, then its names; the headlines' names last), so an insertion sort moves few keys;
/// past a budget of moves (a long article with many headings) the rest is left to
/// `sort_unstable`, whose partitions cost more branches on a short, nearly sorted vector.
fn sort_nearly_sorted(keys: &mut [u128]) {
    let mut budget = 4 * keys.len() + 64;
    for i in 1..keys.len() {
        let key = keys[i];
        let mut j = i;
        while j > 0 && keys[j - 1] > key {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = key;
        budget = budget.saturating_sub(i - j);
        if budget == 0 {
            keys.sort_unstable();
            return;
        }
    }
}

/// Group label: GPE and LOC places may share an entity only with their own label.
#[inline(never)] // once per article: out of line, so that profiles show it
fn cluster(text: &str, cands: &[Cand], regions: &[Region]) -> Vec<Entity> {
    // Sorted by (start, Reverse(end)), the candidates read in place (a candidate is large):
    // the keys with the candidates' positions, so that the order is the stable one. Each key
    // is one number, compared at once: start, then end inverted, then the position (offsets
    // fit in 32 bits: `extract` takes no longer text).
    let mut order: Vec<u128> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        if c.label.is_some() && !c.span.is_empty() {
            order.push(order_key(c.span, i));
        }
    }
    sort_nearly_sorted(&mut order);
    // Drop overlaps: keep the stronger, then the earlier.
    let mut kept: Vec<&Cand> = Vec::with_capacity(order.len());
    for &key in &order {
        let c = &cands[key as u64 as usize];
        if let Some(last) = kept.last_mut() {
            if last.span.overlaps(c.span) {
                if c.strength > last.strength {
                    *last = c;
                }
                continue;
            }
        }
        kept.push(c);
    }
    // Countries named in the article, for capitals standing for their governments (only
    // consulted for a capital: an article that names none needs neither set).
    let capitals = kept.iter().any(|c| c.capital_of.is_some());
    let countries: FxSet<&str> = kept
        .iter()
        .filter(|c| capitals && c.label == Some(Label::Gpe))
        .map(|c| c.canonical.unwrap_or_else(|| c.span.as_str(text)))
        .collect();
    // A capital stands for its government ("talks between Moscow and Washington") unless the
    // article also uses it as a place ("in Moscow").
    let places: FxSet<&str> = kept
        .iter()
        .filter(|c| c.capital_of.is_some() && c.place_prep)
        .map(|c| c.span.as_str(text))
        .collect();
    // "$2.4 Billion" and "$2.4 billion" are one amount. The folded keys of the few mentions
    // that need one, in order: the loop below takes them as it meets those mentions.
    let needs_folding = |c: &Cand| {
        matches!(c.label, Some(Label::Date | Label::Money | Label::Percent))
            && c.span.as_str(text).bytes().any(|b| b.is_ascii_uppercase())
    };
    let folded: Vec<(usize, String)> = kept
        .iter()
        .enumerate()
        .filter(|(_, c)| needs_folding(c))
        .map(|(k, c)| (k, numeric_key(c.span.as_str(text))))
        .collect();
    // The position in `kept` of the next mention with a folded key (none: `usize::MAX`).
    let fold_at = |f: usize| folded.get(f).map_or(usize::MAX, |&(k, _)| k);
    let (mut next_fold, mut next_fold_at) = (0, fold_at(0));
    let mut index = Interner::with_capacity(kept.len());
    // The entities first as drafts, so that each output vector is allocated once, at its size.
    let mut drafts: Vec<Draft> = Vec::with_capacity(kept.len());
    let mut entity_of: Vec<usize> = Vec::with_capacity(kept.len());
    // The positions in `kept` of the mentions of people, organisations and places (the ones
    // described), written at `described` and counted by their label, with no branch on it.
    let mut described_at: Vec<usize> = vec![0; kept.len()];
    let mut described = 0;
    for (k, c) in kept.iter().enumerate() {
        let label = c.label.unwrap_or(Label::Org);
        let surface = c.span.as_str(text);
        let mut key: &str = c.canonical.unwrap_or(surface);
        if k == next_fold_at {
            key = &folded[next_fold].1;
            next_fold += 1;
            next_fold_at = fold_at(next_fold);
        }
        let mut label_out = label;
        if let Some(country) = c.capital_of {
            if countries.contains(country) && !places.contains(surface) {
                key = country;
                label_out = Label::Gpe;
            }
        }
        // The label's number, LOC sharing GPE's: a select, where a `match` made a jump table
        // whose indirect branch was mispredicted at two mentions in three.
        let group = if label_out == Label::Loc {
            Label::Gpe as u8
        } else {
            label_out as u8
        };
        let idx = index.intern(group, key);
        if idx == drafts.len() {
            drafts.push(Draft {
                label: label_out,
                key,
                names: Surfaces {
                    first: surface,
                    more: Vec::new(),
                },
                mentions: 0,
            });
        }
        let d = &mut drafts[idx];
        d.mentions += 1;
        d.names.add(surface);
        entity_of.push(idx);
        described_at[described] = k;
        described += usize::from(matches!(
            label_out,
            Label::Person | Label::Org | Label::Gpe | Label::Loc
        ));
    }
    described_at.truncate(described);
    let mut entities: Vec<Entity> = Vec::with_capacity(drafts.len());
    for (n, d) in drafts.iter().enumerate() {
        // The name: the canonical key (a list's name, or the full name surname-only mentions
        // joined); for people, the fullest form.
        let mut name = d.key;
        if d.label == Label::Person {
            if let Some(longest) = d.names.iter().max_by_key(|s| (word_count(s), s.len())) {
                if longest.len() > name.len() {
                    name = longest;
                }
            }
        }
        entities.push(Entity {
            id: entity_id(n + 1),
            label: d.label,
            name: name.to_string(),
            aliases: d.names.aliases(name),
            mentions: Vec::with_capacity(d.mentions),
            descriptions: Vec::new(),
        });
    }
    // Mentions in text order.
    for (c, &idx) in kept.iter().zip(&entity_of) {
        entities[idx].mentions.push(c.span);
    }
    // Descriptions of people, organisations and places, deduplicated, in order (an entity's
    // mentions all carry its label, the only one of its group: they are the mentions at
    // `described_at`, in text order). The mentions' ends increase, so the region around each is found by a cursor.
    let mut region = 0;
    for &k in &described_at {
        let c = kept[k];
        let e = &mut entities[entity_of[k]];
        while regions.get(region).is_some_and(|r| r.span.end < c.span.end) {
            region += 1;
        }
        let around = regions
            .get(region)
            .map(|r| r.span)
            .filter(|r| r.contains(c.span));
        describe::descriptions(text, c, around, |d| {
            // (the same words capitalised at a sentence's start are the same description)
            if !e
                .descriptions
                .iter()
                .any(|have| have.eq_ignore_ascii_case(d))
                && !names_another(&kept, text, d)
            {
                e.descriptions.push(d.to_string());
            }
        });
    }
    entities
}

/// Whether the description `d` (a slice of `text`) is, past its article, the whole of a mention
/// of an organisation or a place in `kept` (in text order): then it names another thing ("Ann
/// Roe, the Harbor Party, and ..." is a list), not the person. A group stays ("a Democrat", "a
/// Nepali": what the person is), and so do titles written in capitals ("the Supreme
/// Commander"), which are no mention.
fn names_another(kept: &[&Cand], text: &str, d: &str) -> bool {
    let start = d.as_ptr() as usize - text.as_ptr() as usize;
    let Some(article) = ["the ", "a ", "an "].iter().find(|a| d.starts_with(**a)) else {
        return false;
    };
    let span = Span::new(start + article.len(), start + d.len());
    kept.binary_search_by_key(&span.start, |c| c.span.start)
        .is_ok_and(|k| {
            kept[k].span == span
                && matches!(kept[k].label, Some(Label::Org | Label::Gpe | Label::Loc))
        })
}

/// An entity before its output is made: its label, key, the surfaces of its mentions and
/// their number.
struct Draft<'k> {
    label: Label,
    key: &'k str,
    names: Surfaces<'k>,
    mentions: usize,
}

/// The surfaces of an entity's mentions, deduplicated, in order: the first one apart, so that
/// an entity named one way (most are) needs no vector of its own.
struct Surfaces<'t> {
    first: &'t str,
    more: Vec<&'t str>,
}

impl<'t> Surfaces<'t> {
    fn add(&mut self, surface: &'t str) {
        if !str_eq(surface, self.first) && !self.more.iter().any(|m| str_eq(m, surface)) {
            self.more.push(surface);
        }
    }

    /// The surfaces other than `name`.
    fn aliases(&self, name: &str) -> Vec<String> {
        if self.more.is_empty() && self.first == name {
            return Vec::new(); // the common case
        }
        let mut out = Vec::with_capacity(self.more.len() + 1);
        for s in self.iter() {
            if s != name {
                out.push(s.to_string());
            }
        }
        out
    }

    fn iter(&self) -> impl Iterator<Item = &'t str> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// "E1", "E2", ...: the same as `format!("E{n}")`. Below 100 (nearly every entity of an
/// article) the one or two digits are pushed as they are, into a string of three bytes:
/// `numbered_id`'s general digit buffer and copy cost as much as the allocation.
fn entity_id(n: usize) -> String {
    if n >= 100 {
        return crate::article::numbered_id('E', n);
    }
    let digit = |d: usize| char::from(b'0' + d as u8);
    let mut id = String::with_capacity(3);
    id.push('E');
    if n >= 10 {
        id.push(digit(n / 10));
    }
    id.push(digit(n % 10));
    id
}

/// The key of an amount or date: lower-case scale words ("Billion"), month names kept.
fn numeric_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            key.push(' ');
        }
        if numbers::month(w).is_some() || numbers::weekday(w) || numbers::weekdays(w) {
            key.push_str(w);
        } else if w.is_ascii() {
            let from = key.len();
            key.push_str(w);
            key[from..].make_ascii_lowercase();
        } else {
            key.push_str(&w.to_lowercase());
        }
    }
    key
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_acronyms;
#[cfg(test)]
mod tests_honorifics;
#[cfg(test)]
mod tests_lead23;
#[cfg(test)]
mod tests_lead28;
#[cfg(test)]
mod tests_lead30;
#[cfg(test)]
mod tests_lead31;
#[cfg(test)]
mod tests_lead32;
#[cfg(test)]
mod tests_s17;
#[cfg(test)]
mod tests_s18;
#[cfg(test)]
mod tests_s19;
#[cfg(test)]
mod tests_s20;
#[cfg(test)]
mod tests_s21;
#[cfg(test)]
mod tests_s22;
#[cfg(test)]
mod tests_s23;
#[cfg(test)]
mod tests_s24;
#[cfg(test)]
mod tests_s25;
#[cfg(test)]
mod tests_s27;
#[cfg(test)]
mod tests_s28;
#[cfg(test)]
mod tests_s29;
#[cfg(test)]
mod tests_s30;
#[cfg(test)]
mod tests_s31;
#[cfg(test)]
mod tests_s33;
#[cfg(test)]
mod tests_s34;
#[cfg(test)]
mod tests_s35;
