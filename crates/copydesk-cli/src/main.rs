//! The `copydesk` command (minimal: the CLI issue replaces this with the full command).
use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let jsonl = args
        .iter()
        .position(|a| a == "--jsonl-input")
        .and_then(|i| args.get(i + 1));
    let out = std::io::stdout();
    let mut out = out.lock();
    if let Some(path) = jsonl {
        let f = std::io::BufReader::new(std::fs::File::open(path).expect("open input"));
        for line in f.lines() {
            let line = line.expect("read");
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line).expect("json");
            let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
            let mut a = copydesk::parse_article(text);
            a.id = v
                .get("id")
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned));
            writeln!(out, "{}", a.to_json()).unwrap();
        }
    } else {
        let path = args.last().cloned().unwrap_or_default();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        writeln!(out, "{}", copydesk::parse_article(&text).to_json()).unwrap();
    }
}
