//! `Parser::parse_many` runs each stage over a group of articles before the next stage: its
//! records must be exactly those of `Parser::parse_owned` on each text, whatever the grouping
//! (groups close at 64 articles or 512 kB of text), the parser's options, or the input's oddities.

use copydesk::{Label, Parser};

/// The repository's fixture articles, each once, in name order.
fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture text"))
        .collect()
}

fn same_as_one_by_one(parser: &Parser, texts: &[String]) {
    let many = parser.parse_many(texts.iter().cloned());
    assert_eq!(many.len(), texts.len());
    for (i, (article, text)) in many.iter().zip(texts).enumerate() {
        assert!(
            *article == parser.parse_owned(text.clone()),
            "text {i} differs when parsed in a group"
        );
    }
}

#[test]
fn a_stream_longer_than_a_group_gives_the_records_of_one_by_one() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 20, "{} fixtures", fixtures.len());
    // 5 x 25 = 125 articles: two full groups of 64 and a part.
    let texts: Vec<String> = (0..5).flat_map(|_| fixtures.iter().cloned()).collect();
    same_as_one_by_one(Parser::global(), &texts);
    // Every entity and quote list is used: the comparison is not between empty records.
    let many = Parser::global().parse_many(texts.iter().cloned());
    assert!(many.iter().filter(|a| !a.quotes.is_empty()).count() >= 10);
    assert!(
        many.iter()
            .all(|a| !a.entities.is_empty() || a.text.len() < 200)
    );
}

#[test]
fn groups_closed_by_size_odd_texts_and_empty_input() {
    let fixtures = fixtures();
    // A long article (over the 512 kB of a group) between short ones, empty and odd texts.
    let long: String = fixtures
        .iter()
        .cycle()
        .take(800)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n");
    assert!(long.len() > 600 << 10);
    let texts = vec![
        fixtures[0].clone(),
        String::new(),
        long,
        "\"unbalanced quote, said nobody".to_owned(),
        "\u{0}\u{1}binary\u{fffd}\u{fffd}".to_owned(),
        fixtures[1].clone(),
    ];
    same_as_one_by_one(Parser::global(), &texts);
    assert!(Parser::global().parse_many(Vec::new()).is_empty());
}

#[test]
fn the_parsers_options_hold_in_groups() {
    let texts: Vec<String> = fixtures().into_iter().take(8).collect();
    for parser in [
        Parser::builder().with_quotes(false).build().unwrap(),
        Parser::builder().with_entities(false).build().unwrap(),
        Parser::builder().with_indirect(false).build().unwrap(),
        Parser::builder()
            .entity("Harbour Board", Label::Org)
            .build()
            .unwrap(),
    ] {
        same_as_one_by_one(&parser, &texts);
    }
    let no_quotes = Parser::builder().with_quotes(false).build().unwrap();
    assert!(
        no_quotes
            .parse_many(texts)
            .iter()
            .all(|a| a.quotes.is_empty())
    );
}
