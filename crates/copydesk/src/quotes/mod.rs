//! Quotes: quotation spans, their kind, cue and speaker resolved to an entity.
//!
//! The stage runs in four steps, each linear in the text:
//! 1. [`marks`] pairs the quotation marks of every body paragraph into quotations (one piece per
//!    paragraph for a quote running over several);
//! 2. [`tokens`] turns each paragraph into words, with every quotation piece as one token;
//! 3. [`attribution`] tries the attribution patterns around each quotation (after it, before it
//!    in its sentence, the previous paragraph's `X said:`, continuation of the previous speaker,
//!    and last the sentence's subject), which give the speaker's words, the cue and a confidence;
//!    a quote interrupted by its attribution (`"…," he said. "…"`) becomes one quote of two pieces;
//! 4. [`speaker`] resolves the speaker's words to an entity (overlap, surname, pronoun).
//!
//! [`kinds`] tells direct from partial quotes and drops titles of works and unattributed scare
//! quotes. See `docs/design/quotes.md`.

mod attribution;
pub(crate) mod cues;
mod indirect;
mod keys;
mod kinds;
mod marks;
mod speaker;
mod tokens;
mod wordset;

#[cfg(test)]
mod tests;

use crate::Span;
use crate::article::{Article, Quote, QuoteKind, Speaker};
use attribution::{
    F_DETERMINERS, F_PREPOSITIONS_LEADING, F_PRONOUNS, F_SKIP, F_STOP, F_SUBORDINATORS, Found,
    Pattern, Reader,
};
use std::cell::{LazyCell, RefCell};
use tokens::{Kind, TokExt};

/// The paragraphs tokenised so far, by index, and where each quotation piece stands.
struct Window<'a> {
    text: &'a str,
    /// `text` lower-cased ([`Reader::with_lower`]).
    low: &'a str,
    paras: &'a [Span],
    pieces: &'a PiecesByPara,
    inner: &'a dyn Fn(usize) -> &'a str,
    /// The readers of the paragraphs tokenised, by paragraph index: a few at most, so a list
    /// searched in order (cheaper than hashing the index).
    readers: Vec<(usize, Reader<'a>)>,
    /// Paragraph and token index of every piece, once its paragraph is tokenised.
    loc: Vec<Option<(usize, usize)>>,
    /// Buffers of readers dropped, for the next paragraphs (a few at most).
    spare: Vec<attribution::Buffers>,
    /// Bytes of the longest paragraph holding a quotation piece: new buffers are made this
    /// large, so that they are not grown (and copied) paragraph after paragraph.
    longest: usize,
}

impl<'a> Window<'a> {
    fn ensure(&mut self, pi: usize) {
        if pi >= self.paras.len() || self.get(pi).is_some() {
            return;
        }
        let longest = self.longest;
        let mut bufs = self
            .spare
            .pop()
            .unwrap_or_else(|| attribution::Buffers::with_capacity(longest));
        let loc = &mut self.loc;
        bufs.tokenize(self.text, self.paras[pi], self.pieces.of(pi), |n, k| {
            if let Some(slot) = loc.get_mut(n) {
                *slot = Some((pi, k));
            }
        });
        let reader = Reader::with_lower(self.text, self.low, self.inner, bufs);
        self.readers.push((pi, reader));
    }

    /// Drop the paragraphs before `pi`, keeping their buffers.
    fn forget_before(&mut self, pi: usize) {
        let mut k = 0;
        while k < self.readers.len() {
            if self.readers[k].0 < pi {
                let (_, r) = self.readers.swap_remove(k);
                self.spare.push(r.into_buffers());
            } else {
                k += 1;
            }
        }
    }

    fn get(&self, pi: usize) -> Option<&Reader<'a>> {
        self.readers
            .iter()
            .find_map(|(k, r)| (*k == pi).then_some(r))
    }
}

thread_local! {
    /// Reader buffers left by the last article parsed on this thread, for the next one (a
    /// few, none larger than [`POOLED_BYTES`]): most articles then tokenise without allocating.
    static POOL: RefCell<Vec<attribution::Buffers>> = const { RefCell::new(Vec::new()) };
}

/// The largest paragraph whose reader buffers are kept from one article to the next.
const POOLED_BYTES: usize = 16 * 1024;

/// The quotation pieces of every paragraph, in order, as `(outer span, piece number)`: one list
/// for the article, cut by paragraph.
struct PiecesByPara {
    items: Vec<(Span, usize)>,
    /// Paragraph `p`'s pieces are `items[starts[p]..starts[p + 1]]`.
    starts: Vec<usize>,
}

impl PiecesByPara {
    fn new(all: &[marks::Piece], paras: usize) -> Self {
        let mut keyed: Vec<(usize, Span, usize)> = all
            .iter()
            .enumerate()
            .map(|(n, p)| (p.para, p.outer, n))
            .collect();
        // in order already but for rare multi-paragraph quotes
        if !keyed.is_sorted() {
            keyed.sort_unstable();
        }
        let mut starts = vec![0; paras + 1];
        for &(para, _, _) in &keyed {
            starts[para + 1] += 1;
        }
        for p in 0..paras {
            starts[p + 1] += starts[p];
        }
        PiecesByPara {
            items: keyed.into_iter().map(|(_, outer, n)| (outer, n)).collect(),
            starts,
        }
    }

    fn of(&self, para: usize) -> &[(Span, usize)] {
        &self.items[self.starts[para]..self.starts[para + 1]]
    }
}

/// Quotes of an article whose structure and entities are already known.
///
/// # Panics
/// Never: the `expect`s inside guard invariants the loop itself establishes.
pub fn extract(article: &Article) -> Vec<Quote> {
    extract_with(article, true)
}

/// [`extract`], with reported (indirect) speech read or not.
///
/// # Panics
/// Never: the `expect`s inside guard invariants the loop itself establishes.
pub fn extract_with(article: &Article, indirect: bool) -> Vec<Quote> {
    let text = article.text.as_str();
    let paras: Vec<Span> = article.paragraphs().map(|p| p.span).collect();
    if paras.is_empty() {
        return Vec::new();
    }
    let found = marks::find(text, &paras);
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&q| found.pieces(q)[0].outer.start);

    // Number the pieces and tokenise each paragraph with its pieces as single tokens. Quotation
    // `qi` (in text order) is the pieces `all[first_last[qi].0..=first_last[qi].1]`.
    let mut all: Vec<marks::Piece> =
        Vec::with_capacity(order.iter().map(|&q| found.pieces(q).len()).sum());
    let mut first_last: Vec<(usize, usize)> = Vec::with_capacity(order.len());
    for &q in &order {
        let first = all.len();
        all.extend_from_slice(found.pieces(q));
        first_last.push((first, all.len() - 1));
    }
    let pieces_of = |qi: usize| &all[first_last[qi].0..=first_last[qi].1];
    let per_para = PiecesByPara::new(&all, paras.len());
    let inner = |n: usize| all[n].inner.as_str(text);
    // The rules read words lower-cased: the text is lower-cased once, and every reader slices
    // its words out of it (session 36).
    let low = text.to_ascii_lowercase();
    let low = low.as_str();
    // Paragraphs are tokenised on demand and dropped once the quotes have moved past them, so
    // memory stays bounded by the few paragraphs around the current quote.
    let mut win = Window {
        text,
        low,
        paras: &paras,
        pieces: &per_para,
        inner: &inner,
        readers: Vec::with_capacity(4),
        loc: vec![None; all.len()],
        spare: POOL.with_borrow_mut(std::mem::take),
        longest: (0..paras.len())
            .filter(|&p| !per_para.of(p).is_empty())
            .map(|p| paras[p].len())
            .max()
            .unwrap_or(0),
    };

    // Made when a quote first needs a speaker resolved: it sorts every entity mention, which
    // articles whose quotations all turn out to be titles or scare quotes never need.
    let resolver = LazyCell::new(|| speaker::Resolver::new(article));
    let mut out: Vec<Quote> = Vec::new();
    let mut prev: Option<Named> = None;
    let mut skip = vec![false; first_last.len()];
    let mut last_para: Option<usize> = None;
    // The last quote pushed, when its own attribution follows it unread (`“…,” an aide to
    // the mayor quipped. “…”`): its paragraph.
    let mut unread: Option<usize> = None;
    for qi in 0..first_last.len() {
        if skip[qi] {
            continue;
        }
        let (n0, n1) = first_last[qi];
        let (para0, para1) = (all[n0].para, all[n1].para);
        win.forget_before(para0.saturating_sub(1));
        // The paragraph before is read only for its last token (`X said:`) and the sentence
        // before it: one with no quotation and no final colon would give nothing.
        // (Its last token is a colon exactly when its last character other than white space is:
        // a colon is never part of a word.)
        if para0 > 0
            && (!per_para.of(para0 - 1).is_empty()
                || paras[para0 - 1].as_str(text).trim_end().ends_with(':'))
        {
            win.ensure(para0 - 1);
        }
        win.ensure(para0);
        win.ensure(para1);
        // `"…"¶¶- Ann Roe.`: a short paragraph of a dash and a name after the quote's (its
        // words tokenised only then)
        let sign_off = para1 + 1 < paras.len() && sign_off_text(paras[para1 + 1].as_str(text));
        if sign_off {
            win.ensure(para1 + 1);
        }
        if let Some(&(m0, m1)) = first_last.get(qi + 1) {
            win.ensure(all[m0].para);
            win.ensure(all[m1].para);
        }
        let win = &win;
        let (Some((pa, ta)), Some((pb, tb))) = (win.loc[n0], win.loc[n1]) else {
            continue;
        };
        let (Some(ra), Some(rb)) = (win.get(pa), win.get(pb)) else {
            continue;
        };
        let mut spans: Vec<Span> = pieces_of(qi).iter().map(|p| p.inner).collect();
        let closed = all[n1].closed;
        let at_start = ra.sentence_start(ta) == ta;
        // (read when a rule asks: the attribution before the quote may settle it first)
        let after_once = std::cell::OnceCell::new();
        // A quotation introduced within its sentence (`X said: “…”`, `dubbed him “…”`) that
        // ends it: a capitalised word after it opens the next sentence, whose subject is not
        // its speaker (`… said, “…” The star then recalled …`).
        let next_sentence = || {
            ta > 0
                && !ra.ends_sentence(ta - 1)
                && rb.word(tb + 1)
                && rb.cap(tb + 1)
                && spans.last().is_some_and(|sp| {
                    sp.as_str(text)
                        .trim_end_matches(['”', '’', '"', '\'', ')'])
                        .ends_with(['.', '?', '!'])
                })
        };
        let after = || {
            *after_once.get_or_init(|| {
                if closed {
                    rb.after(tb)
                        .filter(|f| f.pattern != Pattern::AfterSpeakerFirst || !next_sentence())
                        .map(|f| modifier_not_cue(rb, f))
                        .or_else(|| manner_after(rb, tb))
                        .or_else(|| said_name_closing(rb, tb))
                } else {
                    None
                }
            })
        };
        let mut found: Option<(Found, usize, &Reader<'_>)> = None;
        let mut used_after = false;
        // A direct quote after a colon or comma, with "he told X" right after it, is his.
        let introduced = ta > 0 && ra.toks[ta - 1].is_punct(text, ":,");
        let tight_after = || {
            after().is_some_and(|f| {
                matches!(
                    f.pattern,
                    Pattern::AfterCueFirst | Pattern::AfterSpeakerFirst
                )
            })
        };
        // `… because “…,” she said.`: a quote closing on a comma right before "she said" is hers
        // (but not after `what X called`: `under what Roe called “…,” the board raised …`).
        let comma_close = spans.last().is_some_and(|sp| {
            sp.as_str(text)
                .trim_end_matches(['”', '’', '"', '\''])
                .ends_with(',')
        });
        if at_start
            || spans.len() > 1
            || (introduced && tight_after())
            || (comma_close && tight_after() && !ra.called_right_before(ta))
        {
            if let Some(f) = after() {
                found = Some((f, pb, rb));
                used_after = true;
            }
        }
        if found.is_none() {
            found = ra.before(ta).map(|f| (f, pa, ra));
        }
        if found.is_none() {
            if let Some(f) = after() {
                found = Some((f, pb, rb));
                used_after = true;
            }
        }
        // `"…," he said. "…"`: the next quotation in the paragraph is the same quote.
        if used_after {
            let f = found
                .as_ref()
                .map(|x| x.0)
                .expect("used_after implies found");
            if let Some(next) = merge_candidate(win, &all, &first_last, qi, pb, f.end) {
                let mut k = qi + 1;
                while k <= next {
                    spans.extend(pieces_of(k).iter().map(|p| p.inner));
                    skip[k] = true;
                    k += 1;
                }
            }
        }
        // The previous paragraph ends "X said:".
        if let (true, Some(rp)) = (
            found.is_none() && ta == 0 && pa > 0,
            win.get(pa.wrapping_sub(1)),
        ) {
            let n = rp.toks.len();
            if n > 0 && rp.toks[n - 1].is_punct(text, ":") {
                found = rp.before(n).map(|mut f| {
                    f.pattern = Pattern::IntroParagraph;
                    (f, pa - 1, rp)
                });
            }
        }
        if found.is_none() && sign_off && closed {
            if let Some(rs) = win.get(pb + 1) {
                found = sign_off_paragraph(rb, tb, rs).map(|f| (f, pb + 1, rs));
            }
        }
        let q_inner = spans.first().map_or("", |s| s.as_str(text));
        let kind = kinds::kind(ra, ta, q_inner, spans.len());
        let mut speaker: Option<Speaker> = None;
        let mut cue = None;
        let mut pattern = None;
        let mut person = false;
        let prev_speaker = prev.as_ref().map(|p| p.view(&out));
        let prev = &mut prev;
        if let Some((f, para, r)) = found {
            let (sp, is_person) = resolve(&resolver, r, &f, prev_speaker.as_ref(), para);
            speaker = Some(sp);
            person = is_person;
            cue = f.cue.map(|c| {
                let quote_at = (para == pa).then_some(ta);
                cue_phrase(r, r.cue_group(c, f.speaker), f.speaker.1, quote_at)
            });
            pattern = Some(f.pattern);
        } else if unread == Some(pa)
            && kind == QuoteKind::Direct
            && at_start
            && !(closed && (rb.cue_right_after(tb) || rb.clause_goes_on(tb)))
        {
            // `“…,” an aide quipped. “…”`: the words after that attribution go on the quote
            // before it, whose speaker is not the previous one.
            if let Some(last) = out.last_mut() {
                last.spans.extend(spans);
                last_para = Some(pb);
                unread = Some(pb);
                continue;
            }
        } else if let Some(f) = prev_speaker
            .as_ref()
            .filter(|p| {
                kind == QuoteKind::Direct
                    && at_start
                    && (p.para == pa || p.para + 1 == pa)
                    && !(closed && (rb.cue_right_after(tb) || rb.clause_goes_on(tb)))
            })
            .and_then(|_| {
                ra.previous_sentence_subject(ta)
                    .or_else(|| ra.named_closing_attribution_before(ta))
            })
            .map(|f| (f, resolve(&resolver, ra, &f, prev_speaker.as_ref(), pa)))
            .filter(|(f, (sp, _))| {
                // (an entity, or a capital after the sentence's first word: "Alongside his
                // work, …" names no one)
                sp.entity.is_some()
                    || (f.speaker.0 + 1..f.speaker.1)
                        .any(|k| ra.cap(k) && !ra.is(k, F_DETERMINERS | F_PRONOUNS))
            })
        {
            // `Ann Roe agreed. “…”`: the sentence before the quotation in its paragraph names
            // someone; the quotation is theirs, not the previous speaker's
            let (f, (sp, is_person)) = f;
            speaker = Some(sp);
            person = is_person;
            pattern = Some(f.pattern);
            let b = f.speaker.1;
            cue = (b..f.end)
                .find(|&k| ra.is_finite_cue(k))
                .map(|k| ra.cue_group(ra.toks[k].span, f.speaker))
                .or_else(|| subject_predicate(ra, b, f.end));
        } else if let Some(p) = prev_speaker.as_ref().filter(|p| {
            kind == QuoteKind::Direct
                && at_start
                && (p.para == pa || p.para + 1 == pa)
                && !(closed && (rb.cue_right_after(tb) || rb.clause_goes_on(tb)))
        }) {
            speaker = Some(p.speaker.clone());
            person = p.person;
            cue = p.cue;
            pattern = Some(Pattern::Continuation);
        } else if let Some(f) = (kind == QuoteKind::Direct
            && at_start
            && !(closed && (rb.cue_right_after(tb) || rb.clause_goes_on(tb))))
        .then(|| ra.closing_attribution_before(ta))
        .flatten()
        {
            // `The board may wait, Ann Roe said. “…”` with no quotation before: hers
            let (sp, is_person) = resolve(&resolver, ra, &f, prev_speaker.as_ref(), pa);
            speaker = Some(sp);
            person = is_person;
            pattern = Some(f.pattern);
            cue = f.cue.map(|c| ra.cue_group(c, f.speaker));
        } else if let Some(f) = ra.sentence_subject(ta) {
            let (sp, is_person) = resolve(&resolver, ra, &f, prev_speaker.as_ref(), pa);
            // the weakest pattern: a one-word subject that is no entity is no speaker
            if sp.entity.is_some() || !ra.bare_word(f.speaker) {
                speaker = Some(sp);
                person = is_person;
                pattern = Some(f.pattern);
                // `Quinn however said she would accept a “…”`, `The department two weeks ago
                // said that “…”`: a verb of saying between the subject and the quotation, which
                // the rules did not read as the subject's, is still the cue.
                // Else a past tense right after the subject is the predicate that carries the
                // quotation (`Roe blamed the board for “…”`, `The mayor voiced “…”`).
                let b = f.speaker.1;
                cue = (b..ta)
                    .find(|&k| ra.is_finite_cue(k))
                    .map(|k| ra.cue_group(ra.toks[k].span, f.speaker))
                    .or_else(|| {
                        (b < ta
                            && ra.word(b)
                            && !ra.cap(b)
                            && ra.lower(b).len() >= 4
                            && ra.lower(b).ends_with("ed"))
                        .then(|| ra.toks[b].span)
                    })
                    .or_else(|| subject_predicate(ra, b, ta));
            }
        }
        // Not quotations: titles of works, and unattributed scare quotes or names.
        let strong = kind == QuoteKind::Direct
            && matches!(
                pattern,
                Some(Pattern::AfterCueFirst | Pattern::AfterSpeakerFirst | Pattern::BeforeColon)
            );
        if spans.len() == 1 && !strong && kinds::is_title(ra, ta, q_inner) {
            continue;
        }
        if speaker.is_none()
            && kind == QuoteKind::Partial
            && (kinds::is_short(q_inner) || kinds::title_case(q_inner))
        {
            continue;
        }
        if (speaker.is_none() || pattern == Some(Pattern::Subject))
            && spans.len() == 1
            && kinds::is_short(q_inner)
            && kinds::title_case(q_inner)
        {
            continue;
        }
        let mut confidence = pattern.map_or(0.3, Pattern::confidence);
        if !closed {
            confidence *= 0.9;
        }
        // A speaker named here is the next quote's previous speaker, once this quote is in `out`.
        let named_at = match &speaker {
            Some(sp) if pattern != Some(Pattern::Continuation) => {
                Some(sp.mention.map_or(0, |m| m.end))
            }
            _ => None,
        };
        if let (Some(Pattern::Continuation), Some(p)) = (pattern, prev.as_mut()) {
            p.para = pb;
        }
        let remember = |prev: &mut Option<Named>, quote: usize| {
            if let Some(at) = named_at {
                *prev = Some(Named {
                    quote,
                    person,
                    para: pb,
                    at,
                    cue,
                });
            }
        };
        // `called Trump a "liar" who is "amoral," a "bully"`: fragments of one sentence under
        // one cue are one partial quote of several pieces.
        if kind == QuoteKind::Partial && cue.is_some() && pattern != Some(Pattern::Continuation) {
            if let Some(last) = out.last_mut() {
                if last.kind == QuoteKind::Partial
                    && last.cue == cue
                    && last_para == Some(pa)
                    && last.speaker == speaker
                {
                    last.spans.extend(spans);
                    remember(prev, out.len() - 1);
                    continue;
                }
            }
        }
        last_para = Some(pb);
        unread = (speaker.is_none()
            && closed
            && spans.len() == 1
            && (rb.cue_right_after(tb) || rb.clause_goes_on(tb)))
        .then_some(pb);
        out.push(Quote {
            id: String::new(),
            kind,
            spans,
            speaker,
            cue,
            confidence,
        });
        remember(prev, out.len() - 1);
    }
    // Reported speech, in the sentences with no quotation and a verb of indirect speech.
    win.forget_before(usize::MAX);
    let before = out.len();
    let reported_paragraphs = if indirect { paras.len() } else { 0 };
    // a headline in the form `Name: what they said` or `Name Says …` (session 19)
    if let Some(title) = article.title.filter(|_| indirect) {
        headline_reports(
            text,
            low,
            title,
            &mut win.spare,
            &inner,
            &resolver,
            &mut out,
        );
    }
    for (pi, para) in article.paragraphs().enumerate().take(reported_paragraphs) {
        let pieces = per_para.of(pi);
        // (`part`: a whole sentence, or the words before a sentence's first quotation or after
        // its last, read only for a clause handed over to the quotation or going on after it)
        let mut read = |span: Span, whole: bool, part: Part, out: &mut Vec<Quote>| {
            let mut bufs = win
                .spare
                .pop()
                .unwrap_or_else(|| attribution::Buffers::with_capacity(span.len()));
            // (a sentence read here holds no quotation piece; a transcript paragraph neither)
            bufs.tokenize(text, span, &[], |_, _| {});
            let reader = Reader::with_lower(text, low, &inner, bufs);
            reported_in(&reader, pi, whole, part, &resolver, out);
            win.spare.push(reader.into_buffers());
        };
        if pieces.is_empty()
            && (indirect::may_be_transcript(para.span.as_str(text))
                || (pi == 0 && indirect::may_be_headline(para.span.as_str(text))))
        {
            read(para.span, true, Part::Whole, &mut out);
            continue;
        }
        for (si, &sentence) in para.sentences.iter().enumerate() {
            let mut first_piece = usize::MAX;
            let last_piece = pieces
                .iter()
                .filter(|(piece, _)| piece.start < sentence.end && sentence.start < piece.end)
                .map(|(piece, _)| {
                    first_piece = first_piece.min(piece.start);
                    piece.end
                })
                .max();
            // before the sentence's first quotation: `He backed the plan, saying: "…"`
            if last_piece.is_some()
                && first_piece > sentence.start + 24
                && (may_hand_over(&text.as_bytes()[sentence.start..first_piece])
                    || fronted_clause(&text.as_bytes()[sentence.start..first_piece]))
            {
                let head = Span::new(sentence.start, first_piece);
                read(head, si == 0, Part::BeforeQuote, &mut out);
            }
            match last_piece {
                None if cues::may_report(sentence.as_str(text))
                    || indirect::may_open_with_poll(sentence.as_str(text)) =>
                {
                    read(sentence, si == 0, Part::Whole, &mut out);
                }
                // after the sentence's last quotation: `…," he said, adding that …`
                Some(after) if after < sentence.end => {
                    let rest = &text[after..sentence.end];
                    let skip = rest.len()
                        - rest
                            .trim_start_matches(|c: char| {
                                c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ',')
                            })
                            .len();
                    let tail = Span::new(after + skip, sentence.end);
                    let read_before = out.len();
                    if tail.len() >= 24
                        && (comma_then_ing_word(tail.as_str(text))
                            || cues::who_then_verb(tail.as_str(text).as_bytes()))
                    {
                        read(tail, false, Part::AfterQuote, &mut out);
                    } else if tail.len() >= 24
                        && cues::and_but_then_verb(rest.as_bytes(), true)
                        && first_piece > sentence.start + 8
                        && cues::may_report(&text[sentence.start..first_piece])
                    {
                        // `Roe called it "a farce," but said the vote would stand.`
                        read(
                            sentence,
                            si == 0,
                            Part::AroundQuotes(first_piece, after),
                            &mut out,
                        );
                    } else if tail.len() >= 24
                        && !attributed_in(&out[..before], sentence.start, tail)
                        && saying_word_in(tail.as_str(text).as_bytes())
                    {
                        // (session 35) `Ann Roe, who calls the pier “a hazard,” said the
                        // board will close it`: the words after the last quotation hold a
                        // report of their own when no quotation's attribution is among them.
                        // Only a verb of saying before its clause (a clause closed by `, X said`
                        // may have begun before the quotation; a verb of stance there often
                        // goes on under the quotation's clause), not after "and" (whose
                        // subject may stand far before it)
                        let k = out.len();
                        read(tail, false, Part::Whole, &mut out);
                        let mut j = k;
                        while j < out.len() {
                            let q = &out[j];
                            if q.cue.is_some_and(|c| {
                                q.spans.iter().all(|s| s.start >= c.end)
                                    && saying_after_quote(text, tail.start, c)
                            }) {
                                j += 1;
                            } else {
                                out.remove(j);
                            }
                        }
                    }
                    // (session 36) `Ann Roe called the pier “a hazard,” noting that …`: when the
                    // rules above read nothing there
                    // (a participle after a comma: `“super PACs” backing four candidates` is
                    // the noun's)
                    if out.len() == read_before
                        && tail.len() >= 24
                        && opens_with_report(tail.as_str(text))
                        && (tail.as_str(text).starts_with("and ")
                            || tail.as_str(text).starts_with("but ")
                            || text.as_bytes()[after.saturating_sub(6)..tail.start].contains(&b','))
                    {
                        opening_tail(
                            text,
                            &mut out,
                            before,
                            (sentence.start, first_piece, after),
                            |out| read(tail, false, Part::OpeningTail, out),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    // (session 28) the question in "Asked whether …, Ann Roe said": reported with no speaker,
    // unless some quote already holds its words
    for para in article.paragraphs().take(reported_paragraphs) {
        for &sentence in &para.sentences {
            let words = sentence.as_str(text);
            if !words.contains("sked ") {
                continue;
            }
            let Some((cue, question)) = indirect::asked_question(words) else {
                continue;
            };
            let span = Span::new(
                sentence.start + question.start,
                sentence.start + question.end,
            );
            if out.iter().any(|q| q.spans.iter().any(|s| s.overlaps(span))) {
                continue;
            }
            out.push(Quote {
                id: String::new(),
                kind: QuoteKind::Indirect,
                spans: vec![span],
                speaker: None,
                cue: Some(Span::new(
                    sentence.start + cue.start,
                    sentence.start + cue.end,
                )),
                confidence: 0.6,
            });
        }
    }
    if out.len() > before {
        out.sort_by_key(|q| q.spans.iter().map(|s| s.start).min().unwrap_or(0));
    }
    // the buffers go back to the pool for the next article
    let mut spare = win.spare;
    spare.retain(|b| b.bytes() <= POOLED_BYTES);
    spare.truncate(4);
    POOL.with_borrow_mut(|pool| *pool = spare);
    for (i, q) in out.iter_mut().enumerate() {
        q.id = quote_id(i + 1);
        q.spans.sort_unstable();
    }
    out
}

/// (session 35) The verbs of saying a report after a sentence's last quotation may have
/// ([`saying_after_quote`]).
fn saying_word(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"said"
            | b"says"
            | b"say"
            | b"told"
            | b"tells"
            | b"added"
            | b"argued"
            | b"argue"
            | b"argues"
            | b"suggested"
            | b"suggests"
            | b"suggest"
            | b"claimed"
            | b"claims"
            | b"denied"
            | b"noted"
            | b"insisted"
            | b"warned"
            | b"announced"
            | b"wrote"
    )
}

/// (session 35) Whether the bytes `b` hold a verb of saying of [`saying_word`]: a scan of the
/// runs of ASCII letters, each of three to nine letters lower-cased and compared, before the
/// words after a quotation are tokenised.
fn saying_word_in(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let e = i + b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if (3..=9).contains(&(e - i)) {
            let mut low = [0u8; 9];
            let low = &mut low[..e - i];
            low.copy_from_slice(&b[i..e]);
            low.make_ascii_lowercase();
            if saying_word(low) {
                return true;
            }
        }
        i = e;
    }
    false
}

/// (session 35) Whether the cue `c` of a report read in the words after a sentence's last
/// quotation (from `from`) is a verb of saying ([`saying_word`]; after "has", "also" too) that
/// does not follow "and".
fn saying_after_quote(text: &str, from: usize, c: Span) -> bool {
    let Some(words) = text.get(c.start..c.end) else {
        return false;
    };
    let verb = words.rsplit(' ').next().unwrap_or("");
    let saying = saying_word(verb.to_ascii_lowercase().as_bytes());
    let before = text.get(from..c.start).unwrap_or("").trim_end();
    saying && !(before.ends_with(" and") || before == "and")
}

/// (session 35) Whether a quotation of `quotes` (the marks' quotes, in text order) starting
/// from `from` on (or one of the two before) has its cue inside `tail`: then the words there are that quotation's
/// attribution (`“…,” Ann Roe said Tuesday in a note to the board`), not a report of their own.
/// (or a quotation just after it: `…, Roe told the board: “…”`). A binary search to the
/// sentence and the few quotations from there to the tail's end.
fn attributed_in(quotes: &[Quote], from: usize, tail: Span) -> bool {
    // (a quotation of several sentences starts before the sentence: the two before it too)
    let first = quotes
        .partition_point(|q| q.spans.first().is_none_or(|s| s.start < from))
        .saturating_sub(2);
    quotes[first..]
        .iter()
        .take_while(|q| q.spans.first().is_some_and(|s| s.start <= tail.end + 8))
        .any(|q| {
            q.cue
                .is_some_and(|c| tail.start <= c.start && c.start < tail.end)
        })
}

/// `“…,” State spokesman Ann Roe said`, `“…,” state Sen. Ann Roe said`: a word read as the cue
/// before the speaker ("state") is a modifier of the speaker when a verb of saying follows the
/// speaker's words at once; that verb is the cue.
fn modifier_not_cue(r: &Reader<'_>, f: Found) -> Found {
    if f.pattern != Pattern::AfterCueFirst || f.speaker.1 != f.end || !r.is_finite_cue(f.end) {
        return f;
    }
    let Some(cue) = f.cue else {
        return f;
    };
    let Some(c) = r.token_at(cue.start) else {
        return f;
    };
    if c + 1 != f.speaker.0 {
        return f;
    }
    Found {
        speaker: (c, f.end),
        cue: Some(r.toks[f.end].span),
        pattern: Pattern::AfterSpeakerFirst,
        end: f.end + 1,
    }
}

/// Whether a paragraph's text may be a sign-off after a quotation: short, opening with a dash
/// and a capital (`- Ann Roe.`, `—Tom Pike, Ashton.`).
fn sign_off_text(p: &str) -> bool {
    // (a hyphen, or the first byte of the three dashes' UTF-8)
    if p.len() > 120 || !matches!(p.as_bytes().first(), Some(b'-' | 0xE2)) {
        return false;
    }
    p.strip_prefix(['-', '—', '–', '―']).is_some_and(|rest| {
        rest.trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    })
}

/// `"…"¶¶- Ann Roe.`, `"…"¶¶-Tom Pike, a reader in Ashton.`: the quotation at token `q` ends
/// its paragraph and the next paragraph (`rs`) is a dash and a name, then its end or a comma.
fn sign_off_paragraph(rq: &Reader<'_>, q: usize, rs: &Reader<'_>) -> Option<Found> {
    let n = rq.toks.len();
    if !(q + 1 == n || (q + 2 == n && rq.punct(q + 1, "."))) || !rs.punct(0, "—–--―") {
        return None;
    }
    let m = rs.toks.len();
    let a = 1;
    let mut b = a;
    while b < m && b - a < 5 && rs.word(b) && rs.cap(b) {
        b += 1;
    }
    (b > a && (b == m || rs.punct(b, ".,"))).then(|| Found {
        speaker: (a, b),
        cue: Some(rs.toks[0].span),
        pattern: Pattern::DashSignOff,
        end: b,
    })
}

/// `“…” about the decision, said Ann Roe, a director of the union.`: the sentence that a
/// quotation at token `q` opens (or stands in) closes with `, said NAME`, the name capitalised,
/// and nothing after it but an apposition. No other quotation or finite cue stands between.
fn said_name_closing(r: &Reader<'_>, q: usize) -> Option<Found> {
    let n = r.toks.len();
    let limit = (q + 40).min(n);
    let mut k = q + 1;
    while k + 2 < limit {
        if matches!(r.toks[k].kind, Kind::Quote(_)) || r.ends_sentence(k) {
            return None;
        }
        if r.is_finite_cue(k) {
            if !(r.punct(k - 1, ",") && k > q + 2) {
                return None;
            }
            let (a, b) = r.np_forward(k + 1, n)?;
            if !r.cap(a) || r.is_time((a, b)) {
                return None;
            }
            // the name ends the sentence, or an apposition after a comma does
            let mut e = b;
            if r.punct(e, ",") {
                while e < n && e - b < 30 && !r.ends_sentence(e) {
                    if matches!(r.toks[e].kind, Kind::Quote(_)) || r.is_finite_cue(e) {
                        return None;
                    }
                    e += 1;
                }
            }
            if !(e >= n || r.ends_sentence(e)) {
                return None;
            }
            return Some(Found {
                speaker: (a, b),
                cue: Some(r.toks[k].span),
                pattern: Pattern::SentenceFinal,
                end: b,
            });
        }
        k += 1;
    }
    None
}

/// The predicate after a sentence's subject that carries its quotation (the subject pattern,
/// no verb of saying read): `He has coined a phrase, “…”` gives `has coined`, `Roe also
/// bemoaned …` `also bemoaned`, `The ad hits Roe for “…”` `hits`. The word right after the
/// subject (token `b`, before the quote token `q`), lower-case and no preposition, conjunction,
/// determiner or pronoun; an auxiliary or adverb there takes the verb after it along.
fn subject_predicate(r: &Reader<'_>, b: usize, q: usize) -> Option<Span> {
    let plain = |k: usize| {
        k < q
            && r.word(k)
            && !r.cap(k)
            && (r.is(k, F_SKIP)
                || !r.is(
                    k,
                    F_STOP | F_DETERMINERS | F_PREPOSITIONS_LEADING | F_PRONOUNS | F_SUBORDINATORS,
                ))
    };
    if !plain(b) {
        return None;
    }
    let mut e = b;
    while e + 1 < q && e - b < 2 && r.is(e, F_SKIP) && plain(e + 1) {
        e += 1;
    }
    Some(Span::new(r.toks[b].span.start, r.toks[e].span.end))
}

/// The cue as a reader of the sentence names it: `went on to say` (not `say`), and the
/// participle that introduces the quotation at token `quote_at` after the cue (`X said, adding
/// that “…”`: `adding`), when no other finite cue stands between.
fn cue_phrase(r: &Reader<'_>, cue: Span, speaker_end: usize, quote_at: Option<usize>) -> Span {
    let Some(mut c) = r.token_at(cue.start) else {
        return cue;
    };
    // (the verb, past the adverbs `cue_group` put before it: "formally announced …, calling")
    while c + 1 < r.toks.len() && r.toks[c].span.end < cue.end {
        c += 1;
    }
    if let Some(q) = quote_at.filter(|&q| q > c + 2 && q - c <= 40) {
        // (after a comma, a quotation closing on one, or `before`/`while`/`after`: `X said of
        // it, “…,” adding that “…”`, `X told the board, before insisting the pier had a “…”`)
        let participle = (c + 1..q - 1).find(|&k| {
            (match r.toks[k].kind {
                Kind::Punct => r.punct(k, ","),
                Kind::Quote(_) => r.quote_ends_with_comma(k),
                Kind::Word => {
                    matches!(r.toks[k].span.len(), 5 | 6)
                        && matches!(r.lower(k), "before" | "while" | "after")
                }
            }) && r.word(k + 1)
                && r.lower(k + 1).ends_with("ing")
                && cues::verb(r.lower(k + 1)).is_some_and(|(f, _)| f == cues::Form::Participle)
        });
        if let Some(k) = participle {
            if !(c + 1..q).any(|j| r.is_finite_cue(j)) {
                return r.toks[k + 1].span;
            }
        }
    }
    // `went on to say`, `continued to say`
    let w = |k: usize| if r.word(k) { r.lower(k) } else { "" };
    if c >= 2 && cue.start == r.toks[c].span.start && w(c - 1) == "to" {
        let lead = if c >= 3 && w(c - 2) == "on" && matches!(w(c - 3), "went" | "goes" | "go") {
            Some(c - 3)
        } else if matches!(w(c - 2), "continued" | "continues") {
            Some(c - 2)
        } else {
            None
        };
        if let Some(a) = lead.filter(|&a| a >= speaker_end) {
            return Span::new(r.toks[a].span.start, cue.end);
        }
    }
    cue
}

/// `“…,” Ann Roe shot back.`, `“…?” an angry Roe retorted.`, `“…,” he went on.`: after a
/// quotation closing on a comma, `?` or `!`, a speaker and one verb (and a particle: back, on, up,
/// out) that end the sentence are its attribution, whatever the verb (one of the lexicon's would
/// have been read already). The speaker is a pronoun, a run of capitalised words, or a
/// determiner and one to three words ("the two", "the suit", "an angry Roe"); the verb is a
/// lower-case word that is no stop word and no adverb.
fn manner_after(r: &Reader<'_>, q: usize) -> Option<Found> {
    let Kind::Quote(piece) = r.toks[q].kind else {
        return None;
    };
    let inner = (r.inner)(piece as usize).trim_end_matches(['”', '’', '"', '\'']);
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let a = q + 1;
    let n = r.toks.len();
    // the words up to the sentence's end (or a comma), at most six; or up to a word that goes
    // on with the sentence after the verb (`Roe shot back with a grin.`, `Roe barked and …`)
    let goes_on = |k: usize| {
        matches!(
            r.lower(k),
            "with" | "and" | "as" | "before" | "after" | "while"
        )
    };
    let mut e = a;
    while e < n && e - a < 7 && r.word(e) && !(e - a >= 2 && goes_on(e)) {
        e += 1;
    }
    if e == a || e - a > 6 || !(e == n || r.punct(e, ".!?,") || (r.word(e) && goes_on(e))) {
        return None;
    }
    let mut v = e - 1;
    if v > a && matches!(r.lower(v), "back" | "on" | "up" | "out") {
        v -= 1;
    }
    // (an adverb is no verb: "the crowd applauded loudly")
    if v <= a
        || r.cap(v)
        || r.is(v, F_STOP | F_PRONOUNS | F_DETERMINERS)
        || r.lower(v).len() < 3
        || r.lower(v).ends_with("ly")
    {
        return None;
    }
    let speaker_ok = if r.is(a, F_PRONOUNS) {
        v == a + 1
    } else if r.cap(a) {
        (a..v).all(|k| r.cap(k)) && v - a <= 4
    } else if r.is(a, F_DETERMINERS) {
        (2..=4).contains(&(v - a))
            && (a + 1..v).all(|k| !r.is(k, F_STOP) && !r.lower(k).ends_with("ed"))
    } else {
        false
    };
    // (a sentence going on after the verb only after a name or a pronoun: "“…,” a thick
    // soup filled with mussels" is a description)
    if !speaker_ok || r.is_time((a, v)) || (r.word(e) && !(r.cap(a) || r.is(a, F_PRONOUNS))) {
        return None;
    }
    Some(Found {
        speaker: (a, v),
        cue: Some(Span::new(r.toks[v].span.start, r.toks[e - 1].span.end)),
        pattern: Pattern::SentenceFinal,
        end: e,
    })
}

/// Whether a comma in `text` is followed by a word ending in "ing" (`, adding`, `, noting`):
/// the cheap test before the words after a quotation are tokenised and read.
fn comma_then_ing_word(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b',', b).any(|p| {
        let word = b[p + 1..].trim_ascii_start();
        let n = word.iter().take_while(|c| c.is_ascii_lowercase()).count();
        n > 4 && word[..n].ends_with(b"ing")
    })
}

/// (session 36) Whether the words after a sentence's last quotation open with a participle of
/// a verb of indirect speech (`noting`, `claiming`) or with "and"/"but" (and "also") before a
/// finite one (`and said`, `but also argued`): a look-up of a word or two, before any token is
/// made.
fn opens_with_report(tail: &str) -> bool {
    use cues::Form;
    let b = tail.as_bytes();
    let (mut i, mut e) = cues::lower_word_at(b, 0);
    let and = matches!(&b[i..e], b"and" | b"but");
    if and {
        (i, e) = cues::lower_word_at(b, e);
        if &b[i..e] == b"also" {
            (i, e) = cues::lower_word_at(b, e);
        }
    }
    let want = if and { Form::Finite } else { Form::Participle };
    e > i
        && b[i].is_ascii_lowercase()
        && cues::clause_verb_at(b, i, e).is_some_and(|(f, _)| f == want)
}

/// (session 36) The report of the words after a sentence's last quotation that open with a
/// verb of indirect speech ([`opens_with_report`]), read by `read` into `out`, under the
/// speaker of that quotation: the quotation of `out[..marks]` (the marks' quotes, in text
/// order) whose last piece ends at `after`, its cue standing in the sentence (from `start`)
/// before the sentence's first quotation (at `first`): `Ann Roe called the pier “a hazard,”
/// noting that it was built in 1920` is Ann Roe's.
fn opening_tail(
    text: &str,
    out: &mut Vec<Quote>,
    marks: usize,
    (start, first, after): (usize, usize, usize),
    read: impl FnOnce(&mut Vec<Quote>),
) {
    let quotes = &out[..marks];
    let i = quotes.partition_point(|q| q.spans.first().is_none_or(|s| s.start < start));
    let Some(speaker) = quotes[i..]
        .iter()
        .take_while(|q| q.spans.first().is_some_and(|s| s.start < after))
        .find(|q| {
            q.spans
                .last()
                .is_some_and(|s| s.end <= after && s.end + 4 >= after)
                && q.cue.is_some_and(|c| c.start >= start && c.end <= first)
        })
        .and_then(|q| q.speaker.clone())
        // (named in the sentence, and not a possessive read as the speaker: `Donald Trump’s
        // words`, `his`)
        .filter(|sp| {
            sp.mention.is_some_and(|m| {
                let w = m.as_str(text);
                m.start >= start
                    && !(w.ends_with("'s")
                        || w.ends_with("’s")
                        || matches!(w, "his" | "her" | "their" | "its"))
            })
        })
    else {
        return;
    };
    let k = out.len();
    read(out);
    for q in &mut out[k..] {
        q.speaker = Some(speaker.clone());
    }
}

/// Whether the words before a quotation open with a fronted clause of contrast or time closed
/// by a comma (`While Ann Roe said …, the board called it "…"`; session 24): the first word
/// looked up, and a comma searched for.
fn fronted_clause(b: &[u8]) -> bool {
    let e = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let mut low = [0u8; 8];
    if e == 0 || e > low.len() {
        return false;
    }
    let low = &mut low[..e];
    low.copy_from_slice(&b[..e]);
    low.make_ascii_lowercase();
    indirect::fronted_opener(low) && memchr::memchr(b',', &b[e..]).is_some()
}

/// Whether the words before a quotation may hold a break that hands over to it
/// ([`indirect`]'s `before_quote`): a semicolon, a comma before a participle of indirect
/// speech (`, saying`) or a conjunction of contrast (`, while`), or " and " / " but " before a
/// finite verb of indirect speech or a personal pronoun (`and said`, `but also noted`, `and
/// he`). A few scans of the bytes and a look-up of the word after each candidate, before the
/// words are tokenised.
fn may_hand_over(b: &[u8]) -> bool {
    use cues::Form;
    let word = |p: usize| cues::lower_word_at(b, p);
    let verb = |(i, e): (usize, usize), form: Form| {
        e > i && cues::clause_verb_at(b, i, e).is_some_and(|(f, _)| f == form)
    };
    if memchr::memchr(b';', b).is_some()
        || memchr::memchr_iter(b',', b).any(|p| {
            let (i, e) = word(p + 1);
            attribution::contrast_conjunction(&b[i..e]) || verb((i, e), Form::Participle)
        })
    {
        return true;
    }
    cues::and_but_then_verb(b, true)
}

/// The reported speech of an article's headline, read only as `Name: CONTENT`
/// ([`Reader::headline_line`]) or a Title Case report ([`Reader::title_case_report`]); out of
/// line, once an article, so that the paragraphs' loop keeps its code as it was.
#[cold]
#[inline(never)]
fn headline_reports<'a>(
    text: &'a str,
    low: &'a str,
    title: Span,
    spare: &mut Vec<attribution::Buffers>,
    inner: &'a dyn Fn(usize) -> &'a str,
    resolver: &speaker::Resolver<'_>,
    out: &mut Vec<Quote>,
) {
    let t = title.as_str(text);
    if t.is_empty() || !(indirect::may_be_headline(t) || indirect::may_be_title_case_report(t)) {
        return;
    }
    let mut bufs = spare
        .pop()
        .unwrap_or_else(|| attribution::Buffers::with_capacity(title.len()));
    bufs.tokenize(text, title, &[], |_, _| {});
    let reader = Reader::with_lower(text, low, inner, bufs);
    reported_in(&reader, 0, true, Part::Headline, resolver, out);
    spare.push(reader.into_buffers());
}

/// (session 24) The speakers of a transcript that name a part, not a person: a line
/// `MODERATOR: …` is theirs though the article names no one so.
fn transcript_role(lower: &str) -> bool {
    matches!(
        lower,
        "moderator"
            | "host"
            | "anchor"
            | "question"
            | "answer"
            | "audience"
            | "crowd"
            | "reporter"
            | "reporters"
            | "interviewer"
            | "announcer"
            | "narrator"
            | "caller"
            | "panelist"
            | "unidentified"
            | "male"
            | "female"
            | "man"
            | "woman"
            | "voice"
            | "speaker"
            | "participant"
            | "protester"
            | "protesters"
            | "student"
            | "voter"
    )
}

/// The reported speech of one sentence or paragraph ([`indirect`]), appended to `out`: a
/// transcript line whole, or else at most one reported clause in each sentence. `opens` tells
/// whether the reader's text opens its paragraph (where a wire dateline or a transcript's
/// speaker stands).
fn reported_in(
    r: &Reader<'_>,
    para: usize,
    opens: bool,
    part: Part,
    resolver: &speaker::Resolver<'_>,
    out: &mut Vec<Quote>,
) {
    // (`known`: the speaker when already resolved)
    let mut push = |rep: indirect::Reported, known: Option<Speaker>| {
        let f = rep.found;
        // (session 27) an empty speaker's range: a report with no source named (`X is
        // expected to …`)
        let sp = (f.speaker.0 < f.speaker.1)
            .then(|| known.unwrap_or_else(|| resolve(resolver, r, &f, None, para).0));
        out.push(Quote {
            id: String::new(),
            kind: QuoteKind::Indirect,
            spans: std::iter::once(rep.content).chain(rep.more).collect(),
            speaker: sp,
            cue: f.cue.map(|c| r.cue_group(c, f.speaker)),
            confidence: f.pattern.confidence() * INDIRECT_CONFIDENCE,
        });
    };
    if part == Part::AfterQuote {
        if let Some(rep) = r.participle_after_quote(0, r.toks.len()) {
            push(rep, None);
        }
        return;
    }
    if part == Part::OpeningTail {
        if let Some(rep) = r.report_opening_tail() {
            push(rep, None);
        }
        return;
    }
    if let Part::AroundQuotes(first, last) = part {
        // (only a second clause after the last quotation, under a first verb before the
        // first one: the words between are the quotations' own)
        if let (Some(f), Some(rep)) = r.indirect_with_second(0, r.toks.len(), opens) {
            if f.found.cue.is_some_and(|c| c.end <= first) && rep.content.start >= last {
                push(rep, None);
            }
        }
        return;
    }
    if part == Part::Headline {
        if let Some(rep) = r.headline_line().or_else(|| r.title_case_report()) {
            push(rep, None);
        }
        return;
    }
    if part == Part::BeforeQuote {
        let (first, second) = r.before_quote(0, r.toks.len(), opens);
        if let Some(rep) = first {
            push(rep, None);
        }
        if let Some(rep) = second {
            push(rep, None);
        }
        return;
    }
    if opens {
        if let Some(rep) = r.transcript_line() {
            // (session 24) Past the headline, a line's label in capitals is a transcript's
            // speaker when it names someone the article names (`TAPPER:`) or a role
            // (`MODERATOR:`); a page's labels (`TIP:`, `FYI:`, `CEO: Ann Roe`) name no one.
            // Initials of a person named in the article (`JN:`) name them.
            let (a, b) = rep.found.speaker;
            let sp = resolve(resolver, r, &rep.found, None, para).0;
            let named = para == 0
                || sp.entity.is_some()
                || (a..b).any(|k| r.is(k, attribution::F_ROLES) || transcript_role(r.lower(k)))
                || (b == a + 1 && resolver.labels_person(r.toks[a].text(r.text)));
            if named {
                push(rep, Some(sp));
            }
            return;
        }
        if para == 0 && part == Part::Whole {
            if let Some(rep) = r.headline_line() {
                push(rep, None);
                return;
            }
        }
    }
    // The reader's text holds no quotation (its caller tokenises it with no pieces), so every
    // sentence of it is read.
    debug_assert!(!r.toks.iter().any(|t| matches!(t.kind, Kind::Quote(_))));
    let n = r.toks.len();
    let mut s = 0;
    let bytes = r.text.as_bytes();
    for k in 0..n {
        // (a word never ends a sentence, nor punctuation other than `. ! ? ;`, a token of its
        // own byte: most tokens are not asked)
        let t = &r.toks[k];
        if k + 1 == n
            || (t.kind != Kind::Word
                && matches!(bytes[t.span.start], b'.' | b'!' | b'?' | b';')
                && r.ends_sentence(k))
        {
            let (first, second) = r.indirect_with_second(s, k + 1, opens && s == 0);
            if let Some(rep) = first {
                push(rep, None);
            }
            if let Some(rep) = second {
                push(rep, None);
            }
            s = k + 1;
        }
    }
}

/// Which words of a sentence [`reported_in`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A sentence with no quotation, or a transcript paragraph.
    Whole,
    /// The words before a sentence's first quotation (session 15).
    BeforeQuote,
    /// The article's headline, read only as `Name: CONTENT` (session 19).
    Headline,
    /// The words after a sentence's last quotation.
    AfterQuote,
    /// The words after a sentence's last quotation opening with a verb of indirect speech
    /// (session 36).
    OpeningTail,
    /// A whole sentence with quotations (the first one's start, the last one's end), read for
    /// a second clause after the last one (session 16).
    AroundQuotes(usize, usize),
}

/// How much less sure a reported clause is than a quotation found by the same pattern: its
/// bounds are the sentence's, not quotation marks.
const INDIRECT_CONFIDENCE: f32 = 0.8;

/// The previous quote's speaker, by the quote in the output that keeps it (no copy of its
/// strings), with what pronouns and continuations need.
struct Named {
    /// Index in the output of the quote naming the speaker (its speaker is set).
    quote: usize,
    person: bool,
    para: usize,
    at: usize,
    cue: Option<Span>,
}

impl Named {
    fn view<'o>(&self, out: &'o [Quote]) -> speaker::Prev<'o> {
        let speaker = out[self.quote]
            .speaker
            .as_ref()
            .expect("a quote remembered as naming its speaker has one");
        speaker::Prev {
            speaker,
            person: self.person,
            para: self.para,
            at: self.at,
            cue: self.cue,
        }
    }
}

/// `Q` and the number `n` (what `format!("Q{n}")` gives).
fn quote_id(n: usize) -> String {
    crate::article::numbered_id('Q', n)
}

/// The speaker a rule found; a relative pronoun ("Stevie Wonder, who joked") keeps its own
/// mention and takes its antecedent's name.
fn resolve(
    resolver: &speaker::Resolver<'_>,
    r: &Reader<'_>,
    f: &Found,
    prev: Option<&speaker::Prev<'_>>,
    para: usize,
) -> (Speaker, bool) {
    let (a, b) = f.speaker;
    if b == a + 1 && matches!(r.lower(a), "who" | "which") {
        if let Some(ant) = r.antecedent(a) {
            let (mut sp, person) = resolver.resolve(r.span(ant), prev, para);
            sp.mention = Some(r.span(f.speaker));
            return (sp, person);
        }
    }
    resolver.resolve(r.span(f.speaker), prev, para)
}

/// Whether the quotations after `qi` in paragraph `para`, from token `end` on, continue it:
/// `"…," he said. "…"` (only a few words between, ending in punctuation, and no attribution of
/// their own). Returns the index of the last quotation to merge.
fn merge_candidate(
    win: &Window<'_>,
    all: &[marks::Piece],
    first_last: &[(usize, usize)],
    qi: usize,
    para: usize,
    end: usize,
) -> Option<usize> {
    let next = qi + 1;
    if next >= first_last.len() {
        return None;
    }
    let (Some((pc, tc)), Some((pd, td))) =
        (win.loc[first_last[next].0], win.loc[first_last[next].1])
    else {
        return None;
    };
    let r = win.get(para)?;
    if pc != para || tc < end || tc - end > 40 || tc == 0 {
        return None;
    }
    if !r.toks[tc - 1].is_punct(r.text, ".,:;")
        || (tc - end > 12 && !r.toks[tc - 1].is_punct(r.text, "."))
    {
        return None;
    }
    if (end..tc).any(|k| matches!(r.toks[k].kind, Kind::Quote(_)) || r.is_finite_cue(k)) {
        return None;
    }
    // a participle cue right before the next quotation opens an attribution of its own:
    // `…," he said, adding: "…"` (not `…," he said, noting that the vote was close. "…"`)
    let lead = if r.toks[tc - 1].is_punct(r.text, ",:") {
        tc - 1
    } else {
        tc
    };
    if lead > end && r.is_participle_cue(lead - 1) {
        return None;
    }
    // the next quotation must be a whole statement: "…," he said. "It is."
    let next_inner = all[first_last[next].1].inner.as_str(r.text);
    if !next_inner
        .trim_end_matches(['”', '’', '"', '\''])
        .ends_with(['.', ',', '?', '!', '…', '—', '-'])
    {
        return None;
    }
    // the next quotation has an attribution of its own: a new quote
    if pd == para && win.get(pd).is_some_and(|rd| rd.after(td).is_some()) {
        return None;
    }
    Some(next)
}
