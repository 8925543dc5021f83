//! Scaling: the same article material at 1x, 10x and 100x length, parsed end to end. Linear time
//! means equal bytes per second at every length; `python3 benches/ratios.py` prints the time
//! ratios (the target: 100x the input costs at most 110x the time).
//!
//! Two kinds of material: `repeat` repeats the typical article's body unchanged; `fresh-names`
//! renames the people in every copy, so the number of distinct entities grows with the length.
//! `separate` parses the 1x article N times: the same bytes as N articles.
//!
//! ```sh
//! cargo bench -p copydesk --bench scaling -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::measurement::Measurement;
use criterion::{BenchmarkId, Criterion, Throughput};

mod common;

/// The allocator the CLI and the wheel ship (the workspace Cargo.toml says why).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn scaling<M: Measurement>(c: &mut Criterion<M>) {
    let _ = copydesk::parse_article("");
    let mut g = c.benchmark_group("scaling");
    g.sample_size(20);
    for (kind, fresh) in [("repeat", false), ("fresh-names", true)] {
        for copies in [1, 10, 100] {
            let text = common::scaled(copies, fresh);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(kind, format!("{copies}x")),
                &text,
                |b, text| b.iter(|| copydesk::parse_article(black_box(text))),
            );
        }
    }
    // The same bytes as many articles: `separate/100x` parses the 1x article 100 times. Its time
    // over `repeat/100x` is the per-article fixed cost (allocations, headers, per-document tables).
    let one = common::scaled(1, false);
    for copies in [1, 10, 100] {
        g.throughput(Throughput::Bytes((one.len() * copies) as u64));
        g.bench_with_input(
            BenchmarkId::new("separate", format!("{copies}x")),
            &one,
            |b, text| {
                b.iter(|| {
                    for _ in 0..copies {
                        black_box(copydesk::parse_article(black_box(text)));
                    }
                });
            },
        );
    }
    g.finish();
}

fn main() {
    // CPU time of this thread unless COPYDESK_BENCH_WALL is set (see common::cpu).
    if common::cpu::wall() {
        let mut c = Criterion::default().configure_from_args();
        scaling(&mut c);
        c.final_summary();
    } else {
        let mut c = common::cpu::criterion();
        scaling(&mut c);
        c.final_summary();
    }
}
