//! Page furniture: single lines that are not article text (share prompts, advertisement markers,
//! cookie notices, copyright lines, navigation crumbs, photo credits) and the trailer headings
//! after which nothing is article text any more (comment sections, related and popular posts).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::BoilerplateKind as K;
use crate::Span;

/// The longest line that is normalised and looked up whole (exact furniture, trailers).
const SHORT: usize = 80;

/// A line lower-cased (ASCII), with curly apostrophes made straight, leading counts
/// ("12 Comments") dropped and trailing punctuation and counts ("Comments (3)") cut.
/// Written into `out`, which is cleared first.
fn normal<'b>(s: &str, out: &'b mut String) -> &'b str {
    out.clear();
    if s.is_ascii() {
        // Nothing to replace: lower-cased in place, with no UTF-8 check.
        out.push_str(s);
        out.make_ascii_lowercase();
        return out;
    }
    // Copied by runs between the characters replaced (their UTF-8 starts with 0xE2 or 0xC2:
    // most lines have none or a few), then lower-cased in place: the same string as a push of
    // every character, which cost about 15 instructions a byte (session 36).
    let b = s.as_bytes();
    let mut run = 0;
    for i in memchr::memchr2_iter(0xE2, 0xC2, b) {
        let (len, with) = match b.get(i..).unwrap_or_default() {
            [0xE2, 0x80, 0x98 | 0x99, ..] => (3, '\''),
            [0xC2, 0xA0, ..] => (2, ' '),
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push(with);
        run = i + len;
    }
    out.push_str(&s[run..]);
    out.make_ascii_lowercase();
    out
}

fn core(l: &str) -> &str {
    let l = l.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let l = l.trim_end_matches(|c: char| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(
                c,
                ':' | '.'
                    | '!'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '»'
                    | '›'
                    | '>'
                    | '→'
                    | '|'
                    | '-'
                    | '…'
                    | '*'
            )
    });
    l.trim_start_matches(['#', '|', '-', '»', '›', '•', '*', ' '])
}

const SOCIAL: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "flipboard",
    "telegram",
    "messenger",
    "copy",
    "link",
    "url",
    "save",
    "bluesky",
    "threads",
    "mail",
    "sms",
    "comment",
    "comments",
    "gift",
    "like",
    "follow",
    "on",
    "this",
    "article",
    "story",
    "post",
    "to",
    "via",
    "the",
    "copied",
    "instagram",
    "youtube",
    "tiktok",
    "rss",
    "feed",
    "subscribe",
    "us",
];

const EXACT: &[(&str, K)] = &[
    ("advertisement", K::Advertisement),
    ("advertisements", K::Advertisement),
    ("ad", K::Advertisement),
    ("ads", K::Advertisement),
    ("sponsored", K::Advertisement),
    ("sponsored content", K::Advertisement),
    ("paid content", K::Advertisement),
    ("promoted", K::Advertisement),
    ("ad feedback", K::Advertisement),
    ("skip advertisement", K::Advertisement),
    ("advertise with us", K::Advertisement),
    ("continue reading", K::Advertisement),
    ("continue reading below", K::Advertisement),
    ("story continues below", K::Advertisement),
    ("article continues below", K::Advertisement),
    ("scroll to continue", K::Advertisement),
    ("scroll to continue with content", K::Advertisement),
    ("subscribe", K::Newsletter),
    ("sign up", K::Newsletter),
    ("email address", K::Newsletter),
    ("your email address", K::Newsletter),
    ("enter your email", K::Newsletter),
    ("enter your email address", K::Newsletter),
    ("newsletter", K::Newsletter),
    ("accept", K::Cookie),
    ("accept all", K::Cookie),
    ("reject all", K::Cookie),
    ("accept cookies", K::Cookie),
    ("manage preferences", K::Cookie),
    ("cookie settings", K::Cookie),
    ("accept reject", K::Cookie),
    ("skip to content", K::Navigation),
    ("skip to main content", K::Navigation),
    ("skip to navigation", K::Navigation),
    ("menu", K::Navigation),
    ("main menu", K::Navigation),
    ("open menu", K::Navigation),
    ("close menu", K::Navigation),
    ("toggle navigation", K::Navigation),
    ("navigation", K::Navigation),
    ("search", K::Navigation),
    ("home", K::Navigation),
    ("log in", K::Navigation),
    ("login", K::Navigation),
    ("sign in", K::Navigation),
    ("log out", K::Navigation),
    ("register", K::Navigation),
    ("my account", K::Navigation),
    ("back to top", K::Navigation),
    ("close", K::Navigation),
    ("next", K::Navigation),
    ("previous", K::Navigation),
    ("next article", K::Navigation),
    ("previous article", K::Navigation),
    ("next post", K::Navigation),
    ("previous post", K::Navigation),
    ("you are here", K::Navigation),
    ("table of contents", K::Navigation),
    ("contents", K::Navigation),
    ("hide caption", K::Caption),
    ("toggle caption", K::Caption),
    ("caption", K::Caption),
    ("enlarge this image", K::Caption),
    ("view image", K::Caption),
    ("open image in gallery", K::Caption),
    ("expand", K::Caption),
    ("loading", K::Other),
    ("min read", K::Other),
    ("listen to this article", K::Share),
    ("listen", K::Share),
    ("reply", K::Comments),
    ("read more", K::Related),
    ("see more", K::Related),
    ("read less", K::Other),
    ("show more", K::Other),
    ("show less", K::Other),
    // (session 22: page widgets' labels and states)
    ("show more show less", K::Other),
    ("expand all", K::Other),
    ("collapse all", K::Other),
    ("expand all collapse all", K::Other),
    ("copied", K::Other),
    ("link copied", K::Other),
    ("no items found", K::Other),
    ("print this page", K::Other),
    ("fact checked", K::Other),
    ("on this page", K::Other),
    ("jump to", K::Navigation),
    ("table of contents", K::Navigation),
    // (session 22: calls to try, buy, watch or read elsewhere, a form's hidden field)
    ("start a free trial", K::Other),
    ("try for free", K::Other),
    ("try it for free", K::Other),
    ("try it free", K::Other),
    ("download now", K::Other),
    ("start now", K::Other),
    ("watch now", K::Other),
    ("play now", K::Other),
    ("view deal", K::Other),
    ("see deal", K::Other),
    ("get deal", K::Other),
    ("read the review", K::Other),
    ("read full review", K::Other),
    ("read review", K::Other),
    ("sponsor message", K::Advertisement),
    ("star rating", K::Other),
    ("start course", K::Other),
    ("book a tour", K::Other),
    ("Δ", K::Other),
    ("load more", K::Other),
    ("view all", K::Navigation),
    ("see all", K::Navigation),
    ("learn more", K::Other),
    ("more info", K::Other),
    ("+ more info", K::Other),
    ("book now", K::Advertisement),
    ("buy now", K::Advertisement),
    ("shop now", K::Advertisement),
    ("get started", K::Other),
    ("copy link", K::Share),
    ("previous next", K::Navigation),
    ("reply to comment", K::Comments),
    ("contact us", K::Navigation),
    ("get in touch", K::Other),
    ("first name", K::Other),
    ("last name", K::Other),
    ("full name", K::Other),
    ("your name", K::Other),
    ("name", K::Other),
    ("email", K::Other),
    ("your email", K::Other),
    ("phone", K::Other),
    ("phone number", K::Other),
    ("company", K::Other),
    ("company name", K::Other),
    ("message", K::Other),
    ("your message", K::Other),
    ("submit", K::Other),
    ("send", K::Other),
    ("send message", K::Other),
    ("required", K::Other),
    ("indicates required", K::Other),
    ("* indicates required", K::Other),
    ("leave this field blank", K::Other),
    ("thank you for your feedback", K::Other),
    ("thanks for your feedback", K::Other),
    ("about us", K::Navigation),
    // Buttons and links of a product or a sign-up box, and of the page's foot.
    ("see it", K::Other),
    ("get a demo", K::Other),
    ("request a demo", K::Other),
    ("book a demo", K::Other),
    ("thanks for subscribing", K::Newsletter),
    ("thanks for signing up", K::Newsletter),
    ("open in a new tab", K::Other),
    ("back to blog", K::Navigation),
    ("table of content", K::Navigation),
    ("privacy policy", K::Navigation),
    ("terms of use", K::Navigation),
    ("terms of service", K::Navigation),
    ("terms and conditions", K::Navigation),
    // (session 29: a form's labels and a site builder's buttons; `core` cuts the closing
    // bracket of "Email (Required)")
    ("email (required", K::Other),
    ("play video", K::Other),
    ("get started for free", K::Other),
];

const PREFIX: &[(&str, K)] = &[
    ("advertisement", K::Advertisement),
    ("story continues below", K::Advertisement),
    ("article continues below", K::Advertisement),
    ("share on ", K::Share),
    ("share this", K::Share),
    ("share to ", K::Share),
    ("share via ", K::Share),
    ("follow us", K::Share),
    ("follow me", K::Share),
    ("click to share", K::Share),
    ("sign up for", K::Newsletter),
    ("sign up to", K::Newsletter),
    ("subscribe to ", K::Newsletter),
    ("thanks for reading", K::Newsletter),
    ("subscribe for", K::Newsletter),
    ("subscribe now", K::Newsletter),
    ("get our newsletter", K::Newsletter),
    ("join our newsletter", K::Newsletter),
    ("enter your email", K::Newsletter),
    ("©", K::Copyright),
    ("(c) ", K::Copyright),
    ("copyright ", K::Copyright),
    ("copyright©", K::Copyright),
    ("skip to ", K::Navigation),
    ("skip directly to ", K::Navigation),
    ("jump to ", K::Navigation),
    ("previous article", K::Navigation),
    ("next article", K::Navigation),
    ("previous post", K::Navigation),
    ("next post", K::Navigation),
    ("you are here:", K::Navigation),
    ("photo:", K::Credit),
    ("photos:", K::Credit),
    ("photo by ", K::Credit),
    ("photograph:", K::Credit),
    ("photograph by ", K::Credit),
    ("photo credit", K::Credit),
    ("image:", K::Credit),
    ("image credit", K::Credit),
    ("image by ", K::Credit),
    ("image source:", K::Credit),
    ("credit:", K::Credit),
    ("picture:", K::Credit),
    ("illustration:", K::Credit),
    ("illustration by ", K::Credit),
    ("(photo", K::Credit),
    ("file photo", K::Credit),
    ("read more:", K::Related),
    ("read more »", K::Related),
    ("related:", K::Related),
    ("see also:", K::Related),
    ("also read:", K::Related),
    ("read also:", K::Related),
    ("more:", K::Related),
    ("watch:", K::Related),
    ("click here", K::Related),
    ("loading", K::Other),
    ("reading time:", K::Other),
    ("estimated reading time", K::Other),
    ("this article was originally published", K::Other),
    ("check price", K::Advertisement),
    ("buy on ", K::Advertisement),
    ("view this post on instagram", K::Other),
    ("sorry, something went wrong", K::Other),
    ("there was an error", K::Other),
    ("photo courtesy", K::Credit),
    ("image courtesy", K::Credit),
    ("courtesy of ", K::Credit),
    ("see it at ", K::Advertisement),
    // A post's labels (session 23): "Tags: harbor, ferries", "Filed under: Local news".
    ("tags:", K::Other),
    ("tagged:", K::Other),
    ("filed in:", K::Other),
    ("filed under:", K::Other),
    ("categories:", K::Other),
    // A script's notice to the reader (session 20).
    // A form's stock replies and hidden field, the same on every site that uses the form
    // builder (session 29): the thanks for a submission, the notice that sending failed.
    ("thank you! your submission", K::Other),
    ("oops! something went wrong", K::Other),
    ("this field is for validation", K::Other),
    ("no credit card required", K::Other),
    // (a blog platform's caption button)
    ("press enter or click to view image", K::Caption),
    ("please enable javascript", K::Other),
    ("javascript is disabled", K::Other),
    ("javascript is required", K::Other),
    // (session 33: a page's notice that its scripts are off, in other words)
    ("this website requires javascript", K::Other),
    ("this site requires javascript", K::Other),
    ("this page requires javascript", K::Other),
    ("this slideshow requires javascript", K::Other),
    ("you must have javascript enabled", K::Other),
    ("you need to enable javascript", K::Other),
    ("notice: javascript is required", K::Other),
];

/// The exact-line table, built once. (The prefixes and marks are matched with tables the
/// compiler builds: [`prefix_kind`], [`MARKS_DFA`].)
struct Matchers {
    /// Every line of [`EXACT`], [`WEAK`] and [`STRONG`]: its furniture kind and its trailer, so
    /// that one lookup answers both.
    whole: Table<Whole>,
    /// The longest key of `whole`: a longer line is in no list.
    longest: usize,
}

/// What [`Matchers::whole`] says of a line: its [`EXACT`] kind and its trailer, each if any.
#[derive(Clone, Copy, Default)]
struct Whole {
    kind: Option<K>,
    trailer: Option<Trailer>,
}

/// A table of whole lines. The keys are a fixed list and the lines short, so a plain FNV-1a hash
/// does (`SipHash` cost more than the rest of the lookup).
type Table<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Marks looked for anywhere in a line, by what they signal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Rights,
    Cookie,
    CookieCue,
    Newsletter,
    Credit,
    WeakCredit,
    Social,
    /// A breadcrumb separator ([`SEPS`]): [`is_breadcrumb`] is only asked when there is one.
    Separator,
}

const MARKS: &[(&str, Mark)] = &[
    ("all rights reserved", Mark::Rights),
    ("cookie", Mark::Cookie),
    ("we use", Mark::CookieCue),
    ("accept", Mark::CookieCue),
    ("consent", Mark::CookieCue),
    ("policy", Mark::CookieCue),
    ("browsing", Mark::CookieCue),
    ("settings", Mark::CookieCue),
    ("newsletter", Mark::Newsletter),
    ("inbox", Mark::Newsletter),
    ("getty images", Mark::Credit),
    ("ap photo", Mark::Credit),
    ("afp via getty", Mark::Credit),
    ("reuters/", Mark::WeakCredit),
    ("/reuters", Mark::WeakCredit),
    ("shutterstock", Mark::Credit),
    ("istock", Mark::Credit),
    ("(photo:", Mark::Credit),
    ("(photo by", Mark::Credit),
    ("(image:", Mark::Credit),
    ("(credit:", Mark::Credit),
    ("photo credit:", Mark::Credit),
    ("| photo:", Mark::Credit),
    ("/ap)", Mark::WeakCredit),
    ("share", Mark::Social),
    ("facebook", Mark::Social),
    ("twitter", Mark::Social),
    ("tweet", Mark::Social),
    ("linkedin", Mark::Social),
    ("email", Mark::Social),
    ("follow", Mark::Social),
    ("whatsapp", Mark::Social),
    (" > ", Mark::Separator),
    (" › ", Mark::Separator),
    (" » ", Mark::Separator),
    (" / ", Mark::Separator),
    (" → ", Mark::Separator),
    (" | ", Mark::Separator),
];

fn matchers() -> &'static Matchers {
    static M: OnceLock<Matchers> = OnceLock::new();
    M.get_or_init(|| {
        let weak = WEAK.iter().map(|&(p, kind)| {
            let t = Trailer {
                kind,
                strong: false,
                late: false,
            };
            (p, t)
        });
        let strong = STRONG.iter().map(|&(p, kind)| {
            (
                p,
                Trailer {
                    kind,
                    strong: true,
                    late: false,
                },
            )
        });
        // Later entries win, as in a map collected from each list.
        let mut whole = Table::<Whole>::default();
        for &(p, kind) in EXACT {
            whole.entry(p).or_default().kind = Some(kind);
        }
        for (p, t) in weak.chain(strong) {
            whole.entry(p).or_default().trailer = Some(t);
        }
        let longest = whole.keys().map(|p| p.len()).max().unwrap_or(0);
        Matchers { whole, longest }
    })
}

/// The words a long line must hold (exactly so) to be looked at as a cookie or copyright notice.
const NOTICE_WORDS: [&str; 4] = ["ookie", "OOKIE", "eserved", "ESERVED"];

/// Where the [`NOTICE_WORDS`] stand in a text, found in one pass over the whole text (they are
/// rare: most texts have none) instead of one search per line. The default has none, which is
/// what every line of at most [`FEW_WORDS_BYTES`] bytes may be told (see [`kind_of`]).
#[derive(Default)]
pub(crate) struct NoticeWords {
    /// Byte ranges, sorted by start.
    found: Vec<(usize, usize)>,
}

impl NoticeWords {
    pub(crate) fn find(text: &str) -> NoticeWords {
        static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 4]> = OnceLock::new();
        let finders =
            FINDERS.get_or_init(|| NOTICE_WORDS.map(|w| memchr::memmem::Finder::new(w.as_bytes())));
        let mut found = Vec::new();
        for f in finders {
            let len = f.needle().len();
            found.extend(f.find_iter(text.as_bytes()).map(|i| (i, i + len)));
        }
        found.sort_unstable();
        NoticeWords { found }
    }

    /// One of the words lies inside `span`: the same as searching the span's text for it.
    pub(crate) fn within(&self, span: Span) -> bool {
        let first = self.found.partition_point(|&(start, _)| start < span.start);
        self.found[first..]
            .iter()
            .take_while(|&&(start, _)| start < span.end)
            .any(|&(_, end)| end <= span.end)
    }
}

/// How many of a line's first bytes [`PREFIX_BY_BYTE`] reads.
const PREFIX_HEAD: usize = 4;

/// How many entries [`PREFIX`] holds.
#[cfg(test)]
pub(crate) const PREFIX_COUNT: usize = PREFIX.len();

/// A set of [`PREFIX`] entries, one bit an entry: the list may hold up to 128 (a `u128` costs
/// the lookup nothing more than a `u64` on a 64-bit target: two words and-ed, and the set is
/// empty for most lines).
type PrefixSet = u128;

/// For each of the first [`PREFIX_HEAD`] positions and each byte, the [`PREFIX`] entries that
/// byte may stand there in (as bit sets of indices into [`PREFIX`]): those with that byte
/// there (either case), and those shorter than the position (which say nothing of it); built
/// by the compiler.
static PREFIX_BY_BYTE: [[PrefixSet; 256]; PREFIX_HEAD] = {
    assert!(
        PREFIX.len() <= PrefixSet::BITS as usize,
        "the prefix sets are bit masks of PrefixSet::BITS bits"
    );
    let mut t = [[0 as PrefixSet; 256]; PREFIX_HEAD];
    let mut i = 0;
    while i < PREFIX.len() {
        let p = PREFIX[i].0.as_bytes();
        let mut k = 0;
        while k < PREFIX_HEAD {
            if k < p.len() {
                t[k][p[k].to_ascii_lowercase() as usize] |= 1 << i;
                t[k][p[k].to_ascii_uppercase() as usize] |= 1 << i;
            } else {
                let mut x = 0;
                while x < 256 {
                    t[k][x] |= 1 << i;
                    x += 1;
                }
            }
            k += 1;
        }
        i += 1;
    }
    t
};

/// The kind of the first [`PREFIX`] (in list order) that `s` starts with, ASCII
/// case-insensitive: what an anchored leftmost-first search for them reports. Only the patterns
/// that agree with the line's first four bytes are compared (most lines: none; a line shorter
/// than four bytes reads zeros past its end, which only patterns shorter than that position
/// take, and a longer pattern cannot match such a line anyway).
fn prefix_kind(s: &str) -> Option<K> {
    let b = s.as_bytes();
    let at = |k: usize| usize::from(b.get(k).copied().unwrap_or(0));
    let t = &PREFIX_BY_BYTE;
    let mut set = t[0][at(0)] & t[1][at(1)] & t[2][at(2)] & t[3][at(3)];
    while set != 0 {
        let (p, kind) = PREFIX[set.trailing_zeros() as usize];
        if b.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
        {
            return Some(kind);
        }
        set &= set - 1;
    }
    None
}

/// States of the [`MARKS`] automaton (a trie of the patterns: 251 nodes), rounded up so that a
/// `u8` state id indexes the tables without a bounds check.
const MARK_STATES: usize = 256;
/// Byte classes of the [`MARKS`] automaton: one per byte the patterns hold (37) and one for all
/// other bytes, rounded up to a power of two.
const MARK_CLASSES: usize = 64;

/// An Aho-Corasick DFA of the [`MARKS`] over byte classes, built by the compiler (building it at
/// run time with aho-corasick cost about 2 M instructions per process, as much as the searches
/// of 80 articles). ASCII case-insensitive: upper-case letters fall in the class of their
/// lower-case letter.
struct MarksDfa {
    /// The class of every byte; 0 for bytes in no pattern.
    class: [u8; 256],
    /// The next state by state and class; state 0 is the start.
    next: [[u8; MARK_CLASSES]; MARK_STATES],
    /// The [`Mark`] kinds (bit `1 << kind`) of every pattern that ends at a state, its suffixes'
    /// included.
    found: [u8; MARK_STATES],
}

static MARKS_DFA: MarksDfa = marks_dfa();

#[allow(clippy::cast_possible_truncation)] // checked by the asserts: at most 256 states and 64 classes
const fn marks_dfa() -> MarksDfa {
    let mut class = [0u8; 256];
    let mut classes = 1;
    let mut next = [[0u8; MARK_CLASSES]; MARK_STATES];
    let mut found = [0u8; MARK_STATES];
    // The trie (0 in `next` is "no edge": the start state is nobody's child).
    let mut states = 1;
    let mut p = 0;
    while p < MARKS.len() {
        let bytes = MARKS[p].0.as_bytes();
        let mut s = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            assert!(!b.is_ascii_uppercase(), "marks are lower-case");
            if class[b as usize] == 0 {
                assert!(classes < MARK_CLASSES, "too many byte classes");
                class[b as usize] = classes as u8;
                class[b.to_ascii_uppercase() as usize] = classes as u8;
                classes += 1;
            }
            let c = class[b as usize] as usize;
            if next[s][c] == 0 {
                assert!(states < MARK_STATES, "too many states");
                next[s][c] = states as u8;
                states += 1;
            }
            s = next[s][c] as usize;
            i += 1;
        }
        found[s] |= 1 << MARKS[p].1 as u8;
        p += 1;
    }
    // Failure links in breadth-first order; a missing edge takes the edge of the failure state,
    // whose row is complete (it is shallower), and a state inherits its failure state's marks.
    let mut fail = [0u8; MARK_STATES];
    let mut queue = [0u8; MARK_STATES];
    let (mut head, mut tail) = (0, 0);
    let mut c = 0;
    while c < MARK_CLASSES {
        if next[0][c] != 0 {
            queue[tail] = next[0][c];
            tail += 1;
        }
        c += 1;
    }
    while head < tail {
        let s = queue[head] as usize;
        head += 1;
        let f = fail[s] as usize;
        found[s] |= found[f];
        let mut c = 0;
        while c < MARK_CLASSES {
            let t = next[s][c];
            if t == 0 {
                next[s][c] = next[f][c];
            } else {
                fail[t as usize] = next[f][c];
                queue[tail] = t;
                tail += 1;
            }
            c += 1;
        }
    }
    MarksDfa { class, next, found }
}

/// The [`Mark`] kinds (bit `1 << kind`) of the [`MARKS`] found anywhere in `s`, ASCII
/// case-insensitive, overlaps included: what an overlapping search reports.
///
/// Each byte's step waits for the one before, so a long line is searched as four pieces side
/// by side, which the processor runs at once. Each piece but the last reaches
/// [`MARK_OVERLAP`] bytes into the next, so that every mark lies whole in one piece (one that
/// starts in a piece ends at most that far past it), and a search from the start state finds
/// every mark that starts at or after where it starts: together the pieces find what one
/// search over `s` finds.
fn marks_in(s: &str) -> u8 {
    let b = s.as_bytes();
    if b.len() < 4 * MARK_OVERLAP {
        return marks_run(0, b).1;
    }
    let q = b.len() / 4;
    // The last piece, `3q..`, is the shortest: the others are `q + MARK_OVERLAP` long.
    let side = b.len() - 3 * q;
    let (mut states, mut found) = ([0u8; 4], 0u8);
    let pieces = b[..side]
        .iter()
        .zip(&b[q..q + side])
        .zip(&b[2 * q..2 * q + side])
        .zip(&b[3 * q..]);
    for (((&x0, &x1), &x2), &x3) in pieces {
        for (state, x) in states.iter_mut().zip([x0, x1, x2, x3]) {
            *state = mark_step(*state, x);
            found |= MARKS_DFA.found[usize::from(*state)];
        }
    }
    for (k, &state) in states[..3].iter().enumerate() {
        found |= marks_run(state, &b[k * q + side..(k + 1) * q + MARK_OVERLAP]).1;
    }
    found
}

/// The state after `b` from `state`, and the marks found on the way.
#[inline]
fn marks_run(mut state: u8, b: &[u8]) -> (u8, u8) {
    let mut found = 0;
    for &x in b {
        state = mark_step(state, x);
        found |= MARKS_DFA.found[usize::from(state)];
    }
    (state, found)
}

/// One step of the marks' automaton.
#[inline]
fn mark_step(state: u8, b: u8) -> u8 {
    let dfa = &MARKS_DFA;
    let c = usize::from(dfa.class[usize::from(b)]) % MARK_CLASSES;
    dfa.next[usize::from(state)][c]
}

/// How far each piece of a long line reaches into the next (see [`marks_in`]): the longest
/// mark's length less one.
const MARK_OVERLAP: usize = {
    let mut longest = 0;
    let mut p = 0;
    while p < MARKS.len() {
        if MARKS[p].0.len() > longest {
            longest = MARKS[p].0.len();
        }
        p += 1;
    }
    longest - 1
};

/// The furniture kind and the trailer a line announces, each if any. `notice_words`: the line
/// holds one of the [`NOTICE_WORDS`] ([`NoticeWords::within`]).
/// `scratch`: room for the normalised line, reused from line to line.
pub(crate) fn classify(
    s: &str,
    notice_words: bool,
    scratch: &mut String,
) -> (Option<K>, Option<Trailer>) {
    if s.len() > 700 {
        return (None, None);
    }
    let l = if s.len() <= SHORT {
        normal(s, scratch)
    } else {
        ""
    };
    let c = core(l);
    let m = matchers();
    // (No key is empty: a line longer than `SHORT`, whose `c` is empty, is not looked up.)
    let whole = if !c.is_empty() && c.len() <= m.longest {
        m.whole.get(c).copied().unwrap_or_default()
    } else {
        Whole::default()
    };
    (
        kind_of(s, l, c, whole.kind, notice_words),
        trailer_of(s, c, whole.trailer),
    )
}

/// `classify` with the notice words looked for in the line itself.
#[cfg(test)]
fn classify_line(s: &str) -> (Option<K>, Option<Trailer>) {
    let notice_words = NOTICE_WORDS
        .iter()
        .any(|w| memchr::memmem::find(s.as_bytes(), w.as_bytes()).is_some());
    classify(s, notice_words, &mut String::new())
}

/// `b.is_ascii_whitespace()` without branches, so that loops over bytes vectorise.
#[inline]
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
fn ascii_space(b: u8) -> bool {
    // ' ', and '\t' '\n' '\x0C' '\r' (9..=13 but not 11).
    (b == b' ') | ((b.wrapping_sub(9) < 5) & (b != 0x0B))
}

/// The number of words of `s` split on ASCII white space (`s.split_ascii_whitespace().count()`),
/// counted up to `limit` at most. A word starts at a byte that is not white space after one
/// that is: each byte is classified once and its class carried over to the next byte (the
/// compiler vectorises the loop and shifts the classes by one byte), 48 bytes at a time (a
/// line of 26 words is about 160 bytes long: checking the count every 48 bytes reads little
/// past it), and the count stops after the bytes where it reaches `limit`.
fn ascii_words(s: &str, limit: usize) -> usize {
    let b = s.as_bytes();
    // Before the text: white space.
    let Some(&first) = b.first() else { return 0 };
    let mut n = usize::from(!ascii_space(first));
    let mut space_before = ascii_space(first);
    for chunk in b[1..].chunks(48) {
        let mut starts = 0u8;
        for &y in chunk {
            let space = ascii_space(y);
            starts += u8::from(space_before) & u8::from(!space);
            space_before = space;
        }
        n += usize::from(starts);
        if n >= limit {
            return limit;
        }
    }
    n.min(limit)
}

/// The kind of furniture a single line is, if it is furniture.
#[cfg(test)]
pub(crate) fn line_kind(s: &str) -> Option<K> {
    classify_line(s).0
}

/// The longest line that cannot hold more than 25 words (split on ASCII white space). The
/// notice words change nothing for such a line: its word count is the same whether counted up
/// to 26 or in full, and it skips the test on more than 25 words.
pub(crate) const FEW_WORDS_BYTES: usize = 2 * 25;

/// `l` is `normal(s)` and `c` is `core(l)` when `s` is at most [`SHORT`] bytes long, else empty;
/// `exact`: the [`EXACT`] kind of `c`.
fn kind_of(s: &str, l: &str, c: &str, exact: Option<K>, notice_words: bool) -> Option<K> {
    // Lines of more than 25 words can only be copyright or cookie notices, which hold the notice
    // words: without them, counting can stop there. The words are counted when a rule first
    // asks, so that most short lines, which no rule takes, are never counted.
    let mut counted = None;
    let mut words = || {
        *counted.get_or_insert_with(|| ascii_words(s, if notice_words { usize::MAX } else { 26 }))
    };
    if (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www."))
        && words() == 1
    {
        // A bare address: the page's URL copied with its text.
        return Some(K::Other);
    }
    // A line of `FEW_WORDS_BYTES` bytes or fewer has 25 words at most (each but the last is
    // followed by a white-space byte): it passes the tests on more words without counting.
    let many_possible = s.len() > FEW_WORDS_BYTES;
    if many_possible {
        let n = words();
        if n > 80 || (n > 25 && !notice_words) {
            return None;
        }
    }
    let found = marks_in(s);
    let has = |k: Mark| found & (1 << k as u8) != 0;
    if has(Mark::Rights) && words() <= 40 {
        return Some(K::Copyright);
    }
    // (Past the tests above, a line has 80 words at most.)
    if has(Mark::Cookie) && has(Mark::CookieCue) {
        return Some(K::Cookie);
    }
    if many_possible && words() > 25 {
        return None;
    }
    if s.len() <= SHORT {
        if let Some(k) = exact {
            return Some(k);
        }
        if has(Mark::Social) && words() <= 12 && is_social(l) {
            return Some(K::Share);
        }
        // (a reading time: "4 min read", "3 MIN. READ", "7 minutes read"; session 22 the last three)
        if (c.ends_with("min read")
            || c.ends_with("min. read")
            || c.ends_with("mins read")
            || c.ends_with("minute read")
            || c.ends_with("minutes read"))
            && words() <= 4
        {
            return Some(K::Other);
        }
    }
    if let Some(kind) = prefix_kind(s) {
        return Some(kind);
    }
    if has(Mark::Newsletter) && words() <= 12 && (words() <= 3 || newsletter_call(s)) {
        return Some(K::Newsletter);
    }
    if has(Mark::WeakCredit) && words() <= 8 {
        return Some(K::Credit);
    }
    if has(Mark::Credit) {
        // A credit alone, or a caption carrying its credit.
        let credit_only = words() <= 8 || s.starts_with(['(', '[']);
        return Some(if credit_only { K::Credit } else { K::Caption });
    }
    if s.len() <= 240 && has(Mark::Separator) && is_breadcrumb(s) {
        return Some(K::Navigation);
    }
    None
}

/// A line naming a newsletter or an inbox is a sign-up box only when it calls the reader to act
/// ("Sign up for our newsletter", "Get the best stories delivered to your inbox"): a headline or
/// a sentence about newsletters ("Our club now sends its match reports as a weekly newsletter") is not. Asked
/// only of the rare short lines that hold "newsletter" or "inbox".
fn newsletter_call(s: &str) -> bool {
    const CALLS: [&str; 9] = [
        "subscri",
        "sign up",
        "signup",
        "sign-up",
        "deliver",
        "your inbox",
        "join",
        "get ",
        "enter your",
    ];
    let l = s.to_ascii_lowercase();
    CALLS.iter().any(|c| l.contains(c))
}

/// A row of share buttons: only social-network and sharing words.
fn is_social(l: &str) -> bool {
    let mut any = false;
    let mut strong = false;
    for w in l
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
    {
        if !SOCIAL.contains(&w) {
            return false;
        }
        any = true;
        strong |= matches!(
            w,
            "share"
                | "facebook"
                | "twitter"
                | "tweet"
                | "linkedin"
                | "email"
                | "follow"
                | "whatsapp"
        );
    }
    any && strong
}

/// The separators of a breadcrumb line (all in [`MARKS`] too).
const SEPS: [&str; 6] = [" > ", " › ", " » ", " / ", " → ", " | "];

/// "Home > News > Politics": short parts joined by arrows.
fn is_breadcrumb(s: &str) -> bool {
    let b = s.as_bytes();
    // A separator is a space then `>`, `/`, `|` or a character starting 0xC2 or 0xE2: without
    // two of those, no separator comes twice (counted in a form the compiler vectorises).
    let sep_start =
        |(&x, y): (&u8, &u8)| x == b' ' && matches!(y, b'>' | b'/' | b'|' | 0xC2 | 0xE2);
    if b.iter()
        .zip(&b[1.min(b.len())..])
        .filter(|&p| sep_start(p))
        .count()
        < 2
    {
        return false;
    }
    let mut counts = [0u8; 6];
    for (i, &x) in b.iter().enumerate() {
        if x != b' ' || !matches!(b.get(i + 1), Some(b'>' | b'/' | b'|' | 0xC2 | 0xE2)) {
            continue;
        }
        for (k, sep) in SEPS.iter().enumerate() {
            if b[i..].starts_with(sep.as_bytes()) {
                counts[k] = counts[k].saturating_add(1);
            }
        }
    }
    let Some(k) = counts.iter().position(|&c| c >= 2) else {
        return false;
    };
    s.split(SEPS[k])
        .all(|part| part.split_whitespace().count() <= 6 && !super::lines::ends_terminal(part))
}

/// A trailer heading: after it the page holds comments or other stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Trailer {
    /// Comments or Related.
    pub kind: K,
    /// A strong trailer stops the article outright; a weak one only when little prose follows.
    pub strong: bool,
    /// A weak trailer weighed against all the prose after it (not only up to the next
    /// trailer), which never starts the article after it either: a heading of the site's
    /// other pages in words of its own ([`related_heading`]), which may head a list of the
    /// writer's posts inside an article too.
    pub late: bool,
}

const STRONG: &[(&str, K)] = &[
    ("comments", K::Comments),
    ("comment", K::Comments),
    ("leave a reply", K::Comments),
    ("leave a reply cancel reply", K::Comments),
    ("leave a comment", K::Comments),
    ("post a comment", K::Comments),
    ("add a comment", K::Comments),
    ("add comment", K::Comments),
    ("write a comment", K::Comments),
    ("join the discussion", K::Comments),
    ("join the conversation", K::Comments),
    ("show comments", K::Comments),
    ("view comments", K::Comments),
    ("reader comments", K::Comments),
    ("comments are closed", K::Comments),
    ("responses", K::Comments),
    ("replies", K::Comments),
    ("popular posts from this blog", K::Related),
    ("popular posts", K::Related),
    ("related posts", K::Related),
    ("related articles", K::Related),
    ("related stories", K::Related),
    ("you may also like", K::Related),
    ("you might also like", K::Related),
    ("you may also be interested in", K::Related),
    ("you might be interested in", K::Related),
    ("you may be interested in", K::Related),
    ("be the first to comment", K::Comments),
];

const WEAK: &[(&str, K)] = &[
    ("related", K::Related),
    ("related content", K::Related),
    ("related reading", K::Related),
    ("related coverage", K::Related),
    ("related topics", K::Related),
    ("related news", K::Related),
    ("more from", K::Related),
    ("more stories", K::Related),
    ("more news", K::Related),
    ("more like this", K::Related),
    ("more to explore", K::Related),
    ("more on this story", K::Related),
    ("recommended", K::Related),
    ("recommended for you", K::Related),
    ("recommended stories", K::Related),
    ("read next", K::Related),
    ("up next", K::Related),
    ("what to read next", K::Related),
    ("keep reading", K::Related),
    ("further reading", K::Related),
    ("most popular", K::Related),
    ("most read", K::Related),
    ("most viewed", K::Related),
    ("trending", K::Related),
    ("trending now", K::Related),
    ("latest news", K::Related),
    ("latest stories", K::Related),
    ("latest posts", K::Related),
    ("latest articles", K::Related),
    ("recent posts", K::Related),
    ("similar posts", K::Related),
    ("other articles", K::Related),
    ("explore more", K::Related),
    ("don't miss", K::Related),
    ("tags", K::Other),
    ("filed under", K::Other),
    ("categories", K::Other),
    ("about the author", K::Other),
    ("about the authors", K::Other),
    ("meet the author", K::Other),
    ("written by", K::Other),
    ("author", K::Other),
    ("authors", K::Other),
    ("reviewed by", K::Other),
    ("fact checked by", K::Other),
    ("article sources", K::Other),
    ("citations", K::Other),
    ("footnotes", K::Other),
    ("editorial guidelines", K::Other),
    ("related pages", K::Related),
    ("related links", K::Related),
    ("related guides", K::Related),
    ("related insights", K::Related),
    ("recommended reading", K::Related),
    ("recommended articles", K::Related),
    ("more articles", K::Related),
    ("read more articles", K::Related),
    ("more posts", K::Related),
    ("other posts", K::Related),
    ("popular articles", K::Related),
    ("you might also enjoy", K::Related),
    ("recent articles", K::Related),
    ("recent blogs", K::Related),
    ("latest blogs", K::Related),
    ("related blogs", K::Related),
    ("related reads", K::Related),
    ("related products", K::Related),
    ("recommended products", K::Related),
    ("read this next", K::Related),
    ("latest insights", K::Related),
    ("more videos", K::Related),
    ("from our archives", K::Related),
    ("editor's picks", K::Related),
    ("popular", K::Related),
    ("about the reviewer", K::Other),
    ("the author", K::Other),
    ("rights & permissions", K::Other),
    ("was this page helpful?", K::Other),
    ("was this article helpful?", K::Other),
    ("was this helpful?", K::Other),
    ("full bio", K::Other),
    ("how we reviewed this article", K::Other),
    ("how useful was this post?", K::Other),
    ("how useful was this article?", K::Other),
    ("rate this article", K::Other),
    ("rate this post", K::Other),
    ("meet your guide", K::Other),
    ("meet the writer", K::Other),
    ("meet the testers", K::Other),
    ("more resources", K::Related),
    ("related tags", K::Other),
    ("latest article", K::Related),
    ("keep exploring", K::Related),
    ("you'll also love", K::Related),
    ("you might also love", K::Related),
    ("you may also love", K::Related),
    ("discussion about this post", K::Comments),
    ("want to learn more?", K::Other),
    ("your next read", K::Related),
    ("recommended posts", K::Related),
    ("view all posts", K::Related),
    ("view all articles by this author", K::Related),
    ("view article sources", K::Other),
    ("request information", K::Other),
    ("search for", K::Navigation),
    ("post navigation", K::Navigation),
    ("connect with us", K::Share),
    ("share this story", K::Share),
    ("share this page", K::Share),
    ("share this", K::Share),
    ("share this article", K::Share),
    ("share this post", K::Share),
    ("share", K::Share),
    ("disclaimer", K::Other),
    ("disclaimers", K::Other),
    ("legal disclaimer", K::Other),
    ("disclosure", K::Other),
    ("disclosures", K::Other),
    ("get in touch with us", K::Other),
    ("reach out to us", K::Other),
    ("talk to an expert", K::Other),
    ("schedule a consultation", K::Other),
    ("request a consultation", K::Other),
    ("schedule a free consultation", K::Other),
    ("request a free consultation", K::Other),
    ("request a quote", K::Other),
    ("get a free quote", K::Other),
];

/// The trailer a line announces, if any. Only short lines can be trailers.
#[cfg(test)]
pub(crate) fn trailer(s: &str) -> Option<Trailer> {
    classify_line(s).1
}

/// `c` is `core(normal(s))` when `s` is at most [`SHORT`] bytes long; `whole`: the trailer
/// [`WEAK`] or [`STRONG`] lists for `c`.
fn trailer_of(s: &str, c: &str, whole: Option<Trailer>) -> Option<Trailer> {
    if s.len() > SHORT {
        return None;
    }
    if whole.is_some() {
        return whole;
    }
    // ("4 thoughts on “Harbor Plan”" counts its comments; "Thoughts on Harbor Lamps" with no
    // count is a headline or a standfirst: session 29)
    let counted = s.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if counted && (c.starts_with("thoughts on ") || c.starts_with("responses to "))
        || c.starts_with("leave a reply")
    {
        return Some(Trailer {
            kind: K::Comments,
            strong: true,
            late: false,
        });
    }
    // A reader's feedback box ("Did you find this story helpful?", "Was the post useful?"):
    // the article is over.
    if feedback_question(c) {
        return Some(Trailer {
            kind: K::Other,
            strong: false,
            late: false,
        });
    }
    // "More from …", "More in …", "Also on …"; an author box's link to the author's other
    // posts too: "More by Jane Roe", "View all posts by Jane Roe". (Most lines fail the first
    // five bytes.)
    let related_lead = match c.strip_prefix("more ") {
        Some(rest) => ["from ", "in ", "on ", "by ", "articles by "]
            .iter()
            .any(|p| rest.starts_with(p)),
        None => {
            c.starts_with("also on ")
                || c.starts_with("view all posts by ")
                // (session 23) "Related articles from our blog", "Related posts you may like"
                || ["related articles ", "related posts ", "related stories "]
                    .iter()
                    .any(|p| c.starts_with(p))
        }
    };
    if related_lead && c.split_whitespace().count() <= 6 {
        return Some(Trailer {
            kind: K::Related,
            strong: false,
            late: false,
        });
    }
    if related_heading(s, c) {
        return Some(Trailer {
            kind: K::Related,
            strong: false,
            late: true,
        });
    }
    // An author box's heading with the author's name: "Written by Jane Roe", "Reviewed by
    // Jane Roe", "About the Author Jane Roe" (the lead alone is in [`WEAK`]).
    let author_lead = match c.as_bytes().first() {
        Some(b'w') => c.starts_with("written by "),
        Some(b'r') => c.starts_with("reviewed by "),
        Some(b'a') => c.starts_with("about the author "),
        _ => false,
    };
    if author_lead && c.split_whitespace().count() <= 7 {
        return Some(Trailer {
            kind: K::Other,
            strong: false,
            late: false,
        });
    }
    None
}

/// A heading over a list of the site's other pages in words of its own (session 33): a lead
/// word ("More", "Other", "Related", "Recommended", "Similar", "Further", "Recent", "Popular",
/// "Helpful") and, within the next three words, what the list holds ("articles", "posts",
/// "stories", "reads", "reading", "resources", "blogs", "content", "guides"), in at most eight
/// words: "Other articles you may find interesting", "More Helpful Articles by Harbor Wire:",
/// "Recent posts on blogs I like", "🔥 Recommended Posts". Not a sentence (a closing point or
/// question mark), not an inline link ("Related reading: Ferry fares explained"), not a
/// writer's pointer to posts on one subject inside the article ("More posts related to the
/// harbor") and not a count ("More than 40 stories …"). `s` is the line, `c` its
/// `core(normal(..))`.
fn related_heading(s: &str, c: &str) -> bool {
    // (the first byte of every lead, or of a leading emoji or bullet: most lines stop here)
    let lead_byte = |b: &u8| matches!(b, b'm' | b'o' | b'r' | b's' | b'f' | b'p' | b'h');
    match c.as_bytes().first() {
        Some(b) if lead_byte(b) || *b >= 0x80 => {}
        _ => return false,
    }
    // (past a leading emoji or bullet, not a quotation mark: a quoted line is a sentence)
    let c = c.trim_start_matches(|ch: char| {
        !ch.is_alphanumeric() && !matches!(ch, '"' | '\'' | '\u{201c}' | '\u{2018}')
    });
    if !c.as_bytes().first().is_some_and(lead_byte) {
        return false;
    }
    // (the first word first, matched by length and bytes)
    let mut words = c.split_ascii_whitespace();
    let lead = words.next().is_some_and(|w| {
        matches!(
            w,
            "more"
                | "other"
                | "related"
                | "recommended"
                | "similar"
                | "further"
                | "recent"
                | "popular"
                | "helpful"
        )
    });
    if !lead {
        return false;
    }
    let listed = words.clone().take(3).any(|w| {
        matches!(
            w.trim_end_matches([',', ':']),
            "articles"
                | "article"
                | "posts"
                | "post"
                | "stories"
                | "reads"
                | "reading"
                | "resources"
                | "blogs"
                | "blog"
                | "content"
                | "guides"
                | "guide"
        )
    });
    listed
        && words.count() < 8
        && !s.ends_with(['.', '?'])
        && !c.contains(": ")
        && !c.contains(" related to ")
        && !c.starts_with("more than ")
}

/// A short question asking the reader whether the page helped ("Did you find this story
/// helpful?", "Was the post useful?", "Found this page helpful?"). `c` is the line's
/// `core(normal(..))`.
fn feedback_question(c: &str) -> bool {
    (c.ends_with(" helpful?") || c.ends_with(" useful?"))
        && ["was ", "did you find ", "found ", "is this "]
            .iter()
            .any(|p| c.starts_with(p))
        && c.split_ascii_whitespace().count() <= 7
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(line_kind($input), $want, "{:?}", $input);
            }
        )*};
    }

    t! {
        advertisement: "Advertisement" => Some(K::Advertisement);
        advertisement_caps: "ADVERTISEMENT" => Some(K::Advertisement);
        story_continues: "Story continues below advertisement" => Some(K::Advertisement);
        share_row: "Share on Facebook" => Some(K::Share);
        social_names: "Facebook Twitter LinkedIn Email" => Some(K::Share);
        newsletter: "Sign up for our morning newsletter" => Some(K::Newsletter);
        newsletter_inbox: "The day's top stories, delivered to your inbox" => Some(K::Newsletter);
        newsletter_word_alone: "Our Newsletter" => Some(K::Newsletter);
        newsletter_headline_is_not: "How a Village Choir Started Its Own Weekly Newsletter" => None;
        newsletter_sentence_is_not: "The newsletter reaches four hundred farms each month." => None;
        cookie: "We use cookies to improve your experience. By continuing you accept our cookie policy." => Some(K::Cookie);
        copyright: "© 2025 Coastal Wire. All rights reserved." => Some(K::Copyright);
        copyright_word: "Copyright 2024 The Daily Lantern" => Some(K::Copyright);
        skip: "Skip to main content" => Some(K::Navigation);
        crumbs: "Home > News > Politics" => Some(K::Navigation);
        credit: "Photo: Jane Roe/Coastal Wire" => Some(K::Credit);
        getty: "Jane Roe / Getty Images" => Some(K::Credit);
        caption_with_credit: "Volunteers stack sandbags along the harbor wall on Sunday. (Photo: Jane Roe/Coastal Wire)" => Some(K::Caption);
        read_more: "READ MORE: Council delays vote on harbor plan" => Some(K::Related);
        prose_is_not: "The council voted on Monday to approve the plan." => None;
        agency_dateline_is_not: "DENVER (AP) — Updates on the count for mayor, all times local:" => None;
        agency_poll_is_not: "The Reuters/Ipsos poll showed the mayor ahead by four points." => None;
        agency_credit: "Jane Roe/Reuters" => Some(K::Credit);
        heading_is_not: "Economic Ties at the Forefront" => None;
        share_in_prose_is_not: "Shareholders will vote on the merger next week, the company said." => None;
        cookie_in_prose_is_not: "The bakery sold its last cookie at noon." => None;
        advert_mid_sentence_is_not: "An advertisement for the bank ran in every paper that week, officials said." => None;
        empty: "" => None;
        button: "Learn more" => Some(K::Other);
        contact_button: "Get in touch" => Some(K::Other);
        form_field: "First Name *" => Some(K::Other);
        form_note: "* indicates required" => Some(K::Other);
    }

    /// The first version of [`normal`], a byte at a time.
    fn normal_reference(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i..].starts_with(&[0xE2, 0x80, 0x98]) || b[i..].starts_with(&[0xE2, 0x80, 0x99]) {
                out.push(b'\'');
                i += 3;
            } else if b[i..].starts_with(&[0xC2, 0xA0]) {
                out.push(b' ');
                i += 2;
            } else {
                out.push(b[i].to_ascii_lowercase());
                i += 1;
            }
        }
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn normal_straightens_and_lower_cases() {
        let mut scratch = String::new();
        assert_eq!(
            normal("Don\u{2019}t\u{a0}MISS \u{2018}É\u{2019}", &mut scratch),
            "don't miss 'É'"
        );
        assert_eq!(normal("Read MORE", &mut scratch), "read more");
    }

    proptest::proptest! {
        #[test]
        fn normal_agrees_with_reference(s in "[ -~\u{2018}\u{2019}\u{a0}\u{2026}éÉ]{0,80}") {
            let mut scratch = String::new();
            proptest::prop_assert_eq!(normal(&s, &mut scratch), normal_reference(&s));
        }

        #[test]
        fn marks_in_is_the_overlapping_search(s in "([a-zA-Z /|():]{0,4}(cookie|we use|accept|policy|share|reuters/|/reuters|/ap\\)|\\(photo:|\\(photo by|\\| photo:|photo credit:|ap photo|getty images|afp via getty|all rights reserved|newsletter|email|tweet|twitter)?){0,8}") {
            proptest::prop_assert_eq!(marks_in(&s), marks_searched(&s));
        }

        #[test]
        fn marks_in_is_the_overlapping_search_on_long_lines(s in "([a-zA-Z /|():›»]{0,12}(cookie|we use|accept|policy|share|reuters/|/reuters|/ap\\)|\\(photo:|\\(photo by|\\| photo:|photo credit:|ap photo|getty images|afp via getty|all rights reserved|newsletter|email|tweet|twitter| › | » )?){4,24}") {
            proptest::prop_assert_eq!(marks_in(&s), marks_searched(&s));
        }

        #[test]
        fn marks_in_is_the_overlapping_search_on_any_text(s in "\\PC{0,80}") {
            proptest::prop_assert_eq!(marks_in(&s), marks_searched(&s));
        }

        #[test]
        fn prefix_kind_is_the_anchored_search(s in "((?i)(share|sign up|subscribe|photo|image|copyright|read|skip|\\(c\\)|\\(photo|©|more|loading|click|you are) ?(on|to|by|this|for|here|:|»|the|our)? ?){0,3}[a-z ]{0,6}") {
            proptest::prop_assert_eq!(prefix_kind(&s), prefix_searched(&s));
        }

        #[test]
        fn prefix_kind_is_the_anchored_search_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(prefix_kind(&s), prefix_searched(&s));
        }

        #[test]
        fn ascii_words_is_split_ascii_whitespace(s in "[a \t\n\r\u{b}\u{c}\u{a0}é\u{1c}-\u{1f}\u{85}]{0,300}", limit in 1usize..90) {
            let want = s.split_ascii_whitespace().count();
            proptest::prop_assert_eq!(ascii_words(&s, usize::MAX), want);
            proptest::prop_assert_eq!(ascii_words(&s, limit), want.min(limit));
        }

        #[test]
        fn notice_words_within_is_a_search_of_the_span(
            text in "([a-zA-Z \n]{0,5}(ookie|OOKIE|eserved|ESERVED|ookIE|eserve)?){0,10}",
            a in 0usize..80,
            b in 0usize..80,
        ) {
            let (a, b) = (a.min(text.len()), b.min(text.len()));
            let span = Span::new(a.min(b), a.max(b));
            let line = span.as_str(&text);
            let want = NOTICE_WORDS
                .iter()
                .any(|w| memchr::memmem::find(line.as_bytes(), w.as_bytes()).is_some());
            proptest::prop_assert_eq!(NoticeWords::find(&text).within(span), want);
        }
    }

    /// The [`MARKS`] kinds in `s` by aho-corasick's overlapping search (the first implementation).
    fn marks_searched(s: &str) -> u8 {
        use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
        static SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
        let searcher = SEARCH.get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(MARKS.iter().map(|(p, _)| *p))
                .unwrap()
        });
        let mut want = 0;
        for hit in searcher.find_overlapping_iter(s) {
            want |= 1 << MARKS[hit.pattern().as_usize()].1 as u8;
        }
        want
    }

    /// The [`PREFIX`] kind `s` starts with by aho-corasick's anchored leftmost-first search (the
    /// first implementation).
    fn prefix_searched(s: &str) -> Option<K> {
        use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
        static SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
        let searcher = SEARCH.get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Anchored)
                .build(PREFIX.iter().map(|(p, _)| *p))
                .unwrap()
        });
        let hit = searcher.find(Input::new(s).anchored(Anchored::Yes))?;
        Some(PREFIX[hit.pattern().as_usize()].1)
    }

    #[test]
    fn every_breadcrumb_separator_is_a_mark() {
        // `kind_of` asks `is_breadcrumb` only when the marks hold a separator: it needs one.
        for sep in SEPS {
            assert!(MARKS.contains(&(sep, Mark::Separator)), "{sep:?}");
            assert!(!is_breadcrumb(&format!("Home{sep}News")));
            assert!(is_breadcrumb(&format!("Home{sep}News{sep}Politics")));
        }
        let separators = MARKS.iter().filter(|(_, m)| *m == Mark::Separator).count();
        assert_eq!(separators, SEPS.len());
    }

    proptest::proptest! {
        #[test]
        fn a_breadcrumb_has_a_separator_mark(s in "([A-Za-z]{0,6}( |>|/|\\||›|»|→|-){0,3}){0,8}") {
            if is_breadcrumb(&s) {
                proptest::prop_assert_ne!(marks_in(&s) & (1 << Mark::Separator as u8), 0);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn few_bytes_hold_few_words(s in "[a \t\n\r\u{b}\u{c}]{0,50}") {
            proptest::prop_assert!(s.len() <= FEW_WORDS_BYTES);
            proptest::prop_assert!(s.split_ascii_whitespace().count() <= 25);
        }
    }

    #[test]
    fn one_table_answers_as_the_lists() {
        let m = matchers();
        let exact: HashMap<_, _> = EXACT.iter().copied().collect();
        let trailers: HashMap<_, _> = WEAK
            .iter()
            .map(|&(p, kind)| {
                (
                    p,
                    Trailer {
                        kind,
                        strong: false,
                        late: false,
                    },
                )
            })
            .chain(STRONG.iter().map(|&(p, kind)| {
                (
                    p,
                    Trailer {
                        kind,
                        strong: true,
                        late: false,
                    },
                )
            }))
            .collect();
        for &p in exact.keys().chain(trailers.keys()) {
            let whole = m.whole[p];
            assert_eq!(whole.kind, exact.get(p).copied(), "{p:?}");
            assert_eq!(whole.trailer, trailers.get(p).copied(), "{p:?}");
            assert!(p.len() <= m.longest);
        }
        assert_eq!(
            m.whole.len(),
            exact
                .keys()
                .chain(trailers.keys())
                .collect::<std::collections::HashSet<_>>()
                .len()
        );
    }

    #[test]
    fn ascii_space_is_ascii_whitespace() {
        for b in 0..=255u8 {
            assert_eq!(ascii_space(b), b.is_ascii_whitespace(), "{b:#x}");
        }
    }

    #[test]
    fn marks_are_found_at_every_place_of_a_long_line() {
        for &(p, kind) in MARKS {
            for len in [4 * MARK_OVERLAP, 4 * MARK_OVERLAP + 3, 150] {
                for at in 0..=len {
                    let text = format!("{}{p}{}", "x".repeat(at), "y".repeat(len - at));
                    assert_ne!(marks_in(&text) & (1 << kind as u8), 0, "{text:?}");
                    assert_eq!(marks_in(&text), marks_searched(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn every_mark_and_prefix_is_found() {
        for &(p, kind) in MARKS {
            for text in [p.to_string(), p.to_ascii_uppercase(), format!("xx {p} yy")] {
                assert_ne!(marks_in(&text) & (1 << kind as u8), 0, "{text:?}");
                assert_eq!(marks_in(&text), marks_searched(&text), "{text:?}");
            }
        }
        for &(p, _) in PREFIX {
            for text in [
                p.to_string(),
                p.to_ascii_uppercase(),
                format!("{p}xyz"),
                format!(" {p}"),
            ] {
                assert_eq!(prefix_kind(&text), prefix_searched(&text), "{text:?}");
            }
        }
    }

    macro_rules! tr {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(trailer($input).map(|t| (t.kind, t.strong)), $want, "{:?}", $input);
            }
        )*};
    }

    tr! {
        comments: "Comments" => Some((K::Comments, true));
        counted_comments: "12 Comments" => Some((K::Comments, true));
        first_to_comment: "Be the first to comment" => Some((K::Comments, true));
        may_be_interested: "You may be interested in" => Some((K::Related, true));
        related_products: "Related Products" => Some((K::Related, false));
        read_this_next: "Read This Next" => Some((K::Related, false));
        recent_articles: "Recent Articles" => Some((K::Related, false));
        about_the_reviewer: "About the Reviewer" => Some((K::Other, false));
        page_helpful: "Was this page helpful?" => Some((K::Other, false));
        comments_count: "Comments (3)" => Some((K::Comments, true));
        leave_reply: "Leave a Reply Cancel reply" => Some((K::Comments, true));
        thoughts: "4 thoughts on “Harbor Plan”" => Some((K::Comments, true));
        popular: "Popular posts from this blog" => Some((K::Related, true));
        related_weak: "Related" => Some((K::Related, false));
        more_from: "More from Coastal Wire" => Some((K::Related, false));
        more_by_an_author: "More by Jane Roe" => Some((K::Related, false));
        more_articles_by_an_author: "More articles by Jane Roe" => Some((K::Related, false));
        all_posts_by_an_author: "View all posts by Jane Roe" => Some((K::Related, false));
        a_sentence_about_posts_is_not: "We view all posts by new members before they appear." => None;
        curly_apostrophe: "Don’t miss" => Some((K::Related, false));
        author_box: "Written by" => Some((K::Other, false));
        author_bio_link: "Full bio" => Some((K::Other, false));
        review_method: "How we reviewed this article:" => Some((K::Other, false));
        author_box_with_name: "Written by Jane Roe" => Some((K::Other, false));
        reviewer_box_with_name: "Reviewed by Jane Roe, MD" => Some((K::Other, false));
        about_the_author_with_name: "About the Author Jane Roe" => Some((K::Other, false));
        a_sentence_written_by_is_not: "Written by a retired teacher, the letter asked the council to wait until the spring." => None;
        reading_list: "Recommended reading" => Some((K::Related, false));
        post_navigation: "Post navigation" => Some((K::Navigation, false));
        prose: "Comments from residents filled three hours of the meeting." => None;
        heading: "Economic Ties at the Forefront" => None;
    }
}

#[cfg(test)]
#[path = "furniture_speed36.rs"]
mod speed36;
