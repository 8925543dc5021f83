//! From the words naming a speaker to a [`Speaker`]: its name, and the entity it resolves to.
//!
//! A mention resolves to the entity whose mention it overlaps; else to the entity sharing its
//! surname; a pronoun to the latest fitting candidate before it (the previous quote's speaker or
//! an entity mention standing as a subject): a PERSON for he/she, an organisation or group for
//! they/it/we. An unresolved speaker keeps its own words as `name`, with no entity.

use crate::Span;
use crate::article::{Article, Entity, Label, Speaker};

const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gov.",
    "sen.",
    "rep.",
    "gen.",
    "col.",
    "lt.",
    "sgt.",
    "capt.",
    "prof.",
    "rev.",
    "adm.",
    "president",
    "vice",
    "mayor",
    "secretary",
    "senator",
    "governor",
    "representative",
    "minister",
    "prime",
    "chairman",
    "chairwoman",
    "commissioner",
    "judge",
    "justice",
    "chief",
    "director",
    "ambassador",
    "envoy",
    "prince",
    "king",
    "queen",
    "crown",
    "pope",
    "sheikh",
    "speaker",
    "leader",
    "majority",
    "minority",
    "general",
    "attorney",
    "spokesman",
    "spokeswoman",
    "press",
    "state",
    "of",
    "sens.",
    "reps.",
    "former",
    "deputy",
    "councilman",
    "councilwoman",
    "councillor",
    "sheriff",
    "officer",
    "detective",
    "coach",
    "professor",
    "senior",
    "adviser",
    "advisor",
    "nominee",
    "candidate",
    "sir",
    "dame",
    "lord",
    "lady",
    "house",
    "white",
];
const ORG_HEADS: &[&str] = &[
    "department",
    "ministry",
    "agency",
    "commission",
    "committee",
    "party",
    "office",
    "house",
    "council",
    "court",
    "bank",
    "fund",
    "university",
    "campaign",
    "times",
    "post",
    "news",
    "inc.",
    "corp.",
    "co.",
    "ltd.",
    "association",
    "institute",
    "foundation",
    "board",
    "service",
    "administration",
    "police",
    "government",
    "company",
    "group",
    "network",
    "journal",
    "reuters",
    "press",
    "congress",
    "senate",
    "pentagon",
    "kremlin",
    "cnn",
    "fbi",
    "cia",
    "nato",
    "treasury",
    "center",
    "centre",
    "union",
    "organization",
    "organisation",
    "bureau",
    "authority",
    "council",
    "tribune",
    "herald",
    "gazette",
    "magazine",
    "daily",
    "politifact",
];
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "the",
];
const PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against", "and",
];

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect()
}

fn cap(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

fn strip_possessive(w: &str) -> &str {
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(s) = w.strip_suffix(suf) {
            return s;
        }
    }
    w
}

/// The name in the words of a mention: the last run of capitalised words, titles dropped
/// ("U.S. Middle East envoy Steve Witkoff" -> "Steve Witkoff"); `None` when the words name no
/// one ("a spokesman for the agency", a name after a preposition, a possessive).
pub(crate) fn name_in(mention: &str) -> Option<String> {
    // drop parentheticals: (R-Ohio)
    let mut clean = String::with_capacity(mention.len());
    let mut depth = 0u32;
    for c in mention.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => clean.push(c),
            _ => {}
        }
    }
    let ws = words(&clean);
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < ws.len() {
        if !cap(ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len()
            && (cap(ws[j]) || (CONNECTORS.contains(&ws[j]) && j + 1 < ws.len() && cap(ws[j + 1])))
        {
            j += 1;
        }
        best = Some((i, j));
        i = j;
    }
    let (a, b) = best?;
    if a > 0
        && (PREPOSITIONS.contains(&ws[a - 1].to_lowercase().as_str())
            || matches!(
                ws[a - 1],
                "along" | "near" | "outside" | "inside" | "across"
            ))
    {
        return None;
    }
    if is_possessive_word(ws[b - 1]) && b < ws.len() {
        return None;
    }
    let run = &ws[a..b];
    // "Miller's Road", "Trump's campaign": something owned, not someone
    if run[..run.len() - 1].iter().any(|w| is_possessive_word(w)) {
        return None;
    }
    let last = run[run.len() - 1].to_lowercase();
    let org = ORG_HEADS.contains(&last.as_str());
    let mut start = 0;
    if !org {
        while start + 1 < run.len() && TITLES.contains(&run[start].to_lowercase().as_str()) {
            start += 1;
        }
    }
    let name = run[start..]
        .iter()
        .map(|w| {
            strip_possessive(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '’' && c != '\''),
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.trim_start_matches("The ").to_string();
    (!name.is_empty()).then_some(name)
}

fn is_possessive_word(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// Whether a name looks like an organisation rather than a person.
pub(crate) fn looks_like_org(name: &str) -> bool {
    let ws = words(name);
    ws.iter()
        .any(|w| ORG_HEADS.contains(&w.to_lowercase().as_str()))
        || (ws.len() == 1 && ws[0].len() > 1 && ws[0].chars().all(|c| c.is_uppercase() || c == '.'))
}

/// The speaker of the previous quote, for pronouns and continuation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prev<'a> {
    pub speaker: &'a Speaker,
    pub person: bool,
    pub para: usize,
    pub at: usize,
    /// The cue of the quote that named the speaker.
    pub cue: Option<Span>,
}

/// Possessives standing for their pronoun ("his spokesman" speaks for him).
const POSSESSIVES: &[(&str, &str)] = &[
    ("his", "he"),
    ("her", "she"),
    ("their", "they"),
    ("its", "it"),
];

/// The pronoun that speaker words are (a possessive as its pronoun), lower-cased: what
/// `is_pronoun` says of `words.to_lowercase()`, without the lower-casing. Every pronoun is
/// ASCII and has no `k`, and the only characters that lower-case to ASCII letters are the ASCII
/// capitals and the Kelvin sign (to `k`), so an ASCII comparison that ignores case is the same
/// test (`pronoun_of_agrees_with_lower_casing` checks it).
fn pronoun_of(words: &str) -> Option<&'static str> {
    if let Some(&(_, p)) = POSSESSIVES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(words))
    {
        return Some(p);
    }
    super::attribution::PRONOUNS
        .iter()
        .find(|p| p.eq_ignore_ascii_case(words))
        .copied()
}

/// Every mention of `entities` as `(span, entity index)`, sorted.
///
/// Each mention is packed into one `u64` that sorts the same way (start, then length, then
/// entity), when they fit (starts below 4 GiB, mentions shorter than 64 KiB, fewer than 65,536
/// entities: every article but a freak): sorting the integers costs a fraction of sorting the
/// tuples, which was most of the resolver's set-up. Equal keys are equal tuples, so the
/// unstable sort gives the order of the stable one.
fn sorted_mentions(entities: &[Entity]) -> Vec<(Span, usize)> {
    let n = entities.iter().map(|e| e.mentions.len()).sum();
    let mut keys: Vec<u64> = Vec::with_capacity(n);
    let fits = entities.len() <= 0xFFFF
        && entities.iter().enumerate().all(|(i, e)| {
            e.mentions.iter().all(|m| {
                let len = m.end.checked_sub(m.start).map(u16::try_from);
                let (Ok(start), Some(Ok(len))) = (u32::try_from(m.start), len) else {
                    return false;
                };
                keys.push((u64::from(start) << 32) | (u64::from(len) << 16) | i as u64);
                true
            })
        });
    if fits {
        keys.sort_unstable();
        let mut mentions: Vec<(Span, usize)> = Vec::with_capacity(n);
        mentions.extend(keys.iter().map(|&k| {
            let start = (k >> 32) as usize;
            let len = ((k >> 16) & 0xFFFF) as usize;
            (Span::new(start, start + len), (k & 0xFFFF) as usize)
        }));
        return mentions;
    }
    let mut mentions: Vec<(Span, usize)> = Vec::with_capacity(n);
    mentions.extend(
        entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i))),
    );
    mentions.sort_unstable();
    mentions
}

/// Resolves speaker mentions against the article's entities.
pub(crate) struct Resolver<'a> {
    article: &'a Article,
    /// Every entity mention, sorted: (span, entity index).
    mentions: Vec<(Span, usize)>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(article: &'a Article) -> Resolver<'a> {
        Resolver {
            article,
            mentions: sorted_mentions(&article.entities),
        }
    }

    fn entity(&self, i: usize) -> &'a Entity {
        &self.article.entities[i]
    }

    /// The speaking entity (PERSON, ORG, NORP, GPE) whose mention overlaps `span` most.
    fn by_overlap(&self, span: Span) -> Option<usize> {
        let from = self
            .mentions
            .partition_point(|(m, _)| m.start < span.start.saturating_sub(200));
        let mut best: Option<(usize, usize)> = None;
        for &(m, e) in &self.mentions[from..] {
            if m.start >= span.end {
                break;
            }
            if !m.overlaps(span) {
                continue;
            }
            if !matches!(
                self.entity(e).label,
                Label::Person | Label::Org | Label::Norp | Label::Gpe
            ) {
                continue;
            }
            // "Residents along Miller's Road", "a spokesman for Acme", "Trump's campaign": a name
            // inside a prepositional phrase or a possessive is not the speaker
            if !self.heads(span, m) {
                continue;
            }
            // The head is the first name not used as a modifier: "Renée Okafor of Acme" is
            // Okafor; in "Clinton spokesman Nick Merrill" Clinton modifies, Merrill heads, and
            // so in "Navy Capt. Owen Pike", where a title or a name follows Navy.
            let rest = self
                .article
                .text
                .get(m.end.min(span.end)..span.end)
                .unwrap_or("");
            let modifier = rest.split_whitespace().next().is_some_and(|w| {
                w.chars().next().is_some_and(|c| {
                    (c.is_lowercase() && !matches!(w, "of" | "for" | "at" | "and"))
                        || c.is_uppercase()
                })
            });
            if !modifier {
                return Some(e);
            }
            best = Some((m.end, e));
        }
        best.map(|(_, e)| e)
    }

    /// Whether the entity mention `m` heads the speaker words `span` (not after a preposition,
    /// not a possessive followed by more words).
    fn heads(&self, span: Span, m: Span) -> bool {
        let text = &self.article.text;
        let (Some(before), Some(after)) = (
            text.get(span.start..m.start.max(span.start)),
            text.get(m.end.min(span.end)..span.end),
        ) else {
            return true;
        };
        let owned = (after.starts_with("’s") || after.starts_with("'s"))
            && !after.trim_start_matches(['’', '\'', 's']).trim().is_empty();
        // any place preposition before it, or "of"/"for" after a common noun ("the mayor of
        // Springfield"; but "Secretary of State Ana Ruiz" keeps its name)
        let words: Vec<&str> = before.split_whitespace().collect();
        let in_phrase = words.iter().enumerate().any(|(i, w)| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "along"
                    | "near"
                    | "outside"
                    | "inside"
                    | "across"
                    | "in"
                    | "from"
                    | "at"
                    | "with"
                    | "to"
                    | "by"
                    | "on"
                    | "about"
                    | "against"
            ) || (matches!(w.as_str(), "of" | "for") && i > 0 && !cap(words[i - 1]))
        });
        !(in_phrase || owned)
    }

    /// The PERSON or ORG entity whose name or alias ends with the same word as `name`.
    fn by_surname(&self, name: &str) -> Option<usize> {
        let last = strip_possessive(name.split_whitespace().last()?).to_lowercase();
        let last_byte = *last.as_bytes().last()?;
        let mut found = None;
        for (i, e) in self.article.entities.iter().enumerate() {
            if !matches!(e.label, Label::Person | Label::Org) {
                continue;
            }
            let hit = std::iter::once(&e.name).chain(&e.aliases).any(|n| {
                // most names end in an ASCII letter other than the surname's last: turned down
                // before the name is split (an ASCII character lower-cases on its own)
                if let Some(&b) = n.as_bytes().last() {
                    if b.is_ascii()
                        && !char::from(b).is_whitespace()
                        && b.to_ascii_lowercase() != last_byte
                    {
                        return false;
                    }
                }
                n.split_whitespace().last().is_some_and(|w| {
                    // an ASCII word lower-cases byte for byte
                    if w.is_ascii() {
                        w.eq_ignore_ascii_case(&last)
                    } else {
                        w.to_lowercase() == last
                    }
                })
            });
            // the surname-only entity itself is no evidence for a full name
            if hit && e.name.contains(' ') {
                if found.is_some() {
                    return None; // ambiguous: two entities share the surname
                }
                found = Some(i);
            }
        }
        found
    }

    fn subject_like(&self, m: Span) -> bool {
        let text = &self.article.text;
        if m.end > text.len() || !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
            return false;
        }
        let mut from = m.start.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..m.start];
        let prev_word = before
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        let after = &text[m.end..];
        !PREPOSITIONS.contains(&prev_word.as_str())
            && !after.starts_with("’s")
            && !after.starts_with("'s")
    }

    /// The latest subject-like mention of an entity with one of `labels` before byte `at`.
    fn latest_before(&self, at: usize, labels: &[Label]) -> Option<(usize, usize)> {
        let end = self.mentions.partition_point(|(m, _)| m.start < at);
        self.mentions[..end]
            .iter()
            .rev()
            .take(200)
            .filter(|&&(m, e)| {
                m.end <= at && labels.contains(&self.entity(e).label) && self.subject_like(m)
            })
            .map(|&(m, e)| (m.start, e))
            .next()
    }

    /// Whether a personal name seems to stand between two points of the text (two capitalised
    /// words in a row, or a title and a capitalised word), outside quotation marks.
    fn name_between(&self, from: usize, to: usize) -> bool {
        let text = &self.article.text;
        if from >= to
            || to > text.len()
            || !text.is_char_boundary(from)
            || !text.is_char_boundary(to)
        {
            return false;
        }
        let mut inside = false;
        let mut prev_cap = false;
        let mut prev_title = false;
        for w in text[from..to].split_whitespace() {
            let opens = w.starts_with(['“', '"']);
            let closes =
                w.ends_with(['”', '"']) || w.trim_end_matches([',', '.']).ends_with(['”', '"']);
            if opens {
                inside = true;
            }
            if !inside {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                let cap = core.chars().next().is_some_and(char::is_uppercase);
                let title = TITLES.contains(&core.to_lowercase().as_str());
                if cap && (prev_cap || prev_title) && !title {
                    return true;
                }
                let ends = w.ends_with(['.', '!', '?', ',']);
                prev_cap = cap && !ends;
                prev_title = title && !w.ends_with(',');
            }
            if closes {
                inside = false;
            }
        }
        false
    }

    /// Resolve a speaker mention (`words` at `span`) to a [`Speaker`].
    pub(crate) fn resolve(
        &self,
        span: Span,
        prev: Option<&Prev<'_>>,
        para: usize,
    ) -> (Speaker, bool) {
        let text = &self.article.text;
        let words = span.as_str(text);
        if let Some(p) = pronoun_of(words) {
            return self.pronoun(p, span, prev, para);
        }
        if let Some(mut e) = self.by_overlap(span) {
            // a surname-only entity beside the full name: take the full name
            if self.entity(e).label == Label::Person && !self.entity(e).name.contains(' ') {
                if let Some(full) = self.by_surname(&self.entity(e).name) {
                    e = full;
                }
            }
            let ent = self.entity(e);
            let person = ent.label == Label::Person;
            return (
                Speaker {
                    entity: Some(ent.id.clone()),
                    name: ent.name.clone(),
                    mention: Some(span),
                },
                person,
            );
        }
        let name = name_in(words);
        if let Some(n) = &name {
            if let Some(e) = self.by_surname(n) {
                let ent = self.entity(e);
                return (
                    Speaker {
                        entity: Some(ent.id.clone()),
                        name: ent.name.clone(),
                        mention: Some(span),
                    },
                    ent.label == Label::Person,
                );
            }
        }
        let person = name.as_deref().is_some_and(|n| !looks_like_org(n));
        (
            Speaker {
                entity: None,
                name: name.unwrap_or_else(|| words.to_string()),
                mention: Some(span),
            },
            person,
        )
    }

    fn pronoun(
        &self,
        lower: &str,
        span: Span,
        prev: Option<&Prev<'_>>,
        para: usize,
    ) -> (Speaker, bool) {
        let personal = matches!(lower, "he" | "she" | "i");
        let labels: &[Label] = if personal {
            &[Label::Person]
        } else {
            &[Label::Org, Label::Norp, Label::Gpe]
        };
        let from_prev = prev.filter(|p| p.person == personal && para.saturating_sub(p.para) <= 1);
        let from_entities = self.latest_before(span.start, labels);
        let use_prev = match (from_prev, from_entities) {
            (Some(p), Some((at, _))) => {
                p.at >= at
                    || p.speaker
                        .entity
                        .is_some_and_eq(from_entities.map(|x| x.1), self)
            }
            // no entities to compare with: only when no other name stands in between
            (Some(p), None) => !self.name_between(p.at, span.start),
            _ => false,
        };
        if use_prev {
            let p = from_prev.expect("checked above");
            return (
                Speaker {
                    entity: p.speaker.entity.clone(),
                    name: p.speaker.name.clone(),
                    mention: Some(span),
                },
                personal,
            );
        }
        if let Some((_, e)) = from_entities {
            let ent = self.entity(e);
            return (
                Speaker {
                    entity: Some(ent.id.clone()),
                    name: ent.name.clone(),
                    mention: Some(span),
                },
                personal,
            );
        }
        (
            Speaker {
                entity: None,
                name: span.as_str(&self.article.text).to_string(),
                mention: Some(span),
            },
            personal,
        )
    }
}

trait SameEntity {
    fn is_some_and_eq(&self, other: Option<usize>, r: &Resolver<'_>) -> bool;
}

impl SameEntity for Option<String> {
    fn is_some_and_eq(&self, other: Option<usize>, r: &Resolver<'_>) -> bool {
        match (self, other) {
            (Some(id), Some(e)) => &r.entity(e).id == id,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($($m:expr => $want:expr,)*) => {
            #[test]
            fn names() {
                $(assert_eq!(name_in($m).as_deref(), $want, "{}", $m);)*
            }
        };
    }

    /// The lower-casing path `pronoun_of` replaced.
    fn pronoun_by_lower_casing(words: &str) -> Option<String> {
        let mut lower = words.to_lowercase();
        if let Some(&(_, p)) = POSSESSIVES.iter().find(|(w, _)| *w == lower) {
            lower = p.to_string();
        }
        super::super::attribution::is_pronoun(&lower).then_some(lower)
    }

    #[test]
    fn pronoun_of_agrees_with_lower_casing() {
        for w in [
            "he",
            "He",
            "HE",
            "she",
            "SHE",
            "They",
            "it",
            "We",
            "I",
            "i",
            "His",
            "HER",
            "their",
            "Its",
            "him",
            "the",
            "Kelvin",
            "\u{212A}",
            "H\u{212A}",
            "İt",
            "hé",
            "",
            "he ",
            "hes",
        ] {
            assert_eq!(
                pronoun_of(w),
                pronoun_by_lower_casing(w).as_deref(),
                "{w:?}"
            );
        }
    }

    /// `by_surname` without its quick refusal on the names' last bytes.
    fn by_surname_splitting_every_name(entities: &[Entity], name: &str) -> Option<usize> {
        let last = strip_possessive(name.split_whitespace().last()?).to_lowercase();
        let mut found = None;
        for (i, e) in entities.iter().enumerate() {
            let hit = matches!(e.label, Label::Person | Label::Org)
                && std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .filter_map(|n| n.split_whitespace().last())
                    .any(|w| w.to_lowercase() == last);
            if hit && e.name.contains(' ') {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    proptest::proptest! {
        /// The quick refusal turns down no name whose last word matches.
        #[test]
        fn by_surname_agrees_with_splitting_every_name(
            names in proptest::collection::vec(
                ("[aAbB \u{212A}é’'.\t]{0,6}", proptest::collection::vec("[aAbB \u{212A}é]{0,4}", 0..3), proptest::bool::ANY),
                0..5,
            ),
            asked in "[aAbB \u{212A}é’'s]{0,6}",
        ) {
            let entities: Vec<Entity> = names
                .into_iter()
                .map(|(name, aliases, person)| Entity {
                    id: String::new(),
                    label: if person { Label::Person } else { Label::Gpe },
                    name,
                    aliases,
                    mentions: Vec::new(),
                    descriptions: Vec::new(),
                })
                .collect();
            let article = Article { entities, ..Article::default() };
            proptest::prop_assert_eq!(
                Resolver::new(&article).by_surname(&asked),
                by_surname_splitting_every_name(&article.entities, &asked)
            );
        }
    }

    fn entities_with(mentions: Vec<Vec<Span>>) -> Vec<Entity> {
        mentions
            .into_iter()
            .map(|mentions| Entity {
                id: String::new(),
                label: Label::Person,
                name: String::new(),
                aliases: Vec::new(),
                mentions,
                descriptions: Vec::new(),
            })
            .collect()
    }

    /// The sort `sorted_mentions` packs into integers: of the tuples themselves.
    fn sorted_by_tuples(entities: &[Entity]) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .collect();
        all.sort();
        all
    }

    #[test]
    fn mentions_too_large_to_pack_sort_as_tuples() {
        let huge = usize::MAX - 10;
        let entities = entities_with(vec![
            vec![Span::new(5, 9), Span::new(huge, huge + 3)],
            vec![Span::new(5, 7), Span::new(5, 70_000)],
            vec![Span::new(9, 3), Span::new(5, 9)],
        ]);
        assert_eq!(sorted_mentions(&entities), sorted_by_tuples(&entities));
    }

    proptest::proptest! {
        /// Packed into integers, the mentions sort as the tuples do.
        #[test]
        fn packed_mentions_sort_as_tuples(
            raw in proptest::collection::vec(
                proptest::collection::vec((0usize..300, 0usize..20), 0..8),
                0..8,
            ),
        ) {
            let entities = entities_with(
                raw.into_iter()
                    .map(|ms| ms.into_iter().map(|(a, l)| Span::new(a, a + l)).collect())
                    .collect(),
            );
            proptest::prop_assert_eq!(sorted_mentions(&entities), sorted_by_tuples(&entities));
        }

        #[test]
        fn pronoun_of_agrees_on_any_word(w in "[hHeEsStTyYiIwWrRkK\u{212A}\u{130}é ]{0,6}") {
            let general = pronoun_by_lower_casing(&w);
            proptest::prop_assert_eq!(pronoun_of(&w), general.as_deref());
        }
    }

    t! {
        "Mayor Linda Haverford" => Some("Linda Haverford"),
        "U.S. Middle East envoy Steve Witkoff" => Some("Steve Witkoff"),
        "the Treasury Department" => Some("Treasury Department"),
        "the U.S. Treasury Department" => Some("U.S. Treasury Department"),
        "a spokesman for the agency" => None,
        "a spokesman for Acme" => None,
        "Gov. Mike Pence (R-Ind.)" => Some("Mike Pence"),
        "Secretary of State Ana Ruiz" => Some("Ana Ruiz"),
        "officials" => None,
        "Lopez" => Some("Lopez"),
        "Trump’s campaign" => None,
    }
}
