//! Descriptions of people: the role before a name ("U.S. Middle East envoy Steve Witkoff"),
//! an apposition after it ("Kirill Dmitriev, a close adviser to President Vladimir Putin,"), and
//! an opening "As ..." clause ("As the head of Russia's sovereign wealth fund, Dmitriev ...").

use super::names::Cand;
use crate::Span;
use crate::article::Label;

const MAX_WORDS: usize = 14;
const WINDOW: usize = 240;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Calls `each` with the descriptions the text gives next to this mention, in order. `region`
/// is the region of the article around the mention, if one is.
pub(crate) fn descriptions<'t>(
    text: &'t str,
    c: &Cand,
    region: Option<Span>,
    mut each: impl FnMut(&'t str),
) {
    if let Some(role) = c.role {
        each(role.as_str(text));
    }
    let Some(region) = region else {
        return;
    };
    // Both forms need a ", " next to the name: tested first, so that the text up to WINDOW
    // bytes away is read only for the few mentions that have one.
    let bytes = text.as_bytes();
    let person = c.label == Some(Label::Person);
    if bytes[c.span.end..].starts_with(b", ") {
        appositions_after(text, c, region, &mut each);
    }
    if person && bytes[..c.span.start].ends_with(b", ") {
        if let Some(sentence) = sentence_before_comma(text, c, region) {
            as_clause_before(sentence, &mut each);
            if bytes[c.span.end..].starts_with(b", ") {
                role_before_apposition(sentence, &mut each);
            }
        }
    }
}

/// The words of the mention's sentence before it and its ", " (a mention with ", " before
/// it): from the last ". " within [`WINDOW`] bytes, or from the region's start when that
/// lies within them; `None` when neither does.
fn sentence_before_comma<'t>(text: &'t str, c: &Cand, region: Span) -> Option<&'t str> {
    let from = ceil_boundary(text, region.start.max(c.span.start.saturating_sub(WINDOW)));
    let head = text[from..c.span.start].strip_suffix(", ")?;
    // `head.rfind(". ")`, from the periods (the substring searcher costs more).
    let h = head.as_bytes();
    let last_stop = memchr::memrchr_iter(b'.', h).find(|&i| h.get(i + 1) == Some(&b' '));
    match last_stop {
        Some(i) => Some(&head[i + 2..]),
        None if from == region.start => Some(head),
        None => None,
    }
}

/// (session 28) Whether an apposition after a person's name opens with a role and no article:
/// "chief executive of Varo Shipping", "former mayor of Lisvik", "Acme's chief executive".
fn bare_role_first(rest: &str) -> bool {
    use super::names::{is_role_modifier, is_role_noun};
    let mut words = rest.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("").trim_end_matches([',', '.']);
    let role = |w: &str| is_role_noun(w) || is_role_modifier(w);
    if first.starts_with(|c: char| c.is_lowercase()) {
        return role(first.trim_end_matches([',', '.']));
    }
    // a body's possessive, then the role: "Acme's chief executive"
    (first.ends_with("'s") || first.ends_with("\u{2019}s")) && role(second)
}

/// (session 28) "Petra Holm, chief executive of Varo Shipping, said": an apposition with no
/// article that opens with a role ([`bare_role_first`]), kept when a comma, "who" or the
/// sentence's end closes it and the name opens no phrase ("For Ann Roe, chief ..." is rare,
/// but a list of names and roles is not).
fn role_apposition<'t>(
    text: &'t str,
    c: &Cand,
    region: Span,
    rest: &'t str,
    each: &mut impl FnMut(&'t str),
) {
    let Some(d) = clause(rest) else {
        return;
    };
    let tail = &rest[d.len()..];
    // a role noun before any "of", "for", "at" or "to" ("former mayor of ..."; not "former
    // Colorado Rep. Ann Roe", nor "conservative Tolan-born candidates", a list's)
    let role_at = d
        .split(' ')
        .take_while(|w| !matches!(*w, "of" | "for" | "at" | "to"))
        .position(super::names::is_role_noun);
    // ... and no name right after it: "former Tolan governor Ann Roe" is a title and another
    // person's name, one of a list
    let has_role = role_at.is_some_and(|i| {
        !d.split(' ')
            .nth(i + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    });
    if has_role
        && (tail.starts_with(',') || tail.starts_with(" who") || tail.starts_with(". "))
        && d.split(' ').count() <= 8
        && !in_opening_phrase(text, c, region)
    {
        each(d);
    }
}

/// (session 28) "The council's finance chief, Ada Lind, agreed", "Its chief executive, Ingrid
/// Vallet, said": a role that opens the sentence, set off by commas before a person's name
/// that a comma closes too (`sentence`: [`sentence_before_comma`]). The role is kept without a
/// leading possessive pronoun (whose owner is another entity); a phrase with a verb, of more
/// than eight words, or with no role noun is no role ("After the vote, Ada Lind, ...").
fn role_before_apposition<'t>(sentence: &'t str, each: &mut impl FnMut(&'t str)) {
    let phrase = sentence.trim_start();
    let n = phrase.split(' ').count();
    if !(2..=8).contains(&n)
        || phrase.contains([',', '"', '\u{201c}', '(', ':', ';'])
        || has_finite_verb(phrase)
    {
        return;
    }
    let first = phrase.split(' ').next().unwrap_or("");
    let (skip, first_ok) = match first {
        "Its" | "His" | "Her" | "Their" | "Our" => (first.len() + 1, true),
        "The" => (0, true),
        w => (0, w.ends_with("'s") || w.ends_with("\u{2019}s")),
    };
    // the role noun last ("finance chief") or before its "of"/"for"/"at" ("a spokesman for the
    // port", after "The")
    let role_head = phrase
        .split(' ')
        .skip(1)
        .take_while(|w| !matches!(*w, "of" | "for" | "at" | "to"))
        .last()
        .is_some_and(super::names::is_role_noun);
    if first_ok && role_head {
        // (descriptions are slices of the text: a leading "The" stays as written)
        each(&phrase[skip..]);
    }
}

/// The apposition after the mention: ", a/an/the ... ," up to a comma, a clause word or the
/// sentence end. Look at most WINDOW bytes either side: descriptions are short, and this keeps
/// the stage linear on paragraphs of any length.
///
/// An organisation's apposition must be closed, by a comma or a relative clause ("Acme, a
/// Tolan shipping firm, said", "Acme, a firm that ..."), and stand outside an opening phrase:
/// after an organisation's name a sentence's own clause follows more often than after a
/// person's ("According to the port board, the ferry left ...").
///
/// A place's apposition must name a kind of place ("Varen, the Tolan capital", "Millbrook, a
/// town in the north"; [`is_place_noun`] of its head), outside an opening phrase: after a
/// place's name a clause of its own or the next place of a list follows far more often.
fn appositions_after<'t>(text: &'t str, c: &Cand, region: Span, each: &mut impl FnMut(&'t str)) {
    let after = &text[c.span.end..floor_boundary(text, region.end.min(c.span.end + WINDOW))];
    if let Some(rest) = after.strip_prefix(", ") {
        if c.label == Some(Label::Person) && bare_role_first(rest) {
            role_apposition(text, c, region, rest, each);
            return;
        }
        if rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ") {
            if let Some(d) = clause(rest) {
                let tail = &rest[d.len()..];
                let opening = || in_opening_phrase(text, c, region);
                let kept = match c.label {
                    // "For Ann Roe, the vote was a relief.": after a name in an opening phrase,
                    // the words after the comma are the sentence's own subject and verb, unless
                    // a comma or "who" closes them after a few words as an apposition ("For Ann
                    // Roe, the mayor, it was ..."). A name is what a person is ("a Republican",
                    // "the Speaker").
                    Some(Label::Person) => {
                        (tail.starts_with(" who") || tail.starts_with(','))
                            && d.split(' ').count() <= 6
                            || !opening()
                    }
                    // after an organisation or a place, a name is a list's next item
                    Some(Label::Gpe | Label::Loc) => {
                        !is_a_name(d) && place_description(d) && !opening()
                    }
                    _ => {
                        !is_a_name(d)
                            && (tail.starts_with(',')
                                || [" which", " that", " who"]
                                    .iter()
                                    .any(|w| tail.starts_with(w)))
                            && !opening()
                    }
                };
                if kept {
                    each(d);
                }
            }
        }
    }
}

/// Whether the mention stands in a phrase that opens its sentence with a preposition and no
/// comma before the mention ("For Ann Roe", "Under Ann Roe and Tom Pike", "In picking Roe").
fn in_opening_phrase(text: &str, c: &Cand, region: Span) -> bool {
    let from = ceil_boundary(text, region.start.max(c.span.start.saturating_sub(WINDOW)));
    let before = &text[from..c.span.start];
    let b = before.as_bytes();
    let start = memchr::memrchr3_iter(b'.', b'\n', b',', b)
        .find(|&i| b[i] != b'.' || b.get(i + 1) == Some(&b' '));
    let sentence = match start {
        Some(i) if b[i] == b',' => return false,
        Some(i) => before[i + 1..].trim_start(),
        None if from == region.start => before.trim_start(),
        None => return false,
    };
    let first = sentence.split(' ').next().unwrap_or("");
    // ("Among them is Ann Roe, ...": a verb before the name makes it no opening phrase)
    if sentence
        .split(' ')
        .any(crate::quotes::cues::is_finite_auxiliary)
    {
        return false;
    }
    matches!(
        first,
        "For"
            | "To"
            | "In"
            | "At"
            | "On"
            | "By"
            | "From"
            | "With"
            | "Without"
            | "Under"
            | "After"
            | "Before"
            | "Unlike"
            | "Like"
            | "Despite"
            | "Besides"
            | "Among"
            | "During"
            | "Following"
            | "Alongside"
    )
}

/// "As the head of ..., Name": the opening clause before the mention.
fn as_clause_before<'t>(sentence: &'t str, each: &mut impl FnMut(&'t str)) {
    if let Some(role) = sentence.strip_prefix("As ") {
        // ("As a result, Ann Roe ...": a set phrase, no role)
        let head = role.rsplit(' ').next().unwrap_or("");
        if !role.contains(',')
            && !matches!(
                head,
                "result" | "consequence" | "rule" | "whole" | "precaution" | "reminder"
            )
            && (role.starts_with("the ") || role.starts_with("a ") || role.starts_with("an "))
            && role.split_whitespace().count() <= MAX_WORDS
            // ("As the band began to play, Ann Roe ...", "As the vote has moved to ...":
            // a clause of time, no role)
            && !has_finite_verb(role)
        {
            each(role);
        }
    }
}

/// Whether the `and` between the word `before` and the text `after` joins two parts of one
/// capitalised name ("the head of the Harbor Trade and Shipping Office in Varen"): a
/// capitalised word before it, and after it a run of capitalised words that ends in an
/// organisation's head word ("Office", "Committee", "Services"). Between two names of people or
/// places ("the mayor of Varen and Ann Roe") it ends the description.
fn and_inside_name(so_far: &str, before: &str, after: &str) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !capitalised(before) {
        return false;
    }
    // "a scholar at the Center for Strategic and International Studies": the name before
    // `and` opens with an organisation's head word and its "for", "of" or "on", and
    // capitalised words go on after it. ("the Varen Institute and Ann Roe": a name that ends
    // in its head word is whole, and `and` adds another.)
    if after
        .trim_start()
        .split(' ')
        .next()
        .is_some_and(capitalised)
    {
        let mut connector = false;
        for w in so_far.split(' ').rev().take(8) {
            if matches!(w, "for" | "of" | "on") {
                connector = true;
            } else if !capitalised(w) {
                break;
            } else if connector && super::lexicon::is_org_head(w) {
                return true;
            }
        }
    }
    let mut last = None;
    for w in after.split(' ').filter(|w| !w.is_empty()).take(5) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if !capitalised(bare) {
            break;
        }
        last = Some(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    last.is_some_and(super::lexicon::is_org_head)
}

/// Whether the `and` between the word `before` and the text `after` joins two parts of one
/// description: two years ("his 2008 and 2012 campaigns"), or a word after it that qualifies a
/// role or is one ("moderate and conservative voters", "a lawyer and former judge", "a teacher
/// and mother of three"). A determiner or a pronoun after it ("a teacher and her son") starts
/// another thing.
fn and_inside_description(before: &str, after: &str) -> bool {
    let next = after.trim_start().split(' ').next().unwrap_or("");
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    if digits(next) {
        return digits(before);
    }
    super::names::is_role_modifier(next) || super::names::is_role_noun(next)
}

/// Whether the comma between `before` (the apposition so far) and `after` lies inside the
/// apposition: after a compound adjective ("Varen-born", "Tolan-based"), or between a
/// place standing for an adjective and its state's abbreviation ("a Harbor City, Fla., pastor").
fn comma_inside(before: &str, after: &str) -> bool {
    let last = before.rsplit(' ').next().unwrap_or("");
    if ["-born", "-based"].iter().any(|s| last.ends_with(s)) {
        return true;
    }
    // (only a place that stands for an adjective, as a name does: "the mayor of Tolan, Fla.,
    // said" keeps "the mayor of Tolan")
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let next = after.trim_start().split(' ').next().unwrap_or("");
    before.split(' ').skip(1).all(capitalised)
        && next.len() <= 6
        && next.ends_with(".,")
        && next.starts_with(|c: char| c.is_uppercase())
}

fn clause(rest: &str) -> Option<&str> {
    let fits = |d: &str| {
        let n = d.split_whitespace().count();
        (2..=MAX_WORDS).contains(&n) && !has_finite_verb(d)
    };
    // One pass: stop at punctuation that closes an apposition, or before a word that starts a
    // new clause.
    let mut end = rest.len();
    let mut word_start = 0;
    // where the first `and` inside the description stands: a description too long with what
    // follows it is the part before it ("a law professor and ... at ..., said")
    let mut and_at = None;
    for (i, c) in rest.char_indices() {
        // "a firm with 1,200 workers", "a 12.5 percent stake": a comma or a period between
        // digits is part of a number
        if matches!(c, ',' | '.')
            && i > 0
            && rest.as_bytes()[i - 1].is_ascii_digit()
            && rest.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        if c == '.' {
            // "a port economist at St. Anselm College": the period of an abbreviation or an
            // initial does not end the description.
            let word = rest[word_start..i].trim_start();
            if super::tokens::keeps_period(word) || word.chars().count() == 1 {
                continue;
            }
            // The last period of a dotted abbreviation ("a U.S. senator", "a D.C.-based
            // group") goes on before a word in lower case or a hyphen; before anything else
            // it may end the sentence as well ("a lawyer in the U.S. The next day"): no
            // description, rather than half of one.
            if word
                .rsplit('.')
                .next()
                .is_some_and(|last| last.chars().count() == 1)
            {
                let after = &rest[i + 1..];
                let next = after.strip_prefix(' ').unwrap_or(after);
                if after.starts_with('-') || next.starts_with(|c: char| c.is_lowercase()) {
                    continue;
                }
                return None;
            }
        }
        if matches!(
            c,
            ',' | '.' | ';' | ':' | '—' | '–' | '(' | '"' | '“' | '\n'
        ) {
            end = i;
            // "Ann Roe, the plan smacks of “panic”": words that run into a quotation are a
            // clause or a title cut short ("a co-author of “Harbor Lights”"), no description.
            if matches!(c, '"' | '“') {
                // (a description whole before its `and`: "a pilot and author of “...”")
                return and_at.map(|i| rest[..i].trim()).filter(|d| fits(d));
            }
            // "a Varen-born, Tolan-based trader", "a Harbor City, Fla., pastor": a comma
            // inside the apposition, after a compound adjective or in a place's name with
            // its state; what lies before it is no description.
            if c == ',' && comma_inside(&rest[..i], &rest[i + 1..]) {
                return None;
            }
            break;
        }
        if c == ' ' {
            let before = &rest[word_start..i];
            word_start = i + 1;
            let next = &rest[word_start..];
            let word_end = next.find(' ').unwrap_or(next.len()).min(12);
            let w = next.get(..word_end).unwrap_or("");
            if matches!(w, "who" | "whose" | "which" | "that") {
                end = i;
                break;
            }
            if w == "and" && !and_inside_name(&rest[..i], before, &next[3..]) {
                if !and_inside_description(before, &next[3..]) {
                    end = i;
                    break;
                }
                and_at.get_or_insert(i);
            }
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            if is_speech_verb(bare) {
                let after = next[bare.len()..].trim_start();
                if after.starts_with("by ") || after.starts_with("with ") {
                    // a participle ("a former mayor charged with fraud")
                    continue;
                }
                // "Ann Roe, the skipper announced on Monday", "... Ann Roe, a port source
                // said": the words are the subject of a clause of their own, no description
                // (whose noun the quote stage would take for the name's). So is an apposition
                // whose closing comma is missing ("Ann Roe, a spokeswoman for the port told
                // reporters"), which nothing tells apart: both are dropped.
                return None;
            }
        }
    }
    let d = rest[..end].trim();
    if names_an_event(d) {
        return None;
    }
    if fits(d) {
        return Some(d);
    }
    and_at.map(|i| rest[..i].trim()).filter(|d| fits(d))
}

/// The head noun of a description: its word before the first preposition or relative word
/// (past its article), or its last word.
fn head_noun(d: &str) -> &str {
    d.split(' ')
        .skip(1)
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "to"
                    | "in"
                    | "for"
                    | "that"
                    | "by"
                    | "with"
                    | "from"
                    | "at"
                    | "on"
                    | "over"
                    | "against"
                    | "after"
                    | "toward"
                    | "towards"
                    | "into"
                    | "about"
                    | "between"
                    | "among"
                    | "amid"
                    | "under"
                    | "since"
                    | "across"
                    | "near"
                    | "around"
                    | "along"
                    | "through"
                    | "during"
                    | "within"
                    | "beyond"
                    | "before"
            )
        })
        .last()
        .unwrap_or("")
}

/// Whether `d` is a name: after "the", capitalised words and the connectors inside names ("the
/// Harbor Arts Museum", "the Police"). After an organisation or a place, that is the next item
/// of a list or another name for it, not a description.
fn is_a_name(d: &str) -> bool {
    // ("a Spanish NGO", "an NGO": a kind, named with an indefinite article)
    d.starts_with("the ")
        && d.split(' ').skip(1).all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || super::lexicon::connector(w) == Some(false)
        })
}

/// Whether `d` describes a place: three words or more ("a state" says little), headed by a
/// kind of place ([`is_place_noun`]), and not "the town of <Name>", which names another place
/// (a capital "of" a place is the one described: "the capital of Tolan").
fn place_description(d: &str) -> bool {
    let head = head_noun(d);
    if d.split(' ').count() < 3 || !is_place_noun(head) {
        return false;
    }
    let mut after_head = d.split(' ').skip_while(|w| *w != head).skip(1);
    !(head != "capital"
        && after_head.next() == Some("of")
        && after_head
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())))
}

/// Whether `w` is a noun for a kind of place, the head of a place's description.
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "capital"
            | "city"
            | "town"
            | "village"
            | "hamlet"
            | "suburb"
            | "district"
            | "county"
            | "province"
            | "region"
            | "state"
            | "territory"
            | "country"
            | "nation"
            | "island"
            | "port"
            | "municipality"
            | "neighborhood"
            | "neighbourhood"
            | "borough"
            | "settlement"
            | "enclave"
            | "kingdom"
            | "republic"
            | "emirate"
            | "archipelago"
            | "river"
            | "lake"
            | "mountain"
            | "valley"
            | "area"
    )
}

/// Whether the apposition `d` names an event or a statement rather than what a person or a
/// body is: its head noun (the word before its first preposition or relative word, or its
/// last) is a word such as "move", "sign" or "charge". Such a phrase sums up the clause before
/// the name ("... backed the port board, a move that ..."), not the name.
fn names_an_event(d: &str) -> bool {
    matches!(
        head_noun(d),
        "move"
            | "step"
            | "sign"
            | "signal"
            | "charge"
            | "claim"
            | "decision"
            | "reversal"
            | "departure"
            | "blow"
            | "coup"
            | "way"
            | "vision"
            | "failure"
            | "reference"
            | "nod"
            | "change"
            | "shift"
            | "break"
            | "turn"
            | "development"
            | "result"
            | "response"
            | "reaction"
            | "contrast"
            | "jab"
            | "swipe"
            | "dig"
            | "accusation"
            | "allegation"
            | "suggestion"
            | "remark"
            | "idea"
            | "notion"
            | "point"
            | "increase"
            | "decrease"
            | "rise"
            | "drop"
            | "jump"
            | "boost"
            | "setback"
            | "victory"
            | "win"
            | "loss"
            | "defeat"
            | "mistake"
            | "error"
            | "effort"
            | "attempt"
            | "reminder"
            | "testament"
            | "tribute"
            | "rarity"
            | "feat"
            | "first"
    )
}

/// Whether the word `w` as it stands is the finite form of a verb of saying ("said", "says",
/// "stated", "told").
fn is_speech_verb(w: &str) -> bool {
    use crate::quotes::cues::{Form, Strength, verb};
    w.bytes().all(|b| b.is_ascii_lowercase())
        && matches!(verb(w), Some((Form::Finite, Strength::Speech)))
}

/// Whether `d` holds a finite auxiliary in lower case ("is", "was", "has", "would"): then what
/// follows the name and its comma is a clause of its own ("Ann Roe, the plan is dead."), not a
/// description of the name. (A description's own relative clause, where such a verb belongs,
/// is cut off at "who", "whose", "which" or "that" before.)
fn has_finite_verb(d: &str) -> bool {
    d.split(' ').any(crate::quotes::cues::is_finite_auxiliary) || has_own_verb(d)
}

/// (session 23) Whether the words past a description's first two read as a clause of their
/// own: a subject pronoun ("the more they seem to trust her"), a verb that takes an
/// infinitive ("the marina failed to draw", "the band began to play", "the fair now looks
/// to grow"), or a past form before a determiner ("the pact opened the gate"). A
/// participle before "to", "by" or a preposition stays ("a lawyer hired to defend him", "a
/// firm based in Varen").
fn has_own_verb(d: &str) -> bool {
    let mut words = d.split(' ').skip(2).peekable();
    while let Some(w) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        if matches!(w, "he" | "she" | "they" | "we" | "i" | "you") {
            return true;
        }
        if next == "to"
            && matches!(
                w,
                "failed"
                    | "began"
                    | "tried"
                    | "wanted"
                    | "decided"
                    | "refused"
                    | "agreed"
                    | "managed"
                    | "continued"
                    | "started"
                    | "seemed"
                    | "appeared"
                    | "vowed"
                    | "threatened"
                    | "looks"
                    | "appear"
                    | "appears"
                    | "seem"
                    | "seems"
                    | "wants"
                    | "hopes"
                    | "aims"
                    | "vows"
                    | "tries"
                    | "continues"
                    | "threatens"
            )
        {
            return true;
        }
        let past = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
            || matches!(
                w,
                "began"
                    | "left"
                    | "took"
                    | "gave"
                    | "came"
                    | "went"
                    | "won"
                    | "lost"
                    | "kept"
                    | "held"
                    | "ran"
                    | "saw"
                    | "became"
                    | "brought"
                    | "sent"
                    | "found"
                    | "grew"
                    | "fell"
                    | "rose"
                    | "broke"
                    | "drove"
                    | "fought"
            );
        // (a participle that names what its noun is called or made stays: "a Clinton appointee
        // considered a liberal", "a player named the best of the year")
        let complement = matches!(
            w,
            "considered"
                | "named"
                | "called"
                | "dubbed"
                | "deemed"
                | "elected"
                | "appointed"
                | "awarded"
                | "voted"
                | "crowned"
                | "declared"
                | "ranked"
                | "labeled"
                | "labelled"
                | "nicknamed"
                | "granted"
                | "offered"
                | "denied"
                | "handed"
                | "charged"
        );
        if past
            && !complement
            && matches!(
                next,
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
            )
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::clause;

    fn descriptions_of(text: &str, name: &str) -> Vec<String> {
        let a = crate::parse_article(text);
        let e = a.entities.iter().find(|e| e.name == name);
        e.map(|e| e.descriptions.clone()).unwrap_or_default()
    }

    /// Session 20: an organisation named after a person and a comma is the next item of a
    /// list, not the person's description; a group is what the person is.
    #[test]
    fn an_organisation_after_a_name_is_no_description() {
        let text = "Port Plan Backed\n\nThe plan was backed by Mayor Ann Roe, the Harbor Workers \
                    Union, and the port board. Tom Pike, a Republican, voted no.";
        assert_eq!(descriptions_of(text, "Ann Roe"), ["Mayor"]);
        assert_eq!(descriptions_of(text, "Tom Pike"), ["a Republican"]);
    }

    /// Session 22: the role before a name kept only its last noun ("manager" for "Harbor
    /// Party campaign manager Tom Pike"): the lower-case words that qualify it belong to it, up
    /// to a verb, a function word, a possessive or a line break.
    #[test]
    fn a_role_keeps_the_lower_case_words_that_qualify_it() {
        let text = "Port Vote Delayed\n\nHarbor Party campaign manager Tom Pike said the vote \
                    would wait. The port's acting clinical services director Lena Mossberg \
                    agreed, and so did hedge-fund manager Olek Varnim and junta leader Saw Min \
                    Tarn. Later, said expedition leader Pavel Rusk, the ship would leave. The mayor met \
                    campaign manager Ines Calloway.";
        assert_eq!(
            descriptions_of(text, "Tom Pike"),
            ["Harbor Party campaign manager"]
        );
        assert_eq!(
            descriptions_of(text, "Lena Mossberg"),
            ["acting clinical services director"]
        );
        assert_eq!(descriptions_of(text, "Olek Varnim"), ["hedge-fund manager"]);
        assert_eq!(descriptions_of(text, "Saw Min Tarn"), ["junta leader"]);
        // a verb before the role is no part of it
        assert_eq!(descriptions_of(text, "Pavel Rusk"), ["expedition leader"]);
        assert_eq!(descriptions_of(text, "Ines Calloway"), ["campaign manager"]);
    }

    /// Session 22: after a name in a phrase that opens the sentence ("For Ann Roe, the vote
    /// was ..."), the words after the comma are the sentence's subject and verb, not the
    /// name's description, unless a comma closes them and they are short.
    #[test]
    fn after_an_opening_phrase_the_clause_is_no_description() {
        let text = "Port Vote Delayed\n\nFor Ann Roe, the vote on the new harbor bridge plan \
                    last week. For Ola Brandt, the vote on the harbor plan and the bridge \
                    budget, it was over. Under Tom Pike, the mayor of Varen, the port grew. The board met \
                    Ines Calloway, a ferry pilot from Tolan.";
        assert!(descriptions_of(text, "Ann Roe").is_empty());
        assert!(descriptions_of(text, "Ola Brandt").is_empty());
        assert_eq!(descriptions_of(text, "Tom Pike"), ["the mayor of Varen"]);
        assert_eq!(
            descriptions_of(text, "Ines Calloway"),
            ["a ferry pilot from Tolan"]
        );
        // a verb before the name: no opening phrase
        let text = "Port Vote Delayed\n\nAmong them is Ann Roe, a ferry pilot from the old \
                    port of Varen who sailed for years.";
        assert_eq!(
            descriptions_of(text, "Ann Roe"),
            ["a ferry pilot from the old port of Varen"]
        );
    }

    /// Session 22: the same description capitalised at a sentence's start is not a second one.
    #[test]
    fn a_description_capitalised_at_a_sentence_start_is_the_same() {
        let text = "Port Vote Delayed\n\nOpposition leader Ann Roe spoke first. The vote \
                    waited, said opposition leader Ann Roe.";
        assert_eq!(descriptions_of(text, "Ann Roe"), ["Opposition leader"]);
    }

    /// Session 22: a title's compound keeps its first parts ("Editor-in-Chief", not "Chief").
    #[test]
    fn a_titles_compound_is_whole() {
        let text = "Port Vote Delayed\n\nThe Harbor Gazette's Editor-in-Chief Ann Roe wrote \
                    that then-Mayor Tom Pike had left.";
        assert_eq!(descriptions_of(text, "Ann Roe"), ["Editor-in-Chief"]);
        assert_eq!(descriptions_of(text, "Tom Pike"), ["then-Mayor"]);
    }

    /// Session 22: organisations are described too, by an apposition closed by a comma or a
    /// relative clause, outside an opening phrase.
    #[test]
    fn an_organisation_is_described_by_a_closed_apposition() {
        let text = "Port Vote Delayed\n\nThe board backed the Varen Shipping Company, a Tolan \
                    freight firm, on Monday. The deal went to the Harbor Workers Union, a group that \
                    runs the docks. For the Tolan Ferry Company, the vote on the plan, it was \
                    over. The bid of Coastal Wire Holdings, a longer one.";
        assert_eq!(
            descriptions_of(text, "Varen Shipping Company"),
            ["a Tolan freight firm"]
        );
        assert_eq!(descriptions_of(text, "Harbor Workers Union"), ["a group"]);
        assert!(descriptions_of(text, "Tolan Ferry Company").is_empty());
        assert!(descriptions_of(text, "Coastal Wire Holdings").is_empty());
        // another name after an organisation's: a list, no description
        let text = "Port Vote Delayed\n\nThe grants went to the Varen Shipping Company, the \
                    Harbor Arts Museum, and the port board.";
        assert!(descriptions_of(text, "Varen Shipping Company").is_empty());
    }

    /// Session 22: a place is described by an apposition that names a kind of place.
    #[test]
    fn a_place_is_described_by_a_kind_of_place() {
        let text = "Port Vote Delayed\n\nThe ferry left Galway, a city on the western coast, on \
                    Monday. It sailed on to Varen, the regional capital. In Leeds, the vote \
                    waited. Ships came from Bristol, a rival of the port.";
        assert_eq!(
            descriptions_of(text, "Galway"),
            ["a city on the western coast"]
        );
        assert_eq!(descriptions_of(text, "Varen"), ["the regional capital"]);
        // a clause after an opening phrase, an apposition that names no kind of place
        assert!(descriptions_of(text, "Leeds").is_empty());
        assert!(descriptions_of(text, "Bristol").is_empty());
        // another place's name after the kind of place
        let text = "Port Vote Delayed\n\nThey sailed to Galway, the town of Clifden lies \
                    north of it.";
        assert!(descriptions_of(text, "Galway").is_empty());
    }

    /// Session 22: "As a result, Name" gives no description.
    #[test]
    fn as_a_result_is_no_role() {
        let text = "Port Vote Delayed\n\nThe vote waited. As a result, Ann Roe left the port. \
                    As the head of the port board, Tom Pike stayed.";
        assert!(descriptions_of(text, "Ann Roe").is_empty());
        assert_eq!(
            descriptions_of(text, "Tom Pike"),
            ["the head of the port board"]
        );
    }

    /// Session 22: a role is read on the name's own line only.
    #[test]
    fn a_role_stays_on_the_names_line() {
        let text = "Port Vote Delayed\n\nThe club's technical\ndirector Lena Mossberg agreed \
                    with the board on Monday.";
        assert_eq!(descriptions_of(text, "Lena Mossberg"), ["director"]);
    }

    /// Session 20: an apposition was cut at any `and`, also inside an organisation's name.
    #[test]
    fn an_and_inside_an_organisations_name_keeps_the_description_whole() {
        for (rest, want) in [
            (
                "the head of the Harbor Trade and Shipping Office in Varen, met",
                Some("the head of the Harbor Trade and Shipping Office in Varen"),
            ),
            (
                "the chair of the Roads and Bridges Committee, said",
                Some("the chair of the Roads and Bridges Committee"),
            ),
            // between two names, or after a lower-case word, `and` still ends it
            (
                "the mayor of Varen and Ann Roe, the deputy",
                Some("the mayor of Varen"),
            ),
            (
                "a retired teacher and her son, who",
                Some("a retired teacher"),
            ),
            ("the envoy and Tolan", Some("the envoy")),
            // session 22: `and` inside the description itself
            (
                "a pilot aiming at local and coastal routes, said",
                Some("a pilot aiming at local and coastal routes"),
            ),
            (
                "the skipper on the 2019 and 2021 races, said",
                Some("the skipper on the 2019 and 2021 races"),
            ),
            (
                "a lawyer and former judge, said",
                Some("a lawyer and former judge"),
            ),
            (
                "a pilot on the 2019 and her son",
                Some("a pilot on the 2019"),
            ),
            (
                "a ferry pilot from Tolan and former member of the harbor board of the \
                 old port of Varen, said",
                Some("a ferry pilot from Tolan"),
            ),
            // session 22: an organisation's name whose head word comes before `and`
            (
                "a scholar at the Institute for Harbor and Coastal Studies, said",
                Some("a scholar at the Institute for Harbor and Coastal Studies"),
            ),
            (
                "a scholar at the Varen Institute and Ann Roe, said",
                Some("a scholar at the Varen Institute"),
            ),
        ] {
            assert_eq!(clause(rest), want, "{rest}");
        }
    }

    /// Session 20: a clause after a name and a comma was read as the name's description.
    #[test]
    fn a_clause_after_the_name_is_no_description() {
        for (rest, want) in [
            ("the plan is dead.", None),
            ("the bridge plan was never funded, he said", None),
            ("the council has written off the plan.", None),
            ("the fare should be lower, he said", None),
            // a description's own relative clause is cut off
            (
                "a ferry pilot whose boat was seized, said",
                Some("a ferry pilot"),
            ),
            ("a retired ferry pilot, said", Some("a retired ferry pilot")),
            // words before a verb of saying are its subject
            ("a port source said.", None),
            ("a spokeswoman for the port told reporters", None),
            ("the skipper announced on Monday", None),
            ("the driver said, adding", None),
            // a dotted abbreviation's last period
            (
                "a U.S. senator from Tolan, is",
                Some("a U.S. senator from Tolan"),
            ),
            ("a D.C.-based lobbyist, said", Some("a D.C.-based lobbyist")),
            ("a lawyer in the U.S. The next day", None),
            // a comma inside the apposition
            ("a Varen-born, Tolan-based trader, said", None),
            ("a Harbor City, Fla., pastor, said", None),
            ("a Republican, said", Some("a Republican")),
            ("the mayor of Tolan, Fla., said", Some("the mayor of Tolan")),
            // an event or a statement summing up the clause before the name (session 22)
            ("a move that angered the port, said", None),
            ("a sign of the board's doubts, said", None),
            ("a step toward a new ferry line.", None),
            (
                "a ferry pilot on the move, said",
                Some("a ferry pilot on the move"),
            ),
            // a number's comma or point (session 22)
            (
                "a ferry firm with 1,200 workers, said",
                Some("a ferry firm with 1,200 workers"),
            ),
            (
                "a holder of a 12.5 percent stake, said",
                Some("a holder of a 12.5 percent stake"),
            ),
            // words that run into a quotation (session 22)
            ("the plan smacks of “panic” and fear.", None),
            ("a co-author of \"Harbor Lights,\" said", None),
            (
                "a ferry pilot and author of “Harbor Lights,” said",
                Some("a ferry pilot"),
            ),
            // a participle is no verb of a clause
            (
                "a former mayor charged with fraud",
                Some("a former mayor charged with fraud"),
            ),
        ] {
            assert_eq!(clause(rest), want, "{rest}");
        }
    }
}
