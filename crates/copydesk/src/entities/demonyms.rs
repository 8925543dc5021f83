//! (session 31) Words for the people of a place the gazetteers know, made from the place's name:
//! "Okinawan" (Okinawa), "Tasmanians" (Tasmania), "Sicilian" (Sicily), "Floridian" (Florida),
//! "Bihari" (Bihar), "Taiwanese" (Taiwan). The gazetteers list the countries' words; a region's
//! or a city's word is made the way English makes them, and is taken only where the word is not
//! itself a listed name.

use super::lexicon::Lexicon;
use crate::article::Label;

/// The place whose people `w` names, by one of English's endings, if the gazetteers know it as a
/// place (GPE or LOC): "-n" after "a" (Okinawa-n, Crimea-n), "-ian" for "-y" (Sicil-y) or "-a"
/// (Florid-a), "-ese" (Taiwan-ese), "-i" (Bihar-i); a plural in "-s" is its singular's. `w` is a
/// capitalised word of ASCII letters.
pub(super) fn place_of(lex: &Lexicon, w: &str) -> Option<&'static str> {
    let b = w.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let w = w
        .strip_suffix('s')
        .filter(|s| s.ends_with("an") || s.ends_with('i'))
        .unwrap_or(w);
    let place = |name: &str| {
        lex.gazetteer(name)
            .filter(|e| matches!(e.label, Label::Gpe | Label::Loc))
            .map(|e| e.canonical)
    };
    let mut buf = [0u8; 32];
    let with = |stem: &str, end: &[u8], buf: &mut [u8; 32]| -> Option<&'static str> {
        let n = stem.len() + end.len();
        if n > buf.len() {
            return None;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(end);
        place(std::str::from_utf8(&buf[..n]).ok()?)
    };
    if let Some(stem) = w.strip_suffix("ian") {
        // Sicil-ian -> Sicily, Florid-ian -> Florida, Bavar-ian -> Bavaria
        with(stem, b"y", &mut buf)
            .or_else(|| with(stem, b"a", &mut buf))
            .or_else(|| with(stem, b"ia", &mut buf))
    } else if let Some(stem) = w.strip_suffix('n').filter(|s| s.ends_with('a')) {
        // Okinawa-n, Crimea-n, Kerala-n
        place(stem)
    } else if let Some(stem) = w.strip_suffix("ese") {
        place(stem)
    } else if let Some(stem) = w.strip_suffix('i').filter(|s| s.len() >= 4) {
        place(stem)
    } else {
        None
    }
}

/// (session 31) "ultra-Orthodox": the prefix is part of the group's name (news corpora take it
/// with the word). Widens every NORP candidate right after "ultra-" over it.
pub(super) fn with_ultra(text: &str, cands: &mut [super::names::Cand<'_>]) {
    for c in cands.iter_mut() {
        if c.label == Some(Label::Norp) {
            let before = &text.as_bytes()[..c.span.start];
            if before.ends_with(b"ultra-") || before.ends_with(b"Ultra-") {
                c.span.start -= "ultra-".len();
            }
        }
    }
}
