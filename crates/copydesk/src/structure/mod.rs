//! Structure from plain text: title, subtitle, byline, date, sections of paragraphs, and the page
//! furniture removed on the way.
//!
//! The stage works on lines, in linear time:
//! 1. [`lines`]: the text's non-blank lines (`\n`, `\r\n` and `\r` breaks; Unicode spaces,
//!    zero-width and control characters trimmed), grouped into paragraph candidates: one line each,
//!    hard-wrapped blocks re-joined.
//! 2. Every candidate gets a prose score from its length, its share of function words, its closing
//!    punctuation and its capitalisation ([`words`]); furniture lines ([`furniture`]) score low.
//! 3. The body is the run of candidates with the greatest total score (a maximum-sum subarray),
//!    cut at a trailer heading ("Comments", "Popular posts from this blog", "Related articles").
//! 4. Before the body: the headline, subtitle, byline and date lines ([`header`]). Inside it:
//!    section headings, paragraphs, and single furniture lines dropped one by one.
//! 5. Sentences of every paragraph ([`crate::sentences`]).
//!
//! Everything left out is reported in [`Layout::boilerplate`] with its kind.

mod furniture;
pub(crate) mod header;
mod lines;
mod words;

use crate::article::{Boilerplate, BoilerplateKind, Paragraph, Published, Section};
use crate::{Span, sentences};
use aho_corasick::{AhoCorasick, MatchKind};
use lines::Para;
use std::sync::OnceLock;

/// What the structure stage finds in a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Headline.
    pub title: Option<Span>,
    /// Dek / standfirst.
    pub subtitle: Option<Span>,
    /// Byline.
    pub byline: Option<Span>,
    /// Author names.
    pub authors: Vec<String>,
    /// Stated date.
    pub published: Option<Published>,
    /// Body sections with paragraphs and sentences.
    pub sections: Vec<Section>,
    /// Removed furniture.
    pub boilerplate: Vec<Boilerplate>,
}

/// Features of one paragraph candidate.
#[derive(Debug, Clone, Copy)]
#[allow(clippy::struct_excessive_bools)]
struct Feat {
    chars: usize,
    words: usize,
    terminal: bool,
    bullet: bool,
    upper_start: bool,
    title_case: bool,
    /// Every word starts with a capital letter: "Health", "Wellness & Self Care" (a menu item of
    /// one or two words is never `title_case`).
    capitalised: bool,
    /// A live-blog time stamp: "9:35 p.m.", "10:05 a.m. ET".
    timestamp: bool,
    /// A short quotation with its attribution: `"Yes," Tom Pike said.` ([`quote_with_verb`]).
    quoted: bool,
    furniture: Option<BoilerplateKind>,
    trailer: Option<furniture::Trailer>,
    score: i64,
}

impl Feat {
    /// `scratch`: room for [`furniture::classify`], reused from candidate to candidate.
    fn of(text: &str, p: &Para, notices: &furniture::NoticeWords, scratch: &mut String) -> Feat {
        Feat::counted(text, p, notices, scratch, true)
    }

    /// [`Feat::of`]; `cut`: counting words may stop early on running text.
    fn counted(
        text: &str,
        p: &Para,
        notices: &furniture::NoticeWords,
        scratch: &mut String,
        cut: bool,
    ) -> Feat {
        let s = p.span.as_str(text);
        let terminal = lines::ends_terminal(s);
        let short = s.len() <= 700;
        let (furniture, trailer) = if short {
            furniture::classify(s, notices.within(p.span), scratch)
        } else {
            (None, None)
        };
        // A sentence-ending line of running text scores its length whatever its exact counts
        // (see `prose_score`), and no rule reads a word count above `many_words` or, past it,
        // the title case: counting may stop once that is proven. Such a line gets
        // `many_words + 1` words, all of them stop words, which scores it the same.
        // No rule reads the counts of a furniture line (each asks for no furniture first):
        // such a line gets none.
        // The pass that bounds the words of a long line counts its characters too.
        let (chars, c) = if cut && furniture.is_some() {
            (lines::char_len(s), words::Counts::default())
        } else if cut && terminal && furniture.is_none() && trailer.is_none() {
            let (chars, counted) = words::chars_and_counts_or_running_text(s, many_words);
            let many = many_words(chars);
            let c = counted.unwrap_or(words::Counts {
                words: many + 1,
                stop: many + 1,
                capitalised: 0,
            });
            (chars, c)
        } else {
            (lines::char_len(s), words::counts(s))
        };
        let bullet = lines::is_bullet(s);
        let upper_start = upper_start(s);
        let title_case = c.words >= 3 && c.capitalised * 10 >= c.words * 6;
        let mut f = Feat {
            chars,
            words: c.words,
            terminal,
            bullet,
            upper_start,
            title_case,
            capitalised: c.words > 0 && c.capitalised == c.words,
            timestamp: s.len() <= 20 && is_timestamp(s),
            quoted: terminal && s.len() <= 80 && furniture.is_none() && quote_with_verb(s),
            furniture,
            trailer,
            score: 0,
        };
        f.score = f.prose_score(c.stop);
        f
    }

    /// Positive for running text, negative for menus, buttons and furniture.
    fn prose_score(&self, stop: usize) -> i64 {
        if self.furniture.is_some() || self.trailer.is_some() {
            return -20;
        }
        let chars = i64::try_from(self.chars).unwrap_or(i64::MAX);
        let prose = (self.words >= 8 && stop * 5 >= self.words)
            || (self.words >= 20 && stop * 10 >= self.words);
        if prose && (!self.title_case || self.terminal) {
            if self.terminal { chars } else { chars / 2 }
        } else if self.terminal
            && (self.words >= 6
                || (self.words >= 3 && stop >= 1 && !self.title_case)
                || self.quoted)
        {
            // A short sentence, a sentence full of names, or a short quotation and its
            // attribution (`"Yes," Tom Pike said.`, which has no stop word).
            chars / 2
        } else if self.bullet && self.words >= 3 {
            // A list item.
            chars / 3
        } else {
            SHORT_LINE
        }
    }

    /// A short line that is neither running text nor furniture (a menu item, a button, a
    /// heading, a teaser title): scored [`SHORT_LINE`].
    fn plain_short(&self) -> bool {
        self.score == SHORT_LINE && self.furniture.is_none() && self.trailer.is_none()
    }

    /// Could stand as a section heading: short, one line, no closing punctuation, not a list item.
    fn heading_shape(&self, p: &Para) -> bool {
        p.lines == 1
            && !self.bullet
            && (!self.terminal || self.timestamp)
            && self.upper_start
            && (1..=HEADING_WORDS).contains(&self.words)
            && self.chars <= 120
            && self.furniture.is_none()
            && self.trailer.is_none()
    }
}

/// The score of a short line that is not running text (see [`Feat::prose_score`]).
const SHORT_LINE: i64 = -15;

/// The fewest words of a line without closing punctuation that must hold a sentence's end to
/// count as running text (session 34).
const RUN_ON_WORDS: usize = 150;

/// `s` holds a sentence's end before its last word: a '.', '?' or '!' followed by a space.
fn sentence_inside(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(b'.', b'?', b'!', b).any(|k| b.get(k + 1) == Some(&b' '))
}

/// The greatest word count any rule compares a candidate of `chars` characters with: the
/// thresholds on `Feat::words` are at most 30, and those above 20 (`headline_like`) only apply
/// to candidates of at most 250 characters, which are also the only ones whose title case is
/// read past `prose_score` (`choose_title`, after `headline_like`). It does not grow with
/// `chars`, as `words::chars_and_counts_or_running_text` asks.
fn many_words(chars: usize) -> usize {
    if chars > 250 { 20 } else { 30 }
}

/// What a paragraph candidate became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Drop,
    Title,
    Subtitle,
    Byline,
    Date,
    Heading,
    Body,
}

/// Buffers of the stage kept from one document to the next by each thread (emptied, their room
/// kept): the lines, paragraph candidates, features and roles of a text and the room for
/// normalising a line were allocated anew for every document (about 500 instructions a
/// document, a fiftieth of a one-line document's cost).
#[derive(Default)]
struct Scratch {
    lines: Vec<lines::Line>,
    paras: Vec<Para>,
    feats: Vec<Feat>,
    roles: Vec<Role>,
    /// [`body_region`]'s sums.
    pos: Vec<i64>,
    /// Room for [`furniture::classify`].
    normal: String,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl Scratch {
    /// Every buffer emptied ([`crate::scratch::empty`]: one that a long text grew too far is
    /// let go).
    fn empty(&mut self) {
        use crate::scratch::empty as keep;
        keep(&mut self.lines);
        keep(&mut self.paras);
        keep(&mut self.feats);
        keep(&mut self.roles);
        keep(&mut self.pos);
        // (at most 80 bytes: only short lines are normalised)
        self.normal.clear();
    }
}

/// Find the structure of `text`. Linear time; never panics.
pub fn analyze(text: &str) -> Layout {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let layout = analyze_with(text, &mut scratch);
            scratch.empty();
            layout
        }
        // (not reached: the stage does not call itself)
        Err(_) => analyze_with(text, &mut Scratch::default()),
    })
}

/// [`analyze`] with the buffers of `scratch`, which are empty.
fn analyze_with(text: &str, scratch: &mut Scratch) -> Layout {
    let Scratch {
        lines: ls,
        paras,
        feats,
        roles,
        pos,
        normal,
    } = scratch;
    let mut layout = Layout::default();
    lines::lines_into(text, ls);
    lines::paragraphs_into(text, ls, paras);
    let paras = &paras[..];
    if paras.is_empty() {
        return layout;
    }
    // The notice words change only what a line of more than `FEW_WORDS_BYTES` bytes is (one
    // of fewer holds 25 words at most): a text without such a line (a short document, a page
    // of menu items) is not searched.
    let notices = if paras
        .iter()
        .any(|p| p.span.len() > furniture::FEW_WORDS_BYTES)
    {
        furniture::NoticeWords::find(text)
    } else {
        furniture::NoticeWords::default()
    };
    feats.extend(paras.iter().map(|p| Feat::of(text, p, &notices, normal)));
    // On a web page (many lines), a long line with no sentence in it (a form's list of options,
    // a table's row of cells, a run of tags): no running text, however many stop words, and
    // never body text (session 34). (A text of one such line is an article alone: kept.)
    let page = paras.len() >= PAGE_LINES;
    if page {
        for (f, p) in feats.iter_mut().zip(paras) {
            if !f.terminal
                && f.words >= RUN_ON_WORDS
                && f.score > 0
                && !sentence_inside(p.span.as_str(text))
            {
                f.score = SHORT_LINE;
            }
        }
    }
    let thread = comment_thread(text, paras, feats);
    author_box(text, paras, feats);
    let feats = &feats[..];
    roles.resize(paras.len(), Role::Drop);
    let roles = &mut roles[..];
    let (start, end, cut) = body_region(feats, pos, thread);
    // (the entries of a table of contents in the run, kept in `pos` until the body is marked)
    contents_entries(text, paras, feats, pos, start, end);
    let (mut start, end) = tighten(feats, pos, start, end);
    let end = clean_tail(text, paras, feats, start, end);
    // Short sentences just before the run ("He spoke first.") are body text too.
    for _ in 0..2 {
        let Some(i) = start.checked_sub(1) else { break };
        let f = &feats[i];
        let s = paras[i].span.as_str(text);
        if f.terminal
            && s.ends_with('.')
            && f.words >= 3
            && f.furniture.is_none()
            && f.trailer.is_none()
        {
            start = i;
        } else {
            break;
        }
    }

    // The head: byline and date lines around the start of the body (up to 20 candidates before
    // it and the first 3 of it), then the headline before them, then a standfirst between.
    let lo = start.saturating_sub(20);
    let hi = (start + 3).min(end).max(lo);
    let mut first_head = None;
    let mut last_head = None;
    for i in lo..hi {
        let s = paras[i].span.as_str(text);
        if feats[i].chars > 200 || feats[i].furniture.is_some() {
            continue;
        }
        let mut is_head = false;
        // `header::date_line(s)`, once asked (both tests are pure: asked in either order they
        // answer the same; the date line, which most lines fail at once for want of four
        // digits in a row, is asked first and kept for the date below).
        let mut date_of_line = None;
        if layout.byline.is_none() {
            // "By Jane Doe", or a date line ending "by Jane Doe".
            let by = header::byline(s).or_else(|| {
                let d = date_of_line.insert(header::date_line(s));
                d.as_ref()?;
                let k = s.find(" by ")?;
                header::byline(&s[k + 1..])
            });
            if let Some(authors) = by {
                layout.byline = Some(paras[i].span);
                layout.authors = authors;
                roles[i] = Role::Byline;
                is_head = true;
            } else if let Some(authors) = split_byline(text, paras, i) {
                // "By" on a line of its own over the name (session 34): both lines are the
                // byline, the name its span.
                layout.byline = Some(paras[i + 1].span);
                layout.authors = authors;
                roles[i] = Role::Byline;
                roles[i + 1] = Role::Byline;
                first_head.get_or_insert(i);
                last_head = Some(i + 1);
                continue;
            }
        }
        let date = if is_head {
            header::find_date(s)
        } else {
            date_of_line.unwrap_or_else(|| header::date_line(s))
        };
        if let Some(d) = date {
            if layout.published.is_none() {
                layout.published = Some(header::published(paras[i].span, &d));
            }
            if !is_head {
                roles[i] = Role::Date;
                is_head = true;
            }
        }
        if is_head {
            first_head.get_or_insert(i);
            last_head = Some(i);
        }
    }
    // (never a byline: a byline past furniture under the date, `5 min read` / `By Ann Roe`, is
    // headline-shaped to every rule that would take it)
    let title = choose_title(text, paras, feats, start, first_head)
        .filter(|&(_, span)| header::byline(span.as_str(text)).is_none());
    if let Some((i, span)) = title {
        roles[i] = Role::Title;
        layout.title = Some(straight_spelling(text, paras, span).unwrap_or(span));
    }
    // A standfirst: the one line between the headline and the byline or date line.
    if let (Some((t, _)), Some(h)) = (title, first_head) {
        let i = t + 1;
        if i + 1 == h
            && roles[i] == Role::Drop
            && feats[i].furniture.is_none()
            && feats[i].words >= 4
            && feats[i].chars <= 400
        {
            roles[i] = Role::Subtitle;
            layout.subtitle = Some(paras[i].span);
        }
    }

    // The body.
    let mut body_start = last_head
        .filter(|&h| h >= start)
        .map_or(start, |h| h + 1)
        .min(end);
    // (session 35) On a web page, the headline found among the run's first lines opens the
    // article: the run's lines above it are the page's head (a browser notice, a breadcrumb, a
    // disclosure, a section label), not the body.
    if let Some((t, _)) = title.filter(|&(t, _)| page && t >= body_start && t < end) {
        body_start = t + 1;
    }
    for i in body_start..end {
        if roles[i] != Role::Drop {
            continue;
        }
        if feats[i].furniture.is_some() || feats[i].trailer.is_some() {
            continue;
        }
        if !pos.is_empty() && listed(pos, i) {
            continue; // an entry of a table of contents
        }
        if page && feats[i].words >= RUN_ON_WORDS && feats[i].score == SHORT_LINE {
            continue; // a long line with no sentence in it (session 34)
        }
        roles[i] = Role::Body;
    }
    pos.clear();
    // A disclosure of affiliate links among the body's first or last few paragraphs, on a web
    // page (many lines outside the body: menus, links, buttons; an article alone has none).
    if body_start + (paras.len() - end) >= PAGE_LINES {
        drop_disclosures(text, paras, feats, roles, body_start..end);
        // A caption ending in its credit ("The bridge at dawn. Photo: Jane Roe").
        for i in body_start..end {
            let f = &feats[i];
            let line = paras[i].span.as_str(text);
            if roles[i] == Role::Body
                && (f.words >= 8 || line.starts_with('('))
                && credit_after(line)
            {
                roles[i] = Role::Drop;
            }
            // A story's stamp left in the body ("Updated Nov 3, 2025", "Jane Roe · May 2, 2025
            // · 4 min read"): the page's metadata, as in its head.
            if roles[i] == Role::Body
                && !f.terminal
                && f.words <= STAMP_WORDS
                && !line.ends_with(':')
                && stamp_line(line)
            {
                roles[i] = Role::Drop;
            }
            // A sign-up box's pitch or a form's consent line ("Tide fan? Sign up and the
            // harbor digest reaches you by Friday emails.", "By typing a phone number, you consent
            // to calls from the ferry desk.").
            if roles[i] == Role::Body && f.words <= PITCH_WORDS && sign_up_pitch(line) {
                roles[i] = Role::Drop;
            }
        }
    }
    if body_start + (paras.len() - end) >= PAGE_LINES {
        closing_note(text, paras, feats, roles, body_start..end);
    }
    teaser_grid(text, paras, feats, roles, body_start..end);
    // (on a web page: a news story alone may tell its running facts again, "It takes 1,237
    // delegates to win." under each update of a live report)
    if body_start + (paras.len() - end) >= PAGE_LINES {
        repeats(text, paras, feats, roles, pos, body_start..end);
        // (after the teaser grid, whose last date line may stand in the foot; then the notes
        // that end an article are looked for again at the body's new end)
        if short_tail(text, paras, feats, roles, body_start..end) {
            drop_disclosures(text, paras, feats, roles, body_start..end);
        }
    }
    if !layout.authors.is_empty() {
        byline_box(text, paras, feats, roles, body_start..end, &layout.authors);
    }
    // Headings: heading-shaped lines followed by body text.
    for i in body_start..end {
        if roles[i] != Role::Body || !feats[i].heading_shape(&paras[i]) {
            continue;
        }
        let next = (i + 1..end).find(|&j| roles[j] == Role::Body);
        let Some(j) = next else { continue };
        let nf = &feats[j];
        let next_is_text = nf.score > 0 && !nf.heading_shape(&paras[j]) || nf.bullet;
        let prev_heading = i > 0 && roles[i - 1] == Role::Heading;
        if next_is_text && !prev_heading {
            roles[i] = Role::Heading;
        }
    }

    table_of_contents(text, paras, feats, roles, body_start..end);

    // Sections, paragraphs, sentences. Each section's paragraphs are counted first (up to the
    // next heading), so that its vector is made at its size rather than grown from empty.
    let paragraphs_from = |from: usize| {
        roles[from..end]
            .iter()
            .take_while(|&&r| r != Role::Heading)
            .filter(|&&r| r == Role::Body)
            .count()
    };
    let mut section = Section {
        heading: None,
        paragraphs: Vec::with_capacity(paragraphs_from(body_start)),
    };
    for i in body_start..end {
        match roles[i] {
            Role::Heading => {
                if section.heading.is_some() || !section.paragraphs.is_empty() {
                    layout.sections.push(std::mem::take(&mut section));
                }
                section.heading = Some(paras[i].span);
                section.paragraphs.reserve_exact(paragraphs_from(i + 1));
            }
            Role::Body => section.paragraphs.push(Paragraph {
                span: paras[i].span,
                sentences: sentences::split(text, paras[i].span),
            }),
            _ => {}
        }
    }
    if section.heading.is_some() || !section.paragraphs.is_empty() {
        layout.sections.push(section);
    }

    // Boilerplate: every run of dropped candidates, with the kind of its first furniture line.
    let mut i = 0;
    while i < paras.len() {
        if roles[i] != Role::Drop {
            i += 1;
            continue;
        }
        let run_start = i;
        let mut kind = None;
        if cut == Some(i) {
            // Everything after the trailer is furniture: one piece per trailer heading.
            let mut k = i;
            while k < paras.len() {
                let piece_start = k;
                k += 1;
                while k < paras.len() && feats[k].trailer.is_none() {
                    k += 1;
                }
                layout.boilerplate.push(Boilerplate {
                    span: Span::new(paras[piece_start].span.start, paras[k - 1].span.end),
                    kind: feats[piece_start]
                        .trailer
                        .map_or(BoilerplateKind::Other, |t| t.kind),
                });
            }
            break;
        }
        let inside = i >= body_start && i < end;
        while i < paras.len() && roles[i] == Role::Drop && cut != Some(i) {
            kind = kind
                .or(feats[i].furniture)
                .or(feats[i].trailer.map(|t| t.kind));
            i += 1;
            if inside {
                break; // furniture inside the body is reported line by line
            }
        }
        // (a caption ending in its credit, "The pier at dawn. Photo: Jane Roe", is a caption
        // wherever it stands: before the body it is no navigation)
        let kind = kind.unwrap_or_else(|| {
            if credit_after(paras[run_start].span.as_str(text)) {
                BoilerplateKind::Caption
            } else if run_start < body_start {
                BoilerplateKind::Navigation
            } else {
                BoilerplateKind::Other
            }
        });
        layout.boilerplate.push(Boilerplate {
            span: Span::new(paras[run_start].span.start, paras[i - 1].span.end),
            kind,
        });
    }
    layout
}

/// The maximum-sum run of `feats[lo..hi]` (Kadane): `(start, end, sum)`.
fn kadane(feats: &[Feat], lo: usize, hi: usize) -> (usize, usize, i64) {
    kadane_by(lo, hi, |i| feats[i].score)
}

/// The maximum-sum run of `score(lo..hi)`: `(start, end, sum)`.
fn kadane_by(lo: usize, hi: usize, score: impl Fn(usize) -> i64) -> (usize, usize, i64) {
    let (mut best, mut best_s, mut best_e) = (0i64, lo, lo);
    let (mut cur, mut cur_s) = (0i64, lo);
    for i in lo..hi {
        if cur <= 0 {
            cur = 0;
            cur_s = i;
        }
        cur += score(i);
        if cur > best {
            best = cur;
            best_s = cur_s;
            best_e = i + 1;
        }
    }
    (best_s, best_e, best)
}

/// The body run `start..end` with its edges tightened: the maximum-sum run inside it once short
/// lines cost more (25 instead of 15, and 60 for a capitalised one not followed by running
/// text: a menu item or a teaser title, not a heading; furniture other than an advertisement
/// marker 60 too), so that menus, link lists and buttons
/// mixed with a few sentences at either end fall away. Kept only when it holds at least 70 % of
/// the run's sentences (the prose score of its candidates with closing punctuation): a long list
/// of short items inside an article must not cut the article in two.
///
/// The entries of a table of contents (`entries`, sorted: [`contents_entries`]) cost nothing:
/// a table of contents under the article's first paragraphs must not cut them off.
///
/// The run's start is kept when the head it would cut holds two paragraphs of real prose
/// (closing punctuation, score [`LONG_PROSE`] or more): the article's own first paragraphs over
/// a list, not a teaser.
fn tighten(feats: &[Feat], entries: &[i64], start: usize, end: usize) -> (usize, usize) {
    let tight = |i: usize| {
        let f = &feats[i];
        if !entries.is_empty() && listed(entries, i) {
            return 0;
        }
        // Furniture, but not an advertisement marker (which may stand between two entries).
        if f.furniture
            .is_some_and(|k| k != BoilerplateKind::Advertisement)
            || f.trailer.is_some()
        {
            return -60;
        }
        if !f.plain_short() {
            return f.score;
        }
        let heading = feats.get(i + 1).is_some_and(|next| next.score > 0);
        if (f.title_case || f.capitalised) && !heading {
            -60
        } else {
            -25
        }
    };
    let (s, e, best) = kadane_by(start, end, tight);
    let sentences = |a: usize, b: usize| {
        feats[a..b]
            .iter()
            .filter(|f| f.terminal)
            .map(|f| f.score.max(0))
            .sum::<i64>()
    };
    if best > 0 && (s, e) != (start, end) && sentences(s, e) * 10 >= sentences(start, end) * 7 {
        // (the head it would cut holding two paragraphs of real prose is the article's own)
        let long = feats[start..s]
            .iter()
            .filter(|f| f.terminal && f.score >= LONG_PROSE)
            .count();
        if long >= 2 { (start, e) } else { (s, e) }
    } else {
        (start, end)
    }
}

/// The body's end `end` moved to the text's last candidate when the text is an article alone: no
/// furniture or trailer from the body's start on, fewer than [`HEAD_ALONE`] candidates before
/// it (no site menu), and [`TAIL_BLOCKS`] or more candidates after it, none of them a menu item
/// ([`menu_item`]). What follows an article alone is its own end: a list of results, a table,
/// a roster, a numbered list of places, which the run's scores cut as if they were a footer.
fn clean_tail(text: &str, paras: &[Para], feats: &[Feat], start: usize, end: usize) -> usize {
    let n = feats.len();
    if n - end < TAIL_BLOCKS || start >= HEAD_ALONE {
        return end;
    }
    if feats[start..]
        .iter()
        .any(|f| f.furniture.is_some() || f.trailer.is_some())
    {
        return end;
    }
    if (end..n).any(|i| menu_item(&feats[i], paras[i].span.as_str(text))) {
        return end;
    }
    n
}

/// A menu item: a short line of at most three capitalised words, no digit, not a list item
/// ("About Us", "Careers"); a line of a table or a ranked list holds a number.
fn menu_item(f: &Feat, s: &str) -> bool {
    f.plain_short()
        && f.capitalised
        && !f.bullet
        && f.words <= 3
        && !s.bytes().any(|b| b.is_ascii_digit())
}

/// Whether index `i` is among the sorted `keys`.
fn listed(keys: &[i64], i: usize) -> bool {
    i64::try_from(i).is_ok_and(|i| keys.binary_search(&i).is_ok())
}

/// The slot of a table of `slots` (a power of two) for the Fx hash `h`: its top bits.
fn toc_slot(h: u64, slots: usize) -> usize {
    usize::try_from(h.checked_shr(64 - slots.trailing_zeros()).unwrap_or(0)).unwrap_or(0)
}

/// The entries of a table of contents in the body run `start..end`, into `keys` (their
/// indices, in order): [`TOC_ENTRIES`] or more short lines one under the other, each of which
/// stands once more, further on in the run, as a heading over running text, in their order,
/// after them ("Costs" in the list under the introduction, then "Costs" over its section).
#[inline(never)]
#[allow(clippy::needless_range_loop)]
fn contents_entries(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    keys: &mut Vec<i64>,
    start: usize,
    end: usize,
) {
    use std::hash::Hasher;
    const RUN: i64 = 1 << 62;
    keys.clear();
    if end >= 1 << 31 {
        return;
    }
    // (a line that may stand as a heading: short, no closing punctuation)
    let short = |i: usize| {
        let f = &feats[i];
        f.plain_short() && !f.terminal && f.words <= HEADING_WORDS
    };
    // One pass: the headings over running text (the next candidate a sentence) as their
    // indices, their lengths in bytes and first bytes modulo 64 (other lengths or first
    // bytes match none), and each run of `TOC_ENTRIES` or more short lines one under the
    // other, as `RUN | from << 31 | to`.
    let run_key = |from: usize, to: usize| RUN | i64::try_from(from << 31 | to).unwrap_or(0);
    let (mut lengths, mut firsts) = (0u64, 0u64);
    let first_byte = |i: usize| text.as_bytes()[paras[i].span.start];
    let mut headings = 0;
    let mut from = start;
    for i in start..end {
        if short(i) {
            if feats
                .get(i + 1)
                .is_some_and(|n| i + 1 < end && n.score > 0 && n.terminal)
            {
                lengths |= 1 << (paras[i].span.len() % 64);
                firsts |= 1 << (first_byte(i) % 64);
                headings += 1;
                keys.push(i64::try_from(i).unwrap_or(0));
            }
            continue;
        }
        if i - from >= TOC_ENTRIES {
            keys.push(run_key(from, i));
        }
        from = i + 1;
    }
    if end - from >= TOC_ENTRIES {
        keys.push(run_key(from, end));
    }
    if headings < TOC_ENTRIES {
        keys.clear();
        return;
    }
    // A slot from the hash's top bits: the multiplication that ends an Fx hash mixes into its
    // high bits, while its low bits follow the text's last bytes, so that headings differing
    // only in a number at their end ("Part 12", "Part 13") crowded into neighbouring slots and
    // made the probes quadratic (session 25's before-stop read).
    let hash = |i: usize| {
        let mut h = crate::fxhash::FxHasher::default();
        h.write(paras[i].span.as_str(text).as_bytes());
        h.finish()
    };
    // The headings in an open-addressed table of `slots` after the list (index + 1, 0 for
    // none; a later heading with the same text takes its place).
    let listed = keys.len();
    let slots = (2 * headings).next_power_of_two();
    let mask = slots - 1;
    let top = |i: usize| toc_slot(hash(i), slots);
    keys.resize(listed + slots, 0);
    let same = |a: usize, b: usize| paras[a].span.as_str(text) == paras[b].span.as_str(text);
    let slot = |k: i64| usize::try_from(k).unwrap_or(0);
    for h in 0..listed {
        if keys[h] & RUN != 0 {
            continue;
        }
        let i = slot(keys[h]);
        let mut k = top(i);
        while keys[listed + k] != 0 && !same(slot(keys[listed + k]) - 1, i) {
            k = (k + 1) & mask;
        }
        keys[listed + k] = i64::try_from(i + 1).unwrap_or(0);
    }
    // The last heading with the text of line `i`, when after it.
    let copy = |table: &[i64], i: usize| {
        if lengths & 1 << (paras[i].span.len() % 64) == 0 || firsts & 1 << (first_byte(i) % 64) == 0
        {
            return None;
        }
        let mut k = top(i);
        loop {
            let at = slot(table[k]);
            if at == 0 {
                return None;
            }
            if same(at - 1, i) {
                return (at - 1 > i).then_some(at - 1);
            }
            k = (k + 1) & mask;
        }
    };
    // In each run, lines each with a copy after the previous line's and after the last of
    // them: their indices, after the table.
    for r in 0..listed {
        if keys[r] & RUN == 0 {
            continue;
        }
        let r = slot(keys[r] & !RUN);
        let (mut i, n) = (r >> 31, r & ((1 << 31) - 1));
        while i < n {
            let Some(first) = copy(&keys[listed..listed + slots], i) else {
                i += 1;
                continue;
            };
            let (mut j, mut last) = (i + 1, first);
            while j < n && j < first {
                match copy(&keys[listed..listed + slots], j) {
                    Some(c) if c > last => last = c,
                    _ => break,
                }
                j += 1;
            }
            if j - i >= TOC_ENTRIES {
                keys.extend((i..j).filter_map(|k| i64::try_from(k).ok()));
            }
            i = j;
        }
    }
    keys.drain(..listed + slots);
}

/// The run of candidates `start..end` with the greatest total prose score, cut at a trailer
/// heading; also returns the index of the trailer that starts the trailing furniture.
///
/// A trailer inside the run ends the article when enough prose stands before it (a strong
/// trailer: unless three times as much follows; a weak one: unless more than a third of it
/// follows, or, right after the article's prose, unless more than a third of it follows up to
/// the next trailer: an author box, then a reviewer's box and a notice). When more
/// prose follows than precedes it, the trailer belonged to a sidebar before the article and the
/// run starts after it instead. Linear time: a bounded number of rounds over the candidates.
///
/// `thread`: the head of the first reader comment ([`comment_thread`]); with enough prose
/// before it (150), the run is looked for before it only, however long the thread after it.
#[allow(clippy::many_single_char_names)]
fn body_region(
    feats: &[Feat],
    pos: &mut Vec<i64>,
    thread: Option<usize>,
) -> (usize, usize, Option<usize>) {
    let n = feats.len();
    // Positive score before each index, for prose-before / prose-after tests at a trailer
    // (`pos`: an empty vector, kept from document to document).
    debug_assert!(pos.is_empty());
    pos.reserve(n + 1);
    pos.push(0i64);
    for f in feats {
        pos.push(pos[pos.len() - 1] + f.score.max(0));
    }
    // A comment thread after enough prose ends the search: nothing after it is the article.
    let (mut lo, mut hi) = (0, thread.filter(|&t| pos[t] >= 150).unwrap_or(n));
    let mut cut = None;
    let (mut s, mut e) = (0, 0);
    for _round in 0..8 {
        let (bs, be, best) = kadane(feats, lo, hi);
        if best <= 0 {
            if lo == 0 && cut.is_none() {
                // No running text at all: keep everything but furniture, up to a strong trailer.
                let c = feats
                    .iter()
                    .position(|f| f.trailer.is_some_and(|t| t.strong))
                    .filter(|&t| t > 0);
                return (0, c.unwrap_or(n), c);
            }
            break;
        }
        (s, e) = (bs, be);
        let mut next = None;
        for t in s + 1..e {
            let Some(tr) = feats[t].trailer else { continue };
            let before = pos[t] - pos[s];
            let after = pos[e] - pos[t + 1];
            // A weak trailer right after the article's prose (furniture between, such as a
            // caption, aside) heads the piece up to the next trailer (an author box, then a
            // reviewer's box, then related links): the prose of that piece is what it is
            // weighed against. Not a row of share buttons (as often above the article as
            // below), nor a sidebar before the article (far more prose after it).
            let after_prose = || {
                (s..t)
                    .rev()
                    .find(|&k| feats[k].furniture.is_none())
                    .is_some_and(|k| feats[k].score > 0)
            };
            let piece = if tr.strong
                || tr.late
                || tr.kind == BoilerplateKind::Share
                || after > 3 * before
                || !after_prose()
            {
                after
            } else {
                let next = (t + 1..e)
                    .find(|&k| feats[k].trailer.is_some())
                    .unwrap_or(e);
                pos[next] - pos[t + 1]
            };
            let ends = before >= 150
                && if tr.strong {
                    before * 3 >= after
                } else {
                    piece * 3 < before
                };
            if ends {
                next = Some((lo, t, Some(t)));
                break;
            }
            // (not when two long paragraphs of running text stand before it: the article's
            // own first paragraphs, and the trailer a link list inside it)
            if after > 3 * before
                && !tr.late
                && (tr.strong
                    || tr.kind == BoilerplateKind::Navigation
                    || feats[s..t]
                        .iter()
                        .filter(|f| f.terminal && f.score >= LONG_PROSE)
                        .count()
                        < 2)
            {
                next = Some((t + 1, hi, cut));
                break;
            }
        }
        match next {
            Some((l, h, c)) => {
                (lo, hi, cut) = (l, h, c);
            }
            None => break,
        }
    }
    if cut.is_none_or(|c| c < e) {
        // A strong trailer after the run starts the trailing furniture.
        cut = feats
            .iter()
            .enumerate()
            .skip(e)
            .find(|(_, f)| f.trailer.is_some_and(|t| t.strong))
            .map(|(i, _)| i);
    }
    (s, e, cut)
}

/// The first of three lines of `0..n` that `is` takes, each at least `step` lines after the one
/// before and within 40 lines of it (a thread's signatures, not a one-off line).
fn three_within(n: usize, step: usize, is: impl Fn(usize) -> bool) -> Option<usize> {
    let first = (0..n).find(|&i| is(i))?;
    let second = (first + step..n.min(first + 40)).find(|&i| is(i))?;
    (second + step..n.min(second + 40))
        .any(&is)
        .then_some(first)
}

/// The first reader comment of a comment thread with no heading: a short line "Jane says" (or
/// "Jane Roe says:") over a line holding a date ("March 3, 2024 at 9:12 am"). It becomes a
/// strong comments trailer (scored as one); its index is returned. Each line is asked only
/// whether it ends in "says" or "says:", which most fail at their last byte.
fn comment_thread(text: &str, paras: &[Para], feats: &mut [Feat]) -> Option<usize> {
    let n = paras.len();
    let says = (0..n.saturating_sub(1)).find(|&i| {
        let s = paras[i].span.as_str(text);
        let s = s.strip_suffix(':').unwrap_or(s);
        let f = &feats[i];
        s.len() <= 60
            && s.ends_with(" says")
            && (2..=6).contains(&f.words)
            && f.furniture.is_none()
            && f.trailer.is_none()
            && feats[i + 1].words <= 10
            && header::find_date(paras[i + 1].span.as_str(text)).is_some()
    });
    // Or a name over a date with its time ("Jane", "March 3, 2024 at 9:12 am"), three times
    // in a row of comments.
    let signed = |i: usize| {
        let f = &feats[i];
        i + 1 < n
            && (1..=4).contains(&f.words)
            && f.chars <= 40
            && !f.terminal
            && f.furniture.is_none()
            && f.trailer.is_none()
            && feats[i + 1].words <= 10
            && stamped(paras[i + 1].span.as_str(text))
    };
    // Or a forum's signature line, "by jroe ( 12345 ) writes:" (the date may follow on the same
    // line), three times with at most 40 lines between them (session 29).
    let writes = |i: usize| {
        let s = paras[i].span.as_str(text);
        s.len() <= 160
            && s.starts_with("by ")
            && feats[i].furniture.is_none()
            && memchr::memmem::find(s.as_bytes(), b" writes:").is_some()
    };
    let i = says
        .or_else(|| three_within(n, 2, signed))
        .or_else(|| three_within(n, 1, writes))?;
    let f = &mut feats[i];
    f.trailer = Some(furniture::Trailer {
        kind: BoilerplateKind::Comments,
        strong: true,
        late: false,
    });
    f.score = f.prose_score(0);
    Some(i)
}

/// Whether a line of text ends in a photo credit: ". Photo: Jane Roe", ". Photo by: Jane Roe.",
/// " | Photo by Jane Roe", "! Credit: Harbor Media", " – photo credit: jane roe", ". Courtesy
/// the artist.", "(Image credit: Harbor Media)" (a credit word, in any case, after the end of a
/// sentence, a separator or an opening bracket, with at most ten words from it to the line's end).
/// Asked only of the body's lines of eight words or more (or opening with a bracket), on a web
/// page.
fn credit_after(s: &str) -> bool {
    const CUES: [&[u8]; 21] = [
        b"photo:",
        b"photos:",
        b"photo by",
        b"photos by",
        b"photo credit",
        b"photo courtesy",
        b"photograph by",
        b"photograph:",
        b"photographer:",
        b"image:",
        b"image by",
        b"image credit",
        b"image courtesy",
        b"image via",
        b"image source",
        b"picture:",
        b"picture credit",
        b"credit:",
        b"courtesy ",
        b"illustration:",
        b"illustration by",
    ];
    // (the last 80 bytes, from a character boundary)
    let mut from = s.len().saturating_sub(80);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let tail = &s.as_bytes()[from..];
    // A cue opens a word after a space or a bracket: only those places are looked at, and
    // only the cues with the word's first two letters are compared.
    memchr::memchr2_iter(b' ', b'(', tail).any(|sep| {
        let k = sep + 1;
        let at = &tail[k..];
        let Some(&[a, b]) = at.first_chunk::<2>() else {
            return false;
        };
        let (a, b) = (a | 0x20, b | 0x20);
        if !matches!(
            (a, b),
            (b'p', b'h' | b'i') | (b'i', b'm' | b'l') | (b'c', b'r' | b'o')
        ) {
            return false;
        }
        let cue = CUES.iter().any(|c| {
            c[0] == a && c[1] == b && at.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c))
        });
        if !cue {
            return false;
        }
        let before = &tail[..k];
        let opened = before.ends_with(b"(");
        let after_end = before.ends_with(b" ") && {
            let b = before.trim_ascii_end();
            b.ends_with(b".")
                || b.ends_with(b"!")
                || b.ends_with(b"?")
                || b.ends_with(b")")
                || b.ends_with(b"|")
                || b.ends_with(b":")
                || b.ends_with(b"-")
                || b.ends_with("\u{2013}".as_bytes())
                || b.ends_with("\u{2014}".as_bytes())
        };
        (opened || after_end)
            && at
                .split(u8::is_ascii_whitespace)
                .filter(|w| !w.is_empty())
                .count()
                <= 10
    })
}

/// The most words of a story's stamp in the body ([`stamp_line`]).
const STAMP_WORDS: usize = 14;

/// A story's stamp: a line that holds a date and opens with a publication cue ("Published",
/// "Updated", "Last updated", "Posted") or tells the reading time or the comments ("4 min read",
/// "7 minutes read", "| 6 comments"). Asked of the short lines with no closing punctuation in a
/// web page's body; a bare date (an entry of a list of events) is not one.
fn stamp_line(s: &str) -> bool {
    const OPENERS: [&[u8]; 4] = [b"published", b"updated", b"last updated", b"posted"];
    const TELLS: [&[u8]; 3] = [b" min read", b" minutes read", b" comment"];
    let b = s.as_bytes();
    let opens = OPENERS.iter().any(|c| {
        b.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c))
            && b.get(c.len()).is_none_or(|&n| !n.is_ascii_alphabetic())
    });
    let tells = || {
        TELLS
            .iter()
            .any(|t| b.windows(t.len()).any(|w| w.eq_ignore_ascii_case(t)))
    };
    (opens || tells()) && header::find_date(s).is_some()
}

/// The most words of a sign-up box's pitch or a form's consent line in the body
/// ([`sign_up_pitch`]).
const PITCH_WORDS: usize = 60;

/// A sign-up box's pitch or a form's consent line: a sentence that opens with "Sign up",
/// "Subscribe" or "Join" (after "Just" or "Please" too) in a line naming a newsletter, an inbox,
/// a mailing list or emails ("Tide fan? Join, and the quay digest lands in your inbox.");
/// a line opening "By" and a verb in -ing that tells the reader "you agree", "you consent", "I
/// acknowledge", "you confirm" or "I certify" ("By ticking the box
/// below, you consent to calls from the ferry desk."); "I agree to …" / "I consent to …" in 20 words or fewer (a form's tick box). Asked
/// of a web page's body lines of at most [`PITCH_WORDS`] words. A sentence about newsletters
/// ("Our club sends its news as a newsletter") or a reader's choice ("By planting early, you
/// get …") is none.
fn sign_up_pitch(s: &str) -> bool {
    let b = s.as_bytes();
    let consent = || {
        b.strip_prefix(b"By ").is_some_and(|rest| {
            let word = rest
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            word > 3 && rest[..word].ends_with(b"ing") && consent_after(&rest[word..])
        })
    };
    let tick_box = || {
        b.strip_prefix(b"I ").is_some_and(|rest| {
            (rest.starts_with(b"agree to ") || rest.starts_with(b"consent to "))
                && words::counts(s).words <= 20
        })
    };
    consent() || tick_box() || pitch_opens(b) && names_inbox(b)
}

/// A sentence of `b` opens (at its start, or after ". ", "? ", "! ") with "Sign up",
/// "Subscribe" or "Join", in any case, after "Just " or "Please " too.
fn pitch_opens(b: &[u8]) -> bool {
    let opens = |at: &[u8]| {
        let at = [b"just ".as_slice(), b"please "]
            .iter()
            .find_map(|w| {
                at.get(..w.len())
                    .filter(|h| h.eq_ignore_ascii_case(w))
                    .map(|_| &at[w.len()..])
            })
            .unwrap_or(at);
        [b"sign up".as_slice(), b"subscribe", b"join"]
            .iter()
            .any(|v| {
                at.get(..v.len()).is_some_and(|h| h.eq_ignore_ascii_case(v))
                    && at.get(v.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
            })
    };
    opens(b)
        || memchr::memchr3_iter(b'.', b'?', b'!', b).any(|k| {
            b.get(k + 1) == Some(&b' ') && {
                let at = &b[k + 2..];
                let skip = at.iter().take_while(|c| c.is_ascii_whitespace()).count();
                opens(&at[skip..])
            }
        })
}

/// `b` names a newsletter, an inbox, a mailing list or emails ("emails", "e-mails"), in any
/// case.
fn names_inbox(b: &[u8]) -> bool {
    const NAMES: [&[u8]; 5] = [
        b"newsletter",
        b"inbox",
        b"mailing list",
        b"emails",
        b"e-mails",
    ];
    (0..b.len()).any(|k| {
        matches!(b[k] | 0x20, b'n' | b'i' | b'm' | b'e') && {
            let at = &b[k..];
            NAMES.iter().any(|n| {
                at.get(..n.len()).is_some_and(|h| h.eq_ignore_ascii_case(n))
                    && (!n.ends_with(b"s")
                        || at.get(n.len()).is_none_or(|c| !c.is_ascii_alphanumeric()))
            })
        }
    })
}

/// After "By …ing", the reader's consent: "you agree", "you are agreeing", "you consent", "I
/// acknowledge", "you confirm", "I certify" (a word "you"/"You"/"I", perhaps "are", then the
/// verb, its form free).
fn consent_after(b: &[u8]) -> bool {
    const VERBS: [&[u8]; 5] = [b"agree", b"consent", b"acknowledge", b"confirm", b"certify"];
    let mut prev: &[u8] = b"";
    let mut before: &[u8] = b"";
    for w in b
        .split(|c| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let subject = |x: &[u8]| matches!(x, b"you" | b"You" | b"I");
        if VERBS.iter().any(|v| w.starts_with(v))
            && (subject(prev) || prev == b"are" && subject(before))
        {
            return true;
        }
        before = prev;
        prev = w;
    }
    false
}

/// Whether a short line opens with a quotation mark and names a verb of saying after it:
/// `"Yes," Tom Pike said.`, `“No,” she told the court.` (a quotation and its attribution, which
/// are article text however short).
fn quote_with_verb(s: &str) -> bool {
    const VERBS: [&str; 6] = [" said", " says", " told", " asked", " added", " replied"];
    s.strip_prefix(['"', '“'])
        .is_some_and(|rest| rest.contains(['"', '”']) && VERBS.iter().any(|v| rest.contains(v)))
}

/// An author box with no heading: a name line ("Jane Roe", two to four capitalised words) over
/// the author's role ("Senior Staff Writer", "Contributing Editor, Travel", "Content Writer at
/// Harbor Media"). The name line becomes a weak trailer (scored as one), so that, after the
/// article's prose, the box and the bio under it end the article; above the article (a byline)
/// a weak trailer with the whole article after it cuts nothing.
fn author_box(text: &str, paras: &[Para], feats: &mut [Feat]) {
    // Each line's shape tested without branches (most lines fail one test or another, in no
    // order a predictor learns), the role's words only for the few that pass.
    let name = |f: &Feat| {
        u8::from(f.words.wrapping_sub(2) < 3)
            & u8::from(f.capitalised)
            & u8::from(!f.terminal)
            & u8::from(f.chars <= 40)
            & u8::from(f.furniture.is_none())
            & u8::from(f.trailer.is_none())
    };
    let role = |r: &Feat| {
        u8::from(r.words.wrapping_sub(1) < 6)
            & u8::from(!r.terminal)
            & u8::from(r.upper_start)
            & u8::from(r.furniture.is_none())
            & u8::from(r.trailer.is_none())
    };
    // (`name` of each line is carried to the next round as `before`.)
    let mut before = 0;
    // Name lines over a bio that opens with the name's first word (at most `BIO_BOXES`).
    let mut boxes = [0usize; BIO_BOXES + 1];
    let mut found = 0;
    for i in 1..paras.len() {
        let here = &feats[i];
        let pair = before & role(here);
        let over_prose = before
            & (u8::from(here.words >= 8)
                | u8::from(feats.get(i + 1).is_some_and(|f| f.words >= 8))
                | u8::from(feats.get(i + 2).is_some_and(|f| f.words >= 8)));
        before = name(here);
        if pair != 0 && role_line(paras[i].span.as_str(text)) {
            weak_trailer(&mut feats[i - 1]);
        } else if over_prose != 0 && found <= BIO_BOXES && bio_box(text, paras, feats, i - 1) {
            boxes[found] = i - 1;
            found += 1;
        }
    }
    // More are a list of people inside the article (each with a few lines on them).
    if found <= BIO_BOXES {
        for &i in &boxes[..found] {
            weak_trailer(&mut feats[i]);
        }
    }
}

/// How many name lines over a bio a page may hold for them to be author boxes ([`bio_box`]).
const BIO_BOXES: usize = 2;

/// `f` becomes a weak trailer (an author box's head), scored as one.
fn weak_trailer(f: &mut Feat) {
    f.trailer = Some(furniture::Trailer {
        kind: BoilerplateKind::Other,
        strong: false,
        late: false,
    });
    f.score = f.prose_score(0);
}

/// An author box headed by the name alone: the name line `i` ("Jane Roe", "About Jane Roe"),
/// whose first word is a known first name, over a line of running text among the next three
/// that opens with that first name ("Jane Roe is a reporter who …", "Jane has covered …",
/// "Jane’s work …"), and not an entry of a list of people or places inside the article (a
/// heading over a paragraph follows the bio: [`entry_follows`]).
fn bio_box(text: &str, paras: &[Para], feats: &[Feat], i: usize) -> bool {
    bio_under(text, paras, i).is_some_and(|b| !entry_follows(text, paras, feats, b))
}

/// [`bio_box`]'s name and bio: the index of the bio line.
fn bio_under(text: &str, paras: &[Para], i: usize) -> Option<usize> {
    // First the lines' first bytes (most headings over a paragraph fail there).
    let bytes = text.as_bytes();
    let at = paras[i].span.start;
    let lead = bytes[at
        + if bytes[at..].starts_with(b"About ") {
            6
        } else if bytes[at..].starts_with(b"Meet ") {
            5
        } else {
            0
        }];
    let next = paras.get(i + 1..(i + 4).min(paras.len()))?;
    // (a bio in the first person opens "I'm", "I am" or a greeting: "Hi, I'm Jane")
    if next
        .iter()
        .all(|p| !matches!(bytes[p.span.start], b'I' | b'H') && bytes[p.span.start] != lead)
    {
        return None;
    }
    let line = paras[i].span.as_str(text);
    // (up to a comma: "Jane Roe, MD")
    let name = line
        .strip_prefix("About ")
        .or_else(|| line.strip_prefix("Meet "))
        .unwrap_or(line);
    let name = name.split(',').next().unwrap_or(name).trim_end_matches('*');
    let first = name.split(' ').next().unwrap_or(name);
    if first.len() < 2 {
        return None;
    }
    // The whole name, then a space, comma or apostrophe; or the first name alone, then a
    // word in lower case ("Jane joined …") or an apostrophe ("Jane’s …"), so that "Jane Roe
    // Park" over "Jane Roe is a park …" is no author box.
    let opens = |k: &usize| {
        paras.get(*k).is_some_and(|p| {
            let s = p.span.as_str(text);
            s.len() >= 40
                && (first_person_bio(s, first)
                    || s.strip_prefix(name)
                        .is_some_and(|rest| rest.starts_with([' ', ',', '\'', '’']))
                    || s.strip_prefix(first).is_some_and(|rest| {
                        rest.starts_with(['\'', '’'])
                            || rest
                                .strip_prefix(' ')
                                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    }))
        })
    };
    let b = (i + 1..i + 4).find(opens)?;
    // A known first name, or (session 23) a name of two words or more that the page already
    // gave before the box: the byline's "Written by Jane Roe", "Author: Jane Roe" (names the
    // first-name list does not hold, such as "Zorvan").
    (crate::gender::sex_of(first).is_some() || named_before(text, at, name)).then_some(b)
}

/// Whether `name` (two words or more) stands in `text` before byte `at` as a byline's name:
/// after "by " or "Author: " (any case: "Written By Jane Roe", "Posted on May 2 by Jane Roe",
/// "Author: Jane Roe"), and not inside a longer word run.
fn named_before(text: &str, at: usize, name: &str) -> bool {
    let name = name.trim_end();
    if !name.contains(' ') {
        return false;
    }
    let hay = &text.as_bytes()[..at];
    memchr::memmem::find_iter(hay, name.as_bytes()).any(|k| {
        let lead = &hay[..k];
        // (the cue as a word of its own: "Standby Jane Roe" is none)
        let by = |cue: &[u8]| {
            lead.len() >= cue.len()
                && lead[lead.len() - cue.len()..].eq_ignore_ascii_case(cue)
                && lead[..lead.len() - cue.len()]
                    .last()
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        };
        let after = hay
            .get(k + name.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        after && (by(b"by ") || by(b"author: "))
    })
}

/// A bio in the first person under the name line whose first word is `first`: "I'm a
/// reporter …", "I am the editor of …", "Hi, I'm Jane, an editor …" (after "I'm" or "I am",
/// an article or the first name; so "I'm not sure …" is none; session 22).
fn first_person_bio(s: &str, first: &str) -> bool {
    let s = ["Hi, ", "Hi! ", "Hey, ", "Hey! ", "Hello, ", "Hello! "]
        .iter()
        .find_map(|g| s.strip_prefix(g))
        .unwrap_or(s);
    let Some(rest) = ["I'm ", "I’m ", "I am "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    else {
        return false;
    };
    ["a ", "an ", "the "].iter().any(|a| rest.starts_with(a))
        || rest
            .strip_prefix(first)
            .is_some_and(|r| r.starts_with([',', ' ', '!', '.']))
}

/// Whether, after the bio at `b` and the running text right under it, a heading over a
/// paragraph of at least 20 words comes within the next six candidates (before any furniture or
/// trailer), one that is no author box itself: the bio was an entry of a list ("Jane Roe", a
/// paragraph on her, "John Doe", a paragraph on him, …).
fn entry_follows(text: &str, paras: &[Para], feats: &[Feat], b: usize) -> bool {
    let n = feats.len();
    let mut k = b + 1;
    while k < n && feats[k].score > 0 {
        k += 1;
    }
    for h in k..n.min(k + 6) {
        let f = &feats[h];
        if f.furniture.is_some() || f.trailer.is_some() {
            return false;
        }
        if f.heading_shape(&paras[h])
            && feats
                .get(h + 1)
                .is_some_and(|p| p.terminal && p.words >= 20 && p.score > 0)
            && bio_under(text, paras, h).is_none()
        {
            return true;
        }
    }
    false
}

/// A writer's role: a line whose part before " at " or a comma ends in a newsroom role noun
/// ("Staff Writer", "Senior Editor, Tech", "Content Writer at Harbor Media", "Editor in Chief").
fn role_line(s: &str) -> bool {
    // The words up to " at " or a comma; of them the last three.
    let mut w = ["", "", ""];
    for word in s.split_ascii_whitespace() {
        if word == "at" {
            break;
        }
        let bare = word.strip_suffix(',');
        w = [w[1], w[2], bare.unwrap_or(word)];
        if bare.is_some() {
            break;
        }
    }
    // "Editor in Chief", "Editor-in-Chief".
    let noun = if w[1].eq_ignore_ascii_case("in") && w[2].eq_ignore_ascii_case("chief") {
        w[0]
    } else {
        let b = w[2].as_bytes();
        match b.len().checked_sub(9) {
            // (b[k] is ASCII: `k` is a char boundary.)
            Some(k) if b[k..].eq_ignore_ascii_case(b"-in-chief") => &w[2][..k],
            _ => w[2],
        }
    };
    let last = noun.rsplit(['/', '-']).next().unwrap_or(noun);
    (6..=13).contains(&last.len()) && NEWSROOM_ROLES.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// The body's first and last [`DISCLOSURE_REACH`] paragraphs (of `body`) that are a
/// [`disclosure`] are dropped (a disclaimer only at the end).
#[inline(never)]
fn drop_disclosures(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
) {
    // (session 35: or a sentence's end inside it, the box's link after it: "… we may earn a
    // commission. Learn more")
    let ask = |k: usize, at_end: bool| {
        let s = paras[k].span.as_str(text);
        (feats[k].terminal || sentence_inside(s)) && disclosure(s, at_end)
    };
    // (session 35: at the body's head, a writer's bio too: "Jane Roe is a staff writer …")
    sweep(roles, body.clone(), |k| {
        ask(k, false) || writer_bio(paras[k].span.as_str(text))
    });
    sweep(roles, body.rev(), |k| {
        ask(k, true) || bio(paras[k].span.as_str(text))
    });
}

/// The short lines that end the body of a web page (session 29): [`TAIL_LINES`] or more body
/// paragraphs at its end, each of at most [`TAIL_WORDS`] words and with no closing punctuation,
/// are dropped. What the scores left there is a page's foot: teaser titles, tag and topic links,
/// a sign-up box's heading, a list of the author's profiles. Not when the line before them
/// ends in a colon: a list the article leads into ("What to pack:", then its items). Whether it
/// dropped any.
#[inline(never)]
fn short_tail(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
) -> bool {
    let (mut run, end) = (0, body.end);
    let mut from = end;
    for k in body.rev() {
        if roles[k] != Role::Body {
            continue;
        }
        let f = &feats[k];
        if f.terminal || f.words > TAIL_WORDS {
            if run >= TAIL_LINES && !paras[k].span.as_str(text).ends_with(':') {
                for r in &mut roles[from..end] {
                    if *r == Role::Body {
                        *r = Role::Drop;
                    }
                }
                return true;
            }
            return false;
        }
        run += 1;
        from = k;
    }
    false
}

/// A blogger's greeting box or a call for the reader's support among the body's last
/// [`CLOSING_REACH`] paragraphs on a web page (session 33): "Hi, I'm Jane! Welcome to …",
/// "Hello, and welcome! I'm the editor of this site.", "Enjoyed this piece? We need your help to
/// keep publishing.", "If you liked this post, you might also like:", "Please consider
/// supporting us." ([`closing_cue`]). It is dropped with every body paragraph after it (the
/// rest of the box: the writer's story, the appeal's links), and so is a short line just above
/// it with no closing punctuation (the writer's name, the box's heading).
#[inline(never)]
fn closing_note(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
) {
    let mut first = None;
    let mut seen = 0;
    for k in body.clone().rev() {
        if seen == CLOSING_FAR {
            break;
        }
        if roles[k] != Role::Body {
            continue;
        }
        seen += 1;
        // (past the last `CLOSING_REACH` paragraphs, a teaser list may follow the note: the
        // note must then stand well into the body, never at a short article's head)
        if (seen <= CLOSING_REACH || k >= body.start + CLOSING_FAR)
            && closing_cue(paras[k].span.as_str(text))
        {
            first = Some(k);
        }
    }
    let Some(first) = first else { return };
    for r in &mut roles[first..body.end] {
        if *r == Role::Body {
            *r = Role::Drop;
        }
    }
    if let Some(k) = (body.start..first).rev().find(|&k| roles[k] == Role::Body) {
        let f = &feats[k];
        if !f.terminal
            && f.words <= CLOSING_NAME_WORDS
            && !paras[k].span.as_str(text).ends_with(':')
        {
            roles[k] = Role::Drop;
        }
    }
}

/// How many of the body's last paragraphs [`closing_note`] asks.
const CLOSING_REACH: usize = 6;

/// How many of the body's last paragraphs [`closing_note`] asks when a note has other
/// stories' teasers under it (session 34): one past the last [`CLOSING_REACH`] counts only
/// that many candidates or more into the body.
const CLOSING_FAR: usize = 16;

/// The most words of the name or heading line over a closing note ([`closing_note`]).
const CLOSING_NAME_WORDS: usize = 4;

/// A line opening a blogger's greeting box ("Hi, I'm …", "Hey there! My name is …", "Hello, and
/// welcome …": a greeting on its own or before "there" or "I", then within the first 60 bytes
/// "I'm", "I am", "my name is" or "welcome") or
/// a call for the reader's support ("Enjoyed this piece?", "Did you like this article?", "If
/// you liked this post …", "Please consider supporting …", "Support our mission …", "Help keep
/// … free"). ASCII case-insensitive; the apostrophe may be curly.
fn closing_cue(s: &str) -> bool {
    const APPEALS: [&str; 8] = [
        "enjoyed this ",
        "did you enjoy this ",
        "did you like this ",
        "if you enjoyed this ",
        "if you liked this ",
        "if you enjoyed my ",
        "please consider supporting",
        "support our mission",
    ];
    if s.len() > 600 {
        return false;
    }
    let b = s.as_bytes();
    let starts = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if APPEALS.iter().any(|p| starts(p)) {
        return true;
    }
    if starts("help keep ") {
        let head = &s[..s.len().min(60)];
        return head.contains(" free") || head.contains(" Free") || head.contains("ndependent");
    }
    // (the greeting stands alone, "Hi, …", "Hello! …", or runs on into "there" or "I":
    // "Hello Kitty stalls …" greets no one)
    let greeting = ["hi", "hey", "hello", "howdy"].iter().any(|g| {
        starts(g)
            && match b.get(g.len()) {
                Some(b',' | b'!' | b'.') => true,
                Some(b' ') => {
                    let rest = &b[g.len() + 1..];
                    rest.starts_with(b"I")
                        || rest.len() >= 5 && rest[..5].eq_ignore_ascii_case(b"there")
                }
                _ => false,
            }
    });
    if !greeting {
        return false;
    }
    // (within the first 60 bytes, on a char boundary)
    let mut cut = s.len().min(60);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = s[..cut].to_ascii_lowercase().replace('\u{2019}', "'");
    ["i'm ", "i am ", "my name is ", "welcome"]
        .iter()
        .any(|w| head.contains(w))
}

/// How many short lines at the body's end make a page's foot ([`short_tail`]).
const TAIL_LINES: usize = 2;

/// The most words a line of a page's foot holds ([`short_tail`]).
const TAIL_WORDS: usize = 12;

/// An author box at the body's end headed by the byline's name (session 23): among the body's
/// last [`BYLINE_BOX_REACH`] paragraphs, a line that is one of the byline's authors (up to a
/// comma: "Jane Roe, MD"), with running text under it (the bio: "Hi there! I'm Jane …", "Led
/// by research, our team …") and at least three times as much prose before it as from it on,
/// is dropped with everything after it.
#[inline(never)]
fn byline_box(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
    authors: &[String],
) {
    let mut seen = 0;
    let mut at = None;
    for k in body.clone().rev() {
        if seen == BYLINE_BOX_REACH {
            break;
        }
        if roles[k] != Role::Body {
            continue;
        }
        seen += 1;
        let f = &feats[k];
        if f.words > 6 || f.terminal {
            continue;
        }
        let s = paras[k].span.as_str(text);
        let name = s.split(',').next().unwrap_or(s).trim_end();
        if authors.iter().any(|a| a == name) {
            at = Some(k);
        }
    }
    let Some(at) = at else { return };
    let prose = |r: std::ops::Range<usize>| r.map(|k| feats[k].score.max(0)).sum::<i64>();
    let bio = (at + 1..body.end).any(|k| roles[k] == Role::Body && feats[k].score > 0);
    if bio && prose(at..body.end) * 3 <= prose(body.start..at) {
        for r in &mut roles[at..body.end] {
            *r = Role::Drop;
        }
    }
}

/// How many of the body's last paragraphs are asked whether they head a [`byline_box`].
const BYLINE_BOX_REACH: usize = 8;

/// Teaser grids: links to other stories, each a title (a category, a teaser) and its date on a
/// line of its own, repeated ("Harbor / New ferry route opens / March 4, 2025", "Parks / …").
/// Three date lines or more among the body's paragraphs, each two to four candidates after the
/// one before, with at least one date older than the one before it (teasers are newest first
/// or in no order; a timeline or an events list, which is the article, runs forward), are
/// dropped with the lines between them, and with the lines of the first and last entries:
/// before the first date, the lines shaped like those one entry further on; after the last,
/// the rest of its entry, shaped like those of the entry before it.
#[inline(never)]
fn teaser_grid(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
) {
    // The body's date lines: (candidate, ISO date).
    let mut dates: Vec<(usize, String)> = Vec::new();
    for i in body.clone() {
        let f = &feats[i];
        // (A grid's date line ends in the year or the day: "March 4, 2025", "04/03/2025".)
        let s = paras[i].span.as_str(text);
        if roles[i] == Role::Body
            && f.words <= GRID_DATE_WORDS
            && f.chars <= 40
            && s.as_bytes().last().is_some_and(u8::is_ascii_digit)
        {
            if let Some(d) = header::date_line(s) {
                dates.push((i, d.iso));
            }
        }
    }
    if dates.len() < GRID_DATES {
        return;
    }
    let shape = |k: usize| (feats[k].terminal, feats[k].words >= 8);
    let mut a = 0;
    while a < dates.len() {
        // The chain of date lines from `a`: each 2 to 4 candidates after the one before.
        let mut b = a + 1;
        while b < dates.len() && (2..=GRID_GAP).contains(&(dates[b].0 - dates[b - 1].0)) {
            b += 1;
        }
        let chain = &dates[a..b];
        a = b;
        if chain.len() < GRID_DATES || !chain.windows(2).any(|w| w[1].1 < w[0].1) {
            continue;
        }
        let (first, last) = (chain[0].0, chain[chain.len() - 1].0);
        let (gap_first, gap_last) = (chain[1].0 - first, last - chain[chain.len() - 2].0);
        let mut lo = first;
        while first - lo + 1 < gap_first
            && lo > body.start
            && roles[lo - 1] == Role::Body
            && shape(lo - 1) == shape(lo - 1 + gap_first)
        {
            lo -= 1;
        }
        let mut hi = last + 1;
        while (hi - last) + (first - lo) < gap_last
            && hi < body.end
            && roles[hi] == Role::Body
            && shape(hi) == shape(hi - gap_last)
        {
            hi += 1;
        }
        for r in &mut roles[lo..hi] {
            *r = Role::Drop;
        }
    }
}

/// The fewest words of a paragraph that [`repeats`] asks about.
const REPEAT_WORDS: usize = 8;

/// A paragraph of the body repeated word for word (of [`REPEAT_WORDS`] words or more) is kept
/// once, where it first stands: a later copy is a page's furniture (a teaser shown twice, a
/// sign-up call or a course note under each entry, a pull quote, a card repeated for another
/// screen size) rather than the article saying it again. `keys`: room, emptied (the
/// candidates are sorted by length and text, so that copies stand together).
#[inline(never)]
fn repeats(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    keys: &mut Vec<i64>,
    body: std::ops::Range<usize>,
) {
    keys.clear();
    keys.extend(body.filter_map(|i| {
        let len = i64::try_from(paras[i].span.len()).ok()?;
        let at = i64::try_from(i).ok()?;
        (roles[i] == Role::Body && feats[i].words >= REPEAT_WORDS && len < 1 << 30 && at < 1 << 32)
            .then_some((len << 32) | at)
    }));
    // Sorted by length, then text, then place: copies stand together, the first of them
    // first. (Comparing each paragraph with every earlier one of its length was quadratic on
    // a page of many distinct paragraphs of one length.)
    let at = |x: i64| (x & 0xffff_ffff) as usize;
    keys.sort_unstable_by(|&x, &y| {
        (x >> 32)
            .cmp(&(y >> 32))
            .then_with(|| {
                paras[at(x)]
                    .span
                    .as_str(text)
                    .cmp(paras[at(y)].span.as_str(text))
            })
            .then_with(|| at(x).cmp(&at(y)))
    });
    for w in keys.windows(2) {
        if w[0] >> 32 == w[1] >> 32
            && paras[at(w[0])].span.as_str(text) == paras[at(w[1])].span.as_str(text)
        {
            roles[at(w[1])] = Role::Drop;
        }
    }
    keys.clear();
}

/// A table of contents: three or more paragraphs in a row, each the text of one of the body's
/// headings after it, in their order ("Why the Ferry Matters", "Costs", "What Comes Next" over
/// the sections so headed), is dropped.
#[inline(never)]
fn table_of_contents(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    roles: &mut [Role],
    body: std::ops::Range<usize>,
) {
    let headings: Vec<(usize, &str)> = body
        .clone()
        .filter(|&h| roles[h] == Role::Heading)
        .map(|h| (h, paras[h].span.as_str(text)))
        .collect();
    if headings.len() < TOC_ENTRIES {
        return;
    }
    // The headings' lengths in bytes, modulo 64: a line of another length is none of them.
    let lengths = headings
        .iter()
        .fold(0u64, |m, &(_, h)| m | 1 << (h.len() % 64));
    let mut i = body.start;
    while i < body.end {
        // The run from `i`: each paragraph a heading after the one the paragraph before was.
        let mut after = 0; // the headings from here on may match
        let mut j = i;
        // (A line with the text of a heading is shaped as one: no closing punctuation, at
        // most 16 words; running text fails at once.)
        while j < body.end
            && roles[j] == Role::Body
            && !feats[j].terminal
            && feats[j].words <= HEADING_WORDS
        {
            let s = paras[j].span.as_str(text);
            if lengths & 1 << (s.len() % 64) == 0 {
                break;
            }
            let from = after.max(headings.partition_point(|&(h, _)| h <= j));
            let Some(k) = headings[from..].iter().position(|&(_, h)| h == s) else {
                break;
            };
            after = from + k + 1;
            j += 1;
        }
        if j - i >= TOC_ENTRIES {
            for r in &mut roles[i..j] {
                *r = Role::Drop;
            }
        }
        i = j.max(i + 1);
    }
}

/// The prose score of a long paragraph of running text ([`body_region`]).
const LONG_PROSE: i64 = 250;

/// How many entries make a table of contents ([`table_of_contents`]).
const TOC_ENTRIES: usize = 3;

/// Candidates after the run that [`clean_tail`] gives back to an article alone: at least so many
/// (a closing line or two, "Reporting by …" cut off, stay cut).
const TAIL_BLOCKS: usize = 3;

/// Fewer candidates than this before the body: no site menu above it ([`clean_tail`]).
const HEAD_ALONE: usize = 10;

/// The most words of a heading (see [`Feat::heading_shape`]).
const HEADING_WORDS: usize = 16;

/// How many date lines make a teaser grid ([`teaser_grid`]).
const GRID_DATES: usize = 3;

/// The most candidates from one date line of a teaser grid to the next.
const GRID_GAP: usize = 4;

/// The most words of a teaser grid's date line ("Published March 4, 2025").
const GRID_DATE_WORDS: usize = 6;

/// The first [`DISCLOSURE_REACH`] body paragraphs of `ks`, in its order, dropped where `drop`
/// says so (a paragraph dropped by an earlier sweep is no longer counted).
fn sweep(roles: &mut [Role], ks: impl Iterator<Item = usize>, mut drop: impl FnMut(usize) -> bool) {
    let mut seen = 0;
    for k in ks {
        if seen == DISCLOSURE_REACH {
            break;
        }
        if roles[k] == Role::Body {
            seen += 1;
            if drop(k) {
                roles[k] = Role::Drop;
            }
        }
    }
}

/// The capitalised words (up to three) opening `s`, the word after them and the words after
/// that: the name and the verb of a note about someone ([`bio`], [`writer_bio`]). `None` when
/// the line ends first.
fn name_then_word(s: &str) -> Option<(usize, &str, std::str::SplitAsciiWhitespace<'_>)> {
    let mut w = s.split_ascii_whitespace();
    let mut names = 0;
    loop {
        let x = w.next()?;
        if x.as_bytes()[0].is_ascii_uppercase() && names < 3 {
            names += 1;
        } else {
            return Some((names, x, w));
        }
    }
}

/// A contributor's note: a name of two or three capitalised words, then "is a", "is an", "is
/// the" or "has been" ("Jane Roe is a reporter who covers the harbor."; a publisher's note,
/// "Harbor Media is an independent newsroom.", too), in a line of at most 60 words. Asked only
/// of the body's last paragraphs on a web page ([`drop_disclosures`]).
fn bio(s: &str) -> bool {
    if s.len() > 500 {
        return false;
    }
    // (session 24: the note may be set in brackets or after a star, "(Jane Roe is …)",
    // "*Jane Roe, MD, is …", or labelled "About the author: Jane Roe is …")
    let s = s.strip_prefix("About the author: ").unwrap_or(s);
    let s = s.trim_start_matches(['(', '*']);
    let Some((names, verb, mut w)) = name_then_word(s) else {
        return false;
    };
    let Some(next) = w.next() else { return false };
    let shape = match verb {
        "is" => matches!(next, "a" | "an" | "the"),
        "has" => next == "been",
        _ => false,
    };
    // (session 24: a first name alone, "Jane is a reporter …", when a later sentence of the
    // note speaks of a person: "… She covers the harbor.")
    shape && (names >= 2 || names == 1 && person_follows(s)) && w.count() <= 57
}

/// A writer's bio (session 35): a name of two or three capitalised words, then "is", "was" or
/// "has" with a newsroom role among the next [`BIO_ROLE_WORDS`] words of its first sentence
/// ("Jane Roe is a senior writer …", "Jane Roe is Trending Editor for …", "Jane Roe has been a
/// freelance journalist …"), "covers" ("Jane Roe covers biotech …") or "has" and a count of
/// years ("Jane Roe has 40 years of experience …"), in a line of at most 500 bytes. Asked of the
/// body's first paragraphs on a web page ([`drop_disclosures`]): the author box over the
/// article. (A product or a firm, "Harbor Lamp is a desk lamp …", names no role.)
fn writer_bio(s: &str) -> bool {
    if s.len() > 500 || !s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some((names, verb, w)) = name_then_word(s) else {
        return false;
    };
    if names < 2 {
        return false;
    }
    match verb {
        "covers" => true,
        "is" | "was" | "has" => {
            let mut count_before = false;
            for (n, x) in w.take(BIO_ROLE_WORDS).enumerate() {
                let bare = x.trim_end_matches([',', '.', ';', ':']);
                // "has 40 years", "has over 15 years", "has more than 20 years"
                if verb == "has" && count_before && matches!(bare, "years" | "decades") {
                    return true;
                }
                count_before = n < 3 && bare.as_bytes().first().is_some_and(u8::is_ascii_digit);
                let last = bare.rsplit(['-', '/']).next().unwrap_or(bare).as_bytes();
                if NEWSROOM_ROLES.iter().chain(&BIO_MORE_ROLES).any(|r| {
                    last.len() >= r.len()
                        && last.len() <= r.len() + 1
                        && last[..r.len()].eq_ignore_ascii_case(r.as_bytes())
                        && last[r.len()..].iter().all(|&b| b == b's')
                }) {
                    return true;
                }
                if x.len() > bare.len() && x.ends_with('.') {
                    return false; // the first sentence ended
                }
            }
            false
        }
        _ => false,
    }
}

/// A newsroom's roles, singular: the last word of a [`role_line`] ("Staff Writer"), and with
/// [`BIO_MORE_ROLES`] the role [`writer_bio`] looks for (a plural 's' may follow there).
const NEWSROOM_ROLES: [&str; 9] = [
    "writer",
    "editor",
    "copywriter",
    "reporter",
    "columnist",
    "contributor",
    "correspondent",
    "journalist",
    "critic",
];

/// The roles [`writer_bio`] reads besides [`NEWSROOM_ROLES`] ("fact-checker", "producer").
const BIO_MORE_ROLES: [&str; 2] = ["checker", "producer"];

/// How many words after "is", "was" or "has" [`writer_bio`] looks for the role in.
const BIO_ROLE_WORDS: usize = 12;

/// A sentence after the first opening with a personal pronoun ("He", "She", "His", "Her",
/// "They"): the note is about a person, not a product or a firm.
fn person_follows(s: &str) -> bool {
    memchr::memmem::find_iter(s.as_bytes(), b". ").any(|k| {
        let rest = &s[k + 2..];
        ["He ", "She ", "His ", "Her ", "They "]
            .iter()
            .any(|p| rest.starts_with(p))
    })
}

/// How many of the body's first and of its last paragraphs are asked whether they disclose
/// affiliate links ([`disclosure`]).
const DISCLOSURE_REACH: usize = 4;

/// How many candidates outside the body make a text a web page rather than an article alone.
const PAGE_LINES: usize = 30;

/// The index of the first of [`disclosure`]'s cues that only count at the body's end (a
/// disclaimer: "for informational purposes", "not legal advice", "the views expressed").
const DISCLAIMERS_FROM: usize = 16;

/// A line disclosing that the site earns from the links in it (it names affiliate links, says
/// the site "may earn" a fee or a commission, or is paid on "qualifying purchases"), or, at the
/// body's end, a disclaimer: the publisher's notice, not the article.
fn disclosure(s: &str, at_end: bool) -> bool {
    static CUES: OnceLock<AhoCorasick> = OnceLock::new();
    // (Each cue less its first letter, which may be a capital: matched case-sensitively, the
    // automaton's vectorised prefilter skips most of a line at once.)
    let cues = CUES.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build([
                "ffiliate link",
                "ualifying purchases",
                "eader-supported",
                "eader supported",
                "earner-supported",
                "ay earn",
                "arn a commission",
                "arn a small commission",
                "eceive a small commission",
                // (session 35)
                "ay be compensated",
                "arn commissions",
                "arns commissions",
                "n affiliate commission",
                "eceive a commission",
                "ay receive commission",
                "upported by commissions",
                // From `DISCLAIMERS_FROM` on: a disclaimer, only at the article's end.
                "nformational purposes",
                "or general information",
                "iews expressed",
                "ot necessarily reflect",
                "ot necessarily those",
                "ot legal advice",
                "ot medical advice",
                // (session 22: a trademark notice, a form's consent)
                "egistered trademark",
                "y submitting this form",
            ])
            .expect("a few short patterns")
    });
    s.len() <= 500
        && cues
            .find_iter(s)
            .any(|m| at_end || m.pattern().as_usize() < DISCLAIMERS_FROM)
}

/// A date with a time of day: "March 3, 2024 at 9:12 am", "June 7, 2024, 6:05 pm".
fn stamped(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr(b':', b).is_some_and(|k| {
        k > 0
            && b[k - 1].is_ascii_digit()
            && b.get(k + 1).is_some_and(u8::is_ascii_digit)
            && b.get(k + 2).is_some_and(u8::is_ascii_digit)
    }) && header::find_date(s).is_some()
}

/// The headline. In order of preference: the page title (first line) repeated, or nearly, just
/// before the body; the headline-shaped line just before the byline or date line; the first
/// line when it looks like a headline (with a "| Site" suffix cut off) and is not a menu item;
/// the last headline-shaped line before the body. Returns its candidate index and span.
fn choose_title(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    start: usize,
    first_head: Option<usize>,
) -> Option<(usize, Span)> {
    let n = paras.len();
    // A page title "Headline | Section | Site" opening a scraped page reads as a breadcrumb to
    // the furniture rules: it is still the first line, with its counts made.
    let page_title = start > 0
        && feats[0].furniture == Some(BoilerplateKind::Navigation)
        && paras[0].lines == 1
        && header::has_bar(paras[0].span.as_str(text));
    let f0 = if page_title {
        0
    } else {
        // (a line of one character, a logo's letter or a close button's "x", is no page title)
        (0..n).find(|&i| {
            feats[i].furniture.is_none() && feats[i].trailer.is_none() && paras[i].span.len() > 1
        })?
    };
    let fx = if page_title {
        let c = words::counts(paras[0].span.as_str(text));
        Feat {
            words: c.words,
            title_case: c.words >= 3 && c.capitalised * 10 >= c.words * 6,
            capitalised: c.words > 0 && c.capitalised == c.words,
            furniture: None,
            score: SHORT_LINE,
            ..feats[0]
        }
    } else {
        feats[f0]
    };
    let f = &fx;
    let first = paras[f0].span.as_str(text);
    let headline_like = |i: usize| {
        let (f, p) = (if i == f0 { &fx } else { &feats[i] }, &paras[i]);
        p.lines == 1
            && (1..=30).contains(&f.words)
            && f.chars <= 250
            && f.furniture.is_none()
            && f.trailer.is_none()
            && !f.bullet
            && !slug_line(p.span.as_str(text))
    };
    // (a headline in Title Case may end with a point: "Harbor Town Says Mayor Should Get
    // Third Term." — every word of four letters or more capitalised)
    let pointed_headline = f.title_case
        && f.words <= 20
        && !first
            .split_whitespace()
            .any(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()));
    let sentence =
        f.terminal && first.ends_with('.') && !first.ends_with("..") && !pointed_headline;
    if f0 >= start && (sentence || f.score > 0 && f.terminal && f.words > 12 || !headline_like(f0))
    {
        // The text opens with its body.
        return None;
    }
    let in_block = |i: usize| !paras[i].blank_before || (i + 1 < n && !paras[i + 1].blank_before);
    let menu_item = in_block(f0) && f.words <= 3;
    let before = start;
    // The first line less its site suffix (a "- Site" too when it stands well before the body).
    let scraped = start.saturating_sub(f0) > 2;
    let first_part = header::main_part(first, scraped);
    let first_span = part_span(paras[f0].span, first, first_part);
    if let Some(i) = crumb_end(text, paras, f0 + 2, (before + 40).min(n), |i| {
        headline_like(i) && feats[i].words >= 3
    }) {
        return Some((i, paras[i].span));
    }
    if f0 + 1 < before {
        let full = header::norm(first);
        let main = header::norm(first_part);
        let lo = (f0 + 1).max(before.saturating_sub(40));
        let mut best: Option<(usize, f64, bool, Option<Span>)> = None;
        // The repeat may also open the body run (its first 3 candidates), if it matches outright.
        for i in lo..(before + 3).min(n) {
            if !headline_like(i) || feats[i].words < 2 || menu_item {
                continue;
            }
            // (a question may open the run: the headline asks it, a sentence would end in a point)
            let sentence = feats[i].terminal && !paras[i].span.as_str(text).ends_with('?');
            if i >= before && (sentence || best.is_some_and(|(_, b, _, _)| b >= 2.0)) {
                continue;
            }
            let c = header::norm(paras[i].span.as_str(text));
            // "Section > Headline": a breadcrumb trail ending in the headline is not it.
            // ('>' and the last bytes of '›' and '»' are rare: most lines are passed by one search)
            if memchr::memchr3(b'>', 0xBA, 0xBB, c.as_bytes()).is_some()
                && [" > ", " › ", " » "].iter().any(|sep| c.contains(sep))
            {
                continue;
            }
            let mut labelled = None;
            let sim = if c == full
                || c == main
                || (full.starts_with(&c) && c.len() * 2 >= main.len())
                || main == full && site_before(&full, &c)
            {
                2.0
            } else if let Some(span) = label_cut(text, paras[i].span, &c, &main) {
                // "Blog: Headline", "Headline / Dec 2025": the page title's headline under
                // a section label or over a date (session 34)
                labelled = Some(span);
                2.0
            } else {
                jaccard(&c, &main)
            };
            // Short of an outright repeat, a line that goes on a block of lines (no blank line
            // before it: a table of contents, a list of picks, a menu) is an entry of that
            // list sharing the page title's words, not the headline (session 24). (A line
            // with no blank line after it can still be the headline, set over its trail.)
            if sim < 2.0 && (i >= before || !paras[i].blank_before) {
                continue;
            }
            if sim >= 0.3 && best.is_none_or(|(_, b, _, _)| sim >= b) {
                best = Some((i, sim, c != main && c.starts_with(&main), labelled));
            }
        }
        if let Some((i, _, _, Some(span))) = best {
            return Some((i, span));
        }
        if let Some((i, _, suffixed, None)) = best {
            // A repeat that stops inside the first line's headline part, before a word of
            // it ("Best Lamps" under "Best Lamps for 2026 | Site"), is the page's short
            // heading: the page title is the longer headline.
            if cut_short(&header::norm(paras[i].span.as_str(text)), &main) {
                return Some((f0, first_span));
            }
            // The page title repeated with (some of) its site suffix: cut as the first line is.
            let cut = main_span(text, paras[i].span, scraped);
            let span = if suffixed && header::norm(cut.as_str(text)) == main {
                cut
            } else {
                paras[i].span
            };
            return Some((i, span));
        }
    }
    // The headline-shaped line just before the byline or date (a standfirst may stand between).
    // The first line can stand as the headline (the last choice but one below).
    let first_fits = !menu_item && headline_like(f0) && (f.words <= 20 || f.title_case);
    if let Some(h) = first_head {
        let min_words = if menu_item { 2 } else { 3 };
        // Well after a page title that could be the headline, a line sharing no word with it
        // is a menu item or a button ("Subscribe Sign in"), not the headline.
        // Three lines up (a headline over a standfirst and a photo credit), a line must share
        // words with the page title.
        let unrelated = |i: usize| {
            if i <= f0 || !(scraped && first_fits || i + 3 == h) {
                return false;
            }
            let shared = jaccard(
                &header::norm(paras[i].span.as_str(text)),
                &header::norm(first_part),
            );
            shared == 0.0 || i + 3 == h && shared < 0.15
        };
        // The first fitting one: a headline before its standfirst.
        for i in h.saturating_sub(3).max(f0)..h {
            if (i > f0 || !menu_item)
                && headline_like(i)
                && (!feats[i].terminal || paras[i].span.as_str(text).ends_with('?'))
                && feats[i].words >= min_words
                && !unrelated(i)
            {
                // The first line is the page title: its site suffix goes.
                let span = if i == f0 { first_span } else { paras[i].span };
                return Some((i, span));
            }
        }
        // A blog's date above its headline: the line after the date (past furniture such as
        // a reading time), when running text follows it.
        if let Some(i) = (h + 1..(h + 3).min(n)).find(|&i| feats[i].furniture.is_none()) {
            if i > f0
                && headline_like(i)
                && !feats[i].terminal
                && feats[i].words >= 3
                && feats
                    .get(i + 1)
                    .is_some_and(|f| f.terminal && f.words >= 12)
                && !unrelated(i)
                && header::byline(paras[i].span.as_str(text)).is_none()
            {
                return Some((i, paras[i].span));
            }
        }
    }
    if first_fits {
        // The body run opening with its own headline (session 28): on a scraped page (the run
        // well below the first line), a headline-shaped line of 4 to 20 words at the run's
        // start, in Title Case or not a sentence, that shares a word of four letters or more
        // with the page title, is the headline the page shows over its text; the first line is
        // the page's `<title>`. (Just under a headline, such a line is its standfirst.)
        if scraped && start < n && opens_with_headline(text, paras, feats, start, first_part) {
            return Some((start, main_span(text, paras[start].span, false)));
        }
        return Some((f0, first_span));
    }
    (start.saturating_sub(10).max(f0)..start)
        .rev()
        .find(|&i| headline_like(i) && !feats[i].terminal && feats[i].words >= 3)
        .map(|i| (i, paras[i].span))
}

/// A byline set on two lines (session 34): candidate `i` is the lead alone ("By", "Written
/// by", "By:", any case) and the next one the names that lead would open ("By" over "Jane
/// Roe"). The authors, as [`header::byline`] reads the two lines joined.
fn split_byline(text: &str, paras: &[Para], i: usize) -> Option<Vec<String>> {
    let s = paras[i].span.as_str(text).trim_end_matches(':');
    if !(s.eq_ignore_ascii_case("by") || s.eq_ignore_ascii_case("written by")) {
        return None;
    }
    let name = paras.get(i + 1)?.span.as_str(text);
    header::byline(&format!("By {name}"))
}

/// A line of a page's tags written as its addresses' slugs ("harbor-ferries island-routes
/// ferry-fares"): two words or more, each of lower-case letters and digits joined by hyphens.
/// No headline, however many of the page title's words it repeats.
fn slug_line(s: &str) -> bool {
    let mut words = 0;
    for w in s.split(' ') {
        let b = w.as_bytes();
        if b.len() < 3
            || !b.contains(&b'-')
            || b[0] == b'-'
            || b[b.len() - 1] == b'-'
            || !b
                .iter()
                .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// Candidate `i`, where the body run starts, is the article's headline set over its text
/// rather than a first paragraph: one line of 4 to 20 words, no furniture, not ending in a
/// point, in Title Case or without closing punctuation, sharing a word of four letters or more
/// with the page title `first_part` (an advertisement's question over the run shares none).
fn opens_with_headline(
    text: &str,
    paras: &[Para],
    feats: &[Feat],
    i: usize,
    first_part: &str,
) -> bool {
    let (f, p) = (&feats[i], &paras[i]);
    let line = p.span.as_str(text);
    p.lines == 1
        && (4..=20).contains(&f.words)
        && f.chars <= 250
        && f.furniture.is_none()
        && f.trailer.is_none()
        && !f.bullet
        && !line.ends_with('.')
        && (f.title_case || !f.terminal)
        && shares_long_word(&header::norm(line), &header::norm(first_part))
}

/// `a` and `b` (normalised) share a word of four letters or more.
fn shares_long_word(a: &str, b: &str) -> bool {
    fn long(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
    }
    let wb: Vec<&str> = long(b).collect();
    long(a).any(|w| wb.contains(&w))
}

/// The first line in `lo..hi` that ends the breadcrumb trail on the line before it ("Home »
/// Guides » Best Lamps for Reading" over "Best Lamps for Reading"): the page's headline, set
/// under its trail. The trail opens with "Home" or holds a separator (`»`, `>`, `›`, `/`).
fn crumb_end(
    text: &str,
    paras: &[Para],
    lo: usize,
    hi: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    (lo.max(1)..hi).find(|&i| {
        let (prev, line) = (paras[i - 1].span.as_str(text), paras[i].span.as_str(text));
        prev.len() > line.len() + 3 && prev.ends_with(line) && {
            let trail = prev[..prev.len() - line.len()].trim_end();
            (trail.starts_with("Home ")
                || trail.ends_with(['»', '>', '›', '/'])
                || [" » ", " > ", " › ", " / "]
                    .iter()
                    .any(|sep| trail.contains(sep)))
                && fits(i)
        }
    })
}

/// The separators between a headline and a date after it ([`label_cut`]).
const SEPARATORS: [&str; 4] = [" / ", " | ", " - ", " · "];

/// The page title's headline part `main` (normalised) in candidate line `span` (normalised
/// `c`) less a section label before it or a date after it (session 34): "Blog: Headline"
/// (one word and a colon), "Headline / Dec 2025", "Headline | March 3, 2025" (a separator and
/// a date line). The span of the headline in the line.
fn label_cut(text: &str, span: Span, c: &str, main: &str) -> Option<Span> {
    if c.len() <= main.len() + 2 || main.split(' ').count() < 3 {
        return None;
    }
    let line = span.as_str(text);
    if let Some(rest) = c.strip_suffix(main) {
        // "label: " — one word of letters before a colon
        let label = rest.strip_suffix(": ")?;
        if label.is_empty() || !label.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let k = line.find(": ")?;
        return Some(Span::new(span.start + k + 2, span.end));
    }
    let rest = c.strip_prefix(main)?;
    if !SEPARATORS.iter().any(|sep| rest.starts_with(sep)) {
        return None;
    }
    // (the raw line's separator: the last one, the date holding none; the date read in the
    // raw line, as written)
    let k = SEPARATORS.iter().filter_map(|sep| line.rfind(sep)).max()?;
    let date = line[k..].trim_start_matches([' ', '/', '|', '-', '·']);
    header::date_line(date)?;
    Some(Span::new(
        span.start,
        span.start + line[..k].trim_end().len(),
    ))
}

/// `line` (normalised) opens the first line's headline part `main` and stops before one of its
/// words or a bracket ("best lamps" of "best lamps for 2026", "the lamps (with pictures)"),
/// not before a separator (": a guide", " - tested", ", ranked"); or it is `main` less the
/// count it opens with ("reading lamps for small rooms" of "8 reading lamps for small rooms";
/// session 20).
fn cut_short(line: &str, main: &str) -> bool {
    let Some(rest) = main.strip_prefix(line) else {
        return count_dropped(line, main);
    };
    match rest.as_bytes() {
        [b' ', x, ..] => x.is_ascii_alphanumeric() || *x == b'(',
        _ => false,
    }
}

/// `line` is `main` less a count of one to three digits and its space.
fn count_dropped(line: &str, main: &str) -> bool {
    main.strip_suffix(line)
        .and_then(|head| head.strip_suffix(' '))
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `line` (normalised) is the end of the page title `full` after a site name of at most four
/// words and a separator ("Site Blog: Headline", "site.org - Headline"), or after a domain
/// name alone ("site.com Headline"): the headline without the site.
fn site_before(full: &str, line: &str) -> bool {
    let Some(head) = full.strip_suffix(line) else {
        return false;
    };
    let Some(head) = head.strip_suffix(' ') else {
        return false;
    };
    let words = head.split(' ').count();
    line.contains(' ')
        && words <= 5
        && (head.ends_with([':', '-', '|', '–', '—', '»', '·']) || words == 1 && head.contains('.'))
}

/// The headline `span` written with typographic apostrophes (’) whose words open the page's
/// first line with straight ones ('), as a page `<title>` often spells the `<h1>`: that span
/// of the first line, the spelling the page gives its title.
fn straight_spelling(text: &str, paras: &[Para], span: Span) -> Option<Span> {
    let head = span.as_str(text);
    let first = paras.first()?.span;
    if first.start == span.start || !head.contains(['’', '‘']) {
        return None;
    }
    let line = first.as_str(text);
    let mut rest = line;
    for c in head.chars() {
        let mut it = rest.chars();
        let d = it.next()?;
        if d != c && !(d == '\'' && matches!(c, '’' | '‘')) {
            return None;
        }
        rest = it.as_str();
    }
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    let len = line.len() - rest.len();
    Some(Span::new(first.start, first.start + len))
}

/// The headline part of the page-title line `span` ([`header::main_part`]).
fn main_span(text: &str, span: Span, strip_dash: bool) -> Span {
    let s = span.as_str(text);
    part_span(span, s, header::main_part(s, strip_dash))
}

/// The span of `part`, a slice of `s`, the text of `span`.
fn part_span(span: Span, s: &str, part: &str) -> Span {
    let at = (part.as_ptr() as usize).saturating_sub(s.as_ptr() as usize);
    Span::new(span.start + at, span.start + at + part.len())
}

/// The text opens (past opening quotes and brackets) with an upper-case letter or a digit. An
/// ASCII first byte that is none of those marks (most lines) answers alone.
fn upper_start(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !matches!(b, b'"' | b'\'' | b'(' | b'[') => {
            b.is_ascii_uppercase() || b.is_ascii_digit()
        }
        _ => upper_start_chars(s),
    }
}

/// [`upper_start`], character by character.
fn upper_start_chars(s: &str) -> bool {
    s.trim_start_matches(['"', '\'', '“', '‘', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "9:35 p.m.", "10:05 a.m. ET", "14:20": a time of day alone.
fn is_timestamp(s: &str) -> bool {
    let mut parts = s.split_whitespace();
    let Some(clock) = parts.next() else {
        return false;
    };
    let Some((h, m)) = clock.split_once(':') else {
        return false;
    };
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    digits(h, 1..=2)
        && digits(m, 2..=2)
        && parts.all(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "a.m." | "p.m." | "am" | "pm" | "et" | "gmt" | "utc" | "bst" | "pt" | "ct"
            )
        })
}

fn jaccard(a: &str, b: &str) -> f64 {
    let wa: Vec<&str> = a
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let wb: Vec<&str> = b
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let inter = wa.iter().filter(|w| wb.contains(w)).count();
    inter as f64 / (wa.len() + wb.len() - inter) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    type Outline<'t> = (
        Option<&'t str>,
        Option<&'t str>,
        Option<String>,
        Vec<&'t str>,
        Vec<&'t str>,
    );

    /// What a layout says, as text: title, byline, date, headings and paragraph texts.
    fn outline(text: &str) -> Outline<'_> {
        let l = analyze(text);
        let t = |s: Span| s.as_str(text);
        let headings = l.sections.iter().filter_map(|s| s.heading.map(t)).collect();
        let paras = l
            .sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(|p| t(p.span)))
            .collect();
        (
            l.title.map(t),
            l.byline.map(t),
            l.published.map(|p| p.iso),
            headings,
            paras,
        )
    }

    macro_rules! t {
        ($($name:ident: $input:expr => $title:expr, $byline:expr, $date:expr, $heads:expr, $paras:expr;)*) => {$(
            #[test]
            fn $name() {
                let text: &str = $input;
                let (title, byline, date, heads, paras) = outline(text);
                let want_heads: Vec<&str> = $heads;
                let want_paras: Vec<&str> = $paras;
                assert_eq!(title, $title, "title");
                assert_eq!(byline, $byline, "byline");
                assert_eq!(date.as_deref(), $date, "date");
                assert_eq!(heads, want_heads, "headings");
                assert_eq!(paras, want_paras, "paragraphs");
            }
        )*};
    }

    const P1: &str = "The council voted on Monday to approve the plan, ending two years of debate over the cost.";
    const P2: &str = "Critics said the money would be better spent on schools and roads in the poorer districts.";
    const P3: &str = "The mayor said the first buses would run in the spring, and the libraries would open later.";
    const P4: &str = "Residents who spoke at the meeting were divided, with many asking for a vote on the question.";

    t! {
        empty: "" => None, None, None, vec![], vec![];
        blank_only: "\n\n\r\n  \n" => None, None, None, vec![], vec![];
        headline_and_body: &format!("Council Approves Plan\n\n{P1}\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        byline_and_date: &format!("Council Approves Plan\n\nBy Jane Doe and John Roe\n\nUpdated 3:15 p.m. ET, Feb. 14, 2025\n\n{P1}\n")
            => Some("Council Approves Plan"), Some("By Jane Doe and John Roe"), Some("2025-02-14"), vec![], vec![P1];
        heading_between_paragraphs: &format!("Council Approves Plan\n\n{P1}\n\nWhat Comes Next\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec!["What Comes Next"], vec![P1, P2];
        heading_needs_text_after: &format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\nWhat Comes Next\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        list_items_are_not_headings: &format!("Council Approves Plan\n\n{P1}\n\n- More buses on weekends\n- Longer library hours\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, "- More buses on weekends", "- Longer library hours", P2];
        sentence_line_is_not_heading: &format!("Council Approves Plan\n\n{P1}\n\nHe declined to comment.\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, "He declined to comment.", P2];
        dateline_stays: "Plan Approved\n\nWASHINGTON (Reuters) - The council voted on Monday to approve the plan, ending two years of debate.\n"
            => Some("Plan Approved"), None, None, vec![], vec!["WASHINGTON (Reuters) - The council voted on Monday to approve the plan, ending two years of debate."];
        comments_stop: &format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\nComments\n\nGreat article, thanks for writing it, I agree with every word of it.\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        advertisement_dropped_mid_article: &format!("Council Approves Plan\n\n{P1}\n\nAdvertisement\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        page_title_suffix: &format!("Council Approves Plan | The Daily Lantern\n\nHome\nNews\nSport\n\nCouncil Approves Plan\n\n{P1}\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        repeated_page_title_loses_site_suffix: &format!("Council Approves Plan | The Daily Lantern\n\nHome\nNews\nSport\n\nCouncil Approves Plan | The Daily Lantern\n\n{P1}\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        headline_before_byline_loses_site_suffix: &format!("Council Approves Plan | The Daily Lantern\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n")
            => Some("Council Approves Plan"), Some("By Jane Doe"), None, vec![], vec![P1, P2];
        repeated_headline_with_part_of_suffix: &format!("Council Approves Plan - Local News - The Daily Lantern\n\nHome\nNews\nSport\n\nCouncil Approves Plan - Local News\n\n{P1}\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2];
        body_only: &format!("{P1}\n\n{P2}\n") => None, None, None, vec![], vec![P1, P2];
        headline_then_unpunctuated_standfirst: &format!("Growers Vote to Form a Cooperative\n\nMembers say pooling storage will cut losses\n\nBy Jane Doe\n\n{P1}\n")
            => Some("Growers Vote to Form a Cooperative"), Some("By Jane Doe"), None, vec![], vec![P1];
        menu_and_blurb_after_article_dropped: &format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nHealth\nTravel\nFitness\nFood\n\nWe publish stories about the people and places of the county every day.\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2, P3, P4];
        furniture_and_blurb_after_article_dropped: &format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nAdvertisement\nSubscribe\nNewsletter\nSearch\n\nWe publish stories about the people and places of the county every day, from the harbor to the hills.\n")
            => Some("Council Approves Plan"), None, None, vec![], vec![P1, P2, P3, P4];
        list_inside_article_kept: &format!("Council Approves Plan\n\n{P1}\n\nThe plan pays for:\n\nBuses\nLibraries\nParks\nRoads\n\n{P2}\n")
            => Some("Council Approves Plan"), None, None, vec!["Roads"], vec![P1, "The plan pays for:", "Buses", "Libraries", "Parks", P2];
        short_sentence_first_is_body: "Linda Haverford spoke first.\n\n\"We vote today,\" Haverford said.\n"
            => None, None, None, vec![], vec!["Linda Haverford spoke first.", "\"We vote today,\" Haverford said."];
    }

    #[test]
    fn boilerplate_starts_at_comments_with_kinds() {
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\nComments\n\nPopular posts from this blog\n\nTen Things About Porches\n"
        );
        let l = analyze(&text);
        let kinds: Vec<(&str, &str)> = l
            .boilerplate
            .iter()
            .map(|b| (b.kind.as_str(), b.span.as_str(&text)))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("comments", "Comments"),
                (
                    "related",
                    "Popular posts from this blog\n\nTen Things About Porches"
                ),
            ]
        );
    }

    #[test]
    fn a_comment_thread_without_a_heading_ends_the_article() {
        // The replies outweigh the article three times over: without the thread's head the run
        // would be searched again after a trailer, or take the replies in.
        let reply = "I tried this with my own garden last spring and it worked well, though the slugs came back after the rain and I had to start again.";
        let mut text = format!("Growing Beans on a Balcony\n\n{P1}\n\n{P2}\n\n");
        for name in ["Jane Roe", "Sam Poe", "Ada Vale", "Tom Lark", "Mia Fenn"] {
            for part in [
                name,
                " says\n\nMarch 3, 2024 at 9:12 am\n\n",
                reply,
                "\n\n",
                reply,
            ] {
                text.push_str(part);
            }
            text.push_str("\n\nReply\n\n");
        }
        let (_, _, _, _, paras) = outline(&text);
        assert_eq!(paras, vec![P1, P2]);
        let l = analyze(&text);
        assert!(
            l.boilerplate
                .iter()
                .any(|b| b.kind == BoilerplateKind::Comments
                    && b.span.as_str(&text).starts_with("Jane Roe says"))
        );
    }

    #[test]
    fn an_author_box_after_the_article_ends_it() {
        // The boxes and the notice after them hold more than a third of the article's prose,
        // but the first box (up to the next trailer) far less: the article ends at its heading.
        let bio = "Jane Roe writes about the city council and its budget for the paper.";
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nAbout the Author\n\n{bio}\n\nAbout the Reviewer\n\n{bio}\n\nThe articles in our archive were correct when they were written and may have changed since then.\n"
        );
        let (_, _, _, _, paras) = outline(&text);
        assert_eq!(paras, vec![P1, P2, P3, P4]);
    }

    #[test]
    fn an_author_box_headed_by_the_name_ends_the_article() {
        // "Written by Jane Roe" heads the author's bio after the article; a byline above the
        // article is no trailer of it.
        let bio = "Jane Roe has covered the harbor and the council for a decade, and she lives by the water with two dogs.";
        for head in [
            "Written by Jane Roe",
            "Reviewed by Jane Roe",
            "About the Author Jane Roe",
        ] {
            let text = format!(
                "Council Approves Plan\n\n{head}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{head}\n\n{bio}\n"
            );
            let (_, _, _, _, paras) = outline(&text);
            assert_eq!(paras, vec![P1, P2, P3, P4], "{head}");
        }
    }

    #[test]
    fn a_related_heading_inside_a_menu_does_not_end_the_article() {
        // The trailer follows a menu item, not the article's prose: weighed against all the prose
        // after it, not against the (empty) piece up to the next trailer.
        let text = format!(
            "Council Approves Plan\n\n{P1}\n\n{P2}\n\n{P3}\n\nSports\nLatest News\nWorld\nWeather\nTrending\nScience\n\n{P4}\n\n{P1}\n"
        );
        let (_, _, _, _, paras) = outline(&text);
        assert_eq!(paras.last(), Some(&P1));
    }

    #[test]
    fn a_page_title_read_as_a_breadcrumb_is_still_the_title() {
        let text = format!(
            "Harbor Plan Wins Final Vote | Local News | Coastal Wire\n\nHome\nNews\nSports\nWeather\n\nSubscribe Sign in\n\nHarbor Plan Wins Final Vote | Local News\n\nMarch 3, 2024\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        let (title, _, _, _, paras) = outline(&text);
        assert_eq!(title, Some("Harbor Plan Wins Final Vote"));
        assert_eq!(paras, vec![P1, P2, P3]);
    }

    #[test]
    fn a_site_name_before_the_page_title_is_cut_where_the_headline_repeats() {
        // "Site: Headline" and "site.com Headline": the line holding the headline alone is it,
        // not the site name's own line, which shares words with the page title too.
        let text = format!(
            "Harbor Notes Blog: Why the Ferry Runs Late Again\nHarbor Notes Blog\nJane Doe writes here about the boats, the ferries and the harbor, and about the people who work on them every day of the year.\nFriday, March 3, 2024\nWhy the Ferry Runs Late Again\nWinter is hard\n{P1}\n{P2}\n{P3}\n"
        );
        assert_eq!(outline(&text).0, Some("Why the Ferry Runs Late Again"));
        let text = format!(
            "harbornotes.com Ferry Delays\nharbornotes.com\nA Sailor's Weblog\n« Older | Main\nMarch 3, 2024\nFerry Delays\n{P1}\n{P2}\n{P3}\n"
        );
        assert_eq!(outline(&text).0, Some("Ferry Delays"));
        // The headline first and a name after the dash: the name's line is not the headline.
        let text = format!(
            "The Harbor Manifesto - Jane Doe\nSubscribe Sign in\nThe Harbor Manifesto\nBoats as a way of life. Ferries as the daily bread.\nJane Doe\nMar 3, 2024\n1\n1\nShare\n{P1}\n{P2}\n{P3}\n"
        );
        assert_eq!(outline(&text).0, Some("The Harbor Manifesto"));
    }

    #[test]
    fn a_question_repeating_the_page_title_may_open_the_body_run() {
        let text = format!(
            "harbor.org - Why Does the Ferry Run Late Every Winter?\n\nHome\nNews\nBlogs\n\nWhy Does the Ferry Run...\n\nShare\nPrint\n\nWhy Does the Ferry Run Late Every Winter?\n\nMarch 3, 2024\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        let (title, _, _, _, _) = outline(&text);
        assert_eq!(title, Some("Why Does the Ferry Run Late Every Winter?"));
    }

    #[test]
    fn a_breadcrumb_ending_in_the_headline_is_not_the_headline() {
        let text = format!(
            "How to Plan a Harbor Walk – Coastal Visitor Centre Guide Pages | Town\n\nHome\nNews\nVisit\n\nHow to Plan a Harbor Walk\nCoastal Visitor Centre Guide Pages > How to Plan a Harbor Walk\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        let (title, _, _, _, _) = outline(&text);
        assert_eq!(title, Some("How to Plan a Harbor Walk"));
    }

    #[test]
    fn the_headline_takes_the_page_titles_straight_apostrophes() {
        // The page title spells "Mayor's", the headline line "Mayor’s": the first line's
        // spelling (and span) is taken; with no straight spelling there, the headline's own.
        let text = format!(
            "The Mayor's Plan for the Harbor | Coastal Wire\n\nHome\nNews\nSports\n\nThe Mayor’s Plan for the Harbor\n\nMarch 3, 2024\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        assert_eq!(outline(&text).0, Some("The Mayor's Plan for the Harbor"));
        let curly = text.replacen("Mayor's", "Mayor’s", 1);
        assert_eq!(outline(&curly).0, Some("The Mayor’s Plan for the Harbor"));
    }

    #[test]
    fn a_line_of_one_character_is_not_the_page_title() {
        // A logo's letter above the page title: the title is the line after it.
        let text = format!(
            "A\n\nHow to Choose Pipes for a Harbor Cottage: What Works?\n\nWhy Copper?\n\nCopper Advantages\nCopper Water Safety\nCopper vs Plastic\n\nBy: Harbor Supply on 04-05-2021 5:11:10\nShare\nHow to Choose Pipes for a Harbor Cottage: What Works?\nInstallation\n{P1}\n{P2}\n{P3}\n"
        );
        assert_eq!(
            outline(&text).0,
            Some("How to Choose Pipes for a Harbor Cottage: What Works?")
        );
    }

    #[test]
    fn a_button_above_the_date_is_not_the_headline() {
        let text = format!(
            "Harbor Plan Wins Final Vote - Coastal Wire\n\nHome\nNews\nSports\nWeather\n\nSubscribe Sign in\n\nMarch 3, 2024\n\n{P1}\n\n{P2}\n\n{P3}\n"
        );
        let (title, _, date, _, _) = outline(&text);
        assert_eq!(title, Some("Harbor Plan Wins Final Vote"));
        assert_eq!(date.as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn comments_signed_by_a_name_and_a_time_end_the_article() {
        // Three readers' names, each over the date and time of the comment: the thread; two
        // signed entries are not enough.
        use std::fmt::Write;
        let reply = "I tried this with my own garden last spring and it worked well, though the slugs came back after the rain and I had to start again.";
        let thread = |names: &[&str]| {
            let mut text = format!("Growing Beans on a Balcony\n{P1}\n{P2}\n{P3}\n");
            for (k, name) in names.iter().enumerate() {
                let _ = writeln!(text, "{name}\nMarch {}, 2024, 9:1{k} am\n{reply}", 3 + k);
            }
            text
        };
        let text = thread(&["Carl", "anna lee", "Tom"]);
        let (_, _, _, _, paras) = outline(&text);
        assert_eq!(paras, vec![P1, P2, P3]);
        let two = thread(&["Carl", "anna lee"]);
        let (_, _, _, _, paras) = outline(&two);
        assert!(paras.contains(&reply), "{paras:?}");
    }

    #[test]
    fn says_without_a_date_is_no_comment() {
        let text =
            format!("Council Approves Plan\n\n{P1}\n\n{P2}\n\nThe mayor says\n\n{P3}\n\n{P4}\n");
        let (_, _, _, _, paras) = outline(&text);
        assert!(paras.ends_with(&[P3, P4]), "{paras:?}");
    }

    fn check(text: &str) {
        let l = analyze(text);
        let ok = |s: Span| {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{s:?} out of bounds"
            );
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        };
        for s in [l.title, l.subtitle, l.byline].into_iter().flatten() {
            ok(s);
        }
        let mut last = 0;
        for sec in &l.sections {
            if let Some(h) = sec.heading {
                ok(h);
                assert!(h.start >= last);
                last = h.end;
            }
            for p in &sec.paragraphs {
                ok(p.span);
                assert!(p.span.start >= last && !p.span.is_empty());
                assert_eq!(p.span, p.span.trim(text), "paragraph not trimmed");
                last = p.span.end;
                let mut s_last = p.span.start;
                for &s in &p.sentences {
                    ok(s);
                    assert!(s.start >= s_last && p.span.contains(s) && !s.is_empty());
                    s_last = s.end;
                }
            }
        }
        for b in &l.boilerplate {
            ok(b.span);
        }
    }

    #[test]
    fn pathological_inputs_finish() {
        check(&"word ".repeat(2_000_000)); // a 10 MB single line
        check(&"\n".repeat(1_000_000));
        check(&"\r\n".repeat(300_000));
        check(&".!?…\"'“”—-".repeat(50_000));
        check(&"A. ".repeat(100_000));
        check(&"Capitalised Words Only Here ".repeat(30_000));
        check("\u{0}\u{1}\u{7}\u{1b}\u{7f}\u{200b}\u{feff}\u{a0}");
        check(&"x\n".repeat(200_000));
        check(&"Comments\n\n".repeat(30_000));
        check(&"By Jane Doe\n\nMarch 3, 2025\n\n".repeat(20_000));
        check("مرحبا بالعالم. שלום עולם. 👍🏽 e\u{301}\u{301}.");
    }

    type Seen = (usize, usize, i64, bool, bool, Option<BoilerplateKind>, bool);

    /// What the rest of the stage reads of a [`Feat`] (word counts past `many_words` and the
    /// title case past it are never read, nor those of furniture).
    fn seen(f: &Feat) -> Seen {
        let many = many_words(f.chars);
        let furniture = f.furniture.is_some();
        let title_case = !furniture && f.words <= many && f.title_case;
        let words = if furniture { 0 } else { f.words.min(many + 1) };
        // The capitalisation is read only of plain short lines (`tighten`).
        let capitalised = f.plain_short() && f.capitalised;
        (
            words,
            f.chars,
            f.score,
            title_case,
            f.terminal,
            f.furniture,
            capitalised,
        )
    }

    /// What the stage reads of a one-line paragraph's features, counted with the shortcuts
    /// (`cut`) and in full.
    fn counted_cut_and_full(text: &str) -> (Seen, Seen) {
        let notices = furniture::NoticeWords::find(text);
        let p = Para {
            span: Span::new(0, text.len()),
            blank_before: true,
            lines: 1,
        };
        let mut scratch = String::new();
        let cut = Feat::counted(text, &p, &notices, &mut scratch, true);
        let full = Feat::counted(text, &p, &notices, &mut scratch, false);
        (seen(&cut), seen(&full))
    }

    proptest::proptest! {
        #[test]
        fn counting_cut_short_changes_nothing_seen(
            text in "((the|of|a|and|said|it|Is|[A-Za-z']{1,9}|[0-9]{1,3}|é|’|\\|)[ .,\\-]{1,2}){0,150}[.!?]?"
        ) {
            let (cut, full) = counted_cut_and_full(&text);
            proptest::prop_assert_eq!(cut, full);
        }

        #[test]
        fn counting_nothing_for_furniture_changes_nothing_seen(
            text in "((Share|Facebook|Advertisement|Photo:|Getty Images|Related|Comments|Home|>|©|Newsletter|the|[A-Za-z]{1,6}|[0-9]{1,2})[ .:|/]{1,2}){0,14}"
        ) {
            let (cut, full) = counted_cut_and_full(&text);
            proptest::prop_assert_eq!(cut, full);
        }

        #[test]
        fn upper_start_agrees_with_chars(s in "[\"'“‘(\\[aZ9 é’É.-]{0,6}") {
            proptest::prop_assert_eq!(upper_start(&s), upper_start_chars(&s));
        }

        #[test]
        fn any_text_keeps_invariants(s in "\\PC{0,400}") {
            check(&s);
        }

        #[test]
        fn any_lines_keep_invariants(lines in proptest::collection::vec("[A-Za-z .,!?\"“”’()\u{a0}\u{200b}-]{0,60}", 0..30), sep in "(\n|\r\n|\r|\n\n)") {
            check(&lines.join(&sep));
        }
    }
}

#[cfg(test)]
mod test_text;
#[cfg(test)]
mod tests17;
#[cfg(test)]
mod tests18;
#[cfg(test)]
mod tests19;
#[cfg(test)]
mod tests20;
#[cfg(test)]
mod tests21;
#[cfg(test)]
mod tests22;
#[cfg(test)]
mod tests23;
#[cfg(test)]
mod tests24;
#[cfg(test)]
mod tests24b;
#[cfg(test)]
mod tests25;
#[cfg(test)]
mod tests27;
#[cfg(test)]
mod tests28;
#[cfg(test)]
mod tests29;
#[cfg(test)]
mod tests30;
#[cfg(test)]
mod tests31;
#[cfg(test)]
mod tests33;
#[cfg(test)]
mod tests34;
#[cfg(test)]
mod tests35;
#[cfg(test)]
mod tests_lead30;
