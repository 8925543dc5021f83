//! Criterion benchmarks of the whole pipeline and of each stage, on the short, typical and long
//! benchmark articles, reported in bytes of article text per second; and the start-up cost of
//! building the default parser.
//!
//! ```sh
//! cargo bench -p copydesk --bench pipeline -- --warm-up-time 1 --measurement-time 3
//! cargo bench -p copydesk --bench pipeline -- 'stage/entities'   # one group or function
//! ```
//! Each stage is measured on the input it really gets: structure on the raw text, sentences on the
//! paragraphs structure found, entities on a structured article, quotes on an article with its
//! entities, JSON on the finished record. `python3 benches/ratios.py` prints the results as MB/s
//! and ratios.

use std::hint::black_box;

use copydesk::{Article, Parser, entities, quotes, sentences, structure};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::ARTICLES;

/// The article as the entity stage receives it: structure done, no entities, no quotes.
fn structured(text: &str) -> Article {
    Parser::builder()
        .with_entities(false)
        .with_quotes(false)
        .build()
        .expect("default parser builds")
        .parse(text)
}

/// The article as the quote stage receives it: structure and entities done, no quotes.
fn with_entities(text: &str) -> Article {
    Parser::builder()
        .with_quotes(false)
        .build()
        .expect("default parser builds")
        .parse(text)
}

fn end_to_end(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_article");
    // The global parser is built outside the measurement.
    let _ = copydesk::parse_article("");
    for (name, text) in ARTICLES {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| copydesk::parse_article(black_box(text)));
        });
    }
    g.finish();
}

fn stages(c: &mut Criterion) {
    let recognizer = entities::Recognizer::new(&[]).expect("default recogniser builds");
    let mut g = c.benchmark_group("stage");
    for (name, text) in ARTICLES {
        g.throughput(Throughput::Bytes(text.len() as u64));

        g.bench_function(format!("structure/{name}"), |b| {
            b.iter(|| structure::analyze(black_box(text)));
        });

        let layout = structure::analyze(text);
        let paragraphs: Vec<_> = layout
            .sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(|p| p.span))
            .collect();
        g.bench_function(format!("sentences/{name}"), |b| {
            b.iter(|| {
                paragraphs
                    .iter()
                    .map(|&p| sentences::split(black_box(text), p).len())
                    .sum::<usize>()
            });
        });

        let article = structured(text);
        g.bench_function(format!("entities/{name}"), |b| {
            b.iter(|| recognizer.extract(black_box(&article)));
        });

        let article = with_entities(text);
        g.bench_function(format!("quotes/{name}"), |b| {
            b.iter(|| quotes::extract(black_box(&article)));
        });

        let article = copydesk::parse_article(text);
        g.bench_function(format!("to_json/{name}"), |b| {
            b.iter(|| black_box(&article).to_json());
        });

        // What parse() does besides the stages: copying the text into the record.
        g.bench_function(format!("copy_text/{name}"), |b| {
            b.iter(|| black_box(text).to_owned());
        });
    }
    g.finish();
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.bench_function("Parser::builder().build()", |b| {
        b.iter(|| Parser::builder().build().expect("default parser builds"));
    });
    g.bench_function("entities::Recognizer::new", |b| {
        b.iter(|| entities::Recognizer::new(black_box(&[])).expect("builds"));
    });
    g.finish();
}

criterion_group!(benches, end_to_end, stages, startup);
criterion_main!(benches);
