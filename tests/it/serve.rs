//! `tupu serve` over real HTTP on loopback: the SPARQL 1.1 Protocol result
//! formats, Graph Store reads, the update token, limits and the timeout.

use crate::{path_str, query_rows, samples_dir, tsv_value, tupu};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Written for these tests: an article naming 西小服 and 通义千问, which the
/// samples do not.
pub const XIXIAOFU_TEXT: &str = "西湖区上线政务AI专员「西小服」\n2025-06-02\n\n\
杭州市西湖区近日上线了政务AI专员「西小服」。在政务领域,西湖区依托阿里云「通义千问」大模型开发了「西小服」AI专员，为辖区企业答疑。\n";

/// A store with the samples and [`XIXIAOFU_TEXT`] (as `zz_xixiaofu.txt`),
/// built by `tupu ingest`.
pub fn sample_store(dir: &Path) -> PathBuf {
    let article = dir.join("zz_xixiaofu.txt");
    std::fs::write(&article, XIXIAOFU_TEXT).unwrap();
    let store = dir.join("store");
    let run = tupu(&["ingest", "--store", path_str(&store), path_str(&samples_dir()), path_str(&article)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    store
}

/// A running `tupu serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
}

impl Server {
    /// Starts `tupu serve --bind 127.0.0.1:0` with `args` and waits for the
    /// address it prints.
    pub fn start(store: &Path, args: &[&str]) -> Server {
        Server::start_at(store, "127.0.0.1:0", args).0
    }

    /// Starts `tupu serve --bind BIND`; also returns what it printed
    /// before the address.
    // The child is waited for when the `Server` is dropped.
    #[allow(clippy::zombie_processes)]
    pub fn start_at(store: &Path, bind: &str, args: &[&str]) -> (Server, String) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tupu"))
            .args(["serve", "--store", path_str(store), "--bind", bind])
            .args(args)
            .stderr(Stdio::piped())
            .spawn()
            .expect("tupu serve starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        let mut before = String::new();
        loop {
            before.push_str(&line);
            line.clear();
            if stderr.read_line(&mut line).unwrap() == 0 {
                let _ = child.kill();
                let _ = child.wait();
                panic!("tupu serve exited before listening: {before}");
            }
            if let Some(at) = line.find("http://") {
                let base = line[at..].split('/').take(3).collect::<Vec<_>>().join("/");
                // Keep draining stderr so that the server never blocks on it.
                std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
                return (Server { child, base }, before);
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client that returns every status as a response.
pub fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into()
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

pub fn reply(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut response = response.expect("the server answers");
    let status = response.status().as_u16();
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let body = response.body_mut().read_to_string().unwrap_or_default();
    Reply { status, content_type, body }
}

pub fn get(url: &str, accept: &str) -> Reply {
    reply(client().get(url).header("Accept", accept).call())
}

/// Percent-encodes a URL query value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const MODELS: &str = "SELECT DISTINCT ?d ?m WHERE { ?d tupu:usesModel ?m } ORDER BY ?d ?m";

#[test]
fn protocol_result_formats() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    // The same answers as `tupu query` on the same store (read before the
    // server takes the store's lock).
    let expected = query_rows(&store, MODELS);
    assert!(expected.iter().any(|r| r[0].ends_with("%E8%A5%BF%E5%B0%8F%E6%9C%8D")), "{expected:?}");
    let server = Server::start(&store, &[]);
    let sparql = server.url("/sparql");
    let query_url = format!("{sparql}?query={}", encode(MODELS));

    let tsv = get(&query_url, "text/tab-separated-values");
    assert_eq!(tsv.status, 200, "{}", tsv.body);
    assert!(tsv.content_type.starts_with("text/tab-separated-values"), "{}", tsv.content_type);
    let mut lines = tsv.body.lines();
    assert_eq!(lines.next(), Some("?d\t?m"));
    let rows: Vec<Vec<String>> = lines.map(|l| l.split('\t').map(tsv_value).collect()).collect();
    assert_eq!(rows, expected);

    let json = get(&query_url, "application/sparql-results+json");
    assert_eq!(json.status, 200);
    assert_eq!(json.content_type, "application/sparql-results+json");
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(value["head"]["vars"], serde_json::json!(["d", "m"]));
    let bindings = value["results"]["bindings"].as_array().unwrap();
    assert_eq!(bindings.len(), expected.len());
    assert_eq!(bindings[0]["d"]["type"], "uri");
    assert_eq!(bindings[0]["d"]["value"], expected[0][0].as_str());

    let xml = get(&query_url, "application/sparql-results+xml");
    assert_eq!(xml.content_type, "application/sparql-results+xml");
    assert!(xml.body.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), "{}", xml.body);
    assert_eq!(xml.body.matches("<result>").count(), expected.len());

    // q-values: CSV is preferred over XML here.
    let csv = get(&query_url, "application/sparql-results+xml;q=0.5, text/csv");
    assert!(csv.content_type.starts_with("text/csv"), "{}", csv.content_type);
    assert!(csv.body.starts_with("d,m\r\n"), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), expected.len() + 1);

    // POST, both ways.
    let direct = reply(
        client()
            .post(&sparql)
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "text/tab-separated-values")
            .send(MODELS),
    );
    assert_eq!(direct.body, tsv.body);
    let form =
        reply(client().post(&sparql).header("Accept", "text/tab-separated-values").send_form([("query", MODELS)]));
    assert_eq!(form.body, tsv.body);

    let ask = get(&format!("{sparql}?query={}", encode("ASK { ?d tupu:usesModel ?m }")), "*/*");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&ask.body).unwrap()["boolean"], true);

    // Graphs: Turtle, N-Triples and JSON-LD say the same triples.
    let construct = "CONSTRUCT { ?d tupu:usesModel ?m } WHERE { ?d tupu:usesModel ?m }";
    let construct_url = format!("{sparql}?query={}", encode(construct));
    let turtle = get(&construct_url, "text/turtle");
    assert!(turtle.content_type.starts_with("text/turtle"), "{}", turtle.content_type);
    let triples = tupu::rdf::parse_turtle(&turtle.body).unwrap();
    assert_eq!(triples.len(), expected.len());
    let ntriples = get(&construct_url, "application/n-triples");
    assert!(ntriples.content_type.starts_with("application/n-triples"));
    assert_eq!(ntriples.body.lines().count(), expected.len());
    let jsonld = get(&construct_url, "application/ld+json");
    assert_eq!(jsonld.content_type, "application/ld+json");
    let nodes: serde_json::Value = serde_json::from_str(&jsonld.body).unwrap();
    let uses = nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["https://tupu.dev/ontology#usesModel"].as_array().map_or(0, Vec::len))
        .sum::<usize>();
    assert_eq!(uses, expected.len());

    // Errors say what is wrong.
    assert_eq!(get(&query_url, "image/png").status, 406);
    let syntax = get(&format!("{sparql}?query={}", encode("SELECT ?x WHERE {")), "*/*");
    assert_eq!(syntax.status, 400);
    assert!(syntax.body.contains("SPARQL syntax error"), "{}", syntax.body);
    let wrong_type = reply(client().post(&sparql).header("Content-Type", "text/plain").send(MODELS));
    assert_eq!(wrong_type.status, 415);
    assert_eq!(get(&sparql, "*/*").status, 400);
    // A browser asking for /sparql gets the SPARQL page.
    let page = get(&sparql, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<textarea name=\"q\""), "{}", page.body);
}

#[test]
fn graph_store_reads() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let graph = tupu::rdf::article_iri("zz_xixiaofu.txt");
    let expected =
        query_rows(&store, &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}", graph.as_str()));
    let server = Server::start(&store, &[]);
    let url = server.url(&format!("/store?graph={}", encode(graph.as_str())));
    let ntriples = get(&url, "application/n-triples");
    assert_eq!(ntriples.status, 200, "{}", ntriples.body);
    assert_eq!(ntriples.body.lines().count().to_string(), expected[0][0]);
    assert!(ntriples.body.contains("<https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D>"));
    let turtle = get(&url, "text/turtle");
    assert_eq!(tupu::rdf::parse_turtle(&turtle.body).unwrap().len().to_string(), expected[0][0]);
    let missing = get(&server.url(&format!("/store?graph={}", encode("https://tupu.dev/article/none.txt"))), "*/*");
    assert_eq!(missing.status, 404);
    // tupu keeps everything in named graphs: the default graph is empty.
    let default = get(&server.url("/store?default"), "application/n-triples");
    assert_eq!((default.status, default.body.as_str()), (200, ""));
    assert_eq!(get(&server.url("/store"), "*/*").status, 400);
}

#[test]
fn updates_need_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let insert =
        "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> \"西小服\" } }";
    let ask = "ASK { GRAPH <https://example.org/g> { ?s ?p \"西小服\" } }";
    let update = |server: &Server, auth: Option<&str>| {
        let mut request = client().post(&server.url("/sparql")).header("Content-Type", "application/sparql-update");
        if let Some(auth) = auth {
            request = request.header("Authorization", auth);
        }
        reply(request.send(insert))
    };
    let asked = |server: &Server| -> bool {
        let body = get(&server.url(&format!("/sparql?query={}", encode(ask))), "application/sparql-results+json").body;
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["boolean"].as_bool().unwrap()
    };
    {
        // Read-only by default: 403, whatever the request carries.
        let server = Server::start(&store, &[]);
        assert_eq!(update(&server, Some("Bearer anything")).status, 403);
        let upload = reply(client().post(&server.url("/articles?name=a.txt")).send("正文。"));
        assert_eq!(upload.status, 403);
        assert!(!asked(&server));
    }
    let server = Server::start(&store, &["--update-token", "s3cret-token"]);
    let refused = update(&server, None);
    assert_eq!(refused.status, 401);
    assert!(refused.body.contains("Bearer"), "{}", refused.body);
    assert_eq!(update(&server, Some("Bearer wrong")).status, 401);
    assert!(!asked(&server));
    assert_eq!(update(&server, Some("Bearer s3cret-token")).status, 204);
    assert!(asked(&server));
    // A form-encoded update is the same.
    let form = reply(
        client()
            .post(&server.url("/sparql"))
            .header("Authorization", "Bearer s3cret-token")
            .send_form([("update", "DROP GRAPH <https://example.org/g>")]),
    );
    assert_eq!(form.status, 204, "{}", form.body);
    assert!(!asked(&server));

    // Article upload: ingested like `tupu ingest`, then found by the browser.
    let text = "深圳推出企业服务助手「深小服」\n\n深圳市南山区依托百度「文心一言」大模型开发了「深小服」AI专员。\n";
    let upload = |auth: &str| {
        reply(client().post(&server.url("/articles?name=shen.txt")).header("Authorization", auth).send(text))
    };
    assert_eq!(upload("Bearer wrong").status, 401);
    // Searched before: the search index is built, and must see the upload.
    let before = get(&server.url(&format!("/search?q={}", encode("深小服"))), "text/html");
    assert!(before.body.contains("没有找到"), "{}", before.body);
    let created = upload("Bearer s3cret-token");
    assert_eq!(created.status, 201, "{}", created.body);
    let created: serde_json::Value = serde_json::from_str(&created.body).unwrap();
    assert_eq!(created["outcome"], "new");
    assert_eq!(created["graph"], tupu::rdf::article_iri("shen.txt").as_str());
    let again: serde_json::Value = serde_json::from_str(&upload("Bearer s3cret-token").body).unwrap();
    assert_eq!(again["outcome"], "unchanged");
    let page = get(&server.url(&format!("/search?q={}", encode("深小服"))), "text/html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1>深小服</h1>") && page.body.contains("文心一言"), "{}", page.body);
    let bad_name = reply(
        client()
            .post(&server.url("/articles?name=..%2Fx.txt"))
            .header("Authorization", "Bearer s3cret-token")
            .send(text),
    );
    assert_eq!(bad_name.status, 400);
}

#[test]
fn limits_are_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let server = Server::start(&store, &["--query-timeout", "0.5", "--max-results", "5", "--max-body", "1K"]);
    let sparql = server.url("/sparql");

    // Every triple with every other triple of the same predicate, three
    // ways: some 10^11 solutions to count, hours of work; the timeout
    // cancels it. (A join sharing a variable reads the store as it goes, so
    // the evaluation sees the cancellation and really stops.)
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d . ?e ?p ?f }";
    let stopped = get(&format!("{sparql}?query={}", encode(slow)), "*/*");
    assert_eq!(stopped.status, 503, "{}", stopped.body);
    assert!(stopped.body.contains("cancelled"), "{}", stopped.body);
    // The server is still there and answers the next query.
    let quick = get(&format!("{sparql}?query={}", encode("ASK {}")), "*/*");
    assert_eq!(quick.status, 200, "{}", quick.body);

    let many = get(&format!("{sparql}?query={}", encode("SELECT ?s WHERE { ?s a tupu:Model }")), "*/*");
    assert_eq!(many.status, 400);
    assert!(many.body.contains("LIMIT"), "{}", many.body);
    let few = get(&format!("{sparql}?query={}", encode("SELECT ?s WHERE { ?s a tupu:Model } LIMIT 5")), "*/*");
    assert_eq!(few.status, 200);

    let big = format!("ASK {{}} #{}", "x".repeat(2048));
    let refused = reply(client().post(&sparql).header("Content-Type", "application/sparql-query").send(&big));
    assert_eq!(refused.status, 413);
}

#[test]
fn warns_when_reachable_from_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    // One at a time: a store opens in one process only.
    let (server, said) = Server::start_at(&store, "127.0.0.1:0", &[]);
    assert!(!said.contains("warning"), "{said}");
    drop(server);
    let (server, said) = Server::start_at(&store, "0.0.0.0:0", &[]);
    assert!(said.contains("warning: listening on 0.0.0.0:0, which other machines can reach"), "{said}");
    let port = server.base.rsplit(':').next().unwrap();
    assert_eq!(get(&format!("http://127.0.0.1:{port}/"), "text/html").status, 200);
}

#[test]
fn bad_arguments_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none");
    let run = tupu(&["serve", "--store", path_str(&missing)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no tupu store at"), "{}", run.stderr);
    let run = tupu(&["serve", "--store", path_str(&missing), "--update-token", "short"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--update-token: use at least 8 characters"), "{}", run.stderr);
    let run = tupu(&["serve", "--store", path_str(&missing), "--query-timeout", "0"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--query-timeout"), "{}", run.stderr);
}

/// Whether an outside tool runs (`program args` exits 0). When it does
/// not, the test fails under CI and is skipped, with a message, elsewhere.
pub fn tool_available(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(std::env::var_os("CI").is_none(), "`{program}` is needed by this test and CI is set");
        eprintln!("skipped: `{program}` is not installed");
    }
    ok
}

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Server {
    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits up to `limit` for the server to exit; tells whether it did.
    pub fn exited_within(&mut self, limit: Duration) -> bool {
        let start = std::time::Instant::now();
        while start.elapsed() < limit {
            if self.child.try_wait().unwrap().is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

/// CPU time (user + system) a process has used, from `/proc/PID/stat`.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    // USER_HZ is 100 on Linux.
    Duration::from_millis(ticks * 10)
}

#[test]
fn deeply_nested_queries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let server = Server::start(&store, &[]);
    let deep = format!("SELECT * WHERE {{ FILTER({}1{}) }}", "(".repeat(5000), ")".repeat(5000));
    let braces = format!("SELECT * WHERE {}{}", "{".repeat(5000), "}".repeat(5000));
    for query in [&deep, &braces] {
        let got = get(&server.url(&format!("/sparql?query={}", encode(query))), "*/*");
        assert_eq!(got.status, 400, "{}", got.body);
        assert!(got.body.contains("nests brackets"), "{}", got.body);
        let posted =
            reply(client().post(&server.url("/sparql")).header("Content-Type", "application/sparql-query").send(query));
        assert_eq!(posted.status, 400, "{}", posted.body);
        let page = get(&server.url(&format!("/query?q={}", encode(query))), "text/html");
        assert_eq!(page.status, 400);
        // The server is still there.
        let quick = get(&server.url(&format!("/sparql?query={}", encode("ASK {}"))), "*/*");
        assert_eq!(quick.status, 200, "{}", quick.body);
    }
    let update = format!("INSERT DATA {{ {} }}", "[ <x:p> ".repeat(3000) + &"]".repeat(3000));
    let posted = reply(
        client()
            .post(&server.url("/sparql"))
            .header("Content-Type", "application/sparql-update")
            .header("Authorization", "Bearer none")
            .send(&update),
    );
    assert!(posted.status == 400 || posted.status == 403, "{}", posted.body);
    drop(server);

    let file = dir.path().join("deep.rq");
    std::fs::write(&file, &deep).unwrap();
    let run = tupu(&["query", "--store", path_str(&store), "-f", path_str(&file)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("nests brackets 101 deep (at line 1); at most 100"), "{}", run.stderr);
}

#[test]
fn runaway_queries_are_refused_or_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let server = Server::start(&store, &["--query-timeout", "1"]);
    let sparql = server.url("/sparql");
    let product = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let replace = "SELECT (STRLEN(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(\"a\", \
        \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \
        \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\"), \"a\", \"aaaaaaaaaa\")) AS ?n) {}";
    for (query, says) in [(product, "share no variable"), (replace, "REPLACE")] {
        let before = cpu_time(server.pid());
        let got = get(&format!("{sparql}?query={}", encode(query)), "*/*");
        assert_eq!(got.status, 400, "{}", got.body);
        assert!(got.body.contains(says), "{}", got.body);
        assert!(cpu_time(server.pid()) - before < Duration::from_secs(1));
    }
    // A join through a shared variable runs until the timeout, and then
    // its thread really stops: two seconds later the process is idle.
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d . ?e ?p ?f }";
    let stopped = get(&format!("{sparql}?query={}", encode(slow)), "*/*");
    assert_eq!(stopped.status, 503, "{}", stopped.body);
    std::thread::sleep(Duration::from_millis(500));
    let at = cpu_time(server.pid());
    std::thread::sleep(Duration::from_secs(2));
    let burnt = cpu_time(server.pid()) - at;
    assert!(burnt < Duration::from_millis(300), "the server used {burnt:?} of CPU after the timeout");
}

#[test]
fn sigterm_stops_the_server_during_a_long_query() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let mut server = Server::start(&store, &["--query-timeout", "120"]);
    let url = server
        .url(&format!("/sparql?query={}", encode("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d . ?e ?p ?f }")));
    let request = std::thread::spawn(move || {
        let _ = client().get(&url).call();
    });
    std::thread::sleep(Duration::from_secs(1));
    let pid = server.pid().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    assert!(server.exited_within(Duration::from_secs(5)), "tupu serve still runs 5 s after SIGTERM");
    request.join().unwrap();
    // The store is free again.
    let run = tupu(&["ingest", "--store", path_str(&store), path_str(&dir.path().join("zz_xixiaofu.txt"))]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn slow_and_idle_connections_are_closed() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let server = Server::start(&store, &[]);
    let addr = server.base.trim_start_matches("http://").to_string();
    // Tells how long until the server closed the connection, sending one
    // byte of a request per second when `trickle` (else nothing).
    let closed_after = |trickle: bool| {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            let mut stream = TcpStream::connect(&addr).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
            let request = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow: ".repeat(2);
            let mut buf = [0u8; 512];
            for byte in request.iter().cycle().take(25) {
                if trickle && stream.write_all(&[*byte]).is_err() {
                    return start.elapsed();
                }
                match stream.read(&mut buf) {
                    Ok(0) => return start.elapsed(),
                    Err(e) if !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                        return start.elapsed()
                    }
                    _ => {}
                }
            }
            start.elapsed()
        })
    };
    let slow = closed_after(true);
    let idle = closed_after(false);
    let (slow, idle) = (slow.join().unwrap(), idle.join().unwrap());
    let limit = tupu::serve::HEADER_READ_TIMEOUT + Duration::from_secs(3);
    // Closed by the timeout, not by anything earlier.
    assert!(slow >= Duration::from_secs(8) && idle >= Duration::from_secs(8), "{slow:?} {idle:?}");
    assert!(slow < limit, "a client sending a byte a second was held {slow:?}");
    assert!(idle < limit, "an idle client was held {idle:?}");
    // Real clients are still served.
    let quick = get(&server.url(&format!("/sparql?query={}", encode("ASK {}"))), "*/*");
    assert_eq!(quick.status, 200);
}

#[test]
fn unsupported_parts_and_odd_names_are_client_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let server = Server::start(&store, &["--update-token", "s3cret-token"]);
    let service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
    let got = reply(client().get(&server.url(&format!("/sparql?query={}", encode(service)))).call());
    assert_eq!(got.status, 501, "{}", got.body);
    let load = reply(
        client()
            .post(&server.url("/sparql"))
            .header("Content-Type", "application/sparql-update")
            .header("Authorization", "Bearer s3cret-token")
            .send("LOAD <http://example.org/data.ttl>"),
    );
    assert_eq!(load.status, 501, "{}", load.body);

    let response = client().get(&server.url("/")).call().unwrap();
    assert_eq!(response.headers().get("x-content-type-options").unwrap(), "nosniff");
    assert!(response
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));

    let odd = reply(
        client()
            .post(&server.url("/articles?name=%FF%FE.txt"))
            .header("Authorization", "Bearer s3cret-token")
            .send(XIXIAOFU_TEXT),
    );
    assert_eq!(odd.status, 400, "{}", odd.body);
    assert!(odd.body.contains("UTF-8"), "{}", odd.body);
}
