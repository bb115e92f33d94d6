//! Push the store's named graphs to an external SPARQL server over the W3C
//! protocols: the Graph Store Protocol (a `PUT` per named graph, so a
//! re-push replaces rather than doubles) or, where that is unavailable,
//! SPARQL 1.1 Update (`DROP SILENT GRAPH` + `INSERT DATA`).
//!
//! tupu does not run a distributed store of its own: Fuseki, GraphDB,
//! Virtuoso, QLever, Neptune or the stock `oxigraph` server hold the big
//! graph; this module only speaks to them.
//!
//! - **Batches.** A graph goes in batches of [`Options::batch_triples`]
//!   N-Triples lines: the first replaces the graph (`PUT`, or `DROP` +
//!   `INSERT DATA`), the next ones add to it (`POST`, or `INSERT DATA`).
//!   Triples with blank nodes all go in the first batch, since a blank node
//!   label means one node only within one request.
//! - **Retries.** Connection errors, 429 and 5xx are retried with
//!   exponential backoff; other answers fail the graph at once.
//! - **Resume.** After each graph that went through, its digest is
//!   appended to a state file (by default `tupu-push-state.tsv` in the store
//!   folder), keyed by the target URL. A graph whose digest matches was
//!   pushed already and is skipped, so a push that stopped half-way goes on
//!   where it stopped, and an unchanged store pushes nothing.
//! - **Report.** One [`GraphReport`] per graph: pushed, skipped or failed
//!   with the reason; one graph failing never stops the others.

use crate::rdf::mapping::hex;
use crate::rdf::{NamedNode, Term, Triple};
use crate::store::{Store, StoreError};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;

/// The name of the resume file in the store folder.
pub const STATE_FILE: &str = "tupu-push-state.tsv";

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PushError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{method} {url}: HTTP {status}: {body}")]
    Http { method: &'static str, url: String, status: u16, body: String },
    #[error("{method} {url}: {message}")]
    Transport { method: &'static str, url: String, message: String },
    #[error("the push state file {}: {source}", path.display())]
    State { path: PathBuf, source: std::io::Error },
    #[error("nowhere to push: give a SPARQL Update endpoint or a Graph Store URL")]
    NoTarget,
}

/// How to log in to the server.
#[derive(Debug, Clone, Default)]
pub enum Auth {
    #[default]
    None,
    Basic {
        user: String,
        password: String,
    },
    Bearer(String),
}

impl Auth {
    fn header(&self) -> Option<String> {
        match self {
            Auth::None => None,
            Auth::Basic { user, password } => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
        }
    }
}

/// Where to push.
#[derive(Debug, Clone, Default)]
pub struct Target {
    /// The SPARQL 1.1 Update endpoint (used when there is no Graph Store
    /// URL, or the server answers it with 404, 405 or 501).
    pub update_endpoint: Option<String>,
    /// The Graph Store Protocol endpoint (`…/store`, Fuseki's `…/data`).
    pub graph_store: Option<String>,
    pub auth: Auth,
}

impl Target {
    /// The key of this target in the state file.
    fn key(&self) -> String {
        self.graph_store.clone().or_else(|| self.update_endpoint.clone()).unwrap_or_default()
    }
}

/// Tuning of a push.
#[derive(Debug, Clone)]
pub struct Options {
    /// Most N-Triples lines per request (the first batch of a graph may be
    /// larger: it carries every triple with a blank node).
    pub batch_triples: usize,
    /// Retries of a request after a connection error, 429 or 5xx.
    pub retries: u32,
    /// Wait before the first retry; doubled for each next one.
    pub backoff: Duration,
    /// Longest one request may take.
    pub request_timeout: Duration,
    /// Push every graph, even those the state file says are there.
    pub force: bool,
    /// The resume file; `None` keeps no state.
    pub state_file: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_triples: 10_000,
            retries: 4,
            backoff: Duration::from_millis(500),
            request_timeout: Duration::from_secs(120),
            force: false,
            state_file: None,
        }
    }
}

/// How a graph was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    GraphStore,
    Update,
}

/// What happened to one graph.
#[derive(Debug)]
pub enum GraphOutcome {
    Pushed {
        method: Method,
        requests: usize,
    },
    /// The state file says this content is on the server already.
    Skipped,
    Failed(PushError),
}

#[derive(Debug)]
pub struct GraphReport {
    pub graph: NamedNode,
    pub triples: usize,
    pub outcome: GraphOutcome,
}

/// Progress, for a caller that shows it.
#[derive(Debug)]
pub struct Progress<'a> {
    /// 1-based position of the graph.
    pub index: usize,
    pub total: usize,
    pub report: &'a GraphReport,
}

/// Pushes every named graph of `store` (articles, curated, ontology) to
/// `target`; returns one report per graph. Errors are per graph; `Err` is
/// only for a store that cannot be read or a state file that cannot be
/// written.
pub fn push(
    store: &Store,
    target: &Target,
    options: &Options,
    mut progress: impl FnMut(Progress<'_>),
) -> Result<Vec<GraphReport>, PushError> {
    if target.update_endpoint.is_none() && target.graph_store.is_none() {
        return Err(PushError::NoTarget);
    }
    let client = Client::new(target, options);
    let key = target.key();
    let mut state = match &options.state_file {
        Some(path) => State::load(path)?,
        None => State::default(),
    };
    let mut graph_store_works = target.graph_store.is_some();
    let graphs = store.named_graphs()?;
    let mut reports = Vec::with_capacity(graphs.len());
    for (i, graph) in graphs.iter().enumerate() {
        let triples = store.graph_triples(Some(graph))?;
        let batches = batches(&triples, options.batch_triples.max(1));
        let digest = digest(&batches);
        let outcome = if !options.force && state.get(&key, graph.as_str()) == Some(digest.as_str()) {
            GraphOutcome::Skipped
        } else {
            let mut sent = Err(PushError::NoTarget);
            if graph_store_works {
                sent = client.graph_store(graph, &batches).map(|n| (Method::GraphStore, n));
                // A server without the Graph Store Protocol answers 404, 405
                // or 501: use SPARQL Update for this graph and the next ones.
                if let Err(PushError::Http { status: 404 | 405 | 501, .. }) = &sent {
                    if target.update_endpoint.is_some() {
                        graph_store_works = false;
                    }
                }
            }
            if !graph_store_works {
                sent = client.update(graph, &batches).map(|n| (Method::Update, n));
            }
            match sent {
                Ok((method, requests)) => {
                    if let Some(path) = &options.state_file {
                        state.record(path, &key, graph.as_str(), &digest)?;
                    }
                    GraphOutcome::Pushed { method, requests }
                }
                Err(error) => GraphOutcome::Failed(error),
            }
        };
        reports.push(GraphReport { graph: graph.clone(), triples: triples.len(), outcome });
        progress(Progress { index: i + 1, total: graphs.len(), report: reports.last().expect("just pushed") });
    }
    Ok(reports)
}

/// The default resume file of a store.
pub fn state_file(store: &Path) -> PathBuf {
    store.join(STATE_FILE)
}

/// N-Triples batches of a graph, sorted, the triples with blank nodes all
/// in the first batch.
fn batches(triples: &[Triple], size: usize) -> Vec<String> {
    let has_blank = |t: &Triple| t.subject.is_blank_node() || matches!(t.object, Term::BlankNode(_));
    let mut blank: Vec<String> = triples.iter().filter(|t| has_blank(t)).map(|t| format!("{t} .\n")).collect();
    let mut plain: Vec<String> = triples.iter().filter(|t| !has_blank(t)).map(|t| format!("{t} .\n")).collect();
    blank.sort();
    plain.sort();
    let mut batches = Vec::new();
    let mut first = blank.concat();
    let take = size.saturating_sub(blank.len()).min(plain.len());
    first.push_str(&plain[..take].concat());
    batches.push(first);
    for chunk in plain[take..].chunks(size) {
        batches.push(chunk.concat());
    }
    batches
}

/// The digest of a graph's content: SHA-256 of its sorted N-Triples.
fn digest(batches: &[String]) -> String {
    let mut hasher = Sha256::new();
    for batch in batches {
        hasher.update(batch.as_bytes());
    }
    hex(&hasher.finalize())
}

/// The resume file: `target \t graph \t sha256` lines, the last one for a
/// (target, graph) wins.
#[derive(Default)]
struct State {
    pushed: HashMap<(String, String), String>,
}

impl State {
    fn load(path: &Path) -> Result<State, PushError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => return Err(PushError::State { path: path.to_owned(), source }),
        };
        let mut pushed = HashMap::new();
        for line in text.lines() {
            let mut fields = line.split('\t');
            if let (Some(target), Some(graph), Some(sha), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            {
                pushed.insert((target.to_string(), graph.to_string()), sha.to_string());
            }
        }
        Ok(State { pushed })
    }

    fn get(&self, target: &str, graph: &str) -> Option<&str> {
        self.pushed.get(&(target.to_string(), graph.to_string())).map(String::as_str)
    }

    /// Appends at once, so that a push killed half-way keeps what it did.
    fn record(&mut self, path: &Path, target: &str, graph: &str, sha: &str) -> Result<(), PushError> {
        let error = |source| PushError::State { path: path.to_owned(), source };
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(error)?;
        writeln!(file, "{target}\t{graph}\t{sha}").map_err(error)?;
        self.pushed.insert((target.to_string(), graph.to_string()), sha.to_string());
        Ok(())
    }
}

/// The HTTP side: requests with authentication and retries.
struct Client {
    agent: ureq::Agent,
    auth: Option<String>,
    graph_store: Option<String>,
    update_endpoint: Option<String>,
    retries: u32,
    backoff: Duration,
}

impl Client {
    fn new(target: &Target, options: &Options) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(options.request_timeout))
            .http_status_as_error(false)
            .build()
            .into();
        Client {
            agent,
            auth: target.auth.header(),
            graph_store: target.graph_store.clone(),
            update_endpoint: target.update_endpoint.clone(),
            retries: options.retries,
            backoff: options.backoff,
        }
    }

    /// `PUT` the first batch, `POST` the others; returns the request count.
    fn graph_store(&self, graph: &NamedNode, batches: &[String]) -> Result<usize, PushError> {
        let base = self.graph_store.as_deref().expect("checked by the caller");
        let separator = if base.contains('?') { '&' } else { '?' };
        let encoded: String = form_urlencoded::byte_serialize(graph.as_str().as_bytes()).collect();
        let url = format!("{base}{separator}graph={encoded}");
        for (i, batch) in batches.iter().enumerate() {
            let method = if i == 0 { "PUT" } else { "POST" };
            self.send(method, &url, "application/n-triples", batch)?;
        }
        Ok(batches.len())
    }

    /// `DROP SILENT GRAPH` + `INSERT DATA`, then `INSERT DATA` per batch.
    fn update(&self, graph: &NamedNode, batches: &[String]) -> Result<usize, PushError> {
        let url = self.update_endpoint.as_deref().ok_or(PushError::NoTarget)?;
        for (i, batch) in batches.iter().enumerate() {
            let drop = if i == 0 { format!("DROP SILENT GRAPH {graph} ;\n") } else { String::new() };
            let body = format!("{drop}INSERT DATA {{ GRAPH {graph} {{\n{batch}}} }}");
            self.send("POST", url, "application/sparql-update", &body)?;
        }
        Ok(batches.len())
    }

    fn send(&self, method: &'static str, url: &str, content_type: &str, body: &str) -> Result<(), PushError> {
        let mut attempt = 0;
        loop {
            let request = match method {
                "PUT" => self.agent.put(url),
                _ => self.agent.post(url),
            };
            let mut request = request.header("Content-Type", content_type);
            if let Some(auth) = &self.auth {
                request = request.header("Authorization", auth);
            }
            let error = match request.send(body.as_bytes()) {
                Ok(response) if response.status().is_success() => return Ok(()),
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    let text = response.body_mut().read_to_string().unwrap_or_default();
                    let text: String = text.trim().chars().take(300).collect();
                    PushError::Http { method, url: url.to_string(), status, body: text }
                }
                Err(e) => PushError::Transport { method, url: url.to_string(), message: e.to_string() },
            };
            let retryable = match &error {
                PushError::Http { status, .. } => *status == 429 || *status >= 500,
                _ => true,
            };
            if !retryable || attempt >= self.retries {
                return Err(error);
            }
            std::thread::sleep(self.backoff * 2u32.saturating_pow(attempt));
            attempt += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triple(s: &str, o: Term) -> Triple {
        let subject: crate::rdf::NamedOrBlankNode = if let Some(label) = s.strip_prefix("_:") {
            crate::rdf::BlankNode::new(label).unwrap().into()
        } else {
            NamedNode::new(s).unwrap().into()
        };
        Triple::new(subject, NamedNode::new("http://p").unwrap(), o)
    }

    #[test]
    fn blank_nodes_stay_in_the_first_batch() {
        let mut triples = Vec::new();
        for i in 0..5 {
            triples.push(triple(&format!("http://s{i}"), NamedNode::new("http://o").unwrap().into()));
        }
        triples.push(triple("_:b1", crate::rdf::Literal::from(1).into()));
        triples.push(triple("http://x", crate::rdf::BlankNode::new("b1").unwrap().into()));
        let batches = batches(&triples, 2);
        assert!(batches[0].contains("_:b1 <http://p> \"1\"") && batches[0].contains("<http://x> <http://p> _:b1"));
        let lines: usize = batches.iter().map(|b| b.lines().count()).sum();
        assert_eq!(lines, 7);
        assert_eq!(batches.len(), 4, "{batches:?}");
        assert_eq!(digest(&batches), digest(&super::batches(&triples, 2)));
    }

    #[test]
    fn state_resumes_by_target_and_graph() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STATE_FILE);
        let mut state = State::load(&path).unwrap();
        state.record(&path, "http://a/store", "http://g", "111").unwrap();
        state.record(&path, "http://a/store", "http://g", "222").unwrap();
        let again = State::load(&path).unwrap();
        assert_eq!(again.get("http://a/store", "http://g"), Some("222"));
        assert_eq!(again.get("http://b/store", "http://g"), None);
    }

    #[test]
    fn basic_auth_header() {
        let auth = Auth::Basic { user: "admin".into(), password: "pw".into() };
        assert_eq!(auth.header().as_deref(), Some("Basic YWRtaW46cHc="));
        assert_eq!(Auth::Bearer("t".into()).header().as_deref(), Some("Bearer t"));
    }
}
