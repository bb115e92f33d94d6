//! `tupu ingest`: articles → the knowledge graph on disk.

use super::ExitStatus;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::io::IsTerminal;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tupu::dictionary::Dictionary;
use tupu::normalize::TextEncoding;
use tupu::rdf::article_iri;
use tupu::store::{doc_name, Ingested, Outcome, PreparedArticle, Store, BULK_COMMIT_QUADS, DEFAULT_PATH};
use tupu::{Extraction, Pipeline};

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

/// Articles extracted in parallel before the writer takes them: bounds
/// memory (a batch, not the corpus, is held at once).
const BATCH_PER_THREAD: usize = 32;

/// What the parallel stage hands the writer for one file.
enum Prepared {
    /// Same text, same extractor: nothing to write.
    Unchanged,
    /// Mapped to quads; `new` when the store did not have the article.
    Ready { article: PreparedArticle, new: bool },
}

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
    let mut tally = Tally::default();
    let files = collect(&args.paths, &mut tally);

    let store = Store::open(&args.store)?;
    let dictionary = Dictionary::bundled().context("loading the bundled dictionary")?;
    store.load_ontology().context("loading the ontology")?;
    let (_, curated_warnings) = store.load_curated(&dictionary).context("loading the curated dictionary")?;
    if args.verbose {
        for warning in &curated_warnings {
            eprintln!("tupu: ontology/dictionary.tsv: warning: {warning}");
        }
    }

    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from)).max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().context("starting the extraction threads")?;
    // Built on first need (nothing to extract when every article is
    // unchanged), then shared by the threads: the extractor is immutable.
    let pipeline: OnceLock<Result<Pipeline, String>> = OnceLock::new();
    let progress = Progress::new(files.len(), args.verbose);

    let mut writer = Writer::new(&store, args.force, !args.no_bulk);
    // One job reads and writes one article at a time, as a serial tool would.
    let batch_size = if jobs == 1 { 1 } else { BATCH_PER_THREAD * jobs };
    for batch in files.chunks(batch_size) {
        let prepared: Vec<anyhow::Result<Prepared>> = pool.install(|| {
            batch.par_iter().map(|path| prepare(&store, &pipeline, path, args.force, args.encoding)).collect()
        });
        for (path, prepared) in batch.iter().zip(prepared) {
            writer.take(path, prepared);
        }
        writer.report(&progress, &mut tally);
    }
    writer.commit_bulk();
    writer.report(&progress, &mut tally);
    progress.finish();
    store.flush()?;
    // RocksDB drops the write-ahead log of flushed writes when the store is
    // opened again; without this, many small transactions (--no-bulk,
    // re-ingests) leave hundreds of MB of it until the next run.
    drop(writer);
    drop(store);
    let store = Store::open(&args.store)?;

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

fn unchanged(path: &Path) -> Ingested {
    Ingested { outcome: Outcome::Unchanged, graph: article_iri(&doc_name(path)), quads: 0, warnings: Vec::new() }
}

/// The parallel half of ingesting one file: read, skip if unchanged,
/// extract, map to quads. Reads the store but never writes it.
fn prepare(
    store: &Store,
    pipeline: &OnceLock<Result<Pipeline, String>>,
    path: &Path,
    force: bool,
    encoding: Option<TextEncoding>,
) -> anyhow::Result<Prepared> {
    let text = read_article(path, encoding)?;
    let doc = doc_name(path);
    let status = store.article_status(&doc, &text)?;
    if !force && status == Outcome::Unchanged {
        return Ok(Prepared::Unchanged);
    }
    let pipeline = pipeline
        .get_or_init(|| Pipeline::new().map_err(|err| format!("loading the extractor: {err}")))
        .as_ref()
        .map_err(|err| anyhow::anyhow!("{err}"))?;
    let extraction: Extraction = catch_unwind(AssertUnwindSafe(|| pipeline.extract(&doc, &text)))
        .map_err(|_| anyhow::anyhow!("the extractor panicked on this article"))?;
    let article = store.prepare_article(path, &text, &extraction);
    Ok(Prepared::Ready { article, new: status == Outcome::New })
}

/// The single writer: writes changed articles in a transaction each, and
/// gathers new ones for a bulk-loader commit; reports every article, in
/// file order, once it is written (so "done" always means "in the store").
struct Writer<'s> {
    store: &'s Store,
    force: bool,
    bulk_enabled: bool,
    /// Articles from the first one not yet reported, with their result once
    /// there is one.
    pending: VecDeque<(PathBuf, Option<anyhow::Result<Ingested>>)>,
    reported: usize,
    /// New articles waiting for the next commit, by their index in the run.
    bulk: Vec<(usize, PreparedArticle)>,
    bulk_quads: usize,
}

impl<'s> Writer<'s> {
    fn new(store: &'s Store, force: bool, bulk_enabled: bool) -> Self {
        Writer { store, force, bulk_enabled, pending: VecDeque::new(), reported: 0, bulk: Vec::new(), bulk_quads: 0 }
    }

    fn take(&mut self, path: &Path, prepared: anyhow::Result<Prepared>) {
        let index = self.reported + self.pending.len();
        let result = match prepared {
            Ok(Prepared::Unchanged) => Some(Ok(unchanged(path))),
            Ok(Prepared::Ready { article, new: true }) if self.bulk_enabled => {
                self.bulk_quads += article.quads.len();
                self.bulk.push((index, article));
                None
            }
            Ok(Prepared::Ready { article, .. }) => {
                Some(self.store.write_prepared(article, self.force).map_err(Into::into))
            }
            Err(err) => Some(Err(err)),
        };
        self.pending.push_back((path.to_path_buf(), result));
        if self.bulk_quads >= BULK_COMMIT_QUADS {
            self.commit_bulk();
        }
    }

    /// One all-or-nothing commit of the gathered new articles. A failure
    /// here is the storage's (disk full, I/O), not an article's: every
    /// article of the commit is reported failed with it, none is half-written.
    fn commit_bulk(&mut self) {
        if self.bulk.is_empty() {
            return;
        }
        let (indexes, articles): (Vec<usize>, Vec<PreparedArticle>) =
            std::mem::take(&mut self.bulk).into_iter().unzip();
        self.bulk_quads = 0;
        match self.store.bulk_load_new(articles) {
            Ok(done) => {
                for (index, ingested) in indexes.into_iter().zip(done) {
                    self.pending[index - self.reported].1 = Some(Ok(ingested));
                }
            }
            Err(err) => {
                let message = format!("{err:#}");
                for index in indexes {
                    self.pending[index - self.reported].1 = Some(Err(anyhow::anyhow!("{message}")));
                }
            }
        }
    }

    /// Reports the articles written so far, in order.
    fn report(&mut self, progress: &Progress, tally: &mut Tally) {
        while self.pending.front().is_some_and(|(_, result)| result.is_some()) {
            let (path, result) = self.pending.pop_front().expect("just checked");
            progress.article(&path, &result.expect("just checked"), tally);
            self.reported += 1;
        }
    }
}

/// Per-article reporting: a progress bar when stderr is a terminal, a
/// line every few seconds otherwise (logs stay readable), and one line per
/// article with `--verbose`.
struct Progress {
    bar: Option<ProgressBar>,
    verbose: bool,
    total: usize,
    done: std::cell::Cell<usize>,
    started: Instant,
    last_line: std::cell::Cell<Instant>,
}

/// How often a plain progress line is written when stderr is not a terminal.
const PLAIN_PROGRESS_EVERY: Duration = Duration::from_secs(10);

impl Progress {
    fn new(total: usize, verbose: bool) -> Progress {
        let bar = (std::io::stderr().is_terminal() && total > 1).then(|| {
            let bar = ProgressBar::new(total as u64);
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} articles  {per_sec}  eta {eta}")
                    .expect("the template is valid"),
            );
            bar
        });
        let now = Instant::now();
        Progress { bar, verbose, total, done: 0.into(), started: now, last_line: now.into() }
    }

    fn article(&self, path: &Path, result: &anyhow::Result<Ingested>, tally: &mut Tally) {
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

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The text of an article: the one place that reads article files, so that
/// decoding (encodings, HTML) is decided in one place — the pipeline's.
fn read_article(path: &Path, encoding: Option<TextEncoding>) -> anyhow::Result<String> {
    // The caller names the file: say only what is wrong with it.
    tupu::pipeline::read_article(path, encoding).map_err(|err| anyhow::anyhow!(err.problem()))
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
