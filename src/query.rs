//! SPARQL queries over the store, written in the standard formats or as a
//! readable table.
//!
//! The default graph is the union of all graphs (articles, curated,
//! ontology) unless the query says `FROM`; `GRAPH ?g { … }` reaches one
//! article. The prefixes of [`crate::rdf::vocab::PREFIXES`] are predeclared.
//!
//! ```
//! use tupu::query::{run, QueryFormat};
//! use tupu::store::Store;
//!
//! let store = Store::in_memory()?;
//! let mut out = Vec::new();
//! run(&store, "SELECT ?x WHERE { VALUES ?x { \"西小服\" 42 } }", Some(QueryFormat::Table), true, &mut out)?;
//! assert_eq!(String::from_utf8(out).unwrap(), "x\n------\n西小服\n42\n");
//! # Ok::<_, tupu::query::QueryError>(())
//! ```

use crate::rdf::vocab::{self, compact};
use crate::rdf::{
    QueryResults, QueryResultsFormat, QueryResultsSerializer, QuerySolution, RdfFormat, RdfSerializer, Term, Variable,
};
use crate::store::{Store, StoreError};
use std::fmt;
use std::io::{self, Write};
use thiserror::Error;
use unicode_width::UnicodeWidthStr;

/// How query results are written. The CLI's `--format` takes these values
/// (`clap::ValueEnum`): one list for the library and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns for reading (CJK-width aware); graphs as three columns.
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// SPARQL Query Results XML.
    Xml,
    /// Turtle, for CONSTRUCT and DESCRIBE.
    Turtle,
    /// N-Triples, for CONSTRUCT and DESCRIBE.
    #[value(name = "ntriples")]
    NTriples,
}

impl QueryFormat {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            QueryFormat::Table => "table",
            QueryFormat::Json => "json",
            QueryFormat::Csv => "csv",
            QueryFormat::Tsv => "tsv",
            QueryFormat::Xml => "xml",
            QueryFormat::Turtle => "turtle",
            QueryFormat::NTriples => "ntriples",
        }
    }

    /// The format of a file extension (`srj`, `json`, `csv`, `tsv`, `srx`,
    /// `xml`, `ttl`, `nt`, `txt`).
    ///
    /// ```
    /// use tupu::query::QueryFormat;
    /// assert_eq!(QueryFormat::from_extension("ttl"), Some(QueryFormat::Turtle));
    /// assert_eq!(QueryFormat::from_extension("SRJ"), Some(QueryFormat::Json));
    /// assert_eq!(QueryFormat::from_extension("docx"), None);
    /// ```
    pub fn from_extension(extension: &str) -> Option<Self> {
        Some(match extension.to_ascii_lowercase().as_str() {
            "txt" | "table" => QueryFormat::Table,
            "json" | "srj" => QueryFormat::Json,
            "csv" => QueryFormat::Csv,
            "tsv" => QueryFormat::Tsv,
            "xml" | "srx" => QueryFormat::Xml,
            "ttl" | "turtle" => QueryFormat::Turtle,
            "nt" | "ntriples" => QueryFormat::NTriples,
            _ => return None,
        })
    }

    fn results_format(self) -> Option<QueryResultsFormat> {
        match self {
            QueryFormat::Json => Some(QueryResultsFormat::Json),
            QueryFormat::Csv => Some(QueryResultsFormat::Csv),
            QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
            QueryFormat::Xml => Some(QueryResultsFormat::Xml),
            _ => None,
        }
    }

    fn rdf_format(self) -> Option<RdfFormat> {
        match self {
            QueryFormat::Turtle => Some(RdfFormat::Turtle),
            QueryFormat::NTriples => Some(RdfFormat::NTriples),
            _ => None,
        }
    }
}

impl fmt::Display for QueryFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{format} cannot write the results of {kind}; use {instead}")]
    Format { format: QueryFormat, kind: &'static str, instead: &'static str },
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Refused(#[from] crate::guard::GuardError),
}

/// What a query returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// SELECT: the number of solutions.
    Solutions(usize),
    /// ASK.
    Boolean(bool),
    /// CONSTRUCT or DESCRIBE: the number of triples.
    Triples(usize),
}

/// Runs `sparql` on the store and writes its results to `out`.
///
/// `format` defaults to a table for SELECT and ASK and to Turtle for
/// CONSTRUCT and DESCRIBE. `union_default_graph` makes the default graph the
/// union of all graphs (unless the query has `FROM`).
pub fn run(
    store: &Store,
    sparql: &str,
    format: Option<QueryFormat>,
    union_default_graph: bool,
    mut out: impl Write,
) -> Result<Answer, QueryError> {
    crate::guard::check(sparql)?;
    let answer = match store.query(sparql, union_default_graph)? {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let format = format.unwrap_or(QueryFormat::Table);
            if let Some(results_format) = format.results_format() {
                let mut serializer = QueryResultsSerializer::from_format(results_format)
                    .serialize_solutions_to_writer(&mut out, variables)?;
                let mut count = 0;
                for solution in solutions {
                    serializer.serialize(&solution.map_err(StoreError::from)?)?;
                    count += 1;
                }
                serializer.finish()?;
                Answer::Solutions(count)
            } else if format == QueryFormat::Table {
                let rows = solutions.collect::<Result<Vec<QuerySolution>, _>>().map_err(StoreError::from)?;
                write_table(&mut out, &variables, &rows)?;
                Answer::Solutions(rows.len())
            } else {
                return Err(QueryError::Format { format, kind: "SELECT", instead: "table, json, csv, tsv or xml" });
            }
        }
        QueryResults::Boolean(value) => {
            let format = format.unwrap_or(QueryFormat::Table);
            if let Some(results_format) = format.results_format() {
                QueryResultsSerializer::from_format(results_format).serialize_boolean_to_writer(&mut out, value)?;
            } else if format == QueryFormat::Table {
                writeln!(out, "{value}")?;
            } else {
                return Err(QueryError::Format { format, kind: "ASK", instead: "table, json, csv, tsv or xml" });
            }
            Answer::Boolean(value)
        }
        QueryResults::Graph(triples) => {
            let format = format.unwrap_or(QueryFormat::Turtle);
            let mut count = 0;
            if let Some(rdf_format) = format.rdf_format() {
                let mut serializer = RdfSerializer::from_format(rdf_format);
                if rdf_format == RdfFormat::Turtle {
                    // Entity and article IRIs stay whole: their percent-encoded
                    // local parts would need escaping as prefixed names.
                    for (prefix, namespace) in vocab::PREFIXES.iter().filter(|(p, _)| !matches!(*p, "id" | "article")) {
                        serializer = serializer
                            .with_prefix(*prefix, *namespace)
                            .expect("the predeclared namespaces are valid IRIs");
                    }
                }
                let mut writer = serializer.for_writer(&mut out);
                for triple in triples {
                    writer.serialize_triple(&triple.map_err(StoreError::from)?)?;
                    count += 1;
                }
                writer.finish()?;
            } else if format == QueryFormat::Table {
                let variables: Vec<Variable> = ["subject", "predicate", "object"].map(Variable::new_unchecked).to_vec();
                let mut rows = Vec::new();
                for triple in triples {
                    let triple = triple.map_err(StoreError::from)?;
                    let values = vec![Some(triple.subject.into()), Some(triple.predicate.into()), Some(triple.object)];
                    rows.push(QuerySolution::from((variables.clone(), values)));
                }
                write_table(&mut out, &variables, &rows)?;
                count = rows.len();
            } else {
                return Err(QueryError::Format {
                    format,
                    kind: "CONSTRUCT and DESCRIBE",
                    instead: "turtle, ntriples or table",
                });
            }
            Answer::Triples(count)
        }
    };
    out.flush()?;
    Ok(answer)
}

/// Writes solutions as aligned columns: a header, a rule, one line per
/// solution. IRIs are shortened with the known prefixes and their local part
/// percent-decoded (`id:Model/通义千问`); literals show their value only;
/// numeric columns align right.
pub(crate) fn write_table(out: &mut impl Write, variables: &[Variable], rows: &[QuerySolution]) -> io::Result<()> {
    let cells: Vec<Vec<(String, bool)>> = rows
        .iter()
        .map(|row| variables.iter().map(|v| row.get(v).map_or((String::new(), false), cell)).collect())
        .collect();
    let mut widths: Vec<usize> = variables.iter().map(|v| v.as_str().width()).collect();
    let mut numeric = vec![!rows.is_empty(); variables.len()];
    for row in &cells {
        for (i, (text, is_number)) in row.iter().enumerate() {
            widths[i] = widths[i].max(text.width());
            numeric[i] &= *is_number || text.is_empty();
        }
    }
    let line = |out: &mut dyn Write, texts: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut parts = Vec::new();
        for (i, text) in texts.enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(text.width()));
            parts.push(if numeric[i] { format!("{pad}{text}") } else { format!("{text}{pad}") });
        }
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, &mut variables.iter().map(|v| v.as_str()))?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat((*w).max(1))).collect();
    line(out, &mut rules.iter().map(String::as_str))?;
    for row in &cells {
        line(out, &mut row.iter().map(|(text, _)| text.as_str()))?;
    }
    Ok(())
}

/// The table text of a term, and whether it is a number.
fn cell(term: &Term) -> (String, bool) {
    let (text, number) = match term {
        Term::NamedNode(node) => (compact(node.as_str()), false),
        Term::BlankNode(node) => (node.to_string(), false),
        Term::Literal(literal) => {
            let datatype = literal.datatype().as_str();
            let number = datatype.starts_with("http://www.w3.org/2001/XMLSchema#")
                && matches!(
                    &datatype[33..],
                    "integer" | "decimal" | "double" | "float" | "int" | "long" | "nonNegativeInteger"
                );
            (literal.value().to_string(), number)
        }
        #[allow(unreachable_patterns)]
        other => (other.to_string(), false),
    };
    // One cell, one line.
    (text.replace(['\n', '\r', '\t'], " "), number)
}

/// A snippet pointing at a syntax error: the line and a caret under the
/// column (CJK-width aware). `None` when the position is outside the text.
///
/// ```
/// let snippet = tupu::query::error_snippet("SELECT ?x\nWHERE { ?x ?y }", 2, 15).unwrap();
/// assert_eq!(snippet, "  2 | WHERE { ?x ?y }\n    |               ^");
/// ```
pub fn error_snippet(sparql: &str, line: usize, column: usize) -> Option<String> {
    let text = sparql.lines().nth(line.checked_sub(1)?)?;
    let before: String = text.chars().take(column.saturating_sub(1)).collect();
    let number = line.to_string();
    Some(format!("{:>3} | {text}\n{:>3} | {}^", number, "", " ".repeat(before.width())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(sparql: &str) -> String {
        let store = Store::in_memory().unwrap();
        let mut out = Vec::new();
        run(&store, sparql, Some(QueryFormat::Table), true, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_aligns_cjk_by_display_width() {
        let got = table(
            "SELECT ?name ?n ?iri WHERE { VALUES (?name ?n ?iri) { \
             (\"西小服\" 1 id:Deployment\\/x) (\"Qwen\" 12 <https://tupu.dev/id/Model/%E9%80%9A>) } }",
        );
        assert_eq!(
            got,
            "name     n  iri\n\
             ------  --  ---------------\n\
             西小服   1  id:Deployment/x\n\
             Qwen    12  id:Model/通\n"
        );
    }

    #[test]
    fn ask_and_formats() {
        assert_eq!(table("ASK { }"), "true\n");
        let store = Store::in_memory().unwrap();
        let mut out = Vec::new();
        run(&store, "SELECT ?x { VALUES ?x { 1 } }", Some(QueryFormat::Csv), true, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "x\r\n1\r\n");
        let err = run(&store, "SELECT ?x {}", Some(QueryFormat::Turtle), true, Vec::new()).unwrap_err();
        assert_eq!(err.to_string(), "turtle cannot write the results of SELECT; use table, json, csv, tsv or xml");
        let mut out = Vec::new();
        let answer =
            run(&store, "CONSTRUCT { id:Model\\/a tupu:variantOf id:Model\\/b } WHERE {}", None, true, &mut out)
                .unwrap();
        assert_eq!(answer, Answer::Triples(1));
        let turtle = String::from_utf8(out).unwrap();
        assert!(turtle.contains("tupu:variantOf"), "{turtle}");
    }
}
