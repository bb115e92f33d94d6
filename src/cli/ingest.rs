//! `tupu ingest`: articles → the knowledge graph on disk.

use super::ExitStatus;
use anyhow::Context;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use tupu::dictionary::Dictionary;
use tupu::normalize::TextEncoding;
use tupu::store::{doc_name, Outcome, Store, DEFAULT_PATH};
use tupu::{Extraction, Pipeline};

/// Extract articles into the knowledge graph (an oxigraph store on disk).
///
/// Each article becomes one named graph, <https://tupu.dev/article/FILE>,
/// written in one transaction: its metadata, entities, relations, figures
/// and a provenance statement for every extracted triple. Articles are
/// identified by file name. An article whose text and extractor version
/// are unchanged is skipped; a changed one replaces its graph. The curated
/// dictionary and the ontology are kept in their own graphs.
///
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

    // Built on first need: nothing to extract when every article is unchanged.
    let mut pipeline: Option<Pipeline> = None;
    for path in &files {
        let doc = doc_name(path);
        let result = ingest_one(&store, &mut pipeline, path, &doc, args.force, args.encoding);
        match result {
            Ok((outcome, quads, warnings)) => {
                match outcome {
                    Outcome::New => tally.new += 1,
                    Outcome::Changed => tally.changed += 1,
                    Outcome::Unchanged => tally.unchanged += 1,
                }
                tally.warnings += warnings.len();
                if args.verbose {
                    let outcome = format!("{outcome:?}").to_lowercase();
                    eprintln!("tupu: {outcome:<9} {} ({quads} quads)", path.display());
                    for warning in warnings {
                        eprintln!("tupu: {}: warning: {warning}", path.display());
                    }
                }
            }
            Err(err) => {
                eprintln!("tupu: {}: {err:#}", path.display());
                tally.failed += 1;
            }
        }
    }
    store.flush()?;

    let counts = store.counts()?;
    let total = tally.new + tally.changed + tally.unchanged + tally.failed;
    eprintln!(
        "tupu: {total} article{}: {} new, {} changed, {} unchanged, {} failed",
        if total == 1 { "" } else { "s" },
        tally.new,
        tally.changed,
        tally.unchanged,
        tally.failed
    );
    eprintln!(
        "tupu: store {}: {} articles, {} entities ({} curated), {} statements, {} triples",
        args.store.display(),
        counts.articles,
        counts.entities,
        counts.curated_entities,
        counts.statements,
        counts.quads
    );
    if tally.warnings > 0 && !args.verbose {
        eprintln!("tupu: the RDF mapping left out {} items (--verbose lists them)", tally.warnings);
    }
    Ok(if tally.failed > 0 { ExitStatus::Failure } else { ExitStatus::Success })
}

/// Reads, extracts and stores one article.
fn ingest_one(
    store: &Store,
    pipeline: &mut Option<Pipeline>,
    path: &Path,
    doc: &str,
    force: bool,
    encoding: Option<TextEncoding>,
) -> anyhow::Result<(Outcome, usize, Vec<String>)> {
    let text = read_article(path, encoding)?;
    if !force && store.article_status(doc, &text)? == Outcome::Unchanged {
        return Ok((Outcome::Unchanged, 0, Vec::new()));
    }
    if pipeline.is_none() {
        *pipeline = Some(Pipeline::new().context("loading the extractor")?);
    }
    let pipeline = pipeline.as_ref().expect("just built");
    let extraction: Extraction = catch_unwind(AssertUnwindSafe(|| pipeline.extract(doc, &text)))
        .map_err(|_| anyhow::anyhow!("the extractor panicked on this article"))?;
    let ingested = if force {
        store.replace_article(path, &text, &extraction)?
    } else {
        store.ingest_article(path, &text, &extraction)?
    };
    Ok((ingested.outcome, ingested.quads, ingested.warnings))
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
        let is_article = path
            .extension()
            .is_some_and(|e| EXTENSIONS.contains(&e.to_string_lossy().to_ascii_lowercase().as_str()));
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
