//! The on-disk knowledge graph: the only user of oxigraph's `Store`.
//!
//! A store is a RocksDB directory (default `./tupu-data`) that the stock
//! `oxigraph` CLI of the same version opens too. It holds named graphs only:
//! one per article (`https://tupu.dev/article/{file}`), the curated graph
//! (`https://tupu.dev/graph/curated`) and the ontology graph
//! (`https://tupu.dev/graph/ontology`). Queries see their union as the
//! default graph.
//!
//! *Invariant:* writing an article is one transaction that clears its graph
//! and writes it anew, so an article never has stale or doubled triples, and
//! the other graphs are never touched.
//!
//! ```
//! use tupu::store::{Store, Outcome};
//! use tupu::ingest::Ingestor;
//! use tupu::Extraction;
//! use std::path::Path;
//!
//! let store = Store::in_memory()?;
//! let ingestor = Ingestor::new(&store);
//! let extraction = Extraction { doc: "a.txt".into(), ..Extraction::default() };
//! let first = ingestor.ingest_extraction(Path::new("a.txt"), "正文。", &extraction)?;
//! assert_eq!(first.outcome, Outcome::New);
//! let again = ingestor.ingest_extraction(Path::new("a.txt"), "正文。", &extraction)?;
//! assert_eq!(again.outcome, Outcome::Unchanged);
//! assert_eq!(store.counts()?.articles, 1);
//! # Ok::<_, tupu::store::StoreError>(())
//! ```
//!
//! *Boundary:* the store is persistence only — quads, graphs,
//! transactions, bulk load, queries. It does not know the extractor: what
//! goes into an article's graph, and with which extractor version, is
//! decided above it, in [`crate::ingest`].

use crate::rdf::vocab::{self, tupu};
use crate::rdf::{article_doc, article_iri};
use oxigraph::io::{RdfFormat, RdfParseError, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator, SparqlSyntaxError,
    UpdateEvaluationError,
};
use oxigraph::store::{LoaderError, SerializerError, StorageError};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Where `tupu` keeps its store unless told otherwise.
pub const DEFAULT_PATH: &str = "tupu-data";

/// The ontology compiled into this build; loaded into the ontology graph.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/tupu.ttl");

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("no tupu store at {} (create one with `tupu ingest PATH --store {}`)", path.display(), path.display())]
    NotFound { path: PathBuf },
    #[error("cannot open the store at {}: {source}", path.display())]
    Open { path: PathBuf, source: StorageError },
    #[error("the store at {} is being written by another process (another `tupu ingest`?); wait for it to end", path.display())]
    Locked { path: PathBuf },
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A SPARQL syntax error; line and column are 1-based, in chars.
    #[error("SPARQL syntax error{}: {message}", location(*line, *column))]
    Syntax { line: Option<usize>, column: Option<usize>, message: String },
    #[error("query evaluation failed: {0}")]
    Evaluation(#[from] QueryEvaluationError),
    #[error("update failed: {0}")]
    Update(#[from] UpdateEvaluationError),
    #[error("the ontology does not parse: {0}")]
    Ontology(#[source] RdfParseError),
    #[error("cannot load Turtle: {0}")]
    Load(#[from] LoaderError),
    #[error("cannot write: {0}")]
    Serialize(#[from] SerializerError),
    #[error("{doc} is already in the store: the bulk loader only writes new articles")]
    NotNew { doc: String },
    #[error("expected {expected} results from `{query}`")]
    UnexpectedResults { expected: &'static str, query: String },
}

/// RocksDB says "IO error: While lock file: …/LOCK: Resource temporarily
/// unavailable" when another process has the store open for writing.
/// Matched by text because there is no kind to match: oxigraph 0.5 turns
/// a RocksDB status into an `io::ErrorKind` for a few messages only
/// (timeouts, a full disk, …) and this one becomes `ErrorKind::Other`.
fn open_error(path: &Path, source: StorageError) -> StoreError {
    let text = source.to_string();
    if text.contains("lock file") || text.contains("LOCK") {
        StoreError::Locked { path: path.to_owned() }
    } else {
        StoreError::Open { path: path.to_owned(), source }
    }
}

/// RocksDB's words for a full disk (ENOSPC, or EDQUOT for a quota).
pub fn is_disk_full(message: &str) -> bool {
    message.contains("No space left on device") || message.contains("Disk quota exceeded")
}

/// Removes the bulk loader's temporary `bulk-*.sst` files from the store
/// folder; returns how many went. The caller holds the store's lock.
fn remove_bulk_leftovers(path: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(path) else { return 0 };
    entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(|n| n.starts_with("bulk-") && n.ends_with(".sst")))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

fn location(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" at line {line}, column {column}"),
        _ => String::new(),
    }
}

impl From<SparqlSyntaxError> for StoreError {
    fn from(error: SparqlSyntaxError) -> Self {
        // The parser says "error at LINE:COLUMN: expected …".
        let text = error.to_string();
        let parsed = text.strip_prefix("error at ").and_then(|rest| {
            let (position, message) = rest.split_once(": ")?;
            let (line, column) = position.split_once(':')?;
            Some((line.parse().ok()?, column.parse().ok()?, message.to_string()))
        });
        match parsed {
            Some((line, column, message)) => StoreError::Syntax { line: Some(line), column: Some(column), message },
            None => StoreError::Syntax { line: None, column: None, message: text },
        }
    }
}

/// What ingesting an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The article was not in the store.
    New,
    /// Its text or the extractor changed: its graph was replaced.
    Changed,
    /// Same text, same extractor version: nothing was written.
    Unchanged,
}

/// The result of writing an article ([`Store::write_prepared`], [`Store::bulk_load_new`]).
#[derive(Debug, Clone)]
pub struct Ingested {
    pub outcome: Outcome,
    /// The article's graph.
    pub(crate) graph: NamedNode,
    /// Quads written (0 when unchanged).
    pub quads: usize,
    /// What the mapping left out, see [`crate::rdf::Mapped::warnings`].
    pub warnings: Vec<String>,
}

/// About how many quads batch ingest gathers for one bulk-loader commit:
/// large enough that the loader's fixed cost per commit (sorting, writing
/// and ingesting SST files) is spread thin, small enough to bound memory
/// (measured: ~450 bytes of resident memory per gathered quad) and the
/// work a crash can lose.
pub const BULK_COMMIT_QUADS: usize = 500_000;

/// Stores with more articles than this are not totalled by
/// [`Store::counts_within`].
pub(crate) const COUNTS_MAX_ARTICLES: usize = 5_000;

/// An article mapped to quads, not yet written (see [`crate::ingest`]).
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    pub doc: String,
    pub graph: NamedNode,
    /// SHA-256 of the article's text and the extractor version, as its
    /// graph records them: an article whose stored pair is the same is
    /// unchanged.
    pub sha256: String,
    pub extractor_version: String,
    pub quads: Vec<Quad>,
    /// What the mapping left out.
    pub warnings: Vec<String>,
}

/// Sizes of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// All quads, in every graph.
    pub quads: usize,
    pub articles: usize,
    /// Distinct entities named by at least one article.
    pub entities: usize,
    /// Distinct entities of the curated graph.
    pub curated_entities: usize,
    /// Provenance of relations: one statement per relation and article.
    pub statements: usize,
    /// Provenance of entities: each place an article names one (and each
    /// entity it names there).
    pub mentions: usize,
}

/// How [`Store::query_with`] evaluates a query.
#[derive(Clone, Default)]
pub(crate) struct QueryOptions {
    /// The default graph is the union of all graphs, unless the query has
    /// `FROM` or the options name graphs.
    pub(crate) union_default_graph: bool,
    /// The protocol's `default-graph-uri`: these graphs, merged, are the
    /// default graph (they override `FROM` and the union).
    pub(crate) default_graphs: Vec<NamedNode>,
    /// The protocol's `named-graph-uri`: the graphs `GRAPH ?g` ranges over.
    pub(crate) named_graphs: Vec<NamedNode>,
    /// Once cancelled, evaluation stops with
    /// `QueryEvaluationError::Cancelled`, also while the caller is still
    /// iterating the results: a server's timeout really stops the work.
    pub(crate) cancel: Option<CancellationToken>,
}

/// The knowledge graph on disk (or in memory, for tests and shapes).
pub struct Store {
    inner: oxigraph::store::Store,
    /// The folder of a store opened for writing.
    path: Option<PathBuf>,
}

impl Store {
    /// Opens the store at `path` for writing, creating it when missing.
    /// One process at a time may write a store: a second writer gets
    /// [`StoreError::Locked`].
    ///
    /// Bulk loading writes `bulk-*.sst` files beside the store's own and
    /// moves them in at its commit; a load stopped by a full disk or a kill
    /// can leave them behind, holding the very space the store needs to
    /// open. They are never part of the store: opening removes them, once
    /// the store's lock is held (or the open failed for lack of space, which
    /// RocksDB finds only after taking the lock, so no other writer owns
    /// them), and tries once more.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let inner = match oxigraph::store::Store::open(path) {
            Ok(inner) => inner,
            Err(source) if is_disk_full(&source.to_string()) && remove_bulk_leftovers(path) > 0 => {
                oxigraph::store::Store::open(path).map_err(|source| open_error(path, source))?
            }
            Err(source) => return Err(open_error(path, source)),
        };
        remove_bulk_leftovers(path);
        Ok(Store { inner, path: Some(path.to_owned()) })
    }

    /// Opens an existing store for reading only, as `tupu query` and
    /// `tupu validate` do. It never waits for, nor blocks, a writer: it sees
    /// every article committed before it was opened, and nothing written
    /// after (RocksDB replays the write-ahead log into a private snapshot).
    /// Writes through it fail.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if !Self::exists(path) {
            return Err(StoreError::NotFound { path: path.to_owned() });
        }
        // A reader lists the writer's files and then reads them; a live
        // writer may rotate its write-ahead log (or compact a table) in
        // between, and the open fails on a file that was just deleted. That
        // race is over in milliseconds: open again, a few times.
        let mut attempt = 0;
        loop {
            match oxigraph::store::Store::open_read_only(path) {
                Ok(inner) => return Ok(Self::wrap(inner)),
                Err(source) if attempt < 5 && source.to_string().contains("No such file or directory") => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 * attempt));
                }
                Err(source) => return Err(open_error(path, source)),
            }
        }
    }

    /// Opens the store at `path`, which must exist: never creates one.
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if !Self::exists(path) {
            return Err(StoreError::NotFound { path: path.to_owned() });
        }
        Self::open(path)
    }

    /// Whether `path` holds a store.
    pub(crate) fn exists(path: impl AsRef<Path>) -> bool {
        // RocksDB keeps the name of its current manifest in `CURRENT`.
        path.as_ref().join("CURRENT").is_file()
    }

    /// A store in memory.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self::wrap(oxigraph::store::Store::new()?))
    }

    fn wrap(inner: oxigraph::store::Store) -> Self {
        Store { inner, path: None }
    }

    /// Whether the article `doc` is new, changed or unchanged, given the
    /// SHA-256 of its text and the extractor version (the pair its graph
    /// records): lets the caller skip the extractor.
    pub(crate) fn article_status(
        &self,
        doc: &str,
        sha256: &str,
        extractor_version: &str,
    ) -> Result<Outcome, StoreError> {
        let graph = article_iri(doc);
        let stored = stored_version(&graph, |s, p, g| {
            self.inner.quads_for_pattern(Some(s.into()), Some(p), None, Some(g)).collect()
        })?;
        Ok(status(stored, sha256, extractor_version))
    }

    /// Writes an article's graph in one transaction: a no-op when the
    /// stored text digest and extractor version are the article's (unless
    /// `force`), else its graph is cleared and written anew.
    pub(crate) fn write_prepared(&self, article: PreparedArticle, force: bool) -> Result<Ingested, StoreError> {
        let PreparedArticle { graph, quads, warnings, sha256, extractor_version, .. } = article;
        let mut transaction = self.inner.start_transaction()?;
        let stored = stored_version(&graph, |s, p, g| {
            transaction.quads_for_pattern(Some(s.into()), Some(p), None, Some(g)).collect()
        })?;
        let outcome = status(stored, &sha256, &extractor_version);
        if outcome == Outcome::Unchanged && !force {
            return Ok(Ingested { outcome, graph, quads: 0, warnings: Vec::new() });
        }
        transaction.clear_graph(graph.as_ref())?;
        transaction.extend(&quads);
        transaction.commit()?;
        let outcome = if outcome == Outcome::Unchanged { Outcome::Changed } else { outcome };
        Ok(Ingested { outcome, graph, quads: quads.len(), warnings })
    }

    /// Writes articles that are not in the store yet through oxigraph's
    /// bulk loader, all or nothing: one commit for the batch, so a crash
    /// leaves either every article of the batch or none. Much faster than a
    /// transaction per article for first-time loads.
    ///
    /// The caller must know that none of the articles is in the store (an
    /// article already there would get doubled statements); an article
    /// found there is refused with [`StoreError::NotNew`] before anything is
    /// written.
    pub fn bulk_load_new(&self, articles: Vec<PreparedArticle>) -> Result<Vec<Ingested>, StoreError> {
        for article in &articles {
            if self.inner.contains_named_graph(article.graph.as_ref())? {
                return Err(StoreError::NotNew { doc: article.doc.clone() });
            }
        }
        // One `load_quads` call for the whole batch: the loader turns every
        // call into at least one set of SST files (one per index), so a call
        // per article left tens of thousands of tiny files, each with its
        // own open table reader — slow, and memory growing with the store.
        let mut done = Vec::with_capacity(articles.len());
        let mut batch = Vec::with_capacity(articles.len());
        for PreparedArticle { graph, quads, warnings, .. } in articles {
            done.push(Ingested { outcome: Outcome::New, graph, quads: quads.len(), warnings });
            batch.push(quads);
        }
        // One loader batch per commit: the loader sorts and writes each batch
        // on its own thread into a set of SST files (one per index), and the
        // sets of one commit overlap (keys are hashes). RocksDB stacks
        // overlapping tables on upper levels and compacts them down, which
        // stock oxigraph wrote uncompressed (`optimize_level_style_compaction`;
        // vendor/oxigraph/TUPU-PATCH.md): two batches per commit, to keep both
        // cores busy, made the corpus store 254 MB, one 178 MB (ARCHITECTURE.md,
        // "Provenance"). The patched copy compresses compacted tables too, but
        // fewer overlapping tables still mean less compaction work. Writing
        // is a small part of ingest, and the other core extracts the next
        // articles meanwhile. The loader reserves room for a whole batch
        // before the first quad, sized on this commit (a small commit
        // reserves little).
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let quads: usize = done.iter().map(|d: &Ingested| d.quads).sum();
        let mut loader = self
            .inner
            .bulk_loader()
            .with_num_threads(threads)
            .with_max_memory_size_in_megabytes(loader_megabytes(quads, threads));
        let loaded = loader.load_quads(Draining::new(batch)).and_then(|()| loader.commit());
        if let Err(error) = loaded {
            // The loader removes its files when it fails, except one it was
            // writing when the disk filled up; nothing else writes them
            // while this store is open.
            if let Some(path) = self.path.as_deref() {
                remove_bulk_leftovers(path);
            }
            return Err(error.into());
        }
        Ok(done)
    }

    /// Replaces a source graph (curated, ontology) in one transaction,
    /// unless its `tupu:sha256` is the same (a graph the store lacks is
    /// bulk-loaded instead); returns whether it was written.
    pub(crate) fn replace_source(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<bool, StoreError> {
        Ok(self.replace_sources(&[(graph, quads)])?[0])
    }

    /// [`Store::replace_source`] for several graphs: those the store lacks
    /// are bulk-loaded together, in one commit; returns, for each, whether
    /// it was written.
    ///
    /// Why not transactions for new graphs: a transaction's writes reach
    /// RocksDB as an L0 table, the bulk tables of the articles that follow
    /// overlap it (keys are hashes), and RocksDB compacts them, which stock
    /// oxigraph wrote uncompressed (vendor/oxigraph/TUPU-PATCH.md). Two
    /// small bulk commits before the articles' stack up the same way. On the
    /// corpus, with stock oxigraph: 237 MB with one commit per graph, 178 MB
    /// with one for both (ARCHITECTURE.md, "Provenance"). The patched copy
    /// compresses compacted tables, but one commit still compacts less.
    pub(crate) fn replace_sources(&self, sources: &[(NamedNodeRef<'_>, &[Quad])]) -> Result<Vec<bool>, StoreError> {
        let mut written = Vec::with_capacity(sources.len());
        let mut missing: Vec<&Quad> = Vec::new();
        for (graph, quads) in sources {
            let graph = *graph;
            let new = quads
                .iter()
                .find(|q| q.subject.to_string() == graph.to_string() && q.predicate == tupu::SHA256)
                .map(|q| q.object.clone());
            let mut transaction = self.inner.start_transaction()?;
            let old: Option<Term> = transaction
                .quads_for_pattern(Some(graph.into()), Some(tupu::SHA256), None, Some(graph.into()))
                .next()
                .transpose()?
                .map(|q| q.object);
            if old.is_some() && old == new {
                written.push(false);
                continue;
            }
            if old.is_none() && !self.inner.contains_named_graph(graph)? {
                missing.extend(quads.iter());
                written.push(true);
                continue;
            }
            transaction.clear_graph(graph)?;
            transaction.extend(quads.iter());
            transaction.commit()?;
            written.push(true);
        }
        if !missing.is_empty() {
            let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
            let mut loader = self
                .inner
                .bulk_loader()
                .with_num_threads(threads)
                .with_max_memory_size_in_megabytes(loader_megabytes(missing.len(), threads));
            let loaded = loader.load_quads(missing.into_iter().cloned()).and_then(|()| loader.commit());
            if let Err(error) = loaded {
                if let Some(path) = self.path.as_deref() {
                    remove_bulk_leftovers(path);
                }
                return Err(error.into());
            }
        }
        Ok(written)
    }

    /// The `tupu:sha256` a source graph (curated, ontology) was written with;
    /// `None` when the store does not have it.
    pub(crate) fn source_digest(&self, graph: NamedNodeRef<'_>) -> Result<Option<Term>, StoreError> {
        Ok(self
            .inner
            .quads_for_pattern(Some(graph.into()), Some(tupu::SHA256), None, Some(graph.into()))
            .next()
            .transpose()?
            .map(|q| q.object))
    }

    /// Sizes of the store. Each is a full scan: on a store of tens of
    /// millions of triples this takes minutes; see [`Store::counts_within`].
    pub fn counts(&self) -> Result<Counts, StoreError> {
        self.counts_with(None)
    }

    /// [`Store::counts`], given up after `limit`: `None` when the store is
    /// too large to count in that time. Batch ingest ends with this, so a
    /// small addition to a large store does not wait minutes for totals.
    ///
    /// A store of more than [`COUNTS_MAX_ARTICLES`] articles gets `None`
    /// without trying: cancellation does not reach inside oxigraph's
    /// aggregates promptly — on a store of 100,000 articles a 10 s limit
    /// took 100 s and 7 GB of memory to take effect.
    pub fn counts_within(&self, limit: std::time::Duration) -> Result<Option<Counts>, StoreError> {
        if self.article_count()? > COUNTS_MAX_ARTICLES {
            return Ok(None);
        }
        let cancel = CancellationToken::new();
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let timer = {
            let cancel = cancel.clone();
            std::thread::spawn(move || {
                if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(limit) {
                    cancel.cancel();
                }
            })
        };
        let counts = self.counts_with(Some(cancel));
        drop(done);
        let _ = timer.join();
        match counts {
            Ok(counts) => Ok(Some(counts)),
            Err(StoreError::Evaluation(QueryEvaluationError::Cancelled)) => Ok(None),
            Err(err) => Err(err),
        }
    }

    fn counts_with(&self, cancel: Option<CancellationToken>) -> Result<Counts, StoreError> {
        let options = QueryOptions { cancel, ..QueryOptions::default() };
        let count = |query: &str| -> Result<usize, StoreError> {
            let QueryResults::Solutions(solutions) = self.query_with(query, &options)? else {
                return Err(StoreError::UnexpectedResults { expected: "SELECT", query: query.to_string() });
            };
            let mut n = 0;
            for solution in solutions {
                if let Some(Term::Literal(l)) = solution?.get("n") {
                    n = l.value().parse().unwrap_or(0);
                }
            }
            Ok(n)
        };
        let classes = "VALUES ?c { tupu:Company tupu:Organization tupu:Model tupu:Product tupu:Deployment \
                       tupu:Person tupu:Benchmark tupu:Sector tupu:Place tupu:Technology }";
        Ok(Counts {
            quads: count("SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")?,
            articles: count("SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a tupu:Article } }")?,
            // Named by an article: the type of a dictionary entity is in
            // the curated graph only.
            entities: count(
                "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?a { ?a a tupu:Article . ?m tupu:mentionOf ?e } }",
            )?,
            curated_entities: count(&format!(
                "SELECT (COUNT(DISTINCT ?e) AS ?n) {{ {classes} GRAPH graph:curated {{ ?e a ?c }} }}"
            ))?,
            statements: count("SELECT (COUNT(?s) AS ?n) { GRAPH ?a { ?s rdf:subject ?x } }")?,
            mentions: count("SELECT (COUNT(?m) AS ?n) { GRAPH ?a { ?m tupu:mentionOf ?e } }")?,
        })
    }

    /// How many articles the store holds (one named graph each).
    pub fn article_count(&self) -> Result<usize, StoreError> {
        self.article_docs().try_fold(0, |n, doc| doc.map(|_| n + 1))
    }

    /// The file names of the stored articles, sorted.
    pub fn articles(&self) -> Result<Vec<String>, StoreError> {
        let mut docs = self.article_docs().collect::<Result<Vec<_>, _>>()?;
        docs.sort();
        Ok(docs)
    }

    /// The file names of the stored articles, in the store's order.
    fn article_docs(&self) -> impl Iterator<Item = Result<String, StoreError>> + '_ {
        self.inner.named_graphs().filter_map(|graph| match graph {
            Ok(NamedOrBlankNode::NamedNode(graph)) => article_doc(graph.as_str()).map(Ok),
            Ok(_) => None,
            Err(err) => Some(Err(err.into())),
        })
    }

    /// The quads of one article's graph, as sorted N-Quads lines.
    pub fn article_nquads(&self, doc: &str) -> Result<Vec<String>, StoreError> {
        let graph = article_iri(doc);
        let mut lines = Vec::new();
        for quad in self.inner.quads_for_pattern(None, None, None, Some(graph.as_ref().into())) {
            lines.push(format!("{} .", quad?));
        }
        lines.sort();
        Ok(lines)
    }

    /// The quads of one named graph (an article's, the curated or the
    /// ontology graph).
    pub fn graph_quads(&self, graph: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        Ok(self.inner.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect::<Result<_, _>>()?)
    }

    /// Evaluates a SPARQL query. With `union_default_graph` the default
    /// graph is the union of all graphs, unless the query has `FROM`.
    ///
    /// The common prefixes (`tupu:`, `id:`, `rdfs:`, `skos:`, `prov:` …, see
    /// [`vocab::PREFIXES`]) are predeclared.
    pub fn query(&self, sparql: &str, union_default_graph: bool) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, &QueryOptions { union_default_graph, ..QueryOptions::default() })
    }

    /// Like [`Store::query`], with a dataset from the SPARQL protocol and a
    /// cancellation token (see [`QueryOptions`]).
    pub(crate) fn query_with(&self, sparql: &str, options: &QueryOptions) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = evaluator();
        if let Some(cancel) = &options.cancel {
            evaluator = evaluator.with_cancellation_token(cancel.clone());
        }
        let mut prepared = evaluator.parse_query(sparql)?;
        let dataset = prepared.dataset_mut();
        if !options.default_graphs.is_empty() || !options.named_graphs.is_empty() {
            dataset.set_default_graph(options.default_graphs.iter().cloned().map(Into::into).collect());
            dataset.set_available_named_graphs(options.named_graphs.iter().cloned().map(Into::into).collect());
        } else if options.union_default_graph && dataset.is_default_dataset() {
            dataset.set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Runs a SELECT over the union of graphs and collects the solutions.
    pub fn select(&self, sparql: &str) -> Result<Vec<QuerySolution>, StoreError> {
        match self.query(sparql, true)? {
            QueryResults::Solutions(solutions) => Ok(solutions.collect::<Result<_, _>>()?),
            _ => Err(StoreError::UnexpectedResults { expected: "SELECT", query: sparql.to_string() }),
        }
    }

    /// Runs an ASK over the union of graphs.
    pub fn ask(&self, sparql: &str) -> Result<bool, StoreError> {
        match self.query(sparql, true)? {
            QueryResults::Boolean(answer) => Ok(answer),
            _ => Err(StoreError::UnexpectedResults { expected: "ASK", query: sparql.to_string() }),
        }
    }

    /// Runs a SPARQL update, with the same predeclared prefixes. For
    /// maintenance and tests: `tupu` itself writes through ingest only.
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        evaluator().parse_update(sparql)?.on_store(&self.inner).execute()?;
        Ok(())
    }

    /// The named graphs of the store, sorted by IRI.
    pub fn named_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for graph in self.inner.named_graphs() {
            if let NamedOrBlankNode::NamedNode(graph) = graph? {
                graphs.push(graph);
            }
        }
        graphs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        Ok(graphs)
    }

    /// Whether the store has this named graph.
    pub(crate) fn contains_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        Ok(self.inner.contains_named_graph(graph.as_ref())?)
    }

    /// The triples of one graph (`None`: the default graph), in store order.
    pub(crate) fn graph_triples(&self, graph: Option<&NamedNode>) -> Result<Vec<Triple>, StoreError> {
        let graph_name: GraphNameRef<'_> = graph.map_or(GraphNameRef::DefaultGraph, |g| g.as_ref().into());
        self.inner.quads_for_pattern(None, None, None, Some(graph_name)).map(|quad| Ok(Triple::from(quad?))).collect()
    }

    /// Writes the whole store as N-Quads.
    pub fn dump_nquads(&self, writer: impl std::io::Write) -> Result<(), StoreError> {
        self.inner.dump_to_writer(RdfSerializer::from_format(RdfFormat::NQuads), writer)?;
        Ok(())
    }

    /// Flushes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.inner.flush()?)
    }
}

/// The quads of a commit, handed to the loader one by one while the
/// vectors that held them shrink: a quad moved into the loader's batch no
/// longer takes room here (one article of 144,000 quads kept 29 MB of
/// emptied vector until its last quad was loaded).
struct Draining {
    articles: Vec<Vec<Quad>>,
    current: Vec<Quad>,
}

impl Draining {
    fn new(articles: Vec<Vec<Quad>>) -> Self {
        Draining { articles, current: Vec::new() }
    }
}

impl Iterator for Draining {
    type Item = Quad;

    fn next(&mut self) -> Option<Quad> {
        while self.current.is_empty() {
            self.current = self.articles.pop()?;
        }
        let quad = self.current.pop();
        // Halving when half empty: each quad is moved at most once more.
        if self.current.capacity() > 4096 && self.current.len() < self.current.capacity() / 2 {
            self.current.shrink_to_fit();
        }
        quad
    }
}

/// The bulk loader's memory setting for a commit of `quads` quads on
/// `threads` threads: its batch (`megabytes × 1000 / threads` quads) is
/// then the whole commit, at least one quad.
fn loader_megabytes(quads: usize, threads: usize) -> usize {
    quads.max(1).saturating_mul(threads.max(1)).div_ceil(1000)
}

/// A SPARQL evaluator with the predeclared prefixes of [`vocab::PREFIXES`].
fn evaluator() -> SparqlEvaluator {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, namespace) in vocab::PREFIXES {
        evaluator = evaluator.with_prefix(*prefix, *namespace).expect("the predeclared namespaces are valid IRIs");
    }
    evaluator
}

/// The stored (sha256, extractor version) of an article, if any.
fn stored_version(
    graph: &NamedNode,
    quads: impl Fn(NamedNodeRef<'_>, NamedNodeRef<'_>, GraphNameRef<'_>) -> Result<Vec<Quad>, StorageError>,
) -> Result<Option<(String, String)>, StoreError> {
    let value = |predicate| -> Result<Option<String>, StoreError> {
        Ok(quads(graph.as_ref(), predicate, graph.as_ref().into())?.into_iter().find_map(|q| match q.object {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }))
    };
    Ok(match (value(tupu::SHA256)?, value(tupu::EXTRACTOR_VERSION)?) {
        (Some(sha), Some(version)) => Some((sha, version)),
        _ => None,
    })
}

fn status(stored: Option<(String, String)>, sha256: &str, version: &str) -> Outcome {
    match stored {
        None => Outcome::New,
        Some((sha, v)) if sha == sha256 && v == version => Outcome::Unchanged,
        Some(_) => Outcome::Changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let store = Store::in_memory().unwrap();
        let err = store.query("SELECT ?x\nWHERE { ?x ?y }", true).err().unwrap();
        match err {
            StoreError::Syntax { line, column, .. } => {
                assert_eq!(line, Some(2));
                assert!(column.is_some());
            }
            other => panic!("{other}"),
        }
    }
}
