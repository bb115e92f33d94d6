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
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;

/// The name of the resume file in the store folder.
pub(crate) const STATE_FILE: &str = "tupu-push-state.tsv";

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
    /// A user and password, given in the scheme that the server asks for
    /// in its `WWW-Authenticate` answer to a first request without them:
    /// HTTP Basic, or HTTP Digest (RFC 7616, as Virtuoso's `/sparql-auth`
    /// and `/sparql-graph-crud-auth` want). Nothing goes before the server
    /// has asked, so a Digest server never sees the password itself.
    Password {
        user: String,
        password: String,
    },
    Bearer(String),
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
    /// larger: it carries every triple with a blank node). A request that
    /// the server refuses as too big (HTTP 413, or Virtuoso's `SP031 …
    /// generated SQL text has exceeded 10000 lines` and `SP030 … memory
    /// exhausted`) goes again in halves, and the smaller size is kept for
    /// the rest of the push; [`GraphReport::split`] says so.
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
    /// Set when the server refused a batch of this graph as too big and
    /// got it again in smaller ones.
    pub split: Option<Split>,
}

/// A batch the server refused as too big, sent again in smaller ones.
#[derive(Debug, Clone)]
pub struct Split {
    /// Triples in the first refused request.
    pub refused: usize,
    /// The batch size that went through; the next graphs start with it.
    pub batch: usize,
    /// The server's answer to the refused request, shortened.
    pub reason: String,
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
        let lines = Lines::new(&triples);
        let digest = lines.digest();
        let mut split = None;
        let outcome = if !options.force && state.get(&key, graph.as_str()) == Some(digest.as_str()) {
            GraphOutcome::Skipped
        } else {
            let mut sent = Err(PushError::NoTarget);
            if graph_store_works {
                sent = client.graph_store(graph, &lines, &mut split).map(|n| (Method::GraphStore, n));
                // A server without the Graph Store Protocol answers 404, 405
                // or 501: use SPARQL Update for this graph and the next ones.
                if let Err(PushError::Http { status: 404 | 405 | 501, .. }) = &sent {
                    if target.update_endpoint.is_some() {
                        graph_store_works = false;
                    }
                }
            }
            if !graph_store_works {
                sent = client.update(graph, &lines, &mut split).map(|n| (Method::Update, n));
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
        reports.push(GraphReport { graph: graph.clone(), triples: triples.len(), outcome, split });
        progress(Progress { index: i + 1, total: graphs.len(), report: reports.last().expect("just pushed") });
    }
    Ok(reports)
}

/// The default resume file of a store.
pub fn state_file(store: &Path) -> PathBuf {
    store.join(STATE_FILE)
}

/// A graph's N-Triples lines, sorted: those with a blank node, which all
/// go in the first request (a blank node label means one node only within
/// one request), and the others.
struct Lines {
    blank: Vec<String>,
    plain: Vec<String>,
}

impl Lines {
    fn new(triples: &[Triple]) -> Lines {
        let has_blank = |t: &Triple| t.subject.is_blank_node() || matches!(t.object, Term::BlankNode(_));
        let mut blank: Vec<String> = triples.iter().filter(|t| has_blank(t)).map(|t| format!("{t} .\n")).collect();
        let mut plain: Vec<String> = triples.iter().filter(|t| !has_blank(t)).map(|t| format!("{t} .\n")).collect();
        blank.sort();
        plain.sort();
        Lines { blank, plain }
    }

    /// The digest of the graph's content: SHA-256 of its sorted N-Triples,
    /// those with blank nodes first.
    fn digest(&self) -> String {
        let mut hasher = Sha256::new();
        for line in self.blank.iter().chain(&self.plain) {
            hasher.update(line.as_bytes());
        }
        hex(&hasher.finalize())
    }
}

/// One request's part of a graph.
struct Batch<'a> {
    /// The graph's first request: it replaces the graph.
    first: bool,
    /// It carries blank nodes.
    blank: bool,
    /// N-Triples lines.
    text: &'a str,
}

/// Whether the server refused a request for its size: HTTP 413, or
/// Virtuoso's SPARQL compiler giving up on a big `INSERT DATA` (`SP031 …
/// generated SQL text has exceeded 10000 lines`, `SP030 … memory
/// exhausted`).
fn too_big(error: &PushError) -> bool {
    match error {
        PushError::Http { status: 413, .. } => true,
        PushError::Http { status: 400 | 500, body, .. } => {
            let body = body.to_ascii_lowercase();
            (body.contains("sp031") && body.contains("has exceeded")) || body.contains("memory exhausted")
        }
        _ => false,
    }
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

/// The HTTP side: requests with authentication, retries and batches.
struct Client {
    agent: ureq::Agent,
    auth: Auth,
    /// What the server asked for when `auth` is a password.
    challenge: RefCell<Challenge>,
    graph_store: Option<String>,
    update_endpoint: Option<String>,
    retries: u32,
    backoff: Duration,
    /// Triples per request; smaller after the server refused a batch as
    /// too big.
    batch: Cell<usize>,
}

/// The scheme a server asked for in `WWW-Authenticate`.
enum Challenge {
    /// Not asked yet: requests go without credentials.
    None,
    Basic,
    /// The server's last Digest challenge; its nonce serves the next
    /// requests (with a growing nonce count) until the server says it is
    /// stale.
    Digest(Box<digest_auth::WwwAuthenticateHeader>),
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
            auth: target.auth.clone(),
            challenge: RefCell::new(Challenge::None),
            graph_store: target.graph_store.clone(),
            update_endpoint: target.update_endpoint.clone(),
            retries: options.retries,
            backoff: options.backoff,
            batch: Cell::new(options.batch_triples.max(1)),
        }
    }

    /// `PUT` the first batch, `POST` the others; returns the request count.
    fn graph_store(&self, graph: &NamedNode, lines: &Lines, split: &mut Option<Split>) -> Result<usize, PushError> {
        let base = self.graph_store.as_deref().expect("checked by the caller");
        let separator = if base.contains('?') { '&' } else { '?' };
        let encoded: String = form_urlencoded::byte_serialize(graph.as_str().as_bytes()).collect();
        let url = format!("{base}{separator}graph={encoded}");
        self.batches(lines, split, |batch| {
            let method = if batch.first { "PUT" } else { "POST" };
            self.send(method, &url, "application/n-triples", batch.text)
        })
    }

    /// `DROP SILENT GRAPH` + `INSERT DATA`, then `INSERT DATA` per batch;
    /// the batch with blank nodes as `INSERT { … } WHERE {}`, since
    /// Virtuoso refuses blank nodes in `INSERT DATA` (one solution of an
    /// empty pattern: each label is one fresh node, as in `INSERT DATA`).
    fn update(&self, graph: &NamedNode, lines: &Lines, split: &mut Option<Split>) -> Result<usize, PushError> {
        let url = self.update_endpoint.as_deref().ok_or(PushError::NoTarget)?;
        self.batches(lines, split, |batch| {
            let drop = if batch.first { format!("DROP SILENT GRAPH {graph} ;\n") } else { String::new() };
            let text = batch.text;
            let body = if batch.blank {
                format!("{drop}INSERT {{ GRAPH {graph} {{\n{text}}} }} WHERE {{}}")
            } else {
                format!("{drop}INSERT DATA {{ GRAPH {graph} {{\n{text}}} }}")
            };
            self.send("POST", url, "application/sparql-update", &body)
        })
    }

    /// Sends a graph's lines in batches of `self.batch`, the lines with
    /// blank nodes all in the first; a batch the server refuses as too big
    /// goes again in halves. Returns the count of requests that went
    /// through.
    fn batches(
        &self,
        lines: &Lines,
        split: &mut Option<Split>,
        mut send: impl FnMut(Batch<'_>) -> Result<(), PushError>,
    ) -> Result<usize, PushError> {
        let mut requests = 0;
        let mut start = 0;
        let mut text = String::new();
        loop {
            let first = requests == 0;
            let blank = if first { lines.blank.len() } else { 0 };
            let size = self.batch.get();
            let take = if first { size.saturating_sub(blank) } else { size }.min(lines.plain.len() - start);
            text.clear();
            if first {
                text.extend(lines.blank.iter().map(String::as_str));
            }
            text.extend(lines.plain[start..start + take].iter().map(String::as_str));
            match send(Batch { first, blank: blank > 0, text: &text }) {
                Ok(()) => {
                    requests += 1;
                    start += take;
                    if start == lines.plain.len() {
                        return Ok(requests);
                    }
                }
                // The lines with blank nodes cannot be split.
                Err(error) if too_big(&error) && take > 0 && blank + take > 1 => {
                    let refused = blank + take;
                    let smaller = (refused / 2).max(1);
                    self.batch.set(smaller);
                    let reason = match &error {
                        PushError::Http { status, body, .. } => {
                            let line = body.lines().next().unwrap_or_default();
                            format!("HTTP {status}: {}", line.chars().take(160).collect::<String>())
                        }
                        other => other.to_string(),
                    };
                    match split {
                        Some(split) => split.batch = smaller,
                        None => *split = Some(Split { refused, batch: smaller, reason }),
                    }
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// The `Authorization` header for a request, if any.
    fn authorization(&self, method: &'static str, url: &str, body: &str) -> Option<String> {
        match (&self.auth, &mut *self.challenge.borrow_mut()) {
            (Auth::None, _) | (Auth::Password { .. }, Challenge::None) => None,
            (Auth::Bearer(token), _) => Some(format!("Bearer {token}")),
            (Auth::Password { user, password }, Challenge::Basic) => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
            (Auth::Password { user, password }, Challenge::Digest(prompt)) => {
                // The request target, as the server sees it in the request
                // line: path and query.
                let uri = url
                    .parse::<ureq::http::Uri>()
                    .ok()
                    .and_then(|u| u.path_and_query().map(|p| p.as_str().to_string()))
                    .unwrap_or_else(|| "/".to_string());
                let context = digest_auth::AuthContext::new_with_method(
                    user.as_str(),
                    password.as_str(),
                    uri,
                    Some(body.as_bytes()),
                    digest_auth::HttpMethod::from(method),
                );
                prompt.respond(&context).ok().map(|answer| answer.to_header_string())
            }
        }
    }

    /// Takes the server's `WWW-Authenticate` answer to a 401; false when
    /// there is nothing (new) to answer.
    fn challenged(&self, headers: &ureq::http::HeaderMap, answered: bool) -> bool {
        if !matches!(self.auth, Auth::Password { .. }) {
            return false;
        }
        let offers: Vec<&str> = headers.get_all("www-authenticate").iter().filter_map(|v| v.to_str().ok()).collect();
        let digest = offers.iter().find(|o| o.trim_start().get(..7).is_some_and(|s| s.eq_ignore_ascii_case("digest ")));
        let mut challenge = self.challenge.borrow_mut();
        if let Some(offer) = digest {
            let Ok(prompt) = digest_auth::parse(offer) else { return false };
            // A refused answer to a fresh challenge is a wrong password,
            // unless the server says the nonce went stale.
            if answered && !prompt.stale {
                return false;
            }
            *challenge = Challenge::Digest(Box::new(prompt));
            return true;
        }
        let basic = offers.iter().any(|o| o.trim_start().get(..5).is_some_and(|s| s.eq_ignore_ascii_case("basic")));
        if basic && !answered {
            *challenge = Challenge::Basic;
            return true;
        }
        false
    }

    fn send(&self, method: &'static str, url: &str, content_type: &str, body: &str) -> Result<(), PushError> {
        let mut attempt = 0;
        // Whether this request went with credentials the server asked for.
        let mut answered = false;
        loop {
            let request = match method {
                "PUT" => self.agent.put(url),
                _ => self.agent.post(url),
            };
            let mut request = request.header("Content-Type", content_type);
            if let Some(authorization) = self.authorization(method, url, body) {
                request = request.header("Authorization", authorization);
            }
            let error = match request.send(body.as_bytes()) {
                Ok(response) if response.status().is_success() => return Ok(()),
                // Asked for credentials (or a fresh nonce): the next
                // request answers this challenge, and a 401 to that one is
                // final unless the server says its nonce went stale.
                Ok(response) if response.status() == 401 && self.challenged(response.headers(), answered) => {
                    answered = true;
                    continue;
                }
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    let wants = response
                        .headers()
                        .get("www-authenticate")
                        .and_then(|v| v.to_str().ok())
                        .map(|v| v.split_whitespace().next().unwrap_or_default().to_string());
                    let text = response.body_mut().read_to_string().unwrap_or_default();
                    let mut text: String = text.trim().chars().take(300).collect();
                    if status == 401 {
                        let hint = match (&self.auth, wants) {
                            (Auth::Password { .. }, _) => "wrong user or password?".to_string(),
                            (_, Some(scheme)) => {
                                format!("the server wants HTTP {scheme} authentication (--user, --password)")
                            }
                            (_, None) => "the server wants credentials".to_string(),
                        };
                        text = if text.is_empty() { hint } else { format!("{hint}; {text}") };
                    }
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

    fn sample() -> Lines {
        let mut triples = Vec::new();
        for i in 0..5 {
            triples.push(triple(&format!("http://s{i}"), NamedNode::new("http://o").unwrap().into()));
        }
        triples.push(triple("_:b1", crate::rdf::Literal::from(1).into()));
        triples.push(triple("http://x", crate::rdf::BlankNode::new("b1").unwrap().into()));
        Lines::new(&triples)
    }

    /// Sends `lines` with a server that refuses batches of more than
    /// `limit` lines as Virtuoso does; returns (first, blank, lines) per
    /// accepted request.
    fn send_all(lines: &Lines, batch: usize, limit: usize) -> Sent {
        let client = Client::new(&Target::default(), &Options { batch_triples: batch, ..Options::default() });
        let mut accepted = Vec::new();
        let mut split = None;
        let result = client.batches(lines, &mut split, |b| {
            let n = b.text.lines().count();
            if n > limit {
                let body = "Virtuoso 37000 Error SP031: SPARQL: Internal error: The length of generated SQL text has exceeded 10000 lines of code".into();
                return Err(PushError::Http { method: "POST", url: "http://v/sparql".into(), status: 400, body });
            }
            accepted.push((b.first, b.blank, n));
            Ok(())
        });
        Sent { result, accepted, split, batch: client.batch.get() }
    }

    struct Sent {
        result: Result<usize, PushError>,
        accepted: Vec<(bool, bool, usize)>,
        split: Option<Split>,
        batch: usize,
    }

    #[test]
    fn blank_nodes_stay_in_the_first_batch() {
        let lines = sample();
        assert!(lines.blank[0].starts_with("<http://x> <http://p> _:b1") && lines.blank[1].starts_with("_:b1 "));
        let Sent { result, accepted, split, .. } = send_all(&lines, 2, usize::MAX);
        assert_eq!(result.unwrap(), 4);
        assert_eq!(accepted, [(true, true, 2), (false, false, 2), (false, false, 2), (false, false, 1)]);
        assert!(split.is_none());
        assert_eq!(lines.digest(), sample().digest());
    }

    #[test]
    fn batches_refused_as_too_big_go_again_in_halves() {
        let lines = sample();
        let Sent { result, accepted, split, batch } = send_all(&lines, 100, 3);
        // 7 lines refused, then 3 (the two blank ones and one more), 3, 1.
        assert_eq!(result.unwrap(), 3);
        assert_eq!(accepted, [(true, true, 3), (false, false, 3), (false, false, 1)]);
        let split = split.unwrap();
        assert_eq!((split.refused, split.batch, batch), (7, 3, 3));
        assert!(split.reason.starts_with("HTTP 400: Virtuoso 37000 Error SP031"), "{}", split.reason);
        // The lines with blank nodes go in one request or not at all.
        let Sent { result, accepted, .. } = send_all(&lines, 100, 1);
        assert!(matches!(result, Err(PushError::Http { status: 400, .. })), "{result:?}");
        assert!(accepted.is_empty());
        // Other refusals are not about size.
        let other = PushError::Http {
            method: "POST",
            url: "u".into(),
            status: 400,
            body: "SP031: Blank node '_:b' is not allowed in a constant clause".into(),
        };
        assert!(!too_big(&other));
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
    fn credentials_answer_the_servers_challenge() {
        let auth = Auth::Password { user: "admin".into(), password: "pw".into() };
        let target = Target { auth, ..Target::default() };
        let url = "http://h:8890/sparql-graph-crud-auth?graph=http%3A%2F%2Fg";
        let client = Client::new(&target, &Options::default());
        assert_eq!(client.authorization("PUT", url, ""), None, "nothing before the server asks");
        let mut headers = ureq::http::HeaderMap::new();
        headers.insert("www-authenticate", "Basic realm=\"x\"".parse().unwrap());
        assert!(client.challenged(&headers, false));
        assert_eq!(client.authorization("PUT", url, "").as_deref(), Some("Basic YWRtaW46cHc="));
        assert!(!client.challenged(&headers, true), "a refused answer is final");

        let client = Client::new(&target, &Options::default());
        headers.insert("www-authenticate", "Digest realm=\"SPARQL\", nonce=\"abc\", qop=\"auth\"".parse().unwrap());
        assert!(client.challenged(&headers, false));
        let answer = client.authorization("PUT", url, "").unwrap();
        assert!(answer.starts_with("Digest username=\"admin\""), "{answer}");
        assert!(answer.contains("uri=\"/sparql-graph-crud-auth?graph=http%3A%2F%2Fg\""), "{answer}");
        assert!(answer.contains("nc=00000001") && !answer.contains("pw"), "{answer}");
        let again = client.authorization("PUT", url, "").unwrap();
        assert!(again.contains("nc=00000002"), "the nonce serves the next request: {again}");
        assert!(!client.challenged(&headers, true), "a fresh nonce refused: wrong password");
        headers.insert("www-authenticate", "Digest realm=\"SPARQL\", nonce=\"def\", stale=true".parse().unwrap());
        assert!(client.challenged(&headers, true), "a stale nonce is renewed");

        let target = Target { auth: Auth::Bearer("t".into()), ..Target::default() };
        assert_eq!(
            Client::new(&target, &Options::default()).authorization("POST", url, "").as_deref(),
            Some("Bearer t")
        );
    }
}
