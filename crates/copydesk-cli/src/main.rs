//! The `copydesk` command: parse news articles into offset-anchored records.
//!
//! ```text
//! copydesk parse article.txt                         # one pretty JSON record
//! copydesk parse --format text article.txt           # a readable outline
//! copydesk parse corpus/ --format jsonl -o out.jsonl # every *.txt under corpus/, one record a line
//! copydesk parse --jsonl-input docs.jsonl --threads 2 > records.jsonl
//! ```
//!
//! Exit status: 0 when every document parsed, 1 when some failed (each failure is reported on
//! stderr and, in JSON output, as an `{"id", "error"}` record in its place), 2 for a usage error.

mod docs;
mod jsonline;
mod output;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};

use crate::docs::{Doc, JsonlReader, Source};
use crate::output::{Outcome, Progress, Writer};

/// mimalloc instead of the system allocator: see its note in the workspace Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Parse English news articles into structured, offset-anchored records.
#[derive(Debug, ClapParser)]
#[command(name = "copydesk", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse articles given as plain-text or HTML files, directories of them, stdin, or JSON lines.
    #[command(after_help = "\
Exit status: 0 when every document parsed, 1 when some failed, 2 for a usage error.
Each failed document is named on stderr and, in JSON output, gets an {\"id\",\"error\"} record.")]
    Parse(ParseArgs),
}

#[derive(Debug, clap::Args)]
#[allow(clippy::struct_excessive_bools)]
struct ParseArgs {
    /// Article files, directories (every *.txt, *.html and *.htm file below them, sorted), or `-`
    /// for stdin. With no input and no --jsonl-input, stdin is read. Files ending in .html or
    /// .htm are read as HTML pages.
    #[arg(value_name = "FILE|DIR|-")]
    inputs: Vec<PathBuf>,

    /// Output format. Default: `json` (pretty) for one document, `jsonl` for several or for
    /// --jsonl-input. `text` prints a readable outline.
    #[arg(long, short = 'f', value_enum)]
    format: Option<Format>,

    /// Read documents as JSON lines, one `{"id": ..., "text": ...}` object a line (`-` for
    /// stdin); records come out in input order.
    #[arg(long, value_name = "FILE|-", conflicts_with = "inputs")]
    jsonl_input: Option<PathBuf>,

    /// Write the output to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,

    /// Worker threads (default: one per core). Output order does not depend on it.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,

    /// Decode invalid UTF-8 by replacing bad bytes with U+FFFD instead of failing the document.
    #[arg(long)]
    lossy: bool,

    /// Read every file and stdin as an HTML page, whatever its name (the page's text is extracted
    /// first and becomes the record's `text`).
    #[arg(long, conflicts_with = "jsonl_input")]
    html: bool,

    /// Never show a progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty JSON: one record, or an array of records for several documents.
    Json,
    /// One compact JSON record a line.
    Jsonl,
    /// A readable outline: title, sections, entities, quotes.
    Text,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors to stderr with status 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let Command::Parse(args) = cli.command;
    output::quiet_panics();
    match run(&args) {
        Ok(Status::AllParsed) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::from(1),
        Err(Fatal::Usage(msg)) => {
            eprintln!("copydesk: {msg}\n\nFor more information, try 'copydesk parse --help'.");
            ExitCode::from(2)
        }
        Err(Fatal::Io(msg)) => {
            eprintln!("copydesk: {msg}");
            ExitCode::from(1)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    AllParsed,
    SomeFailed,
}

#[derive(Debug)]
enum Fatal {
    /// Bad arguments: exit status 2.
    Usage(String),
    /// The run could not go on (output not writable, input stream broken): exit status 1.
    Io(String),
}

/// Documents a thread parses as one group ([`output::parse_group`]: each stage over the whole
/// group before the next stage, which on a stream of distinct news articles took 6-8 % off the
/// CPU time of parsing them one by one).
const GROUP_DOCS: usize = 64;
/// Documents parsed per batch and thread: enough to keep every thread busy, few enough that
/// memory stays bounded however long the input is (a batch's articles are all held until they
/// are written).
const DOCS_PER_THREAD: usize = 64;
/// Input bytes per batch and thread: a batch is closed early once it holds this much text.
const BYTES_PER_THREAD: usize = 8 << 20;

fn run(args: &ParseArgs) -> Result<Status, Fatal> {
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        usize::from,
    );
    let pool = if threads <= 1 {
        None
    } else {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("copydesk-{i}"))
                .build()
                .map_err(|e| Fatal::Io(format!("cannot start {threads} threads: {e}")))?,
        )
    };

    // What to read.
    let mut source = if let Some(path) = &args.jsonl_input {
        Source::Jsonl(JsonlReader::open(path).map_err(Fatal::Io)?)
    } else {
        let inputs = if args.inputs.is_empty() {
            if io::stdin().is_terminal() {
                return Err(Fatal::Usage(
                    "no input: name files or directories, `-` for stdin, or --jsonl-input".into(),
                ));
            }
            vec![PathBuf::from("-")]
        } else {
            args.inputs.clone()
        };
        if inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
            return Err(Fatal::Usage("stdin (`-`) can be read only once".into()));
        }
        docs::expand(&inputs)
    };
    let single = source.single_document();
    let format = args
        .format
        .unwrap_or(if single { Format::Json } else { Format::Jsonl });

    let sink: Box<dyn Write> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(
            std::fs::File::create(path)
                .map_err(|e| Fatal::Io(format!("cannot create {}: {e}", path.display())))?,
        ),
        _ => stdout_sink(),
    };
    let mut out = Writer::new(sink, format, single);
    let progress = Progress::new(!args.quiet && io::stderr().is_terminal(), source.total());
    let mut failed = 0usize;

    let batch_docs = threads * DOCS_PER_THREAD;
    let batch_bytes = threads * BYTES_PER_THREAD;
    loop {
        let batch = source
            .next_batch(batch_docs, batch_bytes)
            .map_err(Fatal::Io)?;
        if batch.is_empty() {
            break;
        }
        let read = output::Read {
            lossy: args.lossy,
            html: args.html,
        };
        // One thread: the batch is parsed right here, each record written straight into the
        // writer's buffer. Handing it to a one-worker pool would only add two thread switches
        // per batch (and the worker's spinning while it waits).
        let Some(pool) = &pool else {
            if batch.len() == 1 {
                for doc in batch {
                    let outcome = output::process(doc, format, read, out.sink());
                    if let Some(status) = write(&mut out, outcome, &progress, &mut failed)? {
                        return Ok(status);
                    }
                }
            } else {
                for parsed in output::parse_group(batch, read) {
                    let outcome = output::render_parsed(parsed, format, out.sink());
                    if let Some(status) = write(&mut out, outcome, &progress, &mut failed)? {
                        return Ok(status);
                    }
                }
            }
            progress.update(source.position());
            continue;
        };
        // Several threads: the batch in groups of at most GROUP_DOCS, as evenly sized as they
        // can be, at least one group per thread; the pool hands them out.
        let groups = batch
            .len()
            .div_ceil(GROUP_DOCS)
            .max(threads)
            .min(batch.len());
        let size = batch.len().div_ceil(groups);
        let mut docs = batch.into_iter();
        let groups: Vec<Vec<Doc<'_>>> = (0..groups)
            .map(|_| docs.by_ref().take(size).collect())
            .collect();
        let outcomes: Vec<Outcome> = pool.install(|| {
            use rayon::prelude::*;
            groups
                .into_par_iter()
                .flat_map_iter(|group| {
                    output::parse_group(group, read)
                        .into_iter()
                        .map(|parsed| output::render_parsed(parsed, format, None))
                        .collect::<Vec<Outcome>>()
                })
                .collect()
        });
        for outcome in outcomes {
            if let Some(status) = write(&mut out, outcome, &progress, &mut failed)? {
                return Ok(status);
            }
        }
        progress.update(source.position());
    }
    progress.finish();
    match out.finish() {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(Fatal::Io(format!("cannot write output: {e}"))),
    }
    Ok(status(failed))
}

/// Write one outcome (and its error message, if any); `Some` when the run is over (the reader
/// of the output went away).
fn write(
    out: &mut Writer,
    outcome: Outcome,
    progress: &Progress,
    failed: &mut usize,
) -> Result<Option<Status>, Fatal> {
    if let Err(message) = &outcome.result {
        *failed += 1;
        progress.suspend(|| eprintln!("copydesk: {}: {message}", outcome.label()));
    }
    match out.write(outcome) {
        Ok(()) => Ok(None),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Some(status(*failed))),
        Err(e) => Err(Fatal::Io(format!("cannot write output: {e}"))),
    }
}

/// Standard output for the records. On Unix, a duplicate of its descriptor as a plain file: the
/// output then goes through the writer's own buffer only, not also through std's line buffering
/// of stdout, which searches every chunk for its last line end and copies the rest once more.
fn stdout_sink() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

fn status(failed: usize) -> Status {
    if failed == 0 {
        Status::AllParsed
    } else {
        Status::SomeFailed
    }
}
