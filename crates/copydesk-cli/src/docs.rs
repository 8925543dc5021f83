//! Where documents come from: files, directories, stdin, or JSON lines; read in bounded batches.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One document to parse, not yet decoded; a line of JSON lines borrows the reader's buffer.
#[derive(Debug, Clone)]
pub enum Doc<'a> {
    /// A plain-text file, read by the worker that parses it.
    File(PathBuf),
    /// The whole of stdin, already read.
    Stdin(Vec<u8>),
    /// One line of `--jsonl-input` (line number from 1), without its line ending.
    Line { line: usize, bytes: &'a [u8] },
    /// A document that failed before it could be read (a directory that cannot be listed).
    Failed { label: String, error: String },
}

/// An entry of the file list.
#[derive(Debug)]
pub enum Entry {
    Path(PathBuf),
    Stdin,
    Failed { label: String, error: String },
}

/// The documents of a run.
pub enum Source {
    /// Files (directories already expanded), in the order given, with a cursor.
    Files(std::vec::IntoIter<Entry>, usize),
    /// A JSON-lines stream.
    Jsonl(JsonlReader),
}

impl Source {
    /// Build a file source from the command line's entries.
    pub fn files(entries: Vec<Entry>) -> Source {
        let n = entries.len();
        Source::Files(entries.into_iter(), n)
    }

    /// True when the run has exactly one document (pretty JSON is then the default).
    pub fn single_document(&self) -> bool {
        match self {
            Source::Files(_, n) => *n == 1,
            Source::Jsonl(_) => false,
        }
    }

    /// The size of the run for a progress bar: `(total, in_bytes)`, when known.
    pub fn total(&self) -> (Option<u64>, bool) {
        match self {
            Source::Files(_, n) => (Some(*n as u64), false),
            Source::Jsonl(r) => (r.size, true),
        }
    }

    /// How far the run is: files handed out, or bytes of JSON lines read.
    pub fn position(&self) -> u64 {
        match self {
            Source::Files(it, n) => (*n - it.len()) as u64,
            Source::Jsonl(r) => r.consumed,
        }
    }

    /// The next batch of at most `max_docs` documents, closed early once it holds `max_bytes` of
    /// JSON lines; empty at the end. `Err` when the input stream itself breaks.
    pub fn next_batch(
        &mut self,
        max_docs: usize,
        max_bytes: usize,
    ) -> Result<Vec<Doc<'_>>, String> {
        match self {
            Source::Files(it, _) => {
                let mut batch = Vec::with_capacity(max_docs.min(it.len()));
                for entry in it.take(max_docs) {
                    batch.push(match entry {
                        Entry::Path(p) => Doc::File(p),
                        Entry::Stdin => match read_stdin() {
                            Ok(bytes) => Doc::Stdin(bytes),
                            Err(e) => Doc::Failed {
                                label: "<stdin>".into(),
                                error: format!("cannot read: {e}"),
                            },
                        },
                        Entry::Failed { label, error } => Doc::Failed { label, error },
                    });
                }
                Ok(batch)
            }
            Source::Jsonl(r) => r.next_batch(max_docs, max_bytes),
        }
    }
}

fn read_stdin() -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    io::stdin().lock().read_to_end(&mut buf)?;
    Ok(buf)
}

/// Expand the command line's inputs: `-` is stdin, a directory gives every `*.txt`, `*.html` and
/// `*.htm` file below it (recursively, sorted by path, symbolic links to directories not
/// followed), anything else is a file. A directory that cannot be listed becomes a failed document, so the run goes on.
pub fn expand(inputs: &[PathBuf]) -> Source {
    let mut entries = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            entries.push(Entry::Stdin);
        } else if input.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found, &mut entries);
            found.sort();
            entries.extend(found.into_iter().map(Entry::Path));
        } else {
            entries.push(Entry::Path(input.clone()));
        }
    }
    Source::files(entries)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, failed: &mut Vec<Entry>) {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) => {
            failed.push(Entry::Failed {
                label: dir.display().to_string(),
                error: format!("cannot list directory: {e}"),
            });
            return;
        }
    };
    for item in listing {
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                failed.push(Entry::Failed {
                    label: dir.display().to_string(),
                    error: format!("cannot list directory: {e}"),
                });
                continue;
            }
        };
        let path = item.path();
        let Ok(kind) = item.file_type() else { continue };
        if kind.is_dir() {
            walk(&path, found, failed);
        } else if (path.extension().is_some_and(|e| e == "txt")
            || crate::output::is_html_path(&path))
            && !kind.is_dir()
        {
            // Files and symbolic links to files.
            if kind.is_file() || path.is_file() {
                found.push(path);
            }
        }
    }
}

/// Reads `--jsonl-input` line by line.
pub struct JsonlReader {
    reader: Box<dyn BufRead>,
    label: String,
    /// Lines read so far.
    line: usize,
    /// Bytes read so far.
    consumed: u64,
    /// The input's size, for a file.
    size: Option<u64>,
    done: bool,
    /// The lines of the current batch, one after the other: one buffer reused from batch to
    /// batch instead of a growing `Vec` per line (its copies and its freshly faulted pages).
    buf: Vec<u8>,
    /// Where each line of the batch lies in `buf`, with its line number.
    lines: Vec<(usize, std::ops::Range<usize>)>,
}

impl JsonlReader {
    /// Open `path` (`-` for stdin).
    pub fn open(path: &Path) -> Result<JsonlReader, String> {
        let (reader, size, label): (Box<dyn BufRead>, _, _) = if path.as_os_str() == "-" {
            (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                None,
                "<stdin>".to_owned(),
            )
        } else {
            let file = File::open(path)
                .map_err(|e| format!("cannot open --jsonl-input {}: {e}", path.display()))?;
            let size = file.metadata().ok().map(|m| m.len());
            (
                Box::new(BufReader::with_capacity(1 << 16, file)),
                size,
                path.display().to_string(),
            )
        };
        Ok(JsonlReader {
            reader,
            label,
            line: 0,
            consumed: 0,
            size,
            done: false,
            buf: Vec::new(),
            lines: Vec::new(),
        })
    }

    fn next_batch(&mut self, max_docs: usize, max_bytes: usize) -> Result<Vec<Doc<'_>>, String> {
        self.buf.clear();
        self.lines.clear();
        if self.buf.capacity() == 0 {
            // A file's batch is sized once, as the file or a batch's worth of bytes, whichever
            // is less, rather than grown from empty by doubling, each step a copy of the lines
            // read so far (on 100 typical articles, 0.3 % of the run's instructions). Pages not
            // written are never touched.
            let size = self
                .size
                .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX));
            self.buf.reserve(size.min(max_bytes).saturating_add(1));
            self.lines.reserve(max_docs);
        }
        while !self.done && self.lines.len() < max_docs && self.buf.len() < max_bytes {
            let start = self.buf.len();
            let n = read_line(&mut *self.reader, &mut self.buf)
                .map_err(|e| format!("cannot read {}: {e}", self.label))?;
            if n == 0 {
                self.done = true;
                break;
            }
            self.line += 1;
            self.consumed += n as u64;
            while self.buf.len() > start && matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                self.buf.pop();
            }
            if self.buf[start..].iter().all(u8::is_ascii_whitespace) {
                self.buf.truncate(start);
                continue; // blank lines carry no document
            }
            self.lines.push((self.line, start..self.buf.len()));
        }
        Ok(self
            .lines
            .iter()
            .map(|(line, range)| Doc::Line {
                line: *line,
                bytes: &self.buf[range.clone()],
            })
            .collect())
    }
}

/// `reader.read_until(b'\n', buf)`: the next line, its `\n` included, appended to `buf`; the
/// number of bytes read, 0 at the end. The same loop as the standard library's, with the line
/// end found by the `memchr` crate's vector search instead of the standard library's search a
/// word at a time (a byte of input cost about one instruction there).
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', available) {
            Some(i) => (true, i + 1),
            None => (available.is_empty(), available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_line;
    use std::io::{BufRead, BufReader};

    #[test]
    fn read_line_reads_as_read_until() {
        let text = b"first\n\nthird line, longer than the buffer\r\nno end".repeat(3);
        for capacity in [1, 2, 3, 7, 16, 1000] {
            let (mut ours, mut std) = (
                BufReader::with_capacity(capacity, &text[..]),
                BufReader::with_capacity(capacity, &text[..]),
            );
            let (mut a, mut b) = (Vec::new(), Vec::new());
            loop {
                let n = read_line(&mut ours, &mut a).unwrap();
                assert_eq!(n, std.read_until(b'\n', &mut b).unwrap());
                assert_eq!(a, b, "capacity {capacity}");
                if n == 0 {
                    break;
                }
            }
        }
    }
}
