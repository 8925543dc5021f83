//! Criterion benchmarks of the whole pipeline and of each stage, on the short, typical and long
//! benchmark articles (and the pipeline on `mixed`, every article text of the repository one
//! after the other; `mixed_many` the same through `Parser::parse_many`), reported in bytes of article text per second (of page bytes for the same
//! articles served as HTML pages: `parse_article/html/*`, `stage/html_to_text/*`); and the
//! start-up cost of building the default parser.
//!
//! ```sh
//! cargo bench -p copydesk --bench pipeline -- --warm-up-time 1 --measurement-time 3
//! cargo bench -p copydesk --bench pipeline -- 'stage/entities'   # one group or function
//! ```
//! Times are this thread's CPU time (`COPYDESK_BENCH_WALL=1` for wall time), so a busy machine
//! slows the run down but moves the figures little. Each stage is measured on the input it really gets: structure on the raw text, sentences on the
//! paragraphs structure found, entities on a structured article, quotes on an article with its
//! entities, JSON on the finished record. `python3 benches/ratios.py` prints the results as MB/s
//! and ratios.

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;

use copydesk::{Article, Parser, entities, quotes, sentences, structure};
use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput};

mod common;

/// The allocator the CLI and the wheel ship (the workspace Cargo.toml says why).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
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

fn end_to_end<M: Measurement<Value = Duration>>(c: &mut Criterion<M>) {
    let mut g = c.benchmark_group("parse_article");
    // The global parser is built outside the measurement.
    let _ = copydesk::parse_article("");
    for (name, text) in ARTICLES {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| copydesk::parse_article(black_box(text)));
        });
    }
    // A stream of different articles (every article text in the repository, one after the
    // other): what a batch of real news costs. The three above repeat one article, whose
    // branches the processor learns; this one is the figure to compare with real corpora.
    let mixed = common::mixed_articles();
    g.throughput(Throughput::Bytes(common::total_bytes(&mixed)));
    g.bench_function("mixed", |b| {
        b.iter(|| common::each(&mixed, |t| copydesk::parse_article(t)));
    });
    // The same stream through `Parser::parse_many`: each stage over a group of articles before
    // the next (the command line's and the wheel's batch path). The texts are copied in, as
    // `parse_article` copies each.
    g.bench_function("mixed_many", |b| {
        b.iter(|| Parser::global().parse_many(black_box(&mixed).iter().cloned()));
    });
    // The same articles served as web pages (see `common::as_page`): HTML extraction included.
    for (name, text) in ARTICLES {
        let page = common::as_page(text);
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_function(format!("html/{name}"), |b| {
            b.iter(|| copydesk::parse_html(black_box(&page)));
        });
    }
    g.finish();
}

fn stages<M: Measurement<Value = Duration>>(c: &mut Criterion<M>) {
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

        let page = common::as_page(text);
        g.bench_function(format!("html_to_text/{name}"), |b| {
            b.iter(|| copydesk::html::to_text(black_box(&page)));
        });

        // What parse() does besides the stages: copying the text into the record.
        g.bench_function(format!("copy_text/{name}"), |b| {
            b.iter(|| black_box(text).to_owned());
        });
    }
    // Each stage over the stream of distinct articles of `parse_article/mixed`: which stage
    // loses most when the processor cannot learn one article's branches.
    let mixed = common::mixed_articles();
    g.throughput(Throughput::Bytes(common::total_bytes(&mixed)));
    g.bench_function("structure/mixed", |b| {
        b.iter(|| common::each(&mixed, |t| structure::analyze(t)));
    });
    let structured_all: Vec<Article> = mixed.iter().map(|t| structured(t)).collect();
    g.bench_function("entities/mixed", |b| {
        b.iter(|| common::each(&structured_all, |a| recognizer.extract(a)));
    });
    let with_entities_all: Vec<Article> = mixed.iter().map(|t| with_entities(t)).collect();
    g.bench_function("quotes/mixed", |b| {
        b.iter(|| common::each(&with_entities_all, quotes::extract));
    });
    let parsed_all: Vec<Article> = mixed.iter().map(|t| copydesk::parse_article(t)).collect();
    g.bench_function("to_json/mixed", |b| {
        b.iter(|| common::each(&parsed_all, Article::to_json));
    });
    g.finish();
}

/// Set in the environment of a child copy of this bench binary: build the default parser cold, parse
/// one article (which forces every lazily built table), print nanoseconds and exit.
const COLD_ENV: &str = "COPYDESK_BENCH_COLD_START";

/// In a fresh process: the time to build the default parser and parse the short article for the
/// first time, minus the time of parsing it again (so what is left is building the gazetteers,
/// automata and every table the stages build on first use), in nanoseconds.
fn cold_child() -> u128 {
    let text = ARTICLES[0].1;
    let clock = |f: &dyn Fn()| {
        if common::cpu::wall() {
            let t = Instant::now();
            f();
            t.elapsed()
        } else {
            let t = ThreadTime::now();
            f();
            t.elapsed()
        }
    };
    let parser = std::cell::OnceCell::new();
    let cold = clock(&|| {
        let p = parser.get_or_init(|| Parser::builder().build().expect("default parser builds"));
        black_box(p.parse(black_box(text)));
    });
    let warm = clock(&|| {
        black_box(parser.get().expect("built").parse(black_box(text)));
    });
    cold.saturating_sub(warm).as_nanos()
}

fn startup<M: Measurement<Value = Duration>>(c: &mut Criterion<M>) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    // Built-in tables may be built once per process (statics), so a repeated `build()` alone can
    // look free: the cold figure comes from fresh child processes, timed inside the child.
    let exe = std::env::current_exe().expect("bench binary path");
    g.bench_function("cold_build", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let out = Command::new(&exe)
                    .env(COLD_ENV, "1")
                    .output()
                    .expect("run the bench binary as a child");
                let ns: u64 = String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .expect("child prints nanoseconds");
                total += Duration::from_nanos(ns);
            }
            total
        });
    });
    g.bench_function("warm_build", |b| {
        b.iter(|| Parser::builder().build().expect("default parser builds"));
    });
    g.finish();
}

fn run<M: Measurement<Value = Duration>>(mut c: Criterion<M>) {
    end_to_end(&mut c);
    stages(&mut c);
    startup(&mut c);
    c.final_summary();
}

fn main() {
    if std::env::var_os(COLD_ENV).is_some() {
        println!("{}", cold_child());
        return;
    }
    if common::cpu::wall() {
        run(Criterion::default().configure_from_args());
    } else {
        run(common::cpu::criterion());
    }
}
