//! The SPARQL 1.1 Protocol at `/sparql`, Graph Store Protocol reads at
//! `/store` and article upload at `/articles`.
//!
//! The default graph of a query is the union of all graphs, as in
//! `tupu query`, unless the query has `FROM` or the request names
//! `default-graph-uri` / `named-graph-uri`. Result formats are chosen by
//! the `Accept` header (q-values respected) or a `format=` parameter
//! (`json`, `xml`, `csv`, `tsv` for SELECT and ASK; `ttl`, `nt`, `jsonld`,
//! `rdf` for CONSTRUCT and DESCRIBE); without either, SPARQL JSON and Turtle.
//!
//! `GET /store?default` is the Graph Store Protocol's default graph: the
//! store's own default graph, which tupu leaves empty, not the union that
//! `/sparql` queries by default (that is the whole store; ask for it with
//! `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }`).

use super::{authorize, blocking, ApiError, Shared};
use crate::ingest::IngestError;
use crate::rdf::vocab;
use crate::rdf::{
    NamedNode, QueryEvaluationError, QueryResults, QueryResultsFormat, QueryResultsSerializer, QuerySolution,
    RdfFormat, RdfSerializer, Triple, Variable,
};
use crate::store::{Outcome, QueryOptions, StoreError};
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// What a query returned, collected (at most `max_results` rows).
pub(crate) enum Evaluated {
    Solutions { variables: Vec<Variable>, rows: Vec<QuerySolution> },
    Boolean(bool),
    Graph(Vec<Triple>),
}

/// The graphs a request names for its dataset.
#[derive(Debug, Default, Clone)]
pub(crate) struct Dataset {
    pub(crate) default_graphs: Vec<NamedNode>,
    pub(crate) named_graphs: Vec<NamedNode>,
}

/// Evaluates a query with the server's timeout and result-size limit.
pub(crate) async fn evaluate(state: &Shared, sparql: String, dataset: Dataset) -> Result<Evaluated, ApiError> {
    crate::guard::check(&sparql).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let timeout = state.config.query_timeout;
    blocking(state, Some(timeout), move |state, cancel| {
        let options = QueryOptions {
            union_default_graph: true,
            default_graphs: dataset.default_graphs,
            named_graphs: dataset.named_graphs,
            cancel: Some(cancel.clone()),
        };
        let max = state.config.max_results;
        let cancelled = |error: QueryEvaluationError| match error {
            QueryEvaluationError::Cancelled => ApiError::Timeout(timeout),
            other => ApiError::from(StoreError::from(other)),
        };
        Ok(match state.store.query_with(&sparql, &options)? {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for solution in solutions {
                    rows.push(solution.map_err(cancelled)?);
                    if rows.len() > max {
                        return Err(ApiError::TooManyResults(max));
                    }
                }
                Evaluated::Solutions { variables, rows }
            }
            QueryResults::Boolean(answer) => Evaluated::Boolean(answer),
            QueryResults::Graph(triples) => {
                let mut collected = Vec::new();
                for triple in triples {
                    collected.push(triple.map_err(cancelled)?);
                    if collected.len() > max {
                        return Err(ApiError::TooManyResults(max));
                    }
                }
                Evaluated::Graph(collected)
            }
        })
    })
    .await
}

/// The parameters of a protocol request (URL query string or form body).
#[derive(Debug, Default)]
struct Params {
    query: Option<String>,
    update: Option<String>,
    dataset: Dataset,
    format: Option<String>,
    graph: Option<String>,
    default: bool,
    name: Option<String>,
}

fn parse_params(raw: &[u8]) -> Result<Params, ApiError> {
    let mut params = Params::default();
    let iri = |value: &str, name: &str| {
        NamedNode::new(value).map_err(|e| ApiError::BadRequest(format!("{name}: `{value}` is not an IRI: {e}")))
    };
    for (key, value) in form_urlencoded::parse(raw) {
        let once = |slot: &mut Option<String>| {
            if slot.replace(value.to_string()).is_some() {
                Err(ApiError::BadRequest(format!("the parameter `{key}` is given twice")))
            } else {
                Ok(())
            }
        };
        match key.as_ref() {
            "query" => once(&mut params.query)?,
            "update" => once(&mut params.update)?,
            "format" => once(&mut params.format)?,
            "graph" => once(&mut params.graph)?,
            "name" if value.contains('\u{FFFD}') => {
                return Err(ApiError::BadRequest("`name` is not UTF-8 (or holds U+FFFD); use a UTF-8 file name".into()))
            }
            "name" => once(&mut params.name)?,
            "default" => params.default = true,
            "default-graph-uri" => params.dataset.default_graphs.push(iri(&value, &key)?),
            "named-graph-uri" => params.dataset.named_graphs.push(iri(&value, &key)?),
            "using-graph-uri" | "using-named-graph-uri" => {
                return Err(ApiError::BadRequest(format!("`{key}` is not supported; use USING in the update")))
            }
            _ => {}
        }
    }
    Ok(params)
}

/// The media types of an `Accept` header, best first (stable for ties).
fn accepted(headers: &HeaderMap) -> Vec<String> {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Vec::new();
    };
    let mut ranges: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .next()
                .unwrap_or(1.0);
            (!media.is_empty() && q > 0.0).then_some((media, q))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranges.into_iter().map(|(media, _)| media).collect()
}

/// The format for SELECT and ASK results.
fn results_format(accept: &[String], format: Option<&str>) -> Result<QueryResultsFormat, ApiError> {
    if let Some(format) = format {
        return QueryResultsFormat::from_extension(format).ok_or_else(|| {
            ApiError::NotAcceptable(format!("format `{format}` is not a results format (json, xml, csv, tsv)"))
        });
    }
    if accept.is_empty() {
        return Ok(QueryResultsFormat::Json);
    }
    for media in accept {
        if matches!(media.as_str(), "*/*" | "application/*") {
            return Ok(QueryResultsFormat::Json);
        }
        if let Some(format) = QueryResultsFormat::from_media_type(media) {
            return Ok(format);
        }
    }
    Err(ApiError::NotAcceptable(format!(
        "none of `{}` is a SPARQL results format (application/sparql-results+json, +xml, text/csv, text/tab-separated-values)",
        accept.join(", ")
    )))
}

/// The format for graphs (CONSTRUCT, DESCRIBE, Graph Store reads).
fn graph_format(accept: &[String], format: Option<&str>) -> Result<RdfFormat, ApiError> {
    if let Some(format) = format {
        return RdfFormat::from_extension(format).ok_or_else(|| {
            ApiError::NotAcceptable(format!("format `{format}` is not an RDF format (ttl, nt, jsonld, rdf)"))
        });
    }
    if accept.is_empty() {
        return Ok(RdfFormat::Turtle);
    }
    for media in accept {
        if matches!(media.as_str(), "*/*" | "text/*" | "application/*") {
            return Ok(RdfFormat::Turtle);
        }
        if let Some(format) = RdfFormat::from_media_type(media) {
            return Ok(format);
        }
    }
    Err(ApiError::NotAcceptable(format!(
        "none of `{}` is an RDF format (text/turtle, application/n-triples, application/ld+json)",
        accept.join(", ")
    )))
}

/// Writes evaluated results in the negotiated format.
fn respond(evaluated: Evaluated, accept: &[String], format: Option<&str>) -> Result<Response, ApiError> {
    let io = |e: std::io::Error| ApiError::Internal(format!("cannot write the results: {e}"));
    let mut body = Vec::new();
    let media_type = match evaluated {
        Evaluated::Solutions { variables, rows } => {
            let format = results_format(accept, format)?;
            let mut serializer = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut body, variables)
                .map_err(io)?;
            for row in &rows {
                serializer.serialize(row).map_err(io)?;
            }
            serializer.finish().map_err(io)?;
            format.media_type()
        }
        Evaluated::Boolean(answer) => {
            let format = results_format(accept, format)?;
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(&mut body, answer).map_err(io)?;
            format.media_type()
        }
        Evaluated::Graph(triples) => {
            let format = graph_format(accept, format)?;
            write_triples(&triples, format, &mut body).map_err(io)?;
            format.media_type()
        }
    };
    Ok(with_type(StatusCode::OK, media_type, body))
}

fn write_triples(triples: &[Triple], format: RdfFormat, out: &mut Vec<u8>) -> std::io::Result<()> {
    let mut serializer = RdfSerializer::from_format(format);
    if format == RdfFormat::Turtle {
        // As in `tupu query`: entity and article IRIs stay whole.
        for (prefix, namespace) in vocab::PREFIXES.iter().filter(|(p, _)| !matches!(*p, "id" | "article")) {
            serializer =
                serializer.with_prefix(*prefix, *namespace).expect("the predeclared namespaces are valid IRIs");
        }
    }
    let mut writer = serializer.for_writer(out);
    for triple in triples {
        writer.serialize_triple(triple)?;
    }
    writer.finish()?;
    Ok(())
}

fn with_type(status: StatusCode, media_type: &str, body: Vec<u8>) -> Response {
    let mut response = (status, body).into_response();
    let value = match media_type {
        // Text formats say their charset, so that browsers show Chinese right.
        "text/csv" | "text/tab-separated-values" | "text/turtle" | "application/n-triples" => {
            format!("{media_type}; charset=utf-8")
        }
        other => other.to_string(),
    };
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_str(&value).expect("media types are ASCII"));
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept"));
    response
}

/// `GET /sparql?query=…`
pub(crate) async fn get_sparql(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse_params(raw.unwrap_or_default().as_bytes())?;
    if params.update.is_some() {
        return Err(ApiError::BadRequest("a SPARQL update must be sent with POST".into()));
    }
    let Some(query) = params.query else {
        // A person who typed /sparql into a browser wants the form.
        if accepted(&headers).first().is_some_and(|m| m == "text/html") {
            return Ok(axum::response::Redirect::to("/query").into_response());
        }
        return Err(ApiError::BadRequest("missing the `query` parameter (see /query for a form)".into()));
    };
    answer_query(&state, &headers, query, params.dataset, params.format.as_deref()).await
}

/// `POST /sparql`: `application/sparql-query`, `application/sparql-update`
/// or a form with `query=` or `update=`.
pub(crate) async fn post_sparql(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    let url = parse_params(raw.unwrap_or_default().as_bytes())?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let text =
        || String::from_utf8(body.to_vec()).map_err(|_| ApiError::BadRequest("the request body is not UTF-8".into()));
    match content_type.as_str() {
        "application/sparql-query" => answer_query(&state, &headers, text()?, url.dataset, url.format.as_deref()).await,
        "application/sparql-update" => run_update(&state, &headers, text()?).await,
        "application/x-www-form-urlencoded" => {
            let form = parse_params(&body)?;
            let mut dataset = form.dataset;
            dataset.default_graphs.extend(url.dataset.default_graphs);
            dataset.named_graphs.extend(url.dataset.named_graphs);
            let format = form.format.or(url.format);
            match (form.query, form.update) {
                (Some(query), None) => answer_query(&state, &headers, query, dataset, format.as_deref()).await,
                (None, Some(update)) => run_update(&state, &headers, update).await,
                (Some(_), Some(_)) => Err(ApiError::BadRequest("give `query` or `update`, not both".into())),
                (None, None) => Err(ApiError::BadRequest("the form has neither `query` nor `update`".into())),
            }
        }
        other => Err(ApiError::UnsupportedMediaType(format!(
            "Content-Type `{other}` is not one of application/sparql-query, application/sparql-update, \
             application/x-www-form-urlencoded"
        ))),
    }
}

async fn answer_query(
    state: &Shared,
    headers: &HeaderMap,
    query: String,
    dataset: Dataset,
    format: Option<&str>,
) -> Result<Response, ApiError> {
    let accept = accepted(headers);
    // Refuse an unacceptable Accept before doing the work, when the query
    // form is plain from the text: neither kind of format would fit.
    if format.is_none() && results_format(&accept, None).is_err() && graph_format(&accept, None).is_err() {
        return Err(ApiError::NotAcceptable(format!("no format of `{}` can be served", accept.join(", "))));
    }
    let evaluated = evaluate(state, query, dataset).await?;
    respond(evaluated, &accept, format)
}

async fn run_update(state: &Shared, headers: &HeaderMap, update: String) -> Result<Response, ApiError> {
    authorize(state, headers)?;
    crate::guard::check(&update).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    if let Ok(parsed) = spargebra::SparqlParser::new().parse_update(&update) {
        if parsed.operations.iter().any(|op| matches!(op, spargebra::GraphUpdateOperation::Load { .. })) {
            return Err(ApiError::NotImplemented(
                "LOAD is not supported: this server fetches nothing; upload articles to /articles".into(),
            ));
        }
    }
    // An update is not cut off by the query timeout: a write that went on
    // after the client was told it failed would be worse than a slow answer.
    blocking(state, None, move |state, _| {
        let done = state.store.update(&update);
        // Even a failed update may have written part of its operations.
        state.store_changed();
        done?;
        Ok(state.store.flush()?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /store?graph=IRI` or `GET /store?default`: a graph of the store.
pub(crate) async fn get_store(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse_params(raw.unwrap_or_default().as_bytes())?;
    let graph = match (params.graph, params.default) {
        (Some(graph), false) => Some(
            NamedNode::new(&graph).map_err(|e| ApiError::BadRequest(format!("graph: `{graph}` is not an IRI: {e}")))?,
        ),
        (None, true) => None,
        _ => return Err(ApiError::BadRequest("give either `graph=IRI` or `default`".into())),
    };
    let format = graph_format(&accepted(&headers), params.format.as_deref())?;
    let timeout = state.config.query_timeout;
    let triples = blocking(&state, Some(timeout), move |state, _| {
        if let Some(graph) = &graph {
            if !state.store.contains_graph(graph)? {
                return Err(ApiError::NotFound(format!("no graph <{}> in this store", graph.as_str())));
            }
        }
        Ok(state.store.graph_triples(graph.as_ref())?)
    })
    .await?;
    let mut body = Vec::new();
    write_triples(&triples, format, &mut body).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(with_type(StatusCode::OK, format.media_type(), body))
}

/// `POST /articles?name=FILE`: the body is an article (any encoding `tupu
/// ingest` reads), extracted and stored like `tupu ingest FILE`.
pub(crate) async fn post_article(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let params = parse_params(raw.unwrap_or_default().as_bytes())?;
    let name =
        params.name.ok_or_else(|| ApiError::BadRequest("missing `name=FILE` (the article's file name)".into()))?;
    check_file_name(&name)?;
    // The one ingest path, as `tupu ingest` reads the file `name`:
    // encodings, HTML by name or content, the 1 MiB cap.
    let ingested = blocking(&state, None, move |state, _| {
        let pipeline = state.pipeline().map_err(|e| ApiError::Internal(format!("cannot load the extractor: {e}")))?;
        if crate::ingest::load_sources(&state.store, pipeline.dictionary())?.0 {
            state.store_changed();
        }
        let ingestor = crate::ingest::Ingestor::new(&state.store).with_pipeline(pipeline);
        let ingested = match ingestor.ingest_bytes(&name, &body) {
            Ok(ingested) => ingested,
            Err(err @ IngestError::Read(_)) => return Err(ApiError::BadRequest(format!("{name}: {err}"))),
            Err(IngestError::Store(err)) => return Err(err.into()),
            Err(err) => return Err(ApiError::Internal(format!("{name}: {err}"))),
        };
        if ingested.outcome != Outcome::Unchanged {
            state.store_changed();
            state.store.flush()?;
        }
        Ok((name, ingested))
    })
    .await?;
    let (name, ingested) = ingested;
    let status = if ingested.outcome == Outcome::New { StatusCode::CREATED } else { StatusCode::OK };
    let body = serde_json::json!({
        "article": name,
        "graph": ingested.graph.as_str(),
        "outcome": format!("{:?}", ingested.outcome).to_lowercase(),
        "quads": ingested.quads,
        "warnings": ingested.warnings,
    });
    let mut response = (status, format!("{body}\n")).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}

/// An uploaded article is named like a file: it becomes its graph's IRI.
fn check_file_name(name: &str) -> Result<(), ApiError> {
    let bad = name.is_empty()
        || name.len() > 255
        || name == "."
        || name == ".."
        || name.chars().any(|c| c == '/' || c == '\\' || c.is_control());
    if bad {
        return Err(ApiError::BadRequest(format!("`{name}` is not a file name (no slashes, 1 to 255 bytes)")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &'static str) -> Vec<String> {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_static(value));
        accepted(&headers)
    }

    #[test]
    fn negotiation_follows_q_values() {
        let a = accept("text/csv;q=0.5, application/sparql-results+xml");
        assert_eq!(results_format(&a, None).unwrap(), QueryResultsFormat::Xml);
        assert_eq!(results_format(&accept("*/*"), None).unwrap(), QueryResultsFormat::Json);
        assert_eq!(results_format(&[], Some("tsv")).unwrap(), QueryResultsFormat::Tsv);
        assert!(results_format(&accept("image/png"), None).is_err());
        assert_eq!(graph_format(&accept("application/n-triples"), None).unwrap(), RdfFormat::NTriples);
        assert!(matches!(graph_format(&accept("application/ld+json"), None).unwrap(), RdfFormat::JsonLd { .. }));
        assert!(graph_format(&accept("text/csv"), None).is_err());
    }

    #[test]
    fn params_decode_forms() {
        let p = parse_params("query=SELECT%20*%20%7B%7D&default-graph-uri=http%3A%2F%2Fa&default".as_bytes()).unwrap();
        assert_eq!(p.query.as_deref(), Some("SELECT * {}"));
        assert_eq!(p.dataset.default_graphs[0].as_str(), "http://a");
        assert!(p.default);
        assert!(parse_params(b"query=a&query=b").is_err());
        assert!(parse_params(b"named-graph-uri=not%20an%20iri").is_err());
    }

    #[test]
    fn uploaded_names_are_file_names() {
        assert!(check_file_name("西小服.txt").is_ok());
        for bad in ["", "..", "a/b.txt", "a\\b", "a\nb"] {
            assert!(check_file_name(bad).is_err(), "{bad:?}");
        }
    }
}
