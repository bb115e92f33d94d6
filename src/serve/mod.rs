//! HTTP: the SPARQL 1.1 Protocol, Graph Store Protocol reads, article upload
//! and the browser view, over one [`Store`].
//!
//! | path | what |
//! | --- | --- |
//! | `GET /` , `GET /search?q=` | search an entity by any label or alias (simplified or traditional) |
//! | `GET /entity?iri=` | an entity: type, aliases, relations with their sentences, facts, neighbourhood SVG |
//! | `GET /query?q=` | SPARQL editor and results table |
//! | `GET, POST /sparql` | SPARQL 1.1 Protocol: `query=` or `update=` |
//! | `GET /store?graph=IRI`, `?default` | Graph Store Protocol reads |
//! | `POST /articles?name=FILE` | upload an article: ingested like `tupu ingest` |
//!
//! *Boundary:* read-only unless [`Config::update_token`] is set; then SPARQL
//! Update and article upload need `Authorization: Bearer TOKEN` (401
//! without or with a wrong token, 403 when updates are disabled).
//!
//! Evaluation is blocking (oxigraph), so every query runs on tokio's
//! blocking pool with a [`CancellationToken`]: when the query timeout
//! passes, the token is cancelled, the evaluation stops and the client gets
//! 503. Results are collected before anything is sent, up to
//! [`Config::max_results`]; a larger result is refused, not truncated.
//!
//! *Limit:* oxigraph looks at the token whenever the evaluation reads the
//! store. Shapes that work long in memory without reading it are refused
//! up front with 400 by [`crate::guard`]: brackets nested more than
//! [`crate::guard::MAX_NESTING`] deep, a product of three or more groups of
//! patterns that share no variable, and `REPLACE` over another `REPLACE`.
//! On Ctrl-C or SIGTERM the server stops accepting, waits up to 3 s for the
//! requests in flight and then exits whatever still runs (the store needs
//! no flush: writes are committed as they are made).

mod browser;
mod sparql;
mod timeline;

use crate::pipeline::{Home, Pipeline, PipelineError};
use crate::rdf::{CancellationToken, QueryEvaluationError, UpdateEvaluationError};
use crate::store::{Store, StoreError};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use thiserror::Error;

/// Where `tupu serve` listens unless told otherwise: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// Limits and switches of the server.
#[derive(Debug, Clone)]
pub struct Config {
    /// Enables SPARQL Update and article upload for requests that carry
    /// `Authorization: Bearer` this token.
    pub update_token: Option<String>,
    /// Longest a query or update may run; then it is cancelled (503).
    pub query_timeout: Duration,
    /// Most solutions (or triples) a query may return; more is refused.
    pub max_results: usize,
    /// Largest request body in bytes; larger is refused with 413.
    pub max_body: usize,
    /// What uploaded articles' domestic words stand for.
    pub home: Home,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            update_token: None,
            query_timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_body: 10 * 1024 * 1024,
            home: Home::Auto,
        }
    }
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// What the handlers share.
struct AppState {
    store: Store,
    config: Config,
    /// Built on the first upload: loading the dictionary and jieba takes a
    /// moment a read-only server never needs.
    pipeline: Mutex<Option<Arc<Pipeline>>>,
    /// The search index of entity names; `None` until needed and after
    /// every write.
    names: Mutex<Option<Arc<Vec<browser::IndexedName>>>>,
}

impl AppState {
    fn new(store: Store, config: Config) -> AppState {
        AppState { store, config, pipeline: Mutex::new(None), names: Mutex::new(None) }
    }

    fn names(&self) -> Result<Arc<Vec<browser::IndexedName>>, ApiError> {
        let mut slot = self.names.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(names) = slot.as_ref() {
            return Ok(names.clone());
        }
        let names = Arc::new(browser::name_index(self)?);
        *slot = Some(names.clone());
        Ok(names)
    }

    /// After a write: the next search rebuilds the index.
    fn store_changed(&self) {
        *self.names.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }

    fn pipeline(&self) -> Result<Arc<Pipeline>, PipelineError> {
        let mut slot = self.pipeline.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(pipeline) = slot.as_ref() {
            return Ok(pipeline.clone());
        }
        let pipeline = Arc::new(Pipeline::new()?.with_home(self.config.home.clone()));
        *slot = Some(pipeline.clone());
        Ok(pipeline)
    }
}

type Shared = Arc<AppState>;

/// The routes of the server over `store`.
pub(crate) fn router(store: Store, config: Config) -> Router {
    let max_body = config.max_body;
    let state = Arc::new(AppState::new(store, config));
    Router::new()
        .route("/", get(browser::home))
        .route("/search", get(browser::search))
        .route("/entity", get(browser::entity))
        .route("/query", get(browser::query_page))
        .route("/sparql", get(sparql::get_sparql).post(sparql::post_sparql))
        .route("/store", get(sparql::get_store))
        .route("/articles", post(sparql::post_article))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// On every response: no MIME sniffing (a result or an article is never
/// run as a script), and pages may load nothing from elsewhere.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    response
}

/// Listens on `bind` and serves until `shutdown` completes. `ready` is
/// called with the bound address (which tells the port when `bind` asked
/// for port 0).
pub async fn serve(
    store: Store,
    config: Config,
    bind: SocketAddr,
    ready: impl FnOnce(SocketAddr),
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let listener =
        tokio::net::TcpListener::bind(bind).await.map_err(|source| ServeError::Bind { addr: bind, source })?;
    let addr = listener.local_addr()?;
    ready(addr);
    let app = router(store, config);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: wait, do not spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// How long a client may take to send a request's headers, and how long a
/// kept-alive connection may stay idle before the next request; then the
/// connection is closed (slow or idle clients would otherwise hold it, and
/// a file descriptor, for ever).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether `addr` can be reached from other machines.
pub fn is_exposed(addr: &SocketAddr) -> bool {
    !addr.ip().is_loopback()
}

/// An error answer: a status and a plain-text message.
#[derive(Debug)]
pub(crate) enum ApiError {
    BadRequest(String),
    /// No or wrong bearer token.
    Unauthorized,
    /// Updates are disabled on this server.
    Forbidden,
    NotFound(String),
    NotAcceptable(String),
    UnsupportedMediaType(String),
    TooManyResults(usize),
    Timeout(Duration),
    /// SERVICE, LOAD: parts of SPARQL this server does not do.
    NotImplemented(String),
    Internal(String),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) | ApiError::TooManyResults(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::NotAcceptable(_) => StatusCode::NOT_ACCEPTABLE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Timeout(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::NotImplemented(_) => StatusCode::NOT_IMPLEMENTED,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message for the client.
    pub(crate) fn message(&self) -> String {
        match self {
            ApiError::BadRequest(m)
            | ApiError::NotFound(m)
            | ApiError::NotAcceptable(m)
            | ApiError::UnsupportedMediaType(m)
            | ApiError::NotImplemented(m)
            | ApiError::Internal(m) => m.clone(),
            ApiError::Unauthorized => {
                "this request needs `Authorization: Bearer TOKEN` with the server's update token".into()
            }
            ApiError::Forbidden => "updates are disabled on this server (start it with --update-token)".into(),
            ApiError::TooManyResults(max) => {
                format!("the result has more than {max} rows (the server's --max-results); add LIMIT")
            }
            ApiError::Timeout(after) => format!(
                "the query took longer than {} s and was cancelled (the server's --query-timeout)",
                after.as_secs_f64()
            ),
        }
    }
}

impl From<crate::facts::FactsError> for ApiError {
    fn from(error: crate::facts::FactsError) -> Self {
        match error {
            crate::facts::FactsError::Store(error) => error.into(),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Syntax { .. } => ApiError::BadRequest(error.to_string()),
            StoreError::Evaluation(
                QueryEvaluationError::Service(_)
                | QueryEvaluationError::UnsupportedService(_)
                | QueryEvaluationError::UnboundService
                | QueryEvaluationError::InvalidServiceName(_),
            )
            | StoreError::Update(
                UpdateEvaluationError::Service(_)
                | UpdateEvaluationError::UnsupportedService(_)
                | UpdateEvaluationError::UnboundService
                | UpdateEvaluationError::InvalidServiceName(_),
            ) => ApiError::NotImplemented(format!("{error} (this server does not call other SPARQL services)")),
            StoreError::Evaluation(
                QueryEvaluationError::UnsupportedCustomFunction(_)
                | QueryEvaluationError::UnsupportedCustomFunctionArity { .. },
            )
            | StoreError::Update(
                UpdateEvaluationError::GraphAlreadyExists(_)
                | UpdateEvaluationError::GraphDoesNotExist(_)
                | UpdateEvaluationError::GraphParsing(_)
                | UpdateEvaluationError::UnsupportedContentType(_),
            ) => ApiError::BadRequest(error.to_string()),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), format!("{}\n", self.message())).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
        if matches!(self, ApiError::Unauthorized) {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"tupu\""));
        }
        response
    }
}

/// Runs blocking store work on tokio's blocking pool. With a timeout, when
/// it passes, `cancel` is cancelled (so a SPARQL evaluation that was given
/// it stops) and the request fails with 503.
async fn blocking<T: Send + 'static>(
    state: &Shared,
    timeout: Option<Duration>,
    work: impl FnOnce(&AppState, &CancellationToken) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let cancel = CancellationToken::new();
    let task = {
        let state = state.clone();
        let cancel = cancel.clone();
        tokio::task::spawn_blocking(move || work(&state, &cancel))
    };
    let joined = match timeout {
        None => task.await,
        Some(timeout) => match tokio::time::timeout(timeout, task).await {
            Ok(joined) => joined,
            Err(_) => {
                cancel.cancel();
                return Err(ApiError::Timeout(timeout));
            }
        },
    };
    joined.map_err(|join| ApiError::Internal(format!("the request failed: {join}")))?
}

/// Checks the bearer token of an update or upload.
fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &state.config.update_token else {
        return Err(ApiError::Forbidden);
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim);
    match given {
        Some(given) if constant_time_eq(given.as_bytes(), token.as_bytes()) => Ok(()),
        _ => Err(ApiError::Unauthorized),
    }
}

/// Compares without stopping at the first difference, so that response
/// times do not reveal how much of a guessed token was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
    }

    #[test]
    fn authorization_needs_the_configured_token() {
        let state = AppState::new(
            Store::in_memory().unwrap(),
            Config { update_token: Some("s3cret".into()), ..Config::default() },
        );
        let mut headers = HeaderMap::new();
        assert!(matches!(authorize(&state, &headers), Err(ApiError::Unauthorized)));
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer nope"));
        assert!(matches!(authorize(&state, &headers), Err(ApiError::Unauthorized)));
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer s3cret"));
        assert!(authorize(&state, &headers).is_ok());
        let closed = AppState { config: Config::default(), ..state };
        assert!(matches!(authorize(&closed, &headers), Err(ApiError::Forbidden)));
    }

    #[test]
    fn only_loopback_is_private() {
        assert!(!is_exposed(&"127.0.0.1:7878".parse().unwrap()));
        assert!(!is_exposed(&"[::1]:7878".parse().unwrap()));
        assert!(is_exposed(&"0.0.0.0:7878".parse().unwrap()));
    }
}
