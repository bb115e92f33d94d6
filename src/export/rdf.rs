//! RDF dumps of the article graphs: N-Quads and TriG keep each article's
//! named graph; Turtle writes their union; JSON-LD writes one object per
//! named graph, with an `@context` that names the ontology's terms
//! (`"usesModel"`, `"Company"`, `"text"` …) and the usual prefixes.
//!
//! Unfiltered, the dump is exactly the quads of the chosen articles'
//! graphs. When a filter narrowed the entity graph, it keeps: the articles'
//! own descriptions; each kept entity's type, names, mentions and the kept
//! relations from it; the statements about those relations; the figures
//! about kept entities; the spans that are evidence of what is kept, and
//! their sentences.

use super::{ExportError, ExportFormat};
use crate::graph::EntityGraph;
use crate::rdf::vocab::{self, ext, tupu, ENTITY_NS, ONTOLOGY_NS, PREFIXES};
use crate::rdf::{article_iri, GraphName, NamedOrBlankNode, Quad, RdfFormat, RdfSerializer, Term, Triple};
use crate::store::{Store, StoreError};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

/// The quads to export of one article's graph, in the store's order
/// (grouped by subject; the same for the same content).
pub(crate) fn article_quads(
    store: &Store,
    graph: &EntityGraph,
    narrowed: bool,
    doc: &str,
) -> Result<Vec<Quad>, StoreError> {
    let quads = store.graph_quads(&article_iri(doc))?;
    Ok(if narrowed { narrow(quads, graph) } else { quads })
}

fn narrow(quads: Vec<Quad>, graph: &EntityGraph) -> Vec<Quad> {
    let g = &graph.graph;
    let entities: HashSet<&str> = g.node_weights().map(|e| e.iri.as_str()).collect();
    let relations: HashSet<(&str, &str, &str)> = g
        .edge_indices()
        .map(|e| {
            let (s, o) = g.edge_endpoints(e).expect("edge of the graph");
            (g[s].iri.as_str(), vocab::property(g[e].predicate).as_str(), g[o].iri.as_str())
        })
        .collect();
    // What each statement is about, whom each figure is about, which spans
    // are evidence of which, whom each span names, which sentence it is in.
    let mut about: HashMap<String, [Option<Term>; 3]> = HashMap::new();
    let mut figures: HashMap<String, String> = HashMap::new();
    let mut evidence: Vec<(String, String)> = Vec::new();
    let mut names: Vec<(String, String)> = Vec::new();
    let mut in_sentence: Vec<(String, String)> = Vec::new();
    for q in &quads {
        let slot = match q.predicate.as_ref() {
            p if p == ext::RDF_SUBJECT => 0,
            p if p == ext::RDF_PREDICATE => 1,
            p if p == ext::RDF_OBJECT => 2,
            p if p == tupu::SUBJECT => {
                figures.insert(q.subject.to_string(), q.object.to_string());
                continue;
            }
            p if p == tupu::EVIDENCE => {
                evidence.push((q.subject.to_string(), q.object.to_string()));
                continue;
            }
            p if p == tupu::MENTION_OF => {
                names.push((q.subject.to_string(), q.object.to_string()));
                continue;
            }
            p if p == tupu::IN_SENTENCE => {
                in_sentence.push((q.subject.to_string(), q.object.to_string()));
                continue;
            }
            _ => continue,
        };
        about.entry(q.subject.to_string()).or_default()[slot] = Some(q.object.clone());
    }
    let iri = |term: &Term| match term {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    };
    let entity_kept = |term: &str| entities.contains(term.trim_start_matches('<').trim_end_matches('>'));
    let figure_kept = |node: &str| figures.get(node).is_some_and(|s| entity_kept(s));
    let triple_kept = |s: &str, p: &str, o: Option<String>| -> bool {
        match o {
            Some(o) if o.starts_with(ENTITY_NS) => relations.contains(&(s, p, o.as_str())),
            _ => entities.contains(s),
        }
    };
    let statement_kept = |key: &str| match about.get(key) {
        Some([Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o)]) => {
            triple_kept(s.as_str(), p.as_str(), iri(o))
        }
        _ => false,
    };
    // A span stays when it names a kept entity or is evidence of a kept
    // statement or figure; a sentence when a kept span is in it or is it.
    let mut spans: HashSet<&str> =
        names.iter().filter(|(_, entity)| entity_kept(entity)).map(|(span, _)| span.as_str()).collect();
    spans.extend(
        evidence.iter().filter(|(node, _)| statement_kept(node) || figure_kept(node)).map(|(_, span)| span.as_str()),
    );
    let sentences: HashSet<&str> =
        in_sentence.iter().filter(|(span, _)| spans.contains(span.as_str())).map(|(_, s)| s.as_str()).collect();
    quads
        .into_iter()
        .filter(|q| {
            let subject = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                other => other.to_string(),
            };
            if subject.starts_with(ENTITY_NS) {
                return entities.contains(subject.as_str())
                    && triple_kept(&subject, q.predicate.as_str(), iri(&q.object));
            }
            let key = q.subject.to_string();
            if about.contains_key(&key) {
                return statement_kept(&key);
            }
            if figures.contains_key(&key) {
                return figure_kept(&key);
            }
            if q.predicate == tupu::MENTION_OF {
                return entity_kept(&q.object.to_string());
            }
            if q.predicate == tupu::IN_SENTENCE || q.predicate == tupu::RULE {
                return spans.contains(key.as_str());
            }
            // A span that is a whole sentence is the sentence's node.
            if q.predicate == tupu::TEXT || q.predicate == tupu::SENTENCE_INDEX {
                return sentences.contains(key.as_str()) || spans.contains(key.as_str());
            }
            true
        })
        .collect()
}

/// Writes the article graphs the entity graph was read from as N-Quads,
/// TriG, Turtle (their union) or JSON-LD, one article at a time (so memory
/// stays that of the largest article). `narrowed`: only what is about the
/// entities and relations of `graph`.
pub(crate) fn write(
    format: ExportFormat,
    store: &Store,
    graph: &EntityGraph,
    narrowed: bool,
    mut out: impl Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Jsonld => {
            // {"@context": …, "@graph": [ one object per article graph ]}
            out.write_all(b"{\n\"@context\": ")?;
            serde_json::to_writer_pretty(&mut out, &Value::Object(context())).map_err(std::io::Error::from)?;
            out.write_all(b",\n\"@graph\": [")?;
            let mut first = true;
            for doc in &graph.articles {
                let quads = article_quads(store, graph, narrowed, doc)?;
                for object in graph_objects(&quads) {
                    out.write_all(if first { b"\n" } else { b",\n" })?;
                    first = false;
                    serde_json::to_writer_pretty(&mut out, &object).map_err(std::io::Error::from)?;
                }
            }
            out.write_all(b"\n]\n}\n")?;
        }
        ExportFormat::Turtle => {
            let mut seen = HashSet::new();
            let mut writer = serializer(RdfFormat::Turtle).for_writer(&mut out);
            for doc in &graph.articles {
                for quad in article_quads(store, graph, narrowed, doc)? {
                    let triple = Triple::from(quad);
                    if !seen.contains(&triple) {
                        writer.serialize_triple(&triple)?;
                        seen.insert(triple);
                    }
                }
            }
            writer.finish()?;
        }
        _ => {
            let rdf_format = if format == ExportFormat::Trig { RdfFormat::TriG } else { RdfFormat::NQuads };
            let mut writer = serializer(rdf_format).for_writer(&mut out);
            for doc in &graph.articles {
                for quad in article_quads(store, graph, narrowed, doc)? {
                    writer.serialize_quad(&quad)?;
                }
            }
            writer.finish()?;
        }
    }
    Ok(())
}

fn serializer(format: RdfFormat) -> RdfSerializer {
    let mut serializer = RdfSerializer::from_format(format);
    if format != RdfFormat::NQuads {
        // Entity and article IRIs stay whole: their percent-encoded local
        // parts would need escaping as prefixed names.
        for (prefix, namespace) in PREFIXES.iter().filter(|(p, _)| !matches!(*p, "id" | "article")) {
            serializer =
                serializer.with_prefix(*prefix, *namespace).expect("the predeclared namespaces are valid IRIs");
        }
    }
    serializer
}

/// Names other than the ontology's own that the context defines.
const EXTRA_TERMS: &[(&str, &str)] = &[
    ("label", "http://www.w3.org/2000/01/rdf-schema#label"),
    ("altLabel", "http://www.w3.org/2004/02/skos/core#altLabel"),
    ("wasDerivedFrom", "http://www.w3.org/ns/prov#wasDerivedFrom"),
];

/// The `@context`: the prefixes, every term of the ontology by its local
/// name, and `label`, `altLabel`, `wasDerivedFrom`.
pub(crate) fn context() -> Map<String, Value> {
    let mut context = Map::new();
    for (prefix, namespace) in PREFIXES {
        context.insert(prefix.to_string(), json!(namespace));
    }
    for term in tupu::ALL {
        let local = &term.as_str()[ONTOLOGY_NS.len()..];
        if !context.contains_key(local) {
            context.insert(local.to_string(), json!(format!("tupu:{local}")));
        }
    }
    for (name, iri) in EXTRA_TERMS {
        if !context.contains_key(*name) {
            context.insert(name.to_string(), json!(iri));
        }
    }
    context
}

/// A compact name for an IRI: a term of the context, else `prefix:local`,
/// else the IRI.
fn compact(iri: &str, terms: &HashMap<String, String>, as_term: bool) -> String {
    if as_term {
        if let Some(term) = terms.get(iri) {
            return term.clone();
        }
    }
    for (prefix, namespace) in PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            // `prefix://…` would read as an absolute IRI.
            if !local.starts_with("//") {
                return format!("{prefix}:{local}");
            }
        }
    }
    iri.to_string()
}

fn node_ref(node: &NamedOrBlankNode, terms: &HashMap<String, String>) -> String {
    match node {
        NamedOrBlankNode::NamedNode(n) => compact(n.as_str(), terms, false),
        other => other.to_string(),
    }
}

fn value(term: &Term, terms: &HashMap<String, String>) -> Value {
    match term {
        Term::NamedNode(n) => json!({ "@id": compact(n.as_str(), terms, false) }),
        Term::BlankNode(b) => json!({ "@id": b.to_string() }),
        Term::Literal(l) => {
            if let Some(language) = l.language() {
                json!({ "@value": l.value(), "@language": language })
            } else if l.datatype() == ext::XSD_STRING {
                json!(l.value())
            } else {
                json!({ "@value": l.value(), "@type": compact(l.datatype().as_str(), terms, false) })
            }
        }
        #[allow(unreachable_patterns)]
        other => json!(other.to_string()),
    }
}

/// One object per named graph (`{"@id": graph, "@graph": [nodes]}`), and
/// the nodes of the default graph as they are; compacted with [`context`].
pub(crate) fn graph_objects(quads: &[Quad]) -> Vec<Value> {
    let context = context();
    // IRI → term, for property names and types.
    let terms: HashMap<String, String> = context
        .iter()
        .filter(|(name, _)| !PREFIXES.iter().any(|(p, _)| p == name))
        .filter_map(|(name, iri)| {
            let iri = iri.as_str()?;
            let full =
                iri.strip_prefix("tupu:").map_or_else(|| iri.to_string(), |local| format!("{ONTOLOGY_NS}{local}"));
            Some((full, name.clone()))
        })
        .collect();
    let mut graphs: BTreeMap<String, BTreeMap<String, Map<String, Value>>> = BTreeMap::new();
    for quad in quads {
        let graph = match &quad.graph_name {
            GraphName::NamedNode(n) => compact(n.as_str(), &terms, false),
            GraphName::BlankNode(b) => b.to_string(),
            GraphName::DefaultGraph => String::new(),
        };
        let subject = node_ref(&quad.subject, &terms);
        let node = graphs.entry(graph).or_default().entry(subject.clone()).or_insert_with(|| {
            let mut node = Map::new();
            node.insert("@id".into(), json!(subject));
            node
        });
        let (key, item) = if quad.predicate.as_ref() == ext::RDF_TYPE && matches!(quad.object, Term::NamedNode(_)) {
            let Term::NamedNode(class) = &quad.object else { unreachable!() };
            ("@type".to_string(), json!(compact(class.as_str(), &terms, true)))
        } else {
            (compact(quad.predicate.as_str(), &terms, true), value(&quad.object, &terms))
        };
        match node.entry(key).or_insert_with(|| json!([])) {
            Value::Array(items) => items.push(item),
            _ => unreachable!("values are arrays"),
        }
    }
    let mut top = Vec::new();
    for (graph, nodes) in graphs {
        let nodes: Vec<Value> = nodes.into_values().map(Value::Object).collect();
        if graph.is_empty() {
            top.extend(nodes);
        } else {
            top.push(json!({ "@id": graph, "@graph": nodes }));
        }
    }
    top
}
