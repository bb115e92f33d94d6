//! `tupu serve`: the SPARQL endpoint and the browser view.

use super::ExitStatus;
use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tupu::serve::{is_exposed, serve, Config, DEFAULT_BIND};
use tupu::store::{Store, DEFAULT_PATH};

/// Serve the knowledge graph over HTTP: a SPARQL endpoint and a browser
/// view.
///
/// http://ADDR/ is the browser view: search an entity by any name or alias
/// (simplified or traditional), see its relations with the sentences they
/// came from, its figures and its neighbourhood; /query is a SPARQL page.
/// /sparql speaks the SPARQL 1.1 Protocol (GET or POST; JSON, XML, CSV, TSV
/// results, Turtle, N-Triples, JSON-LD graphs by Accept); /store?graph=IRI
/// serves a graph (Graph Store Protocol, reads).
///
/// Read-only unless --update-token is given: then SPARQL Update (POST
/// /sparql) and article upload (POST /articles?name=FILE, the article as
/// the body, ingested like `tupu ingest`) are allowed for requests with
/// `Authorization: Bearer TOKEN`.
///
/// The store is opened by this process alone (RocksDB is exclusive): stop
/// the server before running `tupu ingest` on the same store.
///
/// Example: tupu serve --store tupu-data --bind 127.0.0.1:7878
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
    /// Address and port to listen on. Port 0 picks a free port (the address
    /// is printed). Anything but loopback is reachable from other machines.
    #[arg(long, value_name = "ADDR:PORT", default_value = DEFAULT_BIND)]
    bind: SocketAddr,
    /// Allow SPARQL Update and article upload for requests carrying
    /// `Authorization: Bearer TOKEN` [default: $TUPU_UPDATE_TOKEN, which
    /// keeps it out of the process list].
    #[arg(long, value_name = "TOKEN")]
    update_token: Option<String>,
    /// Stop a query after this many seconds (answer 503).
    #[arg(long, value_name = "SECONDS", default_value = "30", value_parser = parse_seconds)]
    query_timeout: Duration,
    /// Refuse results with more rows (or triples) than this; ask for LIMIT.
    #[arg(long, value_name = "N", default_value = "100000")]
    max_results: usize,
    /// Refuse request bodies larger than this (bytes; K and M suffixes work).
    #[arg(long, value_name = "BYTES", default_value = "10M", value_parser = parse_size)]
    max_body: usize,
    #[command(flatten)]
    home: super::home_arg::HomeArg,
}

fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text.parse().map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if !(seconds > 0.0 && seconds.is_finite()) {
        return Err(format!("`{text}`: the timeout must be more than 0 seconds"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

fn parse_size(text: &str) -> Result<usize, String> {
    let (digits, unit) = match text.trim().to_ascii_uppercase() {
        t if t.ends_with('M') => (t[..t.len() - 1].to_string(), 1024 * 1024),
        t if t.ends_with('K') => (t[..t.len() - 1].to_string(), 1024),
        t => (t, 1),
    };
    let n: usize = digits.parse().map_err(|_| format!("`{text}` is not a size (like 512K or 10M)"))?;
    n.checked_mul(unit).ok_or_else(|| format!("`{text}` is too large"))
}

pub fn run(mut args: Args) -> anyhow::Result<ExitStatus> {
    if args.update_token.is_none() {
        args.update_token = std::env::var("TUPU_UPDATE_TOKEN").ok().filter(|t| !t.is_empty());
    }
    if args.update_token.as_deref().is_some_and(|t| t.trim().len() < 8) {
        anyhow::bail!("--update-token: use at least 8 characters (e.g. `openssl rand -hex 16`)");
    }
    let store = Store::open_existing(&args.store)?;
    let config = Config {
        update_token: args.update_token.clone(),
        query_timeout: args.query_timeout,
        max_results: args.max_results,
        max_body: args.max_body,
        home: args.home.resolve()?,
    };
    if is_exposed(&args.bind) {
        eprintln!(
            "tupu: warning: listening on {}, which other machines can reach; the graph is readable by anyone there{}",
            args.bind,
            if args.update_token.is_some() { ", and the update token travels unencrypted" } else { "" }
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Room for the parser and evaluator's recursion beyond the nesting
        // that `tupu::guard` lets through.
        .thread_stack_size(16 * 1024 * 1024)
        .build()
        .context("starting the HTTP runtime")?;
    let store_path = args.store.display().to_string();
    let writable = args.update_token.is_some();
    runtime.block_on(serve(
        store,
        config,
        args.bind,
        |addr| {
            eprintln!(
                "tupu: serving {store_path} at http://{addr}/ (SPARQL at /sparql, {}); Ctrl-C stops",
                if writable { "updates with the token" } else { "read-only" }
            );
        },
        async {
            shutdown_signal().await;
            eprintln!("tupu: stopping: finishing the requests in flight (at most {} s)", SHUTDOWN_GRACE.as_secs());
            // Requests that are not done by then are dropped: a query thread
            // cannot be stopped from outside, and the store needs no flush
            // (every write is committed through RocksDB's log as it is made).
            std::thread::spawn(|| {
                std::thread::sleep(SHUTDOWN_GRACE);
                eprintln!("tupu: stopped with requests still running");
                std::process::exit(0);
            });
        },
    ))?;
    runtime.shutdown_timeout(SHUTDOWN_GRACE);
    Ok(ExitStatus::Success)
}

/// How long the server waits for requests in flight after Ctrl-C or SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// Ctrl-C, or SIGTERM from a service manager: finish the requests in
/// flight, then stop.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_seconds() {
        assert_eq!(parse_size("10M"), Ok(10 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Ok(512 * 1024));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("lots").is_err());
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("NaN").is_err());
    }
}
