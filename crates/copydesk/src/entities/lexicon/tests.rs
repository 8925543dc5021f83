//! The static tables against the data files read as the library read them at run time before the
//! build script laid them out, and the trie search against aho-corasick's leftmost-longest search
//! over the same names (what the library used before).

use super::*;
use crate::fxhash::FxSet;
use aho_corasick::{AhoCorasick, MatchKind};
use proptest::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../../../data/places.tsv");
const HAND: &str = include_str!("../../../data/hand.tsv");
const FIRST_NAMES: &str = include_str!("../../../data/first_names.txt");
const EXTRA_FIRST_NAMES: &str = include_str!("../../../data/first_names.hand.txt");
const SURNAMES: &str = include_str!("../../../data/surnames.txt");

/// The lists as `Lexicon::build` read them at run time (up to 377c054).
struct Reference {
    gaz: Vec<GazEntry>,
    first_names: FxSet<&'static str>,
    surnames: FxSet<&'static str>,
    gaz_first_words: FxSet<&'static str>,
}

fn reference() -> Reference {
    let mut gaz: Vec<GazEntry> = Vec::new();
    let mut gaz_index: HashMap<&'static str, usize> = HashMap::new();
    for line in HAND.lines().chain(PLACES.lines()) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let name = cols.next().unwrap_or("").trim();
        let Some(label) = cols.next().and_then(|l| Label::parse(l.trim())) else {
            continue;
        };
        let canonical = cols.next().map(str::trim).filter(|c| !c.is_empty());
        let capital_of = cols.next().map(str::trim).filter(|c| !c.is_empty());
        if name.is_empty() {
            continue;
        }
        if let Some(&i) = gaz_index.get(name) {
            if gaz[i].capital_of.is_none() && gaz[i].label == label {
                gaz[i].capital_of = capital_of;
            }
            continue;
        }
        gaz_index.insert(name, gaz.len());
        gaz.push(GazEntry {
            name,
            label,
            canonical: canonical.unwrap_or(name),
            capital_of,
        });
    }
    let words = |s: &'static str| {
        s.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
    };
    let gaz_first_words = gaz
        .iter()
        .filter_map(|e| {
            e.name
                .split([' ', '-'])
                .next()
                .filter(|f| f.len() < e.name.len())
        })
        .collect();
    Reference {
        first_names: words(FIRST_NAMES).chain(words(EXTRA_FIRST_NAMES)).collect(),
        surnames: words(SURNAMES).collect(),
        gaz_first_words,
        gaz,
    }
}

fn words_of(table: &WordTable) -> FxSet<&'static str> {
    (0..table.len())
        .map(|i| std::str::from_utf8(table.word(i)).unwrap())
        .collect()
}

#[test]
fn gazetteer_is_the_data_files() {
    let lex = Lexicon::get();
    let want = reference().gaz;
    assert_eq!(lex.gaz, &want[..]);
    assert_eq!(lex.gaz_index.len(), want.len());
    for (i, e) in want.iter().enumerate() {
        assert_eq!(lex.gaz_index.get(e.name), Some(i), "{}", e.name);
        assert_eq!(lex.gazetteer(e.name), Some(e));
    }
    assert!(lex.gazetteer("Paris").is_some() && lex.gazetteer("paris").is_none());
    assert!(lex.gazetteer("").is_none() && lex.gazetteer("United States of Nowhere").is_none());
}

#[test]
fn word_tables_are_the_data_files() {
    let lex = Lexicon::get();
    let r = reference();
    for (table, want) in [
        (&lex.first_names, &r.first_names),
        (lex.surnames.table(), &r.surnames),
        (&lex.gaz_first_words, &r.gaz_first_words),
    ] {
        assert_eq!(&words_of(table), want);
        for w in want {
            assert!(table.contains(w), "{w}");
            let not = format!("{w}x");
            assert_eq!(table.contains(&not), want.contains(not.as_str()), "{not}");
            let lower = w.to_lowercase();
            assert_eq!(
                table.contains(&lower),
                want.contains(lower.as_str()),
                "{lower}"
            );
        }
        assert!(!table.contains(""));
    }
    assert!(lex.first_names.contains("Vladimir") && lex.surnames.contains("Smith"));
    assert!(lex.gaz_first_words.contains("New") && !lex.gaz_first_words.contains("Zealand"));
}

#[test]
fn countries_are_what_the_capitals_serve() {
    let lex = Lexicon::get();
    let want: FxSet<&'static str> = reference()
        .gaz
        .iter()
        .filter_map(|e| e.capital_of)
        .collect();
    assert_eq!(words_of(&lex.countries), want);
    assert!(lex.countries.contains("Kenya") && lex.countries.contains("Peru"));
    assert!(!lex.countries.contains("Nairobi") && !lex.countries.contains("Lima"));
}

/// aho-corasick over the gazetteer names, leftmost-longest: what the library searched with.
fn automaton() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(GAZ.iter().map(|e| e.name))
            .unwrap()
    })
}

/// The trie search finds what aho-corasick finds in `text`, with `find` and `find_iter`.
fn assert_same_as_automaton(text: &str) {
    let lex = Lexicon::get();
    let ac = automaton();
    let want: Vec<_> = ac
        .find_iter(text)
        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
        .collect();
    let got: Vec<_> = lex
        .find_gaz_iter(text)
        .map(|m| (m.start(), m.end(), m.index()))
        .collect();
    assert_eq!(got, want, "find_iter {text:?}");
    let first = lex.find_gaz(text).map(|m| (m.start(), m.end(), m.index()));
    assert_eq!(first, want.first().copied(), "find {text:?}");
    let at_start = lex
        .find_gaz_at_start(text)
        .map(|m| (m.start(), m.end(), m.index()));
    assert_eq!(
        at_start,
        first.filter(|m| m.0 == 0),
        "find_gaz_at_start {text:?}"
    );
}

#[test]
fn trie_search_is_leftmost_longest_like_aho_corasick() {
    for text in [
        "",
        "x",
        "New",
        "New Zealand",
        "New Yorkers",
        "US-Russia",
        "the U.S. Middle East",
    ] {
        assert_same_as_automaton(text);
    }
    for pair in GAZ.windows(2) {
        let (a, b) = (pair[0].name, pair[1].name);
        for text in [
            a.to_string(),
            format!("{a}s"),
            format!("x{a}"),
            format!("{a} {b}"),
            format!("{a}-{b}"),
            format!("{a}{b}"),
            format!("{a}'s {b}'s"),
        ] {
            assert_same_as_automaton(&text);
        }
    }
}

/// A piece of a text to search: a gazetteer name, a part of one, a word, or a separator.
fn piece() -> impl Strategy<Value = String> {
    let n = GAZ.len();
    prop_oneof![
        (0..n).prop_map(|i| GAZ[i].name.to_string()),
        (0..n, 0usize..12, 0usize..12).prop_map(|(i, a, b)| {
            let name = GAZ[i].name;
            let cut = |k: usize| {
                (0..=k.min(name.len()))
                    .rev()
                    .find(|&c| name.is_char_boundary(c))
                    .unwrap()
            };
            let (a, b) = (cut(a), cut(name.len().saturating_sub(b)));
            name[a.min(b)..b].to_string()
        }),
        "[A-Za-z]{1,6}",
        prop::sample::select(vec![" ", "-", "'s ", ", ", ".", "é", " the "])
            .prop_map(str::to_string),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn trie_search_agrees_with_aho_corasick(pieces in prop::collection::vec(piece(), 0..8)) {
        assert_same_as_automaton(&pieces.concat());
    }
}

/// The word-class table and the predicates against the lists they come from: every word of a
/// list has its class, and a word of no list (or a near miss) has none.
#[test]
fn word_classes_match_the_lists() {
    use word_lists::{CLASSES, class};
    let in_list = |w: &str, bit: u16| {
        CLASSES
            .iter()
            .any(|&(words, c)| c == bit && words.contains(&w))
    };
    let mut probes: Vec<String> = Vec::new();
    for (words, _) in CLASSES {
        for w in words {
            probes.push(w.to_string());
            probes.push(w.to_lowercase());
            probes.push(w.to_uppercase());
            probes.push(format!("{w}s"));
            probes.push(w[..w.len() - 1].to_string());
            probes.push(w.replace('\'', "\u{2019}"));
        }
    }
    probes.extend(["", "a", "Ab", "Zzzzzzzzzzzzzzzzzzzz", "Öl", "I\u{2019}m"].map(String::from));
    for w in &probes {
        let w = w.as_str();
        let bits = word_class(w);
        for (_, bit) in CLASSES {
            assert_eq!(bits & bit != 0, in_list(w, bit), "{w:?} class {bit:#x}");
        }
        assert_eq!(is_title_head(w), in_list(w, class::TITLE_HEAD), "{w:?}");
        assert_eq!(
            is_title_modifier(w),
            in_list(w, class::TITLE_HEAD) || in_list(w, class::TITLE_MODIFIER),
            "{w:?}"
        );
        assert_eq!(is_org_head(w), in_list(w, class::ORG_HEAD), "{w:?}");
        assert_eq!(is_bare_org(w), in_list(w, class::BARE_ORG), "{w:?}");
        let conn = if in_list(w, class::STRONG_CONNECTOR) {
            Some(true)
        } else if in_list(w, class::WEAK_CONNECTOR) {
            Some(false)
        } else {
            None
        };
        assert_eq!(connector(w), conn, "{w:?}");
        assert!(conn.is_none() || w.len() <= CONNECTOR_MAX_LEN, "{w:?}");
        // What the rules read from a token's class bits.
        let c = token_class(w);
        assert_eq!(c & !class::STOPWORD, bits & !class::STOPWORD, "{w:?}");
        assert_eq!(c & class::STOPWORD != 0, is_stopword(w), "{w:?}");
        assert_eq!(connector_of(c), connector(w), "{w:?}");
        assert_eq!(never_alone_of(w, c), never_alone(w), "{w:?}");
        assert_eq!(
            is_stopword(w),
            in_list(&w.replace('\u{2019}', "'"), class::STOPWORD),
            "{w:?}"
        );
        assert_eq!(
            never_alone(w),
            w.chars().count() < 2
                || in_list(w, class::TITLE_HEAD)
                || is_common_acronym(w)
                || in_list(w, class::NEVER_ALONE),
            "{w:?}"
        );
        assert_eq!(is_place_head(w), in_list(w, class::PLACE_HEAD), "{w:?}");
        assert_eq!(is_thing_head(w), in_list(w, class::THING_HEAD), "{w:?}");
    }
}

/// A word's hash as first written (the last bytes copied into a zeroed buffer).
fn hash_by_buffer(word: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash: u64 = 0;
    let mut add = |w: u64| hash = (hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        add(u64::from_le_bytes(c.try_into().unwrap()));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        add(u64::from_le_bytes(buf));
    }
    hash
}

proptest! {
    #[test]
    fn slot_is_the_buffered_hash(word in prop::collection::vec(any::<u8>(), 0..40), bits in 1u32..=32) {
        let (hash, reference) = (table_hash::hash(&word), hash_by_buffer(&word));
        prop_assert_eq!(hash, reference);
        prop_assert_eq!(table_hash::slot_of(hash, bits), (reference >> (64 - bits)) as usize);
    }

    /// A word of up to 16 bytes read in one `u128` is its bytes, zero-padded, and hashes as
    /// the table hash does.
    #[test]
    fn key16_is_the_padded_bytes(word in prop::collection::vec(any::<u8>(), 0..20)) {
        let key = key16(&word);
        if (1..=16).contains(&word.len()) {
            let mut buf = [0u8; 16];
            buf[..word.len()].copy_from_slice(&word);
            prop_assert_eq!(key, Some(u128::from_le_bytes(buf)));
            prop_assert_eq!(hash16(key.unwrap_or(0), word.len()), table_hash::hash(&word));
        } else {
            prop_assert_eq!(key, None);
        }
    }

    #[test]
    fn any_non_ascii_is_not_is_ascii(word in prop::collection::vec(prop_oneof![0u8..0x80, 0x80u8..=0xff, Just(b'a')], 0..40)) {
        prop_assert_eq!(any_non_ascii(&word), !word.is_ascii());
        // One high byte at each place of an ASCII word.
        let ascii: Vec<u8> = word.iter().map(|b| b & 0x7f).collect();
        prop_assert!(!any_non_ascii(&ascii));
        for k in 0..ascii.len() {
            let mut w = ascii.clone();
            w[k] |= 0x80;
            prop_assert!(any_non_ascii(&w));
        }
    }

    #[test]
    fn same_bytes_is_slice_equality(a in prop::collection::vec(0u8..4, 0..30), b in prop::collection::vec(0u8..4, 0..30)) {
        prop_assert_eq!(same_bytes(&a, &b), a == b);
        prop_assert!(same_bytes(&a, &a.clone()));
    }

    /// A probe finds a word exactly when the table holds it: words near gazetteer names (their
    /// prefixes, which share tags and slots with them), and others.
    #[test]
    fn tables_find_a_word_exactly_when_listed(
        k in 0..GAZ.len(),
        cut in 0usize..40,
        other in "[A-Za-z' .-]{0,12}",
    ) {
        let name = GAZ[k].name;
        let cut = (0..=cut.min(name.len())).rev().find(|&c| name.is_char_boundary(c)).unwrap();
        let prefix = &name[..cut];
        let lex = Lexicon::get();
        for w in [prefix, name, other.as_str()] {
            for t in [&lex.gaz_index, &lex.first_names, lex.surnames.table(), &lex.gaz_first_words, &WORD_CLASSES] {
                let listed = (0..t.len()).find(|&i| t.word(i) == w.as_bytes());
                prop_assert_eq!(t.get(w), listed, "{:?}", w);
            }
        }
    }
}

/// The trie's eight-bytes-at-a-time edge search finds what a byte loop over the edges finds, for
/// every node and every byte.
#[test]
fn trie_edge_search_is_a_byte_loop() {
    let trie = &Lexicon::get().gaz_trie;
    let mut nodes: Vec<usize> = trie
        .root
        .iter()
        .filter(|&&n| n != 0)
        .map(|&n| n as usize)
        .collect();
    let mut seen = 0;
    while let Some(n) = nodes.pop() {
        seen += 1;
        let edges = n + 3..n + 3 + usize::from(trie.nodes[n + 2]);
        for b in 0..=u8::MAX {
            let want = trie.nodes[edges.clone()]
                .iter()
                .position(|&e| e == b)
                .map(|k| edges.start + k);
            assert_eq!(trie.edge(edges.clone(), b), want, "node {n}, byte {b}");
        }
        // The children, through the same decoding as the walk.
        for k in edges.clone() {
            let c = edges.end + 3 * (k - edges.start);
            let t = trie.nodes;
            nodes
                .push(usize::from(t[c]) | usize::from(t[c + 1]) << 8 | usize::from(t[c + 2]) << 16);
        }
    }
    assert!(seen > 5_000, "{seen} nodes");
}
