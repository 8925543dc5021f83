//! Pathological inputs: each must give a valid record and finish.
//!
//! There are no timing assertions (timings on a shared machine are noise): every stage must be
//! linear, and these inputs are big enough that a quadratic stage would not finish in any
//! reasonable time, which fails the run. The root `Cargo.toml` builds the `copydesk` library
//! with optimisation in the dev and test profiles so that these run in seconds.
//!
//! Memory: the 50 MB article is parsed in a child process (this test binary run again on one
//! test), which reports its own peak resident memory after parsing; it must stay under
//! 10 × the input + 50 MB (the target of the speed issue).

use copydesk::{Article, Label};

/// Parse `text` and check what holds for every record: the invariants of `validate()`, the text
/// kept as given, and code-point offsets that slice to their text. Returns the article.
fn parse_checked(text: &str) -> Article {
    let a = copydesk::parse_article(text);
    assert!(a.text == text, "plain-text input is kept exactly");
    a.validate()
        .unwrap_or_else(|e| panic!("invariant broken: {e}"));
    check_offsets(&a);
    a
}

/// The record's code-point offsets map back to the byte spans (checked in one pass over the
/// sorted offsets, so that it stays linear on big inputs).
fn check_offsets(a: &Article) {
    let r = a.to_record();
    let mut pairs: Vec<(usize, usize)> = Vec::new(); // (code point, byte)
    let mut push = |cp: usize, byte: usize| pairs.push((cp, byte));
    for s in a.sections.iter().zip(&r.sections) {
        if let (Some(h), Some(rh)) = (s.0.heading, &s.1.heading) {
            push(rh.start, h.start);
            push(rh.end, h.end);
        }
        for (p, rp) in s.0.paragraphs.iter().zip(&s.1.paragraphs) {
            push(rp.start, p.span.start);
            push(rp.end, p.span.end);
            for (s, rs) in p.sentences.iter().zip(&rp.sentences) {
                push(rs.start, s.start);
                push(rs.end, s.end);
            }
        }
    }
    for (e, re) in a.entities.iter().zip(&r.entities) {
        for (m, rm) in e.mentions.iter().zip(&re.mentions) {
            push(rm.start, m.start);
            push(rm.end, m.end);
        }
    }
    for (q, rq) in a.quotes.iter().zip(&r.quotes) {
        for (s, rs) in q.spans.iter().zip(&rq.spans) {
            push(rs.start, s.start);
            push(rs.end, s.end);
        }
    }
    if let (Some(t), Some(rt)) = (a.title, &r.title) {
        push(rt.start, t.start);
        push(rt.end, t.end);
    }
    pairs.sort_unstable();
    let mut chars = a.text.char_indices().map(|(i, _)| i).chain([a.text.len()]);
    let mut cp = 0;
    let mut byte = chars.next().unwrap_or(0);
    for (want_cp, want_byte) in pairs {
        while cp < want_cp {
            byte = chars
                .next()
                .unwrap_or_else(|| panic!("code point {want_cp} beyond the text"));
            cp += 1;
        }
        assert_eq!(
            byte, want_byte,
            "code point {want_cp} is byte {byte}, span says {want_byte}"
        );
    }
}

const MB: usize = 1 << 20;

/// `piece` repeated until the text is at least `bytes` long.
fn repeat_to(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes.div_ceil(piece.len()))
}

/// A small deterministic generator (no dependency, same text every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

const NEWS: &str = "The council said on Monday that Mr. Haverford's plan, worth $2.4 billion, \
    would \"raise the sea walls\" before 2030, according to the U.S. Army Corps of Engineers. ";

#[test]
fn ten_megabyte_single_line() {
    let text = repeat_to(NEWS, 10 * MB);
    assert!(!text.contains('\n'));
    let a = parse_checked(&text);
    assert!(
        a.paragraphs().count() <= 1,
        "one line is at most one paragraph"
    );
}

#[test]
fn hundred_thousand_unclosed_quotation_marks() {
    for mark in ["\"", "\u{201c}", "\u{ab}", "``", "'"] {
        let text = format!(
            "Quotes Never Close\n\n{}",
            format!("{mark}Word said ").repeat(100_000)
        );
        let a = parse_checked(&text);
        // Unbalanced marks may cost the quotes they touch, never the article.
        assert!(a.paragraphs().count() >= 1, "body lost for mark {mark:?}");
    }
}

#[test]
fn hundred_thousand_quotes_attributed_by_pronouns() {
    // Many short quotes, each needing its speaker resolved: speaker search must not look back
    // over every earlier quote or entity.
    let mut text = String::from("Speakers Everywhere\n\nMayor Linda Haverford spoke first.\n\n");
    for i in 0..100_000 {
        text.push_str(if i % 2 == 0 {
            "\"We will build it,\" she said. "
        } else {
            "He added: \u{201c}Not this year.\u{201d} "
        });
        if i % 10 == 9 {
            text.push_str("\n\n");
        }
    }
    parse_checked(&text);
}

#[test]
fn hundred_thousand_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("([{\"", "\"}])")] {
        let text = format!(
            "Deep Nesting\n\n{}The Mayor said yes.{}\n",
            open.repeat(100_000),
            close.repeat(100_000)
        );
        parse_checked(&text);
        // And never closed.
        parse_checked(&format!("Deep Nesting\n\n{}", open.repeat(100_000)));
    }
}

#[test]
fn only_capitalised_words() {
    let words = [
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta",
        "Department",
        "Bank",
        "Inc.",
        "Mr.",
        "President",
        "United",
        "States",
        "Of",
        "The",
        "New",
        "York",
        "Van",
        "Bin",
        "Al-",
        "Jr.",
        "St.",
    ];
    let mut rng = Lcg(7);
    // One endless run of capitalised words (one giant name candidate) ...
    let mut run = String::new();
    while run.len() < 2 * MB {
        run.push_str(rng.pick(&words));
        run.push(' ');
    }
    parse_checked(&run);
    // ... and the same words as short title-case lines (each a heading candidate).
    let mut lines = String::new();
    while lines.len() < 2 * MB {
        for _ in 0..=rng.next() % 6 {
            lines.push_str(rng.pick(&words));
            lines.push(' ');
        }
        lines.push('\n');
        if rng.next() % 3 == 0 {
            lines.push('\n');
        }
    }
    parse_checked(&lines);
}

#[test]
fn only_punctuation() {
    let marks = [
        ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "-", "\u{2014}", "\u{2026}", "...",
        "\u{201c}", "\u{201d}", "\u{2019}", "$", "%", "&", "*", "/", " ", "\n",
    ];
    let mut rng = Lcg(11);
    let mut text = String::new();
    while text.len() < 2 * MB {
        text.push_str(rng.pick(&marks));
    }
    let a = parse_checked(&text);
    assert!(
        a.entities
            .iter()
            .all(|e| !matches!(e.label, Label::Person | Label::Org | Label::Gpe)),
        "punctuation names no one"
    );
}

#[test]
fn nul_and_control_characters() {
    let mut text = String::from("Control\u{0} Freaks\u{7}\n\n");
    for i in 0..200_000u32 {
        let c = match i % 40 {
            n @ 0..=31 => char::from_u32(n).unwrap(),
            32 => '\u{7f}',
            33 => '\u{85}',
            34 => '\u{9b}',
            35 => '\u{2028}',
            36 => '\u{2029}',
            37 => '\u{feff}',
            _ => 'x',
        };
        text.push(c);
        if i % 7 == 0 {
            text.push_str(" Said Mr. Smith. ");
        }
    }
    parse_checked(&text);
    parse_checked(&"\u{0}".repeat(MB));
}

#[test]
fn right_to_left_emoji_and_combining_marks() {
    let pieces = [
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd}. ",
        "\u{627}\u{644}\u{633}\u{644}\u{627}\u{645} \u{639}\u{644}\u{64a}\u{643}\u{645}. ",
        "\u{202e}Reversed Mayor said\u{202c} ",
        "\u{200f}\u{200e}\u{2067}Isolated\u{2069} ",
        "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466} ",
        "\u{1f44d}\u{1f3fd} \u{1f1fa}\u{1f1f8} ",
        "Zo\u{eb} \u{c5}ngstr\u{f6}m said \u{201c}caf\u{e9}\u{201d}. ",
        "Z\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}\u{309}\u{30a}\u{30b}a\u{300}\u{316}\u{317} ",
        "\u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947} ",
        "\n\n",
    ];
    let mut rng = Lcg(3);
    let mut text = String::from("Mixed Scripts \u{1f389}\n\n");
    while text.len() < 2 * MB {
        text.push_str(rng.pick(&pieces));
    }
    parse_checked(&text);
    // One letter under 100,000 combining marks: one grapheme cluster 200 KB long.
    parse_checked(&format!(
        "Zalgo\n\nA{} said the mayor.",
        "\u{301}".repeat(100_000)
    ));
}

#[test]
fn lines_of_one_megabyte() {
    let mut text = String::from("Long Lines\n\n");
    for i in 0..5 {
        text.push_str(&repeat_to(NEWS, MB));
        text.push_str(if i % 2 == 0 { "\n" } else { "\n\n" });
    }
    // A megabyte without a single space or sentence end.
    text.push_str(&"x".repeat(MB));
    parse_checked(&text);
}

#[test]
fn a_million_blank_lines() {
    for nl in ["\n", "\r\n", "\r", " \t\n", "\u{a0}\n"] {
        let text = nl.repeat(1_000_000);
        let a = parse_checked(&text);
        assert!(a.title.is_none() && a.paragraphs().count() == 0, "{nl:?}");
        assert!(a.entities.is_empty() && a.quotes.is_empty());
        // Blank lines around one short article.
        let text = format!(
            "{}Title\n\nBody text.{}",
            nl.repeat(500_000),
            nl.repeat(500_000)
        );
        let a = parse_checked(&text);
        assert_eq!(a.paragraphs().count(), 1, "{nl:?}");
    }
}

#[test]
fn many_short_lines_and_abbreviations() {
    // 200,000 one-word lines (heading, byline and list candidates), then abbreviations only.
    let mut rng = Lcg(5);
    let mut text = String::new();
    for _ in 0..200_000 {
        text.push_str(rng.pick(&["By", "Comments", "Advertisement", "Mr.", "Related", "I"]));
        text.push('\n');
    }
    parse_checked(&text);
    parse_checked(&repeat_to("U.S. Mr. Dr. J. R. R. ", 2 * MB));
    parse_checked(&repeat_to("said he said she said they said. ", 2 * MB));
}

/// The article used for the 50 MB test: the example articles run together and repeated.
fn big_article(bytes: usize) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut parts = Vec::new();
    for dir in [
        root.join("tests/fixtures"),
        root.join("../../examples/articles"),
    ] {
        if let Ok(listing) = std::fs::read_dir(dir) {
            let mut paths: Vec<_> = listing.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                if p.extension().is_some_and(|e| e == "txt") {
                    parts.push(std::fs::read_to_string(p).unwrap());
                }
            }
        }
    }
    let body = if parts.is_empty() {
        NEWS.to_owned()
    } else {
        parts.join("\n\n")
    };
    let mut text = String::with_capacity(bytes + body.len());
    while text.len() < bytes {
        text.push_str(&body);
        text.push_str("\n\n");
    }
    text
}

const BIG: usize = 50 * MB;

/// Run in a child process by `fifty_megabyte_article_memory_bounded`; on its own it just parses.
#[test]
#[ignore = "run by fifty_megabyte_article_memory_bounded in a child process"]
fn fifty_megabyte_article_child() {
    let text = big_article(BIG);
    let a = copydesk::parse_article(&text);
    a.validate().unwrap();
    if let Some(peak) = peak_rss_bytes() {
        println!("PEAK_RSS={peak} INPUT={}", text.len());
    }
    // Serialising is reported, not bounded here (the record repeats the text it anchors).
    let json_len = a.to_json().len();
    assert!(json_len > text.len());
    if let Some(peak) = peak_rss_bytes() {
        println!("peak with JSON record: {} MB", peak / MB);
    }
}

#[test]
fn fifty_megabyte_article_memory_bounded() {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "fifty_megabyte_article_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .expect("run the child test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("1 passed"),
        "the child test did not run: {stdout}"
    );
    // Linux reports peak memory in /proc; elsewhere only the run itself is checked. (The test
    // harness prints "test name ... " on the same line before the child's own output.)
    let report = stdout.find("PEAK_RSS=").map(|at| {
        let mut fields = stdout[at..].split_whitespace().take(2).map(|f| {
            f.split('=')
                .nth(1)
                .and_then(|n| n.parse::<usize>().ok())
                .expect("PEAK_RSS=<bytes> INPUT=<bytes>")
        });
        (fields.next().unwrap(), fields.next().unwrap())
    });
    assert!(
        report.is_some() || !cfg!(target_os = "linux"),
        "no memory report from the child: {stdout}"
    );
    if let Some((peak, input)) = report {
        let bound = 10 * input + 50 * MB;
        assert!(
            peak < bound,
            "peak memory {} MB over the bound {} MB for a {} MB input",
            peak / MB,
            bound / MB,
            input / MB
        );
    }
}

/// Peak resident memory of this process (`VmHWM`), on Linux.
fn peak_rss_bytes() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
