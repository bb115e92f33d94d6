//! JSON Lines for pandas and polars: one entity per line, with its
//! relations (both directions) and its figures.
//!
//! ```json
//! {"iri":"https://tupu.dev/id/Model/…","label":"通义千问","type":"Model","aliases":["Qwen"],
//!  "articles":["a.txt"],
//!  "relations":[{"direction":"out","predicate":"developedBy","other_label":"阿里巴巴",
//!                "other_type":"Company","other_iri":"…","confidence":0.9,
//!                "relation_articles":["a.txt"],"sentence":"…"}],
//!  "facts":[{"metric":"parameters","value":72000000000.0,"unit":"","period":null,
//!            "confidence":0.8,"article":"a.txt","sentence":"…"}],
//!  "figures":[{"metric":"parameters","unit":"parameters","period":null,"value":72000000000.0,
//!              "articles":2,"first":"2025-03","last":"2025-04","conflict":false,"values":[…],"observations":[…]}]}
//! ```
//!
//! `facts` are the figures as each article states them; `figures` the same
//! consolidated over articles ([`crate::facts`]: one per metric, unit and
//! period, with the value most articles give, the number of articles, the
//! first and last dateline, whether they conflict, every value and every
//! observation with its article and sentence).
//!
//! `pandas.read_json(path, lines=True)` or `polars.read_ndjson(path)` reads it;
//! the fields of a relation are named apart from the entity's, so
//! `explode("relations").unnest("relations")` gives no duplicate column.

use crate::graph::EntityGraph;
use crate::model::{EntityType, Predicate};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Line<'a> {
    iri: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: EntityType,
    aliases: Vec<&'a str>,
    articles: Vec<&'a str>,
    relations: Vec<RelationOut<'a>>,
    facts: Vec<FactOut<'a>>,
    figures: Vec<&'a crate::facts::Figure>,
}

/// Field names apart from the entity's own (`other_label`, not `label`),
/// so that unnesting `relations` (polars' `explode` + `unnest`, DuckDB's
/// `unnest(…, recursive := true)`) gives no duplicate columns.
#[derive(Serialize)]
struct RelationOut<'a> {
    /// `out`: this entity is the subject; `in`: the object.
    direction: &'static str,
    predicate: Predicate,
    /// The entity at the other end.
    #[serde(rename = "other_label")]
    label: &'a str,
    #[serde(rename = "other_type")]
    kind: EntityType,
    #[serde(rename = "other_iri")]
    iri: &'a str,
    confidence: f64,
    /// The articles that state the relation.
    #[serde(rename = "relation_articles")]
    articles: Vec<&'a str>,
    sentence: &'a str,
}

#[derive(Serialize)]
struct FactOut<'a> {
    metric: &'a str,
    value: f64,
    unit: &'a str,
    period: Option<&'a str>,
    confidence: f64,
    article: &'a str,
    sentence: Option<&'a str>,
}

/// Writes one JSON object per entity and line, each with its figures of
/// `figures` ([`super::consolidated`]).
pub(crate) fn write_with_figures(
    graph: &EntityGraph,
    figures: &[crate::facts::Figure],
    mut out: impl Write,
) -> Result<(), super::ExportError> {
    let mut by_subject: std::collections::HashMap<&str, Vec<&crate::facts::Figure>> = std::collections::HashMap::new();
    for figure in figures {
        by_subject.entry(figure.subject.as_str()).or_default().push(figure);
    }
    let g = &graph.graph;
    for node in graph.sorted_nodes() {
        let entity = &g[node];
        let mut relations = Vec::new();
        for (direction, edges) in [("out", Direction::Outgoing), ("in", Direction::Incoming)] {
            let mut these: Vec<_> = g.edges_directed(node, edges).collect();
            these.sort_by_key(|e| {
                (e.weight().predicate, &g[if direction == "out" { e.target() } else { e.source() }].label)
            });
            for edge in these {
                let other = &g[if direction == "out" { edge.target() } else { edge.source() }];
                let relation = edge.weight();
                let best = relation.evidence.iter().max_by(|a, b| a.confidence.total_cmp(&b.confidence));
                relations.push(RelationOut {
                    direction,
                    predicate: relation.predicate,
                    label: &other.label,
                    kind: other.kind,
                    iri: &other.iri,
                    confidence: relation.confidence(),
                    articles: relation.articles().into_iter().collect(),
                    sentence: best.map_or("", |e| e.sentence.as_str()),
                });
            }
        }
        let facts = graph
            .facts_of(node)
            .map(|f| FactOut {
                metric: &f.metric,
                value: f.value,
                unit: &f.unit,
                period: f.period.as_deref(),
                confidence: f.confidence,
                article: &f.article,
                sentence: f.sentence.as_deref(),
            })
            .collect();
        let line = Line {
            iri: &entity.iri,
            label: &entity.label,
            kind: entity.kind,
            aliases: entity.aliases.iter().map(String::as_str).collect(),
            articles: entity.articles.iter().map(String::as_str).collect(),
            relations,
            facts,
            figures: by_subject.remove(entity.iri.as_str()).unwrap_or_default(),
        };
        serde_json::to_writer(&mut out, &line).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
