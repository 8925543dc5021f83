//! Golden snapshots over the example articles in `tests/fixtures/*.txt`.
//!
//! Every fixture is first checked for the record's invariants (spans in bounds and on char
//! boundaries, order, no overlaps, code-point offsets matching their text), then three snapshots
//! are taken, one per stage, so that work on one stage changes only its own snapshots:
//! `structure`, `entities` and `quotes`. Review changes with `cargo insta review`.

use serde::Serialize;

fn check_record(article: &copydesk::Article) {
    article
        .validate()
        .unwrap_or_else(|e| panic!("invariant broken: {e}"));
    // The JSON face: code-point offsets slice to the span's text.
    let record = article.to_record();
    let chars: Vec<char> = record.text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for span in record
        .title
        .iter()
        .chain(&record.subtitle)
        .chain(&record.byline)
    {
        assert_eq!(slice(span.start, span.end), span.text);
    }
    for section in &record.sections {
        if let Some(h) = &section.heading {
            assert_eq!(slice(h.start, h.end), h.text);
        }
        for p in &section.paragraphs {
            assert_eq!(slice(p.start, p.end), p.text);
        }
    }
    for e in &record.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    // The hand-written JSON writer (to_json) and serde on the article (borrowed view) give
    // exactly what serde gives for the owned record.
    let owned = serde_json::to_string(&record).unwrap();
    assert_eq!(article.to_json(), owned);
    assert_eq!(serde_json::to_string(article).unwrap(), owned);
    for q in &record.quotes {
        let joined: Vec<String> = q.spans.iter().map(|s| slice(s.start, s.end)).collect();
        assert_eq!(joined.join(" "), q.text);
    }
}

#[derive(Serialize)]
struct StructureView<'a> {
    title: Option<&'a str>,
    subtitle: Option<&'a str>,
    byline: Option<&'a str>,
    authors: &'a [String],
    published: Option<(&'a str, &'a str)>,
    sections: Vec<SectionView<'a>>,
    boilerplate: Vec<(&'static str, &'a str)>,
}

#[derive(Serialize)]
struct SectionView<'a> {
    heading: Option<&'a str>,
    paragraphs: Vec<Vec<&'a str>>,
}

#[derive(Serialize)]
struct EntityView<'a> {
    label: &'static str,
    name: &'a str,
    aliases: &'a [String],
    mentions: Vec<String>,
    descriptions: &'a [String],
}

#[derive(Serialize)]
struct QuoteView<'a> {
    kind: &'static str,
    text: String,
    speaker: Option<String>,
    cue: Option<&'a str>,
    confidence: String,
}

fn short(s: &str) -> &str {
    // Long boilerplate is cut to its first 60 bytes (on a char boundary) to keep snapshots readable.
    let mut end = s.len().min(60);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[test]
fn golden() {
    insta::glob!("fixtures/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let a = copydesk::parse_article(&input);
        check_record(&a);
        let t = |s: copydesk::Span| s.as_str(&a.text);

        let structure = StructureView {
            title: a.title.map(t),
            subtitle: a.subtitle.map(t),
            byline: a.byline.map(t),
            authors: &a.authors,
            published: a.published.as_ref().map(|p| (p.iso.as_str(), t(p.span))),
            sections: a
                .sections
                .iter()
                .map(|s| SectionView {
                    heading: s.heading.map(t),
                    paragraphs: s
                        .paragraphs
                        .iter()
                        .map(|p| p.sentences.iter().map(|&s| t(s)).collect())
                        .collect(),
                })
                .collect(),
            boilerplate: a
                .boilerplate
                .iter()
                .map(|b| (b.kind.as_str(), short(t(b.span))))
                .collect(),
        };
        insta::assert_yaml_snapshot!(format!("{stem}.structure"), structure);

        let entities: Vec<EntityView> = a
            .entities
            .iter()
            .map(|e| EntityView {
                label: e.label.as_str(),
                name: &e.name,
                aliases: &e.aliases,
                mentions: e
                    .mentions
                    .iter()
                    .map(|&m| format!("{}@{}", t(m), m.start))
                    .collect(),
                descriptions: &e.descriptions,
            })
            .collect();
        insta::assert_yaml_snapshot!(format!("{stem}.entities"), entities);

        let quotes: Vec<QuoteView> = a
            .quotes
            .iter()
            .map(|q| QuoteView {
                kind: q.kind.as_str(),
                text: q.text(&a.text),
                speaker: q.speaker.as_ref().map(|s| match &s.entity {
                    Some(id) => format!("{} ({id})", s.name),
                    None => s.name.clone(),
                }),
                cue: q.cue.map(t),
                confidence: format!("{:.2}", q.confidence),
            })
            .collect();
        insta::assert_yaml_snapshot!(format!("{stem}.quotes"), quotes);
    });
}
