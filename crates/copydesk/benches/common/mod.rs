//! Benchmark inputs shared by the criterion benches: three articles written for the benchmarks
//! (`data/short.txt`, `data/typical.txt`, `data/long.txt`) and the scaling material built from the
//! typical one. `benches/scaling.py` at the repository root builds the same scaled texts for the
//! command-line measurement; keep the two in step.
#![allow(dead_code)]

/// (name, text) of the benchmark articles, shortest first.
pub const ARTICLES: [(&str, &str); 3] = [
    ("short", include_str!("../data/short.txt")),
    ("typical", include_str!("../data/typical.txt")),
    ("long", include_str!("../data/long.txt")),
];

/// Every article text written in the repository (the benchmark articles, the test fixtures and
/// the examples, `*.txt`), in a fixed order: a stream of different articles, as real input is.
/// Parsing one article over and over lets the processor learn its branches; a stream of
/// different ones of the same length takes about twice the CPU time for the same instructions.
pub fn mixed_articles() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["benches/data", "tests/fixtures", "../../examples/articles"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    texts.retain(|t| !t.trim().is_empty());
    texts
}

/// The bytes of `texts` together: the throughput of one pass over them.
pub fn total_bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

/// `f` on each of `items` in turn, inputs and results through `black_box`: one pass of a
/// benchmark over a stream of articles.
pub fn each<T, R>(items: &[T], f: impl Fn(&T) -> R) {
    for item in items {
        std::hint::black_box(f(std::hint::black_box(item)));
    }
}

/// The typical article.
pub const TYPICAL: &str = include_str!("../data/typical.txt");

/// People named in `typical.txt`; `scaled(.., true)` renames them in every copy after the first.
const SURNAMES: [&str; 6] = [
    "Olsen",
    "Achebe",
    "Rahman",
    "Ortega",
    "Whitfield",
    "Kowalczyk",
];

const SYL_A: [&str; 10] = [
    "Hal", "Mor", "Bren", "Cas", "Dun", "Fen", "Gar", "Lind", "Ral", "Thorn",
];
const SYL_B: [&str; 10] = ["a", "e", "i", "o", "u", "ar", "el", "in", "or", "um"];
const SYL_C: [&str; 10] = [
    "wick", "ford", "ton", "more", "ley", "stead", "worth", "ham", "ridge", "by",
];

/// A made-up surname, different for every `n` below 1,000.
pub fn surname(n: usize) -> String {
    format!(
        "{}{}{}",
        SYL_A[n % 10],
        SYL_B[(n / 10) % 10],
        SYL_C[(n / 100) % 10]
    )
}

/// The typical article with its body (between the dateline and the "Related Stories" trailer)
/// repeated `copies` times: one article `copies` times as long, with the same head and trailer.
/// With `fresh_names`, copy k > 0 names different people, so the number of distinct entities
/// grows with the length too (what a quadratic clustering step would trip over).
pub fn scaled(copies: usize, fresh_names: bool) -> String {
    let text = TYPICAL;
    let body_start = text.find("MILWAUKEE").expect("typical.txt dateline");
    let body_end = text.find("Related Stories").expect("typical.txt trailer");
    let (head, body, tail) = (
        &text[..body_start],
        &text[body_start..body_end],
        &text[body_end..],
    );
    let mut out = String::with_capacity(text.len() * copies);
    out.push_str(head);
    for k in 0..copies {
        if k == 0 || !fresh_names {
            out.push_str(body);
        } else {
            let mut copy = body.to_owned();
            for (i, name) in SURNAMES.iter().enumerate() {
                copy = copy.replace(name, &surname(k * SURNAMES.len() + i));
            }
            out.push_str(&copy);
        }
    }
    out.push_str(tail);
    out
}

/// Criterion measurement of the benchmarking thread's CPU time instead of wall time: the machine
/// these benches run on is shared and busy, and a thread that waits for a core is not slower.
/// `COPYDESK_BENCH_WALL=1` in the environment switches back to criterion's wall clock.
pub mod cpu {
    use std::time::Duration;

    use cpu_time::ThreadTime;
    use criterion::Criterion;
    use criterion::measurement::{Measurement, ValueFormatter, WallTime};

    /// This thread's CPU time.
    pub struct CpuTime;

    static WALL: WallTime = WallTime;

    impl Measurement for CpuTime {
        type Intermediate = ThreadTime;
        type Value = Duration;

        fn start(&self) -> ThreadTime {
            ThreadTime::now()
        }
        fn end(&self, i: ThreadTime) -> Duration {
            i.elapsed()
        }
        fn add(&self, v1: &Duration, v2: &Duration) -> Duration {
            *v1 + *v2
        }
        fn zero(&self) -> Duration {
            Duration::ZERO
        }
        fn to_f64(&self, value: &Duration) -> f64 {
            value.as_nanos() as f64
        }
        fn formatter(&self) -> &dyn ValueFormatter {
            // The same units as wall time: nanoseconds shown as ns/µs/ms, bytes per second.
            WALL.formatter()
        }
    }

    /// Whether the user asked for wall time.
    pub fn wall() -> bool {
        std::env::var_os("COPYDESK_BENCH_WALL").is_some()
    }

    /// A criterion configured from the command line, measuring CPU time.
    pub fn criterion() -> Criterion<CpuTime> {
        Criterion::default()
            .with_measurement(CpuTime)
            .configure_from_args()
    }
}

/// The article as a news site would serve it: a head with a script and a style, a navigation bar,
/// the headline as `h1`, each paragraph as `p` (with character references for its quotation
/// marks and ampersands), a share bar and a footer. What `parse_html` and `html::to_text` are
/// measured on, so the page moves with the benchmark article.
pub fn as_page(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('\u{201c}', "&ldquo;")
            .replace('\u{201d}', "&rdquo;")
    };
    let mut blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
    let headline = blocks.next().unwrap_or_default();
    let mut page = String::with_capacity(text.len() * 2 + 2048);
    page.push_str("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    page.push_str("<title>Lakeshore Ledger | ");
    page.push_str(&escape(headline));
    page.push_str("</title>");
    page.push_str(
        "<style>body { font: 16px serif } .share a { margin: 0 4px }</style>\
         <script>window.dataLayer = window.dataLayer || []; if (a < b) { track(\"<p>\"); }</script>\
         </head><body><header><nav class=\"top\"><ul><li><a href=\"/\">Home</a></li>\
         <li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>\
         <main><article>",
    );
    page.push_str("<h1>");
    page.push_str(&escape(headline));
    page.push_str("</h1>\n");
    for block in blocks {
        page.push_str("<p>");
        page.push_str(&escape(block));
        page.push_str("</p>\n");
    }
    page.push_str(
        "<div class=\"share\"><button>Share</button><a href=\"#\">Facebook</a>\
         <a href=\"#\">Email</a></div></article></main><footer><p>&copy; 2025 Lakeshore Ledger\
         </p></footer><script src=\"/app.js\"></script></body></html>\n",
    );
    page
}
