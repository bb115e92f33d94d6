//! Exports of the knowledge graph for the tools people already use:
//! Graphviz ([`dot`]: DOT, SVG, PNG), Neo4j ([`csv`]), NetworkX and Gephi
//! ([`graphml`]), pandas and polars ([`jsonl`]), and other RDF stores
//! ([`rdf`]: N-Quads, TriG, Turtle, JSON-LD).
//!
//! The graph formats write an [`EntityGraph`]; the RDF formats write the
//! store's own quads of the articles the graph was read from, narrowed to
//! its entities and relations when a filter narrowed the graph.
//!
//! ```
//! use tupu::export::ExportFormat;
//! assert_eq!(ExportFormat::from_extension("graphml"), Some(ExportFormat::Graphml));
//! assert_eq!(ExportFormat::from_extension("nq"), Some(ExportFormat::Nquads));
//! assert_eq!(ExportFormat::Svg.as_str(), "svg");
//! ```
//!
//! *Boundary:* only this module (and `query`) knows output formats; it reads
//! the store through [`crate::graph`] and [`crate::store`].

pub mod csv;
pub mod dot;
pub mod graphml;
pub(crate) mod jsonl;
pub(crate) mod rdf;

use crate::graph::{EntityGraph, GraphError, Omitted};
use crate::store::{Store, StoreError};
use std::io::{self, Write};
use std::path::PathBuf;
use thiserror::Error;

/// The formats of `tupu export`, which its `--format` takes as they are
/// (`clap::ValueEnum`): one list for the library and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ExportFormat {
    /// Graphviz DOT source.
    Dot,
    /// SVG rendered by Graphviz `dot`.
    Svg,
    /// PNG rendered by Graphviz `dot`.
    Png,
    /// GraphML with typed attributes (NetworkX, Gephi, yEd).
    Graphml,
    /// A directory of CSV files in the `neo4j-admin database import` layout.
    Csv,
    /// JSON-LD with a context of the ontology's terms, one object per named graph.
    Jsonld,
    /// N-Quads: every quad with its named graph.
    Nquads,
    /// TriG: Turtle with the named graphs.
    Trig,
    /// Turtle: the union of the article graphs (graph names are lost).
    Turtle,
    /// One JSON object per entity and line, with its relations and facts.
    Jsonl,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Dot => "dot",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Csv => "csv",
            ExportFormat::Jsonld => "jsonld",
            ExportFormat::Nquads => "nquads",
            ExportFormat::Trig => "trig",
            ExportFormat::Turtle => "turtle",
            ExportFormat::Jsonl => "jsonl",
        }
    }

    /// The format of a file (or, for CSV, directory) extension.
    pub fn from_extension(extension: &str) -> Option<Self> {
        Some(match extension.to_ascii_lowercase().as_str() {
            "dot" | "gv" => ExportFormat::Dot,
            "svg" => ExportFormat::Svg,
            "png" => ExportFormat::Png,
            "graphml" => ExportFormat::Graphml,
            "csv" => ExportFormat::Csv,
            "jsonld" => ExportFormat::Jsonld,
            "nq" | "nquads" => ExportFormat::Nquads,
            "trig" => ExportFormat::Trig,
            "ttl" | "turtle" => ExportFormat::Turtle,
            "jsonl" | "ndjson" => ExportFormat::Jsonl,
            _ => return None,
        })
    }

    /// Whether the format writes binary data (not for a terminal).
    pub fn is_binary(self) -> bool {
        self == ExportFormat::Png
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("cannot write {}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },
    #[error("Graphviz `dot` is not installed, and {format} needs it (install it with `apt install graphviz`, `brew install graphviz` or from https://graphviz.org/download/; `--format dot` writes the DOT source without it)")]
    DotMissing { format: ExportFormat },
    #[error("Graphviz `dot` failed: {0}")]
    Dot(String),
    #[error("CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(
        "CSV exports write a directory (nodes.csv, relationships.csv, facts.csv, figures.csv): give it with -o DIR"
    )]
    CsvNeedsDirectory,
    #[error(transparent)]
    Facts(#[from] crate::facts::FactsError),
}

/// The facts of the graph's entities consolidated over the graph's
/// articles ([`crate::facts`]): what `figures.csv` and the `figures` of
/// each JSON line hold, beside the per-article facts.
pub fn consolidated(store: &Store, graph: &EntityGraph) -> Result<Vec<crate::facts::Figure>, ExportError> {
    let articles: std::collections::HashSet<&str> = graph.articles.iter().map(String::as_str).collect();
    let observations = crate::facts::load(store, &crate::facts::Selection::default())?
        .into_iter()
        .filter(|o| articles.contains(o.article.as_str()) && graph.node(&o.subject).is_some())
        .collect();
    Ok(crate::facts::consolidate(observations))
}

/// Writes `graph` in a streaming `format` (every format but CSV, which
/// writes a directory: see [`csv::write_dir`]), with the Graphviz layout
/// engine of dot, svg and png. RDF formats read the store; `narrowed` says
/// whether a filter narrowed the graph (then only the quads about its
/// entities and relations are written).
pub fn write_laid_out(
    format: ExportFormat,
    store: &Store,
    graph: &EntityGraph,
    omitted: &Omitted,
    narrowed: bool,
    layout: dot::Layout,
    mut out: impl Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Dot => dot::write_dot_with(graph, omitted, layout, &mut out)?,
        ExportFormat::Svg | ExportFormat::Png => dot::render_with(graph, omitted, layout, format, &mut out)?,
        ExportFormat::Graphml => graphml::write(graph, &mut out)?,
        ExportFormat::Jsonl => jsonl::write_with_figures(graph, &consolidated(store, graph)?, &mut out)?,
        ExportFormat::Csv => return Err(ExportError::CsvNeedsDirectory),
        ExportFormat::Jsonld | ExportFormat::Nquads | ExportFormat::Trig | ExportFormat::Turtle => {
            rdf::write(format, store, graph, narrowed, &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}
