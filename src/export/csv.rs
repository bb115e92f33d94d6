//! CSV in the layout of `neo4j-admin database import`, written to a
//! directory:
//!
//! - `nodes.csv`: `id:ID` (the entity's IRI), `name`, `:LABEL` (`Entity;`
//!   and the type), `aliases:string[]`, `articles:int`;
//! - `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` (the predicate),
//!   `confidence:double`, `articles:string[]`, `sentence`;
//! - `facts.csv`: one row per figure: `entity` (the node's `id:ID`), `name`,
//!   `metric`, `value:double`, `unit`, `period`, `confidence:double`,
//!   `article`, `sentence` — for `LOAD CSV`, pandas or polars.
//!
//! - `figures.csv`: the same facts consolidated over articles
//!   ([`crate::facts`], written by [`write_figures`]): one row per entity,
//!   metric, unit and period, the columns of [`crate::facts::CSV_HEADER`]
//!   (`entity`, `type`, `metric`, `period`, `value`, `unit`, `articles`,
//!   `first_published`, `last_published`, `confidence`, `conflict`,
//!   `values`, `subject_iri`, `observations`).
//!
//! Arrays use `;`, Neo4j's default array delimiter.

use super::ExportError;
use crate::graph::EntityGraph;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const NODES_HEADER: [&str; 5] = ["id:ID", "name", ":LABEL", "aliases:string[]", "articles:int"];
pub(crate) const RELATIONSHIPS_HEADER: [&str; 6] =
    [":START_ID", ":END_ID", ":TYPE", "confidence:double", "articles:string[]", "sentence"];
pub(crate) const FACTS_HEADER: [&str; 9] =
    ["entity", "name", "metric", "value:double", "unit", "period", "confidence:double", "article", "sentence"];

/// Writes `nodes.csv`, `relationships.csv` and `facts.csv` into `dir`
/// (created when missing); returns the files written.
pub fn write_dir(graph: &EntityGraph, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    if dir.exists() && !dir.is_dir() {
        // create_dir_all would say "File exists".
        let source = io::Error::new(
            io::ErrorKind::AlreadyExists,
            "not a directory (CSV writes one file per table into a directory)",
        );
        return Err(ExportError::File { path: dir.to_owned(), source });
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::File { path: dir.to_owned(), source })?;
    let g = &graph.graph;
    let array = |items: Vec<&str>| items.into_iter().map(|s| s.replace(';', ",")).collect::<Vec<_>>().join(";");
    let open = |name: &str| -> Result<(PathBuf, csv::Writer<std::fs::File>), ExportError> {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).map_err(|source| ExportError::File { path: path.clone(), source })?;
        Ok((path, csv::Writer::from_writer(file)))
    };

    let (nodes_path, mut nodes) = open("nodes.csv")?;
    nodes.write_record(NODES_HEADER)?;
    for node in graph.sorted_nodes() {
        let e = &g[node];
        let label = format!("Entity;{}", e.kind);
        let aliases = array(e.aliases.iter().map(String::as_str).collect());
        nodes.write_record([e.iri.as_str(), &e.label, &label, &aliases, &e.articles.len().to_string()])?;
    }
    nodes.flush()?;

    let (relationships_path, mut relationships) = open("relationships.csv")?;
    relationships.write_record(RELATIONSHIPS_HEADER)?;
    for edge in graph.sorted_edges() {
        let (s, o) = g.edge_endpoints(edge).expect("edge of the graph");
        let r = &g[edge];
        let best = r.evidence.iter().max_by(|a, b| a.confidence.total_cmp(&b.confidence));
        relationships.write_record([
            g[s].iri.as_str(),
            &g[o].iri,
            r.predicate.as_str(),
            &r.confidence().to_string(),
            &array(r.articles().into_iter().collect()),
            best.map_or("", |e| e.sentence.as_str()),
        ])?;
    }
    relationships.flush()?;

    let (facts_path, mut facts) = open("facts.csv")?;
    facts.write_record(FACTS_HEADER)?;
    for node in graph.sorted_nodes() {
        for f in graph.facts_of(node) {
            facts.write_record([
                f.subject.as_str(),
                &g[node].label,
                &f.metric,
                &f.value.to_string(),
                &f.unit,
                f.period.as_deref().unwrap_or(""),
                &f.confidence.to_string(),
                &f.article,
                f.sentence.as_deref().unwrap_or(""),
            ])?;
        }
    }
    facts.flush()?;
    Ok(vec![nodes_path, relationships_path, facts_path])
}

/// Writes `figures.csv` into `dir` (made by [`write_dir`]): the
/// consolidated figures of [`super::consolidated`]; returns the file.
pub fn write_figures(figures: &[crate::facts::Figure], dir: &Path) -> Result<PathBuf, ExportError> {
    let path = dir.join("figures.csv");
    let file = std::fs::File::create(&path).map_err(|source| ExportError::File { path: path.clone(), source })?;
    let mut out = csv::Writer::from_writer(file);
    out.write_record(crate::facts::CSV_HEADER)?;
    for figure in figures {
        out.write_record(crate::facts::csv_row(figure))?;
    }
    out.flush()?;
    Ok(path)
}
