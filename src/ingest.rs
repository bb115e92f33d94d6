//! The one ingest path: bytes and a name → article text → [`Extraction`]
//! → quads → the single writer. `tupu ingest`, `POST /articles` and the
//! benchmark all go through it; what goes into an article's graph is
//! decided here, not in [`Store`], which only persists quads.
//!
//! For each article: read it ([`pipeline::article_text`]: encodings, HTML,
//! the size cap), check its status in the store (same text and extractor
//! version: nothing to do), extract, map ([`map_article`]) and hand the
//! quads to one writer. Every article's outcome goes to a [`Sink`].
//!
//! ```
//! use tupu::ingest::Ingestor;
//! use tupu::store::{Outcome, Store};
//!
//! let store = Store::in_memory()?;
//! let ingestor = Ingestor::new(&store);
//! let first = ingestor.ingest_bytes("a.txt", "腾讯发布了混元大模型。".as_bytes())?;
//! assert_eq!(first.outcome, Outcome::New);
//! let again = ingestor.ingest_bytes("a.txt", "腾讯发布了混元大模型。".as_bytes())?;
//! assert_eq!(again.outcome, Outcome::Unchanged);
//! # Ok::<_, tupu::ingest::IngestError>(())
//! ```

use crate::dictionary::Dictionary;
use crate::model::Extraction;
use crate::normalize::{Document, TextEncoding};
use crate::pipeline::{self, doc_name, Home, Pipeline, PipelineError};
use crate::rdf::mapping::{hex, MAPPING_VERSION};
use crate::rdf::vocab;
use crate::rdf::{article_iri, map_article, map_curated, map_ontology, ArticleMeta, CuratedNames};
use crate::store::{Ingested, Outcome, PreparedArticle, Store, StoreError, BULK_COMMIT_QUADS, ONTOLOGY_TTL};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};
use thiserror::Error;

/// Why one article was not ingested. The message does not name the
/// article: the caller does (`tupu: FILE: PROBLEM`).
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The article could not be read: I/O, encoding, an empty page, too large.
    #[error("{}", .0.problem())]
    Read(#[from] PipelineError),
    /// The extractor (dictionary, segmenter) could not be loaded.
    #[error("loading the extractor: {0}")]
    Extractor(String),
    #[error("the extractor panicked on this article")]
    Panicked,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A bulk commit failed: every article of the commit gets its message.
    #[error("{0}")]
    Commit(String),
}

/// Where an [`Ingestor`] reports each article, in input order, once its
/// write has committed (or it failed): a progress bar, a JSON reply,
/// a benchmark's counters.
pub trait Sink {
    fn article(&mut self, path: &Path, result: &Result<Ingested, IngestError>);
}

/// A sink that keeps every result, in order.
impl Sink for Vec<(PathBuf, Result<Ingested, IngestError>)> {
    fn article(&mut self, path: &Path, result: &Result<Ingested, IngestError>) {
        let copy = match result {
            Ok(ingested) => Ok(ingested.clone()),
            Err(err) => Err(IngestError::Commit(err.to_string())),
        };
        self.push((path.to_path_buf(), copy));
    }
}

/// The version written with every article graph: the extractor's
/// ([`pipeline::EXTRACTOR_VERSION`]), the mapping's ([`MAPPING_VERSION`])
/// and the first 12 hex digits of the bundled dictionary's SHA-256 — the
/// graph depends on all three, so changing any of them re-extracts on the
/// next ingest.
/// A home other than [`Home::Auto`] changes what domestic words give, so
/// it is part of the version too.
pub(crate) fn extractor_version(home: &Home) -> String {
    let dictionary = hex(&Sha256::digest(crate::dictionary::BUNDLED_TSV.as_bytes()));
    let version = format!("tupu {} rdf/{MAPPING_VERSION} dict/{}", pipeline::EXTRACTOR_VERSION, &dictionary[..12]);
    match home.version_tag() {
        Some(tag) => format!("{version} {tag}"),
        None => version,
    }
}

/// SHA-256 of the text, lower-case hex: with the extractor version, what
/// tells whether a stored article is unchanged.
pub(crate) fn sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Writes the ontology graph (the bundled `ontology/tupu.ttl`) and the
/// curated graph (the dictionary), each only when its content changed;
/// returns whether the curated graph was written, and what its mapping
/// left out.
///
/// A new store gets both in one bulk commit (`Store::replace_sources`
/// says why: it keeps the store a third smaller).
pub fn load_sources(store: &Store, dictionary: &Dictionary) -> Result<(bool, Vec<String>), StoreError> {
    let ontology = map_ontology(ONTOLOGY_TTL, "ontology/tupu.ttl", &now_utc()).map_err(StoreError::Ontology)?;
    let curated = map_curated(dictionary, CURATED_SOURCE, &now_utc());
    let written =
        store.replace_sources(&[(vocab::ONTOLOGY_GRAPH, &ontology.quads), (vocab::CURATED_GRAPH, &curated.quads)])?;
    Ok((written[1], curated.warnings))
}

/// Writes the ontology graph from the bundled `ontology/tupu.ttl` when it
/// changed; returns whether it was written.
pub fn load_ontology(store: &Store) -> Result<bool, StoreError> {
    let ontology = map_ontology(ONTOLOGY_TTL, "ontology/tupu.ttl", &now_utc()).map_err(StoreError::Ontology)?;
    store.replace_source(vocab::ONTOLOGY_GRAPH, &ontology.quads)
}

/// The path the curated graph names as its source.
const CURATED_SOURCE: &str = "ontology/dictionary.tsv";

/// Writes the curated graph from the dictionary when its content changed;
/// returns whether it was written, and what the mapping left out.
pub fn load_curated(store: &Store, dictionary: &Dictionary) -> Result<(bool, Vec<String>), StoreError> {
    let curated = map_curated(dictionary, CURATED_SOURCE, &now_utc());
    let changed = store.replace_source(vocab::CURATED_GRAPH, &curated.quads)?;
    Ok((changed, curated.warnings))
}

/// No curated names: an article graph that says everything (the entry
/// points look the curated graph up before they map, so this is a guard).
static NO_CURATED: std::sync::LazyLock<CuratedNames> = std::sync::LazyLock::new(CuratedNames::default);

/// Status check → extract → map → the single writer, for files or bytes.
pub struct Ingestor<'s> {
    store: &'s Store,
    /// Built on first need (nothing is extracted when every article is
    /// unchanged), then shared by the threads: the extractor is immutable.
    pipeline: OnceLock<Result<Arc<Pipeline>, String>>,
    /// What the store's curated graph says, looked up once: article graphs
    /// leave it out (`CuratedNames`).
    curated: OnceLock<CuratedNames>,
    version: String,
    home: Home,
    force: bool,
    bulk: bool,
    jobs: usize,
    encoding: Option<TextEncoding>,
}

/// Articles extracted in parallel before the writer takes them: bounds
/// memory (a batch, not the corpus, is held at once).
const BATCH_PER_THREAD: usize = 32;

/// What the parallel stage hands the writer for one article.
enum Prepared {
    /// Same text, same extractor: nothing to write.
    Unchanged(PathBuf),
    /// Mapped to quads; `new` when the store did not have the article.
    Ready { article: PreparedArticle, new: bool },
}

impl<'s> Ingestor<'s> {
    /// An ingestor into `store`: one job, no bulk loading, detected encodings.
    pub fn new(store: &'s Store) -> Self {
        Ingestor {
            store,
            pipeline: OnceLock::new(),
            curated: OnceLock::new(),
            version: extractor_version(&Home::Auto),
            home: Home::Auto,
            force: false,
            bulk: false,
            jobs: 1,
            encoding: None,
        }
    }

    /// Uses this extractor instead of loading one on first need.
    pub(crate) fn with_pipeline(mut self, pipeline: Arc<Pipeline>) -> Self {
        self.home = pipeline.home().clone();
        self.version = extractor_version(&self.home);
        let _ = self.pipeline.set(Ok(pipeline));
        self
    }

    /// The place domestic words (国内, 国产, 本土) stand for ([`Home`]);
    /// articles stored with another home are extracted again.
    pub fn home(mut self, home: Home) -> Self {
        self.version = extractor_version(&home);
        self.home = home;
        self
    }

    /// Extracts and rewrites every article, even unchanged ones.
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// Writes articles new to the store through the bulk loader, in
    /// all-or-nothing commits of about [`BULK_COMMIT_QUADS`] quads.
    pub fn bulk(mut self, bulk: bool) -> Self {
        self.bulk = bulk;
        self
    }

    /// Threads extracting files (at least one); the writer is always one.
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs.max(1);
        self
    }

    /// Reads every article in this encoding instead of detecting it.
    pub fn encoding(mut self, encoding: Option<TextEncoding>) -> Self {
        self.encoding = encoding;
        self
    }

    fn pipeline(&self) -> Result<&Pipeline, IngestError> {
        self.pipeline
            .get_or_init(|| {
                Pipeline::new().map(|p| Arc::new(p.with_home(self.home.clone()))).map_err(|err| err.to_string())
            })
            .as_deref()
            .map_err(|err| IngestError::Extractor(err.clone()))
    }

    /// The names article graphs need not repeat: the bundled dictionary's,
    /// when the store's curated graph is that dictionary (`load_curated`
    /// wrote it); none otherwise, so an article graph never leans on a
    /// curated graph that is not there. A dictionary that fails to load
    /// (it is compiled in) also gives none.
    fn curated(&self) -> Result<&CuratedNames, StoreError> {
        if let Some(curated) = self.curated.get() {
            return Ok(curated);
        }
        let names = match Dictionary::bundled() {
            Ok(dictionary) => {
                let wanted = map_curated(&dictionary, CURATED_SOURCE, "")
                    .quads
                    .into_iter()
                    // The graph's digest: its only tupu:sha256.
                    .find(|q| q.predicate == vocab::tupu::SHA256)
                    .map(|q| q.object);
                if wanted.is_some() && self.store.source_digest(vocab::CURATED_GRAPH)? == wanted {
                    CuratedNames::new(&dictionary)
                } else {
                    CuratedNames::default()
                }
            }
            Err(_) => CuratedNames::default(),
        };
        Ok(self.curated.get_or_init(|| names))
    }

    /// Ingests files, extracting on `jobs` threads and writing with one
    /// writer; reports every file to `sink` in the order given, once it is
    /// written. One bad file never stops the others. Articles are named by
    /// file name ([`doc_name`]); the caller refuses two files of one name.
    pub fn ingest_files(&self, files: &[PathBuf], sink: &mut dyn Sink) -> Result<(), IngestError> {
        self.curated()?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs)
            .build()
            .map_err(|err| IngestError::Extractor(format!("starting the extraction threads: {err}")))?;
        let mut writer = Writer::new(self.store, self.force, self.bulk);
        // One job reads and writes one article at a time, as a serial tool would.
        let batch_size = if self.jobs == 1 { 1 } else { BATCH_PER_THREAD * self.jobs };
        for batch in files.chunks(batch_size) {
            let prepared: Vec<Result<Prepared, IngestError>> =
                pool.install(|| batch.par_iter().map(|path| self.prepare_file(path)).collect());
            for (path, prepared) in batch.iter().zip(prepared) {
                writer.take(path, prepared);
            }
            writer.report(sink);
        }
        writer.commit_bulk();
        writer.report(sink);
        Ok(())
    }

    /// Ingests one article given as bytes (an upload) named `name`, as
    /// `tupu ingest` would the file `name`: read, status check, extract,
    /// map, one transaction.
    pub fn ingest_bytes(&self, name: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
        self.curated()?;
        let path = Path::new(name);
        let text = pipeline::article_text(bytes, path, self.encoding)?;
        match self.prepare_text(path, &text)? {
            Prepared::Unchanged(path) => Ok(unchanged(&path)),
            Prepared::Ready { article, .. } => Ok(self.store.write_prepared(article, self.force)?),
        }
    }

    /// Writes an extraction made elsewhere (tests, hand-made graphs) as the
    /// article `path` with `text`, in one transaction; a no-op when the
    /// text and extractor version are unchanged.
    pub fn ingest_extraction(&self, path: &Path, text: &str, extraction: &Extraction) -> Result<Ingested, StoreError> {
        self.curated()?;
        self.store.write_prepared(self.map(path, &Document::new(text), extraction), self.force)
    }

    /// The parallel half of ingesting one file: read, skip if unchanged,
    /// extract, map to quads. Reads the store but never writes it.
    fn prepare_file(&self, path: &Path) -> Result<Prepared, IngestError> {
        let text = pipeline::read_article(path, self.encoding)?;
        self.prepare_text(path, &text)
    }

    fn prepare_text(&self, path: &Path, text: &str) -> Result<Prepared, IngestError> {
        let doc = doc_name(path);
        let status = self.store.article_status(&doc, &sha256(text), &self.version)?;
        if !self.force && status == Outcome::Unchanged {
            return Ok(Prepared::Unchanged(path.to_path_buf()));
        }
        let pipeline = self.pipeline()?;
        // One document for extraction and mapping: `tupu:text` of a sentence is the
        // sentence the extractor read.
        let (document, extraction) = catch_unwind(AssertUnwindSafe(|| {
            let document = Document::new(text);
            let extraction = pipeline.extract_document(&doc, &document);
            (document, extraction)
        }))
        .map_err(|_| IngestError::Panicked)?;
        Ok(Prepared::Ready { article: self.map(path, &document, &extraction), new: status == Outcome::New })
    }

    /// What goes into an article's graph: its metadata and the mapped
    /// extraction. The CPU-bound half of ingesting.
    fn map(&self, path: &Path, document: &Document, extraction: &Extraction) -> PreparedArticle {
        let doc = doc_name(path);
        let digest = sha256(&document.original);
        let path_text = path.to_string_lossy();
        let ingested_at = now_utc();
        let meta = ArticleMeta {
            doc: &doc,
            path: &path_text,
            sha256: &digest,
            extractor_version: &self.version,
            ingested_at: &ingested_at,
            // Set by every public entry point before it maps an article.
            curated: self.curated.get().unwrap_or(&NO_CURATED),
        };
        let mapped = map_article(&meta, document, extraction);
        PreparedArticle {
            graph: article_iri(&doc),
            doc,
            sha256: digest,
            extractor_version: self.version.clone(),
            quads: mapped.quads,
            warnings: mapped.warnings,
        }
    }
}

fn unchanged(path: &Path) -> Ingested {
    Ingested { outcome: Outcome::Unchanged, graph: article_iri(&doc_name(path)), quads: 0, warnings: Vec::new() }
}

/// The single writer: writes changed articles in a transaction each, and
/// gathers new ones for a bulk-loader commit; reports every article, in
/// input order, once it is written (so "done" always means "in the store").
struct Writer<'s> {
    store: &'s Store,
    force: bool,
    bulk_enabled: bool,
    /// Articles from the first one not yet reported, with their result once
    /// there is one.
    pending: VecDeque<(PathBuf, Option<Result<Ingested, IngestError>>)>,
    reported: usize,
    /// New articles waiting for the next commit, by their index in the run.
    bulk: Vec<(usize, PreparedArticle)>,
    bulk_quads: usize,
}

impl<'s> Writer<'s> {
    fn new(store: &'s Store, force: bool, bulk_enabled: bool) -> Self {
        Writer { store, force, bulk_enabled, pending: VecDeque::new(), reported: 0, bulk: Vec::new(), bulk_quads: 0 }
    }

    fn take(&mut self, path: &Path, prepared: Result<Prepared, IngestError>) {
        let index = self.reported + self.pending.len();
        let result = match prepared {
            Ok(Prepared::Unchanged(path)) => Some(Ok(unchanged(&path))),
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
        release_freed_memory();
        match self.store.bulk_load_new(articles) {
            Ok(done) => {
                for (index, ingested) in indexes.into_iter().zip(done) {
                    self.pending[index - self.reported].1 = Some(Ok(ingested));
                }
            }
            Err(err) => {
                let message = err.to_string();
                for index in indexes {
                    self.pending[index - self.reported].1 = Some(Err(IngestError::Commit(message.clone())));
                }
            }
        }
    }

    /// Reports the articles written so far, in order.
    fn report(&mut self, sink: &mut dyn Sink) {
        while self.pending.front().is_some_and(|(_, result)| result.is_some()) {
            let (path, result) = self.pending.pop_front().expect("just checked");
            sink.article(&path, &result.expect("just checked"));
            self.reported += 1;
        }
    }
}

/// Hands the memory that the extraction threads freed back to the system
/// before a bulk commit. glibc keeps what a thread frees in that thread's
/// arena, so the writer's commit (on another thread) added to the
/// extractors' high-water mark instead of reusing it: 40 MB of the peak on
/// a 1 MiB line without end marks (284 → 241 MB).
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's own
    // arenas to the kernel; it is thread-safe and touches no live memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The current time as an `xsd:dateTime` in UTC, to the second: the one
/// clock of ingest (the mapping below it is pure).
fn now_utc() -> String {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format_utc(seconds)
}

fn format_utc(seconds: u64) -> String {
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityType};

    #[test]
    fn formats_utc_dates() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_753_272_000), "2025-07-23T12:00:00Z");
    }

    #[test]
    fn changed_article_replaces_its_graph_only() {
        let store = Store::in_memory().unwrap();
        let ingestor = Ingestor::new(&store);
        let entity = |label: &str| Entity {
            label: label.into(),
            kind: EntityType::Company,
            aliases: vec![],
            confidence: 1.0,
            curated: false,
            mentions: vec![],
        };
        let a = Extraction { doc: "a.txt".into(), entities: vec![entity("甲公司")], ..Extraction::default() };
        let b = Extraction { doc: "b.txt".into(), entities: vec![entity("乙公司")], ..Extraction::default() };
        ingestor.ingest_extraction(Path::new("x/a.txt"), "甲。", &a).unwrap();
        ingestor.ingest_extraction(Path::new("x/b.txt"), "乙。", &b).unwrap();
        let before_b = store.article_nquads("b.txt").unwrap();
        let a2 = Extraction { entities: vec![entity("丙公司")], ..a.clone() };
        let done = ingestor.ingest_extraction(Path::new("x/a.txt"), "丙。", &a2).unwrap();
        assert_eq!(done.outcome, Outcome::Changed);
        let after_a = store.article_nquads("a.txt").unwrap().join("\n");
        assert!(after_a.contains("\"丙公司\"") && !after_a.contains("\"甲公司\""), "{after_a}");
        assert_eq!(store.article_nquads("b.txt").unwrap(), before_b);
        assert_eq!(store.articles().unwrap(), ["a.txt", "b.txt"]);
        let version = &extractor_version(&Home::Auto);
        assert_eq!(store.article_status("a.txt", &sha256("丙。"), version).unwrap(), Outcome::Unchanged);
        assert_eq!(store.article_status("a.txt", &sha256("丁。"), version).unwrap(), Outcome::Changed);
        assert_eq!(store.article_status("c.txt", &sha256("丁。"), version).unwrap(), Outcome::New);
    }

    #[test]
    fn another_home_extracts_an_unchanged_article_again_and_places_its_firms_there() {
        let store = Store::in_memory().unwrap();
        let text = "台灣與中國的伺服器產業都在成長。廣達、緯創等國內廠商持續擴產。".as_bytes();
        let auto = Ingestor::new(&store);
        assert_eq!(auto.ingest_bytes("a.txt", text).unwrap().outcome, Outcome::New);
        assert_eq!(auto.ingest_bytes("a.txt", text).unwrap().outcome, Outcome::Unchanged);
        // A traditional article of no known outlet: 國內 places nothing.
        let before = store.article_nquads("a.txt").unwrap().join("\n");
        assert!(!before.contains("locatedIn"), "{before}");
        let taiwan = Ingestor::new(&store).home(Home::Place("台湾".into()));
        assert_eq!(taiwan.ingest_bytes("a.txt", text).unwrap().outcome, Outcome::Changed);
        assert_eq!(taiwan.ingest_bytes("a.txt", text).unwrap().outcome, Outcome::Unchanged);
        let after = store.article_nquads("a.txt").unwrap().join("\n");
        assert!(after.contains("locatedIn"), "{after}");
        // Back to the default: extracted again.
        assert_eq!(auto.ingest_bytes("a.txt", text).unwrap().outcome, Outcome::Changed);
    }

    #[test]
    fn uploads_are_read_like_files() {
        let store = Store::in_memory().unwrap();
        let ingestor = Ingestor::new(&store);
        let page = "<html><body><p>腾讯发布了混元大模型。</p></body></html>";
        assert_eq!(ingestor.ingest_bytes("a.html", page.as_bytes()).unwrap().outcome, Outcome::New);
        let quads = store.article_nquads("a.html").unwrap().join("\n");
        assert!(!quads.contains("<p>") && quads.contains("混元"), "{quads}");
        let big = vec![b'a'; (pipeline::MAX_ARTICLE_BYTES + 1) as usize];
        let err = ingestor.ingest_bytes("big.txt", &big).unwrap_err();
        assert!(matches!(err, IngestError::Read(PipelineError::TooLarge { .. })), "{err}");
        let err = ingestor.ingest_bytes("empty.html", b"<html><body></body></html>").unwrap_err();
        assert!(err.to_string().contains("page"), "{err}");
    }
}
