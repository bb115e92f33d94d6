//! Validation of the store against the SHACL shapes of `ontology/shapes.ttl`.
//!
//! No SHACL engine is used: rudof's `shacl_validation` turns on oxigraph's
//! `rdf-12` feature, which would make the store unreadable for the stock
//! `oxigraph` CLI. Instead the shapes file is read at run time and each
//! constraint becomes one SPARQL query over the union of the store's graphs,
//! so the constraints are written once, in the shapes file. The supported
//! subset of SHACL is listed at the top of `ontology/shapes.ttl`; a shapes
//! file using anything else is refused rather than half-checked.
//!
//! `sh:class` follows `rdfs:subClassOf` as declared in the ontology
//! (`ontology/tupu.ttl`), so `sh:class tupu:Actor` accepts a `tupu:Company`.
//!
//! ```
//! use tupu::store::Store;
//! use tupu::validate::Shapes;
//!
//! let shapes = Shapes::bundled()?;
//! let store = Store::in_memory()?;
//! store.update("INSERT DATA { GRAPH article:a.txt { id:Model\\/Qwen tupu:developedBy id:Model\\/GPT } }")?;
//! let violations = shapes.validate(&store)?;
//! assert!(violations.iter().any(|v| v.message.contains("developedBy points to a company or organization")));
//! # Ok::<_, tupu::validate::ValidateError>(())
//! ```

use crate::rdf::vocab::compact;
use crate::rdf::{parse_turtle, RdfParseError, Term, Triple};
use crate::store::{Store, StoreError, ONTOLOGY_TTL};
use std::collections::{HashMap, HashSet};
use std::fmt;
use thiserror::Error;

/// The shapes compiled into this build.
pub(crate) const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

const SH: &str = "http://www.w3.org/ns/shacl#";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ValidateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the shapes do not parse: {0}")]
    Parse(#[from] RdfParseError),
    #[error("shape {shape}: {message}")]
    Shapes { shape: String, message: String },
}

/// How bad a result is (`sh:severity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Violation,
    Warning,
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Violation => "violation",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

/// One validation result. Terms are written compactly (`id:Model/通义千问`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    pub severity: Severity,
    /// The shape, e.g. `tupu:DevelopedByShape`.
    pub(crate) shape: String,
    pub(crate) focus: String,
    pub(crate) path: Option<String>,
    pub(crate) value: Option<String>,
    pub message: String,
    /// The graphs where the offending triple (or the focus node) is.
    pub(crate) graphs: Vec<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.severity, self.shape, self.focus)?;
        if let Some(path) = &self.path {
            write!(f, " {path}")?;
        }
        if let Some(value) = &self.value {
            write!(f, " {value}")?;
        }
        write!(f, ": {}", self.message)?;
        if !self.graphs.is_empty() {
            write!(f, " (in {})", self.graphs.join(", "))?;
        }
        Ok(())
    }
}

/// One constraint, as a query.
#[derive(Debug, Clone)]
struct Check {
    shape: String,
    severity: Severity,
    /// `sh:message`, with `{?var}` / `{$this}` placeholders for SPARQL checks.
    message: String,
    path: Option<String>,
    /// The full IRI of `path`.
    path_iri: Option<String>,
    /// Projects `?this`, and `?v` when the constraint is about a value.
    query: String,
    sparql: bool,
}

/// The compiled shapes: one query per constraint.
#[derive(Debug, Clone)]
pub struct Shapes {
    checks: Vec<Check>,
}

impl Shapes {
    /// The bundled `ontology/shapes.ttl`, with the bundled ontology's classes.
    pub fn bundled() -> Result<Self, ValidateError> {
        Self::parse(SHAPES_TTL, ONTOLOGY_TTL)
    }

    /// Compiles a shapes file; `ontology` (Turtle) gives `rdfs:subClassOf`.
    pub fn parse(shapes: &str, ontology: &str) -> Result<Self, ValidateError> {
        let mut triples = parse_turtle(shapes)?;
        triples.extend(parse_turtle(ontology)?);
        let graph = Graph::new(triples);
        let mut checks = Vec::new();
        let (target_class, subjects_of, objects_of, node_shape) =
            (sh("targetClass"), sh("targetSubjectsOf"), sh("targetObjectsOf"), sh("NodeShape"));
        let mut shapes: Vec<&Term> = graph.subjects_with(&target_class).collect();
        shapes.extend(graph.subjects_with(&subjects_of));
        shapes.extend(graph.subjects_with(&objects_of));
        shapes.extend(graph.subjects_of_type(&node_shape));
        shapes.sort_by_cached_key(|t| t.to_string());
        shapes.dedup();
        for shape in shapes {
            compile_node_shape(&graph, shape, &mut checks)?;
        }
        Ok(Shapes { checks })
    }

    /// The number of checks (queries).
    pub fn len(&self) -> usize {
        self.checks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// The generated SPARQL queries, for debugging.
    pub fn queries(&self) -> impl Iterator<Item = &str> {
        self.checks.iter().map(|c| c.query.as_str())
    }

    /// Validates the union of the store's graphs. Results are sorted.
    pub fn validate(&self, store: &Store) -> Result<Vec<Violation>, ValidateError> {
        let mut violations = Vec::new();
        for check in &self.checks {
            let solutions = store.select(&check.query).map_err(|error| ValidateError::Shapes {
                shape: check.shape.clone(),
                message: format!("{error}\nin the generated query:\n{}", check.query),
            })?;
            for solution in solutions {
                let Some(focus) = solution.get("this") else {
                    continue;
                };
                let value = solution.get("v").or_else(|| solution.get("value"));
                let path = match solution.get("path") {
                    Some(Term::NamedNode(p)) => Some(compact(p.as_str())),
                    _ => check.path.clone(),
                };
                let message =
                    if check.sparql { fill_message(&check.message, &solution) } else { check.message.clone() };
                let graphs = graphs_of(store, focus, check.path_iri.as_deref(), value)?;
                violations.push(Violation {
                    severity: check.severity,
                    shape: check.shape.clone(),
                    focus: show(focus),
                    path,
                    value: value.map(show),
                    message,
                    graphs,
                });
            }
        }
        violations.sort();
        violations.dedup();
        Ok(violations)
    }
}

/// The graphs holding `focus path value` (or any triple about `focus`).
fn graphs_of(store: &Store, focus: &Term, path: Option<&str>, value: Option<&Term>) -> Result<Vec<String>, StoreError> {
    if !matches!(focus, Term::NamedNode(_)) || value.is_some_and(|v| matches!(v, Term::BlankNode(_))) {
        return Ok(Vec::new());
    }
    let pattern = match (path, value) {
        (Some(path), Some(value)) => format!("{focus} <{path}> {value}"),
        _ => format!("{focus} ?p ?o"),
    };
    let query = format!("SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {pattern} }} }} ORDER BY ?g LIMIT 5");
    Ok(store.select(&query)?.iter().filter_map(|s| s.get("g")).map(show).collect())
}

fn show(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => compact(node.as_str()),
        other => other.to_string(),
    }
}

/// Replaces `{?var}` and `{$this}` in a SHACL-SPARQL message.
fn fill_message(template: &str, solution: &crate::rdf::QuerySolution) -> String {
    let mut message = template.replace("{$this}", "{?this}");
    for (variable, term) in solution.iter() {
        message = message.replace(&format!("{{?{}}}", variable.as_str()), &show(term));
    }
    message
}

fn sh(local: &str) -> Term {
    Term::NamedNode(crate::rdf::NamedNode::new_unchecked(format!("{SH}{local}")))
}

fn iri(term: &Term) -> Option<&str> {
    match term {
        Term::NamedNode(node) => Some(node.as_str()),
        _ => None,
    }
}

/// The shapes and ontology triples, by subject.
struct Graph {
    by_subject: HashMap<Term, Vec<(String, Term)>>,
}

impl Graph {
    fn new(triples: Vec<Triple>) -> Self {
        let mut by_subject: HashMap<Term, Vec<(String, Term)>> = HashMap::new();
        for triple in triples {
            by_subject.entry(triple.subject.into()).or_default().push((triple.predicate.into_string(), triple.object));
        }
        Graph { by_subject }
    }

    fn objects<'a>(&'a self, subject: &Term, predicate: &str) -> Vec<&'a Term> {
        self.by_subject.get(subject).into_iter().flatten().filter(|(p, _)| p == predicate).map(|(_, o)| o).collect()
    }

    fn object(&self, subject: &Term, predicate: &str) -> Option<&Term> {
        self.objects(subject, predicate).first().copied()
    }

    fn subjects_with<'a>(&'a self, predicate: &'a Term) -> impl Iterator<Item = &'a Term> + 'a {
        let predicate = iri(predicate).unwrap_or_default();
        self.by_subject.iter().filter(move |(_, pos)| pos.iter().any(|(p, _)| p == predicate)).map(|(s, _)| s)
    }

    fn subjects_of_type<'a>(&'a self, class: &'a Term) -> impl Iterator<Item = &'a Term> + 'a {
        let rdf_type = format!("{RDF}type");
        self.by_subject
            .iter()
            .filter(move |(_, pos)| pos.iter().any(|(p, o)| *p == rdf_type && o == class))
            .map(|(s, _)| s)
    }

    /// The items of an RDF list.
    fn list(&self, head: &Term) -> Vec<Term> {
        let mut items = Vec::new();
        let mut node = head.clone();
        let nil = format!("{RDF}nil");
        while iri(&node) != Some(nil.as_str()) && items.len() < 10_000 {
            let (Some(first), Some(rest)) =
                (self.object(&node, &format!("{RDF}first")), self.object(&node, &format!("{RDF}rest")))
            else {
                break;
            };
            items.push(first.clone());
            node = rest.clone();
        }
        items
    }

    /// `class` and all its subclasses, as SPARQL terms.
    fn subclasses(&self, class: &Term) -> Vec<String> {
        let sub_class_of = format!("{RDFS}subClassOf");
        let mut found: HashSet<Term> = HashSet::from([class.clone()]);
        loop {
            let more: Vec<Term> = self
                .by_subject
                .iter()
                .filter(|(s, pos)| {
                    !found.contains(*s) && pos.iter().any(|(p, o)| *p == sub_class_of && found.contains(o))
                })
                .map(|(s, _)| s.clone())
                .collect();
            if more.is_empty() {
                break;
            }
            found.extend(more);
        }
        let mut classes: Vec<String> =
            found.iter().filter(|t| matches!(t, Term::NamedNode(_))).map(Term::to_string).collect();
        classes.sort();
        classes
    }
}

const NODE_KEYS: &[&str] = &[
    "targetClass",
    "targetSubjectsOf",
    "targetObjectsOf",
    "class",
    "or",
    "sparql",
    "property",
    "deactivated",
    "severity",
    "message",
    "name",
    "description",
];
const PROPERTY_KEYS: &[&str] = &[
    "path",
    "minCount",
    "maxCount",
    "class",
    "datatype",
    "nodeKind",
    "pattern",
    "flags",
    "in",
    "minInclusive",
    "maxInclusive",
    "or",
    "message",
    "severity",
    "name",
    "description",
    "deactivated",
];

/// Refuses a shape that uses anything outside the supported subset.
fn check_keys(graph: &Graph, node: &Term, allowed: &[&str], shape: &str) -> Result<(), ValidateError> {
    for (predicate, _) in graph.by_subject.get(node).into_iter().flatten() {
        let supported = match predicate.strip_prefix(SH) {
            Some(local) => allowed.contains(&local),
            None => predicate.starts_with(RDF) || predicate.starts_with(RDFS),
        };
        if !supported {
            return Err(ValidateError::Shapes {
                shape: shape.to_string(),
                message: format!("{} is not supported by tupu validate", compact(predicate)),
            });
        }
    }
    Ok(())
}

fn is_true(term: Option<&Term>) -> bool {
    matches!(term, Some(Term::Literal(l)) if l.value() == "true")
}

fn severity(graph: &Graph, node: &Term, default: Severity) -> Severity {
    match graph.object(node, &format!("{SH}severity")).and_then(iri) {
        Some(s) if s == format!("{SH}Warning") => Severity::Warning,
        Some(s) if s == format!("{SH}Info") => Severity::Info,
        Some(_) => Severity::Violation,
        None => default,
    }
}

fn message(graph: &Graph, node: &Term) -> Option<String> {
    match graph.object(node, &format!("{SH}message")) {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        _ => None,
    }
}

fn integer(term: Option<&Term>, shape: &str, what: &str) -> Result<Option<u64>, ValidateError> {
    match term {
        None => Ok(None),
        Some(Term::Literal(l)) => l.value().parse().map(Some).map_err(|_| ValidateError::Shapes {
            shape: shape.to_string(),
            message: format!("{what} must be a non-negative integer"),
        }),
        Some(_) => {
            Err(ValidateError::Shapes { shape: shape.to_string(), message: format!("{what} must be a literal") })
        }
    }
}

fn compile_node_shape(graph: &Graph, shape: &Term, checks: &mut Vec<Check>) -> Result<(), ValidateError> {
    let name = show(shape);
    check_keys(graph, shape, NODE_KEYS, &name)?;
    if is_true(graph.object(shape, &format!("{SH}deactivated"))) {
        return Ok(());
    }
    // Focus nodes.
    let mut targets = Vec::new();
    for class in graph.objects(shape, &format!("{SH}targetClass")) {
        targets.push(format!("{{ VALUES ?tc {{ {} }} ?this a ?tc }}", graph.subclasses(class).join(" ")));
    }
    for property in graph.objects(shape, &format!("{SH}targetSubjectsOf")) {
        targets.push(format!("{{ ?this {property} ?tv }}"));
    }
    for property in graph.objects(shape, &format!("{SH}targetObjectsOf")) {
        targets.push(format!("{{ ?tv {property} ?this }}"));
    }
    let focus = format!("{{ SELECT DISTINCT ?this WHERE {{ {} }} }}", targets.join(" UNION "));
    let node_severity = severity(graph, shape, Severity::Violation);
    let node_message = message(graph, shape);

    // Constraints on the focus node itself.
    let mut node_conditions = Vec::new();
    for class in graph.objects(shape, &format!("{SH}class")) {
        node_conditions.push((class_condition(graph, class, "?this"), format!("sh:class {}", show(class))));
    }
    for list in graph.objects(shape, &format!("{SH}or")) {
        node_conditions.push((or_condition(graph, list, "?this", &name)?, "sh:or".to_string()));
    }
    for (condition, what) in node_conditions {
        if targets.is_empty() {
            continue;
        }
        checks.push(Check {
            shape: name.clone(),
            severity: node_severity,
            message: describe(node_message.as_deref(), &what),
            path: None,
            path_iri: None,
            query: format!("SELECT DISTINCT ?this WHERE {{\n{focus}\nFILTER(!({condition}))\n}}"),
            sparql: false,
        });
    }

    // SHACL-SPARQL constraints: self-contained queries binding $this.
    for constraint in graph.objects(shape, &format!("{SH}sparql")) {
        let Some(Term::Literal(select)) = graph.object(constraint, &format!("{SH}select")) else {
            return Err(ValidateError::Shapes { shape: name, message: "sh:sparql without sh:select".into() });
        };
        let mut prefixes = String::new();
        for declarations in graph.objects(constraint, &format!("{SH}prefixes")) {
            for declaration in graph.objects(declarations, &format!("{SH}declare")) {
                if let (Some(Term::Literal(prefix)), Some(Term::Literal(namespace))) = (
                    graph.object(declaration, &format!("{SH}prefix")),
                    graph.object(declaration, &format!("{SH}namespace")),
                ) {
                    prefixes.push_str(&format!("PREFIX {}: <{}>\n", prefix.value(), namespace.value()));
                }
            }
        }
        checks.push(Check {
            shape: name.clone(),
            severity: severity(graph, constraint, node_severity),
            message: message(graph, constraint).or(node_message.clone()).unwrap_or_else(|| "SPARQL constraint".into()),
            path: None,
            path_iri: None,
            query: format!("{prefixes}{}", select.value().replace("$this", "?this")),
            sparql: true,
        });
    }

    // Property shapes.
    for property in graph.objects(shape, &format!("{SH}property")) {
        compile_property_shape(graph, &name, &focus, property, node_severity, checks)?;
    }
    Ok(())
}

fn compile_property_shape(
    graph: &Graph,
    shape: &str,
    focus: &str,
    property: &Term,
    default_severity: Severity,
    checks: &mut Vec<Check>,
) -> Result<(), ValidateError> {
    check_keys(graph, property, PROPERTY_KEYS, shape)?;
    if is_true(graph.object(property, &format!("{SH}deactivated"))) {
        return Ok(());
    }
    let Some(path) = graph.object(property, &format!("{SH}path")) else {
        return Err(ValidateError::Shapes { shape: shape.into(), message: "a property shape without sh:path".into() });
    };
    let Some(path_iri) = iri(path) else {
        return Err(ValidateError::Shapes {
            shape: shape.into(),
            message: "only IRIs are supported as sh:path".into(),
        });
    };
    let severity = severity(graph, property, default_severity);
    let user_message = message(graph, property);
    let path_name = compact(path_iri);
    let mut push = |query: String, what: String| {
        checks.push(Check {
            shape: shape.to_string(),
            severity,
            message: describe(user_message.as_deref(), &what),
            path: Some(path_name.clone()),
            path_iri: Some(path_iri.to_string()),
            query,
            sparql: false,
        });
    };
    let get = |key: &str| graph.object(property, &format!("{SH}{key}"));

    if let Some(min) = integer(get("minCount"), shape, "sh:minCount")? {
        push(
            format!(
                "SELECT ?this WHERE {{\n{focus}\nOPTIONAL {{ ?this {path} ?v }}\n}} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {min})"
            ),
            format!("sh:minCount {min}"),
        );
    }
    if let Some(max) = integer(get("maxCount"), shape, "sh:maxCount")? {
        push(
            format!(
                "SELECT ?this WHERE {{\n{focus}\n?this {path} ?v\n}} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {max})"
            ),
            format!("sh:maxCount {max}"),
        );
    }
    let mut conditions = Vec::new();
    for class in graph.objects(property, &format!("{SH}class")) {
        conditions.push((class_condition(graph, class, "?v"), format!("sh:class {}", show(class))));
    }
    for datatype in graph.objects(property, &format!("{SH}datatype")) {
        conditions.push((datatype_condition(datatype), format!("sh:datatype {}", show(datatype))));
    }
    for kind in graph.objects(property, &format!("{SH}nodeKind")) {
        let condition = node_kind_condition(kind, "?v").ok_or_else(|| ValidateError::Shapes {
            shape: shape.into(),
            message: format!("unknown sh:nodeKind {kind}"),
        })?;
        conditions.push((condition, format!("sh:nodeKind {}", show(kind))));
    }
    for pattern in graph.objects(property, &format!("{SH}pattern")) {
        let flags = get("flags").map_or_else(|| "\"\"".to_string(), Term::to_string);
        let pattern_text = match pattern {
            Term::Literal(l) => Term::from(crate::rdf::Literal::new_simple_literal(l.value())).to_string(),
            other => other.to_string(),
        };
        conditions.push((
            format!("!isBlank(?v) && REGEX(STR(?v), {pattern_text}, {flags})"),
            format!("sh:pattern {pattern_text}"),
        ));
    }
    for list in graph.objects(property, &format!("{SH}in")) {
        let items: Vec<String> = graph.list(list).iter().map(|t| format!("sameTerm(?v, {t})")).collect();
        conditions.push((items.join(" || "), "sh:in".to_string()));
    }
    if let Some(min) = get("minInclusive") {
        conditions.push((format!("COALESCE(?v >= {min}, false)"), format!("sh:minInclusive {}", show_literal(min))));
    }
    if let Some(max) = get("maxInclusive") {
        conditions.push((format!("COALESCE(?v <= {max}, false)"), format!("sh:maxInclusive {}", show_literal(max))));
    }
    for list in graph.objects(property, &format!("{SH}or")) {
        conditions.push((or_condition(graph, list, "?v", shape)?, "sh:or".to_string()));
    }
    for (condition, what) in conditions {
        push(format!("SELECT DISTINCT ?this ?v WHERE {{\n{focus}\n?this {path} ?v\nFILTER(!({condition}))\n}}"), what);
    }
    Ok(())
}

fn describe(message: Option<&str>, what: &str) -> String {
    match message {
        Some(message) => format!("{message} ({what})"),
        None => format!("{what} not satisfied"),
    }
}

fn show_literal(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        other => show(other),
    }
}

fn class_condition(graph: &Graph, class: &Term, var: &str) -> String {
    format!("EXISTS {{ VALUES ?c {{ {} }} {var} a ?c }}", graph.subclasses(class).join(" "))
}

fn datatype_condition(datatype: &Term) -> String {
    format!("isLiteral(?v) && datatype(?v) = {datatype}")
}

fn node_kind_condition(kind: &Term, var: &str) -> Option<String> {
    Some(match iri(kind)?.strip_prefix(SH)? {
        "IRI" => format!("isIRI({var})"),
        "Literal" => format!("isLiteral({var})"),
        "BlankNode" => format!("isBlank({var})"),
        "BlankNodeOrIRI" => format!("!isLiteral({var})"),
        "BlankNodeOrLiteral" => format!("!isIRI({var})"),
        "IRIOrLiteral" => format!("!isBlank({var})"),
        _ => return None,
    })
}

/// `sh:or` of shapes that each have one `sh:class`, `sh:datatype` or `sh:nodeKind`.
fn or_condition(graph: &Graph, list: &Term, var: &str, shape: &str) -> Result<String, ValidateError> {
    let mut alternatives = Vec::new();
    for member in graph.list(list) {
        if let Some(class) = graph.object(&member, &format!("{SH}class")) {
            alternatives.push(class_condition(graph, class, var));
        } else if let Some(datatype) = graph.object(&member, &format!("{SH}datatype")) {
            alternatives.push(format!("(isLiteral({var}) && datatype({var}) = {datatype})"));
        } else if let Some(kind) =
            graph.object(&member, &format!("{SH}nodeKind")).and_then(|k| node_kind_condition(k, var))
        {
            alternatives.push(kind);
        } else {
            return Err(ValidateError::Shapes {
                shape: shape.into(),
                message: "each sh:or member must have sh:class, sh:datatype or sh:nodeKind".into(),
            });
        }
    }
    if alternatives.is_empty() {
        return Err(ValidateError::Shapes { shape: shape.into(), message: "empty sh:or".into() });
    }
    Ok(alternatives.join(" || "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_shapes_compile() {
        let shapes = Shapes::bundled().unwrap();
        assert!(shapes.len() > 40, "{} checks", shapes.len());
        // Every generated query parses and runs on an empty store.
        let store = Store::in_memory().unwrap();
        assert_eq!(shapes.validate(&store).unwrap(), Vec::new());
    }

    #[test]
    fn unsupported_constraints_are_refused() {
        let shapes = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\
            <http://x/S> a sh:NodeShape ; sh:targetClass <http://x/C> ; sh:closed true .";
        let err = Shapes::parse(shapes, "").unwrap_err();
        assert!(err.to_string().contains("sh:closed is not supported"), "{err}");
    }

    #[test]
    fn subclasses_count_for_sh_class() {
        let store = Store::in_memory().unwrap();
        store
            .update(
                "INSERT DATA { GRAPH article:a.txt { \
                 id:Model\\/Qwen a tupu:Model ; rdfs:label \"Qwen\" ; tupu:developedBy id:Company\\/Ali . \
                 id:Company\\/Ali a tupu:Company ; rdfs:label \"Ali\" . \
                 id:Model\\/Qwen tupu:usesModel id:Company\\/Ali . } }",
            )
            .unwrap();
        let shapes = Shapes::bundled().unwrap();
        let messages: Vec<String> = shapes
            .validate(&store)
            .unwrap()
            .into_iter()
            .filter(|v| v.shape.contains("Uses") || v.shape.contains("Developed"))
            .map(|v| v.to_string())
            .collect();
        assert_eq!(
            messages,
            ["violation tupu:UsesModelShape: id:Model/Qwen tupu:usesModel id:Company/Ali: \
              usesModel points to a model (sh:class tupu:Model) (in article:a.txt)"]
        );
    }

    #[test]
    fn one_label_per_graph_several_across_graphs() {
        let store = Store::in_memory().unwrap();
        store
            .update(
                "INSERT DATA { GRAPH article:a.txt { id:Model\\/qiming7b a tupu:Model ; rdfs:label \"Qiming-7B\" . } \
                 GRAPH article:b.txt { id:Model\\/qiming7b a tupu:Model ; rdfs:label \"QIMING 7B\" . } }",
            )
            .unwrap();
        let shapes = Shapes::bundled().unwrap();
        let labels = |store: &Store| -> Vec<String> {
            shapes
                .validate(store)
                .unwrap()
                .into_iter()
                .filter(|v| v.to_string().contains("rdfs:label"))
                .map(|v| v.to_string())
                .collect()
        };
        assert_eq!(labels(&store), Vec::<String>::new(), "two articles may spell it differently");
        store.update("INSERT DATA { GRAPH article:a.txt { id:Model\\/qiming7b rdfs:label \"Qiming 7b\" . } }").unwrap();
        let found = labels(&store);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("two rdfs:label in one graph"), "{found:?}");
    }
}
