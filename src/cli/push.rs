//! `tupu push`: the store's graphs to an external SPARQL server.

use super::ExitStatus;
use std::path::PathBuf;
use std::time::Duration;
use tupu::push::{push, state_file, Auth, GraphOutcome, Method, Options, Target};
use tupu::rdf::vocab::compact;
use tupu::store::{Store, DEFAULT_PATH};

/// Push every graph of the store to an external SPARQL server.
///
/// Each named graph (one per article, the curated dictionary, the
/// ontology) is sent with the Graph Store Protocol when --graph-store is
/// given (PUT per graph, so pushing again replaces rather than doubles),
/// else — or when the server answers the Graph Store URL with 404, 405 or
/// 501 — with SPARQL Update to --endpoint (DROP SILENT GRAPH, then INSERT
/// DATA; the triples with blank nodes as INSERT … WHERE {}). Big graphs go
/// in batches; a batch the server refuses as too big (HTTP 413, Virtuoso's
/// SP030/SP031) goes again in halves, and the push says so; connection
/// errors and 5xx answers are retried with backoff.
///
/// What went through is remembered in tupu-push-state.tsv in the store
/// folder, per target: running push again sends only what changed, and a
/// push that stopped half-way goes on where it stopped (--force sends
/// everything). Progress goes to stderr, then one line per failed graph;
/// the exit code is 1 when any graph failed.
///
/// Example: tupu push --endpoint http://localhost:7878/update --graph-store http://localhost:7878/store
/// (Fuseki: --endpoint http://host:3030/ds/update --graph-store http://host:3030/ds/data;
/// Virtuoso: --endpoint http://host:8890/sparql-auth --graph-store http://host:8890/sparql-graph-crud-auth --user dba)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The server's SPARQL 1.1 Update endpoint.
    #[arg(long, value_name = "URL", required_unless_present = "graph_store")]
    endpoint: Option<String>,
    /// The server's Graph Store Protocol endpoint (preferred when given).
    #[arg(long, value_name = "URL")]
    graph_store: Option<String>,
    /// User for HTTP authentication, Basic or Digest, as the server asks
    /// in its WWW-Authenticate answer (Virtuoso's /sparql-auth and
    /// /sparql-graph-crud-auth want Digest).
    #[arg(long, value_name = "USER", conflicts_with = "token")]
    user: Option<String>,
    /// Password for HTTP authentication [default: $TUPU_PUSH_PASSWORD,
    /// which keeps it out of the process list].
    #[arg(long, value_name = "PASSWORD", requires = "user")]
    password: Option<String>,
    /// Bearer token (Authorization: Bearer TOKEN) [default:
    /// $TUPU_PUSH_TOKEN].
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
    /// Most triples per request.
    #[arg(long, value_name = "N", default_value = "10000")]
    batch_size: usize,
    /// Retries of a request after a connection error or a 5xx answer.
    #[arg(long, value_name = "N", default_value = "4")]
    retries: u32,
    /// Send every graph, even those already pushed unchanged.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    for url in args.endpoint.iter().chain(&args.graph_store) {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            anyhow::bail!("`{url}` is not an http:// or https:// URL");
        }
    }
    if args.batch_size == 0 {
        anyhow::bail!("--batch-size must be at least 1");
    }
    let store = Store::open_existing(&args.store)?;
    let from_env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let auth = match (args.user, args.token) {
        (Some(user), _) => {
            let password = args.password.or_else(|| from_env("TUPU_PUSH_PASSWORD")).ok_or_else(|| {
                anyhow::anyhow!("--user needs --password or the TUPU_PUSH_PASSWORD environment variable")
            })?;
            Auth::Password { user, password }
        }
        (None, Some(token)) => Auth::Bearer(token),
        (None, None) => from_env("TUPU_PUSH_TOKEN").map_or(Auth::None, Auth::Bearer),
    };
    let target = Target { update_endpoint: args.endpoint, graph_store: args.graph_store, auth };
    let options = Options {
        batch_triples: args.batch_size,
        retries: args.retries,
        backoff: Duration::from_millis(500),
        force: args.force,
        state_file: Some(state_file(&args.store)),
        ..Options::default()
    };
    let reports = push(&store, &target, &options, |progress| {
        let report = progress.report;
        let what = match &report.outcome {
            GraphOutcome::Pushed { method: Method::GraphStore, requests } => format!("put ({requests} requests)"),
            GraphOutcome::Pushed { method: Method::Update, requests } => format!("updated ({requests} requests)"),
            GraphOutcome::Skipped => "unchanged, skipped".to_string(),
            GraphOutcome::Failed(_) => "FAILED".to_string(),
        };
        if let Some(split) = &report.split {
            eprintln!(
                "tupu: {}: the server refused {} triples in one request ({}); sent in batches of {} from here on",
                compact(report.graph.as_str()),
                split.refused,
                split.reason,
                split.batch
            );
        }
        eprintln!(
            "tupu: [{}/{}] {} ({} triples) {what}",
            progress.index,
            progress.total,
            compact(report.graph.as_str()),
            report.triples
        );
    })?;
    let count = |f: fn(&GraphOutcome) -> bool| reports.iter().filter(|r| f(&r.outcome)).count();
    let pushed = count(|o| matches!(o, GraphOutcome::Pushed { .. }));
    let skipped = count(|o| matches!(o, GraphOutcome::Skipped));
    let failed = count(|o| matches!(o, GraphOutcome::Failed(_)));
    let triples: usize =
        reports.iter().filter(|r| matches!(r.outcome, GraphOutcome::Pushed { .. })).map(|r| r.triples).sum();
    eprintln!(
        "tupu: {} graphs: {pushed} pushed ({triples} triples), {skipped} unchanged, {failed} failed",
        reports.len()
    );
    for report in &reports {
        if let GraphOutcome::Failed(error) = &report.outcome {
            eprintln!("tupu: failed: {}: {error}", report.graph.as_str());
        }
    }
    Ok(if failed > 0 { ExitStatus::Failure } else { ExitStatus::Success })
}
