//! Parse one article file and print its outline.
//!
//! ```text
//! cargo run -p copydesk --example parse_file -- examples/articles/harbor-flood-plan.txt
//! ```
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse_file FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("parse_file: {}: {e}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    let article = copydesk::parse_article(&text);
    print!("{}", copydesk::outline::outline(&article));
    ExitCode::SUCCESS
}
