//! The scale benchmark: one run over one generated corpus measures the
//! floor (bare jieba-rs segmentation), tupu's extraction on 1 and 2
//! threads, ingest into the on-disk store, oxigraph's bulk loader on the
//! same quads, the Python pipeline a user would write instead, and the
//! latency of a one-entity neighbourhood query — and prints their ratios.
//!
//! ```text
//! cargo bench --bench scale -- --articles 2000
//! cargo bench --bench scale -- --corpus ../shared/corpus --skip-python
//! cargo bench --bench scale -- --help
//! ```
//!
//! `--corpus DIR` runs every step on real articles (the `.txt` files of
//! DIR) instead of the generated corpus, and all of them are held in
//! memory for a and b.
//!
//! Ratios, not absolute numbers, are what to compare across runs: every
//! figure of one run is measured on the same corpus, on the same machine,
//! minutes apart.

mod corpus;

use clap::Parser;
use corpus::Corpus;
use oxigraph::io::RdfFormat;
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tupu::dictionary::Dictionary;
use tupu::store::{PreparedArticle, Store};
use tupu::Pipeline;

/// The scale benchmark (see README, "Performance").
#[derive(Debug, Parser)]
#[command(name = "scale")]
struct Args {
    /// Articles in the generated corpus; all of them are ingested.
    #[arg(long, default_value_t = 2000)]
    articles: usize,
    /// Run on the real articles of DIR (its `.txt` files, recursively)
    /// instead of a generated corpus.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Seed of the corpus generator.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Articles (the first ones) held in memory for the segmentation and
    /// extraction measurements.
    #[arg(long, default_value_t = 1000)]
    sample: usize,
    /// Articles given to the Python pipeline (slow: keep it small).
    #[arg(long, default_value_t = 300)]
    python_sample: usize,
    /// Neighbourhood, provenance and entity-page queries timed (each).
    #[arg(long, default_value_t = 300)]
    queries: usize,
    /// Working folder: corpus, stores, dumps, the Python venv.
    #[arg(long, default_value = "target/bench-scale")]
    work: PathBuf,
    /// Only write the corpus (to WORK/corpus-N-SEED) and stop.
    #[arg(long)]
    corpus_only: bool,
    /// Stop after the segmentation and extraction measurements (a, b): the
    /// quick loop while optimizing the extractor.
    #[arg(long)]
    extract_only: bool,
    /// Leave out the Python pipeline (e.g. offline, no PyPI).
    #[arg(long)]
    skip_python: bool,
    /// Leave out d and c': they load a dump of the store as N-Quads
    /// (about 190 bytes a triple, 40 GB at 100,000 articles) twice more.
    #[arg(long)]
    skip_bulk: bool,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
}

#[derive(Debug, Default, Serialize)]
struct Results {
    machine: String,
    articles: usize,
    corpus_bytes: u64,
    sample_articles: usize,
    sample_bytes: u64,
    /// a: jieba-rs `cut`, 1 and 2 threads, MB/s.
    jieba_mb_s: [f64; 2],
    /// b: `Pipeline::extract`, 1 and 2 threads, MB/s and articles/s.
    extract_mb_s: [f64; 2],
    extract_articles_s: [f64; 2],
    /// c: `tupu ingest -j 2` into a new on-disk store.
    ingest_seconds: f64,
    ingest_articles_s: f64,
    ingest_triples_s: f64,
    ingest_peak_rss_mb: f64,
    store_quads: usize,
    /// c': tupu's writer alone (per-article batches through the bulk
    /// loader, as ingest writes them) on the dumped quads.
    writer_triples_s: f64,
    /// d: oxigraph's bulk loader on the dumped N-Quads, in one go.
    bulk_triples_s: f64,
    /// e: jieba + rdflib in CPython, MB/s (None when skipped).
    python_mb_s: Option<f64>,
    python_articles: usize,
    /// f: neighbourhood query latency, ms.
    query_p50_ms: f64,
    query_p99_ms: f64,
    /// Where the articles came from: `generated` or the corpus folder.
    source: String,
    /// Triples written per article, and the store's size on disk per byte
    /// of article text.
    triples_per_article: f64,
    store_bytes: u64,
    store_bytes_per_text_byte: f64,
    /// The store's size once the queries below have held it open for
    /// writing: RocksDB compacts the bulk-loaded tables then (stock
    /// oxigraph left the compacted ones uncompressed; the patched copy in
    /// vendor/oxigraph compresses them: ARCHITECTURE.md, "Provenance").
    store_bytes_compacted: u64,
    /// Ingest wall time over that of bare `cut` (2 threads) on the same
    /// articles.
    ingest_over_cut: f64,
    /// Resident memory of the ingest process (MB) and articles done,
    /// sampled every few seconds: flat memory, linear time.
    ingest_samples: Vec<IngestSample>,
    /// g: p50/p99 (ms) of the README's provenance queries and of the
    /// entity page's queries, on entities and relations of the store.
    provenance_statement_ms: [f64; 2],
    provenance_mention_ms: [f64; 2],
    entity_page_ms: [f64; 2],
}

#[derive(Debug, Default, Clone, Serialize)]
struct IngestSample {
    seconds: f64,
    articles: usize,
    rss_mb: f64,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dictionary = Dictionary::bundled()?;
    // The articles: a real corpus (every `.txt` file, all in memory for a
    // and b), or the generated one (the first --sample in memory).
    let (corpus_dir, files, corpus_bytes, source) = match &args.corpus {
        Some(dir) => {
            let files = text_files(dir)?;
            anyhow::ensure!(!files.is_empty(), "no .txt files in {}", dir.display());
            let bytes = files.iter().map(|f| fs::metadata(f).map(|m| m.len())).sum::<Result<u64, _>>()?;
            (dir.clone(), files, bytes, dir.display().to_string())
        }
        None => {
            let dir = args.work.join(format!("corpus-{}-{}", args.articles, args.seed));
            let bytes = ensure_corpus(&Corpus::new(&dictionary, args.seed), &dir, args.articles)?;
            let files = (0..args.articles).map(|i| corpus::article_path(&dir, i)).collect();
            (dir, files, bytes, "generated".to_string())
        }
    };
    if args.corpus_only {
        println!("{} articles, {:.1} MB in {}", files.len(), mb(corpus_bytes), corpus_dir.display());
        return Ok(());
    }
    let articles = files.len();
    let mut results = Results { machine: machine(), articles, corpus_bytes, source, ..Results::default() };
    fs::create_dir_all(&args.work)?;

    let in_memory = if args.corpus.is_some() { articles } else { args.sample.min(articles) };
    let sample: Vec<String> = files[..in_memory].iter().map(fs::read_to_string).collect::<Result<_, _>>()?;
    results.sample_articles = sample.len();
    results.sample_bytes = sample.iter().map(|t| t.len() as u64).sum();
    let sample_mb = mb(results.sample_bytes);

    // a: the floor — segmentation alone, the way tupu feeds jieba (by line).
    let jieba = jieba_rs::Jieba::new();
    for (slot, threads) in [1, 2].into_iter().enumerate() {
        let seconds = on_threads(threads, || {
            sample.par_iter().for_each(|text| {
                for line in text.lines() {
                    std::hint::black_box(jieba.cut(line, true));
                }
            })
        });
        results.jieba_mb_s[slot] = sample_mb / seconds;
        eprintln!("a  jieba-rs cut, {threads} thread(s): {:.2} MB/s", results.jieba_mb_s[slot]);
    }

    // b: tupu's extraction (the pipeline loaded beforehand, as in ingest).
    let pipeline = Pipeline::with_dictionary(dictionary);
    // Tables loaded on first use (jieba's tagger, OpenCC) are a one-time
    // cost, as in ingest: load them before timing.
    std::hint::black_box(pipeline.extract("warm-up.txt", "騰訊發布混元大模型，营收增长10%。"));
    for (slot, threads) in [1, 2].into_iter().enumerate() {
        let seconds = on_threads(threads, || {
            sample.par_iter().for_each(|text| {
                std::hint::black_box(pipeline.extract("bench.txt", text));
            })
        });
        results.extract_mb_s[slot] = sample_mb / seconds;
        results.extract_articles_s[slot] = sample.len() as f64 / seconds;
        eprintln!("b  tupu extract, {threads} thread(s): {:.2} MB/s", results.extract_mb_s[slot]);
    }
    drop(pipeline);
    if args.extract_only {
        println!(
            "b1/a = {:.3}, b2/a2 = {:.3}",
            results.extract_mb_s[0] / results.jieba_mb_s[0],
            results.extract_mb_s[1] / results.jieba_mb_s[1]
        );
        return Ok(());
    }

    // c: the real command, in its own process, into a new on-disk store;
    // its stderr (progress, summary) goes to WORK/ingest.log.
    let store_dir = args.work.join("store");
    remove_dir(&store_dir)?;
    let log_path = args.work.join("ingest.log");
    eprintln!("c  tupu ingest -j 2 … (progress in {})", log_path.display());
    let (seconds, peak_rss_kb, samples) = run_measured(
        Command::new(env!("CARGO_BIN_EXE_tupu"))
            .args(["ingest", "--jobs", "2", "--store"])
            .arg(&store_dir)
            .arg(&corpus_dir)
            .stderr(fs::File::create(&log_path)?),
        Some(&log_path),
    )?;
    results.ingest_samples = samples;
    // The run's own count: totalling a large store takes minutes.
    let log = fs::read_to_string(&log_path)?;
    let written = log
        .lines()
        .find_map(|line| line.strip_suffix(" triples written")?.rsplit(' ').next()?.parse::<usize>().ok())
        .ok_or_else(|| anyhow::anyhow!("no \"triples written\" in {}", log_path.display()))?;
    // The size ingest left, before this process opens the store for
    // writing (which starts RocksDB's compactions).
    results.store_bytes = dir_size(&store_dir)?;
    results.store_bytes_per_text_byte = results.store_bytes as f64 / corpus_bytes as f64;
    let store = Store::open_existing(&store_dir)?;
    results.ingest_seconds = seconds;
    results.ingest_articles_s = articles as f64 / seconds;
    results.triples_per_article = written as f64 / articles as f64;
    // Bare cut (2 threads) over these articles: measured on the in-memory
    // ones, scaled to the whole corpus.
    results.ingest_over_cut = seconds / (mb(corpus_bytes) / results.jieba_mb_s[1]);
    results.store_quads = written;
    results.ingest_triples_s = written as f64 / seconds;
    results.ingest_peak_rss_mb = peak_rss_kb as f64 / 1024.0;
    eprintln!(
        "c  tupu ingest: {:.1} articles/s, {:.0} triples/s, {:.0} s, peak RSS {:.0} MB",
        results.ingest_articles_s, results.ingest_triples_s, seconds, results.ingest_peak_rss_mb
    );

    // f (on the store just built, before it is closed).
    let (p50, p99) = neighbourhood_latency(&store, args.queries, args.seed)?;
    results.query_p50_ms = p50;
    results.query_p99_ms = p99;
    eprintln!("f  neighbourhood query: p50 {p50:.2} ms, p99 {p99:.2} ms");
    let timed = provenance_latency(&store, args.queries, args.seed)?;
    results.provenance_statement_ms = timed[0];
    results.provenance_mention_ms = timed[1];
    results.entity_page_ms = timed[2];
    eprintln!(
        "g  README provenance queries: statements p50 {:.2} / p99 {:.2} ms, mentions p50 {:.2} / p99 {:.2} ms; \
         entity page p50 {:.2} / p99 {:.2} ms",
        timed[0][0], timed[0][1], timed[1][0], timed[1][1], timed[2][0], timed[2][1]
    );

    // d: the storage limit — oxigraph's bulk loader on the same quads.
    store.flush()?;
    results.store_bytes_compacted = dir_size(&store_dir)?;
    if args.skip_bulk {
        drop(store);
    } else {
        // d: the storage limit — oxigraph's bulk loader on the same quads.
        let dump = args.work.join("dump.nq");
        store.dump_nquads(BufWriter::new(fs::File::create(&dump)?))?;
        drop(store);
        let bulk_dir = args.work.join("bulk-store");
        remove_dir(&bulk_dir)?;
        let bulk = oxigraph::store::Store::open(&bulk_dir)?;
        let started = Instant::now();
        let mut loader = bulk.bulk_loader();
        loader.load_from_reader(RdfFormat::NQuads, BufReader::new(fs::File::open(&dump)?))?;
        loader.commit()?;
        bulk.flush()?;
        let seconds = started.elapsed().as_secs_f64();
        results.bulk_triples_s = bulk.len()? as f64 / seconds;
        drop(bulk);
        eprintln!("d  oxigraph bulk loader: {:.0} triples/s", results.bulk_triples_s);

        // c': tupu's writer alone, on the same quads, batched as ingest batches.
        results.writer_triples_s = writer_throughput(&dump, &args.work.join("writer-store"))?;
        eprintln!("c' tupu writer alone: {:.0} triples/s", results.writer_triples_s);
    }

    // e: the Python pipeline, on the first articles of the sample.
    if !args.skip_python {
        let files: Vec<PathBuf> = files[..args.python_sample.min(articles)].to_vec();
        match python_pipeline(&args.work, &files) {
            Ok(mb_s) => {
                results.python_mb_s = Some(mb_s);
                results.python_articles = files.len();
                eprintln!("e  python jieba + rdflib: {mb_s:.3} MB/s");
            }
            Err(err) => eprintln!("e  python pipeline skipped: {err:#}"),
        }
    }

    print_table(&results);
    if let Some(path) = &args.json {
        fs::write(path, serde_json::to_string_pretty(&results)?)?;
    }
    Ok(())
}

/// Writes the corpus unless a complete one is there (a marker file is
/// written last, so an interrupted generation is redone).
fn ensure_corpus(corpus: &Corpus, dir: &Path, articles: usize) -> anyhow::Result<u64> {
    let marker = dir.join("COMPLETE");
    if let Ok(bytes) = fs::read_to_string(&marker) {
        return Ok(bytes.trim().parse()?);
    }
    remove_dir(dir)?;
    eprintln!("writing {articles} articles to {} …", dir.display());
    let bytes = corpus.write(dir, articles)?;
    fs::write(marker, bytes.to_string())?;
    Ok(bytes)
}

fn remove_dir(dir: &Path) -> std::io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// Seconds that `work` takes on a pool of `threads` threads.
fn on_threads(threads: usize, work: impl FnOnce() + Send) -> f64 {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool starts");
    let started = Instant::now();
    pool.install(work);
    started.elapsed().as_secs_f64()
}

/// Runs a command to its end; returns wall seconds, its peak resident set
/// size in KiB (from the kernel's accounting of the waited child) and,
/// every few seconds, its resident memory and the articles its progress
/// lines (in `log`) count.
fn run_measured(command: &mut Command, log: Option<&Path>) -> anyhow::Result<(f64, i64, Vec<IngestSample>)> {
    let started = Instant::now();
    let child = command.stdout(std::process::Stdio::null()).spawn()?;
    let pid = child.id() as libc::pid_t;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        let log = log.map(Path::to_path_buf);
        std::thread::spawn(move || {
            let mut samples = Vec::new();
            let interval = Duration::from_secs(5);
            let mut next = interval;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                if started.elapsed() < next {
                    continue;
                }
                next += interval;
                let rss_kb = fs::read_to_string(format!("/proc/{pid}/status"))
                    .ok()
                    .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_string))
                    .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse::<f64>().ok()));
                let articles = log.as_ref().and_then(|l| fs::read_to_string(l).ok()).and_then(|text| {
                    text.lines()
                        .rev()
                        .find_map(|line| line.strip_prefix("tupu: ")?.split_once('/')?.0.parse::<usize>().ok())
                });
                if let Some(rss_kb) = rss_kb {
                    samples.push(IngestSample {
                        seconds: started.elapsed().as_secs_f64(),
                        articles: articles.unwrap_or(0),
                        rss_mb: rss_kb / 1024.0,
                    });
                }
            }
            samples
        })
    };
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not yet waited for; the pointers are valid.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = started.elapsed().as_secs_f64();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let samples = sampler.join().unwrap_or_default();
    anyhow::ensure!(waited == pid, "waiting for {command:?} failed");
    anyhow::ensure!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{command:?} failed ({status})");
    Ok((seconds, usage.ru_maxrss, samples))
}

/// The `.txt` files under `dir`, recursively, sorted.
fn text_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Bytes of the files under `dir`.
fn dir_size(dir: &Path) -> std::io::Result<u64> {
    let mut total = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() { dir_size(&entry.path())? } else { meta.len() };
    }
    Ok(total)
}

/// The README's ```sparql block that contains `marker`.
fn readme_query(marker: &str) -> anyhow::Result<String> {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))?;
    readme
        .split("```sparql\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.contains(marker))
        .map(str::to_string)
        .ok_or_else(|| anyhow::anyhow!("no ```sparql block with `{marker}` in README.md"))
}

/// p50 and p99, in milliseconds, of running each query.
fn percentiles(store: &Store, queries: &[String]) -> anyhow::Result<[f64; 2]> {
    let mut times = Vec::with_capacity(queries.len());
    for query in queries {
        let started = Instant::now();
        std::hint::black_box(store.select(query)?);
        times.push(started.elapsed());
    }
    anyhow::ensure!(!times.is_empty(), "no queries to time");
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    Ok([at(0.5), at(0.99)])
}

/// Latency of the README's two provenance queries (which sentences state a
/// relation; where and how an entity is named) and of the entity page's
/// relation and figure queries (src/serve/browser.rs), with the README's
/// example replaced by relations and entities sampled from the store.
///
/// Sampled uniformly from the distinct relations and entities of the first
/// rows, not from the rows themselves: rows are one per mention, so an
/// entity named 10,000 times (DeepSeek, 中国) was drawn in proportion and
/// the step timed mostly the largest answers (about a second each), which
/// took the corpus run past its time limit.
fn provenance_latency(store: &Store, queries: usize, seed: u64) -> anyhow::Result<[[f64; 2]; 3]> {
    let term = |row: &oxigraph::sparql::QuerySolution, name: &str| row.get(name).map(|t| t.to_string());
    let relations: Vec<(String, String, String)> = store
        .select(
            // The labels each article graph gives (a dictionary entity's
            // is in the curated graph only), as in the graph reader.
            "SELECT ?sl ?p ?ol WHERE { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } \
             OPTIONAL { GRAPH ?g { ?s rdfs:label ?so } } OPTIONAL { GRAPH graph:curated { ?s rdfs:label ?sc } } \
             OPTIONAL { GRAPH ?g { ?o rdfs:label ?oo } } OPTIONAL { GRAPH graph:curated { ?o rdfs:label ?oc } } \
             BIND(COALESCE(?so, ?sc) AS ?sl) BIND(COALESCE(?oo, ?oc) AS ?ol) } LIMIT 5000",
        )?
        .iter()
        .filter_map(|r| Some((term(r, "sl")?, term(r, "p")?, term(r, "ol")?)))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let entities: Vec<(String, String)> = store
        .select(
            "SELECT ?e ?l WHERE { GRAPH ?g { ?m tupu:mentionOf ?e } \
             OPTIONAL { GRAPH ?g { ?e rdfs:label ?own } } OPTIONAL { GRAPH graph:curated { ?e rdfs:label ?curated } } \
             BIND(COALESCE(?own, ?curated) AS ?l) } LIMIT 20000",
        )?
        .iter()
        .filter_map(|r| Some((term(r, "e")?, term(r, "l")?)))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    anyhow::ensure!(!relations.is_empty() && !entities.is_empty(), "the store has no statements or mentions");
    let statement_query = readme_query("rdf:predicate tupu:usesModel")?;
    let mention_query = readme_query("?m tupu:mentionOf ?e ;")?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut statements = Vec::new();
    let mut mentions = Vec::new();
    let mut pages = Vec::new();
    for _ in 0..queries {
        let (s, p, o) = &relations[rng.usize(..relations.len())];
        statements.push(
            statement_query
                .replace("\"西小服\"@zh-Hans", s)
                .replace("\"通义千问\"@zh-Hans", o)
                .replace("tupu:usesModel", p),
        );
        let (iri, label) = &entities[rng.usize(..entities.len())];
        mentions.push(mention_query.replace("\"通义千问\"@zh-Hans", label));
        pages.push(entity_page_query(iri));
    }
    Ok([percentiles(store, &statements)?, percentiles(store, &mentions)?, percentiles(store, &pages)?])
}

/// The entity page's evidence, as src/serve/browser.rs asks for it: the
/// relations from and to the entity with their sentences, and its figures
/// with theirs — in one query, so that one number times the page.
fn entity_page_query(entity: &str) -> String {
    format!(
        "SELECT ?p ?o ?g ?sentence ?metric ?value WHERE {{ GRAPH ?g {{
           {{ {entity} ?p ?o . FILTER(STRSTARTS(STR(?o), \"https://tupu.dev/id/\"))
              OPTIONAL {{ ?st rdf:subject {entity} ; rdf:predicate ?p ; rdf:object ?o ;
                          tupu:evidence/tupu:inSentence?/tupu:text ?sentence }} }}
           UNION
           {{ ?o ?p {entity} . FILTER(STRSTARTS(STR(?o), \"https://tupu.dev/id/\"))
              OPTIONAL {{ ?st rdf:subject ?o ; rdf:predicate ?p ; rdf:object {entity} ;
                          tupu:evidence/tupu:inSentence?/tupu:text ?sentence }} }}
           UNION
           {{ ?f tupu:subject {entity} ; tupu:metric ?metric ; tupu:value ?value ; tupu:evidence ?span .
              OPTIONAL {{ ?span tupu:inSentence?/tupu:text ?sentence }} }}
         }} }}"
    )
}

/// Latency of "everything around one entity" over the union graph, for
/// entities sampled from the store; returns (p50, p99) in milliseconds.
fn neighbourhood_latency(store: &Store, queries: usize, seed: u64) -> anyhow::Result<(f64, f64)> {
    let entities: Vec<String> = store
        .select(
            // Dictionary entities some article names: what a user looks
            // up. (A DISTINCT over every article's entities takes minutes
            // on a large store.)
            "SELECT ?e WHERE { GRAPH graph:curated { ?e rdfs:label ?label } \
             FILTER EXISTS { GRAPH ?g { ?m tupu:mentionOf ?e } } }",
        )?
        .iter()
        .filter_map(|s| match s.get("e") {
            Some(oxigraph::model::Term::NamedNode(n)) => Some(n.as_str().to_string()),
            _ => None,
        })
        .collect();
    anyhow::ensure!(!entities.is_empty(), "the store has no entities");
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut times: Vec<Duration> = (0..queries)
        .map(|_| {
            let entity = &entities[rng.usize(..entities.len())];
            let query = format!("SELECT ?p ?o WHERE {{ {{ <{entity}> ?p ?o }} UNION {{ ?o ?p <{entity}> }} }}");
            let started = Instant::now();
            let rows = store.select(&query).expect("the neighbourhood query runs");
            std::hint::black_box(rows);
            started.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    Ok((at(0.5), at(0.99)))
}

/// tupu's write path on its own: the dumped article graphs, gathered as
/// ingest gathers them, through [`Store::bulk_load_new`] into a new store.
/// The dump lists quads graph by graph, so it is streamed, never held whole.
fn writer_throughput(dump: &Path, dir: &Path) -> anyhow::Result<f64> {
    use oxigraph::io::RdfParser;
    use oxigraph::model::{GraphName, Quad};
    remove_dir(dir)?;
    let store = Store::open(dir)?;
    let mut total = 0;
    let mut batch: Vec<PreparedArticle> = Vec::new();
    let mut batch_quads = 0;
    let mut current: Option<(GraphName, Vec<Quad>)> = None;
    let started = Instant::now();
    let finish_graph =
        |graph: Option<(GraphName, Vec<Quad>)>, batch: &mut Vec<PreparedArticle>, batch_quads: &mut usize| {
            let Some((GraphName::NamedNode(name), quads)) = graph else {
                return;
            };
            let Some(doc) = tupu::rdf::article_doc(name.as_str()) else {
                return;
            };
            *batch_quads += quads.len();
            batch.push(PreparedArticle {
                graph: name,
                doc,
                sha256: String::new(),
                extractor_version: String::new(),
                quads,
                warnings: Vec::new(),
            });
        };
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_reader(BufReader::new(fs::File::open(dump)?)) {
        let quad = quad?;
        if current.as_ref().is_none_or(|(graph, _)| *graph != quad.graph_name) {
            finish_graph(current.take(), &mut batch, &mut batch_quads);
            if batch_quads >= tupu::store::BULK_COMMIT_QUADS {
                total += batch_quads;
                store.bulk_load_new(std::mem::take(&mut batch))?;
                batch_quads = 0;
            }
            current = Some((quad.graph_name.clone(), Vec::new()));
        }
        current.as_mut().expect("just set").1.push(quad);
    }
    finish_graph(current.take(), &mut batch, &mut batch_quads);
    total += batch_quads;
    store.bulk_load_new(batch)?;
    store.flush()?;
    // Parsing the dump is counted too: the bulk loader's figure includes it.
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

/// Runs benches/python_pipeline.py in a venv with jieba and rdflib
/// (created on first use); returns its MB/s.
fn python_pipeline(work: &Path, files: &[PathBuf]) -> anyhow::Result<f64> {
    let venv = work.join("venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        eprintln!("creating the Python venv in {} …", venv.display());
        let ok = Command::new("python3").args(["-m", "venv"]).arg(&venv).status()?.success();
        anyhow::ensure!(ok, "python3 -m venv failed");
        let ok = Command::new(&python)
            .args(["-m", "pip", "install", "-q", "--disable-pip-version-check", "jieba==0.42.1", "rdflib==7.1.4"])
            .status()?
            .success();
        if !ok {
            let _ = fs::remove_dir_all(&venv);
            anyhow::bail!("pip install jieba rdflib failed");
        }
    }
    let list = work.join("python-files.txt");
    fs::write(&list, files.iter().map(|f| format!("{}\n", f.display())).collect::<String>())?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/python_pipeline.py");
    let dictionary = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/dictionary.tsv");
    let output = Command::new(&python)
        .arg(script)
        .arg("--dictionary")
        .arg(dictionary)
        .arg("--files")
        .arg(&list)
        .arg("--out")
        .arg(work.join("python.nq"))
        .output()?;
    anyhow::ensure!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let bytes = report["bytes"].as_f64().unwrap_or(0.0);
    let seconds = report["seconds"].as_f64().unwrap_or(f64::INFINITY);
    Ok(bytes / 1_000_000.0 / seconds)
}

fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    format!("{cpu}, {cores} cores")
}

fn print_table(r: &Results) {
    let ratio = |a: f64, b: f64| {
        if b > 0.0 {
            format!("{:.2}", a / b)
        } else {
            "n/a".into()
        }
    };
    println!();
    println!(
        "tupu scale benchmark: {} articles ({}), {:.1} MB ({} in memory for a/b, {:.1} MB)",
        r.articles,
        r.source,
        mb(r.corpus_bytes),
        r.sample_articles,
        mb(r.sample_bytes)
    );
    println!("machine: {}", r.machine);
    println!();
    println!("| step | measure | value |");
    println!("|---|---|---|");
    println!("| a  | jieba-rs `cut`, 1 thread | {:.2} MB/s |", r.jieba_mb_s[0]);
    println!("| a2 | jieba-rs `cut`, 2 threads | {:.2} MB/s |", r.jieba_mb_s[1]);
    println!(
        "| b1 | tupu extract, 1 thread | {:.2} MB/s, {:.0} articles/s |",
        r.extract_mb_s[0], r.extract_articles_s[0]
    );
    println!(
        "| b2 | tupu extract, 2 threads | {:.2} MB/s, {:.0} articles/s |",
        r.extract_mb_s[1], r.extract_articles_s[1]
    );
    println!(
        "| c  | tupu ingest -j 2, on-disk store | {:.1} articles/s, {:.0} triples/s, {:.1} s, peak RSS {:.0} MB |",
        r.ingest_articles_s, r.ingest_triples_s, r.ingest_seconds, r.ingest_peak_rss_mb
    );
    if r.bulk_triples_s > 0.0 {
        println!("| c' | tupu writer alone (batched bulk loads) | {:.0} triples/s |", r.writer_triples_s);
        println!(
            "| d  | oxigraph bulk loader, same quads | {:.0} triples/s ({} quads) |",
            r.bulk_triples_s, r.store_quads
        );
    } else {
        println!("| c', d | writer alone, bulk loader | skipped (--skip-bulk) |");
    }
    match r.python_mb_s {
        Some(e) => {
            println!("| e  | Python jieba + rdflib, 1 process ({} articles) | {:.3} MB/s |", r.python_articles, e)
        }
        None => println!("| e  | Python jieba + rdflib | skipped |"),
    }
    println!("| f  | neighbourhood query | p50 {:.2} ms, p99 {:.2} ms |", r.query_p50_ms, r.query_p99_ms);
    println!(
        "| g  | README: sentences stating a relation | p50 {:.2} ms, p99 {:.2} ms |",
        r.provenance_statement_ms[0], r.provenance_statement_ms[1]
    );
    println!(
        "| g  | README: where and how an entity is named | p50 {:.2} ms, p99 {:.2} ms |",
        r.provenance_mention_ms[0], r.provenance_mention_ms[1]
    );
    println!("| g  | entity page | p50 {:.2} ms, p99 {:.2} ms |", r.entity_page_ms[0], r.entity_page_ms[1]);
    println!();
    println!("| store | value |");
    println!("|---|---|");
    println!("| triples per article | {:.0} |", r.triples_per_article);
    println!(
        "| store on disk | {:.0} MB, {:.1} bytes per byte of text |",
        mb(r.store_bytes),
        r.store_bytes_per_text_byte
    );
    println!(
        "| store on disk after the queries (compacted by RocksDB) | {:.0} MB, {:.1} bytes per byte of text |",
        mb(r.store_bytes_compacted),
        r.store_bytes_compacted as f64 / r.corpus_bytes.max(1) as f64
    );
    println!("| ingest wall time / bare `cut` (2 threads) | {:.1} |", r.ingest_over_cut);
    if let (Some(first), Some(last)) = (r.ingest_samples.first(), r.ingest_samples.last()) {
        let rss: Vec<f64> = r.ingest_samples.iter().map(|s| s.rss_mb).collect();
        println!(
            "| ingest resident memory, sampled every 5 s | {:.0}–{:.0} MB ({} samples, {:.0} s → {:.0} s, {} → {} articles) |",
            rss.iter().cloned().fold(f64::INFINITY, f64::min),
            rss.iter().cloned().fold(0.0, f64::max),
            rss.len(),
            first.seconds,
            last.seconds,
            first.articles,
            last.articles
        );
    }
    println!();
    println!("| ratio | value | target |");
    println!("|---|---|---|");
    println!("| b1/a (1 thread each) | {} | ≥ 0.5 |", ratio(r.extract_mb_s[0], r.jieba_mb_s[0]));
    println!("| b2/a2 (2 threads each) | {} | ≥ 0.5 |", ratio(r.extract_mb_s[1], r.jieba_mb_s[1]));
    println!("| c/d (ingest incl. extraction / bulk loader) | {} | |", ratio(r.ingest_triples_s, r.bulk_triples_s));
    println!("| c'/d (tupu writer / bulk loader) | {} | ≥ 0.8 |", ratio(r.writer_triples_s, r.bulk_triples_s));
    match r.python_mb_s {
        Some(e) => println!("| b1/e (1 thread each) | {} | ≥ 30 |", ratio(r.extract_mb_s[0], e)),
        None => println!("| b1/e | n/a | ≥ 30 |"),
    }
}
