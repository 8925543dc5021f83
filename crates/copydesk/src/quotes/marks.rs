//! Quotation marks and the spans they enclose.
//!
//! One left-to-right pass over each paragraph classifies every quotation mark (curly, straight,
//! guillemet, TeX-style doubled backticks and apostrophes) as opening, closing or either, and pairs
//! them. Single quotes are never marks at the top level, so apostrophes (`Jones’`, `’90s`,
//! `rock ’n’ roll`) cannot open or close anything; inside a double quote they are its words.
//! A quote left open at a paragraph's end continues only when the next paragraph opens with a
//! mark (the multi-paragraph convention); otherwise it is kept only when it opened its paragraph,
//! and a stray mark costs at most the quote it touches. Linear in the text.

use crate::Span;

/// One piece of a quotation: the words between an opening mark and its closing mark (or the
/// paragraph's end, for a quote running on into the next paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Index of the paragraph (in the list given to [`find`]).
    pub para: usize,
    /// From the opening mark to the closing mark included.
    pub outer: Span,
    /// The quoted words, marks excluded, trimmed.
    pub inner: Span,
    /// Whether a closing mark ended the piece.
    pub closed: bool,
}

/// The quotations as the marks give them (one piece each, or several for a quote over several
/// paragraphs), in one list of pieces rather than a vector per quotation.
#[derive(Debug, Default)]
pub(crate) struct Quotations {
    /// The pieces of every quotation, quotation after quotation.
    pieces: Vec<Piece>,
    /// Quotation `q`'s pieces are `pieces[ends[q - 1]..ends[q]]` (from 0 for the first).
    ends: Vec<usize>,
    /// An emptied `Open::done`, kept for the next quote so that it needs no allocation.
    spare: Vec<Piece>,
}

impl Quotations {
    /// How many quotations.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The pieces of quotation `q`, never empty.
    pub(crate) fn pieces(&self, q: usize) -> &[Piece] {
        let start = if q == 0 { 0 } else { self.ends[q - 1] };
        &self.pieces[start..self.ends[q]]
    }

    /// Adds a quotation of the pieces `done` (not empty), keeping the vector for the next one.
    fn push(&mut self, mut done: Vec<Piece>) {
        self.pieces.append(&mut done);
        self.ends.push(self.pieces.len());
        self.spare = done;
    }

    /// No quotations yet, with room for those of a text of `bytes` bytes, at one in 512 bytes
    /// (news has about one in 500): grown from empty, the vectors cost more in copies than the
    /// pairing itself.
    fn with_room(bytes: usize) -> Self {
        let quotes = bytes / 512 + 8;
        Quotations {
            pieces: Vec::with_capacity(quotes),
            ends: Vec::with_capacity(quotes),
            spare: Vec::new(),
        }
    }

    /// An empty vector for the pieces of a new quote.
    fn new_done(&mut self) -> Vec<Piece> {
        std::mem::take(&mut self.spare)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Curly,
    Straight,
    Guillemet,
    Tex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
    can_open: bool,
    can_close: bool,
}

impl Mark {
    fn opens(&self) -> bool {
        match self.role {
            Role::Open => true,
            Role::Close => false,
            Role::Either => self.can_open || !self.can_close,
        }
    }
    fn closes(&self) -> bool {
        match self.role {
            Role::Open => false,
            Role::Close => true,
            Role::Either => self.can_close || !self.can_open,
        }
    }
}

fn opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/:".contains(c),
    }
}

fn closing_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || ",.;:!?)]}—–-…\"”’".contains(c),
    }
}

/// The quotation marks of `text[para]`, in order, into `out` (cleared first; one buffer serves
/// every paragraph).
///
/// A byte scan: only the bytes that can start a mark (`"`, `` ` ``, `'` and the lead bytes of
/// `“ ” „ ‟ « »`) are looked at; the character before a mark is decoded backwards when needed.
/// `leads` finds those bytes in the whole text (asked from `para.start` on, never backwards),
/// so that the searches go on from one paragraph to the next instead of starting again in each.
fn marks_into(text: &str, para: Span, leads: &mut Leads<'_>, out: &mut Vec<Mark>) {
    let s = para.as_str(text);
    let b = s.as_bytes();
    out.clear();
    // Where the last mark ended and the character it stands as for the next mark's context
    // (a TeX mark stands as an apostrophe).
    let mut after_mark: Option<(usize, char)> = None;
    let mut i = 0;
    loop {
        // (a lead past the paragraph's end is none of its own)
        i = leads.next(para.start + i).min(para.end) - para.start;
        if i >= b.len() {
            break;
        }
        let x = b[i];
        let (family, role, len) = match (x, b.get(i + 1), b.get(i + 2)) {
            (b'"', _, _) => (Family::Straight, Role::Either, 1),
            (b'`', Some(b'`'), _) => (Family::Tex, Role::Open, 2),
            // `'old-school,''' said`: after a word or punctuation, three apostrophes are an
            // inner quote's close and then the outer one's; the last two are the mark
            (b'\'', Some(b'\''), Some(b'\'')) if !opening_context(s[..i].chars().next_back()) => {
                i += 1;
                continue;
            }
            (b'\'', Some(b'\''), _) => (Family::Tex, Role::Either, 2),
            // “ „ ‟ and ”
            (0xE2, Some(0x80), Some(0x9C | 0x9E | 0x9F)) => (Family::Curly, Role::Open, 3),
            (0xE2, Some(0x80), Some(0x9D)) => (Family::Curly, Role::Close, 3),
            // « and »
            (0xC2, Some(0xAB), _) => (Family::Guillemet, Role::Open, 2),
            (0xC2, Some(0xBB), _) => (Family::Guillemet, Role::Close, 2),
            _ => {
                i += 1;
                continue;
            }
        };
        let prev = match after_mark {
            Some((end, c)) if end == i => Some(c),
            _ => s[..i].chars().next_back(),
        };
        let start = para.start + i;
        let next = s[i + len..].chars().next();
        let can_open = opening_context(prev) && !next.is_none_or(char::is_whitespace);
        let can_close = !opening_context(prev) && closing_context(next);
        out.push(Mark {
            span: Span::new(start, start + len),
            family,
            role,
            can_open,
            can_close,
        });
        let stands_as = if family == Family::Tex {
            '\''
        } else {
            s[i..].chars().next().unwrap_or('"')
        };
        after_mark = Some((i + len, stands_as));
        i += len;
    }
}

/// The bytes of a text that can begin a quotation mark, found left to
/// right by two `memchr` searches (`"`, `'` and the lead byte of `“ ” „ ‟`; `` ` `` and the lead
/// byte of `« »`), each hit remembered until the scan passes it, so every byte is searched at
/// most once by each.
struct Leads<'a> {
    b: &'a [u8],
    /// The next hit of each search at or after the last position asked, once known.
    three: Option<usize>,
    two: Option<usize>,
}

impl<'a> Leads<'a> {
    fn new(b: &'a [u8]) -> Self {
        Leads {
            b,
            three: None,
            two: None,
        }
    }

    /// The first index from `i` on where a mark can begin, or `b.len()`. The positions asked
    /// must not go backwards.
    fn next(&mut self, i: usize) -> usize {
        let len = self.b.len();
        if i >= len {
            return len;
        }
        let three = match self.three {
            Some(p) if p >= i => p,
            _ => memchr::memchr3(b'"', b'\'', 0xE2, &self.b[i..]).map_or(len, |k| i + k),
        };
        let two = match self.two {
            Some(p) if p >= i => p,
            _ => memchr::memchr2(b'`', 0xC2, &self.b[i..]).map_or(len, |k| i + k),
        };
        self.three = Some(three);
        self.two = Some(two);
        three.min(two)
    }
}

/// Bytes that can begin a quotation mark (what [`Leads`] searches for).
#[cfg(test)]
static MARK_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'`' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t
};

struct Open {
    mark: Mark,
    /// Pieces already finished in earlier paragraphs (multi-paragraph quote).
    done: Vec<Piece>,
    /// Whether the quote's first mark opened its paragraph.
    at_para_start: bool,
    nested: u32,
    /// Marks of another family seen inside.
    saw_other: u32,
}

fn piece(
    text: &str,
    para: usize,
    open: Span,
    close_start: usize,
    close_end: usize,
    closed: bool,
) -> Option<Piece> {
    let inner = Span::new(open.end, close_start).trim(text);
    if inner.is_empty() {
        return None;
    }
    Some(Piece {
        para,
        outer: Span::new(open.start, close_end),
        inner,
        closed,
    })
}

fn pair(
    text: &str,
    pi: usize,
    lead: usize,
    ms: &[Mark],
    mut state: Option<Open>,
    out: &mut Quotations,
) -> Option<Open> {
    for &m in ms {
        match state.as_mut() {
            None => {
                // `”` typed as an opening mark: at a word's start, nothing open.
                let reversed = m.role == Role::Close && m.can_open && !m.can_close;
                if m.opens() || reversed {
                    state = Some(Open {
                        mark: m,
                        done: out.new_done(),
                        at_para_start: m.span.start == lead,
                        nested: 0,
                        saw_other: 0,
                    });
                }
            }
            // `“We won," she said. "Again.”`: curly and straight marks mixed in one text. A
            // mark of the other of the two that can only close, with no quote open inside,
            // closes the quote.
            Some(open)
                if open.nested == 0
                    && matches!(
                        (open.mark.family, m.family),
                        (Family::Curly, Family::Straight) | (Family::Straight, Family::Curly)
                    )
                    && m.role != Role::Open
                    && m.can_close
                    && !m.can_open =>
            {
                let mut o = state.take().expect("state is Some here");
                if let Some(p) = piece(text, pi, o.mark.span, m.span.start, m.span.end, true) {
                    o.done.push(p);
                }
                if !o.done.is_empty() {
                    out.push(o.done);
                }
            }
            Some(open) if m.family != open.mark.family => {
                // A mark of another family inside a quote is a quote within the quote.
                open.saw_other += 1;
                if m.role == Role::Open || (m.role == Role::Either && m.can_open && !m.can_close) {
                    open.nested += 1;
                } else if m.closes() && open.nested > 0 {
                    open.nested -= 1;
                }
            }
            Some(open) => {
                // `“It is unusual,“ said …`: an opening mark typed where only a close fits
                // (after the words, before a space) closes.
                if m.closes() || (m.can_close && !m.can_open) {
                    let mut o = state.take().expect("state is Some here");
                    if let Some(p) = piece(text, pi, o.mark.span, m.span.start, m.span.end, true) {
                        o.done.push(p);
                    }
                    if !o.done.is_empty() {
                        out.push(o.done);
                    }
                } else {
                    // A second opening mark: the first was never closed. Drop it, start over.
                    open.done.clear();
                    *open = Open {
                        mark: m,
                        done: std::mem::take(&mut open.done),
                        at_para_start: false,
                        nested: 0,
                        saw_other: 0,
                    };
                }
            }
        }
    }
    state
}

/// The open quote at a paragraph's end becomes a pending piece.
fn finish(text: &str, pi: usize, para: Span, state: Option<Open>) -> Option<Open> {
    let mut o = state?;
    if let Some(p) = piece(text, pi, o.mark.span, para.end, para.end, false) {
        o.done.push(p);
    }
    Some(o)
}

/// An unclosed piece holding `…, Name said` or `…, he said`: the closing mark was forgotten
/// before the attribution. The piece is cut before the comma.
fn repair(text: &str, p: Piece) -> Option<Piece> {
    let s = p.inner.as_str(text);
    let mut from = 0;
    while let Some(k) = s[from..].find(", ") {
        let at = from + k;
        let rest = &s[at + 2..];
        let mut words = rest.split_whitespace();
        let mut ok = false;
        for (n, w) in words.by_ref().take(5).enumerate() {
            let w = w.trim_end_matches(['.', ',']);
            let lower = w.to_lowercase();
            if n > 0
                && super::cues::verb(&lower)
                    .is_some_and(|(f, _)| f != super::cues::Form::Participle)
            {
                ok = true;
                break;
            }
            let named = w.chars().next().is_some_and(char::is_uppercase)
                || matches!(lower.as_str(), "he" | "she" | "they");
            if !named {
                break;
            }
        }
        if ok && at > 0 {
            let inner = Span::new(p.inner.start, p.inner.start + at + 1).trim(text);
            return Some(Piece {
                inner,
                outer: Span::new(p.outer.start, inner.end),
                closed: true,
                ..p
            });
        }
        from = at + 2;
    }
    None
}

/// Whether the last piece ends like a finished statement (a paragraph of quoted speech does).
fn ends_statement(text: &str, done: &[Piece]) -> bool {
    done.last().is_some_and(|p| {
        p.inner
            .as_str(text)
            .trim_end_matches(['”', '’', '"', '\'', ')'])
            .ends_with(['.', '!', '?', '…', ':', '—', '-', ';'])
    })
}

fn first_non_space(text: &str, para: Span) -> usize {
    let s = para.as_str(text);
    para.start + (s.len() - s.trim_start().len())
}

/// Pair the marks of every paragraph of `paras` (byte spans of `text`, in order).
pub(crate) fn find(text: &str, paras: &[Span]) -> Quotations {
    let mut out = Quotations::with_room(text.len());
    let mut pending: Option<Open> = None;
    let mut ms: Vec<Mark> = Vec::new();
    let mut leads = Leads::new(text.as_bytes());
    let mut read_to = 0;
    for (pi, &para) in paras.iter().enumerate() {
        // (paragraphs come in text order; one that does not is searched afresh)
        if para.start < read_to {
            leads = Leads::new(text.as_bytes());
        }
        read_to = para.end;
        marks_into(text, para, &mut leads, &mut ms);
        let lead = first_non_space(text, para);
        let mut state: Option<Open> = None;
        // The marks left to pair: all, or all but the first when it carries the pending quote on.
        let mut from = 0;
        // A quote left open in the previous paragraph goes on when this one opens with a mark,
        // unless its closing mark was forgotten before an attribution ("…, Dale Torres said").
        if let Some(mut p) = pending.take() {
            if let Some(fixed) = p.done.last().and_then(|last| repair(text, *last)) {
                if let Some(last) = p.done.last_mut() {
                    *last = fixed;
                }
                out.push(p.done);
                let state = pair(text, pi, lead, &ms, None, &mut out);
                pending = finish(text, pi, para, state);
                continue;
            }
            match ms.first() {
                Some(&m)
                    if m.span.start == lead
                        && m.opens()
                        && m.family == p.mark.family
                        && ends_statement(text, &p.done) =>
                {
                    from = 1;
                    state = Some(Open {
                        mark: m,
                        done: p.done,
                        at_para_start: p.at_para_start,
                        nested: 0,
                        saw_other: 0,
                    });
                }
                _ => {
                    if p.at_para_start && !p.done.is_empty() {
                        out.push(p.done);
                    }
                }
            }
        }
        let rest = &ms[from..];
        let first_open = state.is_none();
        state = pair(text, pi, lead, rest, state, &mut out);
        // A stray mark opening the paragraph, never closed, with whole quotations of another
        // family inside: the mark is stray, the inner quotations are the quotes.
        if let Some(o) = &state {
            if first_open
                && o.done.is_empty()
                && o.saw_other > 0
                && o.mark.span.start == lead
                && rest.first().is_some_and(|m| m.span == o.mark.span)
            {
                state = pair(text, pi, usize::MAX, &rest[1..], None, &mut out);
            }
        }
        pending = finish(text, pi, para, state);
    }
    if let Some(mut p) = pending {
        if let Some(fixed) = p.done.last().and_then(|last| repair(text, *last)) {
            if let Some(last) = p.done.last_mut() {
                *last = fixed;
            }
            out.push(p.done);
        } else if p.at_para_start && !p.done.is_empty() {
            out.push(p.done);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            out.push(Span::new(start, start + part.len()).trim(text));
            start += part.len() + 2;
        }
        out
    }

    fn quotes(text: &str) -> Vec<Vec<&str>> {
        let found = find(text, &paras(text));
        (0..found.len())
            .map(|q| {
                found
                    .pieces(q)
                    .iter()
                    .map(|p| p.inner.as_str(text))
                    .collect()
            })
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $text:expr => [$([$($piece:expr),*]),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<Vec<&str>> = vec![$(vec![$($piece),*]),*];
                assert_eq!(quotes($text), want);
            }
        )*};
    }

    t! {
        curly: "He said “yes” and “no.”" => [["yes"], ["no."]];
        straight: "\"We won,\" she said. \"Again.\"" => [["We won,"], ["Again."]];
        guillemets: "« Bonjour », dit-il." => [["Bonjour"]];
        tex: "``Fine,'' he said." => [["Fine,"]];
        doubled_apostrophes: "''Fine,'' he said. ''Really.''" => [["Fine,"], ["Really."]];
        reversed_curly_open: "”Odd marks,” he said." => [["Odd marks,"]];
        other_family_does_not_continue: "\"Not closed\n\n“Closed,” she said." => [["Not closed"], ["Closed,"]];
        inner_single: "“He told me ‘no’ twice,” she said." => [["He told me ‘no’ twice,"]];
        apostrophes: "Jones’ band played rock ’n’ roll in the ’90s. “Loud,” he said." => [["Loud,"]];
        straight_apostrophe: "It's Jones' turn, \"finally,\" he said." => [["finally,"]];
        inner_other_family: "\"She said “stop” at once,\" he said." => [["She said “stop” at once,"]];
        inch_mark: "He is 6'2\" tall. \"Tall,\" she said." => [["Tall,"]];
        multi_paragraph: "“One.\n\n“Two.\n\n“Three,” he said." => [["One.", "Two.", "Three,"]];
        unclosed_at_end: "“We are open\n\nNext paragraph." => [["We are open"]];
        unclosed_mid_paragraph_dropped: "He said “we are\n\nNext “ok” here." => [["ok"]];
        stray_second_open: "“One “Two,” he said." => [["Two,"]];
        forgotten_close: "\"No generator, Dale Torres said as he left.\n\n\"Next,\" he added." => [["No generator,"], ["Next,"]];
        stray_outer: "\"Trump came on stage, chanting “U-S-A!”\n\nNext." => [["U-S-A!"]];
        stray_close: "Nothing” here “but this”." => [["but this"]];
        empty_quote: "An “” empty." => [];
        // Regressions (session 13): marks of two families in one quotation, an opening mark
        // typed as a close, three apostrophes closing an inner and an outer quote.
        curly_closed_by_straight: "“We won,\" she said. \"Again.”" => [["We won,"], ["Again."]];
        straight_closed_by_curly: "\"We won” she said." => [["We won"]];
        curly_inside_straight_still_nested: "\"She said “stop” at once,\" he said." => [["She said “stop” at once,"]];
        straight_inside_curly_still_nested: "“He called it \"fake,\" then left,” she said." => [["He called it \"fake,\" then left,"]];
        opening_mark_as_close: "“It is odd,“ said Ann Roe. “Very.”" => [["It is odd,"], ["Very."]];
        three_apostrophes_close: "''I call it 'old-school,''' said Ann Roe. ''Fine.''" => [["I call it 'old-school,'"], ["Fine."]];
        three_apostrophes_open: "He replied: '''Quiz Bowl,' of course.''" => [["'Quiz Bowl,' of course."]];
    }

    proptest::proptest! {
        /// The two remembered searches stop exactly where a byte-by-byte scan does, whatever
        /// the steps forward.
        #[test]
        fn leads_are_the_lead_bytes(
            text in "[a-z \"'`“”«»’é—\u{a0}-]{0,40}",
            steps in proptest::collection::vec(0usize..6, 0..40),
        ) {
            let b = text.as_bytes();
            let mut leads = Leads::new(b);
            let mut i = 0;
            for step in steps {
                let want = (i..b.len())
                    .find(|&k| MARK_LEAD[usize::from(b[k])])
                    .unwrap_or(b.len());
                let got = leads.next(i);
                proptest::prop_assert_eq!(got, want);
                i = got.min(i + step) + step % 2;
            }
        }
    }

    proptest::proptest! {
        /// One search over the whole text, asked paragraph after paragraph (or afresh for a
        /// paragraph out of order), finds each paragraph's marks as a search of it alone does.
        #[test]
        fn marks_with_one_search_are_each_paragraphs(
            text in "[a-z \"'`“”«»’é—\n-]{0,60}",
            reversed in proptest::bool::ANY,
        ) {
            let mut paras: Vec<Span> = Vec::new();
            let mut start = 0;
            for (k, _) in text.match_indices('\n').chain([(text.len(), "")]) {
                paras.push(Span::new(start, k));
                start = (k + 1).min(text.len());
            }
            if reversed {
                paras.reverse();
            }
            let mut leads = Leads::new(text.as_bytes());
            let mut read_to = 0;
            let (mut shared, mut alone) = (Vec::new(), Vec::new());
            for &para in &paras {
                if para.start < read_to {
                    leads = Leads::new(text.as_bytes());
                }
                read_to = para.end;
                marks_into(&text, para, &mut leads, &mut shared);
                marks_into(&text, para, &mut Leads::new(text.as_bytes()), &mut alone);
                proptest::prop_assert_eq!(format!("{shared:?}"), format!("{alone:?}"));
            }
        }
    }

    #[test]
    fn many_unclosed_marks_are_linear_and_safe() {
        let text = "“".repeat(100_000);
        let q = find(&text, &[Span::new(0, text.len())]);
        assert_eq!(q.len(), 0);
        let text = "\"a ".repeat(100_000);
        let q = find(&text, &[Span::new(0, text.len())]);
        assert!(q.len() <= 50_001);
    }
}
