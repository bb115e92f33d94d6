//! `tupu push` against a real third-party SPARQL server: the stock
//! `oxigraph` server (pip `oxigraph`, installed by .ci/run), on loopback.

use crate::serve::{client, free_port, reply, sample_store, tool_available};
use crate::{hand_made_store, path_str, query_rows, tsv_value, tupu};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tupu::push::{push, GraphOutcome, Method, Options, Target};
use tupu::rdf::vocab::sparql_prefixes;

/// `oxigraph serve`, stopped when dropped.
struct Oxigraph {
    child: Child,
    base: String,
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Oxigraph {
    fn start(location: &Path) -> Oxigraph {
        let port = free_port();
        let child = Command::new("oxigraph")
            .args(["serve", "--location", path_str(location), "--bind", &format!("127.0.0.1:{port}")])
            // The union default graph, as `tupu query` has it, so that one
            // query text asks both the same thing.
            .arg("--union-default-graph")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("oxigraph serve starts");
        let server = Oxigraph { child, base: format!("http://127.0.0.1:{port}") };
        // Polling until it listens; the test asserts no timing.
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("oxigraph serve did not listen on {port}");
    }

    /// Rows of a SELECT, as `query_rows` gives them for the local store.
    fn rows(&self, sparql: &str) -> Vec<Vec<String>> {
        let query = format!("{}{sparql}", sparql_prefixes());
        let answer = reply(
            client()
                .post(&format!("{}/query", self.base))
                .header("Accept", "text/tab-separated-values")
                .send_form([("query", query.as_str())]),
        );
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.body.lines().skip(1).map(|l| l.split('\t').map(tsv_value).collect()).collect()
    }

    fn push(&self, store: &Path, extra: &[&str]) -> crate::Run {
        let endpoint = format!("{}/update", self.base);
        let graph_store = format!("{}/store", self.base);
        let mut args = vec!["push", "--store", path_str(store), "--endpoint", &endpoint];
        if !extra.contains(&"--no-gsp") {
            args.extend(["--graph-store", graph_store.as_str()]);
        }
        args.extend(extra.iter().filter(|a| **a != "--no-gsp"));
        tupu(&args)
    }
}

/// Queries whose answers must be the same on the server as locally.
const QUERIES: [&str; 3] = [
    // Per-graph sizes: nothing doubled, nothing missing.
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT DISTINCT ?d ?m WHERE { ?d tupu:usesModel ?m } ORDER BY ?d ?m",
    "SELECT ?sentence WHERE { ?st rdf:predicate tupu:usesModel ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence } ORDER BY ?sentence",
];

#[test]
fn pushed_graphs_answer_like_the_local_store() {
    if !tool_available("oxigraph", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", "--store", path_str(&store), path_str(&crate::samples_dir())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected: Vec<_> = QUERIES.iter().map(|q| query_rows(&store, q)).collect();
    let graphs = expected[0].len();
    assert_eq!(graphs, 12, "10 articles, curated, ontology: {:?}", expected[0]);
    let server = Oxigraph::start(&dir.path().join("oxigraph"));

    let first = server.push(&store, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains(&format!("{graphs} graphs: {graphs} pushed")), "{}", first.stderr);
    for (query, expected) in QUERIES.iter().zip(&expected) {
        assert_eq!(&server.rows(query), expected, "{query}");
    }

    // Again: the state file says everything is there; nothing is sent.
    let second = server.push(&store, &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(second.stderr.contains(&format!("0 pushed (0 triples), {graphs} unchanged")), "{}", second.stderr);

    // Forced, by the Graph Store Protocol and then by SPARQL Update in small
    // batches: every graph is replaced, nothing doubles.
    for extra in [&["--force"][..], &["--force", "--no-gsp", "--batch-size", "300"][..]] {
        let forced = server.push(&store, extra);
        assert_eq!(forced.code, 0, "{}", forced.stderr);
        assert!(forced.stderr.contains(&format!("{graphs} pushed")), "{}", forced.stderr);
        for (query, expected) in QUERIES.iter().zip(&expected) {
            assert_eq!(&server.rows(query), expected, "{query} after {extra:?}");
        }
    }
    let updated = server.push(&store, &["--force", "--no-gsp", "--batch-size", "300"]);
    assert!(updated.stderr.contains("updated ("), "{}", updated.stderr);

    // One new article: only its graph goes.
    let article = dir.path().join("zz_xixiaofu.txt");
    std::fs::write(&article, crate::serve::XIXIAOFU_TEXT).unwrap();
    let run = tupu(&["ingest", "--store", path_str(&store), path_str(&article)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected_models = query_rows(&store, QUERIES[1]);
    let third = server.push(&store, &[]);
    assert!(third.stderr.contains(&format!("{} graphs: 1 pushed", graphs + 1)), "{}", third.stderr);
    assert_eq!(server.rows(QUERIES[1]), expected_models);
}

#[test]
fn failures_are_reported_per_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    // Nobody listens on this port.
    let endpoint = format!("http://127.0.0.1:{}/update", free_port());
    let run = tupu(&["push", "--store", path_str(&store), "--endpoint", &endpoint, "--retries", "0"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("13 graphs: 0 pushed (0 triples), 0 unchanged, 13 failed"), "{}", run.stderr);
    let article = tupu::rdf::article_iri("zz_xixiaofu.txt");
    assert!(run.stderr.contains(&format!("tupu: failed: {}: POST {endpoint}", article.as_str())), "{}", run.stderr);
    // Nothing was recorded as pushed.
    let state = std::fs::read_to_string(tupu::push::state_file(&store)).unwrap_or_default();
    assert_eq!(state, "");

    let run = tupu(&["push", "--store", path_str(&store), "--endpoint", "localhost:7878"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`localhost:7878` is not an http:// or https:// URL"), "{}", run.stderr);
}

/// A Graph Store that answers 503 to the first `failures` requests, then
/// 204; counts the requests.
fn flaky_server(failures: usize) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let status = if n < failures { "503 Service Unavailable" } else { "204 No Content" };
            let _ = write!(stream, "HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
    });
    (base, count)
}

#[test]
fn server_errors_are_retried() {
    let dir = tempfile::tempdir().unwrap();
    let store = hand_made_store(dir.path());
    let graphs = store.named_graphs().unwrap().len();
    let (base, count) = flaky_server(2);
    let target = Target { graph_store: Some(format!("{base}/store")), ..Target::default() };
    let options = Options { backoff: Duration::from_millis(5), retries: 2, ..Options::default() };
    let reports = push(&store, &target, &options, |_| {}).unwrap();
    assert_eq!(reports.len(), graphs);
    for report in &reports {
        assert!(
            matches!(report.outcome, GraphOutcome::Pushed { method: Method::GraphStore, requests: 1 }),
            "{report:?}"
        );
    }
    assert_eq!(count.load(Ordering::SeqCst), graphs + 2, "two retries, then one request per graph");

    // More failures than retries: the first graph fails, the others go.
    let (base, _) = flaky_server(3);
    let target = Target { graph_store: Some(format!("{base}/store")), ..Target::default() };
    let reports = push(&store, &target, &options, |_| {}).unwrap();
    assert!(matches!(&reports[0].outcome, GraphOutcome::Failed(tupu::push::PushError::Http { status: 503, .. })));
    assert!(reports[1..].iter().all(|r| matches!(r.outcome, GraphOutcome::Pushed { .. })));
}

/// A Virtuoso server of its own (Debian's `virtuoso-opensource`, installed
/// by .ci/run): a fresh database in a temporary folder on free loopback
/// ports, stopped and removed when dropped, so that every run starts
/// clean.
struct Virtuoso {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Virtuoso {
    /// None (the test skips) when Virtuoso is not installed and CI is not set.
    fn start() -> Option<Virtuoso> {
        if !tool_available("isql-vt", &["--help"]) {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let (sql, http) = (free_port(), free_port());
        let db = |name: &str| path_str(&dir.path().join(name)).to_string();
        let ini = format!(
            "[Database]\nDatabaseFile = {}\nErrorLogFile = {}\nLockFile = {}\nTransactionFile = {}\n\
             xa_persistent_file = {}\nTempStorage = TempDatabase\n\
             [TempDatabase]\nDatabaseFile = {}\nTransactionFile = {}\n\
             [Parameters]\nServerPort = 127.0.0.1:{sql}\nDisableUnixSocket = 1\nNumberOfBuffers = 10000\n\
             MaxDirtyBuffers = 6000\nDirsAllowed = .\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{http}\nServerThreads = 4\nMaxClientConnections = 4\n",
            db("virtuoso.db"),
            db("virtuoso.log"),
            db("virtuoso.lck"),
            db("virtuoso.trx"),
            db("virtuoso.pxa"),
            db("virtuoso-temp.db"),
            db("virtuoso-temp.trx"),
        );
        let ini_path = dir.path().join("virtuoso.ini");
        std::fs::write(&ini_path, ini).unwrap();
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile", path_str(&ini_path)])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("virtuoso-t starts");
        let base = format!("http://127.0.0.1:{http}");
        let mut server = Virtuoso { child, base, _dir: dir };
        // A fresh database takes some seconds; the test asserts no timing.
        let probe = format!("{}/sparql?query=ASK%7B%7D", server.base);
        let mut up = false;
        for _ in 0..600 {
            if let Ok(Some(status)) = server.child.try_wait() {
                let log = std::fs::read_to_string(server._dir.path().join("virtuoso.log")).unwrap_or_default();
                panic!("virtuoso-t ended with {status}: {log}");
            }
            if client().get(&probe).call().is_ok_and(|r| r.status() == 200) {
                up = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(up, "Virtuoso did not answer on {}", server.base);
        // Plain /sparql runs as the user SPARQL, who may not write until
        // granted SPARQL_UPDATE.
        let grant = Command::new("isql-vt")
            .args([&sql.to_string(), "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"])
            .output()
            .expect("isql-vt runs");
        let said = String::from_utf8_lossy(&grant.stdout).to_string() + &String::from_utf8_lossy(&grant.stderr);
        assert!(grant.status.success() && !said.contains("Error"), "{said}");
        Some(server)
    }

    /// Triples per graph of ours on the server, as `query_rows` gives the
    /// local store's.
    fn sizes(&self) -> Vec<Vec<String>> {
        let query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
                     FILTER(STRSTARTS(STR(?g), \"https://tupu.dev/\")) } GROUP BY ?g ORDER BY ?g";
        let answer = reply(
            client()
                .post(&format!("{}/sparql", self.base))
                .header("Accept", "text/tab-separated-values")
                .send_form([("query", query)]),
        );
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.body.lines().skip(1).map(|l| l.split('\t').map(tsv_value).collect()).collect()
    }
}

/// The samples' store and its triples per graph.
fn samples_with_sizes(dir: &Path) -> (std::path::PathBuf, Vec<Vec<String>>) {
    let store = dir.join("store");
    let run = tupu(&["ingest", "--store", path_str(&store), path_str(&crate::samples_dir())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sizes = query_rows(&store, QUERIES[0]);
    assert_eq!(sizes.len(), 12, "10 articles, curated, ontology: {sizes:?}");
    (store, sizes)
}

/// Pushes `store` to `server` with `args` (BASE: the server's URL), then
/// again with --force: every graph arrives with the local triple count
/// (the ontology's blank nodes too), and the second push doubles nothing.
/// Returns the first push's stderr.
fn push_to_virtuoso(server: &Virtuoso, store: &Path, expected: &[Vec<String>], args: &[&str]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.replace("BASE", &server.base)).collect();
    let mut push = vec!["push", "--store", path_str(store)];
    push.extend(args.iter().map(String::as_str));
    let first = tupu(&push);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains("12 graphs: 12 pushed"), "{}", first.stderr);
    assert_eq!(server.sizes(), expected, "{}", first.stderr);
    push.push("--force");
    let again = tupu(&push);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("12 graphs: 12 pushed"), "{}", again.stderr);
    assert_eq!(server.sizes(), expected, "after a second push: {}", again.stderr);
    first.stderr
}

#[test]
fn virtuoso_takes_the_samples_over_sparql_update() {
    let dir = tempfile::tempdir().unwrap();
    let (store, expected) = samples_with_sizes(dir.path());
    let Some(server) = Virtuoso::start() else { return };
    // The default batch size: Virtuoso refuses the curated graph's 10,000
    // triples in one INSERT DATA (SP030/SP031); the push halves the batch
    // and says so.
    let stderr = push_to_virtuoso(&server, &store, &expected, &["--endpoint", "BASE/sparql"]);
    assert!(stderr.contains("graph:curated: the server refused 10000 triples in one request"), "{stderr}");
    // The ontology's blank nodes go in one INSERT … WHERE {} request.
    let ontology = stderr.lines().find(|l| l.contains("] graph:ontology (")).unwrap_or_default();
    assert!(ontology.ends_with("triples) updated (1 requests)"), "{stderr}");
}

#[test]
fn virtuoso_takes_the_samples_over_the_graph_store_protocol() {
    let dir = tempfile::tempdir().unwrap();
    let (store, expected) = samples_with_sizes(dir.path());
    let Some(server) = Virtuoso::start() else { return };
    let stderr = push_to_virtuoso(&server, &store, &expected, &["--graph-store", "BASE/sparql-graph-crud"]);
    let curated = stderr.lines().find(|l| l.contains("] graph:curated (")).unwrap_or_default();
    assert!(curated.contains(" triples) put ("), "{stderr}");
}

#[test]
fn virtuoso_takes_the_samples_with_digest_authentication() {
    let dir = tempfile::tempdir().unwrap();
    let (store, expected) = samples_with_sizes(dir.path());
    let Some(server) = Virtuoso::start() else { return };
    // Without credentials, the answer says what the server wants.
    let endpoint = format!("{}/sparql-auth", server.base);
    let run = tupu(&["push", "--store", path_str(&store), "--endpoint", &endpoint, "--retries", "0"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("HTTP 401: the server wants HTTP Digest authentication"), "{}", run.stderr);
    let wrong =
        tupu(&["push", "--store", path_str(&store), "--endpoint", &endpoint, "--user", "dba", "--password", "x"]);
    assert!(wrong.stderr.contains("HTTP 401: wrong user or password?"), "{}", wrong.stderr);
    assert_eq!(server.sizes(), Vec::<Vec<String>>::new(), "nothing went in");
    // SPARQL Update, then the Graph Store Protocol (another target in the
    // state file: everything goes again, and replaces).
    for endpoint in [&["--endpoint", "BASE/sparql-auth"][..], &["--graph-store", "BASE/sparql-graph-crud-auth"][..]] {
        let mut args = endpoint.to_vec();
        args.extend(["--user", "dba", "--password", "dba"]);
        let stderr = push_to_virtuoso(&server, &store, &expected, &args);
        assert!(!stderr.contains("FAILED"), "{stderr}");
    }
}

/// The README's `oxigraph query` (section "The store in other tools"),
/// run while `tupu serve` holds the store: the stock CLI opens it
/// read-only and answers as `tupu query` does.
#[test]
fn the_stock_oxigraph_cli_reads_the_store_beside_tupu_serve() {
    let readme = std::fs::read_to_string(crate::crate_dir().join("README.md")).unwrap();
    let section = readme.split("### The store in other tools").nth(1).expect("the README has the section");
    let block = section.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).expect("a sh block");
    let command = block.split("oxigraph query ").nth(1).expect("oxigraph query");
    let (options, rest) = command.split_once("--query '").expect("--query '…'");
    let query = rest.split("'\n").next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let expected = query_rows(&store, query);
    assert!(!expected.is_empty());
    let _server = crate::serve::Server::start(&store, &[]);
    if !tool_available("oxigraph", &["--version"]) {
        return;
    }
    let options: Vec<String> = options
        .split_whitespace()
        .map(|o| if o == "tupu-data" { path_str(&store).to_string() } else { o.to_string() })
        .collect();
    let out = Command::new("oxigraph").arg("query").args(&options).args(["--query", query]).output().unwrap();
    assert!(out.status.success(), "oxigraph query beside tupu serve: {}", String::from_utf8_lossy(&out.stderr));
    let mut rows: Vec<Vec<String>> =
        String::from_utf8_lossy(&out.stdout).lines().skip(1).map(|l| l.split('\t').map(tsv_value).collect()).collect();
    let mut expected = expected;
    rows.sort();
    expected.sort();
    assert_eq!(rows, expected);
}
