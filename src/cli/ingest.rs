//! `tupu ingest`: articles → the knowledge graph on disk.

use super::ExitStatus;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tupu::dictionary::Dictionary;
use tupu::ingest::{IngestError, Ingestor, Sink};
use tupu::normalize::TextEncoding;
use tupu::pipeline::doc_name;
use tupu::store::{Ingested, Outcome, Store, DEFAULT_PATH};

/// Extract articles into the knowledge graph (an oxigraph store on disk).
///
/// Each article becomes one named graph, <https://tupu.dev/article/FILE>,
/// written atomically (a transaction, or for articles new to the store a
/// bulk-loader commit per batch): its metadata, entities, relations, figures
/// and a provenance statement for every extracted triple. Articles are
/// identified by file name. An article whose text and extractor version
/// are unchanged is skipped; a changed one replaces its graph. The curated
/// dictionary and the ontology are kept in their own graphs.
///
/// Articles are extracted in parallel (--jobs) and written by one writer.
/// A file that cannot be read or ingested is reported on stderr and does
/// not stop the others; the exit code is then 1. A summary is printed on
/// stderr at the end.
///
/// Example: tupu ingest samples/ --store tupu-data
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, or folders searched recursively for .txt, .md and
    /// .html files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The store directory; created when missing.
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
    /// Extract and rewrite every article, even unchanged ones.
    #[arg(long)]
    force: bool,
    /// Print one line per article, and what the RDF mapping left out.
    /// An article's line is printed once it is committed to the store.
    #[arg(short, long)]
    verbose: bool,
    /// Threads extracting articles (default: one per core). The store
    /// always has a single writer.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    jobs: Option<usize>,
    /// Write every article in a transaction of its own. By default,
    /// articles new to the store are written in batches through oxigraph's
    /// bulk loader (each batch all or nothing), which is much faster for
    /// first-time loads.
    #[arg(long)]
    no_bulk: bool,
    /// Read every file in this encoding instead of detecting it: utf-8,
    /// utf-16le, utf-16be, gb18030 (or gbk, gb2312), big5.
    #[arg(long, value_name = "ENCODING")]
    encoding: Option<TextEncoding>,
    #[command(flatten)]
    home: super::home_arg::HomeArg,
}

/// Extensions searched for in folders (files named explicitly are always read).
const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

#[derive(Debug, Default)]
struct Tally {
    new: usize,
    changed: usize,
    unchanged: usize,
    failed: usize,
    warnings: usize,
    /// Triples written by this run.
    quads: usize,
}

/// How long the closing summary may spend totalling the store: the
/// counts are full scans, minutes on a store of tens of millions of
/// triples, and not worth that wait after a small addition.
const SUMMARY_TIME: Duration = Duration::from_secs(10);

/// `--jobs`: from 1 to 4 per core (more threads only wait for the writer).
fn parse_jobs(text: &str) -> Result<usize, String> {
    let max = 4 * std::thread::available_parallelism().map_or(1, usize::from);
    match text.trim().parse::<usize>() {
        Ok(0) => Err("use at least 1 thread".into()),
        Ok(n) if n > max => Err(format!("{n} threads is too many; at most {max} (4 per core)")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{text}` is not a number of threads")),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    // Checked before the store is opened: a wrong --home touches nothing.
    let dictionary = Dictionary::bundled().context("loading the bundled dictionary")?;
    let home = args.home.resolve_with(&dictionary)?;
    let mut tally = Tally::default();
    let files = collect(&args.paths, &mut tally);

    let store = Store::open(&args.store)?;
    let (_, curated_warnings) =
        tupu::ingest::load_sources(&store, &dictionary).context("loading the ontology and the curated dictionary")?;
    if args.verbose {
        for warning in &curated_warnings {
            eprintln!("tupu: ontology/dictionary.tsv: warning: {warning}");
        }
    }

    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from)).max(1);
    let ingestor =
        Ingestor::new(&store).force(args.force).bulk(!args.no_bulk).jobs(jobs).encoding(args.encoding).home(home);
    let mut progress = Progress::new(files.len(), args.verbose, &mut tally);
    ingestor.ingest_files(&files, &mut progress)?;
    progress.finish();

    let total = tally.new + tally.changed + tally.unchanged + tally.failed;
    eprintln!(
        "tupu: {total} article{}: {} new, {} changed, {} unchanged, {} failed; {} triples written",
        if total == 1 { "" } else { "s" },
        tally.new,
        tally.changed,
        tally.unchanged,
        tally.failed,
        tally.quads
    );
    // RocksDB drops the write-ahead log of flushed writes when the store is
    // opened again; without this, many small transactions (--no-bulk,
    // re-ingests) leave hundreds of MB of it until the next run. A flush
    // that fails (a full disk) loses nothing: what was reported written is
    // in that log, and the next open replays it.
    drop(ingestor);
    let flushed = store.flush();
    drop(store);
    let disk_full = |error: &dyn std::fmt::Display| {
        if tupu::store::is_disk_full(&error.to_string()) {
            " — the disk is full: free some space and run `tupu ingest` again (the articles above that failed go then)"
        } else {
            ""
        }
    };
    if let Err(error) = flushed {
        anyhow::bail!(
            "writing out the store at {}: {error}{}; the articles reported written are kept in its log",
            args.store.display(),
            disk_full(&error)
        );
    }
    let store = Store::open(&args.store).map_err(|error| anyhow::anyhow!("{error}{}", disk_full(&error)))?;

    match store.counts_within(SUMMARY_TIME)? {
        Some(counts) => eprintln!(
            "tupu: store {}: {} articles, {} entities ({} curated), {} mentions, {} statements, {} triples",
            args.store.display(),
            counts.articles,
            counts.entities,
            counts.curated_entities,
            counts.mentions,
            counts.statements,
            counts.quads
        ),
        None => eprintln!(
            "tupu: store {}: {} articles; too large to total quickly (`tupu query --store {} \"SELECT (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} }}\"` counts its triples)",
            args.store.display(),
            store.article_count()?,
            args.store.display()
        ),
    }
    if tally.warnings > 0 && !args.verbose {
        eprintln!("tupu: the RDF mapping left out {} items (--verbose lists them)", tally.warnings);
    }
    Ok(if tally.failed > 0 { ExitStatus::Failure } else { ExitStatus::Success })
}

/// Per-article reporting: a progress bar when stderr is a terminal, a
/// line every few seconds otherwise (logs stay readable), and one line per
/// article with `--verbose`.
struct Progress<'t> {
    tally: &'t mut Tally,
    bar: Option<ProgressBar>,
    verbose: bool,
    total: usize,
    done: std::cell::Cell<usize>,
    started: Instant,
    last_line: std::cell::Cell<Instant>,
}

/// How often a plain progress line is written when stderr is not a terminal.
const PLAIN_PROGRESS_EVERY: Duration = Duration::from_secs(10);

impl<'t> Progress<'t> {
    fn new(total: usize, verbose: bool, tally: &'t mut Tally) -> Progress<'t> {
        let bar = (std::io::stderr().is_terminal() && total > 1).then(|| {
            let bar = ProgressBar::new(total as u64);
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} articles  {per_sec}  eta {eta}")
                    .expect("the template is valid"),
            );
            bar
        });
        let now = Instant::now();
        Progress { tally, bar, verbose, total, done: 0.into(), started: now, last_line: now.into() }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Sink for Progress<'_> {
    fn article(&mut self, path: &Path, result: &Result<Ingested, IngestError>) {
        let tally = &mut *self.tally;
        let say = |line: String| match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        };
        match result {
            Ok(ingested) => {
                match ingested.outcome {
                    Outcome::New => tally.new += 1,
                    Outcome::Changed => tally.changed += 1,
                    Outcome::Unchanged => tally.unchanged += 1,
                }
                tally.warnings += ingested.warnings.len();
                tally.quads += ingested.quads;
                if self.verbose {
                    let outcome = format!("{:?}", ingested.outcome).to_lowercase();
                    say(format!("tupu: {outcome:<9} {} ({} quads)", path.display(), ingested.quads));
                    for warning in &ingested.warnings {
                        say(format!("tupu: {}: warning: {warning}", path.display()));
                    }
                }
            }
            Err(err) => {
                say(format!("tupu: {}: {err:#}", path.display()));
                tally.failed += 1;
            }
        }
        self.done.set(self.done.get() + 1);
        if let Some(bar) = &self.bar {
            bar.inc(1);
        } else if !self.verbose && self.last_line.get().elapsed() >= PLAIN_PROGRESS_EVERY {
            self.last_line.set(Instant::now());
            let rate = self.done.get() as f64 / self.started.elapsed().as_secs_f64();
            eprintln!("tupu: {}/{} articles ({rate:.1}/s)", self.done.get(), self.total);
        }
    }
}

/// The files to ingest, in order: named files as given, folders walked
/// recursively in sorted order (hidden entries skipped). Two different
/// files with one file name cannot both be ingested (articles are
/// identified by file name): the second one fails.
fn collect(paths: &[PathBuf], tally: &mut Tally) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files, tally, &mut Vec::new()),
            Ok(_) => files.push(path.clone()),
            Err(err) => {
                eprintln!("tupu: {}: cannot read: {}", path.display(), describe(&err));
                tally.failed += 1;
            }
        }
    }
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut unique = Vec::new();
    for file in files {
        let canonical = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
        match seen.get(&doc_name(&file)) {
            Some(first) if *first == canonical => {}
            Some(first) => {
                eprintln!(
                    "tupu: {}: same file name as {}; articles are identified by file name",
                    file.display(),
                    first.display()
                );
                tally.failed += 1;
            }
            None => {
                seen.insert(doc_name(&file), canonical);
                unique.push(file);
            }
        }
    }
    unique
}

/// Walks `dir` in sorted order. `ancestors` are the canonical folders above
/// it: a folder symlink that leads back to one of them is a loop, reported
/// and skipped. Entries that cannot be inspected (dangling links, link
/// loops between files) are reported too, so nothing vanishes silently.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, tally: &mut Tally, ancestors: &mut Vec<PathBuf>) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(canonical) => canonical,
        Err(err) => {
            eprintln!("tupu: {}: cannot read: {err}", dir.display());
            tally.failed += 1;
            return;
        }
    };
    if let Some(ancestor) = ancestors.iter().find(|a| **a == canonical) {
        eprintln!("tupu: {}: symlink loop (leads back to {}); skipped", dir.display(), ancestor.display());
        tally.failed += 1;
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!("tupu: {}: cannot read the folder: {err}", dir.display());
            tally.failed += 1;
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    ancestors.push(canonical);
    for path in paths {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        let is_article =
            path.extension().is_some_and(|e| EXTENSIONS.contains(&e.to_string_lossy().to_ascii_lowercase().as_str()));
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, files, tally, ancestors),
            Ok(_) if is_article => files.push(path),
            Ok(_) => {}
            Err(err) if is_article || path.is_symlink() => {
                eprintln!("tupu: {}: cannot read: {}", path.display(), describe(&err));
                tally.failed += 1;
            }
            Err(_) => {}
        }
    }
    ancestors.pop();
}

/// An I/O error as a reader of the message wants it: a loop of symlinks is
/// named as such (Linux says "Too many levels of symbolic links").
fn describe(err: &std::io::Error) -> String {
    if err.raw_os_error() == Some(40) && cfg!(target_os = "linux") {
        format!("symlink loop ({err})")
    } else {
        err.to_string()
    }
}
