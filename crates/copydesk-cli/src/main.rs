//! The `copydesk` command (skeleton).
fn main() {
    let path = std::env::args().nth(2).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    println!("{}", copydesk::parse_article(&text).to_json());
}
