//! The `copydesk` command, run as users run it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/articles/harbor-flood-plan.txt"
);

fn copydesk() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_copydesk"));
    cmd.stdin(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("copydesk runs");
    (
        status.code().expect("exited, not killed"),
        String::from_utf8(stdout).expect("stdout is UTF-8"),
        String::from_utf8(stderr).expect("stderr is UTF-8"),
    )
}

fn run_with_stdin(cmd: &mut Command, input: &[u8]) -> (i32, String, String) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("copydesk starts");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    path
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// The code-point slice `text[start..end]`, as Python would take it.
fn cp_slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn text_outline_of_the_example_article() {
    let (code, out, err) = run(copydesk().args(["parse", "--format", "text", EXAMPLE]));
    assert_eq!(code, 0, "{err}");
    let title = std::fs::read_to_string(EXAMPLE)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(title.as_str()));
    assert_eq!(lines.next().unwrap(), "=".repeat(title.chars().count()));
    assert!(out.contains("\nBody: "), "{out}");
    assert!(out.contains("sea walls along the waterfront"), "{out}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn one_file_gives_one_pretty_record_with_code_point_offsets() {
    let (code, out, _) = run(copydesk().args(["parse", EXAMPLE]));
    assert_eq!(code, 0);
    assert!(out.starts_with("{\n  "), "pretty JSON expected");
    let record: Value = serde_json::from_str(&out).unwrap();
    let text = record["text"].as_str().unwrap();
    assert_eq!(text, std::fs::read_to_string(EXAMPLE).unwrap());
    assert_eq!(record["id"].as_str(), Some(EXAMPLE));
    let title = &record["title"];
    assert_eq!(
        cp_slice(
            text,
            title["start"].as_u64().unwrap(),
            title["end"].as_u64().unwrap()
        ),
        title["text"].as_str().unwrap()
    );
}

#[test]
fn non_ascii_offsets_are_code_points() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.txt",
        "Café Owners Rally 🎉\n\nZoë Ångström spoke in Zürich.\n".as_bytes(),
    );
    let (code, out, _) = run(copydesk().arg("parse").arg(&path));
    assert_eq!(code, 0);
    let record: Value = serde_json::from_str(&out).unwrap();
    let text = record["text"].as_str().unwrap();
    for section in record["sections"].as_array().unwrap() {
        for p in section["paragraphs"].as_array().unwrap() {
            let got = cp_slice(
                text,
                p["start"].as_u64().unwrap(),
                p["end"].as_u64().unwrap(),
            );
            assert_eq!(got, p["text"].as_str().unwrap());
        }
    }
}

#[test]
fn jsonl_input_keeps_order_across_batches_and_threads() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::new();
    // More documents than one batch (threads × 32) so that order across batches is tested too.
    for i in 0..400 {
        let text = format!(
            "Headline Number {i}\n\nThe council met on day {i}. It voted {} times.\n",
            i % 7
        );
        input.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        input.push('\n');
    }
    let path = write(dir.path(), "in.jsonl", input.as_bytes());
    // One thread parses on the main thread, more go through the pool: the same bytes out.
    let mut outputs = Vec::new();
    for threads in ["1", "3"] {
        let (code, out, err) = run(copydesk()
            .args(["parse", "--threads", threads, "--jsonl-input"])
            .arg(&path));
        assert_eq!(code, 0, "{err}");
        outputs.push(out.clone());
        let records = jsonl(&out);
        assert_eq!(records.len(), 400);
        for (i, r) in records.iter().enumerate() {
            assert_eq!(r["id"], format!("doc-{i}"));
            assert!(
                r["text"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("Headline Number {i}\n"))
            );
        }
    }
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn bad_lines_become_error_records_and_the_run_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"ok-1\", \"text\": \"First Story\\n\\nIt rained.\"}\n");
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n"); // truncated JSON
    input.extend_from_slice(b"\n"); // blank lines carry no document
    input.extend_from_slice(b"[1, 2, 3]\n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"{\"id\": \"num-text\", \"text\": 5}\n");
    input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"{\"id\": \"page\", \"html\": \"<p>Hi</p>\"}\n");
    input.extend_from_slice(
        b"{\"id\": \"ok-2\", \"text\": \"Second Story\\r\\n\\r\\nIt snowed.\"}\r\n",
    );
    let (code, out, err) = run_with_stdin(copydesk().args(["parse", "--jsonl-input", "-"]), &input);
    assert_eq!(code, 1, "some documents failed: {err}");
    let records = jsonl(&out);
    let ids: Vec<&Value> = records.iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [
            "ok-1", "broken", "null", "no-text", "num-text", "bad-utf8", "page", "ok-2"
        ]
        .map(|s| if s == "null" || s == "broken" {
            // A line that is not valid JSON has no id to echo.
            Value::Null
        } else {
            Value::String(s.into())
        })
        .iter()
        .collect::<Vec<_>>()
    );
    let errors: Vec<&str> = records
        .iter()
        .filter_map(|r| r.get("error").and_then(Value::as_str))
        .collect();
    assert_eq!(errors.len(), 5, "{errors:?}");
    assert!(errors[0].starts_with("invalid JSON"), "{errors:?}");
    assert!(errors[4].contains("invalid UTF-8"), "{errors:?}");
    assert_eq!(records[1]["line"], 2);
    assert_eq!(records[0]["title"]["text"], "First Story");
    assert_eq!(records[6]["title"]["text"], "Hi");
    assert_eq!(records[7]["title"]["text"], "Second Story");
    // Every failure is also named on stderr.
    assert_eq!(err.lines().count(), 5, "{err}");
    assert!(err.contains("line 2: invalid JSON"), "{err}");
}

#[test]
fn html_lines_are_parsed_from_their_text() {
    let page = "<!doctype html><html><head><title>Gazette | Ferry Fares Rise</title>\
        <script>var a = \"<p>not text</p>\";</script></head><body>\
        <nav><a href=/>Home</a></nav><article><h1>Ferry Fares Rise</h1>\
        <p>By <a href=/x>Ana Lopez</a></p><p>Fares rise by 5% on Monday, the port&nbsp;said.</p>\
        </article></body></html>";
    let line = serde_json::json!({"id": "p1", "html": page}).to_string();
    let (code, out, err) = run_with_stdin(
        copydesk().args(["parse", "--jsonl-input", "-"]),
        format!("{line}\n").as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    let record = &jsonl(&out)[0];
    assert_eq!(record["id"], "p1");
    // The record's text is the page's text, and every offset points into it.
    assert_eq!(
        record["text"],
        "Ferry Fares Rise\n\nBy Ana Lopez\n\nFares rise by 5% on Monday, the port\u{a0}said."
    );
    assert_eq!(record["title"]["text"], "Ferry Fares Rise");
}

/// A small page written here: furniture in `nav`, a script holding markup, an entity reference.
const HARBOUR_PAGE: &str = "<!doctype html><html><head><title>Tidewater Post | Harbour Pilots Strike</title>\
    <script>document.write(\"<p>not text</p>\");</script></head><body>\
    <nav><a href=/>Home</a> <a href=/world>World</a></nav><main><h1>Harbour Pilots Strike</h1>\
    <p>Pilots at the port of Lisbon stopped work on Tuesday.</p>\
    <p>&ldquo;We will not move a ship until the roster is fixed,&rdquo; said Rui Matos, the \
    union&rsquo;s spokesman.</p></main></body></html>";

#[test]
fn html_files_are_read_as_pages_by_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "strike.HTML", HARBOUR_PAGE.as_bytes());
    let (code, out, err) = run(copydesk().args(["parse", "-f", "jsonl"]).arg(&page));
    assert_eq!(code, 0, "{err}");
    let record = &jsonl(&out)[0];
    let text = record["text"].as_str().unwrap();
    assert!(text.starts_with("Harbour Pilots Strike\n\n"), "{text}");
    assert!(
        !text.contains('<') && !text.contains("not text") && !text.contains("Home"),
        "{text}"
    );
    assert_eq!(record["title"]["text"], "Harbour Pilots Strike");
    let quote = &record["quotes"][0];
    assert_eq!(
        quote["text"],
        "We will not move a ship until the roster is fixed,"
    );
    assert_eq!(quote["speaker"]["name"], "Rui Matos");
    // The same bytes named .txt are plain text: the markup stays in the record's text.
    let plain = write(dir.path(), "strike.txt", HARBOUR_PAGE.as_bytes());
    let (code, out, err) = run(copydesk().args(["parse", "-f", "jsonl"]).arg(&plain));
    assert_eq!(code, 0, "{err}");
    assert!(jsonl(&out)[0]["text"].as_str().unwrap().contains("<nav>"));
}

#[test]
fn html_flag_reads_stdin_as_a_page_and_directories_take_html_files() {
    let (code, out, err) = run_with_stdin(
        copydesk().args(["parse", "--html", "-f", "jsonl", "-"]),
        HARBOUR_PAGE.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(jsonl(&out)[0]["title"]["text"], "Harbour Pilots Strike");

    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.htm", HARBOUR_PAGE.as_bytes());
    write(dir.path(), "a.txt", b"Alpha Story\n\nBody a.\n");
    write(dir.path(), "c.css", b"body { color: red }\n");
    let (code, out, err) = run(copydesk().arg("parse").arg(dir.path()));
    assert_eq!(code, 0, "{err}");
    let titles: Vec<String> = jsonl(&out)
        .iter()
        .map(|r| r["title"]["text"].as_str().unwrap_or("-").to_string())
        .collect();
    assert_eq!(titles, ["Alpha Story", "Harbour Pilots Strike"]);

    // --html and --jsonl-input do not go together (lines say for themselves what they hold).
    let (code, _, err) = run(copydesk().args(["parse", "--html", "--jsonl-input", "-"]));
    assert_eq!(code, 2, "{err}");
}

/// A page written here whose text names no author and whose date stands only in its footer:
/// both come from its metadata, on every path (a file, a JSON line in a group, one thread).
const META_PAGE: &str = "<html><head><title>Gull Count Falls | Tidewater Post</title>\
    <meta name=\"author\" content=\"Wren Okafor\">\
    <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
    \"datePublished\": \"2025-05-21T06:00:00Z\"}</script></head><body><main>\
    <h1>Gull Count Falls</h1><p>Volunteers counted fewer gulls on the cliffs this spring, the \
    bird trust said.</p><footer><p>Posted 21 May 2025</p></footer></main></body></html>";

#[test]
fn html_metadata_gives_authors_and_date_on_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "gulls.html", META_PAGE.as_bytes());
    let (code, out, err) = run(copydesk().args(["parse", "-f", "jsonl"]).arg(&page));
    assert_eq!(code, 0, "{err}");
    let from_file = jsonl(&out).remove(0);
    assert_eq!(from_file["authors"], serde_json::json!(["Wren Okafor"]));
    assert_eq!(from_file["published"]["iso"], "2025-05-21");
    assert_eq!(from_file["published"]["raw"], "21 May 2025");
    // JSON lines: a plain-text line before the page and one after it get no metadata
    let lines = [
        serde_json::json!({"id": "t1", "text": "By Ann Roe\n\nThe tide was high."}),
        serde_json::json!({"id": "p", "html": META_PAGE}),
        serde_json::json!({"id": "t2", "text": "The tide was low."}),
    ]
    .map(|l| l.to_string() + "\n")
    .concat();
    for threads in ["1", "2"] {
        let (code, out, err) = run_with_stdin(
            copydesk().args(["parse", "--threads", threads, "--jsonl-input", "-"]),
            lines.as_bytes(),
        );
        assert_eq!(code, 0, "{err}");
        let records = jsonl(&out);
        assert_eq!(records[0]["authors"], serde_json::json!(["Ann Roe"]));
        assert_eq!(records[1]["authors"], from_file["authors"]);
        assert_eq!(records[1]["published"], from_file["published"]);
        assert_eq!(records[2]["authors"], serde_json::json!([]));
        assert!(records[2]["published"].is_null());
    }
}

#[test]
fn a_parser_panic_costs_one_document_not_the_batch() {
    // This text made the quote stage panic (quotes/speaker.rs sliced inside a multibyte
    // character; crates/copydesk/tests/properties.rs has the regression test). Whether or not
    // that is fixed, every document of the batch must come out, in order.
    let mut input = String::new();
    for (i, text) in [
        "First Story\n\nIt rained.\n".to_owned(),
        format!(
            "Storm Update\n\n{} Ana Lopez, the mayor, spoke on Monday.\n\n\"We will build it,\" she said.\n",
            "\u{2070}".repeat(10)
        ),
        "Last Story\n\nIt snowed.\n".to_owned(),
    ]
    .iter()
    .enumerate()
    {
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let (code, out, err) = run_with_stdin(
        copydesk().args(["parse", "--jsonl-input", "-", "--threads", "1"]),
        input.as_bytes(),
    );
    let records = jsonl(&out);
    assert_eq!(records.len(), 3, "{err}");
    assert_eq!(records[0]["title"]["text"], "First Story");
    assert_eq!(records[2]["title"]["text"], "Last Story");
    match records[1].get("error").and_then(Value::as_str) {
        Some(e) => {
            assert!(e.contains("internal error"), "{e}");
            assert_eq!(code, 1);
            assert!(err.lines().count() == 1, "one short line per panic: {err}");
        }
        None => assert_eq!(code, 0, "{err}"),
    }
}

#[test]
fn lossy_flag_decodes_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 Reopens\n\nThe caf\xe9 reopened.\n",
    );
    let (code, out, err) = run(copydesk().arg("parse").arg(&path));
    assert_eq!(code, 1);
    assert!(
        err.contains("latin1.txt"),
        "the message names the file: {err}"
    );
    assert!(err.contains("invalid UTF-8 at byte 3"), "{err}");
    assert!(err.contains("--lossy"), "{err}");
    let record: Value = serde_json::from_str(&out).unwrap();
    assert!(record["error"].is_string());

    let (code, out, err) = run(copydesk().args(["parse", "--lossy"]).arg(&path));
    assert_eq!(code, 0, "{err}");
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(record["title"]["text"], "Caf\u{FFFD} Reopens");
}

#[test]
fn directory_gives_sorted_txt_files_and_missing_files_fail_alone() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"Bravo Story\n\nBody b.\n");
    write(dir.path(), "a.txt", b"Alpha Story\n\nBody a.\n");
    write(dir.path(), "sub/c.txt", b"Charlie Story\n\nBody c.\n");
    write(dir.path(), "notes.md", b"Not An Article\n");
    let missing = dir.path().join("missing.txt");
    let (code, out, err) = run(copydesk().arg("parse").arg(dir.path()).arg(&missing));
    assert_eq!(code, 1, "{err}");
    let records = jsonl(&out);
    let titles: Vec<&str> = records
        .iter()
        .map(|r| r["title"]["text"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(titles, ["Alpha Story", "Bravo Story", "Charlie Story", "-"]);
    assert!(
        records[3]["error"]
            .as_str()
            .unwrap()
            .contains("no such file")
    );
    assert!(
        err.contains("missing.txt: cannot read: no such file"),
        "{err}"
    );
}

#[test]
fn several_documents_as_json_make_an_array_and_text_has_headers() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", b"Alpha Story\n\nBody a.\n");
    let b = write(dir.path(), "b.txt", b"Bravo Story\n\nBody b.\n");
    let (code, out, _) = run(copydesk()
        .args(["parse", "--format", "json"])
        .arg(&a)
        .arg(&b));
    assert_eq!(code, 0);
    let array: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(array.as_array().unwrap().len(), 2);
    assert_eq!(array[1]["title"]["text"], "Bravo Story");

    let (code, out, _) = run(copydesk().args(["parse", "-f", "text"]).arg(&a).arg(&b));
    assert_eq!(code, 0);
    assert!(
        out.starts_with(&format!("==> {} <==\nAlpha Story\n", a.display())),
        "{out}"
    );
    assert!(
        out.contains(&format!("\n==> {} <==\nBravo Story\n", b.display())),
        "{out}"
    );
}

#[test]
fn output_file_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let (code, out, _) = run_with_stdin(
        copydesk()
            .args(["parse", "-f", "jsonl", "-o"])
            .arg(&target)
            .arg("-"),
        "Piped Story\n\nFrom stdin.\n".as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(out.is_empty());
    let records = jsonl(&std::fs::read_to_string(&target).unwrap());
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["title"]["text"], "Piped Story");
    assert!(records[0].get("id").is_none(), "stdin has no id");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["parse", "--bogus"][..],
        &["parse", "--threads", "0", "x.txt"],
        &["parse", "--format", "xml", "x.txt"],
        &["parse", "--jsonl-input", "a.jsonl", "b.txt"],
        &["parse", "-", "-"],
        &["frobnicate"],
    ] {
        let (code, out, err) = run(copydesk().args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(!err.is_empty(), "{args:?}");
    }
    let (code, out, _) = run(copydesk().args(["parse", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("--jsonl-input"));
}

#[test]
fn closed_stdout_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::new();
    for i in 0..3000 {
        let text = format!("Story {i}\n\n{}\n", "The board met again. ".repeat(20));
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let path = write(dir.path(), "big.jsonl", input.as_bytes());
    let mut child = copydesk()
        .args(["parse", "--jsonl-input"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, like `| head -1`, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "no message on a closed pipe: {err}");
}

#[test]
fn unopenable_jsonl_input_is_reported() {
    let (code, out, err) = run(copydesk().args(["parse", "--jsonl-input", "/nonexistent/x.jsonl"]));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("/nonexistent/x.jsonl"), "{err}");
}
