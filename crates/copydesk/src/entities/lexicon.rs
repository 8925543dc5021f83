//! Word lists and gazetteers: the compact files in `data/` compiled into the library, and the
//! hand-written closed classes (titles, organisation heads, function words) that the rules use.
//!
//! The build script (`build.rs`) lays the files out as static tables: the gazetteer entries, a
//! trie of their names and hash tables of words, so a process builds nothing at start-up (building
//! them at run time cost 47 M instructions, an aho-corasick automaton of the 5,604 names most of
//! it). The tests below check the tables against the files read as they used to be at run time.

mod table_hash;
mod word_lists;

use crate::article::Label;
pub(crate) use word_lists::class;

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GazEntry {
    pub name: &'static str,
    pub label: Label,
    /// The name of the thing this is an alias of ("United States" for "U.S."), or `name`.
    pub canonical: &'static str,
    /// For a capital: the country it is the capital of.
    pub capital_of: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// All built-in lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub gaz: &'static [GazEntry],
    /// The index in `gaz` of each name.
    pub gaz_index: WordTable,
    pub first_names: WordTable,
    /// First words of gazetteer entries of several words ("New" for "New Zealand").
    pub gaz_first_words: WordTable,
    pub surnames: Surnames,
    /// The canonical names of countries (those a capital in the gazetteer serves).
    pub countries: WordTable,
    /// The gazetteer names, for the searches below.
    gaz_trie: GazTrie,
}

static LEXICON: Lexicon = Lexicon {
    gaz: &GAZ,
    gaz_index: GAZ_INDEX,
    first_names: FIRST_NAMES,
    gaz_first_words: GAZ_FIRST_WORDS,
    surnames: Surnames(SURNAMES),
    countries: COUNTRIES,
    gaz_trie: GazTrie {
        root: &TRIE_ROOT,
        nodes: &TRIE,
    },
};

impl Lexicon {
    /// The process-wide lexicon (static: nothing to build).
    pub fn get() -> &'static Lexicon {
        &LEXICON
    }

    /// The gazetteer entry named exactly `name`.
    pub fn gazetteer(&self, name: &str) -> Option<&GazEntry> {
        self.gaz_index.get(name).map(|i| &self.gaz[i])
    }

    /// The first gazetteer name in `text`: the leftmost, and of the names starting there the
    /// longest. Names are matched as bytes, inside words too ("Oman" in "Omani"); callers check
    /// word boundaries.
    #[cfg(test)] // the rules use `find_gaz_at_start` and `find_gaz_iter`
    pub fn find_gaz(&self, text: &str) -> Option<GazMatch> {
        let bytes = text.as_bytes();
        (0..bytes.len()).find_map(|start| self.gaz_trie.longest_at(bytes, start))
    }

    /// `find_gaz` if the name it finds starts at the start of `text`: the longest
    /// name there. Cheaper than asking `find_gaz` and testing where its match starts, which
    /// searches on past the start when no name begins there.
    pub fn find_gaz_at_start(&self, text: &str) -> Option<GazMatch> {
        if text.is_empty() {
            return None;
        }
        self.gaz_trie.longest_at(text.as_bytes(), 0)
    }

    /// Every gazetteer name in `text`, left to right, none overlapping: `find_gaz`,
    /// then again after the end of its match, and so on.
    pub fn find_gaz_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = GazMatch> + 'a {
        let bytes = text.as_bytes();
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = (from..bytes.len())
                .filter(|&start| self.gaz_trie.opens_name(bytes[start]))
                .find_map(|start| self.gaz_trie.longest_at(bytes, start))?;
            from = m.end;
            Some(m)
        })
    }
}

/// The trie of the gazetteer names, byte by byte, laid out by the build script: `root[b]` is
/// where the root's child for byte `b` starts in `nodes` (0: none). A node in `nodes` is the
/// index in [`Lexicon::gaz`] of the name ending there (two bytes, little-endian; `u16::MAX`:
/// none), its number of edges (one byte), the edges' bytes (ascending), and where each edge's
/// child starts (three bytes each, little-endian); eight bytes of padding end `nodes`. Nodes are
/// laid out depth first, a node's first child right after it: a walk down a name reads on
/// through memory, where separate arrays of entries, edges and children cost a cache miss each
/// at every step.
struct GazTrie {
    root: &'static [u32; 256],
    nodes: &'static [u8],
}

impl GazTrie {
    /// Whether some name starts with byte `b` (most bytes inside a run of words, lower-case
    /// letters and spaces, start none): a test to make before the call to [`GazTrie::longest_at`].
    #[inline]
    fn opens_name(&self, b: u8) -> bool {
        self.root[usize::from(b)] != 0
    }

    /// The longest gazetteer name starting at `text[start]`, by a walk down the trie.
    fn longest_at(&self, text: &[u8], start: usize) -> Option<GazMatch> {
        let t = self.nodes;
        let mut node = self.root[usize::from(text[start])] as usize;
        // The entry and end of the longest name so far (`u16::MAX`: none), kept by selects: a
        // branch on whether a name ends at each node was mispredicted along most walks.
        let (mut best, mut best_end) = (u16::MAX, 0);
        let mut end = start + 1;
        while node != 0 {
            let entry = u16::from_le_bytes([t[node], t[node + 1]]);
            let ends_here = entry != u16::MAX;
            best = if ends_here { entry } else { best };
            best_end = if ends_here { end } else { best_end };
            let Some(&b) = text.get(end) else { break };
            let edges = node + 3..node + 3 + usize::from(t[node + 2]);
            node = match self.edge(edges.clone(), b) {
                Some(k) => {
                    let c = edges.end + 3 * (k - edges.start);
                    usize::from(t[c]) | usize::from(t[c + 1]) << 8 | usize::from(t[c + 2]) << 16
                }
                None => 0,
            };
            end += 1;
        }
        (best != u16::MAX).then_some(GazMatch {
            start,
            end: best_end,
            index: usize::from(best),
        })
    }

    /// The edge among `edges` (offsets of edge bytes in `nodes`) whose byte is `b`, eight edge
    /// bytes at a time: a node has one edge or a few, but those near the root up to a few dozen,
    /// where a byte loop's exit was mispredicted.
    #[inline]
    fn edge(&self, edges: std::ops::Range<usize>, b: u8) -> Option<usize> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
        let mut k = edges.start;
        while k < edges.end {
            // The padding after the last node leaves eight bytes to read from any edge.
            let chunk = self.nodes[k..].first_chunk::<8>()?;
            let x = u64::from_le_bytes(*chunk) ^ (ONES * u64::from(b));
            // The high bit of each zero byte of `x` (an edge byte equal to `b`), exact up to the
            // first: a borrow only sets bits above a zero byte.
            let zero = x.wrapping_sub(ONES) & !x & HIGH_BITS;
            if zero != 0 {
                let at = k + (zero.trailing_zeros() / 8) as usize;
                return (at < edges.end).then_some(at);
            }
            k += 8;
        }
        None
    }
}

impl std::fmt::Debug for GazTrie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GazTrie({} bytes)", self.nodes.len())
    }
}

/// A gazetteer name found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GazMatch {
    start: usize,
    end: usize,
    index: usize,
}

impl GazMatch {
    /// Byte offset in the searched text where the name starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset in the searched text just after the name.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The entry's index in [`Lexicon::gaz`].
    pub fn index(&self) -> usize {
        self.index
    }
}

/// A set of words laid out by the build script: the words as entries of one byte string (each its
/// length, its id as two little-endian bytes, then its bytes), and an open-addressing hash table
/// (linear probing, at most half full) of where the entries start, `u32::MAX` marking an empty
/// slot. A word's id is its place in the list. A slot holds the offset of the entry in its lower
/// bits and more bits of the word's hash ([`table_hash::tag`]) in the upper
/// [`table_hash::TAG_BITS`], so a probe reads an entry only where the tag matches, and finds the
/// word's length, id and bytes together there (one cache line, where a separate list of where
/// each word starts cost another miss). In front of the slots, a filter of four bits a slot, one
/// set for each word by its [`table_hash::quick`] hash, turns away most words that are not in the
/// table before they are hashed (one bit test, inlined at the caller).
pub(crate) struct WordTable {
    entries: &'static [u8],
    slots: &'static [u32],
    /// The table has `1 << bits` slots.
    bits: u32,
    filter: &'static [u64],
    /// The filter has `1 << filter_bits` bits.
    filter_bits: u32,
    /// Where the entry of each id starts (the tests list the words).
    #[cfg(test)]
    offsets: &'static [u32],
}

/// The bits of a slot below its tag: the offset of an entry.
const OFFSET_MASK: u32 = (1 << (32 - table_hash::TAG_BITS)) - 1;

impl WordTable {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The id of `word`, if it is in the set.
    #[inline]
    pub fn get(&self, word: &str) -> Option<usize> {
        let word = word.as_bytes();
        let bit = table_hash::filter_bit(table_hash::quick(word), self.filter_bits);
        if self.filter[bit >> 6] >> (bit & 63) & 1 == 0 {
            return None;
        }
        self.probe(word)
    }

    /// [`WordTable::get`] past the filter: the slots.
    ///
    /// A word of 16 bytes or fewer (almost every word asked about) is read once, by overlapping
    /// loads, into one `u128` ([`key16`]), from which come both its hash (the one or two values
    /// [`table_hash::hash`] adds for it) and the comparison with an entry (sixteen bytes of the
    /// entry, masked to the word's length), where the loops of `hash` and of a byte comparison
    /// branched on the word's length at every probe and mispredicted.
    #[inline(never)]
    fn probe(&self, word: &[u8]) -> Option<usize> {
        let Some(key) = key16(word) else {
            return self.probe_long(word);
        };
        let n = word.len();
        let mask = u128::MAX >> (128 - 8 * n);
        self.find_slot(hash16(key, n), |len, bytes| {
            match bytes.first_chunk::<16>() {
                Some(b) => (len == n) & (u128::from_le_bytes(*b) & mask == key),
                // The last entries of the table, with fewer than sixteen bytes after them.
                None => len == n && bytes[..n] == *word,
            }
        })
    }

    /// [`WordTable::probe`] of a word longer than 16 bytes (or empty).
    #[cold]
    fn probe_long(&self, word: &[u8]) -> Option<usize> {
        self.find_slot(table_hash::hash(word), |len, bytes| {
            len == word.len() && same_bytes(&bytes[..word.len()], word)
        })
    }

    /// The id of the entry in the slots from `hash`'s on for which `same(length, bytes from
    /// the entry's word on)` holds, among the entries with `hash`'s tag, up to the first empty
    /// slot.
    #[inline]
    fn find_slot(&self, hash: u64, same: impl Fn(usize, &[u8]) -> bool) -> Option<usize> {
        let tag = table_hash::tag(hash, self.bits);
        let slot_mask = self.slots.len() - 1;
        let mut i = table_hash::slot_of(hash, self.bits);
        loop {
            let slot = self.slots[i];
            if slot == u32::MAX {
                return None;
            }
            if slot >> (32 - table_hash::TAG_BITS) == tag {
                let at = (slot & OFFSET_MASK) as usize;
                if let [len, id_lo, id_hi, bytes @ ..] = &self.entries[at..] {
                    if same(usize::from(*len), bytes) {
                        return Some(usize::from(u16::from_le_bytes([*id_lo, *id_hi])));
                    }
                }
            }
            i = (i + 1) & slot_mask;
        }
    }

    /// How many words the set holds.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// The word with id `id`, as bytes.
    #[cfg(test)]
    fn word(&self, id: usize) -> &'static [u8] {
        let at = self.offsets[id] as usize;
        &self.entries[at + 3..at + 3 + usize::from(self.entries[at])]
    }
}

/// A word of 1 to 16 bytes as one little-endian number, zero past its end (`None` for other
/// lengths): bytes 0 to 8 are the first value [`table_hash::hash`] adds for it, bytes 8 to 16 the
/// second (a word of more than eight bytes). Read by two overlapping loads: of its first and
/// last eight bytes, or its first and last four, or (one to three bytes) its first, middle and
/// last byte.
#[inline]
fn key16(w: &[u8]) -> Option<u128> {
    let n = w.len();
    if n >= 8 {
        if n > 16 {
            return None;
        }
        let lo = u64::from_le_bytes(*w.first_chunk::<8>()?);
        let last = u64::from_le_bytes(*w.last_chunk::<8>()?);
        // Bytes 8.. of the word are the last `n - 8` of `last` (none when `n` is 8).
        let hi = (u128::from(last) >> (8 * (16 - n))) as u64;
        Some(u128::from(lo) | u128::from(hi) << 64)
    } else if n >= 4 {
        let lo = u32::from_le_bytes(*w.first_chunk::<4>()?);
        let hi = u32::from_le_bytes(*w.last_chunk::<4>()?);
        Some(u128::from(u64::from(lo) | u64::from(hi) << (8 * (n - 4))))
    } else if n > 0 {
        let at = |k: usize| u128::from(w[k]) << (8 * k);
        Some(at(0) | at(n / 2) | at(n - 1))
    } else {
        None
    }
}

/// [`table_hash::hash`] of a word of `n` bytes (1 to 16) whose [`key16`] is `key`.
#[inline]
fn hash16(key: u128, n: usize) -> u64 {
    let add = |hash: u64, w: u64| (hash.rotate_left(5) ^ w).wrapping_mul(table_hash::SEED);
    let first = add(0, key as u64);
    if n > 8 {
        add(first, (key >> 64) as u64)
    } else {
        first
    }
}

/// `a == b`, eight bytes at a time: the words compared are short, and a call to `memcmp` costs
/// more than comparing one.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a8, mut b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    for (x, y) in (&mut a8).zip(&mut b8) {
        if word(x) != word(y) {
            return false;
        }
    }
    let (x, y) = (a8.remainder(), b8.remainder());
    x.is_empty() || table_hash::padded_le(x) == table_hash::padded_le(y)
}

impl std::fmt::Debug for WordTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordTable({} slots)", self.slots.len())
    }
}

/// The family-name list as evidence of a person: a listed name that is also an everyday word
/// ([`is_common_word`]: "House", "Nation", "Stone") says nothing about who or what it names, so
/// it does not count. The whole list is [`Surnames::table`].
#[derive(Debug)]
pub(crate) struct Surnames(WordTable);

impl Surnames {
    /// Whether `w` is a listed family name and no everyday word.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains(w) && !is_common_word(w)
    }

    /// The list as the data file has it, everyday words included.
    #[cfg(test)]
    pub fn table(&self) -> &WordTable {
        &self.0
    }
}

/// Everyday nouns and adjectives that stand in names of organisations, places and things
/// ("Nation", "Theatre", "National") and are no one's given name: no evidence of a person.
pub(crate) fn is_common_word(w: &str) -> bool {
    word_class(w) & class::COMMON != 0
}

/// The closed classes `w` belongs to (bits of [`word_lists::class`]): one lookup in a table the
/// build script lays out from `lexicon/word_lists.rs`, which the predicates below test.
#[inline]
pub(crate) fn word_class(w: &str) -> u16 {
    WORD_CLASSES.get(w).map_or(0, |id| WORD_CLASS_BITS[id])
}

/// Titles and roles that stand before a name and are not part of it ("President", "Crown Prince",
/// "Mr"). A title head ends a title phrase; modifiers may stand inside one ("Deputy Prime Minister").
#[cfg(test)] // the rules test the bits of [`token_class`]
pub(crate) fn is_title_head(w: &str) -> bool {
    word_class(w) & class::TITLE_HEAD != 0
}

/// Words that may stand inside a title phrase before its head.
#[cfg(test)] // the rules test the bits of [`token_class`]
pub(crate) fn is_title_modifier(w: &str) -> bool {
    word_class(w) & (class::TITLE_HEAD | class::TITLE_MODIFIER) != 0
}

/// Words that end (or head) an organisation name.
pub(crate) fn is_org_head(w: &str) -> bool {
    word_class(w) & class::ORG_HEAD != 0
}

/// Organisation heads that also make sense alone, capitalised mid-sentence ("the Cabinet").
#[cfg(test)] // the rules test the bits of [`token_class`]
pub(crate) fn is_bare_org(w: &str) -> bool {
    word_class(w) & class::BARE_ORG != 0
}

/// Lower-case words allowed inside a name between capitalised words. `strong` ones belong to
/// person names ("bin", "van", "de"); the others only inside organisation names ("of", "and").
pub(crate) fn connector(w: &str) -> Option<bool> {
    // Most words asked about are longer than any connector: no lookup for them.
    if w.len() > CONNECTOR_MAX_LEN {
        return None;
    }
    connector_of(word_class(w))
}

/// No connector is longer than this many bytes (a test checks the lists).
const CONNECTOR_MAX_LEN: usize = 5;

/// [`connector`] of a word of classes `c`.
pub(crate) fn connector_of(c: u16) -> Option<bool> {
    if c & class::STRONG_CONNECTOR != 0 {
        Some(true)
    } else if c & class::WEAK_CONNECTOR != 0 {
        Some(false)
    } else {
        None
    }
}

/// Capitalised words that are never names by themselves: function words, pronouns, common
/// sentence openers, and words capitalised only by position.
pub(crate) fn is_stopword(w: &str) -> bool {
    // A non-ASCII byte first ([`any_non_ascii`]: no loop for a word of 16 bytes or fewer).
    if any_non_ascii(w.as_bytes()) && w.contains('\u{2019}') {
        return is_stopword(&w.replace('\u{2019}', "'"));
    }
    word_class(w) & class::STOPWORD != 0
}

/// The classes of `w` as the predicates see them: [`word_class`], with [`class::STOPWORD`] set
/// as [`is_stopword`] says (which reads `’` as `'`). The rules compute it once per token of a run
/// and test its bits instead of looking the word up again for each predicate.
pub(crate) fn token_class(w: &str) -> u16 {
    let c = word_class(w);
    if any_non_ascii(w.as_bytes()) && w.contains('\u{2019}') {
        let stop = if is_stopword(w) { class::STOPWORD } else { 0 };
        (c & !class::STOPWORD) | stop
    } else {
        c
    }
}

/// Whether `b` holds a byte of 0x80 or more: `!b.is_ascii()`, by two overlapping loads for a word
/// of 16 bytes or fewer (almost every word), where `is_ascii` loops a byte at a time under eight
/// bytes and its exit was mispredicted at about every other word (`token_class` is asked of
/// every word of a capitalised run).
#[inline]
fn any_non_ascii(b: &[u8]) -> bool {
    let n = b.len();
    let high = if n >= 8 {
        if n > 16 {
            return !b.is_ascii();
        }
        let (Some(lo), Some(hi)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) else {
            return false;
        };
        u64::from_le_bytes(*lo) | u64::from_le_bytes(*hi)
    } else if n >= 4 {
        let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) else {
            return false;
        };
        u64::from(u32::from_le_bytes(*lo) | u32::from_le_bytes(*hi))
    } else if n > 0 {
        // One to three bytes: the first, the middle and the last are all of them.
        u64::from(b[0] | b[n / 2] | b[n - 1])
    } else {
        0
    };
    high & 0x8080_8080_8080_8080 != 0
}

/// Three-letter country codes of sports results and rankings (the Olympic committee's and the
/// ISO's where they differ: "KSA" and "SAU", "POR" and "PRT"), sorted for a binary search.
const COUNTRY_CODES: &[&str] = &[
    "ABW", "AFG", "AGO", "ALB", "ALG", "AND", "ANG", "ANT", "ARE", "ARG", "ARM", "ARU", "ASA",
    "AUS", "AUT", "AZE", "BAH", "BAN", "BAR", "BDI", "BEL", "BEN", "BER", "BFA", "BGD", "BGR",
    "BHR", "BHS", "BHU", "BIH", "BIZ", "BLR", "BOL", "BOT", "BRA", "BRB", "BRN", "BRU", "BTN",
    "BUL", "BUR", "BWA", "CAF", "CAM", "CAN", "CAY", "CGO", "CHA", "CHE", "CHI", "CHL", "CHN",
    "CIV", "CMR", "COD", "COK", "COL", "COM", "CPV", "CRC", "CRO", "CUB", "CYP", "CZE", "DEN",
    "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESA", "ESP", "EST", "ETH",
    "FIJ", "FIN", "FJI", "FRA", "FSM", "GAB", "GAM", "GBR", "GBS", "GEO", "GEQ", "GER", "GHA",
    "GIN", "GMB", "GNQ", "GRC", "GRE", "GRN", "GTM", "GUA", "GUI", "GUM", "GUY", "HAI", "HKG",
    "HND", "HON", "HRV", "HTI", "HUN", "IDN", "INA", "IND", "IRI", "IRL", "IRN", "IRQ", "ISL",
    "ISR", "ISV", "ITA", "IVB", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KOR",
    "KOS", "KSA", "KUW", "KWT", "LAO", "LAT", "LBA", "LBN", "LBR", "LBY", "LCA", "LES", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAD", "MAR", "MAS", "MAW", "MDA", "MDG", "MDV", "MEX",
    "MGL", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MON", "MOZ", "MRI", "MRT", "MTN", "MUS",
    "MWI", "MYA", "MYS", "NAM", "NCA", "NED", "NEP", "NER", "NGA", "NGR", "NIC", "NIG", "NLD",
    "NOR", "NPL", "NRU", "NZL", "OMA", "OMN", "PAK", "PAN", "PAR", "PER", "PHI", "PHL", "PLE",
    "PLW", "PNG", "POL", "POR", "PRK", "PRT", "PRY", "PSE", "PUR", "QAT", "ROU", "RSA", "RUS",
    "RWA", "SAM", "SAU", "SDN", "SEN", "SEY", "SGP", "SKN", "SLB", "SLE", "SLO", "SLV", "SMR",
    "SOL", "SOM", "SRB", "SRI", "SSD", "STP", "SUD", "SUI", "SUR", "SVK", "SVN", "SWE", "SWZ",
    "SYR", "TAN", "TCD", "TGA", "THA", "TJK", "TKM", "TLS", "TOG", "TON", "TPE", "TTO", "TUN",
    "TUR", "TUV", "TWN", "TZA", "UAE", "UGA", "UKR", "URU", "URY", "USA", "UZB", "VAN", "VEN",
    "VIE", "VIN", "VNM", "YEM", "ZAF", "ZAM", "ZIM", "ZMB", "ZWE",
];

/// A three-letter country code ("KEN", "GBR", "SAU"): in brackets after a person's name
/// ("Ana Ruiz (ESP)") it is the country the person competes for.
pub(crate) fn is_country_code(w: &str) -> bool {
    w.len() == 3 && COUNTRY_CODES.binary_search(&w).is_ok()
}

/// All-capital abbreviations of common nouns, not names ("AI", "GDP", "NGO").
pub(crate) fn is_common_acronym(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "AI" | "TB"
            // Capitals joined by "&" that name things (session 31).
            | "R&D"
            | "M&A"
            | "Q&A"
            | "B&B"
            | "F&B"
            | "P&L"
            | "O&M"
            | "S&T"
            | "T&C"
            | "HIV"
            | "AIDS"
            | "LNG"
            | "GDP"
            | "CPI"
            | "SMS"
            | "NGO"
            | "STEM"
            | "CEO"
            | "CFO"
            | "COO"
            | "MP"
            | "MoU"
            | "MOU"
            | "NFT"
            | "EV"
            | "COVID"
            | "SARS"
            | "PhD"
            | "TV"
            | "ID"
            | "IT"
            | "PM"
            | "OK"
            | "DNA"
            | "RNA"
            | "IVF"
            | "IPO"
            | "VAT"
            | "GST"
            | "FDI"
            | "SME"
            | "UAV"
            | "FIR"
            | "ST"
            | "SUV"
            | "GPS"
            | "PDF"
            | "URL"
            | "USB"
            | "ATM"
            | "PIN"
            | "OTP"
            | "QR"
            | "CCTV"
            | "LED"
            | "LPG"
            | "CNG"
            | "CO2"
            | "GMO"
            | "ICU"
            | "ER"
            | "BBQ"
            | "DIY"
            | "FAQ"
            | "HR"
            | "PR"
            | "RSVP"
            | "AM"
            | "PM."
            | "BC"
            | "AD"
            | "CE"
            | "BCE"
            | "KM"
            | "HQ"
            | "VIP"
            | "MBA"
            | "GPA"
            | "FY"
            | "YoY"
            | "Q1"
            | "Q2"
            | "Q3"
            | "Q4"
            | "H1"
            | "H2"
            | "MW"
            | "GW"
            | "KW"
            | "KWH"
            | "UV"
            | "IQ"
            | "EU-"
            | "ESG"
            | "PPE"
            | "PCR"
            | "OTT"
            | "SIM"
            | "APP"
            | "API"
            | "B2B"
            | "ISP"
            | "VPN"
            | "WIFI"
            | "LGBT"
            | "LGBTQ"
            | "LGBTQI"
            | "MSc"
            | "BSc"
            | "MA"
            | "BA"
            | "MD"
            | "II"
            | "III"
            | "IV"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "XI"
            | "XII"
            | "EVs"
            // Posts and their holders (session 27): "the VP", "the CM", "the SP said", "the OC
            // of the police station", "the MLA", "the UNO", "the SHO", "the ASI".
            | "VP"
            | "VPM"
            | "CM"
            | "DCM"
            | "SP"
            | "ASP"
            | "DSP"
            | "SHO"
            | "ASI"
            | "OC"
            | "MLA"
            | "MCE"
            | "DCE"
            | "UNO"
            // Things and documents, not bodies: voting machines, trade agreements, the video
            // referee, tags, goals ("EIA" stays out: also an energy agency's acronym).
            | "EVM"
            | "FTA"
            | "VAR"
            | "RFID"
            | "SDG"
    )
}

/// Towns and states that are also common given names (session 27): before one plain word and
/// an appositive ("Sofia Maro, a nurse,") they open a person's full name, not a company named
/// after the place.
pub(crate) fn is_place_given_name(w: &str) -> bool {
    matches!(
        w,
        "Adelaide"
            | "Alexandria"
            | "Austin"
            | "Aurora"
            | "Brooklyn"
            | "Camden"
            | "Carolina"
            | "Charlotte"
            | "Chelsea"
            | "Dallas"
            | "Dakota"
            | "Denver"
            | "Dolores"
            | "Douglas"
            | "Eugene"
            | "Florence"
            | "Georgia"
            | "Hamilton"
            | "Houston"
            | "Jackson"
            | "Jordan"
            | "Kingston"
            | "Lincoln"
            | "Lourdes"
            | "Madison"
            | "Marion"
            | "Mercedes"
            | "Milton"
            | "Nelson"
            | "Orlando"
            | "Paris"
            | "Phoenix"
            | "Preston"
            | "Regina"
            | "Salvador"
            | "Santiago"
            | "Savannah"
            | "Sofia"
            | "Stanley"
            | "Sydney"
            | "Trinidad"
            | "Tyler"
            | "Victoria"
            | "Virginia"
            | "Warren"
            | "Winston"
    )
}

/// Capitalised words that are never an entity by themselves (they may be part of a longer name).
pub(crate) fn never_alone(w: &str) -> bool {
    never_alone_of(w, word_class(w))
}

/// [`never_alone`] of a word `w` of classes `c` ([`word_class`] or [`token_class`]).
pub(crate) fn never_alone_of(w: &str, c: u16) -> bool {
    // The bit test first; then "fewer than two characters" without counting them all.
    c & (class::TITLE_HEAD | class::NEVER_ALONE) != 0
        || w.chars().nth(1).is_none()
        || is_common_acronym(w)
}

/// Last words of place names that are not in the gazetteers ("Nechisar Park", "Lake Turkana").
pub(crate) fn is_place_head(w: &str) -> bool {
    word_class(w) & class::PLACE_HEAD != 0
}

/// First words of unknown names that name natural features ("Mount", "Lake", "Wadi"): of the
/// [`class::PLACE_FIRST`] words, those that make a LOC rather than a GPE.
pub(crate) fn is_feature_first(w: &str) -> bool {
    matches!(
        w,
        "Mount"
            | "Mt."
            | "Mt"
            | "Lake"
            | "Cape"
            | "Punta"
            | "Cayo"
            | "Isla"
            | "Islas"
            | "Playa"
            | "Playas"
            | "Lago"
            | "Laguna"
            | "Río"
            | "Rio"
            | "Sierra"
            | "Cerro"
            | "Monte"
            | "Bahía"
            | "Wadi"
            | "Jebel"
            | "Jabal"
            | "Pulau"
            | "Gunung"
            | "Tanjung"
    )
}

/// Place words that name an administrative unit ("Ehime Prefecture"): a GPE, where the other
/// place words ("Lake", "Basin") make a LOC.
pub(crate) fn is_admin_head(w: &str) -> bool {
    matches!(
        w,
        "Province"
            | "Prefecture"
            | "District"
            | "County"
            | "Region"
            | "Governorate"
            | "Municipality"
            | "State"
            | "Territory"
            | "Township"
            | "Town"
            | "Village"
    )
}

/// Last words of newspapers' names, which keep their "The" ("The Seoul Times").
pub(crate) fn is_newspaper_head(w: &str) -> bool {
    matches!(
        w,
        "Times"
            | "Post"
            | "Herald"
            | "Tribune"
            | "Journal"
            | "Gazette"
            | "Shimbun"
            | "Chronicle"
            | "Telegraph"
            | "Guardian"
            | "Observer"
            | "Inquirer"
            | "Standard"
            | "Independent"
    )
}

/// Last words of names of things that are neither people nor organisations nor places
/// ("World Cup", "Penal Code"): not entities of the labels this stage gives.
pub(crate) fn is_thing_head(w: &str) -> bool {
    word_class(w) & class::THING_HEAD != 0
}

/// Lower-case words that attach to a name by a hyphen without being part of it ("Soviet-era").
pub(crate) fn is_hyphen_suffix(w: &str) -> bool {
    matches!(
        w,
        "era"
            | "led"
            | "run"
            | "made"
            | "old"
            | "like"
            | "born"
            | "based"
            | "owned"
            | "wide"
            | "style"
            | "type"
            | "area"
            | "bred"
            | "held"
            | "era,"
            | "only"
            | "free"
            | "rich"
            | "poor"
            | "long"
            | "day"
            | "year"
            | "week"
            | "time"
            | "page"
            | "term"
            | "plus"
            | "size"
            | "bound"
            | "ward"
            | "side"
            | "line"
            | "zone"
            | "city"
            | "land"
            | "sea"
            | "war"
            | "law"
            | "act"
            | "bill"
            | "deal"
            | "pact"
            | "ties"
            | "talk"
            | "fed"
            | "set"
            | "up"
            | "in"
            | "out"
            | "off"
            | "on"
            | "to"
            | "and"
            | "or"
            | "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "by"
            | "at"
    )
}

/// Words naming a state before "of": "State of Qatar", "Islamic Republic of Iran".
pub(crate) fn is_polity_head(w: &str) -> bool {
    matches!(
        w,
        "State"
            | "Republic"
            | "Kingdom"
            | "City"
            | "Emirate"
            | "Sultanate"
            | "Principality"
            | "Commonwealth"
            | "Islamic Republic"
            | "People's Republic"
            | "People’s Republic"
            | "Federal Republic"
            | "Democratic Republic"
            | "United Republic"
            | "Kingdom of the"
            | "Hashemite Kingdom"
            | "Grand Duchy"
            | "Union"
            | "Federation"
            | "Province"
            | "Municipality"
            | "Town"
    )
}

/// Legal-form and group words that end company names ("Ltd.", "Inc.", "Group").
pub(crate) fn is_company_suffix(w: &str) -> bool {
    // The legal forms of the word table, and "Holding" (also a family name, so not a class word).
    word_class(w) & class::COMPANY_SUFFIX != 0 || w == "Holding"
}

/// Forms of address that are no description of a person.
pub(crate) fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Miss"
            | "Mx"
            | "Dr"
            | "Dr."
            | "Sir"
            | "Dame"
            | "Hon."
            | "Mister"
            | "Madam"
            | "Madame"
            | "Shri"
            | "Smt"
            | "Smt."
            | "Uncle"
            | "Aunty"
            | "Auntie"
            | "Monsieur"
            | "Herr"
            | "Frau"
            | "Señor"
            | "Señora"
    )
}

#[cfg(test)]
mod tests;
