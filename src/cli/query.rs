//! `tupu query`: SPARQL over the knowledge graph.

use super::ExitStatus;
use anyhow::Context;
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use tupu::query::{error_snippet, run as run_query, QueryError, QueryFormat};
use tupu::store::{Store, StoreError, DEFAULT_PATH};

/// Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the
/// knowledge graph.
///
/// The default graph is the union of all graphs — every article, the
/// curated dictionary and the ontology — unless the query says FROM; use
/// GRAPH ?article { … } to see which article says what. These prefixes are
/// predeclared: tupu: (the ontology), id: (entities), article:, graph:,
/// rdf:, rdfs:, xsd:, owl:, skos:, prov:, schema:, sh:.
///
/// Results go to stdout (or -o FILE): a table for SELECT and ASK, Turtle
/// for CONSTRUCT and DESCRIBE, unless --format says otherwise.
///
/// Example: tupu query 'SELECT ?name WHERE { ?m a tupu:Model ; rdfs:label ?name }'
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The SPARQL query.
    #[arg(value_name = "SPARQL", required_unless_present = "file", conflicts_with = "file")]
    query: Option<String>,
    /// Read the query from FILE (`-` for stdin).
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    file: Option<PathBuf>,
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
    /// Output format [default: from -o's extension, else table for SELECT
    /// and ASK, turtle for CONSTRUCT and DESCRIBE].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<QueryFormat>,
    /// Write the results to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Query the store's default graph only (it is empty unless another
    /// tool wrote to it), instead of the union of all graphs.
    #[arg(long)]
    no_union: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let sparql = match (&args.query, &args.file) {
        (Some(query), _) => query.clone(),
        (None, Some(file)) if file.as_os_str() == "-" => {
            let mut query = String::new();
            std::io::stdin().read_to_string(&mut query).context("reading the query from stdin")?;
            query
        }
        (None, Some(file)) => std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?,
        (None, None) => unreachable!("clap requires a query or a file"),
    };
    let format = args.format.or_else(|| {
        args.output.as_ref().and_then(|o| o.extension()).and_then(|e| QueryFormat::from_extension(&e.to_string_lossy()))
    });
    let store = Store::open_read_only(&args.store)?;

    let result = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            run_query(&store, &sparql, format, !args.no_union, BufWriter::new(file))
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let result = run_query(&store, &sparql, format, !args.no_union, &mut out);
            result.and_then(|answer| out.flush().map(|_| answer).map_err(QueryError::from))
        }
    };
    match result {
        Ok(_) => Ok(ExitStatus::Success),
        Err(QueryError::Io(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitStatus::Success),
        Err(QueryError::Store(StoreError::Syntax { line: Some(line), column: Some(column), message })) => {
            let source = args.file.as_ref().map_or("query".to_string(), |f| f.display().to_string());
            eprintln!("tupu: error: SPARQL syntax error in {source} at line {line}, column {column}: {message}");
            if let Some(snippet) = error_snippet(&sparql, line, column) {
                eprintln!("{snippet}");
            }
            Ok(ExitStatus::Error)
        }
        Err(err) => Err(err.into()),
    }
}
