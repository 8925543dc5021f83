//! Fuzz `copydesk::parse_article`: any bytes (decoded lossily, so every input reaches the
//! parser) must give a record that holds every invariant, converts to code-point offsets that
//! slice correctly, serialises, outlines, and comes out the same when parsed again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = copydesk::parse_article(&text);
    assert_eq!(article.text, text, "plain-text input is kept exactly");
    if let Err(e) = article.validate() {
        panic!("invariant broken: {e}");
    }

    // The record: code-point offsets slice to the span's text.
    let record = article.to_record();
    let mut starts: Vec<usize> = record.text.char_indices().map(|(i, _)| i).collect();
    starts.push(record.text.len());
    let slice = |s: usize, e: usize| {
        assert!(s <= e && e < starts.len(), "code-point range {s}..{e} out of bounds");
        &record.text[starts[s]..starts[e]]
    };
    for s in [&record.title, &record.subtitle, &record.byline].into_iter().flatten() {
        assert_eq!(slice(s.start, s.end), s.text);
    }
    for section in &record.sections {
        if let Some(h) = &section.heading {
            assert_eq!(slice(h.start, h.end), h.text);
        }
        for p in &section.paragraphs {
            assert_eq!(slice(p.start, p.end), p.text);
            for s in &p.sentences {
                slice(s.start, s.end);
            }
        }
    }
    for b in &record.boilerplate {
        slice(b.start, b.end);
    }
    for e in &record.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    for q in &record.quotes {
        let pieces: Vec<&str> = q.spans.iter().map(|s| slice(s.start, s.end)).collect();
        assert_eq!(pieces.join(" "), q.text);
        if let Some(c) = &q.cue {
            assert_eq!(slice(c.start, c.end), c.text);
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }

    // Serialises and reads back; the outline renders.
    let json = serde_json::to_string(&record).expect("record serialises");
    let back: copydesk::record::Record = serde_json::from_str(&json).expect("record reads back");
    assert!(back == record, "JSON round trip changed the record");
    let _ = copydesk::outline::outline(&article);

    // Deterministic.
    assert!(copydesk::parse_article(&text) == article, "parsing twice gave two records");
});
