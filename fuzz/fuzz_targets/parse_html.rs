//! Fuzz `copydesk::parse_html`: any bytes (decoded lossily) are an HTML page whose extracted text
//! must be tidy (no leading or trailing whitespace) and become the record's text, with every
//! invariant held, and the same record when parsed again. Deep nesting, unclosed raw-text
//! elements and broken character references are what the dictionary steers towards.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let text = copydesk::html::to_text(&page);
    assert_eq!(
        text.trim_matches(|c: char| c.is_ascii_whitespace()),
        text,
        "extracted text is trimmed"
    );
    let article = copydesk::parse_html(&page);
    assert_eq!(article.text, text, "the record's text is the page's text");
    if let Err(e) = article.validate() {
        panic!("invariant broken: {e}");
    }
    let record = article.to_record();
    let json = serde_json::to_string(&record).expect("record serialises");
    let back: copydesk::record::Record = serde_json::from_str(&json).expect("record reads back");
    assert!(back == record, "JSON round trip changed the record");
    assert!(copydesk::parse_html(&page) == article, "parsing twice gave two records");
});
